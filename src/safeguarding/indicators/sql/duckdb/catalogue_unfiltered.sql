-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "catalogue_unfiltered"}
WITH "t34" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_a",
    "t8"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t8"
), "t35" AS (
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
    "t26"."la_code",
    "t26"."cont_contact_id",
    "t26"."cont_person_id",
    "t26"."cont_contact_date",
    "t26"."cont_contact_source_code",
    "t26"."cont_contact_outcome_json",
    "t26"."cont_screening_date",
    "t26"."cont_screened_by_qualified",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "ssd_contacts" AS "t26"
  INNER JOIN "_months" AS "t19"
    ON CAST("t26"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t26"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "cohort_period_starts" AS (
  SELECT
    "t53"."la_code",
    "t53"."first_episode_start",
    "t53"."clae_person_id",
    "t53"."clae_cla_id" AS "cla_id",
    COALESCE("t53"."entered", "t53"."first_episode_start") AS "period_start"
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
  ) AS "t53"
), "t119" AS (
  SELECT
    "t86"."la_code",
    "t86"."clae_cla_episode_id",
    "t86"."clae_person_id",
    "t86"."clae_cla_id",
    "t86"."clae_cla_episode_start_date",
    "t86"."clae_cla_episode_ceased_date",
    "t86"."clae_entered_care_date",
    "t86"."clae_cla_placement_id"
  FROM (
    SELECT
      "t28"."la_code",
      "t28"."clae_cla_episode_id",
      "t28"."clae_person_id",
      "t28"."clae_cla_id",
      "t28"."clae_cla_episode_start_date",
      "t28"."clae_cla_episode_ceased_date",
      "t28"."clae_entered_care_date",
      "t28"."clae_cla_placement_id",
      "t62"."_first_end",
      "t62"."_last_end"
    FROM "ssd_cla_episodes" AS "t28"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t62"
  ) AS "t86"
  WHERE
    "t86"."clae_cla_episode_start_date" <= "t86"."_last_end"
    AND COALESCE("t86"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t86"."_first_end"
), "t120" AS (
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
      "t62"."_first_end",
      "t62"."_last_end"
    FROM "ssd_cin_episodes" AS "t22"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t62"
  ) AS "t87"
  WHERE
    "t87"."cine_referral_date" <= "t87"."_last_end"
    AND COALESCE("t87"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t87"."_first_end"
), "t125" AS (
  SELECT
    "t91"."la_code",
    "t91"."invo_involvements_id",
    "t91"."invo_person_id",
    "t91"."invo_professional_id",
    "t91"."invo_professional_role_id",
    "t91"."invo_professional_team",
    "t91"."invo_involvement_start_date",
    "t91"."invo_involvement_end_date",
    "t91"."invo_worker_change_reason",
    "t91"."invo_referral_id",
    "t91"."_start",
    "t91"."_end"
  FROM (
    SELECT
      "t69"."la_code",
      "t69"."invo_involvements_id",
      "t69"."invo_person_id",
      "t69"."invo_professional_id",
      "t69"."invo_professional_role_id",
      "t69"."invo_professional_team",
      "t69"."invo_involvement_start_date",
      "t69"."invo_involvement_end_date",
      "t69"."invo_worker_change_reason",
      "t69"."invo_referral_id",
      "t69"."_start",
      "t69"."_end",
      "t62"."_first_end",
      "t62"."_last_end"
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
    ) AS "t69"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t62"
  ) AS "t91"
  WHERE
    "t91"."_start" <= "t91"."_last_end"
    AND COALESCE("t91"."_end", MAKE_DATE(9999, 12, 31)) > "t91"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t103"."la_code",
    "t103"."month",
    "t103"."month_end",
    "t103"."cppl_person_id",
    MIN("t103"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t103"
  GROUP BY
    1,
    2,
    3,
    4
), "t151" AS (
  SELECT
    "t103"."la_code",
    "t103"."month",
    "t103"."month_end",
    "t103"."cppl_cp_plan_id" AS "plan_id",
    "t103"."cppl_cp_plan_start_date" AS "start",
    "t103"."cppl_person_id" AS "person_id",
    "t103"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t103"
  WHERE
    (
      "t103"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t103"."month_end"
), "t157" AS (
  SELECT
    "t107"."la_code",
    "t107"."clap_cla_placement_id",
    "t107"."clap_cla_id",
    "t107"."clap_cla_placement_start_date",
    "t107"."clap_cla_placement_end_date",
    "t107"."clap_cla_placement_type",
    "t107"."clap_long_term"
  FROM (
    SELECT
      "t92"."la_code",
      "t92"."clap_cla_placement_id",
      "t92"."clap_cla_id",
      "t92"."clap_cla_placement_start_date",
      "t92"."clap_cla_placement_end_date",
      "t92"."clap_cla_placement_type",
      "t92"."clap_long_term",
      "t62"."_first_end",
      "t62"."_last_end"
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
    ) AS "t92"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t62"
  ) AS "t107"
  WHERE
    "t107"."clap_cla_placement_start_date" <= "t107"."_last_end"
    AND COALESCE("t107"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t107"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t141"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t141"."clae_person_id" AS "person_id",
    "t141"."clae_cla_id" AS "cla_id",
    "t141"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t119" AS "t141"
  INNER JOIN "_months" AS "t19"
    ON "t141"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t141"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t141"."la_code",
      "t141"."clae_cla_episode_id" AS "_superseded",
      "t142"."clae_cla_episode_start_date" AS "_start",
      "t142"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t119" AS "t141"
    INNER JOIN "t119" AS "t142"
      ON "t141"."la_code" = "t142"."la_code"
      AND "t141"."clae_person_id" = "t142"."clae_person_id"
      AND "t142"."clae_cla_episode_start_date" >= "t141"."clae_cla_episode_start_date"
      AND (
        (
          "t142"."clae_cla_episode_start_date" > "t141"."clae_cla_episode_start_date"
        )
        OR (
          "t142"."clae_cla_episode_id" > "t141"."clae_cla_episode_id"
        )
      )
      AND "t142"."clae_cla_episode_start_date" < COALESCE("t141"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t142"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t142"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t200"
    ON "t141"."la_code" = "t200"."la_code"
    AND "t19"."month" = "t200"."month"
    AND "t141"."clae_cla_episode_id" = "t200"."_superseded"
), "cohort_in_need" AS (
  SELECT
    "t143"."la_code",
    "t19"."month",
    "t143"."cine_person_id"
  FROM "t120" AS "t143"
  INNER JOIN "_months" AS "t19"
    ON "t143"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t143"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t143"."la_code",
      "t143"."cine_referral_id" AS "_superseded",
      "t144"."cine_referral_date" AS "_start",
      "t144"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t120" AS "t143"
    INNER JOIN "t120" AS "t144"
      ON "t143"."la_code" = "t144"."la_code"
      AND "t143"."cine_person_id" = "t144"."cine_person_id"
      AND "t144"."cine_referral_date" >= "t143"."cine_referral_date"
      AND (
        (
          "t144"."cine_referral_date" > "t143"."cine_referral_date"
        )
        OR (
          "t144"."cine_referral_id" > "t143"."cine_referral_id"
        )
      )
      AND "t144"."cine_referral_date" < COALESCE("t143"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t144"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t144"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t201"
    ON "t143"."la_code" = "t201"."la_code"
    AND "t19"."month" = "t201"."month"
    AND "t143"."cine_referral_id" = "t201"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t155"."la_code",
    "t19"."month",
    "t155"."invo_person_id" AS "person_id",
    "t155"."invo_professional_id" AS "worker_id",
    "t155"."invo_professional_team" AS "team_id"
  FROM "t125" AS "t155"
  INNER JOIN "_months" AS "t19"
    ON "t155"."_start" <= "t19"."month_end"
    AND COALESCE("t155"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t155"."la_code",
      "t155"."invo_involvements_id" AS "_superseded",
      "t156"."_start",
      "t156"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t125" AS "t155"
    INNER JOIN "t125" AS "t156"
      ON "t155"."la_code" = "t156"."la_code"
      AND "t155"."invo_person_id" = "t156"."invo_person_id"
      AND "t156"."invo_involvement_start_date" >= "t155"."invo_involvement_start_date"
      AND (
        (
          "t156"."invo_involvement_start_date" > "t155"."invo_involvement_start_date"
        )
        OR (
          "t156"."invo_involvements_id" > "t155"."invo_involvements_id"
        )
      )
      AND "t156"."_start" < COALESCE("t155"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t156"."_start" <= "t20"."month_end"
      AND COALESCE("t156"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t206"
    ON "t155"."la_code" = "t206"."la_code"
    AND "t19"."month" = "t206"."month"
    AND "t155"."invo_involvements_id" = "t206"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t249"."la_code",
    "t249"."month",
    "t249"."worker_id",
    MAX("t249"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t249"
  GROUP BY
    1,
    2,
    3
), "t287" AS (
  SELECT
    "t255"."la_code",
    "t255"."plan_id",
    "t255"."date",
    "t255"."review_id",
    "t255"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t255"."la_code", "t255"."plan_id"
      ORDER BY "t255"."date" ASC, "t255"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t255"."date") OVER (
      PARTITION BY "t255"."la_code", "t255"."plan_id"
      ORDER BY "t255"."date" ASC, "t255"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t255"."date") OVER (
      PARTITION BY "t255"."la_code", "t255"."plan_id"
      ORDER BY "t255"."date" ASC, "t255"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t231"."la_code",
      "t231"."plan_id",
      "t231"."date",
      "t231"."review_id",
      "t231"."first_due"
    FROM (
      SELECT
        "t193"."la_code",
        "t193"."cppr_cp_plan_id" AS "plan_id",
        "t193"."cppr_cp_review_date" AS "date",
        "t193"."cppr_cp_review_id" AS "review_id",
        "t193"."start" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t30"."la_code",
          "t30"."cppr_cp_review_id",
          "t30"."cppr_person_id",
          "t30"."cppr_cp_plan_id",
          "t30"."cppr_cp_review_due",
          "t30"."cppr_cp_review_date",
          "t161"."plan_id",
          "t161"."start"
        FROM "ssd_cp_reviews" AS "t30"
        INNER JOIN (
          SELECT DISTINCT
            "t103"."la_code",
            "t103"."cppl_cp_plan_id" AS "plan_id",
            "t103"."cppl_cp_plan_start_date" AS "start"
          FROM "cohort_open_plans" AS "t103"
          WHERE
            (
              "t103"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
            ) <= "t103"."month_end"
        ) AS "t161"
          ON "t30"."la_code" = "t161"."la_code" AND "t30"."cppr_cp_plan_id" = "t161"."plan_id"
      ) AS "t193"
      WHERE
        "t193"."cppr_cp_review_date" >= "t193"."start"
    ) AS "t231"
    SEMI JOIN "t151" AS "t168"
      ON "t231"."la_code" = "t168"."la_code" AND "t231"."plan_id" = "t168"."plan_id"
  ) AS "t255"
), "t312" AS (
  SELECT
    "t279"."la_code",
    "t279"."month",
    "t279"."month_end",
    "t279"."first_due",
    "t279"."person_id",
    "t279"."period_start",
    "t279"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t252"."la_code",
      "t252"."month",
      "t252"."month_end",
      "t252"."rolling_start",
      "t252"."person_id",
      "t252"."cla_id",
      "t252"."episode_start",
      "t205"."first_episode_start",
      "t205"."clae_person_id",
      "t205"."period_start",
      "t205"."first_due",
      "t66"."_wd_a",
      "t68"."_wd_b"
    FROM "cohort_looked_after" AS "t252"
    INNER JOIN (
      SELECT
        "t187".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t163"."la_code",
          "t163"."first_episode_start",
          "t163"."clae_person_id",
          "t163"."cla_id",
          "t163"."period_start",
          "t163"."wd21",
          "t163"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t113"."la_code",
            "t113"."first_episode_start",
            "t113"."clae_person_id",
            "t113"."cla_id",
            "t113"."period_start",
            "t51"."wd21"
          FROM "cohort_period_starts" AS "t113"
          LEFT OUTER JOIN (
            SELECT
              "t8"."wd_ordinal" AS "_wd_from",
              "t8"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t8"
          ) AS "t49"
            ON "t113"."period_start" = "t49"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t8"."wd_ordinal" AS "_wd_to",
              "t8"."date" AS "wd21"
            FROM "_calendar" AS "t8"
            WHERE
              "t8"."is_working_day"
          ) AS "t51"
            ON (
              "t49"."_wd_from" + 21
            ) = "t51"."_wd_to"
        ) AS "t163"
      ) AS "t187"
    ) AS "t205"
      ON "t252"."la_code" = "t205"."la_code" AND "t252"."cla_id" = "t205"."cla_id"
    LEFT OUTER JOIN "t34" AS "t66"
      ON "t205"."period_start" = "t66"."_wd_a__date"
    LEFT OUTER JOIN "t35" AS "t68"
      ON "t252"."month_end" = "t68"."_wd_b__date"
  ) AS "t279"
  WHERE
    (
      "t279"."_wd_b" - "t279"."_wd_a"
    ) > 20
), "t365" AS (
  SELECT
    "t346"."la_code",
    "t346"."first_due",
    "t346"."plan_id",
    "t346"."date",
    "t346"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t346"."la_code", "t346"."plan_id"
      ORDER BY "t346"."date" ASC, "t346"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t346"."date") OVER (
      PARTITION BY "t346"."la_code", "t346"."plan_id"
      ORDER BY "t346"."date" ASC, "t346"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t346"."date") OVER (
      PARTITION BY "t346"."la_code", "t346"."plan_id"
      ORDER BY "t346"."date" ASC, "t346"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t270"."la_code",
      "t270"."first_due",
      "t270"."plan_id",
      "t270"."date",
      "t270"."review_id"
    FROM (
      SELECT
        "t238"."la_code",
        "t238"."first_due",
        "t238"."clar_cla_id" AS "plan_id",
        "t238"."clar_cla_review_date" AS "date",
        "t238"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t81"."la_code",
          "t81"."clar_cla_review_id",
          "t81"."clar_cla_id",
          "t81"."clar_cla_review_due_date",
          "t81"."clar_cla_review_date",
          "t81"."clar_cla_review_cancelled",
          "t205"."first_episode_start",
          "t205"."clae_person_id",
          "t205"."cla_id",
          "t205"."period_start",
          "t205"."first_due"
        FROM (
          SELECT
            *
          FROM "ssd_cla_reviews" AS "t16"
          WHERE
            NOT (
              COALESCE("t16"."clar_cla_review_cancelled", FALSE)
            )
        ) AS "t81"
        INNER JOIN (
          SELECT
            "t187".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t163"."la_code",
              "t163"."first_episode_start",
              "t163"."clae_person_id",
              "t163"."cla_id",
              "t163"."period_start",
              "t163"."wd21",
              "t163"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t113"."la_code",
                "t113"."first_episode_start",
                "t113"."clae_person_id",
                "t113"."cla_id",
                "t113"."period_start",
                "t51"."wd21"
              FROM "cohort_period_starts" AS "t113"
              LEFT OUTER JOIN (
                SELECT
                  "t8"."wd_ordinal" AS "_wd_from",
                  "t8"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t8"
              ) AS "t49"
                ON "t113"."period_start" = "t49"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t8"."wd_ordinal" AS "_wd_to",
                  "t8"."date" AS "wd21"
                FROM "_calendar" AS "t8"
                WHERE
                  "t8"."is_working_day"
              ) AS "t51"
                ON (
                  "t49"."_wd_from" + 21
                ) = "t51"."_wd_to"
            ) AS "t163"
          ) AS "t187"
        ) AS "t205"
          ON "t81"."la_code" = "t205"."la_code" AND "t81"."clar_cla_id" = "t205"."cla_id"
      ) AS "t238"
      WHERE
        "t238"."clar_cla_review_date" >= "t238"."period_start"
    ) AS "t270"
    SEMI JOIN "t312" AS "t323"
      ON "t270"."la_code" = "t323"."la_code" AND "t270"."plan_id" = "t323"."plan_id"
  ) AS "t346"
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
            "t360"."la_code",
            "t360"."month",
            'caseload_over_policy' AS "indicator",
            "t360"."numerator",
            "t360"."denominator",
            "t360"."excluded",
            CASE
              WHEN "t360"."denominator" > 0
              THEN (
                CAST("t360"."numerator" AS DOUBLE) / "t360"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t347"."numerator", 0) AS "numerator",
              COALESCE("t347"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t310"."la_code",
                "t310"."month",
                SUM(CAST("t310"."_kept" AND COALESCE("t310"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t310"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t282"."la_code",
                  "t282"."month",
                  "t282"."worker_id",
                  "t282"."team_id",
                  "t282"."amount",
                  "t282"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t282"
              ) AS "t310"
              GROUP BY
                1,
                2
            ) AS "t347"
              ON "t18"."la_code" = "t347"."la_code" AND "t19"."month" = "t347"."month"
          ) AS "t360"
          ORDER BY
            "t360"."la_code" ASC,
            "t360"."month" ASC
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
              COALESCE("t367"."numerator", 0) AS "numerator",
              COALESCE("t367"."denominator", 0) AS "denominator",
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
                  "t328"."la_code",
                  "t328"."month",
                  "t328"."person_id",
                  "t328"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t306"."la_code",
                    "t306"."month",
                    "t306"."person_id",
                    COUNT("t306"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t277"."la_code",
                      "t277"."month",
                      "t277"."month_end",
                      "t277"."person_id",
                      "t154"."la_code" AS "la_code_right",
                      "t154"."invo_involvements_id",
                      "t154"."invo_person_id",
                      "t154"."invo_professional_id",
                      "t154"."invo_professional_role_id",
                      "t154"."invo_professional_team",
                      "t154"."invo_involvement_start_date",
                      "t154"."invo_involvement_end_date",
                      "t154"."invo_worker_change_reason",
                      "t154"."invo_referral_id",
                      "t154"."_start",
                      "t154"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t159"."la_code",
                          "t159"."month",
                          "t159"."month_end",
                          "t159"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t159"
                      ) AS "t178"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t244"."la_code",
                          "t244"."month",
                          "t244"."month_end",
                          "t244"."person_id"
                        FROM "cohort_looked_after" AS "t244"
                      ) AS "t265"
                    ) AS "t277"
                    LEFT OUTER JOIN "t125" AS "t154"
                      ON "t277"."la_code" = "t154"."la_code"
                      AND "t277"."person_id" = "t154"."invo_person_id"
                      AND "t154"."_start" <= "t277"."month_end"
                      AND COALESCE("t154"."_end", MAKE_DATE(9999, 12, 31)) > "t277"."month_end"
                  ) AS "t306"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t328"
              ) AS "t339"
              GROUP BY
                1,
                2
            ) AS "t367"
              ON "t18"."la_code" = "t367"."la_code" AND "t19"."month" = "t367"."month"
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
              "t215"."la_code",
              "t215"."month",
              'contacts' AS "indicator",
              "t215"."numerator",
              "t215"."denominator",
              "t215"."excluded",
              CAST("t215"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t180"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t123"."la_code",
                  "t123"."month",
                  SUM(CAST("t123"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t104"."la_code",
                    "t104"."cont_contact_id",
                    "t104"."cont_person_id",
                    "t104"."cont_contact_date",
                    "t104"."cont_contact_source_code",
                    "t104"."cont_contact_outcome_json",
                    "t104"."cont_screening_date",
                    "t104"."cont_screened_by_qualified",
                    "t104"."month",
                    "t104"."month_end",
                    "t104"."rolling_start",
                    "t104"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t104"
                ) AS "t123"
                GROUP BY
                  1,
                  2
              ) AS "t180"
                ON "t18"."la_code" = "t180"."la_code" AND "t19"."month" = "t180"."month"
            ) AS "t215"
            ORDER BY
              "t215"."la_code" ASC,
              "t215"."month" ASC
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
                COALESCE("t232"."numerator", 0) AS "numerator",
                COALESCE("t232"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t169"."la_code",
                  "t169"."month",
                  SUM(CAST("t169"."_kept" AND COALESCE("t169"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t169"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t104"."la_code",
                    "t104"."cont_contact_id",
                    "t104"."cont_person_id",
                    "t104"."cont_contact_date",
                    "t104"."cont_contact_source_code",
                    "t104"."cont_contact_outcome_json",
                    "t104"."cont_screening_date",
                    "t104"."cont_screened_by_qualified",
                    "t104"."month",
                    "t104"."month_end",
                    "t104"."rolling_start",
                    "t104"."pop_year",
                    (
                      "t104"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t104"."cont_screening_date" <= (
                        "t104"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t104"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t104"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t104"
                ) AS "t169"
                GROUP BY
                  1,
                  2
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t256"
            ORDER BY
              "t256"."la_code" ASC,
              "t256"."month" ASC
          ) AS "t300"
        ) AS "t309"
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
                COALESCE("t214"."numerator", 0) AS "numerator",
                COALESCE("t214"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t153"."la_code",
                  "t153"."month",
                  SUM(CAST("t153"."_kept" AND COALESCE("t153"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t153"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t104"."la_code",
                    "t104"."cont_contact_id",
                    "t104"."cont_person_id",
                    "t104"."cont_contact_date",
                    "t104"."cont_contact_source_code",
                    "t104"."cont_contact_outcome_json",
                    "t104"."cont_screening_date",
                    "t104"."cont_screened_by_qualified",
                    "t104"."month",
                    "t104"."month_end",
                    "t104"."rolling_start",
                    "t104"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t104"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t104"
                ) AS "t153"
                GROUP BY
                  1,
                  2
              ) AS "t214"
                ON "t18"."la_code" = "t214"."la_code" AND "t19"."month" = "t214"."month"
            ) AS "t242"
            ORDER BY
              "t242"."la_code" ASC,
              "t242"."month" ASC
          ) AS "t281"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t183"."la_code",
              "t183"."month",
              'referrals' AS "indicator",
              "t183"."numerator",
              "t183"."denominator",
              "t183"."excluded",
              CAST("t183"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t145"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t94"."la_code",
                  "t94"."month",
                  SUM(CAST("t94"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t73"."la_code",
                    "t73"."cine_referral_id",
                    "t73"."cine_person_id",
                    "t73"."cine_referral_date",
                    "t73"."cine_referral_source_code",
                    "t73"."cine_referral_nfa",
                    "t73"."cine_cin_primary_need_code",
                    "t73"."cine_close_date",
                    "t73"."cine_close_reason",
                    "t73"."month",
                    "t73"."month_end",
                    "t73"."rolling_start",
                    "t73"."pop_year",
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
                  ) AS "t73"
                ) AS "t94"
                GROUP BY
                  1,
                  2
              ) AS "t145"
                ON "t18"."la_code" = "t145"."la_code" AND "t19"."month" = "t145"."month"
            ) AS "t183"
            ORDER BY
              "t183"."la_code" ASC,
              "t183"."month" ASC
          ) AS "t209"
        ) AS "t288"
      ) AS "t315"
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
              "t260"."la_code",
              "t260"."month",
              'referrals_per_10k' AS "indicator",
              "t260"."numerator",
              "t260"."denominator",
              "t260"."excluded",
              (
                CAST("t260"."numerator" AS DOUBLE) / "t260"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t146"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t95"."la_code",
                  "t95"."month",
                  SUM(CAST("t95"."_kept" AS BIGINT)) AS "numerator"
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
                      ON "t22"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t22"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t74"
                ) AS "t95"
                GROUP BY
                  1,
                  2
              ) AS "t146"
                ON "t18"."la_code" = "t146"."la_code" AND "t19"."month" = "t146"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    "t158"."year",
                    "t158"."population",
                    "t158"."source",
                    "t158"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t158"."la_code", "t158"."month"
                      ORDER BY "t158"."distance" ASC, "t158"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t108"."la_code",
                      "t108"."month",
                      "t108"."month_end",
                      "t108"."rolling_start",
                      "t108"."pop_year",
                      "t108"."year",
                      "t108"."population",
                      "t108"."source",
                      ABS("t108"."year" - "t108"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t71"."year",
                        "t71"."population",
                        "t71"."source"
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
                      ) AS "t71"
                        ON "t18"."la_code" = "t71"."la_code"
                    ) AS "t108"
                  ) AS "t158"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t260"
            ORDER BY
              "t260"."la_code" ASC,
              "t260"."month" ASC
          ) AS "t290"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t334"."la_code",
              "t334"."month",
              'rereferrals_12m' AS "indicator",
              "t334"."numerator",
              "t334"."denominator",
              "t334"."excluded",
              CASE
                WHEN "t334"."denominator" > 0
                THEN (
                  CAST("t334"."numerator" AS DOUBLE) / "t334"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t311"."numerator", 0) AS "numerator",
                COALESCE("t311"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t264"."la_code",
                  "t264"."month",
                  SUM(CAST("t264"."_kept" AND COALESCE("t264"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t264"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t243"."la_code",
                    "t243"."cine_referral_id",
                    "t243"."cine_person_id",
                    "t243"."cine_referral_date",
                    "t243"."hit",
                    "t243"."month",
                    "t243"."month_end",
                    "t243"."rolling_start",
                    "t243"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t221"."la_code",
                      "t221"."cine_referral_id",
                      "t221"."cine_person_id",
                      "t221"."cine_referral_date",
                      "t221"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t109"."la_code",
                        "t109"."cine_referral_id",
                        "t109"."cine_person_id",
                        "t109"."cine_referral_date",
                        EXISTS(
                          SELECT
                            1
                          FROM (
                            SELECT
                              "t93"."la_code",
                              "t93"."cine_referral_id",
                              "t93"."cine_person_id",
                              "t93"."cine_referral_date",
                              "t93"."cine_referral_source_code",
                              "t93"."cine_referral_nfa",
                              "t93"."cine_cin_primary_need_code",
                              "t93"."cine_close_date",
                              "t93"."cine_close_reason"
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
                                "t72"."_lo",
                                "t72"."_hi"
                              FROM "ssd_cin_episodes" AS "t22"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t72"
                            ) AS "t93"
                            WHERE
                              "t93"."cine_referral_date" >= "t93"."_lo"
                              AND "t93"."cine_referral_date" <= "t93"."_hi"
                          ) AS "t128"
                          WHERE
                            (
                              "t128"."la_code" = "t109"."la_code"
                            )
                            AND (
                              "t128"."cine_person_id" = "t109"."cine_person_id"
                            )
                            AND (
                              "t128"."cine_referral_date" >= (
                                "t109"."cine_referral_date" + INTERVAL '-12' MONTH
                              )
                            )
                            AND (
                              "t128"."cine_referral_date" < "t109"."cine_referral_date"
                            )
                        ) AS "hit"
                      FROM (
                        SELECT
                          "t83"."la_code",
                          "t83"."cine_referral_id",
                          "t83"."cine_person_id",
                          "t83"."cine_referral_date",
                          "t83"."cine_referral_source_code",
                          "t83"."cine_referral_nfa",
                          "t83"."cine_cin_primary_need_code",
                          "t83"."cine_close_date",
                          "t83"."cine_close_reason"
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
                            "t61"."_lo",
                            "t61"."_hi"
                          FROM "ssd_cin_episodes" AS "t22"
                          CROSS JOIN (
                            SELECT
                              MIN("t1"."rolling_start") AS "_lo",
                              MAX("t1"."month_end") AS "_hi"
                            FROM "_months" AS "t1"
                          ) AS "t61"
                        ) AS "t83"
                        WHERE
                          "t83"."cine_referral_date" >= "t83"."_lo"
                          AND "t83"."cine_referral_date" <= "t83"."_hi"
                      ) AS "t109"
                    ) AS "t221"
                    INNER JOIN "_months" AS "t19"
                      ON "t221"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t221"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t243"
                ) AS "t264"
                GROUP BY
                  1,
                  2
              ) AS "t311"
                ON "t18"."la_code" = "t311"."la_code" AND "t19"."month" = "t311"."month"
            ) AS "t334"
            ORDER BY
              "t334"."la_code" ASC,
              "t334"."month" ASC
          ) AS "t358"
        ) AS "t362"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t184"."la_code",
              "t184"."month",
              'assessments_completed' AS "indicator",
              "t184"."numerator",
              "t184"."denominator",
              "t184"."excluded",
              CAST("t184"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t147"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
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
                    "t75"."cina_assessment_id",
                    "t75"."cina_person_id",
                    "t75"."cina_referral_id",
                    "t75"."cina_assessment_start_date",
                    "t75"."cina_assessment_auth_date",
                    "t75"."cina_assessment_child_seen",
                    "t75"."month",
                    "t75"."month_end",
                    "t75"."rolling_start",
                    "t75"."pop_year",
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
                  ) AS "t75"
                ) AS "t97"
                GROUP BY
                  1,
                  2
              ) AS "t147"
                ON "t18"."la_code" = "t147"."la_code" AND "t19"."month" = "t147"."month"
            ) AS "t184"
            ORDER BY
              "t184"."la_code" ASC,
              "t184"."month" ASC
          ) AS "t211"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t261"."la_code",
              "t261"."month",
              'assessments_per_10k' AS "indicator",
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
                COALESCE("t148"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t98"."la_code",
                  "t98"."month",
                  SUM(CAST("t98"."_kept" AS BIGINT)) AS "numerator"
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
                      ON "t23"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t23"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t76"
                ) AS "t98"
                GROUP BY
                  1,
                  2
              ) AS "t148"
                ON "t18"."la_code" = "t148"."la_code" AND "t19"."month" = "t148"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    "t158"."year",
                    "t158"."population",
                    "t158"."source",
                    "t158"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t158"."la_code", "t158"."month"
                      ORDER BY "t158"."distance" ASC, "t158"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t108"."la_code",
                      "t108"."month",
                      "t108"."month_end",
                      "t108"."rolling_start",
                      "t108"."pop_year",
                      "t108"."year",
                      "t108"."population",
                      "t108"."source",
                      ABS("t108"."year" - "t108"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t71"."year",
                        "t71"."population",
                        "t71"."source"
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
                      ) AS "t71"
                        ON "t18"."la_code" = "t71"."la_code"
                    ) AS "t108"
                  ) AS "t158"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t261"
            ORDER BY
              "t261"."la_code" ASC,
              "t261"."month" ASC
          ) AS "t291"
        ) AS "t302"
      ) AS "t366"
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
              "t286"."la_code",
              "t286"."month",
              'assessments_in_timescale' AS "indicator",
              "t286"."numerator",
              "t286"."denominator",
              "t286"."excluded",
              CASE
                WHEN "t286"."denominator" > 0
                THEN (
                  CAST("t286"."numerator" AS DOUBLE) / "t286"."denominator"
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
                  "t210"."la_code",
                  "t210"."month",
                  SUM(CAST("t210"."_kept" AND COALESCE("t210"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t210"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t177"."la_code",
                    "t177"."cina_assessment_id",
                    "t177"."cina_person_id",
                    "t177"."cina_referral_id",
                    "t177"."cina_assessment_start_date",
                    "t177"."cina_assessment_auth_date",
                    "t177"."cina_assessment_child_seen",
                    "t177"."month",
                    "t177"."month_end",
                    "t177"."rolling_start",
                    "t177"."pop_year",
                    "t177"."la_code_right",
                    "t177"."cine_referral_id",
                    "t177"."cine_referral_date",
                    "t177"."_start",
                    "t177"."_wd_b" - "t177"."_wd_a" AS "wd",
                    (
                      "t177"."_wd_b" - "t177"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t134"."la_code",
                      "t134"."cina_assessment_id",
                      "t134"."cina_person_id",
                      "t134"."cina_referral_id",
                      "t134"."cina_assessment_start_date",
                      "t134"."cina_assessment_auth_date",
                      "t134"."cina_assessment_child_seen",
                      "t134"."month",
                      "t134"."month_end",
                      "t134"."rolling_start",
                      "t134"."pop_year",
                      "t134"."la_code_right",
                      "t134"."cine_referral_id",
                      "t134"."cine_referral_date",
                      "t134"."_start",
                      "t65"."_wd_a",
                      "t67"."_wd_b"
                    FROM (
                      SELECT
                        "t96"."la_code",
                        "t96"."cina_assessment_id",
                        "t96"."cina_person_id",
                        "t96"."cina_referral_id",
                        "t96"."cina_assessment_start_date",
                        "t96"."cina_assessment_auth_date",
                        "t96"."cina_assessment_child_seen",
                        "t96"."month",
                        "t96"."month_end",
                        "t96"."rolling_start",
                        "t96"."pop_year",
                        "t96"."la_code_right",
                        "t96"."cine_referral_id",
                        "t96"."cine_referral_date",
                        COALESCE("t96"."cine_referral_date", "t96"."cina_assessment_start_date") AS "_start"
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
                          "t44"."la_code" AS "la_code_right",
                          "t44"."cine_referral_id",
                          "t44"."cine_referral_date"
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
                        ) AS "t44"
                          ON "t23"."la_code" = "t44"."la_code"
                          AND "t23"."cina_referral_id" = "t44"."cine_referral_id"
                      ) AS "t96"
                    ) AS "t134"
                    LEFT OUTER JOIN "t34" AS "t65"
                      ON "t134"."_start" = "t65"."_wd_a__date"
                    LEFT OUTER JOIN "t35" AS "t67"
                      ON "t134"."cina_assessment_auth_date" = "t67"."_wd_b__date"
                  ) AS "t177"
                ) AS "t210"
                GROUP BY
                  1,
                  2
              ) AS "t268"
                ON "t18"."la_code" = "t268"."la_code" AND "t19"."month" = "t268"."month"
            ) AS "t286"
            ORDER BY
              "t286"."la_code" ASC,
              "t286"."month" ASC
          ) AS "t330"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t262"."la_code",
              "t262"."month",
              's47_per_10k' AS "indicator",
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
                COALESCE("t149"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t99"."la_code",
                  "t99"."month",
                  SUM(CAST("t99"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t77"."la_code",
                    "t77"."s47e_s47_enquiry_id",
                    "t77"."s47e_person_id",
                    "t77"."s47e_referral_id",
                    "t77"."s47e_s47_start_date",
                    "t77"."s47e_s47_end_date",
                    "t77"."s47e_s47_nfa",
                    "t77"."month",
                    "t77"."month_end",
                    "t77"."rolling_start",
                    "t77"."pop_year",
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
                  ) AS "t77"
                ) AS "t99"
                GROUP BY
                  1,
                  2
              ) AS "t149"
                ON "t18"."la_code" = "t149"."la_code" AND "t19"."month" = "t149"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    "t158"."year",
                    "t158"."population",
                    "t158"."source",
                    "t158"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t158"."la_code", "t158"."month"
                      ORDER BY "t158"."distance" ASC, "t158"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t108"."la_code",
                      "t108"."month",
                      "t108"."month_end",
                      "t108"."rolling_start",
                      "t108"."pop_year",
                      "t108"."year",
                      "t108"."population",
                      "t108"."source",
                      ABS("t108"."year" - "t108"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t71"."year",
                        "t71"."population",
                        "t71"."source"
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
                      ) AS "t71"
                        ON "t18"."la_code" = "t71"."la_code"
                    ) AS "t108"
                  ) AS "t158"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t262"
            ORDER BY
              "t262"."la_code" ASC,
              "t262"."month" ASC
          ) AS "t292"
        ) AS "t335"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t289"."la_code",
              "t289"."month",
              'icpc_in_15wd' AS "indicator",
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
                COALESCE("t269"."numerator", 0) AS "numerator",
                COALESCE("t269"."denominator", 0) AS "denominator",
                COALESCE("t269"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t216"."la_code",
                  "t216"."month",
                  SUM(CAST("t216"."_kept" AND COALESCE("t216"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t216"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t216"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t171"."la_code",
                    "t171"."icpc_icpc_id",
                    "t171"."icpc_person_id",
                    "t171"."icpc_s47_enquiry_id",
                    "t171"."icpc_cp_plan_id",
                    "t171"."icpc_icpc_date",
                    "t171"."icpc_icpc_outcome_cp_flag",
                    "t171"."icpc_icpc_transfer_in",
                    "t171"."month",
                    "t171"."month_end",
                    "t171"."rolling_start",
                    "t171"."pop_year",
                    "t171"."la_code_right",
                    "t171"."s47e_s47_enquiry_id",
                    "t171"."s47e_s47_start_date",
                    "t171"."_wd_b" - "t171"."_wd_a" AS "wd",
                    "t171"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t171"."_wd_b" - "t171"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t171"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t124"."la_code",
                      "t124"."icpc_icpc_id",
                      "t124"."icpc_person_id",
                      "t124"."icpc_s47_enquiry_id",
                      "t124"."icpc_cp_plan_id",
                      "t124"."icpc_icpc_date",
                      "t124"."icpc_icpc_outcome_cp_flag",
                      "t124"."icpc_icpc_transfer_in",
                      "t124"."month",
                      "t124"."month_end",
                      "t124"."rolling_start",
                      "t124"."pop_year",
                      "t45"."la_code" AS "la_code_right",
                      "t45"."s47e_s47_enquiry_id",
                      "t45"."s47e_s47_start_date",
                      "t66"."_wd_a",
                      "t68"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t27"."la_code",
                          "t27"."icpc_icpc_id",
                          "t27"."icpc_person_id",
                          "t27"."icpc_s47_enquiry_id",
                          "t27"."icpc_cp_plan_id",
                          "t27"."icpc_icpc_date",
                          "t27"."icpc_icpc_outcome_cp_flag",
                          "t27"."icpc_icpc_transfer_in",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year"
                        FROM "ssd_initial_cp_conference" AS "t27"
                        INNER JOIN "_months" AS "t19"
                          ON "t27"."icpc_icpc_date" >= "t19"."month"
                          AND "t27"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t80"
                      WHERE
                        NOT (
                          COALESCE("t80"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t124"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."s47e_s47_enquiry_id",
                        "t4"."s47e_s47_start_date"
                      FROM "ssd_s47_enquiry" AS "t4"
                    ) AS "t45"
                      ON "t124"."la_code" = "t45"."la_code"
                      AND "t124"."icpc_s47_enquiry_id" = "t45"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t34" AS "t66"
                      ON "t45"."s47e_s47_start_date" = "t66"."_wd_a__date"
                    LEFT OUTER JOIN "t35" AS "t68"
                      ON "t124"."icpc_icpc_date" = "t68"."_wd_b__date"
                  ) AS "t171"
                ) AS "t216"
                GROUP BY
                  1,
                  2
              ) AS "t269"
                ON "t18"."la_code" = "t269"."la_code" AND "t19"."month" = "t269"."month"
            ) AS "t289"
            ORDER BY
              "t289"."la_code" ASC,
              "t289"."month" ASC
          ) AS "t332"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t246"."la_code",
              "t246"."month",
              'cp_count' AS "indicator",
              "t246"."numerator",
              "t246"."denominator",
              "t246"."excluded",
              CAST("t246"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t222"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t179"."la_code",
                  "t179"."month",
                  SUM(CAST("t179"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."cppl_person_id",
                    "t159"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t159"
                ) AS "t179"
                GROUP BY
                  1,
                  2
              ) AS "t222"
                ON "t18"."la_code" = "t222"."la_code" AND "t19"."month" = "t222"."month"
            ) AS "t246"
            ORDER BY
              "t246"."la_code" ASC,
              "t246"."month" ASC
          ) AS "t273"
        ) AS "t337"
      ) AS "t343"
    ) AS "t369"
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
              "t263"."la_code",
              "t263"."month",
              'cp_per_10k' AS "indicator",
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
                COALESCE("t222"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t179"."la_code",
                  "t179"."month",
                  SUM(CAST("t179"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."cppl_person_id",
                    "t159"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t159"
                ) AS "t179"
                GROUP BY
                  1,
                  2
              ) AS "t222"
                ON "t18"."la_code" = "t222"."la_code" AND "t19"."month" = "t222"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    "t158"."year",
                    "t158"."population",
                    "t158"."source",
                    "t158"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t158"."la_code", "t158"."month"
                      ORDER BY "t158"."distance" ASC, "t158"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t108"."la_code",
                      "t108"."month",
                      "t108"."month_end",
                      "t108"."rolling_start",
                      "t108"."pop_year",
                      "t108"."year",
                      "t108"."population",
                      "t108"."source",
                      ABS("t108"."year" - "t108"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t71"."year",
                        "t71"."population",
                        "t71"."source"
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
                      ) AS "t71"
                        ON "t18"."la_code" = "t71"."la_code"
                    ) AS "t108"
                  ) AS "t158"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t263"
            ORDER BY
              "t263"."la_code" ASC,
              "t263"."month" ASC
          ) AS "t293"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t185"."la_code",
              "t185"."month",
              'cp_starts' AS "indicator",
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
                  "t100"."la_code",
                  "t100"."month",
                  SUM(CAST("t100"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t78"."la_code",
                    "t78"."cppl_cp_plan_id",
                    "t78"."cppl_person_id",
                    "t78"."cppl_cp_plan_start_date",
                    "t78"."cppl_cp_plan_end_date",
                    "t78"."cppl_cp_plan_initial_category",
                    "t78"."cppl_cp_plan_latest_category",
                    "t78"."cppl_icpc_id",
                    "t78"."month",
                    "t78"."month_end",
                    "t78"."rolling_start",
                    "t78"."pop_year",
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
                  ) AS "t78"
                ) AS "t100"
                GROUP BY
                  1,
                  2
              ) AS "t150"
                ON "t18"."la_code" = "t150"."la_code" AND "t19"."month" = "t150"."month"
            ) AS "t185"
            ORDER BY
              "t185"."la_code" ASC,
              "t185"."month" ASC
          ) AS "t212"
        ) AS "t303"
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
              'cp_second_or_subsequent' AS "indicator",
              "t327"."numerator",
              "t327"."denominator",
              "t327"."excluded",
              CASE
                WHEN "t327"."denominator" > 0
                THEN (
                  CAST("t327"."numerator" AS DOUBLE) / "t327"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t305"."numerator", 0) AS "numerator",
                COALESCE("t305"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t251"."la_code",
                  "t251"."month",
                  SUM(CAST("t251"."_kept" AND COALESCE("t251"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t251"."_kept" AS BIGINT)) AS "denominator"
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
                      "t208"."la_code",
                      "t208"."cppl_cp_plan_id",
                      "t208"."cppl_person_id",
                      "t208"."cppl_cp_plan_start_date",
                      "t208"."cppl_cp_plan_end_date",
                      "t208"."cppl_cp_plan_initial_category",
                      "t208"."cppl_cp_plan_latest_category",
                      "t208"."cppl_icpc_id",
                      "t208"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t189".*
                        EXCLUDE ("_first")
                      FROM (
                        SELECT
                          "t165"."la_code",
                          "t165"."cppl_cp_plan_id",
                          "t165"."cppl_person_id",
                          "t165"."cppl_cp_plan_start_date",
                          "t165"."cppl_cp_plan_end_date",
                          "t165"."cppl_cp_plan_initial_category",
                          "t165"."cppl_cp_plan_latest_category",
                          "t165"."cppl_icpc_id",
                          "t165"."_first",
                          "t165"."cppl_cp_plan_start_date" > "t165"."_first" AS "hit"
                        FROM (
                          SELECT
                            "t117"."la_code",
                            "t117"."cppl_cp_plan_id",
                            "t117"."cppl_person_id",
                            "t117"."cppl_cp_plan_start_date",
                            "t117"."cppl_cp_plan_end_date",
                            "t117"."cppl_cp_plan_initial_category",
                            "t117"."cppl_cp_plan_latest_category",
                            "t117"."cppl_icpc_id",
                            "t64"."_first"
                          FROM (
                            SELECT
                              "t84"."la_code",
                              "t84"."cppl_cp_plan_id",
                              "t84"."cppl_person_id",
                              "t84"."cppl_cp_plan_start_date",
                              "t84"."cppl_cp_plan_end_date",
                              "t84"."cppl_cp_plan_initial_category",
                              "t84"."cppl_cp_plan_latest_category",
                              "t84"."cppl_icpc_id"
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
                                "t61"."_lo",
                                "t61"."_hi"
                              FROM "ssd_cp_plans" AS "t25"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t61"
                            ) AS "t84"
                            WHERE
                              "t84"."cppl_cp_plan_start_date" >= "t84"."_lo"
                              AND "t84"."cppl_cp_plan_start_date" <= "t84"."_hi"
                          ) AS "t117"
                          INNER JOIN (
                            SELECT
                              "t5"."la_code",
                              "t5"."cppl_person_id",
                              MIN("t5"."cppl_cp_plan_start_date") AS "_first"
                            FROM "ssd_cp_plans" AS "t5"
                            GROUP BY
                              1,
                              2
                          ) AS "t64"
                            ON "t117"."la_code" = "t64"."la_code"
                            AND "t117"."cppl_person_id" = "t64"."cppl_person_id"
                        ) AS "t165"
                      ) AS "t189"
                    ) AS "t208"
                    INNER JOIN "_months" AS "t19"
                      ON "t208"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t208"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t240"
                ) AS "t251"
                GROUP BY
                  1,
                  2
              ) AS "t305"
                ON "t18"."la_code" = "t305"."la_code" AND "t19"."month" = "t305"."month"
            ) AS "t327"
            ORDER BY
              "t327"."la_code" ASC,
              "t327"."month" ASC
          ) AS "t354"
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
                COALESCE("t192"."numerator", 0) AS "numerator",
                COALESCE("t192"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t122"."la_code",
                  "t122"."month",
                  SUM(CAST("t122"."_kept" AND COALESCE("t122"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t122"."_kept" AS BIGINT)) AS "denominator"
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
                    (
                      DATE_DIFF('DAY', "t79"."cppl_cp_plan_start_date", "t79"."cppl_cp_plan_end_date") + 1
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
                  ) AS "t79"
                ) AS "t122"
                GROUP BY
                  1,
                  2
              ) AS "t192"
                ON "t18"."la_code" = "t192"."la_code" AND "t19"."month" = "t192"."month"
            ) AS "t230"
            ORDER BY
              "t230"."la_code" ASC,
              "t230"."month" ASC
          ) AS "t272"
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
            *
          FROM (
            SELECT
              "t280"."la_code",
              "t280"."month",
              'cp_open_2yrs' AS "indicator",
              "t280"."numerator",
              "t280"."denominator",
              "t280"."excluded",
              CASE
                WHEN "t280"."denominator" > 0
                THEN (
                  CAST("t280"."numerator" AS DOUBLE) / "t280"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t254"."numerator", 0) AS "numerator",
                COALESCE("t254"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t202"."la_code",
                  "t202"."month",
                  SUM(CAST("t202"."_kept" AND COALESCE("t202"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t202"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."cppl_person_id",
                    "t159"."start",
                    (
                      DATE_DIFF('DAY', "t159"."start", "t159"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t159"
                ) AS "t202"
                GROUP BY
                  1,
                  2
              ) AS "t254"
                ON "t18"."la_code" = "t254"."la_code" AND "t19"."month" = "t254"."month"
            ) AS "t280"
            ORDER BY
              "t280"."la_code" ASC,
              "t280"."month" ASC
          ) AS "t326"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t409"."la_code",
              "t409"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t409"."numerator",
              "t409"."denominator",
              "t409"."excluded",
              CASE
                WHEN "t409"."denominator" > 0
                THEN (
                  CAST("t409"."numerator" AS DOUBLE) / "t409"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t406"."numerator", 0) AS "numerator",
                COALESCE("t406"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t398"."la_code",
                  "t398"."month",
                  SUM(CAST("t398"."_kept" AND COALESCE("t398"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t398"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t386"."la_code",
                    "t386"."month",
                    "t386"."month_end",
                    "t386"."plan_id",
                    "t386"."start",
                    "t386"."person_id",
                    "t386"."first_due",
                    "t386"."held_n",
                    "t386"."last",
                    "t386"."late_held",
                    CASE
                      WHEN "t386"."held_n" = 0
                      THEN "t386"."first_due"
                      WHEN "t386"."held_n" = 1
                      THEN "t386"."last" + INTERVAL '6' MONTH
                      ELSE "t386"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t386"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t386"."held_n" = 0
                        THEN "t386"."first_due"
                        WHEN "t386"."held_n" = 1
                        THEN "t386"."last" + INTERVAL '6' MONTH
                        ELSE "t386"."last" + INTERVAL '6' MONTH
                      END > "t386"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t167"."la_code",
                      "t167"."month",
                      "t167"."month_end",
                      "t167"."plan_id",
                      "t167"."start",
                      "t167"."person_id",
                      "t167"."first_due",
                      COALESCE("t374"."k" + 1, 0) AS "held_n",
                      "t374"."date" AS "last",
                      COALESCE("t374"."first_late" <= "t374"."k", FALSE) AS "late_held"
                    FROM "t151" AS "t167"
                    LEFT OUTER JOIN (
                      SELECT
                        "t318"."la_code",
                        "t318"."plan_id",
                        "t318"."date",
                        "t318"."k",
                        "t318"."following",
                        "t356"."first_late"
                      FROM (
                        SELECT
                          "t299"."la_code",
                          "t299"."plan_id",
                          "t299"."date",
                          "t299"."k",
                          "t299"."following"
                        FROM "t287" AS "t299"
                      ) AS "t318"
                      LEFT OUTER JOIN (
                        SELECT
                          "t342"."la_code",
                          "t342"."plan_id",
                          MIN("t342"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t299"."la_code",
                              "t299"."plan_id",
                              "t299"."date",
                              "t299"."review_id",
                              "t299"."first_due",
                              "t299"."k",
                              "t299"."prev",
                              "t299"."following",
                              "t299"."date" > CASE
                                WHEN "t299"."k" = 0
                                THEN "t299"."first_due"
                                WHEN "t299"."k" = 1
                                THEN "t299"."prev" + INTERVAL '6' MONTH
                                ELSE "t299"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t287" AS "t299"
                          ) AS "t331"
                          WHERE
                            "t331"."late"
                        ) AS "t342"
                        GROUP BY
                          1,
                          2
                      ) AS "t356"
                        ON "t318"."la_code" = "t356"."la_code" AND "t318"."plan_id" = "t356"."plan_id"
                    ) AS "t374"
                      ON "t167"."la_code" = "t374"."la_code"
                      AND "t167"."plan_id" = "t374"."plan_id"
                      AND "t374"."date" <= "t167"."month_end"
                      AND COALESCE("t374"."following", MAKE_DATE(9999, 12, 31)) > "t167"."month_end"
                  ) AS "t386"
                ) AS "t398"
                GROUP BY
                  1,
                  2
              ) AS "t406"
                ON "t18"."la_code" = "t406"."la_code" AND "t19"."month" = "t406"."month"
            ) AS "t409"
            ORDER BY
              "t409"."la_code" ASC,
              "t409"."month" ASC
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
                  "t355"."la_code",
                  "t355"."month",
                  SUM(CAST("t355"."_kept" AND COALESCE("t355"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t355"."_kept" AS BIGINT)) AS "denominator"
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
                      "t313"."la_code",
                      "t313"."month",
                      "t313"."month_end",
                      "t313"."cppl_person_id",
                      "t313"."start",
                      "t313"."wd_open",
                      "t313"."last_visit",
                      "t65"."_wd_a",
                      "t67"."_wd_b"
                    FROM (
                      SELECT
                        "t298".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t274"."la_code",
                          "t274"."month",
                          "t274"."month_end",
                          "t274"."cppl_person_id",
                          "t274"."start",
                          "t274"."wd_open",
                          "t274"."_latest",
                          CASE WHEN "t274"."_latest" >= "t274"."start" THEN "t274"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t241"."la_code",
                            "t241"."month",
                            "t241"."month_end",
                            "t241"."cppl_person_id",
                            "t241"."start",
                            "t241"."wd_open",
                            "t227"."_latest"
                          FROM (
                            SELECT
                              "t203"."la_code",
                              "t203"."month",
                              "t203"."month_end",
                              "t203"."cppl_person_id",
                              "t203"."start",
                              "t203"."_wd_b" - "t203"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t166"."la_code",
                                "t166"."month",
                                "t166"."month_end",
                                "t166"."cppl_person_id",
                                "t166"."start",
                                "t65"."_wd_a",
                                "t67"."_wd_b"
                              FROM "cohort_on_plan" AS "t166"
                              LEFT OUTER JOIN "t34" AS "t65"
                                ON "t166"."start" = "t65"."_wd_a__date"
                              LEFT OUTER JOIN "t35" AS "t67"
                                ON "t166"."month_end" = "t67"."_wd_b__date"
                            ) AS "t203"
                            WHERE
                              (
                                "t203"."_wd_b" - "t203"."_wd_a"
                              ) > 10
                          ) AS "t241"
                          LEFT OUTER JOIN (
                            SELECT
                              "t197"."la_code",
                              "t197"."month",
                              "t197"."cppv_person_id" AS "cppl_person_id",
                              "t197"."_latest"
                            FROM (
                              SELECT
                                "t173"."la_code",
                                "t173"."month",
                                "t173"."cppv_person_id",
                                MAX("t173"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t127"."la_code",
                                  "t127"."cppv_person_id",
                                  "t127"."cppv_cp_visit_date",
                                  "t111"."month",
                                  "t111"."month_end",
                                  "t111"."_from"
                                FROM (
                                  SELECT
                                    "t102"."la_code",
                                    "t102"."cppv_person_id",
                                    "t102"."cppv_cp_visit_date"
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
                                  ) AS "t102"
                                ) AS "t127"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t52"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_e_ord",
                                      "t8"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t8"
                                  ) AS "t50"
                                    ON "t21"."month_end" = "t50"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."date" AS "_d",
                                      "t8"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t8"
                                    WHERE
                                      "t8"."is_working_day"
                                  ) AS "t52"
                                    ON (
                                      "t50"."_e_ord" - 10
                                    ) = "t52"."_d_ord"
                                ) AS "t111"
                                  ON "t127"."cppv_cp_visit_date" >= "t111"."_from"
                                  AND "t127"."cppv_cp_visit_date" <= "t111"."month_end"
                              ) AS "t173"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t197"
                          ) AS "t227"
                            ON "t241"."la_code" = "t227"."la_code"
                            AND "t241"."month" = "t227"."month"
                            AND "t241"."cppl_person_id" = "t227"."cppl_person_id"
                        ) AS "t274"
                      ) AS "t298"
                    ) AS "t313"
                    LEFT OUTER JOIN "t34" AS "t65"
                      ON "t313"."last_visit" = "t65"."_wd_a__date"
                    LEFT OUTER JOIN "t35" AS "t67"
                      ON "t313"."month_end" = "t67"."_wd_b__date"
                  ) AS "t336"
                ) AS "t355"
                GROUP BY
                  1,
                  2
              ) AS "t380"
                ON "t18"."la_code" = "t380"."la_code" AND "t19"."month" = "t380"."month"
            ) AS "t387"
            ORDER BY
              "t387"."la_code" ASC,
              "t387"."month" ASC
          ) AS "t400"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t320"."la_code",
              "t320"."month",
              'cla_count' AS "indicator",
              "t320"."numerator",
              "t320"."denominator",
              "t320"."excluded",
              CAST("t320"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t295"."numerator", 0) AS "numerator",
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
                    "t244"."la_code",
                    "t244"."month",
                    "t244"."month_end",
                    "t244"."rolling_start",
                    "t244"."person_id",
                    "t244"."cla_id",
                    "t244"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t244"
                ) AS "t266"
                GROUP BY
                  1,
                  2
              ) AS "t295"
                ON "t18"."la_code" = "t295"."la_code" AND "t19"."month" = "t295"."month"
            ) AS "t320"
            ORDER BY
              "t320"."la_code" ASC,
              "t320"."month" ASC
          ) AS "t340"
        ) AS "t402"
      ) AS "t413"
    ) AS "t415"
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
              "t321"."la_code",
              "t321"."month",
              'cla_per_10k' AS "indicator",
              "t321"."numerator",
              "t321"."denominator",
              "t321"."excluded",
              (
                CAST("t321"."numerator" AS DOUBLE) / "t321"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t295"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t233"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t266"."la_code",
                  "t266"."month",
                  SUM(CAST("t266"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t244"."la_code",
                    "t244"."month",
                    "t244"."month_end",
                    "t244"."rolling_start",
                    "t244"."person_id",
                    "t244"."cla_id",
                    "t244"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t244"
                ) AS "t266"
                GROUP BY
                  1,
                  2
              ) AS "t295"
                ON "t18"."la_code" = "t295"."la_code" AND "t19"."month" = "t295"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    "t158"."year",
                    "t158"."population",
                    "t158"."source",
                    "t158"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t158"."la_code", "t158"."month"
                      ORDER BY "t158"."distance" ASC, "t158"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t108"."la_code",
                      "t108"."month",
                      "t108"."month_end",
                      "t108"."rolling_start",
                      "t108"."pop_year",
                      "t108"."year",
                      "t108"."population",
                      "t108"."source",
                      ABS("t108"."year" - "t108"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t71"."year",
                        "t71"."population",
                        "t71"."source"
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
                      ) AS "t71"
                        ON "t18"."la_code" = "t71"."la_code"
                    ) AS "t108"
                  ) AS "t158"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t321"
            ORDER BY
              "t321"."la_code" ASC,
              "t321"."month" ASC
          ) AS "t348"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t248"."la_code",
              "t248"."month",
              'cla_starts' AS "indicator",
              "t248"."numerator",
              "t248"."denominator",
              "t248"."excluded",
              CAST("t248"."numerator" AS DOUBLE) AS "value"
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
                  "t181"."la_code",
                  "t181"."month",
                  SUM(CAST("t181"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t162"."la_code",
                    "t162"."first_episode_start",
                    "t162"."clae_person_id",
                    "t162"."cla_id",
                    "t162"."period_start",
                    "t162"."month",
                    "t162"."month_end",
                    "t162"."rolling_start",
                    "t162"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t113"."la_code",
                      "t113"."first_episode_start",
                      "t113"."clae_person_id",
                      "t113"."cla_id",
                      "t113"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t113"
                    INNER JOIN "_months" AS "t19"
                      ON "t113"."first_episode_start" >= "t19"."month"
                      AND "t113"."first_episode_start" <= "t19"."month_end"
                  ) AS "t162"
                ) AS "t181"
                GROUP BY
                  1,
                  2
              ) AS "t225"
                ON "t18"."la_code" = "t225"."la_code" AND "t19"."month" = "t225"."month"
            ) AS "t248"
            ORDER BY
              "t248"."la_code" ASC,
              "t248"."month" ASC
          ) AS "t275"
        ) AS "t351"
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
                  "t383"."la_code",
                  "t383"."month",
                  SUM(CAST("t383"."_kept" AND COALESCE("t383"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t383"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t361"."la_code",
                    "t361"."month",
                    "t361"."month_end",
                    "t361"."rolling_start",
                    "t361"."person_id",
                    "t361"."cla_id",
                    "t361"."episode_start",
                    "t361"."placement_start",
                    "t361"."long_term",
                    "t361"."p",
                    "t361"."v",
                    CASE
                      WHEN "t361"."v" IS NULL
                      THEN "t361"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t361"."long_term", FALSE)
                      AND (
                        "t361"."v" >= (
                          "t361"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t361"."v" + INTERVAL '91' DAY
                      ELSE "t361"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t361"."v" IS NULL
                      THEN "t361"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t361"."long_term", FALSE)
                      AND (
                        "t361"."v" >= (
                          "t361"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t361"."v" + INTERVAL '91' DAY
                      ELSE "t361"."v" + INTERVAL '42' DAY
                    END >= "t361"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t357".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t345"."la_code",
                        "t345"."month",
                        "t345"."month_end",
                        "t345"."rolling_start",
                        "t345"."person_id",
                        "t345"."cla_id",
                        "t345"."episode_start",
                        "t345"."placement_start",
                        "t345"."long_term",
                        "t345"."p",
                        "t345"."_latest",
                        CASE WHEN "t345"."_latest" >= "t345"."p" THEN "t345"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t319"."la_code",
                          "t319"."month",
                          "t319"."month_end",
                          "t319"."rolling_start",
                          "t319"."person_id",
                          "t319"."cla_id",
                          "t319"."episode_start",
                          "t319"."placement_start",
                          "t319"."long_term",
                          "t319"."p",
                          "t226"."_latest"
                        FROM (
                          SELECT
                            "t283"."la_code",
                            "t283"."month",
                            "t283"."month_end",
                            "t283"."rolling_start",
                            "t283"."person_id",
                            "t283"."cla_id",
                            "t283"."episode_start",
                            "t283"."placement_start",
                            "t283"."long_term",
                            COALESCE("t283"."placement_start", "t283"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t252"."la_code",
                              "t252"."month",
                              "t252"."month_end",
                              "t252"."rolling_start",
                              "t252"."person_id",
                              "t252"."cla_id",
                              "t252"."episode_start",
                              "t259"."placement_start",
                              "t259"."long_term"
                            FROM "cohort_looked_after" AS "t252"
                            LEFT OUTER JOIN (
                              SELECT
                                "t174"."la_code",
                                "t19"."month",
                                "t174"."clap_cla_id" AS "cla_id",
                                "t174"."clap_cla_placement_start_date" AS "placement_start",
                                "t174"."clap_long_term" AS "long_term"
                              FROM "t157" AS "t174"
                              INNER JOIN "_months" AS "t19"
                                ON "t174"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t174"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t174"."la_code",
                                  "t174"."clap_cla_placement_id" AS "_superseded",
                                  "t175"."clap_cla_placement_start_date" AS "_start",
                                  "t175"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t157" AS "t174"
                                INNER JOIN "t157" AS "t175"
                                  ON "t174"."la_code" = "t175"."la_code"
                                  AND "t174"."clap_cla_id" = "t175"."clap_cla_id"
                                  AND "t175"."clap_cla_placement_start_date" >= "t174"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t175"."clap_cla_placement_start_date" > "t174"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t175"."clap_cla_placement_id" > "t174"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t175"."clap_cla_placement_start_date" < COALESCE("t174"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t175"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t175"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t228"
                                ON "t174"."la_code" = "t228"."la_code"
                                AND "t19"."month" = "t228"."month"
                                AND "t174"."clap_cla_placement_id" = "t228"."_superseded"
                            ) AS "t259"
                              ON "t252"."la_code" = "t259"."la_code"
                              AND "t252"."month" = "t259"."month"
                              AND "t252"."cla_id" = "t259"."cla_id"
                          ) AS "t283"
                          WHERE
                            COALESCE("t283"."placement_start", "t283"."episode_start") <= (
                              "t283"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t319"
                        LEFT OUTER JOIN (
                          SELECT
                            "t196"."la_code",
                            "t196"."month",
                            "t196"."clav_person_id" AS "person_id",
                            "t196"."_latest"
                          FROM (
                            SELECT
                              "t172"."la_code",
                              "t172"."month",
                              "t172"."clav_person_id",
                              MAX("t172"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t126"."la_code",
                                "t126"."clav_person_id",
                                "t126"."clav_cla_visit_date",
                                "t63"."month",
                                "t63"."month_end",
                                "t63"."_from"
                              FROM (
                                SELECT
                                  "t101"."la_code",
                                  "t101"."clav_person_id",
                                  "t101"."clav_cla_visit_date"
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
                                ) AS "t101"
                              ) AS "t126"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t63"
                                ON "t126"."clav_cla_visit_date" >= "t63"."_from"
                                AND "t126"."clav_cla_visit_date" <= "t63"."month_end"
                            ) AS "t172"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t196"
                        ) AS "t226"
                          ON "t319"."la_code" = "t226"."la_code"
                          AND "t319"."month" = "t226"."month"
                          AND "t319"."person_id" = "t226"."person_id"
                      ) AS "t345"
                    ) AS "t357"
                  ) AS "t361"
                ) AS "t383"
                GROUP BY
                  1,
                  2
              ) AS "t395"
                ON "t18"."la_code" = "t395"."la_code" AND "t19"."month" = "t395"."month"
            ) AS "t404"
            ORDER BY
              "t404"."la_code" ASC,
              "t404"."month" ASC
          ) AS "t408"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t417"."la_code",
              "t417"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t417"."numerator",
              "t417"."denominator",
              "t417"."excluded",
              CASE
                WHEN "t417"."denominator" > 0
                THEN (
                  CAST("t417"."numerator" AS DOUBLE) / "t417"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t416"."numerator", 0) AS "numerator",
                COALESCE("t416"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t410"."la_code",
                  "t410"."month",
                  SUM(CAST("t410"."_kept" AND COALESCE("t410"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t410"."_kept" AS BIGINT)) AS "denominator"
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
                      "t322"."la_code",
                      "t322"."month",
                      "t322"."month_end",
                      "t322"."first_due",
                      "t322"."person_id",
                      "t322"."period_start",
                      "t322"."plan_id",
                      COALESCE("t403"."k" + 1, 0) AS "held_n",
                      "t403"."date" AS "last",
                      COALESCE("t403"."first_late" <= "t403"."k", FALSE) AS "late_held"
                    FROM "t312" AS "t322"
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
                          "t368"."la_code",
                          "t368"."plan_id",
                          "t368"."date",
                          "t368"."k",
                          "t368"."following"
                        FROM "t365" AS "t368"
                      ) AS "t376"
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
                              "t368"."la_code",
                              "t368"."first_due",
                              "t368"."plan_id",
                              "t368"."date",
                              "t368"."review_id",
                              "t368"."k",
                              "t368"."prev",
                              "t368"."following",
                              "t368"."date" > CASE
                                WHEN "t368"."k" = 0
                                THEN "t368"."first_due"
                                WHEN "t368"."k" = 1
                                THEN "t368"."prev" + INTERVAL '3' MONTH
                                ELSE "t368"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t365" AS "t368"
                          ) AS "t382"
                          WHERE
                            "t382"."late"
                        ) AS "t385"
                        GROUP BY
                          1,
                          2
                      ) AS "t391"
                        ON "t376"."la_code" = "t391"."la_code" AND "t376"."plan_id" = "t391"."plan_id"
                    ) AS "t403"
                      ON "t322"."la_code" = "t403"."la_code"
                      AND "t322"."plan_id" = "t403"."plan_id"
                      AND "t403"."date" <= "t322"."month_end"
                      AND COALESCE("t403"."following", MAKE_DATE(9999, 12, 31)) > "t322"."month_end"
                  ) AS "t407"
                ) AS "t410"
                GROUP BY
                  1,
                  2
              ) AS "t416"
                ON "t18"."la_code" = "t416"."la_code" AND "t19"."month" = "t416"."month"
            ) AS "t417"
            ORDER BY
              "t417"."la_code" ASC,
              "t417"."month" ASC
          ) AS "t418"
        ) AS "t419"
      ) AS "t420"
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
                    "t329"."la_code",
                    "t329"."month",
                    "t329"."month_end",
                    "t329"."rolling_start",
                    "t329"."person_id",
                    "t329"."cla_id",
                    "t329"."episode_start",
                    "t329"."placements",
                    COALESCE("t329"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t252"."la_code",
                      "t252"."month",
                      "t252"."month_end",
                      "t252"."rolling_start",
                      "t252"."person_id",
                      "t252"."cla_id",
                      "t252"."episode_start",
                      "t307"."placements"
                    FROM "cohort_looked_after" AS "t252"
                    LEFT OUTER JOIN (
                      SELECT
                        "t278"."la_code",
                        "t278"."month",
                        "t278"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t252"."la_code",
                          "t252"."month",
                          "t252"."month_end",
                          "t252"."rolling_start",
                          "t252"."person_id",
                          "t252"."cla_id",
                          "t252"."episode_start",
                          "t182"."la_code" AS "la_code_right",
                          "t182"."clap_cla_placement_id",
                          "t182"."clap_cla_id",
                          "t182"."clap_cla_placement_start_date",
                          "t182"."clap_cla_placement_end_date",
                          "t182"."clap_cla_placement_type",
                          "t182"."clap_long_term",
                          "t182"."cla_id" AS "cla_id_right",
                          "t182"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t252"
                        INNER JOIN (
                          SELECT
                            "t129"."la_code",
                            "t129"."clap_cla_placement_id",
                            "t129"."clap_cla_id",
                            "t129"."clap_cla_placement_start_date",
                            "t129"."clap_cla_placement_end_date",
                            "t129"."clap_cla_placement_type",
                            "t129"."clap_long_term",
                            "t54"."cla_id",
                            "t54"."person_id"
                          FROM (
                            SELECT
                              "t85"."la_code",
                              "t85"."clap_cla_placement_id",
                              "t85"."clap_cla_id",
                              "t85"."clap_cla_placement_start_date",
                              "t85"."clap_cla_placement_end_date",
                              "t85"."clap_cla_placement_type",
                              "t85"."clap_long_term"
                            FROM (
                              SELECT
                                "t29"."la_code",
                                "t29"."clap_cla_placement_id",
                                "t29"."clap_cla_id",
                                "t29"."clap_cla_placement_start_date",
                                "t29"."clap_cla_placement_end_date",
                                "t29"."clap_cla_placement_type",
                                "t29"."clap_long_term",
                                "t61"."_lo",
                                "t61"."_hi"
                              FROM "ssd_cla_placement" AS "t29"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t61"
                            ) AS "t85"
                            WHERE
                              "t85"."clap_cla_placement_start_date" <= "t85"."_hi"
                              AND COALESCE("t85"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t85"."_lo"
                          ) AS "t129"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t10"."la_code",
                              "t10"."clae_cla_id" AS "cla_id",
                              "t10"."clae_person_id" AS "person_id"
                            FROM "ssd_cla_episodes" AS "t10"
                          ) AS "t54"
                            ON "t129"."la_code" = "t54"."la_code" AND "t129"."clap_cla_id" = "t54"."cla_id"
                        ) AS "t182"
                          ON "t252"."la_code" = "t182"."la_code"
                          AND "t252"."person_id" = "t182"."person_id"
                          AND "t182"."clap_cla_placement_start_date" <= "t252"."month_end"
                          AND COALESCE("t182"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t252"."rolling_start"
                      ) AS "t278"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t307"
                      ON "t252"."la_code" = "t307"."la_code"
                      AND "t252"."month" = "t307"."month"
                      AND "t252"."person_id" = "t307"."person_id"
                  ) AS "t329"
                ) AS "t349"
                GROUP BY
                  1,
                  2
              ) AS "t372"
                ON "t18"."la_code" = "t372"."la_code" AND "t19"."month" = "t372"."month"
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
              "t324"."la_code",
              "t324"."month",
              'cin_count' AS "indicator",
              "t324"."numerator",
              "t324"."denominator",
              "t324"."excluded",
              CAST("t324"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t297"."numerator", 0) AS "numerator",
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
                    "t245"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t245"
                ) AS "t267"
                GROUP BY
                  1,
                  2
              ) AS "t297"
                ON "t18"."la_code" = "t297"."la_code" AND "t19"."month" = "t297"."month"
            ) AS "t324"
            ORDER BY
              "t324"."la_code" ASC,
              "t324"."month" ASC
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
              "t325"."la_code",
              "t325"."month",
              'cin_per_10k' AS "indicator",
              "t325"."numerator",
              "t325"."denominator",
              "t325"."excluded",
              (
                CAST("t325"."numerator" AS DOUBLE) / "t325"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t297"."numerator", 0) AS "numerator",
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
                    "t245"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t245"
                ) AS "t267"
                GROUP BY
                  1,
                  2
              ) AS "t297"
                ON "t18"."la_code" = "t297"."la_code" AND "t19"."month" = "t297"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    "t158"."year",
                    "t158"."population",
                    "t158"."source",
                    "t158"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t158"."la_code", "t158"."month"
                      ORDER BY "t158"."distance" ASC, "t158"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t108"."la_code",
                      "t108"."month",
                      "t108"."month_end",
                      "t108"."rolling_start",
                      "t108"."pop_year",
                      "t108"."year",
                      "t108"."population",
                      "t108"."source",
                      ABS("t108"."year" - "t108"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t71"."year",
                        "t71"."population",
                        "t71"."source"
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
                      ) AS "t71"
                        ON "t18"."la_code" = "t71"."la_code"
                    ) AS "t108"
                  ) AS "t158"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t325"
            ORDER BY
              "t325"."la_code" ASC,
              "t325"."month" ASC
          ) AS "t350"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t353"."la_code",
              "t353"."month",
              'caseload_mean' AS "indicator",
              "t353"."numerator",
              "t353"."denominator",
              "t353"."excluded",
              CASE
                WHEN "t353"."denominator" > 0
                THEN (
                  CAST("t353"."numerator" AS DOUBLE) / "t353"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t338"."numerator", 0) AS "numerator",
                COALESCE("t338"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t301"."la_code",
                  "t301"."month",
                  SUM(CASE WHEN "t301"."_kept" THEN COALESCE("t301"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t301"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t282"."la_code",
                    "t282"."month",
                    "t282"."worker_id",
                    "t282"."team_id",
                    "t282"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t282"
                ) AS "t301"
                GROUP BY
                  1,
                  2
              ) AS "t338"
                ON "t18"."la_code" = "t338"."la_code" AND "t19"."month" = "t338"."month"
            ) AS "t353"
            ORDER BY
              "t353"."la_code" ASC,
              "t353"."month" ASC
          ) AS "t375"
        ) AS "t378"
      ) AS "t399"
    ) AS "t421"
  ) AS "t422"
) AS "t423"
ORDER BY
  "t423"."indicator" ASC,
  "t423"."la_code" ASC,
  "t423"."month" ASC
