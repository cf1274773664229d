-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "catalogue"}
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
), "t88" AS (
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
), "t101" AS (
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
    AND (
      (
        "t65"."cppl_cp_plan_end_date" IS NULL
      )
      OR (
        "t65"."cppl_cp_plan_end_date" > "t19"."month_end"
      )
    )
), "t104" AS (
  SELECT
    "t75"."la_code",
    "t75"."first_episode_start",
    "t75"."clae_person_id",
    "t75"."clae_cla_id" AS "cla_id",
    COALESCE("t75"."entered", "t75"."first_episode_start") AS "period_start"
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
  ) AS "t75"
), "t134" AS (
  SELECT
    "t112"."la_code",
    "t112"."month",
    "t112"."month_end",
    "t112"."cppl_person_id",
    MIN("t112"."cppl_cp_plan_start_date") AS "start"
  FROM "t101" AS "t112"
  GROUP BY
    1,
    2,
    3,
    4
), "t146" AS (
  SELECT
    "t103"."la_code",
    "t103"."clae_cla_episode_id",
    "t103"."clae_person_id",
    "t103"."clae_cla_id",
    "t103"."clae_cla_episode_start_date",
    "t103"."clae_cla_episode_ceased_date",
    "t103"."clae_entered_care_date",
    "t103"."clae_cla_placement_id",
    "t103"."month",
    "t103"."month_end",
    "t103"."rolling_start",
    "t103"."pop_year",
    ROW_NUMBER() OVER (
      PARTITION BY "t103"."la_code", "t103"."month", "t103"."clae_person_id"
      ORDER BY "t103"."clae_cla_episode_start_date" DESC, "t103"."clae_cla_episode_id" DESC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "rank"
  FROM (
    SELECT
      "t67"."la_code",
      "t67"."clae_cla_episode_id",
      "t67"."clae_person_id",
      "t67"."clae_cla_id",
      "t67"."clae_cla_episode_start_date",
      "t67"."clae_cla_episode_ceased_date",
      "t67"."clae_entered_care_date",
      "t67"."clae_cla_placement_id",
      "t19"."month",
      "t19"."month_end",
      "t19"."rolling_start",
      "t19"."pop_year"
    FROM "t45" AS "t67"
    INNER JOIN "_months" AS "t19"
      ON "t67"."clae_cla_episode_start_date" <= "t19"."month_end"
      AND (
        (
          "t67"."clae_cla_episode_ceased_date" IS NULL
        )
        OR (
          "t67"."clae_cla_episode_ceased_date" > "t19"."month_end"
        )
      )
  ) AS "t103"
), "t186" AS (
  SELECT
    "t147"."la_code",
    "t147"."invo_involvements_id",
    "t147"."invo_person_id",
    "t147"."invo_professional_id",
    "t147"."invo_professional_role_id",
    "t147"."invo_professional_team",
    "t147"."invo_involvement_start_date",
    "t147"."invo_involvement_end_date",
    "t147"."invo_worker_change_reason",
    "t147"."invo_referral_id",
    "t147"."_start",
    "t147"."_end",
    "t147"."month",
    "t147"."month_end",
    "t147"."rolling_start",
    "t147"."pop_year",
    ROW_NUMBER() OVER (
      PARTITION BY "t147"."la_code", "t147"."month", "t147"."invo_person_id"
      ORDER BY "t147"."invo_involvement_start_date" DESC, "t147"."invo_involvements_id" DESC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "_rank"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t77"."la_code",
        "t77"."invo_involvements_id",
        "t77"."invo_person_id",
        "t77"."invo_professional_id",
        "t77"."invo_professional_role_id",
        "t77"."invo_professional_team",
        "t77"."invo_involvement_start_date",
        "t77"."invo_involvement_end_date",
        "t77"."invo_worker_change_reason",
        "t77"."invo_referral_id",
        "t77"."_start",
        "t77"."_end",
        "t19"."month",
        "t19"."month_end",
        "t19"."rolling_start",
        "t19"."pop_year"
      FROM (
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
      ) AS "t77"
      INNER JOIN "_months" AS "t19"
        ON "t77"."_start" <= "t19"."month_end"
        AND (
          (
            "t77"."_end" IS NULL
          ) OR (
            "t77"."_end" > "t19"."month_end"
          )
        )
    ) AS "t126"
    WHERE
      "t126"."invo_professional_id" IS NOT NULL
  ) AS "t147"
), "t240" AS (
  SELECT
    "t216"."la_code",
    "t216"."month",
    "t216"."worker_id",
    MAX("t216"."team_id") AS "team_id",
    COUNT(DISTINCT "t216"."person_id") AS "amount"
  FROM (
    SELECT
      "t193"."la_code",
      "t193"."month",
      "t193"."invo_person_id" AS "person_id",
      "t193"."invo_professional_id" AS "worker_id",
      "t193"."invo_professional_team" AS "team_id"
    FROM "t186" AS "t193"
    WHERE
      "t193"."_rank" = 0
  ) AS "t216"
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
            "t319"."la_code",
            "t319"."month",
            'caseload_over_policy' AS "indicator",
            "t319"."numerator",
            "t319"."denominator",
            "t319"."excluded",
            CASE
              WHEN "t319"."denominator" > 0
              THEN (
                CAST("t319"."numerator" AS DOUBLE) / "t319"."denominator"
              ) * 100
              ELSE NULL
            END AS "value"
          FROM (
            SELECT
              "t18"."la_code",
              "t19"."month",
              COALESCE("t307"."numerator", 0) AS "numerator",
              COALESCE("t307"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t269"."la_code",
                "t269"."month",
                SUM(CAST("t269"."_kept" AND COALESCE("t269"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t269"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t246"."la_code",
                  "t246"."month",
                  "t246"."worker_id",
                  "t246"."team_id",
                  "t246"."amount",
                  "t246"."amount" > 18 AS "hit",
                  TRUE AS "_kept"
                FROM "t240" AS "t246"
              ) AS "t269"
              GROUP BY
                1,
                2
            ) AS "t307"
              ON "t18"."la_code" = "t307"."la_code" AND "t19"."month" = "t307"."month"
          ) AS "t319"
          ORDER BY
            "t319"."la_code" ASC,
            "t319"."month" ASC
        ) AS "t333"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t324"."la_code",
            "t324"."month",
            'unallocated_cp_cla' AS "indicator",
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
              COALESCE("t310"."numerator", 0) AS "numerator",
              COALESCE("t310"."denominator", 0) AS "denominator",
              0 AS "excluded"
            FROM "_councils" AS "t18"
            CROSS JOIN "_months" AS "t19"
            LEFT OUTER JOIN (
              SELECT
                "t275"."la_code",
                "t275"."month",
                SUM(CAST("t275"."_kept" AND COALESCE("t275"."hit", FALSE) AS BIGINT)) AS "numerator",
                SUM(CAST("t275"."_kept" AS BIGINT)) AS "denominator"
              FROM (
                SELECT
                  "t253"."la_code",
                  "t253"."month",
                  "t253"."person_id",
                  "t253"."worker_id",
                  "t253"."worker_id" IS NULL AS "hit",
                  TRUE AS "_kept"
                FROM (
                  SELECT
                    "t192"."la_code",
                    "t192"."month",
                    "t192"."person_id",
                    "t227"."worker_id"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t144"."la_code",
                        "t144"."month",
                        "t144"."cppl_person_id" AS "person_id"
                      FROM "t134" AS "t144"
                    ) AS "t162"
                    UNION
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t157"."la_code",
                        "t157"."month",
                        "t157"."clae_person_id" AS "person_id"
                      FROM "t146" AS "t157"
                      WHERE
                        "t157"."rank" = 0
                    ) AS "t174"
                  ) AS "t192"
                  LEFT OUTER JOIN (
                    SELECT
                      "t193"."la_code",
                      "t193"."month",
                      "t193"."invo_person_id" AS "person_id",
                      "t193"."invo_professional_id" AS "worker_id"
                    FROM "t186" AS "t193"
                    WHERE
                      "t193"."_rank" = 0
                  ) AS "t227"
                    ON "t192"."la_code" = "t227"."la_code"
                    AND "t192"."month" = "t227"."month"
                    AND "t192"."person_id" = "t227"."person_id"
                ) AS "t253"
              ) AS "t275"
              GROUP BY
                1,
                2
            ) AS "t310"
              ON "t18"."la_code" = "t310"."la_code" AND "t19"."month" = "t310"."month"
          ) AS "t324"
          ORDER BY
            "t324"."la_code" ASC,
            "t324"."month" ASC
        ) AS "t336"
      ) AS "t339"
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
              "t188"."la_code",
              "t188"."month",
              'contacts' AS "indicator",
              "t188"."numerator",
              "t188"."denominator",
              "t188"."excluded",
              CAST("t188"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t160"."numerator", 0) AS "numerator",
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
                    "t98"."la_code",
                    "t98"."cont_contact_id",
                    "t98"."cont_person_id",
                    "t98"."cont_contact_date",
                    "t98"."cont_contact_source_code",
                    "t98"."cont_contact_outcome_json",
                    "t98"."cont_screening_date",
                    "t98"."cont_screened_by_qualified",
                    "t98"."month",
                    "t98"."month_end",
                    "t98"."rolling_start",
                    "t98"."pop_year",
                    TRUE AS "_kept"
                  FROM "t88" AS "t98"
                ) AS "t117"
                GROUP BY
                  1,
                  2
              ) AS "t160"
                ON "t18"."la_code" = "t160"."la_code" AND "t19"."month" = "t160"."month"
            ) AS "t188"
            ORDER BY
              "t188"."la_code" ASC,
              "t188"."month" ASC
          ) AS "t211"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t234"."la_code",
              "t234"."month",
              'contacts_screened_24h' AS "indicator",
              "t234"."numerator",
              "t234"."denominator",
              "t234"."excluded",
              CASE
                WHEN "t234"."denominator" > 0
                THEN (
                  CAST("t234"."numerator" AS DOUBLE) / "t234"."denominator"
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
                  "t148"."la_code",
                  "t148"."month",
                  SUM(CAST("t148"."_kept" AND COALESCE("t148"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t148"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t98"."la_code",
                    "t98"."cont_contact_id",
                    "t98"."cont_person_id",
                    "t98"."cont_contact_date",
                    "t98"."cont_contact_source_code",
                    "t98"."cont_contact_outcome_json",
                    "t98"."cont_screening_date",
                    "t98"."cont_screened_by_qualified",
                    "t98"."month",
                    "t98"."month_end",
                    "t98"."rolling_start",
                    "t98"."pop_year",
                    (
                      "t98"."cont_screening_date" IS NOT NULL
                    )
                    AND (
                      "t98"."cont_screening_date" <= (
                        "t98"."cont_contact_date" + INTERVAL '24' HOUR
                      )
                    )
                    AND (
                      (
                        "t98"."cont_screened_by_qualified" IS NULL
                      )
                      OR "t98"."cont_screened_by_qualified"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t88" AS "t98"
                ) AS "t148"
                GROUP BY
                  1,
                  2
              ) AS "t202"
                ON "t18"."la_code" = "t202"."la_code" AND "t19"."month" = "t202"."month"
            ) AS "t234"
            ORDER BY
              "t234"."la_code" ASC,
              "t234"."month" ASC
          ) AS "t276"
        ) AS "t285"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t228"."la_code",
              "t228"."month",
              'contacts_to_referral' AS "indicator",
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
                COALESCE("t196"."numerator", 0) AS "numerator",
                COALESCE("t196"."denominator", 0) AS "denominator",
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
                    "t98"."la_code",
                    "t98"."cont_contact_id",
                    "t98"."cont_person_id",
                    "t98"."cont_contact_date",
                    "t98"."cont_contact_source_code",
                    "t98"."cont_contact_outcome_json",
                    "t98"."cont_screening_date",
                    "t98"."cont_screened_by_qualified",
                    "t98"."month",
                    "t98"."month_end",
                    "t98"."rolling_start",
                    "t98"."pop_year",
                    COALESCE(
                      REGEXP_MATCHES(
                        UPPER("t98"."cont_contact_outcome_json"),
                        'NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
                      ),
                      FALSE
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM "t88" AS "t98"
                ) AS "t138"
                GROUP BY
                  1,
                  2
              ) AS "t196"
                ON "t18"."la_code" = "t196"."la_code" AND "t19"."month" = "t196"."month"
            ) AS "t228"
            ORDER BY
              "t228"."la_code" ASC,
              "t228"."month" ASC
          ) AS "t270"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t177"."la_code",
              "t177"."month",
              'referrals' AS "indicator",
              "t177"."numerator",
              "t177"."denominator",
              "t177"."excluded",
              CAST("t177"."numerator" AS DOUBLE) AS "value"
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
                  "t107"."la_code",
                  "t107"."month",
                  SUM(CAST("t107"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t89"."la_code",
                    "t89"."cine_referral_id",
                    "t89"."cine_person_id",
                    "t89"."cine_referral_date",
                    "t89"."cine_referral_source_code",
                    "t89"."cine_referral_nfa",
                    "t89"."cine_cin_primary_need_code",
                    "t89"."cine_close_date",
                    "t89"."cine_close_reason",
                    "t89"."month",
                    "t89"."month_end",
                    "t89"."rolling_start",
                    "t89"."pop_year",
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
                  ) AS "t89"
                ) AS "t107"
                GROUP BY
                  1,
                  2
              ) AS "t150"
                ON "t18"."la_code" = "t150"."la_code" AND "t19"."month" = "t150"."month"
            ) AS "t177"
            ORDER BY
              "t177"."la_code" ASC,
              "t177"."month" ASC
          ) AS "t203"
        ) AS "t277"
      ) AS "t290"
    ) AS "t342"
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
              "t221"."la_code",
              "t221"."month",
              'referrals_per_10k' AS "indicator",
              "t221"."numerator",
              "t221"."denominator",
              "t221"."excluded",
              (
                CAST("t221"."numerator" AS DOUBLE) / "t221"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t151"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t191"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t108"."la_code",
                  "t108"."month",
                  SUM(CAST("t108"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t90"."la_code",
                    "t90"."cine_referral_id",
                    "t90"."cine_person_id",
                    "t90"."cine_referral_date",
                    "t90"."cine_referral_source_code",
                    "t90"."cine_referral_nfa",
                    "t90"."cine_cin_primary_need_code",
                    "t90"."cine_close_date",
                    "t90"."cine_close_reason",
                    "t90"."month",
                    "t90"."month_end",
                    "t90"."rolling_start",
                    "t90"."pop_year",
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
                  ) AS "t90"
                ) AS "t108"
                GROUP BY
                  1,
                  2
              ) AS "t151"
                ON "t18"."la_code" = "t151"."la_code" AND "t19"."month" = "t151"."month"
              INNER JOIN (
                SELECT
                  "t165"."la_code",
                  "t165"."month",
                  "t165"."pop_year",
                  "t165"."population",
                  "t165"."year" AS "year_used"
                FROM (
                  SELECT
                    "t121"."la_code",
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    "t121"."year",
                    "t121"."population",
                    "t121"."source",
                    "t121"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."la_code", "t121"."month"
                      ORDER BY "t121"."distance" ASC, "t121"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."month",
                      "t82"."month_end",
                      "t82"."rolling_start",
                      "t82"."pop_year",
                      "t82"."year",
                      "t82"."population",
                      "t82"."source",
                      ABS("t82"."year" - "t82"."pop_year") AS "distance"
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
                    ) AS "t82"
                  ) AS "t121"
                ) AS "t165"
                WHERE
                  "t165"."rank" = 0
              ) AS "t191"
                ON "t18"."la_code" = "t191"."la_code" AND "t19"."month" = "t191"."month"
            ) AS "t221"
            ORDER BY
              "t221"."la_code" ASC,
              "t221"."month" ASC
          ) AS "t256"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t254"."la_code",
              "t254"."month",
              'rereferrals_12m' AS "indicator",
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
                COALESCE("t229"."numerator", 0) AS "numerator",
                COALESCE("t229"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t170"."la_code",
                  "t170"."month",
                  SUM(CAST("t170"."_kept" AND COALESCE("t170"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t170"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t161"."la_code",
                    "t161"."cine_referral_id",
                    "t161"."cine_person_id",
                    "t161"."cine_referral_date",
                    "t161"."hit",
                    "t161"."month",
                    "t161"."month_end",
                    "t161"."rolling_start",
                    "t161"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t62"."la_code",
                      "t62"."cine_referral_id",
                      "t62"."cine_person_id",
                      "t62"."cine_referral_date",
                      COALESCE("t127"."hit", FALSE) AS "hit",
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
                      ) AS "t99"
                    ) AS "t127"
                      ON "t62"."la_code" = "t127"."la_code"
                      AND "t62"."cine_referral_id" = "t127"."cine_referral_id"
                    INNER JOIN "_months" AS "t20"
                      ON "t62"."cine_referral_date" >= "t20"."rolling_start"
                      AND "t62"."cine_referral_date" <= "t20"."month_end"
                  ) AS "t161"
                ) AS "t170"
                GROUP BY
                  1,
                  2
              ) AS "t229"
                ON "t18"."la_code" = "t229"."la_code" AND "t19"."month" = "t229"."month"
            ) AS "t254"
            ORDER BY
              "t254"."la_code" ASC,
              "t254"."month" ASC
          ) AS "t293"
        ) AS "t297"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t169"."la_code",
              "t169"."month",
              'assessments_completed' AS "indicator",
              "t169"."numerator",
              "t169"."denominator",
              "t169"."excluded",
              CAST("t169"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t136"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t96"."la_code",
                  "t96"."month",
                  SUM(CAST("t96"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t80"."la_code",
                    "t80"."cina_assessment_id",
                    "t80"."cina_person_id",
                    "t80"."cina_referral_id",
                    "t80"."cina_assessment_start_date",
                    "t80"."cina_assessment_auth_date",
                    "t80"."cina_assessment_child_seen",
                    "t80"."month",
                    "t80"."month_end",
                    "t80"."rolling_start",
                    "t80"."pop_year",
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
                  ) AS "t80"
                ) AS "t96"
                GROUP BY
                  1,
                  2
              ) AS "t136"
                ON "t18"."la_code" = "t136"."la_code" AND "t19"."month" = "t136"."month"
            ) AS "t169"
            ORDER BY
              "t169"."la_code" ASC,
              "t169"."month" ASC
          ) AS "t194"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t222"."la_code",
              "t222"."month",
              'assessments_per_10k' AS "indicator",
              "t222"."numerator",
              "t222"."denominator",
              "t222"."excluded",
              (
                CAST("t222"."numerator" AS DOUBLE) / "t222"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t137"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t191"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t97"."la_code",
                  "t97"."month",
                  SUM(CAST("t97"."_kept" AS BIGINT)) AS "numerator"
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
                      ON "t52"."cina_assessment_auth_date" >= "t19"."rolling_start"
                      AND "t52"."cina_assessment_auth_date" <= "t19"."month_end"
                  ) AS "t81"
                ) AS "t97"
                GROUP BY
                  1,
                  2
              ) AS "t137"
                ON "t18"."la_code" = "t137"."la_code" AND "t19"."month" = "t137"."month"
              INNER JOIN (
                SELECT
                  "t165"."la_code",
                  "t165"."month",
                  "t165"."pop_year",
                  "t165"."population",
                  "t165"."year" AS "year_used"
                FROM (
                  SELECT
                    "t121"."la_code",
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    "t121"."year",
                    "t121"."population",
                    "t121"."source",
                    "t121"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."la_code", "t121"."month"
                      ORDER BY "t121"."distance" ASC, "t121"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."month",
                      "t82"."month_end",
                      "t82"."rolling_start",
                      "t82"."pop_year",
                      "t82"."year",
                      "t82"."population",
                      "t82"."source",
                      ABS("t82"."year" - "t82"."pop_year") AS "distance"
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
                    ) AS "t82"
                  ) AS "t121"
                ) AS "t165"
                WHERE
                  "t165"."rank" = 0
              ) AS "t191"
                ON "t18"."la_code" = "t191"."la_code" AND "t19"."month" = "t191"."month"
            ) AS "t222"
            ORDER BY
              "t222"."la_code" ASC,
              "t222"."month" ASC
          ) AS "t257"
        ) AS "t267"
      ) AS "t304"
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
              'assessments_in_timescale' AS "indicator",
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
                COALESCE("t255"."numerator", 0) AS "numerator",
                COALESCE("t255"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t205"."la_code",
                  "t205"."month",
                  SUM(CAST("t205"."_kept" AND COALESCE("t205"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t205"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t172"."la_code",
                    "t172"."cina_assessment_id",
                    "t172"."cina_person_id",
                    "t172"."cina_referral_id",
                    "t172"."cina_assessment_start_date",
                    "t172"."cina_assessment_auth_date",
                    "t172"."cina_assessment_child_seen",
                    "t172"."month",
                    "t172"."month_end",
                    "t172"."rolling_start",
                    "t172"."pop_year",
                    "t172"."la_code_right",
                    "t172"."cine_referral_id",
                    "t172"."cine_referral_date",
                    "t172"."_start",
                    "t172"."_wd_b" - "t172"."_wd_a" AS "wd",
                    (
                      "t172"."_wd_b" - "t172"."_wd_a"
                    ) <= 45 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t141"."la_code",
                      "t141"."cina_assessment_id",
                      "t141"."cina_person_id",
                      "t141"."cina_referral_id",
                      "t141"."cina_assessment_start_date",
                      "t141"."cina_assessment_auth_date",
                      "t141"."cina_assessment_child_seen",
                      "t141"."month",
                      "t141"."month_end",
                      "t141"."rolling_start",
                      "t141"."pop_year",
                      "t141"."la_code_right",
                      "t141"."cine_referral_id",
                      "t141"."cine_referral_date",
                      "t141"."_start",
                      "t34"."_wd_a",
                      "t36"."_wd_b"
                    FROM (
                      SELECT
                        "t109"."la_code",
                        "t109"."cina_assessment_id",
                        "t109"."cina_person_id",
                        "t109"."cina_referral_id",
                        "t109"."cina_assessment_start_date",
                        "t109"."cina_assessment_auth_date",
                        "t109"."cina_assessment_child_seen",
                        "t109"."month",
                        "t109"."month_end",
                        "t109"."rolling_start",
                        "t109"."pop_year",
                        "t109"."la_code_right",
                        "t109"."cine_referral_id",
                        "t109"."cine_referral_date",
                        COALESCE("t109"."cine_referral_date", "t109"."cina_assessment_start_date") AS "_start"
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
                          "t73"."la_code" AS "la_code_right",
                          "t73"."cine_referral_id",
                          "t73"."cine_referral_date"
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
                        ) AS "t73"
                          ON "t52"."la_code" = "t73"."la_code"
                          AND "t52"."cina_referral_id" = "t73"."cine_referral_id"
                      ) AS "t109"
                    ) AS "t141"
                    LEFT OUTER JOIN "t22" AS "t34"
                      ON "t141"."_start" = "t34"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t36"
                      ON "t141"."cina_assessment_auth_date" = "t36"."_wd_b__date"
                  ) AS "t172"
                ) AS "t205"
                GROUP BY
                  1,
                  2
              ) AS "t255"
                ON "t18"."la_code" = "t255"."la_code" AND "t19"."month" = "t255"."month"
            ) AS "t286"
            ORDER BY
              "t286"."la_code" ASC,
              "t286"."month" ASC
          ) AS "t311"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t223"."la_code",
              "t223"."month",
              's47_per_10k' AS "indicator",
              "t223"."numerator",
              "t223"."denominator",
              "t223"."excluded",
              (
                CAST("t223"."numerator" AS DOUBLE) / "t223"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t152"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t191"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t110"."la_code",
                  "t110"."month",
                  SUM(CAST("t110"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t91"."la_code",
                    "t91"."s47e_s47_enquiry_id",
                    "t91"."s47e_person_id",
                    "t91"."s47e_referral_id",
                    "t91"."s47e_s47_start_date",
                    "t91"."s47e_s47_end_date",
                    "t91"."s47e_s47_nfa",
                    "t91"."month",
                    "t91"."month_end",
                    "t91"."rolling_start",
                    "t91"."pop_year",
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
                  ) AS "t91"
                ) AS "t110"
                GROUP BY
                  1,
                  2
              ) AS "t152"
                ON "t18"."la_code" = "t152"."la_code" AND "t19"."month" = "t152"."month"
              INNER JOIN (
                SELECT
                  "t165"."la_code",
                  "t165"."month",
                  "t165"."pop_year",
                  "t165"."population",
                  "t165"."year" AS "year_used"
                FROM (
                  SELECT
                    "t121"."la_code",
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    "t121"."year",
                    "t121"."population",
                    "t121"."source",
                    "t121"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."la_code", "t121"."month"
                      ORDER BY "t121"."distance" ASC, "t121"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."month",
                      "t82"."month_end",
                      "t82"."rolling_start",
                      "t82"."pop_year",
                      "t82"."year",
                      "t82"."population",
                      "t82"."source",
                      ABS("t82"."year" - "t82"."pop_year") AS "distance"
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
                    ) AS "t82"
                  ) AS "t121"
                ) AS "t165"
                WHERE
                  "t165"."rank" = 0
              ) AS "t191"
                ON "t18"."la_code" = "t191"."la_code" AND "t19"."month" = "t191"."month"
            ) AS "t223"
            ORDER BY
              "t223"."la_code" ASC,
              "t223"."month" ASC
          ) AS "t258"
        ) AS "t314"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t280"."la_code",
              "t280"."month",
              'icpc_in_15wd' AS "indicator",
              "t280"."numerator",
              "t280"."denominator",
              "t280"."excluded",
              CASE
                WHEN "t280"."denominator" > 0
                THEN (
                  CAST("t280"."numerator" AS DOUBLE) / "t280"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t250"."numerator", 0) AS "numerator",
                COALESCE("t250"."denominator", 0) AS "denominator",
                COALESCE("t250"."excluded", 0) AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t200"."la_code",
                  "t200"."month",
                  SUM(CAST("t200"."_kept" AND COALESCE("t200"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t200"."_kept" AS BIGINT)) AS "denominator",
                  SUM(CAST(COALESCE("t200"."excluded", FALSE) AS BIGINT)) AS "excluded"
                FROM (
                  SELECT
                    "t166"."la_code",
                    "t166"."icpc_icpc_id",
                    "t166"."icpc_person_id",
                    "t166"."icpc_s47_enquiry_id",
                    "t166"."icpc_cp_plan_id",
                    "t166"."icpc_icpc_date",
                    "t166"."icpc_icpc_outcome_cp_flag",
                    "t166"."icpc_icpc_transfer_in",
                    "t166"."month",
                    "t166"."month_end",
                    "t166"."rolling_start",
                    "t166"."pop_year",
                    "t166"."la_code_right",
                    "t166"."s47e_s47_enquiry_id",
                    "t166"."s47e_s47_start_date",
                    "t166"."_wd_b" - "t166"."_wd_a" AS "wd",
                    "t166"."s47e_s47_start_date" IS NULL AS "excluded",
                    (
                      "t166"."_wd_b" - "t166"."_wd_a"
                    ) <= 15 AS "hit",
                    NOT (
                      COALESCE("t166"."s47e_s47_start_date" IS NULL, FALSE)
                    ) AS "_kept"
                  FROM (
                    SELECT
                      "t128"."la_code",
                      "t128"."icpc_icpc_id",
                      "t128"."icpc_person_id",
                      "t128"."icpc_s47_enquiry_id",
                      "t128"."icpc_cp_plan_id",
                      "t128"."icpc_icpc_date",
                      "t128"."icpc_icpc_outcome_cp_flag",
                      "t128"."icpc_icpc_transfer_in",
                      "t128"."month",
                      "t128"."month_end",
                      "t128"."rolling_start",
                      "t128"."pop_year",
                      "t74"."la_code" AS "la_code_right",
                      "t74"."s47e_s47_enquiry_id",
                      "t74"."s47e_s47_start_date",
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
                      ) AS "t83"
                      WHERE
                        NOT (
                          COALESCE("t83"."icpc_icpc_transfer_in", FALSE)
                        )
                    ) AS "t128"
                    LEFT OUTER JOIN (
                      SELECT
                        "t55"."la_code",
                        "t55"."s47e_s47_enquiry_id",
                        "t55"."s47e_s47_start_date"
                      FROM "t41" AS "t55"
                    ) AS "t74"
                      ON "t128"."la_code" = "t74"."la_code"
                      AND "t128"."icpc_s47_enquiry_id" = "t74"."s47e_s47_enquiry_id"
                    LEFT OUTER JOIN "t22" AS "t35"
                      ON "t74"."s47e_s47_start_date" = "t35"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t37"
                      ON "t128"."icpc_icpc_date" = "t37"."_wd_b__date"
                  ) AS "t166"
                ) AS "t200"
                GROUP BY
                  1,
                  2
              ) AS "t250"
                ON "t18"."la_code" = "t250"."la_code" AND "t19"."month" = "t250"."month"
            ) AS "t280"
            ORDER BY
              "t280"."la_code" ASC,
              "t280"."month" ASC
          ) AS "t309"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t231"."la_code",
              "t231"."month",
              'cp_count' AS "indicator",
              "t231"."numerator",
              "t231"."denominator",
              "t231"."excluded",
              CAST("t231"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t197"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t163"."la_code",
                  "t163"."month",
                  SUM(CAST("t163"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t144"."la_code",
                    "t144"."month",
                    "t144"."month_end",
                    "t144"."cppl_person_id",
                    "t144"."start",
                    TRUE AS "_kept"
                  FROM "t134" AS "t144"
                ) AS "t163"
                GROUP BY
                  1,
                  2
              ) AS "t197"
                ON "t18"."la_code" = "t197"."la_code" AND "t19"."month" = "t197"."month"
            ) AS "t231"
            ORDER BY
              "t231"."la_code" ASC,
              "t231"."month" ASC
          ) AS "t248"
        ) AS "t312"
      ) AS "t315"
    ) AS "t320"
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
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t232"."la_code",
              "t232"."month",
              'cp_per_10k' AS "indicator",
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
                COALESCE("t197"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t191"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t163"."la_code",
                  "t163"."month",
                  SUM(CAST("t163"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t144"."la_code",
                    "t144"."month",
                    "t144"."month_end",
                    "t144"."cppl_person_id",
                    "t144"."start",
                    TRUE AS "_kept"
                  FROM "t134" AS "t144"
                ) AS "t163"
                GROUP BY
                  1,
                  2
              ) AS "t197"
                ON "t18"."la_code" = "t197"."la_code" AND "t19"."month" = "t197"."month"
              INNER JOIN (
                SELECT
                  "t165"."la_code",
                  "t165"."month",
                  "t165"."pop_year",
                  "t165"."population",
                  "t165"."year" AS "year_used"
                FROM (
                  SELECT
                    "t121"."la_code",
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    "t121"."year",
                    "t121"."population",
                    "t121"."source",
                    "t121"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."la_code", "t121"."month"
                      ORDER BY "t121"."distance" ASC, "t121"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."month",
                      "t82"."month_end",
                      "t82"."rolling_start",
                      "t82"."pop_year",
                      "t82"."year",
                      "t82"."population",
                      "t82"."source",
                      ABS("t82"."year" - "t82"."pop_year") AS "distance"
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
                    ) AS "t82"
                  ) AS "t121"
                ) AS "t165"
                WHERE
                  "t165"."rank" = 0
              ) AS "t191"
                ON "t18"."la_code" = "t191"."la_code" AND "t19"."month" = "t191"."month"
            ) AS "t232"
            ORDER BY
              "t232"."la_code" ASC,
              "t232"."month" ASC
          ) AS "t264"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t178"."la_code",
              "t178"."month",
              'cp_starts' AS "indicator",
              "t178"."numerator",
              "t178"."denominator",
              "t178"."excluded",
              CAST("t178"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t153"."numerator", 0) AS "numerator",
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
                    "t92"."cppl_cp_plan_id",
                    "t92"."cppl_person_id",
                    "t92"."cppl_cp_plan_start_date",
                    "t92"."cppl_cp_plan_end_date",
                    "t92"."cppl_cp_plan_initial_category",
                    "t92"."cppl_cp_plan_latest_category",
                    "t92"."cppl_icpc_id",
                    "t92"."month",
                    "t92"."month_end",
                    "t92"."rolling_start",
                    "t92"."pop_year",
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
                  ) AS "t92"
                ) AS "t111"
                GROUP BY
                  1,
                  2
              ) AS "t153"
                ON "t18"."la_code" = "t153"."la_code" AND "t19"."month" = "t153"."month"
            ) AS "t178"
            ORDER BY
              "t178"."la_code" ASC,
              "t178"."month" ASC
          ) AS "t206"
        ) AS "t271"
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
              'cp_second_or_subsequent' AS "indicator",
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
                COALESCE("t207"."numerator", 0) AS "numerator",
                COALESCE("t207"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t156"."la_code",
                  "t156"."month",
                  SUM(CAST("t156"."_kept" AND COALESCE("t156"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t156"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t135"."la_code",
                    "t135"."cppl_cp_plan_id",
                    "t135"."cppl_person_id",
                    "t135"."cppl_cp_plan_start_date",
                    "t135"."cppl_cp_plan_end_date",
                    "t135"."cppl_cp_plan_initial_category",
                    "t135"."cppl_cp_plan_latest_category",
                    "t135"."cppl_icpc_id",
                    "t135"."hit",
                    "t135"."month",
                    "t135"."month_end",
                    "t135"."rolling_start",
                    "t135"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t102"."la_code",
                      "t102"."cppl_cp_plan_id",
                      "t102"."cppl_person_id",
                      "t102"."cppl_cp_plan_start_date",
                      "t102"."cppl_cp_plan_end_date",
                      "t102"."cppl_cp_plan_initial_category",
                      "t102"."cppl_cp_plan_latest_category",
                      "t102"."cppl_icpc_id",
                      "t102"."hit",
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
                    ) AS "t102"
                    INNER JOIN "_months" AS "t19"
                      ON "t102"."cppl_cp_plan_start_date" >= "t19"."rolling_start"
                      AND "t102"."cppl_cp_plan_start_date" <= "t19"."month_end"
                  ) AS "t135"
                ) AS "t156"
                GROUP BY
                  1,
                  2
              ) AS "t207"
                ON "t18"."la_code" = "t207"."la_code" AND "t19"."month" = "t207"."month"
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
              "t219"."la_code",
              "t219"."month",
              'cp_ceased_2yrs' AS "indicator",
              "t219"."numerator",
              "t219"."denominator",
              "t219"."excluded",
              CASE
                WHEN "t219"."denominator" > 0
                THEN (
                  CAST("t219"."numerator" AS DOUBLE) / "t219"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t189"."numerator", 0) AS "numerator",
                COALESCE("t189"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t133"."la_code",
                  "t133"."month",
                  SUM(CAST("t133"."_kept" AND COALESCE("t133"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t133"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t93"."la_code",
                    "t93"."cppl_cp_plan_id",
                    "t93"."cppl_person_id",
                    "t93"."cppl_cp_plan_start_date",
                    "t93"."cppl_cp_plan_end_date",
                    "t93"."cppl_cp_plan_initial_category",
                    "t93"."cppl_cp_plan_latest_category",
                    "t93"."cppl_icpc_id",
                    "t93"."month",
                    "t93"."month_end",
                    "t93"."rolling_start",
                    "t93"."pop_year",
                    (
                      DATE_DIFF('DAY', "t93"."cppl_cp_plan_start_date", "t93"."cppl_cp_plan_end_date") + 1
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
                  ) AS "t93"
                ) AS "t133"
                GROUP BY
                  1,
                  2
              ) AS "t189"
                ON "t18"."la_code" = "t189"."la_code" AND "t19"."month" = "t189"."month"
            ) AS "t219"
            ORDER BY
              "t219"."la_code" ASC,
              "t219"."month" ASC
          ) AS "t263"
        ) AS "t287"
      ) AS "t291"
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
              "t265"."la_code",
              "t265"."month",
              'cp_open_2yrs' AS "indicator",
              "t265"."numerator",
              "t265"."denominator",
              "t265"."excluded",
              CASE
                WHEN "t265"."denominator" > 0
                THEN (
                  CAST("t265"."numerator" AS DOUBLE) / "t265"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t235"."numerator", 0) AS "numerator",
                COALESCE("t235"."denominator", 0) AS "denominator",
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
                    "t144"."la_code",
                    "t144"."month",
                    "t144"."month_end",
                    "t144"."cppl_person_id",
                    "t144"."start",
                    (
                      DATE_DIFF('DAY', "t144"."start", "t144"."month_end") + 1
                    ) > 729 AS "hit",
                    TRUE AS "_kept"
                  FROM "t134" AS "t144"
                ) AS "t180"
                GROUP BY
                  1,
                  2
              ) AS "t235"
                ON "t18"."la_code" = "t235"."la_code" AND "t19"."month" = "t235"."month"
            ) AS "t265"
            ORDER BY
              "t265"."la_code" ASC,
              "t265"."month" ASC
          ) AS "t298"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t345"."la_code",
              "t345"."month",
              'cp_reviews_in_timescale' AS "indicator",
              "t345"."numerator",
              "t345"."denominator",
              "t345"."excluded",
              CASE
                WHEN "t345"."denominator" > 0
                THEN (
                  CAST("t345"."numerator" AS DOUBLE) / "t345"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t337"."numerator", 0) AS "numerator",
                COALESCE("t337"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t321"."la_code",
                  "t321"."month",
                  SUM(CAST("t321"."_kept" AND COALESCE("t321"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t321"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t294"."la_code",
                    "t294"."month",
                    "t294"."month_end",
                    "t294"."plan_id",
                    "t294"."start",
                    "t294"."person_id",
                    "t294"."first_due",
                    "t294"."held_n",
                    "t294"."late_n",
                    "t294"."last",
                    CASE
                      WHEN COALESCE("t294"."held_n", 0) = 0
                      THEN "t294"."first_due"
                      WHEN COALESCE("t294"."held_n", 0) = 1
                      THEN "t294"."last" + INTERVAL '6' MONTH
                      ELSE "t294"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t294"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t294"."held_n", 0) = 0
                        THEN "t294"."first_due"
                        WHEN COALESCE("t294"."held_n", 0) = 1
                        THEN "t294"."last" + INTERVAL '6' MONTH
                        ELSE "t294"."last" + INTERVAL '6' MONTH
                      END > "t294"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t155"."la_code",
                      "t155"."month",
                      "t155"."month_end",
                      "t155"."plan_id",
                      "t155"."start",
                      "t155"."person_id",
                      "t155"."first_due",
                      "t273"."held_n",
                      "t273"."late_n",
                      "t273"."last"
                    FROM (
                      SELECT
                        "t112"."la_code",
                        "t112"."month",
                        "t112"."month_end",
                        "t112"."cppl_cp_plan_id" AS "plan_id",
                        "t112"."cppl_cp_plan_start_date" AS "start",
                        "t112"."cppl_person_id" AS "person_id",
                        "t112"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                      FROM "t101" AS "t112"
                      WHERE
                        (
                          "t112"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
                        ) <= "t112"."month_end"
                    ) AS "t155"
                    LEFT OUTER JOIN (
                      SELECT
                        "t237"."la_code",
                        "t237"."plan_id",
                        "t237"."month",
                        COUNT("t237"."k") AS "held_n",
                        SUM(CAST("t237"."late" AS BIGINT)) AS "late_n",
                        MAX("t237"."date") AS "last"
                      FROM (
                        SELECT
                          "t155"."la_code",
                          "t155"."month",
                          "t155"."month_end",
                          "t155"."plan_id",
                          "t155"."start",
                          "t155"."person_id",
                          "t155"."first_due",
                          "t208"."la_code" AS "la_code_right",
                          "t208"."plan_id" AS "plan_id_right",
                          "t208"."date",
                          "t208"."k",
                          "t208"."late"
                        FROM (
                          SELECT
                            "t112"."la_code",
                            "t112"."month",
                            "t112"."month_end",
                            "t112"."cppl_cp_plan_id" AS "plan_id",
                            "t112"."cppl_cp_plan_start_date" AS "start",
                            "t112"."cppl_person_id" AS "person_id",
                            "t112"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
                          FROM "t101" AS "t112"
                          WHERE
                            (
                              "t112"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH
                            ) <= "t112"."month_end"
                        ) AS "t155"
                        INNER JOIN (
                          SELECT
                            "t164"."la_code",
                            "t164"."plan_id",
                            "t164"."date",
                            "t164"."k",
                            "t164"."date" > CASE
                              WHEN "t164"."k" = 0
                              THEN "t164"."first_due"
                              WHEN "t164"."k" = 1
                              THEN "t164"."prev" + INTERVAL '6' MONTH
                              ELSE "t164"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t120"."la_code",
                              "t120"."plan_id",
                              "t120"."date",
                              "t120"."review_id",
                              "t120"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t120"."la_code", "t120"."plan_id"
                                ORDER BY "t120"."date" ASC, "t120"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t120"."date") OVER (
                                PARTITION BY "t120"."la_code", "t120"."plan_id"
                                ORDER BY "t120"."date" ASC, "t120"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t95"."la_code",
                                "t95"."cppr_cp_plan_id" AS "plan_id",
                                "t95"."cppr_cp_review_date" AS "date",
                                "t95"."cppr_cp_review_id" AS "review_id",
                                "t95"."cppl_cp_plan_start_date" + INTERVAL '3' MONTH AS "first_due"
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
                                  FROM "ssd_cp_reviews" AS "t15"
                                  WHERE
                                    "t15"."la_code" IN (
                                      SELECT
                                        *
                                      FROM "t21"
                                    )
                                ) AS "t61"
                                INNER JOIN "t42" AS "t66"
                                  ON "t61"."la_code" = "t66"."la_code"
                                  AND "t61"."cppr_cp_plan_id" = "t66"."cppl_cp_plan_id"
                              ) AS "t95"
                              WHERE
                                "t95"."cppr_cp_review_date" >= "t95"."cppl_cp_plan_start_date"
                            ) AS "t120"
                          ) AS "t164"
                        ) AS "t208"
                          ON "t155"."la_code" = "t208"."la_code"
                          AND "t155"."plan_id" = "t208"."plan_id"
                          AND "t208"."date" <= "t155"."month_end"
                      ) AS "t237"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t273"
                      ON "t155"."la_code" = "t273"."la_code"
                      AND "t155"."plan_id" = "t273"."plan_id"
                      AND "t155"."month" = "t273"."month"
                  ) AS "t294"
                ) AS "t321"
                GROUP BY
                  1,
                  2
              ) AS "t337"
                ON "t18"."la_code" = "t337"."la_code" AND "t19"."month" = "t337"."month"
            ) AS "t345"
            ORDER BY
              "t345"."la_code" ASC,
              "t345"."month" ASC
          ) AS "t353"
        ) AS "t354"
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
              'cp_visits_in_timescale' AS "indicator",
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
                COALESCE("t334"."numerator", 0) AS "numerator",
                COALESCE("t334"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t316"."la_code",
                  "t316"."month",
                  SUM(CAST("t316"."_kept" AND COALESCE("t316"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t316"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t299"."la_code",
                    "t299"."month",
                    "t299"."month_end",
                    "t299"."cppl_person_id",
                    "t299"."start",
                    "t299"."wd_open",
                    "t299"."last_visit",
                    "t299"."_wd_b" - "t299"."_wd_a" AS "wd_since_visit",
                    (
                      (
                        "t299"."_wd_b" - "t299"."_wd_a"
                      ) IS NOT NULL
                    )
                    AND (
                      (
                        "t299"."_wd_b" - "t299"."_wd_a"
                      ) <= 10
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t220"."la_code",
                      "t220"."month",
                      "t220"."month_end",
                      "t220"."cppl_person_id",
                      "t220"."start",
                      "t220"."wd_open",
                      "t278"."last_visit",
                      "t35"."_wd_a",
                      "t37"."_wd_b"
                    FROM (
                      SELECT
                        "t181"."la_code",
                        "t181"."month",
                        "t181"."month_end",
                        "t181"."cppl_person_id",
                        "t181"."start",
                        "t181"."_wd_b" - "t181"."_wd_a" AS "wd_open"
                      FROM (
                        SELECT
                          "t154"."la_code",
                          "t154"."month",
                          "t154"."month_end",
                          "t154"."cppl_person_id",
                          "t154"."start",
                          "t34"."_wd_a",
                          "t36"."_wd_b"
                        FROM "t134" AS "t154"
                        LEFT OUTER JOIN "t22" AS "t34"
                          ON "t154"."start" = "t34"."_wd_a__date"
                        LEFT OUTER JOIN "t23" AS "t36"
                          ON "t154"."month_end" = "t36"."_wd_b__date"
                      ) AS "t181"
                      WHERE
                        (
                          "t181"."_wd_b" - "t181"."_wd_a"
                        ) > 10
                    ) AS "t220"
                    LEFT OUTER JOIN (
                      SELECT
                        "t249"."la_code",
                        "t249"."month",
                        "t249"."cppl_person_id",
                        MAX("t249"."cppv_cp_visit_date") AS "last_visit"
                      FROM (
                        SELECT
                          "t220"."la_code",
                          "t220"."month",
                          "t220"."month_end",
                          "t220"."cppl_person_id",
                          "t220"."start",
                          "t220"."wd_open",
                          "t115"."la_code" AS "la_code_right",
                          "t115"."cppv_person_id",
                          "t115"."cppv_cp_visit_date"
                        FROM (
                          SELECT
                            "t181"."la_code",
                            "t181"."month",
                            "t181"."month_end",
                            "t181"."cppl_person_id",
                            "t181"."start",
                            "t181"."_wd_b" - "t181"."_wd_a" AS "wd_open"
                          FROM (
                            SELECT
                              "t154"."la_code",
                              "t154"."month",
                              "t154"."month_end",
                              "t154"."cppl_person_id",
                              "t154"."start",
                              "t34"."_wd_a",
                              "t36"."_wd_b"
                            FROM "t134" AS "t154"
                            LEFT OUTER JOIN "t22" AS "t34"
                              ON "t154"."start" = "t34"."_wd_a__date"
                            LEFT OUTER JOIN "t23" AS "t36"
                              ON "t154"."month_end" = "t36"."_wd_b__date"
                          ) AS "t181"
                          WHERE
                            (
                              "t181"."_wd_b" - "t181"."_wd_a"
                            ) > 10
                        ) AS "t220"
                        INNER JOIN (
                          SELECT
                            "t84"."la_code",
                            "t84"."cppv_person_id",
                            "t84"."cppv_cp_visit_date"
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
                                    "t16"."la_code"
                                  FROM "_supplied" AS "t16"
                                  WHERE
                                    "t16"."table_name" = 'ssd_cp_visits'
                                    AND "t16"."column_name" = 'cppv_cp_visit_seen'
                                )
                              )
                          ) AS "t84"
                        ) AS "t115"
                          ON "t220"."la_code" = "t115"."la_code"
                          AND "t220"."cppl_person_id" = "t115"."cppv_person_id"
                          AND "t115"."cppv_cp_visit_date" >= "t220"."start"
                          AND "t115"."cppv_cp_visit_date" <= "t220"."month_end"
                      ) AS "t249"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t278"
                      ON "t220"."la_code" = "t278"."la_code"
                      AND "t220"."month" = "t278"."month"
                      AND "t220"."cppl_person_id" = "t278"."cppl_person_id"
                    LEFT OUTER JOIN "t22" AS "t35"
                      ON "t278"."last_visit" = "t35"."_wd_a__date"
                    LEFT OUTER JOIN "t23" AS "t37"
                      ON "t220"."month_end" = "t37"."_wd_b__date"
                  ) AS "t299"
                ) AS "t316"
                GROUP BY
                  1,
                  2
              ) AS "t334"
                ON "t18"."la_code" = "t334"."la_code" AND "t19"."month" = "t334"."month"
            ) AS "t344"
            ORDER BY
              "t344"."la_code" ASC,
              "t344"."month" ASC
          ) AS "t351"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t242"."la_code",
              "t242"."month",
              'cla_count' AS "indicator",
              "t242"."numerator",
              "t242"."denominator",
              "t242"."excluded",
              CAST("t242"."numerator" AS DOUBLE) AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t213"."numerator", 0) AS "numerator",
                CAST(NULL AS BIGINT) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t173"."la_code",
                  "t173"."month",
                  SUM(CAST("t173"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t157"."la_code",
                    "t157"."month",
                    "t157"."month_end",
                    "t157"."rolling_start",
                    "t157"."clae_person_id" AS "person_id",
                    "t157"."clae_cla_id" AS "cla_id",
                    "t157"."clae_cla_episode_start_date" AS "episode_start",
                    TRUE AS "_kept"
                  FROM "t146" AS "t157"
                  WHERE
                    "t157"."rank" = 0
                ) AS "t173"
                GROUP BY
                  1,
                  2
              ) AS "t213"
                ON "t18"."la_code" = "t213"."la_code" AND "t19"."month" = "t213"."month"
            ) AS "t242"
            ORDER BY
              "t242"."la_code" ASC,
              "t242"."month" ASC
          ) AS "t268"
        ) AS "t352"
      ) AS "t355"
    ) AS "t357"
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
              "t243"."la_code",
              "t243"."month",
              'cla_per_10k' AS "indicator",
              "t243"."numerator",
              "t243"."denominator",
              "t243"."excluded",
              (
                CAST("t243"."numerator" AS DOUBLE) / "t243"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t213"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t191"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t173"."la_code",
                  "t173"."month",
                  SUM(CAST("t173"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t157"."la_code",
                    "t157"."month",
                    "t157"."month_end",
                    "t157"."rolling_start",
                    "t157"."clae_person_id" AS "person_id",
                    "t157"."clae_cla_id" AS "cla_id",
                    "t157"."clae_cla_episode_start_date" AS "episode_start",
                    TRUE AS "_kept"
                  FROM "t146" AS "t157"
                  WHERE
                    "t157"."rank" = 0
                ) AS "t173"
                GROUP BY
                  1,
                  2
              ) AS "t213"
                ON "t18"."la_code" = "t213"."la_code" AND "t19"."month" = "t213"."month"
              INNER JOIN (
                SELECT
                  "t165"."la_code",
                  "t165"."month",
                  "t165"."pop_year",
                  "t165"."population",
                  "t165"."year" AS "year_used"
                FROM (
                  SELECT
                    "t121"."la_code",
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    "t121"."year",
                    "t121"."population",
                    "t121"."source",
                    "t121"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."la_code", "t121"."month"
                      ORDER BY "t121"."distance" ASC, "t121"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."month",
                      "t82"."month_end",
                      "t82"."rolling_start",
                      "t82"."pop_year",
                      "t82"."year",
                      "t82"."population",
                      "t82"."source",
                      ABS("t82"."year" - "t82"."pop_year") AS "distance"
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
                    ) AS "t82"
                  ) AS "t121"
                ) AS "t165"
                WHERE
                  "t165"."rank" = 0
              ) AS "t191"
                ON "t18"."la_code" = "t191"."la_code" AND "t19"."month" = "t191"."month"
            ) AS "t243"
            ORDER BY
              "t243"."la_code" ASC,
              "t243"."month" ASC
          ) AS "t281"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t238"."la_code",
              "t238"."month",
              'cla_starts' AS "indicator",
              "t238"."numerator",
              "t238"."denominator",
              "t238"."excluded",
              CAST("t238"."numerator" AS DOUBLE) AS "value"
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
                  "t168"."la_code",
                  "t168"."month",
                  SUM(CAST("t168"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t158"."la_code",
                    "t158"."first_episode_start",
                    "t158"."clae_person_id",
                    "t158"."cla_id",
                    "t158"."period_start",
                    "t158"."month",
                    "t158"."month_end",
                    "t158"."rolling_start",
                    "t158"."pop_year",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t123"."la_code",
                      "t123"."first_episode_start",
                      "t123"."clae_person_id",
                      "t123"."cla_id",
                      "t123"."period_start",
                      "t19"."month",
                      "t19"."month_end",
                      "t19"."rolling_start",
                      "t19"."pop_year"
                    FROM "t104" AS "t123"
                    INNER JOIN "_months" AS "t19"
                      ON "t123"."first_episode_start" >= "t19"."month"
                      AND "t123"."first_episode_start" <= "t19"."month_end"
                  ) AS "t158"
                ) AS "t168"
                GROUP BY
                  1,
                  2
              ) AS "t210"
                ON "t18"."la_code" = "t210"."la_code" AND "t19"."month" = "t210"."month"
            ) AS "t238"
            ORDER BY
              "t238"."la_code" ASC,
              "t238"."month" ASC
          ) AS "t261"
        ) AS "t288"
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
              'cla_visits_in_timescale' AS "indicator",
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
                COALESCE("t361"."numerator", 0) AS "numerator",
                COALESCE("t361"."denominator", 0) AS "denominator",
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
                    "t347"."la_code",
                    "t347"."month",
                    "t347"."month_end",
                    "t347"."rolling_start",
                    "t347"."person_id",
                    "t347"."cla_id",
                    "t347"."episode_start",
                    "t347"."placement_start",
                    "t347"."long_term",
                    "t347"."p",
                    "t347"."v",
                    CASE
                      WHEN "t347"."v" IS NULL
                      THEN "t347"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t347"."long_term", FALSE)
                      AND (
                        "t347"."v" >= (
                          "t347"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t347"."v" + INTERVAL '91' DAY
                      ELSE "t347"."v" + INTERVAL '42' DAY
                    END AS "due",
                    CASE
                      WHEN "t347"."v" IS NULL
                      THEN "t347"."p" + INTERVAL '7' DAY
                      WHEN COALESCE("t347"."long_term", FALSE)
                      AND (
                        "t347"."v" >= (
                          "t347"."p" + INTERVAL '12' MONTH
                        )
                      )
                      THEN "t347"."v" + INTERVAL '91' DAY
                      ELSE "t347"."v" + INTERVAL '42' DAY
                    END >= "t347"."month_end" AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t322"."la_code",
                      "t322"."month",
                      "t322"."month_end",
                      "t322"."rolling_start",
                      "t322"."person_id",
                      "t322"."cla_id",
                      "t322"."episode_start",
                      "t322"."placement_start",
                      "t322"."long_term",
                      "t322"."p",
                      "t340"."v"
                    FROM (
                      SELECT
                        "t305"."la_code",
                        "t305"."month",
                        "t305"."month_end",
                        "t305"."rolling_start",
                        "t305"."person_id",
                        "t305"."cla_id",
                        "t305"."episode_start",
                        "t305"."placement_start",
                        "t305"."long_term",
                        COALESCE("t305"."placement_start", "t305"."episode_start") AS "p"
                      FROM (
                        SELECT
                          "t184"."la_code",
                          "t184"."month",
                          "t184"."month_end",
                          "t184"."rolling_start",
                          "t184"."person_id",
                          "t184"."cla_id",
                          "t184"."episode_start",
                          "t289"."placement_start",
                          "t289"."long_term"
                        FROM (
                          SELECT
                            "t157"."la_code",
                            "t157"."month",
                            "t157"."month_end",
                            "t157"."rolling_start",
                            "t157"."clae_person_id" AS "person_id",
                            "t157"."clae_cla_id" AS "cla_id",
                            "t157"."clae_cla_episode_start_date" AS "episode_start"
                          FROM "t146" AS "t157"
                          WHERE
                            "t157"."rank" = 0
                        ) AS "t184"
                        LEFT OUTER JOIN (
                          SELECT
                            "t260"."la_code",
                            "t260"."month",
                            "t260"."person_id",
                            "t260"."clap_cla_placement_start_date" AS "placement_start",
                            "t260"."clap_long_term" AS "long_term"
                          FROM (
                            SELECT
                              "t225"."la_code",
                              "t225"."month",
                              "t225"."month_end",
                              "t225"."rolling_start",
                              "t225"."person_id",
                              "t225"."cla_id",
                              "t225"."episode_start",
                              "t225"."la_code_right",
                              "t225"."clap_cla_placement_id",
                              "t225"."clap_cla_id",
                              "t225"."clap_cla_placement_start_date",
                              "t225"."clap_cla_placement_end_date",
                              "t225"."clap_cla_placement_type",
                              "t225"."clap_long_term",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t225"."la_code", "t225"."month", "t225"."person_id"
                                ORDER BY "t225"."clap_cla_placement_start_date" DESC, "t225"."clap_cla_placement_id" DESC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "rank"
                            FROM (
                              SELECT
                                "t184"."la_code",
                                "t184"."month",
                                "t184"."month_end",
                                "t184"."rolling_start",
                                "t184"."person_id",
                                "t184"."cla_id",
                                "t184"."episode_start",
                                "t86"."la_code" AS "la_code_right",
                                "t86"."clap_cla_placement_id",
                                "t86"."clap_cla_id",
                                "t86"."clap_cla_placement_start_date",
                                "t86"."clap_cla_placement_end_date",
                                "t86"."clap_cla_placement_type",
                                "t86"."clap_long_term"
                              FROM (
                                SELECT
                                  "t157"."la_code",
                                  "t157"."month",
                                  "t157"."month_end",
                                  "t157"."rolling_start",
                                  "t157"."clae_person_id" AS "person_id",
                                  "t157"."clae_cla_id" AS "cla_id",
                                  "t157"."clae_cla_episode_start_date" AS "episode_start"
                                FROM "t146" AS "t157"
                                WHERE
                                  "t157"."rank" = 0
                              ) AS "t184"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM "t49" AS "t60"
                                WHERE
                                  "t60"."la_code" IN (
                                    SELECT
                                      "t16"."la_code"
                                    FROM "_supplied" AS "t16"
                                    WHERE
                                      "t16"."table_name" = 'ssd_cla_placement'
                                      AND "t16"."column_name" = 'clap_cla_placement_end_date'
                                  )
                              ) AS "t86"
                                ON "t184"."la_code" = "t86"."la_code"
                                AND "t184"."cla_id" = "t86"."clap_cla_id"
                                AND "t86"."clap_cla_placement_start_date" <= "t184"."month_end"
                                AND (
                                  (
                                    "t86"."clap_cla_placement_end_date" IS NULL
                                  )
                                  OR (
                                    "t86"."clap_cla_placement_end_date" > "t184"."month_end"
                                  )
                                )
                            ) AS "t225"
                          ) AS "t260"
                          WHERE
                            "t260"."rank" = 0
                        ) AS "t289"
                          ON "t184"."la_code" = "t289"."la_code"
                          AND "t184"."month" = "t289"."month"
                          AND "t184"."person_id" = "t289"."person_id"
                      ) AS "t305"
                      WHERE
                        COALESCE("t305"."placement_start", "t305"."episode_start") <= (
                          "t305"."month_end" + INTERVAL '-7' DAY
                        )
                    ) AS "t322"
                    LEFT OUTER JOIN (
                      SELECT
                        "t328"."la_code",
                        "t328"."month",
                        "t328"."person_id",
                        MAX("t328"."clav_cla_visit_date") AS "v"
                      FROM (
                        SELECT
                          "t322"."la_code",
                          "t322"."month",
                          "t322"."month_end",
                          "t322"."rolling_start",
                          "t322"."person_id",
                          "t322"."cla_id",
                          "t322"."episode_start",
                          "t322"."placement_start",
                          "t322"."long_term",
                          "t322"."p",
                          "t116"."la_code" AS "la_code_right",
                          "t116"."clav_person_id",
                          "t116"."clav_cla_visit_date"
                        FROM (
                          SELECT
                            "t305"."la_code",
                            "t305"."month",
                            "t305"."month_end",
                            "t305"."rolling_start",
                            "t305"."person_id",
                            "t305"."cla_id",
                            "t305"."episode_start",
                            "t305"."placement_start",
                            "t305"."long_term",
                            COALESCE("t305"."placement_start", "t305"."episode_start") AS "p"
                          FROM (
                            SELECT
                              "t184"."la_code",
                              "t184"."month",
                              "t184"."month_end",
                              "t184"."rolling_start",
                              "t184"."person_id",
                              "t184"."cla_id",
                              "t184"."episode_start",
                              "t289"."placement_start",
                              "t289"."long_term"
                            FROM (
                              SELECT
                                "t157"."la_code",
                                "t157"."month",
                                "t157"."month_end",
                                "t157"."rolling_start",
                                "t157"."clae_person_id" AS "person_id",
                                "t157"."clae_cla_id" AS "cla_id",
                                "t157"."clae_cla_episode_start_date" AS "episode_start"
                              FROM "t146" AS "t157"
                              WHERE
                                "t157"."rank" = 0
                            ) AS "t184"
                            LEFT OUTER JOIN (
                              SELECT
                                "t260"."la_code",
                                "t260"."month",
                                "t260"."person_id",
                                "t260"."clap_cla_placement_start_date" AS "placement_start",
                                "t260"."clap_long_term" AS "long_term"
                              FROM (
                                SELECT
                                  "t225"."la_code",
                                  "t225"."month",
                                  "t225"."month_end",
                                  "t225"."rolling_start",
                                  "t225"."person_id",
                                  "t225"."cla_id",
                                  "t225"."episode_start",
                                  "t225"."la_code_right",
                                  "t225"."clap_cla_placement_id",
                                  "t225"."clap_cla_id",
                                  "t225"."clap_cla_placement_start_date",
                                  "t225"."clap_cla_placement_end_date",
                                  "t225"."clap_cla_placement_type",
                                  "t225"."clap_long_term",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t225"."la_code", "t225"."month", "t225"."person_id"
                                    ORDER BY "t225"."clap_cla_placement_start_date" DESC, "t225"."clap_cla_placement_id" DESC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "rank"
                                FROM (
                                  SELECT
                                    "t184"."la_code",
                                    "t184"."month",
                                    "t184"."month_end",
                                    "t184"."rolling_start",
                                    "t184"."person_id",
                                    "t184"."cla_id",
                                    "t184"."episode_start",
                                    "t86"."la_code" AS "la_code_right",
                                    "t86"."clap_cla_placement_id",
                                    "t86"."clap_cla_id",
                                    "t86"."clap_cla_placement_start_date",
                                    "t86"."clap_cla_placement_end_date",
                                    "t86"."clap_cla_placement_type",
                                    "t86"."clap_long_term"
                                  FROM (
                                    SELECT
                                      "t157"."la_code",
                                      "t157"."month",
                                      "t157"."month_end",
                                      "t157"."rolling_start",
                                      "t157"."clae_person_id" AS "person_id",
                                      "t157"."clae_cla_id" AS "cla_id",
                                      "t157"."clae_cla_episode_start_date" AS "episode_start"
                                    FROM "t146" AS "t157"
                                    WHERE
                                      "t157"."rank" = 0
                                  ) AS "t184"
                                  INNER JOIN (
                                    SELECT
                                      *
                                    FROM "t49" AS "t60"
                                    WHERE
                                      "t60"."la_code" IN (
                                        SELECT
                                          "t16"."la_code"
                                        FROM "_supplied" AS "t16"
                                        WHERE
                                          "t16"."table_name" = 'ssd_cla_placement'
                                          AND "t16"."column_name" = 'clap_cla_placement_end_date'
                                      )
                                  ) AS "t86"
                                    ON "t184"."la_code" = "t86"."la_code"
                                    AND "t184"."cla_id" = "t86"."clap_cla_id"
                                    AND "t86"."clap_cla_placement_start_date" <= "t184"."month_end"
                                    AND (
                                      (
                                        "t86"."clap_cla_placement_end_date" IS NULL
                                      )
                                      OR (
                                        "t86"."clap_cla_placement_end_date" > "t184"."month_end"
                                      )
                                    )
                                ) AS "t225"
                              ) AS "t260"
                              WHERE
                                "t260"."rank" = 0
                            ) AS "t289"
                              ON "t184"."la_code" = "t289"."la_code"
                              AND "t184"."month" = "t289"."month"
                              AND "t184"."person_id" = "t289"."person_id"
                          ) AS "t305"
                          WHERE
                            COALESCE("t305"."placement_start", "t305"."episode_start") <= (
                              "t305"."month_end" + INTERVAL '-7' DAY
                            )
                        ) AS "t322"
                        INNER JOIN (
                          SELECT
                            "t85"."la_code",
                            "t85"."clav_person_id",
                            "t85"."clav_cla_visit_date"
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
                                    "t16"."la_code"
                                  FROM "_supplied" AS "t16"
                                  WHERE
                                    "t16"."table_name" = 'ssd_cla_visits'
                                    AND "t16"."column_name" = 'clav_cla_visit_seen'
                                )
                              )
                          ) AS "t85"
                        ) AS "t116"
                          ON "t322"."la_code" = "t116"."la_code"
                          AND "t322"."person_id" = "t116"."clav_person_id"
                          AND "t116"."clav_cla_visit_date" >= "t322"."p"
                          AND "t116"."clav_cla_visit_date" <= "t322"."month_end"
                      ) AS "t328"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t340"
                      ON "t322"."la_code" = "t340"."la_code"
                      AND "t322"."month" = "t340"."month"
                      AND "t322"."person_id" = "t340"."person_id"
                  ) AS "t347"
                ) AS "t356"
                GROUP BY
                  1,
                  2
              ) AS "t361"
                ON "t18"."la_code" = "t361"."la_code" AND "t19"."month" = "t361"."month"
            ) AS "t363"
            ORDER BY
              "t363"."la_code" ASC,
              "t363"."month" ASC
          ) AS "t365"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t362"."la_code",
              "t362"."month",
              'cla_reviews_in_timescale' AS "indicator",
              "t362"."numerator",
              "t362"."denominator",
              "t362"."excluded",
              CASE
                WHEN "t362"."denominator" > 0
                THEN (
                  CAST("t362"."numerator" AS DOUBLE) / "t362"."denominator"
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
                  "t350"."la_code",
                  "t350"."month",
                  SUM(CAST("t350"."_kept" AND COALESCE("t350"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t350"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t341"."la_code",
                    "t341"."month",
                    "t341"."month_end",
                    "t341"."first_due",
                    "t341"."person_id",
                    "t341"."period_start",
                    "t341"."plan_id",
                    "t341"."held_n",
                    "t341"."late_n",
                    "t341"."last",
                    CASE
                      WHEN COALESCE("t341"."held_n", 0) = 0
                      THEN "t341"."first_due"
                      WHEN COALESCE("t341"."held_n", 0) = 1
                      THEN "t341"."last" + INTERVAL '3' MONTH
                      ELSE "t341"."last" + INTERVAL '6' MONTH
                    END AS "next_due",
                    (
                      COALESCE("t341"."late_n", 0) = 0
                    )
                    AND (
                      CASE
                        WHEN COALESCE("t341"."held_n", 0) = 0
                        THEN "t341"."first_due"
                        WHEN COALESCE("t341"."held_n", 0) = 1
                        THEN "t341"."last" + INTERVAL '3' MONTH
                        ELSE "t341"."last" + INTERVAL '6' MONTH
                      END > "t341"."month_end"
                    ) AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t301"."la_code",
                      "t301"."month",
                      "t301"."month_end",
                      "t301"."first_due",
                      "t301"."person_id",
                      "t301"."period_start",
                      "t301"."plan_id",
                      "t329"."held_n",
                      "t329"."late_n",
                      "t329"."last"
                    FROM (
                      SELECT
                        "t284"."la_code",
                        "t284"."month",
                        "t284"."month_end",
                        "t284"."wd21" + INTERVAL '-1' DAY AS "first_due",
                        "t284"."person_id",
                        "t284"."period_start",
                        "t284"."cla_id" AS "plan_id"
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
                            "t214"."la_code",
                            "t214"."month",
                            "t214"."month_end",
                            "t214"."rolling_start",
                            "t214"."person_id",
                            "t214"."cla_id",
                            "t214"."episode_start",
                            "t214"."first_episode_start",
                            "t214"."clae_person_id",
                            "t214"."period_start",
                            "t214"."_wd_b" - "t214"."_wd_a" AS "wd_in_care"
                          FROM (
                            SELECT
                              "t184"."la_code",
                              "t184"."month",
                              "t184"."month_end",
                              "t184"."rolling_start",
                              "t184"."person_id",
                              "t184"."cla_id",
                              "t184"."episode_start",
                              "t124"."first_episode_start",
                              "t124"."clae_person_id",
                              "t124"."period_start",
                              "t35"."_wd_a",
                              "t37"."_wd_b"
                            FROM (
                              SELECT
                                "t157"."la_code",
                                "t157"."month",
                                "t157"."month_end",
                                "t157"."rolling_start",
                                "t157"."clae_person_id" AS "person_id",
                                "t157"."clae_cla_id" AS "cla_id",
                                "t157"."clae_cla_episode_start_date" AS "episode_start"
                              FROM "t146" AS "t157"
                              WHERE
                                "t157"."rank" = 0
                            ) AS "t184"
                            INNER JOIN "t104" AS "t124"
                              ON "t184"."la_code" = "t124"."la_code" AND "t184"."cla_id" = "t124"."cla_id"
                            LEFT OUTER JOIN "t22" AS "t35"
                              ON "t124"."period_start" = "t35"."_wd_a__date"
                            LEFT OUTER JOIN "t23" AS "t37"
                              ON "t184"."month_end" = "t37"."_wd_b__date"
                          ) AS "t214"
                          WHERE
                            (
                              "t214"."_wd_b" - "t214"."_wd_a"
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
                      ) AS "t284"
                    ) AS "t301"
                    LEFT OUTER JOIN (
                      SELECT
                        "t318"."la_code",
                        "t318"."plan_id",
                        "t318"."month",
                        COUNT("t318"."k") AS "held_n",
                        SUM(CAST("t318"."late" AS BIGINT)) AS "late_n",
                        MAX("t318"."date") AS "last"
                      FROM (
                        SELECT
                          "t301"."la_code",
                          "t301"."month",
                          "t301"."month_end",
                          "t301"."first_due",
                          "t301"."person_id",
                          "t301"."period_start",
                          "t301"."plan_id",
                          "t306"."la_code" AS "la_code_right",
                          "t306"."plan_id" AS "plan_id_right",
                          "t306"."date",
                          "t306"."k",
                          "t306"."late"
                        FROM (
                          SELECT
                            "t284"."la_code",
                            "t284"."month",
                            "t284"."month_end",
                            "t284"."wd21" + INTERVAL '-1' DAY AS "first_due",
                            "t284"."person_id",
                            "t284"."period_start",
                            "t284"."cla_id" AS "plan_id"
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
                                "t214"."la_code",
                                "t214"."month",
                                "t214"."month_end",
                                "t214"."rolling_start",
                                "t214"."person_id",
                                "t214"."cla_id",
                                "t214"."episode_start",
                                "t214"."first_episode_start",
                                "t214"."clae_person_id",
                                "t214"."period_start",
                                "t214"."_wd_b" - "t214"."_wd_a" AS "wd_in_care"
                              FROM (
                                SELECT
                                  "t184"."la_code",
                                  "t184"."month",
                                  "t184"."month_end",
                                  "t184"."rolling_start",
                                  "t184"."person_id",
                                  "t184"."cla_id",
                                  "t184"."episode_start",
                                  "t124"."first_episode_start",
                                  "t124"."clae_person_id",
                                  "t124"."period_start",
                                  "t35"."_wd_a",
                                  "t37"."_wd_b"
                                FROM (
                                  SELECT
                                    "t157"."la_code",
                                    "t157"."month",
                                    "t157"."month_end",
                                    "t157"."rolling_start",
                                    "t157"."clae_person_id" AS "person_id",
                                    "t157"."clae_cla_id" AS "cla_id",
                                    "t157"."clae_cla_episode_start_date" AS "episode_start"
                                  FROM "t146" AS "t157"
                                  WHERE
                                    "t157"."rank" = 0
                                ) AS "t184"
                                INNER JOIN "t104" AS "t124"
                                  ON "t184"."la_code" = "t124"."la_code" AND "t184"."cla_id" = "t124"."cla_id"
                                LEFT OUTER JOIN "t22" AS "t35"
                                  ON "t124"."period_start" = "t35"."_wd_a__date"
                                LEFT OUTER JOIN "t23" AS "t37"
                                  ON "t184"."month_end" = "t37"."_wd_b__date"
                              ) AS "t214"
                              WHERE
                                (
                                  "t214"."_wd_b" - "t214"."_wd_a"
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
                          ) AS "t284"
                        ) AS "t301"
                        INNER JOIN (
                          SELECT
                            "t274"."la_code",
                            "t274"."plan_id",
                            "t274"."date",
                            "t274"."k",
                            "t274"."date" > CASE
                              WHEN "t274"."k" = 0
                              THEN "t274"."first_due"
                              WHEN "t274"."k" = 1
                              THEN "t274"."prev" + INTERVAL '3' MONTH
                              ELSE "t274"."prev" + INTERVAL '6' MONTH
                            END AS "late"
                          FROM (
                            SELECT
                              "t239"."la_code",
                              "t239"."plan_id",
                              "t239"."date",
                              "t239"."review_id",
                              "t239"."first_due",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t239"."la_code", "t239"."plan_id"
                                ORDER BY "t239"."date" ASC, "t239"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "k",
                              LAG("t239"."date") OVER (
                                PARTITION BY "t239"."la_code", "t239"."plan_id"
                                ORDER BY "t239"."date" ASC, "t239"."review_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "prev"
                            FROM (
                              SELECT
                                "t215"."la_code",
                                "t215"."clar_cla_id" AS "plan_id",
                                "t215"."clar_cla_review_date" AS "date",
                                "t215"."clar_cla_review_id" AS "review_id",
                                "t215"."wd21" + INTERVAL '-1' DAY AS "first_due"
                              FROM (
                                SELECT
                                  "t185"."la_code",
                                  "t185"."clar_cla_review_id",
                                  "t185"."clar_cla_id",
                                  "t185"."clar_cla_review_due_date",
                                  "t185"."clar_cla_review_date",
                                  "t185"."clar_cla_review_cancelled",
                                  "t185"."first_episode_start",
                                  "t185"."clae_person_id",
                                  "t185"."cla_id",
                                  "t185"."period_start",
                                  "t30"."wd21"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t87"."la_code",
                                      "t87"."clar_cla_review_id",
                                      "t87"."clar_cla_id",
                                      "t87"."clar_cla_review_due_date",
                                      "t87"."clar_cla_review_date",
                                      "t87"."clar_cla_review_cancelled",
                                      "t124"."first_episode_start",
                                      "t124"."clae_person_id",
                                      "t124"."cla_id",
                                      "t124"."period_start"
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
                                    ) AS "t87"
                                    INNER JOIN "t104" AS "t124"
                                      ON "t87"."la_code" = "t124"."la_code" AND "t87"."clar_cla_id" = "t124"."cla_id"
                                  ) AS "t159"
                                  WHERE
                                    "t159"."clar_cla_review_date" >= "t159"."period_start"
                                ) AS "t185"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t8"."wd_ordinal" AS "_wd_from",
                                    "t8"."date" AS "_wd_from__date"
                                  FROM "_calendar" AS "t8"
                                ) AS "t29"
                                  ON "t185"."period_start" = "t29"."_wd_from__date"
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
                              ) AS "t215"
                            ) AS "t239"
                          ) AS "t274"
                        ) AS "t306"
                          ON "t301"."la_code" = "t306"."la_code"
                          AND "t301"."plan_id" = "t306"."plan_id"
                          AND "t306"."date" <= "t301"."month_end"
                      ) AS "t318"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t329"
                      ON "t301"."la_code" = "t329"."la_code"
                      AND "t301"."plan_id" = "t329"."plan_id"
                      AND "t301"."month" = "t329"."month"
                  ) AS "t341"
                ) AS "t350"
                GROUP BY
                  1,
                  2
              ) AS "t359"
                ON "t18"."la_code" = "t359"."la_code" AND "t19"."month" = "t359"."month"
            ) AS "t362"
            ORDER BY
              "t362"."la_code" ASC,
              "t362"."month" ASC
          ) AS "t364"
        ) AS "t366"
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
              "t332"."la_code",
              "t332"."month",
              'cla_3plus_placements' AS "indicator",
              "t332"."numerator",
              "t332"."denominator",
              "t332"."excluded",
              CASE
                WHEN "t332"."denominator" > 0
                THEN (
                  CAST("t332"."numerator" AS DOUBLE) / "t332"."denominator"
                ) * 100
                ELSE NULL
              END AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t325"."numerator", 0) AS "numerator",
                COALESCE("t325"."denominator", 0) AS "denominator",
                0 AS "excluded"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t300"."la_code",
                  "t300"."month",
                  SUM(CAST("t300"."_kept" AND COALESCE("t300"."hit", FALSE) AS BIGINT)) AS "numerator",
                  SUM(CAST("t300"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t283"."la_code",
                    "t283"."month",
                    "t283"."month_end",
                    "t283"."rolling_start",
                    "t283"."person_id",
                    "t283"."cla_id",
                    "t283"."episode_start",
                    "t283"."placements",
                    COALESCE("t283"."placements", 0) >= 3 AS "hit",
                    TRUE AS "_kept"
                  FROM (
                    SELECT
                      "t184"."la_code",
                      "t184"."month",
                      "t184"."month_end",
                      "t184"."rolling_start",
                      "t184"."person_id",
                      "t184"."cla_id",
                      "t184"."episode_start",
                      "t251"."placements"
                    FROM (
                      SELECT
                        "t157"."la_code",
                        "t157"."month",
                        "t157"."month_end",
                        "t157"."rolling_start",
                        "t157"."clae_person_id" AS "person_id",
                        "t157"."clae_cla_id" AS "cla_id",
                        "t157"."clae_cla_episode_start_date" AS "episode_start"
                      FROM "t146" AS "t157"
                      WHERE
                        "t157"."rank" = 0
                    ) AS "t184"
                    LEFT OUTER JOIN (
                      SELECT
                        "t226"."la_code",
                        "t226"."month",
                        "t226"."person_id",
                        COUNT(DISTINCT "t226"."clap_cla_placement_id") AS "placements"
                      FROM (
                        SELECT
                          "t184"."la_code",
                          "t184"."month",
                          "t184"."month_end",
                          "t184"."rolling_start",
                          "t184"."person_id",
                          "t184"."cla_id",
                          "t184"."episode_start",
                          "t125"."la_code" AS "la_code_right",
                          "t125"."clap_cla_placement_id",
                          "t125"."clap_cla_id",
                          "t125"."clap_cla_placement_start_date",
                          "t125"."clap_cla_placement_end_date",
                          "t125"."clap_cla_placement_type",
                          "t125"."clap_long_term",
                          "t125"."cla_id" AS "cla_id_right",
                          "t125"."person_id" AS "person_id_right"
                        FROM (
                          SELECT
                            "t157"."la_code",
                            "t157"."month",
                            "t157"."month_end",
                            "t157"."rolling_start",
                            "t157"."clae_person_id" AS "person_id",
                            "t157"."clae_cla_id" AS "cla_id",
                            "t157"."clae_cla_episode_start_date" AS "episode_start"
                          FROM "t146" AS "t157"
                          WHERE
                            "t157"."rank" = 0
                        ) AS "t184"
                        INNER JOIN (
                          SELECT
                            "t68"."la_code",
                            "t68"."clap_cla_placement_id",
                            "t68"."clap_cla_id",
                            "t68"."clap_cla_placement_start_date",
                            "t68"."clap_cla_placement_end_date",
                            "t68"."clap_cla_placement_type",
                            "t68"."clap_long_term",
                            "t76"."cla_id",
                            "t76"."person_id"
                          FROM "t49" AS "t68"
                          INNER JOIN (
                            SELECT DISTINCT
                              "t59"."la_code",
                              "t59"."clae_cla_id" AS "cla_id",
                              "t59"."clae_person_id" AS "person_id"
                            FROM "t45" AS "t59"
                          ) AS "t76"
                            ON "t68"."la_code" = "t76"."la_code" AND "t68"."clap_cla_id" = "t76"."cla_id"
                        ) AS "t125"
                          ON "t184"."la_code" = "t125"."la_code"
                          AND "t184"."person_id" = "t125"."person_id"
                          AND "t125"."clap_cla_placement_start_date" <= "t184"."month_end"
                          AND (
                            (
                              "t125"."clap_cla_placement_end_date" IS NULL
                            )
                            OR (
                              "t125"."clap_cla_placement_end_date" >= "t184"."rolling_start"
                            )
                          )
                      ) AS "t226"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t251"
                      ON "t184"."la_code" = "t251"."la_code"
                      AND "t184"."month" = "t251"."month"
                      AND "t184"."person_id" = "t251"."person_id"
                  ) AS "t283"
                ) AS "t300"
                GROUP BY
                  1,
                  2
              ) AS "t325"
                ON "t18"."la_code" = "t325"."la_code" AND "t19"."month" = "t325"."month"
            ) AS "t332"
            ORDER BY
              "t332"."la_code" ASC,
              "t332"."month" ASC
          ) AS "t346"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t204"."la_code",
              "t204"."month",
              'cin_count' AS "indicator",
              "t204"."numerator",
              "t204"."denominator",
              "t204"."excluded",
              CAST("t204"."numerator" AS DOUBLE) AS "value"
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
                  "t131"."la_code",
                  "t131"."month",
                  SUM(CAST("t131"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t119"."la_code",
                    "t119"."month",
                    "t119"."cine_person_id",
                    TRUE AS "_kept"
                  FROM (
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
                        AND (
                          (
                            "t62"."cine_close_date" IS NULL
                          )
                          OR (
                            "t62"."cine_close_date" > "t19"."month_end"
                          )
                        )
                    ) AS "t100"
                  ) AS "t119"
                ) AS "t131"
                GROUP BY
                  1,
                  2
              ) AS "t171"
                ON "t18"."la_code" = "t171"."la_code" AND "t19"."month" = "t171"."month"
            ) AS "t204"
            ORDER BY
              "t204"."la_code" ASC,
              "t204"."month" ASC
          ) AS "t230"
        ) AS "t348"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t224"."la_code",
              "t224"."month",
              'cin_per_10k' AS "indicator",
              "t224"."numerator",
              "t224"."denominator",
              "t224"."excluded",
              (
                CAST("t224"."numerator" AS DOUBLE) / "t224"."denominator"
              ) * 10000 AS "value"
            FROM (
              SELECT
                "t18"."la_code",
                "t19"."month",
                COALESCE("t171"."numerator", 0) AS "numerator",
                0 AS "excluded",
                "t191"."population" AS "denominator"
              FROM "_councils" AS "t18"
              CROSS JOIN "_months" AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t131"."la_code",
                  "t131"."month",
                  SUM(CAST("t131"."_kept" AS BIGINT)) AS "numerator"
                FROM (
                  SELECT
                    "t119"."la_code",
                    "t119"."month",
                    "t119"."cine_person_id",
                    TRUE AS "_kept"
                  FROM (
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
                        AND (
                          (
                            "t62"."cine_close_date" IS NULL
                          )
                          OR (
                            "t62"."cine_close_date" > "t19"."month_end"
                          )
                        )
                    ) AS "t100"
                  ) AS "t119"
                ) AS "t131"
                GROUP BY
                  1,
                  2
              ) AS "t171"
                ON "t18"."la_code" = "t171"."la_code" AND "t19"."month" = "t171"."month"
              INNER JOIN (
                SELECT
                  "t165"."la_code",
                  "t165"."month",
                  "t165"."pop_year",
                  "t165"."population",
                  "t165"."year" AS "year_used"
                FROM (
                  SELECT
                    "t121"."la_code",
                    "t121"."month",
                    "t121"."month_end",
                    "t121"."rolling_start",
                    "t121"."pop_year",
                    "t121"."year",
                    "t121"."population",
                    "t121"."source",
                    "t121"."distance",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."la_code", "t121"."month"
                      ORDER BY "t121"."distance" ASC, "t121"."year" DESC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "rank"
                  FROM (
                    SELECT
                      "t82"."la_code",
                      "t82"."month",
                      "t82"."month_end",
                      "t82"."rolling_start",
                      "t82"."pop_year",
                      "t82"."year",
                      "t82"."population",
                      "t82"."source",
                      ABS("t82"."year" - "t82"."pop_year") AS "distance"
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
                    ) AS "t82"
                  ) AS "t121"
                ) AS "t165"
                WHERE
                  "t165"."rank" = 0
              ) AS "t191"
                ON "t18"."la_code" = "t191"."la_code" AND "t19"."month" = "t191"."month"
            ) AS "t224"
            ORDER BY
              "t224"."la_code" ASC,
              "t224"."month" ASC
          ) AS "t259"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t313"."la_code",
              "t313"."month",
              'caseload_mean' AS "indicator",
              "t313"."numerator",
              "t313"."denominator",
              "t313"."excluded",
              CASE
                WHEN "t313"."denominator" > 0
                THEN (
                  CAST("t313"."numerator" AS DOUBLE) / "t313"."denominator"
                ) * 1
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
                  "t262"."la_code",
                  "t262"."month",
                  SUM(CASE WHEN "t262"."_kept" THEN COALESCE("t262"."amount", 0) ELSE 0 END) AS "numerator",
                  SUM(CAST("t262"."_kept" AS BIGINT)) AS "denominator"
                FROM (
                  SELECT
                    "t246"."la_code",
                    "t246"."month",
                    "t246"."worker_id",
                    "t246"."team_id",
                    "t246"."amount",
                    TRUE AS "_kept"
                  FROM "t240" AS "t246"
                ) AS "t262"
                GROUP BY
                  1,
                  2
              ) AS "t296"
                ON "t18"."la_code" = "t296"."la_code" AND "t19"."month" = "t296"."month"
            ) AS "t313"
            ORDER BY
              "t313"."la_code" ASC,
              "t313"."month" ASC
          ) AS "t327"
        ) AS "t330"
      ) AS "t349"
    ) AS "t368"
  ) AS "t369"
) AS "t370"
ORDER BY
  "t370"."indicator" ASC,
  "t370"."la_code" ASC,
  "t370"."month" ASC
