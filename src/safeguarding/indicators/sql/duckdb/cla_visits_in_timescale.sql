-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cla_visits_in_timescale"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t39"."la_code",
  "t39"."month",
  "t39"."numerator",
  "t39"."denominator",
  "t39"."excluded",
  CASE
    WHEN "t39"."denominator" > 0
    THEN (
      CAST("t39"."numerator" AS DOUBLE) / "t39"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t38"."numerator", 0) AS "numerator",
    COALESCE("t38"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t36"."la_code",
      "t36"."month",
      SUM(CAST("t36"."_kept" AND COALESCE("t36"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t36"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t35"."la_code",
        "t35"."month",
        "t35"."month_end",
        "t35"."rolling_start",
        "t35"."person_id",
        "t35"."cla_id",
        "t35"."episode_start",
        "t35"."placement_start",
        "t35"."long_term",
        "t35"."p",
        "t35"."v",
        CASE
          WHEN "t35"."v" IS NULL
          THEN "t35"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t35"."long_term", FALSE)
          AND (
            "t35"."v" >= (
              "t35"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t35"."v" + INTERVAL '91' DAY
          ELSE "t35"."v" + INTERVAL '42' DAY
        END AS "due",
        CASE
          WHEN "t35"."v" IS NULL
          THEN "t35"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t35"."long_term", FALSE)
          AND (
            "t35"."v" >= (
              "t35"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t35"."v" + INTERVAL '91' DAY
          ELSE "t35"."v" + INTERVAL '42' DAY
        END >= "t35"."month_end" AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t31"."la_code",
          "t31"."month",
          "t31"."month_end",
          "t31"."rolling_start",
          "t31"."person_id",
          "t31"."cla_id",
          "t31"."episode_start",
          "t31"."placement_start",
          "t31"."long_term",
          "t31"."p",
          "t34"."v"
        FROM (
          SELECT
            "t29"."la_code",
            "t29"."month",
            "t29"."month_end",
            "t29"."rolling_start",
            "t29"."person_id",
            "t29"."cla_id",
            "t29"."episode_start",
            "t29"."placement_start",
            "t29"."long_term",
            COALESCE("t29"."placement_start", "t29"."episode_start") AS "p"
          FROM (
            SELECT
              "t24"."la_code",
              "t24"."month",
              "t24"."month_end",
              "t24"."rolling_start",
              "t24"."person_id",
              "t24"."cla_id",
              "t24"."episode_start",
              "t28"."placement_start",
              "t28"."long_term"
            FROM (
              SELECT
                "t22"."la_code",
                "t22"."month",
                "t22"."month_end",
                "t22"."rolling_start",
                "t22"."clae_person_id" AS "person_id",
                "t22"."clae_cla_id" AS "cla_id",
                "t22"."clae_cla_episode_start_date" AS "episode_start"
              FROM (
                SELECT
                  "t19"."la_code",
                  "t19"."clae_cla_episode_id",
                  "t19"."clae_person_id",
                  "t19"."clae_cla_id",
                  "t19"."clae_cla_episode_start_date",
                  "t19"."clae_cla_episode_ceased_date",
                  "t19"."clae_entered_care_date",
                  "t19"."clae_cla_placement_id",
                  "t19"."month",
                  "t19"."month_end",
                  "t19"."rolling_start",
                  "t19"."pop_year",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t19"."la_code", "t19"."month", "t19"."clae_person_id"
                    ORDER BY "t19"."clae_cla_episode_start_date" DESC, "t19"."clae_cla_episode_id" DESC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "rank"
                FROM (
                  SELECT
                    "t15"."la_code",
                    "t15"."clae_cla_episode_id",
                    "t15"."clae_person_id",
                    "t15"."clae_cla_id",
                    "t15"."clae_cla_episode_start_date",
                    "t15"."clae_cla_episode_ceased_date",
                    "t15"."clae_entered_care_date",
                    "t15"."clae_cla_placement_id",
                    "t7"."month",
                    "t7"."month_end",
                    "t7"."rolling_start",
                    "t7"."pop_year"
                  FROM (
                    SELECT
                      *
                    FROM "ssd_cla_episodes" AS "t2"
                    WHERE
                      "t2"."la_code" IN (
                        SELECT
                          *
                        FROM "t8"
                      )
                  ) AS "t15"
                  INNER JOIN "_months" AS "t7"
                    ON "t15"."clae_cla_episode_start_date" <= "t7"."month_end"
                    AND (
                      (
                        "t15"."clae_cla_episode_ceased_date" IS NULL
                      )
                      OR (
                        "t15"."clae_cla_episode_ceased_date" > "t7"."month_end"
                      )
                    )
                ) AS "t19"
              ) AS "t22"
              WHERE
                "t22"."rank" = 0
            ) AS "t24"
            LEFT OUTER JOIN (
              SELECT
                "t26"."la_code",
                "t26"."month",
                "t26"."person_id",
                "t26"."clap_cla_placement_start_date" AS "placement_start",
                "t26"."clap_long_term" AS "long_term"
              FROM (
                SELECT
                  "t25"."la_code",
                  "t25"."month",
                  "t25"."month_end",
                  "t25"."rolling_start",
                  "t25"."person_id",
                  "t25"."cla_id",
                  "t25"."episode_start",
                  "t25"."la_code_right",
                  "t25"."clap_cla_placement_id",
                  "t25"."clap_cla_id",
                  "t25"."clap_cla_placement_start_date",
                  "t25"."clap_cla_placement_end_date",
                  "t25"."clap_cla_placement_type",
                  "t25"."clap_long_term",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t25"."la_code", "t25"."month", "t25"."person_id"
                    ORDER BY "t25"."clap_cla_placement_start_date" DESC, "t25"."clap_cla_placement_id" DESC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "rank"
                FROM (
                  SELECT
                    "t24"."la_code",
                    "t24"."month",
                    "t24"."month_end",
                    "t24"."rolling_start",
                    "t24"."person_id",
                    "t24"."cla_id",
                    "t24"."episode_start",
                    "t17"."la_code" AS "la_code_right",
                    "t17"."clap_cla_placement_id",
                    "t17"."clap_cla_id",
                    "t17"."clap_cla_placement_start_date",
                    "t17"."clap_cla_placement_end_date",
                    "t17"."clap_cla_placement_type",
                    "t17"."clap_long_term"
                  FROM (
                    SELECT
                      "t22"."la_code",
                      "t22"."month",
                      "t22"."month_end",
                      "t22"."rolling_start",
                      "t22"."clae_person_id" AS "person_id",
                      "t22"."clae_cla_id" AS "cla_id",
                      "t22"."clae_cla_episode_start_date" AS "episode_start"
                    FROM (
                      SELECT
                        "t19"."la_code",
                        "t19"."clae_cla_episode_id",
                        "t19"."clae_person_id",
                        "t19"."clae_cla_id",
                        "t19"."clae_cla_episode_start_date",
                        "t19"."clae_cla_episode_ceased_date",
                        "t19"."clae_entered_care_date",
                        "t19"."clae_cla_placement_id",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        ROW_NUMBER() OVER (
                          PARTITION BY "t19"."la_code", "t19"."month", "t19"."clae_person_id"
                          ORDER BY "t19"."clae_cla_episode_start_date" DESC, "t19"."clae_cla_episode_id" DESC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) - 1 AS "rank"
                      FROM (
                        SELECT
                          "t15"."la_code",
                          "t15"."clae_cla_episode_id",
                          "t15"."clae_person_id",
                          "t15"."clae_cla_id",
                          "t15"."clae_cla_episode_start_date",
                          "t15"."clae_cla_episode_ceased_date",
                          "t15"."clae_entered_care_date",
                          "t15"."clae_cla_placement_id",
                          "t7"."month",
                          "t7"."month_end",
                          "t7"."rolling_start",
                          "t7"."pop_year"
                        FROM (
                          SELECT
                            *
                          FROM "ssd_cla_episodes" AS "t2"
                          WHERE
                            "t2"."la_code" IN (
                              SELECT
                                *
                              FROM "t8"
                            )
                        ) AS "t15"
                        INNER JOIN "_months" AS "t7"
                          ON "t15"."clae_cla_episode_start_date" <= "t7"."month_end"
                          AND (
                            (
                              "t15"."clae_cla_episode_ceased_date" IS NULL
                            )
                            OR (
                              "t15"."clae_cla_episode_ceased_date" > "t7"."month_end"
                            )
                          )
                      ) AS "t19"
                    ) AS "t22"
                    WHERE
                      "t22"."rank" = 0
                  ) AS "t24"
                  INNER JOIN (
                    SELECT
                      *
                    FROM (
                      SELECT
                        *
                      FROM "ssd_cla_placement" AS "t4"
                      WHERE
                        "t4"."la_code" IN (
                          SELECT
                            *
                          FROM "t8"
                        )
                    ) AS "t14"
                    WHERE
                      "t14"."la_code" IN (
                        SELECT
                          "t5"."la_code"
                        FROM "_supplied" AS "t5"
                        WHERE
                          "t5"."table_name" = 'ssd_cla_placement'
                          AND "t5"."column_name" = 'clap_cla_placement_end_date'
                      )
                  ) AS "t17"
                    ON "t24"."la_code" = "t17"."la_code"
                    AND "t24"."cla_id" = "t17"."clap_cla_id"
                    AND "t17"."clap_cla_placement_start_date" <= "t24"."month_end"
                    AND (
                      (
                        "t17"."clap_cla_placement_end_date" IS NULL
                      )
                      OR (
                        "t17"."clap_cla_placement_end_date" > "t24"."month_end"
                      )
                    )
                ) AS "t25"
              ) AS "t26"
              WHERE
                "t26"."rank" = 0
            ) AS "t28"
              ON "t24"."la_code" = "t28"."la_code"
              AND "t24"."month" = "t28"."month"
              AND "t24"."person_id" = "t28"."person_id"
          ) AS "t29"
          WHERE
            COALESCE("t29"."placement_start", "t29"."episode_start") <= (
              "t29"."month_end" + INTERVAL '-7' DAY
            )
        ) AS "t31"
        LEFT OUTER JOIN (
          SELECT
            "t32"."la_code",
            "t32"."month",
            "t32"."person_id",
            MAX("t32"."clav_cla_visit_date") AS "v"
          FROM (
            SELECT
              "t31"."la_code",
              "t31"."month",
              "t31"."month_end",
              "t31"."rolling_start",
              "t31"."person_id",
              "t31"."cla_id",
              "t31"."episode_start",
              "t31"."placement_start",
              "t31"."long_term",
              "t31"."p",
              "t21"."la_code" AS "la_code_right",
              "t21"."clav_person_id",
              "t21"."clav_cla_visit_date"
            FROM (
              SELECT
                "t29"."la_code",
                "t29"."month",
                "t29"."month_end",
                "t29"."rolling_start",
                "t29"."person_id",
                "t29"."cla_id",
                "t29"."episode_start",
                "t29"."placement_start",
                "t29"."long_term",
                COALESCE("t29"."placement_start", "t29"."episode_start") AS "p"
              FROM (
                SELECT
                  "t24"."la_code",
                  "t24"."month",
                  "t24"."month_end",
                  "t24"."rolling_start",
                  "t24"."person_id",
                  "t24"."cla_id",
                  "t24"."episode_start",
                  "t28"."placement_start",
                  "t28"."long_term"
                FROM (
                  SELECT
                    "t22"."la_code",
                    "t22"."month",
                    "t22"."month_end",
                    "t22"."rolling_start",
                    "t22"."clae_person_id" AS "person_id",
                    "t22"."clae_cla_id" AS "cla_id",
                    "t22"."clae_cla_episode_start_date" AS "episode_start"
                  FROM (
                    SELECT
                      "t19"."la_code",
                      "t19"."clae_cla_episode_id",
                      "t19"."clae_person_id",
                      "t19"."clae_cla_id",
                      "t19"."clae_cla_episode_start_date",
                      "t19"."clae_cla_episode_ceased_date",
                      "t19"."clae_entered_care_date",
                      "t19"."clae_cla_placement_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t19"."la_code", "t19"."month", "t19"."clae_person_id"
                        ORDER BY "t19"."clae_cla_episode_start_date" DESC, "t19"."clae_cla_episode_id" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "rank"
                    FROM (
                      SELECT
                        "t15"."la_code",
                        "t15"."clae_cla_episode_id",
                        "t15"."clae_person_id",
                        "t15"."clae_cla_id",
                        "t15"."clae_cla_episode_start_date",
                        "t15"."clae_cla_episode_ceased_date",
                        "t15"."clae_entered_care_date",
                        "t15"."clae_cla_placement_id",
                        "t7"."month",
                        "t7"."month_end",
                        "t7"."rolling_start",
                        "t7"."pop_year"
                      FROM (
                        SELECT
                          *
                        FROM "ssd_cla_episodes" AS "t2"
                        WHERE
                          "t2"."la_code" IN (
                            SELECT
                              *
                            FROM "t8"
                          )
                      ) AS "t15"
                      INNER JOIN "_months" AS "t7"
                        ON "t15"."clae_cla_episode_start_date" <= "t7"."month_end"
                        AND (
                          (
                            "t15"."clae_cla_episode_ceased_date" IS NULL
                          )
                          OR (
                            "t15"."clae_cla_episode_ceased_date" > "t7"."month_end"
                          )
                        )
                    ) AS "t19"
                  ) AS "t22"
                  WHERE
                    "t22"."rank" = 0
                ) AS "t24"
                LEFT OUTER JOIN (
                  SELECT
                    "t26"."la_code",
                    "t26"."month",
                    "t26"."person_id",
                    "t26"."clap_cla_placement_start_date" AS "placement_start",
                    "t26"."clap_long_term" AS "long_term"
                  FROM (
                    SELECT
                      "t25"."la_code",
                      "t25"."month",
                      "t25"."month_end",
                      "t25"."rolling_start",
                      "t25"."person_id",
                      "t25"."cla_id",
                      "t25"."episode_start",
                      "t25"."la_code_right",
                      "t25"."clap_cla_placement_id",
                      "t25"."clap_cla_id",
                      "t25"."clap_cla_placement_start_date",
                      "t25"."clap_cla_placement_end_date",
                      "t25"."clap_cla_placement_type",
                      "t25"."clap_long_term",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t25"."la_code", "t25"."month", "t25"."person_id"
                        ORDER BY "t25"."clap_cla_placement_start_date" DESC, "t25"."clap_cla_placement_id" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "rank"
                    FROM (
                      SELECT
                        "t24"."la_code",
                        "t24"."month",
                        "t24"."month_end",
                        "t24"."rolling_start",
                        "t24"."person_id",
                        "t24"."cla_id",
                        "t24"."episode_start",
                        "t17"."la_code" AS "la_code_right",
                        "t17"."clap_cla_placement_id",
                        "t17"."clap_cla_id",
                        "t17"."clap_cla_placement_start_date",
                        "t17"."clap_cla_placement_end_date",
                        "t17"."clap_cla_placement_type",
                        "t17"."clap_long_term"
                      FROM (
                        SELECT
                          "t22"."la_code",
                          "t22"."month",
                          "t22"."month_end",
                          "t22"."rolling_start",
                          "t22"."clae_person_id" AS "person_id",
                          "t22"."clae_cla_id" AS "cla_id",
                          "t22"."clae_cla_episode_start_date" AS "episode_start"
                        FROM (
                          SELECT
                            "t19"."la_code",
                            "t19"."clae_cla_episode_id",
                            "t19"."clae_person_id",
                            "t19"."clae_cla_id",
                            "t19"."clae_cla_episode_start_date",
                            "t19"."clae_cla_episode_ceased_date",
                            "t19"."clae_entered_care_date",
                            "t19"."clae_cla_placement_id",
                            "t19"."month",
                            "t19"."month_end",
                            "t19"."rolling_start",
                            "t19"."pop_year",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t19"."la_code", "t19"."month", "t19"."clae_person_id"
                              ORDER BY "t19"."clae_cla_episode_start_date" DESC, "t19"."clae_cla_episode_id" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "rank"
                          FROM (
                            SELECT
                              "t15"."la_code",
                              "t15"."clae_cla_episode_id",
                              "t15"."clae_person_id",
                              "t15"."clae_cla_id",
                              "t15"."clae_cla_episode_start_date",
                              "t15"."clae_cla_episode_ceased_date",
                              "t15"."clae_entered_care_date",
                              "t15"."clae_cla_placement_id",
                              "t7"."month",
                              "t7"."month_end",
                              "t7"."rolling_start",
                              "t7"."pop_year"
                            FROM (
                              SELECT
                                *
                              FROM "ssd_cla_episodes" AS "t2"
                              WHERE
                                "t2"."la_code" IN (
                                  SELECT
                                    *
                                  FROM "t8"
                                )
                            ) AS "t15"
                            INNER JOIN "_months" AS "t7"
                              ON "t15"."clae_cla_episode_start_date" <= "t7"."month_end"
                              AND (
                                (
                                  "t15"."clae_cla_episode_ceased_date" IS NULL
                                )
                                OR (
                                  "t15"."clae_cla_episode_ceased_date" > "t7"."month_end"
                                )
                              )
                          ) AS "t19"
                        ) AS "t22"
                        WHERE
                          "t22"."rank" = 0
                      ) AS "t24"
                      INNER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            *
                          FROM "ssd_cla_placement" AS "t4"
                          WHERE
                            "t4"."la_code" IN (
                              SELECT
                                *
                              FROM "t8"
                            )
                        ) AS "t14"
                        WHERE
                          "t14"."la_code" IN (
                            SELECT
                              "t5"."la_code"
                            FROM "_supplied" AS "t5"
                            WHERE
                              "t5"."table_name" = 'ssd_cla_placement'
                              AND "t5"."column_name" = 'clap_cla_placement_end_date'
                          )
                      ) AS "t17"
                        ON "t24"."la_code" = "t17"."la_code"
                        AND "t24"."cla_id" = "t17"."clap_cla_id"
                        AND "t17"."clap_cla_placement_start_date" <= "t24"."month_end"
                        AND (
                          (
                            "t17"."clap_cla_placement_end_date" IS NULL
                          )
                          OR (
                            "t17"."clap_cla_placement_end_date" > "t24"."month_end"
                          )
                        )
                    ) AS "t25"
                  ) AS "t26"
                  WHERE
                    "t26"."rank" = 0
                ) AS "t28"
                  ON "t24"."la_code" = "t28"."la_code"
                  AND "t24"."month" = "t28"."month"
                  AND "t24"."person_id" = "t28"."person_id"
              ) AS "t29"
              WHERE
                COALESCE("t29"."placement_start", "t29"."episode_start") <= (
                  "t29"."month_end" + INTERVAL '-7' DAY
                )
            ) AS "t31"
            INNER JOIN (
              SELECT
                "t18"."la_code",
                "t18"."clav_person_id",
                "t18"."clav_cla_visit_date"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM "ssd_cla_visits" AS "t3"
                  WHERE
                    "t3"."la_code" IN (
                      SELECT
                        *
                      FROM "t8"
                    )
                ) AS "t13"
                WHERE
                  COALESCE("t13"."clav_cla_visit_seen", FALSE)
                  OR NOT (
                    "t13"."la_code" IN (
                      SELECT
                        "t5"."la_code"
                      FROM "_supplied" AS "t5"
                      WHERE
                        "t5"."table_name" = 'ssd_cla_visits'
                        AND "t5"."column_name" = 'clav_cla_visit_seen'
                    )
                  )
              ) AS "t18"
            ) AS "t21"
              ON "t31"."la_code" = "t21"."la_code"
              AND "t31"."person_id" = "t21"."clav_person_id"
              AND "t21"."clav_cla_visit_date" >= "t31"."p"
              AND "t21"."clav_cla_visit_date" <= "t31"."month_end"
          ) AS "t32"
          GROUP BY
            1,
            2,
            3
        ) AS "t34"
          ON "t31"."la_code" = "t34"."la_code"
          AND "t31"."month" = "t34"."month"
          AND "t31"."person_id" = "t34"."person_id"
      ) AS "t35"
    ) AS "t36"
    GROUP BY
      1,
      2
  ) AS "t38"
    ON "t6"."la_code" = "t38"."la_code" AND "t7"."month" = "t38"."month"
) AS "t39"
ORDER BY
  "t39"."la_code" ASC,
  "t39"."month" ASC
