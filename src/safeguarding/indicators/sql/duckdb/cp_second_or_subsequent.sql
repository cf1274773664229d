-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_second_or_subsequent"}
WITH "t12" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "_councils" AS "t0"
    )
)
SELECT
  "t35"."la_code",
  "t35"."month",
  "t35"."numerator",
  "t35"."denominator",
  "t35"."excluded",
  CASE
    WHEN "t35"."denominator" > 0
    THEN (
      CAST("t35"."numerator" AS DOUBLE) / "t35"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t34"."numerator", 0) AS "numerator",
    COALESCE("t34"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t32"."la_code",
      "t32"."_in" AS "month",
      SUM("t32"."numerator") AS "numerator",
      SUM("t32"."denominator") AS "denominator"
    FROM (
      SELECT
        "t31"."la_code",
        "t31"."month",
        "t31"."numerator",
        "t31"."denominator",
        "t9"."_in",
        "t9"."_from"
      FROM (
        SELECT
          "t29"."la_code",
          "t29"."month",
          SUM(CAST("t29"."_kept" AND COALESCE("t29"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t29"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t28"."la_code",
            "t28"."cppl_cp_plan_id",
            "t28"."cppl_person_id",
            "t28"."cppl_cp_plan_start_date",
            "t28"."cppl_cp_plan_end_date",
            "t28"."cppl_cp_plan_initial_category",
            "t28"."cppl_cp_plan_latest_category",
            "t28"."cppl_icpc_id",
            "t28"."hit",
            "t28"."month",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t27"."la_code",
              "t27"."cppl_cp_plan_id",
              "t27"."cppl_person_id",
              "t27"."cppl_cp_plan_start_date",
              "t27"."cppl_cp_plan_end_date",
              "t27"."cppl_cp_plan_initial_category",
              "t27"."cppl_cp_plan_latest_category",
              "t27"."cppl_icpc_id",
              "t27"."hit",
              "t11"."month"
            FROM (
              SELECT
                "t25"."la_code",
                "t25"."cppl_cp_plan_id",
                "t25"."cppl_person_id",
                "t25"."cppl_cp_plan_start_date",
                "t25"."cppl_cp_plan_end_date",
                "t25"."cppl_cp_plan_initial_category",
                "t25"."cppl_cp_plan_latest_category",
                "t25"."cppl_icpc_id",
                "t25"."hit"
              FROM (
                SELECT
                  "t24"."la_code",
                  "t24"."cppl_cp_plan_id",
                  "t24"."cppl_person_id",
                  "t24"."cppl_cp_plan_start_date",
                  "t24"."cppl_cp_plan_end_date",
                  "t24"."cppl_cp_plan_initial_category",
                  "t24"."cppl_cp_plan_latest_category",
                  "t24"."cppl_icpc_id",
                  "t24"."hit",
                  "t13"."_lo",
                  "t13"."_hi"
                FROM (
                  SELECT
                    "t22".*
                    EXCLUDE ("_first")
                  FROM (
                    SELECT
                      "t21"."la_code",
                      "t21"."cppl_cp_plan_id",
                      "t21"."cppl_person_id",
                      "t21"."cppl_cp_plan_start_date",
                      "t21"."cppl_cp_plan_end_date",
                      "t21"."cppl_cp_plan_initial_category",
                      "t21"."cppl_cp_plan_latest_category",
                      "t21"."cppl_icpc_id",
                      "t21"."_first",
                      "t21"."cppl_cp_plan_start_date" > "t21"."_first" AS "hit"
                    FROM (
                      SELECT
                        "t20"."la_code",
                        "t20"."cppl_cp_plan_id",
                        "t20"."cppl_person_id",
                        "t20"."cppl_cp_plan_start_date",
                        "t20"."cppl_cp_plan_end_date",
                        "t20"."cppl_cp_plan_initial_category",
                        "t20"."cppl_cp_plan_latest_category",
                        "t20"."cppl_icpc_id",
                        "t18"."_first"
                      FROM (
                        SELECT
                          "t16"."la_code",
                          "t16"."cppl_cp_plan_id",
                          "t16"."cppl_person_id",
                          "t16"."cppl_cp_plan_start_date",
                          "t16"."cppl_cp_plan_end_date",
                          "t16"."cppl_cp_plan_initial_category",
                          "t16"."cppl_cp_plan_latest_category",
                          "t16"."cppl_icpc_id"
                        FROM (
                          SELECT
                            "t15"."la_code",
                            "t15"."cppl_cp_plan_id",
                            "t15"."cppl_person_id",
                            "t15"."cppl_cp_plan_start_date",
                            "t15"."cppl_cp_plan_end_date",
                            "t15"."cppl_cp_plan_initial_category",
                            "t15"."cppl_cp_plan_latest_category",
                            "t15"."cppl_icpc_id",
                            "t13"."_lo",
                            "t13"."_hi"
                          FROM "t12" AS "t15"
                          CROSS JOIN (
                            SELECT
                              MIN("t1"."rolling_start") AS "_lo",
                              MAX("t1"."month_end") AS "_hi"
                            FROM "_months" AS "t1"
                          ) AS "t13"
                        ) AS "t16"
                        WHERE
                          "t16"."cppl_cp_plan_start_date" >= "t16"."_lo"
                          AND "t16"."cppl_cp_plan_start_date" <= "t16"."_hi"
                      ) AS "t20"
                      INNER JOIN (
                        SELECT
                          "t14"."la_code",
                          "t14"."cppl_person_id",
                          MIN("t14"."cppl_cp_plan_start_date") AS "_first"
                        FROM "t12" AS "t14"
                        GROUP BY
                          1,
                          2
                      ) AS "t18"
                        ON "t20"."la_code" = "t18"."la_code"
                        AND "t20"."cppl_person_id" = "t18"."cppl_person_id"
                    ) AS "t21"
                  ) AS "t22"
                ) AS "t24"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t13"
              ) AS "t25"
              WHERE
                "t25"."cppl_cp_plan_start_date" >= "t25"."_lo"
                AND "t25"."cppl_cp_plan_start_date" <= "t25"."_hi"
            ) AS "t27"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t11"
              ON "t27"."cppl_cp_plan_start_date" = "t11"."_date"
          ) AS "t28"
        ) AS "t29"
        GROUP BY
          1,
          2
      ) AS "t31"
      INNER JOIN (
        SELECT
          "t1"."month" AS "_in",
          "t1"."rolling_start" AS "_from"
        FROM "_months" AS "t1"
      ) AS "t9"
        ON "t31"."month" >= "t9"."_from" AND "t31"."month" <= "t9"."_in"
    ) AS "t32"
    GROUP BY
      1,
      2
  ) AS "t34"
    ON "t4"."la_code" = "t34"."la_code" AND "t5"."month" = "t34"."month"
) AS "t35"
ORDER BY
  "t35"."la_code" ASC,
  "t35"."month" ASC
