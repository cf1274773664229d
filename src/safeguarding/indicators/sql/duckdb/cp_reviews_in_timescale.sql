-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "cp_reviews_in_timescale"}
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
), "t19" AS (
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
)
SELECT
  "t34"."la_code",
  "t34"."month",
  "t34"."numerator",
  "t34"."denominator",
  "t34"."excluded",
  CASE
    WHEN "t34"."denominator" > 0
    THEN (
      CAST("t34"."numerator" AS DOUBLE) / "t34"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t33"."numerator", 0) AS "numerator",
    COALESCE("t33"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t31"."la_code",
      "t31"."month",
      SUM(CAST("t31"."_kept" AND COALESCE("t31"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t31"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t30"."la_code",
        "t30"."month",
        "t30"."month_end",
        "t30"."plan_id",
        "t30"."start",
        "t30"."person_id",
        "t30"."first_due",
        "t30"."held_n",
        "t30"."late_n",
        "t30"."last",
        CASE
          WHEN COALESCE("t30"."held_n", 0) = 0
          THEN "t30"."first_due"
          WHEN COALESCE("t30"."held_n", 0) = 1
          THEN "t30"."last" + INTERVAL '6' MONTH
          ELSE "t30"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        (
          COALESCE("t30"."late_n", 0) = 0
        )
        AND (
          CASE
            WHEN COALESCE("t30"."held_n", 0) = 0
            THEN "t30"."first_due"
            WHEN COALESCE("t30"."held_n", 0) = 1
            THEN "t30"."last" + INTERVAL '6' MONTH
            ELSE "t30"."last" + INTERVAL '6' MONTH
          END > "t30"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t21"."la_code",
          "t21"."month",
          "t21"."month_end",
          "t21"."plan_id",
          "t21"."start",
          "t21"."person_id",
          "t21"."first_due",
          "t29"."held_n",
          "t29"."late_n",
          "t29"."last"
        FROM "t19" AS "t21"
        LEFT OUTER JOIN (
          SELECT
            "t27"."la_code",
            "t27"."plan_id",
            "t27"."month",
            COUNT("t27"."k") AS "held_n",
            SUM(CAST("t27"."late" AS BIGINT)) AS "late_n",
            MAX("t27"."date") AS "last"
          FROM (
            SELECT
              "t21"."la_code",
              "t21"."month",
              "t21"."month_end",
              "t21"."plan_id",
              "t21"."start",
              "t21"."person_id",
              "t21"."first_due",
              "t26"."la_code" AS "la_code_right",
              "t26"."plan_id" AS "plan_id_right",
              "t26"."date",
              "t26"."k",
              "t26"."late"
            FROM "t19" AS "t21"
            INNER JOIN (
              SELECT
                "t24"."la_code",
                "t24"."plan_id",
                "t24"."date",
                "t24"."k",
                "t24"."date" > CASE
                  WHEN "t24"."k" = 0
                  THEN "t24"."first_due"
                  WHEN "t24"."k" = 1
                  THEN "t24"."prev" + INTERVAL '6' MONTH
                  ELSE "t24"."prev" + INTERVAL '6' MONTH
                END AS "late"
              FROM (
                SELECT
                  "t23"."la_code",
                  "t23"."plan_id",
                  "t23"."date",
                  "t23"."review_id",
                  "t23"."first_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t23"."la_code", "t23"."plan_id"
                    ORDER BY "t23"."date" ASC, "t23"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "k",
                  LAG("t23"."date") OVER (
                    PARTITION BY "t23"."la_code", "t23"."plan_id"
                    ORDER BY "t23"."date" ASC, "t23"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) AS "prev"
                FROM (
                  SELECT
                    "t18"."la_code",
                    "t18"."plan_id",
                    "t18"."date",
                    "t18"."review_id",
                    "t18"."first_due"
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
                  ) AS "t18"
                  SEMI JOIN "t19" AS "t22"
                    ON "t18"."la_code" = "t22"."la_code" AND "t18"."plan_id" = "t22"."plan_id"
                ) AS "t23"
              ) AS "t24"
            ) AS "t26"
              ON "t21"."la_code" = "t26"."la_code"
              AND "t21"."plan_id" = "t26"."plan_id"
              AND "t26"."date" <= "t21"."month_end"
          ) AS "t27"
          GROUP BY
            1,
            2,
            3
        ) AS "t29"
          ON "t21"."la_code" = "t29"."la_code"
          AND "t21"."plan_id" = "t29"."plan_id"
          AND "t21"."month" = "t29"."month"
      ) AS "t30"
    ) AS "t31"
    GROUP BY
      1,
      2
  ) AS "t33"
    ON "t4"."la_code" = "t33"."la_code" AND "t5"."month" = "t33"."month"
) AS "t34"
ORDER BY
  "t34"."la_code" ASC,
  "t34"."month" ASC
