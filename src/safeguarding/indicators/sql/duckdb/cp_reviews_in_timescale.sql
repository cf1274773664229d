-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_reviews_in_timescale"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "cohort_open_plans" AS (
  SELECT
    "t10"."la_code",
    "t10"."cppl_cp_plan_id",
    "t10"."cppl_person_id",
    "t10"."cppl_cp_plan_start_date",
    "t10"."cppl_cp_plan_end_date",
    "t10"."cppl_cp_plan_initial_category",
    "t10"."cppl_cp_plan_latest_category",
    "t10"."cppl_icpc_id",
    "t5"."month",
    "t5"."month_end",
    "t5"."rolling_start",
    "t5"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_cp_plans" AS "t2"
    WHERE
      "t2"."la_code" IN (
        SELECT
          *
        FROM "t6"
      )
  ) AS "t10"
  INNER JOIN "_months" AS "t5"
    ON "t10"."cppl_cp_plan_start_date" <= "t5"."month_end"
    AND COALESCE("t10"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
), "t14" AS (
  SELECT
    "t13"."la_code",
    "t13"."month",
    "t13"."month_end",
    "t13"."cppl_cp_plan_id" AS "plan_id",
    "t13"."cppl_cp_plan_start_date" AS "start",
    "t13"."cppl_person_id" AS "person_id",
    "t13"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t13"
  WHERE
    (
      "t13"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t13"."month_end"
), "t24" AS (
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
    ) AS "prev",
    LEAD("t23"."date") OVER (
      PARTITION BY "t23"."la_code", "t23"."plan_id"
      ORDER BY "t23"."date" ASC, "t23"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t22"."la_code",
      "t22"."plan_id",
      "t22"."date",
      "t22"."review_id",
      "t22"."first_due"
    FROM (
      SELECT
        "t20"."la_code",
        "t20"."cppr_cp_plan_id" AS "plan_id",
        "t20"."cppr_cp_review_date" AS "date",
        "t20"."cppr_cp_review_id" AS "review_id",
        "t20"."start" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t11"."la_code",
          "t11"."cppr_cp_review_id",
          "t11"."cppr_person_id",
          "t11"."cppr_cp_plan_id",
          "t11"."cppr_cp_review_due",
          "t11"."cppr_cp_review_date",
          "t17"."plan_id",
          "t17"."start"
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
        INNER JOIN (
          SELECT DISTINCT
            "t13"."la_code",
            "t13"."cppl_cp_plan_id" AS "plan_id",
            "t13"."cppl_cp_plan_start_date" AS "start"
          FROM "cohort_open_plans" AS "t13"
          WHERE
            (
              "t13"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
            ) <= "t13"."month_end"
        ) AS "t17"
          ON "t11"."la_code" = "t17"."la_code" AND "t11"."cppr_cp_plan_id" = "t17"."plan_id"
      ) AS "t20"
      WHERE
        "t20"."cppr_cp_review_date" >= "t20"."start"
    ) AS "t22"
    SEMI JOIN "t14" AS "t19"
      ON "t22"."la_code" = "t19"."la_code" AND "t22"."plan_id" = "t19"."plan_id"
  ) AS "t23"
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
    "t4"."la_code",
    "t5"."month",
    COALESCE("t37"."numerator", 0) AS "numerator",
    COALESCE("t37"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
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
        "t34"."plan_id",
        "t34"."start",
        "t34"."person_id",
        "t34"."first_due",
        "t34"."held_n",
        "t34"."last",
        "t34"."late_held",
        CASE
          WHEN "t34"."held_n" = 0
          THEN "t34"."first_due"
          WHEN "t34"."held_n" = 1
          THEN "t34"."last" + INTERVAL '6' MONTH
          ELSE "t34"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        NOT (
          "t34"."late_held"
        )
        AND (
          CASE
            WHEN "t34"."held_n" = 0
            THEN "t34"."first_due"
            WHEN "t34"."held_n" = 1
            THEN "t34"."last" + INTERVAL '6' MONTH
            ELSE "t34"."last" + INTERVAL '6' MONTH
          END > "t34"."month_end"
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
          COALESCE("t33"."k" + 1, 0) AS "held_n",
          "t33"."date" AS "last",
          COALESCE("t33"."first_late" <= "t33"."k", FALSE) AS "late_held"
        FROM "t14" AS "t18"
        LEFT OUTER JOIN (
          SELECT
            "t27"."la_code",
            "t27"."plan_id",
            "t27"."date",
            "t27"."k",
            "t27"."following",
            "t31"."first_late"
          FROM (
            SELECT
              "t25"."la_code",
              "t25"."plan_id",
              "t25"."date",
              "t25"."k",
              "t25"."following"
            FROM "t24" AS "t25"
          ) AS "t27"
          LEFT OUTER JOIN (
            SELECT
              "t29"."la_code",
              "t29"."plan_id",
              MIN("t29"."k") AS "first_late"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t25"."la_code",
                  "t25"."plan_id",
                  "t25"."date",
                  "t25"."review_id",
                  "t25"."first_due",
                  "t25"."k",
                  "t25"."prev",
                  "t25"."following",
                  "t25"."date" > CASE
                    WHEN "t25"."k" = 0
                    THEN "t25"."first_due"
                    WHEN "t25"."k" = 1
                    THEN "t25"."prev" + INTERVAL '6' MONTH
                    ELSE "t25"."prev" + INTERVAL '6' MONTH
                  END AS "late"
                FROM "t24" AS "t25"
              ) AS "t28"
              WHERE
                "t28"."late"
            ) AS "t29"
            GROUP BY
              1,
              2
          ) AS "t31"
            ON "t27"."la_code" = "t31"."la_code" AND "t27"."plan_id" = "t31"."plan_id"
        ) AS "t33"
          ON "t18"."la_code" = "t33"."la_code"
          AND "t18"."plan_id" = "t33"."plan_id"
          AND "t33"."date" <= "t18"."month_end"
          AND COALESCE("t33"."following", MAKE_DATE(9999, 12, 31)) > "t18"."month_end"
      ) AS "t34"
    ) AS "t35"
    GROUP BY
      1,
      2
  ) AS "t37"
    ON "t4"."la_code" = "t37"."la_code" AND "t5"."month" = "t37"."month"
) AS "t38"
ORDER BY
  "t38"."la_code" ASC,
  "t38"."month" ASC
