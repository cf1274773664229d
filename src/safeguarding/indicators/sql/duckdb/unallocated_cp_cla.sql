-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "unallocated_cp_cla"}
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
), "t22" AS (
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
  ) AS "t33"
    ON "t25"."la_code" = "t33"."la_code"
    AND "t6"."month" = "t33"."month"
    AND "t25"."clae_cla_episode_id" = "t33"."_superseded"
)
SELECT
  "t44"."la_code",
  "t44"."month",
  "t44"."numerator",
  "t44"."denominator",
  "t44"."excluded",
  CASE
    WHEN "t44"."denominator" > 0
    THEN (
      CAST("t44"."numerator" AS DOUBLE) / "t44"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t43"."numerator", 0) AS "numerator",
    COALESCE("t43"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t41"."la_code",
      "t41"."month",
      SUM(CAST("t41"."_kept" AND COALESCE("t41"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t41"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t40"."la_code",
        "t40"."month",
        "t40"."person_id",
        "t40"."hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t39"."la_code",
          "t39"."month",
          "t39"."person_id",
          COUNT("t39"."_start") = 0 AS "hit"
        FROM (
          SELECT
            "t38"."la_code",
            "t38"."month",
            "t38"."month_end",
            "t38"."person_id",
            "t28"."la_code" AS "la_code_right",
            "t28"."invo_involvements_id",
            "t28"."invo_person_id",
            "t28"."invo_professional_id",
            "t28"."invo_professional_role_id",
            "t28"."invo_professional_team",
            "t28"."invo_involvement_start_date",
            "t28"."invo_involvement_end_date",
            "t28"."invo_worker_change_reason",
            "t28"."invo_referral_id",
            "t28"."_start",
            "t28"."_end"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t30"."la_code",
                "t30"."month",
                "t30"."month_end",
                "t30"."cppl_person_id" AS "person_id"
              FROM "cohort_on_plan" AS "t30"
            ) AS "t32"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t35"."la_code",
                "t35"."month",
                "t35"."month_end",
                "t35"."person_id"
              FROM "cohort_looked_after" AS "t35"
            ) AS "t36"
          ) AS "t38"
          LEFT OUTER JOIN (
            SELECT
              "t20"."la_code",
              "t20"."invo_involvements_id",
              "t20"."invo_person_id",
              "t20"."invo_professional_id",
              "t20"."invo_professional_role_id",
              "t20"."invo_professional_team",
              "t20"."invo_involvement_start_date",
              "t20"."invo_involvement_end_date",
              "t20"."invo_worker_change_reason",
              "t20"."invo_referral_id",
              "t20"."_start",
              "t20"."_end"
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
              CROSS JOIN (
                SELECT
                  MIN("t1"."month_end") AS "_first_end",
                  MAX("t1"."month_end") AS "_last_end"
                FROM "_months" AS "t1"
              ) AS "t11"
            ) AS "t20"
            WHERE
              "t20"."_start" <= "t20"."_last_end"
              AND COALESCE("t20"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."_first_end"
          ) AS "t28"
            ON "t38"."la_code" = "t28"."la_code"
            AND "t38"."person_id" = "t28"."invo_person_id"
            AND "t28"."_start" <= "t38"."month_end"
            AND COALESCE("t28"."_end", MAKE_DATE(9999, 12, 31)) > "t38"."month_end"
        ) AS "t39"
        GROUP BY
          1,
          2,
          3
      ) AS "t40"
    ) AS "t41"
    GROUP BY
      1,
      2
  ) AS "t43"
    ON "t5"."la_code" = "t43"."la_code" AND "t6"."month" = "t43"."month"
) AS "t44"
ORDER BY
  "t44"."la_code" ASC,
  "t44"."month" ASC
