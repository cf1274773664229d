-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cla_starts"}
WITH "cohort_period_starts" AS (
  SELECT
    "t7"."la_code",
    "t7"."first_episode_start",
    "t7"."clae_person_id",
    "t7"."clae_cla_id" AS "cla_id",
    COALESCE("t7"."entered", "t7"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t6"."la_code",
      "t6"."clae_cla_id",
      MIN("t6"."clae_entered_care_date") AS "entered",
      MIN("t6"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t6"."clae_person_id") AS "clae_person_id"
    FROM (
      SELECT
        *
      FROM "ssd_cla_episodes" AS "t2"
      WHERE
        "t2"."la_code" IN (
          SELECT
            *
          FROM "_councils" AS "t0"
        )
    ) AS "t6"
    GROUP BY
      1,
      2
  ) AS "t7"
)
SELECT
  "t15"."la_code",
  "t15"."month",
  "t15"."numerator",
  "t15"."denominator",
  "t15"."excluded",
  "t15"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t14"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t12"."la_code",
      "t12"."month",
      SUM(CAST("t12"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t11"."la_code",
        "t11"."first_episode_start",
        "t11"."clae_person_id",
        "t11"."cla_id",
        "t11"."period_start",
        "t11"."month",
        "t11"."month_end",
        "t11"."rolling_start",
        "t11"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t10"."la_code",
          "t10"."first_episode_start",
          "t10"."clae_person_id",
          "t10"."cla_id",
          "t10"."period_start",
          "t4"."month",
          "t4"."month_end",
          "t4"."rolling_start",
          "t4"."pop_year"
        FROM "cohort_period_starts" AS "t10"
        INNER JOIN "_months" AS "t4"
          ON "t10"."first_episode_start" >= "t4"."month"
          AND "t10"."first_episode_start" <= "t4"."month_end"
      ) AS "t11"
    ) AS "t12"
    GROUP BY
      1,
      2
  ) AS "t14"
    ON "t3"."la_code" = "t14"."la_code" AND "t4"."month" = "t14"."month"
) AS "t15"
ORDER BY
  "t15"."la_code" ASC,
  "t15"."month" ASC
