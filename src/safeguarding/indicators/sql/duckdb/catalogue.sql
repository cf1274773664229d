-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "catalogue"}
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
), "t60" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t9"
  WHERE
    "t9"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t61" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t66" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t15"
  WHERE
    "t15"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t94" AS (
  SELECT
    "t80"."la_code",
    "t80"."cppl_cp_plan_id",
    "t80"."cppl_person_id",
    "t80"."cppl_cp_plan_start_date",
    "t80"."cppl_cp_plan_end_date",
    "t80"."cppl_cp_plan_initial_category",
    "t80"."cppl_cp_plan_latest_category",
    "t80"."cppl_icpc_id",
    "t48"."_lo",
    "t48"."_hi"
  FROM "t56" AS "t80"
  CROSS JOIN (
    SELECT
      MIN("t1"."rolling_start") AS "_lo",
      MAX("t1"."month_end") AS "_hi"
    FROM "_months" AS "t1"
  ) AS "t48"
), "t122" AS (
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
      "t48"."_lo",
      "t48"."_hi"
    FROM "t55" AS "t79"
    CROSS JOIN (
      SELECT
        MIN("t1"."rolling_start") AS "_lo",
        MAX("t1"."month_end") AS "_hi"
      FROM "_months" AS "t1"
    ) AS "t48"
  ) AS "t91"
  WHERE
    "t91"."cine_referral_date" >= "t91"."_lo"
    AND "t91"."cine_referral_date" <= "t91"."_hi"
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
), "t131" AS (
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
      "t79"."la_code",
      "t79"."cine_referral_id",
      "t79"."cine_person_id",
      "t79"."cine_referral_date",
      "t79"."cine_referral_source_code",
      "t79"."cine_referral_nfa",
      "t79"."cine_cin_primary_need_code",
      "t79"."cine_close_date",
      "t79"."cine_close_reason",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t55" AS "t79"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t90"
  WHERE
    "t90"."cine_referral_date" <= "t90"."_last_end"
    AND COALESCE("t90"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t90"."_first_end"
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
  FROM "t56" AS "t80"
  INNER JOIN "_months" AS "t19"
    ON "t80"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t80"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "t140" AS (
  SELECT
    "t98"."la_code",
    "t98"."clae_cla_episode_id",
    "t98"."clae_person_id",
    "t98"."clae_cla_id",
    "t98"."clae_cla_episode_start_date",
    "t98"."clae_cla_episode_ceased_date",
    "t98"."clae_entered_care_date",
    "t98"."clae_cla_placement_id"
  FROM (
    SELECT
      "t82"."la_code",
      "t82"."clae_cla_episode_id",
      "t82"."clae_person_id",
      "t82"."clae_cla_id",
      "t82"."clae_cla_episode_start_date",
      "t82"."clae_cla_episode_ceased_date",
      "t82"."clae_entered_care_date",
      "t82"."clae_cla_placement_id",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t61" AS "t82"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t98"
  WHERE
    "t98"."clae_cla_episode_start_date" <= "t98"."_last_end"
    AND COALESCE("t98"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t98"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t99"."la_code",
    "t99"."first_episode_start",
    "t99"."clae_person_id",
    "t99"."clae_cla_id" AS "cla_id",
    COALESCE("t99"."entered", "t99"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t76"."la_code",
      "t76"."clae_cla_id",
      MIN("t76"."clae_entered_care_date") AS "entered",
      MIN("t76"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t76"."clae_person_id") AS "clae_person_id"
    FROM "t61" AS "t76"
    GROUP BY
      1,
      2
  ) AS "t99"
), "t161" AS (
  SELECT
    "t119"."la_code",
    "t119"."invo_involvements_id",
    "t119"."invo_person_id",
    "t119"."invo_professional_id",
    "t119"."invo_professional_role_id",
    "t119"."invo_professional_team",
    "t119"."invo_involvement_start_date",
    "t119"."invo_involvement_end_date",
    "t119"."invo_worker_change_reason",
    "t119"."invo_referral_id",
    "t119"."_start",
    "t119"."_end"
  FROM (
    SELECT
      "t101"."la_code",
      "t101"."invo_involvements_id",
      "t101"."invo_person_id",
      "t101"."invo_professional_id",
      "t101"."invo_professional_role_id",
      "t101"."invo_professional_team",
      "t101"."invo_involvement_start_date",
      "t101"."invo_involvement_end_date",
      "t101"."invo_worker_change_reason",
      "t101"."invo_referral_id",
      "t101"."_start",
      "t101"."_end",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM (
      SELECT
        "t62"."la_code",
        "t62"."invo_involvements_id",
        "t62"."invo_person_id",
        "t62"."invo_professional_id",
        "t62"."invo_professional_role_id",
        "t62"."invo_professional_team",
        "t62"."invo_involvement_start_date",
        "t62"."invo_involvement_end_date",
        "t62"."invo_worker_change_reason",
        "t62"."invo_referral_id",
        CAST("t62"."invo_involvement_start_date" AS DATE) AS "_start",
        CAST("t62"."invo_involvement_end_date" AS DATE) AS "_end"
      FROM (
        SELECT
          *
        FROM "ssd_involvements" AS "t11"
        WHERE
          "t11"."la_code" IN (
            SELECT
              *
            FROM "t22"
          )
      ) AS "t62"
      WHERE
        "t62"."invo_professional_id" IS NOT NULL
    ) AS "t101"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t119"
  WHERE
    "t119"."_start" <= "t119"."_last_end"
    AND COALESCE("t119"."_end", MAKE_DATE(9999, 12, 31)) > "t119"."_first_end"
), "t166" AS (
  SELECT
    "t129"."la_code",
    "t129"."clap_cla_placement_id",
    "t129"."clap_cla_id",
    "t129"."clap_cla_placement_start_date",
    "t129"."clap_cla_placement_end_date",
    "t129"."clap_cla_placement_type",
    "t129"."clap_long_term"
  FROM (
    SELECT
      "t113"."la_code",
      "t113"."clap_cla_placement_id",
      "t113"."clap_cla_id",
      "t113"."clap_cla_placement_start_date",
      "t113"."clap_cla_placement_end_date",
      "t113"."clap_cla_placement_type",
      "t113"."clap_long_term",
      "t47"."_first_end",
      "t47"."_last_end"
    FROM (
      SELECT
        *
      FROM "t66" AS "t78"
      WHERE
        "t78"."la_code" IN (
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
    ) AS "t47"
  ) AS "t129"
  WHERE
    "t129"."clap_cla_placement_start_date" <= "t129"."_last_end"
    AND COALESCE("t129"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t129"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t146"."la_code",
    "t146"."month",
    "t146"."month_end",
    "t146"."cppl_person_id",
    MIN("t146"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t146"
  GROUP BY
    1,
    2,
    3,
    4
), "t184" AS (
  SELECT
    "t146"."la_code",
    "t146"."month",
    "t146"."month_end",
    "t146"."cppl_cp_plan_id" AS "plan_id",
    "t146"."cppl_cp_plan_start_date" AS "start",
    "t146"."cppl_person_id" AS "person_id",
    "t146"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t146"
  WHERE
    (
      "t146"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t146"."month_end"
), "cohort_in_need" AS (
  SELECT
    "t154"."la_code",
    "t19"."month",
    "t154"."cine_person_id"
  FROM "t131" AS "t154"
  INNER JOIN "_months" AS "t19"
    ON "t154"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t154"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t154"."la_code",
      "t154"."cine_referral_id" AS "_superseded",
      "t155"."cine_referral_date" AS "_start",
      "t155"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t131" AS "t154"
    INNER JOIN "t131" AS "t155"
      ON "t154"."la_code" = "t155"."la_code"
      AND "t154"."cine_person_id" = "t155"."cine_person_id"
      AND "t155"."cine_referral_date" >= "t154"."cine_referral_date"
      AND (
        (
          "t155"."cine_referral_date" > "t154"."cine_referral_date"
        )
        OR (
          "t155"."cine_referral_id" > "t154"."cine_referral_id"
        )
      )
      AND "t155"."cine_referral_date" < COALESCE("t154"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t155"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t155"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t213"
    ON "t154"."la_code" = "t213"."la_code"
    AND "t19"."month" = "t213"."month"
    AND "t154"."cine_referral_id" = "t213"."_superseded"
), "cohort_looked_after" AS (
  SELECT
    "t158"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t158"."clae_person_id" AS "person_id",
    "t158"."clae_cla_id" AS "cla_id",
    "t158"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t140" AS "t158"
  INNER JOIN "_months" AS "t19"
    ON "t158"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t158"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t158"."la_code",
      "t158"."clae_cla_episode_id" AS "_superseded",
      "t159"."clae_cla_episode_start_date" AS "_start",
      "t159"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t140" AS "t158"
    INNER JOIN "t140" AS "t159"
      ON "t158"."la_code" = "t159"."la_code"
      AND "t158"."clae_person_id" = "t159"."clae_person_id"
      AND "t159"."clae_cla_episode_start_date" >= "t158"."clae_cla_episode_start_date"
      AND (
        (
          "t159"."clae_cla_episode_start_date" > "t158"."clae_cla_episode_start_date"
        )
        OR (
          "t159"."clae_cla_episode_id" > "t158"."clae_cla_episode_id"
        )
      )
      AND "t159"."clae_cla_episode_start_date" < COALESCE("t158"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t159"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t159"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t219"
    ON "t158"."la_code" = "t219"."la_code"
    AND "t19"."month" = "t219"."month"
    AND "t158"."clae_cla_episode_id" = "t219"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t175"."la_code",
    "t19"."month",
    "t175"."invo_person_id" AS "person_id",
    "t175"."invo_professional_id" AS "worker_id",
    "t175"."invo_professional_team" AS "team_id"
  FROM "t161" AS "t175"
  INNER JOIN "_months" AS "t19"
    ON "t175"."_start" <= "t19"."month_end"
    AND COALESCE("t175"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t175"."la_code",
      "t175"."invo_involvements_id" AS "_superseded",
      "t176"."_start",
      "t176"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t161" AS "t175"
    INNER JOIN "t161" AS "t176"
      ON "t175"."la_code" = "t176"."la_code"
      AND "t175"."invo_person_id" = "t176"."invo_person_id"
      AND "t176"."invo_involvement_start_date" >= "t175"."invo_involvement_start_date"
      AND (
        (
          "t176"."invo_involvement_start_date" > "t175"."invo_involvement_start_date"
        )
        OR (
          "t176"."invo_involvements_id" > "t175"."invo_involvements_id"
        )
      )
      AND "t176"."_start" < COALESCE("t175"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t176"."_start" <= "t20"."month_end"
      AND COALESCE("t176"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t239"
    ON "t175"."la_code" = "t239"."la_code"
    AND "t19"."month" = "t239"."month"
    AND "t175"."invo_involvements_id" = "t239"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t290"."la_code",
    "t290"."month",
    "t290"."worker_id",
    MAX("t290"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t290"
  GROUP BY
    1,
    2,
    3
), "t342" AS (
  SELECT
    "t304"."la_code",
    "t304"."plan_id",
    "t304"."date",
    "t304"."review_id",
    "t304"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t304"."la_code", "t304"."plan_id"
      ORDER BY "t304"."date" ASC, "t304"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t304"."date") OVER (
      PARTITION BY "t304"."la_code", "t304"."plan_id"
      ORDER BY "t304"."date" ASC, "t304"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t304"."date") OVER (
      PARTITION BY "t304"."la_code", "t304"."plan_id"
      ORDER BY "t304"."date" ASC, "t304"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t271"."la_code",
      "t271"."plan_id",
      "t271"."date",
      "t271"."review_id",
      "t271"."first_due"
    FROM (
      SELECT
        "t232"."la_code",
        "t232"."cppr_cp_plan_id" AS "plan_id",
        "t232"."cppr_cp_review_date" AS "date",
        "t232"."cppr_cp_review_id" AS "review_id",
        "t232"."start" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t77"."la_code",
          "t77"."cppr_cp_review_id",
          "t77"."cppr_person_id",
          "t77"."cppr_cp_plan_id",
          "t77"."cppr_cp_review_due",
          "t77"."cppr_cp_review_date",
          "t194"."plan_id",
          "t194"."start"
        FROM (
          SELECT
            *
          FROM "ssd_cp_reviews" AS "t13"
          WHERE
            "t13"."la_code" IN (
              SELECT
                *
              FROM "t22"
            )
        ) AS "t77"
        INNER JOIN (
          SELECT DISTINCT
            "t146"."la_code",
            "t146"."cppl_cp_plan_id" AS "plan_id",
            "t146"."cppl_cp_plan_start_date" AS "start"
          FROM "cohort_open_plans" AS "t146"
          WHERE
            (
              "t146"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
            ) <= "t146"."month_end"
        ) AS "t194"
          ON "t77"."la_code" = "t194"."la_code" AND "t77"."cppr_cp_plan_id" = "t194"."plan_id"
      ) AS "t232"
      WHERE
        "t232"."cppr_cp_review_date" >= "t232"."start"
    ) AS "t271"
    SEMI JOIN "t184" AS "t207"
      ON "t271"."la_code" = "t207"."la_code" AND "t271"."plan_id" = "t207"."plan_id"
  ) AS "t304"
), "t345" AS (
  SELECT
    "t314"."la_code",
    "t314"."month",
    "t314"."month_end",
    "t314"."first_due",
    "t314"."person_id",
    "t314"."period_start",
    "t314"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t280"."la_code",
      "t280"."month",
      "t280"."month_end",
      "t280"."rolling_start",
      "t280"."person_id",
      "t280"."cla_id",
      "t280"."episode_start",
      "t252"."first_episode_start",
      "t252"."clae_person_id",
      "t252"."period_start",
      "t252"."first_due",
      "t51"."_wd_a",
      "t53"."_wd_b"
    FROM "cohort_looked_after" AS "t280"
    INNER JOIN (
      SELECT
        "t227".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t201"."la_code",
          "t201"."first_episode_start",
          "t201"."clae_person_id",
          "t201"."cla_id",
          "t201"."period_start",
          "t201"."wd21",
          "t201"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t160"."la_code",
            "t160"."first_episode_start",
            "t160"."clae_person_id",
            "t160"."cla_id",
            "t160"."period_start",
            "t41"."wd21"
          FROM "cohort_period_starts" AS "t160"
          LEFT OUTER JOIN (
            SELECT
              "t7"."wd_ordinal" AS "_wd_from",
              "t7"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t7"
          ) AS "t38"
            ON "t160"."period_start" = "t38"."_wd_from__date"
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
        ) AS "t201"
      ) AS "t227"
    ) AS "t252"
      ON "t280"."la_code" = "t252"."la_code" AND "t280"."cla_id" = "t252"."cla_id"
    LEFT OUTER JOIN "t24" AS "t51"
      ON "t252"."period_start" = "t51"."_wd_a__date"
    LEFT OUTER JOIN "t25" AS "t53"
      ON "t280"."month_end" = "t53"."_wd_b__date"
  ) AS "t314"
  WHERE
    (
      "t314"."_wd_b" - "t314"."_wd_a"
    ) > 20
), "t407" AS (
  SELECT
    "t388"."la_code",
    "t388"."first_due",
    "t388"."plan_id",
    "t388"."date",
    "t388"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t388"."la_code", "t388"."plan_id"
      ORDER BY "t388"."date" ASC, "t388"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t388"."date") OVER (
      PARTITION BY "t388"."la_code", "t388"."plan_id"
      ORDER BY "t388"."date" ASC, "t388"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t388"."date") OVER (
      PARTITION BY "t388"."la_code", "t388"."plan_id"
      ORDER BY "t388"."date" ASC, "t388"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t315"."la_code",
      "t315"."first_due",
      "t315"."plan_id",
      "t315"."date",
      "t315"."review_id"
    FROM (
      SELECT
        "t281"."la_code",
        "t281"."first_due",
        "t281"."clar_cla_id" AS "plan_id",
        "t281"."clar_cla_review_date" AS "date",
        "t281"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t114"."la_code",
          "t114"."clar_cla_review_id",
          "t114"."clar_cla_id",
          "t114"."clar_cla_review_due_date",
          "t114"."clar_cla_review_date",
          "t114"."clar_cla_review_cancelled",
          "t252"."first_episode_start",
          "t252"."clae_person_id",
          "t252"."cla_id",
          "t252"."period_start",
          "t252"."first_due"
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
        ) AS "t114"
        INNER JOIN (
          SELECT
            "t227".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t201"."la_code",
              "t201"."first_episode_start",
              "t201"."clae_person_id",
              "t201"."cla_id",
              "t201"."period_start",
              "t201"."wd21",
              "t201"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t160"."la_code",
                "t160"."first_episode_start",
                "t160"."clae_person_id",
                "t160"."cla_id",
                "t160"."period_start",
                "t41"."wd21"
              FROM "cohort_period_starts" AS "t160"
              LEFT OUTER JOIN (
                SELECT
                  "t7"."wd_ordinal" AS "_wd_from",
                  "t7"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t7"
              ) AS "t38"
                ON "t160"."period_start" = "t38"."_wd_from__date"
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
            ) AS "t201"
          ) AS "t227"
        ) AS "t252"
          ON "t114"."la_code" = "t252"."la_code" AND "t114"."clar_cla_id" = "t252"."cla_id"
      ) AS "t281"
      WHERE
        "t281"."clar_cla_review_date" >= "t281"."period_start"
    ) AS "t315"
    SEMI JOIN "t345" AS "t363"
      ON "t315"."la_code" = "t363"."la_code" AND "t315"."plan_id" = "t363"."plan_id"
  ) AS "t388"
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
            "t415"."la_code",
            "t415"."month",
            'caseload_over_policy' AS "indicator",
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
              COALESCE("t400"."numerator", 0) AS "numerator",
              COALESCE("t400"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t353"."la_code",
                "t353"."month",
                SUM(CAST("t353"."_kept" AND COALESCE("t353"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t353"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t331"."la_code",
                  "t331"."month",
                  "t331"."worker_id",
                  "t331"."team_id",
                  "t331"."amount",
                  "t331"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t331"
              ) AS "t353"
              GROUP BY
                1,
                2
            ) AS "t400"
              ON "t18"."la_code" = "t400"."la_code" AND "t19"."month" = "t400"."month"
          ) AS "t415"
          ORDER BY
            "t415"."la_code" ASC,
            "t415"."month" ASC
        ) AS "t433"
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
              COALESCE("t413"."numerator", 0) AS "numerator",
              COALESCE("t413"."denominator", 0) AS "denominator",
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
                  "t367"."la_code",
                  "t367"."month",
                  "t367"."person_id",
                  "t367"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t338"."la_code",
                    "t338"."month",
                    "t338"."person_id",
                    COUNT("t338"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t307"."la_code",
                      "t307"."month",
                      "t307"."month_end",
                      "t307"."person_id",
                      "t174"."la_code" AS "la_code_right",
                      "t174"."invo_involvements_id",
                      "t174"."invo_person_id",
                      "t174"."invo_professional_id",
                      "t174"."invo_professional_role_id",
                      "t174"."invo_professional_team",
                      "t174"."invo_involvement_start_date",
                      "t174"."invo_involvement_end_date",
                      "t174"."invo_worker_change_reason",
                      "t174"."invo_referral_id",
                      "t174"."_start",
                      "t174"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t192"."la_code",
                          "t192"."month",
                          "t192"."month_end",
                          "t192"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t192"
                      ) AS "t216"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t273"."la_code",
                          "t273"."month",
                          "t273"."month_end",
                          "t273"."person_id"
                        FROM "cohort_looked_after" AS "t273"
                      ) AS "t288"
                    ) AS "t307"
                    LEFT OUTER JOIN "t161" AS "t174"
                      ON "t307"."la_code" = "t174"."la_code"
                      AND "t307"."person_id" = "t174"."invo_person_id"
                      AND "t174"."_start" <= "t307"."month_end"
                      AND COALESCE("t174"."_end", MAKE_DATE(9999, 12, 31)) > "t307"."month_end"
                  ) AS "t338"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t367"
              ) AS "t379"
              GROUP BY
                1,
                2
            ) AS "t413"
              ON "t18"."la_code" = "t413"."la_code" AND "t19"."month" = "t413"."month"
          ) AS "t424"
          ORDER BY
            "t424"."la_code" ASC,
            "t424"."month" ASC
        ) AS "t438"
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
                COALESCE("t208"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t156"."la_code",
                  "t156"."month",
                  SUM(CAST("t156"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."cont_contact_id",
                    "t138"."cont_person_id",
                    "t138"."cont_contact_date",
                    "t138"."cont_contact_source_code",
                    "t138"."cont_contact_outcome_json",
                    "t138"."cont_screening_date",
                    "t138"."cont_screened_by_qualified",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t138"
                ) AS "t156"
                GROUP BY
                  1,
                  2
              ) AS "t208"
                ON "t18"."la_code" = "t208"."la_code" AND "t19"."month" = "t208"."month"
            ) AS "t249"
            ORDER BY
              "t249"."la_code" ASC,
              "t249"."month" ASC
          ) AS "t272"
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
                  "t195"."la_code",
                  "t195"."month",
                  SUM(CAST("t195"."_kept" AND COALESCE("t195"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t195"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."cont_contact_id",
                    "t138"."cont_person_id",
                    "t138"."cont_contact_date",
                    "t138"."cont_contact_source_code",
                    "t138"."cont_contact_outcome_json",
                    "t138"."cont_screening_date",
                    "t138"."cont_screened_by_qualified",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    (
                      "t138"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t138"."cont_screening_date" <= (
                        "t138"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t138"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t138"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t138"
                ) AS "t195"
                GROUP BY
                  1,
                  2
              ) AS "t266"
                ON "t18"."la_code" = "t266"."la_code" AND "t19"."month" = "t266"."month"
            ) AS "t297"
            ORDER BY
              "t297"."la_code" ASC,
              "t297"."month" ASC
          ) AS "t343"
        ) AS "t351"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t278"."la_code",
              "t278"."month",
              'contacts_to_referral' AS "indicator",
              "t278"."numerator",
              "t278"."denominator",
              "t278"."excluded",
              CASE
                WHEN "t278"."denominator" > 0
                THEN (
                  CAST("t278"."numerator" AS DOUBLE) / "t278"."denominator"
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
                  "t172"."la_code",
                  "t172"."month",
                  SUM(CAST("t172"."_kept" AND COALESCE("t172"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t172"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."cont_contact_id",
                    "t138"."cont_person_id",
                    "t138"."cont_contact_date",
                    "t138"."cont_contact_source_code",
                    "t138"."cont_contact_outcome_json",
                    "t138"."cont_screening_date",
                    "t138"."cont_screened_by_qualified",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t138"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t138"
                ) AS "t172"
                GROUP BY
                  1,
                  2
              ) AS "t248"
                ON "t18"."la_code" = "t248"."la_code" AND "t19"."month" = "t248"."month"
            ) AS "t278"
            ORDER BY
              "t278"."la_code" ASC,
              "t278"."month" ASC
          ) AS "t328"
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
                COALESCE("t181"."numerator", 0) AS "numerator",
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
                    "t116"."la_code",
                    "t116"."cine_referral_id",
                    "t116"."cine_person_id",
                    "t116"."cine_referral_date",
                    "t116"."cine_referral_source_code",
                    "t116"."cine_referral_nfa",
                    "t116"."cine_cin_primary_need_code",
                    "t116"."cine_close_date",
                    "t116"."cine_close_reason",
                    "t116"."month",
                    "t116"."month_end",
                    "t116"."rolling_start",
                    "t116"."pop_year",
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
                    FROM "t55" AS "t79"
                    INNER JOIN "_months" AS "t19"
                      ON "t79"."cine_referral_date" >= "t19"."month"
                      AND "t79"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t116"
                ) AS "t130"
                GROUP BY
                  1,
                  2
              ) AS "t181"
                ON "t18"."la_code" = "t181"."la_code" AND "t19"."month" = "t181"."month"
            ) AS "t222"
            ORDER BY
              "t222"."la_code" ASC,
              "t222"."month" ASC
          ) AS "t254"
        ) AS "t336"
      ) AS "t359"
    ) AS "t446"
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
              "t347"."la_code",
              "t347"."month",
              'referrals_per_10k' AS "indicator",
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
                COALESCE("t318"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t284"."la_code",
                  "t284"."_in" AS "month",
                  SUM("t284"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t256"."la_code",
                    "t256"."month",
                    "t256"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t204"."la_code",
                      "t204"."month",
                      SUM(CAST("t204"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t182"."la_code",
                        "t182"."cine_referral_id",
                        "t182"."cine_person_id",
                        "t182"."cine_referral_date",
                        "t182"."cine_referral_source_code",
                        "t182"."cine_referral_nfa",
                        "t182"."cine_cin_primary_need_code",
                        "t182"."cine_close_date",
                        "t182"."cine_close_reason",
                        "t182"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t145"."la_code",
                          "t145"."cine_referral_id",
                          "t145"."cine_person_id",
                          "t145"."cine_referral_date",
                          "t145"."cine_referral_source_code",
                          "t145"."cine_referral_nfa",
                          "t145"."cine_cin_primary_need_code",
                          "t145"."cine_close_date",
                          "t145"."cine_close_reason",
                          "t40"."month"
                        FROM "t122" AS "t145"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t145"."cine_referral_date" = "t40"."_date"
                      ) AS "t182"
                    ) AS "t204"
                    GROUP BY
                      1,
                      2
                  ) AS "t256"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t256"."month" >= "t32"."_from" AND "t256"."month" <= "t32"."_in"
                ) AS "t284"
                GROUP BY
                  1,
                  2
              ) AS "t318"
                ON "t18"."la_code" = "t318"."la_code" AND "t19"."month" = "t318"."month"
              INNER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  "t197"."pop_year",
                  "t197"."population",
                  "t197"."year" AS "year_used"
                FROM (
                  SELECT
                    "t149"."la_code",
                    "t149"."month",
                    "t149"."month_end",
                    "t149"."rolling_start",
                    "t149"."pop_year",
                    "t149"."year",
                    "t149"."population",
                    "t149"."source",
                    "t149"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t149"."la_code", "t149"."month"
                      ORDER BY "t149"."distance" ASC, "t149"."year" DESC
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
                  ) AS "t149"
                ) AS "t197"
                WHERE
                  "t197"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t347"
            ORDER BY
              "t347"."la_code" ASC,
              "t347"."month" ASC
          ) AS "t382"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t426"."la_code",
              "t426"."month",
              'rereferrals_12m' AS "indicator",
              "t426"."numerator",
              "t426"."denominator",
              "t426"."excluded",
              CASE
                WHEN "t426"."denominator" > 0
                THEN (
                  CAST("t426"."numerator" AS DOUBLE) / "t426"."denominator"
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
                  "t401"."la_code",
                  "t401"."_in" AS "month",
                  SUM("t401"."numerator") AS "numerator",
                  SUM("t401"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t374"."la_code",
                    "t374"."month",
                    "t374"."numerator",
                    "t374"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t326"."la_code",
                      "t326"."month",
                      SUM(CAST("t326"."_kept" AND COALESCE("t326"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t326"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t310"."la_code",
                        "t310"."cine_referral_id",
                        "t310"."cine_person_id",
                        "t310"."cine_referral_date",
                        "t310"."hit",
                        "t310"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t275"."la_code",
                          "t275"."cine_referral_id",
                          "t275"."cine_person_id",
                          "t275"."cine_referral_date",
                          "t275"."hit",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t245"."la_code",
                            "t245"."cine_referral_id",
                            "t245"."cine_person_id",
                            "t245"."cine_referral_date",
                            "t245"."hit"
                          FROM (
                            SELECT
                              "t223"."la_code",
                              "t223"."cine_referral_id",
                              "t223"."cine_person_id",
                              "t223"."cine_referral_date",
                              "t223"."hit",
                              "t48"."_lo",
                              "t48"."_hi"
                            FROM (
                              SELECT
                                "t132"."la_code",
                                "t132"."cine_referral_id",
                                "t132"."cine_person_id",
                                "t132"."cine_referral_date",
                                EXISTS(
                                  SELECT
                                    1
                                  FROM (
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
                                        "t68"."_lo",
                                        "t68"."_hi"
                                      FROM "t55" AS "t79"
                                      CROSS JOIN (
                                        SELECT
                                          MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                          MAX("t1"."month_end") AS "_hi"
                                        FROM "_months" AS "t1"
                                      ) AS "t68"
                                    ) AS "t92"
                                    WHERE
                                      "t92"."cine_referral_date" >= "t92"."_lo"
                                      AND "t92"."cine_referral_date" <= "t92"."_hi"
                                  ) AS "t133"
                                  WHERE
                                    (
                                      "t133"."la_code" = "t132"."la_code"
                                    )
                                    AND (
                                      "t133"."cine_person_id" = "t132"."cine_person_id"
                                    )
                                    AND (
                                      "t133"."cine_referral_date" >= (
                                        "t132"."cine_referral_date" + INTERVAL '-12' MONTH
                                      )
                                    )
                                    AND (
                                      "t133"."cine_referral_date" < "t132"."cine_referral_date"
                                    )
                                ) AS "hit"
                              FROM "t122" AS "t132"
                            ) AS "t223"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t245"
                          WHERE
                            "t245"."cine_referral_date" >= "t245"."_lo"
                            AND "t245"."cine_referral_date" <= "t245"."_hi"
                        ) AS "t275"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t275"."cine_referral_date" = "t40"."_date"
                      ) AS "t310"
                    ) AS "t326"
                    GROUP BY
                      1,
                      2
                  ) AS "t374"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t374"."month" >= "t32"."_from" AND "t374"."month" <= "t32"."_in"
                ) AS "t401"
                GROUP BY
                  1,
                  2
              ) AS "t416"
                ON "t18"."la_code" = "t416"."la_code" AND "t19"."month" = "t416"."month"
            ) AS "t426"
            ORDER BY
              "t426"."la_code" ASC,
              "t426"."month" ASC
          ) AS "t440"
        ) AS "t444"
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
                COALESCE("t167"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t120"."la_code",
                  "t120"."month",
                  SUM(CAST("t120"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t120"
                GROUP BY
                  1,
                  2
              ) AS "t167"
                ON "t18"."la_code" = "t167"."la_code" AND "t19"."month" = "t167"."month"
            ) AS "t212"
            ORDER BY
              "t212"."la_code" ASC,
              "t212"."month" ASC
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
                COALESCE("t301"."numerator", 0) AS "numerator",
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
                      "t180"."la_code",
                      "t180"."month",
                      SUM(CAST("t180"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t163"."la_code",
                        "t163"."cina_assessment_id",
                        "t163"."cina_person_id",
                        "t163"."cina_referral_id",
                        "t163"."cina_assessment_start_date",
                        "t163"."cina_assessment_auth_date",
                        "t163"."cina_assessment_child_seen",
                        "t163"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t121"."la_code",
                          "t121"."cina_assessment_id",
                          "t121"."cina_person_id",
                          "t121"."cina_referral_id",
                          "t121"."cina_assessment_start_date",
                          "t121"."cina_assessment_auth_date",
                          "t121"."cina_assessment_child_seen",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t84"."la_code",
                            "t84"."cina_assessment_id",
                            "t84"."cina_person_id",
                            "t84"."cina_referral_id",
                            "t84"."cina_assessment_start_date",
                            "t84"."cina_assessment_auth_date",
                            "t84"."cina_assessment_child_seen"
                          FROM (
                            SELECT
                              "t69"."la_code",
                              "t69"."cina_assessment_id",
                              "t69"."cina_person_id",
                              "t69"."cina_referral_id",
                              "t69"."cina_assessment_start_date",
                              "t69"."cina_assessment_auth_date",
                              "t69"."cina_assessment_child_seen",
                              "t48"."_lo",
                              "t48"."_hi"
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
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t84"
                          WHERE
                            "t84"."cina_assessment_auth_date" >= "t84"."_lo"
                            AND "t84"."cina_assessment_auth_date" <= "t84"."_hi"
                        ) AS "t121"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t121"."cina_assessment_auth_date" = "t40"."_date"
                      ) AS "t163"
                    ) AS "t180"
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
              ) AS "t301"
                ON "t18"."la_code" = "t301"."la_code" AND "t19"."month" = "t301"."month"
              INNER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  "t197"."pop_year",
                  "t197"."population",
                  "t197"."year" AS "year_used"
                FROM (
                  SELECT
                    "t149"."la_code",
                    "t149"."month",
                    "t149"."month_end",
                    "t149"."rolling_start",
                    "t149"."pop_year",
                    "t149"."year",
                    "t149"."population",
                    "t149"."source",
                    "t149"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t149"."la_code", "t149"."month"
                      ORDER BY "t149"."distance" ASC, "t149"."year" DESC
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
                  ) AS "t149"
                ) AS "t197"
                WHERE
                  "t197"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t332"
            ORDER BY
              "t332"."la_code" ASC,
              "t332"."month" ASC
          ) AS "t369"
        ) AS "t372"
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
              "t340"."la_code",
              "t340"."month",
              'assessments_in_timescale' AS "indicator",
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
                COALESCE("t311"."numerator", 0) AS "numerator",
                COALESCE("t311"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t257"."la_code",
                  "t257"."month",
                  SUM(CAST("t257"."_kept" AND COALESCE("t257"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t257"."_kept" AS BIGINT)) AS "denominator"
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
                      "t169"."la_code",
                      "t169"."cina_assessment_id",
                      "t169"."cina_person_id",
                      "t169"."cina_referral_id",
                      "t169"."cina_assessment_start_date",
                      "t169"."cina_assessment_auth_date",
                      "t169"."cina_assessment_child_seen",
                      "t169"."month",
                      "t169"."month_end",
                      "t169"."rolling_start",
                      "t169"."pop_year",
                      "t169"."la_code_right",
                      "t169"."cine_referral_id",
                      "t169"."cine_referral_date",
                      "t169"."_start",
                      "t50"."_wd_a",
                      "t52"."_wd_b"
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
                        COALESCE("t134"."cine_referral_date", "t134"."cina_assessment_start_date") AS "_start"
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
                          "t93"."la_code" AS "la_code_right",
                          "t93"."cine_referral_id",
                          "t93"."cine_referral_date"
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
                          FROM "t55" AS "t70"
                        ) AS "t93"
                          ON "t69"."la_code" = "t93"."la_code"
                          AND "t69"."cina_referral_id" = "t93"."cine_referral_id"
                      ) AS "t134"
                    ) AS "t169"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t169"."_start" = "t50"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t52"
                      ON "t169"."cina_assessment_auth_date" = "t52"."_wd_b__date"
                  ) AS "t215"
                ) AS "t257"
                GROUP BY
                  1,
                  2
              ) AS "t311"
                ON "t18"."la_code" = "t311"."la_code" AND "t19"."month" = "t311"."month"
            ) AS "t340"
            ORDER BY
              "t340"."la_code" ASC,
              "t340"."month" ASC
          ) AS "t383"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t344"."la_code",
              "t344"."month",
              's47_per_10k' AS "indicator",
              "t344"."numerator",
              "t344"."denominator",
              "t344"."excluded",
              (
                CAST("t344"."numerator" AS DOUBLE) / "t344"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t312"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t279"."la_code",
                  "t279"."_in" AS "month",
                  SUM("t279"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t251"."la_code",
                    "t251"."month",
                    "t251"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t199"."la_code",
                      "t199"."month",
                      SUM(CAST("t199"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t173"."la_code",
                        "t173"."s47e_s47_enquiry_id",
                        "t173"."s47e_person_id",
                        "t173"."s47e_referral_id",
                        "t173"."s47e_s47_start_date",
                        "t173"."s47e_s47_end_date",
                        "t173"."s47e_s47_nfa",
                        "t173"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t139"."la_code",
                          "t139"."s47e_s47_enquiry_id",
                          "t139"."s47e_person_id",
                          "t139"."s47e_referral_id",
                          "t139"."s47e_s47_start_date",
                          "t139"."s47e_s47_end_date",
                          "t139"."s47e_s47_nfa",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t97"."la_code",
                            "t97"."s47e_s47_enquiry_id",
                            "t97"."s47e_person_id",
                            "t97"."s47e_referral_id",
                            "t97"."s47e_s47_start_date",
                            "t97"."s47e_s47_end_date",
                            "t97"."s47e_s47_nfa"
                          FROM (
                            SELECT
                              "t81"."la_code",
                              "t81"."s47e_s47_enquiry_id",
                              "t81"."s47e_person_id",
                              "t81"."s47e_referral_id",
                              "t81"."s47e_s47_start_date",
                              "t81"."s47e_s47_end_date",
                              "t81"."s47e_s47_nfa",
                              "t48"."_lo",
                              "t48"."_hi"
                            FROM "t60" AS "t81"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t97"
                          WHERE
                            "t97"."s47e_s47_start_date" >= "t97"."_lo"
                            AND "t97"."s47e_s47_start_date" <= "t97"."_hi"
                        ) AS "t139"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t139"."s47e_s47_start_date" = "t40"."_date"
                      ) AS "t173"
                    ) AS "t199"
                    GROUP BY
                      1,
                      2
                  ) AS "t251"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t251"."month" >= "t32"."_from" AND "t251"."month" <= "t32"."_in"
                ) AS "t279"
                GROUP BY
                  1,
                  2
              ) AS "t312"
                ON "t18"."la_code" = "t312"."la_code" AND "t19"."month" = "t312"."month"
              INNER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  "t197"."pop_year",
                  "t197"."population",
                  "t197"."year" AS "year_used"
                FROM (
                  SELECT
                    "t149"."la_code",
                    "t149"."month",
                    "t149"."month_end",
                    "t149"."rolling_start",
                    "t149"."pop_year",
                    "t149"."year",
                    "t149"."population",
                    "t149"."source",
                    "t149"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t149"."la_code", "t149"."month"
                      ORDER BY "t149"."distance" ASC, "t149"."year" DESC
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
                  ) AS "t149"
                ) AS "t197"
                WHERE
                  "t197"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t344"
            ORDER BY
              "t344"."la_code" ASC,
              "t344"."month" ASC
          ) AS "t378"
        ) AS "t392"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t337"."la_code",
              "t337"."month",
              'icpc_in_15wd' AS "indicator",
              "t337"."numerator",
              "t337"."denominator",
              "t337"."excluded",
              CASE
                WHEN "t337"."denominator" > 0
                THEN (
                  CAST("t337"."numerator" AS DOUBLE) / "t337"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t305"."numerator", 0) AS "numerator",
                COALESCE("t305"."denominator", 0) AS "denominator",
                COALESCE("t305"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t250"."la_code",
                  "t250"."month",
                  SUM(CAST("t250"."_kept" AND COALESCE("t250"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t250"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t250"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t198"."la_code",
                    "t198"."icpc_icpc_id",
                    "t198"."icpc_person_id",
                    "t198"."icpc_s47_enquiry_id",
                    "t198"."icpc_cp_plan_id",
                    "t198"."icpc_icpc_date",
                    "t198"."icpc_icpc_outcome_cp_flag",
                    "t198"."icpc_icpc_transfer_in",
                    "t198"."month",
                    "t198"."month_end",
                    "t198"."rolling_start",
                    "t198"."pop_year",
                    "t198"."la_code_right",
                    "t198"."s47e_s47_enquiry_id",
                    "t198"."s47e_s47_start_date",
                    "t198"."_wd_b" - "t198"."_wd_a" AS "wd",
                    "t198"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t198"."_wd_b" - "t198"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t198"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t157"."la_code",
                      "t157"."icpc_icpc_id",
                      "t157"."icpc_person_id",
                      "t157"."icpc_s47_enquiry_id",
                      "t157"."icpc_cp_plan_id",
                      "t157"."icpc_icpc_date",
                      "t157"."icpc_icpc_outcome_cp_flag",
                      "t157"."icpc_icpc_transfer_in",
                      "t157"."month",
                      "t157"."month_end",
                      "t157"."rolling_start",
                      "t157"."pop_year",
                      "t96"."la_code" AS "la_code_right",
                      "t96"."s47e_s47_enquiry_id",
                      "t96"."s47e_s47_start_date",
                      "t51"."_wd_a",
                      "t53"."_wd_b"
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
                          FROM "ssd_initial_cp_conference" AS "t8"
                          WHERE
                            "t8"."la_code" IN (
                              SELECT
                                *
                              FROM "t22"
                            )
                        ) AS "t74"
                        INNER JOIN "_months" AS "t19"
                          ON "t74"."icpc_icpc_date" >= "t19"."month"
                          AND "t74"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t110"
                      WHERE
                        NOT (
                          COALESCE("t110"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t157"
                    LEFT OUTER JOIN (
                      SELECT
                        "t75"."la_code",
                        "t75"."s47e_s47_enquiry_id",
                        "t75"."s47e_s47_start_date"
                      FROM "t60" AS "t75"
                    ) AS "t96"
                      ON "t157"."la_code" = "t96"."la_code"
                      AND "t157"."icpc_s47_enquiry_id" = "t96"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t24" AS "t51"
                      ON "t96"."s47e_s47_start_date" = "t51"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t53"
                      ON "t157"."icpc_icpc_date" = "t53"."_wd_b__date"
                  ) AS "t198"
                ) AS "t250"
                GROUP BY
                  1,
                  2
              ) AS "t305"
                ON "t18"."la_code" = "t305"."la_code" AND "t19"."month" = "t305"."month"
            ) AS "t337"
            ORDER BY
              "t337"."la_code" ASC,
              "t337"."month" ASC
          ) AS "t377"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t293"."la_code",
              "t293"."month",
              'cp_count' AS "indicator",
              "t293"."numerator",
              "t293"."denominator",
              "t293"."excluded",
              CAST("t293"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t264"."numerator", 0) AS "numerator",
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
                    "t192"."la_code",
                    "t192"."month",
                    "t192"."month_end",
                    "t192"."cppl_person_id",
                    "t192"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t192"
                ) AS "t217"
                GROUP BY
                  1,
                  2
              ) AS "t264"
                ON "t18"."la_code" = "t264"."la_code" AND "t19"."month" = "t264"."month"
            ) AS "t293"
            ORDER BY
              "t293"."la_code" ASC,
              "t293"."month" ASC
          ) AS "t319"
        ) AS "t387"
      ) AS "t397"
    ) AS "t453"
  ) AS "t456"
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
              "t294"."la_code",
              "t294"."month",
              'cp_per_10k' AS "indicator",
              "t294"."numerator",
              "t294"."denominator",
              "t294"."excluded",
              (
                CAST("t294"."numerator" AS DOUBLE) / "t294"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t264"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t236"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t217"."la_code",
                  "t217"."month",
                  SUM(CAST("t217"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t192"."la_code",
                    "t192"."month",
                    "t192"."month_end",
                    "t192"."cppl_person_id",
                    "t192"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t192"
                ) AS "t217"
                GROUP BY
                  1,
                  2
              ) AS "t264"
                ON "t18"."la_code" = "t264"."la_code" AND "t19"."month" = "t264"."month"
              INNER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  "t197"."pop_year",
                  "t197"."population",
                  "t197"."year" AS "year_used"
                FROM (
                  SELECT
                    "t149"."la_code",
                    "t149"."month",
                    "t149"."month_end",
                    "t149"."rolling_start",
                    "t149"."pop_year",
                    "t149"."year",
                    "t149"."population",
                    "t149"."source",
                    "t149"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t149"."la_code", "t149"."month"
                      ORDER BY "t149"."distance" ASC, "t149"."year" DESC
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
                  ) AS "t149"
                ) AS "t197"
                WHERE
                  "t197"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t294"
            ORDER BY
              "t294"."la_code" ASC,
              "t294"."month" ASC
          ) AS "t333"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t224"."la_code",
              "t224"."month",
              'cp_starts' AS "indicator",
              "t224"."numerator",
              "t224"."denominator",
              "t224"."excluded",
              CAST("t224"."numerator" AS DOUBLE) AS "value"
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
                  "t135"."la_code",
                  "t135"."month",
                  SUM(CAST("t135"."_kept" AS BIGINT)) AS "numerator"
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
                    "t117"."month",
                    "t117"."month_end",
                    "t117"."rolling_start",
                    "t117"."pop_year",
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
                    FROM "t56" AS "t80"
                    INNER JOIN "_months" AS "t19"
                      ON "t80"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t80"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t117"
                ) AS "t135"
                GROUP BY
                  1,
                  2
              ) AS "t183"
                ON "t18"."la_code" = "t183"."la_code" AND "t19"."month" = "t183"."month"
            ) AS "t224"
            ORDER BY
              "t224"."la_code" ASC,
              "t224"."month" ASC
          ) AS "t258"
        ) AS "t341"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t431"."la_code",
              "t431"."month",
              'cp_second_or_subsequent' AS "indicator",
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
                COALESCE("t419"."numerator", 0) AS "numerator",
                COALESCE("t419"."denominator", 0) AS "denominator",
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
                    "t386"."la_code",
                    "t386"."month",
                    "t386"."numerator",
                    "t386"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t335"."la_code",
                      "t335"."month",
                      SUM(CAST("t335"."_kept" AND COALESCE("t335"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t335"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t321"."la_code",
                        "t321"."cppl_cp_plan_id",
                        "t321"."cppl_person_id",
                        "t321"."cppl_cp_plan_start_date",
                        "t321"."cppl_cp_plan_end_date",
                        "t321"."cppl_cp_plan_initial_category",
                        "t321"."cppl_cp_plan_latest_category",
                        "t321"."cppl_icpc_id",
                        "t321"."hit",
                        "t321"."month",
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
                            "t260"."la_code",
                            "t260"."cppl_cp_plan_id",
                            "t260"."cppl_person_id",
                            "t260"."cppl_cp_plan_start_date",
                            "t260"."cppl_cp_plan_end_date",
                            "t260"."cppl_cp_plan_initial_category",
                            "t260"."cppl_cp_plan_latest_category",
                            "t260"."cppl_icpc_id",
                            "t260"."hit"
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
                              "t48"."_lo",
                              "t48"."_hi"
                            FROM (
                              SELECT
                                "t218".*
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
                                    "t148"."la_code",
                                    "t148"."cppl_cp_plan_id",
                                    "t148"."cppl_person_id",
                                    "t148"."cppl_cp_plan_start_date",
                                    "t148"."cppl_cp_plan_end_date",
                                    "t148"."cppl_cp_plan_initial_category",
                                    "t148"."cppl_cp_plan_latest_category",
                                    "t148"."cppl_icpc_id",
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
                                    FROM "t94" AS "t107"
                                    WHERE
                                      "t107"."cppl_cp_plan_start_date" >= "t107"."_lo"
                                      AND "t107"."cppl_cp_plan_start_date" <= "t107"."_hi"
                                  ) AS "t148"
                                  INNER JOIN (
                                    SELECT
                                      "t71"."la_code",
                                      "t71"."cppl_person_id",
                                      MIN("t71"."cppl_cp_plan_start_date") AS "_first"
                                    FROM "t56" AS "t71"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t108"
                                    ON "t148"."la_code" = "t108"."la_code"
                                    AND "t148"."cppl_person_id" = "t108"."cppl_person_id"
                                ) AS "t187"
                              ) AS "t218"
                            ) AS "t234"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t260"
                          WHERE
                            "t260"."cppl_cp_plan_start_date" >= "t260"."_lo"
                            AND "t260"."cppl_cp_plan_start_date" <= "t260"."_hi"
                        ) AS "t287"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t287"."cppl_cp_plan_start_date" = "t40"."_date"
                      ) AS "t321"
                    ) AS "t335"
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
                ) AS "t402"
                GROUP BY
                  1,
                  2
              ) AS "t419"
                ON "t18"."la_code" = "t419"."la_code" AND "t19"."month" = "t419"."month"
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
                COALESCE("t358"."numerator", 0) AS "numerator",
                COALESCE("t358"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t327"."la_code",
                  "t327"."_in" AS "month",
                  SUM("t327"."numerator") AS "numerator",
                  SUM("t327"."denominator") AS "denominator"
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
                          "t147"."la_code",
                          "t147"."cppl_cp_plan_id",
                          "t147"."cppl_person_id",
                          "t147"."cppl_cp_plan_start_date",
                          "t147"."cppl_cp_plan_end_date",
                          "t147"."cppl_cp_plan_initial_category",
                          "t147"."cppl_cp_plan_latest_category",
                          "t147"."cppl_icpc_id",
                          "t40"."month"
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
                          FROM "t94" AS "t107"
                          WHERE
                            "t107"."cppl_cp_plan_end_date" >= "t107"."_lo"
                            AND "t107"."cppl_cp_plan_end_date" <= "t107"."_hi"
                        ) AS "t147"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t147"."cppl_cp_plan_end_date" = "t40"."_date"
                      ) AS "t186"
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
                ) AS "t327"
                GROUP BY
                  1,
                  2
              ) AS "t358"
                ON "t18"."la_code" = "t358"."la_code" AND "t19"."month" = "t358"."month"
            ) AS "t385"
            ORDER BY
              "t385"."la_code" ASC,
              "t385"."month" ASC
          ) AS "t412"
        ) AS "t450"
      ) AS "t454"
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
              "t334"."la_code",
              "t334"."month",
              'cp_open_2yrs' AS "indicator",
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
                COALESCE("t303"."numerator", 0) AS "numerator",
                COALESCE("t303"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t246"."la_code",
                  "t246"."month",
                  SUM(CAST("t246"."_kept" AND COALESCE("t246"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t246"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t192"."la_code",
                    "t192"."month",
                    "t192"."month_end",
                    "t192"."cppl_person_id",
                    "t192"."start",
                    (
                      DATE_DIFF('DAY', "t192"."start", "t192"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t192"
                ) AS "t246"
                GROUP BY
                  1,
                  2
              ) AS "t303"
                ON "t18"."la_code" = "t303"."la_code" AND "t19"."month" = "t303"."month"
            ) AS "t334"
            ORDER BY
              "t334"."la_code" ASC,
              "t334"."month" ASC
          ) AS "t375"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t467"."la_code",
              "t467"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t467"."numerator",
              "t467"."denominator",
              "t467"."excluded",
              CASE
                WHEN "t467"."denominator" > 0
                THEN (
                  CAST("t467"."numerator" AS DOUBLE) / "t467"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t465"."numerator", 0) AS "numerator",
                COALESCE("t465"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t458"."la_code",
                  "t458"."month",
                  SUM(CAST("t458"."_kept" AND COALESCE("t458"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t458"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t437"."la_code",
                    "t437"."month",
                    "t437"."month_end",
                    "t437"."plan_id",
                    "t437"."start",
                    "t437"."person_id",
                    "t437"."first_due",
                    "t437"."held_n",
                    "t437"."last",
                    "t437"."late_held",
                    CASE
                      WHEN "t437"."held_n" = 0
                      THEN "t437"."first_due"
                      WHEN "t437"."held_n" = 1
                      THEN "t437"."last" + INTERVAL '6' MONTH
                      ELSE "t437"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t437"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t437"."held_n" = 0
                        THEN "t437"."first_due"
                        WHEN "t437"."held_n" = 1
                        THEN "t437"."last" + INTERVAL '6' MONTH
                        ELSE "t437"."last" + INTERVAL '6' MONTH
                      END > "t437"."month_end"
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
                      COALESCE("t427"."k" + 1, 0) AS "held_n",
                      "t427"."date" AS "last",
                      COALESCE("t427"."first_late" <= "t427"."k", FALSE) AS "late_held"
                    FROM "t184" AS "t206"
                    LEFT OUTER JOIN (
                      SELECT
                        "t371"."la_code",
                        "t371"."plan_id",
                        "t371"."date",
                        "t371"."k",
                        "t371"."following",
                        "t411"."first_late"
                      FROM (
                        SELECT
                          "t349"."la_code",
                          "t349"."plan_id",
                          "t349"."date",
                          "t349"."k",
                          "t349"."following"
                        FROM "t342" AS "t349"
                      ) AS "t371"
                      LEFT OUTER JOIN (
                        SELECT
                          "t398"."la_code",
                          "t398"."plan_id",
                          MIN("t398"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t349"."la_code",
                              "t349"."plan_id",
                              "t349"."date",
                              "t349"."review_id",
                              "t349"."first_due",
                              "t349"."k",
                              "t349"."prev",
                              "t349"."following",
                              "t349"."date" > CASE
                                WHEN "t349"."k" = 0
                                THEN "t349"."first_due"
                                WHEN "t349"."k" = 1
                                THEN "t349"."prev" + INTERVAL '6' MONTH
                                ELSE "t349"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t342" AS "t349"
                          ) AS "t384"
                          WHERE
                            "t384"."late"
                        ) AS "t398"
                        GROUP BY
                          1,
                          2
                      ) AS "t411"
                        ON "t371"."la_code" = "t411"."la_code" AND "t371"."plan_id" = "t411"."plan_id"
                    ) AS "t427"
                      ON "t206"."la_code" = "t427"."la_code"
                      AND "t206"."plan_id" = "t427"."plan_id"
                      AND "t427"."date" <= "t206"."month_end"
                      AND COALESCE("t427"."following", MAKE_DATE(9999, 12, 31)) > "t206"."month_end"
                  ) AS "t437"
                ) AS "t458"
                GROUP BY
                  1,
                  2
              ) AS "t465"
                ON "t18"."la_code" = "t465"."la_code" AND "t19"."month" = "t465"."month"
            ) AS "t467"
            ORDER BY
              "t467"."la_code" ASC,
              "t467"."month" ASC
          ) AS "t469"
        ) AS "t471"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t441"."la_code",
              "t441"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t441"."numerator",
              "t441"."denominator",
              "t441"."excluded",
              CASE
                WHEN "t441"."denominator" > 0
                THEN (
                  CAST("t441"."numerator" AS DOUBLE) / "t441"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t435"."numerator", 0) AS "numerator",
                COALESCE("t435"."denominator", 0) AS "denominator",
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
                      "t365"."la_code",
                      "t365"."month",
                      "t365"."month_end",
                      "t365"."cppl_person_id",
                      "t365"."start",
                      "t365"."wd_open",
                      "t365"."last_visit",
                      "t50"."_wd_a",
                      "t52"."_wd_b"
                    FROM (
                      SELECT
                        "t348".*
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
                            "t285"."la_code",
                            "t285"."month",
                            "t285"."month_end",
                            "t285"."cppl_person_id",
                            "t285"."start",
                            "t285"."wd_open",
                            "t241"."_latest"
                          FROM (
                            SELECT
                              "t247"."la_code",
                              "t247"."month",
                              "t247"."month_end",
                              "t247"."cppl_person_id",
                              "t247"."start",
                              "t247"."_wd_b" - "t247"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t205"."la_code",
                                "t205"."month",
                                "t205"."month_end",
                                "t205"."cppl_person_id",
                                "t205"."start",
                                "t50"."_wd_a",
                                "t52"."_wd_b"
                              FROM "cohort_on_plan" AS "t205"
                              LEFT OUTER JOIN "t24" AS "t50"
                                ON "t205"."start" = "t50"."_wd_a__date"
                              LEFT OUTER JOIN "t25" AS "t52"
                                ON "t205"."month_end" = "t52"."_wd_b__date"
                            ) AS "t247"
                            WHERE
                              (
                                "t247"."_wd_b" - "t247"."_wd_a"
                              ) > 10
                          ) AS "t285"
                          LEFT OUTER JOIN (
                            SELECT
                              "t211"."la_code",
                              "t211"."month",
                              "t211"."cppv_person_id" AS "cppl_person_id",
                              "t211"."_latest"
                            FROM (
                              SELECT
                                "t178"."la_code",
                                "t178"."month",
                                "t178"."cppv_person_id",
                                MAX("t178"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t142"."la_code",
                                  "t142"."cppv_person_id",
                                  "t142"."cppv_cp_visit_date",
                                  "t105"."month",
                                  "t105"."month_end",
                                  "t105"."_from"
                                FROM (
                                  SELECT
                                    "t112"."la_code",
                                    "t112"."cppv_person_id",
                                    "t112"."cppv_cp_visit_date"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        *
                                      FROM "ssd_cp_visits" AS "t14"
                                      WHERE
                                        "t14"."la_code" IN (
                                          SELECT
                                            *
                                          FROM "t22"
                                        )
                                    ) AS "t65"
                                    WHERE
                                      COALESCE("t65"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t65"."la_code" IN (
                                          SELECT
                                            "t16"."la_code"
                                          FROM "_supplied" AS "t16"
                                          WHERE
                                            "t16"."table_name" = 'ssd_cp_visits'
                                            AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t112"
                                ) AS "t142"
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
                                ) AS "t105"
                                  ON "t142"."cppv_cp_visit_date" >= "t105"."_from"
                                  AND "t142"."cppv_cp_visit_date" <= "t105"."month_end"
                              ) AS "t178"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t211"
                          ) AS "t241"
                            ON "t285"."la_code" = "t241"."la_code"
                            AND "t285"."month" = "t241"."month"
                            AND "t285"."cppl_person_id" = "t241"."cppl_person_id"
                        ) AS "t320"
                      ) AS "t348"
                    ) AS "t365"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t365"."last_visit" = "t50"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t52"
                      ON "t365"."month_end" = "t52"."_wd_b__date"
                  ) AS "t393"
                ) AS "t410"
                GROUP BY
                  1,
                  2
              ) AS "t435"
                ON "t18"."la_code" = "t435"."la_code" AND "t19"."month" = "t435"."month"
            ) AS "t441"
            ORDER BY
              "t441"."la_code" ASC,
              "t441"."month" ASC
          ) AS "t460"
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
                COALESCE("t329"."numerator", 0) AS "numerator",
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
                    "t273"."la_code",
                    "t273"."month",
                    "t273"."month_end",
                    "t273"."rolling_start",
                    "t273"."person_id",
                    "t273"."cla_id",
                    "t273"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t273"
                ) AS "t289"
                GROUP BY
                  1,
                  2
              ) AS "t329"
                ON "t18"."la_code" = "t329"."la_code" AND "t19"."month" = "t329"."month"
            ) AS "t360"
            ORDER BY
              "t360"."la_code" ASC,
              "t360"."month" ASC
          ) AS "t380"
        ) AS "t462"
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
                COALESCE("t329"."numerator", 0) AS "numerator",
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
                    "t273"."la_code",
                    "t273"."month",
                    "t273"."month_end",
                    "t273"."rolling_start",
                    "t273"."person_id",
                    "t273"."cla_id",
                    "t273"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t273"
                ) AS "t289"
                GROUP BY
                  1,
                  2
              ) AS "t329"
                ON "t18"."la_code" = "t329"."la_code" AND "t19"."month" = "t329"."month"
              INNER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  "t197"."pop_year",
                  "t197"."population",
                  "t197"."year" AS "year_used"
                FROM (
                  SELECT
                    "t149"."la_code",
                    "t149"."month",
                    "t149"."month_end",
                    "t149"."rolling_start",
                    "t149"."pop_year",
                    "t149"."year",
                    "t149"."population",
                    "t149"."source",
                    "t149"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t149"."la_code", "t149"."month"
                      ORDER BY "t149"."distance" ASC, "t149"."year" DESC
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
                  ) AS "t149"
                ) AS "t197"
                WHERE
                  "t197"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t361"
            ORDER BY
              "t361"."la_code" ASC,
              "t361"."month" ASC
          ) AS "t394"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t300"."la_code",
              "t300"."month",
              'cla_starts' AS "indicator",
              "t300"."numerator",
              "t300"."denominator",
              "t300"."excluded",
              CAST("t300"."numerator" AS DOUBLE) AS "value"
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
                  "t220"."la_code",
                  "t220"."month",
                  SUM(CAST("t220"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t200"."la_code",
                    "t200"."first_episode_start",
                    "t200"."clae_person_id",
                    "t200"."cla_id",
                    "t200"."period_start",
                    "t200"."month",
                    "t200"."month_end",
                    "t200"."rolling_start",
                    "t200"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t160"."la_code",
                      "t160"."first_episode_start",
                      "t160"."clae_person_id",
                      "t160"."cla_id",
                      "t160"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t160"
                    INNER JOIN "_months" AS "t19"
                      ON "t160"."first_episode_start" >= "t19"."month"
                      AND "t160"."first_episode_start" <= "t19"."month_end"
                  ) AS "t200"
                ) AS "t220"
                GROUP BY
                  1,
                  2
              ) AS "t267"
                ON "t18"."la_code" = "t267"."la_code" AND "t19"."month" = "t267"."month"
            ) AS "t300"
            ORDER BY
              "t300"."la_code" ASC,
              "t300"."month" ASC
          ) AS "t323"
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
                COALESCE("t452"."numerator", 0) AS "numerator",
                COALESCE("t452"."denominator", 0) AS "denominator",
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
                    "t408"."la_code",
                    "t408"."month",
                    "t408"."month_end",
                    "t408"."rolling_start",
                    "t408"."person_id",
                    "t408"."cla_id",
                    "t408"."episode_start",
                    "t408"."placement_start",
                    "t408"."long_term",
                    "t408"."p",
                    "t408"."v",
                    CASE
                      WHEN "t408"."v" IS NULL
                      THEN "t408"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t408"."long_term", FALSE)
                      AND (
                        "t408"."v" >= (
                          "t408"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t408"."v" + INTERVAL '91' DAY
                      ELSE "t408"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t408"."v" IS NULL
                      THEN "t408"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t408"."long_term", FALSE)
                      AND (
                        "t408"."v" >= (
                          "t408"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t408"."v" + INTERVAL '91' DAY
                      ELSE "t408"."v" + INTERVAL '42' DAY
                    END >= "t408"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t404".*
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
                          "t240"."_latest"
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
                              "t280"."la_code",
                              "t280"."month",
                              "t280"."month_end",
                              "t280"."rolling_start",
                              "t280"."person_id",
                              "t280"."cla_id",
                              "t280"."episode_start",
                              "t291"."placement_start",
                              "t291"."long_term"
                            FROM "cohort_looked_after" AS "t280"
                            LEFT OUTER JOIN (
                              SELECT
                                "t189"."la_code",
                                "t19"."month",
                                "t189"."clap_cla_id" AS "cla_id",
                                "t189"."clap_cla_placement_start_date" AS "placement_start",
                                "t189"."clap_long_term" AS "long_term"
                              FROM "t166" AS "t189"
                              INNER JOIN "_months" AS "t19"
                                ON "t189"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t189"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t189"."la_code",
                                  "t189"."clap_cla_placement_id" AS "_superseded",
                                  "t190"."clap_cla_placement_start_date" AS "_start",
                                  "t190"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t166" AS "t189"
                                INNER JOIN "t166" AS "t190"
                                  ON "t189"."la_code" = "t190"."la_code"
                                  AND "t189"."clap_cla_id" = "t190"."clap_cla_id"
                                  AND "t190"."clap_cla_placement_start_date" >= "t189"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t190"."clap_cla_placement_start_date" > "t189"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t190"."clap_cla_placement_id" > "t189"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t190"."clap_cla_placement_start_date" < COALESCE("t189"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t190"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t190"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t253"
                                ON "t189"."la_code" = "t253"."la_code"
                                AND "t19"."month" = "t253"."month"
                                AND "t189"."clap_cla_placement_id" = "t253"."_superseded"
                            ) AS "t291"
                              ON "t280"."la_code" = "t291"."la_code"
                              AND "t280"."month" = "t291"."month"
                              AND "t280"."cla_id" = "t291"."cla_id"
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
                              "t177"."la_code",
                              "t177"."month",
                              "t177"."clav_person_id",
                              MAX("t177"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t141"."la_code",
                                "t141"."clav_person_id",
                                "t141"."clav_cla_visit_date",
                                "t49"."month",
                                "t49"."month_end",
                                "t49"."_from"
                              FROM (
                                SELECT
                                  "t111"."la_code",
                                  "t111"."clav_person_id",
                                  "t111"."clav_cla_visit_date"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cla_visits" AS "t12"
                                    WHERE
                                      "t12"."la_code" IN (
                                        SELECT
                                          *
                                        FROM "t22"
                                      )
                                  ) AS "t63"
                                  WHERE
                                    COALESCE("t63"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t63"."la_code" IN (
                                        SELECT
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_visits'
                                          AND "t16"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t111"
                              ) AS "t141"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t49"
                                ON "t141"."clav_cla_visit_date" >= "t49"."_from"
                                AND "t141"."clav_cla_visit_date" <= "t49"."month_end"
                            ) AS "t177"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t210"
                        ) AS "t240"
                          ON "t364"."la_code" = "t240"."la_code"
                          AND "t364"."month" = "t240"."month"
                          AND "t364"."person_id" = "t240"."person_id"
                      ) AS "t390"
                    ) AS "t404"
                  ) AS "t408"
                ) AS "t434"
                GROUP BY
                  1,
                  2
              ) AS "t452"
                ON "t18"."la_code" = "t452"."la_code" AND "t19"."month" = "t452"."month"
            ) AS "t461"
            ORDER BY
              "t461"."la_code" ASC,
              "t461"."month" ASC
          ) AS "t466"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t475"."la_code",
              "t475"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t475"."numerator",
              "t475"."denominator",
              "t475"."excluded",
              CASE
                WHEN "t475"."denominator" > 0
                THEN (
                  CAST("t475"."numerator" AS DOUBLE) / "t475"."denominator"
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
                    "t463"."la_code",
                    "t463"."month",
                    "t463"."month_end",
                    "t463"."first_due",
                    "t463"."person_id",
                    "t463"."period_start",
                    "t463"."plan_id",
                    "t463"."held_n",
                    "t463"."last",
                    "t463"."late_held",
                    CASE
                      WHEN "t463"."held_n" = 0
                      THEN "t463"."first_due"
                      WHEN "t463"."held_n" = 1
                      THEN "t463"."last" + INTERVAL '3' MONTH
                      ELSE "t463"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t463"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t463"."held_n" = 0
                        THEN "t463"."first_due"
                        WHEN "t463"."held_n" = 1
                        THEN "t463"."last" + INTERVAL '3' MONTH
                        ELSE "t463"."last" + INTERVAL '6' MONTH
                      END > "t463"."month_end"
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
                      COALESCE("t459"."k" + 1, 0) AS "held_n",
                      "t459"."date" AS "last",
                      COALESCE("t459"."first_late" <= "t459"."k", FALSE) AS "late_held"
                    FROM "t345" AS "t362"
                    LEFT OUTER JOIN (
                      SELECT
                        "t422"."la_code",
                        "t422"."plan_id",
                        "t422"."date",
                        "t422"."k",
                        "t422"."following",
                        "t443"."first_late"
                      FROM (
                        SELECT
                          "t414"."la_code",
                          "t414"."plan_id",
                          "t414"."date",
                          "t414"."k",
                          "t414"."following"
                        FROM "t407" AS "t414"
                      ) AS "t422"
                      LEFT OUTER JOIN (
                        SELECT
                          "t436"."la_code",
                          "t436"."plan_id",
                          MIN("t436"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t414"."la_code",
                              "t414"."first_due",
                              "t414"."plan_id",
                              "t414"."date",
                              "t414"."review_id",
                              "t414"."k",
                              "t414"."prev",
                              "t414"."following",
                              "t414"."date" > CASE
                                WHEN "t414"."k" = 0
                                THEN "t414"."first_due"
                                WHEN "t414"."k" = 1
                                THEN "t414"."prev" + INTERVAL '3' MONTH
                                ELSE "t414"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t407" AS "t414"
                          ) AS "t428"
                          WHERE
                            "t428"."late"
                        ) AS "t436"
                        GROUP BY
                          1,
                          2
                      ) AS "t443"
                        ON "t422"."la_code" = "t443"."la_code" AND "t422"."plan_id" = "t443"."plan_id"
                    ) AS "t459"
                      ON "t362"."la_code" = "t459"."la_code"
                      AND "t362"."plan_id" = "t459"."plan_id"
                      AND "t459"."date" <= "t362"."month_end"
                      AND COALESCE("t459"."following", MAKE_DATE(9999, 12, 31)) > "t362"."month_end"
                  ) AS "t463"
                ) AS "t468"
                GROUP BY
                  1,
                  2
              ) AS "t472"
                ON "t18"."la_code" = "t472"."la_code" AND "t19"."month" = "t472"."month"
            ) AS "t475"
            ORDER BY
              "t475"."la_code" ASC,
              "t475"."month" ASC
          ) AS "t476"
        ) AS "t477"
      ) AS "t478"
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
              "t432"."la_code",
              "t432"."month",
              'cla_3plus_placements' AS "indicator",
              "t432"."numerator",
              "t432"."denominator",
              "t432"."excluded",
              CASE
                WHEN "t432"."denominator" > 0
                THEN (
                  CAST("t432"."numerator" AS DOUBLE) / "t432"."denominator"
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
                  "t395"."la_code",
                  "t395"."month",
                  SUM(CAST("t395"."_kept" AND COALESCE("t395"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t395"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t368"."la_code",
                    "t368"."month",
                    "t368"."month_end",
                    "t368"."rolling_start",
                    "t368"."person_id",
                    "t368"."cla_id",
                    "t368"."episode_start",
                    "t368"."placements",
                    COALESCE("t368"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t280"."la_code",
                      "t280"."month",
                      "t280"."month_end",
                      "t280"."rolling_start",
                      "t280"."person_id",
                      "t280"."cla_id",
                      "t280"."episode_start",
                      "t339"."placements"
                    FROM "cohort_looked_after" AS "t280"
                    LEFT OUTER JOIN (
                      SELECT
                        "t313"."la_code",
                        "t313"."month",
                        "t313"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t280"."la_code",
                          "t280"."month",
                          "t280"."month_end",
                          "t280"."rolling_start",
                          "t280"."person_id",
                          "t280"."cla_id",
                          "t280"."episode_start",
                          "t202"."la_code" AS "la_code_right",
                          "t202"."clap_cla_placement_id",
                          "t202"."clap_cla_id",
                          "t202"."clap_cla_placement_start_date",
                          "t202"."clap_cla_placement_end_date",
                          "t202"."clap_cla_placement_type",
                          "t202"."clap_long_term",
                          "t202"."cla_id" AS "cla_id_right",
                          "t202"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t280"
                        INNER JOIN (
                          SELECT
                            "t153"."la_code",
                            "t153"."clap_cla_placement_id",
                            "t153"."clap_cla_id",
                            "t153"."clap_cla_placement_start_date",
                            "t153"."clap_cla_placement_end_date",
                            "t153"."clap_cla_placement_type",
                            "t153"."clap_long_term",
                            "t100"."cla_id",
                            "t100"."person_id"
                          FROM (
                            SELECT
                              "t102"."la_code",
                              "t102"."clap_cla_placement_id",
                              "t102"."clap_cla_id",
                              "t102"."clap_cla_placement_start_date",
                              "t102"."clap_cla_placement_end_date",
                              "t102"."clap_cla_placement_type",
                              "t102"."clap_long_term"
                            FROM (
                              SELECT
                                "t83"."la_code",
                                "t83"."clap_cla_placement_id",
                                "t83"."clap_cla_id",
                                "t83"."clap_cla_placement_start_date",
                                "t83"."clap_cla_placement_end_date",
                                "t83"."clap_cla_placement_type",
                                "t83"."clap_long_term",
                                "t48"."_lo",
                                "t48"."_hi"
                              FROM "t66" AS "t83"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t48"
                            ) AS "t102"
                            WHERE
                              "t102"."clap_cla_placement_start_date" <= "t102"."_hi"
                              AND COALESCE("t102"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t102"."_lo"
                          ) AS "t153"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t76"."la_code",
                              "t76"."clae_cla_id" AS "cla_id",
                              "t76"."clae_person_id" AS "person_id"
                            FROM "t61" AS "t76"
                          ) AS "t100"
                            ON "t153"."la_code" = "t100"."la_code" AND "t153"."clap_cla_id" = "t100"."cla_id"
                        ) AS "t202"
                          ON "t280"."la_code" = "t202"."la_code"
                          AND "t280"."person_id" = "t202"."person_id"
                          AND "t202"."clap_cla_placement_start_date" <= "t280"."month_end"
                          AND COALESCE("t202"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t280"."rolling_start"
                      ) AS "t313"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t339"
                      ON "t280"."la_code" = "t339"."la_code"
                      AND "t280"."month" = "t339"."month"
                      AND "t280"."person_id" = "t339"."person_id"
                  ) AS "t368"
                ) AS "t395"
                GROUP BY
                  1,
                  2
              ) AS "t420"
                ON "t18"."la_code" = "t420"."la_code" AND "t19"."month" = "t420"."month"
            ) AS "t432"
            ORDER BY
              "t432"."la_code" ASC,
              "t432"."month" ASC
          ) AS "t447"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t355"."la_code",
              "t355"."month",
              'cin_count' AS "indicator",
              "t355"."numerator",
              "t355"."denominator",
              "t355"."excluded",
              CAST("t355"."numerator" AS DOUBLE) AS "value"
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
              ) AS "t325"
                ON "t18"."la_code" = "t325"."la_code" AND "t19"."month" = "t325"."month"
            ) AS "t355"
            ORDER BY
              "t355"."la_code" ASC,
              "t355"."month" ASC
          ) AS "t373"
        ) AS "t451"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t356"."la_code",
              "t356"."month",
              'cin_per_10k' AS "indicator",
              "t356"."numerator",
              "t356"."denominator",
              "t356"."excluded",
              (
                CAST("t356"."numerator" AS DOUBLE) / "t356"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t325"."numerator", 0) AS "numerator",
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
              ) AS "t325"
                ON "t18"."la_code" = "t325"."la_code" AND "t19"."month" = "t325"."month"
              INNER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  "t197"."pop_year",
                  "t197"."population",
                  "t197"."year" AS "year_used"
                FROM (
                  SELECT
                    "t149"."la_code",
                    "t149"."month",
                    "t149"."month_end",
                    "t149"."rolling_start",
                    "t149"."pop_year",
                    "t149"."year",
                    "t149"."population",
                    "t149"."source",
                    "t149"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t149"."la_code", "t149"."month"
                      ORDER BY "t149"."distance" ASC, "t149"."year" DESC
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
                  ) AS "t149"
                ) AS "t197"
                WHERE
                  "t197"."rank" = 0
              ) AS "t236"
                ON "t18"."la_code" = "t236"."la_code" AND "t19"."month" = "t236"."month"
            ) AS "t356"
            ORDER BY
              "t356"."la_code" ASC,
              "t356"."month" ASC
          ) AS "t391"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t403"."la_code",
              "t403"."month",
              'caseload_mean' AS "indicator",
              "t403"."numerator",
              "t403"."denominator",
              "t403"."excluded",
              CASE
                WHEN "t403"."denominator" > 0
                THEN (
                  CAST("t403"."numerator" AS DOUBLE) / "t403"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t389"."numerator", 0) AS "numerator",
                COALESCE("t389"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t346"."la_code",
                  "t346"."month",
                  SUM(CASE WHEN "t346"."_kept" THEN COALESCE("t346"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t346"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t331"."la_code",
                    "t331"."month",
                    "t331"."worker_id",
                    "t331"."team_id",
                    "t331"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t331"
                ) AS "t346"
                GROUP BY
                  1,
                  2
              ) AS "t389"
                ON "t18"."la_code" = "t389"."la_code" AND "t19"."month" = "t389"."month"
            ) AS "t403"
            ORDER BY
              "t403"."la_code" ASC,
              "t403"."month" ASC
          ) AS "t425"
        ) AS "t429"
      ) AS "t455"
    ) AS "t479"
  ) AS "t480"
) AS "t481"
ORDER BY
  "t481"."indicator" ASC,
  "t481"."la_code" ASC,
  "t481"."month" ASC
