-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cla_starts"}
SELECT
  "t14"."la_code",
  "t14"."month",
  "t14"."numerator",
  "t14"."denominator",
  "t14"."excluded",
  "t14"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t13"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t11"."la_code",
      "t11"."month",
      SUM(CAST("t11"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t10"."la_code",
        "t10"."first_episode_start",
        "t10"."clae_person_id",
        "t10"."cla_id",
        "t10"."period_start",
        "t10"."month",
        "t10"."month_end",
        "t10"."rolling_start",
        "t10"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t9"."la_code",
          "t9"."first_episode_start",
          "t9"."clae_person_id",
          "t9"."cla_id",
          "t9"."period_start",
          "t4"."month",
          "t4"."month_end",
          "t4"."rolling_start",
          "t4"."pop_year"
        FROM (
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
        ) AS "t9"
        INNER JOIN "_months" AS "t4"
          ON "t9"."first_episode_start" >= "t4"."month"
          AND "t9"."first_episode_start" <= "t4"."month_end"
      ) AS "t10"
    ) AS "t11"
    GROUP BY
      1,
      2
  ) AS "t13"
    ON "t3"."la_code" = "t13"."la_code" AND "t4"."month" = "t13"."month"
) AS "t14"
ORDER BY
  "t14"."la_code" ASC,
  "t14"."month" ASC
