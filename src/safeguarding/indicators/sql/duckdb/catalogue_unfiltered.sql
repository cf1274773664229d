-- safeguarding compiled query {"code": "48cfeb47fbc4b822", "policy": "5a5babdd74a484f2", "query": "catalogue_unfiltered"}
WITH "t35" AS (
  SELECT
    "t9"."wd_ordinal" AS "_wd_a",
    "t9"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t9"
), "t36" AS (
  SELECT
    "t9"."wd_ordinal" AS "_wd_b",
    "t9"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t9"
), "t48" AS (
  SELECT
    "t7"."la_code",
    "t7"."invo_involvements_id",
    "t7"."invo_person_id",
    "t7"."invo_professional_id",
    "t7"."invo_professional_role_id",
    "t7"."invo_professional_team",
    "t7"."invo_involvement_start_date",
    "t7"."invo_involvement_end_date",
    "t7"."invo_worker_change_reason",
    "t7"."invo_referral_id",
    CAST("t7"."invo_involvement_start_date" AS DATE) AS "_start",
    CAST("t7"."invo_involvement_end_date" AS DATE) AS "_end"
  FROM "ssd_involvements" AS "t7"
  WHERE
    "t7"."invo_professional_id" IS NOT NULL
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
    "t55"."la_code",
    "t55"."first_episode_start",
    "t55"."clae_person_id",
    "t55"."clae_cla_id" AS "cla_id",
    COALESCE("t55"."entered", "t55"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t11"."la_code",
      "t11"."clae_cla_id",
      MIN("t11"."clae_entered_care_date") AS "entered",
      MIN("t11"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t11"."clae_person_id") AS "clae_person_id"
    FROM "ssd_cla_episodes" AS "t11"
    GROUP BY
      1,
      2
  ) AS "t55"
), "t126" AS (
  SELECT
    "t89"."la_code",
    "t89"."clae_cla_episode_id",
    "t89"."clae_person_id",
    "t89"."clae_cla_id",
    "t89"."clae_cla_episode_start_date",
    "t89"."clae_cla_episode_ceased_date",
    "t89"."clae_entered_care_date",
    "t89"."clae_cla_placement_id"
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
  ) AS "t89"
  WHERE
    "t89"."clae_cla_episode_start_date" <= "t89"."_last_end"
    AND COALESCE("t89"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t89"."_first_end"
), "t127" AS (
  SELECT
    "t90"."la_code",
    "t90"."cine_referral_id",
    "t90"."cine_person_id",
    "t90"."cine_referral_date",
    "t90"."cine_referral_source_code",
    "t90"."cine_referral_nfa",
    "t90"."cine_cin_primary_need_code",
    "t90"."cine_close_date",
    "t90"."cine_close_reason"
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
  ) AS "t90"
  WHERE
    "t90"."cine_referral_date" <= "t90"."_last_end"
    AND COALESCE("t90"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t90"."_first_end"
), "t145" AS (
  SELECT
    "t103"."la_code",
    "t103"."invo_involvements_id",
    "t103"."invo_person_id",
    "t103"."invo_professional_id",
    "t103"."invo_professional_role_id",
    "t103"."invo_professional_team",
    "t103"."invo_involvement_start_date",
    "t103"."invo_involvement_end_date",
    "t103"."invo_worker_change_reason",
    "t103"."invo_referral_id",
    "t103"."_start",
    "t103"."_end"
  FROM (
    SELECT
      "t82"."la_code",
      "t82"."invo_involvements_id",
      "t82"."invo_person_id",
      "t82"."invo_professional_id",
      "t82"."invo_professional_role_id",
      "t82"."invo_professional_team",
      "t82"."invo_involvement_start_date",
      "t82"."invo_involvement_end_date",
      "t82"."invo_worker_change_reason",
      "t82"."invo_referral_id",
      "t82"."_start",
      "t82"."_end",
      "t63"."_first_end",
      "t63"."_last_end"
    FROM "t48" AS "t82"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t103"
  WHERE
    "t103"."_start" <= "t103"."_last_end"
    AND COALESCE("t103"."_end", MAKE_DATE(9999, 12, 31)) > "t103"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t107"."la_code",
    "t107"."month",
    "t107"."month_end",
    "t107"."cppl_person_id",
    MIN("t107"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t107"
  GROUP BY
    1,
    2,
    3,
    4
), "t156" AS (
  SELECT
    "t107"."la_code",
    "t107"."month",
    "t107"."month_end",
    "t107"."cppl_cp_plan_id" AS "plan_id",
    "t107"."cppl_cp_plan_start_date" AS "start",
    "t107"."cppl_person_id" AS "person_id",
    "t107"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t107"
  WHERE
    (
      "t107"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t107"."month_end"
), "t159" AS (
  SELECT
    "t113"."la_code",
    "t113"."clap_cla_placement_id",
    "t113"."clap_cla_id",
    "t113"."clap_cla_placement_start_date",
    "t113"."clap_cla_placement_end_date",
    "t113"."clap_cla_placement_type",
    "t113"."clap_long_term"
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
      FROM "ssd_cla_placement" AS "t12"
      WHERE
        "t12"."la_code" IN (
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
  ) AS "t113"
  WHERE
    "t113"."clap_cla_placement_start_date" <= "t113"."_last_end"
    AND COALESCE("t113"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t113"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t146"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t146"."clae_person_id" AS "person_id",
    "t146"."clae_cla_id" AS "cla_id",
    "t146"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t126" AS "t146"
  INNER JOIN "_months" AS "t19"
    ON "t146"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t146"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t146"."la_code",
      "t146"."clae_cla_episode_id" AS "_superseded",
      "t147"."clae_cla_episode_start_date" AS "_start",
      "t147"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t126" AS "t146"
    INNER JOIN "t126" AS "t147"
      ON "t146"."la_code" = "t147"."la_code"
      AND "t146"."clae_person_id" = "t147"."clae_person_id"
      AND "t147"."clae_cla_episode_start_date" >= "t146"."clae_cla_episode_start_date"
      AND (
        (
          "t147"."clae_cla_episode_start_date" > "t146"."clae_cla_episode_start_date"
        )
        OR (
          "t147"."clae_cla_episode_id" > "t146"."clae_cla_episode_id"
        )
      )
      AND "t147"."clae_cla_episode_start_date" < COALESCE("t146"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t147"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t147"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t201"
    ON "t146"."la_code" = "t201"."la_code"
    AND "t19"."month" = "t201"."month"
    AND "t146"."clae_cla_episode_id" = "t201"."_superseded"
), "cohort_in_need" AS (
  SELECT
    "t148"."la_code",
    "t19"."month",
    "t148"."cine_person_id"
  FROM "t127" AS "t148"
  INNER JOIN "_months" AS "t19"
    ON "t148"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t148"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t148"."la_code",
      "t148"."cine_referral_id" AS "_superseded",
      "t149"."cine_referral_date" AS "_start",
      "t149"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t127" AS "t148"
    INNER JOIN "t127" AS "t149"
      ON "t148"."la_code" = "t149"."la_code"
      AND "t148"."cine_person_id" = "t149"."cine_person_id"
      AND "t149"."cine_referral_date" >= "t148"."cine_referral_date"
      AND (
        (
          "t149"."cine_referral_date" > "t148"."cine_referral_date"
        )
        OR (
          "t149"."cine_referral_id" > "t148"."cine_referral_id"
        )
      )
      AND "t149"."cine_referral_date" < COALESCE("t148"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t149"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t149"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t202"
    ON "t148"."la_code" = "t202"."la_code"
    AND "t19"."month" = "t202"."month"
    AND "t148"."cine_referral_id" = "t202"."_superseded"
), "t241" AS (
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
      "t120"."la_code",
      "t120"."plan_id",
      "t120"."date",
      "t120"."review_id",
      "t120"."first_due"
    FROM (
      SELECT
        "t84"."la_code",
        "t84"."cppr_cp_plan_id" AS "plan_id",
        "t84"."cppr_cp_review_date" AS "date",
        "t84"."cppr_cp_review_id" AS "review_id",
        "t84"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
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
      ) AS "t84"
      WHERE
        "t84"."cppr_cp_review_date" >= "t84"."cppl_cp_plan_start_date"
    ) AS "t120"
    SEMI JOIN "t156" AS "t171"
      ON "t120"."la_code" = "t171"."la_code" AND "t120"."plan_id" = "t171"."plan_id"
  ) AS "t205"
), "cohort_allocated" AS (
  SELECT
    "t163"."la_code",
    "t19"."month",
    "t163"."invo_person_id" AS "person_id",
    "t163"."invo_professional_id" AS "worker_id",
    "t163"."invo_professional_team" AS "team_id"
  FROM "t145" AS "t163"
  INNER JOIN "_months" AS "t19"
    ON "t163"."_start" <= "t19"."month_end"
    AND COALESCE("t163"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t163"."la_code",
      "t163"."invo_involvements_id" AS "_superseded",
      "t164"."_start",
      "t164"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t145" AS "t163"
    INNER JOIN "t145" AS "t164"
      ON "t163"."la_code" = "t164"."la_code"
      AND "t163"."invo_person_id" = "t164"."invo_person_id"
      AND "t164"."invo_involvement_start_date" >= "t163"."invo_involvement_start_date"
      AND (
        (
          "t164"."invo_involvement_start_date" > "t163"."invo_involvement_start_date"
        )
        OR (
          "t164"."invo_involvements_id" > "t163"."invo_involvements_id"
        )
      )
      AND "t164"."_start" < COALESCE("t163"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t164"."_start" <= "t20"."month_end"
      AND COALESCE("t164"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t217"
    ON "t163"."la_code" = "t217"."la_code"
    AND "t19"."month" = "t217"."month"
    AND "t163"."invo_involvements_id" = "t217"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t257"."la_code",
    "t257"."month",
    "t257"."worker_id",
    MAX("t257"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t257"
  GROUP BY
    1,
    2,
    3
), "t313" AS (
  SELECT
    "t281"."la_code",
    "t281"."month",
    "t281"."month_end",
    "t281"."first_due",
    "t281"."person_id",
    "t281"."period_start",
    "t281"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t253"."la_code",
      "t253"."month",
      "t253"."month_end",
      "t253"."rolling_start",
      "t253"."person_id",
      "t253"."cla_id",
      "t253"."episode_start",
      "t208"."first_episode_start",
      "t208"."clae_person_id",
      "t208"."period_start",
      "t208"."first_due",
      "t68"."_wd_a",
      "t70"."_wd_b"
    FROM "cohort_looked_after" AS "t253"
    INNER JOIN (
      SELECT
        "t189".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t166"."la_code",
          "t166"."first_episode_start",
          "t166"."clae_person_id",
          "t166"."cla_id",
          "t166"."period_start",
          "t166"."wd21",
          "t166"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t119"."la_code",
            "t119"."first_episode_start",
            "t119"."clae_person_id",
            "t119"."cla_id",
            "t119"."period_start",
            "t53"."wd21"
          FROM "cohort_period_starts" AS "t119"
          LEFT OUTER JOIN (
            SELECT
              "t9"."wd_ordinal" AS "_wd_from",
              "t9"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t9"
          ) AS "t51"
            ON "t119"."period_start" = "t51"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t9"."wd_ordinal" AS "_wd_to",
              "t9"."date" AS "wd21"
            FROM "_calendar" AS "t9"
            WHERE
              "t9"."is_working_day"
          ) AS "t53"
            ON (
              "t51"."_wd_from" + 21
            ) = "t53"."_wd_to"
        ) AS "t166"
      ) AS "t189"
    ) AS "t208"
      ON "t253"."la_code" = "t208"."la_code" AND "t253"."cla_id" = "t208"."cla_id"
    LEFT OUTER JOIN "t35" AS "t68"
      ON "t208"."period_start" = "t68"."_wd_a__date"
    LEFT OUTER JOIN "t36" AS "t70"
      ON "t253"."month_end" = "t70"."_wd_b__date"
  ) AS "t281"
  WHERE
    (
      "t281"."_wd_b" - "t281"."_wd_a"
    ) > 20
), "t366" AS (
  SELECT
    "t345"."la_code",
    "t345"."first_due",
    "t345"."plan_id",
    "t345"."date",
    "t345"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t345"."la_code", "t345"."plan_id"
      ORDER BY "t345"."date" ASC, "t345"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t345"."date") OVER (
      PARTITION BY "t345"."la_code", "t345"."plan_id"
      ORDER BY "t345"."date" ASC, "t345"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t345"."date") OVER (
      PARTITION BY "t345"."la_code", "t345"."plan_id"
      ORDER BY "t345"."date" ASC, "t345"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t271"."la_code",
      "t271"."first_due",
      "t271"."plan_id",
      "t271"."date",
      "t271"."review_id"
    FROM (
      SELECT
        "t238"."la_code",
        "t238"."first_due",
        "t238"."clar_cla_id" AS "plan_id",
        "t238"."clar_cla_review_date" AS "date",
        "t238"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t85"."la_code",
          "t85"."clar_cla_review_id",
          "t85"."clar_cla_id",
          "t85"."clar_cla_review_due_date",
          "t85"."clar_cla_review_date",
          "t85"."clar_cla_review_cancelled",
          "t208"."first_episode_start",
          "t208"."clae_person_id",
          "t208"."cla_id",
          "t208"."period_start",
          "t208"."first_due"
        FROM (
          SELECT
            *
          FROM "ssd_cla_reviews" AS "t16"
          WHERE
            NOT (
              COALESCE("t16"."clar_cla_review_cancelled", FALSE)
            )
        ) AS "t85"
        INNER JOIN (
          SELECT
            "t189".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t166"."la_code",
              "t166"."first_episode_start",
              "t166"."clae_person_id",
              "t166"."cla_id",
              "t166"."period_start",
              "t166"."wd21",
              "t166"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t119"."la_code",
                "t119"."first_episode_start",
                "t119"."clae_person_id",
                "t119"."cla_id",
                "t119"."period_start",
                "t53"."wd21"
              FROM "cohort_period_starts" AS "t119"
              LEFT OUTER JOIN (
                SELECT
                  "t9"."wd_ordinal" AS "_wd_from",
                  "t9"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t9"
              ) AS "t51"
                ON "t119"."period_start" = "t51"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t9"."wd_ordinal" AS "_wd_to",
                  "t9"."date" AS "wd21"
                FROM "_calendar" AS "t9"
                WHERE
                  "t9"."is_working_day"
              ) AS "t53"
                ON (
                  "t51"."_wd_from" + 21
                ) = "t53"."_wd_to"
            ) AS "t166"
          ) AS "t189"
        ) AS "t208"
          ON "t85"."la_code" = "t208"."la_code" AND "t85"."clar_cla_id" = "t208"."cla_id"
      ) AS "t238"
      WHERE
        "t238"."clar_cla_review_date" >= "t238"."period_start"
    ) AS "t271"
    SEMI JOIN "t313" AS "t325"
      ON "t271"."la_code" = "t325"."la_code" AND "t271"."plan_id" = "t325"."plan_id"
  ) AS "t345"
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
            "t367"."la_code",
            "t367"."month",
            'caseload_over_policy' AS "indicator",
            "t367"."numerator",
            "t367"."denominator",
            "t367"."excluded",
            CASE
              WHEN "t367"."denominator" > 0
              THEN (
                CAST("t367"."numerator" AS DOUBLE) / "t367"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t352"."numerator", 0) AS "numerator",
              COALESCE("t352"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t316"."la_code",
                "t316"."month",
                SUM(CAST("t316"."_kept" AND COALESCE("t316"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t316"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t291"."la_code",
                  "t291"."month",
                  "t291"."worker_id",
                  "t291"."team_id",
                  "t291"."amount",
                  "t291"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t291"
              ) AS "t316"
              GROUP BY
                1,
                2
            ) AS "t352"
              ON "t18"."la_code" = "t352"."la_code" AND "t19"."month" = "t352"."month"
          ) AS "t367"
          ORDER BY
            "t367"."la_code" ASC,
            "t367"."month" ASC
        ) AS "t381"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t377"."la_code",
            "t377"."month",
            'unallocated_cp_cla' AS "indicator",
            "t377"."numerator",
            "t377"."denominator",
            "t377"."excluded",
            CASE
              WHEN "t377"."denominator" > 0
              THEN (
                CAST("t377"."numerator" AS DOUBLE) / "t377"."denominator"
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
                "t339"."la_code",
                "t339"."month",
                SUM(CAST("t339"."_kept" AND COALESCE("t339"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t339"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t331"."la_code",
                  "t331"."month",
                  "t331"."person_id",
                  "t331"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t308"."la_code",
                    "t308"."month",
                    "t308"."person_id",
                    COUNT("t308"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t278"."la_code",
                      "t278"."month",
                      "t278"."month_end",
                      "t278"."person_id",
                      "t81"."la_code" AS "la_code_right",
                      "t81"."invo_involvements_id",
                      "t81"."invo_person_id",
                      "t81"."invo_professional_id",
                      "t81"."invo_professional_role_id",
                      "t81"."invo_professional_team",
                      "t81"."invo_involvement_start_date",
                      "t81"."invo_involvement_end_date",
                      "t81"."invo_worker_change_reason",
                      "t81"."invo_referral_id",
                      "t81"."_start",
                      "t81"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t161"."la_code",
                          "t161"."month",
                          "t161"."month_end",
                          "t161"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t161"
                      ) AS "t181"
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
                      ) AS "t265"
                    ) AS "t278"
                    LEFT OUTER JOIN "t48" AS "t81"
                      ON "t278"."la_code" = "t81"."la_code"
                      AND "t278"."person_id" = "t81"."invo_person_id"
                      AND "t81"."_start" <= "t278"."month_end"
                      AND COALESCE("t81"."_end", MAKE_DATE(9999, 12, 31)) > "t278"."month_end"
                  ) AS "t308"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t331"
              ) AS "t339"
              GROUP BY
                1,
                2
            ) AS "t368"
              ON "t18"."la_code" = "t368"."la_code" AND "t19"."month" = "t368"."month"
          ) AS "t377"
          ORDER BY
            "t377"."la_code" ASC,
            "t377"."month" ASC
        ) AS "t387"
      ) AS "t389"
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
              "t216"."la_code",
              "t216"."month",
              'contacts' AS "indicator",
              "t216"."numerator",
              "t216"."denominator",
              "t216"."excluded",
              CAST("t216"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t183"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t130"."la_code",
                  "t130"."month",
                  SUM(CAST("t130"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t108"."la_code",
                    "t108"."cont_contact_id",
                    "t108"."cont_person_id",
                    "t108"."cont_contact_date",
                    "t108"."cont_contact_source_code",
                    "t108"."cont_contact_outcome_json",
                    "t108"."cont_screening_date",
                    "t108"."cont_screened_by_qualified",
                    "t108"."month",
                    "t108"."month_end",
                    "t108"."rolling_start",
                    "t108"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t108"
                ) AS "t130"
                GROUP BY
                  1,
                  2
              ) AS "t183"
                ON "t18"."la_code" = "t183"."la_code" AND "t19"."month" = "t183"."month"
            ) AS "t216"
            ORDER BY
              "t216"."la_code" ASC,
              "t216"."month" ASC
          ) AS "t237"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t256"."la_code",
              "t256"."month",
              'contacts_screened_24h' AS "indicator",
              "t256"."numerator",
              "t256"."denominator",
              "t256"."excluded",
              CASE
                WHEN "t256"."denominator" > 0
                THEN (
                  CAST("t256"."numerator" AS DOUBLE) / "t256"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t231"."numerator", 0) AS "numerator",
                COALESCE("t231"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t172"."la_code",
                  "t172"."month",
                  SUM(CAST("t172"."_kept" AND COALESCE("t172"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t172"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t108"."la_code",
                    "t108"."cont_contact_id",
                    "t108"."cont_person_id",
                    "t108"."cont_contact_date",
                    "t108"."cont_contact_source_code",
                    "t108"."cont_contact_outcome_json",
                    "t108"."cont_screening_date",
                    "t108"."cont_screened_by_qualified",
                    "t108"."month",
                    "t108"."month_end",
                    "t108"."rolling_start",
                    "t108"."pop_year",
                    (
                      "t108"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t108"."cont_screening_date" <= (
                        "t108"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t108"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t108"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t108"
                ) AS "t172"
                GROUP BY
                  1,
                  2
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t256"
            ORDER BY
              "t256"."la_code" ASC,
              "t256"."month" ASC
          ) AS "t304"
        ) AS "t311"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t242"."la_code",
              "t242"."month",
              'contacts_to_referral' AS "indicator",
              "t242"."numerator",
              "t242"."denominator",
              "t242"."excluded",
              CASE
                WHEN "t242"."denominator" > 0
                THEN (
                  CAST("t242"."numerator" AS DOUBLE) / "t242"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t215"."numerator", 0) AS "numerator",
                COALESCE("t215"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t157"."la_code",
                  "t157"."month",
                  SUM(CAST("t157"."_kept" AND COALESCE("t157"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t157"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t108"."la_code",
                    "t108"."cont_contact_id",
                    "t108"."cont_person_id",
                    "t108"."cont_contact_date",
                    "t108"."cont_contact_source_code",
                    "t108"."cont_contact_outcome_json",
                    "t108"."cont_screening_date",
                    "t108"."cont_screened_by_qualified",
                    "t108"."month",
                    "t108"."month_end",
                    "t108"."rolling_start",
                    "t108"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t108"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t108"
                ) AS "t157"
                GROUP BY
                  1,
                  2
              ) AS "t215"
                ON "t18"."la_code" = "t215"."la_code" AND "t19"."month" = "t215"."month"
            ) AS "t242"
            ORDER BY
              "t242"."la_code" ASC,
              "t242"."month" ASC
          ) AS "t284"
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
                COALESCE("t150"."numerator", 0) AS "numerator",
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
              ) AS "t150"
                ON "t18"."la_code" = "t150"."la_code" AND "t19"."month" = "t150"."month"
            ) AS "t185"
            ORDER BY
              "t185"."la_code" ASC,
              "t185"."month" ASC
          ) AS "t210"
        ) AS "t290"
      ) AS "t315"
    ) AS "t392"
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
                COALESCE("t151"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t232"."population" AS "denominator"
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
              ) AS "t151"
                ON "t18"."la_code" = "t151"."la_code" AND "t19"."month" = "t151"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."rolling_start",
                    "t160"."pop_year",
                    "t160"."year",
                    "t160"."population",
                    "t160"."source",
                    "t160"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t160"."la_code", "t160"."month"
                      ORDER BY "t160"."distance" ASC, "t160"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t114"."la_code",
                      "t114"."month",
                      "t114"."month_end",
                      "t114"."rolling_start",
                      "t114"."pop_year",
                      "t114"."year",
                      "t114"."population",
                      "t114"."source",
                      ABS("t114"."year" - "t114"."pop_year") AS "distance"
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
                        FROM "populations" AS "t8"
                        WHERE
                          "t8"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t114"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
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
              "t321"."la_code",
              "t321"."month",
              'rereferrals_12m' AS "indicator",
              "t321"."numerator",
              "t321"."denominator",
              "t321"."excluded",
              CASE
                WHEN "t321"."denominator" > 0
                THEN (
                  CAST("t321"."numerator" AS DOUBLE) / "t321"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t297"."numerator", 0) AS "numerator",
                COALESCE("t297"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t244"."la_code",
                  "t244"."month",
                  SUM(CAST("t244"."_kept" AND COALESCE("t244"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t244"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t233"."la_code",
                    "t233"."cine_referral_id",
                    "t233"."cine_person_id",
                    "t233"."cine_referral_date",
                    "t233"."hit",
                    "t233"."month",
                    "t233"."month_end",
                    "t233"."rolling_start",
                    "t233"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t124"."la_code",
                      "t124"."cine_referral_id",
                      "t124"."cine_person_id",
                      "t124"."cine_referral_date",
                      COALESCE("t199"."hit", FALSE) AS "hit",
                      "t20"."month",
                      "t20"."month_end",
                      "t20"."rolling_start",
                      "t20"."pop_year"
                    FROM (
                      SELECT
                        "t87"."la_code",
                        "t87"."cine_referral_id",
                        "t87"."cine_person_id",
                        "t87"."cine_referral_date",
                        "t87"."cine_referral_source_code",
                        "t87"."cine_referral_nfa",
                        "t87"."cine_cin_primary_need_code",
                        "t87"."cine_close_date",
                        "t87"."cine_close_reason"
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
                      ) AS "t87"
                      WHERE
                        "t87"."cine_referral_date" >= "t87"."_lo"
                        AND "t87"."cine_referral_date" <= "t87"."_hi"
                    ) AS "t124"
                    LEFT OUTER JOIN (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t124"."la_code",
                          "t124"."cine_referral_id",
                          TRUE AS "hit"
                        FROM (
                          SELECT
                            "t87"."la_code",
                            "t87"."cine_referral_id",
                            "t87"."cine_person_id",
                            "t87"."cine_referral_date",
                            "t87"."cine_referral_source_code",
                            "t87"."cine_referral_nfa",
                            "t87"."cine_cin_primary_need_code",
                            "t87"."cine_close_date",
                            "t87"."cine_close_reason"
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
                          ) AS "t87"
                          WHERE
                            "t87"."cine_referral_date" >= "t87"."_lo"
                            AND "t87"."cine_referral_date" <= "t87"."_hi"
                        ) AS "t124"
                        INNER JOIN (
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
                        ) AS "t134"
                          ON "t124"."la_code" = "t134"."la_code"
                          AND "t124"."cine_person_id" = "t134"."cine_person_id"
                          AND "t134"."cine_referral_date" >= (
                            "t124"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                          AND "t134"."cine_referral_date" < "t124"."cine_referral_date"
                      ) AS "t179"
                    ) AS "t199"
                      ON "t124"."la_code" = "t199"."la_code"
                      AND "t124"."cine_referral_id" = "t199"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t124"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t124"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t233"
                ) AS "t244"
                GROUP BY
                  1,
                  2
              ) AS "t297"
                ON "t18"."la_code" = "t297"."la_code" AND "t19"."month" = "t297"."month"
            ) AS "t321"
            ORDER BY
              "t321"."la_code" ASC,
              "t321"."month" ASC
          ) AS "t353"
        ) AS "t355"
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
                COALESCE("t152"."numerator", 0) AS "numerator",
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
              ) AS "t152"
                ON "t18"."la_code" = "t152"."la_code" AND "t19"."month" = "t152"."month"
            ) AS "t186"
            ORDER BY
              "t186"."la_code" ASC,
              "t186"."month" ASC
          ) AS "t212"
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
                COALESCE("t153"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t232"."population" AS "denominator"
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
              ) AS "t153"
                ON "t18"."la_code" = "t153"."la_code" AND "t19"."month" = "t153"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."rolling_start",
                    "t160"."pop_year",
                    "t160"."year",
                    "t160"."population",
                    "t160"."source",
                    "t160"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t160"."la_code", "t160"."month"
                      ORDER BY "t160"."distance" ASC, "t160"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t114"."la_code",
                      "t114"."month",
                      "t114"."month_end",
                      "t114"."rolling_start",
                      "t114"."pop_year",
                      "t114"."year",
                      "t114"."population",
                      "t114"."source",
                      ABS("t114"."year" - "t114"."pop_year") AS "distance"
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
                        FROM "populations" AS "t8"
                        WHERE
                          "t8"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t114"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t262"
            ORDER BY
              "t262"."la_code" ASC,
              "t262"."month" ASC
          ) AS "t294"
        ) AS "t305"
      ) AS "t360"
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
              "t289"."la_code",
              "t289"."month",
              'assessments_in_timescale' AS "indicator",
              "t289"."numerator",
              "t289"."denominator",
              "t289"."excluded",
              CASE
                WHEN "t289"."denominator" > 0
                THEN (
                  CAST("t289"."numerator" AS DOUBLE) / "t289"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t268"."numerator", 0) AS "numerator",
                COALESCE("t268"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t211"."la_code",
                  "t211"."month",
                  SUM(CAST("t211"."_kept" AND COALESCE("t211"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t211"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t180"."la_code",
                    "t180"."cina_assessment_id",
                    "t180"."cina_person_id",
                    "t180"."cina_referral_id",
                    "t180"."cina_assessment_start_date",
                    "t180"."cina_assessment_auth_date",
                    "t180"."cina_assessment_child_seen",
                    "t180"."month",
                    "t180"."month_end",
                    "t180"."rolling_start",
                    "t180"."pop_year",
                    "t180"."la_code_right",
                    "t180"."cine_referral_id",
                    "t180"."cine_referral_date",
                    "t180"."_start",
                    "t180"."_wd_b" - "t180"."_wd_a" AS "wd",
                    (
                      "t180"."_wd_b" - "t180"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t139"."la_code",
                      "t139"."cina_assessment_id",
                      "t139"."cina_person_id",
                      "t139"."cina_referral_id",
                      "t139"."cina_assessment_start_date",
                      "t139"."cina_assessment_auth_date",
                      "t139"."cina_assessment_child_seen",
                      "t139"."month",
                      "t139"."month_end",
                      "t139"."rolling_start",
                      "t139"."pop_year",
                      "t139"."la_code_right",
                      "t139"."cine_referral_id",
                      "t139"."cine_referral_date",
                      "t139"."_start",
                      "t67"."_wd_a",
                      "t69"."_wd_b"
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
                    ) AS "t139"
                    LEFT OUTER JOIN "t35" AS "t67"
                      ON "t139"."_start" = "t67"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t69"
                      ON "t139"."cina_assessment_auth_date" = "t69"."_wd_b__date"
                  ) AS "t180"
                ) AS "t211"
                GROUP BY
                  1,
                  2
              ) AS "t268"
                ON "t18"."la_code" = "t268"."la_code" AND "t19"."month" = "t268"."month"
            ) AS "t289"
            ORDER BY
              "t289"."la_code" ASC,
              "t289"."month" ASC
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
                COALESCE("t154"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t232"."population" AS "denominator"
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
              ) AS "t154"
                ON "t18"."la_code" = "t154"."la_code" AND "t19"."month" = "t154"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."rolling_start",
                    "t160"."pop_year",
                    "t160"."year",
                    "t160"."population",
                    "t160"."source",
                    "t160"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t160"."la_code", "t160"."month"
                      ORDER BY "t160"."distance" ASC, "t160"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t114"."la_code",
                      "t114"."month",
                      "t114"."month_end",
                      "t114"."rolling_start",
                      "t114"."pop_year",
                      "t114"."year",
                      "t114"."population",
                      "t114"."source",
                      ABS("t114"."year" - "t114"."pop_year") AS "distance"
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
                        FROM "populations" AS "t8"
                        WHERE
                          "t8"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t114"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t263"
            ORDER BY
              "t263"."la_code" ASC,
              "t263"."month" ASC
          ) AS "t295"
        ) AS "t335"
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
                COALESCE("t270"."numerator", 0) AS "numerator",
                COALESCE("t270"."denominator", 0) AS "denominator",
                COALESCE("t270"."excluded", 0) AS "excluded"
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
                    "t174"."la_code",
                    "t174"."icpc_icpc_id",
                    "t174"."icpc_person_id",
                    "t174"."icpc_s47_enquiry_id",
                    "t174"."icpc_cp_plan_id",
                    "t174"."icpc_icpc_date",
                    "t174"."icpc_icpc_outcome_cp_flag",
                    "t174"."icpc_icpc_transfer_in",
                    "t174"."month",
                    "t174"."month_end",
                    "t174"."rolling_start",
                    "t174"."pop_year",
                    "t174"."la_code_right",
                    "t174"."s47e_s47_enquiry_id",
                    "t174"."s47e_s47_start_date",
                    "t174"."_wd_b" - "t174"."_wd_a" AS "wd",
                    "t174"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t174"."_wd_b" - "t174"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t174"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t131"."la_code",
                      "t131"."icpc_icpc_id",
                      "t131"."icpc_person_id",
                      "t131"."icpc_s47_enquiry_id",
                      "t131"."icpc_cp_plan_id",
                      "t131"."icpc_icpc_date",
                      "t131"."icpc_icpc_outcome_cp_flag",
                      "t131"."icpc_icpc_transfer_in",
                      "t131"."month",
                      "t131"."month_end",
                      "t131"."rolling_start",
                      "t131"."pop_year",
                      "t46"."la_code" AS "la_code_right",
                      "t46"."s47e_s47_enquiry_id",
                      "t46"."s47e_s47_start_date",
                      "t68"."_wd_a",
                      "t70"."_wd_b"
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
                      ) AS "t83"
                      WHERE
                        NOT (
                          COALESCE("t83"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t131"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."s47e_s47_enquiry_id",
                        "t4"."s47e_s47_start_date"
                      FROM "ssd_s47_enquiry" AS "t4"
                    ) AS "t46"
                      ON "t131"."la_code" = "t46"."la_code"
                      AND "t131"."icpc_s47_enquiry_id" = "t46"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t35" AS "t68"
                      ON "t46"."s47e_s47_start_date" = "t68"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t70"
                      ON "t131"."icpc_icpc_date" = "t70"."_wd_b__date"
                  ) AS "t174"
                ) AS "t218"
                GROUP BY
                  1,
                  2
              ) AS "t270"
                ON "t18"."la_code" = "t270"."la_code" AND "t19"."month" = "t270"."month"
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
                COALESCE("t223"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t182"."la_code",
                  "t182"."month",
                  SUM(CAST("t182"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."cppl_person_id",
                    "t161"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t161"
                ) AS "t182"
                GROUP BY
                  1,
                  2
              ) AS "t223"
                ON "t18"."la_code" = "t223"."la_code" AND "t19"."month" = "t223"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t274"
        ) AS "t338"
      ) AS "t343"
    ) AS "t363"
  ) AS "t396"
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
                COALESCE("t223"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t232"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t182"."la_code",
                  "t182"."month",
                  SUM(CAST("t182"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."cppl_person_id",
                    "t161"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t161"
                ) AS "t182"
                GROUP BY
                  1,
                  2
              ) AS "t223"
                ON "t18"."la_code" = "t223"."la_code" AND "t19"."month" = "t223"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."rolling_start",
                    "t160"."pop_year",
                    "t160"."year",
                    "t160"."population",
                    "t160"."source",
                    "t160"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t160"."la_code", "t160"."month"
                      ORDER BY "t160"."distance" ASC, "t160"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t114"."la_code",
                      "t114"."month",
                      "t114"."month_end",
                      "t114"."rolling_start",
                      "t114"."pop_year",
                      "t114"."year",
                      "t114"."population",
                      "t114"."source",
                      ABS("t114"."year" - "t114"."pop_year") AS "distance"
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
                        FROM "populations" AS "t8"
                        WHERE
                          "t8"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t114"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
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
                COALESCE("t155"."numerator", 0) AS "numerator",
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
              ) AS "t155"
                ON "t18"."la_code" = "t155"."la_code" AND "t19"."month" = "t155"."month"
            ) AS "t187"
            ORDER BY
              "t187"."la_code" ASC,
              "t187"."month" ASC
          ) AS "t213"
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
                COALESCE("t307"."numerator", 0) AS "numerator",
                COALESCE("t307"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t252"."la_code",
                  "t252"."month",
                  SUM(CAST("t252"."_kept" AND COALESCE("t252"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t252"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t239"."la_code",
                    "t239"."cppl_cp_plan_id",
                    "t239"."cppl_person_id",
                    "t239"."cppl_cp_plan_start_date",
                    "t239"."cppl_cp_plan_end_date",
                    "t239"."cppl_cp_plan_initial_category",
                    "t239"."cppl_cp_plan_latest_category",
                    "t239"."cppl_icpc_id",
                    "t239"."hit",
                    "t239"."month",
                    "t239"."month_end",
                    "t239"."rolling_start",
                    "t239"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t209"."la_code",
                      "t209"."cppl_cp_plan_id",
                      "t209"."cppl_person_id",
                      "t209"."cppl_cp_plan_start_date",
                      "t209"."cppl_cp_plan_end_date",
                      "t209"."cppl_cp_plan_initial_category",
                      "t209"."cppl_cp_plan_latest_category",
                      "t209"."cppl_icpc_id",
                      "t209"."hit",
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
                          "t168"."la_code",
                          "t168"."cppl_cp_plan_id",
                          "t168"."cppl_person_id",
                          "t168"."cppl_cp_plan_start_date",
                          "t168"."cppl_cp_plan_end_date",
                          "t168"."cppl_cp_plan_initial_category",
                          "t168"."cppl_cp_plan_latest_category",
                          "t168"."cppl_icpc_id",
                          "t168"."_first",
                          "t168"."cppl_cp_plan_start_date" > "t168"."_first" AS "hit"
                        FROM (
                          SELECT
                            "t125"."la_code",
                            "t125"."cppl_cp_plan_id",
                            "t125"."cppl_person_id",
                            "t125"."cppl_cp_plan_start_date",
                            "t125"."cppl_cp_plan_end_date",
                            "t125"."cppl_cp_plan_initial_category",
                            "t125"."cppl_cp_plan_latest_category",
                            "t125"."cppl_icpc_id",
                            "t65"."_first"
                          FROM (
                            SELECT
                              "t88"."la_code",
                              "t88"."cppl_cp_plan_id",
                              "t88"."cppl_person_id",
                              "t88"."cppl_cp_plan_start_date",
                              "t88"."cppl_cp_plan_end_date",
                              "t88"."cppl_cp_plan_initial_category",
                              "t88"."cppl_cp_plan_latest_category",
                              "t88"."cppl_icpc_id"
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
                            ) AS "t88"
                            WHERE
                              "t88"."cppl_cp_plan_start_date" >= "t88"."_lo"
                              AND "t88"."cppl_cp_plan_start_date" <= "t88"."_hi"
                          ) AS "t125"
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
                            ON "t125"."la_code" = "t65"."la_code"
                            AND "t125"."cppl_person_id" = "t65"."cppl_person_id"
                        ) AS "t168"
                      ) AS "t191"
                    ) AS "t209"
                    INNER JOIN "_months" AS "t19"
                      ON "t209"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t209"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t239"
                ) AS "t252"
                GROUP BY
                  1,
                  2
              ) AS "t307"
                ON "t18"."la_code" = "t307"."la_code" AND "t19"."month" = "t307"."month"
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
              "t230"."la_code",
              "t230"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t230"."numerator",
              "t230"."denominator",
              "t230"."excluded",
              CASE
                WHEN "t230"."denominator" > 0
                THEN (
                  CAST("t230"."numerator" AS DOUBLE) / "t230"."denominator"
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
                  "t129"."la_code",
                  "t129"."month",
                  SUM(CAST("t129"."_kept" AND COALESCE("t129"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t129"."_kept" AS BIGINT)) AS "denominator"
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
                ) AS "t129"
                GROUP BY
                  1,
                  2
              ) AS "t194"
                ON "t18"."la_code" = "t194"."la_code" AND "t19"."month" = "t194"."month"
            ) AS "t230"
            ORDER BY
              "t230"."la_code" ASC,
              "t230"."month" ASC
          ) AS "t273"
        ) AS "t361"
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
              "t282"."la_code",
              "t282"."month",
              'cp_open_2yrs' AS "indicator",
              "t282"."numerator",
              "t282"."denominator",
              "t282"."excluded",
              CASE
                WHEN "t282"."denominator" > 0
                THEN (
                  CAST("t282"."numerator" AS DOUBLE) / "t282"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t255"."numerator", 0) AS "numerator",
                COALESCE("t255"."denominator", 0) AS "denominator",
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
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."cppl_person_id",
                    "t161"."start",
                    (
                      DATE_DIFF('DAY', "t161"."start", "t161"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t161"
                ) AS "t203"
                GROUP BY
                  1,
                  2
              ) AS "t255"
                ON "t18"."la_code" = "t255"."la_code" AND "t19"."month" = "t255"."month"
            ) AS "t282"
            ORDER BY
              "t282"."la_code" ASC,
              "t282"."month" ASC
          ) AS "t328"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t405"."la_code",
              "t405"."month",
              'cp_reviews_in_timescale' AS "indicator",
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
                COALESCE("t398"."numerator", 0) AS "numerator",
                COALESCE("t398"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t384"."la_code",
                  "t384"."month",
                  SUM(CAST("t384"."_kept" AND COALESCE("t384"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t384"."_kept" AS BIGINT)) AS "denominator"
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
                      "t170"."la_code",
                      "t170"."month",
                      "t170"."month_end",
                      "t170"."plan_id",
                      "t170"."start",
                      "t170"."person_id",
                      "t170"."first_due",
                      COALESCE("t351"."k" + 1, 0) AS "held_n",
                      "t351"."date" AS "last",
                      COALESCE("t351"."first_late" <= "t351"."k", FALSE) AS "late_held"
                    FROM "t156" AS "t170"
                    LEFT OUTER JOIN (
                      SELECT
                        "t276"."la_code",
                        "t276"."plan_id",
                        "t276"."date",
                        "t276"."k",
                        "t276"."following",
                        "t329"."first_late"
                      FROM (
                        SELECT
                          "t249"."la_code",
                          "t249"."plan_id",
                          "t249"."date",
                          "t249"."k",
                          "t249"."following"
                        FROM "t241" AS "t249"
                      ) AS "t276"
                      LEFT OUTER JOIN (
                        SELECT
                          "t303"."la_code",
                          "t303"."plan_id",
                          MIN("t303"."k") AS "first_late"
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
                            FROM "t241" AS "t249"
                          ) AS "t283"
                          WHERE
                            "t283"."late"
                        ) AS "t303"
                        GROUP BY
                          1,
                          2
                      ) AS "t329"
                        ON "t276"."la_code" = "t329"."la_code" AND "t276"."plan_id" = "t329"."plan_id"
                    ) AS "t351"
                      ON "t170"."la_code" = "t351"."la_code"
                      AND "t170"."plan_id" = "t351"."plan_id"
                      AND "t351"."date" <= "t170"."month_end"
                      AND COALESCE("t351"."following", MAKE_DATE(9999, 12, 31)) > "t170"."month_end"
                  ) AS "t370"
                ) AS "t384"
                GROUP BY
                  1,
                  2
              ) AS "t398"
                ON "t18"."la_code" = "t398"."la_code" AND "t19"."month" = "t398"."month"
            ) AS "t405"
            ORDER BY
              "t405"."la_code" ASC,
              "t405"."month" ASC
          ) AS "t408"
        ) AS "t409"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t386"."la_code",
              "t386"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t386"."numerator",
              "t386"."denominator",
              "t386"."excluded",
              CASE
                WHEN "t386"."denominator" > 0
                THEN (
                  CAST("t386"."numerator" AS DOUBLE) / "t386"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t378"."numerator", 0) AS "numerator",
                COALESCE("t378"."denominator", 0) AS "denominator",
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
                    "t336"."la_code",
                    "t336"."month",
                    "t336"."month_end",
                    "t336"."cppl_person_id",
                    "t336"."start",
                    "t336"."wd_open",
                    "t336"."last_visit",
                    "t336"."_wd_b" - "t336"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t336"."_wd_b" - "t336"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t336"."_wd_b" - "t336"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t314"."la_code",
                      "t314"."month",
                      "t314"."month_end",
                      "t314"."cppl_person_id",
                      "t314"."start",
                      "t314"."wd_open",
                      "t314"."last_visit",
                      "t67"."_wd_a",
                      "t69"."_wd_b"
                    FROM (
                      SELECT
                        "t302".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t275"."la_code",
                          "t275"."month",
                          "t275"."month_end",
                          "t275"."cppl_person_id",
                          "t275"."start",
                          "t275"."wd_open",
                          "t275"."_latest",
                          CASE WHEN "t275"."_latest" >= "t275"."start" THEN "t275"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t240"."la_code",
                            "t240"."month",
                            "t240"."month_end",
                            "t240"."cppl_person_id",
                            "t240"."start",
                            "t240"."wd_open",
                            "t227"."_latest"
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
                                "t169"."la_code",
                                "t169"."month",
                                "t169"."month_end",
                                "t169"."cppl_person_id",
                                "t169"."start",
                                "t67"."_wd_a",
                                "t69"."_wd_b"
                              FROM "cohort_on_plan" AS "t169"
                              LEFT OUTER JOIN "t35" AS "t67"
                                ON "t169"."start" = "t67"."_wd_a__date"
                              LEFT OUTER JOIN "t36" AS "t69"
                                ON "t169"."month_end" = "t69"."_wd_b__date"
                            ) AS "t204"
                            WHERE
                              (
                                "t204"."_wd_b" - "t204"."_wd_a"
                              ) > 10
                          ) AS "t240"
                          LEFT OUTER JOIN (
                            SELECT
                              "t197"."la_code",
                              "t197"."month",
                              "t197"."cppv_person_id" AS "cppl_person_id",
                              "t197"."_latest"
                            FROM (
                              SELECT
                                "t176"."la_code",
                                "t176"."month",
                                "t176"."cppv_person_id",
                                MAX("t176"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t133"."la_code",
                                  "t133"."cppv_person_id",
                                  "t133"."cppv_cp_visit_date",
                                  "t117"."month",
                                  "t117"."month_end",
                                  "t117"."_from"
                                FROM (
                                  SELECT
                                    "t106"."la_code",
                                    "t106"."cppv_person_id",
                                    "t106"."cppv_cp_visit_date"
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
                                  ) AS "t106"
                                ) AS "t133"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t54"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t9"."wd_ordinal" AS "_e_ord",
                                      "t9"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t9"
                                  ) AS "t52"
                                    ON "t21"."month_end" = "t52"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t9"."date" AS "_d",
                                      "t9"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t9"
                                    WHERE
                                      "t9"."is_working_day"
                                  ) AS "t54"
                                    ON (
                                      "t52"."_e_ord" - 10
                                    ) = "t54"."_d_ord"
                                ) AS "t117"
                                  ON "t133"."cppv_cp_visit_date" >= "t117"."_from"
                                  AND "t133"."cppv_cp_visit_date" <= "t117"."month_end"
                              ) AS "t176"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t197"
                          ) AS "t227"
                            ON "t240"."la_code" = "t227"."la_code"
                            AND "t240"."month" = "t227"."month"
                            AND "t240"."cppl_person_id" = "t227"."cppl_person_id"
                        ) AS "t275"
                      ) AS "t302"
                    ) AS "t314"
                    LEFT OUTER JOIN "t35" AS "t67"
                      ON "t314"."last_visit" = "t67"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t69"
                      ON "t314"."month_end" = "t69"."_wd_b__date"
                  ) AS "t336"
                ) AS "t357"
                GROUP BY
                  1,
                  2
              ) AS "t378"
                ON "t18"."la_code" = "t378"."la_code" AND "t19"."month" = "t378"."month"
            ) AS "t386"
            ORDER BY
              "t386"."la_code" ASC,
              "t386"."month" ASC
          ) AS "t400"
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
                COALESCE("t299"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t266"."la_code",
                  "t266"."month",
                  SUM(CAST("t266"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t266"
                GROUP BY
                  1,
                  2
              ) AS "t299"
                ON "t18"."la_code" = "t299"."la_code" AND "t19"."month" = "t299"."month"
            ) AS "t322"
            ORDER BY
              "t322"."la_code" ASC,
              "t322"."month" ASC
          ) AS "t340"
        ) AS "t402"
      ) AS "t410"
    ) AS "t411"
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
                COALESCE("t299"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t232"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t266"."la_code",
                  "t266"."month",
                  SUM(CAST("t266"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t266"
                GROUP BY
                  1,
                  2
              ) AS "t299"
                ON "t18"."la_code" = "t299"."la_code" AND "t19"."month" = "t299"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."rolling_start",
                    "t160"."pop_year",
                    "t160"."year",
                    "t160"."population",
                    "t160"."source",
                    "t160"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t160"."la_code", "t160"."month"
                      ORDER BY "t160"."distance" ASC, "t160"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t114"."la_code",
                      "t114"."month",
                      "t114"."month_end",
                      "t114"."rolling_start",
                      "t114"."pop_year",
                      "t114"."year",
                      "t114"."population",
                      "t114"."source",
                      ABS("t114"."year" - "t114"."pop_year") AS "distance"
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
                        FROM "populations" AS "t8"
                        WHERE
                          "t8"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t114"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t323"
            ORDER BY
              "t323"."la_code" ASC,
              "t323"."month" ASC
          ) AS "t348"
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
                COALESCE("t225"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t184"."la_code",
                  "t184"."month",
                  SUM(CAST("t184"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t165"."la_code",
                    "t165"."first_episode_start",
                    "t165"."clae_person_id",
                    "t165"."cla_id",
                    "t165"."period_start",
                    "t165"."month",
                    "t165"."month_end",
                    "t165"."rolling_start",
                    "t165"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t119"."la_code",
                      "t119"."first_episode_start",
                      "t119"."clae_person_id",
                      "t119"."cla_id",
                      "t119"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t119"
                    INNER JOIN "_months" AS "t19"
                      ON "t119"."first_episode_start" >= "t19"."month"
                      AND "t119"."first_episode_start" <= "t19"."month_end"
                  ) AS "t165"
                ) AS "t184"
                GROUP BY
                  1,
                  2
              ) AS "t225"
                ON "t18"."la_code" = "t225"."la_code" AND "t19"."month" = "t225"."month"
            ) AS "t250"
            ORDER BY
              "t250"."la_code" ASC,
              "t250"."month" ASC
          ) AS "t277"
        ) AS "t354"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t404"."la_code",
              "t404"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t404"."numerator",
              "t404"."denominator",
              "t404"."excluded",
              CASE
                WHEN "t404"."denominator" > 0
                THEN (
                  CAST("t404"."numerator" AS DOUBLE) / "t404"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t395"."numerator", 0) AS "numerator",
                COALESCE("t395"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t382"."la_code",
                  "t382"."month",
                  SUM(CAST("t382"."_kept" AND COALESCE("t382"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t382"."_kept" AS BIGINT)) AS "denominator"
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
                      "t359".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t344"."la_code",
                        "t344"."month",
                        "t344"."month_end",
                        "t344"."rolling_start",
                        "t344"."person_id",
                        "t344"."cla_id",
                        "t344"."episode_start",
                        "t344"."placement_start",
                        "t344"."long_term",
                        "t344"."p",
                        "t344"."_latest",
                        CASE WHEN "t344"."_latest" >= "t344"."p" THEN "t344"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t320"."la_code",
                          "t320"."month",
                          "t320"."month_end",
                          "t320"."rolling_start",
                          "t320"."person_id",
                          "t320"."cla_id",
                          "t320"."episode_start",
                          "t320"."placement_start",
                          "t320"."long_term",
                          "t320"."p",
                          "t226"."_latest"
                        FROM (
                          SELECT
                            "t285"."la_code",
                            "t285"."month",
                            "t285"."month_end",
                            "t285"."rolling_start",
                            "t285"."person_id",
                            "t285"."cla_id",
                            "t285"."episode_start",
                            "t285"."placement_start",
                            "t285"."long_term",
                            COALESCE("t285"."placement_start", "t285"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t253"."la_code",
                              "t253"."month",
                              "t253"."month_end",
                              "t253"."rolling_start",
                              "t253"."person_id",
                              "t253"."cla_id",
                              "t253"."episode_start",
                              "t260"."placement_start",
                              "t260"."long_term"
                            FROM "cohort_looked_after" AS "t253"
                            LEFT OUTER JOIN (
                              SELECT
                                "t177"."la_code",
                                "t19"."month",
                                "t177"."clap_cla_id" AS "cla_id",
                                "t177"."clap_cla_placement_start_date" AS "placement_start",
                                "t177"."clap_long_term" AS "long_term"
                              FROM "t159" AS "t177"
                              INNER JOIN "_months" AS "t19"
                                ON "t177"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t177"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t177"."la_code",
                                  "t177"."clap_cla_placement_id" AS "_superseded",
                                  "t178"."clap_cla_placement_start_date" AS "_start",
                                  "t178"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t159" AS "t177"
                                INNER JOIN "t159" AS "t178"
                                  ON "t177"."la_code" = "t178"."la_code"
                                  AND "t177"."clap_cla_id" = "t178"."clap_cla_id"
                                  AND "t178"."clap_cla_placement_start_date" >= "t177"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t178"."clap_cla_placement_start_date" > "t177"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t178"."clap_cla_placement_id" > "t177"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t178"."clap_cla_placement_start_date" < COALESCE("t177"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t178"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t178"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t228"
                                ON "t177"."la_code" = "t228"."la_code"
                                AND "t19"."month" = "t228"."month"
                                AND "t177"."clap_cla_placement_id" = "t228"."_superseded"
                            ) AS "t260"
                              ON "t253"."la_code" = "t260"."la_code"
                              AND "t253"."month" = "t260"."month"
                              AND "t253"."cla_id" = "t260"."cla_id"
                          ) AS "t285"
                          WHERE
                            COALESCE("t285"."placement_start", "t285"."episode_start") <= (
                              "t285"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t320"
                        LEFT OUTER JOIN (
                          SELECT
                            "t196"."la_code",
                            "t196"."month",
                            "t196"."clav_person_id" AS "person_id",
                            "t196"."_latest"
                          FROM (
                            SELECT
                              "t175"."la_code",
                              "t175"."month",
                              "t175"."clav_person_id",
                              MAX("t175"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t132"."la_code",
                                "t132"."clav_person_id",
                                "t132"."clav_cla_visit_date",
                                "t64"."month",
                                "t64"."month_end",
                                "t64"."_from"
                              FROM (
                                SELECT
                                  "t105"."la_code",
                                  "t105"."clav_person_id",
                                  "t105"."clav_cla_visit_date"
                                FROM (
                                  SELECT
                                    *
                                  FROM "ssd_cla_visits" AS "t13"
                                  WHERE
                                    COALESCE("t13"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t13"."la_code" IN (
                                        SELECT
                                          "t17"."la_code"
                                        FROM "_supplied" AS "t17"
                                        WHERE
                                          "t17"."table_name" = 'ssd_cla_visits'
                                          AND "t17"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t105"
                              ) AS "t132"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t64"
                                ON "t132"."clav_cla_visit_date" >= "t64"."_from"
                                AND "t132"."clav_cla_visit_date" <= "t64"."month_end"
                            ) AS "t175"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t196"
                        ) AS "t226"
                          ON "t320"."la_code" = "t226"."la_code"
                          AND "t320"."month" = "t226"."month"
                          AND "t320"."person_id" = "t226"."person_id"
                      ) AS "t344"
                    ) AS "t359"
                  ) AS "t362"
                ) AS "t382"
                GROUP BY
                  1,
                  2
              ) AS "t395"
                ON "t18"."la_code" = "t395"."la_code" AND "t19"."month" = "t395"."month"
            ) AS "t404"
            ORDER BY
              "t404"."la_code" ASC,
              "t404"."month" ASC
          ) AS "t407"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t415"."la_code",
              "t415"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t415"."numerator",
              "t415"."denominator",
              "t415"."excluded",
              CASE
                WHEN "t415"."denominator" > 0
                THEN (
                  CAST("t415"."numerator" AS DOUBLE) / "t415"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t414"."numerator", 0) AS "numerator",
                COALESCE("t414"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t412"."la_code",
                  "t412"."month",
                  SUM(CAST("t412"."_kept" AND COALESCE("t412"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t412"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t406"."la_code",
                    "t406"."month",
                    "t406"."month_end",
                    "t406"."first_due",
                    "t406"."person_id",
                    "t406"."period_start",
                    "t406"."plan_id",
                    "t406"."held_n",
                    "t406"."last",
                    "t406"."late_held",
                    CASE
                      WHEN "t406"."held_n" = 0
                      THEN "t406"."first_due"
                      WHEN "t406"."held_n" = 1
                      THEN "t406"."last" + INTERVAL '3' MONTH
                      ELSE "t406"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t406"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t406"."held_n" = 0
                        THEN "t406"."first_due"
                        WHEN "t406"."held_n" = 1
                        THEN "t406"."last" + INTERVAL '3' MONTH
                        ELSE "t406"."last" + INTERVAL '6' MONTH
                      END > "t406"."month_end"
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
                      COALESCE("t403"."k" + 1, 0) AS "held_n",
                      "t403"."date" AS "last",
                      COALESCE("t403"."first_late" <= "t403"."k", FALSE) AS "late_held"
                    FROM "t313" AS "t324"
                    LEFT OUTER JOIN (
                      SELECT
                        "t374"."la_code",
                        "t374"."plan_id",
                        "t374"."date",
                        "t374"."k",
                        "t374"."following",
                        "t390"."first_late"
                      FROM (
                        SELECT
                          "t369"."la_code",
                          "t369"."plan_id",
                          "t369"."date",
                          "t369"."k",
                          "t369"."following"
                        FROM "t366" AS "t369"
                      ) AS "t374"
                      LEFT OUTER JOIN (
                        SELECT
                          "t385"."la_code",
                          "t385"."plan_id",
                          MIN("t385"."k") AS "first_late"
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
                          ) AS "t380"
                          WHERE
                            "t380"."late"
                        ) AS "t385"
                        GROUP BY
                          1,
                          2
                      ) AS "t390"
                        ON "t374"."la_code" = "t390"."la_code" AND "t374"."plan_id" = "t390"."plan_id"
                    ) AS "t403"
                      ON "t324"."la_code" = "t403"."la_code"
                      AND "t324"."plan_id" = "t403"."plan_id"
                      AND "t403"."date" <= "t324"."month_end"
                      AND COALESCE("t403"."following", MAKE_DATE(9999, 12, 31)) > "t324"."month_end"
                  ) AS "t406"
                ) AS "t412"
                GROUP BY
                  1,
                  2
              ) AS "t414"
                ON "t18"."la_code" = "t414"."la_code" AND "t19"."month" = "t414"."month"
            ) AS "t415"
            ORDER BY
              "t415"."la_code" ASC,
              "t415"."month" ASC
          ) AS "t416"
        ) AS "t417"
      ) AS "t418"
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
              "t383"."la_code",
              "t383"."month",
              'cla_3plus_placements' AS "indicator",
              "t383"."numerator",
              "t383"."denominator",
              "t383"."excluded",
              CASE
                WHEN "t383"."denominator" > 0
                THEN (
                  CAST("t383"."numerator" AS DOUBLE) / "t383"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t372"."numerator", 0) AS "numerator",
                COALESCE("t372"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t349"."la_code",
                  "t349"."month",
                  SUM(CAST("t349"."_kept" AND COALESCE("t349"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t349"."_kept" AS BIGINT)) AS "denominator"
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
                      "t253"."la_code",
                      "t253"."month",
                      "t253"."month_end",
                      "t253"."rolling_start",
                      "t253"."person_id",
                      "t253"."cla_id",
                      "t253"."episode_start",
                      "t309"."placements"
                    FROM "cohort_looked_after" AS "t253"
                    LEFT OUTER JOIN (
                      SELECT
                        "t280"."la_code",
                        "t280"."month",
                        "t280"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t253"."la_code",
                          "t253"."month",
                          "t253"."month_end",
                          "t253"."rolling_start",
                          "t253"."person_id",
                          "t253"."cla_id",
                          "t253"."episode_start",
                          "t111"."la_code" AS "la_code_right",
                          "t111"."clap_cla_placement_id",
                          "t111"."clap_cla_id",
                          "t111"."clap_cla_placement_start_date",
                          "t111"."clap_cla_placement_end_date",
                          "t111"."clap_cla_placement_type",
                          "t111"."clap_long_term",
                          "t111"."cla_id" AS "cla_id_right",
                          "t111"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t253"
                        INNER JOIN (
                          SELECT
                            "t30"."la_code",
                            "t30"."clap_cla_placement_id",
                            "t30"."clap_cla_id",
                            "t30"."clap_cla_placement_start_date",
                            "t30"."clap_cla_placement_end_date",
                            "t30"."clap_cla_placement_type",
                            "t30"."clap_long_term",
                            "t56"."cla_id",
                            "t56"."person_id"
                          FROM "ssd_cla_placement" AS "t30"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t11"."la_code",
                              "t11"."clae_cla_id" AS "cla_id",
                              "t11"."clae_person_id" AS "person_id"
                            FROM "ssd_cla_episodes" AS "t11"
                          ) AS "t56"
                            ON "t30"."la_code" = "t56"."la_code" AND "t30"."clap_cla_id" = "t56"."cla_id"
                        ) AS "t111"
                          ON "t253"."la_code" = "t111"."la_code"
                          AND "t253"."person_id" = "t111"."person_id"
                          AND "t111"."clap_cla_placement_start_date" <= "t253"."month_end"
                          AND COALESCE("t111"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t253"."rolling_start"
                      ) AS "t280"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t309"
                      ON "t253"."la_code" = "t309"."la_code"
                      AND "t253"."month" = "t309"."month"
                      AND "t253"."person_id" = "t309"."person_id"
                  ) AS "t332"
                ) AS "t349"
                GROUP BY
                  1,
                  2
              ) AS "t372"
                ON "t18"."la_code" = "t372"."la_code" AND "t19"."month" = "t372"."month"
            ) AS "t383"
            ORDER BY
              "t383"."la_code" ASC,
              "t383"."month" ASC
          ) AS "t393"
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
                COALESCE("t301"."numerator", 0) AS "numerator",
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
                    "t246"."la_code",
                    "t246"."month",
                    "t246"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t246"
                ) AS "t267"
                GROUP BY
                  1,
                  2
              ) AS "t301"
                ON "t18"."la_code" = "t301"."la_code" AND "t19"."month" = "t301"."month"
            ) AS "t326"
            ORDER BY
              "t326"."la_code" ASC,
              "t326"."month" ASC
          ) AS "t341"
        ) AS "t397"
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
                COALESCE("t301"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t232"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t267"."la_code",
                  "t267"."month",
                  SUM(CAST("t267"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t246"."la_code",
                    "t246"."month",
                    "t246"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t246"
                ) AS "t267"
                GROUP BY
                  1,
                  2
              ) AS "t301"
                ON "t18"."la_code" = "t301"."la_code" AND "t19"."month" = "t301"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."rolling_start",
                    "t160"."pop_year",
                    "t160"."year",
                    "t160"."population",
                    "t160"."source",
                    "t160"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t160"."la_code", "t160"."month"
                      ORDER BY "t160"."distance" ASC, "t160"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t114"."la_code",
                      "t114"."month",
                      "t114"."month_end",
                      "t114"."rolling_start",
                      "t114"."pop_year",
                      "t114"."year",
                      "t114"."population",
                      "t114"."source",
                      ABS("t114"."year" - "t114"."pop_year") AS "distance"
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
                        FROM "populations" AS "t8"
                        WHERE
                          "t8"."la_code" IN (
                            SELECT
                              *
                            FROM "_councils" AS "t0"
                          )
                      ) AS "t72"
                        ON "t18"."la_code" = "t72"."la_code"
                    ) AS "t114"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t327"
            ORDER BY
              "t327"."la_code" ASC,
              "t327"."month" ASC
          ) AS "t350"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t358"."la_code",
              "t358"."month",
              'caseload_mean' AS "indicator",
              "t358"."numerator",
              "t358"."denominator",
              "t358"."excluded",
              CASE
                WHEN "t358"."denominator" > 0
                THEN (
                  CAST("t358"."numerator" AS DOUBLE) / "t358"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t342"."numerator", 0) AS "numerator",
                COALESCE("t342"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t312"."la_code",
                  "t312"."month",
                  SUM(CASE WHEN "t312"."_kept" THEN COALESCE("t312"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t312"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t291"."la_code",
                    "t291"."month",
                    "t291"."worker_id",
                    "t291"."team_id",
                    "t291"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t291"
                ) AS "t312"
                GROUP BY
                  1,
                  2
              ) AS "t342"
                ON "t18"."la_code" = "t342"."la_code" AND "t19"."month" = "t342"."month"
            ) AS "t358"
            ORDER BY
              "t358"."la_code" ASC,
              "t358"."month" ASC
          ) AS "t376"
        ) AS "t379"
      ) AS "t399"
    ) AS "t419"
  ) AS "t420"
) AS "t421"
ORDER BY
  "t421"."indicator" ASC,
  "t421"."la_code" ASC,
  "t421"."month" ASC
