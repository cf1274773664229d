-- safeguarding compiled query {"code": "f222912e1154d2e7", "policy": "5a5babdd74a484f2", "query": "cp_second_or_subsequent"}
SELECT
  "t13"."la_code",
  "t13"."month",
  "t13"."numerator",
  "t13"."denominator",
  "t13"."excluded",
  CASE
    WHEN "t13"."denominator" > 0
    THEN (
      CAST("t13"."numerator" AS DOUBLE) / "t13"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t12"."numerator", 0) AS "numerator",
    COALESCE("t12"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."la_code",
      "t10"."month",
      SUM(CAST("t10"."_kept" AND COALESCE("t10"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t10"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t9"."la_code",
        "t9"."cppl_cp_plan_id",
        "t9"."cppl_person_id",
        "t9"."cppl_cp_plan_start_date",
        "t9"."cppl_cp_plan_end_date",
        "t9"."cppl_cp_plan_initial_category",
        "t9"."cppl_cp_plan_latest_category",
        "t9"."cppl_icpc_id",
        "t9"."hit",
        "t9"."month",
        "t9"."month_end",
        "t9"."rolling_start",
        "t9"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t8"."la_code",
          "t8"."cppl_cp_plan_id",
          "t8"."cppl_person_id",
          "t8"."cppl_cp_plan_start_date",
          "t8"."cppl_cp_plan_end_date",
          "t8"."cppl_cp_plan_initial_category",
          "t8"."cppl_cp_plan_latest_category",
          "t8"."cppl_icpc_id",
          "t8"."hit",
          "t4"."month",
          "t4"."month_end",
          "t4"."rolling_start",
          "t4"."pop_year"
        FROM (
          SELECT
            "t6"."la_code",
            "t6"."cppl_cp_plan_id",
            "t6"."cppl_person_id",
            "t6"."cppl_cp_plan_start_date",
            "t6"."cppl_cp_plan_end_date",
            "t6"."cppl_cp_plan_initial_category",
            "t6"."cppl_cp_plan_latest_category",
            "t6"."cppl_icpc_id",
            "t6"."cppl_cp_plan_start_date" > MIN("t6"."cppl_cp_plan_start_date") OVER (
              PARTITION BY "t6"."la_code", "t6"."cppl_person_id"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "hit"
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
          ) AS "t6"
        ) AS "t8"
        INNER JOIN "_months" AS "t4"
          ON "t8"."cppl_cp_plan_start_date" >= "t4"."rolling_start"
          AND "t8"."cppl_cp_plan_start_date" <= "t4"."month_end"
      ) AS "t9"
    ) AS "t10"
    GROUP BY
      1,
      2
  ) AS "t12"
    ON "t3"."la_code" = "t12"."la_code" AND "t4"."month" = "t12"."month"
) AS "t13"
ORDER BY
  "t13"."la_code" ASC,
  "t13"."month" ASC
