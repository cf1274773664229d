-- safeguarding compiled query {"code": "f222912e1154d2e7", "policy": "5a5babdd74a484f2", "query": "cla_reviews_in_timescale"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t20" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "t8"
    )
), "cohort_period_starts" AS (
  SELECT
    "t24"."la_code",
    "t24"."first_episode_start",
    "t24"."clae_person_id",
    "t24"."clae_cla_id" AS "cla_id",
    COALESCE("t24"."entered", "t24"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t22"."la_code",
      "t22"."clae_cla_id",
      MIN("t22"."clae_entered_care_date") AS "entered",
      MIN("t22"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t22"."clae_person_id") AS "clae_person_id"
    FROM "t20" AS "t22"
    GROUP BY
      1,
      2
  ) AS "t24"
), "t29" AS (
  SELECT
    "t25"."la_code",
    "t25"."clae_cla_episode_id",
    "t25"."clae_person_id",
    "t25"."clae_cla_id",
    "t25"."clae_cla_episode_start_date",
    "t25"."clae_cla_episode_ceased_date",
    "t25"."clae_entered_care_date",
    "t25"."clae_cla_placement_id"
  FROM (
    SELECT
      "t23"."la_code",
      "t23"."clae_cla_episode_id",
      "t23"."clae_person_id",
      "t23"."clae_cla_id",
      "t23"."clae_cla_episode_start_date",
      "t23"."clae_cla_episode_ceased_date",
      "t23"."clae_entered_care_date",
      "t23"."clae_cla_placement_id",
      "t19"."_first_end",
      "t19"."_last_end"
    FROM "t20" AS "t23"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t19"
  ) AS "t25"
  WHERE
    "t25"."clae_cla_episode_start_date" <= "t25"."_last_end"
    AND COALESCE("t25"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t25"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t33"."la_code",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t33"."clae_person_id" AS "person_id",
    "t33"."clae_cla_id" AS "cla_id",
    "t33"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t29" AS "t33"
  INNER JOIN "_months" AS "t6"
    ON "t33"."clae_cla_episode_start_date" <= "t6"."month_end"
    AND COALESCE("t33"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t33"."la_code",
      "t33"."clae_cla_episode_id" AS "_superseded",
      "t34"."clae_cla_episode_start_date" AS "_start",
      "t34"."clae_cla_episode_ceased_date" AS "_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t29" AS "t33"
    INNER JOIN "t29" AS "t34"
      ON "t33"."la_code" = "t34"."la_code"
      AND "t33"."clae_person_id" = "t34"."clae_person_id"
      AND (
        (
          "t34"."clae_cla_episode_start_date" > "t33"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t34"."clae_cla_episode_start_date" = "t33"."clae_cla_episode_start_date"
          )
          AND (
            "t34"."clae_cla_episode_id" > "t33"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t33"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t34"."clae_cla_episode_start_date" < "t33"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t7"
      ON "t34"."clae_cla_episode_start_date" <= "t7"."month_end"
      AND COALESCE("t34"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t38"
    ON "t33"."la_code" = "t38"."la_code"
    AND "t6"."month" = "t38"."month"
    AND "t33"."clae_cla_episode_id" = "t38"."_superseded"
), "t50" AS (
  SELECT
    "t49"."la_code",
    "t49"."month",
    "t49"."month_end",
    "t49"."wd21" + INTERVAL '-1' DAY AS "first_due",
    "t49"."person_id",
    "t49"."period_start",
    "t49"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t48"."la_code",
      "t48"."month",
      "t48"."month_end",
      "t48"."rolling_start",
      "t48"."person_id",
      "t48"."cla_id",
      "t48"."episode_start",
      "t48"."first_episode_start",
      "t48"."clae_person_id",
      "t48"."period_start",
      "t48"."wd_in_care",
      "t18"."wd21"
    FROM (
      SELECT
        "t46"."la_code",
        "t46"."month",
        "t46"."month_end",
        "t46"."rolling_start",
        "t46"."person_id",
        "t46"."cla_id",
        "t46"."episode_start",
        "t46"."first_episode_start",
        "t46"."clae_person_id",
        "t46"."period_start",
        "t46"."_wd_b" - "t46"."_wd_a" AS "wd_in_care"
      FROM (
        SELECT
          "t43"."la_code",
          "t43"."month",
          "t43"."month_end",
          "t43"."rolling_start",
          "t43"."person_id",
          "t43"."cla_id",
          "t43"."episode_start",
          "t32"."first_episode_start",
          "t32"."clae_person_id",
          "t32"."period_start",
          "t16"."_wd_a",
          "t17"."_wd_b"
        FROM "cohort_looked_after" AS "t43"
        INNER JOIN "cohort_period_starts" AS "t32"
          ON "t43"."la_code" = "t32"."la_code" AND "t43"."cla_id" = "t32"."cla_id"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_a",
            "t2"."date" AS "_wd_a__date"
          FROM "_calendar" AS "t2"
        ) AS "t16"
          ON "t32"."period_start" = "t16"."_wd_a__date"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_b",
            "t2"."date" AS "_wd_b__date"
          FROM "_calendar" AS "t2"
        ) AS "t17"
          ON "t43"."month_end" = "t17"."_wd_b__date"
      ) AS "t46"
      WHERE
        (
          "t46"."_wd_b" - "t46"."_wd_a"
        ) > 20
    ) AS "t48"
    LEFT OUTER JOIN (
      SELECT
        "t2"."wd_ordinal" AS "_wd_from",
        "t2"."date" AS "_wd_from__date"
      FROM "_calendar" AS "t2"
    ) AS "t15"
      ON "t48"."period_start" = "t15"."_wd_from__date"
    LEFT OUTER JOIN (
      SELECT
        "t2"."wd_ordinal" AS "_wd_to",
        "t2"."date" AS "wd21"
      FROM "_calendar" AS "t2"
      WHERE
        "t2"."is_working_day"
    ) AS "t18"
      ON (
        "t15"."_wd_from" + 21
      ) = "t18"."_wd_to"
  ) AS "t49"
)
SELECT
  "t65"."la_code",
  "t65"."month",
  "t65"."numerator",
  "t65"."denominator",
  "t65"."excluded",
  CASE
    WHEN "t65"."denominator" > 0
    THEN (
      CAST("t65"."numerator" AS DOUBLE) / "t65"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t64"."numerator", 0) AS "numerator",
    COALESCE("t64"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t62"."la_code",
      "t62"."month",
      SUM(CAST("t62"."_kept" AND COALESCE("t62"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t62"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t61"."la_code",
        "t61"."month",
        "t61"."month_end",
        "t61"."first_due",
        "t61"."person_id",
        "t61"."period_start",
        "t61"."plan_id",
        "t61"."held_n",
        "t61"."late_n",
        "t61"."last",
        CASE
          WHEN COALESCE("t61"."held_n", 0) = 0
          THEN "t61"."first_due"
          WHEN COALESCE("t61"."held_n", 0) = 1
          THEN "t61"."last" + INTERVAL '3' MONTH
          ELSE "t61"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        (
          COALESCE("t61"."late_n", 0) = 0
        )
        AND (
          CASE
            WHEN COALESCE("t61"."held_n", 0) = 0
            THEN "t61"."first_due"
            WHEN COALESCE("t61"."held_n", 0) = 1
            THEN "t61"."last" + INTERVAL '3' MONTH
            ELSE "t61"."last" + INTERVAL '6' MONTH
          END > "t61"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t52"."la_code",
          "t52"."month",
          "t52"."month_end",
          "t52"."first_due",
          "t52"."person_id",
          "t52"."period_start",
          "t52"."plan_id",
          "t60"."held_n",
          "t60"."late_n",
          "t60"."last"
        FROM "t50" AS "t52"
        LEFT OUTER JOIN (
          SELECT
            "t58"."la_code",
            "t58"."plan_id",
            "t58"."month",
            COUNT("t58"."k") AS "held_n",
            SUM(CAST("t58"."late" AS BIGINT)) AS "late_n",
            MAX("t58"."date") AS "last"
          FROM (
            SELECT
              "t52"."la_code",
              "t52"."month",
              "t52"."month_end",
              "t52"."first_due",
              "t52"."person_id",
              "t52"."period_start",
              "t52"."plan_id",
              "t57"."la_code" AS "la_code_right",
              "t57"."plan_id" AS "plan_id_right",
              "t57"."date",
              "t57"."k",
              "t57"."late"
            FROM "t50" AS "t52"
            INNER JOIN (
              SELECT
                "t55"."la_code",
                "t55"."plan_id",
                "t55"."date",
                "t55"."k",
                "t55"."date" > CASE
                  WHEN "t55"."k" = 0
                  THEN "t55"."first_due"
                  WHEN "t55"."k" = 1
                  THEN "t55"."prev" + INTERVAL '3' MONTH
                  ELSE "t55"."prev" + INTERVAL '6' MONTH
                END AS "late"
              FROM (
                SELECT
                  "t54"."la_code",
                  "t54"."plan_id",
                  "t54"."date",
                  "t54"."review_id",
                  "t54"."first_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t54"."la_code", "t54"."plan_id"
                    ORDER BY "t54"."date" ASC, "t54"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "k",
                  LAG("t54"."date") OVER (
                    PARTITION BY "t54"."la_code", "t54"."plan_id"
                    ORDER BY "t54"."date" ASC, "t54"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) AS "prev"
                FROM (
                  SELECT
                    "t45"."la_code",
                    "t45"."plan_id",
                    "t45"."date",
                    "t45"."review_id",
                    "t45"."first_due"
                  FROM (
                    SELECT
                      "t41"."la_code",
                      "t41"."clar_cla_id" AS "plan_id",
                      "t41"."clar_cla_review_date" AS "date",
                      "t41"."clar_cla_review_id" AS "review_id",
                      "t41"."wd21" + INTERVAL '-1' DAY AS "first_due"
                    FROM (
                      SELECT
                        "t39"."la_code",
                        "t39"."clar_cla_review_id",
                        "t39"."clar_cla_id",
                        "t39"."clar_cla_review_due_date",
                        "t39"."clar_cla_review_date",
                        "t39"."clar_cla_review_cancelled",
                        "t39"."first_episode_start",
                        "t39"."clae_person_id",
                        "t39"."cla_id",
                        "t39"."period_start",
                        "t18"."wd21"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t27"."la_code",
                            "t27"."clar_cla_review_id",
                            "t27"."clar_cla_id",
                            "t27"."clar_cla_review_due_date",
                            "t27"."clar_cla_review_date",
                            "t27"."clar_cla_review_cancelled",
                            "t32"."first_episode_start",
                            "t32"."clae_person_id",
                            "t32"."cla_id",
                            "t32"."period_start"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM "ssd_cla_reviews" AS "t4"
                              WHERE
                                "t4"."la_code" IN (
                                  SELECT
                                    *
                                  FROM "t8"
                                )
                            ) AS "t21"
                            WHERE
                              NOT (
                                COALESCE("t21"."clar_cla_review_cancelled", FALSE)
                              )
                          ) AS "t27"
                          INNER JOIN "cohort_period_starts" AS "t32"
                            ON "t27"."la_code" = "t32"."la_code" AND "t27"."clar_cla_id" = "t32"."cla_id"
                        ) AS "t35"
                        WHERE
                          "t35"."clar_cla_review_date" >= "t35"."period_start"
                      ) AS "t39"
                      LEFT OUTER JOIN (
                        SELECT
                          "t2"."wd_ordinal" AS "_wd_from",
                          "t2"."date" AS "_wd_from__date"
                        FROM "_calendar" AS "t2"
                      ) AS "t15"
                        ON "t39"."period_start" = "t15"."_wd_from__date"
                      LEFT OUTER JOIN (
                        SELECT
                          "t2"."wd_ordinal" AS "_wd_to",
                          "t2"."date" AS "wd21"
                        FROM "_calendar" AS "t2"
                        WHERE
                          "t2"."is_working_day"
                      ) AS "t18"
                        ON (
                          "t15"."_wd_from" + 21
                        ) = "t18"."_wd_to"
                    ) AS "t41"
                  ) AS "t45"
                  SEMI JOIN "t50" AS "t53"
                    ON "t45"."la_code" = "t53"."la_code" AND "t45"."plan_id" = "t53"."plan_id"
                ) AS "t54"
              ) AS "t55"
            ) AS "t57"
              ON "t52"."la_code" = "t57"."la_code"
              AND "t52"."plan_id" = "t57"."plan_id"
              AND "t57"."date" <= "t52"."month_end"
          ) AS "t58"
          GROUP BY
            1,
            2,
            3
        ) AS "t60"
          ON "t52"."la_code" = "t60"."la_code"
          AND "t52"."plan_id" = "t60"."plan_id"
          AND "t52"."month" = "t60"."month"
      ) AS "t61"
    ) AS "t62"
    GROUP BY
      1,
      2
  ) AS "t64"
    ON "t5"."la_code" = "t64"."la_code" AND "t6"."month" = "t64"."month"
) AS "t65"
ORDER BY
  "t65"."la_code" ASC,
  "t65"."month" ASC
