-- safeguarding compiled query {"code": "97684e1b273a2de5", "policy": "5a5babdd74a484f2", "query": "catalogue"}
WITH "t22" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t23" AS (
  SELECT
    "t7"."wd_ordinal" AS "_wd_a",
    "t7"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t7"
), "t24" AS (
  SELECT
    "t7"."wd_ordinal" AS "_wd_b",
    "t7"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t7"
), "t33" AS (
  SELECT
    MIN("t1"."rolling_start") AS "_lo",
    MAX("t1"."month_end") AS "_hi"
  FROM "_months" AS "t1"
), "t53" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t54" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t59" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t60" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t11"
  WHERE
    "t11"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t61" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t12"
  WHERE
    "t12"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t87" AS (
  SELECT
    "t57"."la_code",
    "t57"."invo_involvements_id",
    "t57"."invo_person_id",
    "t57"."invo_professional_id",
    "t57"."invo_professional_role_id",
    "t57"."invo_professional_team",
    "t57"."invo_involvement_start_date",
    "t57"."invo_involvement_end_date",
    "t57"."invo_worker_change_reason",
    "t57"."invo_referral_id",
    CAST("t57"."invo_involvement_start_date" AS DATE) AS "_start",
    CAST("t57"."invo_involvement_end_date" AS DATE) AS "_end"
  FROM (
    SELECT
      *
    FROM "ssd_involvements" AS "t8"
    WHERE
      "t8"."la_code" IN (
        SELECT
          *
        FROM "t22"
      )
  ) AS "t57"
  WHERE
    "t57"."invo_professional_id" IS NOT NULL
), "t95" AS (
  SELECT
    "t80"."la_code",
    "t80"."cppl_cp_plan_id",
    "t80"."cppl_person_id",
    "t80"."cppl_cp_plan_start_date",
    "t80"."cppl_cp_plan_end_date",
    "t80"."cppl_cp_plan_initial_category",
    "t80"."cppl_cp_plan_latest_category",
    "t80"."cppl_icpc_id",
    "t66"."_lo",
    "t66"."_hi"
  FROM "t54" AS "t80"
  CROSS JOIN "t33" AS "t66"
), "cohort_contacts_in_month" AS (
  SELECT
    "t72"."la_code",
    "t72"."cont_contact_id",
    "t72"."cont_person_id",
    "t72"."cont_contact_date",
    "t72"."cont_contact_source_code",
    "t72"."cont_contact_outcome_json",
    "t72"."cont_screening_date",
    "t72"."cont_screened_by_qualified",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_contacts" AS "t5"
    WHERE
      "t5"."la_code" IN (
        SELECT
          *
        FROM "t22"
      )
  ) AS "t72"
  INNER JOIN "_months" AS "t19"
    ON CAST("t72"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t72"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "t135" AS (
  SELECT
    "t92"."la_code",
    "t92"."cine_referral_id",
    "t92"."cine_person_id",
    "t92"."cine_referral_date",
    "t92"."cine_referral_source_code",
    "t92"."cine_referral_nfa",
    "t92"."cine_cin_primary_need_code",
    "t92"."cine_close_date",
    "t92"."cine_close_reason"
  FROM (
    SELECT
      "t79"."la_code",
      "t79"."cine_referral_id",
      "t79"."cine_person_id",
      "t79"."cine_referral_date",
      "t79"."cine_referral_source_code",
      "t79"."cine_referral_nfa",
      "t79"."cine_cin_primary_need_code",
      "t79"."cine_close_date",
      "t79"."cine_close_reason",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM "t53" AS "t79"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t92"
  WHERE
    "t92"."cine_referral_date" <= "t92"."_last_end"
    AND COALESCE("t92"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t92"."_first_end"
), "cohort_open_plans" AS (
  SELECT
    "t80"."la_code",
    "t80"."cppl_cp_plan_id",
    "t80"."cppl_person_id",
    "t80"."cppl_cp_plan_start_date",
    "t80"."cppl_cp_plan_end_date",
    "t80"."cppl_cp_plan_initial_category",
    "t80"."cppl_cp_plan_latest_category",
    "t80"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "t54" AS "t80"
  INNER JOIN "_months" AS "t19"
    ON "t80"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t80"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "t143" AS (
  SELECT
    "t100"."la_code",
    "t100"."clae_cla_episode_id",
    "t100"."clae_person_id",
    "t100"."clae_cla_id",
    "t100"."clae_cla_episode_start_date",
    "t100"."clae_cla_episode_ceased_date",
    "t100"."clae_entered_care_date",
    "t100"."clae_cla_placement_id"
  FROM (
    SELECT
      "t83"."la_code",
      "t83"."clae_cla_episode_id",
      "t83"."clae_person_id",
      "t83"."clae_cla_id",
      "t83"."clae_cla_episode_start_date",
      "t83"."clae_cla_episode_ceased_date",
      "t83"."clae_entered_care_date",
      "t83"."clae_cla_placement_id",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM "t60" AS "t83"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t100"
  WHERE
    "t100"."clae_cla_episode_start_date" <= "t100"."_last_end"
    AND COALESCE("t100"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t100"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t101"."la_code",
    "t101"."first_episode_start",
    "t101"."clae_person_id",
    "t101"."clae_cla_id" AS "cla_id",
    COALESCE("t101"."entered", "t101"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t76"."la_code",
      "t76"."clae_cla_id",
      MIN("t76"."clae_entered_care_date") AS "entered",
      MIN("t76"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t76"."clae_person_id") AS "clae_person_id"
    FROM "t60" AS "t76"
    GROUP BY
      1,
      2
  ) AS "t101"
), "t168" AS (
  SELECT
    "t127"."la_code",
    "t127"."invo_involvements_id",
    "t127"."invo_person_id",
    "t127"."invo_professional_id",
    "t127"."invo_professional_role_id",
    "t127"."invo_professional_team",
    "t127"."invo_involvement_start_date",
    "t127"."invo_involvement_end_date",
    "t127"."invo_worker_change_reason",
    "t127"."invo_referral_id",
    "t127"."_start",
    "t127"."_end"
  FROM (
    SELECT
      "t111"."la_code",
      "t111"."invo_involvements_id",
      "t111"."invo_person_id",
      "t111"."invo_professional_id",
      "t111"."invo_professional_role_id",
      "t111"."invo_professional_team",
      "t111"."invo_involvement_start_date",
      "t111"."invo_involvement_end_date",
      "t111"."invo_worker_change_reason",
      "t111"."invo_referral_id",
      "t111"."_start",
      "t111"."_end",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM "t87" AS "t111"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t127"
  WHERE
    "t127"."_start" <= "t127"."_last_end"
    AND COALESCE("t127"."_end", MAKE_DATE(9999, 12, 31)) > "t127"."_first_end"
), "t169" AS (
  SELECT
    "t130"."la_code",
    "t130"."clap_cla_placement_id",
    "t130"."clap_cla_id",
    "t130"."clap_cla_placement_start_date",
    "t130"."clap_cla_placement_end_date",
    "t130"."clap_cla_placement_type",
    "t130"."clap_long_term"
  FROM (
    SELECT
      "t113"."la_code",
      "t113"."clap_cla_placement_id",
      "t113"."clap_cla_id",
      "t113"."clap_cla_placement_start_date",
      "t113"."clap_cla_placement_end_date",
      "t113"."clap_cla_placement_type",
      "t113"."clap_long_term",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM (
      SELECT
        *
      FROM "t61" AS "t77"
      WHERE
        "t77"."la_code" IN (
          SELECT
            "t16"."la_code"
          FROM "_supplied" AS "t16"
          WHERE
            "t16"."table_name" = 'ssd_cla_placement'
            AND "t16"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t113"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t130"
  WHERE
    "t130"."clap_cla_placement_start_date" <= "t130"."_last_end"
    AND COALESCE("t130"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t130"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t148"."la_code",
    "t148"."month",
    "t148"."month_end",
    "t148"."cppl_person_id",
    MIN("t148"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t148"
  GROUP BY
    1,
    2,
    3,
    4
), "t186" AS (
  SELECT
    "t148"."la_code",
    "t148"."month",
    "t148"."month_end",
    "t148"."cppl_cp_plan_id" AS "plan_id",
    "t148"."cppl_cp_plan_start_date" AS "start",
    "t148"."cppl_person_id" AS "person_id",
    "t148"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t148"
  WHERE
    (
      "t148"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t148"."month_end"
), "cohort_in_need" AS (
  SELECT
    "t157"."la_code",
    "t19"."month",
    "t157"."cine_person_id"
  FROM "t135" AS "t157"
  INNER JOIN "_months" AS "t19"
    ON "t157"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t157"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t157"."la_code",
      "t157"."cine_referral_id" AS "_superseded",
      "t158"."cine_referral_date" AS "_start",
      "t158"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t135" AS "t157"
    INNER JOIN "t135" AS "t158"
      ON "t157"."la_code" = "t158"."la_code"
      AND "t157"."cine_person_id" = "t158"."cine_person_id"
      AND "t158"."cine_referral_date" >= "t157"."cine_referral_date"
      AND (
        (
          "t158"."cine_referral_date" > "t157"."cine_referral_date"
        )
        OR (
          "t158"."cine_referral_id" > "t157"."cine_referral_id"
        )
      )
      AND "t158"."cine_referral_date" < COALESCE("t157"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t158"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t158"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t214"
    ON "t157"."la_code" = "t214"."la_code"
    AND "t19"."month" = "t214"."month"
    AND "t157"."cine_referral_id" = "t214"."_superseded"
), "cohort_looked_after" AS (
  SELECT
    "t162"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t162"."clae_person_id" AS "person_id",
    "t162"."clae_cla_id" AS "cla_id",
    "t162"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t143" AS "t162"
  INNER JOIN "_months" AS "t19"
    ON "t162"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t162"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t162"."la_code",
      "t162"."clae_cla_episode_id" AS "_superseded",
      "t163"."clae_cla_episode_start_date" AS "_start",
      "t163"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t143" AS "t162"
    INNER JOIN "t143" AS "t163"
      ON "t162"."la_code" = "t163"."la_code"
      AND "t162"."clae_person_id" = "t163"."clae_person_id"
      AND "t163"."clae_cla_episode_start_date" >= "t162"."clae_cla_episode_start_date"
      AND (
        (
          "t163"."clae_cla_episode_start_date" > "t162"."clae_cla_episode_start_date"
        )
        OR (
          "t163"."clae_cla_episode_id" > "t162"."clae_cla_episode_id"
        )
      )
      AND "t163"."clae_cla_episode_start_date" < COALESCE("t162"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t163"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t163"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t219"
    ON "t162"."la_code" = "t219"."la_code"
    AND "t19"."month" = "t219"."month"
    AND "t162"."clae_cla_episode_id" = "t219"."_superseded"
), "t283" AS (
  SELECT
    "t245"."la_code",
    "t245"."plan_id",
    "t245"."date",
    "t245"."review_id",
    "t245"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t245"."la_code", "t245"."plan_id"
      ORDER BY "t245"."date" ASC, "t245"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t245"."date") OVER (
      PARTITION BY "t245"."la_code", "t245"."plan_id"
      ORDER BY "t245"."date" ASC, "t245"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t245"."date") OVER (
      PARTITION BY "t245"."la_code", "t245"."plan_id"
      ORDER BY "t245"."date" ASC, "t245"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t159"."la_code",
      "t159"."plan_id",
      "t159"."date",
      "t159"."review_id",
      "t159"."first_due"
    FROM (
      SELECT
        "t120"."la_code",
        "t120"."cppr_cp_plan_id" AS "plan_id",
        "t120"."cppr_cp_review_date" AS "date",
        "t120"."cppr_cp_review_id" AS "review_id",
        "t120"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t78"."la_code",
          "t78"."cppr_cp_review_id",
          "t78"."cppr_person_id",
          "t78"."cppr_cp_plan_id",
          "t78"."cppr_cp_review_due",
          "t78"."cppr_cp_review_date",
          "t81"."cppl_cp_plan_id",
          "t81"."cppl_person_id",
          "t81"."cppl_cp_plan_start_date",
          "t81"."cppl_cp_plan_end_date",
          "t81"."cppl_cp_plan_initial_category",
          "t81"."cppl_cp_plan_latest_category",
          "t81"."cppl_icpc_id"
        FROM (
          SELECT
            *
          FROM "ssd_cp_reviews" AS "t14"
          WHERE
            "t14"."la_code" IN (
              SELECT
                *
              FROM "t22"
            )
        ) AS "t78"
        INNER JOIN "t54" AS "t81"
          ON "t78"."la_code" = "t81"."la_code"
          AND "t78"."cppr_cp_plan_id" = "t81"."cppl_cp_plan_id"
      ) AS "t120"
      WHERE
        "t120"."cppr_cp_review_date" >= "t120"."cppl_cp_plan_start_date"
    ) AS "t159"
    SEMI JOIN "t186" AS "t207"
      ON "t159"."la_code" = "t207"."la_code" AND "t159"."plan_id" = "t207"."plan_id"
  ) AS "t245"
), "cohort_allocated" AS (
  SELECT
    "t189"."la_code",
    "t19"."month",
    "t189"."invo_person_id" AS "person_id",
    "t189"."invo_professional_id" AS "worker_id",
    "t189"."invo_professional_team" AS "team_id"
  FROM "t168" AS "t189"
  INNER JOIN "_months" AS "t19"
    ON "t189"."_start" <= "t19"."month_end"
    AND COALESCE("t189"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t189"."la_code",
      "t189"."invo_involvements_id" AS "_superseded",
      "t190"."_start",
      "t190"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t168" AS "t189"
    INNER JOIN "t168" AS "t190"
      ON "t189"."la_code" = "t190"."la_code"
      AND "t189"."invo_person_id" = "t190"."invo_person_id"
      AND "t190"."invo_involvement_start_date" >= "t189"."invo_involvement_start_date"
      AND (
        (
          "t190"."invo_involvement_start_date" > "t189"."invo_involvement_start_date"
        )
        OR (
          "t190"."invo_involvements_id" > "t189"."invo_involvements_id"
        )
      )
      AND "t190"."_start" < COALESCE("t189"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t190"."_start" <= "t20"."month_end"
      AND COALESCE("t190"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t248"
    ON "t189"."la_code" = "t248"."la_code"
    AND "t19"."month" = "t248"."month"
    AND "t189"."invo_involvements_id" = "t248"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t296"."la_code",
    "t296"."month",
    "t296"."worker_id",
    MAX("t296"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t296"
  GROUP BY
    1,
    2,
    3
), "t346" AS (
  SELECT
    "t313"."la_code",
    "t313"."month",
    "t313"."month_end",
    "t313"."first_due",
    "t313"."person_id",
    "t313"."period_start",
    "t313"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t277"."la_code",
      "t277"."month",
      "t277"."month_end",
      "t277"."rolling_start",
      "t277"."person_id",
      "t277"."cla_id",
      "t277"."episode_start",
      "t251"."first_episode_start",
      "t251"."clae_person_id",
      "t251"."period_start",
      "t251"."first_due",
      "t49"."_wd_a",
      "t51"."_wd_b"
    FROM "cohort_looked_after" AS "t277"
    INNER JOIN (
      SELECT
        "t226".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t202"."la_code",
          "t202"."first_episode_start",
          "t202"."clae_person_id",
          "t202"."cla_id",
          "t202"."period_start",
          "t202"."wd21",
          "t202"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t164"."la_code",
            "t164"."first_episode_start",
            "t164"."clae_person_id",
            "t164"."cla_id",
            "t164"."period_start",
            "t39"."wd21"
          FROM "cohort_period_starts" AS "t164"
          LEFT OUTER JOIN (
            SELECT
              "t7"."wd_ordinal" AS "_wd_from",
              "t7"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t7"
          ) AS "t36"
            ON "t164"."period_start" = "t36"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t7"."wd_ordinal" AS "_wd_to",
              "t7"."date" AS "wd21"
            FROM "_calendar" AS "t7"
            WHERE
              "t7"."is_working_day"
          ) AS "t39"
            ON (
              "t36"."_wd_from" + 21
            ) = "t39"."_wd_to"
        ) AS "t202"
      ) AS "t226"
    ) AS "t251"
      ON "t277"."la_code" = "t251"."la_code" AND "t277"."cla_id" = "t251"."cla_id"
    LEFT OUTER JOIN "t23" AS "t49"
      ON "t251"."period_start" = "t49"."_wd_a__date"
    LEFT OUTER JOIN "t24" AS "t51"
      ON "t277"."month_end" = "t51"."_wd_b__date"
  ) AS "t313"
  WHERE
    (
      "t313"."_wd_b" - "t313"."_wd_a"
    ) > 20
), "t406" AS (
  SELECT
    "t387"."la_code",
    "t387"."first_due",
    "t387"."plan_id",
    "t387"."date",
    "t387"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t387"."la_code", "t387"."plan_id"
      ORDER BY "t387"."date" ASC, "t387"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t387"."date") OVER (
      PARTITION BY "t387"."la_code", "t387"."plan_id"
      ORDER BY "t387"."date" ASC, "t387"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t387"."date") OVER (
      PARTITION BY "t387"."la_code", "t387"."plan_id"
      ORDER BY "t387"."date" ASC, "t387"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t314"."la_code",
      "t314"."first_due",
      "t314"."plan_id",
      "t314"."date",
      "t314"."review_id"
    FROM (
      SELECT
        "t278"."la_code",
        "t278"."first_due",
        "t278"."clar_cla_id" AS "plan_id",
        "t278"."clar_cla_review_date" AS "date",
        "t278"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t116"."la_code",
          "t116"."clar_cla_review_id",
          "t116"."clar_cla_id",
          "t116"."clar_cla_review_due_date",
          "t116"."clar_cla_review_date",
          "t116"."clar_cla_review_cancelled",
          "t251"."first_episode_start",
          "t251"."clae_person_id",
          "t251"."cla_id",
          "t251"."period_start",
          "t251"."first_due"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              *
            FROM "ssd_cla_reviews" AS "t17"
            WHERE
              "t17"."la_code" IN (
                SELECT
                  *
                FROM "t22"
              )
          ) AS "t65"
          WHERE
            NOT (
              COALESCE("t65"."clar_cla_review_cancelled", FALSE)
            )
        ) AS "t116"
        INNER JOIN (
          SELECT
            "t226".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t202"."la_code",
              "t202"."first_episode_start",
              "t202"."clae_person_id",
              "t202"."cla_id",
              "t202"."period_start",
              "t202"."wd21",
              "t202"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t164"."la_code",
                "t164"."first_episode_start",
                "t164"."clae_person_id",
                "t164"."cla_id",
                "t164"."period_start",
                "t39"."wd21"
              FROM "cohort_period_starts" AS "t164"
              LEFT OUTER JOIN (
                SELECT
                  "t7"."wd_ordinal" AS "_wd_from",
                  "t7"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t7"
              ) AS "t36"
                ON "t164"."period_start" = "t36"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t7"."wd_ordinal" AS "_wd_to",
                  "t7"."date" AS "wd21"
                FROM "_calendar" AS "t7"
                WHERE
                  "t7"."is_working_day"
              ) AS "t39"
                ON (
                  "t36"."_wd_from" + 21
                ) = "t39"."_wd_to"
            ) AS "t202"
          ) AS "t226"
        ) AS "t251"
          ON "t116"."la_code" = "t251"."la_code" AND "t116"."clar_cla_id" = "t251"."cla_id"
      ) AS "t278"
      WHERE
        "t278"."clar_cla_review_date" >= "t278"."period_start"
    ) AS "t314"
    SEMI JOIN "t346" AS "t363"
      ON "t314"."la_code" = "t363"."la_code" AND "t314"."plan_id" = "t363"."plan_id"
  ) AS "t387"
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
            "t414"."la_code",
            "t414"."month",
            'caseload_over_policy' AS "indicator",
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
              COALESCE("t399"."numerator", 0) AS "numerator",
              COALESCE("t399"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t359"."la_code",
                "t359"."month",
                SUM(CAST("t359"."_kept" AND COALESCE("t359"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t359"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t337"."la_code",
                  "t337"."month",
                  "t337"."worker_id",
                  "t337"."team_id",
                  "t337"."amount",
                  "t337"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t337"
              ) AS "t359"
              GROUP BY
                1,
                2
            ) AS "t399"
              ON "t18"."la_code" = "t399"."la_code" AND "t19"."month" = "t399"."month"
          ) AS "t414"
          ORDER BY
            "t414"."la_code" ASC,
            "t414"."month" ASC
        ) AS "t432"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t422"."la_code",
            "t422"."month",
            'unallocated_cp_cla' AS "indicator",
            "t422"."numerator",
            "t422"."denominator",
            "t422"."excluded",
            CASE
              WHEN "t422"."denominator" > 0
              THEN (
                CAST("t422"."numerator" AS DOUBLE) / "t422"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t410"."numerator", 0) AS "numerator",
              COALESCE("t410"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t379"."la_code",
                "t379"."month",
                SUM(CAST("t379"."_kept" AND COALESCE("t379"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t379"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t366"."la_code",
                  "t366"."month",
                  "t366"."person_id",
                  "t366"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t339"."la_code",
                    "t339"."month",
                    "t339"."person_id",
                    COUNT("t339"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t306"."la_code",
                      "t306"."month",
                      "t306"."month_end",
                      "t306"."person_id",
                      "t110"."la_code" AS "la_code_right",
                      "t110"."invo_involvements_id",
                      "t110"."invo_person_id",
                      "t110"."invo_professional_id",
                      "t110"."invo_professional_role_id",
                      "t110"."invo_professional_team",
                      "t110"."invo_involvement_start_date",
                      "t110"."invo_involvement_end_date",
                      "t110"."invo_worker_change_reason",
                      "t110"."invo_referral_id",
                      "t110"."_start",
                      "t110"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t194"."la_code",
                          "t194"."month",
                          "t194"."month_end",
                          "t194"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t194"
                      ) AS "t216"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t269"."la_code",
                          "t269"."month",
                          "t269"."month_end",
                          "t269"."person_id"
                        FROM "cohort_looked_after" AS "t269"
                      ) AS "t286"
                    ) AS "t306"
                    LEFT OUTER JOIN "t87" AS "t110"
                      ON "t306"."la_code" = "t110"."la_code"
                      AND "t306"."person_id" = "t110"."invo_person_id"
                      AND "t110"."_start" <= "t306"."month_end"
                      AND COALESCE("t110"."_end", MAKE_DATE(9999, 12, 31)) > "t306"."month_end"
                  ) AS "t339"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t366"
              ) AS "t379"
              GROUP BY
                1,
                2
            ) AS "t410"
              ON "t18"."la_code" = "t410"."la_code" AND "t19"."month" = "t410"."month"
          ) AS "t422"
          ORDER BY
            "t422"."la_code" ASC,
            "t422"."month" ASC
        ) AS "t435"
      ) AS "t438"
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
              "t247"."la_code",
              "t247"."month",
              'contacts' AS "indicator",
              "t247"."numerator",
              "t247"."denominator",
              "t247"."excluded",
              CAST("t247"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t208"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t160"."la_code",
                  "t160"."month",
                  SUM(CAST("t160"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t141"."la_code",
                    "t141"."cont_contact_id",
                    "t141"."cont_person_id",
                    "t141"."cont_contact_date",
                    "t141"."cont_contact_source_code",
                    "t141"."cont_contact_outcome_json",
                    "t141"."cont_screening_date",
                    "t141"."cont_screened_by_qualified",
                    "t141"."month",
                    "t141"."month_end",
                    "t141"."rolling_start",
                    "t141"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t141"
                ) AS "t160"
                GROUP BY
                  1,
                  2
              ) AS "t208"
                ON "t18"."la_code" = "t208"."la_code" AND "t19"."month" = "t208"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t268"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t295"."la_code",
              "t295"."month",
              'contacts_screened_24h' AS "indicator",
              "t295"."numerator",
              "t295"."denominator",
              "t295"."excluded",
              CASE
                WHEN "t295"."denominator" > 0
                THEN (
                  CAST("t295"."numerator" AS DOUBLE) / "t295"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t264"."numerator", 0) AS "numerator",
                COALESCE("t264"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t196"."la_code",
                  "t196"."month",
                  SUM(CAST("t196"."_kept" AND COALESCE("t196"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t196"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t141"."la_code",
                    "t141"."cont_contact_id",
                    "t141"."cont_person_id",
                    "t141"."cont_contact_date",
                    "t141"."cont_contact_source_code",
                    "t141"."cont_contact_outcome_json",
                    "t141"."cont_screening_date",
                    "t141"."cont_screened_by_qualified",
                    "t141"."month",
                    "t141"."month_end",
                    "t141"."rolling_start",
                    "t141"."pop_year",
                    (
                      "t141"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t141"."cont_screening_date" <= (
                        "t141"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t141"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t141"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t141"
                ) AS "t196"
                GROUP BY
                  1,
                  2
              ) AS "t264"
                ON "t18"."la_code" = "t264"."la_code" AND "t19"."month" = "t264"."month"
            ) AS "t295"
            ORDER BY
              "t295"."la_code" ASC,
              "t295"."month" ASC
          ) AS "t344"
        ) AS "t350"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t274"."la_code",
              "t274"."month",
              'contacts_to_referral' AS "indicator",
              "t274"."numerator",
              "t274"."denominator",
              "t274"."excluded",
              CASE
                WHEN "t274"."denominator" > 0
                THEN (
                  CAST("t274"."numerator" AS DOUBLE) / "t274"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t246"."numerator", 0) AS "numerator",
                COALESCE("t246"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t176"."la_code",
                  "t176"."month",
                  SUM(CAST("t176"."_kept" AND COALESCE("t176"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t176"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t141"."la_code",
                    "t141"."cont_contact_id",
                    "t141"."cont_person_id",
                    "t141"."cont_contact_date",
                    "t141"."cont_contact_source_code",
                    "t141"."cont_contact_outcome_json",
                    "t141"."cont_screening_date",
                    "t141"."cont_screened_by_qualified",
                    "t141"."month",
                    "t141"."month_end",
                    "t141"."rolling_start",
                    "t141"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t141"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t141"
                ) AS "t176"
                GROUP BY
                  1,
                  2
              ) AS "t246"
                ON "t18"."la_code" = "t246"."la_code" AND "t19"."month" = "t246"."month"
            ) AS "t274"
            ORDER BY
              "t274"."la_code" ASC,
              "t274"."month" ASC
          ) AS "t327"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t222"."la_code",
              "t222"."month",
              'referrals' AS "indicator",
              "t222"."numerator",
              "t222"."denominator",
              "t222"."excluded",
              CAST("t222"."numerator" AS DOUBLE) AS "value"
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
                  "t133"."la_code",
                  "t133"."month",
                  SUM(CAST("t133"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t118"."la_code",
                    "t118"."cine_referral_id",
                    "t118"."cine_person_id",
                    "t118"."cine_referral_date",
                    "t118"."cine_referral_source_code",
                    "t118"."cine_referral_nfa",
                    "t118"."cine_cin_primary_need_code",
                    "t118"."cine_close_date",
                    "t118"."cine_close_reason",
                    "t118"."month",
                    "t118"."month_end",
                    "t118"."rolling_start",
                    "t118"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t79"."la_code",
                      "t79"."cine_referral_id",
                      "t79"."cine_person_id",
                      "t79"."cine_referral_date",
                      "t79"."cine_referral_source_code",
                      "t79"."cine_referral_nfa",
                      "t79"."cine_cin_primary_need_code",
                      "t79"."cine_close_date",
                      "t79"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t53" AS "t79"
                    INNER JOIN "_months" AS "t19"
                      ON "t79"."cine_referral_date" >= "t19"."month"
                      AND "t79"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t118"
                ) AS "t133"
                GROUP BY
                  1,
                  2
              ) AS "t183"
                ON "t18"."la_code" = "t183"."la_code" AND "t19"."month" = "t183"."month"
            ) AS "t222"
            ORDER BY
              "t222"."la_code" ASC,
              "t222"."month" ASC
          ) AS "t253"
        ) AS "t336"
      ) AS "t358"
    ) AS "t442"
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
              'referrals_per_10k' AS "indicator",
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
                COALESCE("t308"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t234"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t270"."la_code",
                  "t270"."month_right" AS "month",
                  SUM("t270"."numerator") AS "numerator"
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
                      "t193"."la_code",
                      "t193"."month",
                      SUM(CAST("t193"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t172"."la_code",
                        "t172"."cine_referral_id",
                        "t172"."cine_person_id",
                        "t172"."cine_referral_date",
                        "t172"."cine_referral_source_code",
                        "t172"."cine_referral_nfa",
                        "t172"."cine_cin_primary_need_code",
                        "t172"."cine_close_date",
                        "t172"."cine_close_reason",
                        "t172"."month",
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
                          "t38"."month"
                        FROM (
                          SELECT
                            "t91"."la_code",
                            "t91"."cine_referral_id",
                            "t91"."cine_person_id",
                            "t91"."cine_referral_date",
                            "t91"."cine_referral_source_code",
                            "t91"."cine_referral_nfa",
                            "t91"."cine_cin_primary_need_code",
                            "t91"."cine_close_date",
                            "t91"."cine_close_reason"
                          FROM (
                            SELECT
                              "t79"."la_code",
                              "t79"."cine_referral_id",
                              "t79"."cine_person_id",
                              "t79"."cine_referral_date",
                              "t79"."cine_referral_source_code",
                              "t79"."cine_referral_nfa",
                              "t79"."cine_cin_primary_need_code",
                              "t79"."cine_close_date",
                              "t79"."cine_close_reason",
                              "t66"."_lo",
                              "t66"."_hi"
                            FROM "t53" AS "t79"
                            CROSS JOIN "t33" AS "t66"
                          ) AS "t91"
                          WHERE
                            "t91"."cine_referral_date" >= "t91"."_lo"
                            AND "t91"."cine_referral_date" <= "t91"."_hi"
                        ) AS "t134"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t38"
                          ON "t134"."cine_referral_date" = "t38"."_date"
                      ) AS "t172"
                    ) AS "t193"
                    GROUP BY
                      1,
                      2
                  ) AS "t242"
                  INNER JOIN "_months" AS "t19"
                    ON "t242"."month" >= "t19"."rolling_start" AND "t242"."month" <= "t19"."month"
                ) AS "t270"
                GROUP BY
                  1,
                  2
              ) AS "t308"
                ON "t18"."la_code" = "t308"."la_code" AND "t19"."month" = "t308"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t152"."la_code",
                    "t152"."month",
                    "t152"."month_end",
                    "t152"."rolling_start",
                    "t152"."pop_year",
                    "t152"."year",
                    "t152"."population",
                    "t152"."source",
                    "t152"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t152"."la_code", "t152"."month"
                      ORDER BY "t152"."distance" ASC, "t152"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t109"."la_code",
                      "t109"."month",
                      "t109"."month_end",
                      "t109"."rolling_start",
                      "t109"."pop_year",
                      "t109"."year",
                      "t109"."population",
                      "t109"."source",
                      ABS("t109"."year" - "t109"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t73"."year",
                        "t73"."population",
                        "t73"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t6"
                        WHERE
                          "t6"."la_code" IN (
                            SELECT
                              *
                            FROM "t22"
                          )
                      ) AS "t73"
                        ON "t18"."la_code" = "t73"."la_code"
                    ) AS "t109"
                  ) AS "t152"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t234"
                ON "t18"."la_code" = "t234"."la_code" AND "t19"."month" = "t234"."month"
            ) AS "t341"
            ORDER BY
              "t341"."la_code" ASC,
              "t341"."month" ASC
          ) AS "t371"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t425"."la_code",
              "t425"."month",
              'rereferrals_12m' AS "indicator",
              "t425"."numerator",
              "t425"."denominator",
              "t425"."excluded",
              CASE
                WHEN "t425"."denominator" > 0
                THEN (
                  CAST("t425"."numerator" AS DOUBLE) / "t425"."denominator"
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
                  "t400"."la_code",
                  "t400"."month_right" AS "month",
                  SUM("t400"."numerator") AS "numerator",
                  SUM("t400"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t381"."la_code",
                    "t381"."month",
                    "t381"."numerator",
                    "t381"."denominator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t331"."la_code",
                      "t331"."month",
                      SUM(CAST("t331"."_kept" AND COALESCE("t331"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t331"."_kept" AS BIGINT)) AS "denominator"
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
                          "t280"."la_code",
                          "t280"."cine_referral_id",
                          "t280"."cine_person_id",
                          "t280"."cine_referral_date",
                          "t280"."hit",
                          "t38"."month"
                        FROM (
                          SELECT
                            "t254"."la_code",
                            "t254"."cine_referral_id",
                            "t254"."cine_person_id",
                            "t254"."cine_referral_date",
                            "t254"."hit"
                          FROM (
                            SELECT
                              "t134"."la_code",
                              "t134"."cine_referral_id",
                              "t134"."cine_person_id",
                              "t134"."cine_referral_date",
                              COALESCE("t213"."hit", FALSE) AS "hit",
                              "t67"."_lo",
                              "t67"."_hi"
                            FROM (
                              SELECT
                                "t91"."la_code",
                                "t91"."cine_referral_id",
                                "t91"."cine_person_id",
                                "t91"."cine_referral_date",
                                "t91"."cine_referral_source_code",
                                "t91"."cine_referral_nfa",
                                "t91"."cine_cin_primary_need_code",
                                "t91"."cine_close_date",
                                "t91"."cine_close_reason"
                              FROM (
                                SELECT
                                  "t79"."la_code",
                                  "t79"."cine_referral_id",
                                  "t79"."cine_person_id",
                                  "t79"."cine_referral_date",
                                  "t79"."cine_referral_source_code",
                                  "t79"."cine_referral_nfa",
                                  "t79"."cine_cin_primary_need_code",
                                  "t79"."cine_close_date",
                                  "t79"."cine_close_reason",
                                  "t66"."_lo",
                                  "t66"."_hi"
                                FROM "t53" AS "t79"
                                CROSS JOIN "t33" AS "t66"
                              ) AS "t91"
                              WHERE
                                "t91"."cine_referral_date" >= "t91"."_lo"
                                AND "t91"."cine_referral_date" <= "t91"."_hi"
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
                                    "t91"."la_code",
                                    "t91"."cine_referral_id",
                                    "t91"."cine_person_id",
                                    "t91"."cine_referral_date",
                                    "t91"."cine_referral_source_code",
                                    "t91"."cine_referral_nfa",
                                    "t91"."cine_cin_primary_need_code",
                                    "t91"."cine_close_date",
                                    "t91"."cine_close_reason"
                                  FROM (
                                    SELECT
                                      "t79"."la_code",
                                      "t79"."cine_referral_id",
                                      "t79"."cine_person_id",
                                      "t79"."cine_referral_date",
                                      "t79"."cine_referral_source_code",
                                      "t79"."cine_referral_nfa",
                                      "t79"."cine_cin_primary_need_code",
                                      "t79"."cine_close_date",
                                      "t79"."cine_close_reason",
                                      "t66"."_lo",
                                      "t66"."_hi"
                                    FROM "t53" AS "t79"
                                    CROSS JOIN "t33" AS "t66"
                                  ) AS "t91"
                                  WHERE
                                    "t91"."cine_referral_date" >= "t91"."_lo"
                                    AND "t91"."cine_referral_date" <= "t91"."_hi"
                                ) AS "t134"
                                INNER JOIN (
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
                                      "t79"."la_code",
                                      "t79"."cine_referral_id",
                                      "t79"."cine_person_id",
                                      "t79"."cine_referral_date",
                                      "t79"."cine_referral_source_code",
                                      "t79"."cine_referral_nfa",
                                      "t79"."cine_cin_primary_need_code",
                                      "t79"."cine_close_date",
                                      "t79"."cine_close_reason",
                                      "t68"."_lo",
                                      "t68"."_hi"
                                    FROM "t53" AS "t79"
                                    CROSS JOIN (
                                      SELECT
                                        MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                        MAX("t1"."month_end") AS "_hi"
                                      FROM "_months" AS "t1"
                                    ) AS "t68"
                                  ) AS "t93"
                                  WHERE
                                    "t93"."cine_referral_date" >= "t93"."_lo"
                                    AND "t93"."cine_referral_date" <= "t93"."_hi"
                                ) AS "t136"
                                  ON "t134"."la_code" = "t136"."la_code"
                                  AND "t134"."cine_person_id" = "t136"."cine_person_id"
                                  AND "t136"."cine_referral_date" >= (
                                    "t134"."cine_referral_date" + INTERVAL '-12' MONTH
                                  )
                                  AND "t136"."cine_referral_date" < "t134"."cine_referral_date"
                              ) AS "t184"
                            ) AS "t213"
                              ON "t134"."la_code" = "t213"."la_code"
                              AND "t134"."cine_referral_id" = "t213"."cine_referral_id"
                            CROSS JOIN "t33" AS "t67"
                          ) AS "t254"
                          WHERE
                            "t254"."cine_referral_date" >= "t254"."_lo"
                            AND "t254"."cine_referral_date" <= "t254"."_hi"
                        ) AS "t280"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t38"
                          ON "t280"."cine_referral_date" = "t38"."_date"
                      ) AS "t315"
                    ) AS "t331"
                    GROUP BY
                      1,
                      2
                  ) AS "t381"
                  INNER JOIN "_months" AS "t19"
                    ON "t381"."month" >= "t19"."rolling_start" AND "t381"."month" <= "t19"."month"
                ) AS "t400"
                GROUP BY
                  1,
                  2
              ) AS "t416"
                ON "t18"."la_code" = "t416"."la_code" AND "t19"."month" = "t416"."month"
            ) AS "t425"
            ORDER BY
              "t425"."la_code" ASC,
              "t425"."month" ASC
          ) AS "t440"
        ) AS "t445"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t212"."la_code",
              "t212"."month",
              'assessments_completed' AS "indicator",
              "t212"."numerator",
              "t212"."denominator",
              "t212"."excluded",
              CAST("t212"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t170"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t122"."la_code",
                  "t122"."month",
                  SUM(CAST("t122"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t106"."la_code",
                    "t106"."cina_assessment_id",
                    "t106"."cina_person_id",
                    "t106"."cina_referral_id",
                    "t106"."cina_assessment_start_date",
                    "t106"."cina_assessment_auth_date",
                    "t106"."cina_assessment_child_seen",
                    "t106"."month",
                    "t106"."month_end",
                    "t106"."rolling_start",
                    "t106"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t69"."la_code",
                      "t69"."cina_assessment_id",
                      "t69"."cina_person_id",
                      "t69"."cina_referral_id",
                      "t69"."cina_assessment_start_date",
                      "t69"."cina_assessment_auth_date",
                      "t69"."cina_assessment_child_seen",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        *
                      FROM "ssd_cin_assessments" AS "t2"
                      WHERE
                        "t2"."la_code" IN (
                          SELECT
                            *
                          FROM "t22"
                        )
                    ) AS "t69"
                    INNER JOIN "_months" AS "t19"
                      ON "t69"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t69"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t106"
                ) AS "t122"
                GROUP BY
                  1,
                  2
              ) AS "t170"
                ON "t18"."la_code" = "t170"."la_code" AND "t19"."month" = "t170"."month"
            ) AS "t212"
            ORDER BY
              "t212"."la_code" ASC,
              "t212"."month" ASC
          ) AS "t241"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t330"."la_code",
              "t330"."month",
              'assessments_per_10k' AS "indicator",
              "t330"."numerator",
              "t330"."denominator",
              "t330"."excluded",
              (
                CAST("t330"."numerator" AS DOUBLE) / "t330"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t300"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t234"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t266"."la_code",
                  "t266"."month_right" AS "month",
                  SUM("t266"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t229"."la_code",
                    "t229"."month",
                    "t229"."numerator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t182"."la_code",
                      "t182"."month",
                      SUM(CAST("t182"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t166"."la_code",
                        "t166"."cina_assessment_id",
                        "t166"."cina_person_id",
                        "t166"."cina_referral_id",
                        "t166"."cina_assessment_start_date",
                        "t166"."cina_assessment_auth_date",
                        "t166"."cina_assessment_child_seen",
                        "t166"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t123"."la_code",
                          "t123"."cina_assessment_id",
                          "t123"."cina_person_id",
                          "t123"."cina_referral_id",
                          "t123"."cina_assessment_start_date",
                          "t123"."cina_assessment_auth_date",
                          "t123"."cina_assessment_child_seen",
                          "t38"."month"
                        FROM (
                          SELECT
                            "t85"."la_code",
                            "t85"."cina_assessment_id",
                            "t85"."cina_person_id",
                            "t85"."cina_referral_id",
                            "t85"."cina_assessment_start_date",
                            "t85"."cina_assessment_auth_date",
                            "t85"."cina_assessment_child_seen"
                          FROM (
                            SELECT
                              "t69"."la_code",
                              "t69"."cina_assessment_id",
                              "t69"."cina_person_id",
                              "t69"."cina_referral_id",
                              "t69"."cina_assessment_start_date",
                              "t69"."cina_assessment_auth_date",
                              "t69"."cina_assessment_child_seen",
                              "t66"."_lo",
                              "t66"."_hi"
                            FROM (
                              SELECT
                                *
                              FROM "ssd_cin_assessments" AS "t2"
                              WHERE
                                "t2"."la_code" IN (
                                  SELECT
                                    *
                                  FROM "t22"
                                )
                            ) AS "t69"
                            CROSS JOIN "t33" AS "t66"
                          ) AS "t85"
                          WHERE
                            "t85"."cina_assessment_auth_date" >= "t85"."_lo"
                            AND "t85"."cina_assessment_auth_date" <= "t85"."_hi"
                        ) AS "t123"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t38"
                          ON "t123"."cina_assessment_auth_date" = "t38"."_date"
                      ) AS "t166"
                    ) AS "t182"
                    GROUP BY
                      1,
                      2
                  ) AS "t229"
                  INNER JOIN "_months" AS "t19"
                    ON "t229"."month" >= "t19"."rolling_start" AND "t229"."month" <= "t19"."month"
                ) AS "t266"
                GROUP BY
                  1,
                  2
              ) AS "t300"
                ON "t18"."la_code" = "t300"."la_code" AND "t19"."month" = "t300"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t152"."la_code",
                    "t152"."month",
                    "t152"."month_end",
                    "t152"."rolling_start",
                    "t152"."pop_year",
                    "t152"."year",
                    "t152"."population",
                    "t152"."source",
                    "t152"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t152"."la_code", "t152"."month"
                      ORDER BY "t152"."distance" ASC, "t152"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t109"."la_code",
                      "t109"."month",
                      "t109"."month_end",
                      "t109"."rolling_start",
                      "t109"."pop_year",
                      "t109"."year",
                      "t109"."population",
                      "t109"."source",
                      ABS("t109"."year" - "t109"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t73"."year",
                        "t73"."population",
                        "t73"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t6"
                        WHERE
                          "t6"."la_code" IN (
                            SELECT
                              *
                            FROM "t22"
                          )
                      ) AS "t73"
                        ON "t18"."la_code" = "t73"."la_code"
                    ) AS "t109"
                  ) AS "t152"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t234"
                ON "t18"."la_code" = "t234"."la_code" AND "t19"."month" = "t234"."month"
            ) AS "t330"
            ORDER BY
              "t330"."la_code" ASC,
              "t330"."month" ASC
          ) AS "t368"
        ) AS "t370"
      ) AS "t449"
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
              "t342"."la_code",
              "t342"."month",
              'assessments_in_timescale' AS "indicator",
              "t342"."numerator",
              "t342"."denominator",
              "t342"."excluded",
              CASE
                WHEN "t342"."denominator" > 0
                THEN (
                  CAST("t342"."numerator" AS DOUBLE) / "t342"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t309"."numerator", 0) AS "numerator",
                COALESCE("t309"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t256"."la_code",
                  "t256"."month",
                  SUM(CAST("t256"."_kept" AND COALESCE("t256"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t256"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t215"."la_code",
                    "t215"."cina_assessment_id",
                    "t215"."cina_person_id",
                    "t215"."cina_referral_id",
                    "t215"."cina_assessment_start_date",
                    "t215"."cina_assessment_auth_date",
                    "t215"."cina_assessment_child_seen",
                    "t215"."month",
                    "t215"."month_end",
                    "t215"."rolling_start",
                    "t215"."pop_year",
                    "t215"."la_code_right",
                    "t215"."cine_referral_id",
                    "t215"."cine_referral_date",
                    "t215"."_start",
                    "t215"."_wd_b" - "t215"."_wd_a" AS "wd",
                    (
                      "t215"."_wd_b" - "t215"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t173"."la_code",
                      "t173"."cina_assessment_id",
                      "t173"."cina_person_id",
                      "t173"."cina_referral_id",
                      "t173"."cina_assessment_start_date",
                      "t173"."cina_assessment_auth_date",
                      "t173"."cina_assessment_child_seen",
                      "t173"."month",
                      "t173"."month_end",
                      "t173"."rolling_start",
                      "t173"."pop_year",
                      "t173"."la_code_right",
                      "t173"."cine_referral_id",
                      "t173"."cine_referral_date",
                      "t173"."_start",
                      "t48"."_wd_a",
                      "t50"."_wd_b"
                    FROM (
                      SELECT
                        "t137"."la_code",
                        "t137"."cina_assessment_id",
                        "t137"."cina_person_id",
                        "t137"."cina_referral_id",
                        "t137"."cina_assessment_start_date",
                        "t137"."cina_assessment_auth_date",
                        "t137"."cina_assessment_child_seen",
                        "t137"."month",
                        "t137"."month_end",
                        "t137"."rolling_start",
                        "t137"."pop_year",
                        "t137"."la_code_right",
                        "t137"."cine_referral_id",
                        "t137"."cine_referral_date",
                        COALESCE("t137"."cine_referral_date", "t137"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t69"."la_code",
                          "t69"."cina_assessment_id",
                          "t69"."cina_person_id",
                          "t69"."cina_referral_id",
                          "t69"."cina_assessment_start_date",
                          "t69"."cina_assessment_auth_date",
                          "t69"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t94"."la_code" AS "la_code_right",
                          "t94"."cine_referral_id",
                          "t94"."cine_referral_date"
                        FROM (
                          SELECT
                            *
                          FROM "ssd_cin_assessments" AS "t2"
                          WHERE
                            "t2"."la_code" IN (
                              SELECT
                                *
                              FROM "t22"
                            )
                        ) AS "t69"
                        INNER JOIN "_months" AS "t19"
                          ON "t69"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t69"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t70"."la_code",
                            "t70"."cine_referral_id",
                            "t70"."cine_referral_date"
                          FROM "t53" AS "t70"
                        ) AS "t94"
                          ON "t69"."la_code" = "t94"."la_code"
                          AND "t69"."cina_referral_id" = "t94"."cine_referral_id"
                      ) AS "t137"
                    ) AS "t173"
                    LEFT OUTER JOIN "t23" AS "t48"
                      ON "t173"."_start" = "t48"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t173"."cina_assessment_auth_date" = "t50"."_wd_b__date"
                  ) AS "t215"
                ) AS "t256"
                GROUP BY
                  1,
                  2
              ) AS "t309"
                ON "t18"."la_code" = "t309"."la_code" AND "t19"."month" = "t309"."month"
            ) AS "t342"
            ORDER BY
              "t342"."la_code" ASC,
              "t342"."month" ASC
          ) AS "t382"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t345"."la_code",
              "t345"."month",
              's47_per_10k' AS "indicator",
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
                COALESCE("t311"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t234"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t276"."la_code",
                  "t276"."month_right" AS "month",
                  SUM("t276"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t250"."la_code",
                    "t250"."month",
                    "t250"."numerator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t200"."la_code",
                      "t200"."month",
                      SUM(CAST("t200"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t178"."la_code",
                        "t178"."s47e_s47_enquiry_id",
                        "t178"."s47e_person_id",
                        "t178"."s47e_referral_id",
                        "t178"."s47e_s47_start_date",
                        "t178"."s47e_s47_end_date",
                        "t178"."s47e_s47_nfa",
                        "t178"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t142"."la_code",
                          "t142"."s47e_s47_enquiry_id",
                          "t142"."s47e_person_id",
                          "t142"."s47e_referral_id",
                          "t142"."s47e_s47_start_date",
                          "t142"."s47e_s47_end_date",
                          "t142"."s47e_s47_nfa",
                          "t38"."month"
                        FROM (
                          SELECT
                            "t99"."la_code",
                            "t99"."s47e_s47_enquiry_id",
                            "t99"."s47e_person_id",
                            "t99"."s47e_referral_id",
                            "t99"."s47e_s47_start_date",
                            "t99"."s47e_s47_end_date",
                            "t99"."s47e_s47_nfa"
                          FROM (
                            SELECT
                              "t82"."la_code",
                              "t82"."s47e_s47_enquiry_id",
                              "t82"."s47e_person_id",
                              "t82"."s47e_referral_id",
                              "t82"."s47e_s47_start_date",
                              "t82"."s47e_s47_end_date",
                              "t82"."s47e_s47_nfa",
                              "t66"."_lo",
                              "t66"."_hi"
                            FROM "t59" AS "t82"
                            CROSS JOIN "t33" AS "t66"
                          ) AS "t99"
                          WHERE
                            "t99"."s47e_s47_start_date" >= "t99"."_lo"
                            AND "t99"."s47e_s47_start_date" <= "t99"."_hi"
                        ) AS "t142"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t38"
                          ON "t142"."s47e_s47_start_date" = "t38"."_date"
                      ) AS "t178"
                    ) AS "t200"
                    GROUP BY
                      1,
                      2
                  ) AS "t250"
                  INNER JOIN "_months" AS "t19"
                    ON "t250"."month" >= "t19"."rolling_start" AND "t250"."month" <= "t19"."month"
                ) AS "t276"
                GROUP BY
                  1,
                  2
              ) AS "t311"
                ON "t18"."la_code" = "t311"."la_code" AND "t19"."month" = "t311"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t152"."la_code",
                    "t152"."month",
                    "t152"."month_end",
                    "t152"."rolling_start",
                    "t152"."pop_year",
                    "t152"."year",
                    "t152"."population",
                    "t152"."source",
                    "t152"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t152"."la_code", "t152"."month"
                      ORDER BY "t152"."distance" ASC, "t152"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t109"."la_code",
                      "t109"."month",
                      "t109"."month_end",
                      "t109"."rolling_start",
                      "t109"."pop_year",
                      "t109"."year",
                      "t109"."population",
                      "t109"."source",
                      ABS("t109"."year" - "t109"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t73"."year",
                        "t73"."population",
                        "t73"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t6"
                        WHERE
                          "t6"."la_code" IN (
                            SELECT
                              *
                            FROM "t22"
                          )
                      ) AS "t73"
                        ON "t18"."la_code" = "t73"."la_code"
                    ) AS "t109"
                  ) AS "t152"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t234"
                ON "t18"."la_code" = "t234"."la_code" AND "t19"."month" = "t234"."month"
            ) AS "t345"
            ORDER BY
              "t345"."la_code" ASC,
              "t345"."month" ASC
          ) AS "t378"
        ) AS "t390"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t338"."la_code",
              "t338"."month",
              'icpc_in_15wd' AS "indicator",
              "t338"."numerator",
              "t338"."denominator",
              "t338"."excluded",
              CASE
                WHEN "t338"."denominator" > 0
                THEN (
                  CAST("t338"."numerator" AS DOUBLE) / "t338"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t304"."numerator", 0) AS "numerator",
                COALESCE("t304"."denominator", 0) AS "denominator",
                COALESCE("t304"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t249"."la_code",
                  "t249"."month",
                  SUM(CAST("t249"."_kept" AND COALESCE("t249"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t249"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t249"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t199"."la_code",
                    "t199"."icpc_icpc_id",
                    "t199"."icpc_person_id",
                    "t199"."icpc_s47_enquiry_id",
                    "t199"."icpc_cp_plan_id",
                    "t199"."icpc_icpc_date",
                    "t199"."icpc_icpc_outcome_cp_flag",
                    "t199"."icpc_icpc_transfer_in",
                    "t199"."month",
                    "t199"."month_end",
                    "t199"."rolling_start",
                    "t199"."pop_year",
                    "t199"."la_code_right",
                    "t199"."s47e_s47_enquiry_id",
                    "t199"."s47e_s47_start_date",
                    "t199"."_wd_b" - "t199"."_wd_a" AS "wd",
                    "t199"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t199"."_wd_b" - "t199"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t199"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t161"."la_code",
                      "t161"."icpc_icpc_id",
                      "t161"."icpc_person_id",
                      "t161"."icpc_s47_enquiry_id",
                      "t161"."icpc_cp_plan_id",
                      "t161"."icpc_icpc_date",
                      "t161"."icpc_icpc_outcome_cp_flag",
                      "t161"."icpc_icpc_transfer_in",
                      "t161"."month",
                      "t161"."month_end",
                      "t161"."rolling_start",
                      "t161"."pop_year",
                      "t98"."la_code" AS "la_code_right",
                      "t98"."s47e_s47_enquiry_id",
                      "t98"."s47e_s47_start_date",
                      "t49"."_wd_a",
                      "t51"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t74"."la_code",
                          "t74"."icpc_icpc_id",
                          "t74"."icpc_person_id",
                          "t74"."icpc_s47_enquiry_id",
                          "t74"."icpc_cp_plan_id",
                          "t74"."icpc_icpc_date",
                          "t74"."icpc_icpc_outcome_cp_flag",
                          "t74"."icpc_icpc_transfer_in",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year"
                        FROM (
                          SELECT
                            *
                          FROM "ssd_initial_cp_conference" AS "t9"
                          WHERE
                            "t9"."la_code" IN (
                              SELECT
                                *
                              FROM "t22"
                            )
                        ) AS "t74"
                        INNER JOIN "_months" AS "t19"
                          ON "t74"."icpc_icpc_date" >= "t19"."month"
                          AND "t74"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t112"
                      WHERE
                        NOT (
                          COALESCE("t112"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t161"
                    LEFT OUTER JOIN (
                      SELECT
                        "t75"."la_code",
                        "t75"."s47e_s47_enquiry_id",
                        "t75"."s47e_s47_start_date"
                      FROM "t59" AS "t75"
                    ) AS "t98"
                      ON "t161"."la_code" = "t98"."la_code"
                      AND "t161"."icpc_s47_enquiry_id" = "t98"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t23" AS "t49"
                      ON "t98"."s47e_s47_start_date" = "t49"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t51"
                      ON "t161"."icpc_icpc_date" = "t51"."_wd_b__date"
                  ) AS "t199"
                ) AS "t249"
                GROUP BY
                  1,
                  2
              ) AS "t304"
                ON "t18"."la_code" = "t304"."la_code" AND "t19"."month" = "t304"."month"
            ) AS "t338"
            ORDER BY
              "t338"."la_code" ASC,
              "t338"."month" ASC
          ) AS "t377"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t290"."la_code",
              "t290"."month",
              'cp_count' AS "indicator",
              "t290"."numerator",
              "t290"."denominator",
              "t290"."excluded",
              CAST("t290"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t263"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t217"."la_code",
                  "t217"."month",
                  SUM(CAST("t217"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t194"."la_code",
                    "t194"."month",
                    "t194"."month_end",
                    "t194"."cppl_person_id",
                    "t194"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t194"
                ) AS "t217"
                GROUP BY
                  1,
                  2
              ) AS "t263"
                ON "t18"."la_code" = "t263"."la_code" AND "t19"."month" = "t263"."month"
            ) AS "t290"
            ORDER BY
              "t290"."la_code" ASC,
              "t290"."month" ASC
          ) AS "t317"
        ) AS "t386"
      ) AS "t395"
    ) AS "t452"
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
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t291"."la_code",
              "t291"."month",
              'cp_per_10k' AS "indicator",
              "t291"."numerator",
              "t291"."denominator",
              "t291"."excluded",
              (
                CAST("t291"."numerator" AS DOUBLE) / "t291"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t263"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t234"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t217"."la_code",
                  "t217"."month",
                  SUM(CAST("t217"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t194"."la_code",
                    "t194"."month",
                    "t194"."month_end",
                    "t194"."cppl_person_id",
                    "t194"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t194"
                ) AS "t217"
                GROUP BY
                  1,
                  2
              ) AS "t263"
                ON "t18"."la_code" = "t263"."la_code" AND "t19"."month" = "t263"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t152"."la_code",
                    "t152"."month",
                    "t152"."month_end",
                    "t152"."rolling_start",
                    "t152"."pop_year",
                    "t152"."year",
                    "t152"."population",
                    "t152"."source",
                    "t152"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t152"."la_code", "t152"."month"
                      ORDER BY "t152"."distance" ASC, "t152"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t109"."la_code",
                      "t109"."month",
                      "t109"."month_end",
                      "t109"."rolling_start",
                      "t109"."pop_year",
                      "t109"."year",
                      "t109"."population",
                      "t109"."source",
                      ABS("t109"."year" - "t109"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t73"."year",
                        "t73"."population",
                        "t73"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t6"
                        WHERE
                          "t6"."la_code" IN (
                            SELECT
                              *
                            FROM "t22"
                          )
                      ) AS "t73"
                        ON "t18"."la_code" = "t73"."la_code"
                    ) AS "t109"
                  ) AS "t152"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t234"
                ON "t18"."la_code" = "t234"."la_code" AND "t19"."month" = "t234"."month"
            ) AS "t291"
            ORDER BY
              "t291"."la_code" ASC,
              "t291"."month" ASC
          ) AS "t332"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t223"."la_code",
              "t223"."month",
              'cp_starts' AS "indicator",
              "t223"."numerator",
              "t223"."denominator",
              "t223"."excluded",
              CAST("t223"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t185"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t138"."la_code",
                  "t138"."month",
                  SUM(CAST("t138"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t119"."la_code",
                    "t119"."cppl_cp_plan_id",
                    "t119"."cppl_person_id",
                    "t119"."cppl_cp_plan_start_date",
                    "t119"."cppl_cp_plan_end_date",
                    "t119"."cppl_cp_plan_initial_category",
                    "t119"."cppl_cp_plan_latest_category",
                    "t119"."cppl_icpc_id",
                    "t119"."month",
                    "t119"."month_end",
                    "t119"."rolling_start",
                    "t119"."pop_year",
                    TRUE AS "_kept"
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
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t54" AS "t80"
                    INNER JOIN "_months" AS "t19"
                      ON "t80"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t80"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t119"
                ) AS "t138"
                GROUP BY
                  1,
                  2
              ) AS "t185"
                ON "t18"."la_code" = "t185"."la_code" AND "t19"."month" = "t185"."month"
            ) AS "t223"
            ORDER BY
              "t223"."la_code" ASC,
              "t223"."month" ASC
          ) AS "t257"
        ) AS "t343"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t427"."la_code",
              "t427"."month",
              'cp_second_or_subsequent' AS "indicator",
              "t427"."numerator",
              "t427"."denominator",
              "t427"."excluded",
              CASE
                WHEN "t427"."denominator" > 0
                THEN (
                  CAST("t427"."numerator" AS DOUBLE) / "t427"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t417"."numerator", 0) AS "numerator",
                COALESCE("t417"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t402"."la_code",
                  "t402"."month_right" AS "month",
                  SUM("t402"."numerator") AS "numerator",
                  SUM("t402"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t384"."la_code",
                    "t384"."month",
                    "t384"."numerator",
                    "t384"."denominator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t335"."la_code",
                      "t335"."month",
                      SUM(CAST("t335"."_kept" AND COALESCE("t335"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t335"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t320"."la_code",
                        "t320"."cppl_cp_plan_id",
                        "t320"."cppl_person_id",
                        "t320"."cppl_cp_plan_start_date",
                        "t320"."cppl_cp_plan_end_date",
                        "t320"."cppl_cp_plan_initial_category",
                        "t320"."cppl_cp_plan_latest_category",
                        "t320"."cppl_icpc_id",
                        "t320"."hit",
                        "t320"."month",
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
                          "t38"."month"
                        FROM (
                          SELECT
                            "t259"."la_code",
                            "t259"."cppl_cp_plan_id",
                            "t259"."cppl_person_id",
                            "t259"."cppl_cp_plan_start_date",
                            "t259"."cppl_cp_plan_end_date",
                            "t259"."cppl_cp_plan_initial_category",
                            "t259"."cppl_cp_plan_latest_category",
                            "t259"."cppl_icpc_id",
                            "t259"."hit"
                          FROM (
                            SELECT
                              "t232"."la_code",
                              "t232"."cppl_cp_plan_id",
                              "t232"."cppl_person_id",
                              "t232"."cppl_cp_plan_start_date",
                              "t232"."cppl_cp_plan_end_date",
                              "t232"."cppl_cp_plan_initial_category",
                              "t232"."cppl_cp_plan_latest_category",
                              "t232"."cppl_icpc_id",
                              "t232"."hit",
                              "t66"."_lo",
                              "t66"."_hi"
                            FROM (
                              SELECT
                                "t218".*
                                EXCLUDE ("_first")
                              FROM (
                                SELECT
                                  "t188"."la_code",
                                  "t188"."cppl_cp_plan_id",
                                  "t188"."cppl_person_id",
                                  "t188"."cppl_cp_plan_start_date",
                                  "t188"."cppl_cp_plan_end_date",
                                  "t188"."cppl_cp_plan_initial_category",
                                  "t188"."cppl_cp_plan_latest_category",
                                  "t188"."cppl_icpc_id",
                                  "t188"."_first",
                                  "t188"."cppl_cp_plan_start_date" > "t188"."_first" AS "hit"
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
                                    "t108"."_first"
                                  FROM (
                                    SELECT
                                      "t107"."la_code",
                                      "t107"."cppl_cp_plan_id",
                                      "t107"."cppl_person_id",
                                      "t107"."cppl_cp_plan_start_date",
                                      "t107"."cppl_cp_plan_end_date",
                                      "t107"."cppl_cp_plan_initial_category",
                                      "t107"."cppl_cp_plan_latest_category",
                                      "t107"."cppl_icpc_id"
                                    FROM "t95" AS "t107"
                                    WHERE
                                      "t107"."cppl_cp_plan_start_date" >= "t107"."_lo"
                                      AND "t107"."cppl_cp_plan_start_date" <= "t107"."_hi"
                                  ) AS "t150"
                                  INNER JOIN (
                                    SELECT
                                      "t71"."la_code",
                                      "t71"."cppl_person_id",
                                      MIN("t71"."cppl_cp_plan_start_date") AS "_first"
                                    FROM "t54" AS "t71"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t108"
                                    ON "t150"."la_code" = "t108"."la_code"
                                    AND "t150"."cppl_person_id" = "t108"."cppl_person_id"
                                ) AS "t188"
                              ) AS "t218"
                            ) AS "t232"
                            CROSS JOIN "t33" AS "t66"
                          ) AS "t259"
                          WHERE
                            "t259"."cppl_cp_plan_start_date" >= "t259"."_lo"
                            AND "t259"."cppl_cp_plan_start_date" <= "t259"."_hi"
                        ) AS "t285"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t38"
                          ON "t285"."cppl_cp_plan_start_date" = "t38"."_date"
                      ) AS "t320"
                    ) AS "t335"
                    GROUP BY
                      1,
                      2
                  ) AS "t384"
                  INNER JOIN "_months" AS "t19"
                    ON "t384"."month" >= "t19"."rolling_start" AND "t384"."month" <= "t19"."month"
                ) AS "t402"
                GROUP BY
                  1,
                  2
              ) AS "t417"
                ON "t18"."la_code" = "t417"."la_code" AND "t19"."month" = "t417"."month"
            ) AS "t427"
            ORDER BY
              "t427"."la_code" ASC,
              "t427"."month" ASC
          ) AS "t441"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t383"."la_code",
              "t383"."month",
              'cp_ceased_2yrs' AS "indicator",
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
                COALESCE("t357"."numerator", 0) AS "numerator",
                COALESCE("t357"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t326"."la_code",
                  "t326"."month_right" AS "month",
                  SUM("t326"."numerator") AS "numerator",
                  SUM("t326"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t294"."la_code",
                    "t294"."month",
                    "t294"."numerator",
                    "t294"."denominator",
                    "t19"."month" AS "month_right",
                    "t19"."month_end",
                    "t19"."rolling_start",
                    "t19"."pop_year"
                  FROM (
                    SELECT
                      "t231"."la_code",
                      "t231"."month",
                      SUM(CAST("t231"."_kept" AND COALESCE("t231"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t231"."_kept" AS BIGINT)) AS "denominator"
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
                        "t187"."month",
                        (
                          DATE_DIFF('DAY', "t187"."cppl_cp_plan_start_date", "t187"."cppl_cp_plan_end_date") + 1
                        ) > 729 AS "hit",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t149"."la_code",
                          "t149"."cppl_cp_plan_id",
                          "t149"."cppl_person_id",
                          "t149"."cppl_cp_plan_start_date",
                          "t149"."cppl_cp_plan_end_date",
                          "t149"."cppl_cp_plan_initial_category",
                          "t149"."cppl_cp_plan_latest_category",
                          "t149"."cppl_icpc_id",
                          "t38"."month"
                        FROM (
                          SELECT
                            "t107"."la_code",
                            "t107"."cppl_cp_plan_id",
                            "t107"."cppl_person_id",
                            "t107"."cppl_cp_plan_start_date",
                            "t107"."cppl_cp_plan_end_date",
                            "t107"."cppl_cp_plan_initial_category",
                            "t107"."cppl_cp_plan_latest_category",
                            "t107"."cppl_icpc_id"
                          FROM "t95" AS "t107"
                          WHERE
                            "t107"."cppl_cp_plan_end_date" >= "t107"."_lo"
                            AND "t107"."cppl_cp_plan_end_date" <= "t107"."_hi"
                        ) AS "t149"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t38"
                          ON "t149"."cppl_cp_plan_end_date" = "t38"."_date"
                      ) AS "t187"
                    ) AS "t231"
                    GROUP BY
                      1,
                      2
                  ) AS "t294"
                  INNER JOIN "_months" AS "t19"
                    ON "t294"."month" >= "t19"."rolling_start" AND "t294"."month" <= "t19"."month"
                ) AS "t326"
                GROUP BY
                  1,
                  2
              ) AS "t357"
                ON "t18"."la_code" = "t357"."la_code" AND "t19"."month" = "t357"."month"
            ) AS "t383"
            ORDER BY
              "t383"."la_code" ASC,
              "t383"."month" ASC
          ) AS "t409"
        ) AS "t446"
      ) AS "t450"
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
              "t333"."la_code",
              "t333"."month",
              'cp_open_2yrs' AS "indicator",
              "t333"."numerator",
              "t333"."denominator",
              "t333"."excluded",
              CASE
                WHEN "t333"."denominator" > 0
                THEN (
                  CAST("t333"."numerator" AS DOUBLE) / "t333"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t303"."numerator", 0) AS "numerator",
                COALESCE("t303"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t243"."la_code",
                  "t243"."month",
                  SUM(CAST("t243"."_kept" AND COALESCE("t243"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t243"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t194"."la_code",
                    "t194"."month",
                    "t194"."month_end",
                    "t194"."cppl_person_id",
                    "t194"."start",
                    (
                      DATE_DIFF('DAY', "t194"."start", "t194"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t194"
                ) AS "t243"
                GROUP BY
                  1,
                  2
              ) AS "t303"
                ON "t18"."la_code" = "t303"."la_code" AND "t19"."month" = "t303"."month"
            ) AS "t333"
            ORDER BY
              "t333"."la_code" ASC,
              "t333"."month" ASC
          ) AS "t374"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t461"."la_code",
              "t461"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t461"."numerator",
              "t461"."denominator",
              "t461"."excluded",
              CASE
                WHEN "t461"."denominator" > 0
                THEN (
                  CAST("t461"."numerator" AS DOUBLE) / "t461"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t456"."numerator", 0) AS "numerator",
                COALESCE("t456"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t434"."la_code",
                  "t434"."month",
                  SUM(CAST("t434"."_kept" AND COALESCE("t434"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t434"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t420"."la_code",
                    "t420"."month",
                    "t420"."month_end",
                    "t420"."plan_id",
                    "t420"."start",
                    "t420"."person_id",
                    "t420"."first_due",
                    "t420"."held_n",
                    "t420"."last",
                    "t420"."late_held",
                    CASE
                      WHEN "t420"."held_n" = 0
                      THEN "t420"."first_due"
                      WHEN "t420"."held_n" = 1
                      THEN "t420"."last" + INTERVAL '6' MONTH
                      ELSE "t420"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t420"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t420"."held_n" = 0
                        THEN "t420"."first_due"
                        WHEN "t420"."held_n" = 1
                        THEN "t420"."last" + INTERVAL '6' MONTH
                        ELSE "t420"."last" + INTERVAL '6' MONTH
                      END > "t420"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t206"."la_code",
                      "t206"."month",
                      "t206"."month_end",
                      "t206"."plan_id",
                      "t206"."start",
                      "t206"."person_id",
                      "t206"."first_due",
                      COALESCE("t401"."k" + 1, 0) AS "held_n",
                      "t401"."date" AS "last",
                      COALESCE("t401"."first_late" <= "t401"."k", FALSE) AS "late_held"
                    FROM "t186" AS "t206"
                    LEFT OUTER JOIN (
                      SELECT
                        "t319"."la_code",
                        "t319"."plan_id",
                        "t319"."date",
                        "t319"."k",
                        "t319"."following",
                        "t375"."first_late"
                      FROM (
                        SELECT
                          "t293"."la_code",
                          "t293"."plan_id",
                          "t293"."date",
                          "t293"."k",
                          "t293"."following"
                        FROM "t283" AS "t293"
                      ) AS "t319"
                      LEFT OUTER JOIN (
                        SELECT
                          "t348"."la_code",
                          "t348"."plan_id",
                          MIN("t348"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t293"."la_code",
                              "t293"."plan_id",
                              "t293"."date",
                              "t293"."review_id",
                              "t293"."first_due",
                              "t293"."k",
                              "t293"."prev",
                              "t293"."following",
                              "t293"."date" > CASE
                                WHEN "t293"."k" = 0
                                THEN "t293"."first_due"
                                WHEN "t293"."k" = 1
                                THEN "t293"."prev" + INTERVAL '6' MONTH
                                ELSE "t293"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t283" AS "t293"
                          ) AS "t334"
                          WHERE
                            "t334"."late"
                        ) AS "t348"
                        GROUP BY
                          1,
                          2
                      ) AS "t375"
                        ON "t319"."la_code" = "t375"."la_code" AND "t319"."plan_id" = "t375"."plan_id"
                    ) AS "t401"
                      ON "t206"."la_code" = "t401"."la_code"
                      AND "t206"."plan_id" = "t401"."plan_id"
                      AND "t401"."date" <= "t206"."month_end"
                      AND COALESCE("t401"."following", MAKE_DATE(9999, 12, 31)) > "t206"."month_end"
                  ) AS "t420"
                ) AS "t434"
                GROUP BY
                  1,
                  2
              ) AS "t456"
                ON "t18"."la_code" = "t456"."la_code" AND "t19"."month" = "t456"."month"
            ) AS "t461"
            ORDER BY
              "t461"."la_code" ASC,
              "t461"."month" ASC
          ) AS "t464"
        ) AS "t465"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t437"."la_code",
              "t437"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t437"."numerator",
              "t437"."denominator",
              "t437"."excluded",
              CASE
                WHEN "t437"."denominator" > 0
                THEN (
                  CAST("t437"."numerator" AS DOUBLE) / "t437"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t431"."numerator", 0) AS "numerator",
                COALESCE("t431"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t408"."la_code",
                  "t408"."month",
                  SUM(CAST("t408"."_kept" AND COALESCE("t408"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t408"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t391"."la_code",
                    "t391"."month",
                    "t391"."month_end",
                    "t391"."cppl_person_id",
                    "t391"."start",
                    "t391"."wd_open",
                    "t391"."last_visit",
                    "t391"."_wd_b" - "t391"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t391"."_wd_b" - "t391"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t391"."_wd_b" - "t391"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t365"."la_code",
                      "t365"."month",
                      "t365"."month_end",
                      "t365"."cppl_person_id",
                      "t365"."start",
                      "t365"."wd_open",
                      "t365"."last_visit",
                      "t48"."_wd_a",
                      "t50"."_wd_b"
                    FROM (
                      SELECT
                        "t347".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t318"."la_code",
                          "t318"."month",
                          "t318"."month_end",
                          "t318"."cppl_person_id",
                          "t318"."start",
                          "t318"."wd_open",
                          "t318"."_latest",
                          CASE WHEN "t318"."_latest" >= "t318"."start" THEN "t318"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t282"."la_code",
                            "t282"."month",
                            "t282"."month_end",
                            "t282"."cppl_person_id",
                            "t282"."start",
                            "t282"."wd_open",
                            "t240"."_latest"
                          FROM (
                            SELECT
                              "t244"."la_code",
                              "t244"."month",
                              "t244"."month_end",
                              "t244"."cppl_person_id",
                              "t244"."start",
                              "t244"."_wd_b" - "t244"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t205"."la_code",
                                "t205"."month",
                                "t205"."month_end",
                                "t205"."cppl_person_id",
                                "t205"."start",
                                "t48"."_wd_a",
                                "t50"."_wd_b"
                              FROM "cohort_on_plan" AS "t205"
                              LEFT OUTER JOIN "t23" AS "t48"
                                ON "t205"."start" = "t48"."_wd_a__date"
                              LEFT OUTER JOIN "t24" AS "t50"
                                ON "t205"."month_end" = "t50"."_wd_b__date"
                            ) AS "t244"
                            WHERE
                              (
                                "t244"."_wd_b" - "t244"."_wd_a"
                              ) > 10
                          ) AS "t282"
                          LEFT OUTER JOIN (
                            SELECT
                              "t211"."la_code",
                              "t211"."month",
                              "t211"."cppv_person_id" AS "cppl_person_id",
                              "t211"."_latest"
                            FROM (
                              SELECT
                                "t181"."la_code",
                                "t181"."month",
                                "t181"."cppv_person_id",
                                MAX("t181"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t146"."la_code",
                                  "t146"."cppv_person_id",
                                  "t146"."cppv_cp_visit_date",
                                  "t105"."month",
                                  "t105"."month_end",
                                  "t105"."_from"
                                FROM (
                                  SELECT
                                    "t115"."la_code",
                                    "t115"."cppv_person_id",
                                    "t115"."cppv_cp_visit_date"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        *
                                      FROM "ssd_cp_visits" AS "t15"
                                      WHERE
                                        "t15"."la_code" IN (
                                          SELECT
                                            *
                                          FROM "t22"
                                        )
                                    ) AS "t64"
                                    WHERE
                                      COALESCE("t64"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t64"."la_code" IN (
                                          SELECT
                                            "t16"."la_code"
                                          FROM "_supplied" AS "t16"
                                          WHERE
                                            "t16"."table_name" = 'ssd_cp_visits'
                                            AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t115"
                                ) AS "t146"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t40"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t7"."wd_ordinal" AS "_e_ord",
                                      "t7"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t7"
                                  ) AS "t37"
                                    ON "t21"."month_end" = "t37"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t7"."date" AS "_d",
                                      "t7"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t7"
                                    WHERE
                                      "t7"."is_working_day"
                                  ) AS "t40"
                                    ON (
                                      "t37"."_e_ord" - 10
                                    ) = "t40"."_d_ord"
                                ) AS "t105"
                                  ON "t146"."cppv_cp_visit_date" >= "t105"."_from"
                                  AND "t146"."cppv_cp_visit_date" <= "t105"."month_end"
                              ) AS "t181"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t211"
                          ) AS "t240"
                            ON "t282"."la_code" = "t240"."la_code"
                            AND "t282"."month" = "t240"."month"
                            AND "t282"."cppl_person_id" = "t240"."cppl_person_id"
                        ) AS "t318"
                      ) AS "t347"
                    ) AS "t365"
                    LEFT OUTER JOIN "t23" AS "t48"
                      ON "t365"."last_visit" = "t48"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t365"."month_end" = "t50"."_wd_b__date"
                  ) AS "t391"
                ) AS "t408"
                GROUP BY
                  1,
                  2
              ) AS "t431"
                ON "t18"."la_code" = "t431"."la_code" AND "t19"."month" = "t431"."month"
            ) AS "t437"
            ORDER BY
              "t437"."la_code" ASC,
              "t437"."month" ASC
          ) AS "t458"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t360"."la_code",
              "t360"."month",
              'cla_count' AS "indicator",
              "t360"."numerator",
              "t360"."denominator",
              "t360"."excluded",
              CAST("t360"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t328"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t287"."la_code",
                  "t287"."month",
                  SUM(CAST("t287"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t269"."la_code",
                    "t269"."month",
                    "t269"."month_end",
                    "t269"."rolling_start",
                    "t269"."person_id",
                    "t269"."cla_id",
                    "t269"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t269"
                ) AS "t287"
                GROUP BY
                  1,
                  2
              ) AS "t328"
                ON "t18"."la_code" = "t328"."la_code" AND "t19"."month" = "t328"."month"
            ) AS "t360"
            ORDER BY
              "t360"."la_code" ASC,
              "t360"."month" ASC
          ) AS "t380"
        ) AS "t460"
      ) AS "t467"
    ) AS "t468"
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
              "t361"."la_code",
              "t361"."month",
              'cla_per_10k' AS "indicator",
              "t361"."numerator",
              "t361"."denominator",
              "t361"."excluded",
              (
                CAST("t361"."numerator" AS DOUBLE) / "t361"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t328"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t234"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t287"."la_code",
                  "t287"."month",
                  SUM(CAST("t287"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t269"."la_code",
                    "t269"."month",
                    "t269"."month_end",
                    "t269"."rolling_start",
                    "t269"."person_id",
                    "t269"."cla_id",
                    "t269"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t269"
                ) AS "t287"
                GROUP BY
                  1,
                  2
              ) AS "t328"
                ON "t18"."la_code" = "t328"."la_code" AND "t19"."month" = "t328"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t152"."la_code",
                    "t152"."month",
                    "t152"."month_end",
                    "t152"."rolling_start",
                    "t152"."pop_year",
                    "t152"."year",
                    "t152"."population",
                    "t152"."source",
                    "t152"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t152"."la_code", "t152"."month"
                      ORDER BY "t152"."distance" ASC, "t152"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t109"."la_code",
                      "t109"."month",
                      "t109"."month_end",
                      "t109"."rolling_start",
                      "t109"."pop_year",
                      "t109"."year",
                      "t109"."population",
                      "t109"."source",
                      ABS("t109"."year" - "t109"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t73"."year",
                        "t73"."population",
                        "t73"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t6"
                        WHERE
                          "t6"."la_code" IN (
                            SELECT
                              *
                            FROM "t22"
                          )
                      ) AS "t73"
                        ON "t18"."la_code" = "t73"."la_code"
                    ) AS "t109"
                  ) AS "t152"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t234"
                ON "t18"."la_code" = "t234"."la_code" AND "t19"."month" = "t234"."month"
            ) AS "t361"
            ORDER BY
              "t361"."la_code" ASC,
              "t361"."month" ASC
          ) AS "t393"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t299"."la_code",
              "t299"."month",
              'cla_starts' AS "indicator",
              "t299"."numerator",
              "t299"."denominator",
              "t299"."excluded",
              CAST("t299"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t265"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t220"."la_code",
                  "t220"."month",
                  SUM(CAST("t220"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t201"."la_code",
                    "t201"."first_episode_start",
                    "t201"."clae_person_id",
                    "t201"."cla_id",
                    "t201"."period_start",
                    "t201"."month",
                    "t201"."month_end",
                    "t201"."rolling_start",
                    "t201"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t164"."la_code",
                      "t164"."first_episode_start",
                      "t164"."clae_person_id",
                      "t164"."cla_id",
                      "t164"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t164"
                    INNER JOIN "_months" AS "t19"
                      ON "t164"."first_episode_start" >= "t19"."month"
                      AND "t164"."first_episode_start" <= "t19"."month_end"
                  ) AS "t201"
                ) AS "t220"
                GROUP BY
                  1,
                  2
              ) AS "t265"
                ON "t18"."la_code" = "t265"."la_code" AND "t19"."month" = "t265"."month"
            ) AS "t299"
            ORDER BY
              "t299"."la_code" ASC,
              "t299"."month" ASC
          ) AS "t323"
        ) AS "t397"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t459"."la_code",
              "t459"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t459"."numerator",
              "t459"."denominator",
              "t459"."excluded",
              CASE
                WHEN "t459"."denominator" > 0
                THEN (
                  CAST("t459"."numerator" AS DOUBLE) / "t459"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t448"."numerator", 0) AS "numerator",
                COALESCE("t448"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t430"."la_code",
                  "t430"."month",
                  SUM(CAST("t430"."_kept" AND COALESCE("t430"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t430"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t407"."la_code",
                    "t407"."month",
                    "t407"."month_end",
                    "t407"."rolling_start",
                    "t407"."person_id",
                    "t407"."cla_id",
                    "t407"."episode_start",
                    "t407"."placement_start",
                    "t407"."long_term",
                    "t407"."p",
                    "t407"."v",
                    CASE
                      WHEN "t407"."v" IS NULL
                      THEN "t407"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t407"."long_term", FALSE)
                      AND (
                        "t407"."v" >= (
                          "t407"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t407"."v" + INTERVAL '91' DAY
                      ELSE "t407"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t407"."v" IS NULL
                      THEN "t407"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t407"."long_term", FALSE)
                      AND (
                        "t407"."v" >= (
                          "t407"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t407"."v" + INTERVAL '91' DAY
                      ELSE "t407"."v" + INTERVAL '42' DAY
                    END >= "t407"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t403".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t388"."la_code",
                        "t388"."month",
                        "t388"."month_end",
                        "t388"."rolling_start",
                        "t388"."person_id",
                        "t388"."cla_id",
                        "t388"."episode_start",
                        "t388"."placement_start",
                        "t388"."long_term",
                        "t388"."p",
                        "t388"."_latest",
                        CASE WHEN "t388"."_latest" >= "t388"."p" THEN "t388"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t364"."la_code",
                          "t364"."month",
                          "t364"."month_end",
                          "t364"."rolling_start",
                          "t364"."person_id",
                          "t364"."cla_id",
                          "t364"."episode_start",
                          "t364"."placement_start",
                          "t364"."long_term",
                          "t364"."p",
                          "t239"."_latest"
                        FROM (
                          SELECT
                            "t324"."la_code",
                            "t324"."month",
                            "t324"."month_end",
                            "t324"."rolling_start",
                            "t324"."person_id",
                            "t324"."cla_id",
                            "t324"."episode_start",
                            "t324"."placement_start",
                            "t324"."long_term",
                            COALESCE("t324"."placement_start", "t324"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t277"."la_code",
                              "t277"."month",
                              "t277"."month_end",
                              "t277"."rolling_start",
                              "t277"."person_id",
                              "t277"."cla_id",
                              "t277"."episode_start",
                              "t288"."placement_start",
                              "t288"."long_term"
                            FROM "cohort_looked_after" AS "t277"
                            LEFT OUTER JOIN (
                              SELECT
                                "t191"."la_code",
                                "t19"."month",
                                "t191"."clap_cla_id" AS "cla_id",
                                "t191"."clap_cla_placement_start_date" AS "placement_start",
                                "t191"."clap_long_term" AS "long_term"
                              FROM "t169" AS "t191"
                              INNER JOIN "_months" AS "t19"
                                ON "t191"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t191"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t191"."la_code",
                                  "t191"."clap_cla_placement_id" AS "_superseded",
                                  "t192"."clap_cla_placement_start_date" AS "_start",
                                  "t192"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t169" AS "t191"
                                INNER JOIN "t169" AS "t192"
                                  ON "t191"."la_code" = "t192"."la_code"
                                  AND "t191"."clap_cla_id" = "t192"."clap_cla_id"
                                  AND "t192"."clap_cla_placement_start_date" >= "t191"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t192"."clap_cla_placement_start_date" > "t191"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t192"."clap_cla_placement_id" > "t191"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t192"."clap_cla_placement_start_date" < COALESCE("t191"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t192"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t192"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t252"
                                ON "t191"."la_code" = "t252"."la_code"
                                AND "t19"."month" = "t252"."month"
                                AND "t191"."clap_cla_placement_id" = "t252"."_superseded"
                            ) AS "t288"
                              ON "t277"."la_code" = "t288"."la_code"
                              AND "t277"."month" = "t288"."month"
                              AND "t277"."cla_id" = "t288"."cla_id"
                          ) AS "t324"
                          WHERE
                            COALESCE("t324"."placement_start", "t324"."episode_start") <= (
                              "t324"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t364"
                        LEFT OUTER JOIN (
                          SELECT
                            "t210"."la_code",
                            "t210"."month",
                            "t210"."clav_person_id" AS "person_id",
                            "t210"."_latest"
                          FROM (
                            SELECT
                              "t180"."la_code",
                              "t180"."month",
                              "t180"."clav_person_id",
                              MAX("t180"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t145"."la_code",
                                "t145"."clav_person_id",
                                "t145"."clav_cla_visit_date",
                                "t45"."month",
                                "t45"."month_end",
                                "t45"."_from"
                              FROM (
                                SELECT
                                  "t114"."la_code",
                                  "t114"."clav_person_id",
                                  "t114"."clav_cla_visit_date"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cla_visits" AS "t13"
                                    WHERE
                                      "t13"."la_code" IN (
                                        SELECT
                                          *
                                        FROM "t22"
                                      )
                                  ) AS "t62"
                                  WHERE
                                    COALESCE("t62"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t62"."la_code" IN (
                                        SELECT
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_visits'
                                          AND "t16"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t114"
                              ) AS "t145"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t45"
                                ON "t145"."clav_cla_visit_date" >= "t45"."_from"
                                AND "t145"."clav_cla_visit_date" <= "t45"."month_end"
                            ) AS "t180"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t210"
                        ) AS "t239"
                          ON "t364"."la_code" = "t239"."la_code"
                          AND "t364"."month" = "t239"."month"
                          AND "t364"."person_id" = "t239"."person_id"
                      ) AS "t388"
                    ) AS "t403"
                  ) AS "t407"
                ) AS "t430"
                GROUP BY
                  1,
                  2
              ) AS "t448"
                ON "t18"."la_code" = "t448"."la_code" AND "t19"."month" = "t448"."month"
            ) AS "t459"
            ORDER BY
              "t459"."la_code" ASC,
              "t459"."month" ASC
          ) AS "t463"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t471"."la_code",
              "t471"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t471"."numerator",
              "t471"."denominator",
              "t471"."excluded",
              CASE
                WHEN "t471"."denominator" > 0
                THEN (
                  CAST("t471"."numerator" AS DOUBLE) / "t471"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t470"."numerator", 0) AS "numerator",
                COALESCE("t470"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t466"."la_code",
                  "t466"."month",
                  SUM(CAST("t466"."_kept" AND COALESCE("t466"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t466"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t462"."la_code",
                    "t462"."month",
                    "t462"."month_end",
                    "t462"."first_due",
                    "t462"."person_id",
                    "t462"."period_start",
                    "t462"."plan_id",
                    "t462"."held_n",
                    "t462"."last",
                    "t462"."late_held",
                    CASE
                      WHEN "t462"."held_n" = 0
                      THEN "t462"."first_due"
                      WHEN "t462"."held_n" = 1
                      THEN "t462"."last" + INTERVAL '3' MONTH
                      ELSE "t462"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t462"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t462"."held_n" = 0
                        THEN "t462"."first_due"
                        WHEN "t462"."held_n" = 1
                        THEN "t462"."last" + INTERVAL '3' MONTH
                        ELSE "t462"."last" + INTERVAL '6' MONTH
                      END > "t462"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t362"."la_code",
                      "t362"."month",
                      "t362"."month_end",
                      "t362"."first_due",
                      "t362"."person_id",
                      "t362"."period_start",
                      "t362"."plan_id",
                      COALESCE("t457"."k" + 1, 0) AS "held_n",
                      "t457"."date" AS "last",
                      COALESCE("t457"."first_late" <= "t457"."k", FALSE) AS "late_held"
                    FROM "t346" AS "t362"
                    LEFT OUTER JOIN (
                      SELECT
                        "t421"."la_code",
                        "t421"."plan_id",
                        "t421"."date",
                        "t421"."k",
                        "t421"."following",
                        "t439"."first_late"
                      FROM (
                        SELECT
                          "t411"."la_code",
                          "t411"."plan_id",
                          "t411"."date",
                          "t411"."k",
                          "t411"."following"
                        FROM "t406" AS "t411"
                      ) AS "t421"
                      LEFT OUTER JOIN (
                        SELECT
                          "t433"."la_code",
                          "t433"."plan_id",
                          MIN("t433"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t411"."la_code",
                              "t411"."first_due",
                              "t411"."plan_id",
                              "t411"."date",
                              "t411"."review_id",
                              "t411"."k",
                              "t411"."prev",
                              "t411"."following",
                              "t411"."date" > CASE
                                WHEN "t411"."k" = 0
                                THEN "t411"."first_due"
                                WHEN "t411"."k" = 1
                                THEN "t411"."prev" + INTERVAL '3' MONTH
                                ELSE "t411"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t406" AS "t411"
                          ) AS "t424"
                          WHERE
                            "t424"."late"
                        ) AS "t433"
                        GROUP BY
                          1,
                          2
                      ) AS "t439"
                        ON "t421"."la_code" = "t439"."la_code" AND "t421"."plan_id" = "t439"."plan_id"
                    ) AS "t457"
                      ON "t362"."la_code" = "t457"."la_code"
                      AND "t362"."plan_id" = "t457"."plan_id"
                      AND "t457"."date" <= "t362"."month_end"
                      AND COALESCE("t457"."following", MAKE_DATE(9999, 12, 31)) > "t362"."month_end"
                  ) AS "t462"
                ) AS "t466"
                GROUP BY
                  1,
                  2
              ) AS "t470"
                ON "t18"."la_code" = "t470"."la_code" AND "t19"."month" = "t470"."month"
            ) AS "t471"
            ORDER BY
              "t471"."la_code" ASC,
              "t471"."month" ASC
          ) AS "t472"
        ) AS "t473"
      ) AS "t474"
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
              "t429"."la_code",
              "t429"."month",
              'cla_3plus_placements' AS "indicator",
              "t429"."numerator",
              "t429"."denominator",
              "t429"."excluded",
              CASE
                WHEN "t429"."denominator" > 0
                THEN (
                  CAST("t429"."numerator" AS DOUBLE) / "t429"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t418"."numerator", 0) AS "numerator",
                COALESCE("t418"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t394"."la_code",
                  "t394"."month",
                  SUM(CAST("t394"."_kept" AND COALESCE("t394"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t394"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t367"."la_code",
                    "t367"."month",
                    "t367"."month_end",
                    "t367"."rolling_start",
                    "t367"."person_id",
                    "t367"."cla_id",
                    "t367"."episode_start",
                    "t367"."placements",
                    COALESCE("t367"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t277"."la_code",
                      "t277"."month",
                      "t277"."month_end",
                      "t277"."rolling_start",
                      "t277"."person_id",
                      "t277"."cla_id",
                      "t277"."episode_start",
                      "t340"."placements"
                    FROM "cohort_looked_after" AS "t277"
                    LEFT OUTER JOIN (
                      SELECT
                        "t312"."la_code",
                        "t312"."month",
                        "t312"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t277"."la_code",
                          "t277"."month",
                          "t277"."month_end",
                          "t277"."rolling_start",
                          "t277"."person_id",
                          "t277"."cla_id",
                          "t277"."episode_start",
                          "t156"."la_code" AS "la_code_right",
                          "t156"."clap_cla_placement_id",
                          "t156"."clap_cla_id",
                          "t156"."clap_cla_placement_start_date",
                          "t156"."clap_cla_placement_end_date",
                          "t156"."clap_cla_placement_type",
                          "t156"."clap_long_term",
                          "t156"."cla_id" AS "cla_id_right",
                          "t156"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t277"
                        INNER JOIN (
                          SELECT
                            "t84"."la_code",
                            "t84"."clap_cla_placement_id",
                            "t84"."clap_cla_id",
                            "t84"."clap_cla_placement_start_date",
                            "t84"."clap_cla_placement_end_date",
                            "t84"."clap_cla_placement_type",
                            "t84"."clap_long_term",
                            "t102"."cla_id",
                            "t102"."person_id"
                          FROM "t61" AS "t84"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t76"."la_code",
                              "t76"."clae_cla_id" AS "cla_id",
                              "t76"."clae_person_id" AS "person_id"
                            FROM "t60" AS "t76"
                          ) AS "t102"
                            ON "t84"."la_code" = "t102"."la_code" AND "t84"."clap_cla_id" = "t102"."cla_id"
                        ) AS "t156"
                          ON "t277"."la_code" = "t156"."la_code"
                          AND "t277"."person_id" = "t156"."person_id"
                          AND "t156"."clap_cla_placement_start_date" <= "t277"."month_end"
                          AND COALESCE("t156"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t277"."rolling_start"
                      ) AS "t312"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t340"
                      ON "t277"."la_code" = "t340"."la_code"
                      AND "t277"."month" = "t340"."month"
                      AND "t277"."person_id" = "t340"."person_id"
                  ) AS "t367"
                ) AS "t394"
                GROUP BY
                  1,
                  2
              ) AS "t418"
                ON "t18"."la_code" = "t418"."la_code" AND "t19"."month" = "t418"."month"
            ) AS "t429"
            ORDER BY
              "t429"."la_code" ASC,
              "t429"."month" ASC
          ) AS "t443"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t354"."la_code",
              "t354"."month",
              'cin_count' AS "indicator",
              "t354"."numerator",
              "t354"."denominator",
              "t354"."excluded",
              CAST("t354"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t325"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t281"."la_code",
                  "t281"."month",
                  SUM(CAST("t281"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t267"."la_code",
                    "t267"."month",
                    "t267"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t267"
                ) AS "t281"
                GROUP BY
                  1,
                  2
              ) AS "t325"
                ON "t18"."la_code" = "t325"."la_code" AND "t19"."month" = "t325"."month"
            ) AS "t354"
            ORDER BY
              "t354"."la_code" ASC,
              "t354"."month" ASC
          ) AS "t373"
        ) AS "t447"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t355"."la_code",
              "t355"."month",
              'cin_per_10k' AS "indicator",
              "t355"."numerator",
              "t355"."denominator",
              "t355"."excluded",
              (
                CAST("t355"."numerator" AS DOUBLE) / "t355"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t325"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t234"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t281"."la_code",
                  "t281"."month",
                  SUM(CAST("t281"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t267"."la_code",
                    "t267"."month",
                    "t267"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t267"
                ) AS "t281"
                GROUP BY
                  1,
                  2
              ) AS "t325"
                ON "t18"."la_code" = "t325"."la_code" AND "t19"."month" = "t325"."month"
              INNER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  "t198"."pop_year",
                  "t198"."population",
                  "t198"."year" AS "year_used"
                FROM (
                  SELECT
                    "t152"."la_code",
                    "t152"."month",
                    "t152"."month_end",
                    "t152"."rolling_start",
                    "t152"."pop_year",
                    "t152"."year",
                    "t152"."population",
                    "t152"."source",
                    "t152"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t152"."la_code", "t152"."month"
                      ORDER BY "t152"."distance" ASC, "t152"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t109"."la_code",
                      "t109"."month",
                      "t109"."month_end",
                      "t109"."rolling_start",
                      "t109"."pop_year",
                      "t109"."year",
                      "t109"."population",
                      "t109"."source",
                      ABS("t109"."year" - "t109"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t73"."year",
                        "t73"."population",
                        "t73"."source"
                      FROM "_councils" AS "t18"
                      CROSS JOIN "_months" AS "t19"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "populations" AS "t6"
                        WHERE
                          "t6"."la_code" IN (
                            SELECT
                              *
                            FROM "t22"
                          )
                      ) AS "t73"
                        ON "t18"."la_code" = "t73"."la_code"
                    ) AS "t109"
                  ) AS "t152"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t234"
                ON "t18"."la_code" = "t234"."la_code" AND "t19"."month" = "t234"."month"
            ) AS "t355"
            ORDER BY
              "t355"."la_code" ASC,
              "t355"."month" ASC
          ) AS "t389"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t404"."la_code",
              "t404"."month",
              'caseload_mean' AS "indicator",
              "t404"."numerator",
              "t404"."denominator",
              "t404"."excluded",
              CASE
                WHEN "t404"."denominator" > 0
                THEN (
                  CAST("t404"."numerator" AS DOUBLE) / "t404"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t392"."numerator", 0) AS "numerator",
                COALESCE("t392"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t351"."la_code",
                  "t351"."month",
                  SUM(CASE WHEN "t351"."_kept" THEN COALESCE("t351"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t351"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t337"."la_code",
                    "t337"."month",
                    "t337"."worker_id",
                    "t337"."team_id",
                    "t337"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t337"
                ) AS "t351"
                GROUP BY
                  1,
                  2
              ) AS "t392"
                ON "t18"."la_code" = "t392"."la_code" AND "t19"."month" = "t392"."month"
            ) AS "t404"
            ORDER BY
              "t404"."la_code" ASC,
              "t404"."month" ASC
          ) AS "t423"
        ) AS "t428"
      ) AS "t451"
    ) AS "t475"
  ) AS "t476"
) AS "t477"
ORDER BY
  "t477"."indicator" ASC,
  "t477"."la_code" ASC,
  "t477"."month" ASC
