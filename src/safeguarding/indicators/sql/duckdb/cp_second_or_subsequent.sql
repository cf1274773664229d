-- safeguarding compiled query {"code": "97684e1b273a2de5", "policy": "5a5babdd74a484f2", "query": "cp_second_or_subsequent"}
WITH "t10" AS (
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
  "t33"."la_code",
  "t33"."month",
  "t33"."numerator",
  "t33"."denominator",
  "t33"."excluded",
  CASE
    WHEN "t33"."denominator" > 0
    THEN (
      CAST("t33"."numerator" AS DOUBLE) / "t33"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t32"."numerator", 0) AS "numerator",
    COALESCE("t32"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t30"."la_code",
      "t30"."month_right" AS "month",
      SUM("t30"."numerator") AS "numerator",
      SUM("t30"."denominator") AS "denominator"
    FROM (
      SELECT
        "t29"."la_code",
        "t29"."month",
        "t29"."numerator",
        "t29"."denominator",
        "t5"."month" AS "month_right",
        "t5"."month_end",
        "t5"."rolling_start",
        "t5"."pop_year"
      FROM (
        SELECT
          "t27"."la_code",
          "t27"."month",
          SUM(CAST("t27"."_kept" AND COALESCE("t27"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t27"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t26"."la_code",
            "t26"."cppl_cp_plan_id",
            "t26"."cppl_person_id",
            "t26"."cppl_cp_plan_start_date",
            "t26"."cppl_cp_plan_end_date",
            "t26"."cppl_cp_plan_initial_category",
            "t26"."cppl_cp_plan_latest_category",
            "t26"."cppl_icpc_id",
            "t26"."hit",
            "t26"."month",
            TRUE AS "_kept"
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
              "t25"."hit",
              "t9"."month"
            FROM (
              SELECT
                "t23"."la_code",
                "t23"."cppl_cp_plan_id",
                "t23"."cppl_person_id",
                "t23"."cppl_cp_plan_start_date",
                "t23"."cppl_cp_plan_end_date",
                "t23"."cppl_cp_plan_initial_category",
                "t23"."cppl_cp_plan_latest_category",
                "t23"."cppl_icpc_id",
                "t23"."hit"
              FROM (
                SELECT
                  "t22"."la_code",
                  "t22"."cppl_cp_plan_id",
                  "t22"."cppl_person_id",
                  "t22"."cppl_cp_plan_start_date",
                  "t22"."cppl_cp_plan_end_date",
                  "t22"."cppl_cp_plan_initial_category",
                  "t22"."cppl_cp_plan_latest_category",
                  "t22"."cppl_icpc_id",
                  "t22"."hit",
                  "t11"."_lo",
                  "t11"."_hi"
                FROM (
                  SELECT
                    "t20".*
                    EXCLUDE ("_first")
                  FROM (
                    SELECT
                      "t19"."la_code",
                      "t19"."cppl_cp_plan_id",
                      "t19"."cppl_person_id",
                      "t19"."cppl_cp_plan_start_date",
                      "t19"."cppl_cp_plan_end_date",
                      "t19"."cppl_cp_plan_initial_category",
                      "t19"."cppl_cp_plan_latest_category",
                      "t19"."cppl_icpc_id",
                      "t19"."_first",
                      "t19"."cppl_cp_plan_start_date" > "t19"."_first" AS "hit"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t18"."cppl_cp_plan_id",
                        "t18"."cppl_person_id",
                        "t18"."cppl_cp_plan_start_date",
                        "t18"."cppl_cp_plan_end_date",
                        "t18"."cppl_cp_plan_initial_category",
                        "t18"."cppl_cp_plan_latest_category",
                        "t18"."cppl_icpc_id",
                        "t16"."_first"
                      FROM (
                        SELECT
                          "t14"."la_code",
                          "t14"."cppl_cp_plan_id",
                          "t14"."cppl_person_id",
                          "t14"."cppl_cp_plan_start_date",
                          "t14"."cppl_cp_plan_end_date",
                          "t14"."cppl_cp_plan_initial_category",
                          "t14"."cppl_cp_plan_latest_category",
                          "t14"."cppl_icpc_id"
                        FROM (
                          SELECT
                            "t13"."la_code",
                            "t13"."cppl_cp_plan_id",
                            "t13"."cppl_person_id",
                            "t13"."cppl_cp_plan_start_date",
                            "t13"."cppl_cp_plan_end_date",
                            "t13"."cppl_cp_plan_initial_category",
                            "t13"."cppl_cp_plan_latest_category",
                            "t13"."cppl_icpc_id",
                            "t11"."_lo",
                            "t11"."_hi"
                          FROM "t10" AS "t13"
                          CROSS JOIN (
                            SELECT
                              MIN("t1"."rolling_start") AS "_lo",
                              MAX("t1"."month_end") AS "_hi"
                            FROM "_months" AS "t1"
                          ) AS "t11"
                        ) AS "t14"
                        WHERE
                          "t14"."cppl_cp_plan_start_date" >= "t14"."_lo"
                          AND "t14"."cppl_cp_plan_start_date" <= "t14"."_hi"
                      ) AS "t18"
                      INNER JOIN (
                        SELECT
                          "t12"."la_code",
                          "t12"."cppl_person_id",
                          MIN("t12"."cppl_cp_plan_start_date") AS "_first"
                        FROM "t10" AS "t12"
                        GROUP BY
                          1,
                          2
                      ) AS "t16"
                        ON "t18"."la_code" = "t16"."la_code"
                        AND "t18"."cppl_person_id" = "t16"."cppl_person_id"
                    ) AS "t19"
                  ) AS "t20"
                ) AS "t22"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t11"
              ) AS "t23"
              WHERE
                "t23"."cppl_cp_plan_start_date" >= "t23"."_lo"
                AND "t23"."cppl_cp_plan_start_date" <= "t23"."_hi"
            ) AS "t25"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t9"
              ON "t25"."cppl_cp_plan_start_date" = "t9"."_date"
          ) AS "t26"
        ) AS "t27"
        GROUP BY
          1,
          2
      ) AS "t29"
      INNER JOIN "_months" AS "t5"
        ON "t29"."month" >= "t5"."rolling_start" AND "t29"."month" <= "t5"."month"
    ) AS "t30"
    GROUP BY
      1,
      2
  ) AS "t32"
    ON "t4"."la_code" = "t32"."la_code" AND "t5"."month" = "t32"."month"
) AS "t33"
ORDER BY
  "t33"."la_code" ASC,
  "t33"."month" ASC
