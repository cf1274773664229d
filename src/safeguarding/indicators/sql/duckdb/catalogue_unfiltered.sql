-- safeguarding compiled query {"code": "debe571f7d7622e9", "policy": "5a5babdd74a484f2", "query": "catalogue_unfiltered"}
WITH "t35" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_a",
    "t8"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t8"
), "t36" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_b",
    "t8"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t8"
), "cohort_open_plans" AS (
  SELECT
    "t25"."la_code",
    "t25"."cppl_cp_plan_id",
    "t25"."cppl_person_id",
    "t25"."cppl_cp_plan_start_date",
    "t25"."cppl_cp_plan_end_date",
    "t25"."cppl_cp_plan_initial_category",
    "t25"."cppl_cp_plan_latest_category",
    "t25"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "ssd_cp_plans" AS "t25"
  INNER JOIN "_months" AS "t19"
    ON "t25"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t25"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "cohort_contacts_in_month" AS (
  SELECT
    "t27"."la_code",
    "t27"."cont_contact_id",
    "t27"."cont_person_id",
    "t27"."cont_contact_date",
    "t27"."cont_contact_source_code",
    "t27"."cont_contact_outcome_json",
    "t27"."cont_screening_date",
    "t27"."cont_screened_by_qualified",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "ssd_contacts" AS "t27"
  INNER JOIN "_months" AS "t19"
    ON CAST("t27"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t27"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "cohort_period_starts" AS (
  SELECT
    "t54"."la_code",
    "t54"."first_episode_start",
    "t54"."clae_person_id",
    "t54"."clae_cla_id" AS "cla_id",
    COALESCE("t54"."entered", "t54"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t10"."la_code",
      "t10"."clae_cla_id",
      MIN("t10"."clae_entered_care_date") AS "entered",
      MIN("t10"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t10"."clae_person_id") AS "clae_person_id"
    FROM "ssd_cla_episodes" AS "t10"
    GROUP BY
      1,
      2
  ) AS "t54"
), "t123" AS (
  SELECT
    "t88"."la_code",
    "t88"."clae_cla_episode_id",
    "t88"."clae_person_id",
    "t88"."clae_cla_id",
    "t88"."clae_cla_episode_start_date",
    "t88"."clae_cla_episode_ceased_date",
    "t88"."clae_entered_care_date",
    "t88"."clae_cla_placement_id"
  FROM (
    SELECT
      "t29"."la_code",
      "t29"."clae_cla_episode_id",
      "t29"."clae_person_id",
      "t29"."clae_cla_id",
      "t29"."clae_cla_episode_start_date",
      "t29"."clae_cla_episode_ceased_date",
      "t29"."clae_entered_care_date",
      "t29"."clae_cla_placement_id",
      "t63"."_first_end",
      "t63"."_last_end"
    FROM "ssd_cla_episodes" AS "t29"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t88"
  WHERE
    "t88"."clae_cla_episode_start_date" <= "t88"."_last_end"
    AND COALESCE("t88"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t88"."_first_end"
), "t124" AS (
  SELECT
    "t89"."la_code",
    "t89"."cine_referral_id",
    "t89"."cine_person_id",
    "t89"."cine_referral_date",
    "t89"."cine_referral_source_code",
    "t89"."cine_referral_nfa",
    "t89"."cine_cin_primary_need_code",
    "t89"."cine_close_date",
    "t89"."cine_close_reason"
  FROM (
    SELECT
      "t22"."la_code",
      "t22"."cine_referral_id",
      "t22"."cine_person_id",
      "t22"."cine_referral_date",
      "t22"."cine_referral_source_code",
      "t22"."cine_referral_nfa",
      "t22"."cine_cin_primary_need_code",
      "t22"."cine_close_date",
      "t22"."cine_close_reason",
      "t63"."_first_end",
      "t63"."_last_end"
    FROM "ssd_cin_episodes" AS "t22"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t89"
  WHERE
    "t89"."cine_referral_date" <= "t89"."_last_end"
    AND COALESCE("t89"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t89"."_first_end"
), "t129" AS (
  SELECT
    "t93"."la_code",
    "t93"."invo_involvements_id",
    "t93"."invo_person_id",
    "t93"."invo_professional_id",
    "t93"."invo_professional_role_id",
    "t93"."invo_professional_team",
    "t93"."invo_involvement_start_date",
    "t93"."invo_involvement_end_date",
    "t93"."invo_worker_change_reason",
    "t93"."invo_referral_id",
    "t93"."_start",
    "t93"."_end"
  FROM (
    SELECT
      "t70"."la_code",
      "t70"."invo_involvements_id",
      "t70"."invo_person_id",
      "t70"."invo_professional_id",
      "t70"."invo_professional_role_id",
      "t70"."invo_professional_team",
      "t70"."invo_involvement_start_date",
      "t70"."invo_involvement_end_date",
      "t70"."invo_worker_change_reason",
      "t70"."invo_referral_id",
      "t70"."_start",
      "t70"."_end",
      "t63"."_first_end",
      "t63"."_last_end"
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
      FROM "ssd_involvements" AS "t11"
      WHERE
        "t11"."invo_professional_id" IS NOT NULL
    ) AS "t70"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t93"
  WHERE
    "t93"."_start" <= "t93"."_last_end"
    AND COALESCE("t93"."_end", MAKE_DATE(9999, 12, 31)) > "t93"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t105"."la_code",
    "t105"."month",
    "t105"."month_end",
    "t105"."cppl_person_id",
    MIN("t105"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t105"
  GROUP BY
    1,
    2,
    3,
    4
), "t155" AS (
  SELECT
    "t105"."la_code",
    "t105"."month",
    "t105"."month_end",
    "t105"."cppl_cp_plan_id" AS "plan_id",
    "t105"."cppl_cp_plan_start_date" AS "start",
    "t105"."cppl_person_id" AS "person_id",
    "t105"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t105"
  WHERE
    (
      "t105"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t105"."month_end"
), "t160" AS (
  SELECT
    "t110"."la_code",
    "t110"."clap_cla_placement_id",
    "t110"."clap_cla_id",
    "t110"."clap_cla_placement_start_date",
    "t110"."clap_cla_placement_end_date",
    "t110"."clap_cla_placement_type",
    "t110"."clap_long_term"
  FROM (
    SELECT
      "t94"."la_code",
      "t94"."clap_cla_placement_id",
      "t94"."clap_cla_id",
      "t94"."clap_cla_placement_start_date",
      "t94"."clap_cla_placement_end_date",
      "t94"."clap_cla_placement_type",
      "t94"."clap_long_term",
      "t63"."_first_end",
      "t63"."_last_end"
    FROM (
      SELECT
        *
      FROM "ssd_cla_placement" AS "t13"
      WHERE
        "t13"."la_code" IN (
          SELECT
            "t17"."la_code"
          FROM "_supplied" AS "t17"
          WHERE
            "t17"."table_name" = 'ssd_cla_placement'
            AND "t17"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t94"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t110"
  WHERE
    "t110"."clap_cla_placement_start_date" <= "t110"."_last_end"
    AND COALESCE("t110"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t110"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t145"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t145"."clae_person_id" AS "person_id",
    "t145"."clae_cla_id" AS "cla_id",
    "t145"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t123" AS "t145"
  INNER JOIN "_months" AS "t19"
    ON "t145"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t145"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t145"."la_code",
      "t145"."clae_cla_episode_id" AS "_superseded",
      "t146"."clae_cla_episode_start_date" AS "_start",
      "t146"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t123" AS "t145"
    INNER JOIN "t123" AS "t146"
      ON "t145"."la_code" = "t146"."la_code"
      AND "t145"."clae_person_id" = "t146"."clae_person_id"
      AND "t146"."clae_cla_episode_start_date" >= "t145"."clae_cla_episode_start_date"
      AND (
        (
          "t146"."clae_cla_episode_start_date" > "t145"."clae_cla_episode_start_date"
        )
        OR (
          "t146"."clae_cla_episode_id" > "t145"."clae_cla_episode_id"
        )
      )
      AND "t146"."clae_cla_episode_start_date" < COALESCE("t145"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t146"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t146"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t201"
    ON "t145"."la_code" = "t201"."la_code"
    AND "t19"."month" = "t201"."month"
    AND "t145"."clae_cla_episode_id" = "t201"."_superseded"
), "cohort_in_need" AS (
  SELECT
    "t147"."la_code",
    "t19"."month",
    "t147"."cine_person_id"
  FROM "t124" AS "t147"
  INNER JOIN "_months" AS "t19"
    ON "t147"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t147"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t147"."la_code",
      "t147"."cine_referral_id" AS "_superseded",
      "t148"."cine_referral_date" AS "_start",
      "t148"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t124" AS "t147"
    INNER JOIN "t124" AS "t148"
      ON "t147"."la_code" = "t148"."la_code"
      AND "t147"."cine_person_id" = "t148"."cine_person_id"
      AND "t148"."cine_referral_date" >= "t147"."cine_referral_date"
      AND (
        (
          "t148"."cine_referral_date" > "t147"."cine_referral_date"
        )
        OR (
          "t148"."cine_referral_id" > "t147"."cine_referral_id"
        )
      )
      AND "t148"."cine_referral_date" < COALESCE("t147"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t148"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t148"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t202"
    ON "t147"."la_code" = "t202"."la_code"
    AND "t19"."month" = "t202"."month"
    AND "t147"."cine_referral_id" = "t202"."_superseded"
), "t242" AS (
  SELECT
    "t205"."la_code",
    "t205"."plan_id",
    "t205"."date",
    "t205"."review_id",
    "t205"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t205"."la_code", "t205"."plan_id"
      ORDER BY "t205"."date" ASC, "t205"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t205"."date") OVER (
      PARTITION BY "t205"."la_code", "t205"."plan_id"
      ORDER BY "t205"."date" ASC, "t205"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t205"."date") OVER (
      PARTITION BY "t205"."la_code", "t205"."plan_id"
      ORDER BY "t205"."date" ASC, "t205"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t117"."la_code",
      "t117"."plan_id",
      "t117"."date",
      "t117"."review_id",
      "t117"."first_due"
    FROM (
      SELECT
        "t82"."la_code",
        "t82"."cppr_cp_plan_id" AS "plan_id",
        "t82"."cppr_cp_review_date" AS "date",
        "t82"."cppr_cp_review_id" AS "review_id",
        "t82"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t31"."la_code",
          "t31"."cppr_cp_review_id",
          "t31"."cppr_person_id",
          "t31"."cppr_cp_plan_id",
          "t31"."cppr_cp_review_due",
          "t31"."cppr_cp_review_date",
          "t26"."cppl_cp_plan_id",
          "t26"."cppl_person_id",
          "t26"."cppl_cp_plan_start_date",
          "t26"."cppl_cp_plan_end_date",
          "t26"."cppl_cp_plan_initial_category",
          "t26"."cppl_cp_plan_latest_category",
          "t26"."cppl_icpc_id"
        FROM "ssd_cp_reviews" AS "t31"
        INNER JOIN "ssd_cp_plans" AS "t26"
          ON "t31"."la_code" = "t26"."la_code"
          AND "t31"."cppr_cp_plan_id" = "t26"."cppl_cp_plan_id"
      ) AS "t82"
      WHERE
        "t82"."cppr_cp_review_date" >= "t82"."cppl_cp_plan_start_date"
    ) AS "t117"
    SEMI JOIN "t155" AS "t170"
      ON "t117"."la_code" = "t170"."la_code" AND "t117"."plan_id" = "t170"."plan_id"
  ) AS "t205"
), "cohort_allocated" AS (
  SELECT
    "t158"."la_code",
    "t19"."month",
    "t158"."invo_person_id" AS "person_id",
    "t158"."invo_professional_id" AS "worker_id",
    "t158"."invo_professional_team" AS "team_id"
  FROM "t129" AS "t158"
  INNER JOIN "_months" AS "t19"
    ON "t158"."_start" <= "t19"."month_end"
    AND COALESCE("t158"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t158"."la_code",
      "t158"."invo_involvements_id" AS "_superseded",
      "t159"."_start",
      "t159"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t129" AS "t158"
    INNER JOIN "t129" AS "t159"
      ON "t158"."la_code" = "t159"."la_code"
      AND "t158"."invo_person_id" = "t159"."invo_person_id"
      AND "t159"."invo_involvement_start_date" >= "t158"."invo_involvement_start_date"
      AND (
        (
          "t159"."invo_involvement_start_date" > "t158"."invo_involvement_start_date"
        )
        OR (
          "t159"."invo_involvements_id" > "t158"."invo_involvements_id"
        )
      )
      AND "t159"."_start" < COALESCE("t158"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t159"."_start" <= "t20"."month_end"
      AND COALESCE("t159"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t208"
    ON "t158"."la_code" = "t208"."la_code"
    AND "t19"."month" = "t208"."month"
    AND "t158"."invo_involvements_id" = "t208"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t251"."la_code",
    "t251"."month",
    "t251"."worker_id",
    MAX("t251"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t251"
  GROUP BY
    1,
    2,
    3
), "t315" AS (
  SELECT
    "t282"."la_code",
    "t282"."month",
    "t282"."month_end",
    "t282"."first_due",
    "t282"."person_id",
    "t282"."period_start",
    "t282"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t254"."la_code",
      "t254"."month",
      "t254"."month_end",
      "t254"."rolling_start",
      "t254"."person_id",
      "t254"."cla_id",
      "t254"."episode_start",
      "t207"."first_episode_start",
      "t207"."clae_person_id",
      "t207"."period_start",
      "t207"."first_due",
      "t67"."_wd_a",
      "t69"."_wd_b"
    FROM "cohort_looked_after" AS "t254"
    INNER JOIN (
      SELECT
        "t189".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t165"."la_code",
          "t165"."first_episode_start",
          "t165"."clae_person_id",
          "t165"."cla_id",
          "t165"."period_start",
          "t165"."wd21",
          "t165"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t116"."la_code",
            "t116"."first_episode_start",
            "t116"."clae_person_id",
            "t116"."cla_id",
            "t116"."period_start",
            "t52"."wd21"
          FROM "cohort_period_starts" AS "t116"
          LEFT OUTER JOIN (
            SELECT
              "t8"."wd_ordinal" AS "_wd_from",
              "t8"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t8"
          ) AS "t50"
            ON "t116"."period_start" = "t50"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t8"."wd_ordinal" AS "_wd_to",
              "t8"."date" AS "wd21"
            FROM "_calendar" AS "t8"
            WHERE
              "t8"."is_working_day"
          ) AS "t52"
            ON (
              "t50"."_wd_from" + 21
            ) = "t52"."_wd_to"
        ) AS "t165"
      ) AS "t189"
    ) AS "t207"
      ON "t254"."la_code" = "t207"."la_code" AND "t254"."cla_id" = "t207"."cla_id"
    LEFT OUTER JOIN "t35" AS "t67"
      ON "t207"."period_start" = "t67"."_wd_a__date"
    LEFT OUTER JOIN "t36" AS "t69"
      ON "t254"."month_end" = "t69"."_wd_b__date"
  ) AS "t282"
  WHERE
    (
      "t282"."_wd_b" - "t282"."_wd_a"
    ) > 20
), "t366" AS (
  SELECT
    "t347"."la_code",
    "t347"."first_due",
    "t347"."plan_id",
    "t347"."date",
    "t347"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t347"."la_code", "t347"."plan_id"
      ORDER BY "t347"."date" ASC, "t347"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t347"."date") OVER (
      PARTITION BY "t347"."la_code", "t347"."plan_id"
      ORDER BY "t347"."date" ASC, "t347"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t347"."date") OVER (
      PARTITION BY "t347"."la_code", "t347"."plan_id"
      ORDER BY "t347"."date" ASC, "t347"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t272"."la_code",
      "t272"."first_due",
      "t272"."plan_id",
      "t272"."date",
      "t272"."review_id"
    FROM (
      SELECT
        "t238"."la_code",
        "t238"."first_due",
        "t238"."clar_cla_id" AS "plan_id",
        "t238"."clar_cla_review_date" AS "date",
        "t238"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t83"."la_code",
          "t83"."clar_cla_review_id",
          "t83"."clar_cla_id",
          "t83"."clar_cla_review_due_date",
          "t83"."clar_cla_review_date",
          "t83"."clar_cla_review_cancelled",
          "t207"."first_episode_start",
          "t207"."clae_person_id",
          "t207"."cla_id",
          "t207"."period_start",
          "t207"."first_due"
        FROM (
          SELECT
            *
          FROM "ssd_cla_reviews" AS "t16"
          WHERE
            NOT (
              COALESCE("t16"."clar_cla_review_cancelled", FALSE)
            )
        ) AS "t83"
        INNER JOIN (
          SELECT
            "t189".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t165"."la_code",
              "t165"."first_episode_start",
              "t165"."clae_person_id",
              "t165"."cla_id",
              "t165"."period_start",
              "t165"."wd21",
              "t165"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t116"."la_code",
                "t116"."first_episode_start",
                "t116"."clae_person_id",
                "t116"."cla_id",
                "t116"."period_start",
                "t52"."wd21"
              FROM "cohort_period_starts" AS "t116"
              LEFT OUTER JOIN (
                SELECT
                  "t8"."wd_ordinal" AS "_wd_from",
                  "t8"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t8"
              ) AS "t50"
                ON "t116"."period_start" = "t50"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t8"."wd_ordinal" AS "_wd_to",
                  "t8"."date" AS "wd21"
                FROM "_calendar" AS "t8"
                WHERE
                  "t8"."is_working_day"
              ) AS "t52"
                ON (
                  "t50"."_wd_from" + 21
                ) = "t52"."_wd_to"
            ) AS "t165"
          ) AS "t189"
        ) AS "t207"
          ON "t83"."la_code" = "t207"."la_code" AND "t83"."clar_cla_id" = "t207"."cla_id"
      ) AS "t238"
      WHERE
        "t238"."clar_cla_review_date" >= "t238"."period_start"
    ) AS "t272"
    SEMI JOIN "t315" AS "t325"
      ON "t272"."la_code" = "t325"."la_code" AND "t272"."plan_id" = "t325"."plan_id"
  ) AS "t347"
)
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t361"."la_code",
            "t361"."month",
            'caseload_over_policy' AS "indicator",
            "t361"."numerator",
            "t361"."denominator",
            "t361"."excluded",
            CASE
              WHEN "t361"."denominator" > 0
              THEN (
                CAST("t361"."numerator" AS DOUBLE) / "t361"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t349"."numerator", 0) AS "numerator",
              COALESCE("t349"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t313"."la_code",
                "t313"."month",
                SUM(CAST("t313"."_kept" AND COALESCE("t313"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t313"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t286"."la_code",
                  "t286"."month",
                  "t286"."worker_id",
                  "t286"."team_id",
                  "t286"."amount",
                  "t286"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t286"
              ) AS "t313"
              GROUP BY
                1,
                2
            ) AS "t349"
              ON "t18"."la_code" = "t349"."la_code" AND "t19"."month" = "t349"."month"
          ) AS "t361"
          ORDER BY
            "t361"."la_code" ASC,
            "t361"."month" ASC
        ) AS "t381"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t379"."la_code",
            "t379"."month",
            'unallocated_cp_cla' AS "indicator",
            "t379"."numerator",
            "t379"."denominator",
            "t379"."excluded",
            CASE
              WHEN "t379"."denominator" > 0
              THEN (
                CAST("t379"."numerator" AS DOUBLE) / "t379"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t368"."numerator", 0) AS "numerator",
              COALESCE("t368"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t341"."la_code",
                "t341"."month",
                SUM(CAST("t341"."_kept" AND COALESCE("t341"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t341"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t331"."la_code",
                  "t331"."month",
                  "t331"."person_id",
                  "t331"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t309"."la_code",
                    "t309"."month",
                    "t309"."person_id",
                    COUNT("t309"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t280"."la_code",
                      "t280"."month",
                      "t280"."month_end",
                      "t280"."person_id",
                      "t157"."la_code" AS "la_code_right",
                      "t157"."invo_involvements_id",
                      "t157"."invo_person_id",
                      "t157"."invo_professional_id",
                      "t157"."invo_professional_role_id",
                      "t157"."invo_professional_team",
                      "t157"."invo_involvement_start_date",
                      "t157"."invo_involvement_end_date",
                      "t157"."invo_worker_change_reason",
                      "t157"."invo_referral_id",
                      "t157"."_start",
                      "t157"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t162"."la_code",
                          "t162"."month",
                          "t162"."month_end",
                          "t162"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t162"
                      ) AS "t180"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t245"."la_code",
                          "t245"."month",
                          "t245"."month_end",
                          "t245"."person_id"
                        FROM "cohort_looked_after" AS "t245"
                      ) AS "t266"
                    ) AS "t280"
                    LEFT OUTER JOIN "t129" AS "t157"
                      ON "t280"."la_code" = "t157"."la_code"
                      AND "t280"."person_id" = "t157"."invo_person_id"
                      AND "t157"."_start" <= "t280"."month_end"
                      AND COALESCE("t157"."_end", MAKE_DATE(9999, 12, 31)) > "t280"."month_end"
                  ) AS "t309"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t331"
              ) AS "t341"
              GROUP BY
                1,
                2
            ) AS "t368"
              ON "t18"."la_code" = "t368"."la_code" AND "t19"."month" = "t368"."month"
          ) AS "t379"
          ORDER BY
            "t379"."la_code" ASC,
            "t379"."month" ASC
        ) AS "t388"
      ) AS "t390"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t217"."la_code",
              "t217"."month",
              'contacts' AS "indicator",
              "t217"."numerator",
              "t217"."denominator",
              "t217"."excluded",
              CAST("t217"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t182"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t127"."la_code",
                  "t127"."month",
                  SUM(CAST("t127"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t106"."la_code",
                    "t106"."cont_contact_id",
                    "t106"."cont_person_id",
                    "t106"."cont_contact_date",
                    "t106"."cont_contact_source_code",
                    "t106"."cont_contact_outcome_json",
                    "t106"."cont_screening_date",
                    "t106"."cont_screened_by_qualified",
                    "t106"."month",
                    "t106"."month_end",
                    "t106"."rolling_start",
                    "t106"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t106"
                ) AS "t127"
                GROUP BY
                  1,
                  2
              ) AS "t182"
                ON "t18"."la_code" = "t182"."la_code" AND "t19"."month" = "t182"."month"
            ) AS "t217"
            ORDER BY
              "t217"."la_code" ASC,
              "t217"."month" ASC
          ) AS "t237"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t257"."la_code",
              "t257"."month",
              'contacts_screened_24h' AS "indicator",
              "t257"."numerator",
              "t257"."denominator",
              "t257"."excluded",
              CASE
                WHEN "t257"."denominator" > 0
                THEN (
                  CAST("t257"."numerator" AS DOUBLE) / "t257"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t232"."numerator", 0) AS "numerator",
                COALESCE("t232"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t171"."la_code",
                  "t171"."month",
                  SUM(CAST("t171"."_kept" AND COALESCE("t171"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t171"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t106"."la_code",
                    "t106"."cont_contact_id",
                    "t106"."cont_person_id",
                    "t106"."cont_contact_date",
                    "t106"."cont_contact_source_code",
                    "t106"."cont_contact_outcome_json",
                    "t106"."cont_screening_date",
                    "t106"."cont_screened_by_qualified",
                    "t106"."month",
                    "t106"."month_end",
                    "t106"."rolling_start",
                    "t106"."pop_year",
                    (
                      "t106"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t106"."cont_screening_date" <= (
                        "t106"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t106"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t106"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t106"
                ) AS "t171"
                GROUP BY
                  1,
                  2
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t257"
            ORDER BY
              "t257"."la_code" ASC,
              "t257"."month" ASC
          ) AS "t303"
        ) AS "t312"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t243"."la_code",
              "t243"."month",
              'contacts_to_referral' AS "indicator",
              "t243"."numerator",
              "t243"."denominator",
              "t243"."excluded",
              CASE
                WHEN "t243"."denominator" > 0
                THEN (
                  CAST("t243"."numerator" AS DOUBLE) / "t243"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t216"."numerator", 0) AS "numerator",
                COALESCE("t216"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t156"."la_code",
                  "t156"."month",
                  SUM(CAST("t156"."_kept" AND COALESCE("t156"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t156"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t106"."la_code",
                    "t106"."cont_contact_id",
                    "t106"."cont_person_id",
                    "t106"."cont_contact_date",
                    "t106"."cont_contact_source_code",
                    "t106"."cont_contact_outcome_json",
                    "t106"."cont_screening_date",
                    "t106"."cont_screened_by_qualified",
                    "t106"."month",
                    "t106"."month_end",
                    "t106"."rolling_start",
                    "t106"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t106"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t106"
                ) AS "t156"
                GROUP BY
                  1,
                  2
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t243"
            ORDER BY
              "t243"."la_code" ASC,
              "t243"."month" ASC
          ) AS "t285"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t185"."la_code",
              "t185"."month",
              'referrals' AS "indicator",
              "t185"."numerator",
              "t185"."denominator",
              "t185"."excluded",
              CAST("t185"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t149"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t96"."la_code",
                  "t96"."month",
                  SUM(CAST("t96"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t74"."la_code",
                    "t74"."cine_referral_id",
                    "t74"."cine_person_id",
                    "t74"."cine_referral_date",
                    "t74"."cine_referral_source_code",
                    "t74"."cine_referral_nfa",
                    "t74"."cine_cin_primary_need_code",
                    "t74"."cine_close_date",
                    "t74"."cine_close_reason",
                    "t74"."month",
                    "t74"."month_end",
                    "t74"."rolling_start",
                    "t74"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t22"."la_code",
                      "t22"."cine_referral_id",
                      "t22"."cine_person_id",
                      "t22"."cine_referral_date",
                      "t22"."cine_referral_source_code",
                      "t22"."cine_referral_nfa",
                      "t22"."cine_cin_primary_need_code",
                      "t22"."cine_close_date",
                      "t22"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cin_episodes" AS "t22"
                    INNER JOIN "_months" AS "t19"
                      ON "t22"."cine_referral_date" >= "t19"."month"
                      AND "t22"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t74"
                ) AS "t96"
                GROUP BY
                  1,
                  2
              ) AS "t149"
                ON "t18"."la_code" = "t149"."la_code" AND "t19"."month" = "t149"."month"
            ) AS "t185"
            ORDER BY
              "t185"."la_code" ASC,
              "t185"."month" ASC
          ) AS "t211"
        ) AS "t291"
      ) AS "t317"
    ) AS "t393"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t261"."la_code",
              "t261"."month",
              'referrals_per_10k' AS "indicator",
              "t261"."numerator",
              "t261"."denominator",
              "t261"."excluded",
              (
                CAST("t261"."numerator" AS DOUBLE) / "t261"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t150"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t97"."la_code",
                  "t97"."month",
                  SUM(CAST("t97"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t75"."la_code",
                    "t75"."cine_referral_id",
                    "t75"."cine_person_id",
                    "t75"."cine_referral_date",
                    "t75"."cine_referral_source_code",
                    "t75"."cine_referral_nfa",
                    "t75"."cine_cin_primary_need_code",
                    "t75"."cine_close_date",
                    "t75"."cine_close_reason",
                    "t75"."month",
                    "t75"."month_end",
                    "t75"."rolling_start",
                    "t75"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t22"."la_code",
                      "t22"."cine_referral_id",
                      "t22"."cine_person_id",
                      "t22"."cine_referral_date",
                      "t22"."cine_referral_source_code",
                      "t22"."cine_referral_nfa",
                      "t22"."cine_cin_primary_need_code",
                      "t22"."cine_close_date",
                      "t22"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cin_episodes" AS "t22"
                    INNER JOIN "_months" AS "t19"
                      ON "t22"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t22"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t75"
                ) AS "t97"
                GROUP BY
                  1,
                  2
              ) AS "t150"
                ON "t18"."la_code" = "t150"."la_code" AND "t19"."month" = "t150"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    "t161"."year",
                    "t161"."population",
                    "t161"."source",
                    "t161"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t161"."la_code", "t161"."month"
                      ORDER BY "t161"."distance" ASC, "t161"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t111"."la_code",
                      "t111"."month",
                      "t111"."month_end",
                      "t111"."rolling_start",
                      "t111"."pop_year",
                      "t111"."year",
                      "t111"."population",
                      "t111"."source",
                      ABS("t111"."year" - "t111"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t72"."year",
                        "t72"."population",
                        "t72"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t7"
                        WHERE
                          "t7"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t111"
                  ) AS "t161"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t261"
            ORDER BY
              "t261"."la_code" ASC,
              "t261"."month" ASC
          ) AS "t293"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t336"."la_code",
              "t336"."month",
              'rereferrals_12m' AS "indicator",
              "t336"."numerator",
              "t336"."denominator",
              "t336"."excluded",
              CASE
                WHEN "t336"."denominator" > 0
                THEN (
                  CAST("t336"."numerator" AS DOUBLE) / "t336"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t314"."numerator", 0) AS "numerator",
                COALESCE("t314"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t265"."la_code",
                  "t265"."month",
                  SUM(CAST("t265"."_kept" AND COALESCE("t265"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t265"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t244"."la_code",
                    "t244"."cine_referral_id",
                    "t244"."cine_person_id",
                    "t244"."cine_referral_date",
                    "t244"."hit",
                    "t244"."month",
                    "t244"."month_end",
                    "t244"."rolling_start",
                    "t244"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t223"."la_code",
                      "t223"."cine_referral_id",
                      "t223"."cine_person_id",
                      "t223"."cine_referral_date",
                      "t223"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t112"."la_code",
                        "t112"."cine_referral_id",
                        "t112"."cine_person_id",
                        "t112"."cine_referral_date",
                        EXISTS(
                          SELECT
                            1
                          FROM (
                            SELECT
                              "t95"."la_code",
                              "t95"."cine_referral_id",
                              "t95"."cine_person_id",
                              "t95"."cine_referral_date",
                              "t95"."cine_referral_source_code",
                              "t95"."cine_referral_nfa",
                              "t95"."cine_cin_primary_need_code",
                              "t95"."cine_close_date",
                              "t95"."cine_close_reason"
                            FROM (
                              SELECT
                                "t22"."la_code",
                                "t22"."cine_referral_id",
                                "t22"."cine_person_id",
                                "t22"."cine_referral_date",
                                "t22"."cine_referral_source_code",
                                "t22"."cine_referral_nfa",
                                "t22"."cine_cin_primary_need_code",
                                "t22"."cine_close_date",
                                "t22"."cine_close_reason",
                                "t73"."_lo",
                                "t73"."_hi"
                              FROM "ssd_cin_episodes" AS "t22"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t73"
                            ) AS "t95"
                            WHERE
                              "t95"."cine_referral_date" >= "t95"."_lo"
                              AND "t95"."cine_referral_date" <= "t95"."_hi"
                          ) AS "t132"
                          WHERE
                            (
                              "t132"."la_code" = "t112"."la_code"
                            )
                            AND (
                              "t132"."cine_person_id" = "t112"."cine_person_id"
                            )
                            AND (
                              "t132"."cine_referral_date" >= (
                                "t112"."cine_referral_date" + INTERVAL '-12' MONTH
                              )
                            )
                            AND (
                              "t132"."cine_referral_date" < "t112"."cine_referral_date"
                            )
                        ) AS "hit"
                      FROM (
                        SELECT
                          "t85"."la_code",
                          "t85"."cine_referral_id",
                          "t85"."cine_person_id",
                          "t85"."cine_referral_date",
                          "t85"."cine_referral_source_code",
                          "t85"."cine_referral_nfa",
                          "t85"."cine_cin_primary_need_code",
                          "t85"."cine_close_date",
                          "t85"."cine_close_reason"
                        FROM (
                          SELECT
                            "t22"."la_code",
                            "t22"."cine_referral_id",
                            "t22"."cine_person_id",
                            "t22"."cine_referral_date",
                            "t22"."cine_referral_source_code",
                            "t22"."cine_referral_nfa",
                            "t22"."cine_cin_primary_need_code",
                            "t22"."cine_close_date",
                            "t22"."cine_close_reason",
                            "t62"."_lo",
                            "t62"."_hi"
                          FROM "ssd_cin_episodes" AS "t22"
                          CROSS JOIN (
                            SELECT
                              MIN("t1"."rolling_start") AS "_lo",
                              MAX("t1"."month_end") AS "_hi"
                            FROM "_months" AS "t1"
                          ) AS "t62"
                        ) AS "t85"
                        WHERE
                          "t85"."cine_referral_date" >= "t85"."_lo"
                          AND "t85"."cine_referral_date" <= "t85"."_hi"
                      ) AS "t112"
                    ) AS "t223"
                    INNER JOIN "_months" AS "t19"
                      ON "t223"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t223"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t244"
                ) AS "t265"
                GROUP BY
                  1,
                  2
              ) AS "t314"
                ON "t18"."la_code" = "t314"."la_code" AND "t19"."month" = "t314"."month"
            ) AS "t336"
            ORDER BY
              "t336"."la_code" ASC,
              "t336"."month" ASC
          ) AS "t359"
        ) AS "t363"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t186"."la_code",
              "t186"."month",
              'assessments_completed' AS "indicator",
              "t186"."numerator",
              "t186"."denominator",
              "t186"."excluded",
              CAST("t186"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t151"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t99"."la_code",
                  "t99"."month",
                  SUM(CAST("t99"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t76"."la_code",
                    "t76"."cina_assessment_id",
                    "t76"."cina_person_id",
                    "t76"."cina_referral_id",
                    "t76"."cina_assessment_start_date",
                    "t76"."cina_assessment_auth_date",
                    "t76"."cina_assessment_child_seen",
                    "t76"."month",
                    "t76"."month_end",
                    "t76"."rolling_start",
                    "t76"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t23"."la_code",
                      "t23"."cina_assessment_id",
                      "t23"."cina_person_id",
                      "t23"."cina_referral_id",
                      "t23"."cina_assessment_start_date",
                      "t23"."cina_assessment_auth_date",
                      "t23"."cina_assessment_child_seen",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cin_assessments" AS "t23"
                    INNER JOIN "_months" AS "t19"
                      ON "t23"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t23"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t76"
                ) AS "t99"
                GROUP BY
                  1,
                  2
              ) AS "t151"
                ON "t18"."la_code" = "t151"."la_code" AND "t19"."month" = "t151"."month"
            ) AS "t186"
            ORDER BY
              "t186"."la_code" ASC,
              "t186"."month" ASC
          ) AS "t213"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t262"."la_code",
              "t262"."month",
              'assessments_per_10k' AS "indicator",
              "t262"."numerator",
              "t262"."denominator",
              "t262"."excluded",
              (
                CAST("t262"."numerator" AS DOUBLE) / "t262"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t152"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t100"."la_code",
                  "t100"."month",
                  SUM(CAST("t100"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t77"."la_code",
                    "t77"."cina_assessment_id",
                    "t77"."cina_person_id",
                    "t77"."cina_referral_id",
                    "t77"."cina_assessment_start_date",
                    "t77"."cina_assessment_auth_date",
                    "t77"."cina_assessment_child_seen",
                    "t77"."month",
                    "t77"."month_end",
                    "t77"."rolling_start",
                    "t77"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t23"."la_code",
                      "t23"."cina_assessment_id",
                      "t23"."cina_person_id",
                      "t23"."cina_referral_id",
                      "t23"."cina_assessment_start_date",
                      "t23"."cina_assessment_auth_date",
                      "t23"."cina_assessment_child_seen",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cin_assessments" AS "t23"
                    INNER JOIN "_months" AS "t19"
                      ON "t23"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t23"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t77"
                ) AS "t100"
                GROUP BY
                  1,
                  2
              ) AS "t152"
                ON "t18"."la_code" = "t152"."la_code" AND "t19"."month" = "t152"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    "t161"."year",
                    "t161"."population",
                    "t161"."source",
                    "t161"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t161"."la_code", "t161"."month"
                      ORDER BY "t161"."distance" ASC, "t161"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t111"."la_code",
                      "t111"."month",
                      "t111"."month_end",
                      "t111"."rolling_start",
                      "t111"."pop_year",
                      "t111"."year",
                      "t111"."population",
                      "t111"."source",
                      ABS("t111"."year" - "t111"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t72"."year",
                        "t72"."population",
                        "t72"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t7"
                        WHERE
                          "t7"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t111"
                  ) AS "t161"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t262"
            ORDER BY
              "t262"."la_code" ASC,
              "t262"."month" ASC
          ) AS "t294"
        ) AS "t305"
      ) AS "t367"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t290"."la_code",
              "t290"."month",
              'assessments_in_timescale' AS "indicator",
              "t290"."numerator",
              "t290"."denominator",
              "t290"."excluded",
              CASE
                WHEN "t290"."denominator" > 0
                THEN (
                  CAST("t290"."numerator" AS DOUBLE) / "t290"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t269"."numerator", 0) AS "numerator",
                COALESCE("t269"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t212"."la_code",
                  "t212"."month",
                  SUM(CAST("t212"."_kept" AND COALESCE("t212"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t212"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t179"."la_code",
                    "t179"."cina_assessment_id",
                    "t179"."cina_person_id",
                    "t179"."cina_referral_id",
                    "t179"."cina_assessment_start_date",
                    "t179"."cina_assessment_auth_date",
                    "t179"."cina_assessment_child_seen",
                    "t179"."month",
                    "t179"."month_end",
                    "t179"."rolling_start",
                    "t179"."pop_year",
                    "t179"."la_code_right",
                    "t179"."cine_referral_id",
                    "t179"."cine_referral_date",
                    "t179"."_start",
                    "t179"."_wd_b" - "t179"."_wd_a" AS "wd",
                    (
                      "t179"."_wd_b" - "t179"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t138"."la_code",
                      "t138"."cina_assessment_id",
                      "t138"."cina_person_id",
                      "t138"."cina_referral_id",
                      "t138"."cina_assessment_start_date",
                      "t138"."cina_assessment_auth_date",
                      "t138"."cina_assessment_child_seen",
                      "t138"."month",
                      "t138"."month_end",
                      "t138"."rolling_start",
                      "t138"."pop_year",
                      "t138"."la_code_right",
                      "t138"."cine_referral_id",
                      "t138"."cine_referral_date",
                      "t138"."_start",
                      "t66"."_wd_a",
                      "t68"."_wd_b"
                    FROM (
                      SELECT
                        "t98"."la_code",
                        "t98"."cina_assessment_id",
                        "t98"."cina_person_id",
                        "t98"."cina_referral_id",
                        "t98"."cina_assessment_start_date",
                        "t98"."cina_assessment_auth_date",
                        "t98"."cina_assessment_child_seen",
                        "t98"."month",
                        "t98"."month_end",
                        "t98"."rolling_start",
                        "t98"."pop_year",
                        "t98"."la_code_right",
                        "t98"."cine_referral_id",
                        "t98"."cine_referral_date",
                        COALESCE("t98"."cine_referral_date", "t98"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t23"."la_code",
                          "t23"."cina_assessment_id",
                          "t23"."cina_person_id",
                          "t23"."cina_referral_id",
                          "t23"."cina_assessment_start_date",
                          "t23"."cina_assessment_auth_date",
                          "t23"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t45"."la_code" AS "la_code_right",
                          "t45"."cine_referral_id",
                          "t45"."cine_referral_date"
                        FROM "ssd_cin_assessments" AS "t23"
                        INNER JOIN "_months" AS "t19"
                          ON "t23"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t23"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t2"."la_code",
                            "t2"."cine_referral_id",
                            "t2"."cine_referral_date"
                          FROM "ssd_cin_episodes" AS "t2"
                        ) AS "t45"
                          ON "t23"."la_code" = "t45"."la_code"
                          AND "t23"."cina_referral_id" = "t45"."cine_referral_id"
                      ) AS "t98"
                    ) AS "t138"
                    LEFT OUTER JOIN "t35" AS "t66"
                      ON "t138"."_start" = "t66"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t68"
                      ON "t138"."cina_assessment_auth_date" = "t68"."_wd_b__date"
                  ) AS "t179"
                ) AS "t212"
                GROUP BY
                  1,
                  2
              ) AS "t269"
                ON "t18"."la_code" = "t269"."la_code" AND "t19"."month" = "t269"."month"
            ) AS "t290"
            ORDER BY
              "t290"."la_code" ASC,
              "t290"."month" ASC
          ) AS "t333"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t263"."la_code",
              "t263"."month",
              's47_per_10k' AS "indicator",
              "t263"."numerator",
              "t263"."denominator",
              "t263"."excluded",
              (
                CAST("t263"."numerator" AS DOUBLE) / "t263"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t153"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t101"."la_code",
                  "t101"."month",
                  SUM(CAST("t101"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t78"."la_code",
                    "t78"."s47e_s47_enquiry_id",
                    "t78"."s47e_person_id",
                    "t78"."s47e_referral_id",
                    "t78"."s47e_s47_start_date",
                    "t78"."s47e_s47_end_date",
                    "t78"."s47e_s47_nfa",
                    "t78"."month",
                    "t78"."month_end",
                    "t78"."rolling_start",
                    "t78"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t24"."la_code",
                      "t24"."s47e_s47_enquiry_id",
                      "t24"."s47e_person_id",
                      "t24"."s47e_referral_id",
                      "t24"."s47e_s47_start_date",
                      "t24"."s47e_s47_end_date",
                      "t24"."s47e_s47_nfa",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_s47_enquiry" AS "t24"
                    INNER JOIN "_months" AS "t19"
                      ON "t24"."s47e_s47_start_date" >= "t19"."rolling_start"
                      AND "t24"."s47e_s47_start_date" <= "t19"."month_end"
                  ) AS "t78"
                ) AS "t101"
                GROUP BY
                  1,
                  2
              ) AS "t153"
                ON "t18"."la_code" = "t153"."la_code" AND "t19"."month" = "t153"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    "t161"."year",
                    "t161"."population",
                    "t161"."source",
                    "t161"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t161"."la_code", "t161"."month"
                      ORDER BY "t161"."distance" ASC, "t161"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t111"."la_code",
                      "t111"."month",
                      "t111"."month_end",
                      "t111"."rolling_start",
                      "t111"."pop_year",
                      "t111"."year",
                      "t111"."population",
                      "t111"."source",
                      ABS("t111"."year" - "t111"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t72"."year",
                        "t72"."population",
                        "t72"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t7"
                        WHERE
                          "t7"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t111"
                  ) AS "t161"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t263"
            ORDER BY
              "t263"."la_code" ASC,
              "t263"."month" ASC
          ) AS "t295"
        ) AS "t337"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t292"."la_code",
              "t292"."month",
              'icpc_in_15wd' AS "indicator",
              "t292"."numerator",
              "t292"."denominator",
              "t292"."excluded",
              CASE
                WHEN "t292"."denominator" > 0
                THEN (
                  CAST("t292"."numerator" AS DOUBLE) / "t292"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t271"."numerator", 0) AS "numerator",
                COALESCE("t271"."denominator", 0) AS "denominator",
                COALESCE("t271"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t218"."la_code",
                  "t218"."month",
                  SUM(CAST("t218"."_kept" AND COALESCE("t218"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t218"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t218"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t173"."la_code",
                    "t173"."icpc_icpc_id",
                    "t173"."icpc_person_id",
                    "t173"."icpc_s47_enquiry_id",
                    "t173"."icpc_cp_plan_id",
                    "t173"."icpc_icpc_date",
                    "t173"."icpc_icpc_outcome_cp_flag",
                    "t173"."icpc_icpc_transfer_in",
                    "t173"."month",
                    "t173"."month_end",
                    "t173"."rolling_start",
                    "t173"."pop_year",
                    "t173"."la_code_right",
                    "t173"."s47e_s47_enquiry_id",
                    "t173"."s47e_s47_start_date",
                    "t173"."_wd_b" - "t173"."_wd_a" AS "wd",
                    "t173"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t173"."_wd_b" - "t173"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t173"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t128"."la_code",
                      "t128"."icpc_icpc_id",
                      "t128"."icpc_person_id",
                      "t128"."icpc_s47_enquiry_id",
                      "t128"."icpc_cp_plan_id",
                      "t128"."icpc_icpc_date",
                      "t128"."icpc_icpc_outcome_cp_flag",
                      "t128"."icpc_icpc_transfer_in",
                      "t128"."month",
                      "t128"."month_end",
                      "t128"."rolling_start",
                      "t128"."pop_year",
                      "t46"."la_code" AS "la_code_right",
                      "t46"."s47e_s47_enquiry_id",
                      "t46"."s47e_s47_start_date",
                      "t67"."_wd_a",
                      "t69"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t28"."la_code",
                          "t28"."icpc_icpc_id",
                          "t28"."icpc_person_id",
                          "t28"."icpc_s47_enquiry_id",
                          "t28"."icpc_cp_plan_id",
                          "t28"."icpc_icpc_date",
                          "t28"."icpc_icpc_outcome_cp_flag",
                          "t28"."icpc_icpc_transfer_in",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year"
                        FROM "ssd_initial_cp_conference" AS "t28"
                        INNER JOIN "_months" AS "t19"
                          ON "t28"."icpc_icpc_date" >= "t19"."month"
                          AND "t28"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t81"
                      WHERE
                        NOT (
                          COALESCE("t81"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t128"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."s47e_s47_enquiry_id",
                        "t4"."s47e_s47_start_date"
                      FROM "ssd_s47_enquiry" AS "t4"
                    ) AS "t46"
                      ON "t128"."la_code" = "t46"."la_code"
                      AND "t128"."icpc_s47_enquiry_id" = "t46"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t35" AS "t67"
                      ON "t46"."s47e_s47_start_date" = "t67"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t69"
                      ON "t128"."icpc_icpc_date" = "t69"."_wd_b__date"
                  ) AS "t173"
                ) AS "t218"
                GROUP BY
                  1,
                  2
              ) AS "t271"
                ON "t18"."la_code" = "t271"."la_code" AND "t19"."month" = "t271"."month"
            ) AS "t292"
            ORDER BY
              "t292"."la_code" ASC,
              "t292"."month" ASC
          ) AS "t334"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t247"."la_code",
              "t247"."month",
              'cp_count' AS "indicator",
              "t247"."numerator",
              "t247"."denominator",
              "t247"."excluded",
              CAST("t247"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t224"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t181"."la_code",
                  "t181"."month",
                  SUM(CAST("t181"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t162"."la_code",
                    "t162"."month",
                    "t162"."month_end",
                    "t162"."cppl_person_id",
                    "t162"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t162"
                ) AS "t181"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t275"
        ) AS "t339"
      ) AS "t344"
    ) AS "t371"
  ) AS "t397"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t264"."la_code",
              "t264"."month",
              'cp_per_10k' AS "indicator",
              "t264"."numerator",
              "t264"."denominator",
              "t264"."excluded",
              (
                CAST("t264"."numerator" AS DOUBLE) / "t264"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t224"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t181"."la_code",
                  "t181"."month",
                  SUM(CAST("t181"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t162"."la_code",
                    "t162"."month",
                    "t162"."month_end",
                    "t162"."cppl_person_id",
                    "t162"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t162"
                ) AS "t181"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    "t161"."year",
                    "t161"."population",
                    "t161"."source",
                    "t161"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t161"."la_code", "t161"."month"
                      ORDER BY "t161"."distance" ASC, "t161"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t111"."la_code",
                      "t111"."month",
                      "t111"."month_end",
                      "t111"."rolling_start",
                      "t111"."pop_year",
                      "t111"."year",
                      "t111"."population",
                      "t111"."source",
                      ABS("t111"."year" - "t111"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t72"."year",
                        "t72"."population",
                        "t72"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t7"
                        WHERE
                          "t7"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t111"
                  ) AS "t161"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t264"
            ORDER BY
              "t264"."la_code" ASC,
              "t264"."month" ASC
          ) AS "t296"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t187"."la_code",
              "t187"."month",
              'cp_starts' AS "indicator",
              "t187"."numerator",
              "t187"."denominator",
              "t187"."excluded",
              CAST("t187"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t154"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t102"."la_code",
                  "t102"."month",
                  SUM(CAST("t102"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t79"."la_code",
                    "t79"."cppl_cp_plan_id",
                    "t79"."cppl_person_id",
                    "t79"."cppl_cp_plan_start_date",
                    "t79"."cppl_cp_plan_end_date",
                    "t79"."cppl_cp_plan_initial_category",
                    "t79"."cppl_cp_plan_latest_category",
                    "t79"."cppl_icpc_id",
                    "t79"."month",
                    "t79"."month_end",
                    "t79"."rolling_start",
                    "t79"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t25"."la_code",
                      "t25"."cppl_cp_plan_id",
                      "t25"."cppl_person_id",
                      "t25"."cppl_cp_plan_start_date",
                      "t25"."cppl_cp_plan_end_date",
                      "t25"."cppl_cp_plan_initial_category",
                      "t25"."cppl_cp_plan_latest_category",
                      "t25"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cp_plans" AS "t25"
                    INNER JOIN "_months" AS "t19"
                      ON "t25"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t25"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t79"
                ) AS "t102"
                GROUP BY
                  1,
                  2
              ) AS "t154"
                ON "t18"."la_code" = "t154"."la_code" AND "t19"."month" = "t154"."month"
            ) AS "t187"
            ORDER BY
              "t187"."la_code" ASC,
              "t187"."month" ASC
          ) AS "t214"
        ) AS "t306"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t330"."la_code",
              "t330"."month",
              'cp_second_or_subsequent' AS "indicator",
              "t330"."numerator",
              "t330"."denominator",
              "t330"."excluded",
              CASE
                WHEN "t330"."denominator" > 0
                THEN (
                  CAST("t330"."numerator" AS DOUBLE) / "t330"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t308"."numerator", 0) AS "numerator",
                COALESCE("t308"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t253"."la_code",
                  "t253"."month",
                  SUM(CAST("t253"."_kept" AND COALESCE("t253"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t253"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t240"."la_code",
                    "t240"."cppl_cp_plan_id",
                    "t240"."cppl_person_id",
                    "t240"."cppl_cp_plan_start_date",
                    "t240"."cppl_cp_plan_end_date",
                    "t240"."cppl_cp_plan_initial_category",
                    "t240"."cppl_cp_plan_latest_category",
                    "t240"."cppl_icpc_id",
                    "t240"."hit",
                    "t240"."month",
                    "t240"."month_end",
                    "t240"."rolling_start",
                    "t240"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t210"."la_code",
                      "t210"."cppl_cp_plan_id",
                      "t210"."cppl_person_id",
                      "t210"."cppl_cp_plan_start_date",
                      "t210"."cppl_cp_plan_end_date",
                      "t210"."cppl_cp_plan_initial_category",
                      "t210"."cppl_cp_plan_latest_category",
                      "t210"."cppl_icpc_id",
                      "t210"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t191".*
                        EXCLUDE ("_first")
                      FROM (
                        SELECT
                          "t167"."la_code",
                          "t167"."cppl_cp_plan_id",
                          "t167"."cppl_person_id",
                          "t167"."cppl_cp_plan_start_date",
                          "t167"."cppl_cp_plan_end_date",
                          "t167"."cppl_cp_plan_initial_category",
                          "t167"."cppl_cp_plan_latest_category",
                          "t167"."cppl_icpc_id",
                          "t167"."_first",
                          "t167"."cppl_cp_plan_start_date" > "t167"."_first" AS "hit"
                        FROM (
                          SELECT
                            "t121"."la_code",
                            "t121"."cppl_cp_plan_id",
                            "t121"."cppl_person_id",
                            "t121"."cppl_cp_plan_start_date",
                            "t121"."cppl_cp_plan_end_date",
                            "t121"."cppl_cp_plan_initial_category",
                            "t121"."cppl_cp_plan_latest_category",
                            "t121"."cppl_icpc_id",
                            "t65"."_first"
                          FROM (
                            SELECT
                              "t86"."la_code",
                              "t86"."cppl_cp_plan_id",
                              "t86"."cppl_person_id",
                              "t86"."cppl_cp_plan_start_date",
                              "t86"."cppl_cp_plan_end_date",
                              "t86"."cppl_cp_plan_initial_category",
                              "t86"."cppl_cp_plan_latest_category",
                              "t86"."cppl_icpc_id"
                            FROM (
                              SELECT
                                "t25"."la_code",
                                "t25"."cppl_cp_plan_id",
                                "t25"."cppl_person_id",
                                "t25"."cppl_cp_plan_start_date",
                                "t25"."cppl_cp_plan_end_date",
                                "t25"."cppl_cp_plan_initial_category",
                                "t25"."cppl_cp_plan_latest_category",
                                "t25"."cppl_icpc_id",
                                "t62"."_lo",
                                "t62"."_hi"
                              FROM "ssd_cp_plans" AS "t25"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t62"
                            ) AS "t86"
                            WHERE
                              "t86"."cppl_cp_plan_start_date" >= "t86"."_lo"
                              AND "t86"."cppl_cp_plan_start_date" <= "t86"."_hi"
                          ) AS "t121"
                          INNER JOIN (
                            SELECT
                              "t5"."la_code",
                              "t5"."cppl_person_id",
                              MIN("t5"."cppl_cp_plan_start_date") AS "_first"
                            FROM "ssd_cp_plans" AS "t5"
                            GROUP BY
                              1,
                              2
                          ) AS "t65"
                            ON "t121"."la_code" = "t65"."la_code"
                            AND "t121"."cppl_person_id" = "t65"."cppl_person_id"
                        ) AS "t167"
                      ) AS "t191"
                    ) AS "t210"
                    INNER JOIN "_months" AS "t19"
                      ON "t210"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t210"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t240"
                ) AS "t253"
                GROUP BY
                  1,
                  2
              ) AS "t308"
                ON "t18"."la_code" = "t308"."la_code" AND "t19"."month" = "t308"."month"
            ) AS "t330"
            ORDER BY
              "t330"."la_code" ASC,
              "t330"."month" ASC
          ) AS "t356"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t231"."la_code",
              "t231"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t231"."numerator",
              "t231"."denominator",
              "t231"."excluded",
              CASE
                WHEN "t231"."denominator" > 0
                THEN (
                  CAST("t231"."numerator" AS DOUBLE) / "t231"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t194"."numerator", 0) AS "numerator",
                COALESCE("t194"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t126"."la_code",
                  "t126"."month",
                  SUM(CAST("t126"."_kept" AND COALESCE("t126"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t126"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t80"."la_code",
                    "t80"."cppl_cp_plan_id",
                    "t80"."cppl_person_id",
                    "t80"."cppl_cp_plan_start_date",
                    "t80"."cppl_cp_plan_end_date",
                    "t80"."cppl_cp_plan_initial_category",
                    "t80"."cppl_cp_plan_latest_category",
                    "t80"."cppl_icpc_id",
                    "t80"."month",
                    "t80"."month_end",
                    "t80"."rolling_start",
                    "t80"."pop_year",
                    (
                      DATE_DIFF('DAY', "t80"."cppl_cp_plan_start_date", "t80"."cppl_cp_plan_end_date") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t25"."la_code",
                      "t25"."cppl_cp_plan_id",
                      "t25"."cppl_person_id",
                      "t25"."cppl_cp_plan_start_date",
                      "t25"."cppl_cp_plan_end_date",
                      "t25"."cppl_cp_plan_initial_category",
                      "t25"."cppl_cp_plan_latest_category",
                      "t25"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cp_plans" AS "t25"
                    INNER JOIN "_months" AS "t19"
                      ON "t25"."cppl_cp_plan_end_date" >= "t19"."rolling_start"
                      AND "t25"."cppl_cp_plan_end_date" <= "t19"."month_end"
                  ) AS "t80"
                ) AS "t126"
                GROUP BY
                  1,
                  2
              ) AS "t194"
                ON "t18"."la_code" = "t194"."la_code" AND "t19"."month" = "t194"."month"
            ) AS "t231"
            ORDER BY
              "t231"."la_code" ASC,
              "t231"."month" ASC
          ) AS "t274"
        ) AS "t360"
      ) AS "t364"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t283"."la_code",
              "t283"."month",
              'cp_open_2yrs' AS "indicator",
              "t283"."numerator",
              "t283"."denominator",
              "t283"."excluded",
              CASE
                WHEN "t283"."denominator" > 0
                THEN (
                  CAST("t283"."numerator" AS DOUBLE) / "t283"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t256"."numerator", 0) AS "numerator",
                COALESCE("t256"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t203"."la_code",
                  "t203"."month",
                  SUM(CAST("t203"."_kept" AND COALESCE("t203"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t203"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t162"."la_code",
                    "t162"."month",
                    "t162"."month_end",
                    "t162"."cppl_person_id",
                    "t162"."start",
                    (
                      DATE_DIFF('DAY', "t162"."start", "t162"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t162"
                ) AS "t203"
                GROUP BY
                  1,
                  2
              ) AS "t256"
                ON "t18"."la_code" = "t256"."la_code" AND "t19"."month" = "t256"."month"
            ) AS "t283"
            ORDER BY
              "t283"."la_code" ASC,
              "t283"."month" ASC
          ) AS "t328"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t406"."la_code",
              "t406"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t406"."numerator",
              "t406"."denominator",
              "t406"."excluded",
              CASE
                WHEN "t406"."denominator" > 0
                THEN (
                  CAST("t406"."numerator" AS DOUBLE) / "t406"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t399"."numerator", 0) AS "numerator",
                COALESCE("t399"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t385"."la_code",
                  "t385"."month",
                  SUM(CAST("t385"."_kept" AND COALESCE("t385"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t385"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t370"."la_code",
                    "t370"."month",
                    "t370"."month_end",
                    "t370"."plan_id",
                    "t370"."start",
                    "t370"."person_id",
                    "t370"."first_due",
                    "t370"."held_n",
                    "t370"."last",
                    "t370"."late_held",
                    CASE
                      WHEN "t370"."held_n" = 0
                      THEN "t370"."first_due"
                      WHEN "t370"."held_n" = 1
                      THEN "t370"."last" + INTERVAL '6' MONTH
                      ELSE "t370"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t370"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t370"."held_n" = 0
                        THEN "t370"."first_due"
                        WHEN "t370"."held_n" = 1
                        THEN "t370"."last" + INTERVAL '6' MONTH
                        ELSE "t370"."last" + INTERVAL '6' MONTH
                      END > "t370"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t169"."la_code",
                      "t169"."month",
                      "t169"."month_end",
                      "t169"."plan_id",
                      "t169"."start",
                      "t169"."person_id",
                      "t169"."first_due",
                      COALESCE("t353"."k" + 1, 0) AS "held_n",
                      "t353"."date" AS "last",
                      COALESCE("t353"."first_late" <= "t353"."k", FALSE) AS "late_held"
                    FROM "t155" AS "t169"
                    LEFT OUTER JOIN (
                      SELECT
                        "t277"."la_code",
                        "t277"."plan_id",
                        "t277"."date",
                        "t277"."k",
                        "t277"."following",
                        "t329"."first_late"
                      FROM (
                        SELECT
                          "t249"."la_code",
                          "t249"."plan_id",
                          "t249"."date",
                          "t249"."k",
                          "t249"."following"
                        FROM "t242" AS "t249"
                      ) AS "t277"
                      LEFT OUTER JOIN (
                        SELECT
                          "t302"."la_code",
                          "t302"."plan_id",
                          MIN("t302"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t249"."la_code",
                              "t249"."plan_id",
                              "t249"."date",
                              "t249"."review_id",
                              "t249"."first_due",
                              "t249"."k",
                              "t249"."prev",
                              "t249"."following",
                              "t249"."date" > CASE
                                WHEN "t249"."k" = 0
                                THEN "t249"."first_due"
                                WHEN "t249"."k" = 1
                                THEN "t249"."prev" + INTERVAL '6' MONTH
                                ELSE "t249"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t242" AS "t249"
                          ) AS "t284"
                          WHERE
                            "t284"."late"
                        ) AS "t302"
                        GROUP BY
                          1,
                          2
                      ) AS "t329"
                        ON "t277"."la_code" = "t329"."la_code" AND "t277"."plan_id" = "t329"."plan_id"
                    ) AS "t353"
                      ON "t169"."la_code" = "t353"."la_code"
                      AND "t169"."plan_id" = "t353"."plan_id"
                      AND "t353"."date" <= "t169"."month_end"
                      AND COALESCE("t353"."following", MAKE_DATE(9999, 12, 31)) > "t169"."month_end"
                  ) AS "t370"
                ) AS "t385"
                GROUP BY
                  1,
                  2
              ) AS "t399"
                ON "t18"."la_code" = "t399"."la_code" AND "t19"."month" = "t399"."month"
            ) AS "t406"
            ORDER BY
              "t406"."la_code" ASC,
              "t406"."month" ASC
          ) AS "t409"
        ) AS "t410"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t387"."la_code",
              "t387"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t387"."numerator",
              "t387"."denominator",
              "t387"."excluded",
              CASE
                WHEN "t387"."denominator" > 0
                THEN (
                  CAST("t387"."numerator" AS DOUBLE) / "t387"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t380"."numerator", 0) AS "numerator",
                COALESCE("t380"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t357"."la_code",
                  "t357"."month",
                  SUM(CAST("t357"."_kept" AND COALESCE("t357"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t357"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t338"."la_code",
                    "t338"."month",
                    "t338"."month_end",
                    "t338"."cppl_person_id",
                    "t338"."start",
                    "t338"."wd_open",
                    "t338"."last_visit",
                    "t338"."_wd_b" - "t338"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t338"."_wd_b" - "t338"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t338"."_wd_b" - "t338"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t316"."la_code",
                      "t316"."month",
                      "t316"."month_end",
                      "t316"."cppl_person_id",
                      "t316"."start",
                      "t316"."wd_open",
                      "t316"."last_visit",
                      "t66"."_wd_a",
                      "t68"."_wd_b"
                    FROM (
                      SELECT
                        "t301".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t276"."la_code",
                          "t276"."month",
                          "t276"."month_end",
                          "t276"."cppl_person_id",
                          "t276"."start",
                          "t276"."wd_open",
                          "t276"."_latest",
                          CASE WHEN "t276"."_latest" >= "t276"."start" THEN "t276"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t241"."la_code",
                            "t241"."month",
                            "t241"."month_end",
                            "t241"."cppl_person_id",
                            "t241"."start",
                            "t241"."wd_open",
                            "t228"."_latest"
                          FROM (
                            SELECT
                              "t204"."la_code",
                              "t204"."month",
                              "t204"."month_end",
                              "t204"."cppl_person_id",
                              "t204"."start",
                              "t204"."_wd_b" - "t204"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t168"."la_code",
                                "t168"."month",
                                "t168"."month_end",
                                "t168"."cppl_person_id",
                                "t168"."start",
                                "t66"."_wd_a",
                                "t68"."_wd_b"
                              FROM "cohort_on_plan" AS "t168"
                              LEFT OUTER JOIN "t35" AS "t66"
                                ON "t168"."start" = "t66"."_wd_a__date"
                              LEFT OUTER JOIN "t36" AS "t68"
                                ON "t168"."month_end" = "t68"."_wd_b__date"
                            ) AS "t204"
                            WHERE
                              (
                                "t204"."_wd_b" - "t204"."_wd_a"
                              ) > 10
                          ) AS "t241"
                          LEFT OUTER JOIN (
                            SELECT
                              "t198"."la_code",
                              "t198"."month",
                              "t198"."cppv_person_id" AS "cppl_person_id",
                              "t198"."_latest"
                            FROM (
                              SELECT
                                "t175"."la_code",
                                "t175"."month",
                                "t175"."cppv_person_id",
                                MAX("t175"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t131"."la_code",
                                  "t131"."cppv_person_id",
                                  "t131"."cppv_cp_visit_date",
                                  "t114"."month",
                                  "t114"."month_end",
                                  "t114"."_from"
                                FROM (
                                  SELECT
                                    "t104"."la_code",
                                    "t104"."cppv_person_id",
                                    "t104"."cppv_cp_visit_date"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cp_visits" AS "t15"
                                    WHERE
                                      COALESCE("t15"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t15"."la_code" IN (
                                          SELECT
                                            "t17"."la_code"
                                          FROM "_supplied" AS "t17"
                                          WHERE
                                            "t17"."table_name" = 'ssd_cp_visits'
                                            AND "t17"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t104"
                                ) AS "t131"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t53"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_e_ord",
                                      "t8"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t8"
                                  ) AS "t51"
                                    ON "t21"."month_end" = "t51"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."date" AS "_d",
                                      "t8"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t8"
                                    WHERE
                                      "t8"."is_working_day"
                                  ) AS "t53"
                                    ON (
                                      "t51"."_e_ord" - 10
                                    ) = "t53"."_d_ord"
                                ) AS "t114"
                                  ON "t131"."cppv_cp_visit_date" >= "t114"."_from"
                                  AND "t131"."cppv_cp_visit_date" <= "t114"."month_end"
                              ) AS "t175"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t198"
                          ) AS "t228"
                            ON "t241"."la_code" = "t228"."la_code"
                            AND "t241"."month" = "t228"."month"
                            AND "t241"."cppl_person_id" = "t228"."cppl_person_id"
                        ) AS "t276"
                      ) AS "t301"
                    ) AS "t316"
                    LEFT OUTER JOIN "t35" AS "t66"
                      ON "t316"."last_visit" = "t66"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t68"
                      ON "t316"."month_end" = "t68"."_wd_b__date"
                  ) AS "t338"
                ) AS "t357"
                GROUP BY
                  1,
                  2
              ) AS "t380"
                ON "t18"."la_code" = "t380"."la_code" AND "t19"."month" = "t380"."month"
            ) AS "t387"
            ORDER BY
              "t387"."la_code" ASC,
              "t387"."month" ASC
          ) AS "t401"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t322"."la_code",
              "t322"."month",
              'cla_count' AS "indicator",
              "t322"."numerator",
              "t322"."denominator",
              "t322"."excluded",
              CAST("t322"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t298"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t267"."la_code",
                  "t267"."month",
                  SUM(CAST("t267"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t245"."la_code",
                    "t245"."month",
                    "t245"."month_end",
                    "t245"."rolling_start",
                    "t245"."person_id",
                    "t245"."cla_id",
                    "t245"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t245"
                ) AS "t267"
                GROUP BY
                  1,
                  2
              ) AS "t298"
                ON "t18"."la_code" = "t298"."la_code" AND "t19"."month" = "t298"."month"
            ) AS "t322"
            ORDER BY
              "t322"."la_code" ASC,
              "t322"."month" ASC
          ) AS "t342"
        ) AS "t403"
      ) AS "t411"
    ) AS "t412"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t323"."la_code",
              "t323"."month",
              'cla_per_10k' AS "indicator",
              "t323"."numerator",
              "t323"."denominator",
              "t323"."excluded",
              (
                CAST("t323"."numerator" AS DOUBLE) / "t323"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t298"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t267"."la_code",
                  "t267"."month",
                  SUM(CAST("t267"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t245"."la_code",
                    "t245"."month",
                    "t245"."month_end",
                    "t245"."rolling_start",
                    "t245"."person_id",
                    "t245"."cla_id",
                    "t245"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t245"
                ) AS "t267"
                GROUP BY
                  1,
                  2
              ) AS "t298"
                ON "t18"."la_code" = "t298"."la_code" AND "t19"."month" = "t298"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    "t161"."year",
                    "t161"."population",
                    "t161"."source",
                    "t161"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t161"."la_code", "t161"."month"
                      ORDER BY "t161"."distance" ASC, "t161"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t111"."la_code",
                      "t111"."month",
                      "t111"."month_end",
                      "t111"."rolling_start",
                      "t111"."pop_year",
                      "t111"."year",
                      "t111"."population",
                      "t111"."source",
                      ABS("t111"."year" - "t111"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t72"."year",
                        "t72"."population",
                        "t72"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t7"
                        WHERE
                          "t7"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t111"
                  ) AS "t161"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t323"
            ORDER BY
              "t323"."la_code" ASC,
              "t323"."month" ASC
          ) AS "t350"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t250"."la_code",
              "t250"."month",
              'cla_starts' AS "indicator",
              "t250"."numerator",
              "t250"."denominator",
              "t250"."excluded",
              CAST("t250"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t226"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t183"."la_code",
                  "t183"."month",
                  SUM(CAST("t183"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t164"."la_code",
                    "t164"."first_episode_start",
                    "t164"."clae_person_id",
                    "t164"."cla_id",
                    "t164"."period_start",
                    "t164"."month",
                    "t164"."month_end",
                    "t164"."rolling_start",
                    "t164"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t116"."la_code",
                      "t116"."first_episode_start",
                      "t116"."clae_person_id",
                      "t116"."cla_id",
                      "t116"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t116"
                    INNER JOIN "_months" AS "t19"
                      ON "t116"."first_episode_start" >= "t19"."month"
                      AND "t116"."first_episode_start" <= "t19"."month_end"
                  ) AS "t164"
                ) AS "t183"
                GROUP BY
                  1,
                  2
              ) AS "t226"
                ON "t18"."la_code" = "t226"."la_code" AND "t19"."month" = "t226"."month"
            ) AS "t250"
            ORDER BY
              "t250"."la_code" ASC,
              "t250"."month" ASC
          ) AS "t278"
        ) AS "t354"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t405"."la_code",
              "t405"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t405"."numerator",
              "t405"."denominator",
              "t405"."excluded",
              CASE
                WHEN "t405"."denominator" > 0
                THEN (
                  CAST("t405"."numerator" AS DOUBLE) / "t405"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t396"."numerator", 0) AS "numerator",
                COALESCE("t396"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t383"."la_code",
                  "t383"."month",
                  SUM(CAST("t383"."_kept" AND COALESCE("t383"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t383"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t362"."la_code",
                    "t362"."month",
                    "t362"."month_end",
                    "t362"."rolling_start",
                    "t362"."person_id",
                    "t362"."cla_id",
                    "t362"."episode_start",
                    "t362"."placement_start",
                    "t362"."long_term",
                    "t362"."p",
                    "t362"."v",
                    CASE
                      WHEN "t362"."v" IS NULL
                      THEN "t362"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t362"."long_term", FALSE)
                      AND (
                        "t362"."v" >= (
                          "t362"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t362"."v" + INTERVAL '91' DAY
                      ELSE "t362"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t362"."v" IS NULL
                      THEN "t362"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t362"."long_term", FALSE)
                      AND (
                        "t362"."v" >= (
                          "t362"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t362"."v" + INTERVAL '91' DAY
                      ELSE "t362"."v" + INTERVAL '42' DAY
                    END >= "t362"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t358".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t346"."la_code",
                        "t346"."month",
                        "t346"."month_end",
                        "t346"."rolling_start",
                        "t346"."person_id",
                        "t346"."cla_id",
                        "t346"."episode_start",
                        "t346"."placement_start",
                        "t346"."long_term",
                        "t346"."p",
                        "t346"."_latest",
                        CASE WHEN "t346"."_latest" >= "t346"."p" THEN "t346"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t321"."la_code",
                          "t321"."month",
                          "t321"."month_end",
                          "t321"."rolling_start",
                          "t321"."person_id",
                          "t321"."cla_id",
                          "t321"."episode_start",
                          "t321"."placement_start",
                          "t321"."long_term",
                          "t321"."p",
                          "t227"."_latest"
                        FROM (
                          SELECT
                            "t287"."la_code",
                            "t287"."month",
                            "t287"."month_end",
                            "t287"."rolling_start",
                            "t287"."person_id",
                            "t287"."cla_id",
                            "t287"."episode_start",
                            "t287"."placement_start",
                            "t287"."long_term",
                            COALESCE("t287"."placement_start", "t287"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t254"."la_code",
                              "t254"."month",
                              "t254"."month_end",
                              "t254"."rolling_start",
                              "t254"."person_id",
                              "t254"."cla_id",
                              "t254"."episode_start",
                              "t260"."placement_start",
                              "t260"."long_term"
                            FROM "cohort_looked_after" AS "t254"
                            LEFT OUTER JOIN (
                              SELECT
                                "t176"."la_code",
                                "t19"."month",
                                "t176"."clap_cla_id" AS "cla_id",
                                "t176"."clap_cla_placement_start_date" AS "placement_start",
                                "t176"."clap_long_term" AS "long_term"
                              FROM "t160" AS "t176"
                              INNER JOIN "_months" AS "t19"
                                ON "t176"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t176"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t176"."la_code",
                                  "t176"."clap_cla_placement_id" AS "_superseded",
                                  "t177"."clap_cla_placement_start_date" AS "_start",
                                  "t177"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t160" AS "t176"
                                INNER JOIN "t160" AS "t177"
                                  ON "t176"."la_code" = "t177"."la_code"
                                  AND "t176"."clap_cla_id" = "t177"."clap_cla_id"
                                  AND "t177"."clap_cla_placement_start_date" >= "t176"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t177"."clap_cla_placement_start_date" > "t176"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t177"."clap_cla_placement_id" > "t176"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t177"."clap_cla_placement_start_date" < COALESCE("t176"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t177"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t177"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t229"
                                ON "t176"."la_code" = "t229"."la_code"
                                AND "t19"."month" = "t229"."month"
                                AND "t176"."clap_cla_placement_id" = "t229"."_superseded"
                            ) AS "t260"
                              ON "t254"."la_code" = "t260"."la_code"
                              AND "t254"."month" = "t260"."month"
                              AND "t254"."cla_id" = "t260"."cla_id"
                          ) AS "t287"
                          WHERE
                            COALESCE("t287"."placement_start", "t287"."episode_start") <= (
                              "t287"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t321"
                        LEFT OUTER JOIN (
                          SELECT
                            "t197"."la_code",
                            "t197"."month",
                            "t197"."clav_person_id" AS "person_id",
                            "t197"."_latest"
                          FROM (
                            SELECT
                              "t174"."la_code",
                              "t174"."month",
                              "t174"."clav_person_id",
                              MAX("t174"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t130"."la_code",
                                "t130"."clav_person_id",
                                "t130"."clav_cla_visit_date",
                                "t64"."month",
                                "t64"."month_end",
                                "t64"."_from"
                              FROM (
                                SELECT
                                  "t103"."la_code",
                                  "t103"."clav_person_id",
                                  "t103"."clav_cla_visit_date"
                                FROM (
                                  SELECT
                                    *
                                  FROM "ssd_cla_visits" AS "t12"
                                  WHERE
                                    COALESCE("t12"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t12"."la_code" IN (
                                        SELECT
                                          "t17"."la_code"
                                        FROM "_supplied" AS "t17"
                                        WHERE
                                          "t17"."table_name" = 'ssd_cla_visits'
                                          AND "t17"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t103"
                              ) AS "t130"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t64"
                                ON "t130"."clav_cla_visit_date" >= "t64"."_from"
                                AND "t130"."clav_cla_visit_date" <= "t64"."month_end"
                            ) AS "t174"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t197"
                        ) AS "t227"
                          ON "t321"."la_code" = "t227"."la_code"
                          AND "t321"."month" = "t227"."month"
                          AND "t321"."person_id" = "t227"."person_id"
                      ) AS "t346"
                    ) AS "t358"
                  ) AS "t362"
                ) AS "t383"
                GROUP BY
                  1,
                  2
              ) AS "t396"
                ON "t18"."la_code" = "t396"."la_code" AND "t19"."month" = "t396"."month"
            ) AS "t405"
            ORDER BY
              "t405"."la_code" ASC,
              "t405"."month" ASC
          ) AS "t408"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t416"."la_code",
              "t416"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t416"."numerator",
              "t416"."denominator",
              "t416"."excluded",
              CASE
                WHEN "t416"."denominator" > 0
                THEN (
                  CAST("t416"."numerator" AS DOUBLE) / "t416"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t415"."numerator", 0) AS "numerator",
                COALESCE("t415"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t413"."la_code",
                  "t413"."month",
                  SUM(CAST("t413"."_kept" AND COALESCE("t413"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t413"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t407"."la_code",
                    "t407"."month",
                    "t407"."month_end",
                    "t407"."first_due",
                    "t407"."person_id",
                    "t407"."period_start",
                    "t407"."plan_id",
                    "t407"."held_n",
                    "t407"."last",
                    "t407"."late_held",
                    CASE
                      WHEN "t407"."held_n" = 0
                      THEN "t407"."first_due"
                      WHEN "t407"."held_n" = 1
                      THEN "t407"."last" + INTERVAL '3' MONTH
                      ELSE "t407"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t407"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t407"."held_n" = 0
                        THEN "t407"."first_due"
                        WHEN "t407"."held_n" = 1
                        THEN "t407"."last" + INTERVAL '3' MONTH
                        ELSE "t407"."last" + INTERVAL '6' MONTH
                      END > "t407"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t324"."la_code",
                      "t324"."month",
                      "t324"."month_end",
                      "t324"."first_due",
                      "t324"."person_id",
                      "t324"."period_start",
                      "t324"."plan_id",
                      COALESCE("t404"."k" + 1, 0) AS "held_n",
                      "t404"."date" AS "last",
                      COALESCE("t404"."first_late" <= "t404"."k", FALSE) AS "late_held"
                    FROM "t315" AS "t324"
                    LEFT OUTER JOIN (
                      SELECT
                        "t376"."la_code",
                        "t376"."plan_id",
                        "t376"."date",
                        "t376"."k",
                        "t376"."following",
                        "t391"."first_late"
                      FROM (
                        SELECT
                          "t369"."la_code",
                          "t369"."plan_id",
                          "t369"."date",
                          "t369"."k",
                          "t369"."following"
                        FROM "t366" AS "t369"
                      ) AS "t376"
                      LEFT OUTER JOIN (
                        SELECT
                          "t386"."la_code",
                          "t386"."plan_id",
                          MIN("t386"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t369"."la_code",
                              "t369"."first_due",
                              "t369"."plan_id",
                              "t369"."date",
                              "t369"."review_id",
                              "t369"."k",
                              "t369"."prev",
                              "t369"."following",
                              "t369"."date" > CASE
                                WHEN "t369"."k" = 0
                                THEN "t369"."first_due"
                                WHEN "t369"."k" = 1
                                THEN "t369"."prev" + INTERVAL '3' MONTH
                                ELSE "t369"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t366" AS "t369"
                          ) AS "t382"
                          WHERE
                            "t382"."late"
                        ) AS "t386"
                        GROUP BY
                          1,
                          2
                      ) AS "t391"
                        ON "t376"."la_code" = "t391"."la_code" AND "t376"."plan_id" = "t391"."plan_id"
                    ) AS "t404"
                      ON "t324"."la_code" = "t404"."la_code"
                      AND "t324"."plan_id" = "t404"."plan_id"
                      AND "t404"."date" <= "t324"."month_end"
                      AND COALESCE("t404"."following", MAKE_DATE(9999, 12, 31)) > "t324"."month_end"
                  ) AS "t407"
                ) AS "t413"
                GROUP BY
                  1,
                  2
              ) AS "t415"
                ON "t18"."la_code" = "t415"."la_code" AND "t19"."month" = "t415"."month"
            ) AS "t416"
            ORDER BY
              "t416"."la_code" ASC,
              "t416"."month" ASC
          ) AS "t417"
        ) AS "t418"
      ) AS "t419"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t384"."la_code",
              "t384"."month",
              'cla_3plus_placements' AS "indicator",
              "t384"."numerator",
              "t384"."denominator",
              "t384"."excluded",
              CASE
                WHEN "t384"."denominator" > 0
                THEN (
                  CAST("t384"."numerator" AS DOUBLE) / "t384"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t373"."numerator", 0) AS "numerator",
                COALESCE("t373"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t351"."la_code",
                  "t351"."month",
                  SUM(CAST("t351"."_kept" AND COALESCE("t351"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t351"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t332"."la_code",
                    "t332"."month",
                    "t332"."month_end",
                    "t332"."rolling_start",
                    "t332"."person_id",
                    "t332"."cla_id",
                    "t332"."episode_start",
                    "t332"."placements",
                    COALESCE("t332"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t254"."la_code",
                      "t254"."month",
                      "t254"."month_end",
                      "t254"."rolling_start",
                      "t254"."person_id",
                      "t254"."cla_id",
                      "t254"."episode_start",
                      "t310"."placements"
                    FROM "cohort_looked_after" AS "t254"
                    LEFT OUTER JOIN (
                      SELECT
                        "t281"."la_code",
                        "t281"."month",
                        "t281"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t254"."la_code",
                          "t254"."month",
                          "t254"."month_end",
                          "t254"."rolling_start",
                          "t254"."person_id",
                          "t254"."cla_id",
                          "t254"."episode_start",
                          "t184"."la_code" AS "la_code_right",
                          "t184"."clap_cla_placement_id",
                          "t184"."clap_cla_id",
                          "t184"."clap_cla_placement_start_date",
                          "t184"."clap_cla_placement_end_date",
                          "t184"."clap_cla_placement_type",
                          "t184"."clap_long_term",
                          "t184"."cla_id" AS "cla_id_right",
                          "t184"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t254"
                        INNER JOIN (
                          SELECT
                            "t133"."la_code",
                            "t133"."clap_cla_placement_id",
                            "t133"."clap_cla_id",
                            "t133"."clap_cla_placement_start_date",
                            "t133"."clap_cla_placement_end_date",
                            "t133"."clap_cla_placement_type",
                            "t133"."clap_long_term",
                            "t55"."cla_id",
                            "t55"."person_id"
                          FROM (
                            SELECT
                              "t87"."la_code",
                              "t87"."clap_cla_placement_id",
                              "t87"."clap_cla_id",
                              "t87"."clap_cla_placement_start_date",
                              "t87"."clap_cla_placement_end_date",
                              "t87"."clap_cla_placement_type",
                              "t87"."clap_long_term"
                            FROM (
                              SELECT
                                "t30"."la_code",
                                "t30"."clap_cla_placement_id",
                                "t30"."clap_cla_id",
                                "t30"."clap_cla_placement_start_date",
                                "t30"."clap_cla_placement_end_date",
                                "t30"."clap_cla_placement_type",
                                "t30"."clap_long_term",
                                "t62"."_lo",
                                "t62"."_hi"
                              FROM "ssd_cla_placement" AS "t30"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t62"
                            ) AS "t87"
                            WHERE
                              "t87"."clap_cla_placement_start_date" <= "t87"."_hi"
                              AND COALESCE("t87"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t87"."_lo"
                          ) AS "t133"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t10"."la_code",
                              "t10"."clae_cla_id" AS "cla_id",
                              "t10"."clae_person_id" AS "person_id"
                            FROM "ssd_cla_episodes" AS "t10"
                          ) AS "t55"
                            ON "t133"."la_code" = "t55"."la_code" AND "t133"."clap_cla_id" = "t55"."cla_id"
                        ) AS "t184"
                          ON "t254"."la_code" = "t184"."la_code"
                          AND "t254"."person_id" = "t184"."person_id"
                          AND "t184"."clap_cla_placement_start_date" <= "t254"."month_end"
                          AND COALESCE("t184"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t254"."rolling_start"
                      ) AS "t281"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t310"
                      ON "t254"."la_code" = "t310"."la_code"
                      AND "t254"."month" = "t310"."month"
                      AND "t254"."person_id" = "t310"."person_id"
                  ) AS "t332"
                ) AS "t351"
                GROUP BY
                  1,
                  2
              ) AS "t373"
                ON "t18"."la_code" = "t373"."la_code" AND "t19"."month" = "t373"."month"
            ) AS "t384"
            ORDER BY
              "t384"."la_code" ASC,
              "t384"."month" ASC
          ) AS "t394"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t326"."la_code",
              "t326"."month",
              'cin_count' AS "indicator",
              "t326"."numerator",
              "t326"."denominator",
              "t326"."excluded",
              CAST("t326"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t300"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t268"."la_code",
                  "t268"."month",
                  SUM(CAST("t268"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t246"."la_code",
                    "t246"."month",
                    "t246"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t246"
                ) AS "t268"
                GROUP BY
                  1,
                  2
              ) AS "t300"
                ON "t18"."la_code" = "t300"."la_code" AND "t19"."month" = "t300"."month"
            ) AS "t326"
            ORDER BY
              "t326"."la_code" ASC,
              "t326"."month" ASC
          ) AS "t343"
        ) AS "t398"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t327"."la_code",
              "t327"."month",
              'cin_per_10k' AS "indicator",
              "t327"."numerator",
              "t327"."denominator",
              "t327"."excluded",
              (
                CAST("t327"."numerator" AS DOUBLE) / "t327"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t300"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t268"."la_code",
                  "t268"."month",
                  SUM(CAST("t268"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t246"."la_code",
                    "t246"."month",
                    "t246"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t246"
                ) AS "t268"
                GROUP BY
                  1,
                  2
              ) AS "t300"
                ON "t18"."la_code" = "t300"."la_code" AND "t19"."month" = "t300"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    "t161"."year",
                    "t161"."population",
                    "t161"."source",
                    "t161"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t161"."la_code", "t161"."month"
                      ORDER BY "t161"."distance" ASC, "t161"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t111"."la_code",
                      "t111"."month",
                      "t111"."month_end",
                      "t111"."rolling_start",
                      "t111"."pop_year",
                      "t111"."year",
                      "t111"."population",
                      "t111"."source",
                      ABS("t111"."year" - "t111"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t72"."year",
                        "t72"."population",
                        "t72"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t7"
                        WHERE
                          "t7"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t111"
                  ) AS "t161"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t327"
            ORDER BY
              "t327"."la_code" ASC,
              "t327"."month" ASC
          ) AS "t352"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t355"."la_code",
              "t355"."month",
              'caseload_mean' AS "indicator",
              "t355"."numerator",
              "t355"."denominator",
              "t355"."excluded",
              CASE
                WHEN "t355"."denominator" > 0
                THEN (
                  CAST("t355"."numerator" AS DOUBLE) / "t355"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t340"."numerator", 0) AS "numerator",
                COALESCE("t340"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t304"."la_code",
                  "t304"."month",
                  SUM(CASE WHEN "t304"."_kept" THEN COALESCE("t304"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t304"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t286"."la_code",
                    "t286"."month",
                    "t286"."worker_id",
                    "t286"."team_id",
                    "t286"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t286"
                ) AS "t304"
                GROUP BY
                  1,
                  2
              ) AS "t340"
                ON "t18"."la_code" = "t340"."la_code" AND "t19"."month" = "t340"."month"
            ) AS "t355"
            ORDER BY
              "t355"."la_code" ASC,
              "t355"."month" ASC
          ) AS "t375"
        ) AS "t378"
      ) AS "t400"
    ) AS "t420"
  ) AS "t421"
) AS "t422"
ORDER BY
  "t422"."indicator" ASC,
  "t422"."la_code" ASC,
  "t422"."month" ASC
