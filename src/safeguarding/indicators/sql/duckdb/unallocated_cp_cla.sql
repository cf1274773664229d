-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "unallocated_cp_cla"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t10" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "t8"
    )
), "t17" AS (
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
    FROM "ssd_involvements" AS "t3"
    WHERE
      "t3"."la_code" IN (
        SELECT
          *
        FROM "t8"
      )
  ) AS "t11"
  WHERE
    "t11"."invo_professional_id" IS NOT NULL
), "cohort_open_plans" AS (
  SELECT
    "t14"."la_code",
    "t14"."cppl_cp_plan_id",
    "t14"."cppl_person_id",
    "t14"."cppl_cp_plan_start_date",
    "t14"."cppl_cp_plan_end_date",
    "t14"."cppl_cp_plan_initial_category",
    "t14"."cppl_cp_plan_latest_category",
    "t14"."cppl_icpc_id",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t6"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_cp_plans" AS "t4"
    WHERE
      "t4"."la_code" IN (
        SELECT
          *
        FROM "t8"
      )
  ) AS "t14"
  INNER JOIN "_months" AS "t6"
    ON "t14"."cppl_cp_plan_start_date" <= "t6"."month_end"
    AND COALESCE("t14"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
), "cohort_on_plan" AS (
  SELECT
    "t23"."la_code",
    "t23"."month",
    "t23"."month_end",
    "t23"."cppl_person_id",
    MIN("t23"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t23"
  GROUP BY
    1,
    2,
    3,
    4
), "cohort_looked_after" AS (
  SELECT
    "t15"."la_code",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t15"."clae_person_id" AS "person_id",
    "t15"."clae_cla_id" AS "cla_id",
    "t15"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t10" AS "t15"
  INNER JOIN "_months" AS "t6"
    ON "t15"."clae_cla_episode_start_date" <= "t6"."month_end"
    AND COALESCE("t15"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t15"."la_code",
      "t15"."clae_cla_episode_id" AS "_superseded",
      "t16"."clae_cla_episode_start_date" AS "_start",
      "t16"."clae_cla_episode_ceased_date" AS "_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t10" AS "t15"
    INNER JOIN "t10" AS "t16"
      ON "t15"."la_code" = "t16"."la_code"
      AND "t15"."clae_person_id" = "t16"."clae_person_id"
      AND (
        (
          "t16"."clae_cla_episode_start_date" > "t15"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t16"."clae_cla_episode_start_date" = "t15"."clae_cla_episode_start_date"
          )
          AND (
            "t16"."clae_cla_episode_id" > "t15"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t15"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t16"."clae_cla_episode_start_date" < "t15"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t7"
      ON "t16"."clae_cla_episode_start_date" <= "t7"."month_end"
      AND COALESCE("t16"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t24"
    ON "t15"."la_code" = "t24"."la_code"
    AND "t6"."month" = "t24"."month"
    AND "t15"."clae_cla_episode_id" = "t24"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t19"."la_code",
    "t6"."month",
    "t19"."invo_person_id" AS "person_id",
    "t19"."invo_professional_id" AS "worker_id",
    "t19"."invo_professional_team" AS "team_id"
  FROM "t17" AS "t19"
  INNER JOIN "_months" AS "t6"
    ON "t19"."_start" <= "t6"."month_end"
    AND COALESCE("t19"."_end", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t19"."la_code",
      "t19"."invo_involvements_id" AS "_superseded",
      "t20"."_start",
      "t20"."_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t17" AS "t19"
    INNER JOIN "t17" AS "t20"
      ON "t19"."la_code" = "t20"."la_code"
      AND "t19"."invo_person_id" = "t20"."invo_person_id"
      AND (
        (
          "t20"."invo_involvement_start_date" > "t19"."invo_involvement_start_date"
        )
        OR (
          (
            "t20"."invo_involvement_start_date" = "t19"."invo_involvement_start_date"
          )
          AND (
            "t20"."invo_involvements_id" > "t19"."invo_involvements_id"
          )
        )
      )
      AND (
        (
          "t19"."_end" IS NULL
        ) OR (
          "t20"."_start" < "t19"."_end"
        )
      )
    INNER JOIN "_months" AS "t7"
      ON "t20"."_start" <= "t7"."month_end"
      AND COALESCE("t20"."_end", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t27"
    ON "t19"."la_code" = "t27"."la_code"
    AND "t6"."month" = "t27"."month"
    AND "t19"."invo_involvements_id" = "t27"."_superseded"
)
SELECT
  "t43"."la_code",
  "t43"."month",
  "t43"."numerator",
  "t43"."denominator",
  "t43"."excluded",
  CASE
    WHEN "t43"."denominator" > 0
    THEN (
      CAST("t43"."numerator" AS DOUBLE) / "t43"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t42"."numerator", 0) AS "numerator",
    COALESCE("t42"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t40"."la_code",
      "t40"."month",
      SUM(CAST("t40"."_kept" AND COALESCE("t40"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t40"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t39"."la_code",
        "t39"."month",
        "t39"."person_id",
        "t39"."worker_id",
        "t39"."worker_id" IS NULL AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t36"."la_code",
          "t36"."month",
          "t36"."person_id",
          "t38"."worker_id"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t29"."la_code",
              "t29"."month",
              "t29"."cppl_person_id" AS "person_id"
            FROM "cohort_on_plan" AS "t29"
          ) AS "t31"
          UNION
          SELECT
            *
          FROM (
            SELECT
              "t30"."la_code",
              "t30"."month",
              "t30"."person_id"
            FROM "cohort_looked_after" AS "t30"
          ) AS "t33"
        ) AS "t36"
        LEFT OUTER JOIN (
          SELECT
            "t35"."la_code",
            "t35"."month",
            "t35"."person_id",
            "t35"."worker_id"
          FROM "cohort_allocated" AS "t35"
        ) AS "t38"
          ON "t36"."la_code" = "t38"."la_code"
          AND "t36"."month" = "t38"."month"
          AND "t36"."person_id" = "t38"."person_id"
      ) AS "t39"
    ) AS "t40"
    GROUP BY
      1,
      2
  ) AS "t42"
    ON "t5"."la_code" = "t42"."la_code" AND "t6"."month" = "t42"."month"
) AS "t43"
ORDER BY
  "t43"."la_code" ASC,
  "t43"."month" ASC
