-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cp_visits_in_timescale"}
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
)
SELECT
  "t38"."la_code",
  "t38"."month",
  "t38"."numerator",
  "t38"."denominator",
  "t38"."excluded",
  CASE
    WHEN "t38"."denominator" > 0
    THEN (
      CAST("t38"."numerator" AS DOUBLE) / "t38"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t37"."numerator", 0) AS "numerator",
    COALESCE("t37"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t35"."la_code",
      "t35"."month",
      SUM(CAST("t35"."_kept" AND COALESCE("t35"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t35"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t34"."la_code",
        "t34"."month",
        "t34"."month_end",
        "t34"."cppl_person_id",
        "t34"."start",
        "t34"."wd_open",
        "t34"."last_visit",
        "t34"."_wd_b" - "t34"."_wd_a" AS "wd_since_visit",
        (
          (
            "t34"."_wd_b" - "t34"."_wd_a"
          ) IS NOT NULL
        )
        AND (
          (
            "t34"."_wd_b" - "t34"."_wd_a"
          ) <= 10
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t30"."la_code",
          "t30"."month",
          "t30"."month_end",
          "t30"."cppl_person_id",
          "t30"."start",
          "t30"."wd_open",
          "t33"."last_visit",
          "t15"."_wd_a",
          "t17"."_wd_b"
        FROM (
          SELECT
            "t28"."la_code",
            "t28"."month",
            "t28"."month_end",
            "t28"."cppl_person_id",
            "t28"."start",
            "t28"."_wd_b" - "t28"."_wd_a" AS "wd_open"
          FROM (
            SELECT
              "t27"."la_code",
              "t27"."month",
              "t27"."month_end",
              "t27"."cppl_person_id",
              "t27"."start",
              "t16"."_wd_a",
              "t18"."_wd_b"
            FROM (
              SELECT
                "t23"."la_code",
                "t23"."month",
                "t23"."month_end",
                "t23"."cppl_person_id",
                MIN("t23"."cppl_cp_plan_start_date") AS "start"
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
                  "t7"."month",
                  "t7"."month_end",
                  "t7"."rolling_start",
                  "t7"."pop_year"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cp_plans" AS "t3"
                  WHERE
                    "t3"."la_code" IN (
                      SELECT
                        *
                      FROM "t8"
                    )
                ) AS "t21"
                INNER JOIN "_months" AS "t7"
                  ON "t21"."cppl_cp_plan_start_date" <= "t7"."month_end"
                  AND (
                    (
                      "t21"."cppl_cp_plan_end_date" IS NULL
                    )
                    OR (
                      "t21"."cppl_cp_plan_end_date" > "t7"."month_end"
                    )
                  )
              ) AS "t23"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t27"
            LEFT OUTER JOIN "t9" AS "t16"
              ON "t27"."start" = "t16"."_wd_a__date"
            LEFT OUTER JOIN "t10" AS "t18"
              ON "t27"."month_end" = "t18"."_wd_b__date"
          ) AS "t28"
          WHERE
            (
              "t28"."_wd_b" - "t28"."_wd_a"
            ) > 10
        ) AS "t30"
        LEFT OUTER JOIN (
          SELECT
            "t31"."la_code",
            "t31"."month",
            "t31"."cppl_person_id",
            MAX("t31"."cppv_cp_visit_date") AS "last_visit"
          FROM (
            SELECT
              "t30"."la_code",
              "t30"."month",
              "t30"."month_end",
              "t30"."cppl_person_id",
              "t30"."start",
              "t30"."wd_open",
              "t25"."la_code" AS "la_code_right",
              "t25"."cppv_person_id",
              "t25"."cppv_cp_visit_date"
            FROM (
              SELECT
                "t28"."la_code",
                "t28"."month",
                "t28"."month_end",
                "t28"."cppl_person_id",
                "t28"."start",
                "t28"."_wd_b" - "t28"."_wd_a" AS "wd_open"
              FROM (
                SELECT
                  "t27"."la_code",
                  "t27"."month",
                  "t27"."month_end",
                  "t27"."cppl_person_id",
                  "t27"."start",
                  "t16"."_wd_a",
                  "t18"."_wd_b"
                FROM (
                  SELECT
                    "t23"."la_code",
                    "t23"."month",
                    "t23"."month_end",
                    "t23"."cppl_person_id",
                    MIN("t23"."cppl_cp_plan_start_date") AS "start"
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
                      "t7"."month",
                      "t7"."month_end",
                      "t7"."rolling_start",
                      "t7"."pop_year"
                    FROM (
                      SELECT
                        *
                      FROM "ssd_cp_plans" AS "t3"
                      WHERE
                        "t3"."la_code" IN (
                          SELECT
                            *
                          FROM "t8"
                        )
                    ) AS "t21"
                    INNER JOIN "_months" AS "t7"
                      ON "t21"."cppl_cp_plan_start_date" <= "t7"."month_end"
                      AND (
                        (
                          "t21"."cppl_cp_plan_end_date" IS NULL
                        )
                        OR (
                          "t21"."cppl_cp_plan_end_date" > "t7"."month_end"
                        )
                      )
                  ) AS "t23"
                  GROUP BY
                    1,
                    2,
                    3,
                    4
                ) AS "t27"
                LEFT OUTER JOIN "t9" AS "t16"
                  ON "t27"."start" = "t16"."_wd_a__date"
                LEFT OUTER JOIN "t10" AS "t18"
                  ON "t27"."month_end" = "t18"."_wd_b__date"
              ) AS "t28"
              WHERE
                (
                  "t28"."_wd_b" - "t28"."_wd_a"
                ) > 10
            ) AS "t30"
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
                  FROM "ssd_cp_visits" AS "t4"
                  WHERE
                    "t4"."la_code" IN (
                      SELECT
                        *
                      FROM "t8"
                    )
                ) AS "t20"
                WHERE
                  COALESCE("t20"."cppv_cp_visit_seen", FALSE)
                  OR NOT (
                    "t20"."la_code" IN (
                      SELECT
                        "t5"."la_code"
                      FROM "_supplied" AS "t5"
                      WHERE
                        "t5"."table_name" = 'ssd_cp_visits' AND "t5"."column_name" = 'cppv_cp_visit_seen'
                    )
                  )
              ) AS "t22"
            ) AS "t25"
              ON "t30"."la_code" = "t25"."la_code"
              AND "t30"."cppl_person_id" = "t25"."cppv_person_id"
              AND "t25"."cppv_cp_visit_date" >= "t30"."start"
              AND "t25"."cppv_cp_visit_date" <= "t30"."month_end"
          ) AS "t31"
          GROUP BY
            1,
            2,
            3
        ) AS "t33"
          ON "t30"."la_code" = "t33"."la_code"
          AND "t30"."month" = "t33"."month"
          AND "t30"."cppl_person_id" = "t33"."cppl_person_id"
        LEFT OUTER JOIN "t9" AS "t15"
          ON "t33"."last_visit" = "t15"."_wd_a__date"
        LEFT OUTER JOIN "t10" AS "t17"
          ON "t30"."month_end" = "t17"."_wd_b__date"
      ) AS "t34"
    ) AS "t35"
    GROUP BY
      1,
      2
  ) AS "t37"
    ON "t6"."la_code" = "t37"."la_code" AND "t7"."month" = "t37"."month"
) AS "t38"
ORDER BY
  "t38"."la_code" ASC,
  "t38"."month" ASC
