-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "catalogue"}
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
), "t52" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t53" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t5"
  WHERE
    "t5"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t54" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t6"
  WHERE
    "t6"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t57" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t58" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t11"
  WHERE
    "t11"."la_code" IN (
      SELECT
        *
      FROM "t22"
    )
), "t109" AS (
  SELECT
    "t66"."la_code",
    "t66"."cont_contact_id",
    "t66"."cont_person_id",
    "t66"."cont_contact_date",
    "t66"."cont_contact_source_code",
    "t66"."cont_contact_outcome_json",
    "t66"."cont_screening_date",
    "t66"."cont_screened_by_qualified",
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
  ) AS "t66"
  INNER JOIN "_months" AS "t19"
    ON CAST("t66"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t66"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "t131" AS (
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
      "t75"."la_code",
      "t75"."cine_referral_id",
      "t75"."cine_person_id",
      "t75"."cine_referral_date",
      "t75"."cine_referral_source_code",
      "t75"."cine_referral_nfa",
      "t75"."cine_cin_primary_need_code",
      "t75"."cine_close_date",
      "t75"."cine_close_reason",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM "t52" AS "t75"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t87"
  WHERE
    "t87"."cine_referral_date" <= "t87"."_last_end"
    AND COALESCE("t87"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t87"."_first_end"
), "cohort_open_plans" AS (
  SELECT
    "t77"."la_code",
    "t77"."cppl_cp_plan_id",
    "t77"."cppl_person_id",
    "t77"."cppl_cp_plan_start_date",
    "t77"."cppl_cp_plan_end_date",
    "t77"."cppl_cp_plan_initial_category",
    "t77"."cppl_cp_plan_latest_category",
    "t77"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "t54" AS "t77"
  INNER JOIN "_months" AS "t19"
    ON "t77"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t77"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "t137" AS (
  SELECT
    "t93"."la_code",
    "t93"."clae_cla_episode_id",
    "t93"."clae_person_id",
    "t93"."clae_cla_id",
    "t93"."clae_cla_episode_start_date",
    "t93"."clae_cla_episode_ceased_date",
    "t93"."clae_entered_care_date",
    "t93"."clae_cla_placement_id"
  FROM (
    SELECT
      "t79"."la_code",
      "t79"."clae_cla_episode_id",
      "t79"."clae_person_id",
      "t79"."clae_cla_id",
      "t79"."clae_cla_episode_start_date",
      "t79"."clae_cla_episode_ceased_date",
      "t79"."clae_entered_care_date",
      "t79"."clae_cla_placement_id",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM "t57" AS "t79"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t93"
  WHERE
    "t93"."clae_cla_episode_start_date" <= "t93"."_last_end"
    AND COALESCE("t93"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t93"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t94"."la_code",
    "t94"."first_episode_start",
    "t94"."clae_person_id",
    "t94"."clae_cla_id" AS "cla_id",
    COALESCE("t94"."entered", "t94"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t72"."la_code",
      "t72"."clae_cla_id",
      MIN("t72"."clae_entered_care_date") AS "entered",
      MIN("t72"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t72"."clae_person_id") AS "clae_person_id"
    FROM "t57" AS "t72"
    GROUP BY
      1,
      2
  ) AS "t94"
), "t157" AS (
  SELECT
    "t116"."la_code",
    "t116"."invo_involvements_id",
    "t116"."invo_person_id",
    "t116"."invo_professional_id",
    "t116"."invo_professional_role_id",
    "t116"."invo_professional_team",
    "t116"."invo_involvement_start_date",
    "t116"."invo_involvement_end_date",
    "t116"."invo_worker_change_reason",
    "t116"."invo_referral_id",
    "t116"."_start",
    "t116"."_end"
  FROM (
    SELECT
      "t97"."la_code",
      "t97"."invo_involvements_id",
      "t97"."invo_person_id",
      "t97"."invo_professional_id",
      "t97"."invo_professional_role_id",
      "t97"."invo_professional_team",
      "t97"."invo_involvement_start_date",
      "t97"."invo_involvement_end_date",
      "t97"."invo_worker_change_reason",
      "t97"."invo_referral_id",
      "t97"."_start",
      "t97"."_end",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM (
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
        FROM "ssd_involvements" AS "t12"
        WHERE
          "t12"."la_code" IN (
            SELECT
              *
            FROM "t22"
          )
      ) AS "t59"
      WHERE
        "t59"."invo_professional_id" IS NOT NULL
    ) AS "t97"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t116"
  WHERE
    "t116"."_start" <= "t116"."_last_end"
    AND COALESCE("t116"."_end", MAKE_DATE(9999, 12, 31)) > "t116"."_first_end"
), "t163" AS (
  SELECT
    "t125"."la_code",
    "t125"."clap_cla_placement_id",
    "t125"."clap_cla_id",
    "t125"."clap_cla_placement_start_date",
    "t125"."clap_cla_placement_end_date",
    "t125"."clap_cla_placement_type",
    "t125"."clap_long_term"
  FROM (
    SELECT
      "t105"."la_code",
      "t105"."clap_cla_placement_id",
      "t105"."clap_cla_id",
      "t105"."clap_cla_placement_start_date",
      "t105"."clap_cla_placement_end_date",
      "t105"."clap_cla_placement_type",
      "t105"."clap_long_term",
      "t44"."_first_end",
      "t44"."_last_end"
    FROM (
      SELECT
        *
      FROM "t58" AS "t73"
      WHERE
        "t73"."la_code" IN (
          SELECT
            "t16"."la_code"
          FROM "_supplied" AS "t16"
          WHERE
            "t16"."table_name" = 'ssd_cla_placement'
            AND "t16"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t105"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t44"
  ) AS "t125"
  WHERE
    "t125"."clap_cla_placement_start_date" <= "t125"."_last_end"
    AND COALESCE("t125"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t125"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t143"."la_code",
    "t143"."month",
    "t143"."month_end",
    "t143"."cppl_person_id",
    MIN("t143"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t143"
  GROUP BY
    1,
    2,
    3,
    4
), "t186" AS (
  SELECT
    "t143"."la_code",
    "t143"."month",
    "t143"."month_end",
    "t143"."cppl_cp_plan_id" AS "plan_id",
    "t143"."cppl_cp_plan_start_date" AS "start",
    "t143"."cppl_person_id" AS "person_id",
    "t143"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t143"
  WHERE
    (
      "t143"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t143"."month_end"
), "cohort_in_need" AS (
  SELECT
    "t150"."la_code",
    "t19"."month",
    "t150"."cine_person_id"
  FROM "t131" AS "t150"
  INNER JOIN "_months" AS "t19"
    ON "t150"."cine_referral_date" <= "t19"."month_end"
    AND COALESCE("t150"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t150"."la_code",
      "t150"."cine_referral_id" AS "_superseded",
      "t151"."cine_referral_date" AS "_start",
      "t151"."cine_close_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t131" AS "t150"
    INNER JOIN "t131" AS "t151"
      ON "t150"."la_code" = "t151"."la_code"
      AND "t150"."cine_person_id" = "t151"."cine_person_id"
      AND "t151"."cine_referral_date" >= "t150"."cine_referral_date"
      AND (
        (
          "t151"."cine_referral_date" > "t150"."cine_referral_date"
        )
        OR (
          "t151"."cine_referral_id" > "t150"."cine_referral_id"
        )
      )
      AND "t151"."cine_referral_date" < COALESCE("t150"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t151"."cine_referral_date" <= "t20"."month_end"
      AND COALESCE("t151"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t207"
    ON "t150"."la_code" = "t207"."la_code"
    AND "t19"."month" = "t207"."month"
    AND "t150"."cine_referral_id" = "t207"."_superseded"
), "cohort_looked_after" AS (
  SELECT
    "t154"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t154"."clae_person_id" AS "person_id",
    "t154"."clae_cla_id" AS "cla_id",
    "t154"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t137" AS "t154"
  INNER JOIN "_months" AS "t19"
    ON "t154"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t154"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t154"."la_code",
      "t154"."clae_cla_episode_id" AS "_superseded",
      "t155"."clae_cla_episode_start_date" AS "_start",
      "t155"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t137" AS "t154"
    INNER JOIN "t137" AS "t155"
      ON "t154"."la_code" = "t155"."la_code"
      AND "t154"."clae_person_id" = "t155"."clae_person_id"
      AND "t155"."clae_cla_episode_start_date" >= "t154"."clae_cla_episode_start_date"
      AND (
        (
          "t155"."clae_cla_episode_start_date" > "t154"."clae_cla_episode_start_date"
        )
        OR (
          "t155"."clae_cla_episode_id" > "t154"."clae_cla_episode_id"
        )
      )
      AND "t155"."clae_cla_episode_start_date" < COALESCE("t154"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t20"
      ON "t155"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t155"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t212"
    ON "t154"."la_code" = "t212"."la_code"
    AND "t19"."month" = "t212"."month"
    AND "t154"."clae_cla_episode_id" = "t212"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t175"."la_code",
    "t19"."month",
    "t175"."invo_person_id" AS "person_id",
    "t175"."invo_professional_id" AS "worker_id",
    "t175"."invo_professional_team" AS "team_id"
  FROM "t157" AS "t175"
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
    FROM "t157" AS "t175"
    INNER JOIN "t157" AS "t176"
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
  ) AS "t230"
    ON "t175"."la_code" = "t230"."la_code"
    AND "t19"."month" = "t230"."month"
    AND "t175"."invo_involvements_id" = "t230"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t275"."la_code",
    "t275"."month",
    "t275"."worker_id",
    MAX("t275"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t275"
  GROUP BY
    1,
    2,
    3
), "t325" AS (
  SELECT
    "t293"."la_code",
    "t293"."month",
    "t293"."month_end",
    "t293"."first_due",
    "t293"."person_id",
    "t293"."period_start",
    "t293"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t265"."la_code",
      "t265"."month",
      "t265"."month_end",
      "t265"."rolling_start",
      "t265"."person_id",
      "t265"."cla_id",
      "t265"."episode_start",
      "t239"."first_episode_start",
      "t239"."clae_person_id",
      "t239"."period_start",
      "t239"."first_due",
      "t47"."_wd_a",
      "t49"."_wd_b"
    FROM "cohort_looked_after" AS "t265"
    INNER JOIN (
      SELECT
        "t220".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t195"."la_code",
          "t195"."first_episode_start",
          "t195"."clae_person_id",
          "t195"."cla_id",
          "t195"."period_start",
          "t195"."wd21",
          "t195"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t156"."la_code",
            "t156"."first_episode_start",
            "t156"."clae_person_id",
            "t156"."cla_id",
            "t156"."period_start",
            "t37"."wd21"
          FROM "cohort_period_starts" AS "t156"
          LEFT OUTER JOIN (
            SELECT
              "t8"."wd_ordinal" AS "_wd_from",
              "t8"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t8"
          ) AS "t35"
            ON "t156"."period_start" = "t35"."_wd_from__date"
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
        ) AS "t195"
      ) AS "t220"
    ) AS "t239"
      ON "t265"."la_code" = "t239"."la_code" AND "t265"."cla_id" = "t239"."cla_id"
    LEFT OUTER JOIN "t23" AS "t47"
      ON "t239"."period_start" = "t47"."_wd_a__date"
    LEFT OUTER JOIN "t24" AS "t49"
      ON "t265"."month_end" = "t49"."_wd_b__date"
  ) AS "t293"
  WHERE
    (
      "t293"."_wd_b" - "t293"."_wd_a"
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
            "t383"."la_code",
            "t383"."month",
            'caseload_over_policy' AS "indicator",
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
              COALESCE("t368"."numerator", 0) AS "numerator",
              COALESCE("t368"."denominator", 0) AS "denominator",
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
                  "t314"."la_code",
                  "t314"."month",
                  "t314"."worker_id",
                  "t314"."team_id",
                  "t314"."amount",
                  "t314"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t314"
              ) AS "t332"
              GROUP BY
                1,
                2
            ) AS "t368"
              ON "t18"."la_code" = "t368"."la_code" AND "t19"."month" = "t368"."month"
          ) AS "t383"
          ORDER BY
            "t383"."la_code" ASC,
            "t383"."month" ASC
        ) AS "t394"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t386"."la_code",
            "t386"."month",
            'unallocated_cp_cla' AS "indicator",
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
              COALESCE("t376"."numerator", 0) AS "numerator",
              COALESCE("t376"."denominator", 0) AS "denominator",
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
                  "t327"."la_code",
                  "t327"."month",
                  "t327"."person_id",
                  "t327"."worker_id",
                  "t327"."worker_id" IS NULL AS "hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t285"."la_code",
                    "t285"."month",
                    "t285"."person_id",
                    "t296"."worker_id"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t190"."la_code",
                        "t190"."month",
                        "t190"."cppl_person_id" AS "person_id"
                      FROM "cohort_on_plan" AS "t190"
                    ) AS "t209"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t261"."la_code",
                        "t261"."month",
                        "t261"."person_id"
                      FROM "cohort_looked_after" AS "t261"
                    ) AS "t272"
                  ) AS "t285"
                  LEFT OUTER JOIN (
                    SELECT
                      "t275"."la_code",
                      "t275"."month",
                      "t275"."person_id",
                      "t275"."worker_id"
                    FROM "cohort_allocated" AS "t275"
                  ) AS "t296"
                    ON "t285"."la_code" = "t296"."la_code"
                    AND "t285"."month" = "t296"."month"
                    AND "t285"."person_id" = "t296"."person_id"
                ) AS "t327"
              ) AS "t346"
              GROUP BY
                1,
                2
            ) AS "t376"
              ON "t18"."la_code" = "t376"."la_code" AND "t19"."month" = "t376"."month"
          ) AS "t386"
          ORDER BY
            "t386"."la_code" ASC,
            "t386"."month" ASC
        ) AS "t397"
      ) AS "t399"
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
              "t225"."la_code",
              "t225"."month",
              'contacts' AS "indicator",
              "t225"."numerator",
              "t225"."denominator",
              "t225"."excluded",
              CAST("t225"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t189"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t141"."la_code",
                  "t141"."month",
                  SUM(CAST("t141"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t119"."la_code",
                    "t119"."cont_contact_id",
                    "t119"."cont_person_id",
                    "t119"."cont_contact_date",
                    "t119"."cont_contact_source_code",
                    "t119"."cont_contact_outcome_json",
                    "t119"."cont_screening_date",
                    "t119"."cont_screened_by_qualified",
                    "t119"."month",
                    "t119"."month_end",
                    "t119"."rolling_start",
                    "t119"."pop_year",
                    TRUE AS "_kept"
                  FROM "t109" AS "t119"
                ) AS "t141"
                GROUP BY
                  1,
                  2
              ) AS "t189"
                ON "t18"."la_code" = "t189"."la_code" AND "t19"."month" = "t189"."month"
            ) AS "t225"
            ORDER BY
              "t225"."la_code" ASC,
              "t225"."month" ASC
          ) AS "t250"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t268"."la_code",
              "t268"."month",
              'contacts_screened_24h' AS "indicator",
              "t268"."numerator",
              "t268"."denominator",
              "t268"."excluded",
              CASE
                WHEN "t268"."denominator" > 0
                THEN (
                  CAST("t268"."numerator" AS DOUBLE) / "t268"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t241"."numerator", 0) AS "numerator",
                COALESCE("t241"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t179"."la_code",
                  "t179"."month",
                  SUM(CAST("t179"."_kept" AND COALESCE("t179"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t179"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t119"."la_code",
                    "t119"."cont_contact_id",
                    "t119"."cont_person_id",
                    "t119"."cont_contact_date",
                    "t119"."cont_contact_source_code",
                    "t119"."cont_contact_outcome_json",
                    "t119"."cont_screening_date",
                    "t119"."cont_screened_by_qualified",
                    "t119"."month",
                    "t119"."month_end",
                    "t119"."rolling_start",
                    "t119"."pop_year",
                    (
                      "t119"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t119"."cont_screening_date" <= (
                        "t119"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t119"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t119"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t109" AS "t119"
                ) AS "t179"
                GROUP BY
                  1,
                  2
              ) AS "t241"
                ON "t18"."la_code" = "t241"."la_code" AND "t19"."month" = "t241"."month"
            ) AS "t268"
            ORDER BY
              "t268"."la_code" ASC,
              "t268"."month" ASC
          ) AS "t315"
        ) AS "t322"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t254"."la_code",
              "t254"."month",
              'contacts_to_referral' AS "indicator",
              "t254"."numerator",
              "t254"."denominator",
              "t254"."excluded",
              CASE
                WHEN "t254"."denominator" > 0
                THEN (
                  CAST("t254"."numerator" AS DOUBLE) / "t254"."denominator"
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
                  "t160"."la_code",
                  "t160"."month",
                  SUM(CAST("t160"."_kept" AND COALESCE("t160"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t160"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t119"."la_code",
                    "t119"."cont_contact_id",
                    "t119"."cont_person_id",
                    "t119"."cont_contact_date",
                    "t119"."cont_contact_source_code",
                    "t119"."cont_contact_outcome_json",
                    "t119"."cont_screening_date",
                    "t119"."cont_screened_by_qualified",
                    "t119"."month",
                    "t119"."month_end",
                    "t119"."rolling_start",
                    "t119"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        "t119"."cont_contact_outcome_json",
                        '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t109" AS "t119"
                ) AS "t160"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
            ) AS "t254"
            ORDER BY
              "t254"."la_code" ASC,
              "t254"."month" ASC
          ) AS "t297"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t215"."la_code",
              "t215"."month",
              'referrals' AS "indicator",
              "t215"."numerator",
              "t215"."denominator",
              "t215"."excluded",
              CAST("t215"."numerator" AS DOUBLE) AS "value"
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
                  "t128"."la_code",
                  "t128"."month",
                  SUM(CAST("t128"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t110"."la_code",
                    "t110"."cine_referral_id",
                    "t110"."cine_person_id",
                    "t110"."cine_referral_date",
                    "t110"."cine_referral_source_code",
                    "t110"."cine_referral_nfa",
                    "t110"."cine_cin_primary_need_code",
                    "t110"."cine_close_date",
                    "t110"."cine_close_reason",
                    "t110"."month",
                    "t110"."month_end",
                    "t110"."rolling_start",
                    "t110"."pop_year",
                    TRUE AS "_kept"
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
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t52" AS "t75"
                    INNER JOIN "_months" AS "t19"
                      ON "t75"."cine_referral_date" >= "t19"."month"
                      AND "t75"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t110"
                ) AS "t128"
                GROUP BY
                  1,
                  2
              ) AS "t181"
                ON "t18"."la_code" = "t181"."la_code" AND "t19"."month" = "t181"."month"
            ) AS "t215"
            ORDER BY
              "t215"."la_code" ASC,
              "t215"."month" ASC
          ) AS "t242"
        ) AS "t307"
      ) AS "t328"
    ) AS "t400"
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
                COALESCE("t182"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t227"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t129"."la_code",
                  "t129"."month",
                  SUM(CAST("t129"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t111"."la_code",
                    "t111"."cine_referral_id",
                    "t111"."cine_person_id",
                    "t111"."cine_referral_date",
                    "t111"."cine_referral_source_code",
                    "t111"."cine_referral_nfa",
                    "t111"."cine_cin_primary_need_code",
                    "t111"."cine_close_date",
                    "t111"."cine_close_reason",
                    "t111"."month",
                    "t111"."month_end",
                    "t111"."rolling_start",
                    "t111"."pop_year",
                    TRUE AS "_kept"
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
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t52" AS "t75"
                    INNER JOIN "_months" AS "t19"
                      ON "t75"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t75"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t111"
                ) AS "t129"
                GROUP BY
                  1,
                  2
              ) AS "t182"
                ON "t18"."la_code" = "t182"."la_code" AND "t19"."month" = "t182"."month"
              INNER JOIN (
                SELECT
                  "t192"."la_code",
                  "t192"."month",
                  "t192"."pop_year",
                  "t192"."population",
                  "t192"."year" AS "year_used"
                FROM (
                  SELECT
                    "t145"."la_code",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    "t145"."year",
                    "t145"."population",
                    "t145"."source",
                    "t145"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t145"."la_code", "t145"."month"
                      ORDER BY "t145"."distance" ASC, "t145"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t103"."la_code",
                      "t103"."month",
                      "t103"."month_end",
                      "t103"."rolling_start",
                      "t103"."pop_year",
                      "t103"."year",
                      "t103"."population",
                      "t103"."source",
                      ABS("t103"."year" - "t103"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t70"."year",
                        "t70"."population",
                        "t70"."source"
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
                      ) AS "t70"
                        ON "t18"."la_code" = "t70"."la_code"
                    ) AS "t103"
                  ) AS "t145"
                ) AS "t192"
                WHERE
                  "t192"."rank" = 0
              ) AS "t227"
                ON "t18"."la_code" = "t227"."la_code" AND "t19"."month" = "t227"."month"
            ) AS "t258"
            ORDER BY
              "t258"."la_code" ASC,
              "t258"."month" ASC
          ) AS "t289"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t333"."la_code",
              "t333"."month",
              'rereferrals_12m' AS "indicator",
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
                COALESCE("t308"."numerator", 0) AS "numerator",
                COALESCE("t308"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t255"."la_code",
                  "t255"."month",
                  SUM(CAST("t255"."_kept" AND COALESCE("t255"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t255"."_kept" AS BIGINT)) AS "denominator"
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
                      "t130"."la_code",
                      "t130"."cine_referral_id",
                      "t130"."cine_person_id",
                      "t130"."cine_referral_date",
                      COALESCE("t206"."hit", FALSE) AS "hit",
                      "t20"."month",
                      "t20"."month_end",
                      "t20"."rolling_start",
                      "t20"."pop_year"
                    FROM (
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
                          "t75"."la_code",
                          "t75"."cine_referral_id",
                          "t75"."cine_person_id",
                          "t75"."cine_referral_date",
                          "t75"."cine_referral_source_code",
                          "t75"."cine_referral_nfa",
                          "t75"."cine_cin_primary_need_code",
                          "t75"."cine_close_date",
                          "t75"."cine_close_reason",
                          "t43"."_lo",
                          "t43"."_hi"
                        FROM "t52" AS "t75"
                        CROSS JOIN (
                          SELECT
                            MIN("t1"."rolling_start") AS "_lo",
                            MAX("t1"."month_end") AS "_hi"
                          FROM "_months" AS "t1"
                        ) AS "t43"
                      ) AS "t86"
                      WHERE
                        "t86"."cine_referral_date" >= "t86"."_lo"
                        AND "t86"."cine_referral_date" <= "t86"."_hi"
                    ) AS "t130"
                    LEFT OUTER JOIN (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t130"."la_code",
                          "t130"."cine_referral_id",
                          TRUE AS "hit"
                        FROM (
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
                              "t75"."la_code",
                              "t75"."cine_referral_id",
                              "t75"."cine_person_id",
                              "t75"."cine_referral_date",
                              "t75"."cine_referral_source_code",
                              "t75"."cine_referral_nfa",
                              "t75"."cine_cin_primary_need_code",
                              "t75"."cine_close_date",
                              "t75"."cine_close_reason",
                              "t43"."_lo",
                              "t43"."_hi"
                            FROM "t52" AS "t75"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t43"
                          ) AS "t86"
                          WHERE
                            "t86"."cine_referral_date" >= "t86"."_lo"
                            AND "t86"."cine_referral_date" <= "t86"."_hi"
                        ) AS "t130"
                        INNER JOIN (
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
                              "t75"."la_code",
                              "t75"."cine_referral_id",
                              "t75"."cine_person_id",
                              "t75"."cine_referral_date",
                              "t75"."cine_referral_source_code",
                              "t75"."cine_referral_nfa",
                              "t75"."cine_cin_primary_need_code",
                              "t75"."cine_close_date",
                              "t75"."cine_close_reason",
                              "t64"."_lo",
                              "t64"."_hi"
                            FROM "t52" AS "t75"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t64"
                          ) AS "t88"
                          WHERE
                            "t88"."cine_referral_date" >= "t88"."_lo"
                            AND "t88"."cine_referral_date" <= "t88"."_hi"
                        ) AS "t132"
                          ON "t130"."la_code" = "t132"."la_code"
                          AND "t130"."cine_person_id" = "t132"."cine_person_id"
                          AND "t132"."cine_referral_date" >= (
                            "t130"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                          AND "t132"."cine_referral_date" < "t130"."cine_referral_date"
                      ) AS "t183"
                    ) AS "t206"
                      ON "t130"."la_code" = "t206"."la_code"
                      AND "t130"."cine_referral_id" = "t206"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t130"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t130"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t243"
                ) AS "t255"
                GROUP BY
                  1,
                  2
              ) AS "t308"
                ON "t18"."la_code" = "t308"."la_code" AND "t19"."month" = "t308"."month"
            ) AS "t333"
            ORDER BY
              "t333"."la_code" ASC,
              "t333"."month" ASC
          ) AS "t364"
        ) AS "t369"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t205"."la_code",
              "t205"."month",
              'assessments_completed' AS "indicator",
              "t205"."numerator",
              "t205"."denominator",
              "t205"."excluded",
              CAST("t205"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t165"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t117"."la_code",
                  "t117"."month",
                  SUM(CAST("t117"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t100"."la_code",
                    "t100"."cina_assessment_id",
                    "t100"."cina_person_id",
                    "t100"."cina_referral_id",
                    "t100"."cina_assessment_start_date",
                    "t100"."cina_assessment_auth_date",
                    "t100"."cina_assessment_child_seen",
                    "t100"."month",
                    "t100"."month_end",
                    "t100"."rolling_start",
                    "t100"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t65"."la_code",
                      "t65"."cina_assessment_id",
                      "t65"."cina_person_id",
                      "t65"."cina_referral_id",
                      "t65"."cina_assessment_start_date",
                      "t65"."cina_assessment_auth_date",
                      "t65"."cina_assessment_child_seen",
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
                    ) AS "t65"
                    INNER JOIN "_months" AS "t19"
                      ON "t65"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t65"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t100"
                ) AS "t117"
                GROUP BY
                  1,
                  2
              ) AS "t165"
                ON "t18"."la_code" = "t165"."la_code" AND "t19"."month" = "t165"."month"
            ) AS "t205"
            ORDER BY
              "t205"."la_code" ASC,
              "t205"."month" ASC
          ) AS "t233"
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
                COALESCE("t166"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t227"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t118"."la_code",
                  "t118"."month",
                  SUM(CAST("t118"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t101"."la_code",
                    "t101"."cina_assessment_id",
                    "t101"."cina_person_id",
                    "t101"."cina_referral_id",
                    "t101"."cina_assessment_start_date",
                    "t101"."cina_assessment_auth_date",
                    "t101"."cina_assessment_child_seen",
                    "t101"."month",
                    "t101"."month_end",
                    "t101"."rolling_start",
                    "t101"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t65"."la_code",
                      "t65"."cina_assessment_id",
                      "t65"."cina_person_id",
                      "t65"."cina_referral_id",
                      "t65"."cina_assessment_start_date",
                      "t65"."cina_assessment_auth_date",
                      "t65"."cina_assessment_child_seen",
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
                    ) AS "t65"
                    INNER JOIN "_months" AS "t19"
                      ON "t65"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t65"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t101"
                ) AS "t118"
                GROUP BY
                  1,
                  2
              ) AS "t166"
                ON "t18"."la_code" = "t166"."la_code" AND "t19"."month" = "t166"."month"
              INNER JOIN (
                SELECT
                  "t192"."la_code",
                  "t192"."month",
                  "t192"."pop_year",
                  "t192"."population",
                  "t192"."year" AS "year_used"
                FROM (
                  SELECT
                    "t145"."la_code",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    "t145"."year",
                    "t145"."population",
                    "t145"."source",
                    "t145"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t145"."la_code", "t145"."month"
                      ORDER BY "t145"."distance" ASC, "t145"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t103"."la_code",
                      "t103"."month",
                      "t103"."month_end",
                      "t103"."rolling_start",
                      "t103"."pop_year",
                      "t103"."year",
                      "t103"."population",
                      "t103"."source",
                      ABS("t103"."year" - "t103"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t70"."year",
                        "t70"."population",
                        "t70"."source"
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
                      ) AS "t70"
                        ON "t18"."la_code" = "t70"."la_code"
                    ) AS "t103"
                  ) AS "t145"
                ) AS "t192"
                WHERE
                  "t192"."rank" = 0
              ) AS "t227"
                ON "t18"."la_code" = "t227"."la_code" AND "t19"."month" = "t227"."month"
            ) AS "t259"
            ORDER BY
              "t259"."la_code" ASC,
              "t259"."month" ASC
          ) AS "t290"
        ) AS "t303"
      ) AS "t372"
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
              "t323"."la_code",
              "t323"."month",
              'assessments_in_timescale' AS "indicator",
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
                COALESCE("t288"."numerator", 0) AS "numerator",
                COALESCE("t288"."denominator", 0) AS "denominator",
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
                    "t208"."la_code",
                    "t208"."cina_assessment_id",
                    "t208"."cina_person_id",
                    "t208"."cina_referral_id",
                    "t208"."cina_assessment_start_date",
                    "t208"."cina_assessment_auth_date",
                    "t208"."cina_assessment_child_seen",
                    "t208"."month",
                    "t208"."month_end",
                    "t208"."rolling_start",
                    "t208"."pop_year",
                    "t208"."la_code_right",
                    "t208"."cine_referral_id",
                    "t208"."cine_referral_date",
                    "t208"."_start",
                    "t208"."_wd_b" - "t208"."_wd_a" AS "wd",
                    (
                      "t208"."_wd_b" - "t208"."_wd_a"
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
                      "t46"."_wd_a",
                      "t48"."_wd_b"
                    FROM (
                      SELECT
                        "t133"."la_code",
                        "t133"."cina_assessment_id",
                        "t133"."cina_person_id",
                        "t133"."cina_referral_id",
                        "t133"."cina_assessment_start_date",
                        "t133"."cina_assessment_auth_date",
                        "t133"."cina_assessment_child_seen",
                        "t133"."month",
                        "t133"."month_end",
                        "t133"."rolling_start",
                        "t133"."pop_year",
                        "t133"."la_code_right",
                        "t133"."cine_referral_id",
                        "t133"."cine_referral_date",
                        COALESCE("t133"."cine_referral_date", "t133"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t65"."la_code",
                          "t65"."cina_assessment_id",
                          "t65"."cina_person_id",
                          "t65"."cina_referral_id",
                          "t65"."cina_assessment_start_date",
                          "t65"."cina_assessment_auth_date",
                          "t65"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t89"."la_code" AS "la_code_right",
                          "t89"."cine_referral_id",
                          "t89"."cine_referral_date"
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
                        ) AS "t65"
                        INNER JOIN "_months" AS "t19"
                          ON "t65"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t65"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t67"."la_code",
                            "t67"."cine_referral_id",
                            "t67"."cine_referral_date"
                          FROM "t52" AS "t67"
                        ) AS "t89"
                          ON "t65"."la_code" = "t89"."la_code"
                          AND "t65"."cina_referral_id" = "t89"."cine_referral_id"
                      ) AS "t133"
                    ) AS "t169"
                    LEFT OUTER JOIN "t23" AS "t46"
                      ON "t169"."_start" = "t46"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t48"
                      ON "t169"."cina_assessment_auth_date" = "t48"."_wd_b__date"
                  ) AS "t208"
                ) AS "t245"
                GROUP BY
                  1,
                  2
              ) AS "t288"
                ON "t18"."la_code" = "t288"."la_code" AND "t19"."month" = "t288"."month"
            ) AS "t323"
            ORDER BY
              "t323"."la_code" ASC,
              "t323"."month" ASC
          ) AS "t352"
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
                COALESCE("t184"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t227"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t134"."la_code",
                  "t134"."month",
                  SUM(CAST("t134"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t112"."la_code",
                    "t112"."s47e_s47_enquiry_id",
                    "t112"."s47e_person_id",
                    "t112"."s47e_referral_id",
                    "t112"."s47e_s47_start_date",
                    "t112"."s47e_s47_end_date",
                    "t112"."s47e_s47_nfa",
                    "t112"."month",
                    "t112"."month_end",
                    "t112"."rolling_start",
                    "t112"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t76"."la_code",
                      "t76"."s47e_s47_enquiry_id",
                      "t76"."s47e_person_id",
                      "t76"."s47e_referral_id",
                      "t76"."s47e_s47_start_date",
                      "t76"."s47e_s47_end_date",
                      "t76"."s47e_s47_nfa",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t53" AS "t76"
                    INNER JOIN "_months" AS "t19"
                      ON "t76"."s47e_s47_start_date" >= "t19"."rolling_start"
                      AND "t76"."s47e_s47_start_date" <= "t19"."month_end"
                  ) AS "t112"
                ) AS "t134"
                GROUP BY
                  1,
                  2
              ) AS "t184"
                ON "t18"."la_code" = "t184"."la_code" AND "t19"."month" = "t184"."month"
              INNER JOIN (
                SELECT
                  "t192"."la_code",
                  "t192"."month",
                  "t192"."pop_year",
                  "t192"."population",
                  "t192"."year" AS "year_used"
                FROM (
                  SELECT
                    "t145"."la_code",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    "t145"."year",
                    "t145"."population",
                    "t145"."source",
                    "t145"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t145"."la_code", "t145"."month"
                      ORDER BY "t145"."distance" ASC, "t145"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t103"."la_code",
                      "t103"."month",
                      "t103"."month_end",
                      "t103"."rolling_start",
                      "t103"."pop_year",
                      "t103"."year",
                      "t103"."population",
                      "t103"."source",
                      ABS("t103"."year" - "t103"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t70"."year",
                        "t70"."population",
                        "t70"."source"
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
                      ) AS "t70"
                        ON "t18"."la_code" = "t70"."la_code"
                    ) AS "t103"
                  ) AS "t145"
                ) AS "t192"
                WHERE
                  "t192"."rank" = 0
              ) AS "t227"
                ON "t18"."la_code" = "t227"."la_code" AND "t19"."month" = "t227"."month"
            ) AS "t260"
            ORDER BY
              "t260"."la_code" ASC,
              "t260"."month" ASC
          ) AS "t291"
        ) AS "t358"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t320"."la_code",
              "t320"."month",
              'icpc_in_15wd' AS "indicator",
              "t320"."numerator",
              "t320"."denominator",
              "t320"."excluded",
              CASE
                WHEN "t320"."denominator" > 0
                THEN (
                  CAST("t320"."numerator" AS DOUBLE) / "t320"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t284"."numerator", 0) AS "numerator",
                COALESCE("t284"."denominator", 0) AS "denominator",
                COALESCE("t284"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t238"."la_code",
                  "t238"."month",
                  SUM(CAST("t238"."_kept" AND COALESCE("t238"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t238"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t238"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t193"."la_code",
                    "t193"."icpc_icpc_id",
                    "t193"."icpc_person_id",
                    "t193"."icpc_s47_enquiry_id",
                    "t193"."icpc_cp_plan_id",
                    "t193"."icpc_icpc_date",
                    "t193"."icpc_icpc_outcome_cp_flag",
                    "t193"."icpc_icpc_transfer_in",
                    "t193"."month",
                    "t193"."month_end",
                    "t193"."rolling_start",
                    "t193"."pop_year",
                    "t193"."la_code_right",
                    "t193"."s47e_s47_enquiry_id",
                    "t193"."s47e_s47_start_date",
                    "t193"."_wd_b" - "t193"."_wd_a" AS "wd",
                    "t193"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t193"."_wd_b" - "t193"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t193"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t153"."la_code",
                      "t153"."icpc_icpc_id",
                      "t153"."icpc_person_id",
                      "t153"."icpc_s47_enquiry_id",
                      "t153"."icpc_cp_plan_id",
                      "t153"."icpc_icpc_date",
                      "t153"."icpc_icpc_outcome_cp_flag",
                      "t153"."icpc_icpc_transfer_in",
                      "t153"."month",
                      "t153"."month_end",
                      "t153"."rolling_start",
                      "t153"."pop_year",
                      "t90"."la_code" AS "la_code_right",
                      "t90"."s47e_s47_enquiry_id",
                      "t90"."s47e_s47_start_date",
                      "t47"."_wd_a",
                      "t49"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t71"."la_code",
                          "t71"."icpc_icpc_id",
                          "t71"."icpc_person_id",
                          "t71"."icpc_s47_enquiry_id",
                          "t71"."icpc_cp_plan_id",
                          "t71"."icpc_icpc_date",
                          "t71"."icpc_icpc_outcome_cp_flag",
                          "t71"."icpc_icpc_transfer_in",
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
                        ) AS "t71"
                        INNER JOIN "_months" AS "t19"
                          ON "t71"."icpc_icpc_date" >= "t19"."month"
                          AND "t71"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t104"
                      WHERE
                        NOT (
                          COALESCE("t104"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t153"
                    LEFT OUTER JOIN (
                      SELECT
                        "t68"."la_code",
                        "t68"."s47e_s47_enquiry_id",
                        "t68"."s47e_s47_start_date"
                      FROM "t53" AS "t68"
                    ) AS "t90"
                      ON "t153"."la_code" = "t90"."la_code"
                      AND "t153"."icpc_s47_enquiry_id" = "t90"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t23" AS "t47"
                      ON "t90"."s47e_s47_start_date" = "t47"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t49"
                      ON "t153"."icpc_icpc_date" = "t49"."_wd_b__date"
                  ) AS "t193"
                ) AS "t238"
                GROUP BY
                  1,
                  2
              ) AS "t284"
                ON "t18"."la_code" = "t284"."la_code" AND "t19"."month" = "t284"."month"
            ) AS "t320"
            ORDER BY
              "t320"."la_code" ASC,
              "t320"."month" ASC
          ) AS "t349"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t276"."la_code",
              "t276"."month",
              'cp_count' AS "indicator",
              "t276"."numerator",
              "t276"."denominator",
              "t276"."excluded",
              CAST("t276"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t251"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t210"."la_code",
                  "t210"."month",
                  SUM(CAST("t210"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t190"."la_code",
                    "t190"."month",
                    "t190"."month_end",
                    "t190"."cppl_person_id",
                    "t190"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t190"
                ) AS "t210"
                GROUP BY
                  1,
                  2
              ) AS "t251"
                ON "t18"."la_code" = "t251"."la_code" AND "t19"."month" = "t251"."month"
            ) AS "t276"
            ORDER BY
              "t276"."la_code" ASC,
              "t276"."month" ASC
          ) AS "t301"
        ) AS "t353"
      ) AS "t365"
    ) AS "t377"
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
            *
          FROM (
            SELECT
              "t277"."la_code",
              "t277"."month",
              'cp_per_10k' AS "indicator",
              "t277"."numerator",
              "t277"."denominator",
              "t277"."excluded",
              (
                CAST("t277"."numerator" AS DOUBLE) / "t277"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t251"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t227"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t210"."la_code",
                  "t210"."month",
                  SUM(CAST("t210"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t190"."la_code",
                    "t190"."month",
                    "t190"."month_end",
                    "t190"."cppl_person_id",
                    "t190"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t190"
                ) AS "t210"
                GROUP BY
                  1,
                  2
              ) AS "t251"
                ON "t18"."la_code" = "t251"."la_code" AND "t19"."month" = "t251"."month"
              INNER JOIN (
                SELECT
                  "t192"."la_code",
                  "t192"."month",
                  "t192"."pop_year",
                  "t192"."population",
                  "t192"."year" AS "year_used"
                FROM (
                  SELECT
                    "t145"."la_code",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    "t145"."year",
                    "t145"."population",
                    "t145"."source",
                    "t145"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t145"."la_code", "t145"."month"
                      ORDER BY "t145"."distance" ASC, "t145"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t103"."la_code",
                      "t103"."month",
                      "t103"."month_end",
                      "t103"."rolling_start",
                      "t103"."pop_year",
                      "t103"."year",
                      "t103"."population",
                      "t103"."source",
                      ABS("t103"."year" - "t103"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t70"."year",
                        "t70"."population",
                        "t70"."source"
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
                      ) AS "t70"
                        ON "t18"."la_code" = "t70"."la_code"
                    ) AS "t103"
                  ) AS "t145"
                ) AS "t192"
                WHERE
                  "t192"."rank" = 0
              ) AS "t227"
                ON "t18"."la_code" = "t227"."la_code" AND "t19"."month" = "t227"."month"
            ) AS "t277"
            ORDER BY
              "t277"."la_code" ASC,
              "t277"."month" ASC
          ) AS "t316"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t216"."la_code",
              "t216"."month",
              'cp_starts' AS "indicator",
              "t216"."numerator",
              "t216"."denominator",
              "t216"."excluded",
              CAST("t216"."numerator" AS DOUBLE) AS "value"
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
                    "t113"."la_code",
                    "t113"."cppl_cp_plan_id",
                    "t113"."cppl_person_id",
                    "t113"."cppl_cp_plan_start_date",
                    "t113"."cppl_cp_plan_end_date",
                    "t113"."cppl_cp_plan_initial_category",
                    "t113"."cppl_cp_plan_latest_category",
                    "t113"."cppl_icpc_id",
                    "t113"."month",
                    "t113"."month_end",
                    "t113"."rolling_start",
                    "t113"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t77"."la_code",
                      "t77"."cppl_cp_plan_id",
                      "t77"."cppl_person_id",
                      "t77"."cppl_cp_plan_start_date",
                      "t77"."cppl_cp_plan_end_date",
                      "t77"."cppl_cp_plan_initial_category",
                      "t77"."cppl_cp_plan_latest_category",
                      "t77"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t54" AS "t77"
                    INNER JOIN "_months" AS "t19"
                      ON "t77"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t77"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t113"
                ) AS "t135"
                GROUP BY
                  1,
                  2
              ) AS "t185"
                ON "t18"."la_code" = "t185"."la_code" AND "t19"."month" = "t185"."month"
            ) AS "t216"
            ORDER BY
              "t216"."la_code" ASC,
              "t216"."month" ASC
          ) AS "t246"
        ) AS "t324"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t344"."la_code",
              "t344"."month",
              'cp_second_or_subsequent' AS "indicator",
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
                COALESCE("t319"."numerator", 0) AS "numerator",
                COALESCE("t319"."denominator", 0) AS "denominator",
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
                    "t252"."la_code",
                    "t252"."cppl_cp_plan_id",
                    "t252"."cppl_person_id",
                    "t252"."cppl_cp_plan_start_date",
                    "t252"."cppl_cp_plan_end_date",
                    "t252"."cppl_cp_plan_initial_category",
                    "t252"."cppl_cp_plan_latest_category",
                    "t252"."cppl_icpc_id",
                    "t252"."hit",
                    "t252"."month",
                    "t252"."month_end",
                    "t252"."rolling_start",
                    "t252"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t218"."la_code",
                      "t218"."cppl_cp_plan_id",
                      "t218"."cppl_person_id",
                      "t218"."cppl_cp_plan_start_date",
                      "t218"."cppl_cp_plan_end_date",
                      "t218"."cppl_cp_plan_initial_category",
                      "t218"."cppl_cp_plan_latest_category",
                      "t218"."cppl_icpc_id",
                      "t218"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t201".*
                        EXCLUDE ("_first")
                      FROM (
                        SELECT
                          "t173"."la_code",
                          "t173"."cppl_cp_plan_id",
                          "t173"."cppl_person_id",
                          "t173"."cppl_cp_plan_start_date",
                          "t173"."cppl_cp_plan_end_date",
                          "t173"."cppl_cp_plan_initial_category",
                          "t173"."cppl_cp_plan_latest_category",
                          "t173"."cppl_icpc_id",
                          "t173"."_first",
                          "t173"."cppl_cp_plan_start_date" > "t173"."_first" AS "hit"
                        FROM (
                          SELECT
                            "t136"."la_code",
                            "t136"."cppl_cp_plan_id",
                            "t136"."cppl_person_id",
                            "t136"."cppl_cp_plan_start_date",
                            "t136"."cppl_cp_plan_end_date",
                            "t136"."cppl_cp_plan_initial_category",
                            "t136"."cppl_cp_plan_latest_category",
                            "t136"."cppl_icpc_id",
                            "t102"."_first"
                          FROM (
                            SELECT
                              "t91"."la_code",
                              "t91"."cppl_cp_plan_id",
                              "t91"."cppl_person_id",
                              "t91"."cppl_cp_plan_start_date",
                              "t91"."cppl_cp_plan_end_date",
                              "t91"."cppl_cp_plan_initial_category",
                              "t91"."cppl_cp_plan_latest_category",
                              "t91"."cppl_icpc_id"
                            FROM (
                              SELECT
                                "t77"."la_code",
                                "t77"."cppl_cp_plan_id",
                                "t77"."cppl_person_id",
                                "t77"."cppl_cp_plan_start_date",
                                "t77"."cppl_cp_plan_end_date",
                                "t77"."cppl_cp_plan_initial_category",
                                "t77"."cppl_cp_plan_latest_category",
                                "t77"."cppl_icpc_id",
                                "t43"."_lo",
                                "t43"."_hi"
                              FROM "t54" AS "t77"
                              CROSS JOIN (
                                SELECT
                                  MIN("t1"."rolling_start") AS "_lo",
                                  MAX("t1"."month_end") AS "_hi"
                                FROM "_months" AS "t1"
                              ) AS "t43"
                            ) AS "t91"
                            WHERE
                              "t91"."cppl_cp_plan_start_date" >= "t91"."_lo"
                              AND "t91"."cppl_cp_plan_start_date" <= "t91"."_hi"
                          ) AS "t136"
                          INNER JOIN (
                            SELECT
                              "t69"."la_code",
                              "t69"."cppl_person_id",
                              MIN("t69"."cppl_cp_plan_start_date") AS "_first"
                            FROM "t54" AS "t69"
                            GROUP BY
                              1,
                              2
                          ) AS "t102"
                            ON "t136"."la_code" = "t102"."la_code"
                            AND "t136"."cppl_person_id" = "t102"."cppl_person_id"
                        ) AS "t173"
                      ) AS "t201"
                    ) AS "t218"
                    INNER JOIN "_months" AS "t19"
                      ON "t218"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t218"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t252"
                ) AS "t264"
                GROUP BY
                  1,
                  2
              ) AS "t319"
                ON "t18"."la_code" = "t319"."la_code" AND "t19"."month" = "t319"."month"
            ) AS "t344"
            ORDER BY
              "t344"."la_code" ASC,
              "t344"."month" ASC
          ) AS "t370"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t257"."la_code",
              "t257"."month",
              'cp_ceased_2yrs' AS "indicator",
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
                COALESCE("t226"."numerator", 0) AS "numerator",
                COALESCE("t226"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t162"."la_code",
                  "t162"."month",
                  SUM(CAST("t162"."_kept" AND COALESCE("t162"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t162"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t114"."la_code",
                    "t114"."cppl_cp_plan_id",
                    "t114"."cppl_person_id",
                    "t114"."cppl_cp_plan_start_date",
                    "t114"."cppl_cp_plan_end_date",
                    "t114"."cppl_cp_plan_initial_category",
                    "t114"."cppl_cp_plan_latest_category",
                    "t114"."cppl_icpc_id",
                    "t114"."month",
                    "t114"."month_end",
                    "t114"."rolling_start",
                    "t114"."pop_year",
                    (
                      DATE_DIFF('DAY', "t114"."cppl_cp_plan_start_date", "t114"."cppl_cp_plan_end_date") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t77"."la_code",
                      "t77"."cppl_cp_plan_id",
                      "t77"."cppl_person_id",
                      "t77"."cppl_cp_plan_start_date",
                      "t77"."cppl_cp_plan_end_date",
                      "t77"."cppl_cp_plan_initial_category",
                      "t77"."cppl_cp_plan_latest_category",
                      "t77"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t54" AS "t77"
                    INNER JOIN "_months" AS "t19"
                      ON "t77"."cppl_cp_plan_end_date" >= "t19"."rolling_start"
                      AND "t77"."cppl_cp_plan_end_date" <= "t19"."month_end"
                  ) AS "t114"
                ) AS "t162"
                GROUP BY
                  1,
                  2
              ) AS "t226"
                ON "t18"."la_code" = "t226"."la_code" AND "t19"."month" = "t226"."month"
            ) AS "t257"
            ORDER BY
              "t257"."la_code" ASC,
              "t257"."month" ASC
          ) AS "t300"
        ) AS "t373"
      ) AS "t378"
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
              "t317"."la_code",
              "t317"."month",
              'cp_open_2yrs' AS "indicator",
              "t317"."numerator",
              "t317"."denominator",
              "t317"."excluded",
              CASE
                WHEN "t317"."denominator" > 0
                THEN (
                  CAST("t317"."numerator" AS DOUBLE) / "t317"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t283"."numerator", 0) AS "numerator",
                COALESCE("t283"."denominator", 0) AS "denominator",
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
                    "t190"."la_code",
                    "t190"."month",
                    "t190"."month_end",
                    "t190"."cppl_person_id",
                    "t190"."start",
                    (
                      DATE_DIFF('DAY', "t190"."start", "t190"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t190"
                ) AS "t235"
                GROUP BY
                  1,
                  2
              ) AS "t283"
                ON "t18"."la_code" = "t283"."la_code" AND "t19"."month" = "t283"."month"
            ) AS "t317"
            ORDER BY
              "t317"."la_code" ASC,
              "t317"."month" ASC
          ) AS "t348"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t415"."la_code",
              "t415"."month",
              'cp_reviews_in_timescale' AS "indicator",
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
                COALESCE("t409"."numerator", 0) AS "numerator",
                COALESCE("t409"."denominator", 0) AS "denominator",
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
                    "t382"."la_code",
                    "t382"."month",
                    "t382"."month_end",
                    "t382"."plan_id",
                    "t382"."start",
                    "t382"."person_id",
                    "t382"."first_due",
                    "t382"."held_n",
                    "t382"."late_n",
                    "t382"."last",
                    CASE
                      WHEN COALESCE("t382"."held_n", 0) = 0
                      THEN "t382"."first_due"
                      WHEN COALESCE("t382"."held_n", 0) = 1
                      THEN "t382"."last" + INTERVAL '6' MONTH
                      ELSE "t382"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t382"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t382"."held_n", 0) = 0
                        THEN "t382"."first_due"
                        WHEN COALESCE("t382"."held_n", 0) = 1
                        THEN "t382"."last" + INTERVAL '6' MONTH
                        ELSE "t382"."last" + INTERVAL '6' MONTH
                      END > "t382"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t199"."la_code",
                      "t199"."month",
                      "t199"."month_end",
                      "t199"."plan_id",
                      "t199"."start",
                      "t199"."person_id",
                      "t199"."first_due",
                      "t366"."held_n",
                      "t366"."late_n",
                      "t366"."last"
                    FROM "t186" AS "t199"
                    LEFT OUTER JOIN (
                      SELECT
                        "t343"."la_code",
                        "t343"."plan_id",
                        "t343"."month",
                        COUNT("t343"."k") AS "held_n",
                        SUM(CAST("t343"."late" AS BIGINT)) AS "late_n",
                        MAX("t343"."date") AS "last"
                      FROM (
                        SELECT
                          "t199"."la_code",
                          "t199"."month",
                          "t199"."month_end",
                          "t199"."plan_id",
                          "t199"."start",
                          "t199"."person_id",
                          "t199"."first_due",
                          "t318"."la_code" AS "la_code_right",
                          "t318"."plan_id" AS "plan_id_right",
                          "t318"."date",
                          "t318"."k",
                          "t318"."late"
                        FROM "t186" AS "t199"
                        INNER JOIN (
                          SELECT
                            "t271"."la_code",
                            "t271"."plan_id",
                            "t271"."date",
                            "t271"."k",
                            "t271"."date" > CASE
                              WHEN "t271"."k" = 0
                              THEN "t271"."first_due"
                              WHEN "t271"."k" = 1
                              THEN "t271"."prev" + INTERVAL '6' MONTH
                              ELSE "t271"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t237"."la_code",
                              "t237"."plan_id",
                              "t237"."date",
                              "t237"."review_id",
                              "t237"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t237"."la_code", "t237"."plan_id"
                                ORDER BY "t237"."date" ASC, "t237"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t237"."date") OVER (
                                PARTITION BY "t237"."la_code", "t237"."plan_id"
                                ORDER BY "t237"."date" ASC, "t237"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t152"."la_code",
                                "t152"."plan_id",
                                "t152"."date",
                                "t152"."review_id",
                                "t152"."first_due"
                              FROM (
                                SELECT
                                  "t115"."la_code",
                                  "t115"."cppr_cp_plan_id" AS "plan_id",
                                  "t115"."cppr_cp_review_date" AS "date",
                                  "t115"."cppr_cp_review_id" AS "review_id",
                                  "t115"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                                FROM (
                                  SELECT
                                    "t74"."la_code",
                                    "t74"."cppr_cp_review_id",
                                    "t74"."cppr_person_id",
                                    "t74"."cppr_cp_plan_id",
                                    "t74"."cppr_cp_review_due",
                                    "t74"."cppr_cp_review_date",
                                    "t78"."cppl_cp_plan_id",
                                    "t78"."cppl_person_id",
                                    "t78"."cppl_cp_plan_start_date",
                                    "t78"."cppl_cp_plan_end_date",
                                    "t78"."cppl_cp_plan_initial_category",
                                    "t78"."cppl_cp_plan_latest_category",
                                    "t78"."cppl_icpc_id"
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
                                  ) AS "t74"
                                  INNER JOIN "t54" AS "t78"
                                    ON "t74"."la_code" = "t78"."la_code"
                                    AND "t74"."cppr_cp_plan_id" = "t78"."cppl_cp_plan_id"
                                ) AS "t115"
                                WHERE
                                  "t115"."cppr_cp_review_date" >= "t115"."cppl_cp_plan_start_date"
                              ) AS "t152"
                              SEMI JOIN "t186" AS "t200"
                                ON "t152"."la_code" = "t200"."la_code" AND "t152"."plan_id" = "t200"."plan_id"
                            ) AS "t237"
                          ) AS "t271"
                        ) AS "t318"
                          ON "t199"."la_code" = "t318"."la_code"
                          AND "t199"."plan_id" = "t318"."plan_id"
                          AND "t318"."date" <= "t199"."month_end"
                      ) AS "t343"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t366"
                      ON "t199"."la_code" = "t366"."la_code"
                      AND "t199"."plan_id" = "t366"."plan_id"
                      AND "t199"."month" = "t366"."month"
                  ) AS "t382"
                ) AS "t396"
                GROUP BY
                  1,
                  2
              ) AS "t409"
                ON "t18"."la_code" = "t409"."la_code" AND "t19"."month" = "t409"."month"
            ) AS "t415"
            ORDER BY
              "t415"."la_code" ASC,
              "t415"."month" ASC
          ) AS "t418"
        ) AS "t419"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t401"."la_code",
              "t401"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t401"."numerator",
              "t401"."denominator",
              "t401"."excluded",
              CASE
                WHEN "t401"."denominator" > 0
                THEN (
                  CAST("t401"."numerator" AS DOUBLE) / "t401"."denominator"
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
                  "t381"."la_code",
                  "t381"."month",
                  SUM(CAST("t381"."_kept" AND COALESCE("t381"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t381"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t359"."la_code",
                    "t359"."month",
                    "t359"."month_end",
                    "t359"."cppl_person_id",
                    "t359"."start",
                    "t359"."wd_open",
                    "t359"."last_visit",
                    "t359"."_wd_b" - "t359"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t359"."_wd_b" - "t359"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t359"."_wd_b" - "t359"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t342"."la_code",
                      "t342"."month",
                      "t342"."month_end",
                      "t342"."cppl_person_id",
                      "t342"."start",
                      "t342"."wd_open",
                      "t342"."last_visit",
                      "t46"."_wd_a",
                      "t48"."_wd_b"
                    FROM (
                      SELECT
                        "t329".*
                        EXCLUDE ("_latest")
                      FROM (
                        SELECT
                          "t302"."la_code",
                          "t302"."month",
                          "t302"."month_end",
                          "t302"."cppl_person_id",
                          "t302"."start",
                          "t302"."wd_open",
                          "t302"."_latest",
                          CASE WHEN "t302"."_latest" >= "t302"."start" THEN "t302"."_latest" ELSE NULL END AS "last_visit"
                        FROM (
                          SELECT
                            "t270"."la_code",
                            "t270"."month",
                            "t270"."month_end",
                            "t270"."cppl_person_id",
                            "t270"."start",
                            "t270"."wd_open",
                            "t232"."_latest"
                          FROM (
                            SELECT
                              "t236"."la_code",
                              "t236"."month",
                              "t236"."month_end",
                              "t236"."cppl_person_id",
                              "t236"."start",
                              "t236"."_wd_b" - "t236"."_wd_a" AS "wd_open"
                            FROM (
                              SELECT
                                "t198"."la_code",
                                "t198"."month",
                                "t198"."month_end",
                                "t198"."cppl_person_id",
                                "t198"."start",
                                "t46"."_wd_a",
                                "t48"."_wd_b"
                              FROM "cohort_on_plan" AS "t198"
                              LEFT OUTER JOIN "t23" AS "t46"
                                ON "t198"."start" = "t46"."_wd_a__date"
                              LEFT OUTER JOIN "t24" AS "t48"
                                ON "t198"."month_end" = "t48"."_wd_b__date"
                            ) AS "t236"
                            WHERE
                              (
                                "t236"."_wd_b" - "t236"."_wd_a"
                              ) > 10
                          ) AS "t270"
                          LEFT OUTER JOIN (
                            SELECT
                              "t204"."la_code",
                              "t204"."month",
                              "t204"."cppv_person_id" AS "cppl_person_id",
                              "t204"."_latest"
                            FROM (
                              SELECT
                                "t178"."la_code",
                                "t178"."month",
                                "t178"."cppv_person_id",
                                MAX("t178"."cppv_cp_visit_date") AS "_latest"
                              FROM (
                                SELECT
                                  "t140"."la_code",
                                  "t140"."cppv_person_id",
                                  "t140"."cppv_cp_visit_date",
                                  "t99"."month",
                                  "t99"."month_end",
                                  "t99"."_from"
                                FROM (
                                  SELECT
                                    "t107"."la_code",
                                    "t107"."cppv_person_id",
                                    "t107"."cppv_cp_visit_date"
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
                                    ) AS "t61"
                                    WHERE
                                      COALESCE("t61"."cppv_cp_visit_seen", FALSE)
                                      OR NOT (
                                        "t61"."la_code" IN (
                                          SELECT
                                            "t16"."la_code"
                                          FROM "_supplied" AS "t16"
                                          WHERE
                                            "t16"."table_name" = 'ssd_cp_visits'
                                            AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                        )
                                      )
                                  ) AS "t107"
                                ) AS "t140"
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
                                ) AS "t99"
                                  ON "t140"."cppv_cp_visit_date" >= "t99"."_from"
                                  AND "t140"."cppv_cp_visit_date" <= "t99"."month_end"
                              ) AS "t178"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t204"
                          ) AS "t232"
                            ON "t270"."la_code" = "t232"."la_code"
                            AND "t270"."month" = "t232"."month"
                            AND "t270"."cppl_person_id" = "t232"."cppl_person_id"
                        ) AS "t302"
                      ) AS "t329"
                    ) AS "t342"
                    LEFT OUTER JOIN "t23" AS "t46"
                      ON "t342"."last_visit" = "t46"."_wd_a__date"
                    LEFT OUTER JOIN "t24" AS "t48"
                      ON "t342"."month_end" = "t48"."_wd_b__date"
                  ) AS "t359"
                ) AS "t381"
                GROUP BY
                  1,
                  2
              ) AS "t395"
                ON "t18"."la_code" = "t395"."la_code" AND "t19"."month" = "t395"."month"
            ) AS "t401"
            ORDER BY
              "t401"."la_code" ASC,
              "t401"."month" ASC
          ) AS "t412"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t337"."la_code",
              "t337"."month",
              'cla_count' AS "indicator",
              "t337"."numerator",
              "t337"."denominator",
              "t337"."excluded",
              CAST("t337"."numerator" AS DOUBLE) AS "value"
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
                  "t273"."la_code",
                  "t273"."month",
                  SUM(CAST("t273"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t261"."la_code",
                    "t261"."month",
                    "t261"."month_end",
                    "t261"."rolling_start",
                    "t261"."person_id",
                    "t261"."cla_id",
                    "t261"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t261"
                ) AS "t273"
                GROUP BY
                  1,
                  2
              ) AS "t312"
                ON "t18"."la_code" = "t312"."la_code" AND "t19"."month" = "t312"."month"
            ) AS "t337"
            ORDER BY
              "t337"."la_code" ASC,
              "t337"."month" ASC
          ) AS "t350"
        ) AS "t414"
      ) AS "t421"
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
              "t338"."la_code",
              "t338"."month",
              'cla_per_10k' AS "indicator",
              "t338"."numerator",
              "t338"."denominator",
              "t338"."excluded",
              (
                CAST("t338"."numerator" AS DOUBLE) / "t338"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t312"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t227"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t273"."la_code",
                  "t273"."month",
                  SUM(CAST("t273"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t261"."la_code",
                    "t261"."month",
                    "t261"."month_end",
                    "t261"."rolling_start",
                    "t261"."person_id",
                    "t261"."cla_id",
                    "t261"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t261"
                ) AS "t273"
                GROUP BY
                  1,
                  2
              ) AS "t312"
                ON "t18"."la_code" = "t312"."la_code" AND "t19"."month" = "t312"."month"
              INNER JOIN (
                SELECT
                  "t192"."la_code",
                  "t192"."month",
                  "t192"."pop_year",
                  "t192"."population",
                  "t192"."year" AS "year_used"
                FROM (
                  SELECT
                    "t145"."la_code",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    "t145"."year",
                    "t145"."population",
                    "t145"."source",
                    "t145"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t145"."la_code", "t145"."month"
                      ORDER BY "t145"."distance" ASC, "t145"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t103"."la_code",
                      "t103"."month",
                      "t103"."month_end",
                      "t103"."rolling_start",
                      "t103"."pop_year",
                      "t103"."year",
                      "t103"."population",
                      "t103"."source",
                      ABS("t103"."year" - "t103"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t70"."year",
                        "t70"."population",
                        "t70"."source"
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
                      ) AS "t70"
                        ON "t18"."la_code" = "t70"."la_code"
                    ) AS "t103"
                  ) AS "t145"
                ) AS "t192"
                WHERE
                  "t192"."rank" = 0
              ) AS "t227"
                ON "t18"."la_code" = "t227"."la_code" AND "t19"."month" = "t227"."month"
            ) AS "t338"
            ORDER BY
              "t338"."la_code" ASC,
              "t338"."month" ASC
          ) AS "t361"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t281"."la_code",
              "t281"."month",
              'cla_starts' AS "indicator",
              "t281"."numerator",
              "t281"."denominator",
              "t281"."excluded",
              CAST("t281"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t253"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t213"."la_code",
                  "t213"."month",
                  SUM(CAST("t213"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t194"."la_code",
                    "t194"."first_episode_start",
                    "t194"."clae_person_id",
                    "t194"."cla_id",
                    "t194"."period_start",
                    "t194"."month",
                    "t194"."month_end",
                    "t194"."rolling_start",
                    "t194"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t156"."la_code",
                      "t156"."first_episode_start",
                      "t156"."clae_person_id",
                      "t156"."cla_id",
                      "t156"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t156"
                    INNER JOIN "_months" AS "t19"
                      ON "t156"."first_episode_start" >= "t19"."month"
                      AND "t156"."first_episode_start" <= "t19"."month_end"
                  ) AS "t194"
                ) AS "t213"
                GROUP BY
                  1,
                  2
              ) AS "t253"
                ON "t18"."la_code" = "t253"."la_code" AND "t19"."month" = "t253"."month"
            ) AS "t281"
            ORDER BY
              "t281"."la_code" ASC,
              "t281"."month" ASC
          ) AS "t305"
        ) AS "t367"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t413"."la_code",
              "t413"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t413"."numerator",
              "t413"."denominator",
              "t413"."excluded",
              CASE
                WHEN "t413"."denominator" > 0
                THEN (
                  CAST("t413"."numerator" AS DOUBLE) / "t413"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t408"."numerator", 0) AS "numerator",
                COALESCE("t408"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t393"."la_code",
                  "t393"."month",
                  SUM(CAST("t393"."_kept" AND COALESCE("t393"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t393"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t380"."la_code",
                    "t380"."month",
                    "t380"."month_end",
                    "t380"."rolling_start",
                    "t380"."person_id",
                    "t380"."cla_id",
                    "t380"."episode_start",
                    "t380"."placement_start",
                    "t380"."long_term",
                    "t380"."p",
                    "t380"."v",
                    CASE
                      WHEN "t380"."v" IS NULL
                      THEN "t380"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t380"."long_term", FALSE)
                      AND (
                        "t380"."v" >= (
                          "t380"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t380"."v" + INTERVAL '91' DAY
                      ELSE "t380"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t380"."v" IS NULL
                      THEN "t380"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t380"."long_term", FALSE)
                      AND (
                        "t380"."v" >= (
                          "t380"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t380"."v" + INTERVAL '91' DAY
                      ELSE "t380"."v" + INTERVAL '42' DAY
                    END >= "t380"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t374".*
                      EXCLUDE ("_latest")
                    FROM (
                      SELECT
                        "t355"."la_code",
                        "t355"."month",
                        "t355"."month_end",
                        "t355"."rolling_start",
                        "t355"."person_id",
                        "t355"."cla_id",
                        "t355"."episode_start",
                        "t355"."placement_start",
                        "t355"."long_term",
                        "t355"."p",
                        "t355"."_latest",
                        CASE WHEN "t355"."_latest" >= "t355"."p" THEN "t355"."_latest" ELSE NULL END AS "v"
                      FROM (
                        SELECT
                          "t341"."la_code",
                          "t341"."month",
                          "t341"."month_end",
                          "t341"."rolling_start",
                          "t341"."person_id",
                          "t341"."cla_id",
                          "t341"."episode_start",
                          "t341"."placement_start",
                          "t341"."long_term",
                          "t341"."p",
                          "t231"."_latest"
                        FROM (
                          SELECT
                            "t306"."la_code",
                            "t306"."month",
                            "t306"."month_end",
                            "t306"."rolling_start",
                            "t306"."person_id",
                            "t306"."cla_id",
                            "t306"."episode_start",
                            "t306"."placement_start",
                            "t306"."long_term",
                            COALESCE("t306"."placement_start", "t306"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t265"."la_code",
                              "t265"."month",
                              "t265"."month_end",
                              "t265"."rolling_start",
                              "t265"."person_id",
                              "t265"."cla_id",
                              "t265"."episode_start",
                              "t274"."placement_start",
                              "t274"."long_term"
                            FROM "cohort_looked_after" AS "t265"
                            LEFT OUTER JOIN (
                              SELECT
                                "t187"."la_code",
                                "t19"."month",
                                "t187"."clap_cla_id" AS "cla_id",
                                "t187"."clap_cla_placement_start_date" AS "placement_start",
                                "t187"."clap_long_term" AS "long_term"
                              FROM "t163" AS "t187"
                              INNER JOIN "_months" AS "t19"
                                ON "t187"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t187"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t187"."la_code",
                                  "t187"."clap_cla_placement_id" AS "_superseded",
                                  "t188"."clap_cla_placement_start_date" AS "_start",
                                  "t188"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t163" AS "t187"
                                INNER JOIN "t163" AS "t188"
                                  ON "t187"."la_code" = "t188"."la_code"
                                  AND "t187"."clap_cla_id" = "t188"."clap_cla_id"
                                  AND "t188"."clap_cla_placement_start_date" >= "t187"."clap_cla_placement_start_date"
                                  AND (
                                    (
                                      "t188"."clap_cla_placement_start_date" > "t187"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      "t188"."clap_cla_placement_id" > "t187"."clap_cla_placement_id"
                                    )
                                  )
                                  AND "t188"."clap_cla_placement_start_date" < COALESCE("t187"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31))
                                INNER JOIN "_months" AS "t20"
                                  ON "t188"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t188"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t240"
                                ON "t187"."la_code" = "t240"."la_code"
                                AND "t19"."month" = "t240"."month"
                                AND "t187"."clap_cla_placement_id" = "t240"."_superseded"
                            ) AS "t274"
                              ON "t265"."la_code" = "t274"."la_code"
                              AND "t265"."month" = "t274"."month"
                              AND "t265"."cla_id" = "t274"."cla_id"
                          ) AS "t306"
                          WHERE
                            COALESCE("t306"."placement_start", "t306"."episode_start") <= (
                              "t306"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t341"
                        LEFT OUTER JOIN (
                          SELECT
                            "t203"."la_code",
                            "t203"."month",
                            "t203"."clav_person_id" AS "person_id",
                            "t203"."_latest"
                          FROM (
                            SELECT
                              "t177"."la_code",
                              "t177"."month",
                              "t177"."clav_person_id",
                              MAX("t177"."clav_cla_visit_date") AS "_latest"
                            FROM (
                              SELECT
                                "t139"."la_code",
                                "t139"."clav_person_id",
                                "t139"."clav_cla_visit_date",
                                "t45"."month",
                                "t45"."month_end",
                                "t45"."_from"
                              FROM (
                                SELECT
                                  "t106"."la_code",
                                  "t106"."clav_person_id",
                                  "t106"."clav_cla_visit_date"
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
                                  ) AS "t60"
                                  WHERE
                                    COALESCE("t60"."clav_cla_visit_seen", FALSE)
                                    OR NOT (
                                      "t60"."la_code" IN (
                                        SELECT
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_visits'
                                          AND "t16"."column_name" = 'clav_cla_visit_seen'
                                      )
                                    )
                                ) AS "t106"
                              ) AS "t139"
                              INNER JOIN (
                                SELECT
                                  "t1"."month",
                                  "t1"."month_end",
                                  "t1"."month_end" + INTERVAL '-91' DAY AS "_from"
                                FROM "_months" AS "t1"
                              ) AS "t45"
                                ON "t139"."clav_cla_visit_date" >= "t45"."_from"
                                AND "t139"."clav_cla_visit_date" <= "t45"."month_end"
                            ) AS "t177"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t203"
                        ) AS "t231"
                          ON "t341"."la_code" = "t231"."la_code"
                          AND "t341"."month" = "t231"."month"
                          AND "t341"."person_id" = "t231"."person_id"
                      ) AS "t355"
                    ) AS "t374"
                  ) AS "t380"
                ) AS "t393"
                GROUP BY
                  1,
                  2
              ) AS "t408"
                ON "t18"."la_code" = "t408"."la_code" AND "t19"."month" = "t408"."month"
            ) AS "t413"
            ORDER BY
              "t413"."la_code" ASC,
              "t413"."month" ASC
          ) AS "t417"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t425"."la_code",
              "t425"."month",
              'cla_reviews_in_timescale' AS "indicator",
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
                COALESCE("t424"."numerator", 0) AS "numerator",
                COALESCE("t424"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t420"."la_code",
                  "t420"."month",
                  SUM(CAST("t420"."_kept" AND COALESCE("t420"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t420"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t416"."la_code",
                    "t416"."month",
                    "t416"."month_end",
                    "t416"."first_due",
                    "t416"."person_id",
                    "t416"."period_start",
                    "t416"."plan_id",
                    "t416"."held_n",
                    "t416"."late_n",
                    "t416"."last",
                    CASE
                      WHEN COALESCE("t416"."held_n", 0) = 0
                      THEN "t416"."first_due"
                      WHEN COALESCE("t416"."held_n", 0) = 1
                      THEN "t416"."last" + INTERVAL '3' MONTH
                      ELSE "t416"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t416"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t416"."held_n", 0) = 0
                        THEN "t416"."first_due"
                        WHEN COALESCE("t416"."held_n", 0) = 1
                        THEN "t416"."last" + INTERVAL '3' MONTH
                        ELSE "t416"."last" + INTERVAL '6' MONTH
                      END > "t416"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t339"."la_code",
                      "t339"."month",
                      "t339"."month_end",
                      "t339"."first_due",
                      "t339"."person_id",
                      "t339"."period_start",
                      "t339"."plan_id",
                      "t411"."held_n",
                      "t411"."late_n",
                      "t411"."last"
                    FROM "t325" AS "t339"
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
                          "t339"."la_code",
                          "t339"."month",
                          "t339"."month_end",
                          "t339"."first_due",
                          "t339"."person_id",
                          "t339"."period_start",
                          "t339"."plan_id",
                          "t389"."la_code" AS "la_code_right",
                          "t389"."plan_id" AS "plan_id_right",
                          "t389"."date",
                          "t389"."k",
                          "t389"."late"
                        FROM "t325" AS "t339"
                        INNER JOIN (
                          SELECT
                            "t379"."la_code",
                            "t379"."plan_id",
                            "t379"."date",
                            "t379"."k",
                            "t379"."date" > CASE
                              WHEN "t379"."k" = 0
                              THEN "t379"."first_due"
                              WHEN "t379"."k" = 1
                              THEN "t379"."prev" + INTERVAL '3' MONTH
                              ELSE "t379"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t354"."la_code",
                              "t354"."first_due",
                              "t354"."plan_id",
                              "t354"."date",
                              "t354"."review_id",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t354"."la_code", "t354"."plan_id"
                                ORDER BY "t354"."date" ASC, "t354"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t354"."date") OVER (
                                PARTITION BY "t354"."la_code", "t354"."plan_id"
                                ORDER BY "t354"."date" ASC, "t354"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t294"."la_code",
                                "t294"."first_due",
                                "t294"."plan_id",
                                "t294"."date",
                                "t294"."review_id"
                              FROM (
                                SELECT
                                  "t266"."la_code",
                                  "t266"."first_due",
                                  "t266"."clar_cla_id" AS "plan_id",
                                  "t266"."clar_cla_review_date" AS "date",
                                  "t266"."clar_cla_review_id" AS "review_id"
                                FROM (
                                  SELECT
                                    "t108"."la_code",
                                    "t108"."clar_cla_review_id",
                                    "t108"."clar_cla_id",
                                    "t108"."clar_cla_review_due_date",
                                    "t108"."clar_cla_review_date",
                                    "t108"."clar_cla_review_cancelled",
                                    "t239"."first_episode_start",
                                    "t239"."clae_person_id",
                                    "t239"."cla_id",
                                    "t239"."period_start",
                                    "t239"."first_due"
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
                                    ) AS "t63"
                                    WHERE
                                      NOT (
                                        COALESCE("t63"."clar_cla_review_cancelled", FALSE)
                                      )
                                  ) AS "t108"
                                  INNER JOIN (
                                    SELECT
                                      "t220".*
                                      EXCLUDE ("wd21")
                                    FROM (
                                      SELECT
                                        "t195"."la_code",
                                        "t195"."first_episode_start",
                                        "t195"."clae_person_id",
                                        "t195"."cla_id",
                                        "t195"."period_start",
                                        "t195"."wd21",
                                        "t195"."wd21" + INTERVAL '-1' DAY AS "first_due"
                                      FROM (
                                        SELECT
                                          "t156"."la_code",
                                          "t156"."first_episode_start",
                                          "t156"."clae_person_id",
                                          "t156"."cla_id",
                                          "t156"."period_start",
                                          "t37"."wd21"
                                        FROM "cohort_period_starts" AS "t156"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t8"."wd_ordinal" AS "_wd_from",
                                            "t8"."date" AS "_wd_from__date"
                                          FROM "_calendar" AS "t8"
                                        ) AS "t35"
                                          ON "t156"."period_start" = "t35"."_wd_from__date"
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
                                      ) AS "t195"
                                    ) AS "t220"
                                  ) AS "t239"
                                    ON "t108"."la_code" = "t239"."la_code" AND "t108"."clar_cla_id" = "t239"."cla_id"
                                ) AS "t266"
                                WHERE
                                  "t266"."clar_cla_review_date" >= "t266"."period_start"
                              ) AS "t294"
                              SEMI JOIN "t325" AS "t340"
                                ON "t294"."la_code" = "t340"."la_code" AND "t294"."plan_id" = "t340"."plan_id"
                            ) AS "t354"
                          ) AS "t379"
                        ) AS "t389"
                          ON "t339"."la_code" = "t389"."la_code"
                          AND "t339"."plan_id" = "t389"."plan_id"
                          AND "t389"."date" <= "t339"."month_end"
                      ) AS "t398"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t411"
                      ON "t339"."la_code" = "t411"."la_code"
                      AND "t339"."plan_id" = "t411"."plan_id"
                      AND "t339"."month" = "t411"."month"
                  ) AS "t416"
                ) AS "t420"
                GROUP BY
                  1,
                  2
              ) AS "t424"
                ON "t18"."la_code" = "t424"."la_code" AND "t19"."month" = "t424"."month"
            ) AS "t425"
            ORDER BY
              "t425"."la_code" ASC,
              "t425"."month" ASC
          ) AS "t426"
        ) AS "t427"
      ) AS "t428"
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
              "t392"."la_code",
              "t392"."month",
              'cla_3plus_placements' AS "indicator",
              "t392"."numerator",
              "t392"."denominator",
              "t392"."excluded",
              CASE
                WHEN "t392"."denominator" > 0
                THEN (
                  CAST("t392"."numerator" AS DOUBLE) / "t392"."denominator"
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
                  "t362"."la_code",
                  "t362"."month",
                  SUM(CAST("t362"."_kept" AND COALESCE("t362"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t362"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t345"."la_code",
                    "t345"."month",
                    "t345"."month_end",
                    "t345"."rolling_start",
                    "t345"."person_id",
                    "t345"."cla_id",
                    "t345"."episode_start",
                    "t345"."placements",
                    COALESCE("t345"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t265"."la_code",
                      "t265"."month",
                      "t265"."month_end",
                      "t265"."rolling_start",
                      "t265"."person_id",
                      "t265"."cla_id",
                      "t265"."episode_start",
                      "t321"."placements"
                    FROM "cohort_looked_after" AS "t265"
                    LEFT OUTER JOIN (
                      SELECT
                        "t292"."la_code",
                        "t292"."month",
                        "t292"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t265"."la_code",
                          "t265"."month",
                          "t265"."month_end",
                          "t265"."rolling_start",
                          "t265"."person_id",
                          "t265"."cla_id",
                          "t265"."episode_start",
                          "t149"."la_code" AS "la_code_right",
                          "t149"."clap_cla_placement_id",
                          "t149"."clap_cla_id",
                          "t149"."clap_cla_placement_start_date",
                          "t149"."clap_cla_placement_end_date",
                          "t149"."clap_cla_placement_type",
                          "t149"."clap_long_term",
                          "t149"."cla_id" AS "cla_id_right",
                          "t149"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t265"
                        INNER JOIN (
                          SELECT
                            "t80"."la_code",
                            "t80"."clap_cla_placement_id",
                            "t80"."clap_cla_id",
                            "t80"."clap_cla_placement_start_date",
                            "t80"."clap_cla_placement_end_date",
                            "t80"."clap_cla_placement_type",
                            "t80"."clap_long_term",
                            "t95"."cla_id",
                            "t95"."person_id"
                          FROM "t58" AS "t80"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t72"."la_code",
                              "t72"."clae_cla_id" AS "cla_id",
                              "t72"."clae_person_id" AS "person_id"
                            FROM "t57" AS "t72"
                          ) AS "t95"
                            ON "t80"."la_code" = "t95"."la_code" AND "t80"."clap_cla_id" = "t95"."cla_id"
                        ) AS "t149"
                          ON "t265"."la_code" = "t149"."la_code"
                          AND "t265"."person_id" = "t149"."person_id"
                          AND "t149"."clap_cla_placement_start_date" <= "t265"."month_end"
                          AND COALESCE("t149"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) >= "t265"."rolling_start"
                      ) AS "t292"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t321"
                      ON "t265"."la_code" = "t321"."la_code"
                      AND "t265"."month" = "t321"."month"
                      AND "t265"."person_id" = "t321"."person_id"
                  ) AS "t345"
                ) AS "t362"
                GROUP BY
                  1,
                  2
              ) AS "t385"
                ON "t18"."la_code" = "t385"."la_code" AND "t19"."month" = "t385"."month"
            ) AS "t392"
            ORDER BY
              "t392"."la_code" ASC,
              "t392"."month" ASC
          ) AS "t403"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t334"."la_code",
              "t334"."month",
              'cin_count' AS "indicator",
              "t334"."numerator",
              "t334"."denominator",
              "t334"."excluded",
              CAST("t334"."numerator" AS DOUBLE) AS "value"
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
                    "t256"."la_code",
                    "t256"."month",
                    "t256"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t256"
                ) AS "t269"
                GROUP BY
                  1,
                  2
              ) AS "t309"
                ON "t18"."la_code" = "t309"."la_code" AND "t19"."month" = "t309"."month"
            ) AS "t334"
            ORDER BY
              "t334"."la_code" ASC,
              "t334"."month" ASC
          ) AS "t347"
        ) AS "t406"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t335"."la_code",
              "t335"."month",
              'cin_per_10k' AS "indicator",
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
                COALESCE("t309"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t227"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t269"."la_code",
                  "t269"."month",
                  SUM(CAST("t269"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t256"."la_code",
                    "t256"."month",
                    "t256"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t256"
                ) AS "t269"
                GROUP BY
                  1,
                  2
              ) AS "t309"
                ON "t18"."la_code" = "t309"."la_code" AND "t19"."month" = "t309"."month"
              INNER JOIN (
                SELECT
                  "t192"."la_code",
                  "t192"."month",
                  "t192"."pop_year",
                  "t192"."population",
                  "t192"."year" AS "year_used"
                FROM (
                  SELECT
                    "t145"."la_code",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    "t145"."year",
                    "t145"."population",
                    "t145"."source",
                    "t145"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t145"."la_code", "t145"."month"
                      ORDER BY "t145"."distance" ASC, "t145"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t103"."la_code",
                      "t103"."month",
                      "t103"."month_end",
                      "t103"."rolling_start",
                      "t103"."pop_year",
                      "t103"."year",
                      "t103"."population",
                      "t103"."source",
                      ABS("t103"."year" - "t103"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t70"."year",
                        "t70"."population",
                        "t70"."source"
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
                      ) AS "t70"
                        ON "t18"."la_code" = "t70"."la_code"
                    ) AS "t103"
                  ) AS "t145"
                ) AS "t192"
                WHERE
                  "t192"."rank" = 0
              ) AS "t227"
                ON "t18"."la_code" = "t227"."la_code" AND "t19"."month" = "t227"."month"
            ) AS "t335"
            ORDER BY
              "t335"."la_code" ASC,
              "t335"."month" ASC
          ) AS "t357"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t375"."la_code",
              "t375"."month",
              'caseload_mean' AS "indicator",
              "t375"."numerator",
              "t375"."denominator",
              "t375"."excluded",
              CASE
                WHEN "t375"."denominator" > 0
                THEN (
                  CAST("t375"."numerator" AS DOUBLE) / "t375"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t356"."numerator", 0) AS "numerator",
                COALESCE("t356"."denominator", 0) AS "denominator",
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
                    "t314"."la_code",
                    "t314"."month",
                    "t314"."worker_id",
                    "t314"."team_id",
                    "t314"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t314"
                ) AS "t326"
                GROUP BY
                  1,
                  2
              ) AS "t356"
                ON "t18"."la_code" = "t356"."la_code" AND "t19"."month" = "t356"."month"
            ) AS "t375"
            ORDER BY
              "t375"."la_code" ASC,
              "t375"."month" ASC
          ) AS "t388"
        ) AS "t390"
      ) AS "t410"
    ) AS "t429"
  ) AS "t430"
) AS "t431"
ORDER BY
  "t431"."indicator" ASC,
  "t431"."la_code" ASC,
  "t431"."month" ASC
