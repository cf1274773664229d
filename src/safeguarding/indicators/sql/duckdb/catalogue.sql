-- safeguarding compiled query {"code": "f222912e1154d2e7", "policy": "5a5babdd74a484f2", "query": "catalogue"}
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
), "t104" AS (
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
), "t126" AS (
  SELECT
    "t86"."la_code",
    "t86"."cine_referral_id",
    "t86"."cine_person_id",
    "t86"."cine_referral_date",
    "t86"."cine_referral_source_code",
    "t86"."cine_referral_nfa",
    "t86"."cine_cin_primary_need_code",
    "t86"."cine_close_date",
    "t86"."cine_close_reason"
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
      "t43"."_first_end",
      "t43"."_last_end"
    FROM "t51" AS "t73"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t43"
  ) AS "t86"
  WHERE
    "t86"."cine_referral_date" <= "t86"."_last_end"
    AND COALESCE("t86"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t86"."_first_end"
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
), "t130" AS (
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
  ) AS "t89"
  WHERE
    "t89"."clae_cla_episode_start_date" <= "t89"."_last_end"
    AND COALESCE("t89"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t89"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t90"."la_code",
    "t90"."first_episode_start",
    "t90"."clae_person_id",
    "t90"."clae_cla_id" AS "cla_id",
    COALESCE("t90"."entered", "t90"."first_episode_start") AS "period_start"
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
  ) AS "t90"
), "t151" AS (
  SELECT
    "t112"."la_code",
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
      "t93"."_end",
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
    ) AS "t93"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t43"
  ) AS "t112"
  WHERE
    "t112"."_start" <= "t112"."_last_end"
    AND COALESCE("t112"."_end", MAKE_DATE(9999, 12, 31)) > "t112"."_first_end"
), "t157" AS (
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
      "t100"."la_code",
      "t100"."clap_cla_placement_id",
      "t100"."clap_cla_id",
      "t100"."clap_cla_placement_start_date",
      "t100"."clap_cla_placement_end_date",
      "t100"."clap_cla_placement_type",
      "t100"."clap_long_term",
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
    ) AS "t100"
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
    "t136"."la_code",
    "t136"."month",
    "t136"."month_end",
    "t136"."cppl_person_id",
    MIN("t136"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t136"
  GROUP BY
    1,
    2,
    3,
    4
), "t180" AS (
  SELECT
    "t136"."la_code",
    "t136"."month",
    "t136"."month_end",
    "t136"."cppl_cp_plan_id" AS "plan_id",
    "t136"."cppl_cp_plan_start_date" AS "start",
    "t136"."cppl_person_id" AS "person_id",
    "t136"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t136"
  WHERE
    (
      "t136"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t136"."month_end"
), "cohort_in_need" AS (
  SELECT
    "t143"."la_code",
    "t19"."month",
    "t143"."cine_person_id"
  FROM "t126" AS "t143"
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
    FROM "t126" AS "t143"
    INNER JOIN "t126" AS "t144"
      ON "t143"."la_code" = "t144"."la_code"
      AND "t143"."cine_person_id" = "t144"."cine_person_id"
      AND (
        (
          "t144"."cine_referral_date" > "t143"."cine_referral_date"
        )
        OR (
          (
            "t144"."cine_referral_date" = "t143"."cine_referral_date"
          )
          AND (
            "t144"."cine_referral_id" > "t143"."cine_referral_id"
          )
        )
      )
      AND (
        (
          "t143"."cine_close_date" IS NULL
        )
        OR (
          "t144"."cine_referral_date" < "t143"."cine_close_date"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t144"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t144"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t206"
    ON "t143"."la_code" = "t206"."la_code"
    AND "t19"."month" = "t206"."month"
    AND "t143"."cine_referral_id" = "t206"."_superseded"
), "cohort_looked_after" AS (
  SELECT
    "t147"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t147"."clae_person_id" AS "person_id",
    "t147"."clae_cla_id" AS "cla_id",
    "t147"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t130" AS "t147"
  INNER JOIN "_months" AS "t19"
    ON "t147"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t147"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t147"."la_code",
      "t147"."clae_cla_episode_id" AS "_superseded",
      "t148"."clae_cla_episode_start_date" AS "_start",
      "t148"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t130" AS "t147"
    INNER JOIN "t130" AS "t148"
      ON "t147"."la_code" = "t148"."la_code"
      AND "t147"."clae_person_id" = "t148"."clae_person_id"
      AND (
        (
          "t148"."clae_cla_episode_start_date" > "t147"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t148"."clae_cla_episode_start_date" = "t147"."clae_cla_episode_start_date"
          )
          AND (
            "t148"."clae_cla_episode_id" > "t147"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t147"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t148"."clae_cla_episode_start_date" < "t147"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t148"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t148"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t210"
    ON "t147"."la_code" = "t210"."la_code"
    AND "t19"."month" = "t210"."month"
    AND "t147"."clae_cla_episode_id" = "t210"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t169"."la_code",
    "t19"."month",
    "t169"."invo_person_id" AS "person_id",
    "t169"."invo_professional_id" AS "worker_id",
    "t169"."invo_professional_team" AS "team_id"
  FROM "t151" AS "t169"
  INNER JOIN "_months" AS "t19"
    ON "t169"."_start" <= "t19"."month_end"
    AND COALESCE("t169"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t169"."la_code",
      "t169"."invo_involvements_id" AS "_superseded",
      "t170"."_start",
      "t170"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t151" AS "t169"
    INNER JOIN "t151" AS "t170"
      ON "t169"."la_code" = "t170"."la_code"
      AND "t169"."invo_person_id" = "t170"."invo_person_id"
      AND (
        (
          "t170"."invo_involvement_start_date" > "t169"."invo_involvement_start_date"
        )
        OR (
          (
            "t170"."invo_involvement_start_date" = "t169"."invo_involvement_start_date"
          )
          AND (
            "t170"."invo_involvements_id" > "t169"."invo_involvements_id"
          )
        )
      )
      AND (
        (
          "t169"."_end" IS NULL
        ) OR (
          "t170"."_start" < "t169"."_end"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t170"."_start" <= "t20"."month_end"
      AND COALESCE("t170"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t231"
    ON "t169"."la_code" = "t231"."la_code"
    AND "t19"."month" = "t231"."month"
    AND "t169"."invo_involvements_id" = "t231"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t273"."la_code",
    "t273"."month",
    "t273"."worker_id",
    MAX("t273"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t273"
  GROUP BY
    1,
    2,
    3
), "t359" AS (
  SELECT
    "t343"."la_code",
    "t343"."month",
    "t343"."month_end",
    "t343"."wd21" + INTERVAL '-1' DAY AS "first_due",
    "t343"."person_id",
    "t343"."period_start",
    "t343"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t325"."la_code",
      "t325"."month",
      "t325"."month_end",
      "t325"."rolling_start",
      "t325"."person_id",
      "t325"."cla_id",
      "t325"."episode_start",
      "t325"."first_episode_start",
      "t325"."clae_person_id",
      "t325"."period_start",
      "t325"."wd_in_care",
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
          "t261"."la_code",
          "t261"."month",
          "t261"."month_end",
          "t261"."rolling_start",
          "t261"."person_id",
          "t261"."cla_id",
          "t261"."episode_start",
          "t150"."first_episode_start",
          "t150"."clae_person_id",
          "t150"."period_start",
          "t46"."_wd_a",
          "t48"."_wd_b"
        FROM "cohort_looked_after" AS "t261"
        INNER JOIN "cohort_period_starts" AS "t150"
          ON "t261"."la_code" = "t150"."la_code" AND "t261"."cla_id" = "t150"."cla_id"
        LEFT OUTER JOIN "t23" AS "t46"
          ON "t150"."period_start" = "t46"."_wd_a__date"
        LEFT OUTER JOIN "t24" AS "t48"
          ON "t261"."month_end" = "t48"."_wd_b__date"
      ) AS "t290"
      WHERE
        (
          "t290"."_wd_b" - "t290"."_wd_a"
        ) > 20
    ) AS "t325"
    LEFT OUTER JOIN (
      SELECT
        "t8"."wd_ordinal" AS "_wd_from",
        "t8"."date" AS "_wd_from__date"
      FROM "_calendar" AS "t8"
    ) AS "t35"
      ON "t325"."period_start" = "t35"."_wd_from__date"
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
  ) AS "t343"
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
            "t373"."la_code",
            "t373"."month",
            'caseload_over_policy' AS "indicator",
            "t373"."numerator",
            "t373"."denominator",
            "t373"."excluded",
            CASE
              WHEN "t373"."denominator" > 0
              THEN (
                CAST("t373"."numerator" AS DOUBLE) / "t373"."denominator"
              ) * 100
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
                "t327"."la_code",
                "t327"."month",
                SUM(CAST("t327"."_kept" AND COALESCE("t327"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t327"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t310"."la_code",
                  "t310"."month",
                  "t310"."worker_id",
                  "t310"."team_id",
                  "t310"."amount",
                  "t310"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t310"
              ) AS "t327"
              GROUP BY
                1,
                2
            ) AS "t360"
              ON "t18"."la_code" = "t360"."la_code" AND "t19"."month" = "t360"."month"
          ) AS "t373"
          ORDER BY
            "t373"."la_code" ASC,
            "t373"."month" ASC
        ) AS "t384"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t376"."la_code",
            "t376"."month",
            'unallocated_cp_cla' AS "indicator",
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
              COALESCE("t369"."numerator", 0) AS "numerator",
              COALESCE("t369"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t335"."la_code",
                "t335"."month",
                SUM(CAST("t335"."_kept" AND COALESCE("t335"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t335"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t322"."la_code",
                  "t322"."month",
                  "t322"."person_id",
                  "t322"."worker_id",
                  "t322"."worker_id" IS NULL AS "hit",
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
                        "t185"."la_code",
                        "t185"."month",
                        "t185"."cppl_person_id" AS "person_id"
                      FROM "cohort_on_plan" AS "t185"
                    ) AS "t201"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t255"."la_code",
                        "t255"."month",
                        "t255"."person_id"
                      FROM "cohort_looked_after" AS "t255"
                    ) AS "t268"
                  ) AS "t283"
                  LEFT OUTER JOIN (
                    SELECT
                      "t273"."la_code",
                      "t273"."month",
                      "t273"."person_id",
                      "t273"."worker_id"
                    FROM "cohort_allocated" AS "t273"
                  ) AS "t293"
                    ON "t283"."la_code" = "t293"."la_code"
                    AND "t283"."month" = "t293"."month"
                    AND "t283"."person_id" = "t293"."person_id"
                ) AS "t322"
              ) AS "t335"
              GROUP BY
                1,
                2
            ) AS "t369"
              ON "t18"."la_code" = "t369"."la_code" AND "t19"."month" = "t369"."month"
          ) AS "t376"
          ORDER BY
            "t376"."la_code" ASC,
            "t376"."month" ASC
        ) AS "t387"
      ) AS "t388"
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
                COALESCE("t184"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t134"."la_code",
                  "t134"."month",
                  SUM(CAST("t134"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t115"."la_code",
                    "t115"."cont_contact_id",
                    "t115"."cont_person_id",
                    "t115"."cont_contact_date",
                    "t115"."cont_contact_source_code",
                    "t115"."cont_contact_outcome_json",
                    "t115"."cont_screening_date",
                    "t115"."cont_screened_by_qualified",
                    "t115"."month",
                    "t115"."month_end",
                    "t115"."rolling_start",
                    "t115"."pop_year",
                    TRUE AS "_kept"
                  FROM "t104" AS "t115"
                ) AS "t134"
                GROUP BY
                  1,
                  2
              ) AS "t184"
                ON "t18"."la_code" = "t184"."la_code" AND "t19"."month" = "t184"."month"
            ) AS "t215"
            ORDER BY
              "t215"."la_code" ASC,
              "t215"."month" ASC
          ) AS "t241"
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
                  "t173"."la_code",
                  "t173"."month",
                  SUM(CAST("t173"."_kept" AND COALESCE("t173"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t173"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t115"."la_code",
                    "t115"."cont_contact_id",
                    "t115"."cont_person_id",
                    "t115"."cont_contact_date",
                    "t115"."cont_contact_source_code",
                    "t115"."cont_contact_outcome_json",
                    "t115"."cont_screening_date",
                    "t115"."cont_screened_by_qualified",
                    "t115"."month",
                    "t115"."month_end",
                    "t115"."rolling_start",
                    "t115"."pop_year",
                    (
                      "t115"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t115"."cont_screening_date" <= (
                        "t115"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t115"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t115"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t104" AS "t115"
                ) AS "t173"
                GROUP BY
                  1,
                  2
              ) AS "t232"
                ON "t18"."la_code" = "t232"."la_code" AND "t19"."month" = "t232"."month"
            ) AS "t257"
            ORDER BY
              "t257"."la_code" ASC,
              "t257"."month" ASC
          ) AS "t301"
        ) AS "t311"
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
                COALESCE("t224"."numerator", 0) AS "numerator",
                COALESCE("t224"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t161"."la_code",
                  "t161"."month",
                  SUM(CAST("t161"."_kept" AND COALESCE("t161"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t161"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t115"."la_code",
                    "t115"."cont_contact_id",
                    "t115"."cont_person_id",
                    "t115"."cont_contact_date",
                    "t115"."cont_contact_source_code",
                    "t115"."cont_contact_outcome_json",
                    "t115"."cont_screening_date",
                    "t115"."cont_screened_by_qualified",
                    "t115"."month",
                    "t115"."month_end",
                    "t115"."rolling_start",
                    "t115"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        UPPER("t115"."cont_contact_outcome_json"),
                        'NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t104" AS "t115"
                ) AS "t161"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
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
              "t205"."la_code",
              "t205"."month",
              'referrals' AS "indicator",
              "t205"."numerator",
              "t205"."denominator",
              "t205"."excluded",
              CAST("t205"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t175"."numerator", 0) AS "numerator",
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
                      ON "t73"."cine_referral_date" >= "t19"."month"
                      AND "t73"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t105"
                ) AS "t123"
                GROUP BY
                  1,
                  2
              ) AS "t175"
                ON "t18"."la_code" = "t175"."la_code" AND "t19"."month" = "t175"."month"
            ) AS "t205"
            ORDER BY
              "t205"."la_code" ASC,
              "t205"."month" ASC
          ) AS "t233"
        ) AS "t302"
      ) AS "t316"
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
            *
          FROM (
            SELECT
              "t248"."la_code",
              "t248"."month",
              'referrals_per_10k' AS "indicator",
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
                COALESCE("t176"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t217"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t124"."la_code",
                  "t124"."month",
                  SUM(CAST("t124"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t106"."la_code",
                    "t106"."cine_referral_id",
                    "t106"."cine_person_id",
                    "t106"."cine_referral_date",
                    "t106"."cine_referral_source_code",
                    "t106"."cine_referral_nfa",
                    "t106"."cine_cin_primary_need_code",
                    "t106"."cine_close_date",
                    "t106"."cine_close_reason",
                    "t106"."month",
                    "t106"."month_end",
                    "t106"."rolling_start",
                    "t106"."pop_year",
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
                  ) AS "t106"
                ) AS "t124"
                GROUP BY
                  1,
                  2
              ) AS "t176"
                ON "t18"."la_code" = "t176"."la_code" AND "t19"."month" = "t176"."month"
              INNER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  "t187"."pop_year",
                  "t187"."population",
                  "t187"."year" AS "year_used"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    "t138"."year",
                    "t138"."population",
                    "t138"."source",
                    "t138"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t138"."la_code", "t138"."month"
                      ORDER BY "t138"."distance" ASC, "t138"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t98"."la_code",
                      "t98"."month",
                      "t98"."month_end",
                      "t98"."rolling_start",
                      "t98"."pop_year",
                      "t98"."year",
                      "t98"."population",
                      "t98"."source",
                      ABS("t98"."year" - "t98"."pop_year") AS "distance"
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
                    ) AS "t98"
                  ) AS "t138"
                ) AS "t187"
                WHERE
                  "t187"."rank" = 0
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t248"
            ORDER BY
              "t248"."la_code" ASC,
              "t248"."month" ASC
          ) AS "t280"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t323"."la_code",
              "t323"."month",
              'rereferrals_12m' AS "indicator",
              "t323"."numerator",
              "t323"."denominator",
              "t323"."excluded",
              CASE
                WHEN "t323"."denominator" > 0
                THEN (
                  CAST("t323"."numerator" AS DOUBLE) / "t323"."denominator"
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
                  "t246"."la_code",
                  "t246"."month",
                  SUM(CAST("t246"."_kept" AND COALESCE("t246"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t246"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t234"."la_code",
                    "t234"."cine_referral_id",
                    "t234"."cine_person_id",
                    "t234"."cine_referral_date",
                    "t234"."hit",
                    "t234"."month",
                    "t234"."month_end",
                    "t234"."rolling_start",
                    "t234"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t125"."la_code",
                      "t125"."cine_referral_id",
                      "t125"."cine_person_id",
                      "t125"."cine_referral_date",
                      COALESCE("t198"."hit", FALSE) AS "hit",
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
                      ) AS "t177"
                    ) AS "t198"
                      ON "t125"."la_code" = "t198"."la_code"
                      AND "t125"."cine_referral_id" = "t198"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t125"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t125"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t234"
                ) AS "t246"
                GROUP BY
                  1,
                  2
              ) AS "t295"
                ON "t18"."la_code" = "t295"."la_code" AND "t19"."month" = "t295"."month"
            ) AS "t323"
            ORDER BY
              "t323"."la_code" ASC,
              "t323"."month" ASC
          ) AS "t350"
        ) AS "t356"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t197"."la_code",
              "t197"."month",
              'assessments_completed' AS "indicator",
              "t197"."numerator",
              "t197"."denominator",
              "t197"."excluded",
              CAST("t197"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t159"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
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
                      ON "t63"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t63"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t96"
                ) AS "t113"
                GROUP BY
                  1,
                  2
              ) AS "t159"
                ON "t18"."la_code" = "t159"."la_code" AND "t19"."month" = "t159"."month"
            ) AS "t197"
            ORDER BY
              "t197"."la_code" ASC,
              "t197"."month" ASC
          ) AS "t222"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t249"."la_code",
              "t249"."month",
              'assessments_per_10k' AS "indicator",
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
                COALESCE("t160"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t217"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t114"."la_code",
                  "t114"."month",
                  SUM(CAST("t114"."_kept" AS BIGINT)) AS "numerator"
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
                  ) AS "t97"
                ) AS "t114"
                GROUP BY
                  1,
                  2
              ) AS "t160"
                ON "t18"."la_code" = "t160"."la_code" AND "t19"."month" = "t160"."month"
              INNER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  "t187"."pop_year",
                  "t187"."population",
                  "t187"."year" AS "year_used"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    "t138"."year",
                    "t138"."population",
                    "t138"."source",
                    "t138"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t138"."la_code", "t138"."month"
                      ORDER BY "t138"."distance" ASC, "t138"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t98"."la_code",
                      "t98"."month",
                      "t98"."month_end",
                      "t98"."rolling_start",
                      "t98"."pop_year",
                      "t98"."year",
                      "t98"."population",
                      "t98"."source",
                      ABS("t98"."year" - "t98"."pop_year") AS "distance"
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
                    ) AS "t98"
                  ) AS "t138"
                ) AS "t187"
                WHERE
                  "t187"."rank" = 0
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t249"
            ORDER BY
              "t249"."la_code" ASC,
              "t249"."month" ASC
          ) AS "t281"
        ) AS "t289"
      ) AS "t361"
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
              "t312"."la_code",
              "t312"."month",
              'assessments_in_timescale' AS "indicator",
              "t312"."numerator",
              "t312"."denominator",
              "t312"."excluded",
              CASE
                WHEN "t312"."denominator" > 0
                THEN (
                  CAST("t312"."numerator" AS DOUBLE) / "t312"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t279"."numerator", 0) AS "numerator",
                COALESCE("t279"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t235"."la_code",
                  "t235"."month",
                  SUM(CAST("t235"."_kept" AND COALESCE("t235"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t235"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t200"."la_code",
                    "t200"."cina_assessment_id",
                    "t200"."cina_person_id",
                    "t200"."cina_referral_id",
                    "t200"."cina_assessment_start_date",
                    "t200"."cina_assessment_auth_date",
                    "t200"."cina_assessment_child_seen",
                    "t200"."month",
                    "t200"."month_end",
                    "t200"."rolling_start",
                    "t200"."pop_year",
                    "t200"."la_code_right",
                    "t200"."cine_referral_id",
                    "t200"."cine_referral_date",
                    "t200"."_start",
                    "t200"."_wd_b" - "t200"."_wd_a" AS "wd",
                    (
                      "t200"."_wd_b" - "t200"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t164"."la_code",
                      "t164"."cina_assessment_id",
                      "t164"."cina_person_id",
                      "t164"."cina_referral_id",
                      "t164"."cina_assessment_start_date",
                      "t164"."cina_assessment_auth_date",
                      "t164"."cina_assessment_child_seen",
                      "t164"."month",
                      "t164"."month_end",
                      "t164"."rolling_start",
                      "t164"."pop_year",
                      "t164"."la_code_right",
                      "t164"."cine_referral_id",
                      "t164"."cine_referral_date",
                      "t164"."_start",
                      "t45"."_wd_a",
                      "t47"."_wd_b"
                    FROM (
                      SELECT
                        "t127"."la_code",
                        "t127"."cina_assessment_id",
                        "t127"."cina_person_id",
                        "t127"."cina_referral_id",
                        "t127"."cina_assessment_start_date",
                        "t127"."cina_assessment_auth_date",
                        "t127"."cina_assessment_child_seen",
                        "t127"."month",
                        "t127"."month_end",
                        "t127"."rolling_start",
                        "t127"."pop_year",
                        "t127"."la_code_right",
                        "t127"."cine_referral_id",
                        "t127"."cine_referral_date",
                        COALESCE("t127"."cine_referral_date", "t127"."cina_assessment_start_date") AS "_start"
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
                          "t87"."la_code" AS "la_code_right",
                          "t87"."cine_referral_id",
                          "t87"."cine_referral_date"
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
                        ) AS "t87"
                          ON "t63"."la_code" = "t87"."la_code"
                          AND "t63"."cina_referral_id" = "t87"."cine_referral_id"
                      ) AS "t127"
                    ) AS "t164"
                    LEFT OUTER JOIN "t23" AS "t45"
                      ON "t164"."_start" = "t45"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t47"
                      ON "t164"."cina_assessment_auth_date" = "t47"."_wd_b__date"
                  ) AS "t200"
                ) AS "t235"
                GROUP BY
                  1,
                  2
              ) AS "t279"
                ON "t18"."la_code" = "t279"."la_code" AND "t19"."month" = "t279"."month"
            ) AS "t312"
            ORDER BY
              "t312"."la_code" ASC,
              "t312"."month" ASC
          ) AS "t340"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t250"."la_code",
              "t250"."month",
              's47_per_10k' AS "indicator",
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
                COALESCE("t178"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t217"."population" AS "denominator"
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
                    "t107"."s47e_s47_enquiry_id",
                    "t107"."s47e_person_id",
                    "t107"."s47e_referral_id",
                    "t107"."s47e_s47_start_date",
                    "t107"."s47e_s47_end_date",
                    "t107"."s47e_s47_nfa",
                    "t107"."month",
                    "t107"."month_end",
                    "t107"."rolling_start",
                    "t107"."pop_year",
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
                  ) AS "t107"
                ) AS "t128"
                GROUP BY
                  1,
                  2
              ) AS "t178"
                ON "t18"."la_code" = "t178"."la_code" AND "t19"."month" = "t178"."month"
              INNER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  "t187"."pop_year",
                  "t187"."population",
                  "t187"."year" AS "year_used"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    "t138"."year",
                    "t138"."population",
                    "t138"."source",
                    "t138"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t138"."la_code", "t138"."month"
                      ORDER BY "t138"."distance" ASC, "t138"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t98"."la_code",
                      "t98"."month",
                      "t98"."month_end",
                      "t98"."rolling_start",
                      "t98"."pop_year",
                      "t98"."year",
                      "t98"."population",
                      "t98"."source",
                      ABS("t98"."year" - "t98"."pop_year") AS "distance"
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
                    ) AS "t98"
                  ) AS "t138"
                ) AS "t187"
                WHERE
                  "t187"."rank" = 0
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t250"
            ORDER BY
              "t250"."la_code" ASC,
              "t250"."month" ASC
          ) AS "t282"
        ) AS "t345"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t308"."la_code",
              "t308"."month",
              'icpc_in_15wd' AS "indicator",
              "t308"."numerator",
              "t308"."denominator",
              "t308"."excluded",
              CASE
                WHEN "t308"."denominator" > 0
                THEN (
                  CAST("t308"."numerator" AS DOUBLE) / "t308"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t276"."numerator", 0) AS "numerator",
                COALESCE("t276"."denominator", 0) AS "denominator",
                COALESCE("t276"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t229"."la_code",
                  "t229"."month",
                  SUM(CAST("t229"."_kept" AND COALESCE("t229"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t229"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t229"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t188"."la_code",
                    "t188"."icpc_icpc_id",
                    "t188"."icpc_person_id",
                    "t188"."icpc_s47_enquiry_id",
                    "t188"."icpc_cp_plan_id",
                    "t188"."icpc_icpc_date",
                    "t188"."icpc_icpc_outcome_cp_flag",
                    "t188"."icpc_icpc_transfer_in",
                    "t188"."month",
                    "t188"."month_end",
                    "t188"."rolling_start",
                    "t188"."pop_year",
                    "t188"."la_code_right",
                    "t188"."s47e_s47_enquiry_id",
                    "t188"."s47e_s47_start_date",
                    "t188"."_wd_b" - "t188"."_wd_a" AS "wd",
                    "t188"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t188"."_wd_b" - "t188"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t188"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t146"."la_code",
                      "t146"."icpc_icpc_id",
                      "t146"."icpc_person_id",
                      "t146"."icpc_s47_enquiry_id",
                      "t146"."icpc_cp_plan_id",
                      "t146"."icpc_icpc_date",
                      "t146"."icpc_icpc_outcome_cp_flag",
                      "t146"."icpc_icpc_transfer_in",
                      "t146"."month",
                      "t146"."month_end",
                      "t146"."rolling_start",
                      "t146"."pop_year",
                      "t88"."la_code" AS "la_code_right",
                      "t88"."s47e_s47_enquiry_id",
                      "t88"."s47e_s47_start_date",
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
                      ) AS "t99"
                      WHERE
                        NOT (
                          COALESCE("t99"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t146"
                    LEFT OUTER JOIN (
                      SELECT
                        "t66"."la_code",
                        "t66"."s47e_s47_enquiry_id",
                        "t66"."s47e_s47_start_date"
                      FROM "t52" AS "t66"
                    ) AS "t88"
                      ON "t146"."la_code" = "t88"."la_code"
                      AND "t146"."icpc_s47_enquiry_id" = "t88"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t23" AS "t46"
                      ON "t88"."s47e_s47_start_date" = "t46"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t48"
                      ON "t146"."icpc_icpc_date" = "t48"."_wd_b__date"
                  ) AS "t188"
                ) AS "t229"
                GROUP BY
                  1,
                  2
              ) AS "t276"
                ON "t18"."la_code" = "t276"."la_code" AND "t19"."month" = "t276"."month"
            ) AS "t308"
            ORDER BY
              "t308"."la_code" ASC,
              "t308"."month" ASC
          ) AS "t337"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t264"."la_code",
              "t264"."month",
              'cp_count' AS "indicator",
              "t264"."numerator",
              "t264"."denominator",
              "t264"."excluded",
              CAST("t264"."numerator" AS DOUBLE) AS "value"
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
                    "t185"."la_code",
                    "t185"."month",
                    "t185"."month_end",
                    "t185"."cppl_person_id",
                    "t185"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t185"
                ) AS "t202"
                GROUP BY
                  1,
                  2
              ) AS "t243"
                ON "t18"."la_code" = "t243"."la_code" AND "t19"."month" = "t243"."month"
            ) AS "t264"
            ORDER BY
              "t264"."la_code" ASC,
              "t264"."month" ASC
          ) AS "t287"
        ) AS "t341"
      ) AS "t352"
    ) AS "t364"
  ) AS "t391"
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
              "t265"."la_code",
              "t265"."month",
              'cp_per_10k' AS "indicator",
              "t265"."numerator",
              "t265"."denominator",
              "t265"."excluded",
              (
                CAST("t265"."numerator" AS DOUBLE) / "t265"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t243"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t217"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t202"."la_code",
                  "t202"."month",
                  SUM(CAST("t202"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t185"."la_code",
                    "t185"."month",
                    "t185"."month_end",
                    "t185"."cppl_person_id",
                    "t185"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t185"
                ) AS "t202"
                GROUP BY
                  1,
                  2
              ) AS "t243"
                ON "t18"."la_code" = "t243"."la_code" AND "t19"."month" = "t243"."month"
              INNER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  "t187"."pop_year",
                  "t187"."population",
                  "t187"."year" AS "year_used"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    "t138"."year",
                    "t138"."population",
                    "t138"."source",
                    "t138"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t138"."la_code", "t138"."month"
                      ORDER BY "t138"."distance" ASC, "t138"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t98"."la_code",
                      "t98"."month",
                      "t98"."month_end",
                      "t98"."rolling_start",
                      "t98"."pop_year",
                      "t98"."year",
                      "t98"."population",
                      "t98"."source",
                      ABS("t98"."year" - "t98"."pop_year") AS "distance"
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
                    ) AS "t98"
                  ) AS "t138"
                ) AS "t187"
                WHERE
                  "t187"."rank" = 0
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t265"
            ORDER BY
              "t265"."la_code" ASC,
              "t265"."month" ASC
          ) AS "t304"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t207"."la_code",
              "t207"."month",
              'cp_starts' AS "indicator",
              "t207"."numerator",
              "t207"."denominator",
              "t207"."excluded",
              CAST("t207"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t179"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t129"."la_code",
                  "t129"."month",
                  SUM(CAST("t129"."_kept" AS BIGINT)) AS "numerator"
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
                  ) AS "t108"
                ) AS "t129"
                GROUP BY
                  1,
                  2
              ) AS "t179"
                ON "t18"."la_code" = "t179"."la_code" AND "t19"."month" = "t179"."month"
            ) AS "t207"
            ORDER BY
              "t207"."la_code" ASC,
              "t207"."month" ASC
          ) AS "t236"
        ) AS "t313"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t260"."la_code",
              "t260"."month",
              'cp_second_or_subsequent' AS "indicator",
              "t260"."numerator",
              "t260"."denominator",
              "t260"."excluded",
              CASE
                WHEN "t260"."denominator" > 0
                THEN (
                  CAST("t260"."numerator" AS DOUBLE) / "t260"."denominator"
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
                  "t181"."la_code",
                  "t181"."month",
                  SUM(CAST("t181"."_kept" AND COALESCE("t181"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t181"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t156"."la_code",
                    "t156"."cppl_cp_plan_id",
                    "t156"."cppl_person_id",
                    "t156"."cppl_cp_plan_start_date",
                    "t156"."cppl_cp_plan_end_date",
                    "t156"."cppl_cp_plan_initial_category",
                    "t156"."cppl_cp_plan_latest_category",
                    "t156"."cppl_icpc_id",
                    "t156"."hit",
                    "t156"."month",
                    "t156"."month_end",
                    "t156"."rolling_start",
                    "t156"."pop_year",
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
                  ) AS "t156"
                ) AS "t181"
                GROUP BY
                  1,
                  2
              ) AS "t238"
                ON "t18"."la_code" = "t238"."la_code" AND "t19"."month" = "t238"."month"
            ) AS "t260"
            ORDER BY
              "t260"."la_code" ASC,
              "t260"."month" ASC
          ) AS "t307"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t247"."la_code",
              "t247"."month",
              'cp_ceased_2yrs' AS "indicator",
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
                COALESCE("t216"."numerator", 0) AS "numerator",
                COALESCE("t216"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t155"."la_code",
                  "t155"."month",
                  SUM(CAST("t155"."_kept" AND COALESCE("t155"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t155"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t109"."la_code",
                    "t109"."cppl_cp_plan_id",
                    "t109"."cppl_person_id",
                    "t109"."cppl_cp_plan_start_date",
                    "t109"."cppl_cp_plan_end_date",
                    "t109"."cppl_cp_plan_initial_category",
                    "t109"."cppl_cp_plan_latest_category",
                    "t109"."cppl_icpc_id",
                    "t109"."month",
                    "t109"."month_end",
                    "t109"."rolling_start",
                    "t109"."pop_year",
                    (
                      DATE_DIFF('DAY', "t109"."cppl_cp_plan_start_date", "t109"."cppl_cp_plan_end_date") + 1
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
                  ) AS "t109"
                ) AS "t155"
                GROUP BY
                  1,
                  2
              ) AS "t216"
                ON "t18"."la_code" = "t216"."la_code" AND "t19"."month" = "t216"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t286"
        ) AS "t314"
      ) AS "t318"
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
              "t305"."la_code",
              "t305"."month",
              'cp_open_2yrs' AS "indicator",
              "t305"."numerator",
              "t305"."denominator",
              "t305"."excluded",
              CASE
                WHEN "t305"."denominator" > 0
                THEN (
                  CAST("t305"."numerator" AS DOUBLE) / "t305"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t275"."numerator", 0) AS "numerator",
                COALESCE("t275"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t225"."la_code",
                  "t225"."month",
                  SUM(CAST("t225"."_kept" AND COALESCE("t225"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t225"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t185"."la_code",
                    "t185"."month",
                    "t185"."month_end",
                    "t185"."cppl_person_id",
                    "t185"."start",
                    (
                      DATE_DIFF('DAY', "t185"."start", "t185"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t185"
                ) AS "t225"
                GROUP BY
                  1,
                  2
              ) AS "t275"
                ON "t18"."la_code" = "t275"."la_code" AND "t19"."month" = "t275"."month"
            ) AS "t305"
            ORDER BY
              "t305"."la_code" ASC,
              "t305"."month" ASC
          ) AS "t336"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t403"."la_code",
              "t403"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t403"."numerator",
              "t403"."denominator",
              "t403"."excluded",
              CASE
                WHEN "t403"."denominator" > 0
                THEN (
                  CAST("t403"."numerator" AS DOUBLE) / "t403"."denominator"
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
                    "t371"."la_code",
                    "t371"."month",
                    "t371"."month_end",
                    "t371"."plan_id",
                    "t371"."start",
                    "t371"."person_id",
                    "t371"."first_due",
                    "t371"."held_n",
                    "t371"."late_n",
                    "t371"."last",
                    CASE
                      WHEN COALESCE("t371"."held_n", 0) = 0
                      THEN "t371"."first_due"
                      WHEN COALESCE("t371"."held_n", 0) = 1
                      THEN "t371"."last" + INTERVAL '6' MONTH
                      ELSE "t371"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t371"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t371"."held_n", 0) = 0
                        THEN "t371"."first_due"
                        WHEN COALESCE("t371"."held_n", 0) = 1
                        THEN "t371"."last" + INTERVAL '6' MONTH
                        ELSE "t371"."last" + INTERVAL '6' MONTH
                      END > "t371"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t193"."la_code",
                      "t193"."month",
                      "t193"."month_end",
                      "t193"."plan_id",
                      "t193"."start",
                      "t193"."person_id",
                      "t193"."first_due",
                      "t353"."held_n",
                      "t353"."late_n",
                      "t353"."last"
                    FROM "t180" AS "t193"
                    LEFT OUTER JOIN (
                      SELECT
                        "t331"."la_code",
                        "t331"."plan_id",
                        "t331"."month",
                        COUNT("t331"."k") AS "held_n",
                        SUM(CAST("t331"."late" AS BIGINT)) AS "late_n",
                        MAX("t331"."date") AS "last"
                      FROM (
                        SELECT
                          "t193"."la_code",
                          "t193"."month",
                          "t193"."month_end",
                          "t193"."plan_id",
                          "t193"."start",
                          "t193"."person_id",
                          "t193"."first_due",
                          "t306"."la_code" AS "la_code_right",
                          "t306"."plan_id" AS "plan_id_right",
                          "t306"."date",
                          "t306"."k",
                          "t306"."late"
                        FROM "t180" AS "t193"
                        INNER JOIN (
                          SELECT
                            "t259"."la_code",
                            "t259"."plan_id",
                            "t259"."date",
                            "t259"."k",
                            "t259"."date" > CASE
                              WHEN "t259"."k" = 0
                              THEN "t259"."first_due"
                              WHEN "t259"."k" = 1
                              THEN "t259"."prev" + INTERVAL '6' MONTH
                              ELSE "t259"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t227"."la_code",
                              "t227"."plan_id",
                              "t227"."date",
                              "t227"."review_id",
                              "t227"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t227"."la_code", "t227"."plan_id"
                                ORDER BY "t227"."date" ASC, "t227"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t227"."date") OVER (
                                PARTITION BY "t227"."la_code", "t227"."plan_id"
                                ORDER BY "t227"."date" ASC, "t227"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t145"."la_code",
                                "t145"."plan_id",
                                "t145"."date",
                                "t145"."review_id",
                                "t145"."first_due"
                              FROM (
                                SELECT
                                  "t111"."la_code",
                                  "t111"."cppr_cp_plan_id" AS "plan_id",
                                  "t111"."cppr_cp_review_date" AS "date",
                                  "t111"."cppr_cp_review_id" AS "review_id",
                                  "t111"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
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
                                ) AS "t111"
                                WHERE
                                  "t111"."cppr_cp_review_date" >= "t111"."cppl_cp_plan_start_date"
                              ) AS "t145"
                              SEMI JOIN "t180" AS "t194"
                                ON "t145"."la_code" = "t194"."la_code" AND "t145"."plan_id" = "t194"."plan_id"
                            ) AS "t227"
                          ) AS "t259"
                        ) AS "t306"
                          ON "t193"."la_code" = "t306"."la_code"
                          AND "t193"."plan_id" = "t306"."plan_id"
                          AND "t306"."date" <= "t193"."month_end"
                      ) AS "t331"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t353"
                      ON "t193"."la_code" = "t353"."la_code"
                      AND "t193"."plan_id" = "t353"."plan_id"
                      AND "t193"."month" = "t353"."month"
                  ) AS "t371"
                ) AS "t382"
                GROUP BY
                  1,
                  2
              ) AS "t395"
                ON "t18"."la_code" = "t395"."la_code" AND "t19"."month" = "t395"."month"
            ) AS "t403"
            ORDER BY
              "t403"."la_code" ASC,
              "t403"."month" ASC
          ) AS "t408"
        ) AS "t410"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t389"."la_code",
              "t389"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t389"."numerator",
              "t389"."denominator",
              "t389"."excluded",
              CASE
                WHEN "t389"."denominator" > 0
                THEN (
                  CAST("t389"."numerator" AS DOUBLE) / "t389"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t381"."numerator", 0) AS "numerator",
                COALESCE("t381"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t370"."la_code",
                  "t370"."month",
                  SUM(CAST("t370"."_kept" AND COALESCE("t370"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t370"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t346"."la_code",
                    "t346"."month",
                    "t346"."month_end",
                    "t346"."cppl_person_id",
                    "t346"."start",
                    "t346"."wd_open",
                    "t346"."last_visit",
                    "t346"."_wd_b" - "t346"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t346"."_wd_b" - "t346"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t346"."_wd_b" - "t346"."_wd_a"
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
                      "t45"."_wd_a",
                      "t47"."_wd_b"
                    FROM (
                      SELECT
                        "t317".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t288"."la_code",
                          "t288"."month",
                          "t288"."month_end",
                          "t288"."cppl_person_id",
                          "t288"."start",
                          "t288"."wd_open",
                          "t288"."_latest",
                          CASE WHEN "t288"."_latest" >= "t288"."start" THEN "t288"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t258"."la_code",
                            "t258"."month",
                            "t258"."month_end",
                            "t258"."cppl_person_id",
                            "t258"."start",
                            "t258"."wd_open",
                            "t221"."_latest"
                          FROM (
                            SELECT
                              "t226"."la_code",
                              "t226"."month",
                              "t226"."month_end",
                              "t226"."cppl_person_id",
                              "t226"."start",
                              "t226"."_wd_b" - "t226"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t192"."la_code",
                                "t192"."month",
                                "t192"."month_end",
                                "t192"."cppl_person_id",
                                "t192"."start",
                                "t45"."_wd_a",
                                "t47"."_wd_b"
                              FROM "cohort_on_plan" AS "t192"
                              LEFT OUTER JOIN "t23" AS "t45"
                                ON "t192"."start" = "t45"."_wd_a__date"
                              LEFT OUTER JOIN "t24" AS "t47"
                                ON "t192"."month_end" = "t47"."_wd_b__date"
                            ) AS "t226"
                            WHERE
                              (
                                "t226"."_wd_b" - "t226"."_wd_a"
                              ) > 10
                          ) AS "t258"
                          LEFT OUTER JOIN (
                            SELECT
                              "t196"."la_code",
                              "t196"."month",
                              "t196"."cppv_person_id" AS "cppl_person_id",
                              "t196"."_latest"
                            FROM (
                              SELECT
                                "t172"."la_code",
                                "t172"."month",
                                "t172"."cppv_person_id",
                                MAX("t172"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t133"."la_code",
                                  "t133"."cppv_person_id",
                                  "t133"."cppv_cp_visit_date",
                                  "t95"."month",
                                  "t95"."month_end",
                                  "t95"."_from"
                                FROM (
                                  SELECT
                                    "t102"."la_code",
                                    "t102"."cppv_person_id",
                                    "t102"."cppv_cp_visit_date"
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
                                  ) AS "t102"
                                ) AS "t133"
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
                                ) AS "t95"
                                  ON "t133"."cppv_cp_visit_date" >= "t95"."_from"
                                  AND "t133"."cppv_cp_visit_date" <= "t95"."month_end"
                              ) AS "t172"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t196"
                          ) AS "t221"
                            ON "t258"."la_code" = "t221"."la_code"
                            AND "t258"."month" = "t221"."month"
                            AND "t258"."cppl_person_id" = "t221"."cppl_person_id"
                        ) AS "t288"
                      ) AS "t317"
                    ) AS "t330"
                    LEFT OUTER JOIN "t23" AS "t45"
                      ON "t330"."last_visit" = "t45"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t47"
                      ON "t330"."month_end" = "t47"."_wd_b__date"
                  ) AS "t346"
                ) AS "t370"
                GROUP BY
                  1,
                  2
              ) AS "t381"
                ON "t18"."la_code" = "t381"."la_code" AND "t19"."month" = "t381"."month"
            ) AS "t389"
            ORDER BY
              "t389"."la_code" ASC,
              "t389"."month" ASC
          ) AS "t401"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t332"."la_code",
              "t332"."month",
              'cla_count' AS "indicator",
              "t332"."numerator",
              "t332"."denominator",
              "t332"."excluded",
              CAST("t332"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t309"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t269"."la_code",
                  "t269"."month",
                  SUM(CAST("t269"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t255"."la_code",
                    "t255"."month",
                    "t255"."month_end",
                    "t255"."rolling_start",
                    "t255"."person_id",
                    "t255"."cla_id",
                    "t255"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t255"
                ) AS "t269"
                GROUP BY
                  1,
                  2
              ) AS "t309"
                ON "t18"."la_code" = "t309"."la_code" AND "t19"."month" = "t309"."month"
            ) AS "t332"
            ORDER BY
              "t332"."la_code" ASC,
              "t332"."month" ASC
          ) AS "t342"
        ) AS "t402"
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
              "t333"."la_code",
              "t333"."month",
              'cla_per_10k' AS "indicator",
              "t333"."numerator",
              "t333"."denominator",
              "t333"."excluded",
              (
                CAST("t333"."numerator" AS DOUBLE) / "t333"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t309"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t217"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t269"."la_code",
                  "t269"."month",
                  SUM(CAST("t269"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t255"."la_code",
                    "t255"."month",
                    "t255"."month_end",
                    "t255"."rolling_start",
                    "t255"."person_id",
                    "t255"."cla_id",
                    "t255"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t255"
                ) AS "t269"
                GROUP BY
                  1,
                  2
              ) AS "t309"
                ON "t18"."la_code" = "t309"."la_code" AND "t19"."month" = "t309"."month"
              INNER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  "t187"."pop_year",
                  "t187"."population",
                  "t187"."year" AS "year_used"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    "t138"."year",
                    "t138"."population",
                    "t138"."source",
                    "t138"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t138"."la_code", "t138"."month"
                      ORDER BY "t138"."distance" ASC, "t138"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t98"."la_code",
                      "t98"."month",
                      "t98"."month_end",
                      "t98"."rolling_start",
                      "t98"."pop_year",
                      "t98"."year",
                      "t98"."population",
                      "t98"."source",
                      ABS("t98"."year" - "t98"."pop_year") AS "distance"
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
                    ) AS "t98"
                  ) AS "t138"
                ) AS "t187"
                WHERE
                  "t187"."rank" = 0
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t333"
            ORDER BY
              "t333"."la_code" ASC,
              "t333"."month" ASC
          ) AS "t354"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t270"."la_code",
              "t270"."month",
              'cla_starts' AS "indicator",
              "t270"."numerator",
              "t270"."denominator",
              "t270"."excluded",
              CAST("t270"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t245"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t204"."la_code",
                  "t204"."month",
                  SUM(CAST("t204"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t189"."la_code",
                    "t189"."first_episode_start",
                    "t189"."clae_person_id",
                    "t189"."cla_id",
                    "t189"."period_start",
                    "t189"."month",
                    "t189"."month_end",
                    "t189"."rolling_start",
                    "t189"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t149"."la_code",
                      "t149"."first_episode_start",
                      "t149"."clae_person_id",
                      "t149"."cla_id",
                      "t149"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t149"
                    INNER JOIN "_months" AS "t19"
                      ON "t149"."first_episode_start" >= "t19"."month"
                      AND "t149"."first_episode_start" <= "t19"."month_end"
                  ) AS "t189"
                ) AS "t204"
                GROUP BY
                  1,
                  2
              ) AS "t245"
                ON "t18"."la_code" = "t245"."la_code" AND "t19"."month" = "t245"."month"
            ) AS "t270"
            ORDER BY
              "t270"."la_code" ASC,
              "t270"."month" ASC
          ) AS "t291"
        ) AS "t357"
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
                COALESCE("t398"."numerator", 0) AS "numerator",
                COALESCE("t398"."denominator", 0) AS "denominator",
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
                    "t372"."la_code",
                    "t372"."month",
                    "t372"."month_end",
                    "t372"."rolling_start",
                    "t372"."person_id",
                    "t372"."cla_id",
                    "t372"."episode_start",
                    "t372"."placement_start",
                    "t372"."long_term",
                    "t372"."p",
                    "t372"."v",
                    CASE
                      WHEN "t372"."v" IS NULL
                      THEN "t372"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t372"."long_term", FALSE)
                      AND (
                        "t372"."v" >= (
                          "t372"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t372"."v" + INTERVAL '91' DAY
                      ELSE "t372"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t372"."v" IS NULL
                      THEN "t372"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t372"."long_term", FALSE)
                      AND (
                        "t372"."v" >= (
                          "t372"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t372"."v" + INTERVAL '91' DAY
                      ELSE "t372"."v" + INTERVAL '42' DAY
                    END >= "t372"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t367".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t348"."la_code",
                        "t348"."month",
                        "t348"."month_end",
                        "t348"."rolling_start",
                        "t348"."person_id",
                        "t348"."cla_id",
                        "t348"."episode_start",
                        "t348"."placement_start",
                        "t348"."long_term",
                        "t348"."p",
                        "t348"."_latest",
                        CASE WHEN "t348"."_latest" >= "t348"."p" THEN "t348"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t334"."la_code",
                          "t334"."month",
                          "t334"."month_end",
                          "t334"."rolling_start",
                          "t334"."person_id",
                          "t334"."cla_id",
                          "t334"."episode_start",
                          "t334"."placement_start",
                          "t334"."long_term",
                          "t334"."p",
                          "t220"."_latest"
                        FROM (
                          SELECT
                            "t300"."la_code",
                            "t300"."month",
                            "t300"."month_end",
                            "t300"."rolling_start",
                            "t300"."person_id",
                            "t300"."cla_id",
                            "t300"."episode_start",
                            "t300"."placement_start",
                            "t300"."long_term",
                            COALESCE("t300"."placement_start", "t300"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t261"."la_code",
                              "t261"."month",
                              "t261"."month_end",
                              "t261"."rolling_start",
                              "t261"."person_id",
                              "t261"."cla_id",
                              "t261"."episode_start",
                              "t272"."placement_start",
                              "t272"."long_term"
                            FROM "cohort_looked_after" AS "t261"
                            LEFT OUTER JOIN (
                              SELECT
                                "t182"."la_code",
                                "t19"."month",
                                "t182"."clap_cla_id" AS "cla_id",
                                "t182"."clap_cla_placement_start_date" AS "placement_start",
                                "t182"."clap_long_term" AS "long_term"
                              FROM "t157" AS "t182"
                              INNER JOIN "_months" AS "t19"
                                ON "t182"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t182"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t182"."la_code",
                                  "t182"."clap_cla_placement_id" AS "_superseded",
                                  "t183"."clap_cla_placement_start_date" AS "_start",
                                  "t183"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t157" AS "t182"
                                INNER JOIN "t157" AS "t183"
                                  ON "t182"."la_code" = "t183"."la_code"
                                  AND "t182"."clap_cla_id" = "t183"."clap_cla_id"
                                  AND (
                                    (
                                      "t183"."clap_cla_placement_start_date" > "t182"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      (
                                        "t183"."clap_cla_placement_start_date" = "t182"."clap_cla_placement_start_date"
                                      )
                                      AND (
                                        "t183"."clap_cla_placement_id" > "t182"."clap_cla_placement_id"
                                      )
                                    )
                                  )
                                  AND (
                                    (
                                      "t182"."clap_cla_placement_end_date" IS NULL
                                    )
                                    OR (
                                      "t183"."clap_cla_placement_start_date" < "t182"."clap_cla_placement_end_date"
                                    )
                                  )
                                INNER JOIN "_months" AS "t20"
                                  ON "t183"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t183"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t240"
                                ON "t182"."la_code" = "t240"."la_code"
                                AND "t19"."month" = "t240"."month"
                                AND "t182"."clap_cla_placement_id" = "t240"."_superseded"
                            ) AS "t272"
                              ON "t261"."la_code" = "t272"."la_code"
                              AND "t261"."month" = "t272"."month"
                              AND "t261"."cla_id" = "t272"."cla_id"
                          ) AS "t300"
                          WHERE
                            COALESCE("t300"."placement_start", "t300"."episode_start") <= (
                              "t300"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t334"
                        LEFT OUTER JOIN (
                          SELECT
                            "t195"."la_code",
                            "t195"."month",
                            "t195"."clav_person_id" AS "person_id",
                            "t195"."_latest"
                          FROM (
                            SELECT
                              "t171"."la_code",
                              "t171"."month",
                              "t171"."clav_person_id",
                              MAX("t171"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t132"."la_code",
                                "t132"."clav_person_id",
                                "t132"."clav_cla_visit_date",
                                "t44"."month",
                                "t44"."month_end",
                                "t44"."_from"
                              FROM (
                                SELECT
                                  "t101"."la_code",
                                  "t101"."clav_person_id",
                                  "t101"."clav_cla_visit_date"
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
                                ) AS "t101"
                              ) AS "t132"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t44"
                                ON "t132"."clav_cla_visit_date" >= "t44"."_from"
                                AND "t132"."clav_cla_visit_date" <= "t44"."month_end"
                            ) AS "t171"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t195"
                        ) AS "t220"
                          ON "t334"."la_code" = "t220"."la_code"
                          AND "t334"."month" = "t220"."month"
                          AND "t334"."person_id" = "t220"."person_id"
                      ) AS "t348"
                    ) AS "t367"
                  ) AS "t372"
                ) AS "t383"
                GROUP BY
                  1,
                  2
              ) AS "t398"
                ON "t18"."la_code" = "t398"."la_code" AND "t19"."month" = "t398"."month"
            ) AS "t405"
            ORDER BY
              "t405"."la_code" ASC,
              "t405"."month" ASC
          ) AS "t409"
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
                  "t414"."la_code",
                  "t414"."month",
                  SUM(CAST("t414"."_kept" AND COALESCE("t414"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t414"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t413"."la_code",
                    "t413"."month",
                    "t413"."month_end",
                    "t413"."first_due",
                    "t413"."person_id",
                    "t413"."period_start",
                    "t413"."plan_id",
                    "t413"."held_n",
                    "t413"."late_n",
                    "t413"."last",
                    CASE
                      WHEN COALESCE("t413"."held_n", 0) = 0
                      THEN "t413"."first_due"
                      WHEN COALESCE("t413"."held_n", 0) = 1
                      THEN "t413"."last" + INTERVAL '3' MONTH
                      ELSE "t413"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t413"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t413"."held_n", 0) = 0
                        THEN "t413"."first_due"
                        WHEN COALESCE("t413"."held_n", 0) = 1
                        THEN "t413"."last" + INTERVAL '3' MONTH
                        ELSE "t413"."last" + INTERVAL '6' MONTH
                      END > "t413"."month_end"
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
                      "t407"."held_n",
                      "t407"."late_n",
                      "t407"."last"
                    FROM "t359" AS "t365"
                    LEFT OUTER JOIN (
                      SELECT
                        "t404"."la_code",
                        "t404"."plan_id",
                        "t404"."month",
                        COUNT("t404"."k") AS "held_n",
                        SUM(CAST("t404"."late" AS BIGINT)) AS "late_n",
                        MAX("t404"."date") AS "last"
                      FROM (
                        SELECT
                          "t365"."la_code",
                          "t365"."month",
                          "t365"."month_end",
                          "t365"."first_due",
                          "t365"."person_id",
                          "t365"."period_start",
                          "t365"."plan_id",
                          "t397"."la_code" AS "la_code_right",
                          "t397"."plan_id" AS "plan_id_right",
                          "t397"."date",
                          "t397"."k",
                          "t397"."late"
                        FROM "t359" AS "t365"
                        INNER JOIN (
                          SELECT
                            "t386"."la_code",
                            "t386"."plan_id",
                            "t386"."date",
                            "t386"."k",
                            "t386"."date" > CASE
                              WHEN "t386"."k" = 0
                              THEN "t386"."first_due"
                              WHEN "t386"."k" = 1
                              THEN "t386"."prev" + INTERVAL '3' MONTH
                              ELSE "t386"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t375"."la_code",
                              "t375"."plan_id",
                              "t375"."date",
                              "t375"."review_id",
                              "t375"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t375"."la_code", "t375"."plan_id"
                                ORDER BY "t375"."date" ASC, "t375"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t375"."date") OVER (
                                PARTITION BY "t375"."la_code", "t375"."plan_id"
                                ORDER BY "t375"."date" ASC, "t375"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t278"."la_code",
                                "t278"."plan_id",
                                "t278"."date",
                                "t278"."review_id",
                                "t278"."first_due"
                              FROM (
                                SELECT
                                  "t251"."la_code",
                                  "t251"."clar_cla_id" AS "plan_id",
                                  "t251"."clar_cla_review_date" AS "date",
                                  "t251"."clar_cla_review_id" AS "review_id",
                                  "t251"."wd21" + INTERVAL '-1' DAY AS "first_due"
                                FROM (
                                  SELECT
                                    "t218"."la_code",
                                    "t218"."clar_cla_review_id",
                                    "t218"."clar_cla_id",
                                    "t218"."clar_cla_review_due_date",
                                    "t218"."clar_cla_review_date",
                                    "t218"."clar_cla_review_cancelled",
                                    "t218"."first_episode_start",
                                    "t218"."clae_person_id",
                                    "t218"."cla_id",
                                    "t218"."period_start",
                                    "t37"."wd21"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t103"."la_code",
                                        "t103"."clar_cla_review_id",
                                        "t103"."clar_cla_id",
                                        "t103"."clar_cla_review_due_date",
                                        "t103"."clar_cla_review_date",
                                        "t103"."clar_cla_review_cancelled",
                                        "t150"."first_episode_start",
                                        "t150"."clae_person_id",
                                        "t150"."cla_id",
                                        "t150"."period_start"
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
                                      ) AS "t103"
                                      INNER JOIN "cohort_period_starts" AS "t150"
                                        ON "t103"."la_code" = "t150"."la_code" AND "t103"."clar_cla_id" = "t150"."cla_id"
                                    ) AS "t190"
                                    WHERE
                                      "t190"."clar_cla_review_date" >= "t190"."period_start"
                                  ) AS "t218"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_wd_from",
                                      "t8"."date" AS "_wd_from__date"
                                    FROM "_calendar" AS "t8"
                                  ) AS "t35"
                                    ON "t218"."period_start" = "t35"."_wd_from__date"
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
                              ) AS "t278"
                              SEMI JOIN "t359" AS "t366"
                                ON "t278"."la_code" = "t366"."la_code" AND "t278"."plan_id" = "t366"."plan_id"
                            ) AS "t375"
                          ) AS "t386"
                        ) AS "t397"
                          ON "t365"."la_code" = "t397"."la_code"
                          AND "t365"."plan_id" = "t397"."plan_id"
                          AND "t397"."date" <= "t365"."month_end"
                      ) AS "t404"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t407"
                      ON "t365"."la_code" = "t407"."la_code"
                      AND "t365"."plan_id" = "t407"."plan_id"
                      AND "t365"."month" = "t407"."month"
                  ) AS "t413"
                ) AS "t414"
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
              "t385"."la_code",
              "t385"."month",
              'cla_3plus_placements' AS "indicator",
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
                COALESCE("t377"."numerator", 0) AS "numerator",
                COALESCE("t377"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t358"."la_code",
                  "t358"."month",
                  SUM(CAST("t358"."_kept" AND COALESCE("t358"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t358"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t338"."la_code",
                    "t338"."month",
                    "t338"."month_end",
                    "t338"."rolling_start",
                    "t338"."person_id",
                    "t338"."cla_id",
                    "t338"."episode_start",
                    "t338"."placements",
                    COALESCE("t338"."placements", 0) >= 3 AS "hit",
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
                      "t319"."placements"
                    FROM "cohort_looked_after" AS "t261"
                    LEFT OUTER JOIN (
                      SELECT
                        "t299"."la_code",
                        "t299"."month",
                        "t299"."person_id",
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
                          "t142"."la_code" AS "la_code_right",
                          "t142"."clap_cla_placement_id",
                          "t142"."clap_cla_id",
                          "t142"."clap_cla_placement_start_date",
                          "t142"."clap_cla_placement_end_date",
                          "t142"."clap_cla_placement_type",
                          "t142"."clap_long_term",
                          "t142"."cla_id" AS "cla_id_right",
                          "t142"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t261"
                        INNER JOIN (
                          SELECT
                            "t79"."la_code",
                            "t79"."clap_cla_placement_id",
                            "t79"."clap_cla_id",
                            "t79"."clap_cla_placement_start_date",
                            "t79"."clap_cla_placement_end_date",
                            "t79"."clap_cla_placement_type",
                            "t79"."clap_long_term",
                            "t91"."cla_id",
                            "t91"."person_id"
                          FROM "t57" AS "t79"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t70"."la_code",
                              "t70"."clae_cla_id" AS "cla_id",
                              "t70"."clae_person_id" AS "person_id"
                            FROM "t56" AS "t70"
                          ) AS "t91"
                            ON "t79"."la_code" = "t91"."la_code" AND "t79"."clap_cla_id" = "t91"."cla_id"
                        ) AS "t142"
                          ON "t261"."la_code" = "t142"."la_code"
                          AND "t261"."person_id" = "t142"."person_id"
                          AND "t142"."clap_cla_placement_start_date" <= "t261"."month_end"
                          AND (
                            (
                              "t142"."clap_cla_placement_end_date" IS NULL
                            )
                            OR (
                              "t142"."clap_cla_placement_end_date" >= "t261"."rolling_start"
                            )
                          )
                      ) AS "t299"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t319"
                      ON "t261"."la_code" = "t319"."la_code"
                      AND "t261"."month" = "t319"."month"
                      AND "t261"."person_id" = "t319"."person_id"
                  ) AS "t338"
                ) AS "t358"
                GROUP BY
                  1,
                  2
              ) AS "t377"
                ON "t18"."la_code" = "t377"."la_code" AND "t19"."month" = "t377"."month"
            ) AS "t385"
            ORDER BY
              "t385"."la_code" ASC,
              "t385"."month" ASC
          ) AS "t396"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t328"."la_code",
              "t328"."month",
              'cin_count' AS "indicator",
              "t328"."numerator",
              "t328"."denominator",
              "t328"."excluded",
              CAST("t328"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t303"."numerator", 0) AS "numerator",
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
                    "t253"."la_code",
                    "t253"."month",
                    "t253"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t253"
                ) AS "t263"
                GROUP BY
                  1,
                  2
              ) AS "t303"
                ON "t18"."la_code" = "t303"."la_code" AND "t19"."month" = "t303"."month"
            ) AS "t328"
            ORDER BY
              "t328"."la_code" ASC,
              "t328"."month" ASC
          ) AS "t339"
        ) AS "t399"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t329"."la_code",
              "t329"."month",
              'cin_per_10k' AS "indicator",
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
                COALESCE("t303"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t217"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t263"."la_code",
                  "t263"."month",
                  SUM(CAST("t263"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t253"."la_code",
                    "t253"."month",
                    "t253"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t253"
                ) AS "t263"
                GROUP BY
                  1,
                  2
              ) AS "t303"
                ON "t18"."la_code" = "t303"."la_code" AND "t19"."month" = "t303"."month"
              INNER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  "t187"."pop_year",
                  "t187"."population",
                  "t187"."year" AS "year_used"
                FROM (
                  SELECT
                    "t138"."la_code",
                    "t138"."month",
                    "t138"."month_end",
                    "t138"."rolling_start",
                    "t138"."pop_year",
                    "t138"."year",
                    "t138"."population",
                    "t138"."source",
                    "t138"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t138"."la_code", "t138"."month"
                      ORDER BY "t138"."distance" ASC, "t138"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t98"."la_code",
                      "t98"."month",
                      "t98"."month_end",
                      "t98"."rolling_start",
                      "t98"."pop_year",
                      "t98"."year",
                      "t98"."population",
                      "t98"."source",
                      ABS("t98"."year" - "t98"."pop_year") AS "distance"
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
                    ) AS "t98"
                  ) AS "t138"
                ) AS "t187"
                WHERE
                  "t187"."rank" = 0
              ) AS "t217"
                ON "t18"."la_code" = "t217"."la_code" AND "t19"."month" = "t217"."month"
            ) AS "t329"
            ORDER BY
              "t329"."la_code" ASC,
              "t329"."month" ASC
          ) AS "t351"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t368"."la_code",
              "t368"."month",
              'caseload_mean' AS "indicator",
              "t368"."numerator",
              "t368"."denominator",
              "t368"."excluded",
              CASE
                WHEN "t368"."denominator" > 0
                THEN (
                  CAST("t368"."numerator" AS DOUBLE) / "t368"."denominator"
                ) * 1
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
                  "t321"."la_code",
                  "t321"."month",
                  SUM(CASE WHEN "t321"."_kept" THEN COALESCE("t321"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t321"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t310"."la_code",
                    "t310"."month",
                    "t310"."worker_id",
                    "t310"."team_id",
                    "t310"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t310"
                ) AS "t321"
                GROUP BY
                  1,
                  2
              ) AS "t349"
                ON "t18"."la_code" = "t349"."la_code" AND "t19"."month" = "t349"."month"
            ) AS "t368"
            ORDER BY
              "t368"."la_code" ASC,
              "t368"."month" ASC
          ) AS "t378"
        ) AS "t380"
      ) AS "t400"
    ) AS "t421"
  ) AS "t422"
) AS "t423"
ORDER BY
  "t423"."indicator" ASC,
  "t423"."la_code" ASC,
  "t423"."month" ASC
