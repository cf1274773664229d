-- safeguarding compiled query {"code": "48cfeb47fbc4b822", "policy": "5a5babdd74a484f2", "query": "cla_3plus_placements"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t12" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "t7"
    )
), "t19" AS (
  SELECT
    "t17"."la_code",
    "t17"."clae_cla_episode_id",
    "t17"."clae_person_id",
    "t17"."clae_cla_id",
    "t17"."clae_cla_episode_start_date",
    "t17"."clae_cla_episode_ceased_date",
    "t17"."clae_entered_care_date",
    "t17"."clae_cla_placement_id"
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
      "t10"."_first_end",
      "t10"."_last_end"
    FROM "t12" AS "t15"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t10"
  ) AS "t17"
  WHERE
    "t17"."clae_cla_episode_start_date" <= "t17"."_last_end"
    AND COALESCE("t17"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t17"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t23"."la_code",
    "t5"."month",
    "t5"."month_end",
    "t5"."rolling_start",
    "t23"."clae_person_id" AS "person_id",
    "t23"."clae_cla_id" AS "cla_id",
    "t23"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t19" AS "t23"
  INNER JOIN "_months" AS "t5"
    ON "t23"."clae_cla_episode_start_date" <= "t5"."month_end"
    AND COALESCE("t23"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ANTI JOIN (
    SELECT
      "t23"."la_code",
      "t23"."clae_cla_episode_id" AS "_superseded",
      "t24"."clae_cla_episode_start_date" AS "_start",
      "t24"."clae_cla_episode_ceased_date" AS "_end",
      "t6"."month",
      "t6"."month_end",
      "t6"."rolling_start",
      "t6"."pop_year"
    FROM "t19" AS "t23"
    INNER JOIN "t19" AS "t24"
      ON "t23"."la_code" = "t24"."la_code"
      AND "t23"."clae_person_id" = "t24"."clae_person_id"
      AND "t24"."clae_cla_episode_start_date" >= "t23"."clae_cla_episode_start_date"
      AND (
        (
          "t24"."clae_cla_episode_start_date" > "t23"."clae_cla_episode_start_date"
        )
        OR (
          "t24"."clae_cla_episode_id" > "t23"."clae_cla_episode_id"
        )
      )
      AND "t24"."clae_cla_episode_start_date" < COALESCE("t23"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t6"
      ON "t24"."clae_cla_episode_start_date" <= "t6"."month_end"
      AND COALESCE("t24"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ) AS "t26"
    ON "t23"."la_code" = "t26"."la_code"
    AND "t5"."month" = "t26"."month"
    AND "t23"."clae_cla_episode_id" = "t26"."_superseded"
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
    "t4"."la_code",
    "t5"."month",
    COALESCE("t36"."numerator", 0) AS "numerator",
    COALESCE("t36"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
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
        "t33"."placements",
        COALESCE("t33"."placements", 0) >= 3 AS "hit",
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
          "t32"."placements"
        FROM "cohort_looked_after" AS "t29"
        LEFT OUTER JOIN (
          SELECT
            "t30"."la_code",
            "t30"."month",
            "t30"."person_id",
            COUNT(*) AS "placements"
          FROM (
            SELECT
              "t29"."la_code",
              "t29"."month",
              "t29"."month_end",
              "t29"."rolling_start",
              "t29"."person_id",
              "t29"."cla_id",
              "t29"."episode_start",
              "t22"."la_code" AS "la_code_right",
              "t22"."clap_cla_placement_id",
              "t22"."clap_cla_id",
              "t22"."clap_cla_placement_start_date",
              "t22"."clap_cla_placement_end_date",
              "t22"."clap_cla_placement_type",
              "t22"."clap_long_term",
              "t22"."cla_id" AS "cla_id_right",
              "t22"."person_id" AS "person_id_right"
            FROM "cohort_looked_after" AS "t29"
            INNER JOIN (
              SELECT
                "t13"."la_code",
                "t13"."clap_cla_placement_id",
                "t13"."clap_cla_id",
                "t13"."clap_cla_placement_start_date",
                "t13"."clap_cla_placement_end_date",
                "t13"."clap_cla_placement_type",
                "t13"."clap_long_term",
                "t18"."cla_id",
                "t18"."person_id"
              FROM (
                SELECT
                  *
                FROM "ssd_cla_placement" AS "t2"
                WHERE
                  "t2"."la_code" IN (
                    SELECT
                      *
                    FROM "t7"
                  )
              ) AS "t13"
              INNER JOIN (
                SELECT DISTINCT
                  "t14"."la_code",
                  "t14"."clae_cla_id" AS "cla_id",
                  "t14"."clae_person_id" AS "person_id"
                FROM "t12" AS "t14"
              ) AS "t18"
                ON "t13"."la_code" = "t18"."la_code" AND "t13"."clap_cla_id" = "t18"."cla_id"
            ) AS "t22"
              ON "t29"."la_code" = "t22"."la_code"
              AND "t29"."person_id" = "t22"."person_id"
              AND "t22"."clap_cla_placement_start_date" <= "t29"."month_end"
              AND COALESCE("t22"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t29"."rolling_start"
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
    ON "t4"."la_code" = "t36"."la_code" AND "t5"."month" = "t36"."month"
) AS "t37"
ORDER BY
  "t37"."la_code" ASC,
  "t37"."month" ASC
