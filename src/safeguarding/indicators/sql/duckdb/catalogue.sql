-- safeguarding compiled query {"code": "48cfeb47fbc4b822", "policy": "5a5babdd74a484f2", "query": "catalogue"}
WITH "t22" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t24" AS (
  SELECT
    "t7"."wd_ordinal" AS "_wd_a",
    "t7"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t7"
), "t25" AS (
  SELECT
    "t7"."wd_ordinal" AS "_wd_b",
    "t7"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t7"
), "t34" AS (
  SELECT
    MIN("t1"."rolling_start") AS "_lo",
    MAX("t1"."month_end") AS "_hi"
  FROM "_months" AS "t1"
), "t55" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t3"
  WHERE
    "t3"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t56" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t61" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t62" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t11"
  WHERE
    "t11"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t63" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t12"
  WHERE
    "t12"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t89" AS (
  SELECT
    "t59"."la_code",
    "t59"."invo_involvements_id",
    "t59"."invo_person_id",
    "t59"."invo_professional_id",
    "t59"."invo_professional_role_id",
    "t59"."invo_professional_team",
    "t59"."invo_involvement_start_date",
    "t59"."invo_involvement_end_date",
    "t59"."invo_worker_change_reason",
    "t59"."invo_referral_id",
    CAST("t59"."invo_involvement_start_date" AS DATE) AS "_start",
    CAST("t59"."invo_involvement_end_date" AS DATE) AS "_end"
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
  ) AS "t59"
  WHERE
    "t59"."invo_professional_id" IS NOT NULL
), "t97" AS (
  SELECT
    "t82"."la_code",
    "t82"."cppl_cp_plan_id",
    "t82"."cppl_person_id",
    "t82"."cppl_cp_plan_start_date",
    "t82"."cppl_cp_plan_end_date",
    "t82"."cppl_cp_plan_initial_category",
    "t82"."cppl_cp_plan_latest_category",
    "t82"."cppl_icpc_id",
    "t69"."_lo",
    "t69"."_hi"
  FROM "t56" AS "t82"
  CROSS JOIN "t34" AS "t69"
), "cohort_contacts_in_month" AS (
  SELECT
    "t74"."la_code",
    "t74"."cont_contact_id",
    "t74"."cont_person_id",
    "t74"."cont_contact_date",
    "t74"."cont_contact_source_code",
    "t74"."cont_contact_outcome_json",
    "t74"."cont_screening_date",
    "t74"."cont_screened_by_qualified",
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
  ) AS "t74"
  INNER JOIN "_months" AS "t19"
    ON CAST("t74"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t74"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "t137" AS (
  SELECT
    "t94"."la_code",
    "t94"."cine_referral_id",
    "t94"."cine_person_id",
    "t94"."cine_referral_date",
    "t94"."cine_referral_source_code",
    "t94"."cine_referral_nfa",
    "t94"."cine_cin_primary_need_code",
    "t94"."cine_close_date",
    "t94"."cine_close_reason"
  FROM (
    SELECT
      "t81"."la_code",
      "t81"."cine_referral_id",
      "t81"."cine_person_id",
      "t81"."cine_referral_date",
      "t81"."cine_referral_source_code",
      "t81"."cine_referral_nfa",
      "t81"."cine_cin_primary_need_code",
      "t81"."cine_close_date",
      "t81"."cine_close_reason",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t55" AS "t81"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t94"
  WHERE
    "t94"."cine_referral_date" <= "t94"."_last_end"
    AND COALESCE("t94"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t94"."_first_end"
), "cohort_open_plans" AS (
  SELECT
    "t82"."la_code",
    "t82"."cppl_cp_plan_id",
    "t82"."cppl_person_id",
    "t82"."cppl_cp_plan_start_date",
    "t82"."cppl_cp_plan_end_date",
    "t82"."cppl_cp_plan_initial_category",
    "t82"."cppl_cp_plan_latest_category",
    "t82"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "t56" AS "t82"
  INNER JOIN "_months" AS "t19"
    ON "t82"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t82"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "t145" AS (
  SELECT
    "t102"."la_code",
    "t102"."clae_cla_episode_id",
    "t102"."clae_person_id",
    "t102"."clae_cla_id",
    "t102"."clae_cla_episode_start_date",
    "t102"."clae_cla_episode_ceased_date",
    "t102"."clae_entered_care_date",
    "t102"."clae_cla_placement_id"
  FROM (
    SELECT
      "t85"."la_code",
      "t85"."clae_cla_episode_id",
      "t85"."clae_person_id",
      "t85"."clae_cla_id",
      "t85"."clae_cla_episode_start_date",
      "t85"."clae_cla_episode_ceased_date",
      "t85"."clae_entered_care_date",
      "t85"."clae_cla_placement_id",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t62" AS "t85"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t102"
  WHERE
    "t102"."clae_cla_episode_start_date" <= "t102"."_last_end"
    AND COALESCE("t102"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t102"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t103"."la_code",
    "t103"."first_episode_start",
    "t103"."clae_person_id",
    "t103"."clae_cla_id" AS "cla_id",
    COALESCE("t103"."entered", "t103"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t78"."la_code",
      "t78"."clae_cla_id",
      MIN("t78"."clae_entered_care_date") AS "entered",
      MIN("t78"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t78"."clae_person_id") AS "clae_person_id"
    FROM "t62" AS "t78"
    GROUP BY
      1,
      2
  ) AS "t103"
), "t170" AS (
  SELECT
    "t129"."la_code",
    "t129"."invo_involvements_id",
    "t129"."invo_person_id",
    "t129"."invo_professional_id",
    "t129"."invo_professional_role_id",
    "t129"."invo_professional_team",
    "t129"."invo_involvement_start_date",
    "t129"."invo_involvement_end_date",
    "t129"."invo_worker_change_reason",
    "t129"."invo_referral_id",
    "t129"."_start",
    "t129"."_end"
  FROM (
    SELECT
      "t113"."la_code",
      "t113"."invo_involvements_id",
      "t113"."invo_person_id",
      "t113"."invo_professional_id",
      "t113"."invo_professional_role_id",
      "t113"."invo_professional_team",
      "t113"."invo_involvement_start_date",
      "t113"."invo_involvement_end_date",
      "t113"."invo_worker_change_reason",
      "t113"."invo_referral_id",
      "t113"."_start",
      "t113"."_end",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t89" AS "t113"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t129"
  WHERE
    "t129"."_start" <= "t129"."_last_end"
    AND COALESCE("t129"."_end", MAKE_DATE(9999, 12, 31)) > "t129"."_first_end"
), "t171" AS (
  SELECT
    "t132"."la_code",
    "t132"."clap_cla_placement_id",
    "t132"."clap_cla_id",
    "t132"."clap_cla_placement_start_date",
    "t132"."clap_cla_placement_end_date",
    "t132"."clap_cla_placement_type",
    "t132"."clap_long_term"
  FROM (
    SELECT
      "t115"."la_code",
      "t115"."clap_cla_placement_id",
      "t115"."clap_cla_id",
      "t115"."clap_cla_placement_start_date",
      "t115"."clap_cla_placement_end_date",
      "t115"."clap_cla_placement_type",
      "t115"."clap_long_term",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM (
      SELECT
        *
      FROM "t63" AS "t79"
      WHERE
        "t79"."la_code" IN (
          SELECT
            "t16"."la_code"
          FROM "_supplied" AS "t16"
          WHERE
            "t16"."table_name" = 'ssd_cla_placement'
            AND "t16"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t115"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t132"
  WHERE
    "t132"."clap_cla_placement_start_date" <= "t132"."_last_end"
    AND COALESCE("t132"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t132"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t150"."la_code",
    "t150"."month",
    "t150"."month_end",
    "t150"."cppl_person_id",
    MIN("t150"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t150"
  GROUP BY
    1,
    2,
    3,
    4
), "t188" AS (
  SELECT
    "t150"."la_code",
    "t150"."month",
    "t150"."month_end",
    "t150"."cppl_cp_plan_id" AS "plan_id",
    "t150"."cppl_cp_plan_start_date" AS "start",
    "t150"."cppl_person_id" AS "person_id",
    "t150"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t150"
  WHERE
    (
      "t150"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t150"."month_end"
), "cohort_in_need" AS (
  SELECT
    "t159"."la_code",
    "t19"."month",
    "t159"."cine_person_id"
  FROM "t137" AS "t159"
  INNER JOIN "_months" AS "t19"
    ON "t159"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t159"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t159"."la_code",
      "t159"."cine_referral_id" AS "_superseded",
      "t160"."cine_referral_date" AS "_start",
      "t160"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t137" AS "t159"
    INNER JOIN "t137" AS "t160"
      ON "t159"."la_code" = "t160"."la_code"
      AND "t159"."cine_person_id" = "t160"."cine_person_id"
      AND "t160"."cine_referral_date" >= "t159"."cine_referral_date"
      AND (
        (
          "t160"."cine_referral_date" > "t159"."cine_referral_date"
        )
        OR (
          "t160"."cine_referral_id" > "t159"."cine_referral_id"
        )
      )
      AND "t160"."cine_referral_date" < COALESCE("t159"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t160"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t160"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t216"
    ON "t159"."la_code" = "t216"."la_code"
    AND "t19"."month" = "t216"."month"
    AND "t159"."cine_referral_id" = "t216"."_superseded"
), "cohort_looked_after" AS (
  SELECT
    "t164"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t164"."clae_person_id" AS "person_id",
    "t164"."clae_cla_id" AS "cla_id",
    "t164"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t145" AS "t164"
  INNER JOIN "_months" AS "t19"
    ON "t164"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t164"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t164"."la_code",
      "t164"."clae_cla_episode_id" AS "_superseded",
      "t165"."clae_cla_episode_start_date" AS "_start",
      "t165"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t145" AS "t164"
    INNER JOIN "t145" AS "t165"
      ON "t164"."la_code" = "t165"."la_code"
      AND "t164"."clae_person_id" = "t165"."clae_person_id"
      AND "t165"."clae_cla_episode_start_date" >= "t164"."clae_cla_episode_start_date"
      AND (
        (
          "t165"."clae_cla_episode_start_date" > "t164"."clae_cla_episode_start_date"
        )
        OR (
          "t165"."clae_cla_episode_id" > "t164"."clae_cla_episode_id"
        )
      )
      AND "t165"."clae_cla_episode_start_date" < COALESCE("t164"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t165"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t165"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t221"
    ON "t164"."la_code" = "t221"."la_code"
    AND "t19"."month" = "t221"."month"
    AND "t164"."clae_cla_episode_id" = "t221"."_superseded"
), "t285" AS (
  SELECT
    "t247"."la_code",
    "t247"."plan_id",
    "t247"."date",
    "t247"."review_id",
    "t247"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t247"."la_code", "t247"."plan_id"
      ORDER BY "t247"."date" ASC, "t247"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t247"."date") OVER (
      PARTITION BY "t247"."la_code", "t247"."plan_id"
      ORDER BY "t247"."date" ASC, "t247"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t247"."date") OVER (
      PARTITION BY "t247"."la_code", "t247"."plan_id"
      ORDER BY "t247"."date" ASC, "t247"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t161"."la_code",
      "t161"."plan_id",
      "t161"."date",
      "t161"."review_id",
      "t161"."first_due"
    FROM (
      SELECT
        "t122"."la_code",
        "t122"."cppr_cp_plan_id" AS "plan_id",
        "t122"."cppr_cp_review_date" AS "date",
        "t122"."cppr_cp_review_id" AS "review_id",
        "t122"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t80"."la_code",
          "t80"."cppr_cp_review_id",
          "t80"."cppr_person_id",
          "t80"."cppr_cp_plan_id",
          "t80"."cppr_cp_review_due",
          "t80"."cppr_cp_review_date",
          "t83"."cppl_cp_plan_id",
          "t83"."cppl_person_id",
          "t83"."cppl_cp_plan_start_date",
          "t83"."cppl_cp_plan_end_date",
          "t83"."cppl_cp_plan_initial_category",
          "t83"."cppl_cp_plan_latest_category",
          "t83"."cppl_icpc_id"
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
        ) AS "t80"
        INNER JOIN "t56" AS "t83"
          ON "t80"."la_code" = "t83"."la_code"
          AND "t80"."cppr_cp_plan_id" = "t83"."cppl_cp_plan_id"
      ) AS "t122"
      WHERE
        "t122"."cppr_cp_review_date" >= "t122"."cppl_cp_plan_start_date"
    ) AS "t161"
    SEMI JOIN "t188" AS "t209"
      ON "t161"."la_code" = "t209"."la_code" AND "t161"."plan_id" = "t209"."plan_id"
  ) AS "t247"
), "cohort_allocated" AS (
  SELECT
    "t191"."la_code",
    "t19"."month",
    "t191"."invo_person_id" AS "person_id",
    "t191"."invo_professional_id" AS "worker_id",
    "t191"."invo_professional_team" AS "team_id"
  FROM "t170" AS "t191"
  INNER JOIN "_months" AS "t19"
    ON "t191"."_start" <= "t19"."month_end"
    AND COALESCE("t191"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t191"."la_code",
      "t191"."invo_involvements_id" AS "_superseded",
      "t192"."_start",
      "t192"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t170" AS "t191"
    INNER JOIN "t170" AS "t192"
      ON "t191"."la_code" = "t192"."la_code"
      AND "t191"."invo_person_id" = "t192"."invo_person_id"
      AND "t192"."invo_involvement_start_date" >= "t191"."invo_involvement_start_date"
      AND (
        (
          "t192"."invo_involvement_start_date" > "t191"."invo_involvement_start_date"
        )
        OR (
          "t192"."invo_involvements_id" > "t191"."invo_involvements_id"
        )
      )
      AND "t192"."_start" < COALESCE("t191"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t192"."_start" <= "t20"."month_end"
      AND COALESCE("t192"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t250"
    ON "t191"."la_code" = "t250"."la_code"
    AND "t19"."month" = "t250"."month"
    AND "t191"."invo_involvements_id" = "t250"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t298"."la_code",
    "t298"."month",
    "t298"."worker_id",
    MAX("t298"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t298"
  GROUP BY
    1,
    2,
    3
), "t348" AS (
  SELECT
    "t315"."la_code",
    "t315"."month",
    "t315"."month_end",
    "t315"."first_due",
    "t315"."person_id",
    "t315"."period_start",
    "t315"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t279"."la_code",
      "t279"."month",
      "t279"."month_end",
      "t279"."rolling_start",
      "t279"."person_id",
      "t279"."cla_id",
      "t279"."episode_start",
      "t253"."first_episode_start",
      "t253"."clae_person_id",
      "t253"."period_start",
      "t253"."first_due",
      "t51"."_wd_a",
      "t53"."_wd_b"
    FROM "cohort_looked_after" AS "t279"
    INNER JOIN (
      SELECT
        "t228".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t204"."la_code",
          "t204"."first_episode_start",
          "t204"."clae_person_id",
          "t204"."cla_id",
          "t204"."period_start",
          "t204"."wd21",
          "t204"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t166"."la_code",
            "t166"."first_episode_start",
            "t166"."clae_person_id",
            "t166"."cla_id",
            "t166"."period_start",
            "t41"."wd21"
          FROM "cohort_period_starts" AS "t166"
          LEFT OUTER JOIN (
            SELECT
              "t7"."wd_ordinal" AS "_wd_from",
              "t7"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t7"
          ) AS "t38"
            ON "t166"."period_start" = "t38"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t7"."wd_ordinal" AS "_wd_to",
              "t7"."date" AS "wd21"
            FROM "_calendar" AS "t7"
            WHERE
              "t7"."is_working_day"
          ) AS "t41"
            ON (
              "t38"."_wd_from" + 21
            ) = "t41"."_wd_to"
        ) AS "t204"
      ) AS "t228"
    ) AS "t253"
      ON "t279"."la_code" = "t253"."la_code" AND "t279"."cla_id" = "t253"."cla_id"
    LEFT OUTER JOIN "t24" AS "t51"
      ON "t253"."period_start" = "t51"."_wd_a__date"
    LEFT OUTER JOIN "t25" AS "t53"
      ON "t279"."month_end" = "t53"."_wd_b__date"
  ) AS "t315"
  WHERE
    (
      "t315"."_wd_b" - "t315"."_wd_a"
    ) > 20
), "t408" AS (
  SELECT
    "t389"."la_code",
    "t389"."first_due",
    "t389"."plan_id",
    "t389"."date",
    "t389"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t389"."la_code", "t389"."plan_id"
      ORDER BY "t389"."date" ASC, "t389"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t389"."date") OVER (
      PARTITION BY "t389"."la_code", "t389"."plan_id"
      ORDER BY "t389"."date" ASC, "t389"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t389"."date") OVER (
      PARTITION BY "t389"."la_code", "t389"."plan_id"
      ORDER BY "t389"."date" ASC, "t389"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t316"."la_code",
      "t316"."first_due",
      "t316"."plan_id",
      "t316"."date",
      "t316"."review_id"
    FROM (
      SELECT
        "t280"."la_code",
        "t280"."first_due",
        "t280"."clar_cla_id" AS "plan_id",
        "t280"."clar_cla_review_date" AS "date",
        "t280"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t118"."la_code",
          "t118"."clar_cla_review_id",
          "t118"."clar_cla_id",
          "t118"."clar_cla_review_due_date",
          "t118"."clar_cla_review_date",
          "t118"."clar_cla_review_cancelled",
          "t253"."first_episode_start",
          "t253"."clae_person_id",
          "t253"."cla_id",
          "t253"."period_start",
          "t253"."first_due"
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
          ) AS "t67"
          WHERE
            NOT (
              COALESCE("t67"."clar_cla_review_cancelled", FALSE)
            )
        ) AS "t118"
        INNER JOIN (
          SELECT
            "t228".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t204"."la_code",
              "t204"."first_episode_start",
              "t204"."clae_person_id",
              "t204"."cla_id",
              "t204"."period_start",
              "t204"."wd21",
              "t204"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t166"."la_code",
                "t166"."first_episode_start",
                "t166"."clae_person_id",
                "t166"."cla_id",
                "t166"."period_start",
                "t41"."wd21"
              FROM "cohort_period_starts" AS "t166"
              LEFT OUTER JOIN (
                SELECT
                  "t7"."wd_ordinal" AS "_wd_from",
                  "t7"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t7"
              ) AS "t38"
                ON "t166"."period_start" = "t38"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t7"."wd_ordinal" AS "_wd_to",
                  "t7"."date" AS "wd21"
                FROM "_calendar" AS "t7"
                WHERE
                  "t7"."is_working_day"
              ) AS "t41"
                ON (
                  "t38"."_wd_from" + 21
                ) = "t41"."_wd_to"
            ) AS "t204"
          ) AS "t228"
        ) AS "t253"
          ON "t118"."la_code" = "t253"."la_code" AND "t118"."clar_cla_id" = "t253"."cla_id"
      ) AS "t280"
      WHERE
        "t280"."clar_cla_review_date" >= "t280"."period_start"
    ) AS "t316"
    SEMI JOIN "t348" AS "t365"
      ON "t316"."la_code" = "t365"."la_code" AND "t316"."plan_id" = "t365"."plan_id"
  ) AS "t389"
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
            "t416"."la_code",
            "t416"."month",
            'caseload_over_policy' AS "indicator",
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
              COALESCE("t401"."numerator", 0) AS "numerator",
              COALESCE("t401"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t361"."la_code",
                "t361"."month",
                SUM(CAST("t361"."_kept" AND COALESCE("t361"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t361"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t339"."la_code",
                  "t339"."month",
                  "t339"."worker_id",
                  "t339"."team_id",
                  "t339"."amount",
                  "t339"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t339"
              ) AS "t361"
              GROUP BY
                1,
                2
            ) AS "t401"
              ON "t18"."la_code" = "t401"."la_code" AND "t19"."month" = "t401"."month"
          ) AS "t416"
          ORDER BY
            "t416"."la_code" ASC,
            "t416"."month" ASC
        ) AS "t434"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t424"."la_code",
            "t424"."month",
            'unallocated_cp_cla' AS "indicator",
            "t424"."numerator",
            "t424"."denominator",
            "t424"."excluded",
            CASE
              WHEN "t424"."denominator" > 0
              THEN (
                CAST("t424"."numerator" AS DOUBLE) / "t424"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t412"."numerator", 0) AS "numerator",
              COALESCE("t412"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t381"."la_code",
                "t381"."month",
                SUM(CAST("t381"."_kept" AND COALESCE("t381"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t381"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t368"."la_code",
                  "t368"."month",
                  "t368"."person_id",
                  "t368"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t341"."la_code",
                    "t341"."month",
                    "t341"."person_id",
                    COUNT("t341"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t308"."la_code",
                      "t308"."month",
                      "t308"."month_end",
                      "t308"."person_id",
                      "t112"."la_code" AS "la_code_right",
                      "t112"."invo_involvements_id",
                      "t112"."invo_person_id",
                      "t112"."invo_professional_id",
                      "t112"."invo_professional_role_id",
                      "t112"."invo_professional_team",
                      "t112"."invo_involvement_start_date",
                      "t112"."invo_involvement_end_date",
                      "t112"."invo_worker_change_reason",
                      "t112"."invo_referral_id",
                      "t112"."_start",
                      "t112"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t196"."la_code",
                          "t196"."month",
                          "t196"."month_end",
                          "t196"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t196"
                      ) AS "t218"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t271"."la_code",
                          "t271"."month",
                          "t271"."month_end",
                          "t271"."person_id"
                        FROM "cohort_looked_after" AS "t271"
                      ) AS "t288"
                    ) AS "t308"
                    LEFT OUTER JOIN "t89" AS "t112"
                      ON "t308"."la_code" = "t112"."la_code"
                      AND "t308"."person_id" = "t112"."invo_person_id"
                      AND "t112"."_start" <= "t308"."month_end"
                      AND COALESCE("t112"."_end", MAKE_DATE(9999, 12, 31)) > "t308"."month_end"
                  ) AS "t341"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t368"
              ) AS "t381"
              GROUP BY
                1,
                2
            ) AS "t412"
              ON "t18"."la_code" = "t412"."la_code" AND "t19"."month" = "t412"."month"
          ) AS "t424"
          ORDER BY
            "t424"."la_code" ASC,
            "t424"."month" ASC
        ) AS "t437"
      ) AS "t440"
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
              "t249"."la_code",
              "t249"."month",
              'contacts' AS "indicator",
              "t249"."numerator",
              "t249"."denominator",
              "t249"."excluded",
              CAST("t249"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t210"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t162"."la_code",
                  "t162"."month",
                  SUM(CAST("t162"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t143"."la_code",
                    "t143"."cont_contact_id",
                    "t143"."cont_person_id",
                    "t143"."cont_contact_date",
                    "t143"."cont_contact_source_code",
                    "t143"."cont_contact_outcome_json",
                    "t143"."cont_screening_date",
                    "t143"."cont_screened_by_qualified",
                    "t143"."month",
                    "t143"."month_end",
                    "t143"."rolling_start",
                    "t143"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t143"
                ) AS "t162"
                GROUP BY
                  1,
                  2
              ) AS "t210"
                ON "t18"."la_code" = "t210"."la_code" AND "t19"."month" = "t210"."month"
            ) AS "t249"
            ORDER BY
              "t249"."la_code" ASC,
              "t249"."month" ASC
          ) AS "t270"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t297"."la_code",
              "t297"."month",
              'contacts_screened_24h' AS "indicator",
              "t297"."numerator",
              "t297"."denominator",
              "t297"."excluded",
              CASE
                WHEN "t297"."denominator" > 0
                THEN (
                  CAST("t297"."numerator" AS DOUBLE) / "t297"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t266"."numerator", 0) AS "numerator",
                COALESCE("t266"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t198"."la_code",
                  "t198"."month",
                  SUM(CAST("t198"."_kept" AND COALESCE("t198"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t198"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t143"."la_code",
                    "t143"."cont_contact_id",
                    "t143"."cont_person_id",
                    "t143"."cont_contact_date",
                    "t143"."cont_contact_source_code",
                    "t143"."cont_contact_outcome_json",
                    "t143"."cont_screening_date",
                    "t143"."cont_screened_by_qualified",
                    "t143"."month",
                    "t143"."month_end",
                    "t143"."rolling_start",
                    "t143"."pop_year",
                    (
                      "t143"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t143"."cont_screening_date" <= (
                        "t143"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t143"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t143"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t143"
                ) AS "t198"
                GROUP BY
                  1,
                  2
              ) AS "t266"
                ON "t18"."la_code" = "t266"."la_code" AND "t19"."month" = "t266"."month"
            ) AS "t297"
            ORDER BY
              "t297"."la_code" ASC,
              "t297"."month" ASC
          ) AS "t346"
        ) AS "t352"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t276"."la_code",
              "t276"."month",
              'contacts_to_referral' AS "indicator",
              "t276"."numerator",
              "t276"."denominator",
              "t276"."excluded",
              CASE
                WHEN "t276"."denominator" > 0
                THEN (
                  CAST("t276"."numerator" AS DOUBLE) / "t276"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t248"."numerator", 0) AS "numerator",
                COALESCE("t248"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t178"."la_code",
                  "t178"."month",
                  SUM(CAST("t178"."_kept" AND COALESCE("t178"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t178"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t143"."la_code",
                    "t143"."cont_contact_id",
                    "t143"."cont_person_id",
                    "t143"."cont_contact_date",
                    "t143"."cont_contact_source_code",
                    "t143"."cont_contact_outcome_json",
                    "t143"."cont_screening_date",
                    "t143"."cont_screened_by_qualified",
                    "t143"."month",
                    "t143"."month_end",
                    "t143"."rolling_start",
                    "t143"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t143"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t143"
                ) AS "t178"
                GROUP BY
                  1,
                  2
              ) AS "t248"
                ON "t18"."la_code" = "t248"."la_code" AND "t19"."month" = "t248"."month"
            ) AS "t276"
            ORDER BY
              "t276"."la_code" ASC,
              "t276"."month" ASC
          ) AS "t329"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t224"."la_code",
              "t224"."month",
              'referrals' AS "indicator",
              "t224"."numerator",
              "t224"."denominator",
              "t224"."excluded",
              CAST("t224"."numerator" AS DOUBLE) AS "value"
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
                  "t135"."la_code",
                  "t135"."month",
                  SUM(CAST("t135"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t120"."la_code",
                    "t120"."cine_referral_id",
                    "t120"."cine_person_id",
                    "t120"."cine_referral_date",
                    "t120"."cine_referral_source_code",
                    "t120"."cine_referral_nfa",
                    "t120"."cine_cin_primary_need_code",
                    "t120"."cine_close_date",
                    "t120"."cine_close_reason",
                    "t120"."month",
                    "t120"."month_end",
                    "t120"."rolling_start",
                    "t120"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t81"."la_code",
                      "t81"."cine_referral_id",
                      "t81"."cine_person_id",
                      "t81"."cine_referral_date",
                      "t81"."cine_referral_source_code",
                      "t81"."cine_referral_nfa",
                      "t81"."cine_cin_primary_need_code",
                      "t81"."cine_close_date",
                      "t81"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t55" AS "t81"
                    INNER JOIN "_months" AS "t19"
                      ON "t81"."cine_referral_date" >= "t19"."month"
                      AND "t81"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t120"
                ) AS "t135"
                GROUP BY
                  1,
                  2
              ) AS "t185"
                ON "t18"."la_code" = "t185"."la_code" AND "t19"."month" = "t185"."month"
            ) AS "t224"
            ORDER BY
              "t224"."la_code" ASC,
              "t224"."month" ASC
          ) AS "t255"
        ) AS "t338"
      ) AS "t360"
    ) AS "t444"
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
              "t343"."la_code",
              "t343"."month",
              'referrals_per_10k' AS "indicator",
              "t343"."numerator",
              "t343"."denominator",
              "t343"."excluded",
              (
                CAST("t343"."numerator" AS DOUBLE) / "t343"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t310"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t272"."la_code",
                  "t272"."_in" AS "month",
                  SUM("t272"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t244"."la_code",
                    "t244"."month",
                    "t244"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t195"."la_code",
                      "t195"."month",
                      SUM(CAST("t195"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t174"."la_code",
                        "t174"."cine_referral_id",
                        "t174"."cine_person_id",
                        "t174"."cine_referral_date",
                        "t174"."cine_referral_source_code",
                        "t174"."cine_referral_nfa",
                        "t174"."cine_cin_primary_need_code",
                        "t174"."cine_close_date",
                        "t174"."cine_close_reason",
                        "t174"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t136"."la_code",
                          "t136"."cine_referral_id",
                          "t136"."cine_person_id",
                          "t136"."cine_referral_date",
                          "t136"."cine_referral_source_code",
                          "t136"."cine_referral_nfa",
                          "t136"."cine_cin_primary_need_code",
                          "t136"."cine_close_date",
                          "t136"."cine_close_reason",
                          "t40"."month"
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
                              "t81"."la_code",
                              "t81"."cine_referral_id",
                              "t81"."cine_person_id",
                              "t81"."cine_referral_date",
                              "t81"."cine_referral_source_code",
                              "t81"."cine_referral_nfa",
                              "t81"."cine_cin_primary_need_code",
                              "t81"."cine_close_date",
                              "t81"."cine_close_reason",
                              "t69"."_lo",
                              "t69"."_hi"
                            FROM "t55" AS "t81"
                            CROSS JOIN "t34" AS "t69"
                          ) AS "t93"
                          WHERE
                            "t93"."cine_referral_date" >= "t93"."_lo"
                            AND "t93"."cine_referral_date" <= "t93"."_hi"
                        ) AS "t136"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t136"."cine_referral_date" = "t40"."_date"
                      ) AS "t174"
                    ) AS "t195"
                    GROUP BY
                      1,
                      2
                  ) AS "t244"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t244"."month" >= "t32"."_from" AND "t244"."month" <= "t32"."_in"
                ) AS "t272"
                GROUP BY
                  1,
                  2
              ) AS "t310"
                ON "t18"."la_code" = "t310"."la_code" AND "t19"."month" = "t310"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    "t154"."year",
                    "t154"."population",
                    "t154"."source",
                    "t154"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t154"."la_code", "t154"."month"
                      ORDER BY "t154"."distance" ASC, "t154"."year" DESC
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
                        "t75"."year",
                        "t75"."population",
                        "t75"."source"
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
                      ) AS "t75"
                        ON "t18"."la_code" = "t75"."la_code"
                    ) AS "t111"
                  ) AS "t154"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t343"
            ORDER BY
              "t343"."la_code" ASC,
              "t343"."month" ASC
          ) AS "t373"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t427"."la_code",
              "t427"."month",
              'rereferrals_12m' AS "indicator",
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
                COALESCE("t418"."numerator", 0) AS "numerator",
                COALESCE("t418"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t402"."la_code",
                  "t402"."_in" AS "month",
                  SUM("t402"."numerator") AS "numerator",
                  SUM("t402"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t383"."la_code",
                    "t383"."month",
                    "t383"."numerator",
                    "t383"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t333"."la_code",
                      "t333"."month",
                      SUM(CAST("t333"."_kept" AND COALESCE("t333"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t333"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t317"."la_code",
                        "t317"."cine_referral_id",
                        "t317"."cine_person_id",
                        "t317"."cine_referral_date",
                        "t317"."hit",
                        "t317"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t282"."la_code",
                          "t282"."cine_referral_id",
                          "t282"."cine_person_id",
                          "t282"."cine_referral_date",
                          "t282"."hit",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t256"."la_code",
                            "t256"."cine_referral_id",
                            "t256"."cine_person_id",
                            "t256"."cine_referral_date",
                            "t256"."hit"
                          FROM (
                            SELECT
                              "t136"."la_code",
                              "t136"."cine_referral_id",
                              "t136"."cine_person_id",
                              "t136"."cine_referral_date",
                              COALESCE("t215"."hit", FALSE) AS "hit",
                              "t70"."_lo",
                              "t70"."_hi"
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
                                  "t81"."la_code",
                                  "t81"."cine_referral_id",
                                  "t81"."cine_person_id",
                                  "t81"."cine_referral_date",
                                  "t81"."cine_referral_source_code",
                                  "t81"."cine_referral_nfa",
                                  "t81"."cine_cin_primary_need_code",
                                  "t81"."cine_close_date",
                                  "t81"."cine_close_reason",
                                  "t69"."_lo",
                                  "t69"."_hi"
                                FROM "t55" AS "t81"
                                CROSS JOIN "t34" AS "t69"
                              ) AS "t93"
                              WHERE
                                "t93"."cine_referral_date" >= "t93"."_lo"
                                AND "t93"."cine_referral_date" <= "t93"."_hi"
                            ) AS "t136"
                            LEFT OUTER JOIN (
                              SELECT DISTINCT
                                *
                              FROM (
                                SELECT
                                  "t136"."la_code",
                                  "t136"."cine_referral_id",
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
                                      "t81"."la_code",
                                      "t81"."cine_referral_id",
                                      "t81"."cine_person_id",
                                      "t81"."cine_referral_date",
                                      "t81"."cine_referral_source_code",
                                      "t81"."cine_referral_nfa",
                                      "t81"."cine_cin_primary_need_code",
                                      "t81"."cine_close_date",
                                      "t81"."cine_close_reason",
                                      "t69"."_lo",
                                      "t69"."_hi"
                                    FROM "t55" AS "t81"
                                    CROSS JOIN "t34" AS "t69"
                                  ) AS "t93"
                                  WHERE
                                    "t93"."cine_referral_date" >= "t93"."_lo"
                                    AND "t93"."cine_referral_date" <= "t93"."_hi"
                                ) AS "t136"
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
                                      "t81"."la_code",
                                      "t81"."cine_referral_id",
                                      "t81"."cine_person_id",
                                      "t81"."cine_referral_date",
                                      "t81"."cine_referral_source_code",
                                      "t81"."cine_referral_nfa",
                                      "t81"."cine_cin_primary_need_code",
                                      "t81"."cine_close_date",
                                      "t81"."cine_close_reason",
                                      "t68"."_lo",
                                      "t68"."_hi"
                                    FROM "t55" AS "t81"
                                    CROSS JOIN (
                                      SELECT
                                        MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                        MAX("t1"."month_end") AS "_hi"
                                      FROM "_months" AS "t1"
                                    ) AS "t68"
                                  ) AS "t95"
                                  WHERE
                                    "t95"."cine_referral_date" >= "t95"."_lo"
                                    AND "t95"."cine_referral_date" <= "t95"."_hi"
                                ) AS "t138"
                                  ON "t136"."la_code" = "t138"."la_code"
                                  AND "t136"."cine_person_id" = "t138"."cine_person_id"
                                  AND "t138"."cine_referral_date" >= (
                                    "t136"."cine_referral_date" + INTERVAL '-12' MONTH
                                  )
                                  AND "t138"."cine_referral_date" < "t136"."cine_referral_date"
                              ) AS "t186"
                            ) AS "t215"
                              ON "t136"."la_code" = "t215"."la_code"
                              AND "t136"."cine_referral_id" = "t215"."cine_referral_id"
                            CROSS JOIN "t34" AS "t70"
                          ) AS "t256"
                          WHERE
                            "t256"."cine_referral_date" >= "t256"."_lo"
                            AND "t256"."cine_referral_date" <= "t256"."_hi"
                        ) AS "t282"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t282"."cine_referral_date" = "t40"."_date"
                      ) AS "t317"
                    ) AS "t333"
                    GROUP BY
                      1,
                      2
                  ) AS "t383"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t383"."month" >= "t32"."_from" AND "t383"."month" <= "t32"."_in"
                ) AS "t402"
                GROUP BY
                  1,
                  2
              ) AS "t418"
                ON "t18"."la_code" = "t418"."la_code" AND "t19"."month" = "t418"."month"
            ) AS "t427"
            ORDER BY
              "t427"."la_code" ASC,
              "t427"."month" ASC
          ) AS "t442"
        ) AS "t447"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t214"."la_code",
              "t214"."month",
              'assessments_completed' AS "indicator",
              "t214"."numerator",
              "t214"."denominator",
              "t214"."excluded",
              CAST("t214"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t172"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t124"."la_code",
                  "t124"."month",
                  SUM(CAST("t124"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t108"."la_code",
                    "t108"."cina_assessment_id",
                    "t108"."cina_person_id",
                    "t108"."cina_referral_id",
                    "t108"."cina_assessment_start_date",
                    "t108"."cina_assessment_auth_date",
                    "t108"."cina_assessment_child_seen",
                    "t108"."month",
                    "t108"."month_end",
                    "t108"."rolling_start",
                    "t108"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t71"."la_code",
                      "t71"."cina_assessment_id",
                      "t71"."cina_person_id",
                      "t71"."cina_referral_id",
                      "t71"."cina_assessment_start_date",
                      "t71"."cina_assessment_auth_date",
                      "t71"."cina_assessment_child_seen",
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
                    ) AS "t71"
                    INNER JOIN "_months" AS "t19"
                      ON "t71"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t71"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t108"
                ) AS "t124"
                GROUP BY
                  1,
                  2
              ) AS "t172"
                ON "t18"."la_code" = "t172"."la_code" AND "t19"."month" = "t172"."month"
            ) AS "t214"
            ORDER BY
              "t214"."la_code" ASC,
              "t214"."month" ASC
          ) AS "t243"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t332"."la_code",
              "t332"."month",
              'assessments_per_10k' AS "indicator",
              "t332"."numerator",
              "t332"."denominator",
              "t332"."excluded",
              (
                CAST("t332"."numerator" AS DOUBLE) / "t332"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t302"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t268"."la_code",
                  "t268"."_in" AS "month",
                  SUM("t268"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t231"."la_code",
                    "t231"."month",
                    "t231"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t184"."la_code",
                      "t184"."month",
                      SUM(CAST("t184"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t168"."la_code",
                        "t168"."cina_assessment_id",
                        "t168"."cina_person_id",
                        "t168"."cina_referral_id",
                        "t168"."cina_assessment_start_date",
                        "t168"."cina_assessment_auth_date",
                        "t168"."cina_assessment_child_seen",
                        "t168"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t125"."la_code",
                          "t125"."cina_assessment_id",
                          "t125"."cina_person_id",
                          "t125"."cina_referral_id",
                          "t125"."cina_assessment_start_date",
                          "t125"."cina_assessment_auth_date",
                          "t125"."cina_assessment_child_seen",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t87"."la_code",
                            "t87"."cina_assessment_id",
                            "t87"."cina_person_id",
                            "t87"."cina_referral_id",
                            "t87"."cina_assessment_start_date",
                            "t87"."cina_assessment_auth_date",
                            "t87"."cina_assessment_child_seen"
                          FROM (
                            SELECT
                              "t71"."la_code",
                              "t71"."cina_assessment_id",
                              "t71"."cina_person_id",
                              "t71"."cina_referral_id",
                              "t71"."cina_assessment_start_date",
                              "t71"."cina_assessment_auth_date",
                              "t71"."cina_assessment_child_seen",
                              "t69"."_lo",
                              "t69"."_hi"
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
                            ) AS "t71"
                            CROSS JOIN "t34" AS "t69"
                          ) AS "t87"
                          WHERE
                            "t87"."cina_assessment_auth_date" >= "t87"."_lo"
                            AND "t87"."cina_assessment_auth_date" <= "t87"."_hi"
                        ) AS "t125"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t125"."cina_assessment_auth_date" = "t40"."_date"
                      ) AS "t168"
                    ) AS "t184"
                    GROUP BY
                      1,
                      2
                  ) AS "t231"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t231"."month" >= "t32"."_from" AND "t231"."month" <= "t32"."_in"
                ) AS "t268"
                GROUP BY
                  1,
                  2
              ) AS "t302"
                ON "t18"."la_code" = "t302"."la_code" AND "t19"."month" = "t302"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    "t154"."year",
                    "t154"."population",
                    "t154"."source",
                    "t154"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t154"."la_code", "t154"."month"
                      ORDER BY "t154"."distance" ASC, "t154"."year" DESC
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
                        "t75"."year",
                        "t75"."population",
                        "t75"."source"
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
                      ) AS "t75"
                        ON "t18"."la_code" = "t75"."la_code"
                    ) AS "t111"
                  ) AS "t154"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t332"
            ORDER BY
              "t332"."la_code" ASC,
              "t332"."month" ASC
          ) AS "t370"
        ) AS "t372"
      ) AS "t451"
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
              "t344"."la_code",
              "t344"."month",
              'assessments_in_timescale' AS "indicator",
              "t344"."numerator",
              "t344"."denominator",
              "t344"."excluded",
              CASE
                WHEN "t344"."denominator" > 0
                THEN (
                  CAST("t344"."numerator" AS DOUBLE) / "t344"."denominator"
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
                  "t258"."la_code",
                  "t258"."month",
                  SUM(CAST("t258"."_kept" AND COALESCE("t258"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t258"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t217"."la_code",
                    "t217"."cina_assessment_id",
                    "t217"."cina_person_id",
                    "t217"."cina_referral_id",
                    "t217"."cina_assessment_start_date",
                    "t217"."cina_assessment_auth_date",
                    "t217"."cina_assessment_child_seen",
                    "t217"."month",
                    "t217"."month_end",
                    "t217"."rolling_start",
                    "t217"."pop_year",
                    "t217"."la_code_right",
                    "t217"."cine_referral_id",
                    "t217"."cine_referral_date",
                    "t217"."_start",
                    "t217"."_wd_b" - "t217"."_wd_a" AS "wd",
                    (
                      "t217"."_wd_b" - "t217"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t175"."la_code",
                      "t175"."cina_assessment_id",
                      "t175"."cina_person_id",
                      "t175"."cina_referral_id",
                      "t175"."cina_assessment_start_date",
                      "t175"."cina_assessment_auth_date",
                      "t175"."cina_assessment_child_seen",
                      "t175"."month",
                      "t175"."month_end",
                      "t175"."rolling_start",
                      "t175"."pop_year",
                      "t175"."la_code_right",
                      "t175"."cine_referral_id",
                      "t175"."cine_referral_date",
                      "t175"."_start",
                      "t50"."_wd_a",
                      "t52"."_wd_b"
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
                        COALESCE("t139"."cine_referral_date", "t139"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t71"."la_code",
                          "t71"."cina_assessment_id",
                          "t71"."cina_person_id",
                          "t71"."cina_referral_id",
                          "t71"."cina_assessment_start_date",
                          "t71"."cina_assessment_auth_date",
                          "t71"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t96"."la_code" AS "la_code_right",
                          "t96"."cine_referral_id",
                          "t96"."cine_referral_date"
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
                        ) AS "t71"
                        INNER JOIN "_months" AS "t19"
                          ON "t71"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t71"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t72"."la_code",
                            "t72"."cine_referral_id",
                            "t72"."cine_referral_date"
                          FROM "t55" AS "t72"
                        ) AS "t96"
                          ON "t71"."la_code" = "t96"."la_code"
                          AND "t71"."cina_referral_id" = "t96"."cine_referral_id"
                      ) AS "t139"
                    ) AS "t175"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t175"."_start" = "t50"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t52"
                      ON "t175"."cina_assessment_auth_date" = "t52"."_wd_b__date"
                  ) AS "t217"
                ) AS "t258"
                GROUP BY
                  1,
                  2
              ) AS "t311"
                ON "t18"."la_code" = "t311"."la_code" AND "t19"."month" = "t311"."month"
            ) AS "t344"
            ORDER BY
              "t344"."la_code" ASC,
              "t344"."month" ASC
          ) AS "t384"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t347"."la_code",
              "t347"."month",
              's47_per_10k' AS "indicator",
              "t347"."numerator",
              "t347"."denominator",
              "t347"."excluded",
              (
                CAST("t347"."numerator" AS DOUBLE) / "t347"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t313"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t278"."la_code",
                  "t278"."_in" AS "month",
                  SUM("t278"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t252"."la_code",
                    "t252"."month",
                    "t252"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t202"."la_code",
                      "t202"."month",
                      SUM(CAST("t202"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t180"."la_code",
                        "t180"."s47e_s47_enquiry_id",
                        "t180"."s47e_person_id",
                        "t180"."s47e_referral_id",
                        "t180"."s47e_s47_start_date",
                        "t180"."s47e_s47_end_date",
                        "t180"."s47e_s47_nfa",
                        "t180"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t144"."la_code",
                          "t144"."s47e_s47_enquiry_id",
                          "t144"."s47e_person_id",
                          "t144"."s47e_referral_id",
                          "t144"."s47e_s47_start_date",
                          "t144"."s47e_s47_end_date",
                          "t144"."s47e_s47_nfa",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t101"."la_code",
                            "t101"."s47e_s47_enquiry_id",
                            "t101"."s47e_person_id",
                            "t101"."s47e_referral_id",
                            "t101"."s47e_s47_start_date",
                            "t101"."s47e_s47_end_date",
                            "t101"."s47e_s47_nfa"
                          FROM (
                            SELECT
                              "t84"."la_code",
                              "t84"."s47e_s47_enquiry_id",
                              "t84"."s47e_person_id",
                              "t84"."s47e_referral_id",
                              "t84"."s47e_s47_start_date",
                              "t84"."s47e_s47_end_date",
                              "t84"."s47e_s47_nfa",
                              "t69"."_lo",
                              "t69"."_hi"
                            FROM "t61" AS "t84"
                            CROSS JOIN "t34" AS "t69"
                          ) AS "t101"
                          WHERE
                            "t101"."s47e_s47_start_date" >= "t101"."_lo"
                            AND "t101"."s47e_s47_start_date" <= "t101"."_hi"
                        ) AS "t144"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t144"."s47e_s47_start_date" = "t40"."_date"
                      ) AS "t180"
                    ) AS "t202"
                    GROUP BY
                      1,
                      2
                  ) AS "t252"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t252"."month" >= "t32"."_from" AND "t252"."month" <= "t32"."_in"
                ) AS "t278"
                GROUP BY
                  1,
                  2
              ) AS "t313"
                ON "t18"."la_code" = "t313"."la_code" AND "t19"."month" = "t313"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    "t154"."year",
                    "t154"."population",
                    "t154"."source",
                    "t154"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t154"."la_code", "t154"."month"
                      ORDER BY "t154"."distance" ASC, "t154"."year" DESC
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
                        "t75"."year",
                        "t75"."population",
                        "t75"."source"
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
                      ) AS "t75"
                        ON "t18"."la_code" = "t75"."la_code"
                    ) AS "t111"
                  ) AS "t154"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t347"
            ORDER BY
              "t347"."la_code" ASC,
              "t347"."month" ASC
          ) AS "t380"
        ) AS "t392"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t340"."la_code",
              "t340"."month",
              'icpc_in_15wd' AS "indicator",
              "t340"."numerator",
              "t340"."denominator",
              "t340"."excluded",
              CASE
                WHEN "t340"."denominator" > 0
                THEN (
                  CAST("t340"."numerator" AS DOUBLE) / "t340"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t306"."numerator", 0) AS "numerator",
                COALESCE("t306"."denominator", 0) AS "denominator",
                COALESCE("t306"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t251"."la_code",
                  "t251"."month",
                  SUM(CAST("t251"."_kept" AND COALESCE("t251"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t251"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t251"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t201"."la_code",
                    "t201"."icpc_icpc_id",
                    "t201"."icpc_person_id",
                    "t201"."icpc_s47_enquiry_id",
                    "t201"."icpc_cp_plan_id",
                    "t201"."icpc_icpc_date",
                    "t201"."icpc_icpc_outcome_cp_flag",
                    "t201"."icpc_icpc_transfer_in",
                    "t201"."month",
                    "t201"."month_end",
                    "t201"."rolling_start",
                    "t201"."pop_year",
                    "t201"."la_code_right",
                    "t201"."s47e_s47_enquiry_id",
                    "t201"."s47e_s47_start_date",
                    "t201"."_wd_b" - "t201"."_wd_a" AS "wd",
                    "t201"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t201"."_wd_b" - "t201"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t201"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t163"."la_code",
                      "t163"."icpc_icpc_id",
                      "t163"."icpc_person_id",
                      "t163"."icpc_s47_enquiry_id",
                      "t163"."icpc_cp_plan_id",
                      "t163"."icpc_icpc_date",
                      "t163"."icpc_icpc_outcome_cp_flag",
                      "t163"."icpc_icpc_transfer_in",
                      "t163"."month",
                      "t163"."month_end",
                      "t163"."rolling_start",
                      "t163"."pop_year",
                      "t100"."la_code" AS "la_code_right",
                      "t100"."s47e_s47_enquiry_id",
                      "t100"."s47e_s47_start_date",
                      "t51"."_wd_a",
                      "t53"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t76"."la_code",
                          "t76"."icpc_icpc_id",
                          "t76"."icpc_person_id",
                          "t76"."icpc_s47_enquiry_id",
                          "t76"."icpc_cp_plan_id",
                          "t76"."icpc_icpc_date",
                          "t76"."icpc_icpc_outcome_cp_flag",
                          "t76"."icpc_icpc_transfer_in",
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
                        ) AS "t76"
                        INNER JOIN "_months" AS "t19"
                          ON "t76"."icpc_icpc_date" >= "t19"."month"
                          AND "t76"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t114"
                      WHERE
                        NOT (
                          COALESCE("t114"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t163"
                    LEFT OUTER JOIN (
                      SELECT
                        "t77"."la_code",
                        "t77"."s47e_s47_enquiry_id",
                        "t77"."s47e_s47_start_date"
                      FROM "t61" AS "t77"
                    ) AS "t100"
                      ON "t163"."la_code" = "t100"."la_code"
                      AND "t163"."icpc_s47_enquiry_id" = "t100"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t24" AS "t51"
                      ON "t100"."s47e_s47_start_date" = "t51"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t53"
                      ON "t163"."icpc_icpc_date" = "t53"."_wd_b__date"
                  ) AS "t201"
                ) AS "t251"
                GROUP BY
                  1,
                  2
              ) AS "t306"
                ON "t18"."la_code" = "t306"."la_code" AND "t19"."month" = "t306"."month"
            ) AS "t340"
            ORDER BY
              "t340"."la_code" ASC,
              "t340"."month" ASC
          ) AS "t379"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t292"."la_code",
              "t292"."month",
              'cp_count' AS "indicator",
              "t292"."numerator",
              "t292"."denominator",
              "t292"."excluded",
              CAST("t292"."numerator" AS DOUBLE) AS "value"
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
                  "t219"."la_code",
                  "t219"."month",
                  SUM(CAST("t219"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t196"."la_code",
                    "t196"."month",
                    "t196"."month_end",
                    "t196"."cppl_person_id",
                    "t196"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t196"
                ) AS "t219"
                GROUP BY
                  1,
                  2
              ) AS "t265"
                ON "t18"."la_code" = "t265"."la_code" AND "t19"."month" = "t265"."month"
            ) AS "t292"
            ORDER BY
              "t292"."la_code" ASC,
              "t292"."month" ASC
          ) AS "t319"
        ) AS "t388"
      ) AS "t397"
    ) AS "t454"
  ) AS "t457"
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
              "t293"."la_code",
              "t293"."month",
              'cp_per_10k' AS "indicator",
              "t293"."numerator",
              "t293"."denominator",
              "t293"."excluded",
              (
                CAST("t293"."numerator" AS DOUBLE) / "t293"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t265"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t219"."la_code",
                  "t219"."month",
                  SUM(CAST("t219"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t196"."la_code",
                    "t196"."month",
                    "t196"."month_end",
                    "t196"."cppl_person_id",
                    "t196"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t196"
                ) AS "t219"
                GROUP BY
                  1,
                  2
              ) AS "t265"
                ON "t18"."la_code" = "t265"."la_code" AND "t19"."month" = "t265"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    "t154"."year",
                    "t154"."population",
                    "t154"."source",
                    "t154"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t154"."la_code", "t154"."month"
                      ORDER BY "t154"."distance" ASC, "t154"."year" DESC
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
                        "t75"."year",
                        "t75"."population",
                        "t75"."source"
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
                      ) AS "t75"
                        ON "t18"."la_code" = "t75"."la_code"
                    ) AS "t111"
                  ) AS "t154"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t293"
            ORDER BY
              "t293"."la_code" ASC,
              "t293"."month" ASC
          ) AS "t334"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t225"."la_code",
              "t225"."month",
              'cp_starts' AS "indicator",
              "t225"."numerator",
              "t225"."denominator",
              "t225"."excluded",
              CAST("t225"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t187"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t140"."la_code",
                  "t140"."month",
                  SUM(CAST("t140"."_kept" AS BIGINT)) AS "numerator"
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
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."cppl_cp_plan_id",
                      "t82"."cppl_person_id",
                      "t82"."cppl_cp_plan_start_date",
                      "t82"."cppl_cp_plan_end_date",
                      "t82"."cppl_cp_plan_initial_category",
                      "t82"."cppl_cp_plan_latest_category",
                      "t82"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t56" AS "t82"
                    INNER JOIN "_months" AS "t19"
                      ON "t82"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t82"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t121"
                ) AS "t140"
                GROUP BY
                  1,
                  2
              ) AS "t187"
                ON "t18"."la_code" = "t187"."la_code" AND "t19"."month" = "t187"."month"
            ) AS "t225"
            ORDER BY
              "t225"."la_code" ASC,
              "t225"."month" ASC
          ) AS "t259"
        ) AS "t345"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t429"."la_code",
              "t429"."month",
              'cp_second_or_subsequent' AS "indicator",
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
                COALESCE("t419"."numerator", 0) AS "numerator",
                COALESCE("t419"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t404"."la_code",
                  "t404"."_in" AS "month",
                  SUM("t404"."numerator") AS "numerator",
                  SUM("t404"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t386"."la_code",
                    "t386"."month",
                    "t386"."numerator",
                    "t386"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t337"."la_code",
                      "t337"."month",
                      SUM(CAST("t337"."_kept" AND COALESCE("t337"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t337"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t322"."la_code",
                        "t322"."cppl_cp_plan_id",
                        "t322"."cppl_person_id",
                        "t322"."cppl_cp_plan_start_date",
                        "t322"."cppl_cp_plan_end_date",
                        "t322"."cppl_cp_plan_initial_category",
                        "t322"."cppl_cp_plan_latest_category",
                        "t322"."cppl_icpc_id",
                        "t322"."hit",
                        "t322"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t287"."la_code",
                          "t287"."cppl_cp_plan_id",
                          "t287"."cppl_person_id",
                          "t287"."cppl_cp_plan_start_date",
                          "t287"."cppl_cp_plan_end_date",
                          "t287"."cppl_cp_plan_initial_category",
                          "t287"."cppl_cp_plan_latest_category",
                          "t287"."cppl_icpc_id",
                          "t287"."hit",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t261"."la_code",
                            "t261"."cppl_cp_plan_id",
                            "t261"."cppl_person_id",
                            "t261"."cppl_cp_plan_start_date",
                            "t261"."cppl_cp_plan_end_date",
                            "t261"."cppl_cp_plan_initial_category",
                            "t261"."cppl_cp_plan_latest_category",
                            "t261"."cppl_icpc_id",
                            "t261"."hit"
                          FROM (
                            SELECT
                              "t234"."la_code",
                              "t234"."cppl_cp_plan_id",
                              "t234"."cppl_person_id",
                              "t234"."cppl_cp_plan_start_date",
                              "t234"."cppl_cp_plan_end_date",
                              "t234"."cppl_cp_plan_initial_category",
                              "t234"."cppl_cp_plan_latest_category",
                              "t234"."cppl_icpc_id",
                              "t234"."hit",
                              "t69"."_lo",
                              "t69"."_hi"
                            FROM (
                              SELECT
                                "t220".*
                                EXCLUDE ("_first")
                              FROM (
                                SELECT
                                  "t190"."la_code",
                                  "t190"."cppl_cp_plan_id",
                                  "t190"."cppl_person_id",
                                  "t190"."cppl_cp_plan_start_date",
                                  "t190"."cppl_cp_plan_end_date",
                                  "t190"."cppl_cp_plan_initial_category",
                                  "t190"."cppl_cp_plan_latest_category",
                                  "t190"."cppl_icpc_id",
                                  "t190"."_first",
                                  "t190"."cppl_cp_plan_start_date" > "t190"."_first" AS "hit"
                                FROM (
                                  SELECT
                                    "t152"."la_code",
                                    "t152"."cppl_cp_plan_id",
                                    "t152"."cppl_person_id",
                                    "t152"."cppl_cp_plan_start_date",
                                    "t152"."cppl_cp_plan_end_date",
                                    "t152"."cppl_cp_plan_initial_category",
                                    "t152"."cppl_cp_plan_latest_category",
                                    "t152"."cppl_icpc_id",
                                    "t110"."_first"
                                  FROM (
                                    SELECT
                                      "t109"."la_code",
                                      "t109"."cppl_cp_plan_id",
                                      "t109"."cppl_person_id",
                                      "t109"."cppl_cp_plan_start_date",
                                      "t109"."cppl_cp_plan_end_date",
                                      "t109"."cppl_cp_plan_initial_category",
                                      "t109"."cppl_cp_plan_latest_category",
                                      "t109"."cppl_icpc_id"
                                    FROM "t97" AS "t109"
                                    WHERE
                                      "t109"."cppl_cp_plan_start_date" >= "t109"."_lo"
                                      AND "t109"."cppl_cp_plan_start_date" <= "t109"."_hi"
                                  ) AS "t152"
                                  INNER JOIN (
                                    SELECT
                                      "t73"."la_code",
                                      "t73"."cppl_person_id",
                                      MIN("t73"."cppl_cp_plan_start_date") AS "_first"
                                    FROM "t56" AS "t73"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t110"
                                    ON "t152"."la_code" = "t110"."la_code"
                                    AND "t152"."cppl_person_id" = "t110"."cppl_person_id"
                                ) AS "t190"
                              ) AS "t220"
                            ) AS "t234"
                            CROSS JOIN "t34" AS "t69"
                          ) AS "t261"
                          WHERE
                            "t261"."cppl_cp_plan_start_date" >= "t261"."_lo"
                            AND "t261"."cppl_cp_plan_start_date" <= "t261"."_hi"
                        ) AS "t287"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t287"."cppl_cp_plan_start_date" = "t40"."_date"
                      ) AS "t322"
                    ) AS "t337"
                    GROUP BY
                      1,
                      2
                  ) AS "t386"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t386"."month" >= "t32"."_from" AND "t386"."month" <= "t32"."_in"
                ) AS "t404"
                GROUP BY
                  1,
                  2
              ) AS "t419"
                ON "t18"."la_code" = "t419"."la_code" AND "t19"."month" = "t419"."month"
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
              "t385"."la_code",
              "t385"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t385"."numerator",
              "t385"."denominator",
              "t385"."excluded",
              CASE
                WHEN "t385"."denominator" > 0
                THEN (
                  CAST("t385"."numerator" AS DOUBLE) / "t385"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t359"."numerator", 0) AS "numerator",
                COALESCE("t359"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t328"."la_code",
                  "t328"."_in" AS "month",
                  SUM("t328"."numerator") AS "numerator",
                  SUM("t328"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t296"."la_code",
                    "t296"."month",
                    "t296"."numerator",
                    "t296"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t233"."la_code",
                      "t233"."month",
                      SUM(CAST("t233"."_kept" AND COALESCE("t233"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t233"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t189"."la_code",
                        "t189"."cppl_cp_plan_id",
                        "t189"."cppl_person_id",
                        "t189"."cppl_cp_plan_start_date",
                        "t189"."cppl_cp_plan_end_date",
                        "t189"."cppl_cp_plan_initial_category",
                        "t189"."cppl_cp_plan_latest_category",
                        "t189"."cppl_icpc_id",
                        "t189"."month",
                        (
                          DATE_DIFF('DAY', "t189"."cppl_cp_plan_start_date", "t189"."cppl_cp_plan_end_date") + 1
                        ) > 729 AS "hit",
                        TRUE AS "_kept"
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
                          "t40"."month"
                        FROM (
                          SELECT
                            "t109"."la_code",
                            "t109"."cppl_cp_plan_id",
                            "t109"."cppl_person_id",
                            "t109"."cppl_cp_plan_start_date",
                            "t109"."cppl_cp_plan_end_date",
                            "t109"."cppl_cp_plan_initial_category",
                            "t109"."cppl_cp_plan_latest_category",
                            "t109"."cppl_icpc_id"
                          FROM "t97" AS "t109"
                          WHERE
                            "t109"."cppl_cp_plan_end_date" >= "t109"."_lo"
                            AND "t109"."cppl_cp_plan_end_date" <= "t109"."_hi"
                        ) AS "t151"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t151"."cppl_cp_plan_end_date" = "t40"."_date"
                      ) AS "t189"
                    ) AS "t233"
                    GROUP BY
                      1,
                      2
                  ) AS "t296"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t296"."month" >= "t32"."_from" AND "t296"."month" <= "t32"."_in"
                ) AS "t328"
                GROUP BY
                  1,
                  2
              ) AS "t359"
                ON "t18"."la_code" = "t359"."la_code" AND "t19"."month" = "t359"."month"
            ) AS "t385"
            ORDER BY
              "t385"."la_code" ASC,
              "t385"."month" ASC
          ) AS "t411"
        ) AS "t448"
      ) AS "t452"
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
              "t335"."la_code",
              "t335"."month",
              'cp_open_2yrs' AS "indicator",
              "t335"."numerator",
              "t335"."denominator",
              "t335"."excluded",
              CASE
                WHEN "t335"."denominator" > 0
                THEN (
                  CAST("t335"."numerator" AS DOUBLE) / "t335"."denominator"
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
                  "t245"."la_code",
                  "t245"."month",
                  SUM(CAST("t245"."_kept" AND COALESCE("t245"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t245"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t196"."la_code",
                    "t196"."month",
                    "t196"."month_end",
                    "t196"."cppl_person_id",
                    "t196"."start",
                    (
                      DATE_DIFF('DAY', "t196"."start", "t196"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t196"
                ) AS "t245"
                GROUP BY
                  1,
                  2
              ) AS "t305"
                ON "t18"."la_code" = "t305"."la_code" AND "t19"."month" = "t305"."month"
            ) AS "t335"
            ORDER BY
              "t335"."la_code" ASC,
              "t335"."month" ASC
          ) AS "t376"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t463"."la_code",
              "t463"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t463"."numerator",
              "t463"."denominator",
              "t463"."excluded",
              CASE
                WHEN "t463"."denominator" > 0
                THEN (
                  CAST("t463"."numerator" AS DOUBLE) / "t463"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t458"."numerator", 0) AS "numerator",
                COALESCE("t458"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t436"."la_code",
                  "t436"."month",
                  SUM(CAST("t436"."_kept" AND COALESCE("t436"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t436"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t422"."la_code",
                    "t422"."month",
                    "t422"."month_end",
                    "t422"."plan_id",
                    "t422"."start",
                    "t422"."person_id",
                    "t422"."first_due",
                    "t422"."held_n",
                    "t422"."last",
                    "t422"."late_held",
                    CASE
                      WHEN "t422"."held_n" = 0
                      THEN "t422"."first_due"
                      WHEN "t422"."held_n" = 1
                      THEN "t422"."last" + INTERVAL '6' MONTH
                      ELSE "t422"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t422"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t422"."held_n" = 0
                        THEN "t422"."first_due"
                        WHEN "t422"."held_n" = 1
                        THEN "t422"."last" + INTERVAL '6' MONTH
                        ELSE "t422"."last" + INTERVAL '6' MONTH
                      END > "t422"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t208"."la_code",
                      "t208"."month",
                      "t208"."month_end",
                      "t208"."plan_id",
                      "t208"."start",
                      "t208"."person_id",
                      "t208"."first_due",
                      COALESCE("t403"."k" + 1, 0) AS "held_n",
                      "t403"."date" AS "last",
                      COALESCE("t403"."first_late" <= "t403"."k", FALSE) AS "late_held"
                    FROM "t188" AS "t208"
                    LEFT OUTER JOIN (
                      SELECT
                        "t321"."la_code",
                        "t321"."plan_id",
                        "t321"."date",
                        "t321"."k",
                        "t321"."following",
                        "t377"."first_late"
                      FROM (
                        SELECT
                          "t295"."la_code",
                          "t295"."plan_id",
                          "t295"."date",
                          "t295"."k",
                          "t295"."following"
                        FROM "t285" AS "t295"
                      ) AS "t321"
                      LEFT OUTER JOIN (
                        SELECT
                          "t350"."la_code",
                          "t350"."plan_id",
                          MIN("t350"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t295"."la_code",
                              "t295"."plan_id",
                              "t295"."date",
                              "t295"."review_id",
                              "t295"."first_due",
                              "t295"."k",
                              "t295"."prev",
                              "t295"."following",
                              "t295"."date" > CASE
                                WHEN "t295"."k" = 0
                                THEN "t295"."first_due"
                                WHEN "t295"."k" = 1
                                THEN "t295"."prev" + INTERVAL '6' MONTH
                                ELSE "t295"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t285" AS "t295"
                          ) AS "t336"
                          WHERE
                            "t336"."late"
                        ) AS "t350"
                        GROUP BY
                          1,
                          2
                      ) AS "t377"
                        ON "t321"."la_code" = "t377"."la_code" AND "t321"."plan_id" = "t377"."plan_id"
                    ) AS "t403"
                      ON "t208"."la_code" = "t403"."la_code"
                      AND "t208"."plan_id" = "t403"."plan_id"
                      AND "t403"."date" <= "t208"."month_end"
                      AND COALESCE("t403"."following", MAKE_DATE(9999, 12, 31)) > "t208"."month_end"
                  ) AS "t422"
                ) AS "t436"
                GROUP BY
                  1,
                  2
              ) AS "t458"
                ON "t18"."la_code" = "t458"."la_code" AND "t19"."month" = "t458"."month"
            ) AS "t463"
            ORDER BY
              "t463"."la_code" ASC,
              "t463"."month" ASC
          ) AS "t466"
        ) AS "t467"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t439"."la_code",
              "t439"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t439"."numerator",
              "t439"."denominator",
              "t439"."excluded",
              CASE
                WHEN "t439"."denominator" > 0
                THEN (
                  CAST("t439"."numerator" AS DOUBLE) / "t439"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t433"."numerator", 0) AS "numerator",
                COALESCE("t433"."denominator", 0) AS "denominator",
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
                    "t393"."la_code",
                    "t393"."month",
                    "t393"."month_end",
                    "t393"."cppl_person_id",
                    "t393"."start",
                    "t393"."wd_open",
                    "t393"."last_visit",
                    "t393"."_wd_b" - "t393"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t393"."_wd_b" - "t393"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t393"."_wd_b" - "t393"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t367"."la_code",
                      "t367"."month",
                      "t367"."month_end",
                      "t367"."cppl_person_id",
                      "t367"."start",
                      "t367"."wd_open",
                      "t367"."last_visit",
                      "t50"."_wd_a",
                      "t52"."_wd_b"
                    FROM (
                      SELECT
                        "t349".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t320"."la_code",
                          "t320"."month",
                          "t320"."month_end",
                          "t320"."cppl_person_id",
                          "t320"."start",
                          "t320"."wd_open",
                          "t320"."_latest",
                          CASE WHEN "t320"."_latest" >= "t320"."start" THEN "t320"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t284"."la_code",
                            "t284"."month",
                            "t284"."month_end",
                            "t284"."cppl_person_id",
                            "t284"."start",
                            "t284"."wd_open",
                            "t242"."_latest"
                          FROM (
                            SELECT
                              "t246"."la_code",
                              "t246"."month",
                              "t246"."month_end",
                              "t246"."cppl_person_id",
                              "t246"."start",
                              "t246"."_wd_b" - "t246"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t207"."la_code",
                                "t207"."month",
                                "t207"."month_end",
                                "t207"."cppl_person_id",
                                "t207"."start",
                                "t50"."_wd_a",
                                "t52"."_wd_b"
                              FROM "cohort_on_plan" AS "t207"
                              LEFT OUTER JOIN "t24" AS "t50"
                                ON "t207"."start" = "t50"."_wd_a__date"
                              LEFT OUTER JOIN "t25" AS "t52"
                                ON "t207"."month_end" = "t52"."_wd_b__date"
                            ) AS "t246"
                            WHERE
                              (
                                "t246"."_wd_b" - "t246"."_wd_a"
                              ) > 10
                          ) AS "t284"
                          LEFT OUTER JOIN (
                            SELECT
                              "t213"."la_code",
                              "t213"."month",
                              "t213"."cppv_person_id" AS "cppl_person_id",
                              "t213"."_latest"
                            FROM (
                              SELECT
                                "t183"."la_code",
                                "t183"."month",
                                "t183"."cppv_person_id",
                                MAX("t183"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t148"."la_code",
                                  "t148"."cppv_person_id",
                                  "t148"."cppv_cp_visit_date",
                                  "t107"."month",
                                  "t107"."month_end",
                                  "t107"."_from"
                                FROM (
                                  SELECT
                                    "t117"."la_code",
                                    "t117"."cppv_person_id",
                                    "t117"."cppv_cp_visit_date"
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
                                    ) AS "t66"
                                    WHERE
                                      COALESCE("t66"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t66"."la_code" IN (
                                          SELECT
                                            "t16"."la_code"
                                          FROM "_supplied" AS "t16"
                                          WHERE
                                            "t16"."table_name" = 'ssd_cp_visits'
                                            AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t117"
                                ) AS "t148"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t42"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t7"."wd_ordinal" AS "_e_ord",
                                      "t7"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t7"
                                  ) AS "t39"
                                    ON "t21"."month_end" = "t39"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t7"."date" AS "_d",
                                      "t7"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t7"
                                    WHERE
                                      "t7"."is_working_day"
                                  ) AS "t42"
                                    ON (
                                      "t39"."_e_ord" - 10
                                    ) = "t42"."_d_ord"
                                ) AS "t107"
                                  ON "t148"."cppv_cp_visit_date" >= "t107"."_from"
                                  AND "t148"."cppv_cp_visit_date" <= "t107"."month_end"
                              ) AS "t183"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t213"
                          ) AS "t242"
                            ON "t284"."la_code" = "t242"."la_code"
                            AND "t284"."month" = "t242"."month"
                            AND "t284"."cppl_person_id" = "t242"."cppl_person_id"
                        ) AS "t320"
                      ) AS "t349"
                    ) AS "t367"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t367"."last_visit" = "t50"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t52"
                      ON "t367"."month_end" = "t52"."_wd_b__date"
                  ) AS "t393"
                ) AS "t410"
                GROUP BY
                  1,
                  2
              ) AS "t433"
                ON "t18"."la_code" = "t433"."la_code" AND "t19"."month" = "t433"."month"
            ) AS "t439"
            ORDER BY
              "t439"."la_code" ASC,
              "t439"."month" ASC
          ) AS "t460"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t362"."la_code",
              "t362"."month",
              'cla_count' AS "indicator",
              "t362"."numerator",
              "t362"."denominator",
              "t362"."excluded",
              CAST("t362"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t330"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t289"."la_code",
                  "t289"."month",
                  SUM(CAST("t289"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t271"."la_code",
                    "t271"."month",
                    "t271"."month_end",
                    "t271"."rolling_start",
                    "t271"."person_id",
                    "t271"."cla_id",
                    "t271"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t271"
                ) AS "t289"
                GROUP BY
                  1,
                  2
              ) AS "t330"
                ON "t18"."la_code" = "t330"."la_code" AND "t19"."month" = "t330"."month"
            ) AS "t362"
            ORDER BY
              "t362"."la_code" ASC,
              "t362"."month" ASC
          ) AS "t382"
        ) AS "t462"
      ) AS "t469"
    ) AS "t470"
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
              "t363"."la_code",
              "t363"."month",
              'cla_per_10k' AS "indicator",
              "t363"."numerator",
              "t363"."denominator",
              "t363"."excluded",
              (
                CAST("t363"."numerator" AS DOUBLE) / "t363"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t330"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t289"."la_code",
                  "t289"."month",
                  SUM(CAST("t289"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t271"."la_code",
                    "t271"."month",
                    "t271"."month_end",
                    "t271"."rolling_start",
                    "t271"."person_id",
                    "t271"."cla_id",
                    "t271"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t271"
                ) AS "t289"
                GROUP BY
                  1,
                  2
              ) AS "t330"
                ON "t18"."la_code" = "t330"."la_code" AND "t19"."month" = "t330"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    "t154"."year",
                    "t154"."population",
                    "t154"."source",
                    "t154"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t154"."la_code", "t154"."month"
                      ORDER BY "t154"."distance" ASC, "t154"."year" DESC
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
                        "t75"."year",
                        "t75"."population",
                        "t75"."source"
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
                      ) AS "t75"
                        ON "t18"."la_code" = "t75"."la_code"
                    ) AS "t111"
                  ) AS "t154"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t363"
            ORDER BY
              "t363"."la_code" ASC,
              "t363"."month" ASC
          ) AS "t395"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t301"."la_code",
              "t301"."month",
              'cla_starts' AS "indicator",
              "t301"."numerator",
              "t301"."denominator",
              "t301"."excluded",
              CAST("t301"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t267"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t222"."la_code",
                  "t222"."month",
                  SUM(CAST("t222"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t203"."la_code",
                    "t203"."first_episode_start",
                    "t203"."clae_person_id",
                    "t203"."cla_id",
                    "t203"."period_start",
                    "t203"."month",
                    "t203"."month_end",
                    "t203"."rolling_start",
                    "t203"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t166"."la_code",
                      "t166"."first_episode_start",
                      "t166"."clae_person_id",
                      "t166"."cla_id",
                      "t166"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t166"
                    INNER JOIN "_months" AS "t19"
                      ON "t166"."first_episode_start" >= "t19"."month"
                      AND "t166"."first_episode_start" <= "t19"."month_end"
                  ) AS "t203"
                ) AS "t222"
                GROUP BY
                  1,
                  2
              ) AS "t267"
                ON "t18"."la_code" = "t267"."la_code" AND "t19"."month" = "t267"."month"
            ) AS "t301"
            ORDER BY
              "t301"."la_code" ASC,
              "t301"."month" ASC
          ) AS "t325"
        ) AS "t399"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t461"."la_code",
              "t461"."month",
              'cla_visits_in_timescale' AS "indicator",
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
                COALESCE("t450"."numerator", 0) AS "numerator",
                COALESCE("t450"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t432"."la_code",
                  "t432"."month",
                  SUM(CAST("t432"."_kept" AND COALESCE("t432"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t432"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t409"."la_code",
                    "t409"."month",
                    "t409"."month_end",
                    "t409"."rolling_start",
                    "t409"."person_id",
                    "t409"."cla_id",
                    "t409"."episode_start",
                    "t409"."placement_start",
                    "t409"."long_term",
                    "t409"."p",
                    "t409"."v",
                    CASE
                      WHEN "t409"."v" IS NULL
                      THEN "t409"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t409"."long_term", FALSE)
                      AND (
                        "t409"."v" >= (
                          "t409"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t409"."v" + INTERVAL '91' DAY
                      ELSE "t409"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t409"."v" IS NULL
                      THEN "t409"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t409"."long_term", FALSE)
                      AND (
                        "t409"."v" >= (
                          "t409"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t409"."v" + INTERVAL '91' DAY
                      ELSE "t409"."v" + INTERVAL '42' DAY
                    END >= "t409"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t405".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t390"."la_code",
                        "t390"."month",
                        "t390"."month_end",
                        "t390"."rolling_start",
                        "t390"."person_id",
                        "t390"."cla_id",
                        "t390"."episode_start",
                        "t390"."placement_start",
                        "t390"."long_term",
                        "t390"."p",
                        "t390"."_latest",
                        CASE WHEN "t390"."_latest" >= "t390"."p" THEN "t390"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t366"."la_code",
                          "t366"."month",
                          "t366"."month_end",
                          "t366"."rolling_start",
                          "t366"."person_id",
                          "t366"."cla_id",
                          "t366"."episode_start",
                          "t366"."placement_start",
                          "t366"."long_term",
                          "t366"."p",
                          "t241"."_latest"
                        FROM (
                          SELECT
                            "t326"."la_code",
                            "t326"."month",
                            "t326"."month_end",
                            "t326"."rolling_start",
                            "t326"."person_id",
                            "t326"."cla_id",
                            "t326"."episode_start",
                            "t326"."placement_start",
                            "t326"."long_term",
                            COALESCE("t326"."placement_start", "t326"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t279"."la_code",
                              "t279"."month",
                              "t279"."month_end",
                              "t279"."rolling_start",
                              "t279"."person_id",
                              "t279"."cla_id",
                              "t279"."episode_start",
                              "t290"."placement_start",
                              "t290"."long_term"
                            FROM "cohort_looked_after" AS "t279"
                            LEFT OUTER JOIN (
                              SELECT
                                "t193"."la_code",
                                "t19"."month",
                                "t193"."clap_cla_id" AS "cla_id",
                                "t193"."clap_cla_placement_start_date" AS "placement_start",
                                "t193"."clap_long_term" AS "long_term"
                              FROM "t171" AS "t193"
                              INNER JOIN "_months" AS "t19"
                                ON "t193"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t193"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t193"."la_code",
                                  "t193"."clap_cla_placement_id" AS "_superseded",
                                  "t194"."clap_cla_placement_start_date" AS "_start",
                                  "t194"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t171" AS "t193"
                                INNER JOIN "t171" AS "t194"
                                  ON "t193"."la_code" = "t194"."la_code"
                                  AND "t193"."clap_cla_id" = "t194"."clap_cla_id"
                                  AND "t194"."clap_cla_placement_start_date" >= "t193"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t194"."clap_cla_placement_start_date" > "t193"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t194"."clap_cla_placement_id" > "t193"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t194"."clap_cla_placement_start_date" < COALESCE("t193"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t194"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t194"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t254"
                                ON "t193"."la_code" = "t254"."la_code"
                                AND "t19"."month" = "t254"."month"
                                AND "t193"."clap_cla_placement_id" = "t254"."_superseded"
                            ) AS "t290"
                              ON "t279"."la_code" = "t290"."la_code"
                              AND "t279"."month" = "t290"."month"
                              AND "t279"."cla_id" = "t290"."cla_id"
                          ) AS "t326"
                          WHERE
                            COALESCE("t326"."placement_start", "t326"."episode_start") <= (
                              "t326"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t366"
                        LEFT OUTER JOIN (
                          SELECT
                            "t212"."la_code",
                            "t212"."month",
                            "t212"."clav_person_id" AS "person_id",
                            "t212"."_latest"
                          FROM (
                            SELECT
                              "t182"."la_code",
                              "t182"."month",
                              "t182"."clav_person_id",
                              MAX("t182"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t147"."la_code",
                                "t147"."clav_person_id",
                                "t147"."clav_cla_visit_date",
                                "t49"."month",
                                "t49"."month_end",
                                "t49"."_from"
                              FROM (
                                SELECT
                                  "t116"."la_code",
                                  "t116"."clav_person_id",
                                  "t116"."clav_cla_visit_date"
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
                                  ) AS "t64"
                                  WHERE
                                    COALESCE("t64"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t64"."la_code" IN (
                                        SELECT
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_visits'
                                          AND "t16"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t116"
                              ) AS "t147"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t49"
                                ON "t147"."clav_cla_visit_date" >= "t49"."_from"
                                AND "t147"."clav_cla_visit_date" <= "t49"."month_end"
                            ) AS "t182"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t212"
                        ) AS "t241"
                          ON "t366"."la_code" = "t241"."la_code"
                          AND "t366"."month" = "t241"."month"
                          AND "t366"."person_id" = "t241"."person_id"
                      ) AS "t390"
                    ) AS "t405"
                  ) AS "t409"
                ) AS "t432"
                GROUP BY
                  1,
                  2
              ) AS "t450"
                ON "t18"."la_code" = "t450"."la_code" AND "t19"."month" = "t450"."month"
            ) AS "t461"
            ORDER BY
              "t461"."la_code" ASC,
              "t461"."month" ASC
          ) AS "t465"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t473"."la_code",
              "t473"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t473"."numerator",
              "t473"."denominator",
              "t473"."excluded",
              CASE
                WHEN "t473"."denominator" > 0
                THEN (
                  CAST("t473"."numerator" AS DOUBLE) / "t473"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t472"."numerator", 0) AS "numerator",
                COALESCE("t472"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t468"."la_code",
                  "t468"."month",
                  SUM(CAST("t468"."_kept" AND COALESCE("t468"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t468"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t464"."la_code",
                    "t464"."month",
                    "t464"."month_end",
                    "t464"."first_due",
                    "t464"."person_id",
                    "t464"."period_start",
                    "t464"."plan_id",
                    "t464"."held_n",
                    "t464"."last",
                    "t464"."late_held",
                    CASE
                      WHEN "t464"."held_n" = 0
                      THEN "t464"."first_due"
                      WHEN "t464"."held_n" = 1
                      THEN "t464"."last" + INTERVAL '3' MONTH
                      ELSE "t464"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t464"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t464"."held_n" = 0
                        THEN "t464"."first_due"
                        WHEN "t464"."held_n" = 1
                        THEN "t464"."last" + INTERVAL '3' MONTH
                        ELSE "t464"."last" + INTERVAL '6' MONTH
                      END > "t464"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t364"."la_code",
                      "t364"."month",
                      "t364"."month_end",
                      "t364"."first_due",
                      "t364"."person_id",
                      "t364"."period_start",
                      "t364"."plan_id",
                      COALESCE("t459"."k" + 1, 0) AS "held_n",
                      "t459"."date" AS "last",
                      COALESCE("t459"."first_late" <= "t459"."k", FALSE) AS "late_held"
                    FROM "t348" AS "t364"
                    LEFT OUTER JOIN (
                      SELECT
                        "t423"."la_code",
                        "t423"."plan_id",
                        "t423"."date",
                        "t423"."k",
                        "t423"."following",
                        "t441"."first_late"
                      FROM (
                        SELECT
                          "t413"."la_code",
                          "t413"."plan_id",
                          "t413"."date",
                          "t413"."k",
                          "t413"."following"
                        FROM "t408" AS "t413"
                      ) AS "t423"
                      LEFT OUTER JOIN (
                        SELECT
                          "t435"."la_code",
                          "t435"."plan_id",
                          MIN("t435"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t413"."la_code",
                              "t413"."first_due",
                              "t413"."plan_id",
                              "t413"."date",
                              "t413"."review_id",
                              "t413"."k",
                              "t413"."prev",
                              "t413"."following",
                              "t413"."date" > CASE
                                WHEN "t413"."k" = 0
                                THEN "t413"."first_due"
                                WHEN "t413"."k" = 1
                                THEN "t413"."prev" + INTERVAL '3' MONTH
                                ELSE "t413"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t408" AS "t413"
                          ) AS "t426"
                          WHERE
                            "t426"."late"
                        ) AS "t435"
                        GROUP BY
                          1,
                          2
                      ) AS "t441"
                        ON "t423"."la_code" = "t441"."la_code" AND "t423"."plan_id" = "t441"."plan_id"
                    ) AS "t459"
                      ON "t364"."la_code" = "t459"."la_code"
                      AND "t364"."plan_id" = "t459"."plan_id"
                      AND "t459"."date" <= "t364"."month_end"
                      AND COALESCE("t459"."following", MAKE_DATE(9999, 12, 31)) > "t364"."month_end"
                  ) AS "t464"
                ) AS "t468"
                GROUP BY
                  1,
                  2
              ) AS "t472"
                ON "t18"."la_code" = "t472"."la_code" AND "t19"."month" = "t472"."month"
            ) AS "t473"
            ORDER BY
              "t473"."la_code" ASC,
              "t473"."month" ASC
          ) AS "t474"
        ) AS "t475"
      ) AS "t476"
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
              "t431"."la_code",
              "t431"."month",
              'cla_3plus_placements' AS "indicator",
              "t431"."numerator",
              "t431"."denominator",
              "t431"."excluded",
              CASE
                WHEN "t431"."denominator" > 0
                THEN (
                  CAST("t431"."numerator" AS DOUBLE) / "t431"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t420"."numerator", 0) AS "numerator",
                COALESCE("t420"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t396"."la_code",
                  "t396"."month",
                  SUM(CAST("t396"."_kept" AND COALESCE("t396"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t396"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t369"."la_code",
                    "t369"."month",
                    "t369"."month_end",
                    "t369"."rolling_start",
                    "t369"."person_id",
                    "t369"."cla_id",
                    "t369"."episode_start",
                    "t369"."placements",
                    COALESCE("t369"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t279"."la_code",
                      "t279"."month",
                      "t279"."month_end",
                      "t279"."rolling_start",
                      "t279"."person_id",
                      "t279"."cla_id",
                      "t279"."episode_start",
                      "t342"."placements"
                    FROM "cohort_looked_after" AS "t279"
                    LEFT OUTER JOIN (
                      SELECT
                        "t314"."la_code",
                        "t314"."month",
                        "t314"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t279"."la_code",
                          "t279"."month",
                          "t279"."month_end",
                          "t279"."rolling_start",
                          "t279"."person_id",
                          "t279"."cla_id",
                          "t279"."episode_start",
                          "t158"."la_code" AS "la_code_right",
                          "t158"."clap_cla_placement_id",
                          "t158"."clap_cla_id",
                          "t158"."clap_cla_placement_start_date",
                          "t158"."clap_cla_placement_end_date",
                          "t158"."clap_cla_placement_type",
                          "t158"."clap_long_term",
                          "t158"."cla_id" AS "cla_id_right",
                          "t158"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t279"
                        INNER JOIN (
                          SELECT
                            "t86"."la_code",
                            "t86"."clap_cla_placement_id",
                            "t86"."clap_cla_id",
                            "t86"."clap_cla_placement_start_date",
                            "t86"."clap_cla_placement_end_date",
                            "t86"."clap_cla_placement_type",
                            "t86"."clap_long_term",
                            "t104"."cla_id",
                            "t104"."person_id"
                          FROM "t63" AS "t86"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t78"."la_code",
                              "t78"."clae_cla_id" AS "cla_id",
                              "t78"."clae_person_id" AS "person_id"
                            FROM "t62" AS "t78"
                          ) AS "t104"
                            ON "t86"."la_code" = "t104"."la_code" AND "t86"."clap_cla_id" = "t104"."cla_id"
                        ) AS "t158"
                          ON "t279"."la_code" = "t158"."la_code"
                          AND "t279"."person_id" = "t158"."person_id"
                          AND "t158"."clap_cla_placement_start_date" <= "t279"."month_end"
                          AND COALESCE("t158"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t279"."rolling_start"
                      ) AS "t314"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t342"
                      ON "t279"."la_code" = "t342"."la_code"
                      AND "t279"."month" = "t342"."month"
                      AND "t279"."person_id" = "t342"."person_id"
                  ) AS "t369"
                ) AS "t396"
                GROUP BY
                  1,
                  2
              ) AS "t420"
                ON "t18"."la_code" = "t420"."la_code" AND "t19"."month" = "t420"."month"
            ) AS "t431"
            ORDER BY
              "t431"."la_code" ASC,
              "t431"."month" ASC
          ) AS "t445"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t356"."la_code",
              "t356"."month",
              'cin_count' AS "indicator",
              "t356"."numerator",
              "t356"."denominator",
              "t356"."excluded",
              CAST("t356"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t327"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t283"."la_code",
                  "t283"."month",
                  SUM(CAST("t283"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t269"."la_code",
                    "t269"."month",
                    "t269"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t269"
                ) AS "t283"
                GROUP BY
                  1,
                  2
              ) AS "t327"
                ON "t18"."la_code" = "t327"."la_code" AND "t19"."month" = "t327"."month"
            ) AS "t356"
            ORDER BY
              "t356"."la_code" ASC,
              "t356"."month" ASC
          ) AS "t375"
        ) AS "t449"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t357"."la_code",
              "t357"."month",
              'cin_per_10k' AS "indicator",
              "t357"."numerator",
              "t357"."denominator",
              "t357"."excluded",
              (
                CAST("t357"."numerator" AS DOUBLE) / "t357"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t327"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t283"."la_code",
                  "t283"."month",
                  SUM(CAST("t283"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t269"."la_code",
                    "t269"."month",
                    "t269"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t269"
                ) AS "t283"
                GROUP BY
                  1,
                  2
              ) AS "t327"
                ON "t18"."la_code" = "t327"."la_code" AND "t19"."month" = "t327"."month"
              INNER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  "t200"."pop_year",
                  "t200"."population",
                  "t200"."year" AS "year_used"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    "t154"."year",
                    "t154"."population",
                    "t154"."source",
                    "t154"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t154"."la_code", "t154"."month"
                      ORDER BY "t154"."distance" ASC, "t154"."year" DESC
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
                        "t75"."year",
                        "t75"."population",
                        "t75"."source"
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
                      ) AS "t75"
                        ON "t18"."la_code" = "t75"."la_code"
                    ) AS "t111"
                  ) AS "t154"
                ) AS "t200"
                WHERE
                  "t200"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t357"
            ORDER BY
              "t357"."la_code" ASC,
              "t357"."month" ASC
          ) AS "t391"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t406"."la_code",
              "t406"."month",
              'caseload_mean' AS "indicator",
              "t406"."numerator",
              "t406"."denominator",
              "t406"."excluded",
              CASE
                WHEN "t406"."denominator" > 0
                THEN (
                  CAST("t406"."numerator" AS DOUBLE) / "t406"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t394"."numerator", 0) AS "numerator",
                COALESCE("t394"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t353"."la_code",
                  "t353"."month",
                  SUM(CASE WHEN "t353"."_kept" THEN COALESCE("t353"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t353"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t339"."la_code",
                    "t339"."month",
                    "t339"."worker_id",
                    "t339"."team_id",
                    "t339"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t339"
                ) AS "t353"
                GROUP BY
                  1,
                  2
              ) AS "t394"
                ON "t18"."la_code" = "t394"."la_code" AND "t19"."month" = "t394"."month"
            ) AS "t406"
            ORDER BY
              "t406"."la_code" ASC,
              "t406"."month" ASC
          ) AS "t425"
        ) AS "t430"
      ) AS "t453"
    ) AS "t477"
  ) AS "t478"
) AS "t479"
ORDER BY
  "t479"."indicator" ASC,
  "t479"."la_code" ASC,
  "t479"."month" ASC
