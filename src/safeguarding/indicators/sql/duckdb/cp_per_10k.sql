-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_per_10k"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "cohort_open_plans" AS (
  SELECT
    "t11"."la_code",
    "t11"."cppl_cp_plan_id",
    "t11"."cppl_person_id",
    "t11"."cppl_cp_plan_start_date",
    "t11"."cppl_cp_plan_end_date",
    "t11"."cppl_cp_plan_initial_category",
    "t11"."cppl_cp_plan_latest_category",
    "t11"."cppl_icpc_id",
    "t5"."month",
    "t5"."month_end",
    "t5"."rolling_start",
    "t5"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_cp_plans" AS "t3"
    WHERE
      "t3"."la_code" IN (
        SELECT
          *
        FROM "t6"
      )
  ) AS "t11"
  INNER JOIN "_months" AS "t5"
    ON "t11"."cppl_cp_plan_start_date" <= "t5"."month_end"
    AND COALESCE("t11"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
), "cohort_on_plan" AS (
  SELECT
    "t14"."la_code",
    "t14"."month",
    "t14"."month_end",
    "t14"."cppl_person_id",
    MIN("t14"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t14"
  GROUP BY
    1,
    2,
    3,
    4
)
SELECT
  "t24"."la_code",
  "t24"."month",
  "t24"."numerator",
  "t24"."excluded",
  "t24"."denominator",
  (
    CAST("t24"."numerator" AS DOUBLE) / "t24"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t23"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t21"."population" AS "denominator"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t19"."la_code",
      "t19"."month",
      SUM(CAST("t19"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t17"."la_code",
        "t17"."month",
        "t17"."month_end",
        "t17"."cppl_person_id",
        "t17"."start",
        TRUE AS "_kept"
      FROM "cohort_on_plan" AS "t17"
    ) AS "t19"
    GROUP BY
      1,
      2
  ) AS "t23"
    ON "t4"."la_code" = "t23"."la_code" AND "t5"."month" = "t23"."month"
  INNER JOIN (
    SELECT
      "t18"."la_code",
      "t18"."month",
      "t18"."pop_year",
      "t18"."population",
      "t18"."year" AS "year_used"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."month",
        "t15"."month_end",
        "t15"."rolling_start",
        "t15"."pop_year",
        "t15"."year",
        "t15"."population",
        "t15"."source",
        "t15"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t15"."la_code", "t15"."month"
          ORDER BY "t15"."distance" ASC, "t15"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t12"."la_code",
          "t12"."month",
          "t12"."month_end",
          "t12"."rolling_start",
          "t12"."pop_year",
          "t12"."year",
          "t12"."population",
          "t12"."source",
          ABS("t12"."year" - "t12"."pop_year") AS "distance"
        FROM (
          SELECT
            "t4"."la_code",
            "t5"."month",
            "t5"."month_end",
            "t5"."rolling_start",
            "t5"."pop_year",
            "t10"."year",
            "t10"."population",
            "t10"."source"
          FROM "_councils" AS "t4"
          CROSS JOIN "_months" AS "t5"
          INNER JOIN (
            SELECT
              *
            FROM "populations" AS "t2"
            WHERE
              "t2"."la_code" IN (
                SELECT
                  *
                FROM "t6"
              )
          ) AS "t10"
            ON "t4"."la_code" = "t10"."la_code"
        ) AS "t12"
      ) AS "t15"
    ) AS "t18"
    WHERE
      "t18"."rank" = 0
  ) AS "t21"
    ON "t4"."la_code" = "t21"."la_code" AND "t5"."month" = "t21"."month"
) AS "t24"
ORDER BY
  "t24"."la_code" ASC,
  "t24"."month" ASC
