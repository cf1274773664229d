-- safeguarding compiled query {"code": "cf3f92ea815ec14e", "policy": "5a5babdd74a484f2", "query": "cla_visits_in_timescale"}
WITH "t9" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t25" AS (
  SELECT
    "t19"."la_code",
    "t19"."clae_cla_episode_id",
    "t19"."clae_person_id",
    "t19"."clae_cla_id",
    "t19"."clae_cla_episode_start_date",
    "t19"."clae_cla_episode_ceased_date",
    "t19"."clae_entered_care_date",
    "t19"."clae_cla_placement_id"
  FROM (
    SELECT
      "t18"."la_code",
      "t18"."clae_cla_episode_id",
      "t18"."clae_person_id",
      "t18"."clae_cla_id",
      "t18"."clae_cla_episode_start_date",
      "t18"."clae_cla_episode_ceased_date",
      "t18"."clae_entered_care_date",
      "t18"."clae_cla_placement_id",
      "t14"."_first_end",
      "t14"."_last_end"
    FROM (
      SELECT
        *
      FROM "ssd_cla_episodes" AS "t4"
      WHERE
        "t4"."la_code" IN (
          SELECT
            *
          FROM "t9"
        )
    ) AS "t18"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t14"
  ) AS "t19"
  WHERE
    "t19"."clae_cla_episode_start_date" <= "t19"."_last_end"
    AND COALESCE("t19"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."_first_end"
), "t30" AS (
  SELECT
    "t23"."la_code",
    "t23"."clap_cla_placement_id",
    "t23"."clap_cla_id",
    "t23"."clap_cla_placement_start_date",
    "t23"."clap_cla_placement_end_date",
    "t23"."clap_cla_placement_type",
    "t23"."clap_long_term"
  FROM (
    SELECT
      "t21"."la_code",
      "t21"."clap_cla_placement_id",
      "t21"."clap_cla_id",
      "t21"."clap_cla_placement_start_date",
      "t21"."clap_cla_placement_end_date",
      "t21"."clap_cla_placement_type",
      "t21"."clap_long_term",
      "t14"."_first_end",
      "t14"."_last_end"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          *
        FROM "ssd_cla_placement" AS "t5"
        WHERE
          "t5"."la_code" IN (
            SELECT
              *
            FROM "t9"
          )
      ) AS "t17"
      WHERE
        "t17"."la_code" IN (
          SELECT
            "t3"."la_code"
          FROM "_supplied" AS "t3"
          WHERE
            "t3"."table_name" = 'ssd_cla_placement'
            AND "t3"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t21"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t14"
  ) AS "t23"
  WHERE
    "t23"."clap_cla_placement_start_date" <= "t23"."_last_end"
    AND COALESCE("t23"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t23"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t28"."la_code",
    "t7"."month",
    "t7"."month_end",
    "t7"."rolling_start",
    "t28"."clae_person_id" AS "person_id",
    "t28"."clae_cla_id" AS "cla_id",
    "t28"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t25" AS "t28"
  INNER JOIN "_months" AS "t7"
    ON "t28"."clae_cla_episode_start_date" <= "t7"."month_end"
    AND COALESCE("t28"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ANTI JOIN (
    SELECT
      "t28"."la_code",
      "t28"."clae_cla_episode_id" AS "_superseded",
      "t29"."clae_cla_episode_start_date" AS "_start",
      "t29"."clae_cla_episode_ceased_date" AS "_end",
      "t8"."month",
      "t8"."month_end",
      "t8"."rolling_start",
      "t8"."pop_year"
    FROM "t25" AS "t28"
    INNER JOIN "t25" AS "t29"
      ON "t28"."la_code" = "t29"."la_code"
      AND "t28"."clae_person_id" = "t29"."clae_person_id"
      AND (
        (
          "t29"."clae_cla_episode_start_date" > "t28"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t29"."clae_cla_episode_start_date" = "t28"."clae_cla_episode_start_date"
          )
          AND (
            "t29"."clae_cla_episode_id" > "t28"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t28"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t29"."clae_cla_episode_start_date" < "t28"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t8"
      ON "t29"."clae_cla_episode_start_date" <= "t8"."month_end"
      AND COALESCE("t29"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
  ) AS "t35"
    ON "t28"."la_code" = "t35"."la_code"
    AND "t7"."month" = "t35"."month"
    AND "t28"."clae_cla_episode_id" = "t35"."_superseded"
)
SELECT
  "t53"."la_code",
  "t53"."month",
  "t53"."numerator",
  "t53"."denominator",
  "t53"."excluded",
  CASE
    WHEN "t53"."denominator" > 0
    THEN (
      CAST("t53"."numerator" AS DOUBLE) / "t53"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t52"."numerator", 0) AS "numerator",
    COALESCE("t52"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t50"."la_code",
      "t50"."month",
      SUM(CAST("t50"."_kept" AND COALESCE("t50"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t50"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t49"."la_code",
        "t49"."month",
        "t49"."month_end",
        "t49"."rolling_start",
        "t49"."person_id",
        "t49"."cla_id",
        "t49"."episode_start",
        "t49"."placement_start",
        "t49"."long_term",
        "t49"."p",
        "t49"."v",
        CASE
          WHEN "t49"."v" IS NULL
          THEN "t49"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t49"."long_term", FALSE)
          AND (
            "t49"."v" >= (
              "t49"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t49"."v" + INTERVAL '91' DAY
          ELSE "t49"."v" + INTERVAL '42' DAY
        END AS "due",
        CASE
          WHEN "t49"."v" IS NULL
          THEN "t49"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t49"."long_term", FALSE)
          AND (
            "t49"."v" >= (
              "t49"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t49"."v" + INTERVAL '91' DAY
          ELSE "t49"."v" + INTERVAL '42' DAY
        END >= "t49"."month_end" AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t45"."la_code",
          "t45"."month",
          "t45"."month_end",
          "t45"."rolling_start",
          "t45"."person_id",
          "t45"."cla_id",
          "t45"."episode_start",
          "t45"."placement_start",
          "t45"."long_term",
          "t45"."p",
          "t48"."v"
        FROM (
          SELECT
            "t43"."la_code",
            "t43"."month",
            "t43"."month_end",
            "t43"."rolling_start",
            "t43"."person_id",
            "t43"."cla_id",
            "t43"."episode_start",
            "t43"."placement_start",
            "t43"."long_term",
            COALESCE("t43"."placement_start", "t43"."episode_start") AS "p"
          FROM (
            SELECT
              "t40"."la_code",
              "t40"."month",
              "t40"."month_end",
              "t40"."rolling_start",
              "t40"."person_id",
              "t40"."cla_id",
              "t40"."episode_start",
              "t42"."placement_start",
              "t42"."long_term"
            FROM "cohort_looked_after" AS "t40"
            LEFT OUTER JOIN (
              SELECT
                "t32"."la_code",
                "t7"."month",
                "t32"."clap_cla_id" AS "cla_id",
                "t32"."clap_cla_placement_start_date" AS "placement_start",
                "t32"."clap_long_term" AS "long_term"
              FROM "t30" AS "t32"
              INNER JOIN "_months" AS "t7"
                ON "t32"."clap_cla_placement_start_date" <= "t7"."month_end"
                AND COALESCE("t32"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
              ANTI JOIN (
                SELECT
                  "t32"."la_code",
                  "t32"."clap_cla_placement_id" AS "_superseded",
                  "t33"."clap_cla_placement_start_date" AS "_start",
                  "t33"."clap_cla_placement_end_date" AS "_end",
                  "t8"."month",
                  "t8"."month_end",
                  "t8"."rolling_start",
                  "t8"."pop_year"
                FROM "t30" AS "t32"
                INNER JOIN "t30" AS "t33"
                  ON "t32"."la_code" = "t33"."la_code"
                  AND "t32"."clap_cla_id" = "t33"."clap_cla_id"
                  AND (
                    (
                      "t33"."clap_cla_placement_start_date" > "t32"."clap_cla_placement_start_date"
                    )
                    OR (
                      (
                        "t33"."clap_cla_placement_start_date" = "t32"."clap_cla_placement_start_date"
                      )
                      AND (
                        "t33"."clap_cla_placement_id" > "t32"."clap_cla_placement_id"
                      )
                    )
                  )
                  AND (
                    (
                      "t32"."clap_cla_placement_end_date" IS NULL
                    )
                    OR (
                      "t33"."clap_cla_placement_start_date" < "t32"."clap_cla_placement_end_date"
                    )
                  )
                INNER JOIN "_months" AS "t8"
                  ON "t33"."clap_cla_placement_start_date" <= "t8"."month_end"
                  AND COALESCE("t33"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
              ) AS "t37"
                ON "t32"."la_code" = "t37"."la_code"
                AND "t7"."month" = "t37"."month"
                AND "t32"."clap_cla_placement_id" = "t37"."_superseded"
            ) AS "t42"
              ON "t40"."la_code" = "t42"."la_code"
              AND "t40"."month" = "t42"."month"
              AND "t40"."cla_id" = "t42"."cla_id"
          ) AS "t43"
          WHERE
            COALESCE("t43"."placement_start", "t43"."episode_start") <= (
              "t43"."month_end" + INTERVAL '-7' DAY
            )
        ) AS "t45"
        LEFT OUTER JOIN (
          SELECT
            "t46"."la_code",
            "t46"."month",
            "t46"."person_id",
            MAX("t46"."clav_cla_visit_date") AS "v"
          FROM (
            SELECT
              "t45"."la_code",
              "t45"."month",
              "t45"."month_end",
              "t45"."rolling_start",
              "t45"."person_id",
              "t45"."cla_id",
              "t45"."episode_start",
              "t45"."placement_start",
              "t45"."long_term",
              "t45"."p",
              "t26"."la_code" AS "la_code_right",
              "t26"."clav_person_id",
              "t26"."clav_cla_visit_date"
            FROM (
              SELECT
                "t43"."la_code",
                "t43"."month",
                "t43"."month_end",
                "t43"."rolling_start",
                "t43"."person_id",
                "t43"."cla_id",
                "t43"."episode_start",
                "t43"."placement_start",
                "t43"."long_term",
                COALESCE("t43"."placement_start", "t43"."episode_start") AS "p"
              FROM (
                SELECT
                  "t40"."la_code",
                  "t40"."month",
                  "t40"."month_end",
                  "t40"."rolling_start",
                  "t40"."person_id",
                  "t40"."cla_id",
                  "t40"."episode_start",
                  "t42"."placement_start",
                  "t42"."long_term"
                FROM "cohort_looked_after" AS "t40"
                LEFT OUTER JOIN (
                  SELECT
                    "t32"."la_code",
                    "t7"."month",
                    "t32"."clap_cla_id" AS "cla_id",
                    "t32"."clap_cla_placement_start_date" AS "placement_start",
                    "t32"."clap_long_term" AS "long_term"
                  FROM "t30" AS "t32"
                  INNER JOIN "_months" AS "t7"
                    ON "t32"."clap_cla_placement_start_date" <= "t7"."month_end"
                    AND COALESCE("t32"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
                  ANTI JOIN (
                    SELECT
                      "t32"."la_code",
                      "t32"."clap_cla_placement_id" AS "_superseded",
                      "t33"."clap_cla_placement_start_date" AS "_start",
                      "t33"."clap_cla_placement_end_date" AS "_end",
                      "t8"."month",
                      "t8"."month_end",
                      "t8"."rolling_start",
                      "t8"."pop_year"
                    FROM "t30" AS "t32"
                    INNER JOIN "t30" AS "t33"
                      ON "t32"."la_code" = "t33"."la_code"
                      AND "t32"."clap_cla_id" = "t33"."clap_cla_id"
                      AND (
                        (
                          "t33"."clap_cla_placement_start_date" > "t32"."clap_cla_placement_start_date"
                        )
                        OR (
                          (
                            "t33"."clap_cla_placement_start_date" = "t32"."clap_cla_placement_start_date"
                          )
                          AND (
                            "t33"."clap_cla_placement_id" > "t32"."clap_cla_placement_id"
                          )
                        )
                      )
                      AND (
                        (
                          "t32"."clap_cla_placement_end_date" IS NULL
                        )
                        OR (
                          "t33"."clap_cla_placement_start_date" < "t32"."clap_cla_placement_end_date"
                        )
                      )
                    INNER JOIN "_months" AS "t8"
                      ON "t33"."clap_cla_placement_start_date" <= "t8"."month_end"
                      AND COALESCE("t33"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
                  ) AS "t37"
                    ON "t32"."la_code" = "t37"."la_code"
                    AND "t7"."month" = "t37"."month"
                    AND "t32"."clap_cla_placement_id" = "t37"."_superseded"
                ) AS "t42"
                  ON "t40"."la_code" = "t42"."la_code"
                  AND "t40"."month" = "t42"."month"
                  AND "t40"."cla_id" = "t42"."cla_id"
              ) AS "t43"
              WHERE
                COALESCE("t43"."placement_start", "t43"."episode_start") <= (
                  "t43"."month_end" + INTERVAL '-7' DAY
                )
            ) AS "t45"
            INNER JOIN (
              SELECT
                "t22"."la_code",
                "t22"."clav_person_id",
                "t22"."clav_cla_visit_date"
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
                ) AS "t15"
                WHERE
                  COALESCE("t15"."clav_cla_visit_seen", FALSE)
                  OR NOT (
                    "t15"."la_code" IN (
                      SELECT
                        "t3"."la_code"
                      FROM "_supplied" AS "t3"
                      WHERE
                        "t3"."table_name" = 'ssd_cla_visits'
                        AND "t3"."column_name" = 'clav_cla_visit_seen'
                    )
                  )
              ) AS "t22"
            ) AS "t26"
              ON "t45"."la_code" = "t26"."la_code"
              AND "t45"."person_id" = "t26"."clav_person_id"
              AND "t26"."clav_cla_visit_date" >= "t45"."p"
              AND "t26"."clav_cla_visit_date" <= "t45"."month_end"
          ) AS "t46"
          GROUP BY
            1,
            2,
            3
        ) AS "t48"
          ON "t45"."la_code" = "t48"."la_code"
          AND "t45"."month" = "t48"."month"
          AND "t45"."person_id" = "t48"."person_id"
      ) AS "t49"
    ) AS "t50"
    GROUP BY
      1,
      2
  ) AS "t52"
    ON "t6"."la_code" = "t52"."la_code" AND "t7"."month" = "t52"."month"
) AS "t53"
ORDER BY
  "t53"."la_code" ASC,
  "t53"."month" ASC
