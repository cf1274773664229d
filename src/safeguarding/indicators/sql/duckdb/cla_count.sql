-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cla_count"}
SELECT
  "t13"."la_code",
  "t13"."month",
  "t13"."numerator",
  "t13"."denominator",
  "t13"."excluded",
  "t13"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t12"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."la_code",
      "t10"."month",
      SUM(CAST("t10"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t9"."la_code",
        "t9"."month",
        "t9"."month_end",
        "t9"."rolling_start",
        "t9"."clae_person_id" AS "person_id",
        "t9"."clae_cla_id" AS "cla_id",
        "t9"."clae_cla_episode_start_date" AS "episode_start",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t8"."la_code",
          "t8"."clae_cla_episode_id",
          "t8"."clae_person_id",
          "t8"."clae_cla_id",
          "t8"."clae_cla_episode_start_date",
          "t8"."clae_cla_episode_ceased_date",
          "t8"."clae_entered_care_date",
          "t8"."clae_cla_placement_id",
          "t8"."month",
          "t8"."month_end",
          "t8"."rolling_start",
          "t8"."pop_year",
          ROW_NUMBER() OVER (
            PARTITION BY "t8"."la_code", "t8"."month", "t8"."clae_person_id"
            ORDER BY "t8"."clae_cla_episode_start_date" DESC, "t8"."clae_cla_episode_id" DESC
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) - 1 AS "rank"
        FROM (
          SELECT
            "t7"."la_code",
            "t7"."clae_cla_episode_id",
            "t7"."clae_person_id",
            "t7"."clae_cla_id",
            "t7"."clae_cla_episode_start_date",
            "t7"."clae_cla_episode_ceased_date",
            "t7"."clae_entered_care_date",
            "t7"."clae_cla_placement_id",
            "t4"."month",
            "t4"."month_end",
            "t4"."rolling_start",
            "t4"."pop_year"
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
          ) AS "t7"
          INNER JOIN "_months" AS "t4"
            ON "t7"."clae_cla_episode_start_date" <= "t4"."month_end"
            AND (
              (
                "t7"."clae_cla_episode_ceased_date" IS NULL
              )
              OR (
                "t7"."clae_cla_episode_ceased_date" > "t4"."month_end"
              )
            )
        ) AS "t8"
      ) AS "t9"
      WHERE
        "t9"."rank" = 0
    ) AS "t10"
    GROUP BY
      1,
      2
  ) AS "t12"
    ON "t3"."la_code" = "t12"."la_code" AND "t4"."month" = "t12"."month"
) AS "t13"
ORDER BY
  "t13"."la_code" ASC,
  "t13"."month" ASC
