-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "catalogue"}
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
), "t40" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t41" AS (
  SELECT
    *
  FROM "ssd_s47_enquiry" AS "t5"
  WHERE
    "t5"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t42" AS (
  SELECT
    *
  FROM "ssd_cp_plans" AS "t6"
  WHERE
    "t6"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t45" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t10"
  WHERE
    "t10"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t49" AS (
  SELECT
    *
  FROM "ssd_cla_placement" AS "t14"
  WHERE
    "t14"."la_code" IN (
      SELECT
        *
      FROM "t21"
    )
), "t73" AS (
  SELECT
    "t46"."la_code",
    "t46"."invo_involvements_id",
    "t46"."invo_person_id",
    "t46"."invo_professional_id",
    "t46"."invo_professional_role_id",
    "t46"."invo_professional_team",
    "t46"."invo_involvement_start_date",
    "t46"."invo_involvement_end_date",
    "t46"."invo_worker_change_reason",
    "t46"."invo_referral_id",
    CAST("t46"."invo_involvement_start_date" AS DATE) AS "_start",
    CAST("t46"."invo_involvement_end_date" AS DATE) AS "_end"
  FROM (
    SELECT
      *
    FROM "ssd_involvements" AS "t11"
    WHERE
      "t11"."la_code" IN (
        SELECT
          *
        FROM "t21"
      )
  ) AS "t46"
  WHERE
    "t46"."invo_professional_id" IS NOT NULL
), "t79" AS (
  SELECT
    *
  FROM "t49" AS "t60"
  WHERE
    "t60"."la_code" IN (
      SELECT
        "t15"."la_code"
      FROM "_supplied" AS "t15"
      WHERE
        "t15"."table_name" = 'ssd_cla_placement'
        AND "t15"."column_name" = 'clap_cla_placement_end_date'
    )
), "t91" AS (
  SELECT
    "t53"."la_code",
    "t53"."cont_contact_id",
    "t53"."cont_person_id",
    "t53"."cont_contact_date",
    "t53"."cont_contact_source_code",
    "t53"."cont_contact_outcome_json",
    "t53"."cont_screening_date",
    "t53"."cont_screened_by_qualified",
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
  ) AS "t53"
  INNER JOIN "_months" AS "t19"
    ON CAST("t53"."cont_contact_date" AS DATE) >= "t19"."month"
    AND CAST("t53"."cont_contact_date" AS DATE) <= "t19"."month_end"
), "cohort_open_plans" AS (
  SELECT
    "t65"."la_code",
    "t65"."cppl_cp_plan_id",
    "t65"."cppl_person_id",
    "t65"."cppl_cp_plan_start_date",
    "t65"."cppl_cp_plan_end_date",
    "t65"."cppl_cp_plan_initial_category",
    "t65"."cppl_cp_plan_latest_category",
    "t65"."cppl_icpc_id",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t19"."pop_year"
  FROM "t42" AS "t65"
  INNER JOIN "_months" AS "t19"
    ON "t65"."cppl_cp_plan_start_date" <= "t19"."month_end"
    AND COALESCE("t65"."cppl_cp_plan_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
), "cohort_period_starts" AS (
  SELECT
    "t76"."la_code",
    "t76"."first_episode_start",
    "t76"."clae_person_id",
    "t76"."clae_cla_id" AS "cla_id",
    COALESCE("t76"."entered", "t76"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t59"."la_code",
      "t59"."clae_cla_id",
      MIN("t59"."clae_entered_care_date") AS "entered",
      MIN("t59"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t59"."clae_person_id") AS "clae_person_id"
    FROM "t45" AS "t59"
    GROUP BY
      1,
      2
  ) AS "t76"
), "cohort_in_need" AS (
  SELECT DISTINCT
    *
  FROM (
    SELECT
      "t62"."la_code",
      "t19"."month",
      "t62"."cine_person_id"
    FROM "t40" AS "t62"
    INNER JOIN "_months" AS "t19"
      ON "t62"."cine_referral_date" <= "t19"."month_end"
      AND COALESCE("t62"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ) AS "t105"
), "cohort_on_plan" AS (
  SELECT
    "t123"."la_code",
    "t123"."month",
    "t123"."month_end",
    "t123"."cppl_person_id",
    MIN("t123"."cppl_cp_plan_start_date") AS "start"
  FROM "cohort_open_plans" AS "t123"
  GROUP BY
    1,
    2,
    3,
    4
), "cohort_looked_after" AS (
  SELECT
    "t67"."la_code",
    "t19"."month",
    "t19"."month_end",
    "t19"."rolling_start",
    "t67"."clae_person_id" AS "person_id",
    "t67"."clae_cla_id" AS "cla_id",
    "t67"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t45" AS "t67"
  INNER JOIN "_months" AS "t19"
    ON "t67"."clae_cla_episode_start_date" <= "t19"."month_end"
    AND COALESCE("t67"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t67"."la_code",
      "t67"."clae_cla_episode_id" AS "_superseded",
      "t68"."clae_cla_episode_start_date" AS "_start",
      "t68"."clae_cla_episode_ceased_date" AS "_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t45" AS "t67"
    INNER JOIN "t45" AS "t68"
      ON "t67"."la_code" = "t68"."la_code"
      AND "t67"."clae_person_id" = "t68"."clae_person_id"
      AND (
        (
          "t68"."clae_cla_episode_start_date" > "t67"."clae_cla_episode_start_date"
        )
        OR (
          (
            "t68"."clae_cla_episode_start_date" = "t67"."clae_cla_episode_start_date"
          )
          AND (
            "t68"."clae_cla_episode_id" > "t67"."clae_cla_episode_id"
          )
        )
      )
      AND (
        (
          "t67"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t68"."clae_cla_episode_start_date" < "t67"."clae_cla_episode_ceased_date"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t68"."clae_cla_episode_start_date" <= "t20"."month_end"
      AND COALESCE("t68"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t127"
    ON "t67"."la_code" = "t127"."la_code"
    AND "t19"."month" = "t127"."month"
    AND "t67"."clae_cla_episode_id" = "t127"."_superseded"
), "cohort_allocated" AS (
  SELECT
    "t85"."la_code",
    "t19"."month",
    "t85"."invo_person_id" AS "person_id",
    "t85"."invo_professional_id" AS "worker_id",
    "t85"."invo_professional_team" AS "team_id"
  FROM "t73" AS "t85"
  INNER JOIN "_months" AS "t19"
    ON "t85"."_start" <= "t19"."month_end"
    AND COALESCE("t85"."_end", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
  ANTI JOIN (
    SELECT
      "t85"."la_code",
      "t85"."invo_involvements_id" AS "_superseded",
      "t86"."_start",
      "t86"."_end",
      "t20"."month",
      "t20"."month_end",
      "t20"."rolling_start",
      "t20"."pop_year"
    FROM "t73" AS "t85"
    INNER JOIN "t73" AS "t86"
      ON "t85"."la_code" = "t86"."la_code"
      AND "t85"."invo_person_id" = "t86"."invo_person_id"
      AND (
        (
          "t86"."invo_involvement_start_date" > "t85"."invo_involvement_start_date"
        )
        OR (
          (
            "t86"."invo_involvement_start_date" = "t85"."invo_involvement_start_date"
          )
          AND (
            "t86"."invo_involvements_id" > "t85"."invo_involvements_id"
          )
        )
      )
      AND (
        (
          "t85"."_end" IS NULL
        ) OR (
          "t86"."_start" < "t85"."_end"
        )
      )
    INNER JOIN "_months" AS "t20"
      ON "t86"."_start" <= "t20"."month_end"
      AND COALESCE("t86"."_end", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
  ) AS "t150"
    ON "t85"."la_code" = "t150"."la_code"
    AND "t19"."month" = "t150"."month"
    AND "t85"."invo_involvements_id" = "t150"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t198"."la_code",
    "t198"."month",
    "t198"."worker_id",
    MAX("t198"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t198"
  GROUP BY
    1,
    2,
    3
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
            "t324"."la_code",
            "t324"."month",
            'caseload_over_policy' AS "indicator",
            "t324"."numerator",
            "t324"."denominator",
            "t324"."excluded",
            CASE
              WHEN "t324"."denominator" > 0
              THEN (
                CAST("t324"."numerator" AS DOUBLE) / "t324"."denominator"
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
                "t262"."la_code",
                "t262"."month",
                SUM(CAST("t262"."_kept" AND COALESCE("t262"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t262"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t240"."la_code",
                  "t240"."month",
                  "t240"."worker_id",
                  "t240"."team_id",
                  "t240"."amount",
                  "t240"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "cohort_caseloads" AS "t240"
              ) AS "t262"
              GROUP BY
                1,
                2
            ) AS "t309"
              ON "t18"."la_code" = "t309"."la_code" AND "t19"."month" = "t309"."month"
          ) AS "t324"
          ORDER BY
            "t324"."la_code" ASC,
            "t324"."month" ASC
        ) AS "t338"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t329"."la_code",
            "t329"."month",
            'unallocated_cp_cla' AS "indicator",
            "t329"."numerator",
            "t329"."denominator",
            "t329"."excluded",
            CASE
              WHEN "t329"."denominator" > 0
              THEN (
                CAST("t329"."numerator" AS DOUBLE) / "t329"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t316"."numerator", 0) AS "numerator",
              COALESCE("t316"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t278"."la_code",
                "t278"."month",
                SUM(CAST("t278"."_kept" AND COALESCE("t278"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t278"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t256"."la_code",
                  "t256"."month",
                  "t256"."person_id",
                  "t256"."worker_id",
                  "t256"."worker_id" IS NULL AS "hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t208"."la_code",
                    "t208"."month",
                    "t208"."person_id",
                    "t225"."worker_id"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t165"."la_code",
                        "t165"."month",
                        "t165"."cppl_person_id" AS "person_id"
                      FROM "cohort_on_plan" AS "t165"
                    ) AS "t177"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t173"."la_code",
                        "t173"."month",
                        "t173"."person_id"
                      FROM "cohort_looked_after" AS "t173"
                    ) AS "t187"
                  ) AS "t208"
                  LEFT OUTER JOIN (
                    SELECT
                      "t198"."la_code",
                      "t198"."month",
                      "t198"."person_id",
                      "t198"."worker_id"
                    FROM "cohort_allocated" AS "t198"
                  ) AS "t225"
                    ON "t208"."la_code" = "t225"."la_code"
                    AND "t208"."month" = "t225"."month"
                    AND "t208"."person_id" = "t225"."person_id"
                ) AS "t256"
              ) AS "t278"
              GROUP BY
                1,
                2
            ) AS "t316"
              ON "t18"."la_code" = "t316"."la_code" AND "t19"."month" = "t316"."month"
          ) AS "t329"
          ORDER BY
            "t329"."la_code" ASC,
            "t329"."month" ASC
        ) AS "t341"
      ) AS "t343"
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
              "t192"."la_code",
              "t192"."month",
              'contacts' AS "indicator",
              "t192"."numerator",
              "t192"."denominator",
              "t192"."excluded",
              CAST("t192"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t163"."numerator", 0) AS "numerator",
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
                    "t103"."la_code",
                    "t103"."cont_contact_id",
                    "t103"."cont_person_id",
                    "t103"."cont_contact_date",
                    "t103"."cont_contact_source_code",
                    "t103"."cont_contact_outcome_json",
                    "t103"."cont_screening_date",
                    "t103"."cont_screened_by_qualified",
                    "t103"."month",
                    "t103"."month_end",
                    "t103"."rolling_start",
                    "t103"."pop_year",
                    TRUE AS "_kept"
                  FROM "t91" AS "t103"
                ) AS "t120"
                GROUP BY
                  1,
                  2
              ) AS "t163"
                ON "t18"."la_code" = "t163"."la_code" AND "t19"."month" = "t163"."month"
            ) AS "t192"
            ORDER BY
              "t192"."la_code" ASC,
              "t192"."month" ASC
          ) AS "t219"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t241"."la_code",
              "t241"."month",
              'contacts_screened_24h' AS "indicator",
              "t241"."numerator",
              "t241"."denominator",
              "t241"."excluded",
              CASE
                WHEN "t241"."denominator" > 0
                THEN (
                  CAST("t241"."numerator" AS DOUBLE) / "t241"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t209"."numerator", 0) AS "numerator",
                COALESCE("t209"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t152"."la_code",
                  "t152"."month",
                  SUM(CAST("t152"."_kept" AND COALESCE("t152"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t152"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t103"."la_code",
                    "t103"."cont_contact_id",
                    "t103"."cont_person_id",
                    "t103"."cont_contact_date",
                    "t103"."cont_contact_source_code",
                    "t103"."cont_contact_outcome_json",
                    "t103"."cont_screening_date",
                    "t103"."cont_screened_by_qualified",
                    "t103"."month",
                    "t103"."month_end",
                    "t103"."rolling_start",
                    "t103"."pop_year",
                    (
                      "t103"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t103"."cont_screening_date" <= (
                        "t103"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t103"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t103"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t91" AS "t103"
                ) AS "t152"
                GROUP BY
                  1,
                  2
              ) AS "t209"
                ON "t18"."la_code" = "t209"."la_code" AND "t19"."month" = "t209"."month"
            ) AS "t241"
            ORDER BY
              "t241"."la_code" ASC,
              "t241"."month" ASC
          ) AS "t283"
        ) AS "t291"
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
                COALESCE("t202"."numerator", 0) AS "numerator",
                COALESCE("t202"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t143"."la_code",
                  "t143"."month",
                  SUM(CAST("t143"."_kept" AND COALESCE("t143"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t143"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t103"."la_code",
                    "t103"."cont_contact_id",
                    "t103"."cont_person_id",
                    "t103"."cont_contact_date",
                    "t103"."cont_contact_source_code",
                    "t103"."cont_contact_outcome_json",
                    "t103"."cont_screening_date",
                    "t103"."cont_screened_by_qualified",
                    "t103"."month",
                    "t103"."month_end",
                    "t103"."rolling_start",
                    "t103"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        UPPER("t103"."cont_contact_outcome_json"),
                        'NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t91" AS "t103"
                ) AS "t143"
                GROUP BY
                  1,
                  2
              ) AS "t202"
                ON "t18"."la_code" = "t202"."la_code" AND "t19"."month" = "t202"."month"
            ) AS "t236"
            ORDER BY
              "t236"."la_code" ASC,
              "t236"."month" ASC
          ) AS "t279"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t182"."la_code",
              "t182"."month",
              'referrals' AS "indicator",
              "t182"."numerator",
              "t182"."denominator",
              "t182"."excluded",
              CAST("t182"."numerator" AS DOUBLE) AS "value"
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
                  "t111"."la_code",
                  "t111"."month",
                  SUM(CAST("t111"."_kept" AS BIGINT)) AS "numerator"
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
                    "t92"."cine_close_reason",
                    "t92"."month",
                    "t92"."month_end",
                    "t92"."rolling_start",
                    "t92"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t62"."la_code",
                      "t62"."cine_referral_id",
                      "t62"."cine_person_id",
                      "t62"."cine_referral_date",
                      "t62"."cine_referral_source_code",
                      "t62"."cine_referral_nfa",
                      "t62"."cine_cin_primary_need_code",
                      "t62"."cine_close_date",
                      "t62"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t40" AS "t62"
                    INNER JOIN "_months" AS "t19"
                      ON "t62"."cine_referral_date" >= "t19"."month"
                      AND "t62"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t92"
                ) AS "t111"
                GROUP BY
                  1,
                  2
              ) AS "t154"
                ON "t18"."la_code" = "t154"."la_code" AND "t19"."month" = "t154"."month"
            ) AS "t182"
            ORDER BY
              "t182"."la_code" ASC,
              "t182"."month" ASC
          ) AS "t210"
        ) AS "t284"
      ) AS "t299"
    ) AS "t347"
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
              "t229"."la_code",
              "t229"."month",
              'referrals_per_10k' AS "indicator",
              "t229"."numerator",
              "t229"."denominator",
              "t229"."excluded",
              (
                CAST("t229"."numerator" AS DOUBLE) / "t229"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t155"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t195"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t112"."la_code",
                  "t112"."month",
                  SUM(CAST("t112"."_kept" AS BIGINT)) AS "numerator"
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
                    "t93"."cine_close_reason",
                    "t93"."month",
                    "t93"."month_end",
                    "t93"."rolling_start",
                    "t93"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t62"."la_code",
                      "t62"."cine_referral_id",
                      "t62"."cine_person_id",
                      "t62"."cine_referral_date",
                      "t62"."cine_referral_source_code",
                      "t62"."cine_referral_nfa",
                      "t62"."cine_cin_primary_need_code",
                      "t62"."cine_close_date",
                      "t62"."cine_close_reason",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t40" AS "t62"
                    INNER JOIN "_months" AS "t19"
                      ON "t62"."cine_referral_date" >= "t19"."rolling_start"
                      AND "t62"."cine_referral_date" <= "t19"."month_end"
                  ) AS "t93"
                ) AS "t112"
                GROUP BY
                  1,
                  2
              ) AS "t155"
                ON "t18"."la_code" = "t155"."la_code" AND "t19"."month" = "t155"."month"
              INNER JOIN (
                SELECT
                  "t168"."la_code",
                  "t168"."month",
                  "t168"."pop_year",
                  "t168"."population",
                  "t168"."year" AS "year_used"
                FROM (
                  SELECT
                    "t125"."la_code",
                    "t125"."month",
                    "t125"."month_end",
                    "t125"."rolling_start",
                    "t125"."pop_year",
                    "t125"."year",
                    "t125"."population",
                    "t125"."source",
                    "t125"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t125"."la_code", "t125"."month"
                      ORDER BY "t125"."distance" ASC, "t125"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t83"."la_code",
                      "t83"."month",
                      "t83"."month_end",
                      "t83"."rolling_start",
                      "t83"."pop_year",
                      "t83"."year",
                      "t83"."population",
                      "t83"."source",
                      ABS("t83"."year" - "t83"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t57"."year",
                        "t57"."population",
                        "t57"."source"
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
                      ) AS "t57"
                        ON "t18"."la_code" = "t57"."la_code"
                    ) AS "t83"
                  ) AS "t125"
                ) AS "t168"
                WHERE
                  "t168"."rank" = 0
              ) AS "t195"
                ON "t18"."la_code" = "t195"."la_code" AND "t19"."month" = "t195"."month"
            ) AS "t229"
            ORDER BY
              "t229"."la_code" ASC,
              "t229"."month" ASC
          ) AS "t266"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t264"."la_code",
              "t264"."month",
              'rereferrals_12m' AS "indicator",
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
                COALESCE("t237"."numerator", 0) AS "numerator",
                COALESCE("t237"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t175"."la_code",
                  "t175"."month",
                  SUM(CAST("t175"."_kept" AND COALESCE("t175"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t175"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t164"."la_code",
                    "t164"."cine_referral_id",
                    "t164"."cine_person_id",
                    "t164"."cine_referral_date",
                    "t164"."hit",
                    "t164"."month",
                    "t164"."month_end",
                    "t164"."rolling_start",
                    "t164"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t62"."la_code",
                      "t62"."cine_referral_id",
                      "t62"."cine_person_id",
                      "t62"."cine_referral_date",
                      COALESCE("t130"."hit", FALSE) AS "hit",
                      "t20"."month",
                      "t20"."month_end",
                      "t20"."rolling_start",
                      "t20"."pop_year"
                    FROM "t40" AS "t62"
                    LEFT OUTER JOIN (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t62"."la_code",
                          "t62"."cine_referral_id",
                          TRUE AS "hit"
                        FROM "t40" AS "t62"
                        INNER JOIN "t40" AS "t63"
                          ON "t62"."la_code" = "t63"."la_code"
                          AND "t62"."cine_person_id" = "t63"."cine_person_id"
                          AND "t63"."cine_referral_date" >= (
                            "t62"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                          AND "t63"."cine_referral_date" < "t62"."cine_referral_date"
                      ) AS "t104"
                    ) AS "t130"
                      ON "t62"."la_code" = "t130"."la_code"
                      AND "t62"."cine_referral_id" = "t130"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t62"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t62"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t164"
                ) AS "t175"
                GROUP BY
                  1,
                  2
              ) AS "t237"
                ON "t18"."la_code" = "t237"."la_code" AND "t19"."month" = "t237"."month"
            ) AS "t264"
            ORDER BY
              "t264"."la_code" ASC,
              "t264"."month" ASC
          ) AS "t306"
        ) AS "t310"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t174"."la_code",
              "t174"."month",
              'assessments_completed' AS "indicator",
              "t174"."numerator",
              "t174"."denominator",
              "t174"."excluded",
              CAST("t174"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t141"."numerator", 0) AS "numerator",
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
                    "t81"."la_code",
                    "t81"."cina_assessment_id",
                    "t81"."cina_person_id",
                    "t81"."cina_referral_id",
                    "t81"."cina_assessment_start_date",
                    "t81"."cina_assessment_auth_date",
                    "t81"."cina_assessment_child_seen",
                    "t81"."month",
                    "t81"."month_end",
                    "t81"."rolling_start",
                    "t81"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t52"."la_code",
                      "t52"."cina_assessment_id",
                      "t52"."cina_person_id",
                      "t52"."cina_referral_id",
                      "t52"."cina_assessment_start_date",
                      "t52"."cina_assessment_auth_date",
                      "t52"."cina_assessment_child_seen",
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
                    ) AS "t52"
                    INNER JOIN "_months" AS "t19"
                      ON "t52"."cina_assessment_auth_date" >= "t19"."month"
                      AND "t52"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t81"
                ) AS "t101"
                GROUP BY
                  1,
                  2
              ) AS "t141"
                ON "t18"."la_code" = "t141"."la_code" AND "t19"."month" = "t141"."month"
            ) AS "t174"
            ORDER BY
              "t174"."la_code" ASC,
              "t174"."month" ASC
          ) AS "t200"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t230"."la_code",
              "t230"."month",
              'assessments_per_10k' AS "indicator",
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
                COALESCE("t142"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t195"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t102"."la_code",
                  "t102"."month",
                  SUM(CAST("t102"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t82"."la_code",
                    "t82"."cina_assessment_id",
                    "t82"."cina_person_id",
                    "t82"."cina_referral_id",
                    "t82"."cina_assessment_start_date",
                    "t82"."cina_assessment_auth_date",
                    "t82"."cina_assessment_child_seen",
                    "t82"."month",
                    "t82"."month_end",
                    "t82"."rolling_start",
                    "t82"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t52"."la_code",
                      "t52"."cina_assessment_id",
                      "t52"."cina_person_id",
                      "t52"."cina_referral_id",
                      "t52"."cina_assessment_start_date",
                      "t52"."cina_assessment_auth_date",
                      "t52"."cina_assessment_child_seen",
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
                    ) AS "t52"
                    INNER JOIN "_months" AS "t19"
                      ON "t52"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t52"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t82"
                ) AS "t102"
                GROUP BY
                  1,
                  2
              ) AS "t142"
                ON "t18"."la_code" = "t142"."la_code" AND "t19"."month" = "t142"."month"
              INNER JOIN (
                SELECT
                  "t168"."la_code",
                  "t168"."month",
                  "t168"."pop_year",
                  "t168"."population",
                  "t168"."year" AS "year_used"
                FROM (
                  SELECT
                    "t125"."la_code",
                    "t125"."month",
                    "t125"."month_end",
                    "t125"."rolling_start",
                    "t125"."pop_year",
                    "t125"."year",
                    "t125"."population",
                    "t125"."source",
                    "t125"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t125"."la_code", "t125"."month"
                      ORDER BY "t125"."distance" ASC, "t125"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t83"."la_code",
                      "t83"."month",
                      "t83"."month_end",
                      "t83"."rolling_start",
                      "t83"."pop_year",
                      "t83"."year",
                      "t83"."population",
                      "t83"."source",
                      ABS("t83"."year" - "t83"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t57"."year",
                        "t57"."population",
                        "t57"."source"
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
                      ) AS "t57"
                        ON "t18"."la_code" = "t57"."la_code"
                    ) AS "t83"
                  ) AS "t125"
                ) AS "t168"
                WHERE
                  "t168"."rank" = 0
              ) AS "t195"
                ON "t18"."la_code" = "t195"."la_code" AND "t19"."month" = "t195"."month"
            ) AS "t230"
            ORDER BY
              "t230"."la_code" ASC,
              "t230"."month" ASC
          ) AS "t267"
        ) AS "t275"
      ) AS "t313"
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
              "t292"."la_code",
              "t292"."month",
              'assessments_in_timescale' AS "indicator",
              "t292"."numerator",
              "t292"."denominator",
              "t292"."excluded",
              CASE
                WHEN "t292"."denominator" > 0
                THEN (
                  CAST("t292"."numerator" AS DOUBLE) / "t292"."denominator"
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
                  "t211"."la_code",
                  "t211"."month",
                  SUM(CAST("t211"."_kept" AND COALESCE("t211"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t211"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t176"."la_code",
                    "t176"."cina_assessment_id",
                    "t176"."cina_person_id",
                    "t176"."cina_referral_id",
                    "t176"."cina_assessment_start_date",
                    "t176"."cina_assessment_auth_date",
                    "t176"."cina_assessment_child_seen",
                    "t176"."month",
                    "t176"."month_end",
                    "t176"."rolling_start",
                    "t176"."pop_year",
                    "t176"."la_code_right",
                    "t176"."cine_referral_id",
                    "t176"."cine_referral_date",
                    "t176"."_start",
                    "t176"."_wd_b" - "t176"."_wd_a" AS "wd",
                    (
                      "t176"."_wd_b" - "t176"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t146"."la_code",
                      "t146"."cina_assessment_id",
                      "t146"."cina_person_id",
                      "t146"."cina_referral_id",
                      "t146"."cina_assessment_start_date",
                      "t146"."cina_assessment_auth_date",
                      "t146"."cina_assessment_child_seen",
                      "t146"."month",
                      "t146"."month_end",
                      "t146"."rolling_start",
                      "t146"."pop_year",
                      "t146"."la_code_right",
                      "t146"."cine_referral_id",
                      "t146"."cine_referral_date",
                      "t146"."_start",
                      "t34"."_wd_a",
                      "t36"."_wd_b"
                    FROM (
                      SELECT
                        "t113"."la_code",
                        "t113"."cina_assessment_id",
                        "t113"."cina_person_id",
                        "t113"."cina_referral_id",
                        "t113"."cina_assessment_start_date",
                        "t113"."cina_assessment_auth_date",
                        "t113"."cina_assessment_child_seen",
                        "t113"."month",
                        "t113"."month_end",
                        "t113"."rolling_start",
                        "t113"."pop_year",
                        "t113"."la_code_right",
                        "t113"."cine_referral_id",
                        "t113"."cine_referral_date",
                        COALESCE("t113"."cine_referral_date", "t113"."cina_assessment_start_date") AS "_start"
                      FROM (
                        SELECT
                          "t52"."la_code",
                          "t52"."cina_assessment_id",
                          "t52"."cina_person_id",
                          "t52"."cina_referral_id",
                          "t52"."cina_assessment_start_date",
                          "t52"."cina_assessment_auth_date",
                          "t52"."cina_assessment_child_seen",
                          "t19"."month",
                          "t19"."month_end",
                          "t19"."rolling_start",
                          "t19"."pop_year",
                          "t74"."la_code" AS "la_code_right",
                          "t74"."cine_referral_id",
                          "t74"."cine_referral_date"
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
                        ) AS "t52"
                        INNER JOIN "_months" AS "t19"
                          ON "t52"."cina_assessment_auth_date" >= "t19"."month"
                          AND "t52"."cina_assessment_auth_date" <= "t19"."month_end"
                        LEFT OUTER JOIN (
                          SELECT
                            "t54"."la_code",
                            "t54"."cine_referral_id",
                            "t54"."cine_referral_date"
                          FROM "t40" AS "t54"
                        ) AS "t74"
                          ON "t52"."la_code" = "t74"."la_code"
                          AND "t52"."cina_referral_id" = "t74"."cine_referral_id"
                      ) AS "t113"
                    ) AS "t146"
                    LEFT OUTER JOIN "t22" AS "t34"
                      ON "t146"."_start" = "t34"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t36"
                      ON "t146"."cina_assessment_auth_date" = "t36"."_wd_b__date"
                  ) AS "t176"
                ) AS "t211"
                GROUP BY
                  1,
                  2
              ) AS "t265"
                ON "t18"."la_code" = "t265"."la_code" AND "t19"."month" = "t265"."month"
            ) AS "t292"
            ORDER BY
              "t292"."la_code" ASC,
              "t292"."month" ASC
          ) AS "t322"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t231"."la_code",
              "t231"."month",
              's47_per_10k' AS "indicator",
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
                COALESCE("t157"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t195"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t114"."la_code",
                  "t114"."month",
                  SUM(CAST("t114"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t94"."la_code",
                    "t94"."s47e_s47_enquiry_id",
                    "t94"."s47e_person_id",
                    "t94"."s47e_referral_id",
                    "t94"."s47e_s47_start_date",
                    "t94"."s47e_s47_end_date",
                    "t94"."s47e_s47_nfa",
                    "t94"."month",
                    "t94"."month_end",
                    "t94"."rolling_start",
                    "t94"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t64"."la_code",
                      "t64"."s47e_s47_enquiry_id",
                      "t64"."s47e_person_id",
                      "t64"."s47e_referral_id",
                      "t64"."s47e_s47_start_date",
                      "t64"."s47e_s47_end_date",
                      "t64"."s47e_s47_nfa",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t41" AS "t64"
                    INNER JOIN "_months" AS "t19"
                      ON "t64"."s47e_s47_start_date" >= "t19"."rolling_start"
                      AND "t64"."s47e_s47_start_date" <= "t19"."month_end"
                  ) AS "t94"
                ) AS "t114"
                GROUP BY
                  1,
                  2
              ) AS "t157"
                ON "t18"."la_code" = "t157"."la_code" AND "t19"."month" = "t157"."month"
              INNER JOIN (
                SELECT
                  "t168"."la_code",
                  "t168"."month",
                  "t168"."pop_year",
                  "t168"."population",
                  "t168"."year" AS "year_used"
                FROM (
                  SELECT
                    "t125"."la_code",
                    "t125"."month",
                    "t125"."month_end",
                    "t125"."rolling_start",
                    "t125"."pop_year",
                    "t125"."year",
                    "t125"."population",
                    "t125"."source",
                    "t125"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t125"."la_code", "t125"."month"
                      ORDER BY "t125"."distance" ASC, "t125"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t83"."la_code",
                      "t83"."month",
                      "t83"."month_end",
                      "t83"."rolling_start",
                      "t83"."pop_year",
                      "t83"."year",
                      "t83"."population",
                      "t83"."source",
                      ABS("t83"."year" - "t83"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t57"."year",
                        "t57"."population",
                        "t57"."source"
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
                      ) AS "t57"
                        ON "t18"."la_code" = "t57"."la_code"
                    ) AS "t83"
                  ) AS "t125"
                ) AS "t168"
                WHERE
                  "t168"."rank" = 0
              ) AS "t195"
                ON "t18"."la_code" = "t195"."la_code" AND "t19"."month" = "t195"."month"
            ) AS "t231"
            ORDER BY
              "t231"."la_code" ASC,
              "t231"."month" ASC
          ) AS "t268"
        ) AS "t325"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t288"."la_code",
              "t288"."month",
              'icpc_in_15wd' AS "indicator",
              "t288"."numerator",
              "t288"."denominator",
              "t288"."excluded",
              CASE
                WHEN "t288"."denominator" > 0
                THEN (
                  CAST("t288"."numerator" AS DOUBLE) / "t288"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t259"."numerator", 0) AS "numerator",
                COALESCE("t259"."denominator", 0) AS "denominator",
                COALESCE("t259"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t207"."la_code",
                  "t207"."month",
                  SUM(CAST("t207"."_kept" AND COALESCE("t207"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t207"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t207"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t169"."la_code",
                    "t169"."icpc_icpc_id",
                    "t169"."icpc_person_id",
                    "t169"."icpc_s47_enquiry_id",
                    "t169"."icpc_cp_plan_id",
                    "t169"."icpc_icpc_date",
                    "t169"."icpc_icpc_outcome_cp_flag",
                    "t169"."icpc_icpc_transfer_in",
                    "t169"."month",
                    "t169"."month_end",
                    "t169"."rolling_start",
                    "t169"."pop_year",
                    "t169"."la_code_right",
                    "t169"."s47e_s47_enquiry_id",
                    "t169"."s47e_s47_start_date",
                    "t169"."_wd_b" - "t169"."_wd_a" AS "wd",
                    "t169"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t169"."_wd_b" - "t169"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t169"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t131"."la_code",
                      "t131"."icpc_icpc_id",
                      "t131"."icpc_person_id",
                      "t131"."icpc_s47_enquiry_id",
                      "t131"."icpc_cp_plan_id",
                      "t131"."icpc_icpc_date",
                      "t131"."icpc_icpc_outcome_cp_flag",
                      "t131"."icpc_icpc_transfer_in",
                      "t131"."month",
                      "t131"."month_end",
                      "t131"."rolling_start",
                      "t131"."pop_year",
                      "t75"."la_code" AS "la_code_right",
                      "t75"."s47e_s47_enquiry_id",
                      "t75"."s47e_s47_start_date",
                      "t35"."_wd_a",
                      "t37"."_wd_b"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t58"."la_code",
                          "t58"."icpc_icpc_id",
                          "t58"."icpc_person_id",
                          "t58"."icpc_s47_enquiry_id",
                          "t58"."icpc_cp_plan_id",
                          "t58"."icpc_icpc_date",
                          "t58"."icpc_icpc_outcome_cp_flag",
                          "t58"."icpc_icpc_transfer_in",
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
                        ) AS "t58"
                        INNER JOIN "_months" AS "t19"
                          ON "t58"."icpc_icpc_date" >= "t19"."month"
                          AND "t58"."icpc_icpc_date" <= "t19"."month_end"
                      ) AS "t84"
                      WHERE
                        NOT (
                          COALESCE("t84"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t131"
                    LEFT OUTER JOIN (
                      SELECT
                        "t55"."la_code",
                        "t55"."s47e_s47_enquiry_id",
                        "t55"."s47e_s47_start_date"
                      FROM "t41" AS "t55"
                    ) AS "t75"
                      ON "t131"."la_code" = "t75"."la_code"
                      AND "t131"."icpc_s47_enquiry_id" = "t75"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t22" AS "t35"
                      ON "t75"."s47e_s47_start_date" = "t35"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t37"
                      ON "t131"."icpc_icpc_date" = "t37"."_wd_b__date"
                  ) AS "t169"
                ) AS "t207"
                GROUP BY
                  1,
                  2
              ) AS "t259"
                ON "t18"."la_code" = "t259"."la_code" AND "t19"."month" = "t259"."month"
            ) AS "t288"
            ORDER BY
              "t288"."la_code" ASC,
              "t288"."month" ASC
          ) AS "t320"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t248"."la_code",
              "t248"."month",
              'cp_count' AS "indicator",
              "t248"."numerator",
              "t248"."denominator",
              "t248"."excluded",
              CAST("t248"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t220"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t178"."la_code",
                  "t178"."month",
                  SUM(CAST("t178"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t165"."la_code",
                    "t165"."month",
                    "t165"."month_end",
                    "t165"."cppl_person_id",
                    "t165"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t165"
                ) AS "t178"
                GROUP BY
                  1,
                  2
              ) AS "t220"
                ON "t18"."la_code" = "t220"."la_code" AND "t19"."month" = "t220"."month"
            ) AS "t248"
            ORDER BY
              "t248"."la_code" ASC,
              "t248"."month" ASC
          ) AS "t272"
        ) AS "t323"
      ) AS "t327"
    ) AS "t331"
  ) AS "t349"
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
              "t249"."la_code",
              "t249"."month",
              'cp_per_10k' AS "indicator",
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
                COALESCE("t220"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t195"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t178"."la_code",
                  "t178"."month",
                  SUM(CAST("t178"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t165"."la_code",
                    "t165"."month",
                    "t165"."month_end",
                    "t165"."cppl_person_id",
                    "t165"."start",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t165"
                ) AS "t178"
                GROUP BY
                  1,
                  2
              ) AS "t220"
                ON "t18"."la_code" = "t220"."la_code" AND "t19"."month" = "t220"."month"
              INNER JOIN (
                SELECT
                  "t168"."la_code",
                  "t168"."month",
                  "t168"."pop_year",
                  "t168"."population",
                  "t168"."year" AS "year_used"
                FROM (
                  SELECT
                    "t125"."la_code",
                    "t125"."month",
                    "t125"."month_end",
                    "t125"."rolling_start",
                    "t125"."pop_year",
                    "t125"."year",
                    "t125"."population",
                    "t125"."source",
                    "t125"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t125"."la_code", "t125"."month"
                      ORDER BY "t125"."distance" ASC, "t125"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t83"."la_code",
                      "t83"."month",
                      "t83"."month_end",
                      "t83"."rolling_start",
                      "t83"."pop_year",
                      "t83"."year",
                      "t83"."population",
                      "t83"."source",
                      ABS("t83"."year" - "t83"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t57"."year",
                        "t57"."population",
                        "t57"."source"
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
                      ) AS "t57"
                        ON "t18"."la_code" = "t57"."la_code"
                    ) AS "t83"
                  ) AS "t125"
                ) AS "t168"
                WHERE
                  "t168"."rank" = 0
              ) AS "t195"
                ON "t18"."la_code" = "t195"."la_code" AND "t19"."month" = "t195"."month"
            ) AS "t249"
            ORDER BY
              "t249"."la_code" ASC,
              "t249"."month" ASC
          ) AS "t285"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t184"."la_code",
              "t184"."month",
              'cp_starts' AS "indicator",
              "t184"."numerator",
              "t184"."denominator",
              "t184"."excluded",
              CAST("t184"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t158"."numerator", 0) AS "numerator",
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
                    "t95"."la_code",
                    "t95"."cppl_cp_plan_id",
                    "t95"."cppl_person_id",
                    "t95"."cppl_cp_plan_start_date",
                    "t95"."cppl_cp_plan_end_date",
                    "t95"."cppl_cp_plan_initial_category",
                    "t95"."cppl_cp_plan_latest_category",
                    "t95"."cppl_icpc_id",
                    "t95"."month",
                    "t95"."month_end",
                    "t95"."rolling_start",
                    "t95"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t65"."la_code",
                      "t65"."cppl_cp_plan_id",
                      "t65"."cppl_person_id",
                      "t65"."cppl_cp_plan_start_date",
                      "t65"."cppl_cp_plan_end_date",
                      "t65"."cppl_cp_plan_initial_category",
                      "t65"."cppl_cp_plan_latest_category",
                      "t65"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t42" AS "t65"
                    INNER JOIN "_months" AS "t19"
                      ON "t65"."cppl_cp_plan_start_date" >= "t19"."month"
                      AND "t65"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t95"
                ) AS "t115"
                GROUP BY
                  1,
                  2
              ) AS "t158"
                ON "t18"."la_code" = "t158"."la_code" AND "t19"."month" = "t158"."month"
            ) AS "t184"
            ORDER BY
              "t184"."la_code" ASC,
              "t184"."month" ASC
          ) AS "t212"
        ) AS "t293"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t243"."la_code",
              "t243"."month",
              'cp_second_or_subsequent' AS "indicator",
              "t243"."numerator",
              "t243"."denominator",
              "t243"."excluded",
              CASE
                WHEN "t243"."denominator" > 0
                THEN (
                  CAST("t243"."numerator" AS DOUBLE) / "t243"."denominator"
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
                    "t139"."la_code",
                    "t139"."cppl_cp_plan_id",
                    "t139"."cppl_person_id",
                    "t139"."cppl_cp_plan_start_date",
                    "t139"."cppl_cp_plan_end_date",
                    "t139"."cppl_cp_plan_initial_category",
                    "t139"."cppl_cp_plan_latest_category",
                    "t139"."cppl_icpc_id",
                    "t139"."hit",
                    "t139"."month",
                    "t139"."month_end",
                    "t139"."rolling_start",
                    "t139"."pop_year",
                    TRUE AS "_kept"
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
                      "t107"."hit",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM (
                      SELECT
                        "t56"."la_code",
                        "t56"."cppl_cp_plan_id",
                        "t56"."cppl_person_id",
                        "t56"."cppl_cp_plan_start_date",
                        "t56"."cppl_cp_plan_end_date",
                        "t56"."cppl_cp_plan_initial_category",
                        "t56"."cppl_cp_plan_latest_category",
                        "t56"."cppl_icpc_id",
                        "t56"."cppl_cp_plan_start_date" > MIN("t56"."cppl_cp_plan_start_date") OVER (
                          PARTITION BY "t56"."la_code", "t56"."cppl_person_id"
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "hit"
                      FROM "t42" AS "t56"
                    ) AS "t107"
                    INNER JOIN "_months" AS "t19"
                      ON "t107"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t107"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t139"
                ) AS "t160"
                GROUP BY
                  1,
                  2
              ) AS "t214"
                ON "t18"."la_code" = "t214"."la_code" AND "t19"."month" = "t214"."month"
            ) AS "t243"
            ORDER BY
              "t243"."la_code" ASC,
              "t243"."month" ASC
          ) AS "t287"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t228"."la_code",
              "t228"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t228"."numerator",
              "t228"."denominator",
              "t228"."excluded",
              CASE
                WHEN "t228"."denominator" > 0
                THEN (
                  CAST("t228"."numerator" AS DOUBLE) / "t228"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t194"."numerator", 0) AS "numerator",
                COALESCE("t194"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t138"."la_code",
                  "t138"."month",
                  SUM(CAST("t138"."_kept" AND COALESCE("t138"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t138"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t96"."la_code",
                    "t96"."cppl_cp_plan_id",
                    "t96"."cppl_person_id",
                    "t96"."cppl_cp_plan_start_date",
                    "t96"."cppl_cp_plan_end_date",
                    "t96"."cppl_cp_plan_initial_category",
                    "t96"."cppl_cp_plan_latest_category",
                    "t96"."cppl_icpc_id",
                    "t96"."month",
                    "t96"."month_end",
                    "t96"."rolling_start",
                    "t96"."pop_year",
                    (
                      DATE_DIFF('DAY', "t96"."cppl_cp_plan_start_date", "t96"."cppl_cp_plan_end_date") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t65"."la_code",
                      "t65"."cppl_cp_plan_id",
                      "t65"."cppl_person_id",
                      "t65"."cppl_cp_plan_start_date",
                      "t65"."cppl_cp_plan_end_date",
                      "t65"."cppl_cp_plan_initial_category",
                      "t65"."cppl_cp_plan_latest_category",
                      "t65"."cppl_icpc_id",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t42" AS "t65"
                    INNER JOIN "_months" AS "t19"
                      ON "t65"."cppl_cp_plan_end_date" >= "t19"."rolling_start"
                      AND "t65"."cppl_cp_plan_end_date" <= "t19"."month_end"
                  ) AS "t96"
                ) AS "t138"
                GROUP BY
                  1,
                  2
              ) AS "t194"
                ON "t18"."la_code" = "t194"."la_code" AND "t19"."month" = "t194"."month"
            ) AS "t228"
            ORDER BY
              "t228"."la_code" ASC,
              "t228"."month" ASC
          ) AS "t271"
        ) AS "t295"
      ) AS "t301"
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
                COALESCE("t258"."numerator", 0) AS "numerator",
                COALESCE("t258"."denominator", 0) AS "denominator",
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
                    "t165"."la_code",
                    "t165"."month",
                    "t165"."month_end",
                    "t165"."cppl_person_id",
                    "t165"."start",
                    (
                      DATE_DIFF('DAY', "t165"."start", "t165"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "cohort_on_plan" AS "t165"
                ) AS "t203"
                GROUP BY
                  1,
                  2
              ) AS "t258"
                ON "t18"."la_code" = "t258"."la_code" AND "t19"."month" = "t258"."month"
            ) AS "t286"
            ORDER BY
              "t286"."la_code" ASC,
              "t286"."month" ASC
          ) AS "t318"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t353"."la_code",
              "t353"."month",
              'cp_reviews_in_timescale' AS "indicator",
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
                COALESCE("t346"."numerator", 0) AS "numerator",
                COALESCE("t346"."denominator", 0) AS "denominator",
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
                    "t307"."la_code",
                    "t307"."month",
                    "t307"."month_end",
                    "t307"."plan_id",
                    "t307"."start",
                    "t307"."person_id",
                    "t307"."first_due",
                    "t307"."held_n",
                    "t307"."late_n",
                    "t307"."last",
                    CASE
                      WHEN COALESCE("t307"."held_n", 0) = 0
                      THEN "t307"."first_due"
                      WHEN COALESCE("t307"."held_n", 0) = 1
                      THEN "t307"."last" + INTERVAL '6' MONTH
                      ELSE "t307"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t307"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t307"."held_n", 0) = 0
                        THEN "t307"."first_due"
                        WHEN COALESCE("t307"."held_n", 0) = 1
                        THEN "t307"."last" + INTERVAL '6' MONTH
                        ELSE "t307"."last" + INTERVAL '6' MONTH
                      END > "t307"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t166"."la_code",
                      "t166"."month",
                      "t166"."month_end",
                      "t166"."plan_id",
                      "t166"."start",
                      "t166"."person_id",
                      "t166"."first_due",
                      "t280"."held_n",
                      "t280"."late_n",
                      "t280"."last"
                    FROM (
                      SELECT
                        "t123"."la_code",
                        "t123"."month",
                        "t123"."month_end",
                        "t123"."cppl_cp_plan_id" AS "plan_id",
                        "t123"."cppl_cp_plan_start_date" AS "start",
                        "t123"."cppl_person_id" AS "person_id",
                        "t123"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                      FROM "cohort_open_plans" AS "t123"
                      WHERE
                        (
                          "t123"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
                        ) <= "t123"."month_end"
                    ) AS "t166"
                    LEFT OUTER JOIN (
                      SELECT
                        "t244"."la_code",
                        "t244"."plan_id",
                        "t244"."month",
                        COUNT("t244"."k") AS "held_n",
                        SUM(CAST("t244"."late" AS BIGINT)) AS "late_n",
                        MAX("t244"."date") AS "last"
                      FROM (
                        SELECT
                          "t166"."la_code",
                          "t166"."month",
                          "t166"."month_end",
                          "t166"."plan_id",
                          "t166"."start",
                          "t166"."person_id",
                          "t166"."first_due",
                          "t215"."la_code" AS "la_code_right",
                          "t215"."plan_id" AS "plan_id_right",
                          "t215"."date",
                          "t215"."k",
                          "t215"."late"
                        FROM (
                          SELECT
                            "t123"."la_code",
                            "t123"."month",
                            "t123"."month_end",
                            "t123"."cppl_cp_plan_id" AS "plan_id",
                            "t123"."cppl_cp_plan_start_date" AS "start",
                            "t123"."cppl_person_id" AS "person_id",
                            "t123"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                          FROM "cohort_open_plans" AS "t123"
                          WHERE
                            (
                              "t123"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
                            ) <= "t123"."month_end"
                        ) AS "t166"
                        INNER JOIN (
                          SELECT
                            "t167"."la_code",
                            "t167"."plan_id",
                            "t167"."date",
                            "t167"."k",
                            "t167"."date" > CASE
                              WHEN "t167"."k" = 0
                              THEN "t167"."first_due"
                              WHEN "t167"."k" = 1
                              THEN "t167"."prev" + INTERVAL '6' MONTH
                              ELSE "t167"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t124"."la_code",
                              "t124"."plan_id",
                              "t124"."date",
                              "t124"."review_id",
                              "t124"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t124"."la_code", "t124"."plan_id"
                                ORDER BY "t124"."date" ASC, "t124"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t124"."date") OVER (
                                PARTITION BY "t124"."la_code", "t124"."plan_id"
                                ORDER BY "t124"."date" ASC, "t124"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t98"."la_code",
                                "t98"."cppr_cp_plan_id" AS "plan_id",
                                "t98"."cppr_cp_review_date" AS "date",
                                "t98"."cppr_cp_review_id" AS "review_id",
                                "t98"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                              FROM (
                                SELECT
                                  "t61"."la_code",
                                  "t61"."cppr_cp_review_id",
                                  "t61"."cppr_person_id",
                                  "t61"."cppr_cp_plan_id",
                                  "t61"."cppr_cp_review_due",
                                  "t61"."cppr_cp_review_date",
                                  "t66"."cppl_cp_plan_id",
                                  "t66"."cppl_person_id",
                                  "t66"."cppl_cp_plan_start_date",
                                  "t66"."cppl_cp_plan_end_date",
                                  "t66"."cppl_cp_plan_initial_category",
                                  "t66"."cppl_cp_plan_latest_category",
                                  "t66"."cppl_icpc_id"
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
                                ) AS "t61"
                                INNER JOIN "t42" AS "t66"
                                  ON "t61"."la_code" = "t66"."la_code"
                                  AND "t61"."cppr_cp_plan_id" = "t66"."cppl_cp_plan_id"
                              ) AS "t98"
                              WHERE
                                "t98"."cppr_cp_review_date" >= "t98"."cppl_cp_plan_start_date"
                            ) AS "t124"
                          ) AS "t167"
                        ) AS "t215"
                          ON "t166"."la_code" = "t215"."la_code"
                          AND "t166"."plan_id" = "t215"."plan_id"
                          AND "t215"."date" <= "t166"."month_end"
                      ) AS "t244"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t280"
                      ON "t166"."la_code" = "t280"."la_code"
                      AND "t166"."plan_id" = "t280"."plan_id"
                      AND "t166"."month" = "t280"."month"
                  ) AS "t307"
                ) AS "t332"
                GROUP BY
                  1,
                  2
              ) AS "t346"
                ON "t18"."la_code" = "t346"."la_code" AND "t19"."month" = "t346"."month"
            ) AS "t353"
            ORDER BY
              "t353"."la_code" ASC,
              "t353"."month" ASC
          ) AS "t359"
        ) AS "t362"
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
              'cp_visits_in_timescale' AS "indicator",
              "t355"."numerator",
              "t355"."denominator",
              "t355"."excluded",
              CASE
                WHEN "t355"."denominator" > 0
                THEN (
                  CAST("t355"."numerator" AS DOUBLE) / "t355"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t348"."numerator", 0) AS "numerator",
                COALESCE("t348"."denominator", 0) AS "denominator",
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
                    "t319"."la_code",
                    "t319"."month",
                    "t319"."month_end",
                    "t319"."cppl_person_id",
                    "t319"."start",
                    "t319"."wd_open",
                    "t319"."last_visit",
                    "t319"."_wd_b" - "t319"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t319"."_wd_b" - "t319"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t319"."_wd_b" - "t319"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t242"."la_code",
                      "t242"."month",
                      "t242"."month_end",
                      "t242"."cppl_person_id",
                      "t242"."start",
                      "t242"."wd_open",
                      "t300"."last_visit",
                      "t35"."_wd_a",
                      "t37"."_wd_b"
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
                          "t172"."la_code",
                          "t172"."month",
                          "t172"."month_end",
                          "t172"."cppl_person_id",
                          "t172"."start",
                          "t34"."_wd_a",
                          "t36"."_wd_b"
                        FROM "cohort_on_plan" AS "t172"
                        LEFT OUTER JOIN "t22" AS "t34"
                          ON "t172"."start" = "t34"."_wd_a__date"
                        LEFT OUTER JOIN "t23" AS "t36"
                          ON "t172"."month_end" = "t36"."_wd_b__date"
                      ) AS "t204"
                      WHERE
                        (
                          "t204"."_wd_b" - "t204"."_wd_a"
                        ) > 10
                    ) AS "t242"
                    LEFT OUTER JOIN (
                      SELECT
                        "t273"."la_code",
                        "t273"."month",
                        "t273"."cppl_person_id",
                        MAX("t273"."cppv_cp_visit_date") AS "last_visit"
                      FROM (
                        SELECT
                          "t242"."la_code",
                          "t242"."month",
                          "t242"."month_end",
                          "t242"."cppl_person_id",
                          "t242"."start",
                          "t242"."wd_open",
                          "t118"."la_code" AS "la_code_right",
                          "t118"."cppv_person_id",
                          "t118"."cppv_cp_visit_date"
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
                              "t172"."la_code",
                              "t172"."month",
                              "t172"."month_end",
                              "t172"."cppl_person_id",
                              "t172"."start",
                              "t34"."_wd_a",
                              "t36"."_wd_b"
                            FROM "cohort_on_plan" AS "t172"
                            LEFT OUTER JOIN "t22" AS "t34"
                              ON "t172"."start" = "t34"."_wd_a__date"
                            LEFT OUTER JOIN "t23" AS "t36"
                              ON "t172"."month_end" = "t36"."_wd_b__date"
                          ) AS "t204"
                          WHERE
                            (
                              "t204"."_wd_b" - "t204"."_wd_a"
                            ) > 10
                        ) AS "t242"
                        INNER JOIN (
                          SELECT
                            "t87"."la_code",
                            "t87"."cppv_person_id",
                            "t87"."cppv_cp_visit_date"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM "ssd_cp_visits" AS "t12"
                              WHERE
                                "t12"."la_code" IN (
                                  SELECT
                                    *
                                  FROM "t21"
                                )
                            ) AS "t47"
                            WHERE
                              COALESCE("t47"."cppv_cp_visit_seen", FALSE)
                              OR NOT (
                                "t47"."la_code" IN (
                                  SELECT
                                    "t15"."la_code"
                                  FROM "_supplied" AS "t15"
                                  WHERE
                                    "t15"."table_name" = 'ssd_cp_visits'
                                    AND "t15"."column_name" = 'cppv_cp_visit_seen'
                                )
                              )
                          ) AS "t87"
                        ) AS "t118"
                          ON "t242"."la_code" = "t118"."la_code"
                          AND "t242"."cppl_person_id" = "t118"."cppv_person_id"
                          AND "t118"."cppv_cp_visit_date" >= "t242"."start"
                          AND "t118"."cppv_cp_visit_date" <= "t242"."month_end"
                      ) AS "t273"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t300"
                      ON "t242"."la_code" = "t300"."la_code"
                      AND "t242"."month" = "t300"."month"
                      AND "t242"."cppl_person_id" = "t300"."cppl_person_id"
                    LEFT OUTER JOIN "t22" AS "t35"
                      ON "t300"."last_visit" = "t35"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t37"
                      ON "t242"."month_end" = "t37"."_wd_b__date"
                  ) AS "t319"
                ) AS "t334"
                GROUP BY
                  1,
                  2
              ) AS "t348"
                ON "t18"."la_code" = "t348"."la_code" AND "t19"."month" = "t348"."month"
            ) AS "t355"
            ORDER BY
              "t355"."la_code" ASC,
              "t355"."month" ASC
          ) AS "t361"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t260"."la_code",
              "t260"."month",
              'cla_count' AS "indicator",
              "t260"."numerator",
              "t260"."denominator",
              "t260"."excluded",
              CAST("t260"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t233"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t188"."la_code",
                  "t188"."month",
                  SUM(CAST("t188"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t173"."la_code",
                    "t173"."month",
                    "t173"."month_end",
                    "t173"."rolling_start",
                    "t173"."person_id",
                    "t173"."cla_id",
                    "t173"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t173"
                ) AS "t188"
                GROUP BY
                  1,
                  2
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
            ) AS "t260"
            ORDER BY
              "t260"."la_code" ASC,
              "t260"."month" ASC
          ) AS "t281"
        ) AS "t363"
      ) AS "t364"
    ) AS "t365"
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
              "t261"."la_code",
              "t261"."month",
              'cla_per_10k' AS "indicator",
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
                COALESCE("t233"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t195"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t188"."la_code",
                  "t188"."month",
                  SUM(CAST("t188"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t173"."la_code",
                    "t173"."month",
                    "t173"."month_end",
                    "t173"."rolling_start",
                    "t173"."person_id",
                    "t173"."cla_id",
                    "t173"."episode_start",
                    TRUE AS "_kept"
                  FROM "cohort_looked_after" AS "t173"
                ) AS "t188"
                GROUP BY
                  1,
                  2
              ) AS "t233"
                ON "t18"."la_code" = "t233"."la_code" AND "t19"."month" = "t233"."month"
              INNER JOIN (
                SELECT
                  "t168"."la_code",
                  "t168"."month",
                  "t168"."pop_year",
                  "t168"."population",
                  "t168"."year" AS "year_used"
                FROM (
                  SELECT
                    "t125"."la_code",
                    "t125"."month",
                    "t125"."month_end",
                    "t125"."rolling_start",
                    "t125"."pop_year",
                    "t125"."year",
                    "t125"."population",
                    "t125"."source",
                    "t125"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t125"."la_code", "t125"."month"
                      ORDER BY "t125"."distance" ASC, "t125"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t83"."la_code",
                      "t83"."month",
                      "t83"."month_end",
                      "t83"."rolling_start",
                      "t83"."pop_year",
                      "t83"."year",
                      "t83"."population",
                      "t83"."source",
                      ABS("t83"."year" - "t83"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t57"."year",
                        "t57"."population",
                        "t57"."source"
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
                      ) AS "t57"
                        ON "t18"."la_code" = "t57"."la_code"
                    ) AS "t83"
                  ) AS "t125"
                ) AS "t168"
                WHERE
                  "t168"."rank" = 0
              ) AS "t195"
                ON "t18"."la_code" = "t195"."la_code" AND "t19"."month" = "t195"."month"
            ) AS "t261"
            ORDER BY
              "t261"."la_code" ASC,
              "t261"."month" ASC
          ) AS "t296"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t253"."la_code",
              "t253"."month",
              'cla_starts' AS "indicator",
              "t253"."numerator",
              "t253"."denominator",
              "t253"."excluded",
              CAST("t253"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t223"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t180"."la_code",
                  "t180"."month",
                  SUM(CAST("t180"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t170"."la_code",
                    "t170"."first_episode_start",
                    "t170"."clae_person_id",
                    "t170"."cla_id",
                    "t170"."period_start",
                    "t170"."month",
                    "t170"."month_end",
                    "t170"."rolling_start",
                    "t170"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t132"."la_code",
                      "t132"."first_episode_start",
                      "t132"."clae_person_id",
                      "t132"."cla_id",
                      "t132"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "cohort_period_starts" AS "t132"
                    INNER JOIN "_months" AS "t19"
                      ON "t132"."first_episode_start" >= "t19"."month"
                      AND "t132"."first_episode_start" <= "t19"."month_end"
                  ) AS "t170"
                ) AS "t180"
                GROUP BY
                  1,
                  2
              ) AS "t223"
                ON "t18"."la_code" = "t223"."la_code" AND "t19"."month" = "t223"."month"
            ) AS "t253"
            ORDER BY
              "t253"."la_code" ASC,
              "t253"."month" ASC
          ) AS "t277"
        ) AS "t302"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t360"."la_code",
              "t360"."month",
              'cla_visits_in_timescale' AS "indicator",
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
                COALESCE("t357"."numerator", 0) AS "numerator",
                COALESCE("t357"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t344"."la_code",
                  "t344"."month",
                  SUM(CAST("t344"."_kept" AND COALESCE("t344"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t344"."_kept" AS BIGINT)) AS "denominator"
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
                    "t330"."v",
                    CASE
                      WHEN "t330"."v" IS NULL
                      THEN "t330"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t330"."long_term", FALSE)
                      AND (
                        "t330"."v" >= (
                          "t330"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t330"."v" + INTERVAL '91' DAY
                      ELSE "t330"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t330"."v" IS NULL
                      THEN "t330"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t330"."long_term", FALSE)
                      AND (
                        "t330"."v" >= (
                          "t330"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t330"."v" + INTERVAL '91' DAY
                      ELSE "t330"."v" + INTERVAL '42' DAY
                    END >= "t330"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t270"."la_code",
                      "t270"."month",
                      "t270"."month_end",
                      "t270"."rolling_start",
                      "t270"."person_id",
                      "t270"."cla_id",
                      "t270"."episode_start",
                      "t270"."placement_start",
                      "t270"."long_term",
                      "t270"."p",
                      "t317"."v"
                    FROM (
                      SELECT
                        "t235"."la_code",
                        "t235"."month",
                        "t235"."month_end",
                        "t235"."rolling_start",
                        "t235"."person_id",
                        "t235"."cla_id",
                        "t235"."episode_start",
                        "t235"."placement_start",
                        "t235"."long_term",
                        COALESCE("t235"."placement_start", "t235"."episode_start") AS "p"
                      FROM (
                        SELECT
                          "t179"."la_code",
                          "t179"."month",
                          "t179"."month_end",
                          "t179"."rolling_start",
                          "t179"."person_id",
                          "t179"."cla_id",
                          "t179"."episode_start",
                          "t199"."placement_start",
                          "t199"."long_term"
                        FROM "cohort_looked_after" AS "t179"
                        LEFT OUTER JOIN (
                          SELECT
                            "t99"."la_code",
                            "t19"."month",
                            "t99"."clap_cla_id" AS "cla_id",
                            "t99"."clap_cla_placement_start_date" AS "placement_start",
                            "t99"."clap_long_term" AS "long_term"
                          FROM "t79" AS "t99"
                          INNER JOIN "_months" AS "t19"
                            ON "t99"."clap_cla_placement_start_date" <= "t19"."month_end"
                            AND COALESCE("t99"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                          ANTI JOIN (
                            SELECT
                              "t99"."la_code",
                              "t99"."clap_cla_placement_id" AS "_superseded",
                              "t100"."clap_cla_placement_start_date" AS "_start",
                              "t100"."clap_cla_placement_end_date" AS "_end",
                              "t20"."month",
                              "t20"."month_end",
                              "t20"."rolling_start",
                              "t20"."pop_year"
                            FROM "t79" AS "t99"
                            INNER JOIN "t79" AS "t100"
                              ON "t99"."la_code" = "t100"."la_code"
                              AND "t99"."clap_cla_id" = "t100"."clap_cla_id"
                              AND (
                                (
                                  "t100"."clap_cla_placement_start_date" > "t99"."clap_cla_placement_start_date"
                                )
                                OR (
                                  (
                                    "t100"."clap_cla_placement_start_date" = "t99"."clap_cla_placement_start_date"
                                  )
                                  AND (
                                    "t100"."clap_cla_placement_id" > "t99"."clap_cla_placement_id"
                                  )
                                )
                              )
                              AND (
                                (
                                  "t99"."clap_cla_placement_end_date" IS NULL
                                )
                                OR (
                                  "t100"."clap_cla_placement_start_date" < "t99"."clap_cla_placement_end_date"
                                )
                              )
                            INNER JOIN "_months" AS "t20"
                              ON "t100"."clap_cla_placement_start_date" <= "t20"."month_end"
                              AND COALESCE("t100"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                          ) AS "t162"
                            ON "t99"."la_code" = "t162"."la_code"
                            AND "t19"."month" = "t162"."month"
                            AND "t99"."clap_cla_placement_id" = "t162"."_superseded"
                        ) AS "t199"
                          ON "t179"."la_code" = "t199"."la_code"
                          AND "t179"."month" = "t199"."month"
                          AND "t179"."cla_id" = "t199"."cla_id"
                      ) AS "t235"
                      WHERE
                        COALESCE("t235"."placement_start", "t235"."episode_start") <= (
                          "t235"."month_end" + INTERVAL '-7' DAY
                        )
                    ) AS "t270"
                    LEFT OUTER JOIN (
                      SELECT
                        "t298"."la_code",
                        "t298"."month",
                        "t298"."person_id",
                        MAX("t298"."clav_cla_visit_date") AS "v"
                      FROM (
                        SELECT
                          "t270"."la_code",
                          "t270"."month",
                          "t270"."month_end",
                          "t270"."rolling_start",
                          "t270"."person_id",
                          "t270"."cla_id",
                          "t270"."episode_start",
                          "t270"."placement_start",
                          "t270"."long_term",
                          "t270"."p",
                          "t119"."la_code" AS "la_code_right",
                          "t119"."clav_person_id",
                          "t119"."clav_cla_visit_date"
                        FROM (
                          SELECT
                            "t235"."la_code",
                            "t235"."month",
                            "t235"."month_end",
                            "t235"."rolling_start",
                            "t235"."person_id",
                            "t235"."cla_id",
                            "t235"."episode_start",
                            "t235"."placement_start",
                            "t235"."long_term",
                            COALESCE("t235"."placement_start", "t235"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t179"."la_code",
                              "t179"."month",
                              "t179"."month_end",
                              "t179"."rolling_start",
                              "t179"."person_id",
                              "t179"."cla_id",
                              "t179"."episode_start",
                              "t199"."placement_start",
                              "t199"."long_term"
                            FROM "cohort_looked_after" AS "t179"
                            LEFT OUTER JOIN (
                              SELECT
                                "t99"."la_code",
                                "t19"."month",
                                "t99"."clap_cla_id" AS "cla_id",
                                "t99"."clap_cla_placement_start_date" AS "placement_start",
                                "t99"."clap_long_term" AS "long_term"
                              FROM "t79" AS "t99"
                              INNER JOIN "_months" AS "t19"
                                ON "t99"."clap_cla_placement_start_date" <= "t19"."month_end"
                                AND COALESCE("t99"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t19"."month_end"
                              ANTI JOIN (
                                SELECT
                                  "t99"."la_code",
                                  "t99"."clap_cla_placement_id" AS "_superseded",
                                  "t100"."clap_cla_placement_start_date" AS "_start",
                                  "t100"."clap_cla_placement_end_date" AS "_end",
                                  "t20"."month",
                                  "t20"."month_end",
                                  "t20"."rolling_start",
                                  "t20"."pop_year"
                                FROM "t79" AS "t99"
                                INNER JOIN "t79" AS "t100"
                                  ON "t99"."la_code" = "t100"."la_code"
                                  AND "t99"."clap_cla_id" = "t100"."clap_cla_id"
                                  AND (
                                    (
                                      "t100"."clap_cla_placement_start_date" > "t99"."clap_cla_placement_start_date"
                                    )
                                    OR (
                                      (
                                        "t100"."clap_cla_placement_start_date" = "t99"."clap_cla_placement_start_date"
                                      )
                                      AND (
                                        "t100"."clap_cla_placement_id" > "t99"."clap_cla_placement_id"
                                      )
                                    )
                                  )
                                  AND (
                                    (
                                      "t99"."clap_cla_placement_end_date" IS NULL
                                    )
                                    OR (
                                      "t100"."clap_cla_placement_start_date" < "t99"."clap_cla_placement_end_date"
                                    )
                                  )
                                INNER JOIN "_months" AS "t20"
                                  ON "t100"."clap_cla_placement_start_date" <= "t20"."month_end"
                                  AND COALESCE("t100"."clap_cla_placement_end_date", MAKE_DATE(9999, 12, 31)) > "t20"."month_end"
                              ) AS "t162"
                                ON "t99"."la_code" = "t162"."la_code"
                                AND "t19"."month" = "t162"."month"
                                AND "t99"."clap_cla_placement_id" = "t162"."_superseded"
                            ) AS "t199"
                              ON "t179"."la_code" = "t199"."la_code"
                              AND "t179"."month" = "t199"."month"
                              AND "t179"."cla_id" = "t199"."cla_id"
                          ) AS "t235"
                          WHERE
                            COALESCE("t235"."placement_start", "t235"."episode_start") <= (
                              "t235"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t270"
                        INNER JOIN (
                          SELECT
                            "t88"."la_code",
                            "t88"."clav_person_id",
                            "t88"."clav_cla_visit_date"
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
                                  FROM "t21"
                                )
                            ) AS "t48"
                            WHERE
                              COALESCE("t48"."clav_cla_visit_seen", FALSE)
                              OR NOT (
                                "t48"."la_code" IN (
                                  SELECT
                                    "t15"."la_code"
                                  FROM "_supplied" AS "t15"
                                  WHERE
                                    "t15"."table_name" = 'ssd_cla_visits'
                                    AND "t15"."column_name" = 'clav_cla_visit_seen'
                                )
                              )
                          ) AS "t88"
                        ) AS "t119"
                          ON "t270"."la_code" = "t119"."la_code"
                          AND "t270"."person_id" = "t119"."clav_person_id"
                          AND "t119"."clav_cla_visit_date" >= "t270"."p"
                          AND "t119"."clav_cla_visit_date" <= "t270"."month_end"
                      ) AS "t298"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t317"
                      ON "t270"."la_code" = "t317"."la_code"
                      AND "t270"."month" = "t317"."month"
                      AND "t270"."person_id" = "t317"."person_id"
                  ) AS "t330"
                ) AS "t344"
                GROUP BY
                  1,
                  2
              ) AS "t357"
                ON "t18"."la_code" = "t357"."la_code" AND "t19"."month" = "t357"."month"
            ) AS "t360"
            ORDER BY
              "t360"."la_code" ASC,
              "t360"."month" ASC
          ) AS "t368"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t369"."la_code",
              "t369"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t369"."numerator",
              "t369"."denominator",
              "t369"."excluded",
              CASE
                WHEN "t369"."denominator" > 0
                THEN (
                  CAST("t369"."numerator" AS DOUBLE) / "t369"."denominator"
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
                  "t358"."la_code",
                  "t358"."month",
                  SUM(CAST("t358"."_kept" AND COALESCE("t358"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t358"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t351"."la_code",
                    "t351"."month",
                    "t351"."month_end",
                    "t351"."first_due",
                    "t351"."person_id",
                    "t351"."period_start",
                    "t351"."plan_id",
                    "t351"."held_n",
                    "t351"."late_n",
                    "t351"."last",
                    CASE
                      WHEN COALESCE("t351"."held_n", 0) = 0
                      THEN "t351"."first_due"
                      WHEN COALESCE("t351"."held_n", 0) = 1
                      THEN "t351"."last" + INTERVAL '3' MONTH
                      ELSE "t351"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t351"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t351"."held_n", 0) = 0
                        THEN "t351"."first_due"
                        WHEN COALESCE("t351"."held_n", 0) = 1
                        THEN "t351"."last" + INTERVAL '3' MONTH
                        ELSE "t351"."last" + INTERVAL '6' MONTH
                      END > "t351"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t308"."la_code",
                      "t308"."month",
                      "t308"."month_end",
                      "t308"."first_due",
                      "t308"."person_id",
                      "t308"."period_start",
                      "t308"."plan_id",
                      "t340"."held_n",
                      "t340"."late_n",
                      "t340"."last"
                    FROM (
                      SELECT
                        "t282"."la_code",
                        "t282"."month",
                        "t282"."month_end",
                        "t282"."wd21" + INTERVAL '-1' DAY AS "first_due",
                        "t282"."person_id",
                        "t282"."period_start",
                        "t282"."cla_id" AS "plan_id"
                      FROM (
                        SELECT
                          "t252"."la_code",
                          "t252"."month",
                          "t252"."month_end",
                          "t252"."rolling_start",
                          "t252"."person_id",
                          "t252"."cla_id",
                          "t252"."episode_start",
                          "t252"."first_episode_start",
                          "t252"."clae_person_id",
                          "t252"."period_start",
                          "t252"."wd_in_care",
                          "t30"."wd21"
                        FROM (
                          SELECT
                            "t216"."la_code",
                            "t216"."month",
                            "t216"."month_end",
                            "t216"."rolling_start",
                            "t216"."person_id",
                            "t216"."cla_id",
                            "t216"."episode_start",
                            "t216"."first_episode_start",
                            "t216"."clae_person_id",
                            "t216"."period_start",
                            "t216"."_wd_b" - "t216"."_wd_a" AS "wd_in_care"
                          FROM (
                            SELECT
                              "t179"."la_code",
                              "t179"."month",
                              "t179"."month_end",
                              "t179"."rolling_start",
                              "t179"."person_id",
                              "t179"."cla_id",
                              "t179"."episode_start",
                              "t133"."first_episode_start",
                              "t133"."clae_person_id",
                              "t133"."period_start",
                              "t35"."_wd_a",
                              "t37"."_wd_b"
                            FROM "cohort_looked_after" AS "t179"
                            INNER JOIN "cohort_period_starts" AS "t133"
                              ON "t179"."la_code" = "t133"."la_code" AND "t179"."cla_id" = "t133"."cla_id"
                            LEFT OUTER JOIN "t22" AS "t35"
                              ON "t133"."period_start" = "t35"."_wd_a__date"
                            LEFT OUTER JOIN "t23" AS "t37"
                              ON "t179"."month_end" = "t37"."_wd_b__date"
                          ) AS "t216"
                          WHERE
                            (
                              "t216"."_wd_b" - "t216"."_wd_a"
                            ) > 20
                        ) AS "t252"
                        LEFT OUTER JOIN (
                          SELECT
                            "t8"."wd_ordinal" AS "_wd_from",
                            "t8"."date" AS "_wd_from__date"
                          FROM "_calendar" AS "t8"
                        ) AS "t29"
                          ON "t252"."period_start" = "t29"."_wd_from__date"
                        LEFT OUTER JOIN (
                          SELECT
                            "t8"."wd_ordinal" AS "_wd_to",
                            "t8"."date" AS "wd21"
                          FROM "_calendar" AS "t8"
                          WHERE
                            "t8"."is_working_day"
                        ) AS "t30"
                          ON (
                            "t29"."_wd_from" + 21
                          ) = "t30"."_wd_to"
                      ) AS "t282"
                    ) AS "t308"
                    LEFT OUTER JOIN (
                      SELECT
                        "t333"."la_code",
                        "t333"."plan_id",
                        "t333"."month",
                        COUNT("t333"."k") AS "held_n",
                        SUM(CAST("t333"."late" AS BIGINT)) AS "late_n",
                        MAX("t333"."date") AS "last"
                      FROM (
                        SELECT
                          "t308"."la_code",
                          "t308"."month",
                          "t308"."month_end",
                          "t308"."first_due",
                          "t308"."person_id",
                          "t308"."period_start",
                          "t308"."plan_id",
                          "t321"."la_code" AS "la_code_right",
                          "t321"."plan_id" AS "plan_id_right",
                          "t321"."date",
                          "t321"."k",
                          "t321"."late"
                        FROM (
                          SELECT
                            "t282"."la_code",
                            "t282"."month",
                            "t282"."month_end",
                            "t282"."wd21" + INTERVAL '-1' DAY AS "first_due",
                            "t282"."person_id",
                            "t282"."period_start",
                            "t282"."cla_id" AS "plan_id"
                          FROM (
                            SELECT
                              "t252"."la_code",
                              "t252"."month",
                              "t252"."month_end",
                              "t252"."rolling_start",
                              "t252"."person_id",
                              "t252"."cla_id",
                              "t252"."episode_start",
                              "t252"."first_episode_start",
                              "t252"."clae_person_id",
                              "t252"."period_start",
                              "t252"."wd_in_care",
                              "t30"."wd21"
                            FROM (
                              SELECT
                                "t216"."la_code",
                                "t216"."month",
                                "t216"."month_end",
                                "t216"."rolling_start",
                                "t216"."person_id",
                                "t216"."cla_id",
                                "t216"."episode_start",
                                "t216"."first_episode_start",
                                "t216"."clae_person_id",
                                "t216"."period_start",
                                "t216"."_wd_b" - "t216"."_wd_a" AS "wd_in_care"
                              FROM (
                                SELECT
                                  "t179"."la_code",
                                  "t179"."month",
                                  "t179"."month_end",
                                  "t179"."rolling_start",
                                  "t179"."person_id",
                                  "t179"."cla_id",
                                  "t179"."episode_start",
                                  "t133"."first_episode_start",
                                  "t133"."clae_person_id",
                                  "t133"."period_start",
                                  "t35"."_wd_a",
                                  "t37"."_wd_b"
                                FROM "cohort_looked_after" AS "t179"
                                INNER JOIN "cohort_period_starts" AS "t133"
                                  ON "t179"."la_code" = "t133"."la_code" AND "t179"."cla_id" = "t133"."cla_id"
                                LEFT OUTER JOIN "t22" AS "t35"
                                  ON "t133"."period_start" = "t35"."_wd_a__date"
                                LEFT OUTER JOIN "t23" AS "t37"
                                  ON "t179"."month_end" = "t37"."_wd_b__date"
                              ) AS "t216"
                              WHERE
                                (
                                  "t216"."_wd_b" - "t216"."_wd_a"
                                ) > 20
                            ) AS "t252"
                            LEFT OUTER JOIN (
                              SELECT
                                "t8"."wd_ordinal" AS "_wd_from",
                                "t8"."date" AS "_wd_from__date"
                              FROM "_calendar" AS "t8"
                            ) AS "t29"
                              ON "t252"."period_start" = "t29"."_wd_from__date"
                            LEFT OUTER JOIN (
                              SELECT
                                "t8"."wd_ordinal" AS "_wd_to",
                                "t8"."date" AS "wd21"
                              FROM "_calendar" AS "t8"
                              WHERE
                                "t8"."is_working_day"
                            ) AS "t30"
                              ON (
                                "t29"."_wd_from" + 21
                              ) = "t30"."_wd_to"
                          ) AS "t282"
                        ) AS "t308"
                        INNER JOIN (
                          SELECT
                            "t289"."la_code",
                            "t289"."plan_id",
                            "t289"."date",
                            "t289"."k",
                            "t289"."date" > CASE
                              WHEN "t289"."k" = 0
                              THEN "t289"."first_due"
                              WHEN "t289"."k" = 1
                              THEN "t289"."prev" + INTERVAL '3' MONTH
                              ELSE "t289"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t254"."la_code",
                              "t254"."plan_id",
                              "t254"."date",
                              "t254"."review_id",
                              "t254"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t254"."la_code", "t254"."plan_id"
                                ORDER BY "t254"."date" ASC, "t254"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t254"."date") OVER (
                                PARTITION BY "t254"."la_code", "t254"."plan_id"
                                ORDER BY "t254"."date" ASC, "t254"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t234"."la_code",
                                "t234"."clar_cla_id" AS "plan_id",
                                "t234"."clar_cla_review_date" AS "date",
                                "t234"."clar_cla_review_id" AS "review_id",
                                "t234"."wd21" + INTERVAL '-1' DAY AS "first_due"
                              FROM (
                                SELECT
                                  "t197"."la_code",
                                  "t197"."clar_cla_review_id",
                                  "t197"."clar_cla_id",
                                  "t197"."clar_cla_review_due_date",
                                  "t197"."clar_cla_review_date",
                                  "t197"."clar_cla_review_cancelled",
                                  "t197"."first_episode_start",
                                  "t197"."clae_person_id",
                                  "t197"."cla_id",
                                  "t197"."period_start",
                                  "t30"."wd21"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t90"."la_code",
                                      "t90"."clar_cla_review_id",
                                      "t90"."clar_cla_id",
                                      "t90"."clar_cla_review_due_date",
                                      "t90"."clar_cla_review_date",
                                      "t90"."clar_cla_review_cancelled",
                                      "t133"."first_episode_start",
                                      "t133"."clae_person_id",
                                      "t133"."cla_id",
                                      "t133"."period_start"
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
                                      ) AS "t51"
                                      WHERE
                                        NOT (
                                          COALESCE("t51"."clar_cla_review_cancelled", FALSE)
                                        )
                                    ) AS "t90"
                                    INNER JOIN "cohort_period_starts" AS "t133"
                                      ON "t90"."la_code" = "t133"."la_code" AND "t90"."clar_cla_id" = "t133"."cla_id"
                                  ) AS "t171"
                                  WHERE
                                    "t171"."clar_cla_review_date" >= "t171"."period_start"
                                ) AS "t197"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t8"."wd_ordinal" AS "_wd_from",
                                    "t8"."date" AS "_wd_from__date"
                                  FROM "_calendar" AS "t8"
                                ) AS "t29"
                                  ON "t197"."period_start" = "t29"."_wd_from__date"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t8"."wd_ordinal" AS "_wd_to",
                                    "t8"."date" AS "wd21"
                                  FROM "_calendar" AS "t8"
                                  WHERE
                                    "t8"."is_working_day"
                                ) AS "t30"
                                  ON (
                                    "t29"."_wd_from" + 21
                                  ) = "t30"."_wd_to"
                              ) AS "t234"
                            ) AS "t254"
                          ) AS "t289"
                        ) AS "t321"
                          ON "t308"."la_code" = "t321"."la_code"
                          AND "t308"."plan_id" = "t321"."plan_id"
                          AND "t321"."date" <= "t308"."month_end"
                      ) AS "t333"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t340"
                      ON "t308"."la_code" = "t340"."la_code"
                      AND "t308"."plan_id" = "t340"."plan_id"
                      AND "t308"."month" = "t340"."month"
                  ) AS "t351"
                ) AS "t358"
                GROUP BY
                  1,
                  2
              ) AS "t367"
                ON "t18"."la_code" = "t367"."la_code" AND "t19"."month" = "t367"."month"
            ) AS "t369"
            ORDER BY
              "t369"."la_code" ASC,
              "t369"."month" ASC
          ) AS "t370"
        ) AS "t371"
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
              "t337"."la_code",
              "t337"."month",
              'cla_3plus_placements' AS "indicator",
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
                COALESCE("t328"."numerator", 0) AS "numerator",
                COALESCE("t328"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t303"."la_code",
                  "t303"."month",
                  SUM(CAST("t303"."_kept" AND COALESCE("t303"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t303"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t276"."la_code",
                    "t276"."month",
                    "t276"."month_end",
                    "t276"."rolling_start",
                    "t276"."person_id",
                    "t276"."cla_id",
                    "t276"."episode_start",
                    "t276"."placements",
                    COALESCE("t276"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t179"."la_code",
                      "t179"."month",
                      "t179"."month_end",
                      "t179"."rolling_start",
                      "t179"."person_id",
                      "t179"."cla_id",
                      "t179"."episode_start",
                      "t245"."placements"
                    FROM "cohort_looked_after" AS "t179"
                    LEFT OUTER JOIN (
                      SELECT
                        "t222"."la_code",
                        "t222"."month",
                        "t222"."person_id",
                        COUNT(*) AS "placements"
                      FROM (
                        SELECT
                          "t179"."la_code",
                          "t179"."month",
                          "t179"."month_end",
                          "t179"."rolling_start",
                          "t179"."person_id",
                          "t179"."cla_id",
                          "t179"."episode_start",
                          "t129"."la_code" AS "la_code_right",
                          "t129"."clap_cla_placement_id",
                          "t129"."clap_cla_id",
                          "t129"."clap_cla_placement_start_date",
                          "t129"."clap_cla_placement_end_date",
                          "t129"."clap_cla_placement_type",
                          "t129"."clap_long_term",
                          "t129"."cla_id" AS "cla_id_right",
                          "t129"."person_id" AS "person_id_right"
                        FROM "cohort_looked_after" AS "t179"
                        INNER JOIN (
                          SELECT
                            "t69"."la_code",
                            "t69"."clap_cla_placement_id",
                            "t69"."clap_cla_id",
                            "t69"."clap_cla_placement_start_date",
                            "t69"."clap_cla_placement_end_date",
                            "t69"."clap_cla_placement_type",
                            "t69"."clap_long_term",
                            "t77"."cla_id",
                            "t77"."person_id"
                          FROM "t49" AS "t69"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t59"."la_code",
                              "t59"."clae_cla_id" AS "cla_id",
                              "t59"."clae_person_id" AS "person_id"
                            FROM "t45" AS "t59"
                          ) AS "t77"
                            ON "t69"."la_code" = "t77"."la_code" AND "t69"."clap_cla_id" = "t77"."cla_id"
                        ) AS "t129"
                          ON "t179"."la_code" = "t129"."la_code"
                          AND "t179"."person_id" = "t129"."person_id"
                          AND "t129"."clap_cla_placement_start_date" <= "t179"."month_end"
                          AND (
                            (
                              "t129"."clap_cla_placement_end_date" IS NULL
                            )
                            OR (
                              "t129"."clap_cla_placement_end_date" >= "t179"."rolling_start"
                            )
                          )
                      ) AS "t222"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t245"
                      ON "t179"."la_code" = "t245"."la_code"
                      AND "t179"."month" = "t245"."month"
                      AND "t179"."person_id" = "t245"."person_id"
                  ) AS "t276"
                ) AS "t303"
                GROUP BY
                  1,
                  2
              ) AS "t328"
                ON "t18"."la_code" = "t328"."la_code" AND "t19"."month" = "t328"."month"
            ) AS "t337"
            ORDER BY
              "t337"."la_code" ASC,
              "t337"."month" ASC
          ) AS "t350"
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
                COALESCE("t193"."numerator", 0) AS "numerator",
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
                    "t136"."la_code",
                    "t136"."month",
                    "t136"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t136"
                ) AS "t156"
                GROUP BY
                  1,
                  2
              ) AS "t193"
                ON "t18"."la_code" = "t193"."la_code" AND "t19"."month" = "t193"."month"
            ) AS "t227"
            ORDER BY
              "t227"."la_code" ASC,
              "t227"."month" ASC
          ) AS "t247"
        ) AS "t352"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t232"."la_code",
              "t232"."month",
              'cin_per_10k' AS "indicator",
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
                COALESCE("t193"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t195"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t156"."la_code",
                  "t156"."month",
                  SUM(CAST("t156"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t136"."la_code",
                    "t136"."month",
                    "t136"."cine_person_id",
                    TRUE AS "_kept"
                  FROM "cohort_in_need" AS "t136"
                ) AS "t156"
                GROUP BY
                  1,
                  2
              ) AS "t193"
                ON "t18"."la_code" = "t193"."la_code" AND "t19"."month" = "t193"."month"
              INNER JOIN (
                SELECT
                  "t168"."la_code",
                  "t168"."month",
                  "t168"."pop_year",
                  "t168"."population",
                  "t168"."year" AS "year_used"
                FROM (
                  SELECT
                    "t125"."la_code",
                    "t125"."month",
                    "t125"."month_end",
                    "t125"."rolling_start",
                    "t125"."pop_year",
                    "t125"."year",
                    "t125"."population",
                    "t125"."source",
                    "t125"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t125"."la_code", "t125"."month"
                      ORDER BY "t125"."distance" ASC, "t125"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t83"."la_code",
                      "t83"."month",
                      "t83"."month_end",
                      "t83"."rolling_start",
                      "t83"."pop_year",
                      "t83"."year",
                      "t83"."population",
                      "t83"."source",
                      ABS("t83"."year" - "t83"."pop_year") AS "distance"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t19"."month",
                        "t19"."month_end",
                        "t19"."rolling_start",
                        "t19"."pop_year",
                        "t57"."year",
                        "t57"."population",
                        "t57"."source"
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
                      ) AS "t57"
                        ON "t18"."la_code" = "t57"."la_code"
                    ) AS "t83"
                  ) AS "t125"
                ) AS "t168"
                WHERE
                  "t168"."rank" = 0
              ) AS "t195"
                ON "t18"."la_code" = "t195"."la_code" AND "t19"."month" = "t195"."month"
            ) AS "t232"
            ORDER BY
              "t232"."la_code" ASC,
              "t232"."month" ASC
          ) AS "t269"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t315"."la_code",
              "t315"."month",
              'caseload_mean' AS "indicator",
              "t315"."numerator",
              "t315"."denominator",
              "t315"."excluded",
              CASE
                WHEN "t315"."denominator" > 0
                THEN (
                  CAST("t315"."numerator" AS DOUBLE) / "t315"."denominator"
                ) * 1
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t297"."numerator", 0) AS "numerator",
                COALESCE("t297"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t255"."la_code",
                  "t255"."month",
                  SUM(CASE WHEN "t255"."_kept" THEN COALESCE("t255"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t255"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t240"."la_code",
                    "t240"."month",
                    "t240"."worker_id",
                    "t240"."team_id",
                    "t240"."amount",
                    TRUE AS "_kept"
                  FROM "cohort_caseloads" AS "t240"
                ) AS "t255"
                GROUP BY
                  1,
                  2
              ) AS "t297"
                ON "t18"."la_code" = "t297"."la_code" AND "t19"."month" = "t297"."month"
            ) AS "t315"
            ORDER BY
              "t315"."la_code" ASC,
              "t315"."month" ASC
          ) AS "t335"
        ) AS "t336"
      ) AS "t354"
    ) AS "t373"
  ) AS "t374"
) AS "t375"
ORDER BY
  "t375"."indicator" ASC,
  "t375"."la_code" ASC,
  "t375"."month" ASC
