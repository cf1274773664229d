-- safeguarding compiled query {"code": "eceab8816ced8fd8", "policy": "5a5babdd74a484f2", "query": "catalogue"}
WITH "t22" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t23" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_a",
    "t8"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t8"
), "t24" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_b",
    "t8"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t8"
), "t51" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t52" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t5"
  WHERE
    "t5"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t53" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t6"
  WHERE
    "t6"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t56" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t57" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t11"
  WHERE
    "t11"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t103" AS (
  SELECT
    "t64"."la_code",
    "t64"."cont_contact_id",
    "t64"."cont_person_id",
    "t64"."cont_contact_date",
    "t64"."cont_contact_source_code",
    "t64"."cont_contact_outcome_json",
    "t64"."cont_screening_date",
    "t64"."cont_screened_by_qualified",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_contacts" AS "t3"
    WHERE
      "t3"."la_code" IN (
        SELECT
          *
        FROM "t22"
      )
  ) AS "t64"
  INNER JOIN "_months" AS "t19"
    ON CAST("t64"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t64"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "cohort_open_plans" AS (
  SELECT
    "t76"."la_code",
    "t76"."cppl_cp_plan_id",
    "t76"."cppl_person_id",
    "t76"."cppl_cp_plan_start_date",
    "t76"."cppl_cp_plan_end_date",
    "t76"."cppl_cp_plan_initial_category",
    "t76"."cppl_cp_plan_latest_category",
    "t76"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "t53" AS "t76"
  INNER JOIN "_months" AS "t19"
    ON "t76"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t76"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "t129" AS (
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
      "t78"."la_code",
      "t78"."clae_cla_episode_id",
      "t78"."clae_person_id",
      "t78"."clae_cla_id",
      "t78"."clae_cla_episode_start_date",
      "t78"."clae_cla_episode_ceased_date",
      "t78"."clae_entered_care_date",
      "t78"."clae_cla_placement_id",
      "t43"."_first_end",
      "t43"."_last_end"
    FROM "t56" AS "t78"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t43"
  ) AS "t88"
  WHERE
    "t88"."clae_cla_episode_start_date" <= "t88"."_last_end"
    AND COALESCE("t88"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t88"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t89"."la_code",
    "t89"."first_episode_start",
    "t89"."clae_person_id",
    "t89"."clae_cla_id" AS "cla_id",
    COALESCE("t89"."entered", "t89"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t70"."la_code",
      "t70"."clae_cla_id",
      MIN("t70"."clae_entered_care_date") AS "entered",
      MIN("t70"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t70"."clae_person_id") AS "clae_person_id"
    FROM "t56" AS "t70"
    GROUP BY
      1,
      2
  ) AS "t89"
), "cohort_in_need" AS (
  SELECT DISTINCT
    *
  FROM (
    SELECT
      "t73"."la_code",
      "t19"."month",
      "t73"."cine_person_id"
    FROM "t51" AS "t73"
    INNER JOIN "_months" AS "t19"
      ON "t73"."cine_referral_date" <= "t19"."month_end"
      AND COALESCE("t73"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ) AS "t115"
), "t148" AS (
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
    "t111"."_end"
  FROM (
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
      "t92"."_end",
      "t43"."_first_end",
      "t43"."_last_end"
    FROM (
      SELECT
        "t58"."la_code",
        "t58"."invo_involvements_id",
        "t58"."invo_person_id",
        "t58"."invo_professional_id",
        "t58"."invo_professional_role_id",
        "t58"."invo_professional_team",
        "t58"."invo_involvement_start_date",
        "t58"."invo_involvement_end_date",
        "t58"."invo_worker_change_reason",
        "t58"."invo_referral_id",
        CAST("t58"."invo_involvement_start_date" AS DATE) AS "_start",
        CAST("t58"."invo_involvement_end_date" AS DATE) AS "_end"
      FROM (
        SELECT
          *
        FROM "ssd_involvements" AS "t12"
        WHERE
          "t12"."la_code" IN (
            SELECT
              *
            FROM "t22"
          )
      ) AS "t58"
      WHERE
        "t58"."invo_professional_id" IS NOT NULL
    ) AS "t92"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t43"
  ) AS "t111"
  WHERE
    "t111"."_start" <= "t111"."_last_end"
    AND COALESCE("t111"."_end", MAKE_DATE(9999, 12, 31)) > "t111"."_first_end"
), "t155" AS (
  SELECT
    "t120"."la_code",
    "t120"."clap_cla_placement_id",
    "t120"."clap_cla_id",
    "t120"."clap_cla_placement_start_date",
    "t120"."clap_cla_placement_end_date",
    "t120"."clap_cla_placement_type",
    "t120"."clap_long_term"
  FROM (
    SELECT
      "t99"."la_code",
      "t99"."clap_cla_placement_id",
      "t99"."clap_cla_id",
      "t99"."clap_cla_placement_start_date",
      "t99"."clap_cla_placement_end_date",
      "t99"."clap_cla_placement_type",
      "t99"."clap_long_term",
      "t43"."_first_end",
      "t43"."_last_end"
    FROM (
      SELECT
        *
      FROM "t57" AS "t71"
      WHERE
        "t71"."la_code" IN (
          SELECT
            "t16"."la_code"
          FROM "_supplied" AS "t16"
          WHERE
            "t16"."table_name" = 'ssd_cla_placement'
            AND "t16"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t99"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t43"
  ) AS "t120"
  WHERE
    "t120"."clap_cla_placement_start_date" <= "t120"."_last_end"
    AND COALESCE("t120"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t120"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t135"."la_code",
    "t135"."month",
    "t135"."month_end",
    "t135"."cppl_person_id",
    MIN("t135"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t135"
  GROUP BY
    1,
    2,
    3,
    4
), "t179" AS (
  SELECT
    "t135"."la_code",
    "t135"."month",
    "t135"."month_end",
    "t135"."cppl_cp_plan_id" AS "plan_id",
    "t135"."cppl_cp_plan_start_date" AS "start",
    "t135"."cppl_person_id" AS "person_id",
    "t135"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t135"
  WHERE
    (
      "t135"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t135"."month_end"
), "cohort_looked_after" AS (
  SELECT
    "t144"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t144"."clae_person_id" AS "person_id",
    "t144"."clae_cla_id" AS "cla_id",
    "t144"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t129" AS "t144"
  INNER JOIN "_months" AS "t19"
    ON "t144"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t144"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t144"."la_code",
      "t144"."clae_cla_episode_id" AS "_superseded",
      "t145"."clae_cla_episode_start_date" AS "_start",
      "t145"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t129" AS "t144"
    INNER JOIN "t129" AS "t145"
      ON "t144"."la_code" = "t145"."la_code"
      AND "t144"."clae_person_id" = "t145"."clae_person_id"
      AND (
        (
          "t145"."clae_cla_episode_start_date" > "t144"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t145"."clae_cla_episode_start_date" = "t144"."clae_cla_episode_start_date"
          )
          AND (
            "t145"."clae_cla_episode_id" > "t144"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t144"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t145"."clae_cla_episode_start_date" < "t144"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t145"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t145"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t208"
    ON "t144"."la_code" = "t208"."la_code"
    AND "t19"."month" = "t208"."month"
    AND "t144"."clae_cla_episode_id" = "t208"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t167"."la_code",
    "t19"."month",
    "t167"."invo_person_id" AS "person_id",
    "t167"."invo_professional_id" AS "worker_id",
    "t167"."invo_professional_team" AS "team_id"
  FROM "t148" AS "t167"
  INNER JOIN "_months" AS "t19"
    ON "t167"."_start" <= "t19"."month_end"
    AND COALESCE("t167"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t167"."la_code",
      "t167"."invo_involvements_id" AS "_superseded",
      "t168"."_start",
      "t168"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t148" AS "t167"
    INNER JOIN "t148" AS "t168"
      ON "t167"."la_code" = "t168"."la_code"
      AND "t167"."invo_person_id" = "t168"."invo_person_id"
      AND (
        (
          "t168"."invo_involvement_start_date" > "t167"."invo_involvement_start_date"
        )
        OR (
          (
            "t168"."invo_involvement_start_date" = "t167"."invo_involvement_start_date"
          )
          AND (
            "t168"."invo_involvements_id" > "t167"."invo_involvements_id"
          )
        )
      )
      AND (
        (
          "t167"."_end" IS NULL
        ) OR (
          "t168"."_start" < "t167"."_end"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t168"."_start" <= "t20"."month_end"
      AND COALESCE("t168"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t230"
    ON "t167"."la_code" = "t230"."la_code"
    AND "t19"."month" = "t230"."month"
    AND "t167"."invo_involvements_id" = "t230"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t272"."la_code",
    "t272"."month",
    "t272"."worker_id",
    MAX("t272"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t272"
  GROUP BY
    1,
    2,
    3
), "t353" AS (
  SELECT
    "t338"."la_code",
    "t338"."month",
    "t338"."month_end",
    "t338"."wd21" + INTERVAL '-1' DAY AS "first_due",
    "t338"."person_id",
    "t338"."period_start",
    "t338"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t323"."la_code",
      "t323"."month",
      "t323"."month_end",
      "t323"."rolling_start",
      "t323"."person_id",
      "t323"."cla_id",
      "t323"."episode_start",
      "t323"."first_episode_start",
      "t323"."clae_person_id",
      "t323"."period_start",
      "t323"."wd_in_care",
      "t37"."wd21"
    FROM (
      SELECT
        "t290"."la_code",
        "t290"."month",
        "t290"."month_end",
        "t290"."rolling_start",
        "t290"."person_id",
        "t290"."cla_id",
        "t290"."episode_start",
        "t290"."first_episode_start",
        "t290"."clae_person_id",
        "t290"."period_start",
        "t290"."_wd_b" - "t290"."_wd_a" AS "wd_in_care"
      FROM (
        SELECT
          "t260"."la_code",
          "t260"."month",
          "t260"."month_end",
          "t260"."rolling_start",
          "t260"."person_id",
          "t260"."cla_id",
          "t260"."episode_start",
          "t147"."first_episode_start",
          "t147"."clae_person_id",
          "t147"."period_start",
          "t46"."_wd_a",
          "t48"."_wd_b"
        FROM "cohort_looked_after" AS "t260"
        INNER JOIN "cohort_period_starts" AS "t147"
          ON "t260"."la_code" = "t147"."la_code" AND "t260"."cla_id" = "t147"."cla_id"
        LEFT OUTER JOIN "t23" AS "t46"
          ON "t147"."period_start" = "t46"."_wd_a__date"
        LEFT OUTER JOIN "t24" AS "t48"
          ON "t260"."month_end" = "t48"."_wd_b__date"
      ) AS "t290"
      WHERE
        (
          "t290"."_wd_b" - "t290"."_wd_a"
        ) > 20
    ) AS "t323"
    LEFT OUTER JOIN (
      SELECT
        "t8"."wd_ordinal" AS "_wd_from",
        "t8"."date" AS "_wd_from__date"
      FROM "_calendar" AS "t8"
    ) AS "t35"
      ON "t323"."period_start" = "t35"."_wd_from__date"
    LEFT OUTER JOIN (
      SELECT
        "t8"."wd_ordinal" AS "_wd_to",
        "t8"."date" AS "wd21"
      FROM "_calendar" AS "t8"
      WHERE
        "t8"."is_working_day"
    ) AS "t37"
      ON (
        "t35"."_wd_from" + 21
      ) = "t37"."_wd_to"
  ) AS "t338"
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
              COALESCE("t354"."numerator", 0) AS "numerator",
              COALESCE("t354"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t325"."la_code",
                "t325"."month",
                SUM(CAST("t325"."_kept" AND COALESCE("t325"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t325"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t308"."la_code",
                  "t308"."month",
                  "t308"."worker_id",
                  "t308"."team_id",
                  "t308"."amount",
                  "t308"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t308"
              ) AS "t325"
              GROUP BY
                1,
                2
            ) AS "t354"
              ON "t18"."la_code" = "t354"."la_code" AND "t19"."month" = "t354"."month"
          ) AS "t367"
          ORDER BY
            "t367"."la_code" ASC,
            "t367"."month" ASC
        ) AS "t378"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t370"."la_code",
            "t370"."month",
            'unallocated_cp_cla' AS "indicator",
            "t370"."numerator",
            "t370"."denominator",
            "t370"."excluded",
            CASE
              WHEN "t370"."denominator" > 0
              THEN (
                CAST("t370"."numerator" AS DOUBLE) / "t370"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t363"."numerator", 0) AS "numerator",
              COALESCE("t363"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t331"."la_code",
                "t331"."month",
                SUM(CAST("t331"."_kept" AND COALESCE("t331"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t331"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t320"."la_code",
                  "t320"."month",
                  "t320"."person_id",
                  "t320"."worker_id",
                  "t320"."worker_id" IS NULL AS "hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t283"."la_code",
                    "t283"."month",
                    "t283"."person_id",
                    "t293"."worker_id"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t184"."la_code",
                        "t184"."month",
                        "t184"."cppl_person_id" AS "person_id"
                      FROM "cohort_on_plan" AS "t184"
                    ) AS "t199"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t254"."la_code",
                        "t254"."month",
                        "t254"."person_id"
                      FROM "cohort_looked_after" AS "t254"
                    ) AS "t267"
                  ) AS "t283"
                  LEFT OUTER JOIN (
                    SELECT
                      "t272"."la_code",
                      "t272"."month",
                      "t272"."person_id",
                      "t272"."worker_id"
                    FROM "cohort_allocated" AS "t272"
                  ) AS "t293"
                    ON "t283"."la_code" = "t293"."la_code"
                    AND "t283"."month" = "t293"."month"
                    AND "t283"."person_id" = "t293"."person_id"
                ) AS "t320"
              ) AS "t331"
              GROUP BY
                1,
                2
            ) AS "t363"
              ON "t18"."la_code" = "t363"."la_code" AND "t19"."month" = "t363"."month"
          ) AS "t370"
          ORDER BY
            "t370"."la_code" ASC,
            "t370"."month" ASC
        ) AS "t381"
      ) AS "t382"
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
              "t213"."la_code",
              "t213"."month",
              'contacts' AS "indicator",
              "t213"."numerator",
              "t213"."denominator",
              "t213"."excluded",
              CAST("t213"."numerator" AS DOUBLE) AS "value"
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
                    "t114"."la_code",
                    "t114"."cont_contact_id",
                    "t114"."cont_person_id",
                    "t114"."cont_contact_date",
                    "t114"."cont_contact_source_code",
                    "t114"."cont_contact_outcome_json",
                    "t114"."cont_screening_date",
                    "t114"."cont_screened_by_qualified",
                    "t114"."month",
                    "t114"."month_end",
                    "t114"."rolling_start",
                    "t114"."pop_year",
                    TRUE AS "_kept"
                  FROM "t103" AS "t114"
                ) AS "t133"
                GROUP BY
                  1,
                  2
              ) AS "t183"
                ON "t18"."la_code" = "t183"."la_code" AND "t19"."month" = "t183"."month"
            ) AS "t213"
            ORDER BY
              "t213"."la_code" ASC,
              "t213"."month" ASC
          ) AS "t240"
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
                  "t171"."la_code",
                  "t171"."month",
                  SUM(CAST("t171"."_kept" AND COALESCE("t171"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t171"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t114"."la_code",
                    "t114"."cont_contact_id",
                    "t114"."cont_person_id",
                    "t114"."cont_contact_date",
                    "t114"."cont_contact_source_code",
                    "t114"."cont_contact_outcome_json",
                    "t114"."cont_screening_date",
                    "t114"."cont_screened_by_qualified",
                    "t114"."month",
                    "t114"."month_end",
                    "t114"."rolling_start",
                    "t114"."pop_year",
                    (
                      "t114"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t114"."cont_screening_date" <= (
                        "t114"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t114"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t114"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t103" AS "t114"
                ) AS "t171"
                GROUP BY
                  1,
                  2
              ) AS "t231"
                ON "t18"."la_code" = "t231"."la_code" AND "t19"."month" = "t231"."month"
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
                COALESCE("t223"."numerator", 0) AS "numerator",
                COALESCE("t223"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t159"."la_code",
                  "t159"."month",
                  SUM(CAST("t159"."_kept" AND COALESCE("t159"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t159"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t114"."la_code",
                    "t114"."cont_contact_id",
                    "t114"."cont_person_id",
                    "t114"."cont_contact_date",
                    "t114"."cont_contact_source_code",
                    "t114"."cont_contact_outcome_json",
                    "t114"."cont_screening_date",
                    "t114"."cont_screened_by_qualified",
                    "t114"."month",
                    "t114"."month_end",
                    "t114"."rolling_start",
                    "t114"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        UPPER("t114"."cont_contact_outcome_json"),
                        'NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t103" AS "t114"
                ) AS "t159"
                GROUP BY
                  1,
                  2
              ) AS "t223"
                ON "t18"."la_code" = "t223"."la_code" AND "t19"."month" = "t223"."month"
            ) AS "t252"
            ORDER BY
              "t252"."la_code" ASC,
              "t252"."month" ASC
          ) AS "t294"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t203"."la_code",
              "t203"."month",
              'referrals' AS "indicator",
              "t203"."numerator",
              "t203"."denominator",
              "t203"."excluded",
              CAST("t203"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t173"."numerator", 0) AS "numerator",
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
                    "t104"."cine_referral_id",
                    "t104"."cine_person_id",
                    "t104"."cine_referral_date",
                    "t104"."cine_referral_source_code",
                    "t104"."cine_referral_nfa",
                    "t104"."cine_cin_primary_need_code",
                    "t104"."cine_close_date",
                    "t104"."cine_close_reason",
                    "t104"."month",
                    "t104"."month_end",
                    "t104"."rolling_start",
                    "t104"."pop_year",
                    TRUE AS "_kept"
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
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t51" AS "t73"
                    INNER JOIN "_months" AS "t19"
                      ON "t73"."cine_referral_date" >= "t19"."month"
                      AND "t73"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t104"
                ) AS "t123"
                GROUP BY
                  1,
                  2
              ) AS "t173"
                ON "t18"."la_code" = "t173"."la_code" AND "t19"."month" = "t173"."month"
            ) AS "t203"
            ORDER BY
              "t203"."la_code" ASC,
              "t203"."month" ASC
          ) AS "t232"
        ) AS "t301"
      ) AS "t314"
    ) AS "t384"
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
              "t247"."la_code",
              "t247"."month",
              'referrals_per_10k' AS "indicator",
              "t247"."numerator",
              "t247"."denominator",
              "t247"."excluded",
              (
                CAST("t247"."numerator" AS DOUBLE) / "t247"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t174"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t216"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t124"."la_code",
                  "t124"."month",
                  SUM(CAST("t124"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t105"."la_code",
                    "t105"."cine_referral_id",
                    "t105"."cine_person_id",
                    "t105"."cine_referral_date",
                    "t105"."cine_referral_source_code",
                    "t105"."cine_referral_nfa",
                    "t105"."cine_cin_primary_need_code",
                    "t105"."cine_close_date",
                    "t105"."cine_close_reason",
                    "t105"."month",
                    "t105"."month_end",
                    "t105"."rolling_start",
                    "t105"."pop_year",
                    TRUE AS "_kept"
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
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t51" AS "t73"
                    INNER JOIN "_months" AS "t19"
                      ON "t73"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t73"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t105"
                ) AS "t124"
                GROUP BY
                  1,
                  2
              ) AS "t174"
                ON "t18"."la_code" = "t174"."la_code" AND "t19"."month" = "t174"."month"
              INNER JOIN (
                SELECT
                  "t186"."la_code",
                  "t186"."month",
                  "t186"."pop_year",
                  "t186"."population",
                  "t186"."year" AS "year_used"
                FROM (
                  SELECT
                    "t137"."la_code",
                    "t137"."month",
                    "t137"."month_end",
                    "t137"."rolling_start",
                    "t137"."pop_year",
                    "t137"."year",
                    "t137"."population",
                    "t137"."source",
                    "t137"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t137"."la_code", "t137"."month"
                      ORDER BY "t137"."distance" ASC, "t137"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t97"."la_code",
                      "t97"."month",
                      "t97"."month_end",
                      "t97"."rolling_start",
                      "t97"."pop_year",
                      "t97"."year",
                      "t97"."population",
                      "t97"."source",
                      ABS("t97"."year" - "t97"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t68"."year",
                        "t68"."population",
                        "t68"."source"
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
                            FROM "t22"
                          )
                      ) AS "t68"
                        ON "t18"."la_code" = "t68"."la_code"
                    ) AS "t97"
                  ) AS "t137"
                ) AS "t186"
                WHERE
                  "t186"."rank" = 0
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t279"
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
                COALESCE("t295"."numerator", 0) AS "numerator",
                COALESCE("t295"."denominator", 0) AS "denominator",
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
                      "t125"."la_code",
                      "t125"."cine_referral_id",
                      "t125"."cine_person_id",
                      "t125"."cine_referral_date",
                      COALESCE("t197"."hit", FALSE) AS "hit",
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
                          "t73"."la_code",
                          "t73"."cine_referral_id",
                          "t73"."cine_person_id",
                          "t73"."cine_referral_date",
                          "t73"."cine_referral_source_code",
                          "t73"."cine_referral_nfa",
                          "t73"."cine_cin_primary_need_code",
                          "t73"."cine_close_date",
                          "t73"."cine_close_reason",
                          "t42"."_lo",
                          "t42"."_hi"
                        FROM "t51" AS "t73"
                        CROSS JOIN (
                          SELECT
                            MIN("t1"."rolling_start") AS "_lo",
                            MAX("t1"."month_end") AS "_hi"
                          FROM "_months" AS "t1"
                        ) AS "t42"
                      ) AS "t85"
                      WHERE
                        "t85"."cine_referral_date" >= "t85"."_lo"
                        AND "t85"."cine_referral_date" <= "t85"."_hi"
                    ) AS "t125"
                    LEFT OUTER JOIN (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t125"."la_code",
                          "t125"."cine_referral_id",
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
                              "t73"."la_code",
                              "t73"."cine_referral_id",
                              "t73"."cine_person_id",
                              "t73"."cine_referral_date",
                              "t73"."cine_referral_source_code",
                              "t73"."cine_referral_nfa",
                              "t73"."cine_cin_primary_need_code",
                              "t73"."cine_close_date",
                              "t73"."cine_close_reason",
                              "t42"."_lo",
                              "t42"."_hi"
                            FROM "t51" AS "t73"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t42"
                          ) AS "t85"
                          WHERE
                            "t85"."cine_referral_date" >= "t85"."_lo"
                            AND "t85"."cine_referral_date" <= "t85"."_hi"
                        ) AS "t125"
                        INNER JOIN "t51" AS "t74"
                          ON "t125"."la_code" = "t74"."la_code"
                          AND "t125"."cine_person_id" = "t74"."cine_person_id"
                          AND "t74"."cine_referral_date" >= (
                            "t125"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                          AND "t74"."cine_referral_date" < "t125"."cine_referral_date"
                      ) AS "t176"
                    ) AS "t197"
                      ON "t125"."la_code" = "t197"."la_code"
                      AND "t125"."cine_referral_id" = "t197"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t125"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t125"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t233"
                ) AS "t245"
                GROUP BY
                  1,
                  2
              ) AS "t295"
                ON "t18"."la_code" = "t295"."la_code" AND "t19"."month" = "t295"."month"
            ) AS "t321"
            ORDER BY
              "t321"."la_code" ASC,
              "t321"."month" ASC
          ) AS "t345"
        ) AS "t350"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t196"."la_code",
              "t196"."month",
              'assessments_completed' AS "indicator",
              "t196"."numerator",
              "t196"."denominator",
              "t196"."excluded",
              CAST("t196"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t157"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t112"."la_code",
                  "t112"."month",
                  SUM(CAST("t112"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t95"."la_code",
                    "t95"."cina_assessment_id",
                    "t95"."cina_person_id",
                    "t95"."cina_referral_id",
                    "t95"."cina_assessment_start_date",
                    "t95"."cina_assessment_auth_date",
                    "t95"."cina_assessment_child_seen",
                    "t95"."month",
                    "t95"."month_end",
                    "t95"."rolling_start",
                    "t95"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t63"."la_code",
                      "t63"."cina_assessment_id",
                      "t63"."cina_person_id",
                      "t63"."cina_referral_id",
                      "t63"."cina_assessment_start_date",
                      "t63"."cina_assessment_auth_date",
                      "t63"."cina_assessment_child_seen",
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
                    ) AS "t63"
                    INNER JOIN "_months" AS "t19"
                      ON "t63"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t63"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t95"
                ) AS "t112"
                GROUP BY
                  1,
                  2
              ) AS "t157"
                ON "t18"."la_code" = "t157"."la_code" AND "t19"."month" = "t157"."month"
            ) AS "t196"
            ORDER BY
              "t196"."la_code" ASC,
              "t196"."month" ASC
          ) AS "t221"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t248"."la_code",
              "t248"."month",
              'assessments_per_10k' AS "indicator",
              "t248"."numerator",
              "t248"."denominator",
              "t248"."excluded",
              (
                CAST("t248"."numerator" AS DOUBLE) / "t248"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t158"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t216"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t113"."la_code",
                  "t113"."month",
                  SUM(CAST("t113"."_kept" AS BIGINT)) AS "numerator"
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
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t63"."la_code",
                      "t63"."cina_assessment_id",
                      "t63"."cina_person_id",
                      "t63"."cina_referral_id",
                      "t63"."cina_assessment_start_date",
                      "t63"."cina_assessment_auth_date",
                      "t63"."cina_assessment_child_seen",
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
                    ) AS "t63"
                    INNER JOIN "_months" AS "t19"
                      ON "t63"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t63"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t96"
                ) AS "t113"
                GROUP BY
                  1,
                  2
              ) AS "t158"
                ON "t18"."la_code" = "t158"."la_code" AND "t19"."month" = "t158"."month"
              INNER JOIN (
                SELECT
                  "t186"."la_code",
                  "t186"."month",
                  "t186"."pop_year",
                  "t186"."population",
                  "t186"."year" AS "year_used"
                FROM (
                  SELECT
                    "t137"."la_code",
                    "t137"."month",
                    "t137"."month_end",
                    "t137"."rolling_start",
                    "t137"."pop_year",
                    "t137"."year",
                    "t137"."population",
                    "t137"."source",
                    "t137"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t137"."la_code", "t137"."month"
                      ORDER BY "t137"."distance" ASC, "t137"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t97"."la_code",
                      "t97"."month",
                      "t97"."month_end",
                      "t97"."rolling_start",
                      "t97"."pop_year",
                      "t97"."year",
                      "t97"."population",
                      "t97"."source",
                      ABS("t97"."year" - "t97"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t68"."year",
                        "t68"."population",
                        "t68"."source"
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
                            FROM "t22"
                          )
                      ) AS "t68"
                        ON "t18"."la_code" = "t68"."la_code"
                    ) AS "t97"
                  ) AS "t137"
                ) AS "t186"
                WHERE
                  "t186"."rank" = 0
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t248"
            ORDER BY
              "t248"."la_code" ASC,
              "t248"."month" ASC
          ) AS "t280"
        ) AS "t289"
      ) AS "t355"
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
              "t310"."la_code",
              "t310"."month",
              'assessments_in_timescale' AS "indicator",
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
                COALESCE("t278"."numerator", 0) AS "numerator",
                COALESCE("t278"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t234"."la_code",
                  "t234"."month",
                  SUM(CAST("t234"."_kept" AND COALESCE("t234"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t234"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t198"."la_code",
                    "t198"."cina_assessment_id",
                    "t198"."cina_person_id",
                    "t198"."cina_referral_id",
                    "t198"."cina_assessment_start_date",
                    "t198"."cina_assessment_auth_date",
                    "t198"."cina_assessment_child_seen",
                    "t198"."month",
                    "t198"."month_end",
                    "t198"."rolling_start",
                    "t198"."pop_year",
                    "t198"."la_code_right",
                    "t198"."cine_referral_id",
                    "t198"."cine_referral_date",
                    "t198"."_start",
                    "t198"."_wd_b" - "t198"."_wd_a" AS "wd",
                    (
                      "t198"."_wd_b" - "t198"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t162"."la_code",
                      "t162"."cina_assessment_id",
                      "t162"."cina_person_id",
                      "t162"."cina_referral_id",
                      "t162"."cina_assessment_start_date",
                      "t162"."cina_assessment_auth_date",
                      "t162"."cina_assessment_child_seen",
                      "t162"."month",
                      "t162"."month_end",
                      "t162"."rolling_start",
                      "t162"."pop_year",
                      "t162"."la_code_right",
                      "t162"."cine_referral_id",
                      "t162"."cine_referral_date",
                      "t162"."_start",
                      "t45"."_wd_a",
                      "t47"."_wd_b"
                    FROM (
                      SELECT
                        "t126"."la_code",
                        "t126"."cina_assessment_id",
                        "t126"."cina_person_id",
                        "t126"."cina_referral_id",
                        "t126"."cina_assessment_start_date",
                        "t126"."cina_assessment_auth_date",
                        "t126"."cina_assessment_child_seen",
                        "t126"."month",
                        "t126"."month_end",
                        "t126"."rolling_start",
                        "t126"."pop_year",
                        "t126"."la_code_right",
                        "t126"."cine_referral_id",
                        "t126"."cine_referral_date",
                        COALESCE("t126"."cine_referral_date", "t126"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t63"."la_code",
                          "t63"."cina_assessment_id",
                          "t63"."cina_person_id",
                          "t63"."cina_referral_id",
                          "t63"."cina_assessment_start_date",
                          "t63"."cina_assessment_auth_date",
                          "t63"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t86"."la_code" AS "la_code_right",
                          "t86"."cine_referral_id",
                          "t86"."cine_referral_date"
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
                        ) AS "t63"
                        INNER JOIN "_months" AS "t19"
                          ON "t63"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t63"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t65"."la_code",
                            "t65"."cine_referral_id",
                            "t65"."cine_referral_date"
                          FROM "t51" AS "t65"
                        ) AS "t86"
                          ON "t63"."la_code" = "t86"."la_code"
                          AND "t63"."cina_referral_id" = "t86"."cine_referral_id"
                      ) AS "t126"
                    ) AS "t162"
                    LEFT OUTER JOIN "t23" AS "t45"
                      ON "t162"."_start" = "t45"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t47"
                      ON "t162"."cina_assessment_auth_date" = "t47"."_wd_b__date"
                  ) AS "t198"
                ) AS "t234"
                GROUP BY
                  1,
                  2
              ) AS "t278"
                ON "t18"."la_code" = "t278"."la_code" AND "t19"."month" = "t278"."month"
            ) AS "t310"
            ORDER BY
              "t310"."la_code" ASC,
              "t310"."month" ASC
          ) AS "t335"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t249"."la_code",
              "t249"."month",
              's47_per_10k' AS "indicator",
              "t249"."numerator",
              "t249"."denominator",
              "t249"."excluded",
              (
                CAST("t249"."numerator" AS DOUBLE) / "t249"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t177"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t216"."population" AS "denominator"
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
                    "t106"."s47e_s47_enquiry_id",
                    "t106"."s47e_person_id",
                    "t106"."s47e_referral_id",
                    "t106"."s47e_s47_start_date",
                    "t106"."s47e_s47_end_date",
                    "t106"."s47e_s47_nfa",
                    "t106"."month",
                    "t106"."month_end",
                    "t106"."rolling_start",
                    "t106"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t75"."la_code",
                      "t75"."s47e_s47_enquiry_id",
                      "t75"."s47e_person_id",
                      "t75"."s47e_referral_id",
                      "t75"."s47e_s47_start_date",
                      "t75"."s47e_s47_end_date",
                      "t75"."s47e_s47_nfa",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t52" AS "t75"
                    INNER JOIN "_months" AS "t19"
                      ON "t75"."s47e_s47_start_date" >= "t19"."rolling_start"
                      AND "t75"."s47e_s47_start_date" <= "t19"."month_end"
                  ) AS "t106"
                ) AS "t127"
                GROUP BY
                  1,
                  2
              ) AS "t177"
                ON "t18"."la_code" = "t177"."la_code" AND "t19"."month" = "t177"."month"
              INNER JOIN (
                SELECT
                  "t186"."la_code",
                  "t186"."month",
                  "t186"."pop_year",
                  "t186"."population",
                  "t186"."year" AS "year_used"
                FROM (
                  SELECT
                    "t137"."la_code",
                    "t137"."month",
                    "t137"."month_end",
                    "t137"."rolling_start",
                    "t137"."pop_year",
                    "t137"."year",
                    "t137"."population",
                    "t137"."source",
                    "t137"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t137"."la_code", "t137"."month"
                      ORDER BY "t137"."distance" ASC, "t137"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t97"."la_code",
                      "t97"."month",
                      "t97"."month_end",
                      "t97"."rolling_start",
                      "t97"."pop_year",
                      "t97"."year",
                      "t97"."population",
                      "t97"."source",
                      ABS("t97"."year" - "t97"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t68"."year",
                        "t68"."population",
                        "t68"."source"
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
                            FROM "t22"
                          )
                      ) AS "t68"
                        ON "t18"."la_code" = "t68"."la_code"
                    ) AS "t97"
                  ) AS "t137"
                ) AS "t186"
                WHERE
                  "t186"."rank" = 0
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t249"
            ORDER BY
              "t249"."la_code" ASC,
              "t249"."month" ASC
          ) AS "t281"
        ) AS "t340"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t306"."la_code",
              "t306"."month",
              'icpc_in_15wd' AS "indicator",
              "t306"."numerator",
              "t306"."denominator",
              "t306"."excluded",
              CASE
                WHEN "t306"."denominator" > 0
                THEN (
                  CAST("t306"."numerator" AS DOUBLE) / "t306"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t275"."numerator", 0) AS "numerator",
                COALESCE("t275"."denominator", 0) AS "denominator",
                COALESCE("t275"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t228"."la_code",
                  "t228"."month",
                  SUM(CAST("t228"."_kept" AND COALESCE("t228"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t228"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t228"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t187"."la_code",
                    "t187"."icpc_icpc_id",
                    "t187"."icpc_person_id",
                    "t187"."icpc_s47_enquiry_id",
                    "t187"."icpc_cp_plan_id",
                    "t187"."icpc_icpc_date",
                    "t187"."icpc_icpc_outcome_cp_flag",
                    "t187"."icpc_icpc_transfer_in",
                    "t187"."month",
                    "t187"."month_end",
                    "t187"."rolling_start",
                    "t187"."pop_year",
                    "t187"."la_code_right",
                    "t187"."s47e_s47_enquiry_id",
                    "t187"."s47e_s47_start_date",
                    "t187"."_wd_b" - "t187"."_wd_a" AS "wd",
                    "t187"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t187"."_wd_b" - "t187"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t187"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t143"."la_code",
                      "t143"."icpc_icpc_id",
                      "t143"."icpc_person_id",
                      "t143"."icpc_s47_enquiry_id",
                      "t143"."icpc_cp_plan_id",
                      "t143"."icpc_icpc_date",
                      "t143"."icpc_icpc_outcome_cp_flag",
                      "t143"."icpc_icpc_transfer_in",
                      "t143"."month",
                      "t143"."month_end",
                      "t143"."rolling_start",
                      "t143"."pop_year",
                      "t87"."la_code" AS "la_code_right",
                      "t87"."s47e_s47_enquiry_id",
                      "t87"."s47e_s47_start_date",
                      "t46"."_wd_a",
                      "t48"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t69"."la_code",
                          "t69"."icpc_icpc_id",
                          "t69"."icpc_person_id",
                          "t69"."icpc_s47_enquiry_id",
                          "t69"."icpc_cp_plan_id",
                          "t69"."icpc_icpc_date",
                          "t69"."icpc_icpc_outcome_cp_flag",
                          "t69"."icpc_icpc_transfer_in",
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
                        ) AS "t69"
                        INNER JOIN "_months" AS "t19"
                          ON "t69"."icpc_icpc_date" >= "t19"."month"
                          AND "t69"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t98"
                      WHERE
                        NOT (
                          COALESCE("t98"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t143"
                    LEFT OUTER JOIN (
                      SELECT
                        "t66"."la_code",
                        "t66"."s47e_s47_enquiry_id",
                        "t66"."s47e_s47_start_date"
                      FROM "t52" AS "t66"
                    ) AS "t87"
                      ON "t143"."la_code" = "t87"."la_code"
                      AND "t143"."icpc_s47_enquiry_id" = "t87"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t23" AS "t46"
                      ON "t87"."s47e_s47_start_date" = "t46"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t48"
                      ON "t143"."icpc_icpc_date" = "t48"."_wd_b__date"
                  ) AS "t187"
                ) AS "t228"
                GROUP BY
                  1,
                  2
              ) AS "t275"
                ON "t18"."la_code" = "t275"."la_code" AND "t19"."month" = "t275"."month"
            ) AS "t306"
            ORDER BY
              "t306"."la_code" ASC,
              "t306"."month" ASC
          ) AS "t333"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t263"."la_code",
              "t263"."month",
              'cp_count' AS "indicator",
              "t263"."numerator",
              "t263"."denominator",
              "t263"."excluded",
              CAST("t263"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t241"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  SUM(CAST("t200"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t184"."la_code",
                    "t184"."month",
                    "t184"."month_end",
                    "t184"."cppl_person_id",
                    "t184"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t184"
                ) AS "t200"
                GROUP BY
                  1,
                  2
              ) AS "t241"
                ON "t18"."la_code" = "t241"."la_code" AND "t19"."month" = "t241"."month"
            ) AS "t263"
            ORDER BY
              "t263"."la_code" ASC,
              "t263"."month" ASC
          ) AS "t287"
        ) AS "t336"
      ) AS "t346"
    ) AS "t358"
  ) AS "t385"
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
                COALESCE("t241"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t216"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  SUM(CAST("t200"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t184"."la_code",
                    "t184"."month",
                    "t184"."month_end",
                    "t184"."cppl_person_id",
                    "t184"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t184"
                ) AS "t200"
                GROUP BY
                  1,
                  2
              ) AS "t241"
                ON "t18"."la_code" = "t241"."la_code" AND "t19"."month" = "t241"."month"
              INNER JOIN (
                SELECT
                  "t186"."la_code",
                  "t186"."month",
                  "t186"."pop_year",
                  "t186"."population",
                  "t186"."year" AS "year_used"
                FROM (
                  SELECT
                    "t137"."la_code",
                    "t137"."month",
                    "t137"."month_end",
                    "t137"."rolling_start",
                    "t137"."pop_year",
                    "t137"."year",
                    "t137"."population",
                    "t137"."source",
                    "t137"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t137"."la_code", "t137"."month"
                      ORDER BY "t137"."distance" ASC, "t137"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t97"."la_code",
                      "t97"."month",
                      "t97"."month_end",
                      "t97"."rolling_start",
                      "t97"."pop_year",
                      "t97"."year",
                      "t97"."population",
                      "t97"."source",
                      ABS("t97"."year" - "t97"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t68"."year",
                        "t68"."population",
                        "t68"."source"
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
                            FROM "t22"
                          )
                      ) AS "t68"
                        ON "t18"."la_code" = "t68"."la_code"
                    ) AS "t97"
                  ) AS "t137"
                ) AS "t186"
                WHERE
                  "t186"."rank" = 0
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t264"
            ORDER BY
              "t264"."la_code" ASC,
              "t264"."month" ASC
          ) AS "t302"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t205"."la_code",
              "t205"."month",
              'cp_starts' AS "indicator",
              "t205"."numerator",
              "t205"."denominator",
              "t205"."excluded",
              CAST("t205"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t178"."numerator", 0) AS "numerator",
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
                    "t107"."la_code",
                    "t107"."cppl_cp_plan_id",
                    "t107"."cppl_person_id",
                    "t107"."cppl_cp_plan_start_date",
                    "t107"."cppl_cp_plan_end_date",
                    "t107"."cppl_cp_plan_initial_category",
                    "t107"."cppl_cp_plan_latest_category",
                    "t107"."cppl_icpc_id",
                    "t107"."month",
                    "t107"."month_end",
                    "t107"."rolling_start",
                    "t107"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t76"."la_code",
                      "t76"."cppl_cp_plan_id",
                      "t76"."cppl_person_id",
                      "t76"."cppl_cp_plan_start_date",
                      "t76"."cppl_cp_plan_end_date",
                      "t76"."cppl_cp_plan_initial_category",
                      "t76"."cppl_cp_plan_latest_category",
                      "t76"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t53" AS "t76"
                    INNER JOIN "_months" AS "t19"
                      ON "t76"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t76"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t107"
                ) AS "t128"
                GROUP BY
                  1,
                  2
              ) AS "t178"
                ON "t18"."la_code" = "t178"."la_code" AND "t19"."month" = "t178"."month"
            ) AS "t205"
            ORDER BY
              "t205"."la_code" ASC,
              "t205"."month" ASC
          ) AS "t235"
        ) AS "t311"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t259"."la_code",
              "t259"."month",
              'cp_second_or_subsequent' AS "indicator",
              "t259"."numerator",
              "t259"."denominator",
              "t259"."excluded",
              CASE
                WHEN "t259"."denominator" > 0
                THEN (
                  CAST("t259"."numerator" AS DOUBLE) / "t259"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t237"."numerator", 0) AS "numerator",
                COALESCE("t237"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t180"."la_code",
                  "t180"."month",
                  SUM(CAST("t180"."_kept" AND COALESCE("t180"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t180"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t154"."la_code",
                    "t154"."cppl_cp_plan_id",
                    "t154"."cppl_person_id",
                    "t154"."cppl_cp_plan_start_date",
                    "t154"."cppl_cp_plan_end_date",
                    "t154"."cppl_cp_plan_initial_category",
                    "t154"."cppl_cp_plan_latest_category",
                    "t154"."cppl_icpc_id",
                    "t154"."hit",
                    "t154"."month",
                    "t154"."month_end",
                    "t154"."rolling_start",
                    "t154"."pop_year",
                    TRUE AS "_kept"
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
                      "t118"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t67"."la_code",
                        "t67"."cppl_cp_plan_id",
                        "t67"."cppl_person_id",
                        "t67"."cppl_cp_plan_start_date",
                        "t67"."cppl_cp_plan_end_date",
                        "t67"."cppl_cp_plan_initial_category",
                        "t67"."cppl_cp_plan_latest_category",
                        "t67"."cppl_icpc_id",
                        "t67"."cppl_cp_plan_start_date" > MIN("t67"."cppl_cp_plan_start_date") OVER (
                          PARTITION BY "t67"."la_code", "t67"."cppl_person_id"
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "hit"
                      FROM "t53" AS "t67"
                    ) AS "t118"
                    INNER JOIN "_months" AS "t19"
                      ON "t118"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t118"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t154"
                ) AS "t180"
                GROUP BY
                  1,
                  2
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t259"
            ORDER BY
              "t259"."la_code" ASC,
              "t259"."month" ASC
          ) AS "t305"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t246"."la_code",
              "t246"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t246"."numerator",
              "t246"."denominator",
              "t246"."excluded",
              CASE
                WHEN "t246"."denominator" > 0
                THEN (
                  CAST("t246"."numerator" AS DOUBLE) / "t246"."denominator"
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
                  "t153"."la_code",
                  "t153"."month",
                  SUM(CAST("t153"."_kept" AND COALESCE("t153"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t153"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t108"."la_code",
                    "t108"."cppl_cp_plan_id",
                    "t108"."cppl_person_id",
                    "t108"."cppl_cp_plan_start_date",
                    "t108"."cppl_cp_plan_end_date",
                    "t108"."cppl_cp_plan_initial_category",
                    "t108"."cppl_cp_plan_latest_category",
                    "t108"."cppl_icpc_id",
                    "t108"."month",
                    "t108"."month_end",
                    "t108"."rolling_start",
                    "t108"."pop_year",
                    (
                      DATE_DIFF('DAY', "t108"."cppl_cp_plan_start_date", "t108"."cppl_cp_plan_end_date") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t76"."la_code",
                      "t76"."cppl_cp_plan_id",
                      "t76"."cppl_person_id",
                      "t76"."cppl_cp_plan_start_date",
                      "t76"."cppl_cp_plan_end_date",
                      "t76"."cppl_cp_plan_initial_category",
                      "t76"."cppl_cp_plan_latest_category",
                      "t76"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t53" AS "t76"
                    INNER JOIN "_months" AS "t19"
                      ON "t76"."cppl_cp_plan_end_date" >= "t19"."rolling_start"
                      AND "t76"."cppl_cp_plan_end_date" <= "t19"."month_end"
                  ) AS "t108"
                ) AS "t153"
                GROUP BY
                  1,
                  2
              ) AS "t215"
                ON "t18"."la_code" = "t215"."la_code" AND "t19"."month" = "t215"."month"
            ) AS "t246"
            ORDER BY
              "t246"."la_code" ASC,
              "t246"."month" ASC
          ) AS "t286"
        ) AS "t312"
      ) AS "t316"
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
              "t303"."la_code",
              "t303"."month",
              'cp_open_2yrs' AS "indicator",
              "t303"."numerator",
              "t303"."denominator",
              "t303"."excluded",
              CASE
                WHEN "t303"."denominator" > 0
                THEN (
                  CAST("t303"."numerator" AS DOUBLE) / "t303"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t274"."numerator", 0) AS "numerator",
                COALESCE("t274"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t224"."la_code",
                  "t224"."month",
                  SUM(CAST("t224"."_kept" AND COALESCE("t224"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t224"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t184"."la_code",
                    "t184"."month",
                    "t184"."month_end",
                    "t184"."cppl_person_id",
                    "t184"."start",
                    (
                      DATE_DIFF('DAY', "t184"."start", "t184"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t184"
                ) AS "t224"
                GROUP BY
                  1,
                  2
              ) AS "t274"
                ON "t18"."la_code" = "t274"."la_code" AND "t19"."month" = "t274"."month"
            ) AS "t303"
            ORDER BY
              "t303"."la_code" ASC,
              "t303"."month" ASC
          ) AS "t332"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t397"."la_code",
              "t397"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t397"."numerator",
              "t397"."denominator",
              "t397"."excluded",
              CASE
                WHEN "t397"."denominator" > 0
                THEN (
                  CAST("t397"."numerator" AS DOUBLE) / "t397"."denominator"
                ) * 100
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
                  "t376"."la_code",
                  "t376"."month",
                  SUM(CAST("t376"."_kept" AND COALESCE("t376"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t376"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t365"."la_code",
                    "t365"."month",
                    "t365"."month_end",
                    "t365"."plan_id",
                    "t365"."start",
                    "t365"."person_id",
                    "t365"."first_due",
                    "t365"."held_n",
                    "t365"."late_n",
                    "t365"."last",
                    CASE
                      WHEN COALESCE("t365"."held_n", 0) = 0
                      THEN "t365"."first_due"
                      WHEN COALESCE("t365"."held_n", 0) = 1
                      THEN "t365"."last" + INTERVAL '6' MONTH
                      ELSE "t365"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t365"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t365"."held_n", 0) = 0
                        THEN "t365"."first_due"
                        WHEN COALESCE("t365"."held_n", 0) = 1
                        THEN "t365"."last" + INTERVAL '6' MONTH
                        ELSE "t365"."last" + INTERVAL '6' MONTH
                      END > "t365"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t192"."la_code",
                      "t192"."month",
                      "t192"."month_end",
                      "t192"."plan_id",
                      "t192"."start",
                      "t192"."person_id",
                      "t192"."first_due",
                      "t347"."held_n",
                      "t347"."late_n",
                      "t347"."last"
                    FROM "t179" AS "t192"
                    LEFT OUTER JOIN (
                      SELECT
                        "t327"."la_code",
                        "t327"."plan_id",
                        "t327"."month",
                        COUNT("t327"."k") AS "held_n",
                        SUM(CAST("t327"."late" AS BIGINT)) AS "late_n",
                        MAX("t327"."date") AS "last"
                      FROM (
                        SELECT
                          "t192"."la_code",
                          "t192"."month",
                          "t192"."month_end",
                          "t192"."plan_id",
                          "t192"."start",
                          "t192"."person_id",
                          "t192"."first_due",
                          "t304"."la_code" AS "la_code_right",
                          "t304"."plan_id" AS "plan_id_right",
                          "t304"."date",
                          "t304"."k",
                          "t304"."late"
                        FROM "t179" AS "t192"
                        INNER JOIN (
                          SELECT
                            "t258"."la_code",
                            "t258"."plan_id",
                            "t258"."date",
                            "t258"."k",
                            "t258"."date" > CASE
                              WHEN "t258"."k" = 0
                              THEN "t258"."first_due"
                              WHEN "t258"."k" = 1
                              THEN "t258"."prev" + INTERVAL '6' MONTH
                              ELSE "t258"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t226"."la_code",
                              "t226"."plan_id",
                              "t226"."date",
                              "t226"."review_id",
                              "t226"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t226"."la_code", "t226"."plan_id"
                                ORDER BY "t226"."date" ASC, "t226"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t226"."date") OVER (
                                PARTITION BY "t226"."la_code", "t226"."plan_id"
                                ORDER BY "t226"."date" ASC, "t226"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t142"."la_code",
                                "t142"."plan_id",
                                "t142"."date",
                                "t142"."review_id",
                                "t142"."first_due"
                              FROM (
                                SELECT
                                  "t110"."la_code",
                                  "t110"."cppr_cp_plan_id" AS "plan_id",
                                  "t110"."cppr_cp_review_date" AS "date",
                                  "t110"."cppr_cp_review_id" AS "review_id",
                                  "t110"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                                FROM (
                                  SELECT
                                    "t72"."la_code",
                                    "t72"."cppr_cp_review_id",
                                    "t72"."cppr_person_id",
                                    "t72"."cppr_cp_plan_id",
                                    "t72"."cppr_cp_review_due",
                                    "t72"."cppr_cp_review_date",
                                    "t77"."cppl_cp_plan_id",
                                    "t77"."cppl_person_id",
                                    "t77"."cppl_cp_plan_start_date",
                                    "t77"."cppl_cp_plan_end_date",
                                    "t77"."cppl_cp_plan_initial_category",
                                    "t77"."cppl_cp_plan_latest_category",
                                    "t77"."cppl_icpc_id"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cp_reviews" AS "t15"
                                    WHERE
                                      "t15"."la_code" IN (
                                        SELECT
                                          *
                                        FROM "t22"
                                      )
                                  ) AS "t72"
                                  INNER JOIN "t53" AS "t77"
                                    ON "t72"."la_code" = "t77"."la_code"
                                    AND "t72"."cppr_cp_plan_id" = "t77"."cppl_cp_plan_id"
                                ) AS "t110"
                                WHERE
                                  "t110"."cppr_cp_review_date" >= "t110"."cppl_cp_plan_start_date"
                              ) AS "t142"
                              SEMI JOIN "t179" AS "t193"
                                ON "t142"."la_code" = "t193"."la_code" AND "t142"."plan_id" = "t193"."plan_id"
                            ) AS "t226"
                          ) AS "t258"
                        ) AS "t304"
                          ON "t192"."la_code" = "t304"."la_code"
                          AND "t192"."plan_id" = "t304"."plan_id"
                          AND "t304"."date" <= "t192"."month_end"
                      ) AS "t327"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t347"
                      ON "t192"."la_code" = "t347"."la_code"
                      AND "t192"."plan_id" = "t347"."plan_id"
                      AND "t192"."month" = "t347"."month"
                  ) AS "t365"
                ) AS "t376"
                GROUP BY
                  1,
                  2
              ) AS "t389"
                ON "t18"."la_code" = "t389"."la_code" AND "t19"."month" = "t389"."month"
            ) AS "t397"
            ORDER BY
              "t397"."la_code" ASC,
              "t397"."month" ASC
          ) AS "t402"
        ) AS "t404"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t383"."la_code",
              "t383"."month",
              'cp_visits_in_timescale' AS "indicator",
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
                COALESCE("t375"."numerator", 0) AS "numerator",
                COALESCE("t375"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t364"."la_code",
                  "t364"."month",
                  SUM(CAST("t364"."_kept" AND COALESCE("t364"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t364"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t341"."la_code",
                    "t341"."month",
                    "t341"."month_end",
                    "t341"."cppl_person_id",
                    "t341"."start",
                    "t341"."wd_open",
                    "t341"."last_visit",
                    "t341"."_wd_b" - "t341"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t341"."_wd_b" - "t341"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t341"."_wd_b" - "t341"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t326"."la_code",
                      "t326"."month",
                      "t326"."month_end",
                      "t326"."cppl_person_id",
                      "t326"."start",
                      "t326"."wd_open",
                      "t326"."last_visit",
                      "t45"."_wd_a",
                      "t47"."_wd_b"
                    FROM (
                      SELECT
                        "t315".*
                        EXCLUDE ("latest")
                      FROM (
                        SELECT
                          "t288"."la_code",
                          "t288"."month",
                          "t288"."month_end",
                          "t288"."cppl_person_id",
                          "t288"."start",
                          "t288"."wd_open",
                          "t288"."latest",
                          CASE WHEN "t288"."latest" >= "t288"."start" THEN "t288"."latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t257"."la_code",
                            "t257"."month",
                            "t257"."month_end",
                            "t257"."cppl_person_id",
                            "t257"."start",
                            "t257"."wd_open",
                            "t220"."latest"
                          FROM (
                            SELECT
                              "t225"."la_code",
                              "t225"."month",
                              "t225"."month_end",
                              "t225"."cppl_person_id",
                              "t225"."start",
                              "t225"."_wd_b" - "t225"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t191"."la_code",
                                "t191"."month",
                                "t191"."month_end",
                                "t191"."cppl_person_id",
                                "t191"."start",
                                "t45"."_wd_a",
                                "t47"."_wd_b"
                              FROM "cohort_on_plan" AS "t191"
                              LEFT OUTER JOIN "t23" AS "t45"
                                ON "t191"."start" = "t45"."_wd_a__date"
                              LEFT OUTER JOIN "t24" AS "t47"
                                ON "t191"."month_end" = "t47"."_wd_b__date"
                            ) AS "t225"
                            WHERE
                              (
                                "t225"."_wd_b" - "t225"."_wd_a"
                              ) > 10
                          ) AS "t257"
                          LEFT OUTER JOIN (
                            SELECT
                              "t195"."la_code",
                              "t195"."month",
                              "t195"."cppv_person_id" AS "cppl_person_id",
                              "t195"."latest"
                            FROM (
                              SELECT
                                "t170"."la_code",
                                "t170"."month",
                                "t170"."cppv_person_id",
                                MAX("t170"."cppv_cp_visit_date") AS "latest"
                              FROM (
                                SELECT
                                  "t132"."la_code",
                                  "t132"."cppv_person_id",
                                  "t132"."cppv_cp_visit_date",
                                  "t94"."month",
                                  "t94"."month_end",
                                  "t94"."_from"
                                FROM (
                                  SELECT
                                    "t101"."la_code",
                                    "t101"."cppv_person_id",
                                    "t101"."cppv_cp_visit_date"
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
                                    ) AS "t60"
                                    WHERE
                                      COALESCE("t60"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t60"."la_code" IN (
                                          SELECT
                                            "t16"."la_code"
                                          FROM "_supplied" AS "t16"
                                          WHERE
                                            "t16"."table_name" = 'ssd_cp_visits'
                                            AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t101"
                                ) AS "t132"
                                INNER JOIN (
                                  SELECT
                                    "t21"."month",
                                    "t21"."month_end",
                                    "t38"."_d" AS "_from"
                                  FROM "_months" AS "t21"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_e_ord",
                                      "t8"."date" AS "_e_ord__date"
                                    FROM "_calendar" AS "t8"
                                  ) AS "t36"
                                    ON "t21"."month_end" = "t36"."_e_ord__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."date" AS "_d",
                                      "t8"."wd_ordinal" AS "_d_ord"
                                    FROM "_calendar" AS "t8"
                                    WHERE
                                      "t8"."is_working_day"
                                  ) AS "t38"
                                    ON (
                                      "t36"."_e_ord" - 10
                                    ) = "t38"."_d_ord"
                                ) AS "t94"
                                  ON "t132"."cppv_cp_visit_date" >= "t94"."_from"
                                  AND "t132"."cppv_cp_visit_date" <= "t94"."month_end"
                              ) AS "t170"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t195"
                          ) AS "t220"
                            ON "t257"."la_code" = "t220"."la_code"
                            AND "t257"."month" = "t220"."month"
                            AND "t257"."cppl_person_id" = "t220"."cppl_person_id"
                        ) AS "t288"
                      ) AS "t315"
                    ) AS "t326"
                    LEFT OUTER JOIN "t23" AS "t45"
                      ON "t326"."last_visit" = "t45"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t47"
                      ON "t326"."month_end" = "t47"."_wd_b__date"
                  ) AS "t341"
                ) AS "t364"
                GROUP BY
                  1,
                  2
              ) AS "t375"
                ON "t18"."la_code" = "t375"."la_code" AND "t19"."month" = "t375"."month"
            ) AS "t383"
            ORDER BY
              "t383"."la_code" ASC,
              "t383"."month" ASC
          ) AS "t395"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t328"."la_code",
              "t328"."month",
              'cla_count' AS "indicator",
              "t328"."numerator",
              "t328"."denominator",
              "t328"."excluded",
              CAST("t328"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t307"."numerator", 0) AS "numerator",
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
                    "t254"."la_code",
                    "t254"."month",
                    "t254"."month_end",
                    "t254"."rolling_start",
                    "t254"."person_id",
                    "t254"."cla_id",
                    "t254"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t254"
                ) AS "t268"
                GROUP BY
                  1,
                  2
              ) AS "t307"
                ON "t18"."la_code" = "t307"."la_code" AND "t19"."month" = "t307"."month"
            ) AS "t328"
            ORDER BY
              "t328"."la_code" ASC,
              "t328"."month" ASC
          ) AS "t337"
        ) AS "t396"
      ) AS "t405"
    ) AS "t406"
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
              "t329"."la_code",
              "t329"."month",
              'cla_per_10k' AS "indicator",
              "t329"."numerator",
              "t329"."denominator",
              "t329"."excluded",
              (
                CAST("t329"."numerator" AS DOUBLE) / "t329"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t307"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t216"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t268"."la_code",
                  "t268"."month",
                  SUM(CAST("t268"."_kept" AS BIGINT)) AS "numerator"
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
                ) AS "t268"
                GROUP BY
                  1,
                  2
              ) AS "t307"
                ON "t18"."la_code" = "t307"."la_code" AND "t19"."month" = "t307"."month"
              INNER JOIN (
                SELECT
                  "t186"."la_code",
                  "t186"."month",
                  "t186"."pop_year",
                  "t186"."population",
                  "t186"."year" AS "year_used"
                FROM (
                  SELECT
                    "t137"."la_code",
                    "t137"."month",
                    "t137"."month_end",
                    "t137"."rolling_start",
                    "t137"."pop_year",
                    "t137"."year",
                    "t137"."population",
                    "t137"."source",
                    "t137"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t137"."la_code", "t137"."month"
                      ORDER BY "t137"."distance" ASC, "t137"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t97"."la_code",
                      "t97"."month",
                      "t97"."month_end",
                      "t97"."rolling_start",
                      "t97"."pop_year",
                      "t97"."year",
                      "t97"."population",
                      "t97"."source",
                      ABS("t97"."year" - "t97"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t68"."year",
                        "t68"."population",
                        "t68"."source"
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
                            FROM "t22"
                          )
                      ) AS "t68"
                        ON "t18"."la_code" = "t68"."la_code"
                    ) AS "t97"
                  ) AS "t137"
                ) AS "t186"
                WHERE
                  "t186"."rank" = 0
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t329"
            ORDER BY
              "t329"."la_code" ASC,
              "t329"."month" ASC
          ) AS "t348"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t269"."la_code",
              "t269"."month",
              'cla_starts' AS "indicator",
              "t269"."numerator",
              "t269"."denominator",
              "t269"."excluded",
              CAST("t269"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t243"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t202"."la_code",
                  "t202"."month",
                  SUM(CAST("t202"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t188"."la_code",
                    "t188"."first_episode_start",
                    "t188"."clae_person_id",
                    "t188"."cla_id",
                    "t188"."period_start",
                    "t188"."month",
                    "t188"."month_end",
                    "t188"."rolling_start",
                    "t188"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t146"."la_code",
                      "t146"."first_episode_start",
                      "t146"."clae_person_id",
                      "t146"."cla_id",
                      "t146"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t146"
                    INNER JOIN "_months" AS "t19"
                      ON "t146"."first_episode_start" >= "t19"."month"
                      AND "t146"."first_episode_start" <= "t19"."month_end"
                  ) AS "t188"
                ) AS "t202"
                GROUP BY
                  1,
                  2
              ) AS "t243"
                ON "t18"."la_code" = "t243"."la_code" AND "t19"."month" = "t243"."month"
            ) AS "t269"
            ORDER BY
              "t269"."la_code" ASC,
              "t269"."month" ASC
          ) AS "t291"
        ) AS "t351"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t399"."la_code",
              "t399"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t399"."numerator",
              "t399"."denominator",
              "t399"."excluded",
              CASE
                WHEN "t399"."denominator" > 0
                THEN (
                  CAST("t399"."numerator" AS DOUBLE) / "t399"."denominator"
                ) * 100
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
                  "t377"."la_code",
                  "t377"."month",
                  SUM(CAST("t377"."_kept" AND COALESCE("t377"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t377"."_kept" AS BIGINT)) AS "denominator"
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
                    "t366"."v",
                    CASE
                      WHEN "t366"."v" IS NULL
                      THEN "t366"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t366"."long_term", FALSE)
                      AND (
                        "t366"."v" >= (
                          "t366"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t366"."v" + INTERVAL '91' DAY
                      ELSE "t366"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t366"."v" IS NULL
                      THEN "t366"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t366"."long_term", FALSE)
                      AND (
                        "t366"."v" >= (
                          "t366"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t366"."v" + INTERVAL '91' DAY
                      ELSE "t366"."v" + INTERVAL '42' DAY
                    END >= "t366"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t361".*
                      EXCLUDE ("latest")
                    FROM (
                      SELECT
                        "t343"."la_code",
                        "t343"."month",
                        "t343"."month_end",
                        "t343"."rolling_start",
                        "t343"."person_id",
                        "t343"."cla_id",
                        "t343"."episode_start",
                        "t343"."placement_start",
                        "t343"."long_term",
                        "t343"."p",
                        "t343"."latest",
                        CASE WHEN "t343"."latest" >= "t343"."p" THEN "t343"."latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t330"."la_code",
                          "t330"."month",
                          "t330"."month_end",
                          "t330"."rolling_start",
                          "t330"."person_id",
                          "t330"."cla_id",
                          "t330"."episode_start",
                          "t330"."placement_start",
                          "t330"."long_term",
                          "t330"."p",
                          "t219"."latest"
                        FROM (
                          SELECT
                            "t299"."la_code",
                            "t299"."month",
                            "t299"."month_end",
                            "t299"."rolling_start",
                            "t299"."person_id",
                            "t299"."cla_id",
                            "t299"."episode_start",
                            "t299"."placement_start",
                            "t299"."long_term",
                            COALESCE("t299"."placement_start", "t299"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t260"."la_code",
                              "t260"."month",
                              "t260"."month_end",
                              "t260"."rolling_start",
                              "t260"."person_id",
                              "t260"."cla_id",
                              "t260"."episode_start",
                              "t271"."placement_start",
                              "t271"."long_term"
                            FROM "cohort_looked_after" AS "t260"
                            LEFT OUTER JOIN (
                              SELECT
                                "t181"."la_code",
                                "t19"."month",
                                "t181"."clap_cla_id" AS "cla_id",
                                "t181"."clap_cla_placement_start_date" AS "placement_start",
                                "t181"."clap_long_term" AS "long_term"
                              FROM "t155" AS "t181"
                              INNER JOIN "_months" AS "t19"
                                ON "t181"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t181"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t181"."la_code",
                                  "t181"."clap_cla_placement_id" AS "_superseded",
                                  "t182"."clap_cla_placement_start_date" AS "_start",
                                  "t182"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t155" AS "t181"
                                INNER JOIN "t155" AS "t182"
                                  ON "t181"."la_code" = "t182"."la_code"
                                  AND "t181"."clap_cla_id" = "t182"."clap_cla_id"
                                  AND (
                                    (
                                      "t182"."clap_cla_placement_start_date" > "t181"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      (
                                        "t182"."clap_cla_placement_start_date" = "t181"."clap_cla_placement_start_date"
                                      )
                                      AND (
                                        "t182"."clap_cla_placement_id" > "t181"."clap_cla_placement_id"
                                      )
                                    )
                                  )
                                  AND (
                                    (
                                      "t181"."clap_cla_placement_end_date" IS NULL
                                    )
                                    OR (
                                      "t182"."clap_cla_placement_start_date" < "t181"."clap_cla_placement_end_date"
                                    )
                                  )
                                INNER JOIN "_months" AS "t20"
                                  ON "t182"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t182"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t239"
                                ON "t181"."la_code" = "t239"."la_code"
                                AND "t19"."month" = "t239"."month"
                                AND "t181"."clap_cla_placement_id" = "t239"."_superseded"
                            ) AS "t271"
                              ON "t260"."la_code" = "t271"."la_code"
                              AND "t260"."month" = "t271"."month"
                              AND "t260"."cla_id" = "t271"."cla_id"
                          ) AS "t299"
                          WHERE
                            COALESCE("t299"."placement_start", "t299"."episode_start") <= (
                              "t299"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t330"
                        LEFT OUTER JOIN (
                          SELECT
                            "t194"."la_code",
                            "t194"."month",
                            "t194"."clav_person_id" AS "person_id",
                            "t194"."latest"
                          FROM (
                            SELECT
                              "t169"."la_code",
                              "t169"."month",
                              "t169"."clav_person_id",
                              MAX("t169"."clav_cla_visit_date") AS "latest"
                            FROM (
                              SELECT
                                "t131"."la_code",
                                "t131"."clav_person_id",
                                "t131"."clav_cla_visit_date",
                                "t44"."month",
                                "t44"."month_end",
                                "t44"."_from"
                              FROM (
                                SELECT
                                  "t100"."la_code",
                                  "t100"."clav_person_id",
                                  "t100"."clav_cla_visit_date"
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
                                  ) AS "t59"
                                  WHERE
                                    COALESCE("t59"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t59"."la_code" IN (
                                        SELECT
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_visits'
                                          AND "t16"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t100"
                              ) AS "t131"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t44"
                                ON "t131"."clav_cla_visit_date" >= "t44"."_from"
                                AND "t131"."clav_cla_visit_date" <= "t44"."month_end"
                            ) AS "t169"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t194"
                        ) AS "t219"
                          ON "t330"."la_code" = "t219"."la_code"
                          AND "t330"."month" = "t219"."month"
                          AND "t330"."person_id" = "t219"."person_id"
                      ) AS "t343"
                    ) AS "t361"
                  ) AS "t366"
                ) AS "t377"
                GROUP BY
                  1,
                  2
              ) AS "t392"
                ON "t18"."la_code" = "t392"."la_code" AND "t19"."month" = "t392"."month"
            ) AS "t399"
            ORDER BY
              "t399"."la_code" ASC,
              "t399"."month" ASC
          ) AS "t403"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t411"."la_code",
              "t411"."month",
              'cla_reviews_in_timescale' AS "indicator",
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
                COALESCE("t410"."numerator", 0) AS "numerator",
                COALESCE("t410"."denominator", 0) AS "denominator",
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
                    "t407"."la_code",
                    "t407"."month",
                    "t407"."month_end",
                    "t407"."first_due",
                    "t407"."person_id",
                    "t407"."period_start",
                    "t407"."plan_id",
                    "t407"."held_n",
                    "t407"."late_n",
                    "t407"."last",
                    CASE
                      WHEN COALESCE("t407"."held_n", 0) = 0
                      THEN "t407"."first_due"
                      WHEN COALESCE("t407"."held_n", 0) = 1
                      THEN "t407"."last" + INTERVAL '3' MONTH
                      ELSE "t407"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t407"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t407"."held_n", 0) = 0
                        THEN "t407"."first_due"
                        WHEN COALESCE("t407"."held_n", 0) = 1
                        THEN "t407"."last" + INTERVAL '3' MONTH
                        ELSE "t407"."last" + INTERVAL '6' MONTH
                      END > "t407"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t359"."la_code",
                      "t359"."month",
                      "t359"."month_end",
                      "t359"."first_due",
                      "t359"."person_id",
                      "t359"."period_start",
                      "t359"."plan_id",
                      "t401"."held_n",
                      "t401"."late_n",
                      "t401"."last"
                    FROM "t353" AS "t359"
                    LEFT OUTER JOIN (
                      SELECT
                        "t398"."la_code",
                        "t398"."plan_id",
                        "t398"."month",
                        COUNT("t398"."k") AS "held_n",
                        SUM(CAST("t398"."late" AS BIGINT)) AS "late_n",
                        MAX("t398"."date") AS "last"
                      FROM (
                        SELECT
                          "t359"."la_code",
                          "t359"."month",
                          "t359"."month_end",
                          "t359"."first_due",
                          "t359"."person_id",
                          "t359"."period_start",
                          "t359"."plan_id",
                          "t391"."la_code" AS "la_code_right",
                          "t391"."plan_id" AS "plan_id_right",
                          "t391"."date",
                          "t391"."k",
                          "t391"."late"
                        FROM "t353" AS "t359"
                        INNER JOIN (
                          SELECT
                            "t380"."la_code",
                            "t380"."plan_id",
                            "t380"."date",
                            "t380"."k",
                            "t380"."date" > CASE
                              WHEN "t380"."k" = 0
                              THEN "t380"."first_due"
                              WHEN "t380"."k" = 1
                              THEN "t380"."prev" + INTERVAL '3' MONTH
                              ELSE "t380"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t369"."la_code",
                              "t369"."plan_id",
                              "t369"."date",
                              "t369"."review_id",
                              "t369"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t369"."la_code", "t369"."plan_id"
                                ORDER BY "t369"."date" ASC, "t369"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t369"."date") OVER (
                                PARTITION BY "t369"."la_code", "t369"."plan_id"
                                ORDER BY "t369"."date" ASC, "t369"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t277"."la_code",
                                "t277"."plan_id",
                                "t277"."date",
                                "t277"."review_id",
                                "t277"."first_due"
                              FROM (
                                SELECT
                                  "t251"."la_code",
                                  "t251"."clar_cla_id" AS "plan_id",
                                  "t251"."clar_cla_review_date" AS "date",
                                  "t251"."clar_cla_review_id" AS "review_id",
                                  "t251"."wd21" + INTERVAL '-1' DAY AS "first_due"
                                FROM (
                                  SELECT
                                    "t217"."la_code",
                                    "t217"."clar_cla_review_id",
                                    "t217"."clar_cla_id",
                                    "t217"."clar_cla_review_due_date",
                                    "t217"."clar_cla_review_date",
                                    "t217"."clar_cla_review_cancelled",
                                    "t217"."first_episode_start",
                                    "t217"."clae_person_id",
                                    "t217"."cla_id",
                                    "t217"."period_start",
                                    "t37"."wd21"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t102"."la_code",
                                        "t102"."clar_cla_review_id",
                                        "t102"."clar_cla_id",
                                        "t102"."clar_cla_review_due_date",
                                        "t102"."clar_cla_review_date",
                                        "t102"."clar_cla_review_cancelled",
                                        "t147"."first_episode_start",
                                        "t147"."clae_person_id",
                                        "t147"."cla_id",
                                        "t147"."period_start"
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
                                        ) AS "t62"
                                        WHERE
                                          NOT (
                                            COALESCE("t62"."clar_cla_review_cancelled", FALSE)
                                          )
                                      ) AS "t102"
                                      INNER JOIN "cohort_period_starts" AS "t147"
                                        ON "t102"."la_code" = "t147"."la_code" AND "t102"."clar_cla_id" = "t147"."cla_id"
                                    ) AS "t189"
                                    WHERE
                                      "t189"."clar_cla_review_date" >= "t189"."period_start"
                                  ) AS "t217"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_wd_from",
                                      "t8"."date" AS "_wd_from__date"
                                    FROM "_calendar" AS "t8"
                                  ) AS "t35"
                                    ON "t217"."period_start" = "t35"."_wd_from__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_wd_to",
                                      "t8"."date" AS "wd21"
                                    FROM "_calendar" AS "t8"
                                    WHERE
                                      "t8"."is_working_day"
                                  ) AS "t37"
                                    ON (
                                      "t35"."_wd_from" + 21
                                    ) = "t37"."_wd_to"
                                ) AS "t251"
                              ) AS "t277"
                              SEMI JOIN "t353" AS "t360"
                                ON "t277"."la_code" = "t360"."la_code" AND "t277"."plan_id" = "t360"."plan_id"
                            ) AS "t369"
                          ) AS "t380"
                        ) AS "t391"
                          ON "t359"."la_code" = "t391"."la_code"
                          AND "t359"."plan_id" = "t391"."plan_id"
                          AND "t391"."date" <= "t359"."month_end"
                      ) AS "t398"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t401"
                      ON "t359"."la_code" = "t401"."la_code"
                      AND "t359"."plan_id" = "t401"."plan_id"
                      AND "t359"."month" = "t401"."month"
                  ) AS "t407"
                ) AS "t408"
                GROUP BY
                  1,
                  2
              ) AS "t410"
                ON "t18"."la_code" = "t410"."la_code" AND "t19"."month" = "t410"."month"
            ) AS "t411"
            ORDER BY
              "t411"."la_code" ASC,
              "t411"."month" ASC
          ) AS "t412"
        ) AS "t413"
      ) AS "t414"
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
              "t379"."la_code",
              "t379"."month",
              'cla_3plus_placements' AS "indicator",
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
                COALESCE("t371"."numerator", 0) AS "numerator",
                COALESCE("t371"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t352"."la_code",
                  "t352"."month",
                  SUM(CAST("t352"."_kept" AND COALESCE("t352"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t352"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t334"."la_code",
                    "t334"."month",
                    "t334"."month_end",
                    "t334"."rolling_start",
                    "t334"."person_id",
                    "t334"."cla_id",
                    "t334"."episode_start",
                    "t334"."placements",
                    COALESCE("t334"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t260"."la_code",
                      "t260"."month",
                      "t260"."month_end",
                      "t260"."rolling_start",
                      "t260"."person_id",
                      "t260"."cla_id",
                      "t260"."episode_start",
                      "t317"."placements"
                    FROM "cohort_looked_after" AS "t260"
                    LEFT OUTER JOIN (
                      SELECT
                        "t298"."la_code",
                        "t298"."month",
                        "t298"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t260"."la_code",
                          "t260"."month",
                          "t260"."month_end",
                          "t260"."rolling_start",
                          "t260"."person_id",
                          "t260"."cla_id",
                          "t260"."episode_start",
                          "t141"."la_code" AS "la_code_right",
                          "t141"."clap_cla_placement_id",
                          "t141"."clap_cla_id",
                          "t141"."clap_cla_placement_start_date",
                          "t141"."clap_cla_placement_end_date",
                          "t141"."clap_cla_placement_type",
                          "t141"."clap_long_term",
                          "t141"."cla_id" AS "cla_id_right",
                          "t141"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t260"
                        INNER JOIN (
                          SELECT
                            "t79"."la_code",
                            "t79"."clap_cla_placement_id",
                            "t79"."clap_cla_id",
                            "t79"."clap_cla_placement_start_date",
                            "t79"."clap_cla_placement_end_date",
                            "t79"."clap_cla_placement_type",
                            "t79"."clap_long_term",
                            "t90"."cla_id",
                            "t90"."person_id"
                          FROM "t57" AS "t79"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t70"."la_code",
                              "t70"."clae_cla_id" AS "cla_id",
                              "t70"."clae_person_id" AS "person_id"
                            FROM "t56" AS "t70"
                          ) AS "t90"
                            ON "t79"."la_code" = "t90"."la_code" AND "t79"."clap_cla_id" = "t90"."cla_id"
                        ) AS "t141"
                          ON "t260"."la_code" = "t141"."la_code"
                          AND "t260"."person_id" = "t141"."person_id"
                          AND "t141"."clap_cla_placement_start_date" <= "t260"."month_end"
                          AND (
                            (
                              "t141"."clap_cla_placement_end_date" IS NULL
                            )
                            OR (
                              "t141"."clap_cla_placement_end_date" >= "t260"."rolling_start"
                            )
                          )
                      ) AS "t298"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t317"
                      ON "t260"."la_code" = "t317"."la_code"
                      AND "t260"."month" = "t317"."month"
                      AND "t260"."person_id" = "t317"."person_id"
                  ) AS "t334"
                ) AS "t352"
                GROUP BY
                  1,
                  2
              ) AS "t371"
                ON "t18"."la_code" = "t371"."la_code" AND "t19"."month" = "t371"."month"
            ) AS "t379"
            ORDER BY
              "t379"."la_code" ASC,
              "t379"."month" ASC
          ) AS "t390"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t244"."la_code",
              "t244"."month",
              'cin_count' AS "indicator",
              "t244"."numerator",
              "t244"."denominator",
              "t244"."excluded",
              CAST("t244"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t214"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  SUM(CAST("t175"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t151"."la_code",
                    "t151"."month",
                    "t151"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t151"
                ) AS "t175"
                GROUP BY
                  1,
                  2
              ) AS "t214"
                ON "t18"."la_code" = "t214"."la_code" AND "t19"."month" = "t214"."month"
            ) AS "t244"
            ORDER BY
              "t244"."la_code" ASC,
              "t244"."month" ASC
          ) AS "t262"
        ) AS "t393"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t250"."la_code",
              "t250"."month",
              'cin_per_10k' AS "indicator",
              "t250"."numerator",
              "t250"."denominator",
              "t250"."excluded",
              (
                CAST("t250"."numerator" AS DOUBLE) / "t250"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t214"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t216"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  SUM(CAST("t175"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t151"."la_code",
                    "t151"."month",
                    "t151"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t151"
                ) AS "t175"
                GROUP BY
                  1,
                  2
              ) AS "t214"
                ON "t18"."la_code" = "t214"."la_code" AND "t19"."month" = "t214"."month"
              INNER JOIN (
                SELECT
                  "t186"."la_code",
                  "t186"."month",
                  "t186"."pop_year",
                  "t186"."population",
                  "t186"."year" AS "year_used"
                FROM (
                  SELECT
                    "t137"."la_code",
                    "t137"."month",
                    "t137"."month_end",
                    "t137"."rolling_start",
                    "t137"."pop_year",
                    "t137"."year",
                    "t137"."population",
                    "t137"."source",
                    "t137"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t137"."la_code", "t137"."month"
                      ORDER BY "t137"."distance" ASC, "t137"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t97"."la_code",
                      "t97"."month",
                      "t97"."month_end",
                      "t97"."rolling_start",
                      "t97"."pop_year",
                      "t97"."year",
                      "t97"."population",
                      "t97"."source",
                      ABS("t97"."year" - "t97"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t68"."year",
                        "t68"."population",
                        "t68"."source"
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
                            FROM "t22"
                          )
                      ) AS "t68"
                        ON "t18"."la_code" = "t68"."la_code"
                    ) AS "t97"
                  ) AS "t137"
                ) AS "t186"
                WHERE
                  "t186"."rank" = 0
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t250"
            ORDER BY
              "t250"."la_code" ASC,
              "t250"."month" ASC
          ) AS "t282"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t362"."la_code",
              "t362"."month",
              'caseload_mean' AS "indicator",
              "t362"."numerator",
              "t362"."denominator",
              "t362"."excluded",
              CASE
                WHEN "t362"."denominator" > 0
                THEN (
                  CAST("t362"."numerator" AS DOUBLE) / "t362"."denominator"
                ) * 1
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
                  "t319"."la_code",
                  "t319"."month",
                  SUM(CASE WHEN "t319"."_kept" THEN COALESCE("t319"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t319"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t308"."la_code",
                    "t308"."month",
                    "t308"."worker_id",
                    "t308"."team_id",
                    "t308"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t308"
                ) AS "t319"
                GROUP BY
                  1,
                  2
              ) AS "t344"
                ON "t18"."la_code" = "t344"."la_code" AND "t19"."month" = "t344"."month"
            ) AS "t362"
            ORDER BY
              "t362"."la_code" ASC,
              "t362"."month" ASC
          ) AS "t372"
        ) AS "t374"
      ) AS "t394"
    ) AS "t415"
  ) AS "t416"
) AS "t417"
ORDER BY
  "t417"."indicator" ASC,
  "t417"."la_code" ASC,
  "t417"."month" ASC
