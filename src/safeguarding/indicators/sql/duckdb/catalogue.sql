-- safeguarding compiled query {"code": "cf3f92ea815ec14e", "policy": "5a5babdd74a484f2", "query": "catalogue"}
WITH "t21" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t22" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_a",
    "t8"."date" AS "_wd_a__date"
  FROM "_calendar" AS "t8"
), "t23" AS (
  SELECT
    "t8"."wd_ordinal" AS "_wd_b",
    "t8"."date" AS "_wd_b__date"
  FROM "_calendar" AS "t8"
), "t44" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t45" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t5"
  WHERE
    "t5"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t46" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t6"
  WHERE
    "t6"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t49" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t52" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t13"
  WHERE
    "t13"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t94" AS (
  SELECT
    "t57"."la_code",
    "t57"."cont_contact_id",
    "t57"."cont_person_id",
    "t57"."cont_contact_date",
    "t57"."cont_contact_source_code",
    "t57"."cont_contact_outcome_json",
    "t57"."cont_screening_date",
    "t57"."cont_screened_by_qualified",
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
        FROM "t21"
      )
  ) AS "t57"
  INNER JOIN "_months" AS "t19"
    ON CAST("t57"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t57"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "cohort_open_plans" AS (
  SELECT
    "t69"."la_code",
    "t69"."cppl_cp_plan_id",
    "t69"."cppl_person_id",
    "t69"."cppl_cp_plan_start_date",
    "t69"."cppl_cp_plan_end_date",
    "t69"."cppl_cp_plan_initial_category",
    "t69"."cppl_cp_plan_latest_category",
    "t69"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "t46" AS "t69"
  INNER JOIN "_months" AS "t19"
    ON "t69"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t69"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "t120" AS (
  SELECT
    "t80"."la_code",
    "t80"."clae_cla_episode_id",
    "t80"."clae_person_id",
    "t80"."clae_cla_id",
    "t80"."clae_cla_episode_start_date",
    "t80"."clae_cla_episode_ceased_date",
    "t80"."clae_entered_care_date",
    "t80"."clae_cla_placement_id"
  FROM (
    SELECT
      "t71"."la_code",
      "t71"."clae_cla_episode_id",
      "t71"."clae_person_id",
      "t71"."clae_cla_id",
      "t71"."clae_cla_episode_start_date",
      "t71"."clae_cla_episode_ceased_date",
      "t71"."clae_entered_care_date",
      "t71"."clae_cla_placement_id",
      "t37"."_first_end",
      "t37"."_last_end"
    FROM "t49" AS "t71"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t37"
  ) AS "t80"
  WHERE
    "t80"."clae_cla_episode_start_date" <= "t80"."_last_end"
    AND COALESCE("t80"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t80"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t81"."la_code",
    "t81"."first_episode_start",
    "t81"."clae_person_id",
    "t81"."clae_cla_id" AS "cla_id",
    COALESCE("t81"."entered", "t81"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t63"."la_code",
      "t63"."clae_cla_id",
      MIN("t63"."clae_entered_care_date") AS "entered",
      MIN("t63"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t63"."clae_person_id") AS "clae_person_id"
    FROM "t49" AS "t63"
    GROUP BY
      1,
      2
  ) AS "t81"
), "cohort_in_need" AS (
  SELECT DISTINCT
    *
  FROM (
    SELECT
      "t66"."la_code",
      "t19"."month",
      "t66"."cine_person_id"
    FROM "t44" AS "t66"
    INNER JOIN "_months" AS "t19"
      ON "t66"."cine_referral_date" <= "t19"."month_end"
      AND COALESCE("t66"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ) AS "t106"
), "t139" AS (
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
      "t84"."la_code",
      "t84"."invo_involvements_id",
      "t84"."invo_person_id",
      "t84"."invo_professional_id",
      "t84"."invo_professional_role_id",
      "t84"."invo_professional_team",
      "t84"."invo_involvement_start_date",
      "t84"."invo_involvement_end_date",
      "t84"."invo_worker_change_reason",
      "t84"."invo_referral_id",
      "t84"."_start",
      "t84"."_end",
      "t37"."_first_end",
      "t37"."_last_end"
    FROM (
      SELECT
        "t53"."la_code",
        "t53"."invo_involvements_id",
        "t53"."invo_person_id",
        "t53"."invo_professional_id",
        "t53"."invo_professional_role_id",
        "t53"."invo_professional_team",
        "t53"."invo_involvement_start_date",
        "t53"."invo_involvement_end_date",
        "t53"."invo_worker_change_reason",
        "t53"."invo_referral_id",
        CAST("t53"."invo_involvement_start_date" AS DATE) AS "_start",
        CAST("t53"."invo_involvement_end_date" AS DATE) AS "_end"
      FROM (
        SELECT
          *
        FROM "ssd_involvements" AS "t14"
        WHERE
          "t14"."la_code" IN (
            SELECT
              *
            FROM "t21"
          )
      ) AS "t53"
      WHERE
        "t53"."invo_professional_id" IS NOT NULL
    ) AS "t84"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t37"
  ) AS "t102"
  WHERE
    "t102"."_start" <= "t102"."_last_end"
    AND COALESCE("t102"."_end", MAKE_DATE(9999, 12, 31)) > "t102"."_first_end"
), "t146" AS (
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
      "t37"."_first_end",
      "t37"."_last_end"
    FROM (
      SELECT
        *
      FROM "t52" AS "t64"
      WHERE
        "t64"."la_code" IN (
          SELECT
            "t15"."la_code"
          FROM "_supplied" AS "t15"
          WHERE
            "t15"."table_name" = 'ssd_cla_placement'
            AND "t15"."column_name" = 'clap_cla_placement_end_date'
        )
    ) AS "t92"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t37"
  ) AS "t113"
  WHERE
    "t113"."clap_cla_placement_start_date" <= "t113"."_last_end"
    AND COALESCE("t113"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t113"."_first_end"
), "cohort_on_plan" AS (
  SELECT
    "t126"."la_code",
    "t126"."month",
    "t126"."month_end",
    "t126"."cppl_person_id",
    MIN("t126"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t126"
  GROUP BY
    1,
    2,
    3,
    4
), "t168" AS (
  SELECT
    "t126"."la_code",
    "t126"."month",
    "t126"."month_end",
    "t126"."cppl_cp_plan_id" AS "plan_id",
    "t126"."cppl_cp_plan_start_date" AS "start",
    "t126"."cppl_person_id" AS "person_id",
    "t126"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
  FROM "cohort_open_plans" AS "t126"
  WHERE
    (
      "t126"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
    ) <= "t126"."month_end"
), "cohort_looked_after" AS (
  SELECT
    "t135"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t135"."clae_person_id" AS "person_id",
    "t135"."clae_cla_id" AS "cla_id",
    "t135"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t120" AS "t135"
  INNER JOIN "_months" AS "t19"
    ON "t135"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t135"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t135"."la_code",
      "t135"."clae_cla_episode_id" AS "_superseded",
      "t136"."clae_cla_episode_start_date" AS "_start",
      "t136"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t120" AS "t135"
    INNER JOIN "t120" AS "t136"
      ON "t135"."la_code" = "t136"."la_code"
      AND "t135"."clae_person_id" = "t136"."clae_person_id"
      AND (
        (
          "t136"."clae_cla_episode_start_date" > "t135"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t136"."clae_cla_episode_start_date" = "t135"."clae_cla_episode_start_date"
          )
          AND (
            "t136"."clae_cla_episode_id" > "t135"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t135"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t136"."clae_cla_episode_start_date" < "t135"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t136"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t136"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t195"
    ON "t135"."la_code" = "t195"."la_code"
    AND "t19"."month" = "t195"."month"
    AND "t135"."clae_cla_episode_id" = "t195"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t158"."la_code",
    "t19"."month",
    "t158"."invo_person_id" AS "person_id",
    "t158"."invo_professional_id" AS "worker_id",
    "t158"."invo_professional_team" AS "team_id"
  FROM "t139" AS "t158"
  INNER JOIN "_months" AS "t19"
    ON "t158"."_start" <= "t19"."month_end"
    AND COALESCE("t158"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t158"."la_code",
      "t158"."invo_involvements_id" AS "_superseded",
      "t159"."_start",
      "t159"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t139" AS "t158"
    INNER JOIN "t139" AS "t159"
      ON "t158"."la_code" = "t159"."la_code"
      AND "t158"."invo_person_id" = "t159"."invo_person_id"
      AND (
        (
          "t159"."invo_involvement_start_date" > "t158"."invo_involvement_start_date"
        )
        OR (
          (
            "t159"."invo_involvement_start_date" = "t158"."invo_involvement_start_date"
          )
          AND (
            "t159"."invo_involvements_id" > "t158"."invo_involvements_id"
          )
        )
      )
      AND (
        (
          "t158"."_end" IS NULL
        ) OR (
          "t159"."_start" < "t158"."_end"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t159"."_start" <= "t20"."month_end"
      AND COALESCE("t159"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t213"
    ON "t158"."la_code" = "t213"."la_code"
    AND "t19"."month" = "t213"."month"
    AND "t158"."invo_involvements_id" = "t213"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t255"."la_code",
    "t255"."month",
    "t255"."worker_id",
    MAX("t255"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t255"
  GROUP BY
    1,
    2,
    3
), "t335" AS (
  SELECT
    "t321"."la_code",
    "t321"."month",
    "t321"."month_end",
    "t321"."wd21" + INTERVAL '-1' DAY AS "first_due",
    "t321"."person_id",
    "t321"."period_start",
    "t321"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t306"."la_code",
      "t306"."month",
      "t306"."month_end",
      "t306"."rolling_start",
      "t306"."person_id",
      "t306"."cla_id",
      "t306"."episode_start",
      "t306"."first_episode_start",
      "t306"."clae_person_id",
      "t306"."period_start",
      "t306"."wd_in_care",
      "t32"."wd21"
    FROM (
      SELECT
        "t273"."la_code",
        "t273"."month",
        "t273"."month_end",
        "t273"."rolling_start",
        "t273"."person_id",
        "t273"."cla_id",
        "t273"."episode_start",
        "t273"."first_episode_start",
        "t273"."clae_person_id",
        "t273"."period_start",
        "t273"."_wd_b" - "t273"."_wd_a" AS "wd_in_care"
      FROM (
        SELECT
          "t243"."la_code",
          "t243"."month",
          "t243"."month_end",
          "t243"."rolling_start",
          "t243"."person_id",
          "t243"."cla_id",
          "t243"."episode_start",
          "t138"."first_episode_start",
          "t138"."clae_person_id",
          "t138"."period_start",
          "t39"."_wd_a",
          "t41"."_wd_b"
        FROM "cohort_looked_after" AS "t243"
        INNER JOIN "cohort_period_starts" AS "t138"
          ON "t243"."la_code" = "t138"."la_code" AND "t243"."cla_id" = "t138"."cla_id"
        LEFT OUTER JOIN "t22" AS "t39"
          ON "t138"."period_start" = "t39"."_wd_a__date"
        LEFT OUTER JOIN "t23" AS "t41"
          ON "t243"."month_end" = "t41"."_wd_b__date"
      ) AS "t273"
      WHERE
        (
          "t273"."_wd_b" - "t273"."_wd_a"
        ) > 20
    ) AS "t306"
    LEFT OUTER JOIN (
      SELECT
        "t8"."wd_ordinal" AS "_wd_from",
        "t8"."date" AS "_wd_from__date"
      FROM "_calendar" AS "t8"
    ) AS "t31"
      ON "t306"."period_start" = "t31"."_wd_from__date"
    LEFT OUTER JOIN (
      SELECT
        "t8"."wd_ordinal" AS "_wd_to",
        "t8"."date" AS "wd21"
      FROM "_calendar" AS "t8"
      WHERE
        "t8"."is_working_day"
    ) AS "t32"
      ON (
        "t31"."_wd_from" + 21
      ) = "t32"."_wd_to"
  ) AS "t321"
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
            "t349"."la_code",
            "t349"."month",
            'caseload_over_policy' AS "indicator",
            "t349"."numerator",
            "t349"."denominator",
            "t349"."excluded",
            CASE
              WHEN "t349"."denominator" > 0
              THEN (
                CAST("t349"."numerator" AS DOUBLE) / "t349"."denominator"
              ) * 100
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
                "t308"."la_code",
                "t308"."month",
                SUM(CAST("t308"."_kept" AND COALESCE("t308"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t308"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t291"."la_code",
                  "t291"."month",
                  "t291"."worker_id",
                  "t291"."team_id",
                  "t291"."amount",
                  "t291"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t291"
              ) AS "t308"
              GROUP BY
                1,
                2
            ) AS "t336"
              ON "t18"."la_code" = "t336"."la_code" AND "t19"."month" = "t336"."month"
          ) AS "t349"
          ORDER BY
            "t349"."la_code" ASC,
            "t349"."month" ASC
        ) AS "t360"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t353"."la_code",
            "t353"."month",
            'unallocated_cp_cla' AS "indicator",
            "t353"."numerator",
            "t353"."denominator",
            "t353"."excluded",
            CASE
              WHEN "t353"."denominator" > 0
              THEN (
                CAST("t353"."numerator" AS DOUBLE) / "t353"."denominator"
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
                "t313"."la_code",
                "t313"."month",
                SUM(CAST("t313"."_kept" AND COALESCE("t313"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t313"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t304"."la_code",
                  "t304"."month",
                  "t304"."person_id",
                  "t304"."worker_id",
                  "t304"."worker_id" IS NULL AS "hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t266"."la_code",
                    "t266"."month",
                    "t266"."person_id",
                    "t276"."worker_id"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t173"."la_code",
                        "t173"."month",
                        "t173"."cppl_person_id" AS "person_id"
                      FROM "cohort_on_plan" AS "t173"
                    ) AS "t186"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t237"."la_code",
                        "t237"."month",
                        "t237"."person_id"
                      FROM "cohort_looked_after" AS "t237"
                    ) AS "t250"
                  ) AS "t266"
                  LEFT OUTER JOIN (
                    SELECT
                      "t255"."la_code",
                      "t255"."month",
                      "t255"."person_id",
                      "t255"."worker_id"
                    FROM "cohort_allocated" AS "t255"
                  ) AS "t276"
                    ON "t266"."la_code" = "t276"."la_code"
                    AND "t266"."month" = "t276"."month"
                    AND "t266"."person_id" = "t276"."person_id"
                ) AS "t304"
              ) AS "t313"
              GROUP BY
                1,
                2
            ) AS "t347"
              ON "t18"."la_code" = "t347"."la_code" AND "t19"."month" = "t347"."month"
          ) AS "t353"
          ORDER BY
            "t353"."la_code" ASC,
            "t353"."month" ASC
        ) AS "t364"
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
              "t198"."la_code",
              "t198"."month",
              'contacts' AS "indicator",
              "t198"."numerator",
              "t198"."denominator",
              "t198"."excluded",
              CAST("t198"."numerator" AS DOUBLE) AS "value"
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
                    "t105"."la_code",
                    "t105"."cont_contact_id",
                    "t105"."cont_person_id",
                    "t105"."cont_contact_date",
                    "t105"."cont_contact_source_code",
                    "t105"."cont_contact_outcome_json",
                    "t105"."cont_screening_date",
                    "t105"."cont_screened_by_qualified",
                    "t105"."month",
                    "t105"."month_end",
                    "t105"."rolling_start",
                    "t105"."pop_year",
                    TRUE AS "_kept"
                  FROM "t94" AS "t105"
                ) AS "t124"
                GROUP BY
                  1,
                  2
              ) AS "t172"
                ON "t18"."la_code" = "t172"."la_code" AND "t19"."month" = "t172"."month"
            ) AS "t198"
            ORDER BY
              "t198"."la_code" ASC,
              "t198"."month" ASC
          ) AS "t223"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t239"."la_code",
              "t239"."month",
              'contacts_screened_24h' AS "indicator",
              "t239"."numerator",
              "t239"."denominator",
              "t239"."excluded",
              CASE
                WHEN "t239"."denominator" > 0
                THEN (
                  CAST("t239"."numerator" AS DOUBLE) / "t239"."denominator"
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
                  "t160"."la_code",
                  "t160"."month",
                  SUM(CAST("t160"."_kept" AND COALESCE("t160"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t160"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t105"."la_code",
                    "t105"."cont_contact_id",
                    "t105"."cont_person_id",
                    "t105"."cont_contact_date",
                    "t105"."cont_contact_source_code",
                    "t105"."cont_contact_outcome_json",
                    "t105"."cont_screening_date",
                    "t105"."cont_screened_by_qualified",
                    "t105"."month",
                    "t105"."month_end",
                    "t105"."rolling_start",
                    "t105"."pop_year",
                    (
                      "t105"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t105"."cont_screening_date" <= (
                        "t105"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t105"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t105"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t94" AS "t105"
                ) AS "t160"
                GROUP BY
                  1,
                  2
              ) AS "t214"
                ON "t18"."la_code" = "t214"."la_code" AND "t19"."month" = "t214"."month"
            ) AS "t239"
            ORDER BY
              "t239"."la_code" ASC,
              "t239"."month" ASC
          ) AS "t283"
        ) AS "t292"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t235"."la_code",
              "t235"."month",
              'contacts_to_referral' AS "indicator",
              "t235"."numerator",
              "t235"."denominator",
              "t235"."excluded",
              CASE
                WHEN "t235"."denominator" > 0
                THEN (
                  CAST("t235"."numerator" AS DOUBLE) / "t235"."denominator"
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
                  "t150"."la_code",
                  "t150"."month",
                  SUM(CAST("t150"."_kept" AND COALESCE("t150"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t150"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t105"."la_code",
                    "t105"."cont_contact_id",
                    "t105"."cont_person_id",
                    "t105"."cont_contact_date",
                    "t105"."cont_contact_source_code",
                    "t105"."cont_contact_outcome_json",
                    "t105"."cont_screening_date",
                    "t105"."cont_screened_by_qualified",
                    "t105"."month",
                    "t105"."month_end",
                    "t105"."rolling_start",
                    "t105"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        UPPER("t105"."cont_contact_outcome_json"),
                        'NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t94" AS "t105"
                ) AS "t150"
                GROUP BY
                  1,
                  2
              ) AS "t206"
                ON "t18"."la_code" = "t206"."la_code" AND "t19"."month" = "t206"."month"
            ) AS "t235"
            ORDER BY
              "t235"."la_code" ASC,
              "t235"."month" ASC
          ) AS "t277"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t190"."la_code",
              "t190"."month",
              'referrals' AS "indicator",
              "t190"."numerator",
              "t190"."denominator",
              "t190"."excluded",
              CAST("t190"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t162"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t114"."la_code",
                  "t114"."month",
                  SUM(CAST("t114"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t95"."la_code",
                    "t95"."cine_referral_id",
                    "t95"."cine_person_id",
                    "t95"."cine_referral_date",
                    "t95"."cine_referral_source_code",
                    "t95"."cine_referral_nfa",
                    "t95"."cine_cin_primary_need_code",
                    "t95"."cine_close_date",
                    "t95"."cine_close_reason",
                    "t95"."month",
                    "t95"."month_end",
                    "t95"."rolling_start",
                    "t95"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t66"."la_code",
                      "t66"."cine_referral_id",
                      "t66"."cine_person_id",
                      "t66"."cine_referral_date",
                      "t66"."cine_referral_source_code",
                      "t66"."cine_referral_nfa",
                      "t66"."cine_cin_primary_need_code",
                      "t66"."cine_close_date",
                      "t66"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t44" AS "t66"
                    INNER JOIN "_months" AS "t19"
                      ON "t66"."cine_referral_date" >= "t19"."month"
                      AND "t66"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t95"
                ) AS "t114"
                GROUP BY
                  1,
                  2
              ) AS "t162"
                ON "t18"."la_code" = "t162"."la_code" AND "t19"."month" = "t162"."month"
            ) AS "t190"
            ORDER BY
              "t190"."la_code" ASC,
              "t190"."month" ASC
          ) AS "t215"
        ) AS "t284"
      ) AS "t298"
    ) AS "t367"
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
              "t230"."la_code",
              "t230"."month",
              'referrals_per_10k' AS "indicator",
              "t230"."numerator",
              "t230"."denominator",
              "t230"."excluded",
              (
                CAST("t230"."numerator" AS DOUBLE) / "t230"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t163"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t201"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t115"."la_code",
                  "t115"."month",
                  SUM(CAST("t115"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t96"."la_code",
                    "t96"."cine_referral_id",
                    "t96"."cine_person_id",
                    "t96"."cine_referral_date",
                    "t96"."cine_referral_source_code",
                    "t96"."cine_referral_nfa",
                    "t96"."cine_cin_primary_need_code",
                    "t96"."cine_close_date",
                    "t96"."cine_close_reason",
                    "t96"."month",
                    "t96"."month_end",
                    "t96"."rolling_start",
                    "t96"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t66"."la_code",
                      "t66"."cine_referral_id",
                      "t66"."cine_person_id",
                      "t66"."cine_referral_date",
                      "t66"."cine_referral_source_code",
                      "t66"."cine_referral_nfa",
                      "t66"."cine_cin_primary_need_code",
                      "t66"."cine_close_date",
                      "t66"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t44" AS "t66"
                    INNER JOIN "_months" AS "t19"
                      ON "t66"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t66"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t96"
                ) AS "t115"
                GROUP BY
                  1,
                  2
              ) AS "t163"
                ON "t18"."la_code" = "t163"."la_code" AND "t19"."month" = "t163"."month"
              INNER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  "t175"."pop_year",
                  "t175"."population",
                  "t175"."year" AS "year_used"
                FROM (
                  SELECT
                    "t128"."la_code",
                    "t128"."month",
                    "t128"."month_end",
                    "t128"."rolling_start",
                    "t128"."pop_year",
                    "t128"."year",
                    "t128"."population",
                    "t128"."source",
                    "t128"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t128"."la_code", "t128"."month"
                      ORDER BY "t128"."distance" ASC, "t128"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t88"."la_code",
                      "t88"."month",
                      "t88"."month_end",
                      "t88"."rolling_start",
                      "t88"."pop_year",
                      "t88"."year",
                      "t88"."population",
                      "t88"."source",
                      ABS("t88"."year" - "t88"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t61"."year",
                        "t61"."population",
                        "t61"."source"
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
                            FROM "t21"
                          )
                      ) AS "t61"
                        ON "t18"."la_code" = "t61"."la_code"
                    ) AS "t88"
                  ) AS "t128"
                ) AS "t175"
                WHERE
                  "t175"."rank" = 0
              ) AS "t201"
                ON "t18"."la_code" = "t201"."la_code" AND "t19"."month" = "t201"."month"
            ) AS "t230"
            ORDER BY
              "t230"."la_code" ASC,
              "t230"."month" ASC
          ) AS "t262"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t305"."la_code",
              "t305"."month",
              'rereferrals_12m' AS "indicator",
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
                COALESCE("t278"."numerator", 0) AS "numerator",
                COALESCE("t278"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t228"."la_code",
                  "t228"."month",
                  SUM(CAST("t228"."_kept" AND COALESCE("t228"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t228"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t216"."la_code",
                    "t216"."cine_referral_id",
                    "t216"."cine_person_id",
                    "t216"."cine_referral_date",
                    "t216"."hit",
                    "t216"."month",
                    "t216"."month_end",
                    "t216"."rolling_start",
                    "t216"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t116"."la_code",
                      "t116"."cine_referral_id",
                      "t116"."cine_person_id",
                      "t116"."cine_referral_date",
                      COALESCE("t184"."hit", FALSE) AS "hit",
                      "t20"."month",
                      "t20"."month_end",
                      "t20"."rolling_start",
                      "t20"."pop_year"
                    FROM (
                      SELECT
                        "t77"."la_code",
                        "t77"."cine_referral_id",
                        "t77"."cine_person_id",
                        "t77"."cine_referral_date",
                        "t77"."cine_referral_source_code",
                        "t77"."cine_referral_nfa",
                        "t77"."cine_cin_primary_need_code",
                        "t77"."cine_close_date",
                        "t77"."cine_close_reason"
                      FROM (
                        SELECT
                          "t66"."la_code",
                          "t66"."cine_referral_id",
                          "t66"."cine_person_id",
                          "t66"."cine_referral_date",
                          "t66"."cine_referral_source_code",
                          "t66"."cine_referral_nfa",
                          "t66"."cine_cin_primary_need_code",
                          "t66"."cine_close_date",
                          "t66"."cine_close_reason",
                          "t36"."_lo",
                          "t36"."_hi"
                        FROM "t44" AS "t66"
                        CROSS JOIN (
                          SELECT
                            MIN("t1"."rolling_start") AS "_lo",
                            MAX("t1"."month_end") AS "_hi"
                          FROM "_months" AS "t1"
                        ) AS "t36"
                      ) AS "t77"
                      WHERE
                        "t77"."cine_referral_date" >= "t77"."_lo"
                        AND "t77"."cine_referral_date" <= "t77"."_hi"
                    ) AS "t116"
                    LEFT OUTER JOIN (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t116"."la_code",
                          "t116"."cine_referral_id",
                          TRUE AS "hit"
                        FROM (
                          SELECT
                            "t77"."la_code",
                            "t77"."cine_referral_id",
                            "t77"."cine_person_id",
                            "t77"."cine_referral_date",
                            "t77"."cine_referral_source_code",
                            "t77"."cine_referral_nfa",
                            "t77"."cine_cin_primary_need_code",
                            "t77"."cine_close_date",
                            "t77"."cine_close_reason"
                          FROM (
                            SELECT
                              "t66"."la_code",
                              "t66"."cine_referral_id",
                              "t66"."cine_person_id",
                              "t66"."cine_referral_date",
                              "t66"."cine_referral_source_code",
                              "t66"."cine_referral_nfa",
                              "t66"."cine_cin_primary_need_code",
                              "t66"."cine_close_date",
                              "t66"."cine_close_reason",
                              "t36"."_lo",
                              "t36"."_hi"
                            FROM "t44" AS "t66"
                            CROSS JOIN (
                              SELECT
                                MIN("t1"."rolling_start") AS "_lo",
                                MAX("t1"."month_end") AS "_hi"
                              FROM "_months" AS "t1"
                            ) AS "t36"
                          ) AS "t77"
                          WHERE
                            "t77"."cine_referral_date" >= "t77"."_lo"
                            AND "t77"."cine_referral_date" <= "t77"."_hi"
                        ) AS "t116"
                        INNER JOIN "t44" AS "t67"
                          ON "t116"."la_code" = "t67"."la_code"
                          AND "t116"."cine_person_id" = "t67"."cine_person_id"
                          AND "t67"."cine_referral_date" >= (
                            "t116"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                          AND "t67"."cine_referral_date" < "t116"."cine_referral_date"
                      ) AS "t165"
                    ) AS "t184"
                      ON "t116"."la_code" = "t184"."la_code"
                      AND "t116"."cine_referral_id" = "t184"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t116"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t116"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t216"
                ) AS "t228"
                GROUP BY
                  1,
                  2
              ) AS "t278"
                ON "t18"."la_code" = "t278"."la_code" AND "t19"."month" = "t278"."month"
            ) AS "t305"
            ORDER BY
              "t305"."la_code" ASC,
              "t305"."month" ASC
          ) AS "t327"
        ) AS "t332"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t183"."la_code",
              "t183"."month",
              'assessments_completed' AS "indicator",
              "t183"."numerator",
              "t183"."denominator",
              "t183"."excluded",
              CAST("t183"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t148"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t103"."la_code",
                  "t103"."month",
                  SUM(CAST("t103"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t86"."la_code",
                    "t86"."cina_assessment_id",
                    "t86"."cina_person_id",
                    "t86"."cina_referral_id",
                    "t86"."cina_assessment_start_date",
                    "t86"."cina_assessment_auth_date",
                    "t86"."cina_assessment_child_seen",
                    "t86"."month",
                    "t86"."month_end",
                    "t86"."rolling_start",
                    "t86"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t56"."la_code",
                      "t56"."cina_assessment_id",
                      "t56"."cina_person_id",
                      "t56"."cina_referral_id",
                      "t56"."cina_assessment_start_date",
                      "t56"."cina_assessment_auth_date",
                      "t56"."cina_assessment_child_seen",
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
                          FROM "t21"
                        )
                    ) AS "t56"
                    INNER JOIN "_months" AS "t19"
                      ON "t56"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t56"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t86"
                ) AS "t103"
                GROUP BY
                  1,
                  2
              ) AS "t148"
                ON "t18"."la_code" = "t148"."la_code" AND "t19"."month" = "t148"."month"
            ) AS "t183"
            ORDER BY
              "t183"."la_code" ASC,
              "t183"."month" ASC
          ) AS "t204"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t231"."la_code",
              "t231"."month",
              'assessments_per_10k' AS "indicator",
              "t231"."numerator",
              "t231"."denominator",
              "t231"."excluded",
              (
                CAST("t231"."numerator" AS DOUBLE) / "t231"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t149"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t201"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t104"."la_code",
                  "t104"."month",
                  SUM(CAST("t104"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t87"."la_code",
                    "t87"."cina_assessment_id",
                    "t87"."cina_person_id",
                    "t87"."cina_referral_id",
                    "t87"."cina_assessment_start_date",
                    "t87"."cina_assessment_auth_date",
                    "t87"."cina_assessment_child_seen",
                    "t87"."month",
                    "t87"."month_end",
                    "t87"."rolling_start",
                    "t87"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t56"."la_code",
                      "t56"."cina_assessment_id",
                      "t56"."cina_person_id",
                      "t56"."cina_referral_id",
                      "t56"."cina_assessment_start_date",
                      "t56"."cina_assessment_auth_date",
                      "t56"."cina_assessment_child_seen",
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
                          FROM "t21"
                        )
                    ) AS "t56"
                    INNER JOIN "_months" AS "t19"
                      ON "t56"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t56"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t87"
                ) AS "t104"
                GROUP BY
                  1,
                  2
              ) AS "t149"
                ON "t18"."la_code" = "t149"."la_code" AND "t19"."month" = "t149"."month"
              INNER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  "t175"."pop_year",
                  "t175"."population",
                  "t175"."year" AS "year_used"
                FROM (
                  SELECT
                    "t128"."la_code",
                    "t128"."month",
                    "t128"."month_end",
                    "t128"."rolling_start",
                    "t128"."pop_year",
                    "t128"."year",
                    "t128"."population",
                    "t128"."source",
                    "t128"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t128"."la_code", "t128"."month"
                      ORDER BY "t128"."distance" ASC, "t128"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t88"."la_code",
                      "t88"."month",
                      "t88"."month_end",
                      "t88"."rolling_start",
                      "t88"."pop_year",
                      "t88"."year",
                      "t88"."population",
                      "t88"."source",
                      ABS("t88"."year" - "t88"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t61"."year",
                        "t61"."population",
                        "t61"."source"
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
                            FROM "t21"
                          )
                      ) AS "t61"
                        ON "t18"."la_code" = "t61"."la_code"
                    ) AS "t88"
                  ) AS "t128"
                ) AS "t175"
                WHERE
                  "t175"."rank" = 0
              ) AS "t201"
                ON "t18"."la_code" = "t201"."la_code" AND "t19"."month" = "t201"."month"
            ) AS "t231"
            ORDER BY
              "t231"."la_code" ASC,
              "t231"."month" ASC
          ) AS "t263"
        ) AS "t272"
      ) AS "t337"
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
              "t293"."la_code",
              "t293"."month",
              'assessments_in_timescale' AS "indicator",
              "t293"."numerator",
              "t293"."denominator",
              "t293"."excluded",
              CASE
                WHEN "t293"."denominator" > 0
                THEN (
                  CAST("t293"."numerator" AS DOUBLE) / "t293"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t261"."numerator", 0) AS "numerator",
                COALESCE("t261"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t217"."la_code",
                  "t217"."month",
                  SUM(CAST("t217"."_kept" AND COALESCE("t217"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t217"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t185"."la_code",
                    "t185"."cina_assessment_id",
                    "t185"."cina_person_id",
                    "t185"."cina_referral_id",
                    "t185"."cina_assessment_start_date",
                    "t185"."cina_assessment_auth_date",
                    "t185"."cina_assessment_child_seen",
                    "t185"."month",
                    "t185"."month_end",
                    "t185"."rolling_start",
                    "t185"."pop_year",
                    "t185"."la_code_right",
                    "t185"."cine_referral_id",
                    "t185"."cine_referral_date",
                    "t185"."_start",
                    "t185"."_wd_b" - "t185"."_wd_a" AS "wd",
                    (
                      "t185"."_wd_b" - "t185"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t153"."la_code",
                      "t153"."cina_assessment_id",
                      "t153"."cina_person_id",
                      "t153"."cina_referral_id",
                      "t153"."cina_assessment_start_date",
                      "t153"."cina_assessment_auth_date",
                      "t153"."cina_assessment_child_seen",
                      "t153"."month",
                      "t153"."month_end",
                      "t153"."rolling_start",
                      "t153"."pop_year",
                      "t153"."la_code_right",
                      "t153"."cine_referral_id",
                      "t153"."cine_referral_date",
                      "t153"."_start",
                      "t38"."_wd_a",
                      "t40"."_wd_b"
                    FROM (
                      SELECT
                        "t117"."la_code",
                        "t117"."cina_assessment_id",
                        "t117"."cina_person_id",
                        "t117"."cina_referral_id",
                        "t117"."cina_assessment_start_date",
                        "t117"."cina_assessment_auth_date",
                        "t117"."cina_assessment_child_seen",
                        "t117"."month",
                        "t117"."month_end",
                        "t117"."rolling_start",
                        "t117"."pop_year",
                        "t117"."la_code_right",
                        "t117"."cine_referral_id",
                        "t117"."cine_referral_date",
                        COALESCE("t117"."cine_referral_date", "t117"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t56"."la_code",
                          "t56"."cina_assessment_id",
                          "t56"."cina_person_id",
                          "t56"."cina_referral_id",
                          "t56"."cina_assessment_start_date",
                          "t56"."cina_assessment_auth_date",
                          "t56"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t78"."la_code" AS "la_code_right",
                          "t78"."cine_referral_id",
                          "t78"."cine_referral_date"
                        FROM (
                          SELECT
                            *
                          FROM "ssd_cin_assessments" AS "t2"
                          WHERE
                            "t2"."la_code" IN (
                              SELECT
                                *
                              FROM "t21"
                            )
                        ) AS "t56"
                        INNER JOIN "_months" AS "t19"
                          ON "t56"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t56"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t58"."la_code",
                            "t58"."cine_referral_id",
                            "t58"."cine_referral_date"
                          FROM "t44" AS "t58"
                        ) AS "t78"
                          ON "t56"."la_code" = "t78"."la_code"
                          AND "t56"."cina_referral_id" = "t78"."cine_referral_id"
                      ) AS "t117"
                    ) AS "t153"
                    LEFT OUTER JOIN "t22" AS "t38"
                      ON "t153"."_start" = "t38"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t40"
                      ON "t153"."cina_assessment_auth_date" = "t40"."_wd_b__date"
                  ) AS "t185"
                ) AS "t217"
                GROUP BY
                  1,
                  2
              ) AS "t261"
                ON "t18"."la_code" = "t261"."la_code" AND "t19"."month" = "t261"."month"
            ) AS "t293"
            ORDER BY
              "t293"."la_code" ASC,
              "t293"."month" ASC
          ) AS "t318"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t232"."la_code",
              "t232"."month",
              's47_per_10k' AS "indicator",
              "t232"."numerator",
              "t232"."denominator",
              "t232"."excluded",
              (
                CAST("t232"."numerator" AS DOUBLE) / "t232"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t166"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t201"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t118"."la_code",
                  "t118"."month",
                  SUM(CAST("t118"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t97"."la_code",
                    "t97"."s47e_s47_enquiry_id",
                    "t97"."s47e_person_id",
                    "t97"."s47e_referral_id",
                    "t97"."s47e_s47_start_date",
                    "t97"."s47e_s47_end_date",
                    "t97"."s47e_s47_nfa",
                    "t97"."month",
                    "t97"."month_end",
                    "t97"."rolling_start",
                    "t97"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t68"."la_code",
                      "t68"."s47e_s47_enquiry_id",
                      "t68"."s47e_person_id",
                      "t68"."s47e_referral_id",
                      "t68"."s47e_s47_start_date",
                      "t68"."s47e_s47_end_date",
                      "t68"."s47e_s47_nfa",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t45" AS "t68"
                    INNER JOIN "_months" AS "t19"
                      ON "t68"."s47e_s47_start_date" >= "t19"."rolling_start"
                      AND "t68"."s47e_s47_start_date" <= "t19"."month_end"
                  ) AS "t97"
                ) AS "t118"
                GROUP BY
                  1,
                  2
              ) AS "t166"
                ON "t18"."la_code" = "t166"."la_code" AND "t19"."month" = "t166"."month"
              INNER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  "t175"."pop_year",
                  "t175"."population",
                  "t175"."year" AS "year_used"
                FROM (
                  SELECT
                    "t128"."la_code",
                    "t128"."month",
                    "t128"."month_end",
                    "t128"."rolling_start",
                    "t128"."pop_year",
                    "t128"."year",
                    "t128"."population",
                    "t128"."source",
                    "t128"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t128"."la_code", "t128"."month"
                      ORDER BY "t128"."distance" ASC, "t128"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t88"."la_code",
                      "t88"."month",
                      "t88"."month_end",
                      "t88"."rolling_start",
                      "t88"."pop_year",
                      "t88"."year",
                      "t88"."population",
                      "t88"."source",
                      ABS("t88"."year" - "t88"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t61"."year",
                        "t61"."population",
                        "t61"."source"
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
                            FROM "t21"
                          )
                      ) AS "t61"
                        ON "t18"."la_code" = "t61"."la_code"
                    ) AS "t88"
                  ) AS "t128"
                ) AS "t175"
                WHERE
                  "t175"."rank" = 0
              ) AS "t201"
                ON "t18"."la_code" = "t201"."la_code" AND "t19"."month" = "t201"."month"
            ) AS "t232"
            ORDER BY
              "t232"."la_code" ASC,
              "t232"."month" ASC
          ) AS "t264"
        ) AS "t323"
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
                COALESCE("t258"."numerator", 0) AS "numerator",
                COALESCE("t258"."denominator", 0) AS "denominator",
                COALESCE("t258"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t211"."la_code",
                  "t211"."month",
                  SUM(CAST("t211"."_kept" AND COALESCE("t211"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t211"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t211"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t176"."la_code",
                    "t176"."icpc_icpc_id",
                    "t176"."icpc_person_id",
                    "t176"."icpc_s47_enquiry_id",
                    "t176"."icpc_cp_plan_id",
                    "t176"."icpc_icpc_date",
                    "t176"."icpc_icpc_outcome_cp_flag",
                    "t176"."icpc_icpc_transfer_in",
                    "t176"."month",
                    "t176"."month_end",
                    "t176"."rolling_start",
                    "t176"."pop_year",
                    "t176"."la_code_right",
                    "t176"."s47e_s47_enquiry_id",
                    "t176"."s47e_s47_start_date",
                    "t176"."_wd_b" - "t176"."_wd_a" AS "wd",
                    "t176"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t176"."_wd_b" - "t176"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t176"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t134"."la_code",
                      "t134"."icpc_icpc_id",
                      "t134"."icpc_person_id",
                      "t134"."icpc_s47_enquiry_id",
                      "t134"."icpc_cp_plan_id",
                      "t134"."icpc_icpc_date",
                      "t134"."icpc_icpc_outcome_cp_flag",
                      "t134"."icpc_icpc_transfer_in",
                      "t134"."month",
                      "t134"."month_end",
                      "t134"."rolling_start",
                      "t134"."pop_year",
                      "t79"."la_code" AS "la_code_right",
                      "t79"."s47e_s47_enquiry_id",
                      "t79"."s47e_s47_start_date",
                      "t39"."_wd_a",
                      "t41"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t62"."la_code",
                          "t62"."icpc_icpc_id",
                          "t62"."icpc_person_id",
                          "t62"."icpc_s47_enquiry_id",
                          "t62"."icpc_cp_plan_id",
                          "t62"."icpc_icpc_date",
                          "t62"."icpc_icpc_outcome_cp_flag",
                          "t62"."icpc_icpc_transfer_in",
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
                              FROM "t21"
                            )
                        ) AS "t62"
                        INNER JOIN "_months" AS "t19"
                          ON "t62"."icpc_icpc_date" >= "t19"."month"
                          AND "t62"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t89"
                      WHERE
                        NOT (
                          COALESCE("t89"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t134"
                    LEFT OUTER JOIN (
                      SELECT
                        "t59"."la_code",
                        "t59"."s47e_s47_enquiry_id",
                        "t59"."s47e_s47_start_date"
                      FROM "t45" AS "t59"
                    ) AS "t79"
                      ON "t134"."la_code" = "t79"."la_code"
                      AND "t134"."icpc_s47_enquiry_id" = "t79"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t22" AS "t39"
                      ON "t79"."s47e_s47_start_date" = "t39"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t41"
                      ON "t134"."icpc_icpc_date" = "t41"."_wd_b__date"
                  ) AS "t176"
                ) AS "t211"
                GROUP BY
                  1,
                  2
              ) AS "t258"
                ON "t18"."la_code" = "t258"."la_code" AND "t19"."month" = "t258"."month"
            ) AS "t289"
            ORDER BY
              "t289"."la_code" ASC,
              "t289"."month" ASC
          ) AS "t316"
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
                COALESCE("t224"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  SUM(CAST("t187"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t173"."la_code",
                    "t173"."month",
                    "t173"."month_end",
                    "t173"."cppl_person_id",
                    "t173"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t173"
                ) AS "t187"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
            ) AS "t246"
            ORDER BY
              "t246"."la_code" ASC,
              "t246"."month" ASC
          ) AS "t270"
        ) AS "t319"
      ) AS "t328"
    ) AS "t342"
  ) AS "t368"
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
              "t247"."la_code",
              "t247"."month",
              'cp_per_10k' AS "indicator",
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
                COALESCE("t224"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t201"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t187"."la_code",
                  "t187"."month",
                  SUM(CAST("t187"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t173"."la_code",
                    "t173"."month",
                    "t173"."month_end",
                    "t173"."cppl_person_id",
                    "t173"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t173"
                ) AS "t187"
                GROUP BY
                  1,
                  2
              ) AS "t224"
                ON "t18"."la_code" = "t224"."la_code" AND "t19"."month" = "t224"."month"
              INNER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  "t175"."pop_year",
                  "t175"."population",
                  "t175"."year" AS "year_used"
                FROM (
                  SELECT
                    "t128"."la_code",
                    "t128"."month",
                    "t128"."month_end",
                    "t128"."rolling_start",
                    "t128"."pop_year",
                    "t128"."year",
                    "t128"."population",
                    "t128"."source",
                    "t128"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t128"."la_code", "t128"."month"
                      ORDER BY "t128"."distance" ASC, "t128"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t88"."la_code",
                      "t88"."month",
                      "t88"."month_end",
                      "t88"."rolling_start",
                      "t88"."pop_year",
                      "t88"."year",
                      "t88"."population",
                      "t88"."source",
                      ABS("t88"."year" - "t88"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t61"."year",
                        "t61"."population",
                        "t61"."source"
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
                            FROM "t21"
                          )
                      ) AS "t61"
                        ON "t18"."la_code" = "t61"."la_code"
                    ) AS "t88"
                  ) AS "t128"
                ) AS "t175"
                WHERE
                  "t175"."rank" = 0
              ) AS "t201"
                ON "t18"."la_code" = "t201"."la_code" AND "t19"."month" = "t201"."month"
            ) AS "t247"
            ORDER BY
              "t247"."la_code" ASC,
              "t247"."month" ASC
          ) AS "t285"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t192"."la_code",
              "t192"."month",
              'cp_starts' AS "indicator",
              "t192"."numerator",
              "t192"."denominator",
              "t192"."excluded",
              CAST("t192"."numerator" AS DOUBLE) AS "value"
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
                  "t119"."la_code",
                  "t119"."month",
                  SUM(CAST("t119"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t98"."la_code",
                    "t98"."cppl_cp_plan_id",
                    "t98"."cppl_person_id",
                    "t98"."cppl_cp_plan_start_date",
                    "t98"."cppl_cp_plan_end_date",
                    "t98"."cppl_cp_plan_initial_category",
                    "t98"."cppl_cp_plan_latest_category",
                    "t98"."cppl_icpc_id",
                    "t98"."month",
                    "t98"."month_end",
                    "t98"."rolling_start",
                    "t98"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t69"."la_code",
                      "t69"."cppl_cp_plan_id",
                      "t69"."cppl_person_id",
                      "t69"."cppl_cp_plan_start_date",
                      "t69"."cppl_cp_plan_end_date",
                      "t69"."cppl_cp_plan_initial_category",
                      "t69"."cppl_cp_plan_latest_category",
                      "t69"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t46" AS "t69"
                    INNER JOIN "_months" AS "t19"
                      ON "t69"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t69"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t98"
                ) AS "t119"
                GROUP BY
                  1,
                  2
              ) AS "t167"
                ON "t18"."la_code" = "t167"."la_code" AND "t19"."month" = "t167"."month"
            ) AS "t192"
            ORDER BY
              "t192"."la_code" ASC,
              "t192"."month" ASC
          ) AS "t218"
        ) AS "t294"
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
              'cp_second_or_subsequent' AS "indicator",
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
                COALESCE("t220"."numerator", 0) AS "numerator",
                COALESCE("t220"."denominator", 0) AS "denominator",
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
                    "t145"."la_code",
                    "t145"."cppl_cp_plan_id",
                    "t145"."cppl_person_id",
                    "t145"."cppl_cp_plan_start_date",
                    "t145"."cppl_cp_plan_end_date",
                    "t145"."cppl_cp_plan_initial_category",
                    "t145"."cppl_cp_plan_latest_category",
                    "t145"."cppl_icpc_id",
                    "t145"."hit",
                    "t145"."month",
                    "t145"."month_end",
                    "t145"."rolling_start",
                    "t145"."pop_year",
                    TRUE AS "_kept"
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
                      "t109"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t60"."la_code",
                        "t60"."cppl_cp_plan_id",
                        "t60"."cppl_person_id",
                        "t60"."cppl_cp_plan_start_date",
                        "t60"."cppl_cp_plan_end_date",
                        "t60"."cppl_cp_plan_initial_category",
                        "t60"."cppl_cp_plan_latest_category",
                        "t60"."cppl_icpc_id",
                        "t60"."cppl_cp_plan_start_date" > MIN("t60"."cppl_cp_plan_start_date") OVER (
                          PARTITION BY "t60"."la_code", "t60"."cppl_person_id"
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "hit"
                      FROM "t46" AS "t60"
                    ) AS "t109"
                    INNER JOIN "_months" AS "t19"
                      ON "t109"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t109"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t145"
                ) AS "t169"
                GROUP BY
                  1,
                  2
              ) AS "t220"
                ON "t18"."la_code" = "t220"."la_code" AND "t19"."month" = "t220"."month"
            ) AS "t242"
            ORDER BY
              "t242"."la_code" ASC,
              "t242"."month" ASC
          ) AS "t288"
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
                COALESCE("t200"."numerator", 0) AS "numerator",
                COALESCE("t200"."denominator", 0) AS "denominator",
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
                    "t99"."la_code",
                    "t99"."cppl_cp_plan_id",
                    "t99"."cppl_person_id",
                    "t99"."cppl_cp_plan_start_date",
                    "t99"."cppl_cp_plan_end_date",
                    "t99"."cppl_cp_plan_initial_category",
                    "t99"."cppl_cp_plan_latest_category",
                    "t99"."cppl_icpc_id",
                    "t99"."month",
                    "t99"."month_end",
                    "t99"."rolling_start",
                    "t99"."pop_year",
                    (
                      DATE_DIFF('DAY', "t99"."cppl_cp_plan_start_date", "t99"."cppl_cp_plan_end_date") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t69"."la_code",
                      "t69"."cppl_cp_plan_id",
                      "t69"."cppl_person_id",
                      "t69"."cppl_cp_plan_start_date",
                      "t69"."cppl_cp_plan_end_date",
                      "t69"."cppl_cp_plan_initial_category",
                      "t69"."cppl_cp_plan_latest_category",
                      "t69"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t46" AS "t69"
                    INNER JOIN "_months" AS "t19"
                      ON "t69"."cppl_cp_plan_end_date" >= "t19"."rolling_start"
                      AND "t69"."cppl_cp_plan_end_date" <= "t19"."month_end"
                  ) AS "t99"
                ) AS "t144"
                GROUP BY
                  1,
                  2
              ) AS "t200"
                ON "t18"."la_code" = "t200"."la_code" AND "t19"."month" = "t200"."month"
            ) AS "t229"
            ORDER BY
              "t229"."la_code" ASC,
              "t229"."month" ASC
          ) AS "t269"
        ) AS "t296"
      ) AS "t300"
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
              'cp_open_2yrs' AS "indicator",
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
                COALESCE("t257"."numerator", 0) AS "numerator",
                COALESCE("t257"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t207"."la_code",
                  "t207"."month",
                  SUM(CAST("t207"."_kept" AND COALESCE("t207"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t207"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t173"."la_code",
                    "t173"."month",
                    "t173"."month_end",
                    "t173"."cppl_person_id",
                    "t173"."start",
                    (
                      DATE_DIFF('DAY', "t173"."start", "t173"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t173"
                ) AS "t207"
                GROUP BY
                  1,
                  2
              ) AS "t257"
                ON "t18"."la_code" = "t257"."la_code" AND "t19"."month" = "t257"."month"
            ) AS "t286"
            ORDER BY
              "t286"."la_code" ASC,
              "t286"."month" ASC
          ) AS "t314"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t380"."la_code",
              "t380"."month",
              'cp_reviews_in_timescale' AS "indicator",
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
                COALESCE("t371"."numerator", 0) AS "numerator",
                COALESCE("t371"."denominator", 0) AS "denominator",
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
                    "t348"."la_code",
                    "t348"."month",
                    "t348"."month_end",
                    "t348"."plan_id",
                    "t348"."start",
                    "t348"."person_id",
                    "t348"."first_due",
                    "t348"."held_n",
                    "t348"."late_n",
                    "t348"."last",
                    CASE
                      WHEN COALESCE("t348"."held_n", 0) = 0
                      THEN "t348"."first_due"
                      WHEN COALESCE("t348"."held_n", 0) = 1
                      THEN "t348"."last" + INTERVAL '6' MONTH
                      ELSE "t348"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t348"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t348"."held_n", 0) = 0
                        THEN "t348"."first_due"
                        WHEN COALESCE("t348"."held_n", 0) = 1
                        THEN "t348"."last" + INTERVAL '6' MONTH
                        ELSE "t348"."last" + INTERVAL '6' MONTH
                      END > "t348"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t181"."la_code",
                      "t181"."month",
                      "t181"."month_end",
                      "t181"."plan_id",
                      "t181"."start",
                      "t181"."person_id",
                      "t181"."first_due",
                      "t329"."held_n",
                      "t329"."late_n",
                      "t329"."last"
                    FROM "t168" AS "t181"
                    LEFT OUTER JOIN (
                      SELECT
                        "t309"."la_code",
                        "t309"."plan_id",
                        "t309"."month",
                        COUNT("t309"."k") AS "held_n",
                        SUM(CAST("t309"."late" AS BIGINT)) AS "late_n",
                        MAX("t309"."date") AS "last"
                      FROM (
                        SELECT
                          "t181"."la_code",
                          "t181"."month",
                          "t181"."month_end",
                          "t181"."plan_id",
                          "t181"."start",
                          "t181"."person_id",
                          "t181"."first_due",
                          "t287"."la_code" AS "la_code_right",
                          "t287"."plan_id" AS "plan_id_right",
                          "t287"."date",
                          "t287"."k",
                          "t287"."late"
                        FROM "t168" AS "t181"
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
                              "t209"."la_code",
                              "t209"."plan_id",
                              "t209"."date",
                              "t209"."review_id",
                              "t209"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t209"."la_code", "t209"."plan_id"
                                ORDER BY "t209"."date" ASC, "t209"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t209"."date") OVER (
                                PARTITION BY "t209"."la_code", "t209"."plan_id"
                                ORDER BY "t209"."date" ASC, "t209"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t133"."la_code",
                                "t133"."plan_id",
                                "t133"."date",
                                "t133"."review_id",
                                "t133"."first_due"
                              FROM (
                                SELECT
                                  "t101"."la_code",
                                  "t101"."cppr_cp_plan_id" AS "plan_id",
                                  "t101"."cppr_cp_review_date" AS "date",
                                  "t101"."cppr_cp_review_id" AS "review_id",
                                  "t101"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                                FROM (
                                  SELECT
                                    "t65"."la_code",
                                    "t65"."cppr_cp_review_id",
                                    "t65"."cppr_person_id",
                                    "t65"."cppr_cp_plan_id",
                                    "t65"."cppr_cp_review_due",
                                    "t65"."cppr_cp_review_date",
                                    "t70"."cppl_cp_plan_id",
                                    "t70"."cppl_person_id",
                                    "t70"."cppl_cp_plan_start_date",
                                    "t70"."cppl_cp_plan_end_date",
                                    "t70"."cppl_cp_plan_initial_category",
                                    "t70"."cppl_cp_plan_latest_category",
                                    "t70"."cppl_icpc_id"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "ssd_cp_reviews" AS "t16"
                                    WHERE
                                      "t16"."la_code" IN (
                                        SELECT
                                          *
                                        FROM "t21"
                                      )
                                  ) AS "t65"
                                  INNER JOIN "t46" AS "t70"
                                    ON "t65"."la_code" = "t70"."la_code"
                                    AND "t65"."cppr_cp_plan_id" = "t70"."cppl_cp_plan_id"
                                ) AS "t101"
                                WHERE
                                  "t101"."cppr_cp_review_date" >= "t101"."cppl_cp_plan_start_date"
                              ) AS "t133"
                              SEMI JOIN "t168" AS "t182"
                                ON "t133"."la_code" = "t182"."la_code" AND "t133"."plan_id" = "t182"."plan_id"
                            ) AS "t209"
                          ) AS "t241"
                        ) AS "t287"
                          ON "t181"."la_code" = "t287"."la_code"
                          AND "t181"."plan_id" = "t287"."plan_id"
                          AND "t287"."date" <= "t181"."month_end"
                      ) AS "t309"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t329"
                      ON "t181"."la_code" = "t329"."la_code"
                      AND "t181"."plan_id" = "t329"."plan_id"
                      AND "t181"."month" = "t329"."month"
                  ) AS "t348"
                ) AS "t359"
                GROUP BY
                  1,
                  2
              ) AS "t371"
                ON "t18"."la_code" = "t371"."la_code" AND "t19"."month" = "t371"."month"
            ) AS "t380"
            ORDER BY
              "t380"."la_code" ASC,
              "t380"."month" ASC
          ) AS "t385"
        ) AS "t386"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t363"."la_code",
              "t363"."month",
              'cp_visits_in_timescale' AS "indicator",
              "t363"."numerator",
              "t363"."denominator",
              "t363"."excluded",
              CASE
                WHEN "t363"."denominator" > 0
                THEN (
                  CAST("t363"."numerator" AS DOUBLE) / "t363"."denominator"
                ) * 100
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
                  "t338"."la_code",
                  "t338"."month",
                  SUM(CAST("t338"."_kept" AND COALESCE("t338"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t338"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t315"."la_code",
                    "t315"."month",
                    "t315"."month_end",
                    "t315"."cppl_person_id",
                    "t315"."start",
                    "t315"."wd_open",
                    "t315"."last_visit",
                    "t315"."_wd_b" - "t315"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t315"."_wd_b" - "t315"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t315"."_wd_b" - "t315"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t240"."la_code",
                      "t240"."month",
                      "t240"."month_end",
                      "t240"."cppl_person_id",
                      "t240"."start",
                      "t240"."wd_open",
                      "t299"."last_visit",
                      "t39"."_wd_a",
                      "t41"."_wd_b"
                    FROM (
                      SELECT
                        "t208"."la_code",
                        "t208"."month",
                        "t208"."month_end",
                        "t208"."cppl_person_id",
                        "t208"."start",
                        "t208"."_wd_b" - "t208"."_wd_a" AS "wd_open"
                      FROM (
                        SELECT
                          "t180"."la_code",
                          "t180"."month",
                          "t180"."month_end",
                          "t180"."cppl_person_id",
                          "t180"."start",
                          "t38"."_wd_a",
                          "t40"."_wd_b"
                        FROM "cohort_on_plan" AS "t180"
                        LEFT OUTER JOIN "t22" AS "t38"
                          ON "t180"."start" = "t38"."_wd_a__date"
                        LEFT OUTER JOIN "t23" AS "t40"
                          ON "t180"."month_end" = "t40"."_wd_b__date"
                      ) AS "t208"
                      WHERE
                        (
                          "t208"."_wd_b" - "t208"."_wd_a"
                        ) > 10
                    ) AS "t240"
                    LEFT OUTER JOIN (
                      SELECT
                        "t271"."la_code",
                        "t271"."month",
                        "t271"."cppl_person_id",
                        MAX("t271"."cppv_cp_visit_date") AS "last_visit"
                      FROM (
                        SELECT
                          "t240"."la_code",
                          "t240"."month",
                          "t240"."month_end",
                          "t240"."cppl_person_id",
                          "t240"."start",
                          "t240"."wd_open",
                          "t122"."la_code" AS "la_code_right",
                          "t122"."cppv_person_id",
                          "t122"."cppv_cp_visit_date"
                        FROM (
                          SELECT
                            "t208"."la_code",
                            "t208"."month",
                            "t208"."month_end",
                            "t208"."cppl_person_id",
                            "t208"."start",
                            "t208"."_wd_b" - "t208"."_wd_a" AS "wd_open"
                          FROM (
                            SELECT
                              "t180"."la_code",
                              "t180"."month",
                              "t180"."month_end",
                              "t180"."cppl_person_id",
                              "t180"."start",
                              "t38"."_wd_a",
                              "t40"."_wd_b"
                            FROM "cohort_on_plan" AS "t180"
                            LEFT OUTER JOIN "t22" AS "t38"
                              ON "t180"."start" = "t38"."_wd_a__date"
                            LEFT OUTER JOIN "t23" AS "t40"
                              ON "t180"."month_end" = "t40"."_wd_b__date"
                          ) AS "t208"
                          WHERE
                            (
                              "t208"."_wd_b" - "t208"."_wd_a"
                            ) > 10
                        ) AS "t240"
                        INNER JOIN (
                          SELECT
                            "t90"."la_code",
                            "t90"."cppv_person_id",
                            "t90"."cppv_cp_visit_date"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM "ssd_cp_visits" AS "t11"
                              WHERE
                                "t11"."la_code" IN (
                                  SELECT
                                    *
                                  FROM "t21"
                                )
                            ) AS "t50"
                            WHERE
                              COALESCE("t50"."cppv_cp_visit_seen", FALSE)
                              OR NOT (
                                "t50"."la_code" IN (
                                  SELECT
                                    "t15"."la_code"
                                  FROM "_supplied" AS "t15"
                                  WHERE
                                    "t15"."table_name" = 'ssd_cp_visits'
                                    AND "t15"."column_name" = 'cppv_cp_visit_seen'
                                )
                              )
                          ) AS "t90"
                        ) AS "t122"
                          ON "t240"."la_code" = "t122"."la_code"
                          AND "t240"."cppl_person_id" = "t122"."cppv_person_id"
                          AND "t122"."cppv_cp_visit_date" >= "t240"."start"
                          AND "t122"."cppv_cp_visit_date" <= "t240"."month_end"
                      ) AS "t271"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t299"
                      ON "t240"."la_code" = "t299"."la_code"
                      AND "t240"."month" = "t299"."month"
                      AND "t240"."cppl_person_id" = "t299"."cppl_person_id"
                    LEFT OUTER JOIN "t22" AS "t39"
                      ON "t299"."last_visit" = "t39"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t41"
                      ON "t240"."month_end" = "t41"."_wd_b__date"
                  ) AS "t315"
                ) AS "t338"
                GROUP BY
                  1,
                  2
              ) AS "t356"
                ON "t18"."la_code" = "t356"."la_code" AND "t19"."month" = "t356"."month"
            ) AS "t363"
            ORDER BY
              "t363"."la_code" ASC,
              "t363"."month" ASC
          ) AS "t374"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t310"."la_code",
              "t310"."month",
              'cla_count' AS "indicator",
              "t310"."numerator",
              "t310"."denominator",
              "t310"."excluded",
              CAST("t310"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t290"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t251"."la_code",
                  "t251"."month",
                  SUM(CAST("t251"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t237"."la_code",
                    "t237"."month",
                    "t237"."month_end",
                    "t237"."rolling_start",
                    "t237"."person_id",
                    "t237"."cla_id",
                    "t237"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t237"
                ) AS "t251"
                GROUP BY
                  1,
                  2
              ) AS "t290"
                ON "t18"."la_code" = "t290"."la_code" AND "t19"."month" = "t290"."month"
            ) AS "t310"
            ORDER BY
              "t310"."la_code" ASC,
              "t310"."month" ASC
          ) AS "t320"
        ) AS "t376"
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
            *
          FROM (
            SELECT
              "t311"."la_code",
              "t311"."month",
              'cla_per_10k' AS "indicator",
              "t311"."numerator",
              "t311"."denominator",
              "t311"."excluded",
              (
                CAST("t311"."numerator" AS DOUBLE) / "t311"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t290"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t201"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t251"."la_code",
                  "t251"."month",
                  SUM(CAST("t251"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t237"."la_code",
                    "t237"."month",
                    "t237"."month_end",
                    "t237"."rolling_start",
                    "t237"."person_id",
                    "t237"."cla_id",
                    "t237"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t237"
                ) AS "t251"
                GROUP BY
                  1,
                  2
              ) AS "t290"
                ON "t18"."la_code" = "t290"."la_code" AND "t19"."month" = "t290"."month"
              INNER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  "t175"."pop_year",
                  "t175"."population",
                  "t175"."year" AS "year_used"
                FROM (
                  SELECT
                    "t128"."la_code",
                    "t128"."month",
                    "t128"."month_end",
                    "t128"."rolling_start",
                    "t128"."pop_year",
                    "t128"."year",
                    "t128"."population",
                    "t128"."source",
                    "t128"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t128"."la_code", "t128"."month"
                      ORDER BY "t128"."distance" ASC, "t128"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t88"."la_code",
                      "t88"."month",
                      "t88"."month_end",
                      "t88"."rolling_start",
                      "t88"."pop_year",
                      "t88"."year",
                      "t88"."population",
                      "t88"."source",
                      ABS("t88"."year" - "t88"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t61"."year",
                        "t61"."population",
                        "t61"."source"
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
                            FROM "t21"
                          )
                      ) AS "t61"
                        ON "t18"."la_code" = "t61"."la_code"
                    ) AS "t88"
                  ) AS "t128"
                ) AS "t175"
                WHERE
                  "t175"."rank" = 0
              ) AS "t201"
                ON "t18"."la_code" = "t201"."la_code" AND "t19"."month" = "t201"."month"
            ) AS "t311"
            ORDER BY
              "t311"."la_code" ASC,
              "t311"."month" ASC
          ) AS "t330"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t252"."la_code",
              "t252"."month",
              'cla_starts' AS "indicator",
              "t252"."numerator",
              "t252"."denominator",
              "t252"."excluded",
              CAST("t252"."numerator" AS DOUBLE) AS "value"
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
                  "t189"."la_code",
                  "t189"."month",
                  SUM(CAST("t189"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t177"."la_code",
                    "t177"."first_episode_start",
                    "t177"."clae_person_id",
                    "t177"."cla_id",
                    "t177"."period_start",
                    "t177"."month",
                    "t177"."month_end",
                    "t177"."rolling_start",
                    "t177"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t137"."la_code",
                      "t137"."first_episode_start",
                      "t137"."clae_person_id",
                      "t137"."cla_id",
                      "t137"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t137"
                    INNER JOIN "_months" AS "t19"
                      ON "t137"."first_episode_start" >= "t19"."month"
                      AND "t137"."first_episode_start" <= "t19"."month_end"
                  ) AS "t177"
                ) AS "t189"
                GROUP BY
                  1,
                  2
              ) AS "t226"
                ON "t18"."la_code" = "t226"."la_code" AND "t19"."month" = "t226"."month"
            ) AS "t252"
            ORDER BY
              "t252"."la_code" ASC,
              "t252"."month" ASC
          ) AS "t274"
        ) AS "t333"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t382"."la_code",
              "t382"."month",
              'cla_visits_in_timescale' AS "indicator",
              "t382"."numerator",
              "t382"."denominator",
              "t382"."excluded",
              CASE
                WHEN "t382"."denominator" > 0
                THEN (
                  CAST("t382"."numerator" AS DOUBLE) / "t382"."denominator"
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
                  "t365"."la_code",
                  "t365"."month",
                  SUM(CAST("t365"."_kept" AND COALESCE("t365"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t365"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t352"."la_code",
                    "t352"."month",
                    "t352"."month_end",
                    "t352"."rolling_start",
                    "t352"."person_id",
                    "t352"."cla_id",
                    "t352"."episode_start",
                    "t352"."placement_start",
                    "t352"."long_term",
                    "t352"."p",
                    "t352"."v",
                    CASE
                      WHEN "t352"."v" IS NULL
                      THEN "t352"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t352"."long_term", FALSE)
                      AND (
                        "t352"."v" >= (
                          "t352"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t352"."v" + INTERVAL '91' DAY
                      ELSE "t352"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t352"."v" IS NULL
                      THEN "t352"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t352"."long_term", FALSE)
                      AND (
                        "t352"."v" >= (
                          "t352"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t352"."v" + INTERVAL '91' DAY
                      ELSE "t352"."v" + INTERVAL '42' DAY
                    END >= "t352"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t312"."la_code",
                      "t312"."month",
                      "t312"."month_end",
                      "t312"."rolling_start",
                      "t312"."person_id",
                      "t312"."cla_id",
                      "t312"."episode_start",
                      "t312"."placement_start",
                      "t312"."long_term",
                      "t312"."p",
                      "t345"."v"
                    FROM (
                      SELECT
                        "t282"."la_code",
                        "t282"."month",
                        "t282"."month_end",
                        "t282"."rolling_start",
                        "t282"."person_id",
                        "t282"."cla_id",
                        "t282"."episode_start",
                        "t282"."placement_start",
                        "t282"."long_term",
                        COALESCE("t282"."placement_start", "t282"."episode_start") AS "p"
                      FROM (
                        SELECT
                          "t243"."la_code",
                          "t243"."month",
                          "t243"."month_end",
                          "t243"."rolling_start",
                          "t243"."person_id",
                          "t243"."cla_id",
                          "t243"."episode_start",
                          "t254"."placement_start",
                          "t254"."long_term"
                        FROM "cohort_looked_after" AS "t243"
                        LEFT OUTER JOIN (
                          SELECT
                            "t170"."la_code",
                            "t19"."month",
                            "t170"."clap_cla_id" AS "cla_id",
                            "t170"."clap_cla_placement_start_date" AS "placement_start",
                            "t170"."clap_long_term" AS "long_term"
                          FROM "t146" AS "t170"
                          INNER JOIN "_months" AS "t19"
                            ON "t170"."clap_cla_placement_start_date" <= "t19"."month_end"
                            AND COALESCE("t170"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                          ANTI JOIN (
                            SELECT
                              "t170"."la_code",
                              "t170"."clap_cla_placement_id" AS "_superseded",
                              "t171"."clap_cla_placement_start_date" AS "_start",
                              "t171"."clap_cla_placement_end_date" AS "_end",
                              "t20"."month",
                              "t20"."month_end",
                              "t20"."rolling_start",
                              "t20"."pop_year"
                            FROM "t146" AS "t170"
                            INNER JOIN "t146" AS "t171"
                              ON "t170"."la_code" = "t171"."la_code"
                              AND "t170"."clap_cla_id" = "t171"."clap_cla_id"
                              AND (
                                (
                                  "t171"."clap_cla_placement_start_date" > "t170"."clap_cla_placement_start_date"
                                )
                                OR (
                                  (
                                    "t171"."clap_cla_placement_start_date" = "t170"."clap_cla_placement_start_date"
                                  )
                                  AND (
                                    "t171"."clap_cla_placement_id" > "t170"."clap_cla_placement_id"
                                  )
                                )
                              )
                              AND (
                                (
                                  "t170"."clap_cla_placement_end_date" IS NULL
                                )
                                OR (
                                  "t171"."clap_cla_placement_start_date" < "t170"."clap_cla_placement_end_date"
                                )
                              )
                            INNER JOIN "_months" AS "t20"
                              ON "t171"."clap_cla_placement_start_date" <= "t20"."month_end"
                              AND COALESCE("t171"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                          ) AS "t222"
                            ON "t170"."la_code" = "t222"."la_code"
                            AND "t19"."month" = "t222"."month"
                            AND "t170"."clap_cla_placement_id" = "t222"."_superseded"
                        ) AS "t254"
                          ON "t243"."la_code" = "t254"."la_code"
                          AND "t243"."month" = "t254"."month"
                          AND "t243"."cla_id" = "t254"."cla_id"
                      ) AS "t282"
                      WHERE
                        COALESCE("t282"."placement_start", "t282"."episode_start") <= (
                          "t282"."month_end" + INTERVAL '-7' DAY
                        )
                    ) AS "t312"
                    LEFT OUTER JOIN (
                      SELECT
                        "t325"."la_code",
                        "t325"."month",
                        "t325"."person_id",
                        MAX("t325"."clav_cla_visit_date") AS "v"
                      FROM (
                        SELECT
                          "t312"."la_code",
                          "t312"."month",
                          "t312"."month_end",
                          "t312"."rolling_start",
                          "t312"."person_id",
                          "t312"."cla_id",
                          "t312"."episode_start",
                          "t312"."placement_start",
                          "t312"."long_term",
                          "t312"."p",
                          "t123"."la_code" AS "la_code_right",
                          "t123"."clav_person_id",
                          "t123"."clav_cla_visit_date"
                        FROM (
                          SELECT
                            "t282"."la_code",
                            "t282"."month",
                            "t282"."month_end",
                            "t282"."rolling_start",
                            "t282"."person_id",
                            "t282"."cla_id",
                            "t282"."episode_start",
                            "t282"."placement_start",
                            "t282"."long_term",
                            COALESCE("t282"."placement_start", "t282"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t243"."la_code",
                              "t243"."month",
                              "t243"."month_end",
                              "t243"."rolling_start",
                              "t243"."person_id",
                              "t243"."cla_id",
                              "t243"."episode_start",
                              "t254"."placement_start",
                              "t254"."long_term"
                            FROM "cohort_looked_after" AS "t243"
                            LEFT OUTER JOIN (
                              SELECT
                                "t170"."la_code",
                                "t19"."month",
                                "t170"."clap_cla_id" AS "cla_id",
                                "t170"."clap_cla_placement_start_date" AS "placement_start",
                                "t170"."clap_long_term" AS "long_term"
                              FROM "t146" AS "t170"
                              INNER JOIN "_months" AS "t19"
                                ON "t170"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t170"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t170"."la_code",
                                  "t170"."clap_cla_placement_id" AS "_superseded",
                                  "t171"."clap_cla_placement_start_date" AS "_start",
                                  "t171"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t146" AS "t170"
                                INNER JOIN "t146" AS "t171"
                                  ON "t170"."la_code" = "t171"."la_code"
                                  AND "t170"."clap_cla_id" = "t171"."clap_cla_id"
                                  AND (
                                    (
                                      "t171"."clap_cla_placement_start_date" > "t170"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      (
                                        "t171"."clap_cla_placement_start_date" = "t170"."clap_cla_placement_start_date"
                                      )
                                      AND (
                                        "t171"."clap_cla_placement_id" > "t170"."clap_cla_placement_id"
                                      )
                                    )
                                  )
                                  AND (
                                    (
                                      "t170"."clap_cla_placement_end_date" IS NULL
                                    )
                                    OR (
                                      "t171"."clap_cla_placement_start_date" < "t170"."clap_cla_placement_end_date"
                                    )
                                  )
                                INNER JOIN "_months" AS "t20"
                                  ON "t171"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t171"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t222"
                                ON "t170"."la_code" = "t222"."la_code"
                                AND "t19"."month" = "t222"."month"
                                AND "t170"."clap_cla_placement_id" = "t222"."_superseded"
                            ) AS "t254"
                              ON "t243"."la_code" = "t254"."la_code"
                              AND "t243"."month" = "t254"."month"
                              AND "t243"."cla_id" = "t254"."cla_id"
                          ) AS "t282"
                          WHERE
                            COALESCE("t282"."placement_start", "t282"."episode_start") <= (
                              "t282"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t312"
                        INNER JOIN (
                          SELECT
                            "t91"."la_code",
                            "t91"."clav_person_id",
                            "t91"."clav_cla_visit_date"
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
                                  FROM "t21"
                                )
                            ) AS "t51"
                            WHERE
                              COALESCE("t51"."clav_cla_visit_seen", FALSE)
                              OR NOT (
                                "t51"."la_code" IN (
                                  SELECT
                                    "t15"."la_code"
                                  FROM "_supplied" AS "t15"
                                  WHERE
                                    "t15"."table_name" = 'ssd_cla_visits'
                                    AND "t15"."column_name" = 'clav_cla_visit_seen'
                                )
                              )
                          ) AS "t91"
                        ) AS "t123"
                          ON "t312"."la_code" = "t123"."la_code"
                          AND "t312"."person_id" = "t123"."clav_person_id"
                          AND "t123"."clav_cla_visit_date" >= "t312"."p"
                          AND "t123"."clav_cla_visit_date" <= "t312"."month_end"
                      ) AS "t325"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t345"
                      ON "t312"."la_code" = "t345"."la_code"
                      AND "t312"."month" = "t345"."month"
                      AND "t312"."person_id" = "t345"."person_id"
                  ) AS "t352"
                ) AS "t365"
                GROUP BY
                  1,
                  2
              ) AS "t379"
                ON "t18"."la_code" = "t379"."la_code" AND "t19"."month" = "t379"."month"
            ) AS "t382"
            ORDER BY
              "t382"."la_code" ASC,
              "t382"."month" ASC
          ) AS "t390"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t394"."la_code",
              "t394"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t394"."numerator",
              "t394"."denominator",
              "t394"."excluded",
              CASE
                WHEN "t394"."denominator" > 0
                THEN (
                  CAST("t394"."numerator" AS DOUBLE) / "t394"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t393"."numerator", 0) AS "numerator",
                COALESCE("t393"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t391"."la_code",
                  "t391"."month",
                  SUM(CAST("t391"."_kept" AND COALESCE("t391"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t391"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t389"."la_code",
                    "t389"."month",
                    "t389"."month_end",
                    "t389"."first_due",
                    "t389"."person_id",
                    "t389"."period_start",
                    "t389"."plan_id",
                    "t389"."held_n",
                    "t389"."late_n",
                    "t389"."last",
                    CASE
                      WHEN COALESCE("t389"."held_n", 0) = 0
                      THEN "t389"."first_due"
                      WHEN COALESCE("t389"."held_n", 0) = 1
                      THEN "t389"."last" + INTERVAL '3' MONTH
                      ELSE "t389"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t389"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t389"."held_n", 0) = 0
                        THEN "t389"."first_due"
                        WHEN COALESCE("t389"."held_n", 0) = 1
                        THEN "t389"."last" + INTERVAL '3' MONTH
                        ELSE "t389"."last" + INTERVAL '6' MONTH
                      END > "t389"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t343"."la_code",
                      "t343"."month",
                      "t343"."month_end",
                      "t343"."first_due",
                      "t343"."person_id",
                      "t343"."period_start",
                      "t343"."plan_id",
                      "t384"."held_n",
                      "t384"."late_n",
                      "t384"."last"
                    FROM "t335" AS "t343"
                    LEFT OUTER JOIN (
                      SELECT
                        "t381"."la_code",
                        "t381"."plan_id",
                        "t381"."month",
                        COUNT("t381"."k") AS "held_n",
                        SUM(CAST("t381"."late" AS BIGINT)) AS "late_n",
                        MAX("t381"."date") AS "last"
                      FROM (
                        SELECT
                          "t343"."la_code",
                          "t343"."month",
                          "t343"."month_end",
                          "t343"."first_due",
                          "t343"."person_id",
                          "t343"."period_start",
                          "t343"."plan_id",
                          "t373"."la_code" AS "la_code_right",
                          "t373"."plan_id" AS "plan_id_right",
                          "t373"."date",
                          "t373"."k",
                          "t373"."late"
                        FROM "t335" AS "t343"
                        INNER JOIN (
                          SELECT
                            "t362"."la_code",
                            "t362"."plan_id",
                            "t362"."date",
                            "t362"."k",
                            "t362"."date" > CASE
                              WHEN "t362"."k" = 0
                              THEN "t362"."first_due"
                              WHEN "t362"."k" = 1
                              THEN "t362"."prev" + INTERVAL '3' MONTH
                              ELSE "t362"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t351"."la_code",
                              "t351"."plan_id",
                              "t351"."date",
                              "t351"."review_id",
                              "t351"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t351"."la_code", "t351"."plan_id"
                                ORDER BY "t351"."date" ASC, "t351"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t351"."date") OVER (
                                PARTITION BY "t351"."la_code", "t351"."plan_id"
                                ORDER BY "t351"."date" ASC, "t351"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t260"."la_code",
                                "t260"."plan_id",
                                "t260"."date",
                                "t260"."review_id",
                                "t260"."first_due"
                              FROM (
                                SELECT
                                  "t234"."la_code",
                                  "t234"."clar_cla_id" AS "plan_id",
                                  "t234"."clar_cla_review_date" AS "date",
                                  "t234"."clar_cla_review_id" AS "review_id",
                                  "t234"."wd21" + INTERVAL '-1' DAY AS "first_due"
                                FROM (
                                  SELECT
                                    "t202"."la_code",
                                    "t202"."clar_cla_review_id",
                                    "t202"."clar_cla_id",
                                    "t202"."clar_cla_review_due_date",
                                    "t202"."clar_cla_review_date",
                                    "t202"."clar_cla_review_cancelled",
                                    "t202"."first_episode_start",
                                    "t202"."clae_person_id",
                                    "t202"."cla_id",
                                    "t202"."period_start",
                                    "t32"."wd21"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t93"."la_code",
                                        "t93"."clar_cla_review_id",
                                        "t93"."clar_cla_id",
                                        "t93"."clar_cla_review_due_date",
                                        "t93"."clar_cla_review_date",
                                        "t93"."clar_cla_review_cancelled",
                                        "t138"."first_episode_start",
                                        "t138"."clae_person_id",
                                        "t138"."cla_id",
                                        "t138"."period_start"
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
                                              FROM "t21"
                                            )
                                        ) AS "t55"
                                        WHERE
                                          NOT (
                                            COALESCE("t55"."clar_cla_review_cancelled", FALSE)
                                          )
                                      ) AS "t93"
                                      INNER JOIN "cohort_period_starts" AS "t138"
                                        ON "t93"."la_code" = "t138"."la_code" AND "t93"."clar_cla_id" = "t138"."cla_id"
                                    ) AS "t178"
                                    WHERE
                                      "t178"."clar_cla_review_date" >= "t178"."period_start"
                                  ) AS "t202"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_wd_from",
                                      "t8"."date" AS "_wd_from__date"
                                    FROM "_calendar" AS "t8"
                                  ) AS "t31"
                                    ON "t202"."period_start" = "t31"."_wd_from__date"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t8"."wd_ordinal" AS "_wd_to",
                                      "t8"."date" AS "wd21"
                                    FROM "_calendar" AS "t8"
                                    WHERE
                                      "t8"."is_working_day"
                                  ) AS "t32"
                                    ON (
                                      "t31"."_wd_from" + 21
                                    ) = "t32"."_wd_to"
                                ) AS "t234"
                              ) AS "t260"
                              SEMI JOIN "t335" AS "t344"
                                ON "t260"."la_code" = "t344"."la_code" AND "t260"."plan_id" = "t344"."plan_id"
                            ) AS "t351"
                          ) AS "t362"
                        ) AS "t373"
                          ON "t343"."la_code" = "t373"."la_code"
                          AND "t343"."plan_id" = "t373"."plan_id"
                          AND "t373"."date" <= "t343"."month_end"
                      ) AS "t381"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t384"
                      ON "t343"."la_code" = "t384"."la_code"
                      AND "t343"."plan_id" = "t384"."plan_id"
                      AND "t343"."month" = "t384"."month"
                  ) AS "t389"
                ) AS "t391"
                GROUP BY
                  1,
                  2
              ) AS "t393"
                ON "t18"."la_code" = "t393"."la_code" AND "t19"."month" = "t393"."month"
            ) AS "t394"
            ORDER BY
              "t394"."la_code" ASC,
              "t394"."month" ASC
          ) AS "t395"
        ) AS "t396"
      ) AS "t397"
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
              "t361"."la_code",
              "t361"."month",
              'cla_3plus_placements' AS "indicator",
              "t361"."numerator",
              "t361"."denominator",
              "t361"."excluded",
              CASE
                WHEN "t361"."denominator" > 0
                THEN (
                  CAST("t361"."numerator" AS DOUBLE) / "t361"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t355"."numerator", 0) AS "numerator",
                COALESCE("t355"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t334"."la_code",
                  "t334"."month",
                  SUM(CAST("t334"."_kept" AND COALESCE("t334"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t334"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t317"."la_code",
                    "t317"."month",
                    "t317"."month_end",
                    "t317"."rolling_start",
                    "t317"."person_id",
                    "t317"."cla_id",
                    "t317"."episode_start",
                    "t317"."placements",
                    COALESCE("t317"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t243"."la_code",
                      "t243"."month",
                      "t243"."month_end",
                      "t243"."rolling_start",
                      "t243"."person_id",
                      "t243"."cla_id",
                      "t243"."episode_start",
                      "t301"."placements"
                    FROM "cohort_looked_after" AS "t243"
                    LEFT OUTER JOIN (
                      SELECT
                        "t281"."la_code",
                        "t281"."month",
                        "t281"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t243"."la_code",
                          "t243"."month",
                          "t243"."month_end",
                          "t243"."rolling_start",
                          "t243"."person_id",
                          "t243"."cla_id",
                          "t243"."episode_start",
                          "t132"."la_code" AS "la_code_right",
                          "t132"."clap_cla_placement_id",
                          "t132"."clap_cla_id",
                          "t132"."clap_cla_placement_start_date",
                          "t132"."clap_cla_placement_end_date",
                          "t132"."clap_cla_placement_type",
                          "t132"."clap_long_term",
                          "t132"."cla_id" AS "cla_id_right",
                          "t132"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t243"
                        INNER JOIN (
                          SELECT
                            "t72"."la_code",
                            "t72"."clap_cla_placement_id",
                            "t72"."clap_cla_id",
                            "t72"."clap_cla_placement_start_date",
                            "t72"."clap_cla_placement_end_date",
                            "t72"."clap_cla_placement_type",
                            "t72"."clap_long_term",
                            "t82"."cla_id",
                            "t82"."person_id"
                          FROM "t52" AS "t72"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t63"."la_code",
                              "t63"."clae_cla_id" AS "cla_id",
                              "t63"."clae_person_id" AS "person_id"
                            FROM "t49" AS "t63"
                          ) AS "t82"
                            ON "t72"."la_code" = "t82"."la_code" AND "t72"."clap_cla_id" = "t82"."cla_id"
                        ) AS "t132"
                          ON "t243"."la_code" = "t132"."la_code"
                          AND "t243"."person_id" = "t132"."person_id"
                          AND "t132"."clap_cla_placement_start_date" <= "t243"."month_end"
                          AND (
                            (
                              "t132"."clap_cla_placement_end_date" IS NULL
                            )
                            OR (
                              "t132"."clap_cla_placement_end_date" >= "t243"."rolling_start"
                            )
                          )
                      ) AS "t281"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t301"
                      ON "t243"."la_code" = "t301"."la_code"
                      AND "t243"."month" = "t301"."month"
                      AND "t243"."person_id" = "t301"."person_id"
                  ) AS "t317"
                ) AS "t334"
                GROUP BY
                  1,
                  2
              ) AS "t355"
                ON "t18"."la_code" = "t355"."la_code" AND "t19"."month" = "t355"."month"
            ) AS "t361"
            ORDER BY
              "t361"."la_code" ASC,
              "t361"."month" ASC
          ) AS "t372"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t227"."la_code",
              "t227"."month",
              'cin_count' AS "indicator",
              "t227"."numerator",
              "t227"."denominator",
              "t227"."excluded",
              CAST("t227"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t199"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t164"."la_code",
                  "t164"."month",
                  SUM(CAST("t164"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t142"."la_code",
                    "t142"."month",
                    "t142"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t142"
                ) AS "t164"
                GROUP BY
                  1,
                  2
              ) AS "t199"
                ON "t18"."la_code" = "t199"."la_code" AND "t19"."month" = "t199"."month"
            ) AS "t227"
            ORDER BY
              "t227"."la_code" ASC,
              "t227"."month" ASC
          ) AS "t245"
        ) AS "t375"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t233"."la_code",
              "t233"."month",
              'cin_per_10k' AS "indicator",
              "t233"."numerator",
              "t233"."denominator",
              "t233"."excluded",
              (
                CAST("t233"."numerator" AS DOUBLE) / "t233"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t199"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t201"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t164"."la_code",
                  "t164"."month",
                  SUM(CAST("t164"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t142"."la_code",
                    "t142"."month",
                    "t142"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t142"
                ) AS "t164"
                GROUP BY
                  1,
                  2
              ) AS "t199"
                ON "t18"."la_code" = "t199"."la_code" AND "t19"."month" = "t199"."month"
              INNER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  "t175"."pop_year",
                  "t175"."population",
                  "t175"."year" AS "year_used"
                FROM (
                  SELECT
                    "t128"."la_code",
                    "t128"."month",
                    "t128"."month_end",
                    "t128"."rolling_start",
                    "t128"."pop_year",
                    "t128"."year",
                    "t128"."population",
                    "t128"."source",
                    "t128"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t128"."la_code", "t128"."month"
                      ORDER BY "t128"."distance" ASC, "t128"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t88"."la_code",
                      "t88"."month",
                      "t88"."month_end",
                      "t88"."rolling_start",
                      "t88"."pop_year",
                      "t88"."year",
                      "t88"."population",
                      "t88"."source",
                      ABS("t88"."year" - "t88"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t61"."year",
                        "t61"."population",
                        "t61"."source"
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
                            FROM "t21"
                          )
                      ) AS "t61"
                        ON "t18"."la_code" = "t61"."la_code"
                    ) AS "t88"
                  ) AS "t128"
                ) AS "t175"
                WHERE
                  "t175"."rank" = 0
              ) AS "t201"
                ON "t18"."la_code" = "t201"."la_code" AND "t19"."month" = "t201"."month"
            ) AS "t233"
            ORDER BY
              "t233"."la_code" ASC,
              "t233"."month" ASC
          ) AS "t265"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t346"."la_code",
              "t346"."month",
              'caseload_mean' AS "indicator",
              "t346"."numerator",
              "t346"."denominator",
              "t346"."excluded",
              CASE
                WHEN "t346"."denominator" > 0
                THEN (
                  CAST("t346"."numerator" AS DOUBLE) / "t346"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t326"."numerator", 0) AS "numerator",
                COALESCE("t326"."denominator", 0) AS "denominator",
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
                    "t291"."la_code",
                    "t291"."month",
                    "t291"."worker_id",
                    "t291"."team_id",
                    "t291"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t291"
                ) AS "t303"
                GROUP BY
                  1,
                  2
              ) AS "t326"
                ON "t18"."la_code" = "t326"."la_code" AND "t19"."month" = "t326"."month"
            ) AS "t346"
            ORDER BY
              "t346"."la_code" ASC,
              "t346"."month" ASC
          ) AS "t357"
        ) AS "t358"
      ) AS "t377"
    ) AS "t398"
  ) AS "t399"
) AS "t400"
ORDER BY
  "t400"."indicator" ASC,
  "t400"."la_code" ASC,
  "t400"."month" ASC
