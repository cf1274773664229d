-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "catalogue_unfiltered"}
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
), "t90" AS (
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
), "t125" AS (
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
), "t126" AS (
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
), "t130" AS (
  SELECT
    "t92"."la_code",
    "t92"."invo_involvements_id",
    "t92"."invo_person_id",
    "t92"."invo_professional_id",
    "t92"."invo_professional_role_id",
    "t92"."invo_professional_team",
    "t92"."invo_involvement_start_date",
    "t92"."invo_involvement_end_date",
    "t92"."invo_worker_change_reason",
    "t92"."invo_referral_id",
    "t92"."_start",
    "t92"."_end"
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
      FROM "ssd_involvements" AS "t12"
      WHERE
        "t12"."invo_professional_id" IS NOT NULL
    ) AS "t70"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t92"
  WHERE
    "t92"."_start" <= "t92"."_last_end"
    AND COALESCE("t92"."_end", MAKE_DATE(9999, 12, 31)) > "t92"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t106"."la_code",
    "t106"."month",
    "t106"."month_end",
    "t106"."cppl_person_id",
    MIN("t106"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t106"
  GROUP BY
    1,
    2,
    3,
    4
), "t156" AS (
  SELECT
    "t106"."la_code",
    "t106"."month",
    "t106"."month_end",
    "t106"."cppl_cp_plan_id" AS "plan_id",
    "t106"."cppl_cp_plan_start_date" AS "start",
    "t106"."cppl_person_id" AS "person_id",
    "t106"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t106"
  WHERE
    (
      "t106"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t106"."month_end"
), "t159" AS (
  SELECT
    "t111"."la_code",
    "t111"."clap_cla_placement_id",
    "t111"."clap_cla_id",
    "t111"."clap_cla_placement_start_date",
    "t111"."clap_cla_placement_end_date",
    "t111"."clap_cla_placement_type",
    "t111"."clap_long_term"
  FROM (
    SELECT
      "t93"."la_code",
      "t93"."clap_cla_placement_id",
      "t93"."clap_cla_id",
      "t93"."clap_cla_placement_start_date",
      "t93"."clap_cla_placement_end_date",
      "t93"."clap_cla_placement_type",
      "t93"."clap_long_term",
      "t63"."_first_end",
      "t63"."_last_end"
    FROM (
      SELECT
        *
      FROM "ssd_cla_placement" AS "t11"
      WHERE
        "t11"."la_code" IN (
          SELECT
            "t16"."la_code"
          FROM "_supplied" AS "t16"
          WHERE
            "t16"."table_name" = 'ssd_cla_placement'
            AND "t16"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t93"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t63"
  ) AS "t111"
  WHERE
    "t111"."clap_cla_placement_start_date" <= "t111"."_last_end"
    AND COALESCE("t111"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t111"."_first_end"
), "cohort_looked_after" AS (
  SELECT
    "t146"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t146"."clae_person_id" AS "person_id",
    "t146"."clae_cla_id" AS "cla_id",
    "t146"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t125" AS "t146"
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
    FROM "t125" AS "t146"
    INNER JOIN "t125" AS "t147"
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
  FROM "t126" AS "t148"
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
    FROM "t126" AS "t148"
    INNER JOIN "t126" AS "t149"
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
), "cohort_allocated" AS (
  SELECT
    "t157"."la_code",
    "t19"."month",
    "t157"."invo_person_id" AS "person_id",
    "t157"."invo_professional_id" AS "worker_id",
    "t157"."invo_professional_team" AS "team_id"
  FROM "t130" AS "t157"
  INNER JOIN "_months" AS "t19"
    ON "t157"."_start" <= "t19"."month_end"
    AND COALESCE("t157"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t157"."la_code",
      "t157"."invo_involvements_id" AS "_superseded",
      "t158"."_start",
      "t158"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t130" AS "t157"
    INNER JOIN "t130" AS "t158"
      ON "t157"."la_code" = "t158"."la_code"
      AND "t157"."invo_person_id" = "t158"."invo_person_id"
      AND "t158"."invo_involvement_start_date" >= "t157"."invo_involvement_start_date"
      AND (
        (
          "t158"."invo_involvement_start_date" > "t157"."invo_involvement_start_date"
        )
        OR (
          "t158"."invo_involvements_id" > "t157"."invo_involvements_id"
        )
      )
      AND "t158"."_start" < COALESCE("t157"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t158"."_start" <= "t20"."month_end"
      AND COALESCE("t158"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t209"
    ON "t157"."la_code" = "t209"."la_code"
    AND "t19"."month" = "t209"."month"
    AND "t157"."invo_involvements_id" = "t209"."_superseded"
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
), "t312" AS (
  SELECT
    "t280"."la_code",
    "t280"."month",
    "t280"."month_end",
    "t280"."first_due",
    "t280"."person_id",
    "t280"."period_start",
    "t280"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t252"."la_code",
      "t252"."month",
      "t252"."month_end",
      "t252"."rolling_start",
      "t252"."person_id",
      "t252"."cla_id",
      "t252"."episode_start",
      "t208"."first_episode_start",
      "t208"."clae_person_id",
      "t208"."period_start",
      "t208"."first_due",
      "t67"."_wd_a",
      "t69"."_wd_b"
    FROM "cohort_looked_after" AS "t252"
    INNER JOIN (
      SELECT
        "t187".*
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
            "t118"."la_code",
            "t118"."first_episode_start",
            "t118"."clae_person_id",
            "t118"."cla_id",
            "t118"."period_start",
            "t52"."wd21"
          FROM "cohort_period_starts" AS "t118"
          LEFT OUTER JOIN (
            SELECT
              "t8"."wd_ordinal" AS "_wd_from",
              "t8"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t8"
          ) AS "t50"
            ON "t118"."period_start" = "t50"."_wd_from__date"
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
        ) AS "t166"
      ) AS "t187"
    ) AS "t208"
      ON "t252"."la_code" = "t208"."la_code" AND "t252"."cla_id" = "t208"."cla_id"
    LEFT OUTER JOIN "t35" AS "t67"
      ON "t208"."period_start" = "t67"."_wd_a__date"
    LEFT OUTER JOIN "t36" AS "t69"
      ON "t252"."month_end" = "t69"."_wd_b__date"
  ) AS "t280"
  WHERE
    (
      "t280"."_wd_b" - "t280"."_wd_a"
    ) > 20
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
              COALESCE("t344"."numerator", 0) AS "numerator",
              COALESCE("t344"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t311"."la_code",
                "t311"."month",
                SUM(CAST("t311"."_kept" AND COALESCE("t311"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t311"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t284"."la_code",
                  "t284"."month",
                  "t284"."worker_id",
                  "t284"."team_id",
                  "t284"."amount",
                  "t284"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t284"
              ) AS "t311"
              GROUP BY
                1,
                2
            ) AS "t344"
              ON "t18"."la_code" = "t344"."la_code" AND "t19"."month" = "t344"."month"
          ) AS "t360"
          ORDER BY
            "t360"."la_code" ASC,
            "t360"."month" ASC
        ) AS "t374"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t365"."la_code",
            "t365"."month",
            'unallocated_cp_cla' AS "indicator",
            "t365"."numerator",
            "t365"."denominator",
            "t365"."excluded",
            CASE
              WHEN "t365"."denominator" > 0
              THEN (
                CAST("t365"."numerator" AS DOUBLE) / "t365"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t354"."numerator", 0) AS "numerator",
              COALESCE("t354"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t319"."la_code",
                "t319"."month",
                SUM(CAST("t319"."_kept" AND COALESCE("t319"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t319"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t307"."la_code",
                  "t307"."month",
                  "t307"."person_id",
                  "t307"."worker_id",
                  "t307"."worker_id" IS NULL AS "hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t276"."la_code",
                    "t276"."month",
                    "t276"."person_id",
                    "t275"."worker_id"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t161"."la_code",
                        "t161"."month",
                        "t161"."cppl_person_id" AS "person_id"
                      FROM "cohort_on_plan" AS "t161"
                    ) AS "t180"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t243"."la_code",
                        "t243"."month",
                        "t243"."person_id"
                      FROM "cohort_looked_after" AS "t243"
                    ) AS "t262"
                  ) AS "t276"
                  LEFT OUTER JOIN (
                    SELECT
                      "t249"."la_code",
                      "t249"."month",
                      "t249"."person_id",
                      "t249"."worker_id"
                    FROM "cohort_allocated" AS "t249"
                  ) AS "t275"
                    ON "t276"."la_code" = "t275"."la_code"
                    AND "t276"."month" = "t275"."month"
                    AND "t276"."person_id" = "t275"."person_id"
                ) AS "t307"
              ) AS "t319"
              GROUP BY
                1,
                2
            ) AS "t354"
              ON "t18"."la_code" = "t354"."la_code" AND "t19"."month" = "t354"."month"
          ) AS "t365"
          ORDER BY
            "t365"."la_code" ASC,
            "t365"."month" ASC
        ) AS "t378"
      ) AS "t379"
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
              "t207"."la_code",
              "t207"."month",
              'contacts' AS "indicator",
              "t207"."numerator",
              "t207"."denominator",
              "t207"."excluded",
              CAST("t207"."numerator" AS DOUBLE) AS "value"
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
                  "t115"."la_code",
                  "t115"."month",
                  SUM(CAST("t115"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t102"."la_code",
                    "t102"."cont_contact_id",
                    "t102"."cont_person_id",
                    "t102"."cont_contact_date",
                    "t102"."cont_contact_source_code",
                    "t102"."cont_contact_outcome_json",
                    "t102"."cont_screening_date",
                    "t102"."cont_screened_by_qualified",
                    "t102"."month",
                    "t102"."month_end",
                    "t102"."rolling_start",
                    "t102"."pop_year",
                    TRUE AS "_kept"
                  FROM "t90" AS "t102"
                ) AS "t115"
                GROUP BY
                  1,
                  2
              ) AS "t172"
                ON "t18"."la_code" = "t172"."la_code" AND "t19"."month" = "t172"."month"
            ) AS "t207"
            ORDER BY
              "t207"."la_code" ASC,
              "t207"."month" ASC
          ) AS "t230"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t247"."la_code",
              "t247"."month",
              'contacts_screened_24h' AS "indicator",
              "t247"."numerator",
              "t247"."denominator",
              "t247"."excluded",
              CASE
                WHEN "t247"."denominator" > 0
                THEN (
                  CAST("t247"."numerator" AS DOUBLE) / "t247"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t223"."numerator", 0) AS "numerator",
                COALESCE("t223"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t163"."la_code",
                  "t163"."month",
                  SUM(CAST("t163"."_kept" AND COALESCE("t163"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t163"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t102"."la_code",
                    "t102"."cont_contact_id",
                    "t102"."cont_person_id",
                    "t102"."cont_contact_date",
                    "t102"."cont_contact_source_code",
                    "t102"."cont_contact_outcome_json",
                    "t102"."cont_screening_date",
                    "t102"."cont_screened_by_qualified",
                    "t102"."month",
                    "t102"."month_end",
                    "t102"."rolling_start",
                    "t102"."pop_year",
                    (
                      "t102"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t102"."cont_screening_date" <= (
                        "t102"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t102"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t102"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t90" AS "t102"
                ) AS "t163"
                GROUP BY
                  1,
                  2
              ) AS "t223"
                ON "t18"."la_code" = "t223"."la_code" AND "t19"."month" = "t223"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t290"
        ) AS "t302"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t236"."la_code",
              "t236"."month",
              'contacts_to_referral' AS "indicator",
              "t236"."numerator",
              "t236"."denominator",
              "t236"."excluded",
              CASE
                WHEN "t236"."denominator" > 0
                THEN (
                  CAST("t236"."numerator" AS DOUBLE) / "t236"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t206"."numerator", 0) AS "numerator",
                COALESCE("t206"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t144"."la_code",
                  "t144"."month",
                  SUM(CAST("t144"."_kept" AND COALESCE("t144"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t144"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t102"."la_code",
                    "t102"."cont_contact_id",
                    "t102"."cont_person_id",
                    "t102"."cont_contact_date",
                    "t102"."cont_contact_source_code",
                    "t102"."cont_contact_outcome_json",
                    "t102"."cont_screening_date",
                    "t102"."cont_screened_by_qualified",
                    "t102"."month",
                    "t102"."month_end",
                    "t102"."rolling_start",
                    "t102"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t102"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t90" AS "t102"
                ) AS "t144"
                GROUP BY
                  1,
                  2
              ) AS "t206"
                ON "t18"."la_code" = "t206"."la_code" AND "t19"."month" = "t206"."month"
            ) AS "t236"
            ORDER BY
              "t236"."la_code" ASC,
              "t236"."month" ASC
          ) AS "t278"
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
                COALESCE("t150"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
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
                      ON "t22"."cine_referral_date" >= "t19"."month"
                      AND "t22"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t74"
                ) AS "t95"
                GROUP BY
                  1,
                  2
              ) AS "t150"
                ON "t18"."la_code" = "t150"."la_code" AND "t19"."month" = "t150"."month"
            ) AS "t183"
            ORDER BY
              "t183"."la_code" ASC,
              "t183"."month" ASC
          ) AS "t211"
        ) AS "t283"
      ) AS "t310"
    ) AS "t381"
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
              "t258"."la_code",
              "t258"."month",
              'referrals_per_10k' AS "indicator",
              "t258"."numerator",
              "t258"."denominator",
              "t258"."excluded",
              (
                CAST("t258"."numerator" AS DOUBLE) / "t258"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t151"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t231"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t96"."la_code",
                  "t96"."month",
                  SUM(CAST("t96"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t96"
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
                      "t112"."la_code",
                      "t112"."month",
                      "t112"."month_end",
                      "t112"."rolling_start",
                      "t112"."pop_year",
                      "t112"."year",
                      "t112"."population",
                      "t112"."source",
                      ABS("t112"."year" - "t112"."pop_year") AS "distance"
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
                    ) AS "t112"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t258"
            ORDER BY
              "t258"."la_code" ASC,
              "t258"."month" ASC
          ) AS "t292"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t318"."la_code",
              "t318"."month",
              'rereferrals_12m' AS "indicator",
              "t318"."numerator",
              "t318"."denominator",
              "t318"."excluded",
              CASE
                WHEN "t318"."denominator" > 0
                THEN (
                  CAST("t318"."numerator" AS DOUBLE) / "t318"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t296"."numerator", 0) AS "numerator",
                COALESCE("t296"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t242"."la_code",
                  "t242"."month",
                  SUM(CAST("t242"."_kept" AND COALESCE("t242"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t242"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t232"."la_code",
                    "t232"."cine_referral_id",
                    "t232"."cine_person_id",
                    "t232"."cine_referral_date",
                    "t232"."hit",
                    "t232"."month",
                    "t232"."month_end",
                    "t232"."rolling_start",
                    "t232"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t123"."la_code",
                      "t123"."cine_referral_id",
                      "t123"."cine_person_id",
                      "t123"."cine_referral_date",
                      COALESCE("t199"."hit", FALSE) AS "hit",
                      "t20"."month",
                      "t20"."month_end",
                      "t20"."rolling_start",
                      "t20"."pop_year"
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
                    ) AS "t123"
                    LEFT OUTER JOIN (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t123"."la_code",
                          "t123"."cine_referral_id",
                          TRUE AS "hit"
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
                        ) AS "t123"
                        INNER JOIN (
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
                          ) AS "t94"
                          WHERE
                            "t94"."cine_referral_date" >= "t94"."_lo"
                            AND "t94"."cine_referral_date" <= "t94"."_hi"
                        ) AS "t133"
                          ON "t123"."la_code" = "t133"."la_code"
                          AND "t123"."cine_person_id" = "t133"."cine_person_id"
                          AND "t133"."cine_referral_date" >= (
                            "t123"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                          AND "t133"."cine_referral_date" < "t123"."cine_referral_date"
                      ) AS "t178"
                    ) AS "t199"
                      ON "t123"."la_code" = "t199"."la_code"
                      AND "t123"."cine_referral_id" = "t199"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t123"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t123"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t232"
                ) AS "t242"
                GROUP BY
                  1,
                  2
              ) AS "t296"
                ON "t18"."la_code" = "t296"."la_code" AND "t19"."month" = "t296"."month"
            ) AS "t318"
            ORDER BY
              "t318"."la_code" ASC,
              "t318"."month" ASC
          ) AS "t348"
        ) AS "t352"
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
                ) AS "t98"
                GROUP BY
                  1,
                  2
              ) AS "t152"
                ON "t18"."la_code" = "t152"."la_code" AND "t19"."month" = "t152"."month"
            ) AS "t184"
            ORDER BY
              "t184"."la_code" ASC,
              "t184"."month" ASC
          ) AS "t213"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t259"."la_code",
              "t259"."month",
              'assessments_per_10k' AS "indicator",
              "t259"."numerator",
              "t259"."denominator",
              "t259"."excluded",
              (
                CAST("t259"."numerator" AS DOUBLE) / "t259"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t153"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t231"."population" AS "denominator"
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
                ) AS "t99"
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
                      "t112"."la_code",
                      "t112"."month",
                      "t112"."month_end",
                      "t112"."rolling_start",
                      "t112"."pop_year",
                      "t112"."year",
                      "t112"."population",
                      "t112"."source",
                      ABS("t112"."year" - "t112"."pop_year") AS "distance"
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
                    ) AS "t112"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t259"
            ORDER BY
              "t259"."la_code" ASC,
              "t259"."month" ASC
          ) AS "t293"
        ) AS "t304"
      ) AS "t358"
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
                COALESCE("t265"."numerator", 0) AS "numerator",
                COALESCE("t265"."denominator", 0) AS "denominator",
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
                        "t97"."la_code",
                        "t97"."cina_assessment_id",
                        "t97"."cina_person_id",
                        "t97"."cina_referral_id",
                        "t97"."cina_assessment_start_date",
                        "t97"."cina_assessment_auth_date",
                        "t97"."cina_assessment_child_seen",
                        "t97"."month",
                        "t97"."month_end",
                        "t97"."rolling_start",
                        "t97"."pop_year",
                        "t97"."la_code_right",
                        "t97"."cine_referral_id",
                        "t97"."cine_referral_date",
                        COALESCE("t97"."cine_referral_date", "t97"."cina_assessment_start_date") AS "_start"
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
                      ) AS "t97"
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
              ) AS "t265"
                ON "t18"."la_code" = "t265"."la_code" AND "t19"."month" = "t265"."month"
            ) AS "t289"
            ORDER BY
              "t289"."la_code" ASC,
              "t289"."month" ASC
          ) AS "t329"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t260"."la_code",
              "t260"."month",
              's47_per_10k' AS "indicator",
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
                COALESCE("t154"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t231"."population" AS "denominator"
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
                ) AS "t100"
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
                      "t112"."la_code",
                      "t112"."month",
                      "t112"."month_end",
                      "t112"."rolling_start",
                      "t112"."pop_year",
                      "t112"."year",
                      "t112"."population",
                      "t112"."source",
                      ABS("t112"."year" - "t112"."pop_year") AS "distance"
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
                    ) AS "t112"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t260"
            ORDER BY
              "t260"."la_code" ASC,
              "t260"."month" ASC
          ) AS "t294"
        ) AS "t332"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t291"."la_code",
              "t291"."month",
              'icpc_in_15wd' AS "indicator",
              "t291"."numerator",
              "t291"."denominator",
              "t291"."excluded",
              CASE
                WHEN "t291"."denominator" > 0
                THEN (
                  CAST("t291"."numerator" AS DOUBLE) / "t291"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t266"."numerator", 0) AS "numerator",
                COALESCE("t266"."denominator", 0) AS "denominator",
                COALESCE("t266"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t217"."la_code",
                  "t217"."month",
                  SUM(CAST("t217"."_kept" AND COALESCE("t217"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t217"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t217"."excluded", FALSE) AS BIGINT)) AS "excluded"
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
                    ) AS "t129"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."s47e_s47_enquiry_id",
                        "t4"."s47e_s47_start_date"
                      FROM "ssd_s47_enquiry" AS "t4"
                    ) AS "t46"
                      ON "t129"."la_code" = "t46"."la_code"
                      AND "t129"."icpc_s47_enquiry_id" = "t46"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t35" AS "t67"
                      ON "t46"."s47e_s47_start_date" = "t67"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t69"
                      ON "t129"."icpc_icpc_date" = "t69"."_wd_b__date"
                  ) AS "t173"
                ) AS "t217"
                GROUP BY
                  1,
                  2
              ) AS "t266"
                ON "t18"."la_code" = "t266"."la_code" AND "t19"."month" = "t266"."month"
            ) AS "t291"
            ORDER BY
              "t291"."la_code" ASC,
              "t291"."month" ASC
          ) AS "t330"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t245"."la_code",
              "t245"."month",
              'cp_count' AS "indicator",
              "t245"."numerator",
              "t245"."denominator",
              "t245"."excluded",
              CAST("t245"."numerator" AS DOUBLE) AS "value"
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
                  "t181"."la_code",
                  "t181"."month",
                  SUM(CAST("t181"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."cppl_person_id",
                    "t161"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t161"
                ) AS "t181"
                GROUP BY
                  1,
                  2
              ) AS "t222"
                ON "t18"."la_code" = "t222"."la_code" AND "t19"."month" = "t222"."month"
            ) AS "t245"
            ORDER BY
              "t245"."la_code" ASC,
              "t245"."month" ASC
          ) AS "t271"
        ) AS "t335"
      ) AS "t340"
    ) AS "t362"
  ) AS "t383"
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
              "t261"."la_code",
              "t261"."month",
              'cp_per_10k' AS "indicator",
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
                COALESCE("t222"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t231"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t181"."la_code",
                  "t181"."month",
                  SUM(CAST("t181"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."cppl_person_id",
                    "t161"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t161"
                ) AS "t181"
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
                      "t112"."la_code",
                      "t112"."month",
                      "t112"."month_end",
                      "t112"."rolling_start",
                      "t112"."pop_year",
                      "t112"."year",
                      "t112"."population",
                      "t112"."source",
                      ABS("t112"."year" - "t112"."pop_year") AS "distance"
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
                    ) AS "t112"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t261"
            ORDER BY
              "t261"."la_code" ASC,
              "t261"."month" ASC
          ) AS "t295"
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
                COALESCE("t155"."numerator", 0) AS "numerator",
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
                ) AS "t101"
                GROUP BY
                  1,
                  2
              ) AS "t155"
                ON "t18"."la_code" = "t155"."la_code" AND "t19"."month" = "t155"."month"
            ) AS "t185"
            ORDER BY
              "t185"."la_code" ASC,
              "t185"."month" ASC
          ) AS "t214"
        ) AS "t305"
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
                COALESCE("t306"."numerator", 0) AS "numerator",
                COALESCE("t306"."denominator", 0) AS "denominator",
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
                        "t189".*
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
                            "t124"."la_code",
                            "t124"."cppl_cp_plan_id",
                            "t124"."cppl_person_id",
                            "t124"."cppl_cp_plan_start_date",
                            "t124"."cppl_cp_plan_end_date",
                            "t124"."cppl_cp_plan_initial_category",
                            "t124"."cppl_cp_plan_latest_category",
                            "t124"."cppl_icpc_id",
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
                          ) AS "t124"
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
                            ON "t124"."la_code" = "t65"."la_code"
                            AND "t124"."cppl_person_id" = "t65"."cppl_person_id"
                        ) AS "t168"
                      ) AS "t189"
                    ) AS "t210"
                    INNER JOIN "_months" AS "t19"
                      ON "t210"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t210"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t239"
                ) AS "t251"
                GROUP BY
                  1,
                  2
              ) AS "t306"
                ON "t18"."la_code" = "t306"."la_code" AND "t19"."month" = "t306"."month"
            ) AS "t327"
            ORDER BY
              "t327"."la_code" ASC,
              "t327"."month" ASC
          ) AS "t353"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t229"."la_code",
              "t229"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t229"."numerator",
              "t229"."denominator",
              "t229"."excluded",
              CASE
                WHEN "t229"."denominator" > 0
                THEN (
                  CAST("t229"."numerator" AS DOUBLE) / "t229"."denominator"
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
                  "t128"."la_code",
                  "t128"."month",
                  SUM(CAST("t128"."_kept" AND COALESCE("t128"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t128"."_kept" AS BIGINT)) AS "denominator"
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
                ) AS "t128"
                GROUP BY
                  1,
                  2
              ) AS "t192"
                ON "t18"."la_code" = "t192"."la_code" AND "t19"."month" = "t192"."month"
            ) AS "t229"
            ORDER BY
              "t229"."la_code" ASC,
              "t229"."month" ASC
          ) AS "t270"
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
              "t281"."la_code",
              "t281"."month",
              'cp_open_2yrs' AS "indicator",
              "t281"."numerator",
              "t281"."denominator",
              "t281"."excluded",
              CASE
                WHEN "t281"."denominator" > 0
                THEN (
                  CAST("t281"."numerator" AS DOUBLE) / "t281"."denominator"
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
              ) AS "t254"
                ON "t18"."la_code" = "t254"."la_code" AND "t19"."month" = "t254"."month"
            ) AS "t281"
            ORDER BY
              "t281"."la_code" ASC,
              "t281"."month" ASC
          ) AS "t326"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t395"."la_code",
              "t395"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t395"."numerator",
              "t395"."denominator",
              "t395"."excluded",
              CASE
                WHEN "t395"."denominator" > 0
                THEN (
                  CAST("t395"."numerator" AS DOUBLE) / "t395"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t385"."numerator", 0) AS "numerator",
                COALESCE("t385"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t373"."la_code",
                  "t373"."month",
                  SUM(CAST("t373"."_kept" AND COALESCE("t373"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t373"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t356"."la_code",
                    "t356"."month",
                    "t356"."month_end",
                    "t356"."plan_id",
                    "t356"."start",
                    "t356"."person_id",
                    "t356"."first_due",
                    "t356"."held_n",
                    "t356"."late_n",
                    "t356"."last",
                    CASE
                      WHEN COALESCE("t356"."held_n", 0) = 0
                      THEN "t356"."first_due"
                      WHEN COALESCE("t356"."held_n", 0) = 1
                      THEN "t356"."last" + INTERVAL '6' MONTH
                      ELSE "t356"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t356"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t356"."held_n", 0) = 0
                        THEN "t356"."first_due"
                        WHEN COALESCE("t356"."held_n", 0) = 1
                        THEN "t356"."last" + INTERVAL '6' MONTH
                        ELSE "t356"."last" + INTERVAL '6' MONTH
                      END > "t356"."month_end"
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
                      "t339"."held_n",
                      "t339"."late_n",
                      "t339"."last"
                    FROM "t156" AS "t170"
                    LEFT OUTER JOIN (
                      SELECT
                        "t314"."la_code",
                        "t314"."plan_id",
                        "t314"."month",
                        COUNT("t314"."k") AS "held_n",
                        SUM(CAST("t314"."late" AS BIGINT)) AS "late_n",
                        MAX("t314"."date") AS "last"
                      FROM (
                        SELECT
                          "t170"."la_code",
                          "t170"."month",
                          "t170"."month_end",
                          "t170"."plan_id",
                          "t170"."start",
                          "t170"."person_id",
                          "t170"."first_due",
                          "t282"."la_code" AS "la_code_right",
                          "t282"."plan_id" AS "plan_id_right",
                          "t282"."date",
                          "t282"."k",
                          "t282"."late"
                        FROM "t156" AS "t170"
                        INNER JOIN (
                          SELECT
                            "t241"."la_code",
                            "t241"."plan_id",
                            "t241"."date",
                            "t241"."k",
                            "t241"."date" > CASE
                              WHEN "t241"."k" = 0
                              THEN "t241"."first_due"
                              WHEN "t241"."k" = 1
                              THEN "t241"."prev" + INTERVAL '6' MONTH
                              ELSE "t241"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
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
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t119"."la_code",
                                "t119"."plan_id",
                                "t119"."date",
                                "t119"."review_id",
                                "t119"."first_due"
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
                              ) AS "t119"
                              SEMI JOIN "t156" AS "t171"
                                ON "t119"."la_code" = "t171"."la_code" AND "t119"."plan_id" = "t171"."plan_id"
                            ) AS "t205"
                          ) AS "t241"
                        ) AS "t282"
                          ON "t170"."la_code" = "t282"."la_code"
                          AND "t170"."plan_id" = "t282"."plan_id"
                          AND "t282"."date" <= "t170"."month_end"
                      ) AS "t314"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t339"
                      ON "t170"."la_code" = "t339"."la_code"
                      AND "t170"."plan_id" = "t339"."plan_id"
                      AND "t170"."month" = "t339"."month"
                  ) AS "t356"
                ) AS "t373"
                GROUP BY
                  1,
                  2
              ) AS "t385"
                ON "t18"."la_code" = "t385"."la_code" AND "t19"."month" = "t385"."month"
            ) AS "t395"
            ORDER BY
              "t395"."la_code" ASC,
              "t395"."month" ASC
          ) AS "t398"
        ) AS "t399"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t380"."la_code",
              "t380"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t380"."numerator",
              "t380"."denominator",
              "t380"."excluded",
              CASE
                WHEN "t380"."denominator" > 0
                THEN (
                  CAST("t380"."numerator" AS DOUBLE) / "t380"."denominator"
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
                  "t355"."la_code",
                  "t355"."month",
                  SUM(CAST("t355"."_kept" AND COALESCE("t355"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t355"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t333"."la_code",
                    "t333"."month",
                    "t333"."month_end",
                    "t333"."cppl_person_id",
                    "t333"."start",
                    "t333"."wd_open",
                    "t333"."last_visit",
                    "t333"."_wd_b" - "t333"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t333"."_wd_b" - "t333"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t333"."_wd_b" - "t333"."_wd_a"
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
                      "t66"."_wd_a",
                      "t68"."_wd_b"
                    FROM (
                      SELECT
                        "t301".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t272"."la_code",
                          "t272"."month",
                          "t272"."month_end",
                          "t272"."cppl_person_id",
                          "t272"."start",
                          "t272"."wd_open",
                          "t272"."_latest",
                          CASE WHEN "t272"."_latest" >= "t272"."start" THEN "t272"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t240"."la_code",
                            "t240"."month",
                            "t240"."month_end",
                            "t240"."cppl_person_id",
                            "t240"."start",
                            "t240"."wd_open",
                            "t226"."_latest"
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
                                "t66"."_wd_a",
                                "t68"."_wd_b"
                              FROM "cohort_on_plan" AS "t169"
                              LEFT OUTER JOIN "t35" AS "t66"
                                ON "t169"."start" = "t66"."_wd_a__date"
                              LEFT OUTER JOIN "t36" AS "t68"
                                ON "t169"."month_end" = "t68"."_wd_b__date"
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
                                "t175"."la_code",
                                "t175"."month",
                                "t175"."cppv_person_id",
                                MAX("t175"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t132"."la_code",
                                  "t132"."cppv_person_id",
                                  "t132"."cppv_cp_visit_date",
                                  "t116"."month",
                                  "t116"."month_end",
                                  "t116"."_from"
                                FROM (
                                  SELECT
                                    "t105"."la_code",
                                    "t105"."cppv_person_id",
                                    "t105"."cppv_cp_visit_date"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cp_visits" AS "t14"
                                    WHERE
                                      COALESCE("t14"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t14"."la_code" IN (
                                          SELECT
                                            "t16"."la_code"
                                          FROM "_supplied" AS "t16"
                                          WHERE
                                            "t16"."table_name" = 'ssd_cp_visits'
                                            AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t105"
                                ) AS "t132"
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
                                ) AS "t116"
                                  ON "t132"."cppv_cp_visit_date" >= "t116"."_from"
                                  AND "t132"."cppv_cp_visit_date" <= "t116"."month_end"
                              ) AS "t175"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t197"
                          ) AS "t226"
                            ON "t240"."la_code" = "t226"."la_code"
                            AND "t240"."month" = "t226"."month"
                            AND "t240"."cppl_person_id" = "t226"."cppl_person_id"
                        ) AS "t272"
                      ) AS "t301"
                    ) AS "t313"
                    LEFT OUTER JOIN "t35" AS "t66"
                      ON "t313"."last_visit" = "t66"."_wd_a__date"
                    LEFT OUTER JOIN "t36" AS "t68"
                      ON "t313"."month_end" = "t68"."_wd_b__date"
                  ) AS "t333"
                ) AS "t355"
                GROUP BY
                  1,
                  2
              ) AS "t372"
                ON "t18"."la_code" = "t372"."la_code" AND "t19"."month" = "t372"."month"
            ) AS "t380"
            ORDER BY
              "t380"."la_code" ASC,
              "t380"."month" ASC
          ) AS "t393"
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
                COALESCE("t298"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t263"."la_code",
                  "t263"."month",
                  SUM(CAST("t263"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t243"."la_code",
                    "t243"."month",
                    "t243"."month_end",
                    "t243"."rolling_start",
                    "t243"."person_id",
                    "t243"."cla_id",
                    "t243"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t243"
                ) AS "t263"
                GROUP BY
                  1,
                  2
              ) AS "t298"
                ON "t18"."la_code" = "t298"."la_code" AND "t19"."month" = "t298"."month"
            ) AS "t320"
            ORDER BY
              "t320"."la_code" ASC,
              "t320"."month" ASC
          ) AS "t337"
        ) AS "t394"
      ) AS "t401"
    ) AS "t402"
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
                COALESCE("t298"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t231"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t263"."la_code",
                  "t263"."month",
                  SUM(CAST("t263"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t243"."la_code",
                    "t243"."month",
                    "t243"."month_end",
                    "t243"."rolling_start",
                    "t243"."person_id",
                    "t243"."cla_id",
                    "t243"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t243"
                ) AS "t263"
                GROUP BY
                  1,
                  2
              ) AS "t298"
                ON "t18"."la_code" = "t298"."la_code" AND "t19"."month" = "t298"."month"
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
                      "t112"."la_code",
                      "t112"."month",
                      "t112"."month_end",
                      "t112"."rolling_start",
                      "t112"."pop_year",
                      "t112"."year",
                      "t112"."population",
                      "t112"."source",
                      ABS("t112"."year" - "t112"."pop_year") AS "distance"
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
                    ) AS "t112"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t321"
            ORDER BY
              "t321"."la_code" ASC,
              "t321"."month" ASC
          ) AS "t345"
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
                COALESCE("t224"."numerator", 0) AS "numerator",
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
                      "t118"."la_code",
                      "t118"."first_episode_start",
                      "t118"."clae_person_id",
                      "t118"."cla_id",
                      "t118"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t118"
                    INNER JOIN "_months" AS "t19"
                      ON "t118"."first_episode_start" >= "t19"."month"
                      AND "t118"."first_episode_start" <= "t19"."month_end"
                  ) AS "t165"
                ) AS "t182"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
            ) AS "t248"
            ORDER BY
              "t248"."la_code" ASC,
              "t248"."month" ASC
          ) AS "t273"
        ) AS "t350"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t396"."la_code",
              "t396"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t396"."numerator",
              "t396"."denominator",
              "t396"."excluded",
              CASE
                WHEN "t396"."denominator" > 0
                THEN (
                  CAST("t396"."numerator" AS DOUBLE) / "t396"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t388"."numerator", 0) AS "numerator",
                COALESCE("t388"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t376"."la_code",
                  "t376"."month",
                  SUM(CAST("t376"."_kept" AND COALESCE("t376"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t376"."_kept" AS BIGINT)) AS "denominator"
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
                        "t342"."la_code",
                        "t342"."month",
                        "t342"."month_end",
                        "t342"."rolling_start",
                        "t342"."person_id",
                        "t342"."cla_id",
                        "t342"."episode_start",
                        "t342"."placement_start",
                        "t342"."long_term",
                        "t342"."p",
                        "t342"."_latest",
                        CASE WHEN "t342"."_latest" >= "t342"."p" THEN "t342"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t317"."la_code",
                          "t317"."month",
                          "t317"."month_end",
                          "t317"."rolling_start",
                          "t317"."person_id",
                          "t317"."cla_id",
                          "t317"."episode_start",
                          "t317"."placement_start",
                          "t317"."long_term",
                          "t317"."p",
                          "t225"."_latest"
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
                              "t252"."la_code",
                              "t252"."month",
                              "t252"."month_end",
                              "t252"."rolling_start",
                              "t252"."person_id",
                              "t252"."cla_id",
                              "t252"."episode_start",
                              "t257"."placement_start",
                              "t257"."long_term"
                            FROM "cohort_looked_after" AS "t252"
                            LEFT OUTER JOIN (
                              SELECT
                                "t176"."la_code",
                                "t19"."month",
                                "t176"."clap_cla_id" AS "cla_id",
                                "t176"."clap_cla_placement_start_date" AS "placement_start",
                                "t176"."clap_long_term" AS "long_term"
                              FROM "t159" AS "t176"
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
                                FROM "t159" AS "t176"
                                INNER JOIN "t159" AS "t177"
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
                              ) AS "t227"
                                ON "t176"."la_code" = "t227"."la_code"
                                AND "t19"."month" = "t227"."month"
                                AND "t176"."clap_cla_placement_id" = "t227"."_superseded"
                            ) AS "t257"
                              ON "t252"."la_code" = "t257"."la_code"
                              AND "t252"."month" = "t257"."month"
                              AND "t252"."cla_id" = "t257"."cla_id"
                          ) AS "t285"
                          WHERE
                            COALESCE("t285"."placement_start", "t285"."episode_start") <= (
                              "t285"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t317"
                        LEFT OUTER JOIN (
                          SELECT
                            "t196"."la_code",
                            "t196"."month",
                            "t196"."clav_person_id" AS "person_id",
                            "t196"."_latest"
                          FROM (
                            SELECT
                              "t174"."la_code",
                              "t174"."month",
                              "t174"."clav_person_id",
                              MAX("t174"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t131"."la_code",
                                "t131"."clav_person_id",
                                "t131"."clav_cla_visit_date",
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
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_visits'
                                          AND "t16"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t104"
                              ) AS "t131"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t64"
                                ON "t131"."clav_cla_visit_date" >= "t64"."_from"
                                AND "t131"."clav_cla_visit_date" <= "t64"."month_end"
                            ) AS "t174"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t196"
                        ) AS "t225"
                          ON "t317"."la_code" = "t225"."la_code"
                          AND "t317"."month" = "t225"."month"
                          AND "t317"."person_id" = "t225"."person_id"
                      ) AS "t342"
                    ) AS "t357"
                  ) AS "t361"
                ) AS "t376"
                GROUP BY
                  1,
                  2
              ) AS "t388"
                ON "t18"."la_code" = "t388"."la_code" AND "t19"."month" = "t388"."month"
            ) AS "t396"
            ORDER BY
              "t396"."la_code" ASC,
              "t396"."month" ASC
          ) AS "t400"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t406"."la_code",
              "t406"."month",
              'cla_reviews_in_timescale' AS "indicator",
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
                COALESCE("t405"."numerator", 0) AS "numerator",
                COALESCE("t405"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t403"."la_code",
                  "t403"."month",
                  SUM(CAST("t403"."_kept" AND COALESCE("t403"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t403"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t397"."la_code",
                    "t397"."month",
                    "t397"."month_end",
                    "t397"."first_due",
                    "t397"."person_id",
                    "t397"."period_start",
                    "t397"."plan_id",
                    "t397"."held_n",
                    "t397"."late_n",
                    "t397"."last",
                    CASE
                      WHEN COALESCE("t397"."held_n", 0) = 0
                      THEN "t397"."first_due"
                      WHEN COALESCE("t397"."held_n", 0) = 1
                      THEN "t397"."last" + INTERVAL '3' MONTH
                      ELSE "t397"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t397"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t397"."held_n", 0) = 0
                        THEN "t397"."first_due"
                        WHEN COALESCE("t397"."held_n", 0) = 1
                        THEN "t397"."last" + INTERVAL '3' MONTH
                        ELSE "t397"."last" + INTERVAL '6' MONTH
                      END > "t397"."month_end"
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
                      "t392"."held_n",
                      "t392"."late_n",
                      "t392"."last"
                    FROM "t312" AS "t322"
                    LEFT OUTER JOIN (
                      SELECT
                        "t382"."la_code",
                        "t382"."plan_id",
                        "t382"."month",
                        COUNT("t382"."k") AS "held_n",
                        SUM(CAST("t382"."late" AS BIGINT)) AS "late_n",
                        MAX("t382"."date") AS "last"
                      FROM (
                        SELECT
                          "t322"."la_code",
                          "t322"."month",
                          "t322"."month_end",
                          "t322"."first_due",
                          "t322"."person_id",
                          "t322"."period_start",
                          "t322"."plan_id",
                          "t375"."la_code" AS "la_code_right",
                          "t375"."plan_id" AS "plan_id_right",
                          "t375"."date",
                          "t375"."k",
                          "t375"."late"
                        FROM "t312" AS "t322"
                        INNER JOIN (
                          SELECT
                            "t364"."la_code",
                            "t364"."plan_id",
                            "t364"."date",
                            "t364"."k",
                            "t364"."date" > CASE
                              WHEN "t364"."k" = 0
                              THEN "t364"."first_due"
                              WHEN "t364"."k" = 1
                              THEN "t364"."prev" + INTERVAL '3' MONTH
                              ELSE "t364"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t343"."la_code",
                              "t343"."first_due",
                              "t343"."plan_id",
                              "t343"."date",
                              "t343"."review_id",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t343"."la_code", "t343"."plan_id"
                                ORDER BY "t343"."date" ASC, "t343"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t343"."date") OVER (
                                PARTITION BY "t343"."la_code", "t343"."plan_id"
                                ORDER BY "t343"."date" ASC, "t343"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t267"."la_code",
                                "t267"."first_due",
                                "t267"."plan_id",
                                "t267"."date",
                                "t267"."review_id"
                              FROM (
                                SELECT
                                  "t237"."la_code",
                                  "t237"."first_due",
                                  "t237"."clar_cla_id" AS "plan_id",
                                  "t237"."clar_cla_review_date" AS "date",
                                  "t237"."clar_cla_review_id" AS "review_id"
                                FROM (
                                  SELECT
                                    "t84"."la_code",
                                    "t84"."clar_cla_review_id",
                                    "t84"."clar_cla_id",
                                    "t84"."clar_cla_review_due_date",
                                    "t84"."clar_cla_review_date",
                                    "t84"."clar_cla_review_cancelled",
                                    "t208"."first_episode_start",
                                    "t208"."clae_person_id",
                                    "t208"."cla_id",
                                    "t208"."period_start",
                                    "t208"."first_due"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cla_reviews" AS "t17"
                                    WHERE
                                      NOT (
                                        COALESCE("t17"."clar_cla_review_cancelled", FALSE)
                                      )
                                  ) AS "t84"
                                  INNER JOIN (
                                    SELECT
                                      "t187".*
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
                                          "t118"."la_code",
                                          "t118"."first_episode_start",
                                          "t118"."clae_person_id",
                                          "t118"."cla_id",
                                          "t118"."period_start",
                                          "t52"."wd21"
                                        FROM "cohort_period_starts" AS "t118"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t8"."wd_ordinal" AS "_wd_from",
                                            "t8"."date" AS "_wd_from__date"
                                          FROM "_calendar" AS "t8"
                                        ) AS "t50"
                                          ON "t118"."period_start" = "t50"."_wd_from__date"
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
                                      ) AS "t166"
                                    ) AS "t187"
                                  ) AS "t208"
                                    ON "t84"."la_code" = "t208"."la_code" AND "t84"."clar_cla_id" = "t208"."cla_id"
                                ) AS "t237"
                                WHERE
                                  "t237"."clar_cla_review_date" >= "t237"."period_start"
                              ) AS "t267"
                              SEMI JOIN "t312" AS "t323"
                                ON "t267"."la_code" = "t323"."la_code" AND "t267"."plan_id" = "t323"."plan_id"
                            ) AS "t343"
                          ) AS "t364"
                        ) AS "t375"
                          ON "t322"."la_code" = "t375"."la_code"
                          AND "t322"."plan_id" = "t375"."plan_id"
                          AND "t375"."date" <= "t322"."month_end"
                      ) AS "t382"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t392"
                      ON "t322"."la_code" = "t392"."la_code"
                      AND "t322"."plan_id" = "t392"."plan_id"
                      AND "t322"."month" = "t392"."month"
                  ) AS "t397"
                ) AS "t403"
                GROUP BY
                  1,
                  2
              ) AS "t405"
                ON "t18"."la_code" = "t405"."la_code" AND "t19"."month" = "t405"."month"
            ) AS "t406"
            ORDER BY
              "t406"."la_code" ASC,
              "t406"."month" ASC
          ) AS "t407"
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
            *
          FROM (
            SELECT
              "t377"."la_code",
              "t377"."month",
              'cla_3plus_placements' AS "indicator",
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
                COALESCE("t367"."numerator", 0) AS "numerator",
                COALESCE("t367"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t346"."la_code",
                  "t346"."month",
                  SUM(CAST("t346"."_kept" AND COALESCE("t346"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t346"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t328"."la_code",
                    "t328"."month",
                    "t328"."month_end",
                    "t328"."rolling_start",
                    "t328"."person_id",
                    "t328"."cla_id",
                    "t328"."episode_start",
                    "t328"."placements",
                    COALESCE("t328"."placements", 0) >= 3 AS "hit",
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
                      "t308"."placements"
                    FROM "cohort_looked_after" AS "t252"
                    LEFT OUTER JOIN (
                      SELECT
                        "t279"."la_code",
                        "t279"."month",
                        "t279"."person_id",
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
                          "t109"."la_code" AS "la_code_right",
                          "t109"."clap_cla_placement_id",
                          "t109"."clap_cla_id",
                          "t109"."clap_cla_placement_start_date",
                          "t109"."clap_cla_placement_end_date",
                          "t109"."clap_cla_placement_type",
                          "t109"."clap_long_term",
                          "t109"."cla_id" AS "cla_id_right",
                          "t109"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t252"
                        INNER JOIN (
                          SELECT
                            "t30"."la_code",
                            "t30"."clap_cla_placement_id",
                            "t30"."clap_cla_id",
                            "t30"."clap_cla_placement_start_date",
                            "t30"."clap_cla_placement_end_date",
                            "t30"."clap_cla_placement_type",
                            "t30"."clap_long_term",
                            "t55"."cla_id",
                            "t55"."person_id"
                          FROM "ssd_cla_placement" AS "t30"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t10"."la_code",
                              "t10"."clae_cla_id" AS "cla_id",
                              "t10"."clae_person_id" AS "person_id"
                            FROM "ssd_cla_episodes" AS "t10"
                          ) AS "t55"
                            ON "t30"."la_code" = "t55"."la_code" AND "t30"."clap_cla_id" = "t55"."cla_id"
                        ) AS "t109"
                          ON "t252"."la_code" = "t109"."la_code"
                          AND "t252"."person_id" = "t109"."person_id"
                          AND "t109"."clap_cla_placement_start_date" <= "t252"."month_end"
                          AND COALESCE("t109"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t252"."rolling_start"
                      ) AS "t279"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t308"
                      ON "t252"."la_code" = "t308"."la_code"
                      AND "t252"."month" = "t308"."month"
                      AND "t252"."person_id" = "t308"."person_id"
                  ) AS "t328"
                ) AS "t346"
                GROUP BY
                  1,
                  2
              ) AS "t367"
                ON "t18"."la_code" = "t367"."la_code" AND "t19"."month" = "t367"."month"
            ) AS "t377"
            ORDER BY
              "t377"."la_code" ASC,
              "t377"."month" ASC
          ) AS "t387"
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
                COALESCE("t300"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t264"."la_code",
                  "t264"."month",
                  SUM(CAST("t264"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t244"."la_code",
                    "t244"."month",
                    "t244"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t244"
                ) AS "t264"
                GROUP BY
                  1,
                  2
              ) AS "t300"
                ON "t18"."la_code" = "t300"."la_code" AND "t19"."month" = "t300"."month"
            ) AS "t324"
            ORDER BY
              "t324"."la_code" ASC,
              "t324"."month" ASC
          ) AS "t338"
        ) AS "t389"
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
                COALESCE("t300"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t231"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t264"."la_code",
                  "t264"."month",
                  SUM(CAST("t264"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t244"."la_code",
                    "t244"."month",
                    "t244"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t244"
                ) AS "t264"
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
                      "t112"."la_code",
                      "t112"."month",
                      "t112"."month_end",
                      "t112"."rolling_start",
                      "t112"."pop_year",
                      "t112"."year",
                      "t112"."population",
                      "t112"."source",
                      ABS("t112"."year" - "t112"."pop_year") AS "distance"
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
                    ) AS "t112"
                  ) AS "t160"
                ) AS "t198"
                WHERE
                  "t198"."rank" = 0
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
            ) AS "t325"
            ORDER BY
              "t325"."la_code" ASC,
              "t325"."month" ASC
          ) AS "t347"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t351"."la_code",
              "t351"."month",
              'caseload_mean' AS "indicator",
              "t351"."numerator",
              "t351"."denominator",
              "t351"."excluded",
              CASE
                WHEN "t351"."denominator" > 0
                THEN (
                  CAST("t351"."numerator" AS DOUBLE) / "t351"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t336"."numerator", 0) AS "numerator",
                COALESCE("t336"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t303"."la_code",
                  "t303"."month",
                  SUM(CASE WHEN "t303"."_kept" THEN COALESCE("t303"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t303"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t284"."la_code",
                    "t284"."month",
                    "t284"."worker_id",
                    "t284"."team_id",
                    "t284"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t284"
                ) AS "t303"
                GROUP BY
                  1,
                  2
              ) AS "t336"
                ON "t18"."la_code" = "t336"."la_code" AND "t19"."month" = "t336"."month"
            ) AS "t351"
            ORDER BY
              "t351"."la_code" ASC,
              "t351"."month" ASC
          ) AS "t368"
        ) AS "t370"
      ) AS "t391"
    ) AS "t410"
  ) AS "t411"
) AS "t412"
ORDER BY
  "t412"."indicator" ASC,
  "t412"."la_code" ASC,
  "t412"."month" ASC
