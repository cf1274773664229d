-- safeguarding compiled query {"code": "a40e093aa0147731", "policy": "5a5babdd74a484f2", "query": "catalogue_unfiltered"}
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
), "t45" AS (
  SELECT
    MIN("t1"."rolling_start") AS "_lo",
    MAX("t1"."month_end") AS "_hi"
  FROM "_months" AS "t1"
), "t49" AS (
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
), "t96" AS (
  SELECT
    "t24"."la_code",
    "t24"."cppl_cp_plan_id",
    "t24"."cppl_person_id",
    "t24"."cppl_cp_plan_start_date",
    "t24"."cppl_cp_plan_end_date",
    "t24"."cppl_cp_plan_initial_category",
    "t24"."cppl_cp_plan_latest_category",
    "t24"."cppl_icpc_id",
    "t75"."_lo",
    "t75"."_hi"
  FROM "ssd_cp_plans" AS "t24"
  CROSS JOIN "t45" AS "t75"
), "cohort_open_plans" AS (
  SELECT
    "t24"."la_code",
    "t24"."cppl_cp_plan_id",
    "t24"."cppl_person_id",
    "t24"."cppl_cp_plan_start_date",
    "t24"."cppl_cp_plan_end_date",
    "t24"."cppl_cp_plan_initial_category",
    "t24"."cppl_cp_plan_latest_category",
    "t24"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "ssd_cp_plans" AS "t24"
  INNER JOIN "_months" AS "t19"
    ON "t24"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t24"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
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
    "t57"."la_code",
    "t57"."first_episode_start",
    "t57"."clae_person_id",
    "t57"."clae_cla_id" AS "cla_id",
    COALESCE("t57"."entered", "t57"."first_episode_start") AS "period_start"
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
  ) AS "t57"
), "t121" AS (
  SELECT
    "t87"."la_code",
    "t87"."clae_cla_episode_id",
    "t87"."clae_person_id",
    "t87"."clae_cla_id",
    "t87"."clae_cla_episode_start_date",
    "t87"."clae_cla_episode_ceased_date",
    "t87"."clae_entered_care_date",
    "t87"."clae_cla_placement_id"
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
  ) AS "t87"
  WHERE
    "t87"."clae_cla_episode_start_date" <= "t87"."_last_end"
    AND COALESCE("t87"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t87"."_first_end"
), "t122" AS (
  SELECT
    "t88"."la_code",
    "t88"."cine_referral_id",
    "t88"."cine_person_id",
    "t88"."cine_referral_date",
    "t88"."cine_referral_source_code",
    "t88"."cine_referral_nfa",
    "t88"."cine_cin_primary_need_code",
    "t88"."cine_close_date",
    "t88"."cine_close_reason"
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
  ) AS "t88"
  WHERE
    "t88"."cine_referral_date" <= "t88"."_last_end"
    AND COALESCE("t88"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t88"."_first_end"
), "t145" AS (
  SELECT
    "t102"."la_code",
    "t102"."invo_involvements_id",
    "t102"."invo_person_id",
    "t102"."invo_professional_id",
    "t102"."invo_professional_role_id",
    "t102"."invo_professional_team",
    "t102"."invo_involvement_start_date",
    "t102"."invo_involvement_end_date",
    "t102"."invo_worker_change_reason",
    "t102"."invo_referral_id",
    "t102"."_start",
    "t102"."_end"
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
    FROM "t49" AS "t82"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t102"
  WHERE
    "t102"."_start" <= "t102"."_last_end"
    AND COALESCE("t102"."_end", MAKE_DATE(9999, 12, 31)) > "t102"."_first_end"
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
), "t155" AS (
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
), "t158" AS (
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
      "t92"."la_code",
      "t92"."clap_cla_placement_id",
      "t92"."clap_cla_id",
      "t92"."clap_cla_placement_start_date",
      "t92"."clap_cla_placement_end_date",
      "t92"."clap_cla_placement_type",
      "t92"."clap_long_term",
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
    ) AS "t92"
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
  FROM "t121" AS "t146"
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
    FROM "t121" AS "t146"
    INNER JOIN "t121" AS "t147"
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
  FROM "t122" AS "t148"
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
    FROM "t122" AS "t148"
    INNER JOIN "t122" AS "t149"
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
), "t251" AS (
  SELECT
    "t206"."la_code",
    "t206"."plan_id",
    "t206"."date",
    "t206"."review_id",
    "t206"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t206"."la_code", "t206"."plan_id"
      ORDER BY "t206"."date" ASC, "t206"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t206"."date") OVER (
      PARTITION BY "t206"."la_code", "t206"."plan_id"
      ORDER BY "t206"."date" ASC, "t206"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t206"."date") OVER (
      PARTITION BY "t206"."la_code", "t206"."plan_id"
      ORDER BY "t206"."date" ASC, "t206"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t118"."la_code",
      "t118"."plan_id",
      "t118"."date",
      "t118"."review_id",
      "t118"."first_due"
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
          "t25"."cppl_cp_plan_id",
          "t25"."cppl_person_id",
          "t25"."cppl_cp_plan_start_date",
          "t25"."cppl_cp_plan_end_date",
          "t25"."cppl_cp_plan_initial_category",
          "t25"."cppl_cp_plan_latest_category",
          "t25"."cppl_icpc_id"
        FROM "ssd_cp_reviews" AS "t31"
        INNER JOIN "ssd_cp_plans" AS "t25"
          ON "t31"."la_code" = "t25"."la_code"
          AND "t31"."cppr_cp_plan_id" = "t25"."cppl_cp_plan_id"
      ) AS "t84"
      WHERE
        "t84"."cppr_cp_review_date" >= "t84"."cppl_cp_plan_start_date"
    ) AS "t118"
    SEMI JOIN "t155" AS "t169"
      ON "t118"."la_code" = "t169"."la_code" AND "t118"."plan_id" = "t169"."plan_id"
  ) AS "t206"
), "cohort_allocated" AS (
  SELECT
    "t162"."la_code",
    "t19"."month",
    "t162"."invo_person_id" AS "person_id",
    "t162"."invo_professional_id" AS "worker_id",
    "t162"."invo_professional_team" AS "team_id"
  FROM "t145" AS "t162"
  INNER JOIN "_months" AS "t19"
    ON "t162"."_start" <= "t19"."month_end"
    AND COALESCE("t162"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t162"."la_code",
      "t162"."invo_involvements_id" AS "_superseded",
      "t163"."_start",
      "t163"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t145" AS "t162"
    INNER JOIN "t145" AS "t163"
      ON "t162"."la_code" = "t163"."la_code"
      AND "t162"."invo_person_id" = "t163"."invo_person_id"
      AND "t163"."invo_involvement_start_date" >= "t162"."invo_involvement_start_date"
      AND (
        (
          "t163"."invo_involvement_start_date" > "t162"."invo_involvement_start_date"
        )
        OR (
          "t163"."invo_involvements_id" > "t162"."invo_involvements_id"
        )
      )
      AND "t163"."_start" < COALESCE("t162"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t163"."_start" <= "t20"."month_end"
      AND COALESCE("t163"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t219"
    ON "t162"."la_code" = "t219"."la_code"
    AND "t19"."month" = "t219"."month"
    AND "t162"."invo_involvements_id" = "t219"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t265"."la_code",
    "t265"."month",
    "t265"."worker_id",
    MAX("t265"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t265"
  GROUP BY
    1,
    2,
    3
), "t327" AS (
  SELECT
    "t294"."la_code",
    "t294"."month",
    "t294"."month_end",
    "t294"."first_due",
    "t294"."person_id",
    "t294"."period_start",
    "t294"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t261"."la_code",
      "t261"."month",
      "t261"."month_end",
      "t261"."rolling_start",
      "t261"."person_id",
      "t261"."cla_id",
      "t261"."episode_start",
      "t209"."first_episode_start",
      "t209"."clae_person_id",
      "t209"."period_start",
      "t209"."first_due",
      "t70"."_wd_a",
      "t72"."_wd_b"
    FROM "cohort_looked_after" AS "t261"
    INNER JOIN (
      SELECT
        "t191".*
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
            "t117"."la_code",
            "t117"."first_episode_start",
            "t117"."clae_person_id",
            "t117"."cla_id",
            "t117"."period_start",
            "t55"."wd21"
          FROM "cohort_period_starts" AS "t117"
          LEFT OUTER JOIN (
            SELECT
              "t9"."wd_ordinal" AS "_wd_from",
              "t9"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t9"
          ) AS "t52"
            ON "t117"."period_start" = "t52"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t9"."wd_ordinal" AS "_wd_to",
              "t9"."date" AS "wd21"
            FROM "_calendar" AS "t9"
            WHERE
              "t9"."is_working_day"
          ) AS "t55"
            ON (
              "t52"."_wd_from" + 21
            ) = "t55"."_wd_to"
        ) AS "t165"
      ) AS "t191"
    ) AS "t209"
      ON "t261"."la_code" = "t209"."la_code" AND "t261"."cla_id" = "t209"."cla_id"
    LEFT OUTER JOIN "t35" AS "t70"
      ON "t209"."period_start" = "t70"."_wd_a__date"
    LEFT OUTER JOIN "t36" AS "t72"
      ON "t261"."month_end" = "t72"."_wd_b__date"
  ) AS "t294"
  WHERE
    (
      "t294"."_wd_b" - "t294"."_wd_a"
    ) > 20
), "t387" AS (
  SELECT
    "t362"."la_code",
    "t362"."first_due",
    "t362"."plan_id",
    "t362"."date",
    "t362"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t362"."la_code", "t362"."plan_id"
      ORDER BY "t362"."date" ASC, "t362"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t362"."date") OVER (
      PARTITION BY "t362"."la_code", "t362"."plan_id"
      ORDER BY "t362"."date" ASC, "t362"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t362"."date") OVER (
      PARTITION BY "t362"."la_code", "t362"."plan_id"
      ORDER BY "t362"."date" ASC, "t362"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t281"."la_code",
      "t281"."first_due",
      "t281"."plan_id",
      "t281"."date",
      "t281"."review_id"
    FROM (
      SELECT
        "t247"."la_code",
        "t247"."first_due",
        "t247"."clar_cla_id" AS "plan_id",
        "t247"."clar_cla_review_date" AS "date",
        "t247"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t85"."la_code",
          "t85"."clar_cla_review_id",
          "t85"."clar_cla_id",
          "t85"."clar_cla_review_due_date",
          "t85"."clar_cla_review_date",
          "t85"."clar_cla_review_cancelled",
          "t209"."first_episode_start",
          "t209"."clae_person_id",
          "t209"."cla_id",
          "t209"."period_start",
          "t209"."first_due"
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
            "t191".*
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
                "t117"."la_code",
                "t117"."first_episode_start",
                "t117"."clae_person_id",
                "t117"."cla_id",
                "t117"."period_start",
                "t55"."wd21"
              FROM "cohort_period_starts" AS "t117"
              LEFT OUTER JOIN (
                SELECT
                  "t9"."wd_ordinal" AS "_wd_from",
                  "t9"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t9"
              ) AS "t52"
                ON "t117"."period_start" = "t52"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t9"."wd_ordinal" AS "_wd_to",
                  "t9"."date" AS "wd21"
                FROM "_calendar" AS "t9"
                WHERE
                  "t9"."is_working_day"
              ) AS "t55"
                ON (
                  "t52"."_wd_from" + 21
                ) = "t55"."_wd_to"
            ) AS "t165"
          ) AS "t191"
        ) AS "t209"
          ON "t85"."la_code" = "t209"."la_code" AND "t85"."clar_cla_id" = "t209"."cla_id"
      ) AS "t247"
      WHERE
        "t247"."clar_cla_review_date" >= "t247"."period_start"
    ) AS "t281"
    SEMI JOIN "t327" AS "t343"
      ON "t281"."la_code" = "t343"."la_code" AND "t281"."plan_id" = "t343"."plan_id"
  ) AS "t362"
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
            "t390"."la_code",
            "t390"."month",
            'caseload_over_policy' AS "indicator",
            "t390"."numerator",
            "t390"."denominator",
            "t390"."excluded",
            CASE
              WHEN "t390"."denominator" > 0
              THEN (
                CAST("t390"."numerator" AS DOUBLE) / "t390"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t379"."numerator", 0) AS "numerator",
              COALESCE("t379"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t332"."la_code",
                "t332"."month",
                SUM(CAST("t332"."_kept" AND COALESCE("t332"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t332"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t309"."la_code",
                  "t309"."month",
                  "t309"."worker_id",
                  "t309"."team_id",
                  "t309"."amount",
                  "t309"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t309"
              ) AS "t332"
              GROUP BY
                1,
                2
            ) AS "t379"
              ON "t18"."la_code" = "t379"."la_code" AND "t19"."month" = "t379"."month"
          ) AS "t390"
          ORDER BY
            "t390"."la_code" ASC,
            "t390"."month" ASC
        ) AS "t409"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t405"."la_code",
            "t405"."month",
            'unallocated_cp_cla' AS "indicator",
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
              COALESCE("t391"."numerator", 0) AS "numerator",
              COALESCE("t391"."denominator", 0) AS "denominator",
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
                  "t349"."la_code",
                  "t349"."month",
                  "t349"."person_id",
                  "t349"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t321"."la_code",
                    "t321"."month",
                    "t321"."person_id",
                    COUNT("t321"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t290"."la_code",
                      "t290"."month",
                      "t290"."month_end",
                      "t290"."person_id",
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
                          "t160"."la_code",
                          "t160"."month",
                          "t160"."month_end",
                          "t160"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t160"
                      ) AS "t181"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t254"."la_code",
                          "t254"."month",
                          "t254"."month_end",
                          "t254"."person_id"
                        FROM "cohort_looked_after" AS "t254"
                      ) AS "t270"
                    ) AS "t290"
                    LEFT OUTER JOIN "t49" AS "t81"
                      ON "t290"."la_code" = "t81"."la_code"
                      AND "t290"."person_id" = "t81"."invo_person_id"
                      AND "t81"."_start" <= "t290"."month_end"
                      AND COALESCE("t81"."_end", MAKE_DATE(9999, 12, 31)) > "t290"."month_end"
                  ) AS "t321"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t349"
              ) AS "t357"
              GROUP BY
                1,
                2
            ) AS "t391"
              ON "t18"."la_code" = "t391"."la_code" AND "t19"."month" = "t391"."month"
          ) AS "t405"
          ORDER BY
            "t405"."la_code" ASC,
            "t405"."month" ASC
        ) AS "t417"
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
              "t218"."la_code",
              "t218"."month",
              'contacts' AS "indicator",
              "t218"."numerator",
              "t218"."denominator",
              "t218"."excluded",
              CAST("t218"."numerator" AS DOUBLE) AS "value"
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
                  "t128"."la_code",
                  "t128"."month",
                  SUM(CAST("t128"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t128"
                GROUP BY
                  1,
                  2
              ) AS "t183"
                ON "t18"."la_code" = "t183"."la_code" AND "t19"."month" = "t183"."month"
            ) AS "t218"
            ORDER BY
              "t218"."la_code" ASC,
              "t218"."month" ASC
          ) AS "t246"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t264"."la_code",
              "t264"."month",
              'contacts_screened_24h' AS "indicator",
              "t264"."numerator",
              "t264"."denominator",
              "t264"."excluded",
              CASE
                WHEN "t264"."denominator" > 0
                THEN (
                  CAST("t264"."numerator" AS DOUBLE) / "t264"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t238"."numerator", 0) AS "numerator",
                COALESCE("t238"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t170"."la_code",
                  "t170"."month",
                  SUM(CAST("t170"."_kept" AND COALESCE("t170"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t170"."_kept" AS BIGINT)) AS "denominator"
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
                ) AS "t170"
                GROUP BY
                  1,
                  2
              ) AS "t238"
                ON "t18"."la_code" = "t238"."la_code" AND "t19"."month" = "t238"."month"
            ) AS "t264"
            ORDER BY
              "t264"."la_code" ASC,
              "t264"."month" ASC
          ) AS "t319"
        ) AS "t325"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t252"."la_code",
              "t252"."month",
              'contacts_to_referral' AS "indicator",
              "t252"."numerator",
              "t252"."denominator",
              "t252"."excluded",
              CASE
                WHEN "t252"."denominator" > 0
                THEN (
                  CAST("t252"."numerator" AS DOUBLE) / "t252"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t217"."numerator", 0) AS "numerator",
                COALESCE("t217"."denominator", 0) AS "denominator",
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
                ) AS "t156"
                GROUP BY
                  1,
                  2
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t252"
            ORDER BY
              "t252"."la_code" ASC,
              "t252"."month" ASC
          ) AS "t300"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t188"."la_code",
              "t188"."month",
              'referrals' AS "indicator",
              "t188"."numerator",
              "t188"."denominator",
              "t188"."excluded",
              CAST("t188"."numerator" AS DOUBLE) AS "value"
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
                  "t98"."la_code",
                  "t98"."month",
                  SUM(CAST("t98"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t78"."la_code",
                    "t78"."cine_referral_id",
                    "t78"."cine_person_id",
                    "t78"."cine_referral_date",
                    "t78"."cine_referral_source_code",
                    "t78"."cine_referral_nfa",
                    "t78"."cine_cin_primary_need_code",
                    "t78"."cine_close_date",
                    "t78"."cine_close_reason",
                    "t78"."month",
                    "t78"."month_end",
                    "t78"."rolling_start",
                    "t78"."pop_year",
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
                  ) AS "t78"
                ) AS "t98"
                GROUP BY
                  1,
                  2
              ) AS "t152"
                ON "t18"."la_code" = "t152"."la_code" AND "t19"."month" = "t152"."month"
            ) AS "t188"
            ORDER BY
              "t188"."la_code" ASC,
              "t188"."month" ASC
          ) AS "t212"
        ) AS "t308"
      ) AS "t331"
    ) AS "t422"
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
              "t335"."la_code",
              "t335"."month",
              'referrals_per_10k' AS "indicator",
              "t335"."numerator",
              "t335"."denominator",
              "t335"."excluded",
              (
                CAST("t335"."numerator" AS DOUBLE) / "t335"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t304"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t239"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t273"."la_code",
                  "t273"."month_right" AS "month",
                  SUM("t273"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t242"."la_code",
                    "t242"."month",
                    "t242"."numerator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t194"."la_code",
                      "t194"."month",
                      SUM(CAST("t194"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t177"."la_code",
                        "t177"."cine_referral_id",
                        "t177"."cine_person_id",
                        "t177"."cine_referral_date",
                        "t177"."cine_referral_source_code",
                        "t177"."cine_referral_nfa",
                        "t177"."cine_cin_primary_need_code",
                        "t177"."cine_close_date",
                        "t177"."cine_close_reason",
                        "t177"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t134"."la_code",
                          "t134"."cine_referral_id",
                          "t134"."cine_person_id",
                          "t134"."cine_referral_date",
                          "t134"."cine_referral_source_code",
                          "t134"."cine_referral_nfa",
                          "t134"."cine_cin_primary_need_code",
                          "t134"."cine_close_date",
                          "t134"."cine_close_reason",
                          "t54"."month"
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
                              "t75"."_lo",
                              "t75"."_hi"
                            FROM "ssd_cin_episodes" AS "t22"
                            CROSS JOIN "t45" AS "t75"
                          ) AS "t93"
                          WHERE
                            "t93"."cine_referral_date" >= "t93"."_lo"
                            AND "t93"."cine_referral_date" <= "t93"."_hi"
                        ) AS "t134"
                        INNER JOIN (
                          SELECT
                            "t9"."date" AS "_date",
                            "t9"."month"
                          FROM "_calendar" AS "t9"
                        ) AS "t54"
                          ON "t134"."cine_referral_date" = "t54"."_date"
                      ) AS "t177"
                    ) AS "t194"
                    GROUP BY
                      1,
                      2
                  ) AS "t242"
                  INNER JOIN "_months" AS "t19"
                    ON "t242"."month" >= "t19"."rolling_start" AND "t242"."month" <= "t19"."month"
                ) AS "t273"
                GROUP BY
                  1,
                  2
              ) AS "t304"
                ON "t18"."la_code" = "t304"."la_code" AND "t19"."month" = "t304"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."rolling_start",
                    "t159"."pop_year",
                    "t159"."year",
                    "t159"."population",
                    "t159"."source",
                    "t159"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t159"."la_code", "t159"."month"
                      ORDER BY "t159"."distance" ASC, "t159"."year" DESC
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
                        "t74"."year",
                        "t74"."population",
                        "t74"."source"
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
                      ) AS "t74"
                        ON "t18"."la_code" = "t74"."la_code"
                    ) AS "t114"
                  ) AS "t159"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t239"
                ON "t18"."la_code" = "t239"."la_code" AND "t19"."month" = "t239"."month"
            ) AS "t335"
            ORDER BY
              "t335"."la_code" ASC,
              "t335"."month" ASC
          ) AS "t363"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t414"."la_code",
              "t414"."month",
              'rereferrals_12m' AS "indicator",
              "t414"."numerator",
              "t414"."denominator",
              "t414"."excluded",
              CASE
                WHEN "t414"."denominator" > 0
                THEN (
                  CAST("t414"."numerator" AS DOUBLE) / "t414"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t401"."numerator", 0) AS "numerator",
                COALESCE("t401"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t388"."la_code",
                  "t388"."month_right" AS "month",
                  SUM("t388"."numerator") AS "numerator",
                  SUM("t388"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t373"."la_code",
                    "t373"."month",
                    "t373"."numerator",
                    "t373"."denominator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t328"."la_code",
                      "t328"."month",
                      SUM(CAST("t328"."_kept" AND COALESCE("t328"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t328"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t315"."la_code",
                        "t315"."cine_referral_id",
                        "t315"."cine_person_id",
                        "t315"."cine_referral_date",
                        "t315"."hit",
                        "t315"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t283"."la_code",
                          "t283"."cine_referral_id",
                          "t283"."cine_person_id",
                          "t283"."cine_referral_date",
                          "t283"."hit",
                          "t54"."month"
                        FROM (
                          SELECT
                            "t248"."la_code",
                            "t248"."cine_referral_id",
                            "t248"."cine_person_id",
                            "t248"."cine_referral_date",
                            "t248"."hit"
                          FROM (
                            SELECT
                              "t134"."la_code",
                              "t134"."cine_referral_id",
                              "t134"."cine_person_id",
                              "t134"."cine_referral_date",
                              COALESCE("t210"."hit", FALSE) AS "hit",
                              "t76"."_lo",
                              "t76"."_hi"
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
                                  "t75"."_lo",
                                  "t75"."_hi"
                                FROM "ssd_cin_episodes" AS "t22"
                                CROSS JOIN "t45" AS "t75"
                              ) AS "t93"
                              WHERE
                                "t93"."cine_referral_date" >= "t93"."_lo"
                                AND "t93"."cine_referral_date" <= "t93"."_hi"
                            ) AS "t134"
                            LEFT OUTER JOIN (
                              SELECT DISTINCT
                                *
                              FROM (
                                SELECT
                                  "t134"."la_code",
                                  "t134"."cine_referral_id",
                                  TRUE AS "hit"
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
                                      "t75"."_lo",
                                      "t75"."_hi"
                                    FROM "ssd_cin_episodes" AS "t22"
                                    CROSS JOIN "t45" AS "t75"
                                  ) AS "t93"
                                  WHERE
                                    "t93"."cine_referral_date" >= "t93"."_lo"
                                    AND "t93"."cine_referral_date" <= "t93"."_hi"
                                ) AS "t134"
                                INNER JOIN (
                                  SELECT
                                    "t97"."la_code",
                                    "t97"."cine_referral_id",
                                    "t97"."cine_person_id",
                                    "t97"."cine_referral_date",
                                    "t97"."cine_referral_source_code",
                                    "t97"."cine_referral_nfa",
                                    "t97"."cine_cin_primary_need_code",
                                    "t97"."cine_close_date",
                                    "t97"."cine_close_reason"
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
                                      "t77"."_lo",
                                      "t77"."_hi"
                                    FROM "ssd_cin_episodes" AS "t22"
                                    CROSS JOIN (
                                      SELECT
                                        MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                        MAX("t1"."month_end") AS "_hi"
                                      FROM "_months" AS "t1"
                                    ) AS "t77"
                                  ) AS "t97"
                                  WHERE
                                    "t97"."cine_referral_date" >= "t97"."_lo"
                                    AND "t97"."cine_referral_date" <= "t97"."_hi"
                                ) AS "t139"
                                  ON "t134"."la_code" = "t139"."la_code"
                                  AND "t134"."cine_person_id" = "t139"."cine_person_id"
                                  AND "t139"."cine_referral_date" >= (
                                    "t134"."cine_referral_date" + INTERVAL '-12' MONTH
                                  )
                                  AND "t139"."cine_referral_date" < "t134"."cine_referral_date"
                              ) AS "t185"
                            ) AS "t210"
                              ON "t134"."la_code" = "t210"."la_code"
                              AND "t134"."cine_referral_id" = "t210"."cine_referral_id"
                            CROSS JOIN "t45" AS "t76"
                          ) AS "t248"
                          WHERE
                            "t248"."cine_referral_date" >= "t248"."_lo"
                            AND "t248"."cine_referral_date" <= "t248"."_hi"
                        ) AS "t283"
                        INNER JOIN (
                          SELECT
                            "t9"."date" AS "_date",
                            "t9"."month"
                          FROM "_calendar" AS "t9"
                        ) AS "t54"
                          ON "t283"."cine_referral_date" = "t54"."_date"
                      ) AS "t315"
                    ) AS "t328"
                    GROUP BY
                      1,
                      2
                  ) AS "t373"
                  INNER JOIN "_months" AS "t19"
                    ON "t373"."month" >= "t19"."rolling_start" AND "t373"."month" <= "t19"."month"
                ) AS "t388"
                GROUP BY
                  1,
                  2
              ) AS "t401"
                ON "t18"."la_code" = "t401"."la_code" AND "t19"."month" = "t401"."month"
            ) AS "t414"
            ORDER BY
              "t414"."la_code" ASC,
              "t414"."month" ASC
          ) AS "t427"
        ) AS "t431"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t189"."la_code",
              "t189"."month",
              'assessments_completed' AS "indicator",
              "t189"."numerator",
              "t189"."denominator",
              "t189"."excluded",
              CAST("t189"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t153"."numerator", 0) AS "numerator",
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
                    "t79"."la_code",
                    "t79"."cina_assessment_id",
                    "t79"."cina_person_id",
                    "t79"."cina_referral_id",
                    "t79"."cina_assessment_start_date",
                    "t79"."cina_assessment_auth_date",
                    "t79"."cina_assessment_child_seen",
                    "t79"."month",
                    "t79"."month_end",
                    "t79"."rolling_start",
                    "t79"."pop_year",
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
                  ) AS "t79"
                ) AS "t100"
                GROUP BY
                  1,
                  2
              ) AS "t153"
                ON "t18"."la_code" = "t153"."la_code" AND "t19"."month" = "t153"."month"
            ) AS "t189"
            ORDER BY
              "t189"."la_code" ASC,
              "t189"."month" ASC
          ) AS "t214"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t336"."la_code",
              "t336"."month",
              'assessments_per_10k' AS "indicator",
              "t336"."numerator",
              "t336"."denominator",
              "t336"."excluded",
              (
                CAST("t336"."numerator" AS DOUBLE) / "t336"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t305"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t239"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t275"."la_code",
                  "t275"."month_right" AS "month",
                  SUM("t275"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t243"."la_code",
                    "t243"."month",
                    "t243"."numerator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t195"."la_code",
                      "t195"."month",
                      SUM(CAST("t195"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t178"."la_code",
                        "t178"."cina_assessment_id",
                        "t178"."cina_person_id",
                        "t178"."cina_referral_id",
                        "t178"."cina_assessment_start_date",
                        "t178"."cina_assessment_auth_date",
                        "t178"."cina_assessment_child_seen",
                        "t178"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t135"."la_code",
                          "t135"."cina_assessment_id",
                          "t135"."cina_person_id",
                          "t135"."cina_referral_id",
                          "t135"."cina_assessment_start_date",
                          "t135"."cina_assessment_auth_date",
                          "t135"."cina_assessment_child_seen",
                          "t54"."month"
                        FROM (
                          SELECT
                            "t94"."la_code",
                            "t94"."cina_assessment_id",
                            "t94"."cina_person_id",
                            "t94"."cina_referral_id",
                            "t94"."cina_assessment_start_date",
                            "t94"."cina_assessment_auth_date",
                            "t94"."cina_assessment_child_seen"
                          FROM (
                            SELECT
                              "t23"."la_code",
                              "t23"."cina_assessment_id",
                              "t23"."cina_person_id",
                              "t23"."cina_referral_id",
                              "t23"."cina_assessment_start_date",
                              "t23"."cina_assessment_auth_date",
                              "t23"."cina_assessment_child_seen",
                              "t75"."_lo",
                              "t75"."_hi"
                            FROM "ssd_cin_assessments" AS "t23"
                            CROSS JOIN "t45" AS "t75"
                          ) AS "t94"
                          WHERE
                            "t94"."cina_assessment_auth_date" >= "t94"."_lo"
                            AND "t94"."cina_assessment_auth_date" <= "t94"."_hi"
                        ) AS "t135"
                        INNER JOIN (
                          SELECT
                            "t9"."date" AS "_date",
                            "t9"."month"
                          FROM "_calendar" AS "t9"
                        ) AS "t54"
                          ON "t135"."cina_assessment_auth_date" = "t54"."_date"
                      ) AS "t178"
                    ) AS "t195"
                    GROUP BY
                      1,
                      2
                  ) AS "t243"
                  INNER JOIN "_months" AS "t19"
                    ON "t243"."month" >= "t19"."rolling_start" AND "t243"."month" <= "t19"."month"
                ) AS "t275"
                GROUP BY
                  1,
                  2
              ) AS "t305"
                ON "t18"."la_code" = "t305"."la_code" AND "t19"."month" = "t305"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."rolling_start",
                    "t159"."pop_year",
                    "t159"."year",
                    "t159"."population",
                    "t159"."source",
                    "t159"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t159"."la_code", "t159"."month"
                      ORDER BY "t159"."distance" ASC, "t159"."year" DESC
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
                        "t74"."year",
                        "t74"."population",
                        "t74"."source"
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
                      ) AS "t74"
                        ON "t18"."la_code" = "t74"."la_code"
                    ) AS "t114"
                  ) AS "t159"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t239"
                ON "t18"."la_code" = "t239"."la_code" AND "t19"."month" = "t239"."month"
            ) AS "t336"
            ORDER BY
              "t336"."la_code" ASC,
              "t336"."month" ASC
          ) AS "t365"
        ) AS "t374"
      ) AS "t435"
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
              "t307"."la_code",
              "t307"."month",
              'assessments_in_timescale' AS "indicator",
              "t307"."numerator",
              "t307"."denominator",
              "t307"."excluded",
              CASE
                WHEN "t307"."denominator" > 0
                THEN (
                  CAST("t307"."numerator" AS DOUBLE) / "t307"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t278"."numerator", 0) AS "numerator",
                COALESCE("t278"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t213"."la_code",
                  "t213"."month",
                  SUM(CAST("t213"."_kept" AND COALESCE("t213"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t213"."_kept" AS BIGINT)) AS "denominator"
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
                      "t141"."la_code",
                      "t141"."cina_assessment_id",
                      "t141"."cina_person_id",
                      "t141"."cina_referral_id",
                      "t141"."cina_assessment_start_date",
                      "t141"."cina_assessment_auth_date",
                      "t141"."cina_assessment_child_seen",
                      "t141"."month",
                      "t141"."month_end",
                      "t141"."rolling_start",
                      "t141"."pop_year",
                      "t141"."la_code_right",
                      "t141"."cine_referral_id",
                      "t141"."cine_referral_date",
                      "t141"."_start",
                      "t69"."_wd_a",
                      "t71"."_wd_b"
                    FROM (
                      SELECT
                        "t99"."la_code",
                        "t99"."cina_assessment_id",
                        "t99"."cina_person_id",
                        "t99"."cina_referral_id",
                        "t99"."cina_assessment_start_date",
                        "t99"."cina_assessment_auth_date",
                        "t99"."cina_assessment_child_seen",
                        "t99"."month",
                        "t99"."month_end",
                        "t99"."rolling_start",
                        "t99"."pop_year",
                        "t99"."la_code_right",
                        "t99"."cine_referral_id",
                        "t99"."cine_referral_date",
                        COALESCE("t99"."cine_referral_date", "t99"."cina_assessment_start_date") AS "_start"
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
                          "t46"."la_code" AS "la_code_right",
                          "t46"."cine_referral_id",
                          "t46"."cine_referral_date"
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
                        ) AS "t46"
                          ON "t23"."la_code" = "t46"."la_code"
                          AND "t23"."cina_referral_id" = "t46"."cine_referral_id"
                      ) AS "t99"
                    ) AS "t141"
                    LEFT OUTER JOIN "t35" AS "t69"
                      ON "t141"."_start" = "t69"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t71"
                      ON "t141"."cina_assessment_auth_date" = "t71"."_wd_b__date"
                  ) AS "t180"
                ) AS "t213"
                GROUP BY
                  1,
                  2
              ) AS "t278"
                ON "t18"."la_code" = "t278"."la_code" AND "t19"."month" = "t278"."month"
            ) AS "t307"
            ORDER BY
              "t307"."la_code" ASC,
              "t307"."month" ASC
          ) AS "t352"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t337"."la_code",
              "t337"."month",
              's47_per_10k' AS "indicator",
              "t337"."numerator",
              "t337"."denominator",
              "t337"."excluded",
              (
                CAST("t337"."numerator" AS DOUBLE) / "t337"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t306"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t239"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t276"."la_code",
                  "t276"."month_right" AS "month",
                  SUM("t276"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t244"."la_code",
                    "t244"."month",
                    "t244"."numerator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t196"."la_code",
                      "t196"."month",
                      SUM(CAST("t196"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t179"."la_code",
                        "t179"."s47e_s47_enquiry_id",
                        "t179"."s47e_person_id",
                        "t179"."s47e_referral_id",
                        "t179"."s47e_s47_start_date",
                        "t179"."s47e_s47_end_date",
                        "t179"."s47e_s47_nfa",
                        "t179"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t136"."la_code",
                          "t136"."s47e_s47_enquiry_id",
                          "t136"."s47e_person_id",
                          "t136"."s47e_referral_id",
                          "t136"."s47e_s47_start_date",
                          "t136"."s47e_s47_end_date",
                          "t136"."s47e_s47_nfa",
                          "t54"."month"
                        FROM (
                          SELECT
                            "t95"."la_code",
                            "t95"."s47e_s47_enquiry_id",
                            "t95"."s47e_person_id",
                            "t95"."s47e_referral_id",
                            "t95"."s47e_s47_start_date",
                            "t95"."s47e_s47_end_date",
                            "t95"."s47e_s47_nfa"
                          FROM (
                            SELECT
                              "t27"."la_code",
                              "t27"."s47e_s47_enquiry_id",
                              "t27"."s47e_person_id",
                              "t27"."s47e_referral_id",
                              "t27"."s47e_s47_start_date",
                              "t27"."s47e_s47_end_date",
                              "t27"."s47e_s47_nfa",
                              "t75"."_lo",
                              "t75"."_hi"
                            FROM "ssd_s47_enquiry" AS "t27"
                            CROSS JOIN "t45" AS "t75"
                          ) AS "t95"
                          WHERE
                            "t95"."s47e_s47_start_date" >= "t95"."_lo"
                            AND "t95"."s47e_s47_start_date" <= "t95"."_hi"
                        ) AS "t136"
                        INNER JOIN (
                          SELECT
                            "t9"."date" AS "_date",
                            "t9"."month"
                          FROM "_calendar" AS "t9"
                        ) AS "t54"
                          ON "t136"."s47e_s47_start_date" = "t54"."_date"
                      ) AS "t179"
                    ) AS "t196"
                    GROUP BY
                      1,
                      2
                  ) AS "t244"
                  INNER JOIN "_months" AS "t19"
                    ON "t244"."month" >= "t19"."rolling_start" AND "t244"."month" <= "t19"."month"
                ) AS "t276"
                GROUP BY
                  1,
                  2
              ) AS "t306"
                ON "t18"."la_code" = "t306"."la_code" AND "t19"."month" = "t306"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."rolling_start",
                    "t159"."pop_year",
                    "t159"."year",
                    "t159"."population",
                    "t159"."source",
                    "t159"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t159"."la_code", "t159"."month"
                      ORDER BY "t159"."distance" ASC, "t159"."year" DESC
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
                        "t74"."year",
                        "t74"."population",
                        "t74"."source"
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
                      ) AS "t74"
                        ON "t18"."la_code" = "t74"."la_code"
                    ) AS "t114"
                  ) AS "t159"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t239"
                ON "t18"."la_code" = "t239"."la_code" AND "t19"."month" = "t239"."month"
            ) AS "t337"
            ORDER BY
              "t337"."la_code" ASC,
              "t337"."month" ASC
          ) AS "t366"
        ) AS "t375"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t310"."la_code",
              "t310"."month",
              'icpc_in_15wd' AS "indicator",
              "t310"."numerator",
              "t310"."denominator",
              "t310"."excluded",
              CASE
                WHEN "t310"."denominator" > 0
                THEN (
                  CAST("t310"."numerator" AS DOUBLE) / "t310"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t280"."numerator", 0) AS "numerator",
                COALESCE("t280"."denominator", 0) AS "denominator",
                COALESCE("t280"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t220"."la_code",
                  "t220"."month",
                  SUM(CAST("t220"."_kept" AND COALESCE("t220"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t220"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t220"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t172"."la_code",
                    "t172"."icpc_icpc_id",
                    "t172"."icpc_person_id",
                    "t172"."icpc_s47_enquiry_id",
                    "t172"."icpc_cp_plan_id",
                    "t172"."icpc_icpc_date",
                    "t172"."icpc_icpc_outcome_cp_flag",
                    "t172"."icpc_icpc_transfer_in",
                    "t172"."month",
                    "t172"."month_end",
                    "t172"."rolling_start",
                    "t172"."pop_year",
                    "t172"."la_code_right",
                    "t172"."s47e_s47_enquiry_id",
                    "t172"."s47e_s47_start_date",
                    "t172"."_wd_b" - "t172"."_wd_a" AS "wd",
                    "t172"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t172"."_wd_b" - "t172"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t172"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t129"."la_code",
                      "t129"."icpc_icpc_id",
                      "t129"."icpc_person_id",
                      "t129"."icpc_s47_enquiry_id",
                      "t129"."icpc_cp_plan_id",
                      "t129"."icpc_icpc_date",
                      "t129"."icpc_icpc_outcome_cp_flag",
                      "t129"."icpc_icpc_transfer_in",
                      "t129"."month",
                      "t129"."month_end",
                      "t129"."rolling_start",
                      "t129"."pop_year",
                      "t48"."la_code" AS "la_code_right",
                      "t48"."s47e_s47_enquiry_id",
                      "t48"."s47e_s47_start_date",
                      "t70"."_wd_a",
                      "t72"."_wd_b"
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
                    ) AS "t129"
                    LEFT OUTER JOIN (
                      SELECT
                        "t6"."la_code",
                        "t6"."s47e_s47_enquiry_id",
                        "t6"."s47e_s47_start_date"
                      FROM "ssd_s47_enquiry" AS "t6"
                    ) AS "t48"
                      ON "t129"."la_code" = "t48"."la_code"
                      AND "t129"."icpc_s47_enquiry_id" = "t48"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t35" AS "t70"
                      ON "t48"."s47e_s47_start_date" = "t70"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t72"
                      ON "t129"."icpc_icpc_date" = "t72"."_wd_b__date"
                  ) AS "t172"
                ) AS "t220"
                GROUP BY
                  1,
                  2
              ) AS "t280"
                ON "t18"."la_code" = "t280"."la_code" AND "t19"."month" = "t280"."month"
            ) AS "t310"
            ORDER BY
              "t310"."la_code" ASC,
              "t310"."month" ASC
          ) AS "t353"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t256"."la_code",
              "t256"."month",
              'cp_count' AS "indicator",
              "t256"."numerator",
              "t256"."denominator",
              "t256"."excluded",
              CAST("t256"."numerator" AS DOUBLE) AS "value"
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
                  "t182"."la_code",
                  "t182"."month",
                  SUM(CAST("t182"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."cppl_person_id",
                    "t160"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t160"
                ) AS "t182"
                GROUP BY
                  1,
                  2
              ) AS "t226"
                ON "t18"."la_code" = "t226"."la_code" AND "t19"."month" = "t226"."month"
            ) AS "t256"
            ORDER BY
              "t256"."la_code" ASC,
              "t256"."month" ASC
          ) AS "t286"
        ) AS "t356"
      ) AS "t381"
    ) AS "t439"
  ) AS "t441"
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
              "t269"."la_code",
              "t269"."month",
              'cp_per_10k' AS "indicator",
              "t269"."numerator",
              "t269"."denominator",
              "t269"."excluded",
              (
                CAST("t269"."numerator" AS DOUBLE) / "t269"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t226"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t239"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t182"."la_code",
                  "t182"."month",
                  SUM(CAST("t182"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."cppl_person_id",
                    "t160"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t160"
                ) AS "t182"
                GROUP BY
                  1,
                  2
              ) AS "t226"
                ON "t18"."la_code" = "t226"."la_code" AND "t19"."month" = "t226"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."rolling_start",
                    "t159"."pop_year",
                    "t159"."year",
                    "t159"."population",
                    "t159"."source",
                    "t159"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t159"."la_code", "t159"."month"
                      ORDER BY "t159"."distance" ASC, "t159"."year" DESC
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
                        "t74"."year",
                        "t74"."population",
                        "t74"."source"
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
                      ) AS "t74"
                        ON "t18"."la_code" = "t74"."la_code"
                    ) AS "t114"
                  ) AS "t159"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t239"
                ON "t18"."la_code" = "t239"."la_code" AND "t19"."month" = "t239"."month"
            ) AS "t269"
            ORDER BY
              "t269"."la_code" ASC,
              "t269"."month" ASC
          ) AS "t311"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t190"."la_code",
              "t190"."month",
              'cp_starts' AS "indicator",
              "t190"."numerator",
              "t190"."denominator",
              "t190"."excluded",
              CAST("t190"."numerator" AS DOUBLE) AS "value"
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
                  "t101"."la_code",
                  "t101"."month",
                  SUM(CAST("t101"."_kept" AS BIGINT)) AS "numerator"
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
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t24"."la_code",
                      "t24"."cppl_cp_plan_id",
                      "t24"."cppl_person_id",
                      "t24"."cppl_cp_plan_start_date",
                      "t24"."cppl_cp_plan_end_date",
                      "t24"."cppl_cp_plan_initial_category",
                      "t24"."cppl_cp_plan_latest_category",
                      "t24"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "ssd_cp_plans" AS "t24"
                    INNER JOIN "_months" AS "t19"
                      ON "t24"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t24"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t80"
                ) AS "t101"
                GROUP BY
                  1,
                  2
              ) AS "t154"
                ON "t18"."la_code" = "t154"."la_code" AND "t19"."month" = "t154"."month"
            ) AS "t190"
            ORDER BY
              "t190"."la_code" ASC,
              "t190"."month" ASC
          ) AS "t215"
        ) AS "t320"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t415"."la_code",
              "t415"."month",
              'cp_second_or_subsequent' AS "indicator",
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
                COALESCE("t402"."numerator", 0) AS "numerator",
                COALESCE("t402"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t389"."la_code",
                  "t389"."month_right" AS "month",
                  SUM("t389"."numerator") AS "numerator",
                  SUM("t389"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t377"."la_code",
                    "t377"."month",
                    "t377"."numerator",
                    "t377"."denominator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t329"."la_code",
                      "t329"."month",
                      SUM(CAST("t329"."_kept" AND COALESCE("t329"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t329"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t316"."la_code",
                        "t316"."cppl_cp_plan_id",
                        "t316"."cppl_person_id",
                        "t316"."cppl_cp_plan_start_date",
                        "t316"."cppl_cp_plan_end_date",
                        "t316"."cppl_cp_plan_initial_category",
                        "t316"."cppl_cp_plan_latest_category",
                        "t316"."cppl_icpc_id",
                        "t316"."hit",
                        "t316"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t285"."la_code",
                          "t285"."cppl_cp_plan_id",
                          "t285"."cppl_person_id",
                          "t285"."cppl_cp_plan_start_date",
                          "t285"."cppl_cp_plan_end_date",
                          "t285"."cppl_cp_plan_initial_category",
                          "t285"."cppl_cp_plan_latest_category",
                          "t285"."cppl_icpc_id",
                          "t285"."hit",
                          "t54"."month"
                        FROM (
                          SELECT
                            "t249"."la_code",
                            "t249"."cppl_cp_plan_id",
                            "t249"."cppl_person_id",
                            "t249"."cppl_cp_plan_start_date",
                            "t249"."cppl_cp_plan_end_date",
                            "t249"."cppl_cp_plan_initial_category",
                            "t249"."cppl_cp_plan_latest_category",
                            "t249"."cppl_icpc_id",
                            "t249"."hit"
                          FROM (
                            SELECT
                              "t237"."la_code",
                              "t237"."cppl_cp_plan_id",
                              "t237"."cppl_person_id",
                              "t237"."cppl_cp_plan_start_date",
                              "t237"."cppl_cp_plan_end_date",
                              "t237"."cppl_cp_plan_initial_category",
                              "t237"."cppl_cp_plan_latest_category",
                              "t237"."cppl_icpc_id",
                              "t237"."hit",
                              "t75"."_lo",
                              "t75"."_hi"
                            FROM (
                              SELECT
                                "t211".*
                                EXCLUDE ("_first")
                              FROM (
                                SELECT
                                  "t187"."la_code",
                                  "t187"."cppl_cp_plan_id",
                                  "t187"."cppl_person_id",
                                  "t187"."cppl_cp_plan_start_date",
                                  "t187"."cppl_cp_plan_end_date",
                                  "t187"."cppl_cp_plan_initial_category",
                                  "t187"."cppl_cp_plan_latest_category",
                                  "t187"."cppl_icpc_id",
                                  "t187"."_first",
                                  "t187"."cppl_cp_plan_start_date" > "t187"."_first" AS "hit"
                                FROM (
                                  SELECT
                                    "t151"."la_code",
                                    "t151"."cppl_cp_plan_id",
                                    "t151"."cppl_person_id",
                                    "t151"."cppl_cp_plan_start_date",
                                    "t151"."cppl_cp_plan_end_date",
                                    "t151"."cppl_cp_plan_initial_category",
                                    "t151"."cppl_cp_plan_latest_category",
                                    "t151"."cppl_icpc_id",
                                    "t67"."_first"
                                  FROM (
                                    SELECT
                                      "t106"."la_code",
                                      "t106"."cppl_cp_plan_id",
                                      "t106"."cppl_person_id",
                                      "t106"."cppl_cp_plan_start_date",
                                      "t106"."cppl_cp_plan_end_date",
                                      "t106"."cppl_cp_plan_initial_category",
                                      "t106"."cppl_cp_plan_latest_category",
                                      "t106"."cppl_icpc_id"
                                    FROM "t96" AS "t106"
                                    WHERE
                                      "t106"."cppl_cp_plan_start_date" >= "t106"."_lo"
                                      AND "t106"."cppl_cp_plan_start_date" <= "t106"."_hi"
                                  ) AS "t151"
                                  INNER JOIN (
                                    SELECT
                                      "t4"."la_code",
                                      "t4"."cppl_person_id",
                                      MIN("t4"."cppl_cp_plan_start_date") AS "_first"
                                    FROM "ssd_cp_plans" AS "t4"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t67"
                                    ON "t151"."la_code" = "t67"."la_code"
                                    AND "t151"."cppl_person_id" = "t67"."cppl_person_id"
                                ) AS "t187"
                              ) AS "t211"
                            ) AS "t237"
                            CROSS JOIN "t45" AS "t75"
                          ) AS "t249"
                          WHERE
                            "t249"."cppl_cp_plan_start_date" >= "t249"."_lo"
                            AND "t249"."cppl_cp_plan_start_date" <= "t249"."_hi"
                        ) AS "t285"
                        INNER JOIN (
                          SELECT
                            "t9"."date" AS "_date",
                            "t9"."month"
                          FROM "_calendar" AS "t9"
                        ) AS "t54"
                          ON "t285"."cppl_cp_plan_start_date" = "t54"."_date"
                      ) AS "t316"
                    ) AS "t329"
                    GROUP BY
                      1,
                      2
                  ) AS "t377"
                  INNER JOIN "_months" AS "t19"
                    ON "t377"."month" >= "t19"."rolling_start" AND "t377"."month" <= "t19"."month"
                ) AS "t389"
                GROUP BY
                  1,
                  2
              ) AS "t402"
                ON "t18"."la_code" = "t402"."la_code" AND "t19"."month" = "t402"."month"
            ) AS "t415"
            ORDER BY
              "t415"."la_code" ASC,
              "t415"."month" ASC
          ) AS "t428"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t376"."la_code",
              "t376"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t376"."numerator",
              "t376"."denominator",
              "t376"."excluded",
              CASE
                WHEN "t376"."denominator" > 0
                THEN (
                  CAST("t376"."numerator" AS DOUBLE) / "t376"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t351"."numerator", 0) AS "numerator",
                COALESCE("t351"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t323"."la_code",
                  "t323"."month_right" AS "month",
                  SUM("t323"."numerator") AS "numerator",
                  SUM("t323"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t291"."la_code",
                    "t291"."month",
                    "t291"."numerator",
                    "t291"."denominator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t236"."la_code",
                      "t236"."month",
                      SUM(CAST("t236"."_kept" AND COALESCE("t236"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t236"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t186"."la_code",
                        "t186"."cppl_cp_plan_id",
                        "t186"."cppl_person_id",
                        "t186"."cppl_cp_plan_start_date",
                        "t186"."cppl_cp_plan_end_date",
                        "t186"."cppl_cp_plan_initial_category",
                        "t186"."cppl_cp_plan_latest_category",
                        "t186"."cppl_icpc_id",
                        "t186"."month",
                        (
                          DATE_DIFF('DAY', "t186"."cppl_cp_plan_start_date", "t186"."cppl_cp_plan_end_date") + 1
                        ) > 729 AS "hit",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t150"."la_code",
                          "t150"."cppl_cp_plan_id",
                          "t150"."cppl_person_id",
                          "t150"."cppl_cp_plan_start_date",
                          "t150"."cppl_cp_plan_end_date",
                          "t150"."cppl_cp_plan_initial_category",
                          "t150"."cppl_cp_plan_latest_category",
                          "t150"."cppl_icpc_id",
                          "t54"."month"
                        FROM (
                          SELECT
                            "t106"."la_code",
                            "t106"."cppl_cp_plan_id",
                            "t106"."cppl_person_id",
                            "t106"."cppl_cp_plan_start_date",
                            "t106"."cppl_cp_plan_end_date",
                            "t106"."cppl_cp_plan_initial_category",
                            "t106"."cppl_cp_plan_latest_category",
                            "t106"."cppl_icpc_id"
                          FROM "t96" AS "t106"
                          WHERE
                            "t106"."cppl_cp_plan_end_date" >= "t106"."_lo"
                            AND "t106"."cppl_cp_plan_end_date" <= "t106"."_hi"
                        ) AS "t150"
                        INNER JOIN (
                          SELECT
                            "t9"."date" AS "_date",
                            "t9"."month"
                          FROM "_calendar" AS "t9"
                        ) AS "t54"
                          ON "t150"."cppl_cp_plan_end_date" = "t54"."_date"
                      ) AS "t186"
                    ) AS "t236"
                    GROUP BY
                      1,
                      2
                  ) AS "t291"
                  INNER JOIN "_months" AS "t19"
                    ON "t291"."month" >= "t19"."rolling_start" AND "t291"."month" <= "t19"."month"
                ) AS "t323"
                GROUP BY
                  1,
                  2
              ) AS "t351"
                ON "t18"."la_code" = "t351"."la_code" AND "t19"."month" = "t351"."month"
            ) AS "t376"
            ORDER BY
              "t376"."la_code" ASC,
              "t376"."month" ASC
          ) AS "t395"
        ) AS "t432"
      ) AS "t436"
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
              "t298"."la_code",
              "t298"."month",
              'cp_open_2yrs' AS "indicator",
              "t298"."numerator",
              "t298"."denominator",
              "t298"."excluded",
              CASE
                WHEN "t298"."denominator" > 0
                THEN (
                  CAST("t298"."numerator" AS DOUBLE) / "t298"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t263"."numerator", 0) AS "numerator",
                COALESCE("t263"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t204"."la_code",
                  "t204"."month",
                  SUM(CAST("t204"."_kept" AND COALESCE("t204"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t204"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t160"."la_code",
                    "t160"."month",
                    "t160"."month_end",
                    "t160"."cppl_person_id",
                    "t160"."start",
                    (
                      DATE_DIFF('DAY', "t160"."start", "t160"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t160"
                ) AS "t204"
                GROUP BY
                  1,
                  2
              ) AS "t263"
                ON "t18"."la_code" = "t263"."la_code" AND "t19"."month" = "t263"."month"
            ) AS "t298"
            ORDER BY
              "t298"."la_code" ASC,
              "t298"."month" ASC
          ) AS "t347"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t442"."la_code",
              "t442"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t442"."numerator",
              "t442"."denominator",
              "t442"."excluded",
              CASE
                WHEN "t442"."denominator" > 0
                THEN (
                  CAST("t442"."numerator" AS DOUBLE) / "t442"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t429"."numerator", 0) AS "numerator",
                COALESCE("t429"."denominator", 0) AS "denominator",
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
                    "t393"."la_code",
                    "t393"."month",
                    "t393"."month_end",
                    "t393"."plan_id",
                    "t393"."start",
                    "t393"."person_id",
                    "t393"."first_due",
                    "t393"."held_n",
                    "t393"."last",
                    "t393"."late_held",
                    CASE
                      WHEN "t393"."held_n" = 0
                      THEN "t393"."first_due"
                      WHEN "t393"."held_n" = 1
                      THEN "t393"."last" + INTERVAL '6' MONTH
                      ELSE "t393"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t393"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t393"."held_n" = 0
                        THEN "t393"."first_due"
                        WHEN "t393"."held_n" = 1
                        THEN "t393"."last" + INTERVAL '6' MONTH
                        ELSE "t393"."last" + INTERVAL '6' MONTH
                      END > "t393"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t168"."la_code",
                      "t168"."month",
                      "t168"."month_end",
                      "t168"."plan_id",
                      "t168"."start",
                      "t168"."person_id",
                      "t168"."first_due",
                      COALESCE("t378"."k" + 1, 0) AS "held_n",
                      "t378"."date" AS "last",
                      COALESCE("t378"."first_late" <= "t378"."k", FALSE) AS "late_held"
                    FROM "t155" AS "t168"
                    LEFT OUTER JOIN (
                      SELECT
                        "t288"."la_code",
                        "t288"."plan_id",
                        "t288"."date",
                        "t288"."k",
                        "t288"."following",
                        "t348"."first_late"
                      FROM (
                        SELECT
                          "t258"."la_code",
                          "t258"."plan_id",
                          "t258"."date",
                          "t258"."k",
                          "t258"."following"
                        FROM "t251" AS "t258"
                      ) AS "t288"
                      LEFT OUTER JOIN (
                        SELECT
                          "t318"."la_code",
                          "t318"."plan_id",
                          MIN("t318"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t258"."la_code",
                              "t258"."plan_id",
                              "t258"."date",
                              "t258"."review_id",
                              "t258"."first_due",
                              "t258"."k",
                              "t258"."prev",
                              "t258"."following",
                              "t258"."date" > CASE
                                WHEN "t258"."k" = 0
                                THEN "t258"."first_due"
                                WHEN "t258"."k" = 1
                                THEN "t258"."prev" + INTERVAL '6' MONTH
                                ELSE "t258"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t251" AS "t258"
                          ) AS "t299"
                          WHERE
                            "t299"."late"
                        ) AS "t318"
                        GROUP BY
                          1,
                          2
                      ) AS "t348"
                        ON "t288"."la_code" = "t348"."la_code" AND "t288"."plan_id" = "t348"."plan_id"
                    ) AS "t378"
                      ON "t168"."la_code" = "t378"."la_code"
                      AND "t168"."plan_id" = "t378"."plan_id"
                      AND "t378"."date" <= "t168"."month_end"
                      AND COALESCE("t378"."following", MAKE_DATE(9999, 12, 31)) > "t168"."month_end"
                  ) AS "t393"
                ) AS "t412"
                GROUP BY
                  1,
                  2
              ) AS "t429"
                ON "t18"."la_code" = "t429"."la_code" AND "t19"."month" = "t429"."month"
            ) AS "t442"
            ORDER BY
              "t442"."la_code" ASC,
              "t442"."month" ASC
          ) AS "t445"
        ) AS "t446"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t416"."la_code",
              "t416"."month",
              'cp_visits_in_timescale' AS "indicator",
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
                COALESCE("t406"."numerator", 0) AS "numerator",
                COALESCE("t406"."denominator", 0) AS "denominator",
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
                    "t354"."la_code",
                    "t354"."month",
                    "t354"."month_end",
                    "t354"."cppl_person_id",
                    "t354"."start",
                    "t354"."wd_open",
                    "t354"."last_visit",
                    "t354"."_wd_b" - "t354"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t354"."_wd_b" - "t354"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t354"."_wd_b" - "t354"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t330"."la_code",
                      "t330"."month",
                      "t330"."month_end",
                      "t330"."cppl_person_id",
                      "t330"."start",
                      "t330"."wd_open",
                      "t330"."last_visit",
                      "t69"."_wd_a",
                      "t71"."_wd_b"
                    FROM (
                      SELECT
                        "t317".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t287"."la_code",
                          "t287"."month",
                          "t287"."month_end",
                          "t287"."cppl_person_id",
                          "t287"."start",
                          "t287"."wd_open",
                          "t287"."_latest",
                          CASE WHEN "t287"."_latest" >= "t287"."start" THEN "t287"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t250"."la_code",
                            "t250"."month",
                            "t250"."month_end",
                            "t250"."cppl_person_id",
                            "t250"."start",
                            "t250"."wd_open",
                            "t230"."_latest"
                          FROM (
                            SELECT
                              "t205"."la_code",
                              "t205"."month",
                              "t205"."month_end",
                              "t205"."cppl_person_id",
                              "t205"."start",
                              "t205"."_wd_b" - "t205"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t167"."la_code",
                                "t167"."month",
                                "t167"."month_end",
                                "t167"."cppl_person_id",
                                "t167"."start",
                                "t69"."_wd_a",
                                "t71"."_wd_b"
                              FROM "cohort_on_plan" AS "t167"
                              LEFT OUTER JOIN "t35" AS "t69"
                                ON "t167"."start" = "t69"."_wd_a__date"
                              LEFT OUTER JOIN "t36" AS "t71"
                                ON "t167"."month_end" = "t71"."_wd_b__date"
                            ) AS "t205"
                            WHERE
                              (
                                "t205"."_wd_b" - "t205"."_wd_a"
                              ) > 10
                          ) AS "t250"
                          LEFT OUTER JOIN (
                            SELECT
                              "t199"."la_code",
                              "t199"."month",
                              "t199"."cppv_person_id" AS "cppl_person_id",
                              "t199"."_latest"
                            FROM (
                              SELECT
                                "t174"."la_code",
                                "t174"."month",
                                "t174"."cppv_person_id",
                                MAX("t174"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t131"."la_code",
                                  "t131"."cppv_person_id",
                                  "t131"."cppv_cp_visit_date",
                                  "t115"."month",
                                  "t115"."month_end",
                                  "t115"."_from"
                                FROM (
                                  SELECT
                                    "t105"."la_code",
                                    "t105"."cppv_person_id",
                                    "t105"."cppv_cp_visit_date"
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
                                  ) AS "t105"
                                ) AS "t131"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t56"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t9"."wd_ordinal" AS "_e_ord",
                                      "t9"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t9"
                                  ) AS "t53"
                                    ON "t21"."month_end" = "t53"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t9"."date" AS "_d",
                                      "t9"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t9"
                                    WHERE
                                      "t9"."is_working_day"
                                  ) AS "t56"
                                    ON (
                                      "t53"."_e_ord" - 10
                                    ) = "t56"."_d_ord"
                                ) AS "t115"
                                  ON "t131"."cppv_cp_visit_date" >= "t115"."_from"
                                  AND "t131"."cppv_cp_visit_date" <= "t115"."month_end"
                              ) AS "t174"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t199"
                          ) AS "t230"
                            ON "t250"."la_code" = "t230"."la_code"
                            AND "t250"."month" = "t230"."month"
                            AND "t250"."cppl_person_id" = "t230"."cppl_person_id"
                        ) AS "t287"
                      ) AS "t317"
                    ) AS "t330"
                    LEFT OUTER JOIN "t35" AS "t69"
                      ON "t330"."last_visit" = "t69"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t71"
                      ON "t330"."month_end" = "t71"."_wd_b__date"
                  ) AS "t354"
                ) AS "t382"
                GROUP BY
                  1,
                  2
              ) AS "t406"
                ON "t18"."la_code" = "t406"."la_code" AND "t19"."month" = "t406"."month"
            ) AS "t416"
            ORDER BY
              "t416"."la_code" ASC,
              "t416"."month" ASC
          ) AS "t433"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t340"."la_code",
              "t340"."month",
              'cla_count' AS "indicator",
              "t340"."numerator",
              "t340"."denominator",
              "t340"."excluded",
              CAST("t340"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t312"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t271"."la_code",
                  "t271"."month",
                  SUM(CAST("t271"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t254"."la_code",
                    "t254"."month",
                    "t254"."month_end",
                    "t254"."rolling_start",
                    "t254"."person_id",
                    "t254"."cla_id",
                    "t254"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t254"
                ) AS "t271"
                GROUP BY
                  1,
                  2
              ) AS "t312"
                ON "t18"."la_code" = "t312"."la_code" AND "t19"."month" = "t312"."month"
            ) AS "t340"
            ORDER BY
              "t340"."la_code" ASC,
              "t340"."month" ASC
          ) AS "t358"
        ) AS "t437"
      ) AS "t447"
    ) AS "t448"
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
              "t341"."la_code",
              "t341"."month",
              'cla_per_10k' AS "indicator",
              "t341"."numerator",
              "t341"."denominator",
              "t341"."excluded",
              (
                CAST("t341"."numerator" AS DOUBLE) / "t341"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t312"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t239"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t271"."la_code",
                  "t271"."month",
                  SUM(CAST("t271"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t254"."la_code",
                    "t254"."month",
                    "t254"."month_end",
                    "t254"."rolling_start",
                    "t254"."person_id",
                    "t254"."cla_id",
                    "t254"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t254"
                ) AS "t271"
                GROUP BY
                  1,
                  2
              ) AS "t312"
                ON "t18"."la_code" = "t312"."la_code" AND "t19"."month" = "t312"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."rolling_start",
                    "t159"."pop_year",
                    "t159"."year",
                    "t159"."population",
                    "t159"."source",
                    "t159"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t159"."la_code", "t159"."month"
                      ORDER BY "t159"."distance" ASC, "t159"."year" DESC
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
                        "t74"."year",
                        "t74"."population",
                        "t74"."source"
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
                      ) AS "t74"
                        ON "t18"."la_code" = "t74"."la_code"
                    ) AS "t114"
                  ) AS "t159"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t239"
                ON "t18"."la_code" = "t239"."la_code" AND "t19"."month" = "t239"."month"
            ) AS "t341"
            ORDER BY
              "t341"."la_code" ASC,
              "t341"."month" ASC
          ) AS "t370"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t259"."la_code",
              "t259"."month",
              'cla_starts' AS "indicator",
              "t259"."numerator",
              "t259"."denominator",
              "t259"."excluded",
              CAST("t259"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t228"."numerator", 0) AS "numerator",
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
                      "t117"."la_code",
                      "t117"."first_episode_start",
                      "t117"."clae_person_id",
                      "t117"."cla_id",
                      "t117"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t117"
                    INNER JOIN "_months" AS "t19"
                      ON "t117"."first_episode_start" >= "t19"."month"
                      AND "t117"."first_episode_start" <= "t19"."month_end"
                  ) AS "t164"
                ) AS "t184"
                GROUP BY
                  1,
                  2
              ) AS "t228"
                ON "t18"."la_code" = "t228"."la_code" AND "t19"."month" = "t228"."month"
            ) AS "t259"
            ORDER BY
              "t259"."la_code" ASC,
              "t259"."month" ASC
          ) AS "t289"
        ) AS "t380"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t440"."la_code",
              "t440"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t440"."numerator",
              "t440"."denominator",
              "t440"."excluded",
              CASE
                WHEN "t440"."denominator" > 0
                THEN (
                  CAST("t440"."numerator" AS DOUBLE) / "t440"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t425"."numerator", 0) AS "numerator",
                COALESCE("t425"."denominator", 0) AS "denominator",
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
                    "t385"."la_code",
                    "t385"."month",
                    "t385"."month_end",
                    "t385"."rolling_start",
                    "t385"."person_id",
                    "t385"."cla_id",
                    "t385"."episode_start",
                    "t385"."placement_start",
                    "t385"."long_term",
                    "t385"."p",
                    "t385"."v",
                    CASE
                      WHEN "t385"."v" IS NULL
                      THEN "t385"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t385"."long_term", FALSE)
                      AND (
                        "t385"."v" >= (
                          "t385"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t385"."v" + INTERVAL '91' DAY
                      ELSE "t385"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t385"."v" IS NULL
                      THEN "t385"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t385"."long_term", FALSE)
                      AND (
                        "t385"."v" >= (
                          "t385"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t385"."v" + INTERVAL '91' DAY
                      ELSE "t385"."v" + INTERVAL '42' DAY
                    END >= "t385"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t384".*
                      EXCLUDE ("_latest")
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
                        "t361"."_latest",
                        CASE WHEN "t361"."_latest" >= "t361"."p" THEN "t361"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t339"."la_code",
                          "t339"."month",
                          "t339"."month_end",
                          "t339"."rolling_start",
                          "t339"."person_id",
                          "t339"."cla_id",
                          "t339"."episode_start",
                          "t339"."placement_start",
                          "t339"."long_term",
                          "t339"."p",
                          "t229"."_latest"
                        FROM (
                          SELECT
                            "t301"."la_code",
                            "t301"."month",
                            "t301"."month_end",
                            "t301"."rolling_start",
                            "t301"."person_id",
                            "t301"."cla_id",
                            "t301"."episode_start",
                            "t301"."placement_start",
                            "t301"."long_term",
                            COALESCE("t301"."placement_start", "t301"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t261"."la_code",
                              "t261"."month",
                              "t261"."month_end",
                              "t261"."rolling_start",
                              "t261"."person_id",
                              "t261"."cla_id",
                              "t261"."episode_start",
                              "t268"."placement_start",
                              "t268"."long_term"
                            FROM "cohort_looked_after" AS "t261"
                            LEFT OUTER JOIN (
                              SELECT
                                "t175"."la_code",
                                "t19"."month",
                                "t175"."clap_cla_id" AS "cla_id",
                                "t175"."clap_cla_placement_start_date" AS "placement_start",
                                "t175"."clap_long_term" AS "long_term"
                              FROM "t158" AS "t175"
                              INNER JOIN "_months" AS "t19"
                                ON "t175"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t175"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t175"."la_code",
                                  "t175"."clap_cla_placement_id" AS "_superseded",
                                  "t176"."clap_cla_placement_start_date" AS "_start",
                                  "t176"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t158" AS "t175"
                                INNER JOIN "t158" AS "t176"
                                  ON "t175"."la_code" = "t176"."la_code"
                                  AND "t175"."clap_cla_id" = "t176"."clap_cla_id"
                                  AND "t176"."clap_cla_placement_start_date" >= "t175"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t176"."clap_cla_placement_start_date" > "t175"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t176"."clap_cla_placement_id" > "t175"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t176"."clap_cla_placement_start_date" < COALESCE("t175"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t176"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t176"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t231"
                                ON "t175"."la_code" = "t231"."la_code"
                                AND "t19"."month" = "t231"."month"
                                AND "t175"."clap_cla_placement_id" = "t231"."_superseded"
                            ) AS "t268"
                              ON "t261"."la_code" = "t268"."la_code"
                              AND "t261"."month" = "t268"."month"
                              AND "t261"."cla_id" = "t268"."cla_id"
                          ) AS "t301"
                          WHERE
                            COALESCE("t301"."placement_start", "t301"."episode_start") <= (
                              "t301"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t339"
                        LEFT OUTER JOIN (
                          SELECT
                            "t198"."la_code",
                            "t198"."month",
                            "t198"."clav_person_id" AS "person_id",
                            "t198"."_latest"
                          FROM (
                            SELECT
                              "t173"."la_code",
                              "t173"."month",
                              "t173"."clav_person_id",
                              MAX("t173"."clav_cla_visit_date") AS "_latest"
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
                                  "t104"."la_code",
                                  "t104"."clav_person_id",
                                  "t104"."clav_cla_visit_date"
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
                                ) AS "t104"
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
                            ) AS "t173"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t198"
                        ) AS "t229"
                          ON "t339"."la_code" = "t229"."la_code"
                          AND "t339"."month" = "t229"."month"
                          AND "t339"."person_id" = "t229"."person_id"
                      ) AS "t361"
                    ) AS "t384"
                  ) AS "t385"
                ) AS "t410"
                GROUP BY
                  1,
                  2
              ) AS "t425"
                ON "t18"."la_code" = "t425"."la_code" AND "t19"."month" = "t425"."month"
            ) AS "t440"
            ORDER BY
              "t440"."la_code" ASC,
              "t440"."month" ASC
          ) AS "t444"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t452"."la_code",
              "t452"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t452"."numerator",
              "t452"."denominator",
              "t452"."excluded",
              CASE
                WHEN "t452"."denominator" > 0
                THEN (
                  CAST("t452"."numerator" AS DOUBLE) / "t452"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t451"."numerator", 0) AS "numerator",
                COALESCE("t451"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t449"."la_code",
                  "t449"."month",
                  SUM(CAST("t449"."_kept" AND COALESCE("t449"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t449"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t443"."la_code",
                    "t443"."month",
                    "t443"."month_end",
                    "t443"."first_due",
                    "t443"."person_id",
                    "t443"."period_start",
                    "t443"."plan_id",
                    "t443"."held_n",
                    "t443"."last",
                    "t443"."late_held",
                    CASE
                      WHEN "t443"."held_n" = 0
                      THEN "t443"."first_due"
                      WHEN "t443"."held_n" = 1
                      THEN "t443"."last" + INTERVAL '3' MONTH
                      ELSE "t443"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t443"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t443"."held_n" = 0
                        THEN "t443"."first_due"
                        WHEN "t443"."held_n" = 1
                        THEN "t443"."last" + INTERVAL '3' MONTH
                        ELSE "t443"."last" + INTERVAL '6' MONTH
                      END > "t443"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t342"."la_code",
                      "t342"."month",
                      "t342"."month_end",
                      "t342"."first_due",
                      "t342"."person_id",
                      "t342"."period_start",
                      "t342"."plan_id",
                      COALESCE("t438"."k" + 1, 0) AS "held_n",
                      "t438"."date" AS "last",
                      COALESCE("t438"."first_late" <= "t438"."k", FALSE) AS "late_held"
                    FROM "t327" AS "t342"
                    LEFT OUTER JOIN (
                      SELECT
                        "t400"."la_code",
                        "t400"."plan_id",
                        "t400"."date",
                        "t400"."k",
                        "t400"."following",
                        "t420"."first_late"
                      FROM (
                        SELECT
                          "t392"."la_code",
                          "t392"."plan_id",
                          "t392"."date",
                          "t392"."k",
                          "t392"."following"
                        FROM "t387" AS "t392"
                      ) AS "t400"
                      LEFT OUTER JOIN (
                        SELECT
                          "t413"."la_code",
                          "t413"."plan_id",
                          MIN("t413"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t392"."la_code",
                              "t392"."first_due",
                              "t392"."plan_id",
                              "t392"."date",
                              "t392"."review_id",
                              "t392"."k",
                              "t392"."prev",
                              "t392"."following",
                              "t392"."date" > CASE
                                WHEN "t392"."k" = 0
                                THEN "t392"."first_due"
                                WHEN "t392"."k" = 1
                                THEN "t392"."prev" + INTERVAL '3' MONTH
                                ELSE "t392"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t387" AS "t392"
                          ) AS "t408"
                          WHERE
                            "t408"."late"
                        ) AS "t413"
                        GROUP BY
                          1,
                          2
                      ) AS "t420"
                        ON "t400"."la_code" = "t420"."la_code" AND "t400"."plan_id" = "t420"."plan_id"
                    ) AS "t438"
                      ON "t342"."la_code" = "t438"."la_code"
                      AND "t342"."plan_id" = "t438"."plan_id"
                      AND "t438"."date" <= "t342"."month_end"
                      AND COALESCE("t438"."following", MAKE_DATE(9999, 12, 31)) > "t342"."month_end"
                  ) AS "t443"
                ) AS "t449"
                GROUP BY
                  1,
                  2
              ) AS "t451"
                ON "t18"."la_code" = "t451"."la_code" AND "t19"."month" = "t451"."month"
            ) AS "t452"
            ORDER BY
              "t452"."la_code" ASC,
              "t452"."month" ASC
          ) AS "t453"
        ) AS "t454"
      ) AS "t455"
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
              "t411"."la_code",
              "t411"."month",
              'cla_3plus_placements' AS "indicator",
              "t411"."numerator",
              "t411"."denominator",
              "t411"."excluded",
              CASE
                WHEN "t411"."denominator" > 0
                THEN (
                  CAST("t411"."numerator" AS DOUBLE) / "t411"."denominator"
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
                  "t371"."la_code",
                  "t371"."month",
                  SUM(CAST("t371"."_kept" AND COALESCE("t371"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t371"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t350"."la_code",
                    "t350"."month",
                    "t350"."month_end",
                    "t350"."rolling_start",
                    "t350"."person_id",
                    "t350"."cla_id",
                    "t350"."episode_start",
                    "t350"."placements",
                    COALESCE("t350"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t261"."la_code",
                      "t261"."month",
                      "t261"."month_end",
                      "t261"."rolling_start",
                      "t261"."person_id",
                      "t261"."cla_id",
                      "t261"."episode_start",
                      "t322"."placements"
                    FROM "cohort_looked_after" AS "t261"
                    LEFT OUTER JOIN (
                      SELECT
                        "t293"."la_code",
                        "t293"."month",
                        "t293"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t261"."la_code",
                          "t261"."month",
                          "t261"."month_end",
                          "t261"."rolling_start",
                          "t261"."person_id",
                          "t261"."cla_id",
                          "t261"."episode_start",
                          "t111"."la_code" AS "la_code_right",
                          "t111"."clap_cla_placement_id",
                          "t111"."clap_cla_id",
                          "t111"."clap_cla_placement_start_date",
                          "t111"."clap_cla_placement_end_date",
                          "t111"."clap_cla_placement_type",
                          "t111"."clap_long_term",
                          "t111"."cla_id" AS "cla_id_right",
                          "t111"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t261"
                        INNER JOIN (
                          SELECT
                            "t30"."la_code",
                            "t30"."clap_cla_placement_id",
                            "t30"."clap_cla_id",
                            "t30"."clap_cla_placement_start_date",
                            "t30"."clap_cla_placement_end_date",
                            "t30"."clap_cla_placement_type",
                            "t30"."clap_long_term",
                            "t58"."cla_id",
                            "t58"."person_id"
                          FROM "ssd_cla_placement" AS "t30"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t11"."la_code",
                              "t11"."clae_cla_id" AS "cla_id",
                              "t11"."clae_person_id" AS "person_id"
                            FROM "ssd_cla_episodes" AS "t11"
                          ) AS "t58"
                            ON "t30"."la_code" = "t58"."la_code" AND "t30"."clap_cla_id" = "t58"."cla_id"
                        ) AS "t111"
                          ON "t261"."la_code" = "t111"."la_code"
                          AND "t261"."person_id" = "t111"."person_id"
                          AND "t111"."clap_cla_placement_start_date" <= "t261"."month_end"
                          AND COALESCE("t111"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t261"."rolling_start"
                      ) AS "t293"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t322"
                      ON "t261"."la_code" = "t322"."la_code"
                      AND "t261"."month" = "t322"."month"
                      AND "t261"."person_id" = "t322"."person_id"
                  ) AS "t350"
                ) AS "t371"
                GROUP BY
                  1,
                  2
              ) AS "t396"
                ON "t18"."la_code" = "t396"."la_code" AND "t19"."month" = "t396"."month"
            ) AS "t411"
            ORDER BY
              "t411"."la_code" ASC,
              "t411"."month" ASC
          ) AS "t423"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t344"."la_code",
              "t344"."month",
              'cin_count' AS "indicator",
              "t344"."numerator",
              "t344"."denominator",
              "t344"."excluded",
              CAST("t344"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t314"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t272"."la_code",
                  "t272"."month",
                  SUM(CAST("t272"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t255"."la_code",
                    "t255"."month",
                    "t255"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t255"
                ) AS "t272"
                GROUP BY
                  1,
                  2
              ) AS "t314"
                ON "t18"."la_code" = "t314"."la_code" AND "t19"."month" = "t314"."month"
            ) AS "t344"
            ORDER BY
              "t344"."la_code" ASC,
              "t344"."month" ASC
          ) AS "t359"
        ) AS "t426"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t345"."la_code",
              "t345"."month",
              'cin_per_10k' AS "indicator",
              "t345"."numerator",
              "t345"."denominator",
              "t345"."excluded",
              (
                CAST("t345"."numerator" AS DOUBLE) / "t345"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t314"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t239"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t272"."la_code",
                  "t272"."month",
                  SUM(CAST("t272"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t255"."la_code",
                    "t255"."month",
                    "t255"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t255"
                ) AS "t272"
                GROUP BY
                  1,
                  2
              ) AS "t314"
                ON "t18"."la_code" = "t314"."la_code" AND "t19"."month" = "t314"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t159"."la_code",
                    "t159"."month",
                    "t159"."month_end",
                    "t159"."rolling_start",
                    "t159"."pop_year",
                    "t159"."year",
                    "t159"."population",
                    "t159"."source",
                    "t159"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t159"."la_code", "t159"."month"
                      ORDER BY "t159"."distance" ASC, "t159"."year" DESC
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
                        "t74"."year",
                        "t74"."population",
                        "t74"."source"
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
                      ) AS "t74"
                        ON "t18"."la_code" = "t74"."la_code"
                    ) AS "t114"
                  ) AS "t159"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t239"
                ON "t18"."la_code" = "t239"."la_code" AND "t19"."month" = "t239"."month"
            ) AS "t345"
            ORDER BY
              "t345"."la_code" ASC,
              "t345"."month" ASC
          ) AS "t372"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t383"."la_code",
              "t383"."month",
              'caseload_mean' AS "indicator",
              "t383"."numerator",
              "t383"."denominator",
              "t383"."excluded",
              CASE
                WHEN "t383"."denominator" > 0
                THEN (
                  CAST("t383"."numerator" AS DOUBLE) / "t383"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t360"."numerator", 0) AS "numerator",
                COALESCE("t360"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t326"."la_code",
                  "t326"."month",
                  SUM(CASE WHEN "t326"."_kept" THEN COALESCE("t326"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t326"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t309"."la_code",
                    "t309"."month",
                    "t309"."worker_id",
                    "t309"."team_id",
                    "t309"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t309"
                ) AS "t326"
                GROUP BY
                  1,
                  2
              ) AS "t360"
                ON "t18"."la_code" = "t360"."la_code" AND "t19"."month" = "t360"."month"
            ) AS "t383"
            ORDER BY
              "t383"."la_code" ASC,
              "t383"."month" ASC
          ) AS "t404"
        ) AS "t407"
      ) AS "t430"
    ) AS "t456"
  ) AS "t457"
) AS "t458"
ORDER BY
  "t458"."indicator" ASC,
  "t458"."la_code" ASC,
  "t458"."month" ASC
