-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_starts"}
SELECT
  "t12"."la_code",
  "t12"."month",
  "t12"."numerator",
  "t12"."denominator",
  "t12"."excluded",
  "t12"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t11"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t9"."la_code",
      "t9"."month",
      SUM(CAST("t9"."_kept" AS BIGINT)) AS "numerator"
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
        "t8"."month",
        "t8"."month_end",
        "t8"."rolling_start",
        "t8"."pop_year",
        TRUE AS "_kept"
      FROM (
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
          ON "t7"."cppl_cp_plan_start_date" >= "t4"."month"
          AND "t7"."cppl_cp_plan_start_date" <= "t4"."month_end"
      ) AS "t8"
    ) AS "t9"
    GROUP BY
      1,
      2
  ) AS "t11"
    ON "t3"."la_code" = "t11"."la_code" AND "t4"."month" = "t11"."month"
) AS "t12"
ORDER BY
  "t12"."la_code" ASC,
  "t12"."month" ASC
