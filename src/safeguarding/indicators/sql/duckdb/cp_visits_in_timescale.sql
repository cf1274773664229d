-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_visits_in_timescale"}
WITH "t9" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "cohort_open_plans" AS (
  SELECT
    "t22"."la_code",
    "t22"."cppl_cp_plan_id",
    "t22"."cppl_person_id",
    "t22"."cppl_cp_plan_start_date",
    "t22"."cppl_cp_plan_end_date",
    "t22"."cppl_cp_plan_initial_category",
    "t22"."cppl_cp_plan_latest_category",
    "t22"."cppl_icpc_id",
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
        FROM "t9"
      )
  ) AS "t22"
  INNER JOIN "_months" AS "t7"
    ON "t22"."cppl_cp_plan_start_date" <= "t7"."month_end"
    AND COALESCE("t22"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
), "cohort_on_plan" AS (
  SELECT
    "t29"."la_code",
    "t29"."month",
    "t29"."month_end",
    "t29"."cppl_person_id",
    MIN("t29"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t29"
  GROUP BY
    1,
    2,
    3,
    4
)
SELECT
  "t48"."la_code",
  "t48"."month",
  "t48"."numerator",
  "t48"."denominator",
  "t48"."excluded",
  CASE
    WHEN "t48"."denominator" > 0
    THEN (
      CAST("t48"."numerator" AS DOUBLE) / "t48"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t47"."numerator", 0) AS "numerator",
    COALESCE("t47"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t45"."la_code",
      "t45"."month",
      SUM(CAST("t45"."_kept" AND COALESCE("t45"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t45"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t44"."la_code",
        "t44"."month",
        "t44"."month_end",
        "t44"."cppl_person_id",
        "t44"."start",
        "t44"."wd_open",
        "t44"."last_visit",
        "t44"."_wd_b" - "t44"."_wd_a" AS "wd_since_visit",
        (
          (
            "t44"."_wd_b" - "t44"."_wd_a"
          ) IS NOT NULL
        )
        AND (
          (
            "t44"."_wd_b" - "t44"."_wd_a"
          ) <= 10
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t43"."la_code",
          "t43"."month",
          "t43"."month_end",
          "t43"."cppl_person_id",
          "t43"."start",
          "t43"."wd_open",
          "t43"."last_visit",
          "t15"."_wd_a",
          "t16"."_wd_b"
        FROM (
          SELECT
            "t41".*
            EXCLUDE ("_latest")
          FROM (
            SELECT
              "t40"."la_code",
              "t40"."month",
              "t40"."month_end",
              "t40"."cppl_person_id",
              "t40"."start",
              "t40"."wd_open",
              "t40"."_latest",
              CASE WHEN "t40"."_latest" >= "t40"."start" THEN "t40"."_latest" ELSE NULL END AS "last_visit"
            FROM (
              SELECT
                "t39"."la_code",
                "t39"."month",
                "t39"."month_end",
                "t39"."cppl_person_id",
                "t39"."start",
                "t39"."wd_open",
                "t36"."_latest"
              FROM (
                SELECT
                  "t37"."la_code",
                  "t37"."month",
                  "t37"."month_end",
                  "t37"."cppl_person_id",
                  "t37"."start",
                  "t37"."_wd_b" - "t37"."_wd_a" AS "wd_open"
                FROM (
                  SELECT
                    "t33"."la_code",
                    "t33"."month",
                    "t33"."month_end",
                    "t33"."cppl_person_id",
                    "t33"."start",
                    "t15"."_wd_a",
                    "t16"."_wd_b"
                  FROM "cohort_on_plan" AS "t33"
                  LEFT OUTER JOIN (
                    SELECT
                      "t2"."wd_ordinal" AS "_wd_a",
                      "t2"."date" AS "_wd_a__date"
                    FROM "_calendar" AS "t2"
                  ) AS "t15"
                    ON "t33"."start" = "t15"."_wd_a__date"
                  LEFT OUTER JOIN (
                    SELECT
                      "t2"."wd_ordinal" AS "_wd_b",
                      "t2"."date" AS "_wd_b__date"
                    FROM "_calendar" AS "t2"
                  ) AS "t16"
                    ON "t33"."month_end" = "t16"."_wd_b__date"
                ) AS "t37"
                WHERE
                  (
                    "t37"."_wd_b" - "t37"."_wd_a"
                  ) > 10
              ) AS "t39"
              LEFT OUTER JOIN (
                SELECT
                  "t34"."la_code",
                  "t34"."month",
                  "t34"."cppv_person_id" AS "cppl_person_id",
                  "t34"."_latest"
                FROM (
                  SELECT
                    "t31"."la_code",
                    "t31"."month",
                    "t31"."cppv_person_id",
                    MAX("t31"."cppv_cp_visit_date") AS "_latest"
                  FROM (
                    SELECT
                      "t28"."la_code",
                      "t28"."cppv_person_id",
                      "t28"."cppv_cp_visit_date",
                      "t24"."month",
                      "t24"."month_end",
                      "t24"."_from"
                    FROM (
                      SELECT
                        "t25"."la_code",
                        "t25"."cppv_person_id",
                        "t25"."cppv_cp_visit_date"
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
                              FROM "t9"
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
                      ) AS "t25"
                    ) AS "t28"
                    INNER JOIN (
                      SELECT
                        "t8"."month",
                        "t8"."month_end",
                        "t18"."_d" AS "_from"
                      FROM "_months" AS "t8"
                      LEFT OUTER JOIN (
                        SELECT
                          "t2"."wd_ordinal" AS "_e_ord",
                          "t2"."date" AS "_e_ord__date"
                        FROM "_calendar" AS "t2"
                      ) AS "t17"
                        ON "t8"."month_end" = "t17"."_e_ord__date"
                      LEFT OUTER JOIN (
                        SELECT
                          "t2"."date" AS "_d",
                          "t2"."wd_ordinal" AS "_d_ord"
                        FROM "_calendar" AS "t2"
                        WHERE
                          "t2"."is_working_day"
                      ) AS "t18"
                        ON (
                          "t17"."_e_ord" - 10
                        ) = "t18"."_d_ord"
                    ) AS "t24"
                      ON "t28"."cppv_cp_visit_date" >= "t24"."_from"
                      AND "t28"."cppv_cp_visit_date" <= "t24"."month_end"
                  ) AS "t31"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t34"
              ) AS "t36"
                ON "t39"."la_code" = "t36"."la_code"
                AND "t39"."month" = "t36"."month"
                AND "t39"."cppl_person_id" = "t36"."cppl_person_id"
            ) AS "t40"
          ) AS "t41"
        ) AS "t43"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_a",
            "t2"."date" AS "_wd_a__date"
          FROM "_calendar" AS "t2"
        ) AS "t15"
          ON "t43"."last_visit" = "t15"."_wd_a__date"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_b",
            "t2"."date" AS "_wd_b__date"
          FROM "_calendar" AS "t2"
        ) AS "t16"
          ON "t43"."month_end" = "t16"."_wd_b__date"
      ) AS "t44"
    ) AS "t45"
    GROUP BY
      1,
      2
  ) AS "t47"
    ON "t6"."la_code" = "t47"."la_code" AND "t7"."month" = "t47"."month"
) AS "t48"
ORDER BY
  "t48"."la_code" ASC,
  "t48"."month" ASC
