-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "cla_count"}
WITH "t7" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "_councils" AS "t0"
    )
), "cohort_looked_after" AS (
  SELECT
    "t9"."la_code",
    "t4"."month",
    "t4"."month_end",
    "t4"."rolling_start",
    "t9"."clae_person_id" AS "person_id",
    "t9"."clae_cla_id" AS "cla_id",
    "t9"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t7" AS "t9"
  INNER JOIN "_months" AS "t4"
    ON "t9"."clae_cla_episode_start_date" <= "t4"."month_end"
    AND COALESCE("t9"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t4"."month_end"
  ANTI JOIN (
    SELECT
      "t9"."la_code",
      "t9"."clae_cla_episode_id" AS "_superseded",
      "t10"."clae_cla_episode_start_date" AS "_start",
      "t10"."clae_cla_episode_ceased_date" AS "_end",
      "t5"."month",
      "t5"."month_end",
      "t5"."rolling_start",
      "t5"."pop_year"
    FROM "t7" AS "t9"
    INNER JOIN "t7" AS "t10"
      ON "t9"."la_code" = "t10"."la_code"
      AND "t9"."clae_person_id" = "t10"."clae_person_id"
      AND (
        (
          "t10"."clae_cla_episode_start_date" > "t9"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t10"."clae_cla_episode_start_date" = "t9"."clae_cla_episode_start_date"
          )
          AND (
            "t10"."clae_cla_episode_id" > "t9"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t9"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t10"."clae_cla_episode_start_date" < "t9"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t5"
      ON "t10"."clae_cla_episode_start_date" <= "t5"."month_end"
      AND COALESCE("t10"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ) AS "t12"
    ON "t9"."la_code" = "t12"."la_code"
    AND "t4"."month" = "t12"."month"
    AND "t9"."clae_cla_episode_id" = "t12"."_superseded"
)
SELECT
  "t18"."la_code",
  "t18"."month",
  "t18"."numerator",
  "t18"."denominator",
  "t18"."excluded",
  "t18"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t17"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t15"."la_code",
      "t15"."month",
      SUM(CAST("t15"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t14"."la_code",
        "t14"."month",
        "t14"."month_end",
        "t14"."rolling_start",
        "t14"."person_id",
        "t14"."cla_id",
        "t14"."episode_start",
        TRUE AS "_kept"
      FROM "cohort_looked_after" AS "t14"
    ) AS "t15"
    GROUP BY
      1,
      2
  ) AS "t17"
    ON "t3"."la_code" = "t17"."la_code" AND "t4"."month" = "t17"."month"
) AS "t18"
ORDER BY
  "t18"."la_code" ASC,
  "t18"."month" ASC
