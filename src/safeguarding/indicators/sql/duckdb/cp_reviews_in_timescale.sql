-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "cp_reviews_in_timescale"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t8" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "t6"
    )
), "cohort_open_plans" AS (
  SELECT
    "t12"."la_code",
    "t12"."cppl_cp_plan_id",
    "t12"."cppl_person_id",
    "t12"."cppl_cp_plan_start_date",
    "t12"."cppl_cp_plan_end_date",
    "t12"."cppl_cp_plan_initial_category",
    "t12"."cppl_cp_plan_latest_category",
    "t12"."cppl_icpc_id",
    "t5"."month",
    "t5"."month_end",
    "t5"."rolling_start",
    "t5"."pop_year"
  FROM "t8" AS "t12"
  INNER JOIN "_months" AS "t5"
    ON "t12"."cppl_cp_plan_start_date" <= "t5"."month_end"
    AND COALESCE("t12"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
)
SELECT
  "t30"."la_code",
  "t30"."month",
  "t30"."numerator",
  "t30"."denominator",
  "t30"."excluded",
  CASE
    WHEN "t30"."denominator" > 0
    THEN (
      CAST("t30"."numerator" AS DOUBLE) / "t30"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t29"."numerator", 0) AS "numerator",
    COALESCE("t29"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t27"."la_code",
      "t27"."month",
      SUM(CAST("t27"."_kept" AND COALESCE("t27"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t27"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t26"."la_code",
        "t26"."month",
        "t26"."month_end",
        "t26"."plan_id",
        "t26"."start",
        "t26"."person_id",
        "t26"."first_due",
        "t26"."held_n",
        "t26"."late_n",
        "t26"."last",
        CASE
          WHEN COALESCE("t26"."held_n", 0) = 0
          THEN "t26"."first_due"
          WHEN COALESCE("t26"."held_n", 0) = 1
          THEN "t26"."last" + INTERVAL '6' MONTH
          ELSE "t26"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        (
          COALESCE("t26"."late_n", 0) = 0
        )
        AND (
          CASE
            WHEN COALESCE("t26"."held_n", 0) = 0
            THEN "t26"."first_due"
            WHEN COALESCE("t26"."held_n", 0) = 1
            THEN "t26"."last" + INTERVAL '6' MONTH
            ELSE "t26"."last" + INTERVAL '6' MONTH
          END > "t26"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t19"."la_code",
          "t19"."month",
          "t19"."month_end",
          "t19"."plan_id",
          "t19"."start",
          "t19"."person_id",
          "t19"."first_due",
          "t25"."held_n",
          "t25"."late_n",
          "t25"."last"
        FROM (
          SELECT
            "t16"."la_code",
            "t16"."month",
            "t16"."month_end",
            "t16"."cppl_cp_plan_id" AS "plan_id",
            "t16"."cppl_cp_plan_start_date" AS "start",
            "t16"."cppl_person_id" AS "person_id",
            "t16"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
          FROM "cohort_open_plans" AS "t16"
          WHERE
            (
              "t16"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
            ) <= "t16"."month_end"
        ) AS "t19"
        LEFT OUTER JOIN (
          SELECT
            "t23"."la_code",
            "t23"."plan_id",
            "t23"."month",
            COUNT("t23"."k") AS "held_n",
            SUM(CAST("t23"."late" AS BIGINT)) AS "late_n",
            MAX("t23"."date") AS "last"
          FROM (
            SELECT
              "t19"."la_code",
              "t19"."month",
              "t19"."month_end",
              "t19"."plan_id",
              "t19"."start",
              "t19"."person_id",
              "t19"."first_due",
              "t22"."la_code" AS "la_code_right",
              "t22"."plan_id" AS "plan_id_right",
              "t22"."date",
              "t22"."k",
              "t22"."late"
            FROM (
              SELECT
                "t16"."la_code",
                "t16"."month",
                "t16"."month_end",
                "t16"."cppl_cp_plan_id" AS "plan_id",
                "t16"."cppl_cp_plan_start_date" AS "start",
                "t16"."cppl_person_id" AS "person_id",
                "t16"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
              FROM "cohort_open_plans" AS "t16"
              WHERE
                (
                  "t16"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
                ) <= "t16"."month_end"
            ) AS "t19"
            INNER JOIN (
              SELECT
                "t20"."la_code",
                "t20"."plan_id",
                "t20"."date",
                "t20"."k",
                "t20"."date" > CASE
                  WHEN "t20"."k" = 0
                  THEN "t20"."first_due"
                  WHEN "t20"."k" = 1
                  THEN "t20"."prev" + INTERVAL '6' MONTH
                  ELSE "t20"."prev" + INTERVAL '6' MONTH
                END AS "late"
              FROM (
                SELECT
                  "t17"."la_code",
                  "t17"."plan_id",
                  "t17"."date",
                  "t17"."review_id",
                  "t17"."first_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t17"."la_code", "t17"."plan_id"
                    ORDER BY "t17"."date" ASC, "t17"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "k",
                  LAG("t17"."date") OVER (
                    PARTITION BY "t17"."la_code", "t17"."plan_id"
                    ORDER BY "t17"."date" ASC, "t17"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) AS "prev"
                FROM (
                  SELECT
                    "t14"."la_code",
                    "t14"."cppr_cp_plan_id" AS "plan_id",
                    "t14"."cppr_cp_review_date" AS "date",
                    "t14"."cppr_cp_review_id" AS "review_id",
                    "t14"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                  FROM (
                    SELECT
                      "t11"."la_code",
                      "t11"."cppr_cp_review_id",
                      "t11"."cppr_person_id",
                      "t11"."cppr_cp_plan_id",
                      "t11"."cppr_cp_review_due",
                      "t11"."cppr_cp_review_date",
                      "t13"."cppl_cp_plan_id",
                      "t13"."cppl_person_id",
                      "t13"."cppl_cp_plan_start_date",
                      "t13"."cppl_cp_plan_end_date",
                      "t13"."cppl_cp_plan_initial_category",
                      "t13"."cppl_cp_plan_latest_category",
                      "t13"."cppl_icpc_id"
                    FROM (
                      SELECT
                        *
                      FROM "ssd_cp_reviews" AS "t3"
                      WHERE
                        "t3"."la_code" IN (
                          SELECT
                            *
                          FROM "t6"
                        )
                    ) AS "t11"
                    INNER JOIN "t8" AS "t13"
                      ON "t11"."la_code" = "t13"."la_code"
                      AND "t11"."cppr_cp_plan_id" = "t13"."cppl_cp_plan_id"
                  ) AS "t14"
                  WHERE
                    "t14"."cppr_cp_review_date" >= "t14"."cppl_cp_plan_start_date"
                ) AS "t17"
              ) AS "t20"
            ) AS "t22"
              ON "t19"."la_code" = "t22"."la_code"
              AND "t19"."plan_id" = "t22"."plan_id"
              AND "t22"."date" <= "t19"."month_end"
          ) AS "t23"
          GROUP BY
            1,
            2,
            3
        ) AS "t25"
          ON "t19"."la_code" = "t25"."la_code"
          AND "t19"."plan_id" = "t25"."plan_id"
          AND "t19"."month" = "t25"."month"
      ) AS "t26"
    ) AS "t27"
    GROUP BY
      1,
      2
  ) AS "t29"
    ON "t4"."la_code" = "t29"."la_code" AND "t5"."month" = "t29"."month"
) AS "t30"
ORDER BY
  "t30"."la_code" ASC,
  "t30"."month" ASC
