-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "cp_second_or_subsequent"}
WITH "t7" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "_councils" AS "t0"
    )
)
SELECT
  "t24"."la_code",
  "t24"."month",
  "t24"."numerator",
  "t24"."denominator",
  "t24"."excluded",
  CASE
    WHEN "t24"."denominator" > 0
    THEN (
      CAST("t24"."numerator" AS DOUBLE) / "t24"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t23"."numerator", 0) AS "numerator",
    COALESCE("t23"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t21"."la_code",
      "t21"."month",
      SUM(CAST("t21"."_kept" AND COALESCE("t21"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t21"."_kept" AS BIGINT)) AS "denominator"
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
        "t20"."hit",
        "t20"."month",
        "t20"."month_end",
        "t20"."rolling_start",
        "t20"."pop_year",
        TRUE AS "_kept"
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
          "t19"."hit",
          "t4"."month",
          "t4"."month_end",
          "t4"."rolling_start",
          "t4"."pop_year"
        FROM (
          SELECT
            "t17".*
            EXCLUDE ("_first")
          FROM (
            SELECT
              "t16"."la_code",
              "t16"."cppl_cp_plan_id",
              "t16"."cppl_person_id",
              "t16"."cppl_cp_plan_start_date",
              "t16"."cppl_cp_plan_end_date",
              "t16"."cppl_cp_plan_initial_category",
              "t16"."cppl_cp_plan_latest_category",
              "t16"."cppl_icpc_id",
              "t16"."_first",
              "t16"."cppl_cp_plan_start_date" > "t16"."_first" AS "hit"
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
                "t13"."_first"
              FROM (
                SELECT
                  "t11"."la_code",
                  "t11"."cppl_cp_plan_id",
                  "t11"."cppl_person_id",
                  "t11"."cppl_cp_plan_start_date",
                  "t11"."cppl_cp_plan_end_date",
                  "t11"."cppl_cp_plan_initial_category",
                  "t11"."cppl_cp_plan_latest_category",
                  "t11"."cppl_icpc_id"
                FROM (
                  SELECT
                    "t10"."la_code",
                    "t10"."cppl_cp_plan_id",
                    "t10"."cppl_person_id",
                    "t10"."cppl_cp_plan_start_date",
                    "t10"."cppl_cp_plan_end_date",
                    "t10"."cppl_cp_plan_initial_category",
                    "t10"."cppl_cp_plan_latest_category",
                    "t10"."cppl_icpc_id",
                    "t8"."_lo",
                    "t8"."_hi"
                  FROM "t7" AS "t10"
                  CROSS JOIN (
                    SELECT
                      MIN("t1"."rolling_start") AS "_lo",
                      MAX("t1"."month_end") AS "_hi"
                    FROM "_months" AS "t1"
                  ) AS "t8"
                ) AS "t11"
                WHERE
                  "t11"."cppl_cp_plan_start_date" >= "t11"."_lo"
                  AND "t11"."cppl_cp_plan_start_date" <= "t11"."_hi"
              ) AS "t15"
              INNER JOIN (
                SELECT
                  "t9"."la_code",
                  "t9"."cppl_person_id",
                  MIN("t9"."cppl_cp_plan_start_date") AS "_first"
                FROM "t7" AS "t9"
                GROUP BY
                  1,
                  2
              ) AS "t13"
                ON "t15"."la_code" = "t13"."la_code"
                AND "t15"."cppl_person_id" = "t13"."cppl_person_id"
            ) AS "t16"
          ) AS "t17"
        ) AS "t19"
        INNER JOIN "_months" AS "t4"
          ON "t19"."cppl_cp_plan_start_date" >= "t4"."rolling_start"
          AND "t19"."cppl_cp_plan_start_date" <= "t4"."month_end"
      ) AS "t20"
    ) AS "t21"
    GROUP BY
      1,
      2
  ) AS "t23"
    ON "t3"."la_code" = "t23"."la_code" AND "t4"."month" = "t23"."month"
) AS "t24"
ORDER BY
  "t24"."la_code" ASC,
  "t24"."month" ASC
