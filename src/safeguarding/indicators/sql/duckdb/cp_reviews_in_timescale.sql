-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cp_reviews_in_timescale"}
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
)
SELECT
  "t29"."la_code",
  "t29"."month",
  "t29"."numerator",
  "t29"."denominator",
  "t29"."excluded",
  CASE
    WHEN "t29"."denominator" > 0
    THEN (
      CAST("t29"."numerator" AS DOUBLE) / "t29"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t28"."numerator", 0) AS "numerator",
    COALESCE("t28"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t26"."la_code",
      "t26"."month",
      SUM(CAST("t26"."_kept" AND COALESCE("t26"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t26"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t25"."la_code",
        "t25"."month",
        "t25"."month_end",
        "t25"."plan_id",
        "t25"."start",
        "t25"."person_id",
        "t25"."first_due",
        "t25"."held_n",
        "t25"."late_n",
        "t25"."last",
        CASE
          WHEN COALESCE("t25"."held_n", 0) = 0
          THEN "t25"."first_due"
          WHEN COALESCE("t25"."held_n", 0) = 1
          THEN "t25"."last" + INTERVAL '6' MONTH
          ELSE "t25"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        (
          COALESCE("t25"."late_n", 0) = 0
        )
        AND (
          CASE
            WHEN COALESCE("t25"."held_n", 0) = 0
            THEN "t25"."first_due"
            WHEN COALESCE("t25"."held_n", 0) = 1
            THEN "t25"."last" + INTERVAL '6' MONTH
            ELSE "t25"."last" + INTERVAL '6' MONTH
          END > "t25"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t18"."la_code",
          "t18"."month",
          "t18"."month_end",
          "t18"."plan_id",
          "t18"."start",
          "t18"."person_id",
          "t18"."first_due",
          "t24"."held_n",
          "t24"."late_n",
          "t24"."last"
        FROM (
          SELECT
            "t15"."la_code",
            "t15"."month",
            "t15"."month_end",
            "t15"."cppl_cp_plan_id" AS "plan_id",
            "t15"."cppl_cp_plan_start_date" AS "start",
            "t15"."cppl_person_id" AS "person_id",
            "t15"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
          FROM (
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
              AND (
                (
                  "t12"."cppl_cp_plan_end_date" IS NULL
                )
                OR (
                  "t12"."cppl_cp_plan_end_date" > "t5"."month_end"
                )
              )
          ) AS "t15"
          WHERE
            (
              "t15"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
            ) <= "t15"."month_end"
        ) AS "t18"
        LEFT OUTER JOIN (
          SELECT
            "t22"."la_code",
            "t22"."plan_id",
            "t22"."month",
            COUNT("t22"."k") AS "held_n",
            SUM(CAST("t22"."late" AS BIGINT)) AS "late_n",
            MAX("t22"."date") AS "last"
          FROM (
            SELECT
              "t18"."la_code",
              "t18"."month",
              "t18"."month_end",
              "t18"."plan_id",
              "t18"."start",
              "t18"."person_id",
              "t18"."first_due",
              "t21"."la_code" AS "la_code_right",
              "t21"."plan_id" AS "plan_id_right",
              "t21"."date",
              "t21"."k",
              "t21"."late"
            FROM (
              SELECT
                "t15"."la_code",
                "t15"."month",
                "t15"."month_end",
                "t15"."cppl_cp_plan_id" AS "plan_id",
                "t15"."cppl_cp_plan_start_date" AS "start",
                "t15"."cppl_person_id" AS "person_id",
                "t15"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
              FROM (
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
                  AND (
                    (
                      "t12"."cppl_cp_plan_end_date" IS NULL
                    )
                    OR (
                      "t12"."cppl_cp_plan_end_date" > "t5"."month_end"
                    )
                  )
              ) AS "t15"
              WHERE
                (
                  "t15"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
                ) <= "t15"."month_end"
            ) AS "t18"
            INNER JOIN (
              SELECT
                "t19"."la_code",
                "t19"."plan_id",
                "t19"."date",
                "t19"."k",
                "t19"."date" > CASE
                  WHEN "t19"."k" = 0
                  THEN "t19"."first_due"
                  WHEN "t19"."k" = 1
                  THEN "t19"."prev" + INTERVAL '6' MONTH
                  ELSE "t19"."prev" + INTERVAL '6' MONTH
                END AS "late"
              FROM (
                SELECT
                  "t16"."la_code",
                  "t16"."plan_id",
                  "t16"."date",
                  "t16"."review_id",
                  "t16"."first_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t16"."la_code", "t16"."plan_id"
                    ORDER BY "t16"."date" ASC, "t16"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "k",
                  LAG("t16"."date") OVER (
                    PARTITION BY "t16"."la_code", "t16"."plan_id"
                    ORDER BY "t16"."date" ASC, "t16"."review_id" ASC
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
                ) AS "t16"
              ) AS "t19"
            ) AS "t21"
              ON "t18"."la_code" = "t21"."la_code"
              AND "t18"."plan_id" = "t21"."plan_id"
              AND "t21"."date" <= "t18"."month_end"
          ) AS "t22"
          GROUP BY
            1,
            2,
            3
        ) AS "t24"
          ON "t18"."la_code" = "t24"."la_code"
          AND "t18"."plan_id" = "t24"."plan_id"
          AND "t18"."month" = "t24"."month"
      ) AS "t25"
    ) AS "t26"
    GROUP BY
      1,
      2
  ) AS "t28"
    ON "t4"."la_code" = "t28"."la_code" AND "t5"."month" = "t28"."month"
) AS "t29"
ORDER BY
  "t29"."la_code" ASC,
  "t29"."month" ASC
