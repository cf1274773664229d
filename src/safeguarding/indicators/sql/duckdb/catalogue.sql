-- safeguarding compiled query {"code": "debe571f7d7622e9", "policy": "5a5babdd74a484f2", "query": "catalogue"}
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
    "t48"."_lo",
    "t48"."_hi"
  FROM "t56" AS "t80"
  CROSS JOIN (
    SELECT
      MIN("t1"."rolling_start") AS "_lo",
      MAX("t1"."month_end") AS "_hi"
    FROM "_months" AS "t1"
  ) AS "t48"
), "t124" AS (
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
      "t48"."_lo",
      "t48"."_hi"
    FROM "t55" AS "t79"
    CROSS JOIN (
      SELECT
        MIN("t1"."rolling_start") AS "_lo",
        MAX("t1"."month_end") AS "_hi"
      FROM "_months" AS "t1"
    ) AS "t48"
  ) AS "t92"
  WHERE
    "t92"."cine_referral_date" >= "t92"."_lo"
    AND "t92"."cine_referral_date" <= "t92"."_hi"
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
), "t133" AS (
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
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t55" AS "t79"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t91"
  WHERE
    "t91"."cine_referral_date" <= "t91"."_last_end"
    AND COALESCE("t91"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t91"."_first_end"
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
), "t142" AS (
  SELECT
    "t99"."la_code",
    "t99"."clae_cla_episode_id",
    "t99"."clae_person_id",
    "t99"."clae_cla_id",
    "t99"."clae_cla_episode_start_date",
    "t99"."clae_cla_episode_ceased_date",
    "t99"."clae_entered_care_date",
    "t99"."clae_cla_placement_id"
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
      "t47"."_first_end",
      "t47"."_last_end"
    FROM "t61" AS "t83"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t99"
  WHERE
    "t99"."clae_cla_episode_start_date" <= "t99"."_last_end"
    AND COALESCE("t99"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t99"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t100"."la_code",
    "t100"."first_episode_start",
    "t100"."clae_person_id",
    "t100"."clae_cla_id" AS "cla_id",
    COALESCE("t100"."entered", "t100"."first_episode_start") AS "period_start"
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
  ) AS "t100"
), "t165" AS (
  SELECT
    "t121"."la_code",
    "t121"."invo_involvements_id",
    "t121"."invo_person_id",
    "t121"."invo_professional_id",
    "t121"."invo_professional_role_id",
    "t121"."invo_professional_team",
    "t121"."invo_involvement_start_date",
    "t121"."invo_involvement_end_date",
    "t121"."invo_worker_change_reason",
    "t121"."invo_referral_id",
    "t121"."_start",
    "t121"."_end"
  FROM (
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
      "t102"."_end",
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
    ) AS "t102"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t121"
  WHERE
    "t121"."_start" <= "t121"."_last_end"
    AND COALESCE("t121"."_end", MAKE_DATE(9999, 12, 31)) > "t121"."_first_end"
), "t170" AS (
  SELECT
    "t131"."la_code",
    "t131"."clap_cla_placement_id",
    "t131"."clap_cla_id",
    "t131"."clap_cla_placement_start_date",
    "t131"."clap_cla_placement_end_date",
    "t131"."clap_cla_placement_type",
    "t131"."clap_long_term"
  FROM (
    SELECT
      "t114"."la_code",
      "t114"."clap_cla_placement_id",
      "t114"."clap_cla_id",
      "t114"."clap_cla_placement_start_date",
      "t114"."clap_cla_placement_end_date",
      "t114"."clap_cla_placement_type",
      "t114"."clap_long_term",
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
    ) AS "t114"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t47"
  ) AS "t131"
  WHERE
    "t131"."clap_cla_placement_start_date" <= "t131"."_last_end"
    AND COALESCE("t131"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t131"."_first_end"
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
), "t188" AS (
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
  FROM "t133" AS "t157"
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
    FROM "t133" AS "t157"
    INNER JOIN "t133" AS "t158"
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
  ) AS "t215"
    ON "t157"."la_code" = "t215"."la_code"
    AND "t19"."month" = "t215"."month"
    AND "t157"."cine_referral_id" = "t215"."_superseded"
), "cohort_looked_after" AS (
  SELECT
    "t162"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t162"."clae_person_id" AS "person_id",
    "t162"."clae_cla_id" AS "cla_id",
    "t162"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t142" AS "t162"
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
    FROM "t142" AS "t162"
    INNER JOIN "t142" AS "t163"
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
  ) AS "t221"
    ON "t162"."la_code" = "t221"."la_code"
    AND "t19"."month" = "t221"."month"
    AND "t162"."clae_cla_episode_id" = "t221"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t179"."la_code",
    "t19"."month",
    "t179"."invo_person_id" AS "person_id",
    "t179"."invo_professional_id" AS "worker_id",
    "t179"."invo_professional_team" AS "team_id"
  FROM "t165" AS "t179"
  INNER JOIN "_months" AS "t19"
    ON "t179"."_start" <= "t19"."month_end"
    AND COALESCE("t179"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t179"."la_code",
      "t179"."invo_involvements_id" AS "_superseded",
      "t180"."_start",
      "t180"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t165" AS "t179"
    INNER JOIN "t165" AS "t180"
      ON "t179"."la_code" = "t180"."la_code"
      AND "t179"."invo_person_id" = "t180"."invo_person_id"
      AND "t180"."invo_involvement_start_date" >= "t179"."invo_involvement_start_date"
      AND (
        (
          "t180"."invo_involvement_start_date" > "t179"."invo_involvement_start_date"
        )
        OR (
          "t180"."invo_involvements_id" > "t179"."invo_involvements_id"
        )
      )
      AND "t180"."_start" < COALESCE("t179"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t180"."_start" <= "t20"."month_end"
      AND COALESCE("t180"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t240"
    ON "t179"."la_code" = "t240"."la_code"
    AND "t19"."month" = "t240"."month"
    AND "t179"."invo_involvements_id" = "t240"."_superseded"
), "t286" AS (
  SELECT
    "t249"."la_code",
    "t249"."plan_id",
    "t249"."date",
    "t249"."review_id",
    "t249"."first_due",
    ROW_NUMBER() OVER (
      PARTITION BY "t249"."la_code", "t249"."plan_id"
      ORDER BY "t249"."date" ASC, "t249"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t249"."date") OVER (
      PARTITION BY "t249"."la_code", "t249"."plan_id"
      ORDER BY "t249"."date" ASC, "t249"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t249"."date") OVER (
      PARTITION BY "t249"."la_code", "t249"."plan_id"
      ORDER BY "t249"."date" ASC, "t249"."review_id" ASC
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
        "t119"."la_code",
        "t119"."cppr_cp_plan_id" AS "plan_id",
        "t119"."cppr_cp_review_date" AS "date",
        "t119"."cppr_cp_review_id" AS "review_id",
        "t119"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
      FROM (
        SELECT
          "t77"."la_code",
          "t77"."cppr_cp_review_id",
          "t77"."cppr_person_id",
          "t77"."cppr_cp_plan_id",
          "t77"."cppr_cp_review_due",
          "t77"."cppr_cp_review_date",
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
          FROM "ssd_cp_reviews" AS "t13"
          WHERE
            "t13"."la_code" IN (
              SELECT
                *
              FROM "t22"
            )
        ) AS "t77"
        INNER JOIN "t56" AS "t81"
          ON "t77"."la_code" = "t81"."la_code"
          AND "t77"."cppr_cp_plan_id" = "t81"."cppl_cp_plan_id"
      ) AS "t119"
      WHERE
        "t119"."cppr_cp_review_date" >= "t119"."cppl_cp_plan_start_date"
    ) AS "t159"
    SEMI JOIN "t188" AS "t209"
      ON "t159"."la_code" = "t209"."la_code" AND "t159"."plan_id" = "t209"."plan_id"
  ) AS "t249"
), "cohort_caseloads" AS (
  SELECT
    "t291"."la_code",
    "t291"."month",
    "t291"."worker_id",
    MAX("t291"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t291"
  GROUP BY
    1,
    2,
    3
), "t348" AS (
  SELECT
    "t316"."la_code",
    "t316"."month",
    "t316"."month_end",
    "t316"."first_due",
    "t316"."person_id",
    "t316"."period_start",
    "t316"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t280"."la_code",
      "t280"."month",
      "t280"."month_end",
      "t280"."rolling_start",
      "t280"."person_id",
      "t280"."cla_id",
      "t280"."episode_start",
      "t254"."first_episode_start",
      "t254"."clae_person_id",
      "t254"."period_start",
      "t254"."first_due",
      "t51"."_wd_a",
      "t53"."_wd_b"
    FROM "cohort_looked_after" AS "t280"
    INNER JOIN (
      SELECT
        "t229".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t203"."la_code",
          "t203"."first_episode_start",
          "t203"."clae_person_id",
          "t203"."cla_id",
          "t203"."period_start",
          "t203"."wd21",
          "t203"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t164"."la_code",
            "t164"."first_episode_start",
            "t164"."clae_person_id",
            "t164"."cla_id",
            "t164"."period_start",
            "t41"."wd21"
          FROM "cohort_period_starts" AS "t164"
          LEFT OUTER JOIN (
            SELECT
              "t7"."wd_ordinal" AS "_wd_from",
              "t7"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t7"
          ) AS "t38"
            ON "t164"."period_start" = "t38"."_wd_from__date"
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
        ) AS "t203"
      ) AS "t229"
    ) AS "t254"
      ON "t280"."la_code" = "t254"."la_code" AND "t280"."cla_id" = "t254"."cla_id"
    LEFT OUTER JOIN "t24" AS "t51"
      ON "t254"."period_start" = "t51"."_wd_a__date"
    LEFT OUTER JOIN "t25" AS "t53"
      ON "t280"."month_end" = "t53"."_wd_b__date"
  ) AS "t316"
  WHERE
    (
      "t316"."_wd_b" - "t316"."_wd_a"
    ) > 20
), "t409" AS (
  SELECT
    "t390"."la_code",
    "t390"."first_due",
    "t390"."plan_id",
    "t390"."date",
    "t390"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t390"."la_code", "t390"."plan_id"
      ORDER BY "t390"."date" ASC, "t390"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t390"."date") OVER (
      PARTITION BY "t390"."la_code", "t390"."plan_id"
      ORDER BY "t390"."date" ASC, "t390"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t390"."date") OVER (
      PARTITION BY "t390"."la_code", "t390"."plan_id"
      ORDER BY "t390"."date" ASC, "t390"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t317"."la_code",
      "t317"."first_due",
      "t317"."plan_id",
      "t317"."date",
      "t317"."review_id"
    FROM (
      SELECT
        "t281"."la_code",
        "t281"."first_due",
        "t281"."clar_cla_id" AS "plan_id",
        "t281"."clar_cla_review_date" AS "date",
        "t281"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t115"."la_code",
          "t115"."clar_cla_review_id",
          "t115"."clar_cla_id",
          "t115"."clar_cla_review_due_date",
          "t115"."clar_cla_review_date",
          "t115"."clar_cla_review_cancelled",
          "t254"."first_episode_start",
          "t254"."clae_person_id",
          "t254"."cla_id",
          "t254"."period_start",
          "t254"."first_due"
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
        ) AS "t115"
        INNER JOIN (
          SELECT
            "t229".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t203"."la_code",
              "t203"."first_episode_start",
              "t203"."clae_person_id",
              "t203"."cla_id",
              "t203"."period_start",
              "t203"."wd21",
              "t203"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t164"."la_code",
                "t164"."first_episode_start",
                "t164"."clae_person_id",
                "t164"."cla_id",
                "t164"."period_start",
                "t41"."wd21"
              FROM "cohort_period_starts" AS "t164"
              LEFT OUTER JOIN (
                SELECT
                  "t7"."wd_ordinal" AS "_wd_from",
                  "t7"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t7"
              ) AS "t38"
                ON "t164"."period_start" = "t38"."_wd_from__date"
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
            ) AS "t203"
          ) AS "t229"
        ) AS "t254"
          ON "t115"."la_code" = "t254"."la_code" AND "t115"."clar_cla_id" = "t254"."cla_id"
      ) AS "t281"
      WHERE
        "t281"."clar_cla_review_date" >= "t281"."period_start"
    ) AS "t317"
    SEMI JOIN "t348" AS "t366"
      ON "t317"."la_code" = "t366"."la_code" AND "t317"."plan_id" = "t366"."plan_id"
  ) AS "t390"
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
                "t356"."la_code",
                "t356"."month",
                SUM(CAST("t356"."_kept" AND COALESCE("t356"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t356"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t334"."la_code",
                  "t334"."month",
                  "t334"."worker_id",
                  "t334"."team_id",
                  "t334"."amount",
                  "t334"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t334"
              ) AS "t356"
              GROUP BY
                1,
                2
            ) AS "t401"
              ON "t18"."la_code" = "t401"."la_code" AND "t19"."month" = "t401"."month"
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
            "t425"."la_code",
            "t425"."month",
            'unallocated_cp_cla' AS "indicator",
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
              COALESCE("t414"."numerator", 0) AS "numerator",
              COALESCE("t414"."denominator", 0) AS "denominator",
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
                  "t369"."la_code",
                  "t369"."month",
                  "t369"."person_id",
                  "t369"."hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t342"."la_code",
                    "t342"."month",
                    "t342"."person_id",
                    COUNT("t342"."_start") = 0 AS "hit"
                  FROM (
                    SELECT
                      "t308"."la_code",
                      "t308"."month",
                      "t308"."month_end",
                      "t308"."person_id",
                      "t178"."la_code" AS "la_code_right",
                      "t178"."invo_involvements_id",
                      "t178"."invo_person_id",
                      "t178"."invo_professional_id",
                      "t178"."invo_professional_role_id",
                      "t178"."invo_professional_team",
                      "t178"."invo_involvement_start_date",
                      "t178"."invo_involvement_end_date",
                      "t178"."invo_worker_change_reason",
                      "t178"."invo_referral_id",
                      "t178"."_start",
                      "t178"."_end"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t195"."la_code",
                          "t195"."month",
                          "t195"."month_end",
                          "t195"."cppl_person_id" AS "person_id"
                        FROM "cohort_on_plan" AS "t195"
                      ) AS "t218"
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
                      ) AS "t289"
                    ) AS "t308"
                    LEFT OUTER JOIN "t165" AS "t178"
                      ON "t308"."la_code" = "t178"."la_code"
                      AND "t308"."person_id" = "t178"."invo_person_id"
                      AND "t178"."_start" <= "t308"."month_end"
                      AND COALESCE("t178"."_end", MAKE_DATE(9999, 12, 31)) > "t308"."month_end"
                  ) AS "t342"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t369"
              ) AS "t382"
              GROUP BY
                1,
                2
            ) AS "t414"
              ON "t18"."la_code" = "t414"."la_code" AND "t19"."month" = "t414"."month"
          ) AS "t425"
          ORDER BY
            "t425"."la_code" ASC,
            "t425"."month" ASC
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
              "t251"."la_code",
              "t251"."month",
              'contacts' AS "indicator",
              "t251"."numerator",
              "t251"."denominator",
              "t251"."excluded",
              CAST("t251"."numerator" AS DOUBLE) AS "value"
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
                  "t160"."la_code",
                  "t160"."month",
                  SUM(CAST("t160"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t140"."la_code",
                    "t140"."cont_contact_id",
                    "t140"."cont_person_id",
                    "t140"."cont_contact_date",
                    "t140"."cont_contact_source_code",
                    "t140"."cont_contact_outcome_json",
                    "t140"."cont_screening_date",
                    "t140"."cont_screened_by_qualified",
                    "t140"."month",
                    "t140"."month_end",
                    "t140"."rolling_start",
                    "t140"."pop_year",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t140"
                ) AS "t160"
                GROUP BY
                  1,
                  2
              ) AS "t210"
                ON "t18"."la_code" = "t210"."la_code" AND "t19"."month" = "t210"."month"
            ) AS "t251"
            ORDER BY
              "t251"."la_code" ASC,
              "t251"."month" ASC
          ) AS "t272"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t299"."la_code",
              "t299"."month",
              'contacts_screened_24h' AS "indicator",
              "t299"."numerator",
              "t299"."denominator",
              "t299"."excluded",
              CASE
                WHEN "t299"."denominator" > 0
                THEN (
                  CAST("t299"."numerator" AS DOUBLE) / "t299"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t267"."numerator", 0) AS "numerator",
                COALESCE("t267"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t197"."la_code",
                  "t197"."month",
                  SUM(CAST("t197"."_kept" AND COALESCE("t197"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t197"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t140"."la_code",
                    "t140"."cont_contact_id",
                    "t140"."cont_person_id",
                    "t140"."cont_contact_date",
                    "t140"."cont_contact_source_code",
                    "t140"."cont_contact_outcome_json",
                    "t140"."cont_screening_date",
                    "t140"."cont_screened_by_qualified",
                    "t140"."month",
                    "t140"."month_end",
                    "t140"."rolling_start",
                    "t140"."pop_year",
                    (
                      "t140"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t140"."cont_screening_date" <= (
                        "t140"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t140"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t140"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t140"
                ) AS "t197"
                GROUP BY
                  1,
                  2
              ) AS "t267"
                ON "t18"."la_code" = "t267"."la_code" AND "t19"."month" = "t267"."month"
            ) AS "t299"
            ORDER BY
              "t299"."la_code" ASC,
              "t299"."month" ASC
          ) AS "t346"
        ) AS "t354"
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
                COALESCE("t250"."numerator", 0) AS "numerator",
                COALESCE("t250"."denominator", 0) AS "denominator",
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
                    "t140"."la_code",
                    "t140"."cont_contact_id",
                    "t140"."cont_person_id",
                    "t140"."cont_contact_date",
                    "t140"."cont_contact_source_code",
                    "t140"."cont_contact_outcome_json",
                    "t140"."cont_screening_date",
                    "t140"."cont_screened_by_qualified",
                    "t140"."month",
                    "t140"."month_end",
                    "t140"."rolling_start",
                    "t140"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t140"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_contacts_in_month" AS "t140"
                ) AS "t176"
                GROUP BY
                  1,
                  2
              ) AS "t250"
                ON "t18"."la_code" = "t250"."la_code" AND "t19"."month" = "t250"."month"
            ) AS "t278"
            ORDER BY
              "t278"."la_code" ASC,
              "t278"."month" ASC
          ) AS "t331"
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
                  "t132"."la_code",
                  "t132"."month",
                  SUM(CAST("t132"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t117"."la_code",
                    "t117"."cine_referral_id",
                    "t117"."cine_person_id",
                    "t117"."cine_referral_date",
                    "t117"."cine_referral_source_code",
                    "t117"."cine_referral_nfa",
                    "t117"."cine_cin_primary_need_code",
                    "t117"."cine_close_date",
                    "t117"."cine_close_reason",
                    "t117"."month",
                    "t117"."month_end",
                    "t117"."rolling_start",
                    "t117"."pop_year",
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
                  ) AS "t117"
                ) AS "t132"
                GROUP BY
                  1,
                  2
              ) AS "t185"
                ON "t18"."la_code" = "t185"."la_code" AND "t19"."month" = "t185"."month"
            ) AS "t224"
            ORDER BY
              "t224"."la_code" ASC,
              "t224"."month" ASC
          ) AS "t256"
        ) AS "t340"
      ) AS "t362"
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
              "t350"."la_code",
              "t350"."month",
              'referrals_per_10k' AS "indicator",
              "t350"."numerator",
              "t350"."denominator",
              "t350"."excluded",
              (
                CAST("t350"."numerator" AS DOUBLE) / "t350"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t320"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t237"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t284"."la_code",
                  "t284"."_in" AS "month",
                  SUM("t284"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t258"."la_code",
                    "t258"."month",
                    "t258"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t206"."la_code",
                      "t206"."month",
                      SUM(CAST("t206"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t186"."la_code",
                        "t186"."cine_referral_id",
                        "t186"."cine_person_id",
                        "t186"."cine_referral_date",
                        "t186"."cine_referral_source_code",
                        "t186"."cine_referral_nfa",
                        "t186"."cine_cin_primary_need_code",
                        "t186"."cine_close_date",
                        "t186"."cine_close_reason",
                        "t186"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t147"."la_code",
                          "t147"."cine_referral_id",
                          "t147"."cine_person_id",
                          "t147"."cine_referral_date",
                          "t147"."cine_referral_source_code",
                          "t147"."cine_referral_nfa",
                          "t147"."cine_cin_primary_need_code",
                          "t147"."cine_close_date",
                          "t147"."cine_close_reason",
                          "t40"."month"
                        FROM "t124" AS "t147"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t147"."cine_referral_date" = "t40"."_date"
                      ) AS "t186"
                    ) AS "t206"
                    GROUP BY
                      1,
                      2
                  ) AS "t258"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t258"."month" >= "t32"."_from" AND "t258"."month" <= "t32"."_in"
                ) AS "t284"
                GROUP BY
                  1,
                  2
              ) AS "t320"
                ON "t18"."la_code" = "t320"."la_code" AND "t19"."month" = "t320"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
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
                      "t110"."la_code",
                      "t110"."month",
                      "t110"."month_end",
                      "t110"."rolling_start",
                      "t110"."pop_year",
                      "t110"."year",
                      "t110"."population",
                      "t110"."source",
                      ABS("t110"."year" - "t110"."pop_year") AS "distance"
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
                    ) AS "t110"
                  ) AS "t152"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t350"
            ORDER BY
              "t350"."la_code" ASC,
              "t350"."month" ASC
          ) AS "t385"
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
                COALESCE("t417"."numerator", 0) AS "numerator",
                COALESCE("t417"."denominator", 0) AS "denominator",
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
                    "t376"."la_code",
                    "t376"."month",
                    "t376"."numerator",
                    "t376"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t329"."la_code",
                      "t329"."month",
                      SUM(CAST("t329"."_kept" AND COALESCE("t329"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t329"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t311"."la_code",
                        "t311"."cine_referral_id",
                        "t311"."cine_person_id",
                        "t311"."cine_referral_date",
                        "t311"."hit",
                        "t311"."month",
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
                            "t246"."la_code",
                            "t246"."cine_referral_id",
                            "t246"."cine_person_id",
                            "t246"."cine_referral_date",
                            "t246"."hit"
                          FROM (
                            SELECT
                              "t225"."la_code",
                              "t225"."cine_referral_id",
                              "t225"."cine_person_id",
                              "t225"."cine_referral_date",
                              "t225"."hit",
                              "t48"."_lo",
                              "t48"."_hi"
                            FROM (
                              SELECT
                                "t134"."la_code",
                                "t134"."cine_referral_id",
                                "t134"."cine_person_id",
                                "t134"."cine_referral_date",
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
                                    ) AS "t93"
                                    WHERE
                                      "t93"."cine_referral_date" >= "t93"."_lo"
                                      AND "t93"."cine_referral_date" <= "t93"."_hi"
                                  ) AS "t135"
                                  WHERE
                                    (
                                      "t135"."la_code" = "t134"."la_code"
                                    )
                                    AND (
                                      "t135"."cine_person_id" = "t134"."cine_person_id"
                                    )
                                    AND (
                                      "t135"."cine_referral_date" >= (
                                        "t134"."cine_referral_date" + INTERVAL '-12' MONTH
                                      )
                                    )
                                    AND (
                                      "t135"."cine_referral_date" < "t134"."cine_referral_date"
                                    )
                                ) AS "hit"
                              FROM "t124" AS "t134"
                            ) AS "t225"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t246"
                          WHERE
                            "t246"."cine_referral_date" >= "t246"."_lo"
                            AND "t246"."cine_referral_date" <= "t246"."_hi"
                        ) AS "t275"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t275"."cine_referral_date" = "t40"."_date"
                      ) AS "t311"
                    ) AS "t329"
                    GROUP BY
                      1,
                      2
                  ) AS "t376"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t376"."month" >= "t32"."_from" AND "t376"."month" <= "t32"."_in"
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
                COALESCE("t171"."numerator", 0) AS "numerator",
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
                    "t107"."la_code",
                    "t107"."cina_assessment_id",
                    "t107"."cina_person_id",
                    "t107"."cina_referral_id",
                    "t107"."cina_assessment_start_date",
                    "t107"."cina_assessment_auth_date",
                    "t107"."cina_assessment_child_seen",
                    "t107"."month",
                    "t107"."month_end",
                    "t107"."rolling_start",
                    "t107"."pop_year",
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
                  ) AS "t107"
                ) AS "t122"
                GROUP BY
                  1,
                  2
              ) AS "t171"
                ON "t18"."la_code" = "t171"."la_code" AND "t19"."month" = "t171"."month"
            ) AS "t214"
            ORDER BY
              "t214"."la_code" ASC,
              "t214"."month" ASC
          ) AS "t244"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t335"."la_code",
              "t335"."month",
              'assessments_per_10k' AS "indicator",
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
                COALESCE("t303"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t237"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t269"."la_code",
                  "t269"."_in" AS "month",
                  SUM("t269"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t233"."la_code",
                    "t233"."month",
                    "t233"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t184"."la_code",
                      "t184"."month",
                      SUM(CAST("t184"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t167"."la_code",
                        "t167"."cina_assessment_id",
                        "t167"."cina_person_id",
                        "t167"."cina_referral_id",
                        "t167"."cina_assessment_start_date",
                        "t167"."cina_assessment_auth_date",
                        "t167"."cina_assessment_child_seen",
                        "t167"."month",
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
                          "t40"."month"
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
                        ) AS "t40"
                          ON "t123"."cina_assessment_auth_date" = "t40"."_date"
                      ) AS "t167"
                    ) AS "t184"
                    GROUP BY
                      1,
                      2
                  ) AS "t233"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t233"."month" >= "t32"."_from" AND "t233"."month" <= "t32"."_in"
                ) AS "t269"
                GROUP BY
                  1,
                  2
              ) AS "t303"
                ON "t18"."la_code" = "t303"."la_code" AND "t19"."month" = "t303"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
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
                      "t110"."la_code",
                      "t110"."month",
                      "t110"."month_end",
                      "t110"."rolling_start",
                      "t110"."pop_year",
                      "t110"."year",
                      "t110"."population",
                      "t110"."source",
                      ABS("t110"."year" - "t110"."pop_year") AS "distance"
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
                    ) AS "t110"
                  ) AS "t152"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t335"
            ORDER BY
              "t335"."la_code" ASC,
              "t335"."month" ASC
          ) AS "t371"
        ) AS "t374"
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
                COALESCE("t312"."numerator", 0) AS "numerator",
                COALESCE("t312"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t259"."la_code",
                  "t259"."month",
                  SUM(CAST("t259"."_kept" AND COALESCE("t259"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t259"."_kept" AS BIGINT)) AS "denominator"
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
                      "t50"."_wd_a",
                      "t52"."_wd_b"
                    FROM (
                      SELECT
                        "t136"."la_code",
                        "t136"."cina_assessment_id",
                        "t136"."cina_person_id",
                        "t136"."cina_referral_id",
                        "t136"."cina_assessment_start_date",
                        "t136"."cina_assessment_auth_date",
                        "t136"."cina_assessment_child_seen",
                        "t136"."month",
                        "t136"."month_end",
                        "t136"."rolling_start",
                        "t136"."pop_year",
                        "t136"."la_code_right",
                        "t136"."cine_referral_id",
                        "t136"."cine_referral_date",
                        COALESCE("t136"."cine_referral_date", "t136"."cina_assessment_start_date") AS "_start"
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
                          FROM "t55" AS "t70"
                        ) AS "t94"
                          ON "t69"."la_code" = "t94"."la_code"
                          AND "t69"."cina_referral_id" = "t94"."cine_referral_id"
                      ) AS "t136"
                    ) AS "t173"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t173"."_start" = "t50"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t52"
                      ON "t173"."cina_assessment_auth_date" = "t52"."_wd_b__date"
                  ) AS "t217"
                ) AS "t259"
                GROUP BY
                  1,
                  2
              ) AS "t312"
                ON "t18"."la_code" = "t312"."la_code" AND "t19"."month" = "t312"."month"
            ) AS "t344"
            ORDER BY
              "t344"."la_code" ASC,
              "t344"."month" ASC
          ) AS "t386"
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
                COALESCE("t314"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t237"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t279"."la_code",
                  "t279"."_in" AS "month",
                  SUM("t279"."numerator") AS "numerator"
                FROM (
                  SELECT
                    "t253"."la_code",
                    "t253"."month",
                    "t253"."numerator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t201"."la_code",
                      "t201"."month",
                      SUM(CAST("t201"."_kept" AS BIGINT)) AS "numerator"
                    FROM (
                      SELECT
                        "t177"."la_code",
                        "t177"."s47e_s47_enquiry_id",
                        "t177"."s47e_person_id",
                        "t177"."s47e_referral_id",
                        "t177"."s47e_s47_start_date",
                        "t177"."s47e_s47_end_date",
                        "t177"."s47e_s47_nfa",
                        "t177"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t141"."la_code",
                          "t141"."s47e_s47_enquiry_id",
                          "t141"."s47e_person_id",
                          "t141"."s47e_referral_id",
                          "t141"."s47e_s47_start_date",
                          "t141"."s47e_s47_end_date",
                          "t141"."s47e_s47_nfa",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t98"."la_code",
                            "t98"."s47e_s47_enquiry_id",
                            "t98"."s47e_person_id",
                            "t98"."s47e_referral_id",
                            "t98"."s47e_s47_start_date",
                            "t98"."s47e_s47_end_date",
                            "t98"."s47e_s47_nfa"
                          FROM (
                            SELECT
                              "t82"."la_code",
                              "t82"."s47e_s47_enquiry_id",
                              "t82"."s47e_person_id",
                              "t82"."s47e_referral_id",
                              "t82"."s47e_s47_start_date",
                              "t82"."s47e_s47_end_date",
                              "t82"."s47e_s47_nfa",
                              "t48"."_lo",
                              "t48"."_hi"
                            FROM "t60" AS "t82"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t98"
                          WHERE
                            "t98"."s47e_s47_start_date" >= "t98"."_lo"
                            AND "t98"."s47e_s47_start_date" <= "t98"."_hi"
                        ) AS "t141"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t141"."s47e_s47_start_date" = "t40"."_date"
                      ) AS "t177"
                    ) AS "t201"
                    GROUP BY
                      1,
                      2
                  ) AS "t253"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t253"."month" >= "t32"."_from" AND "t253"."month" <= "t32"."_in"
                ) AS "t279"
                GROUP BY
                  1,
                  2
              ) AS "t314"
                ON "t18"."la_code" = "t314"."la_code" AND "t19"."month" = "t314"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
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
                      "t110"."la_code",
                      "t110"."month",
                      "t110"."month_end",
                      "t110"."rolling_start",
                      "t110"."pop_year",
                      "t110"."year",
                      "t110"."population",
                      "t110"."source",
                      ABS("t110"."year" - "t110"."pop_year") AS "distance"
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
                    ) AS "t110"
                  ) AS "t152"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t347"
            ORDER BY
              "t347"."la_code" ASC,
              "t347"."month" ASC
          ) AS "t381"
        ) AS "t394"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t341"."la_code",
              "t341"."month",
              'icpc_in_15wd' AS "indicator",
              "t341"."numerator",
              "t341"."denominator",
              "t341"."excluded",
              CASE
                WHEN "t341"."denominator" > 0
                THEN (
                  CAST("t341"."numerator" AS DOUBLE) / "t341"."denominator"
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
                  "t252"."la_code",
                  "t252"."month",
                  SUM(CAST("t252"."_kept" AND COALESCE("t252"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t252"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t252"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t200"."la_code",
                    "t200"."icpc_icpc_id",
                    "t200"."icpc_person_id",
                    "t200"."icpc_s47_enquiry_id",
                    "t200"."icpc_cp_plan_id",
                    "t200"."icpc_icpc_date",
                    "t200"."icpc_icpc_outcome_cp_flag",
                    "t200"."icpc_icpc_transfer_in",
                    "t200"."month",
                    "t200"."month_end",
                    "t200"."rolling_start",
                    "t200"."pop_year",
                    "t200"."la_code_right",
                    "t200"."s47e_s47_enquiry_id",
                    "t200"."s47e_s47_start_date",
                    "t200"."_wd_b" - "t200"."_wd_a" AS "wd",
                    "t200"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t200"."_wd_b" - "t200"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t200"."s47e_s47_start_date" IS NULL, FALSE)
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
                      "t97"."la_code" AS "la_code_right",
                      "t97"."s47e_s47_enquiry_id",
                      "t97"."s47e_s47_start_date",
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
                      ) AS "t111"
                      WHERE
                        NOT (
                          COALESCE("t111"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t161"
                    LEFT OUTER JOIN (
                      SELECT
                        "t75"."la_code",
                        "t75"."s47e_s47_enquiry_id",
                        "t75"."s47e_s47_start_date"
                      FROM "t60" AS "t75"
                    ) AS "t97"
                      ON "t161"."la_code" = "t97"."la_code"
                      AND "t161"."icpc_s47_enquiry_id" = "t97"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t24" AS "t51"
                      ON "t97"."s47e_s47_start_date" = "t51"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t53"
                      ON "t161"."icpc_icpc_date" = "t53"."_wd_b__date"
                  ) AS "t200"
                ) AS "t252"
                GROUP BY
                  1,
                  2
              ) AS "t306"
                ON "t18"."la_code" = "t306"."la_code" AND "t19"."month" = "t306"."month"
            ) AS "t341"
            ORDER BY
              "t341"."la_code" ASC,
              "t341"."month" ASC
          ) AS "t380"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t294"."la_code",
              "t294"."month",
              'cp_count' AS "indicator",
              "t294"."numerator",
              "t294"."denominator",
              "t294"."excluded",
              CAST("t294"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t266"."numerator", 0) AS "numerator",
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
                    "t195"."la_code",
                    "t195"."month",
                    "t195"."month_end",
                    "t195"."cppl_person_id",
                    "t195"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t195"
                ) AS "t219"
                GROUP BY
                  1,
                  2
              ) AS "t266"
                ON "t18"."la_code" = "t266"."la_code" AND "t19"."month" = "t266"."month"
            ) AS "t294"
            ORDER BY
              "t294"."la_code" ASC,
              "t294"."month" ASC
          ) AS "t321"
        ) AS "t389"
      ) AS "t399"
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
              "t295"."la_code",
              "t295"."month",
              'cp_per_10k' AS "indicator",
              "t295"."numerator",
              "t295"."denominator",
              "t295"."excluded",
              (
                CAST("t295"."numerator" AS DOUBLE) / "t295"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t266"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t237"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t219"."la_code",
                  "t219"."month",
                  SUM(CAST("t219"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t195"."la_code",
                    "t195"."month",
                    "t195"."month_end",
                    "t195"."cppl_person_id",
                    "t195"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t195"
                ) AS "t219"
                GROUP BY
                  1,
                  2
              ) AS "t266"
                ON "t18"."la_code" = "t266"."la_code" AND "t19"."month" = "t266"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
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
                      "t110"."la_code",
                      "t110"."month",
                      "t110"."month_end",
                      "t110"."rolling_start",
                      "t110"."pop_year",
                      "t110"."year",
                      "t110"."population",
                      "t110"."source",
                      ABS("t110"."year" - "t110"."pop_year") AS "distance"
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
                    ) AS "t110"
                  ) AS "t152"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t295"
            ORDER BY
              "t295"."la_code" ASC,
              "t295"."month" ASC
          ) AS "t336"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t226"."la_code",
              "t226"."month",
              'cp_starts' AS "indicator",
              "t226"."numerator",
              "t226"."denominator",
              "t226"."excluded",
              CAST("t226"."numerator" AS DOUBLE) AS "value"
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
                  "t137"."la_code",
                  "t137"."month",
                  SUM(CAST("t137"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t118"."la_code",
                    "t118"."cppl_cp_plan_id",
                    "t118"."cppl_person_id",
                    "t118"."cppl_cp_plan_start_date",
                    "t118"."cppl_cp_plan_end_date",
                    "t118"."cppl_cp_plan_initial_category",
                    "t118"."cppl_cp_plan_latest_category",
                    "t118"."cppl_icpc_id",
                    "t118"."month",
                    "t118"."month_end",
                    "t118"."rolling_start",
                    "t118"."pop_year",
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
                  ) AS "t118"
                ) AS "t137"
                GROUP BY
                  1,
                  2
              ) AS "t187"
                ON "t18"."la_code" = "t187"."la_code" AND "t19"."month" = "t187"."month"
            ) AS "t226"
            ORDER BY
              "t226"."la_code" ASC,
              "t226"."month" ASC
          ) AS "t260"
        ) AS "t345"
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
                COALESCE("t420"."numerator", 0) AS "numerator",
                COALESCE("t420"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t405"."la_code",
                  "t405"."_in" AS "month",
                  SUM("t405"."numerator") AS "numerator",
                  SUM("t405"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t388"."la_code",
                    "t388"."month",
                    "t388"."numerator",
                    "t388"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t339"."la_code",
                      "t339"."month",
                      SUM(CAST("t339"."_kept" AND COALESCE("t339"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t339"."_kept" AS BIGINT)) AS "denominator"
                    FROM (
                      SELECT
                        "t324"."la_code",
                        "t324"."cppl_cp_plan_id",
                        "t324"."cppl_person_id",
                        "t324"."cppl_cp_plan_start_date",
                        "t324"."cppl_cp_plan_end_date",
                        "t324"."cppl_cp_plan_initial_category",
                        "t324"."cppl_cp_plan_latest_category",
                        "t324"."cppl_icpc_id",
                        "t324"."hit",
                        "t324"."month",
                        TRUE AS "_kept"
                      FROM (
                        SELECT
                          "t288"."la_code",
                          "t288"."cppl_cp_plan_id",
                          "t288"."cppl_person_id",
                          "t288"."cppl_cp_plan_start_date",
                          "t288"."cppl_cp_plan_end_date",
                          "t288"."cppl_cp_plan_initial_category",
                          "t288"."cppl_cp_plan_latest_category",
                          "t288"."cppl_icpc_id",
                          "t288"."hit",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t262"."la_code",
                            "t262"."cppl_cp_plan_id",
                            "t262"."cppl_person_id",
                            "t262"."cppl_cp_plan_start_date",
                            "t262"."cppl_cp_plan_end_date",
                            "t262"."cppl_cp_plan_initial_category",
                            "t262"."cppl_cp_plan_latest_category",
                            "t262"."cppl_icpc_id",
                            "t262"."hit"
                          FROM (
                            SELECT
                              "t235"."la_code",
                              "t235"."cppl_cp_plan_id",
                              "t235"."cppl_person_id",
                              "t235"."cppl_cp_plan_start_date",
                              "t235"."cppl_cp_plan_end_date",
                              "t235"."cppl_cp_plan_initial_category",
                              "t235"."cppl_cp_plan_latest_category",
                              "t235"."cppl_icpc_id",
                              "t235"."hit",
                              "t48"."_lo",
                              "t48"."_hi"
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
                                    "t150"."la_code",
                                    "t150"."cppl_cp_plan_id",
                                    "t150"."cppl_person_id",
                                    "t150"."cppl_cp_plan_start_date",
                                    "t150"."cppl_cp_plan_end_date",
                                    "t150"."cppl_cp_plan_initial_category",
                                    "t150"."cppl_cp_plan_latest_category",
                                    "t150"."cppl_icpc_id",
                                    "t109"."_first"
                                  FROM (
                                    SELECT
                                      "t108"."la_code",
                                      "t108"."cppl_cp_plan_id",
                                      "t108"."cppl_person_id",
                                      "t108"."cppl_cp_plan_start_date",
                                      "t108"."cppl_cp_plan_end_date",
                                      "t108"."cppl_cp_plan_initial_category",
                                      "t108"."cppl_cp_plan_latest_category",
                                      "t108"."cppl_icpc_id"
                                    FROM "t95" AS "t108"
                                    WHERE
                                      "t108"."cppl_cp_plan_start_date" >= "t108"."_lo"
                                      AND "t108"."cppl_cp_plan_start_date" <= "t108"."_hi"
                                  ) AS "t150"
                                  INNER JOIN (
                                    SELECT
                                      "t71"."la_code",
                                      "t71"."cppl_person_id",
                                      MIN("t71"."cppl_cp_plan_start_date") AS "_first"
                                    FROM "t56" AS "t71"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t109"
                                    ON "t150"."la_code" = "t109"."la_code"
                                    AND "t150"."cppl_person_id" = "t109"."cppl_person_id"
                                ) AS "t190"
                              ) AS "t220"
                            ) AS "t235"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t48"
                          ) AS "t262"
                          WHERE
                            "t262"."cppl_cp_plan_start_date" >= "t262"."_lo"
                            AND "t262"."cppl_cp_plan_start_date" <= "t262"."_hi"
                        ) AS "t288"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t288"."cppl_cp_plan_start_date" = "t40"."_date"
                      ) AS "t324"
                    ) AS "t339"
                    GROUP BY
                      1,
                      2
                  ) AS "t388"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t388"."month" >= "t32"."_from" AND "t388"."month" <= "t32"."_in"
                ) AS "t405"
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
              "t387"."la_code",
              "t387"."month",
              'cp_ceased_2yrs' AS "indicator",
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
                COALESCE("t361"."numerator", 0) AS "numerator",
                COALESCE("t361"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t330"."la_code",
                  "t330"."_in" AS "month",
                  SUM("t330"."numerator") AS "numerator",
                  SUM("t330"."denominator") AS "denominator"
                FROM (
                  SELECT
                    "t298"."la_code",
                    "t298"."month",
                    "t298"."numerator",
                    "t298"."denominator",
                    "t32"."_in",
                    "t32"."_from"
                  FROM (
                    SELECT
                      "t234"."la_code",
                      "t234"."month",
                      SUM(CAST("t234"."_kept" AND COALESCE("t234"."hit", FALSE) AS BIGINT)) AS "numerator",
                      SUM(CAST("t234"."_kept" AS BIGINT)) AS "denominator"
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
                          "t149"."la_code",
                          "t149"."cppl_cp_plan_id",
                          "t149"."cppl_person_id",
                          "t149"."cppl_cp_plan_start_date",
                          "t149"."cppl_cp_plan_end_date",
                          "t149"."cppl_cp_plan_initial_category",
                          "t149"."cppl_cp_plan_latest_category",
                          "t149"."cppl_icpc_id",
                          "t40"."month"
                        FROM (
                          SELECT
                            "t108"."la_code",
                            "t108"."cppl_cp_plan_id",
                            "t108"."cppl_person_id",
                            "t108"."cppl_cp_plan_start_date",
                            "t108"."cppl_cp_plan_end_date",
                            "t108"."cppl_cp_plan_initial_category",
                            "t108"."cppl_cp_plan_latest_category",
                            "t108"."cppl_icpc_id"
                          FROM "t95" AS "t108"
                          WHERE
                            "t108"."cppl_cp_plan_end_date" >= "t108"."_lo"
                            AND "t108"."cppl_cp_plan_end_date" <= "t108"."_hi"
                        ) AS "t149"
                        INNER JOIN (
                          SELECT
                            "t7"."date" AS "_date",
                            "t7"."month"
                          FROM "_calendar" AS "t7"
                        ) AS "t40"
                          ON "t149"."cppl_cp_plan_end_date" = "t40"."_date"
                      ) AS "t189"
                    ) AS "t234"
                    GROUP BY
                      1,
                      2
                  ) AS "t298"
                  INNER JOIN (
                    SELECT
                      "t1"."month" AS "_in",
                      "t1"."rolling_start" AS "_from"
                    FROM "_months" AS "t1"
                  ) AS "t32"
                    ON "t298"."month" >= "t32"."_from" AND "t298"."month" <= "t32"."_in"
                ) AS "t330"
                GROUP BY
                  1,
                  2
              ) AS "t361"
                ON "t18"."la_code" = "t361"."la_code" AND "t19"."month" = "t361"."month"
            ) AS "t387"
            ORDER BY
              "t387"."la_code" ASC,
              "t387"."month" ASC
          ) AS "t413"
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
              "t337"."la_code",
              "t337"."month",
              'cp_open_2yrs' AS "indicator",
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
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t247"."la_code",
                  "t247"."month",
                  SUM(CAST("t247"."_kept" AND COALESCE("t247"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t247"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t195"."la_code",
                    "t195"."month",
                    "t195"."month_end",
                    "t195"."cppl_person_id",
                    "t195"."start",
                    (
                      DATE_DIFF('DAY', "t195"."start", "t195"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t195"
                ) AS "t247"
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
              "t464"."la_code",
              "t464"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t464"."numerator",
              "t464"."denominator",
              "t464"."excluded",
              CASE
                WHEN "t464"."denominator" > 0
                THEN (
                  CAST("t464"."numerator" AS DOUBLE) / "t464"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t459"."numerator", 0) AS "numerator",
                COALESCE("t459"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t437"."la_code",
                  "t437"."month",
                  SUM(CAST("t437"."_kept" AND COALESCE("t437"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t437"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t423"."la_code",
                    "t423"."month",
                    "t423"."month_end",
                    "t423"."plan_id",
                    "t423"."start",
                    "t423"."person_id",
                    "t423"."first_due",
                    "t423"."held_n",
                    "t423"."last",
                    "t423"."late_held",
                    CASE
                      WHEN "t423"."held_n" = 0
                      THEN "t423"."first_due"
                      WHEN "t423"."held_n" = 1
                      THEN "t423"."last" + INTERVAL '6' MONTH
                      ELSE "t423"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t423"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t423"."held_n" = 0
                        THEN "t423"."first_due"
                        WHEN "t423"."held_n" = 1
                        THEN "t423"."last" + INTERVAL '6' MONTH
                        ELSE "t423"."last" + INTERVAL '6' MONTH
                      END > "t423"."month_end"
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
                      COALESCE("t404"."k" + 1, 0) AS "held_n",
                      "t404"."date" AS "last",
                      COALESCE("t404"."first_late" <= "t404"."k", FALSE) AS "late_held"
                    FROM "t188" AS "t208"
                    LEFT OUTER JOIN (
                      SELECT
                        "t323"."la_code",
                        "t323"."plan_id",
                        "t323"."date",
                        "t323"."k",
                        "t323"."following",
                        "t378"."first_late"
                      FROM (
                        SELECT
                          "t297"."la_code",
                          "t297"."plan_id",
                          "t297"."date",
                          "t297"."k",
                          "t297"."following"
                        FROM "t286" AS "t297"
                      ) AS "t323"
                      LEFT OUTER JOIN (
                        SELECT
                          "t352"."la_code",
                          "t352"."plan_id",
                          MIN("t352"."k") AS "first_late"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t297"."la_code",
                              "t297"."plan_id",
                              "t297"."date",
                              "t297"."review_id",
                              "t297"."first_due",
                              "t297"."k",
                              "t297"."prev",
                              "t297"."following",
                              "t297"."date" > CASE
                                WHEN "t297"."k" = 0
                                THEN "t297"."first_due"
                                WHEN "t297"."k" = 1
                                THEN "t297"."prev" + INTERVAL '6' MONTH
                                ELSE "t297"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t286" AS "t297"
                          ) AS "t338"
                          WHERE
                            "t338"."late"
                        ) AS "t352"
                        GROUP BY
                          1,
                          2
                      ) AS "t378"
                        ON "t323"."la_code" = "t378"."la_code" AND "t323"."plan_id" = "t378"."plan_id"
                    ) AS "t404"
                      ON "t208"."la_code" = "t404"."la_code"
                      AND "t208"."plan_id" = "t404"."plan_id"
                      AND "t404"."date" <= "t208"."month_end"
                      AND COALESCE("t404"."following", MAKE_DATE(9999, 12, 31)) > "t208"."month_end"
                  ) AS "t423"
                ) AS "t437"
                GROUP BY
                  1,
                  2
              ) AS "t459"
                ON "t18"."la_code" = "t459"."la_code" AND "t19"."month" = "t459"."month"
            ) AS "t464"
            ORDER BY
              "t464"."la_code" ASC,
              "t464"."month" ASC
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
                  "t412"."la_code",
                  "t412"."month",
                  SUM(CAST("t412"."_kept" AND COALESCE("t412"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t412"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t395"."la_code",
                    "t395"."month",
                    "t395"."month_end",
                    "t395"."cppl_person_id",
                    "t395"."start",
                    "t395"."wd_open",
                    "t395"."last_visit",
                    "t395"."_wd_b" - "t395"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t395"."_wd_b" - "t395"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t395"."_wd_b" - "t395"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t368"."la_code",
                      "t368"."month",
                      "t368"."month_end",
                      "t368"."cppl_person_id",
                      "t368"."start",
                      "t368"."wd_open",
                      "t368"."last_visit",
                      "t50"."_wd_a",
                      "t52"."_wd_b"
                    FROM (
                      SELECT
                        "t351".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t322"."la_code",
                          "t322"."month",
                          "t322"."month_end",
                          "t322"."cppl_person_id",
                          "t322"."start",
                          "t322"."wd_open",
                          "t322"."_latest",
                          CASE WHEN "t322"."_latest" >= "t322"."start" THEN "t322"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t285"."la_code",
                            "t285"."month",
                            "t285"."month_end",
                            "t285"."cppl_person_id",
                            "t285"."start",
                            "t285"."wd_open",
                            "t242"."_latest"
                          FROM (
                            SELECT
                              "t248"."la_code",
                              "t248"."month",
                              "t248"."month_end",
                              "t248"."cppl_person_id",
                              "t248"."start",
                              "t248"."_wd_b" - "t248"."_wd_a" AS "wd_open"
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
                            ) AS "t248"
                            WHERE
                              (
                                "t248"."_wd_b" - "t248"."_wd_a"
                              ) > 10
                          ) AS "t285"
                          LEFT OUTER JOIN (
                            SELECT
                              "t213"."la_code",
                              "t213"."month",
                              "t213"."cppv_person_id" AS "cppl_person_id",
                              "t213"."_latest"
                            FROM (
                              SELECT
                                "t182"."la_code",
                                "t182"."month",
                                "t182"."cppv_person_id",
                                MAX("t182"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t144"."la_code",
                                  "t144"."cppv_person_id",
                                  "t144"."cppv_cp_visit_date",
                                  "t106"."month",
                                  "t106"."month_end",
                                  "t106"."_from"
                                FROM (
                                  SELECT
                                    "t113"."la_code",
                                    "t113"."cppv_person_id",
                                    "t113"."cppv_cp_visit_date"
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
                                  ) AS "t113"
                                ) AS "t144"
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
                                ) AS "t106"
                                  ON "t144"."cppv_cp_visit_date" >= "t106"."_from"
                                  AND "t144"."cppv_cp_visit_date" <= "t106"."month_end"
                              ) AS "t182"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t213"
                          ) AS "t242"
                            ON "t285"."la_code" = "t242"."la_code"
                            AND "t285"."month" = "t242"."month"
                            AND "t285"."cppl_person_id" = "t242"."cppl_person_id"
                        ) AS "t322"
                      ) AS "t351"
                    ) AS "t368"
                    LEFT OUTER JOIN "t24" AS "t50"
                      ON "t368"."last_visit" = "t50"."_wd_a__date"
                    LEFT OUTER JOIN "t25" AS "t52"
                      ON "t368"."month_end" = "t52"."_wd_b__date"
                  ) AS "t395"
                ) AS "t412"
                GROUP BY
                  1,
                  2
              ) AS "t435"
                ON "t18"."la_code" = "t435"."la_code" AND "t19"."month" = "t435"."month"
            ) AS "t441"
            ORDER BY
              "t441"."la_code" ASC,
              "t441"."month" ASC
          ) AS "t461"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t363"."la_code",
              "t363"."month",
              'cla_count' AS "indicator",
              "t363"."numerator",
              "t363"."denominator",
              "t363"."excluded",
              CAST("t363"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t332"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t290"."la_code",
                  "t290"."month",
                  SUM(CAST("t290"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t290"
                GROUP BY
                  1,
                  2
              ) AS "t332"
                ON "t18"."la_code" = "t332"."la_code" AND "t19"."month" = "t332"."month"
            ) AS "t363"
            ORDER BY
              "t363"."la_code" ASC,
              "t363"."month" ASC
          ) AS "t383"
        ) AS "t463"
      ) AS "t470"
    ) AS "t471"
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
              "t364"."la_code",
              "t364"."month",
              'cla_per_10k' AS "indicator",
              "t364"."numerator",
              "t364"."denominator",
              "t364"."excluded",
              (
                CAST("t364"."numerator" AS DOUBLE) / "t364"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t332"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t237"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t290"."la_code",
                  "t290"."month",
                  SUM(CAST("t290"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t290"
                GROUP BY
                  1,
                  2
              ) AS "t332"
                ON "t18"."la_code" = "t332"."la_code" AND "t19"."month" = "t332"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
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
                      "t110"."la_code",
                      "t110"."month",
                      "t110"."month_end",
                      "t110"."rolling_start",
                      "t110"."pop_year",
                      "t110"."year",
                      "t110"."population",
                      "t110"."source",
                      ABS("t110"."year" - "t110"."pop_year") AS "distance"
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
                    ) AS "t110"
                  ) AS "t152"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t364"
            ORDER BY
              "t364"."la_code" ASC,
              "t364"."month" ASC
          ) AS "t396"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t302"."la_code",
              "t302"."month",
              'cla_starts' AS "indicator",
              "t302"."numerator",
              "t302"."denominator",
              "t302"."excluded",
              CAST("t302"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t268"."numerator", 0) AS "numerator",
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
                    "t202"."la_code",
                    "t202"."first_episode_start",
                    "t202"."clae_person_id",
                    "t202"."cla_id",
                    "t202"."period_start",
                    "t202"."month",
                    "t202"."month_end",
                    "t202"."rolling_start",
                    "t202"."pop_year",
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
                  ) AS "t202"
                ) AS "t222"
                GROUP BY
                  1,
                  2
              ) AS "t268"
                ON "t18"."la_code" = "t268"."la_code" AND "t19"."month" = "t268"."month"
            ) AS "t302"
            ORDER BY
              "t302"."la_code" ASC,
              "t302"."month" ASC
          ) AS "t326"
        ) AS "t400"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t462"."la_code",
              "t462"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t462"."numerator",
              "t462"."denominator",
              "t462"."excluded",
              CASE
                WHEN "t462"."denominator" > 0
                THEN (
                  CAST("t462"."numerator" AS DOUBLE) / "t462"."denominator"
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
                    "t410"."la_code",
                    "t410"."month",
                    "t410"."month_end",
                    "t410"."rolling_start",
                    "t410"."person_id",
                    "t410"."cla_id",
                    "t410"."episode_start",
                    "t410"."placement_start",
                    "t410"."long_term",
                    "t410"."p",
                    "t410"."v",
                    CASE
                      WHEN "t410"."v" IS NULL
                      THEN "t410"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t410"."long_term", FALSE)
                      AND (
                        "t410"."v" >= (
                          "t410"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t410"."v" + INTERVAL '91' DAY
                      ELSE "t410"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t410"."v" IS NULL
                      THEN "t410"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t410"."long_term", FALSE)
                      AND (
                        "t410"."v" >= (
                          "t410"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t410"."v" + INTERVAL '91' DAY
                      ELSE "t410"."v" + INTERVAL '42' DAY
                    END >= "t410"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t407".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t392"."la_code",
                        "t392"."month",
                        "t392"."month_end",
                        "t392"."rolling_start",
                        "t392"."person_id",
                        "t392"."cla_id",
                        "t392"."episode_start",
                        "t392"."placement_start",
                        "t392"."long_term",
                        "t392"."p",
                        "t392"."_latest",
                        CASE WHEN "t392"."_latest" >= "t392"."p" THEN "t392"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t367"."la_code",
                          "t367"."month",
                          "t367"."month_end",
                          "t367"."rolling_start",
                          "t367"."person_id",
                          "t367"."cla_id",
                          "t367"."episode_start",
                          "t367"."placement_start",
                          "t367"."long_term",
                          "t367"."p",
                          "t241"."_latest"
                        FROM (
                          SELECT
                            "t327"."la_code",
                            "t327"."month",
                            "t327"."month_end",
                            "t327"."rolling_start",
                            "t327"."person_id",
                            "t327"."cla_id",
                            "t327"."episode_start",
                            "t327"."placement_start",
                            "t327"."long_term",
                            COALESCE("t327"."placement_start", "t327"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t280"."la_code",
                              "t280"."month",
                              "t280"."month_end",
                              "t280"."rolling_start",
                              "t280"."person_id",
                              "t280"."cla_id",
                              "t280"."episode_start",
                              "t292"."placement_start",
                              "t292"."long_term"
                            FROM "cohort_looked_after" AS "t280"
                            LEFT OUTER JOIN (
                              SELECT
                                "t192"."la_code",
                                "t19"."month",
                                "t192"."clap_cla_id" AS "cla_id",
                                "t192"."clap_cla_placement_start_date" AS "placement_start",
                                "t192"."clap_long_term" AS "long_term"
                              FROM "t170" AS "t192"
                              INNER JOIN "_months" AS "t19"
                                ON "t192"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t192"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t192"."la_code",
                                  "t192"."clap_cla_placement_id" AS "_superseded",
                                  "t193"."clap_cla_placement_start_date" AS "_start",
                                  "t193"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t170" AS "t192"
                                INNER JOIN "t170" AS "t193"
                                  ON "t192"."la_code" = "t193"."la_code"
                                  AND "t192"."clap_cla_id" = "t193"."clap_cla_id"
                                  AND "t193"."clap_cla_placement_start_date" >= "t192"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t193"."clap_cla_placement_start_date" > "t192"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t193"."clap_cla_placement_id" > "t192"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t193"."clap_cla_placement_start_date" < COALESCE("t192"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t193"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t193"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t255"
                                ON "t192"."la_code" = "t255"."la_code"
                                AND "t19"."month" = "t255"."month"
                                AND "t192"."clap_cla_placement_id" = "t255"."_superseded"
                            ) AS "t292"
                              ON "t280"."la_code" = "t292"."la_code"
                              AND "t280"."month" = "t292"."month"
                              AND "t280"."cla_id" = "t292"."cla_id"
                          ) AS "t327"
                          WHERE
                            COALESCE("t327"."placement_start", "t327"."episode_start") <= (
                              "t327"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t367"
                        LEFT OUTER JOIN (
                          SELECT
                            "t212"."la_code",
                            "t212"."month",
                            "t212"."clav_person_id" AS "person_id",
                            "t212"."_latest"
                          FROM (
                            SELECT
                              "t181"."la_code",
                              "t181"."month",
                              "t181"."clav_person_id",
                              MAX("t181"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t143"."la_code",
                                "t143"."clav_person_id",
                                "t143"."clav_cla_visit_date",
                                "t49"."month",
                                "t49"."month_end",
                                "t49"."_from"
                              FROM (
                                SELECT
                                  "t112"."la_code",
                                  "t112"."clav_person_id",
                                  "t112"."clav_cla_visit_date"
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
                                ) AS "t112"
                              ) AS "t143"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t49"
                                ON "t143"."clav_cla_visit_date" >= "t49"."_from"
                                AND "t143"."clav_cla_visit_date" <= "t49"."month_end"
                            ) AS "t181"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t212"
                        ) AS "t241"
                          ON "t367"."la_code" = "t241"."la_code"
                          AND "t367"."month" = "t241"."month"
                          AND "t367"."person_id" = "t241"."person_id"
                      ) AS "t392"
                    ) AS "t407"
                  ) AS "t410"
                ) AS "t434"
                GROUP BY
                  1,
                  2
              ) AS "t452"
                ON "t18"."la_code" = "t452"."la_code" AND "t19"."month" = "t452"."month"
            ) AS "t462"
            ORDER BY
              "t462"."la_code" ASC,
              "t462"."month" ASC
          ) AS "t466"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t474"."la_code",
              "t474"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t474"."numerator",
              "t474"."denominator",
              "t474"."excluded",
              CASE
                WHEN "t474"."denominator" > 0
                THEN (
                  CAST("t474"."numerator" AS DOUBLE) / "t474"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t473"."numerator", 0) AS "numerator",
                COALESCE("t473"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t469"."la_code",
                  "t469"."month",
                  SUM(CAST("t469"."_kept" AND COALESCE("t469"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t469"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t465"."la_code",
                    "t465"."month",
                    "t465"."month_end",
                    "t465"."first_due",
                    "t465"."person_id",
                    "t465"."period_start",
                    "t465"."plan_id",
                    "t465"."held_n",
                    "t465"."last",
                    "t465"."late_held",
                    CASE
                      WHEN "t465"."held_n" = 0
                      THEN "t465"."first_due"
                      WHEN "t465"."held_n" = 1
                      THEN "t465"."last" + INTERVAL '3' MONTH
                      ELSE "t465"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    NOT (
                      "t465"."late_held"
                    )
                    AND (
                      CASE
                        WHEN "t465"."held_n" = 0
                        THEN "t465"."first_due"
                        WHEN "t465"."held_n" = 1
                        THEN "t465"."last" + INTERVAL '3' MONTH
                        ELSE "t465"."last" + INTERVAL '6' MONTH
                      END > "t465"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t365"."la_code",
                      "t365"."month",
                      "t365"."month_end",
                      "t365"."first_due",
                      "t365"."person_id",
                      "t365"."period_start",
                      "t365"."plan_id",
                      COALESCE("t460"."k" + 1, 0) AS "held_n",
                      "t460"."date" AS "last",
                      COALESCE("t460"."first_late" <= "t460"."k", FALSE) AS "late_held"
                    FROM "t348" AS "t365"
                    LEFT OUTER JOIN (
                      SELECT
                        "t424"."la_code",
                        "t424"."plan_id",
                        "t424"."date",
                        "t424"."k",
                        "t424"."following",
                        "t443"."first_late"
                      FROM (
                        SELECT
                          "t415"."la_code",
                          "t415"."plan_id",
                          "t415"."date",
                          "t415"."k",
                          "t415"."following"
                        FROM "t409" AS "t415"
                      ) AS "t424"
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
                              "t415"."la_code",
                              "t415"."first_due",
                              "t415"."plan_id",
                              "t415"."date",
                              "t415"."review_id",
                              "t415"."k",
                              "t415"."prev",
                              "t415"."following",
                              "t415"."date" > CASE
                                WHEN "t415"."k" = 0
                                THEN "t415"."first_due"
                                WHEN "t415"."k" = 1
                                THEN "t415"."prev" + INTERVAL '3' MONTH
                                ELSE "t415"."prev" + INTERVAL '6' MONTH
                              END AS "late"
                            FROM "t409" AS "t415"
                          ) AS "t428"
                          WHERE
                            "t428"."late"
                        ) AS "t436"
                        GROUP BY
                          1,
                          2
                      ) AS "t443"
                        ON "t424"."la_code" = "t443"."la_code" AND "t424"."plan_id" = "t443"."plan_id"
                    ) AS "t460"
                      ON "t365"."la_code" = "t460"."la_code"
                      AND "t365"."plan_id" = "t460"."plan_id"
                      AND "t460"."date" <= "t365"."month_end"
                      AND COALESCE("t460"."following", MAKE_DATE(9999, 12, 31)) > "t365"."month_end"
                  ) AS "t465"
                ) AS "t469"
                GROUP BY
                  1,
                  2
              ) AS "t473"
                ON "t18"."la_code" = "t473"."la_code" AND "t19"."month" = "t473"."month"
            ) AS "t474"
            ORDER BY
              "t474"."la_code" ASC,
              "t474"."month" ASC
          ) AS "t475"
        ) AS "t476"
      ) AS "t477"
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
                COALESCE("t421"."numerator", 0) AS "numerator",
                COALESCE("t421"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t397"."la_code",
                  "t397"."month",
                  SUM(CAST("t397"."_kept" AND COALESCE("t397"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t397"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t370"."la_code",
                    "t370"."month",
                    "t370"."month_end",
                    "t370"."rolling_start",
                    "t370"."person_id",
                    "t370"."cla_id",
                    "t370"."episode_start",
                    "t370"."placements",
                    COALESCE("t370"."placements", 0) >= 3 AS "hit",
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
                      "t343"."placements"
                    FROM "cohort_looked_after" AS "t280"
                    LEFT OUTER JOIN (
                      SELECT
                        "t315"."la_code",
                        "t315"."month",
                        "t315"."person_id",
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
                          "t204"."la_code" AS "la_code_right",
                          "t204"."clap_cla_placement_id",
                          "t204"."clap_cla_id",
                          "t204"."clap_cla_placement_start_date",
                          "t204"."clap_cla_placement_end_date",
                          "t204"."clap_cla_placement_type",
                          "t204"."clap_long_term",
                          "t204"."cla_id" AS "cla_id_right",
                          "t204"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t280"
                        INNER JOIN (
                          SELECT
                            "t156"."la_code",
                            "t156"."clap_cla_placement_id",
                            "t156"."clap_cla_id",
                            "t156"."clap_cla_placement_start_date",
                            "t156"."clap_cla_placement_end_date",
                            "t156"."clap_cla_placement_type",
                            "t156"."clap_long_term",
                            "t101"."cla_id",
                            "t101"."person_id"
                          FROM (
                            SELECT
                              "t103"."la_code",
                              "t103"."clap_cla_placement_id",
                              "t103"."clap_cla_id",
                              "t103"."clap_cla_placement_start_date",
                              "t103"."clap_cla_placement_end_date",
                              "t103"."clap_cla_placement_type",
                              "t103"."clap_long_term"
                            FROM (
                              SELECT
                                "t84"."la_code",
                                "t84"."clap_cla_placement_id",
                                "t84"."clap_cla_id",
                                "t84"."clap_cla_placement_start_date",
                                "t84"."clap_cla_placement_end_date",
                                "t84"."clap_cla_placement_type",
                                "t84"."clap_long_term",
                                "t48"."_lo",
                                "t48"."_hi"
                              FROM "t66" AS "t84"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t48"
                            ) AS "t103"
                            WHERE
                              "t103"."clap_cla_placement_start_date" <= "t103"."_hi"
                              AND COALESCE("t103"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t103"."_lo"
                          ) AS "t156"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t76"."la_code",
                              "t76"."clae_cla_id" AS "cla_id",
                              "t76"."clae_person_id" AS "person_id"
                            FROM "t61" AS "t76"
                          ) AS "t101"
                            ON "t156"."la_code" = "t101"."la_code" AND "t156"."clap_cla_id" = "t101"."cla_id"
                        ) AS "t204"
                          ON "t280"."la_code" = "t204"."la_code"
                          AND "t280"."person_id" = "t204"."person_id"
                          AND "t204"."clap_cla_placement_start_date" <= "t280"."month_end"
                          AND COALESCE("t204"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t280"."rolling_start"
                      ) AS "t315"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t343"
                      ON "t280"."la_code" = "t343"."la_code"
                      AND "t280"."month" = "t343"."month"
                      AND "t280"."person_id" = "t343"."person_id"
                  ) AS "t370"
                ) AS "t397"
                GROUP BY
                  1,
                  2
              ) AS "t421"
                ON "t18"."la_code" = "t421"."la_code" AND "t19"."month" = "t421"."month"
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
              "t358"."la_code",
              "t358"."month",
              'cin_count' AS "indicator",
              "t358"."numerator",
              "t358"."denominator",
              "t358"."excluded",
              CAST("t358"."numerator" AS DOUBLE) AS "value"
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
                  "t283"."la_code",
                  "t283"."month",
                  SUM(CAST("t283"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t270"."la_code",
                    "t270"."month",
                    "t270"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t270"
                ) AS "t283"
                GROUP BY
                  1,
                  2
              ) AS "t328"
                ON "t18"."la_code" = "t328"."la_code" AND "t19"."month" = "t328"."month"
            ) AS "t358"
            ORDER BY
              "t358"."la_code" ASC,
              "t358"."month" ASC
          ) AS "t375"
        ) AS "t451"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t359"."la_code",
              "t359"."month",
              'cin_per_10k' AS "indicator",
              "t359"."numerator",
              "t359"."denominator",
              "t359"."excluded",
              (
                CAST("t359"."numerator" AS DOUBLE) / "t359"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t328"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t237"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t283"."la_code",
                  "t283"."month",
                  SUM(CAST("t283"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t270"."la_code",
                    "t270"."month",
                    "t270"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t270"
                ) AS "t283"
                GROUP BY
                  1,
                  2
              ) AS "t328"
                ON "t18"."la_code" = "t328"."la_code" AND "t19"."month" = "t328"."month"
              INNER JOIN (
                SELECT
                  "t199"."la_code",
                  "t199"."month",
                  "t199"."pop_year",
                  "t199"."population",
                  "t199"."year" AS "year_used"
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
                      "t110"."la_code",
                      "t110"."month",
                      "t110"."month_end",
                      "t110"."rolling_start",
                      "t110"."pop_year",
                      "t110"."year",
                      "t110"."population",
                      "t110"."source",
                      ABS("t110"."year" - "t110"."pop_year") AS "distance"
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
                    ) AS "t110"
                  ) AS "t152"
                ) AS "t199"
                WHERE
                  "t199"."rank" = 0
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t359"
            ORDER BY
              "t359"."la_code" ASC,
              "t359"."month" ASC
          ) AS "t393"
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
                COALESCE("t391"."numerator", 0) AS "numerator",
                COALESCE("t391"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t349"."la_code",
                  "t349"."month",
                  SUM(CASE WHEN "t349"."_kept" THEN COALESCE("t349"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t349"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t334"."la_code",
                    "t334"."month",
                    "t334"."worker_id",
                    "t334"."team_id",
                    "t334"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t334"
                ) AS "t349"
                GROUP BY
                  1,
                  2
              ) AS "t391"
                ON "t18"."la_code" = "t391"."la_code" AND "t19"."month" = "t391"."month"
            ) AS "t406"
            ORDER BY
              "t406"."la_code" ASC,
              "t406"."month" ASC
          ) AS "t426"
        ) AS "t429"
      ) AS "t455"
    ) AS "t478"
  ) AS "t479"
) AS "t480"
ORDER BY
  "t480"."indicator" ASC,
  "t480"."la_code" ASC,
  "t480"."month" ASC
