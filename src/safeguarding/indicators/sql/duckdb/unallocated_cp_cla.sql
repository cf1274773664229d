-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "unallocated_cp_cla"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "cohort_open_plans" AS (
  SELECT
    "t15"."la_code",
    "t15"."cppl_cp_plan_id",
    "t15"."cppl_person_id",
    "t15"."cppl_cp_plan_start_date",
    "t15"."cppl_cp_plan_end_date",
    "t15"."cppl_cp_plan_initial_category",
    "t15"."cppl_cp_plan_latest_category",
    "t15"."cppl_icpc_id",
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
        FROM "t8"
      )
  ) AS "t15"
  INNER JOIN "_months" AS "t6"
    ON "t15"."cppl_cp_plan_start_date" <= "t6"."month_end"
    AND COALESCE("t15"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
), "t22" AS (
  SELECT
    "t17"."la_code",
    "t17"."clae_cla_episode_id",
    "t17"."clae_person_id",
    "t17"."clae_cla_id",
    "t17"."clae_cla_episode_start_date",
    "t17"."clae_cla_episode_ceased_date",
    "t17"."clae_entered_care_date",
    "t17"."clae_cla_placement_id"
  FROM (
    SELECT
      "t16"."la_code",
      "t16"."clae_cla_episode_id",
      "t16"."clae_person_id",
      "t16"."clae_cla_id",
      "t16"."clae_cla_episode_start_date",
      "t16"."clae_cla_episode_ceased_date",
      "t16"."clae_entered_care_date",
      "t16"."clae_cla_placement_id",
      "t11"."_first_end",
      "t11"."_last_end"
    FROM (
      SELECT
        *
      FROM "ssd_cla_episodes" AS "t3"
      WHERE
        "t3"."la_code" IN (
          SELECT
            *
          FROM "t8"
        )
    ) AS "t16"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t11"
  ) AS "t17"
  WHERE
    "t17"."clae_cla_episode_start_date" <= "t17"."_last_end"
    AND COALESCE("t17"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t17"."_first_end"
), "t27" AS (
  SELECT
    "t21"."la_code",
    "t21"."invo_involvements_id",
    "t21"."invo_person_id",
    "t21"."invo_professional_id",
    "t21"."invo_professional_role_id",
    "t21"."invo_professional_team",
    "t21"."invo_involvement_start_date",
    "t21"."invo_involvement_end_date",
    "t21"."invo_worker_change_reason",
    "t21"."invo_referral_id",
    "t21"."_start",
    "t21"."_end"
  FROM (
    SELECT
      "t19"."la_code",
      "t19"."invo_involvements_id",
      "t19"."invo_person_id",
      "t19"."invo_professional_id",
      "t19"."invo_professional_role_id",
      "t19"."invo_professional_team",
      "t19"."invo_involvement_start_date",
      "t19"."invo_involvement_end_date",
      "t19"."invo_worker_change_reason",
      "t19"."invo_referral_id",
      "t19"."_start",
      "t19"."_end",
      "t11"."_first_end",
      "t11"."_last_end"
    FROM (
      SELECT
        "t14"."la_code",
        "t14"."invo_involvements_id",
        "t14"."invo_person_id",
        "t14"."invo_professional_id",
        "t14"."invo_professional_role_id",
        "t14"."invo_professional_team",
        "t14"."invo_involvement_start_date",
        "t14"."invo_involvement_end_date",
        "t14"."invo_worker_change_reason",
        "t14"."invo_referral_id",
        CAST("t14"."invo_involvement_start_date" AS DATE) AS "_start",
        CAST("t14"."invo_involvement_end_date" AS DATE) AS "_end"
      FROM (
        SELECT
          *
        FROM "ssd_involvements" AS "t4"
        WHERE
          "t4"."la_code" IN (
            SELECT
              *
            FROM "t8"
          )
      ) AS "t14"
      WHERE
        "t14"."invo_professional_id" IS NOT NULL
    ) AS "t19"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t11"
  ) AS "t21"
  WHERE
    "t21"."_start" <= "t21"."_last_end"
    AND COALESCE("t21"."_end", MAKE_DATE(9999, 12, 31)) > "t21"."_first_end"
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
    "t25"."la_code",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t25"."clae_person_id" AS "person_id",
    "t25"."clae_cla_id" AS "cla_id",
    "t25"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t22" AS "t25"
  INNER JOIN "_months" AS "t6"
    ON "t25"."clae_cla_episode_start_date" <= "t6"."month_end"
    AND COALESCE("t25"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t25"."la_code",
      "t25"."clae_cla_episode_id" AS "_superseded",
      "t26"."clae_cla_episode_start_date" AS "_start",
      "t26"."clae_cla_episode_ceased_date" AS "_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t22" AS "t25"
    INNER JOIN "t22" AS "t26"
      ON "t25"."la_code" = "t26"."la_code"
      AND "t25"."clae_person_id" = "t26"."clae_person_id"
      AND "t26"."clae_cla_episode_start_date" >= "t25"."clae_cla_episode_start_date"
      AND (
        (
          "t26"."clae_cla_episode_start_date" > "t25"."clae_cla_episode_start_date"
        )
        OR (
          "t26"."clae_cla_episode_id" > "t25"."clae_cla_episode_id"
        )
      )
      AND "t26"."clae_cla_episode_start_date" < COALESCE("t25"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t7"
      ON "t26"."clae_cla_episode_start_date" <= "t7"."month_end"
      AND COALESCE("t26"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t35"
    ON "t25"."la_code" = "t35"."la_code"
    AND "t6"."month" = "t35"."month"
    AND "t25"."clae_cla_episode_id" = "t35"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t30"."la_code",
    "t6"."month",
    "t30"."invo_person_id" AS "person_id",
    "t30"."invo_professional_id" AS "worker_id",
    "t30"."invo_professional_team" AS "team_id"
  FROM "t27" AS "t30"
  INNER JOIN "_months" AS "t6"
    ON "t30"."_start" <= "t6"."month_end"
    AND COALESCE("t30"."_end", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t30"."la_code",
      "t30"."invo_involvements_id" AS "_superseded",
      "t31"."_start",
      "t31"."_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t27" AS "t30"
    INNER JOIN "t27" AS "t31"
      ON "t30"."la_code" = "t31"."la_code"
      AND "t30"."invo_person_id" = "t31"."invo_person_id"
      AND "t31"."invo_involvement_start_date" >= "t30"."invo_involvement_start_date"
      AND (
        (
          "t31"."invo_involvement_start_date" > "t30"."invo_involvement_start_date"
        )
        OR (
          "t31"."invo_involvements_id" > "t30"."invo_involvements_id"
        )
      )
      AND "t31"."_start" < COALESCE("t30"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t7"
      ON "t31"."_start" <= "t7"."month_end"
      AND COALESCE("t31"."_end", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t37"
    ON "t30"."la_code" = "t37"."la_code"
    AND "t6"."month" = "t37"."month"
    AND "t30"."invo_involvements_id" = "t37"."_superseded"
)
SELECT
  "t51"."la_code",
  "t51"."month",
  "t51"."numerator",
  "t51"."denominator",
  "t51"."excluded",
  CASE
    WHEN "t51"."denominator" > 0
    THEN (
      CAST("t51"."numerator" AS DOUBLE) / "t51"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t50"."numerator", 0) AS "numerator",
    COALESCE("t50"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t48"."la_code",
      "t48"."month",
      SUM(CAST("t48"."_kept" AND COALESCE("t48"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t48"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t47"."la_code",
        "t47"."month",
        "t47"."person_id",
        "t47"."worker_id",
        "t47"."worker_id" IS NULL AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t44"."la_code",
          "t44"."month",
          "t44"."person_id",
          "t46"."worker_id"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t32"."la_code",
              "t32"."month",
              "t32"."cppl_person_id" AS "person_id"
            FROM "cohort_on_plan" AS "t32"
          ) AS "t34"
          UNION
          SELECT
            *
          FROM (
            SELECT
              "t39"."la_code",
              "t39"."month",
              "t39"."person_id"
            FROM "cohort_looked_after" AS "t39"
          ) AS "t41"
        ) AS "t44"
        LEFT OUTER JOIN (
          SELECT
            "t43"."la_code",
            "t43"."month",
            "t43"."person_id",
            "t43"."worker_id"
          FROM "cohort_allocated" AS "t43"
        ) AS "t46"
          ON "t44"."la_code" = "t46"."la_code"
          AND "t44"."month" = "t46"."month"
          AND "t44"."person_id" = "t46"."person_id"
      ) AS "t47"
    ) AS "t48"
    GROUP BY
      1,
      2
  ) AS "t50"
    ON "t5"."la_code" = "t50"."la_code" AND "t6"."month" = "t50"."month"
) AS "t51"
ORDER BY
  "t51"."la_code" ASC,
  "t51"."month" ASC
