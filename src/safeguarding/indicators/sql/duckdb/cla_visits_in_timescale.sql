-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cla_visits_in_timescale"}
WITH "t9" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t27" AS (
  SELECT
    "t21"."la_code",
    "t21"."clae_cla_episode_id",
    "t21"."clae_person_id",
    "t21"."clae_cla_id",
    "t21"."clae_cla_episode_start_date",
    "t21"."clae_cla_episode_ceased_date",
    "t21"."clae_entered_care_date",
    "t21"."clae_cla_placement_id"
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
      "t16"."_first_end",
      "t16"."_last_end"
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
    ) AS "t20"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t16"
  ) AS "t21"
  WHERE
    "t21"."clae_cla_episode_start_date" <= "t21"."_last_end"
    AND COALESCE("t21"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t21"."_first_end"
), "t32" AS (
  SELECT
    "t25"."la_code",
    "t25"."clap_cla_placement_id",
    "t25"."clap_cla_id",
    "t25"."clap_cla_placement_start_date",
    "t25"."clap_cla_placement_end_date",
    "t25"."clap_cla_placement_type",
    "t25"."clap_long_term"
  FROM (
    SELECT
      "t23"."la_code",
      "t23"."clap_cla_placement_id",
      "t23"."clap_cla_id",
      "t23"."clap_cla_placement_start_date",
      "t23"."clap_cla_placement_end_date",
      "t23"."clap_cla_placement_type",
      "t23"."clap_long_term",
      "t16"."_first_end",
      "t16"."_last_end"
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
      ) AS "t19"
      WHERE
        "t19"."la_code" IN (
          SELECT
            "t3"."la_code"
          FROM "_supplied" AS "t3"
          WHERE
            "t3"."table_name" = 'ssd_cla_placement'
            AND "t3"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t23"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t16"
  ) AS "t25"
  WHERE
    "t25"."clap_cla_placement_start_date" <= "t25"."_last_end"
    AND COALESCE("t25"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t25"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t30"."la_code",
    "t7"."month",
    "t7"."month_end",
    "t7"."rolling_start",
    "t30"."clae_person_id" AS "person_id",
    "t30"."clae_cla_id" AS "cla_id",
    "t30"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t27" AS "t30"
  INNER JOIN "_months" AS "t7"
    ON "t30"."clae_cla_episode_start_date" <= "t7"."month_end"
    AND COALESCE("t30"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ANTI JOIN (
    SELECT
      "t30"."la_code",
      "t30"."clae_cla_episode_id" AS "_superseded",
      "t31"."clae_cla_episode_start_date" AS "_start",
      "t31"."clae_cla_episode_ceased_date" AS "_end",
      "t8"."month",
      "t8"."month_end",
      "t8"."rolling_start",
      "t8"."pop_year"
    FROM "t27" AS "t30"
    INNER JOIN "t27" AS "t31"
      ON "t30"."la_code" = "t31"."la_code"
      AND "t30"."clae_person_id" = "t31"."clae_person_id"
      AND "t31"."clae_cla_episode_start_date" >= "t30"."clae_cla_episode_start_date"
      AND (
        (
          "t31"."clae_cla_episode_start_date" > "t30"."clae_cla_episode_start_date"
        )
        OR (
          "t31"."clae_cla_episode_id" > "t30"."clae_cla_episode_id"
        )
      )
      AND "t31"."clae_cla_episode_start_date" < COALESCE("t30"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t8"
      ON "t31"."clae_cla_episode_start_date" <= "t8"."month_end"
      AND COALESCE("t31"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
  ) AS "t39"
    ON "t30"."la_code" = "t39"."la_code"
    AND "t7"."month" = "t39"."month"
    AND "t30"."clae_cla_episode_id" = "t39"."_superseded"
)
SELECT
  "t58"."la_code",
  "t58"."month",
  "t58"."numerator",
  "t58"."denominator",
  "t58"."excluded",
  CASE
    WHEN "t58"."denominator" > 0
    THEN (
      CAST("t58"."numerator" AS DOUBLE) / "t58"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t6"."la_code",
    "t7"."month",
    COALESCE("t57"."numerator", 0) AS "numerator",
    COALESCE("t57"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t6"
  CROSS JOIN "_months" AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t55"."la_code",
      "t55"."month",
      SUM(CAST("t55"."_kept" AND COALESCE("t55"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t55"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t54"."la_code",
        "t54"."month",
        "t54"."month_end",
        "t54"."rolling_start",
        "t54"."person_id",
        "t54"."cla_id",
        "t54"."episode_start",
        "t54"."placement_start",
        "t54"."long_term",
        "t54"."p",
        "t54"."v",
        CASE
          WHEN "t54"."v" IS NULL
          THEN "t54"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t54"."long_term", FALSE)
          AND (
            "t54"."v" >= (
              "t54"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t54"."v" + INTERVAL '91' DAY
          ELSE "t54"."v" + INTERVAL '42' DAY
        END AS "due",
        CASE
          WHEN "t54"."v" IS NULL
          THEN "t54"."p" + INTERVAL '7' DAY
          WHEN COALESCE("t54"."long_term", FALSE)
          AND (
            "t54"."v" >= (
              "t54"."p" + INTERVAL '12' MONTH
            )
          )
          THEN "t54"."v" + INTERVAL '91' DAY
          ELSE "t54"."v" + INTERVAL '42' DAY
        END >= "t54"."month_end" AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t53".*
          EXCLUDE ("_latest")
        FROM (
          SELECT
            "t52"."la_code",
            "t52"."month",
            "t52"."month_end",
            "t52"."rolling_start",
            "t52"."person_id",
            "t52"."cla_id",
            "t52"."episode_start",
            "t52"."placement_start",
            "t52"."long_term",
            "t52"."p",
            "t52"."_latest",
            CASE WHEN "t52"."_latest" >= "t52"."p" THEN "t52"."_latest" ELSE NULL END AS "v"
          FROM (
            SELECT
              "t51"."la_code",
              "t51"."month",
              "t51"."month_end",
              "t51"."rolling_start",
              "t51"."person_id",
              "t51"."cla_id",
              "t51"."episode_start",
              "t51"."placement_start",
              "t51"."long_term",
              "t51"."p",
              "t42"."_latest"
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
                COALESCE("t49"."placement_start", "t49"."episode_start") AS "p"
              FROM (
                SELECT
                  "t46"."la_code",
                  "t46"."month",
                  "t46"."month_end",
                  "t46"."rolling_start",
                  "t46"."person_id",
                  "t46"."cla_id",
                  "t46"."episode_start",
                  "t48"."placement_start",
                  "t48"."long_term"
                FROM "cohort_looked_after" AS "t46"
                LEFT OUTER JOIN (
                  SELECT
                    "t35"."la_code",
                    "t7"."month",
                    "t35"."clap_cla_id" AS "cla_id",
                    "t35"."clap_cla_placement_start_date" AS "placement_start",
                    "t35"."clap_long_term" AS "long_term"
                  FROM "t32" AS "t35"
                  INNER JOIN "_months" AS "t7"
                    ON "t35"."clap_cla_placement_start_date" <= "t7"."month_end"
                    AND COALESCE("t35"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
                  ANTI JOIN (
                    SELECT
                      "t35"."la_code",
                      "t35"."clap_cla_placement_id" AS "_superseded",
                      "t36"."clap_cla_placement_start_date" AS "_start",
                      "t36"."clap_cla_placement_end_date" AS "_end",
                      "t8"."month",
                      "t8"."month_end",
                      "t8"."rolling_start",
                      "t8"."pop_year"
                    FROM "t32" AS "t35"
                    INNER JOIN "t32" AS "t36"
                      ON "t35"."la_code" = "t36"."la_code"
                      AND "t35"."clap_cla_id" = "t36"."clap_cla_id"
                      AND "t36"."clap_cla_placement_start_date" >= "t35"."clap_cla_placement_start_date"
                      AND (
                        (
                          "t36"."clap_cla_placement_start_date" > "t35"."clap_cla_placement_start_date"
                        )
                        OR (
                          "t36"."clap_cla_placement_id" > "t35"."clap_cla_placement_id"
                        )
                      )
                      AND "t36"."clap_cla_placement_start_date" < COALESCE("t35"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                    INNER JOIN "_months" AS "t8"
                      ON "t36"."clap_cla_placement_start_date" <= "t8"."month_end"
                      AND COALESCE("t36"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t8"."month_end"
                  ) AS "t43"
                    ON "t35"."la_code" = "t43"."la_code"
                    AND "t7"."month" = "t43"."month"
                    AND "t35"."clap_cla_placement_id" = "t43"."_superseded"
                ) AS "t48"
                  ON "t46"."la_code" = "t48"."la_code"
                  AND "t46"."month" = "t48"."month"
                  AND "t46"."cla_id" = "t48"."cla_id"
              ) AS "t49"
              WHERE
                COALESCE("t49"."placement_start", "t49"."episode_start") <= (
                  "t49"."month_end" + INTERVAL '-7' DAY
                )
            ) AS "t51"
            LEFT OUTER JOIN (
              SELECT
                "t38"."la_code",
                "t38"."month",
                "t38"."clav_person_id" AS "person_id",
                "t38"."_latest"
              FROM (
                SELECT
                  "t34"."la_code",
                  "t34"."month",
                  "t34"."clav_person_id",
                  MAX("t34"."clav_cla_visit_date") AS "_latest"
                FROM (
                  SELECT
                    "t28"."la_code",
                    "t28"."clav_person_id",
                    "t28"."clav_cla_visit_date",
                    "t15"."month",
                    "t15"."month_end",
                    "t15"."_from"
                  FROM (
                    SELECT
                      "t24"."la_code",
                      "t24"."clav_person_id",
                      "t24"."clav_cla_visit_date"
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
                      ) AS "t17"
                      WHERE
                        COALESCE("t17"."clav_cla_visit_seen", FALSE)
                        OR NOT (
                          "t17"."la_code" IN (
                            SELECT
                              "t3"."la_code"
                            FROM "_supplied" AS "t3"
                            WHERE
                              "t3"."table_name" = 'ssd_cla_visits'
                              AND "t3"."column_name" = 'clav_cla_visit_seen'
                          )
                        )
                    ) AS "t24"
                  ) AS "t28"
                  INNER JOIN (
                    SELECT
                      "t1"."month",
                      "t1"."month_end",
                      "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t15"
                    ON "t28"."clav_cla_visit_date" >= "t15"."_from"
                    AND "t28"."clav_cla_visit_date" <= "t15"."month_end"
                ) AS "t34"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t38"
            ) AS "t42"
              ON "t51"."la_code" = "t42"."la_code"
              AND "t51"."month" = "t42"."month"
              AND "t51"."person_id" = "t42"."person_id"
          ) AS "t52"
        ) AS "t53"
      ) AS "t54"
    ) AS "t55"
    GROUP BY
      1,
      2
  ) AS "t57"
    ON "t6"."la_code" = "t57"."la_code" AND "t7"."month" = "t57"."month"
) AS "t58"
ORDER BY
  "t58"."la_code" ASC,
  "t58"."month" ASC
