-- safeguarding compiled query {"code": "48cfeb47fbc4b822", "policy": "5a5babdd74a484f2", "query": "unallocated_cp_cla"}
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
    FROM "ssd_cp_plans" AS "t3"
    WHERE
      "t3"."la_code" IN (
        SELECT
          *
        FROM "t8"
      )
  ) AS "t15"
  INNER JOIN "_months" AS "t6"
    ON "t15"."cppl_cp_plan_start_date" <= "t6"."month_end"
    AND COALESCE("t15"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
), "t21" AS (
  SELECT
    "t18"."la_code",
    "t18"."clae_cla_episode_id",
    "t18"."clae_person_id",
    "t18"."clae_cla_id",
    "t18"."clae_cla_episode_start_date",
    "t18"."clae_cla_episode_ceased_date",
    "t18"."clae_entered_care_date",
    "t18"."clae_cla_placement_id"
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
      FROM "ssd_cla_episodes" AS "t4"
      WHERE
        "t4"."la_code" IN (
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
  ) AS "t18"
  WHERE
    "t18"."clae_cla_episode_start_date" <= "t18"."_last_end"
    AND COALESCE("t18"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t18"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t22"."la_code",
    "t22"."month",
    "t22"."month_end",
    "t22"."cppl_person_id",
    MIN("t22"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t22"
  GROUP BY
    1,
    2,
    3,
    4
), "cohort_looked_after" AS (
  SELECT
    "t24"."la_code",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t24"."clae_person_id" AS "person_id",
    "t24"."clae_cla_id" AS "cla_id",
    "t24"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t21" AS "t24"
  INNER JOIN "_months" AS "t6"
    ON "t24"."clae_cla_episode_start_date" <= "t6"."month_end"
    AND COALESCE("t24"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t24"."la_code",
      "t24"."clae_cla_episode_id" AS "_superseded",
      "t25"."clae_cla_episode_start_date" AS "_start",
      "t25"."clae_cla_episode_ceased_date" AS "_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t21" AS "t24"
    INNER JOIN "t21" AS "t25"
      ON "t24"."la_code" = "t25"."la_code"
      AND "t24"."clae_person_id" = "t25"."clae_person_id"
      AND "t25"."clae_cla_episode_start_date" >= "t24"."clae_cla_episode_start_date"
      AND (
        (
          "t25"."clae_cla_episode_start_date" > "t24"."clae_cla_episode_start_date"
        )
        OR (
          "t25"."clae_cla_episode_id" > "t24"."clae_cla_episode_id"
        )
      )
      AND "t25"."clae_cla_episode_start_date" < COALESCE("t24"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t7"
      ON "t25"."clae_cla_episode_start_date" <= "t7"."month_end"
      AND COALESCE("t25"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t30"
    ON "t24"."la_code" = "t30"."la_code"
    AND "t6"."month" = "t30"."month"
    AND "t24"."clae_cla_episode_id" = "t30"."_superseded"
)
SELECT
  "t41"."la_code",
  "t41"."month",
  "t41"."numerator",
  "t41"."denominator",
  "t41"."excluded",
  CASE
    WHEN "t41"."denominator" > 0
    THEN (
      CAST("t41"."numerator" AS DOUBLE) / "t41"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t40"."numerator", 0) AS "numerator",
    COALESCE("t40"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t38"."la_code",
      "t38"."month",
      SUM(CAST("t38"."_kept" AND COALESCE("t38"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t38"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t37"."la_code",
        "t37"."month",
        "t37"."person_id",
        "t37"."hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t36"."la_code",
          "t36"."month",
          "t36"."person_id",
          COUNT("t36"."_start") = 0 AS "hit"
        FROM (
          SELECT
            "t35"."la_code",
            "t35"."month",
            "t35"."month_end",
            "t35"."person_id",
            "t19"."la_code" AS "la_code_right",
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
            "t19"."_end"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t27"."la_code",
                "t27"."month",
                "t27"."month_end",
                "t27"."cppl_person_id" AS "person_id"
              FROM "cohort_on_plan" AS "t27"
            ) AS "t29"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t32"."la_code",
                "t32"."month",
                "t32"."month_end",
                "t32"."person_id"
              FROM "cohort_looked_after" AS "t32"
            ) AS "t33"
          ) AS "t35"
          LEFT OUTER JOIN (
            SELECT
              "t12"."la_code",
              "t12"."invo_involvements_id",
              "t12"."invo_person_id",
              "t12"."invo_professional_id",
              "t12"."invo_professional_role_id",
              "t12"."invo_professional_team",
              "t12"."invo_involvement_start_date",
              "t12"."invo_involvement_end_date",
              "t12"."invo_worker_change_reason",
              "t12"."invo_referral_id",
              CAST("t12"."invo_involvement_start_date" AS DATE) AS "_start",
              CAST("t12"."invo_involvement_end_date" AS DATE) AS "_end"
            FROM (
              SELECT
                *
              FROM "ssd_involvements" AS "t2"
              WHERE
                "t2"."la_code" IN (
                  SELECT
                    *
                  FROM "t8"
                )
            ) AS "t12"
            WHERE
              "t12"."invo_professional_id" IS NOT NULL
          ) AS "t19"
            ON "t35"."la_code" = "t19"."la_code"
            AND "t35"."person_id" = "t19"."invo_person_id"
            AND "t19"."_start" <= "t35"."month_end"
            AND COALESCE("t19"."_end", MAKE_DATE(9999, 12, 31)) > "t35"."month_end"
        ) AS "t36"
        GROUP BY
          1,
          2,
          3
      ) AS "t37"
    ) AS "t38"
    GROUP BY
      1,
      2
  ) AS "t40"
    ON "t5"."la_code" = "t40"."la_code" AND "t6"."month" = "t40"."month"
) AS "t41"
ORDER BY
  "t41"."la_code" ASC,
  "t41"."month" ASC
