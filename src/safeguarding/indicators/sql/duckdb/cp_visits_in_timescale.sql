-- safeguarding compiled query {"code": "cf3f92ea815ec14e", "policy": "5a5babdd74a484f2", "query": "cp_visits_in_timescale"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t9" AS (
  SELECT
    "t2"."wd_ordinal" AS "_wd_a",
    "t2"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t2"
), "t10" AS (
  SELECT
    "t2"."wd_ordinal" AS "_wd_b",
    "t2"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t2"
), "cohort_open_plans" AS (
  SELECT
    "t21"."la_code",
    "t21"."cppl_cp_plan_id",
    "t21"."cppl_person_id",
    "t21"."cppl_cp_plan_start_date",
    "t21"."cppl_cp_plan_end_date",
    "t21"."cppl_cp_plan_initial_category",
    "t21"."cppl_cp_plan_latest_category",
    "t21"."cppl_icpc_id",
    "t7"."month",
    "t7"."month_end",
    "t7"."rolling_start",
    "t7"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_cp_plans" AS "t4"
    WHERE
      "t4"."la_code" IN (
        SELECT
          *
        FROM "t8"
      )
  ) AS "t21"
  INNER JOIN "_months" AS "t7"
    ON "t21"."cppl_cp_plan_start_date" <= "t7"."month_end"
    AND COALESCE("t21"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
), "cohort_on_plan" AS (
  SELECT
    "t26"."la_code",
    "t26"."month",
    "t26"."month_end",
    "t26"."cppl_person_id",
    MIN("t26"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t26"
  GROUP BY
    1,
    2,
    3,
    4
)
SELECT
  "t40"."la_code",
  "t40"."month",
  "t40"."numerator",
  "t40"."denominator",
  "t40"."excluded",
  CASE
    WHEN "t40"."denominator" > 0
    THEN (
      CAST("t40"."numerator" AS DOUBLE) / "t40"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t39"."numerator", 0) AS "numerator",
    COALESCE("t39"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t37"."la_code",
      "t37"."month",
      SUM(CAST("t37"."_kept" AND COALESCE("t37"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t37"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t36"."la_code",
        "t36"."month",
        "t36"."month_end",
        "t36"."cppl_person_id",
        "t36"."start",
        "t36"."wd_open",
        "t36"."last_visit",
        "t36"."_wd_b" - "t36"."_wd_a" AS "wd_since_visit",
        (
          (
            "t36"."_wd_b" - "t36"."_wd_a"
          ) IS NOT NULL
        )
        AND (
          (
            "t36"."_wd_b" - "t36"."_wd_a"
          ) <= 10
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t32"."la_code",
          "t32"."month",
          "t32"."month_end",
          "t32"."cppl_person_id",
          "t32"."start",
          "t32"."wd_open",
          "t35"."last_visit",
          "t15"."_wd_a",
          "t17"."_wd_b"
        FROM (
          SELECT
            "t30"."la_code",
            "t30"."month",
            "t30"."month_end",
            "t30"."cppl_person_id",
            "t30"."start",
            "t30"."_wd_b" - "t30"."_wd_a" AS "wd_open"
          FROM (
            SELECT
              "t29"."la_code",
              "t29"."month",
              "t29"."month_end",
              "t29"."cppl_person_id",
              "t29"."start",
              "t16"."_wd_a",
              "t18"."_wd_b"
            FROM "cohort_on_plan" AS "t29"
            LEFT OUTER JOIN "t9" AS "t16"
              ON "t29"."start" = "t16"."_wd_a__date"
            LEFT OUTER JOIN "t10" AS "t18"
              ON "t29"."month_end" = "t18"."_wd_b__date"
          ) AS "t30"
          WHERE
            (
              "t30"."_wd_b" - "t30"."_wd_a"
            ) > 10
        ) AS "t32"
        LEFT OUTER JOIN (
          SELECT
            "t33"."la_code",
            "t33"."month",
            "t33"."cppl_person_id",
            MAX("t33"."cppv_cp_visit_date") AS "last_visit"
          FROM (
            SELECT
              "t32"."la_code",
              "t32"."month",
              "t32"."month_end",
              "t32"."cppl_person_id",
              "t32"."start",
              "t32"."wd_open",
              "t25"."la_code" AS "la_code_right",
              "t25"."cppv_person_id",
              "t25"."cppv_cp_visit_date"
            FROM (
              SELECT
                "t30"."la_code",
                "t30"."month",
                "t30"."month_end",
                "t30"."cppl_person_id",
                "t30"."start",
                "t30"."_wd_b" - "t30"."_wd_a" AS "wd_open"
              FROM (
                SELECT
                  "t29"."la_code",
                  "t29"."month",
                  "t29"."month_end",
                  "t29"."cppl_person_id",
                  "t29"."start",
                  "t16"."_wd_a",
                  "t18"."_wd_b"
                FROM "cohort_on_plan" AS "t29"
                LEFT OUTER JOIN "t9" AS "t16"
                  ON "t29"."start" = "t16"."_wd_a__date"
                LEFT OUTER JOIN "t10" AS "t18"
                  ON "t29"."month_end" = "t18"."_wd_b__date"
              ) AS "t30"
              WHERE
                (
                  "t30"."_wd_b" - "t30"."_wd_a"
                ) > 10
            ) AS "t32"
            INNER JOIN (
              SELECT
                "t22"."la_code",
                "t22"."cppv_person_id",
                "t22"."cppv_cp_visit_date"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM "ssd_cp_visits" AS "t3"
                  WHERE
                    "t3"."la_code" IN (
                      SELECT
                        *
                      FROM "t8"
                    )
                ) AS "t19"
                WHERE
                  COALESCE("t19"."cppv_cp_visit_seen", FALSE)
                  OR NOT (
                    "t19"."la_code" IN (
                      SELECT
                        "t5"."la_code"
                      FROM "_supplied" AS "t5"
                      WHERE
                        "t5"."table_name" = 'ssd_cp_visits' AND "t5"."column_name" = 'cppv_cp_visit_seen'
                    )
                  )
              ) AS "t22"
            ) AS "t25"
              ON "t32"."la_code" = "t25"."la_code"
              AND "t32"."cppl_person_id" = "t25"."cppv_person_id"
              AND "t25"."cppv_cp_visit_date" >= "t32"."start"
              AND "t25"."cppv_cp_visit_date" <= "t32"."month_end"
          ) AS "t33"
          GROUP BY
            1,
            2,
            3
        ) AS "t35"
          ON "t32"."la_code" = "t35"."la_code"
          AND "t32"."month" = "t35"."month"
          AND "t32"."cppl_person_id" = "t35"."cppl_person_id"
        LEFT OUTER JOIN "t9" AS "t15"
          ON "t35"."last_visit" = "t15"."_wd_a__date"
        LEFT OUTER JOIN "t10" AS "t17"
          ON "t32"."month_end" = "t17"."_wd_b__date"
      ) AS "t36"
    ) AS "t37"
    GROUP BY
      1,
      2
  ) AS "t39"
    ON "t6"."la_code" = "t39"."la_code" AND "t7"."month" = "t39"."month"
) AS "t40"
ORDER BY
  "t40"."la_code" ASC,
  "t40"."month" ASC
