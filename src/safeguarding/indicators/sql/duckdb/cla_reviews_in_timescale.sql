-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cla_reviews_in_timescale"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t17" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "t7"
    )
)
SELECT
  "t51"."la_code",
  "t51"."month",
  "t51"."numerator",
  "t51"."denominator",
  "t51"."excluded",
  CASE
    WHEN "t51"."denominator" > 0
    THEN (
      CAST("t51"."numerator" AS DOUBLE) / "t51"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t50"."numerator", 0) AS "numerator",
    COALESCE("t50"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t48"."la_code",
      "t48"."month",
      SUM(CAST("t48"."_kept" AND COALESCE("t48"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t48"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t47"."la_code",
        "t47"."month",
        "t47"."month_end",
        "t47"."first_due",
        "t47"."person_id",
        "t47"."period_start",
        "t47"."plan_id",
        "t47"."held_n",
        "t47"."late_n",
        "t47"."last",
        CASE
          WHEN COALESCE("t47"."held_n", 0) = 0
          THEN "t47"."first_due"
          WHEN COALESCE("t47"."held_n", 0) = 1
          THEN "t47"."last" + INTERVAL '3' MONTH
          ELSE "t47"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        (
          COALESCE("t47"."late_n", 0) = 0
        )
        AND (
          CASE
            WHEN COALESCE("t47"."held_n", 0) = 0
            THEN "t47"."first_due"
            WHEN COALESCE("t47"."held_n", 0) = 1
            THEN "t47"."last" + INTERVAL '3' MONTH
            ELSE "t47"."last" + INTERVAL '6' MONTH
          END > "t47"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t41"."la_code",
          "t41"."month",
          "t41"."month_end",
          "t41"."first_due",
          "t41"."person_id",
          "t41"."period_start",
          "t41"."plan_id",
          "t46"."held_n",
          "t46"."late_n",
          "t46"."last"
        FROM (
          SELECT
            "t39"."la_code",
            "t39"."month",
            "t39"."month_end",
            "t39"."wd21" + INTERVAL '-1' DAY AS "first_due",
            "t39"."person_id",
            "t39"."period_start",
            "t39"."cla_id" AS "plan_id"
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
              "t37"."wd_in_care",
              "t16"."wd21"
            FROM (
              SELECT
                "t33"."la_code",
                "t33"."month",
                "t33"."month_end",
                "t33"."rolling_start",
                "t33"."person_id",
                "t33"."cla_id",
                "t33"."episode_start",
                "t33"."first_episode_start",
                "t33"."clae_person_id",
                "t33"."period_start",
                "t33"."_wd_b" - "t33"."_wd_a" AS "wd_in_care"
              FROM (
                SELECT
                  "t31"."la_code",
                  "t31"."month",
                  "t31"."month_end",
                  "t31"."rolling_start",
                  "t31"."person_id",
                  "t31"."cla_id",
                  "t31"."episode_start",
                  "t26"."first_episode_start",
                  "t26"."clae_person_id",
                  "t26"."period_start",
                  "t14"."_wd_a",
                  "t15"."_wd_b"
                FROM (
                  SELECT
                    "t27"."la_code",
                    "t27"."month",
                    "t27"."month_end",
                    "t27"."rolling_start",
                    "t27"."clae_person_id" AS "person_id",
                    "t27"."clae_cla_id" AS "cla_id",
                    "t27"."clae_cla_episode_start_date" AS "episode_start"
                  FROM (
                    SELECT
                      "t24"."la_code",
                      "t24"."clae_cla_episode_id",
                      "t24"."clae_person_id",
                      "t24"."clae_cla_id",
                      "t24"."clae_cla_episode_start_date",
                      "t24"."clae_cla_episode_ceased_date",
                      "t24"."clae_entered_care_date",
                      "t24"."clae_cla_placement_id",
                      "t24"."month",
                      "t24"."month_end",
                      "t24"."rolling_start",
                      "t24"."pop_year",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t24"."la_code", "t24"."month", "t24"."clae_person_id"
                        ORDER BY "t24"."clae_cla_episode_start_date" DESC, "t24"."clae_cla_episode_id" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "rank"
                    FROM (
                      SELECT
                        "t20"."la_code",
                        "t20"."clae_cla_episode_id",
                        "t20"."clae_person_id",
                        "t20"."clae_cla_id",
                        "t20"."clae_cla_episode_start_date",
                        "t20"."clae_cla_episode_ceased_date",
                        "t20"."clae_entered_care_date",
                        "t20"."clae_cla_placement_id",
                        "t6"."month",
                        "t6"."month_end",
                        "t6"."rolling_start",
                        "t6"."pop_year"
                      FROM "t17" AS "t20"
                      INNER JOIN "_months" AS "t6"
                        ON "t20"."clae_cla_episode_start_date" <= "t6"."month_end"
                        AND (
                          (
                            "t20"."clae_cla_episode_ceased_date" IS NULL
                          )
                          OR (
                            "t20"."clae_cla_episode_ceased_date" > "t6"."month_end"
                          )
                        )
                    ) AS "t24"
                  ) AS "t27"
                  WHERE
                    "t27"."rank" = 0
                ) AS "t31"
                INNER JOIN (
                  SELECT
                    "t21"."la_code",
                    "t21"."first_episode_start",
                    "t21"."clae_person_id",
                    "t21"."clae_cla_id" AS "cla_id",
                    COALESCE("t21"."entered", "t21"."first_episode_start") AS "period_start"
                  FROM (
                    SELECT
                      "t19"."la_code",
                      "t19"."clae_cla_id",
                      MIN("t19"."clae_entered_care_date") AS "entered",
                      MIN("t19"."clae_cla_episode_start_date") AS "first_episode_start",
                      MIN("t19"."clae_person_id") AS "clae_person_id"
                    FROM "t17" AS "t19"
                    GROUP BY
                      1,
                      2
                  ) AS "t21"
                ) AS "t26"
                  ON "t31"."la_code" = "t26"."la_code" AND "t31"."cla_id" = "t26"."cla_id"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_a",
                    "t2"."date" AS "_wd_a__date"
                  FROM "_calendar" AS "t2"
                ) AS "t14"
                  ON "t26"."period_start" = "t14"."_wd_a__date"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_b",
                    "t2"."date" AS "_wd_b__date"
                  FROM "_calendar" AS "t2"
                ) AS "t15"
                  ON "t31"."month_end" = "t15"."_wd_b__date"
              ) AS "t33"
              WHERE
                (
                  "t33"."_wd_b" - "t33"."_wd_a"
                ) > 20
            ) AS "t37"
            LEFT OUTER JOIN (
              SELECT
                "t2"."wd_ordinal" AS "_wd_from",
                "t2"."date" AS "_wd_from__date"
              FROM "_calendar" AS "t2"
            ) AS "t13"
              ON "t37"."period_start" = "t13"."_wd_from__date"
            LEFT OUTER JOIN (
              SELECT
                "t2"."wd_ordinal" AS "_wd_to",
                "t2"."date" AS "wd21"
              FROM "_calendar" AS "t2"
              WHERE
                "t2"."is_working_day"
            ) AS "t16"
              ON (
                "t13"."_wd_from" + 21
              ) = "t16"."_wd_to"
          ) AS "t39"
        ) AS "t41"
        LEFT OUTER JOIN (
          SELECT
            "t44"."la_code",
            "t44"."plan_id",
            "t44"."month",
            COUNT("t44"."k") AS "held_n",
            SUM(CAST("t44"."late" AS BIGINT)) AS "late_n",
            MAX("t44"."date") AS "last"
          FROM (
            SELECT
              "t41"."la_code",
              "t41"."month",
              "t41"."month_end",
              "t41"."first_due",
              "t41"."person_id",
              "t41"."period_start",
              "t41"."plan_id",
              "t43"."la_code" AS "la_code_right",
              "t43"."plan_id" AS "plan_id_right",
              "t43"."date",
              "t43"."k",
              "t43"."late"
            FROM (
              SELECT
                "t39"."la_code",
                "t39"."month",
                "t39"."month_end",
                "t39"."wd21" + INTERVAL '-1' DAY AS "first_due",
                "t39"."person_id",
                "t39"."period_start",
                "t39"."cla_id" AS "plan_id"
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
                  "t37"."wd_in_care",
                  "t16"."wd21"
                FROM (
                  SELECT
                    "t33"."la_code",
                    "t33"."month",
                    "t33"."month_end",
                    "t33"."rolling_start",
                    "t33"."person_id",
                    "t33"."cla_id",
                    "t33"."episode_start",
                    "t33"."first_episode_start",
                    "t33"."clae_person_id",
                    "t33"."period_start",
                    "t33"."_wd_b" - "t33"."_wd_a" AS "wd_in_care"
                  FROM (
                    SELECT
                      "t31"."la_code",
                      "t31"."month",
                      "t31"."month_end",
                      "t31"."rolling_start",
                      "t31"."person_id",
                      "t31"."cla_id",
                      "t31"."episode_start",
                      "t26"."first_episode_start",
                      "t26"."clae_person_id",
                      "t26"."period_start",
                      "t14"."_wd_a",
                      "t15"."_wd_b"
                    FROM (
                      SELECT
                        "t27"."la_code",
                        "t27"."month",
                        "t27"."month_end",
                        "t27"."rolling_start",
                        "t27"."clae_person_id" AS "person_id",
                        "t27"."clae_cla_id" AS "cla_id",
                        "t27"."clae_cla_episode_start_date" AS "episode_start"
                      FROM (
                        SELECT
                          "t24"."la_code",
                          "t24"."clae_cla_episode_id",
                          "t24"."clae_person_id",
                          "t24"."clae_cla_id",
                          "t24"."clae_cla_episode_start_date",
                          "t24"."clae_cla_episode_ceased_date",
                          "t24"."clae_entered_care_date",
                          "t24"."clae_cla_placement_id",
                          "t24"."month",
                          "t24"."month_end",
                          "t24"."rolling_start",
                          "t24"."pop_year",
                          ROW_NUMBER() OVER (
                            PARTITION BY "t24"."la_code", "t24"."month", "t24"."clae_person_id"
                            ORDER BY "t24"."clae_cla_episode_start_date" DESC, "t24"."clae_cla_episode_id" DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) - 1 AS "rank"
                        FROM (
                          SELECT
                            "t20"."la_code",
                            "t20"."clae_cla_episode_id",
                            "t20"."clae_person_id",
                            "t20"."clae_cla_id",
                            "t20"."clae_cla_episode_start_date",
                            "t20"."clae_cla_episode_ceased_date",
                            "t20"."clae_entered_care_date",
                            "t20"."clae_cla_placement_id",
                            "t6"."month",
                            "t6"."month_end",
                            "t6"."rolling_start",
                            "t6"."pop_year"
                          FROM "t17" AS "t20"
                          INNER JOIN "_months" AS "t6"
                            ON "t20"."clae_cla_episode_start_date" <= "t6"."month_end"
                            AND (
                              (
                                "t20"."clae_cla_episode_ceased_date" IS NULL
                              )
                              OR (
                                "t20"."clae_cla_episode_ceased_date" > "t6"."month_end"
                              )
                            )
                        ) AS "t24"
                      ) AS "t27"
                      WHERE
                        "t27"."rank" = 0
                    ) AS "t31"
                    INNER JOIN (
                      SELECT
                        "t21"."la_code",
                        "t21"."first_episode_start",
                        "t21"."clae_person_id",
                        "t21"."clae_cla_id" AS "cla_id",
                        COALESCE("t21"."entered", "t21"."first_episode_start") AS "period_start"
                      FROM (
                        SELECT
                          "t19"."la_code",
                          "t19"."clae_cla_id",
                          MIN("t19"."clae_entered_care_date") AS "entered",
                          MIN("t19"."clae_cla_episode_start_date") AS "first_episode_start",
                          MIN("t19"."clae_person_id") AS "clae_person_id"
                        FROM "t17" AS "t19"
                        GROUP BY
                          1,
                          2
                      ) AS "t21"
                    ) AS "t26"
                      ON "t31"."la_code" = "t26"."la_code" AND "t31"."cla_id" = "t26"."cla_id"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_a",
                        "t2"."date" AS "_wd_a__date"
                      FROM "_calendar" AS "t2"
                    ) AS "t14"
                      ON "t26"."period_start" = "t14"."_wd_a__date"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_b",
                        "t2"."date" AS "_wd_b__date"
                      FROM "_calendar" AS "t2"
                    ) AS "t15"
                      ON "t31"."month_end" = "t15"."_wd_b__date"
                  ) AS "t33"
                  WHERE
                    (
                      "t33"."_wd_b" - "t33"."_wd_a"
                    ) > 20
                ) AS "t37"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_from",
                    "t2"."date" AS "_wd_from__date"
                  FROM "_calendar" AS "t2"
                ) AS "t13"
                  ON "t37"."period_start" = "t13"."_wd_from__date"
                LEFT OUTER JOIN (
                  SELECT
                    "t2"."wd_ordinal" AS "_wd_to",
                    "t2"."date" AS "wd21"
                  FROM "_calendar" AS "t2"
                  WHERE
                    "t2"."is_working_day"
                ) AS "t16"
                  ON (
                    "t13"."_wd_from" + 21
                  ) = "t16"."_wd_to"
              ) AS "t39"
            ) AS "t41"
            INNER JOIN (
              SELECT
                "t38"."la_code",
                "t38"."plan_id",
                "t38"."date",
                "t38"."k",
                "t38"."date" > CASE
                  WHEN "t38"."k" = 0
                  THEN "t38"."first_due"
                  WHEN "t38"."k" = 1
                  THEN "t38"."prev" + INTERVAL '3' MONTH
                  ELSE "t38"."prev" + INTERVAL '6' MONTH
                END AS "late"
              FROM (
                SELECT
                  "t35"."la_code",
                  "t35"."plan_id",
                  "t35"."date",
                  "t35"."review_id",
                  "t35"."first_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t35"."la_code", "t35"."plan_id"
                    ORDER BY "t35"."date" ASC, "t35"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "k",
                  LAG("t35"."date") OVER (
                    PARTITION BY "t35"."la_code", "t35"."plan_id"
                    ORDER BY "t35"."date" ASC, "t35"."review_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) AS "prev"
                FROM (
                  SELECT
                    "t34"."la_code",
                    "t34"."clar_cla_id" AS "plan_id",
                    "t34"."clar_cla_review_date" AS "date",
                    "t34"."clar_cla_review_id" AS "review_id",
                    "t34"."wd21" + INTERVAL '-1' DAY AS "first_due"
                  FROM (
                    SELECT
                      "t32"."la_code",
                      "t32"."clar_cla_review_id",
                      "t32"."clar_cla_id",
                      "t32"."clar_cla_review_due_date",
                      "t32"."clar_cla_review_date",
                      "t32"."clar_cla_review_cancelled",
                      "t32"."first_episode_start",
                      "t32"."clae_person_id",
                      "t32"."cla_id",
                      "t32"."period_start",
                      "t16"."wd21"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t23"."la_code",
                          "t23"."clar_cla_review_id",
                          "t23"."clar_cla_id",
                          "t23"."clar_cla_review_due_date",
                          "t23"."clar_cla_review_date",
                          "t23"."clar_cla_review_cancelled",
                          "t26"."first_episode_start",
                          "t26"."clae_person_id",
                          "t26"."cla_id",
                          "t26"."period_start"
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
                                FROM "t7"
                              )
                          ) AS "t18"
                          WHERE
                            NOT (
                              COALESCE("t18"."clar_cla_review_cancelled", FALSE)
                            )
                        ) AS "t23"
                        INNER JOIN (
                          SELECT
                            "t21"."la_code",
                            "t21"."first_episode_start",
                            "t21"."clae_person_id",
                            "t21"."clae_cla_id" AS "cla_id",
                            COALESCE("t21"."entered", "t21"."first_episode_start") AS "period_start"
                          FROM (
                            SELECT
                              "t19"."la_code",
                              "t19"."clae_cla_id",
                              MIN("t19"."clae_entered_care_date") AS "entered",
                              MIN("t19"."clae_cla_episode_start_date") AS "first_episode_start",
                              MIN("t19"."clae_person_id") AS "clae_person_id"
                            FROM "t17" AS "t19"
                            GROUP BY
                              1,
                              2
                          ) AS "t21"
                        ) AS "t26"
                          ON "t23"."la_code" = "t26"."la_code" AND "t23"."clar_cla_id" = "t26"."cla_id"
                      ) AS "t28"
                      WHERE
                        "t28"."clar_cla_review_date" >= "t28"."period_start"
                    ) AS "t32"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_from",
                        "t2"."date" AS "_wd_from__date"
                      FROM "_calendar" AS "t2"
                    ) AS "t13"
                      ON "t32"."period_start" = "t13"."_wd_from__date"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."wd_ordinal" AS "_wd_to",
                        "t2"."date" AS "wd21"
                      FROM "_calendar" AS "t2"
                      WHERE
                        "t2"."is_working_day"
                    ) AS "t16"
                      ON (
                        "t13"."_wd_from" + 21
                      ) = "t16"."_wd_to"
                  ) AS "t34"
                ) AS "t35"
              ) AS "t38"
            ) AS "t43"
              ON "t41"."la_code" = "t43"."la_code"
              AND "t41"."plan_id" = "t43"."plan_id"
              AND "t43"."date" <= "t41"."month_end"
          ) AS "t44"
          GROUP BY
            1,
            2,
            3
        ) AS "t46"
          ON "t41"."la_code" = "t46"."la_code"
          AND "t41"."plan_id" = "t46"."plan_id"
          AND "t41"."month" = "t46"."month"
      ) AS "t47"
    ) AS "t48"
    GROUP BY
      1,
      2
  ) AS "t50"
    ON "t5"."la_code" = "t50"."la_code" AND "t6"."month" = "t50"."month"
) AS "t51"
ORDER BY
  "t51"."la_code" ASC,
  "t51"."month" ASC
