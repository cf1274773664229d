-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "cla_per_10k"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t10" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
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
  FROM "t10" AS "t13"
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
    FROM "t10" AS "t13"
    INNER JOIN "t10" AS "t14"
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
  ) AS "t18"
    ON "t13"."la_code" = "t18"."la_code"
    AND "t5"."month" = "t18"."month"
    AND "t13"."clae_cla_episode_id" = "t18"."_superseded"
)
SELECT
  "t27"."la_code",
  "t27"."month",
  "t27"."numerator",
  "t27"."excluded",
  "t27"."denominator",
  (
    CAST("t27"."numerator" AS DOUBLE) / "t27"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t26"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t24"."population" AS "denominator"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t23"."la_code",
      "t23"."month",
      SUM(CAST("t23"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t21"."la_code",
        "t21"."month",
        "t21"."month_end",
        "t21"."rolling_start",
        "t21"."person_id",
        "t21"."cla_id",
        "t21"."episode_start",
        TRUE AS "_kept"
      FROM "cohort_looked_after" AS "t21"
    ) AS "t23"
    GROUP BY
      1,
      2
  ) AS "t26"
    ON "t4"."la_code" = "t26"."la_code" AND "t5"."month" = "t26"."month"
  INNER JOIN (
    SELECT
      "t20"."la_code",
      "t20"."month",
      "t20"."pop_year",
      "t20"."population",
      "t20"."year" AS "year_used"
    FROM (
      SELECT
        "t17"."la_code",
        "t17"."month",
        "t17"."month_end",
        "t17"."rolling_start",
        "t17"."pop_year",
        "t17"."year",
        "t17"."population",
        "t17"."source",
        "t17"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t17"."la_code", "t17"."month"
          ORDER BY "t17"."distance" ASC, "t17"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t15"."la_code",
          "t15"."month",
          "t15"."month_end",
          "t15"."rolling_start",
          "t15"."pop_year",
          "t15"."year",
          "t15"."population",
          "t15"."source",
          ABS("t15"."year" - "t15"."pop_year") AS "distance"
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
            FROM "populations" AS "t2"
            WHERE
              "t2"."la_code" IN (
                SELECT
                  *
                FROM "t7"
              )
          ) AS "t11"
            ON "t4"."la_code" = "t11"."la_code"
        ) AS "t15"
      ) AS "t17"
    ) AS "t20"
    WHERE
      "t20"."rank" = 0
  ) AS "t24"
    ON "t4"."la_code" = "t24"."la_code" AND "t5"."month" = "t24"."month"
) AS "t27"
ORDER BY
  "t27"."la_code" ASC,
  "t27"."month" ASC
