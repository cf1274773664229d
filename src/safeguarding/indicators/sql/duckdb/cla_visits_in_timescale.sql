-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "cla_visits_in_timescale"}
WITH "t9" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t14" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "t9"
    )
), "t19" AS (
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
        FROM "t9"
      )
  ) AS "t15"
  WHERE
    "t15"."la_code" IN (
      SELECT
        "t5"."la_code"
      FROM "_supplied" AS "t5"
      WHERE
        "t5"."table_name" = 'ssd_cla_placement'
        AND "t5"."column_name" = 'clap_cla_placement_end_date'
    )
), "cohort_looked_after" AS (
  SELECT
    "t17"."la_code",
    "t7"."month",
    "t7"."month_end",
    "t7"."rolling_start",
    "t17"."clae_person_id" AS "person_id",
    "t17"."clae_cla_id" AS "cla_id",
    "t17"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t14" AS "t17"
  INNER JOIN "_months" AS "t7"
    ON "t17"."clae_cla_episode_start_date" <= "t7"."month_end"
    AND COALESCE("t17"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ANTI JOIN (
    SELECT
      "t17"."la_code",
      "t17"."clae_cla_episode_id" AS "_superseded",
      "t18"."clae_cla_episode_start_date" AS "_start",
      "t18"."clae_cla_episode_ceased_date" AS "_end",
      "t8"."month",
      "t8"."month_end",
      "t8"."rolling_start",
      "t8"."pop_year"
    FROM "t14" AS "t17"
    INNER JOIN "t14" AS "t18"
      ON "t17"."la_code" = "t18"."la_code"
      AND "t17"."clae_person_id" = "t18"."clae_person_id"
      AND (
        (
          "t18"."clae_cla_episode_start_date" > "t17"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t18"."clae_cla_episode_start_date" = "t17"."clae_cla_episode_start_date"
          )
          AND (
            "t18"."clae_cla_episode_id" > "t17"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t17"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t18"."clae_cla_episode_start_date" < "t17"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t8"
      ON "t18"."clae_cla_episode_start_date" <= "t8"."month_end"
      AND COALESCE("t18"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
  ) AS "t27"
    ON "t17"."la_code" = "t27"."la_code"
    AND "t7"."month" = "t27"."month"
    AND "t17"."clae_cla_episode_id" = "t27"."_superseded"
)
SELECT
  "t45"."la_code",
  "t45"."month",
  "t45"."numerator",
  "t45"."denominator",
  "t45"."excluded",
  CASE
    WHEN "t45"."denominator" > 0
    THEN (
      CAST("t45"."numerator" AS DOUBLE) / "t45"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t44"."numerator", 0) AS "numerator",
    COALESCE("t44"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t42"."la_code",
      "t42"."month",
      SUM(CAST("t42"."_kept" AND COALESCE("t42"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t42"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t41"."la_code",
        "t41"."month",
        "t41"."month_end",
        "t41"."rolling_start",
        "t41"."person_id",
        "t41"."cla_id",
        "t41"."episode_start",
        "t41"."placement_start",
        "t41"."long_term",
        "t41"."p",
        "t41"."v",
        CASE
          WHEN "t41"."v" IS NULL
          THEN "t41"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t41"."long_term", FALSE)
          AND (
            "t41"."v" >= (
              "t41"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t41"."v" + INTERVAL '91' DAY
          ELSE "t41"."v" + INTERVAL '42' DAY
        END AS "due",
        CASE
          WHEN "t41"."v" IS NULL
          THEN "t41"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t41"."long_term", FALSE)
          AND (
            "t41"."v" >= (
              "t41"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t41"."v" + INTERVAL '91' DAY
          ELSE "t41"."v" + INTERVAL '42' DAY
        END >= "t41"."month_end" AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t37"."la_code",
          "t37"."month",
          "t37"."month_end",
          "t37"."rolling_start",
          "t37"."person_id",
          "t37"."cla_id",
          "t37"."episode_start",
          "t37"."placement_start",
          "t37"."long_term",
          "t37"."p",
          "t40"."v"
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
            COALESCE("t35"."placement_start", "t35"."episode_start") AS "p"
          FROM (
            SELECT
              "t32"."la_code",
              "t32"."month",
              "t32"."month_end",
              "t32"."rolling_start",
              "t32"."person_id",
              "t32"."cla_id",
              "t32"."episode_start",
              "t34"."placement_start",
              "t34"."long_term"
            FROM "cohort_looked_after" AS "t32"
            LEFT OUTER JOIN (
              SELECT
                "t22"."la_code",
                "t7"."month",
                "t22"."clap_cla_id" AS "cla_id",
                "t22"."clap_cla_placement_start_date" AS "placement_start",
                "t22"."clap_long_term" AS "long_term"
              FROM "t19" AS "t22"
              INNER JOIN "_months" AS "t7"
                ON "t22"."clap_cla_placement_start_date" <= "t7"."month_end"
                AND COALESCE("t22"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
              ANTI JOIN (
                SELECT
                  "t22"."la_code",
                  "t22"."clap_cla_placement_id" AS "_superseded",
                  "t23"."clap_cla_placement_start_date" AS "_start",
                  "t23"."clap_cla_placement_end_date" AS "_end",
                  "t8"."month",
                  "t8"."month_end",
                  "t8"."rolling_start",
                  "t8"."pop_year"
                FROM "t19" AS "t22"
                INNER JOIN "t19" AS "t23"
                  ON "t22"."la_code" = "t23"."la_code"
                  AND "t22"."clap_cla_id" = "t23"."clap_cla_id"
                  AND (
                    (
                      "t23"."clap_cla_placement_start_date" > "t22"."clap_cla_placement_start_date"
                    )
                    OR (
                      (
                        "t23"."clap_cla_placement_start_date" = "t22"."clap_cla_placement_start_date"
                      )
                      AND (
                        "t23"."clap_cla_placement_id" > "t22"."clap_cla_placement_id"
                      )
                    )
                  )
                  AND (
                    (
                      "t22"."clap_cla_placement_end_date" IS NULL
                    )
                    OR (
                      "t23"."clap_cla_placement_start_date" < "t22"."clap_cla_placement_end_date"
                    )
                  )
                INNER JOIN "_months" AS "t8"
                  ON "t23"."clap_cla_placement_start_date" <= "t8"."month_end"
                  AND COALESCE("t23"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
              ) AS "t29"
                ON "t22"."la_code" = "t29"."la_code"
                AND "t7"."month" = "t29"."month"
                AND "t22"."clap_cla_placement_id" = "t29"."_superseded"
            ) AS "t34"
              ON "t32"."la_code" = "t34"."la_code"
              AND "t32"."month" = "t34"."month"
              AND "t32"."cla_id" = "t34"."cla_id"
          ) AS "t35"
          WHERE
            COALESCE("t35"."placement_start", "t35"."episode_start") <= (
              "t35"."month_end" + INTERVAL '-7' DAY
            )
        ) AS "t37"
        LEFT OUTER JOIN (
          SELECT
            "t38"."la_code",
            "t38"."month",
            "t38"."person_id",
            MAX("t38"."clav_cla_visit_date") AS "v"
          FROM (
            SELECT
              "t37"."la_code",
              "t37"."month",
              "t37"."month_end",
              "t37"."rolling_start",
              "t37"."person_id",
              "t37"."cla_id",
              "t37"."episode_start",
              "t37"."placement_start",
              "t37"."long_term",
              "t37"."p",
              "t25"."la_code" AS "la_code_right",
              "t25"."clav_person_id",
              "t25"."clav_cla_visit_date"
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
                COALESCE("t35"."placement_start", "t35"."episode_start") AS "p"
              FROM (
                SELECT
                  "t32"."la_code",
                  "t32"."month",
                  "t32"."month_end",
                  "t32"."rolling_start",
                  "t32"."person_id",
                  "t32"."cla_id",
                  "t32"."episode_start",
                  "t34"."placement_start",
                  "t34"."long_term"
                FROM "cohort_looked_after" AS "t32"
                LEFT OUTER JOIN (
                  SELECT
                    "t22"."la_code",
                    "t7"."month",
                    "t22"."clap_cla_id" AS "cla_id",
                    "t22"."clap_cla_placement_start_date" AS "placement_start",
                    "t22"."clap_long_term" AS "long_term"
                  FROM "t19" AS "t22"
                  INNER JOIN "_months" AS "t7"
                    ON "t22"."clap_cla_placement_start_date" <= "t7"."month_end"
                    AND COALESCE("t22"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
                  ANTI JOIN (
                    SELECT
                      "t22"."la_code",
                      "t22"."clap_cla_placement_id" AS "_superseded",
                      "t23"."clap_cla_placement_start_date" AS "_start",
                      "t23"."clap_cla_placement_end_date" AS "_end",
                      "t8"."month",
                      "t8"."month_end",
                      "t8"."rolling_start",
                      "t8"."pop_year"
                    FROM "t19" AS "t22"
                    INNER JOIN "t19" AS "t23"
                      ON "t22"."la_code" = "t23"."la_code"
                      AND "t22"."clap_cla_id" = "t23"."clap_cla_id"
                      AND (
                        (
                          "t23"."clap_cla_placement_start_date" > "t22"."clap_cla_placement_start_date"
                        )
                        OR (
                          (
                            "t23"."clap_cla_placement_start_date" = "t22"."clap_cla_placement_start_date"
                          )
                          AND (
                            "t23"."clap_cla_placement_id" > "t22"."clap_cla_placement_id"
                          )
                        )
                      )
                      AND (
                        (
                          "t22"."clap_cla_placement_end_date" IS NULL
                        )
                        OR (
                          "t23"."clap_cla_placement_start_date" < "t22"."clap_cla_placement_end_date"
                        )
                      )
                    INNER JOIN "_months" AS "t8"
                      ON "t23"."clap_cla_placement_start_date" <= "t8"."month_end"
                      AND COALESCE("t23"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
                  ) AS "t29"
                    ON "t22"."la_code" = "t29"."la_code"
                    AND "t7"."month" = "t29"."month"
                    AND "t22"."clap_cla_placement_id" = "t29"."_superseded"
                ) AS "t34"
                  ON "t32"."la_code" = "t34"."la_code"
                  AND "t32"."month" = "t34"."month"
                  AND "t32"."cla_id" = "t34"."cla_id"
              ) AS "t35"
              WHERE
                COALESCE("t35"."placement_start", "t35"."episode_start") <= (
                  "t35"."month_end" + INTERVAL '-7' DAY
                )
            ) AS "t37"
            INNER JOIN (
              SELECT
                "t21"."la_code",
                "t21"."clav_person_id",
                "t21"."clav_cla_visit_date"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM "ssd_cla_visits" AS "t2"
                  WHERE
                    "t2"."la_code" IN (
                      SELECT
                        *
                      FROM "t9"
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
              ) AS "t21"
            ) AS "t25"
              ON "t37"."la_code" = "t25"."la_code"
              AND "t37"."person_id" = "t25"."clav_person_id"
              AND "t25"."clav_cla_visit_date" >= "t37"."p"
              AND "t25"."clav_cla_visit_date" <= "t37"."month_end"
          ) AS "t38"
          GROUP BY
            1,
            2,
            3
        ) AS "t40"
          ON "t37"."la_code" = "t40"."la_code"
          AND "t37"."month" = "t40"."month"
          AND "t37"."person_id" = "t40"."person_id"
      ) AS "t41"
    ) AS "t42"
    GROUP BY
      1,
      2
  ) AS "t44"
    ON "t6"."la_code" = "t44"."la_code" AND "t7"."month" = "t44"."month"
) AS "t45"
ORDER BY
  "t45"."la_code" ASC,
  "t45"."month" ASC
