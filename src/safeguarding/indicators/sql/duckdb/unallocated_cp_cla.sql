-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "unallocated_cp_cla"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t33"."la_code",
  "t33"."month",
  "t33"."numerator",
  "t33"."denominator",
  "t33"."excluded",
  CASE
    WHEN "t33"."denominator" > 0
    THEN (
      CAST("t33"."numerator" AS DOUBLE) / "t33"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t32"."numerator", 0) AS "numerator",
    COALESCE("t32"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t30"."la_code",
      "t30"."month",
      SUM(CAST("t30"."_kept" AND COALESCE("t30"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t30"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t29"."la_code",
        "t29"."month",
        "t29"."person_id",
        "t29"."worker_id",
        "t29"."worker_id" IS NULL AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t25"."la_code",
          "t25"."month",
          "t25"."person_id",
          "t28"."worker_id"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t18"."la_code",
              "t18"."month",
              "t18"."cppl_person_id" AS "person_id"
            FROM (
              SELECT
                "t16"."la_code",
                "t16"."month",
                "t16"."month_end",
                "t16"."cppl_person_id",
                MIN("t16"."cppl_cp_plan_start_date") AS "start"
              FROM (
                SELECT
                  "t12"."la_code",
                  "t12"."cppl_cp_plan_id",
                  "t12"."cppl_person_id",
                  "t12"."cppl_cp_plan_start_date",
                  "t12"."cppl_cp_plan_end_date",
                  "t12"."cppl_cp_plan_initial_category",
                  "t12"."cppl_cp_plan_latest_category",
                  "t12"."cppl_icpc_id",
                  "t6"."month",
                  "t6"."month_end",
                  "t6"."rolling_start",
                  "t6"."pop_year"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cp_plans" AS "t2"
                  WHERE
                    "t2"."la_code" IN (
                      SELECT
                        *
                      FROM "t7"
                    )
                ) AS "t12"
                INNER JOIN "_months" AS "t6"
                  ON "t12"."cppl_cp_plan_start_date" <= "t6"."month_end"
                  AND (
                    (
                      "t12"."cppl_cp_plan_end_date" IS NULL
                    )
                    OR (
                      "t12"."cppl_cp_plan_end_date" > "t6"."month_end"
                    )
                  )
              ) AS "t16"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t18"
          ) AS "t20"
          UNION
          SELECT
            *
          FROM (
            SELECT
              "t21"."la_code",
              "t21"."month",
              "t21"."clae_person_id" AS "person_id"
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
                "t17"."month",
                "t17"."month_end",
                "t17"."rolling_start",
                "t17"."pop_year",
                ROW_NUMBER() OVER (
                  PARTITION BY "t17"."la_code", "t17"."month", "t17"."clae_person_id"
                  ORDER BY "t17"."clae_cla_episode_start_date" DESC, "t17"."clae_cla_episode_id" DESC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) - 1 AS "rank"
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
                  "t6"."month",
                  "t6"."month_end",
                  "t6"."rolling_start",
                  "t6"."pop_year"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cla_episodes" AS "t3"
                  WHERE
                    "t3"."la_code" IN (
                      SELECT
                        *
                      FROM "t7"
                    )
                ) AS "t13"
                INNER JOIN "_months" AS "t6"
                  ON "t13"."clae_cla_episode_start_date" <= "t6"."month_end"
                  AND (
                    (
                      "t13"."clae_cla_episode_ceased_date" IS NULL
                    )
                    OR (
                      "t13"."clae_cla_episode_ceased_date" > "t6"."month_end"
                    )
                  )
              ) AS "t17"
            ) AS "t21"
            WHERE
              "t21"."rank" = 0
          ) AS "t23"
        ) AS "t25"
        LEFT OUTER JOIN (
          SELECT
            "t26"."la_code",
            "t26"."month",
            "t26"."invo_person_id" AS "person_id",
            "t26"."invo_professional_id" AS "worker_id"
          FROM (
            SELECT
              "t22"."la_code",
              "t22"."invo_involvements_id",
              "t22"."invo_person_id",
              "t22"."invo_professional_id",
              "t22"."invo_professional_role_id",
              "t22"."invo_professional_team",
              "t22"."invo_involvement_start_date",
              "t22"."invo_involvement_end_date",
              "t22"."invo_worker_change_reason",
              "t22"."invo_referral_id",
              "t22"."_start",
              "t22"."_end",
              "t22"."month",
              "t22"."month_end",
              "t22"."rolling_start",
              "t22"."pop_year",
              ROW_NUMBER() OVER (
                PARTITION BY "t22"."la_code", "t22"."month", "t22"."invo_person_id"
                ORDER BY "t22"."invo_involvement_start_date" DESC, "t22"."invo_involvements_id" DESC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "_rank"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t15"."la_code",
                  "t15"."invo_involvements_id",
                  "t15"."invo_person_id",
                  "t15"."invo_professional_id",
                  "t15"."invo_professional_role_id",
                  "t15"."invo_professional_team",
                  "t15"."invo_involvement_start_date",
                  "t15"."invo_involvement_end_date",
                  "t15"."invo_worker_change_reason",
                  "t15"."invo_referral_id",
                  "t15"."_start",
                  "t15"."_end",
                  "t6"."month",
                  "t6"."month_end",
                  "t6"."rolling_start",
                  "t6"."pop_year"
                FROM (
                  SELECT
                    "t11"."la_code",
                    "t11"."invo_involvements_id",
                    "t11"."invo_person_id",
                    "t11"."invo_professional_id",
                    "t11"."invo_professional_role_id",
                    "t11"."invo_professional_team",
                    "t11"."invo_involvement_start_date",
                    "t11"."invo_involvement_end_date",
                    "t11"."invo_worker_change_reason",
                    "t11"."invo_referral_id",
                    CAST("t11"."invo_involvement_start_date" AS DATE) AS "_start",
                    CAST("t11"."invo_involvement_end_date" AS DATE) AS "_end"
                  FROM (
                    SELECT
                      *
                    FROM "ssd_involvements" AS "t4"
                    WHERE
                      "t4"."la_code" IN (
                        SELECT
                          *
                        FROM "t7"
                      )
                  ) AS "t11"
                ) AS "t15"
                INNER JOIN "_months" AS "t6"
                  ON "t15"."_start" <= "t6"."month_end"
                  AND (
                    (
                      "t15"."_end" IS NULL
                    ) OR (
                      "t15"."_end" > "t6"."month_end"
                    )
                  )
              ) AS "t19"
              WHERE
                "t19"."invo_professional_id" IS NOT NULL
            ) AS "t22"
          ) AS "t26"
          WHERE
            "t26"."_rank" = 0
        ) AS "t28"
          ON "t25"."la_code" = "t28"."la_code"
          AND "t25"."month" = "t28"."month"
          AND "t25"."person_id" = "t28"."person_id"
      ) AS "t29"
    ) AS "t30"
    GROUP BY
      1,
      2
  ) AS "t32"
    ON "t5"."la_code" = "t32"."la_code" AND "t6"."month" = "t32"."month"
) AS "t33"
ORDER BY
  "t33"."la_code" ASC,
  "t33"."month" ASC
