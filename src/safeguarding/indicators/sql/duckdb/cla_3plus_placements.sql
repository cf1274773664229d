-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cla_3plus_placements"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t8" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "t6"
    )
)
SELECT
  "t28"."la_code",
  "t28"."month",
  "t28"."numerator",
  "t28"."denominator",
  "t28"."excluded",
  CASE
    WHEN "t28"."denominator" > 0
    THEN (
      CAST("t28"."numerator" AS DOUBLE) / "t28"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t27"."numerator", 0) AS "numerator",
    COALESCE("t27"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t25"."la_code",
      "t25"."month",
      SUM(CAST("t25"."_kept" AND COALESCE("t25"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t25"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t24"."la_code",
        "t24"."month",
        "t24"."month_end",
        "t24"."rolling_start",
        "t24"."person_id",
        "t24"."cla_id",
        "t24"."episode_start",
        "t24"."placements",
        COALESCE("t24"."placements", 0) >= 3 AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t20"."la_code",
          "t20"."month",
          "t20"."month_end",
          "t20"."rolling_start",
          "t20"."person_id",
          "t20"."cla_id",
          "t20"."episode_start",
          "t23"."placements"
        FROM (
          SELECT
            "t18"."la_code",
            "t18"."month",
            "t18"."month_end",
            "t18"."rolling_start",
            "t18"."clae_person_id" AS "person_id",
            "t18"."clae_cla_id" AS "cla_id",
            "t18"."clae_cla_episode_start_date" AS "episode_start"
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
              "t15"."month",
              "t15"."month_end",
              "t15"."rolling_start",
              "t15"."pop_year",
              ROW_NUMBER() OVER (
                PARTITION BY "t15"."la_code", "t15"."month", "t15"."clae_person_id"
                ORDER BY "t15"."clae_cla_episode_start_date" DESC, "t15"."clae_cla_episode_id" DESC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "rank"
            FROM (
              SELECT
                "t12"."la_code",
                "t12"."clae_cla_episode_id",
                "t12"."clae_person_id",
                "t12"."clae_cla_id",
                "t12"."clae_cla_episode_start_date",
                "t12"."clae_cla_episode_ceased_date",
                "t12"."clae_entered_care_date",
                "t12"."clae_cla_placement_id",
                "t5"."month",
                "t5"."month_end",
                "t5"."rolling_start",
                "t5"."pop_year"
              FROM "t8" AS "t12"
              INNER JOIN "_months" AS "t5"
                ON "t12"."clae_cla_episode_start_date" <= "t5"."month_end"
                AND (
                  (
                    "t12"."clae_cla_episode_ceased_date" IS NULL
                  )
                  OR (
                    "t12"."clae_cla_episode_ceased_date" > "t5"."month_end"
                  )
                )
            ) AS "t15"
          ) AS "t18"
          WHERE
            "t18"."rank" = 0
        ) AS "t20"
        LEFT OUTER JOIN (
          SELECT
            "t21"."la_code",
            "t21"."month",
            "t21"."person_id",
            COUNT(DISTINCT "t21"."clap_cla_placement_id") AS "placements"
          FROM (
            SELECT
              "t20"."la_code",
              "t20"."month",
              "t20"."month_end",
              "t20"."rolling_start",
              "t20"."person_id",
              "t20"."cla_id",
              "t20"."episode_start",
              "t17"."la_code" AS "la_code_right",
              "t17"."clap_cla_placement_id",
              "t17"."clap_cla_id",
              "t17"."clap_cla_placement_start_date",
              "t17"."clap_cla_placement_end_date",
              "t17"."clap_cla_placement_type",
              "t17"."clap_long_term",
              "t17"."cla_id" AS "cla_id_right",
              "t17"."person_id" AS "person_id_right"
            FROM (
              SELECT
                "t18"."la_code",
                "t18"."month",
                "t18"."month_end",
                "t18"."rolling_start",
                "t18"."clae_person_id" AS "person_id",
                "t18"."clae_cla_id" AS "cla_id",
                "t18"."clae_cla_episode_start_date" AS "episode_start"
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
                  "t15"."month",
                  "t15"."month_end",
                  "t15"."rolling_start",
                  "t15"."pop_year",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t15"."la_code", "t15"."month", "t15"."clae_person_id"
                    ORDER BY "t15"."clae_cla_episode_start_date" DESC, "t15"."clae_cla_episode_id" DESC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "rank"
                FROM (
                  SELECT
                    "t12"."la_code",
                    "t12"."clae_cla_episode_id",
                    "t12"."clae_person_id",
                    "t12"."clae_cla_id",
                    "t12"."clae_cla_episode_start_date",
                    "t12"."clae_cla_episode_ceased_date",
                    "t12"."clae_entered_care_date",
                    "t12"."clae_cla_placement_id",
                    "t5"."month",
                    "t5"."month_end",
                    "t5"."rolling_start",
                    "t5"."pop_year"
                  FROM "t8" AS "t12"
                  INNER JOIN "_months" AS "t5"
                    ON "t12"."clae_cla_episode_start_date" <= "t5"."month_end"
                    AND (
                      (
                        "t12"."clae_cla_episode_ceased_date" IS NULL
                      )
                      OR (
                        "t12"."clae_cla_episode_ceased_date" > "t5"."month_end"
                      )
                    )
                ) AS "t15"
              ) AS "t18"
              WHERE
                "t18"."rank" = 0
            ) AS "t20"
            INNER JOIN (
              SELECT
                "t11"."la_code",
                "t11"."clap_cla_placement_id",
                "t11"."clap_cla_id",
                "t11"."clap_cla_placement_start_date",
                "t11"."clap_cla_placement_end_date",
                "t11"."clap_cla_placement_type",
                "t11"."clap_long_term",
                "t14"."cla_id",
                "t14"."person_id"
              FROM (
                SELECT
                  *
                FROM "ssd_cla_placement" AS "t3"
                WHERE
                  "t3"."la_code" IN (
                    SELECT
                      *
                    FROM "t6"
                  )
              ) AS "t11"
              INNER JOIN (
                SELECT DISTINCT
                  "t10"."la_code",
                  "t10"."clae_cla_id" AS "cla_id",
                  "t10"."clae_person_id" AS "person_id"
                FROM "t8" AS "t10"
              ) AS "t14"
                ON "t11"."la_code" = "t14"."la_code" AND "t11"."clap_cla_id" = "t14"."cla_id"
            ) AS "t17"
              ON "t20"."la_code" = "t17"."la_code"
              AND "t20"."person_id" = "t17"."person_id"
              AND "t17"."clap_cla_placement_start_date" <= "t20"."month_end"
              AND (
                (
                  "t17"."clap_cla_placement_end_date" IS NULL
                )
                OR (
                  "t17"."clap_cla_placement_end_date" >= "t20"."rolling_start"
                )
              )
          ) AS "t21"
          GROUP BY
            1,
            2,
            3
        ) AS "t23"
          ON "t20"."la_code" = "t23"."la_code"
          AND "t20"."month" = "t23"."month"
          AND "t20"."person_id" = "t23"."person_id"
      ) AS "t24"
    ) AS "t25"
    GROUP BY
      1,
      2
  ) AS "t27"
    ON "t4"."la_code" = "t27"."la_code" AND "t5"."month" = "t27"."month"
) AS "t28"
ORDER BY
  "t28"."la_code" ASC,
  "t28"."month" ASC
