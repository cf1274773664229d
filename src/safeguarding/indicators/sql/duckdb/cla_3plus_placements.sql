-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cla_3plus_placements"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t13" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "t7"
    )
), "t23" AS (
  SELECT
    "t20"."la_code",
    "t20"."clae_cla_episode_id",
    "t20"."clae_person_id",
    "t20"."clae_cla_id",
    "t20"."clae_cla_episode_start_date",
    "t20"."clae_cla_episode_ceased_date",
    "t20"."clae_entered_care_date",
    "t20"."clae_cla_placement_id"
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
      "t11"."_first_end",
      "t11"."_last_end"
    FROM "t13" AS "t17"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t11"
  ) AS "t20"
  WHERE
    "t20"."clae_cla_episode_start_date" <= "t20"."_last_end"
    AND COALESCE("t20"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t26"."la_code",
    "t5"."month",
    "t5"."month_end",
    "t5"."rolling_start",
    "t26"."clae_person_id" AS "person_id",
    "t26"."clae_cla_id" AS "cla_id",
    "t26"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t23" AS "t26"
  INNER JOIN "_months" AS "t5"
    ON "t26"."clae_cla_episode_start_date" <= "t5"."month_end"
    AND COALESCE("t26"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ANTI JOIN (
    SELECT
      "t26"."la_code",
      "t26"."clae_cla_episode_id" AS "_superseded",
      "t27"."clae_cla_episode_start_date" AS "_start",
      "t27"."clae_cla_episode_ceased_date" AS "_end",
      "t6"."month",
      "t6"."month_end",
      "t6"."rolling_start",
      "t6"."pop_year"
    FROM "t23" AS "t26"
    INNER JOIN "t23" AS "t27"
      ON "t26"."la_code" = "t27"."la_code"
      AND "t26"."clae_person_id" = "t27"."clae_person_id"
      AND "t27"."clae_cla_episode_start_date" >= "t26"."clae_cla_episode_start_date"
      AND (
        (
          "t27"."clae_cla_episode_start_date" > "t26"."clae_cla_episode_start_date"
        )
        OR (
          "t27"."clae_cla_episode_id" > "t26"."clae_cla_episode_id"
        )
      )
      AND "t27"."clae_cla_episode_start_date" < COALESCE("t26"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t6"
      ON "t27"."clae_cla_episode_start_date" <= "t6"."month_end"
      AND COALESCE("t27"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ) AS "t31"
    ON "t26"."la_code" = "t31"."la_code"
    AND "t5"."month" = "t31"."month"
    AND "t26"."clae_cla_episode_id" = "t31"."_superseded"
)
SELECT
  "t42"."la_code",
  "t42"."month",
  "t42"."numerator",
  "t42"."denominator",
  "t42"."excluded",
  CASE
    WHEN "t42"."denominator" > 0
    THEN (
      CAST("t42"."numerator" AS DOUBLE) / "t42"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t41"."numerator", 0) AS "numerator",
    COALESCE("t41"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t39"."la_code",
      "t39"."month",
      SUM(CAST("t39"."_kept" AND COALESCE("t39"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t39"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t38"."la_code",
        "t38"."month",
        "t38"."month_end",
        "t38"."rolling_start",
        "t38"."person_id",
        "t38"."cla_id",
        "t38"."episode_start",
        "t38"."placements",
        COALESCE("t38"."placements", 0) >= 3 AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t34"."la_code",
          "t34"."month",
          "t34"."month_end",
          "t34"."rolling_start",
          "t34"."person_id",
          "t34"."cla_id",
          "t34"."episode_start",
          "t37"."placements"
        FROM "cohort_looked_after" AS "t34"
        LEFT OUTER JOIN (
          SELECT
            "t35"."la_code",
            "t35"."month",
            "t35"."person_id",
            COUNT(*) AS "placements"
          FROM (
            SELECT
              "t34"."la_code",
              "t34"."month",
              "t34"."month_end",
              "t34"."rolling_start",
              "t34"."person_id",
              "t34"."cla_id",
              "t34"."episode_start",
              "t29"."la_code" AS "la_code_right",
              "t29"."clap_cla_placement_id",
              "t29"."clap_cla_id",
              "t29"."clap_cla_placement_start_date",
              "t29"."clap_cla_placement_end_date",
              "t29"."clap_cla_placement_type",
              "t29"."clap_long_term",
              "t29"."cla_id" AS "cla_id_right",
              "t29"."person_id" AS "person_id_right"
            FROM "cohort_looked_after" AS "t34"
            INNER JOIN (
              SELECT
                "t24"."la_code",
                "t24"."clap_cla_placement_id",
                "t24"."clap_cla_id",
                "t24"."clap_cla_placement_start_date",
                "t24"."clap_cla_placement_end_date",
                "t24"."clap_cla_placement_type",
                "t24"."clap_long_term",
                "t21"."cla_id",
                "t21"."person_id"
              FROM (
                SELECT
                  "t19"."la_code",
                  "t19"."clap_cla_placement_id",
                  "t19"."clap_cla_id",
                  "t19"."clap_cla_placement_start_date",
                  "t19"."clap_cla_placement_end_date",
                  "t19"."clap_cla_placement_type",
                  "t19"."clap_long_term"
                FROM (
                  SELECT
                    "t16"."la_code",
                    "t16"."clap_cla_placement_id",
                    "t16"."clap_cla_id",
                    "t16"."clap_cla_placement_start_date",
                    "t16"."clap_cla_placement_end_date",
                    "t16"."clap_cla_placement_type",
                    "t16"."clap_long_term",
                    "t12"."_lo",
                    "t12"."_hi"
                  FROM (
                    SELECT
                      *
                    FROM "ssd_cla_placement" AS "t3"
                    WHERE
                      "t3"."la_code" IN (
                        SELECT
                          *
                        FROM "t7"
                      )
                  ) AS "t16"
                  CROSS JOIN (
                    SELECT
                      MIN("t1"."rolling_start") AS "_lo",
                      MAX("t1"."month_end") AS "_hi"
                    FROM "_months" AS "t1"
                  ) AS "t12"
                ) AS "t19"
                WHERE
                  "t19"."clap_cla_placement_start_date" <= "t19"."_hi"
                  AND COALESCE("t19"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t19"."_lo"
              ) AS "t24"
              INNER JOIN (
                SELECT DISTINCT
                  "t15"."la_code",
                  "t15"."clae_cla_id" AS "cla_id",
                  "t15"."clae_person_id" AS "person_id"
                FROM "t13" AS "t15"
              ) AS "t21"
                ON "t24"."la_code" = "t21"."la_code" AND "t24"."clap_cla_id" = "t21"."cla_id"
            ) AS "t29"
              ON "t34"."la_code" = "t29"."la_code"
              AND "t34"."person_id" = "t29"."person_id"
              AND "t29"."clap_cla_placement_start_date" <= "t34"."month_end"
              AND COALESCE("t29"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t34"."rolling_start"
          ) AS "t35"
          GROUP BY
            1,
            2,
            3
        ) AS "t37"
          ON "t34"."la_code" = "t37"."la_code"
          AND "t34"."month" = "t37"."month"
          AND "t34"."person_id" = "t37"."person_id"
      ) AS "t38"
    ) AS "t39"
    GROUP BY
      1,
      2
  ) AS "t41"
    ON "t4"."la_code" = "t41"."la_code" AND "t5"."month" = "t41"."month"
) AS "t42"
ORDER BY
  "t42"."la_code" ASC,
  "t42"."month" ASC
