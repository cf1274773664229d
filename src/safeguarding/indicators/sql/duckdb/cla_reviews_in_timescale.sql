-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "cla_reviews_in_timescale"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t18" AS (
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
    "t23"."la_code",
    "t23"."first_episode_start",
    "t23"."clae_person_id",
    "t23"."clae_cla_id" AS "cla_id",
    COALESCE("t23"."entered", "t23"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t20"."la_code",
      "t20"."clae_cla_id",
      MIN("t20"."clae_entered_care_date") AS "entered",
      MIN("t20"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t20"."clae_person_id") AS "clae_person_id"
    FROM "t18" AS "t20"
    GROUP BY
      1,
      2
  ) AS "t23"
), "cohort_looked_after" AS (
  SELECT
    "t21"."la_code",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t21"."clae_person_id" AS "person_id",
    "t21"."clae_cla_id" AS "cla_id",
    "t21"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t18" AS "t21"
  INNER JOIN "_months" AS "t6"
    ON "t21"."clae_cla_episode_start_date" <= "t6"."month_end"
    AND COALESCE("t21"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t21"."la_code",
      "t21"."clae_cla_episode_id" AS "_superseded",
      "t22"."clae_cla_episode_start_date" AS "_start",
      "t22"."clae_cla_episode_ceased_date" AS "_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t18" AS "t21"
    INNER JOIN "t18" AS "t22"
      ON "t21"."la_code" = "t22"."la_code"
      AND "t21"."clae_person_id" = "t22"."clae_person_id"
      AND (
        (
          "t22"."clae_cla_episode_start_date" > "t21"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t22"."clae_cla_episode_start_date" = "t21"."clae_cla_episode_start_date"
          )
          AND (
            "t22"."clae_cla_episode_id" > "t21"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t21"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t22"."clae_cla_episode_start_date" < "t21"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t7"
      ON "t22"."clae_cla_episode_start_date" <= "t7"."month_end"
      AND COALESCE("t22"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t29"
    ON "t21"."la_code" = "t29"."la_code"
    AND "t6"."month" = "t29"."month"
    AND "t21"."clae_cla_episode_id" = "t29"."_superseded"
)
SELECT
  "t55"."la_code",
  "t55"."month",
  "t55"."numerator",
  "t55"."denominator",
  "t55"."excluded",
  CASE
    WHEN "t55"."denominator" > 0
    THEN (
      CAST("t55"."numerator" AS DOUBLE) / "t55"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t54"."numerator", 0) AS "numerator",
    COALESCE("t54"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t52"."la_code",
      "t52"."month",
      SUM(CAST("t52"."_kept" AND COALESCE("t52"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t52"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t51"."la_code",
        "t51"."month",
        "t51"."month_end",
        "t51"."first_due",
        "t51"."person_id",
        "t51"."period_start",
        "t51"."plan_id",
        "t51"."held_n",
        "t51"."late_n",
        "t51"."last",
        CASE
          WHEN COALESCE("t51"."held_n", 0) = 0
          THEN "t51"."first_due"
          WHEN COALESCE("t51"."held_n", 0) = 1
          THEN "t51"."last" + INTERVAL '3' MONTH
          ELSE "t51"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        (
          COALESCE("t51"."late_n", 0) = 0
        )
        AND (
          CASE
            WHEN COALESCE("t51"."held_n", 0) = 0
            THEN "t51"."first_due"
            WHEN COALESCE("t51"."held_n", 0) = 1
            THEN "t51"."last" + INTERVAL '3' MONTH
            ELSE "t51"."last" + INTERVAL '6' MONTH
          END > "t51"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t45"."la_code",
          "t45"."month",
          "t45"."month_end",
          "t45"."first_due",
          "t45"."person_id",
          "t45"."period_start",
          "t45"."plan_id",
          "t50"."held_n",
          "t50"."late_n",
          "t50"."last"
        FROM (
          SELECT
            "t42"."la_code",
            "t42"."month",
            "t42"."month_end",
            "t42"."wd21" + INTERVAL '-1' DAY AS "first_due",
            "t42"."person_id",
            "t42"."period_start",
            "t42"."cla_id" AS "plan_id"
          FROM (
            SELECT
              "t41"."la_code",
              "t41"."month",
              "t41"."month_end",
              "t41"."rolling_start",
              "t41"."person_id",
              "t41"."cla_id",
              "t41"."episode_start",
              "t41"."first_episode_start",
              "t41"."clae_person_id",
              "t41"."period_start",
              "t41"."wd_in_care",
              "t17"."wd21"
            FROM (
              SELECT
                "t37"."la_code",
                "t37"."month",
                "t37"."month_end",
                "t37"."rolling_start",
                "t37"."person_id",
                "t37"."cla_id",
                "t37"."episode_start",
                "t37"."first_episode_start",
                "t37"."clae_person_id",
                "t37"."period_start",
                "t37"."_wd_b" - "t37"."_wd_a" AS "wd_in_care"
              FROM (
                SELECT
                  "t34"."la_code",
                  "t34"."month",
                  "t34"."month_end",
                  "t34"."rolling_start",
                  "t34"."person_id",
                  "t34"."cla_id",
                  "t34"."episode_start",
                  "t30"."first_episode_start",
                  "t30"."clae_person_id",
                  "t30"."period_start",
                  "t15"."_wd_a",
                  "t16"."_wd_b"
                FROM "cohort_looked_after" AS "t34"
                INNER JOIN "cohort_period_starts" AS "t30"
                  ON "t34"."la_code" = "t30"."la_code" AND "t34"."cla_id" = "t30"."cla_id"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_a",
                    "t2"."date" AS "_wd_a__date"
                  FROM "_calendar" AS "t2"
                ) AS "t15"
                  ON "t30"."period_start" = "t15"."_wd_a__date"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_b",
                    "t2"."date" AS "_wd_b__date"
                  FROM "_calendar" AS "t2"
                ) AS "t16"
                  ON "t34"."month_end" = "t16"."_wd_b__date"
              ) AS "t37"
              WHERE
                (
                  "t37"."_wd_b" - "t37"."_wd_a"
                ) > 20
            ) AS "t41"
            LEFT OUTER JOIN (
              SELECT
                "t2"."wd_ordinal" AS "_wd_from",
                "t2"."date" AS "_wd_from__date"
              FROM "_calendar" AS "t2"
            ) AS "t14"
              ON "t41"."period_start" = "t14"."_wd_from__date"
            LEFT OUTER JOIN (
              SELECT
                "t2"."wd_ordinal" AS "_wd_to",
                "t2"."date" AS "wd21"
              FROM "_calendar" AS "t2"
              WHERE
                "t2"."is_working_day"
            ) AS "t17"
              ON (
                "t14"."_wd_from" + 21
              ) = "t17"."_wd_to"
          ) AS "t42"
        ) AS "t45"
        LEFT OUTER JOIN (
          SELECT
            "t48"."la_code",
            "t48"."plan_id",
            "t48"."month",
            COUNT("t48"."k") AS "held_n",
            SUM(CAST("t48"."late" AS BIGINT)) AS "late_n",
            MAX("t48"."date") AS "last"
          FROM (
            SELECT
              "t45"."la_code",
              "t45"."month",
              "t45"."month_end",
              "t45"."first_due",
              "t45"."person_id",
              "t45"."period_start",
              "t45"."plan_id",
              "t47"."la_code" AS "la_code_right",
              "t47"."plan_id" AS "plan_id_right",
              "t47"."date",
              "t47"."k",
              "t47"."late"
            FROM (
              SELECT
                "t42"."la_code",
                "t42"."month",
                "t42"."month_end",
                "t42"."wd21" + INTERVAL '-1' DAY AS "first_due",
                "t42"."person_id",
                "t42"."period_start",
                "t42"."cla_id" AS "plan_id"
              FROM (
                SELECT
                  "t41"."la_code",
                  "t41"."month",
                  "t41"."month_end",
                  "t41"."rolling_start",
                  "t41"."person_id",
                  "t41"."cla_id",
                  "t41"."episode_start",
                  "t41"."first_episode_start",
                  "t41"."clae_person_id",
                  "t41"."period_start",
                  "t41"."wd_in_care",
                  "t17"."wd21"
                FROM (
                  SELECT
                    "t37"."la_code",
                    "t37"."month",
                    "t37"."month_end",
                    "t37"."rolling_start",
                    "t37"."person_id",
                    "t37"."cla_id",
                    "t37"."episode_start",
                    "t37"."first_episode_start",
                    "t37"."clae_person_id",
                    "t37"."period_start",
                    "t37"."_wd_b" - "t37"."_wd_a" AS "wd_in_care"
                  FROM (
                    SELECT
                      "t34"."la_code",
                      "t34"."month",
                      "t34"."month_end",
                      "t34"."rolling_start",
                      "t34"."person_id",
                      "t34"."cla_id",
                      "t34"."episode_start",
                      "t30"."first_episode_start",
                      "t30"."clae_person_id",
                      "t30"."period_start",
                      "t15"."_wd_a",
                      "t16"."_wd_b"
                    FROM "cohort_looked_after" AS "t34"
                    INNER JOIN "cohort_period_starts" AS "t30"
                      ON "t34"."la_code" = "t30"."la_code" AND "t34"."cla_id" = "t30"."cla_id"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_a",
                        "t2"."date" AS "_wd_a__date"
                      FROM "_calendar" AS "t2"
                    ) AS "t15"
                      ON "t30"."period_start" = "t15"."_wd_a__date"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_b",
                        "t2"."date" AS "_wd_b__date"
                      FROM "_calendar" AS "t2"
                    ) AS "t16"
                      ON "t34"."month_end" = "t16"."_wd_b__date"
                  ) AS "t37"
                  WHERE
                    (
                      "t37"."_wd_b" - "t37"."_wd_a"
                    ) > 20
                ) AS "t41"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_from",
                    "t2"."date" AS "_wd_from__date"
                  FROM "_calendar" AS "t2"
                ) AS "t14"
                  ON "t41"."period_start" = "t14"."_wd_from__date"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_to",
                    "t2"."date" AS "wd21"
                  FROM "_calendar" AS "t2"
                  WHERE
                    "t2"."is_working_day"
                ) AS "t17"
                  ON (
                    "t14"."_wd_from" + 21
                  ) = "t17"."_wd_to"
              ) AS "t42"
            ) AS "t45"
            INNER JOIN (
              SELECT
                "t43"."la_code",
                "t43"."plan_id",
                "t43"."date",
                "t43"."k",
                "t43"."date" > CASE
                  WHEN "t43"."k" = 0
                  THEN "t43"."first_due"
                  WHEN "t43"."k" = 1
                  THEN "t43"."prev" + INTERVAL '3' MONTH
                  ELSE "t43"."prev" + INTERVAL '6' MONTH
                END AS "late"
              FROM (
                SELECT
                  "t40"."la_code",
                  "t40"."plan_id",
                  "t40"."date",
                  "t40"."review_id",
                  "t40"."first_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t40"."la_code", "t40"."plan_id"
                    ORDER BY "t40"."date" ASC, "t40"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "k",
                  LAG("t40"."date") OVER (
                    PARTITION BY "t40"."la_code", "t40"."plan_id"
                    ORDER BY "t40"."date" ASC, "t40"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) AS "prev"
                FROM (
                  SELECT
                    "t38"."la_code",
                    "t38"."clar_cla_id" AS "plan_id",
                    "t38"."clar_cla_review_date" AS "date",
                    "t38"."clar_cla_review_id" AS "review_id",
                    "t38"."wd21" + INTERVAL '-1' DAY AS "first_due"
                  FROM (
                    SELECT
                      "t36"."la_code",
                      "t36"."clar_cla_review_id",
                      "t36"."clar_cla_id",
                      "t36"."clar_cla_review_due_date",
                      "t36"."clar_cla_review_date",
                      "t36"."clar_cla_review_cancelled",
                      "t36"."first_episode_start",
                      "t36"."clae_person_id",
                      "t36"."cla_id",
                      "t36"."period_start",
                      "t17"."wd21"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t25"."la_code",
                          "t25"."clar_cla_review_id",
                          "t25"."clar_cla_id",
                          "t25"."clar_cla_review_due_date",
                          "t25"."clar_cla_review_date",
                          "t25"."clar_cla_review_cancelled",
                          "t30"."first_episode_start",
                          "t30"."clae_person_id",
                          "t30"."cla_id",
                          "t30"."period_start"
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
                          ) AS "t19"
                          WHERE
                            NOT (
                              COALESCE("t19"."clar_cla_review_cancelled", FALSE)
                            )
                        ) AS "t25"
                        INNER JOIN "cohort_period_starts" AS "t30"
                          ON "t25"."la_code" = "t30"."la_code" AND "t25"."clar_cla_id" = "t30"."cla_id"
                      ) AS "t32"
                      WHERE
                        "t32"."clar_cla_review_date" >= "t32"."period_start"
                    ) AS "t36"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_from",
                        "t2"."date" AS "_wd_from__date"
                      FROM "_calendar" AS "t2"
                    ) AS "t14"
                      ON "t36"."period_start" = "t14"."_wd_from__date"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_to",
                        "t2"."date" AS "wd21"
                      FROM "_calendar" AS "t2"
                      WHERE
                        "t2"."is_working_day"
                    ) AS "t17"
                      ON (
                        "t14"."_wd_from" + 21
                      ) = "t17"."_wd_to"
                  ) AS "t38"
                ) AS "t40"
              ) AS "t43"
            ) AS "t47"
              ON "t45"."la_code" = "t47"."la_code"
              AND "t45"."plan_id" = "t47"."plan_id"
              AND "t47"."date" <= "t45"."month_end"
          ) AS "t48"
          GROUP BY
            1,
            2,
            3
        ) AS "t50"
          ON "t45"."la_code" = "t50"."la_code"
          AND "t45"."plan_id" = "t50"."plan_id"
          AND "t45"."month" = "t50"."month"
      ) AS "t51"
    ) AS "t52"
    GROUP BY
      1,
      2
  ) AS "t54"
    ON "t5"."la_code" = "t54"."la_code" AND "t6"."month" = "t54"."month"
) AS "t55"
ORDER BY
  "t55"."la_code" ASC,
  "t55"."month" ASC
