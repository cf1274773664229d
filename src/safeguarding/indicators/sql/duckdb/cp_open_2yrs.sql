-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_open_2yrs"}
WITH "cohort_open_plans" AS (
  SELECT
    "t7"."la_code",
    "t7"."cppl_cp_plan_id",
    "t7"."cppl_person_id",
    "t7"."cppl_cp_plan_start_date",
    "t7"."cppl_cp_plan_end_date",
    "t7"."cppl_cp_plan_initial_category",
    "t7"."cppl_cp_plan_latest_category",
    "t7"."cppl_icpc_id",
    "t4"."month",
    "t4"."month_end",
    "t4"."rolling_start",
    "t4"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_cp_plans" AS "t2"
    WHERE
      "t2"."la_code" IN (
        SELECT
          *
        FROM "_councils" AS "t0"
      )
  ) AS "t7"
  INNER JOIN "_months" AS "t4"
    ON "t7"."cppl_cp_plan_start_date" <= "t4"."month_end"
    AND COALESCE("t7"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t4"."month_end"
), "cohort_on_plan" AS (
  SELECT
    "t9"."la_code",
    "t9"."month",
    "t9"."month_end",
    "t9"."cppl_person_id",
    MIN("t9"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t9"
  GROUP BY
    1,
    2,
    3,
    4
)
SELECT
  "t15"."la_code",
  "t15"."month",
  "t15"."numerator",
  "t15"."denominator",
  "t15"."excluded",
  CASE
    WHEN "t15"."denominator" > 0
    THEN (
      CAST("t15"."numerator" AS DOUBLE) / "t15"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t14"."numerator", 0) AS "numerator",
    COALESCE("t14"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t12"."la_code",
      "t12"."month",
      SUM(CAST("t12"."_kept" AND COALESCE("t12"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t12"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t11"."la_code",
        "t11"."month",
        "t11"."month_end",
        "t11"."cppl_person_id",
        "t11"."start",
        (
          DATE_DIFF('DAY', "t11"."start", "t11"."month_end") + 1
        ) > 729 AS "hit",
        TRUE AS "_kept"
      FROM "cohort_on_plan" AS "t11"
    ) AS "t12"
    GROUP BY
      1,
      2
  ) AS "t14"
    ON "t3"."la_code" = "t14"."la_code" AND "t4"."month" = "t14"."month"
) AS "t15"
ORDER BY
  "t15"."la_code" ASC,
  "t15"."month" ASC
