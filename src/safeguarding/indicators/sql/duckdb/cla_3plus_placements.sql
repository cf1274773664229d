-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "cla_3plus_placements"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t9" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "t7"
    )
), "cohort_looked_after" AS (
  SELECT
    "t13"."la_code",
    "t5"."month",
    "t5"."month_end",
    "t5"."rolling_start",
    "t13"."clae_person_id" AS "person_id",
    "t13"."clae_cla_id" AS "cla_id",
    "t13"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t9" AS "t13"
  INNER JOIN "_months" AS "t5"
    ON "t13"."clae_cla_episode_start_date" <= "t5"."month_end"
    AND COALESCE("t13"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ANTI JOIN (
    SELECT
      "t13"."la_code",
      "t13"."clae_cla_episode_id" AS "_superseded",
      "t14"."clae_cla_episode_start_date" AS "_start",
      "t14"."clae_cla_episode_ceased_date" AS "_end",
      "t6"."month",
      "t6"."month_end",
      "t6"."rolling_start",
      "t6"."pop_year"
    FROM "t9" AS "t13"
    INNER JOIN "t9" AS "t14"
      ON "t13"."la_code" = "t14"."la_code"
      AND "t13"."clae_person_id" = "t14"."clae_person_id"
      AND (
        (
          "t14"."clae_cla_episode_start_date" > "t13"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t14"."clae_cla_episode_start_date" = "t13"."clae_cla_episode_start_date"
          )
          AND (
            "t14"."clae_cla_episode_id" > "t13"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t13"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t14"."clae_cla_episode_start_date" < "t13"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t6"
      ON "t14"."clae_cla_episode_start_date" <= "t6"."month_end"
      AND COALESCE("t14"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ) AS "t19"
    ON "t13"."la_code" = "t19"."la_code"
    AND "t5"."month" = "t19"."month"
    AND "t13"."clae_cla_episode_id" = "t19"."_superseded"
)
SELECT
  "t31"."la_code",
  "t31"."month",
  "t31"."numerator",
  "t31"."denominator",
  "t31"."excluded",
  CASE
    WHEN "t31"."denominator" > 0
    THEN (
      CAST("t31"."numerator" AS DOUBLE) / "t31"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t30"."numerator", 0) AS "numerator",
    COALESCE("t30"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t28"."la_code",
      "t28"."month",
      SUM(CAST("t28"."_kept" AND COALESCE("t28"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t28"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t27"."la_code",
        "t27"."month",
        "t27"."month_end",
        "t27"."rolling_start",
        "t27"."person_id",
        "t27"."cla_id",
        "t27"."episode_start",
        "t27"."placements",
        COALESCE("t27"."placements", 0) >= 3 AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t23"."la_code",
          "t23"."month",
          "t23"."month_end",
          "t23"."rolling_start",
          "t23"."person_id",
          "t23"."cla_id",
          "t23"."episode_start",
          "t26"."placements"
        FROM "cohort_looked_after" AS "t23"
        LEFT OUTER JOIN (
          SELECT
            "t24"."la_code",
            "t24"."month",
            "t24"."person_id",
            COUNT(*) AS "placements"
          FROM (
            SELECT
              "t23"."la_code",
              "t23"."month",
              "t23"."month_end",
              "t23"."rolling_start",
              "t23"."person_id",
              "t23"."cla_id",
              "t23"."episode_start",
              "t20"."la_code" AS "la_code_right",
              "t20"."clap_cla_placement_id",
              "t20"."clap_cla_id",
              "t20"."clap_cla_placement_start_date",
              "t20"."clap_cla_placement_end_date",
              "t20"."clap_cla_placement_type",
              "t20"."clap_long_term",
              "t20"."cla_id" AS "cla_id_right",
              "t20"."person_id" AS "person_id_right"
            FROM "cohort_looked_after" AS "t23"
            INNER JOIN (
              SELECT
                "t12"."la_code",
                "t12"."clap_cla_placement_id",
                "t12"."clap_cla_id",
                "t12"."clap_cla_placement_start_date",
                "t12"."clap_cla_placement_end_date",
                "t12"."clap_cla_placement_type",
                "t12"."clap_long_term",
                "t16"."cla_id",
                "t16"."person_id"
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
              ) AS "t12"
              INNER JOIN (
                SELECT DISTINCT
                  "t11"."la_code",
                  "t11"."clae_cla_id" AS "cla_id",
                  "t11"."clae_person_id" AS "person_id"
                FROM "t9" AS "t11"
              ) AS "t16"
                ON "t12"."la_code" = "t16"."la_code" AND "t12"."clap_cla_id" = "t16"."cla_id"
            ) AS "t20"
              ON "t23"."la_code" = "t20"."la_code"
              AND "t23"."person_id" = "t20"."person_id"
              AND "t20"."clap_cla_placement_start_date" <= "t23"."month_end"
              AND (
                (
                  "t20"."clap_cla_placement_end_date" IS NULL
                )
                OR (
                  "t20"."clap_cla_placement_end_date" >= "t23"."rolling_start"
                )
              )
          ) AS "t24"
          GROUP BY
            1,
            2,
            3
        ) AS "t26"
          ON "t23"."la_code" = "t26"."la_code"
          AND "t23"."month" = "t26"."month"
          AND "t23"."person_id" = "t26"."person_id"
      ) AS "t27"
    ) AS "t28"
    GROUP BY
      1,
      2
  ) AS "t30"
    ON "t4"."la_code" = "t30"."la_code" AND "t5"."month" = "t30"."month"
) AS "t31"
ORDER BY
  "t31"."la_code" ASC,
  "t31"."month" ASC
