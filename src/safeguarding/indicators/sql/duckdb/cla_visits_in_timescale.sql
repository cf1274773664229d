-- safeguarding compiled query {"code": "37e0f590da6cc79b", "conditions": {"ssd_cla_placement.clap_cla_placement_end_date": true}, "policy": "5a5babdd74a484f2", "query": "cla_visits_in_timescale"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t37"."la_code",
  "t37"."month",
  "t37"."numerator",
  "t37"."denominator",
  "t37"."excluded",
  CASE
    WHEN "t37"."denominator" > 0
    THEN (
      CAST("t37"."numerator" AS DOUBLE) / "t37"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t36"."numerator", 0) AS "numerator",
    COALESCE("t36"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t34"."la_code",
      "t34"."month",
      SUM(CAST("t34"."_kept" AND COALESCE("t34"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t34"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t33"."la_code",
        "t33"."month",
        "t33"."month_end",
        "t33"."rolling_start",
        "t33"."person_id",
        "t33"."cla_id",
        "t33"."episode_start",
        "t33"."placement_start",
        "t33"."long_term",
        "t33"."p",
        "t33"."v",
        CASE
          WHEN "t33"."v" IS NULL
          THEN "t33"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t33"."long_term", FALSE)
          AND (
            "t33"."v" >= (
              "t33"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t33"."v" + INTERVAL '91' DAY
          ELSE "t33"."v" + INTERVAL '42' DAY
        END AS "due",
        CASE
          WHEN "t33"."v" IS NULL
          THEN "t33"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t33"."long_term", FALSE)
          AND (
            "t33"."v" >= (
              "t33"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t33"."v" + INTERVAL '91' DAY
          ELSE "t33"."v" + INTERVAL '42' DAY
        END >= "t33"."month_end" AS "hit",
        TRUE AS "_kept"
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
          "t29"."p",
          "t32"."v"
        FROM (
          SELECT
            "t27"."la_code",
            "t27"."month",
            "t27"."month_end",
            "t27"."rolling_start",
            "t27"."person_id",
            "t27"."cla_id",
            "t27"."episode_start",
            "t27"."placement_start",
            "t27"."long_term",
            COALESCE("t27"."placement_start", "t27"."episode_start") AS "p"
          FROM (
            SELECT
              "t22"."la_code",
              "t22"."month",
              "t22"."month_end",
              "t22"."rolling_start",
              "t22"."person_id",
              "t22"."cla_id",
              "t22"."episode_start",
              "t26"."placement_start",
              "t26"."long_term"
            FROM (
              SELECT
                "t20"."la_code",
                "t20"."month",
                "t20"."month_end",
                "t20"."rolling_start",
                "t20"."clae_person_id" AS "person_id",
                "t20"."clae_cla_id" AS "cla_id",
                "t20"."clae_cla_episode_start_date" AS "episode_start"
              FROM (
                SELECT
                  "t17"."la_code",
                  "t17"."clae_cla_episode_id",
                  "t17"."clae_person_id",
                  "t17"."clae_cla_id",
                  "t17"."clae_cla_episode_start_date",
                  "t17"."clae_cla_episode_ceased_date",
                  "t17"."clae_entered_care_date",
                  "t17"."clae_cla_placement_id",
                  "t17"."month",
                  "t17"."month_end",
                  "t17"."rolling_start",
                  "t17"."pop_year",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t17"."la_code", "t17"."month", "t17"."clae_person_id"
                    ORDER BY "t17"."clae_cla_episode_start_date" DESC, "t17"."clae_cla_episode_id" DESC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "rank"
                FROM (
                  SELECT
                    "t14"."la_code",
                    "t14"."clae_cla_episode_id",
                    "t14"."clae_person_id",
                    "t14"."clae_cla_id",
                    "t14"."clae_cla_episode_start_date",
                    "t14"."clae_cla_episode_ceased_date",
                    "t14"."clae_entered_care_date",
                    "t14"."clae_cla_placement_id",
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
                  ) AS "t14"
                  INNER JOIN "_months" AS "t7"
                    ON "t14"."clae_cla_episode_start_date" <= "t7"."month_end"
                    AND (
                      (
                        "t14"."clae_cla_episode_ceased_date" IS NULL
                      )
                      OR (
                        "t14"."clae_cla_episode_ceased_date" > "t7"."month_end"
                      )
                    )
                ) AS "t17"
              ) AS "t20"
              WHERE
                "t20"."rank" = 0
            ) AS "t22"
            LEFT OUTER JOIN (
              SELECT
                "t24"."la_code",
                "t24"."month",
                "t24"."person_id",
                "t24"."clap_cla_placement_start_date" AS "placement_start",
                "t24"."clap_long_term" AS "long_term"
              FROM (
                SELECT
                  "t23"."la_code",
                  "t23"."month",
                  "t23"."month_end",
                  "t23"."rolling_start",
                  "t23"."person_id",
                  "t23"."cla_id",
                  "t23"."episode_start",
                  "t23"."la_code_right",
                  "t23"."clap_cla_placement_id",
                  "t23"."clap_cla_id",
                  "t23"."clap_cla_placement_start_date",
                  "t23"."clap_cla_placement_end_date",
                  "t23"."clap_cla_placement_type",
                  "t23"."clap_long_term",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t23"."la_code", "t23"."month", "t23"."person_id"
                    ORDER BY "t23"."clap_cla_placement_start_date" DESC, "t23"."clap_cla_placement_id" DESC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "rank"
                FROM (
                  SELECT
                    "t22"."la_code",
                    "t22"."month",
                    "t22"."month_end",
                    "t22"."rolling_start",
                    "t22"."person_id",
                    "t22"."cla_id",
                    "t22"."episode_start",
                    "t15"."la_code" AS "la_code_right",
                    "t15"."clap_cla_placement_id",
                    "t15"."clap_cla_id",
                    "t15"."clap_cla_placement_start_date",
                    "t15"."clap_cla_placement_end_date",
                    "t15"."clap_cla_placement_type",
                    "t15"."clap_long_term"
                  FROM (
                    SELECT
                      "t20"."la_code",
                      "t20"."month",
                      "t20"."month_end",
                      "t20"."rolling_start",
                      "t20"."clae_person_id" AS "person_id",
                      "t20"."clae_cla_id" AS "cla_id",
                      "t20"."clae_cla_episode_start_date" AS "episode_start"
                    FROM (
                      SELECT
                        "t17"."la_code",
                        "t17"."clae_cla_episode_id",
                        "t17"."clae_person_id",
                        "t17"."clae_cla_id",
                        "t17"."clae_cla_episode_start_date",
                        "t17"."clae_cla_episode_ceased_date",
                        "t17"."clae_entered_care_date",
                        "t17"."clae_cla_placement_id",
                        "t17"."month",
                        "t17"."month_end",
                        "t17"."rolling_start",
                        "t17"."pop_year",
                        ROW_NUMBER() OVER (
                          PARTITION BY "t17"."la_code", "t17"."month", "t17"."clae_person_id"
                          ORDER BY "t17"."clae_cla_episode_start_date" DESC, "t17"."clae_cla_episode_id" DESC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) - 1 AS "rank"
                      FROM (
                        SELECT
                          "t14"."la_code",
                          "t14"."clae_cla_episode_id",
                          "t14"."clae_person_id",
                          "t14"."clae_cla_id",
                          "t14"."clae_cla_episode_start_date",
                          "t14"."clae_cla_episode_ceased_date",
                          "t14"."clae_entered_care_date",
                          "t14"."clae_cla_placement_id",
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
                        ) AS "t14"
                        INNER JOIN "_months" AS "t7"
                          ON "t14"."clae_cla_episode_start_date" <= "t7"."month_end"
                          AND (
                            (
                              "t14"."clae_cla_episode_ceased_date" IS NULL
                            )
                            OR (
                              "t14"."clae_cla_episode_ceased_date" > "t7"."month_end"
                            )
                          )
                      ) AS "t17"
                    ) AS "t20"
                    WHERE
                      "t20"."rank" = 0
                  ) AS "t22"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "ssd_cla_placement" AS "t4"
                    WHERE
                      "t4"."la_code" IN (
                        SELECT
                          *
                        FROM "t8"
                      )
                  ) AS "t15"
                    ON "t22"."la_code" = "t15"."la_code"
                    AND "t22"."cla_id" = "t15"."clap_cla_id"
                    AND "t15"."clap_cla_placement_start_date" <= "t22"."month_end"
                    AND (
                      (
                        "t15"."clap_cla_placement_end_date" IS NULL
                      )
                      OR (
                        "t15"."clap_cla_placement_end_date" > "t22"."month_end"
                      )
                    )
                ) AS "t23"
              ) AS "t24"
              WHERE
                "t24"."rank" = 0
            ) AS "t26"
              ON "t22"."la_code" = "t26"."la_code"
              AND "t22"."month" = "t26"."month"
              AND "t22"."person_id" = "t26"."person_id"
          ) AS "t27"
          WHERE
            COALESCE("t27"."placement_start", "t27"."episode_start") <= (
              "t27"."month_end" + INTERVAL '-7' DAY
            )
        ) AS "t29"
        LEFT OUTER JOIN (
          SELECT
            "t30"."la_code",
            "t30"."month",
            "t30"."person_id",
            MAX("t30"."clav_cla_visit_date") AS "v"
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
              "t29"."p",
              "t19"."la_code" AS "la_code_right",
              "t19"."clav_person_id",
              "t19"."clav_cla_visit_date"
            FROM (
              SELECT
                "t27"."la_code",
                "t27"."month",
                "t27"."month_end",
                "t27"."rolling_start",
                "t27"."person_id",
                "t27"."cla_id",
                "t27"."episode_start",
                "t27"."placement_start",
                "t27"."long_term",
                COALESCE("t27"."placement_start", "t27"."episode_start") AS "p"
              FROM (
                SELECT
                  "t22"."la_code",
                  "t22"."month",
                  "t22"."month_end",
                  "t22"."rolling_start",
                  "t22"."person_id",
                  "t22"."cla_id",
                  "t22"."episode_start",
                  "t26"."placement_start",
                  "t26"."long_term"
                FROM (
                  SELECT
                    "t20"."la_code",
                    "t20"."month",
                    "t20"."month_end",
                    "t20"."rolling_start",
                    "t20"."clae_person_id" AS "person_id",
                    "t20"."clae_cla_id" AS "cla_id",
                    "t20"."clae_cla_episode_start_date" AS "episode_start"
                  FROM (
                    SELECT
                      "t17"."la_code",
                      "t17"."clae_cla_episode_id",
                      "t17"."clae_person_id",
                      "t17"."clae_cla_id",
                      "t17"."clae_cla_episode_start_date",
                      "t17"."clae_cla_episode_ceased_date",
                      "t17"."clae_entered_care_date",
                      "t17"."clae_cla_placement_id",
                      "t17"."month",
                      "t17"."month_end",
                      "t17"."rolling_start",
                      "t17"."pop_year",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t17"."la_code", "t17"."month", "t17"."clae_person_id"
                        ORDER BY "t17"."clae_cla_episode_start_date" DESC, "t17"."clae_cla_episode_id" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "rank"
                    FROM (
                      SELECT
                        "t14"."la_code",
                        "t14"."clae_cla_episode_id",
                        "t14"."clae_person_id",
                        "t14"."clae_cla_id",
                        "t14"."clae_cla_episode_start_date",
                        "t14"."clae_cla_episode_ceased_date",
                        "t14"."clae_entered_care_date",
                        "t14"."clae_cla_placement_id",
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
                      ) AS "t14"
                      INNER JOIN "_months" AS "t7"
                        ON "t14"."clae_cla_episode_start_date" <= "t7"."month_end"
                        AND (
                          (
                            "t14"."clae_cla_episode_ceased_date" IS NULL
                          )
                          OR (
                            "t14"."clae_cla_episode_ceased_date" > "t7"."month_end"
                          )
                        )
                    ) AS "t17"
                  ) AS "t20"
                  WHERE
                    "t20"."rank" = 0
                ) AS "t22"
                LEFT OUTER JOIN (
                  SELECT
                    "t24"."la_code",
                    "t24"."month",
                    "t24"."person_id",
                    "t24"."clap_cla_placement_start_date" AS "placement_start",
                    "t24"."clap_long_term" AS "long_term"
                  FROM (
                    SELECT
                      "t23"."la_code",
                      "t23"."month",
                      "t23"."month_end",
                      "t23"."rolling_start",
                      "t23"."person_id",
                      "t23"."cla_id",
                      "t23"."episode_start",
                      "t23"."la_code_right",
                      "t23"."clap_cla_placement_id",
                      "t23"."clap_cla_id",
                      "t23"."clap_cla_placement_start_date",
                      "t23"."clap_cla_placement_end_date",
                      "t23"."clap_cla_placement_type",
                      "t23"."clap_long_term",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t23"."la_code", "t23"."month", "t23"."person_id"
                        ORDER BY "t23"."clap_cla_placement_start_date" DESC, "t23"."clap_cla_placement_id" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "rank"
                    FROM (
                      SELECT
                        "t22"."la_code",
                        "t22"."month",
                        "t22"."month_end",
                        "t22"."rolling_start",
                        "t22"."person_id",
                        "t22"."cla_id",
                        "t22"."episode_start",
                        "t15"."la_code" AS "la_code_right",
                        "t15"."clap_cla_placement_id",
                        "t15"."clap_cla_id",
                        "t15"."clap_cla_placement_start_date",
                        "t15"."clap_cla_placement_end_date",
                        "t15"."clap_cla_placement_type",
                        "t15"."clap_long_term"
                      FROM (
                        SELECT
                          "t20"."la_code",
                          "t20"."month",
                          "t20"."month_end",
                          "t20"."rolling_start",
                          "t20"."clae_person_id" AS "person_id",
                          "t20"."clae_cla_id" AS "cla_id",
                          "t20"."clae_cla_episode_start_date" AS "episode_start"
                        FROM (
                          SELECT
                            "t17"."la_code",
                            "t17"."clae_cla_episode_id",
                            "t17"."clae_person_id",
                            "t17"."clae_cla_id",
                            "t17"."clae_cla_episode_start_date",
                            "t17"."clae_cla_episode_ceased_date",
                            "t17"."clae_entered_care_date",
                            "t17"."clae_cla_placement_id",
                            "t17"."month",
                            "t17"."month_end",
                            "t17"."rolling_start",
                            "t17"."pop_year",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t17"."la_code", "t17"."month", "t17"."clae_person_id"
                              ORDER BY "t17"."clae_cla_episode_start_date" DESC, "t17"."clae_cla_episode_id" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "rank"
                          FROM (
                            SELECT
                              "t14"."la_code",
                              "t14"."clae_cla_episode_id",
                              "t14"."clae_person_id",
                              "t14"."clae_cla_id",
                              "t14"."clae_cla_episode_start_date",
                              "t14"."clae_cla_episode_ceased_date",
                              "t14"."clae_entered_care_date",
                              "t14"."clae_cla_placement_id",
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
                            ) AS "t14"
                            INNER JOIN "_months" AS "t7"
                              ON "t14"."clae_cla_episode_start_date" <= "t7"."month_end"
                              AND (
                                (
                                  "t14"."clae_cla_episode_ceased_date" IS NULL
                                )
                                OR (
                                  "t14"."clae_cla_episode_ceased_date" > "t7"."month_end"
                                )
                              )
                          ) AS "t17"
                        ) AS "t20"
                        WHERE
                          "t20"."rank" = 0
                      ) AS "t22"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "ssd_cla_placement" AS "t4"
                        WHERE
                          "t4"."la_code" IN (
                            SELECT
                              *
                            FROM "t8"
                          )
                      ) AS "t15"
                        ON "t22"."la_code" = "t15"."la_code"
                        AND "t22"."cla_id" = "t15"."clap_cla_id"
                        AND "t15"."clap_cla_placement_start_date" <= "t22"."month_end"
                        AND (
                          (
                            "t15"."clap_cla_placement_end_date" IS NULL
                          )
                          OR (
                            "t15"."clap_cla_placement_end_date" > "t22"."month_end"
                          )
                        )
                    ) AS "t23"
                  ) AS "t24"
                  WHERE
                    "t24"."rank" = 0
                ) AS "t26"
                  ON "t22"."la_code" = "t26"."la_code"
                  AND "t22"."month" = "t26"."month"
                  AND "t22"."person_id" = "t26"."person_id"
              ) AS "t27"
              WHERE
                COALESCE("t27"."placement_start", "t27"."episode_start") <= (
                  "t27"."month_end" + INTERVAL '-7' DAY
                )
            ) AS "t29"
            INNER JOIN (
              SELECT
                "t16"."la_code",
                "t16"."clav_person_id",
                "t16"."clav_cla_visit_date"
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
                ) AS "t12"
                WHERE
                  COALESCE("t12"."clav_cla_visit_seen", FALSE)
                  OR NOT (
                    "t12"."la_code" IN (
                      SELECT
                        "t5"."la_code"
                      FROM "_supplied" AS "t5"
                      WHERE
                        "t5"."table_name" = 'ssd_cla_visits'
                        AND "t5"."column_name" = 'clav_cla_visit_seen'
                    )
                  )
              ) AS "t16"
            ) AS "t19"
              ON "t29"."la_code" = "t19"."la_code"
              AND "t29"."person_id" = "t19"."clav_person_id"
              AND "t19"."clav_cla_visit_date" >= "t29"."p"
              AND "t19"."clav_cla_visit_date" <= "t29"."month_end"
          ) AS "t30"
          GROUP BY
            1,
            2,
            3
        ) AS "t32"
          ON "t29"."la_code" = "t32"."la_code"
          AND "t29"."month" = "t32"."month"
          AND "t29"."person_id" = "t32"."person_id"
      ) AS "t33"
    ) AS "t34"
    GROUP BY
      1,
      2
  ) AS "t36"
    ON "t6"."la_code" = "t36"."la_code" AND "t7"."month" = "t36"."month"
) AS "t37"
ORDER BY
  "t37"."la_code" ASC,
  "t37"."month" ASC
