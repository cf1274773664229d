-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cla_per_10k"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t22"."la_code",
  "t22"."month",
  "t22"."numerator",
  "t22"."excluded",
  "t22"."denominator",
  (
    CAST("t22"."numerator" AS DOUBLE) / "t22"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t21"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t20"."population" AS "denominator"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t16"."la_code",
      "t16"."month",
      SUM(CAST("t16"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."month",
        "t15"."month_end",
        "t15"."rolling_start",
        "t15"."clae_person_id" AS "person_id",
        "t15"."clae_cla_id" AS "cla_id",
        "t15"."clae_cla_episode_start_date" AS "episode_start",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t13"."la_code",
          "t13"."clae_cla_episode_id",
          "t13"."clae_person_id",
          "t13"."clae_cla_id",
          "t13"."clae_cla_episode_start_date",
          "t13"."clae_cla_episode_ceased_date",
          "t13"."clae_entered_care_date",
          "t13"."clae_cla_placement_id",
          "t13"."month",
          "t13"."month_end",
          "t13"."rolling_start",
          "t13"."pop_year",
          ROW_NUMBER() OVER (
            PARTITION BY "t13"."la_code", "t13"."month", "t13"."clae_person_id"
            ORDER BY "t13"."clae_cla_episode_start_date" DESC, "t13"."clae_cla_episode_id" DESC
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) - 1 AS "rank"
        FROM (
          SELECT
            "t10"."la_code",
            "t10"."clae_cla_episode_id",
            "t10"."clae_person_id",
            "t10"."clae_cla_id",
            "t10"."clae_cla_episode_start_date",
            "t10"."clae_cla_episode_ceased_date",
            "t10"."clae_entered_care_date",
            "t10"."clae_cla_placement_id",
            "t5"."month",
            "t5"."month_end",
            "t5"."rolling_start",
            "t5"."pop_year"
          FROM (
            SELECT
              *
            FROM "ssd_cla_episodes" AS "t2"
            WHERE
              "t2"."la_code" IN (
                SELECT
                  *
                FROM "t6"
              )
          ) AS "t10"
          INNER JOIN "_months" AS "t5"
            ON "t10"."clae_cla_episode_start_date" <= "t5"."month_end"
            AND (
              (
                "t10"."clae_cla_episode_ceased_date" IS NULL
              )
              OR (
                "t10"."clae_cla_episode_ceased_date" > "t5"."month_end"
              )
            )
        ) AS "t13"
      ) AS "t15"
      WHERE
        "t15"."rank" = 0
    ) AS "t16"
    GROUP BY
      1,
      2
  ) AS "t21"
    ON "t4"."la_code" = "t21"."la_code" AND "t5"."month" = "t21"."month"
  INNER JOIN (
    SELECT
      "t17"."la_code",
      "t17"."month",
      "t17"."pop_year",
      "t17"."population",
      "t17"."year" AS "year_used"
    FROM (
      SELECT
        "t14"."la_code",
        "t14"."month",
        "t14"."month_end",
        "t14"."rolling_start",
        "t14"."pop_year",
        "t14"."year",
        "t14"."population",
        "t14"."source",
        "t14"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t14"."la_code", "t14"."month"
          ORDER BY "t14"."distance" ASC, "t14"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t12"."la_code",
          "t12"."month",
          "t12"."month_end",
          "t12"."rolling_start",
          "t12"."pop_year",
          "t12"."year",
          "t12"."population",
          "t12"."source",
          ABS("t12"."year" - "t12"."pop_year") AS "distance"
        FROM (
          SELECT
            "t4"."la_code",
            "t5"."month",
            "t5"."month_end",
            "t5"."rolling_start",
            "t5"."pop_year",
            "t11"."year",
            "t11"."population",
            "t11"."source"
          FROM "_councils" AS "t4"
          CROSS JOIN "_months" AS "t5"
          INNER JOIN (
            SELECT
              *
            FROM "populations" AS "t3"
            WHERE
              "t3"."la_code" IN (
                SELECT
                  *
                FROM "t6"
              )
          ) AS "t11"
            ON "t4"."la_code" = "t11"."la_code"
        ) AS "t12"
      ) AS "t14"
    ) AS "t17"
    WHERE
      "t17"."rank" = 0
  ) AS "t20"
    ON "t4"."la_code" = "t20"."la_code" AND "t5"."month" = "t20"."month"
) AS "t22"
ORDER BY
  "t22"."la_code" ASC,
  "t22"."month" ASC
