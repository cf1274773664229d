-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "catalogue_lead"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t16" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t8"
    )
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
        "t41"."la_code",
        "t41"."month",
        'referrals' AS "indicator",
        "t41"."numerator",
        "t41"."denominator",
        "t41"."excluded",
        CAST("t41"."numerator" AS DOUBLE) AS "value"
      FROM (
        SELECT
          "t6"."la_code",
          "t7"."month",
          COALESCE("t37"."numerator", 0) AS "numerator",
          CAST(NULL AS BIGINT) AS "denominator",
          0 AS "excluded"
        FROM "_councils" AS "t6"
        CROSS JOIN "_months" AS "t7"
        LEFT OUTER JOIN (
          SELECT
            "t28"."la_code",
            "t28"."month",
            SUM(CAST("t28"."_kept" AS BIGINT)) AS "numerator"
          FROM (
            SELECT
              "t25"."la_code",
              "t25"."cine_referral_id",
              "t25"."cine_person_id",
              "t25"."cine_referral_date",
              "t25"."cine_referral_source_code",
              "t25"."cine_referral_nfa",
              "t25"."cine_cin_primary_need_code",
              "t25"."cine_close_date",
              "t25"."cine_close_reason",
              "t25"."month",
              "t25"."month_end",
              "t25"."rolling_start",
              "t25"."pop_year",
              TRUE AS "_kept"
            FROM (
              SELECT
                "t20"."la_code",
                "t20"."cine_referral_id",
                "t20"."cine_person_id",
                "t20"."cine_referral_date",
                "t20"."cine_referral_source_code",
                "t20"."cine_referral_nfa",
                "t20"."cine_cin_primary_need_code",
                "t20"."cine_close_date",
                "t20"."cine_close_reason",
                "t7"."month",
                "t7"."month_end",
                "t7"."rolling_start",
                "t7"."pop_year"
              FROM "t16" AS "t20"
              INNER JOIN "_months" AS "t7"
                ON "t20"."cine_referral_date" >= "t7"."month"
                AND "t20"."cine_referral_date" <= "t7"."month_end"
            ) AS "t25"
          ) AS "t28"
          GROUP BY
            1,
            2
        ) AS "t37"
          ON "t6"."la_code" = "t37"."la_code" AND "t7"."month" = "t37"."month"
      ) AS "t41"
      ORDER BY
        "t41"."la_code" ASC,
        "t41"."month" ASC
    ) AS "t44"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t38"."la_code",
        "t38"."month",
        'assessments_completed' AS "indicator",
        "t38"."numerator",
        "t38"."denominator",
        "t38"."excluded",
        CAST("t38"."numerator" AS DOUBLE) AS "value"
      FROM (
        SELECT
          "t6"."la_code",
          "t7"."month",
          COALESCE("t33"."numerator", 0) AS "numerator",
          CAST(NULL AS BIGINT) AS "denominator",
          0 AS "excluded"
        FROM "_councils" AS "t6"
        CROSS JOIN "_months" AS "t7"
        LEFT OUTER JOIN (
          SELECT
            "t26"."la_code",
            "t26"."month",
            SUM(CAST("t26"."_kept" AS BIGINT)) AS "numerator"
          FROM (
            SELECT
              "t23"."la_code",
              "t23"."cina_assessment_id",
              "t23"."cina_person_id",
              "t23"."cina_referral_id",
              "t23"."cina_assessment_start_date",
              "t23"."cina_assessment_auth_date",
              "t23"."cina_assessment_child_seen",
              "t23"."month",
              "t23"."month_end",
              "t23"."rolling_start",
              "t23"."pop_year",
              TRUE AS "_kept"
            FROM (
              SELECT
                "t17"."la_code",
                "t17"."cina_assessment_id",
                "t17"."cina_person_id",
                "t17"."cina_referral_id",
                "t17"."cina_assessment_start_date",
                "t17"."cina_assessment_auth_date",
                "t17"."cina_assessment_child_seen",
                "t7"."month",
                "t7"."month_end",
                "t7"."rolling_start",
                "t7"."pop_year"
              FROM (
                SELECT
                  *
                FROM "ssd_cin_assessments" AS "t2"
                WHERE
                  "t2"."la_code" IN (
                    SELECT
                      *
                    FROM "t8"
                  )
              ) AS "t17"
              INNER JOIN "_months" AS "t7"
                ON "t17"."cina_assessment_auth_date" >= "t7"."month"
                AND "t17"."cina_assessment_auth_date" <= "t7"."month_end"
            ) AS "t23"
          ) AS "t26"
          GROUP BY
            1,
            2
        ) AS "t33"
          ON "t6"."la_code" = "t33"."la_code" AND "t7"."month" = "t33"."month"
      ) AS "t38"
      ORDER BY
        "t38"."la_code" ASC,
        "t38"."month" ASC
    ) AS "t42"
  ) AS "t46"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t49"."la_code",
        "t49"."month",
        'assessments_in_timescale' AS "indicator",
        "t49"."numerator",
        "t49"."denominator",
        "t49"."excluded",
        CASE
          WHEN "t49"."denominator" > 0
          THEN (
            CAST("t49"."numerator" AS DOUBLE) / "t49"."denominator"
          ) * 100
          ELSE NULL
        END AS "value"
      FROM (
        SELECT
          "t6"."la_code",
          "t7"."month",
          COALESCE("t48"."numerator", 0) AS "numerator",
          COALESCE("t48"."denominator", 0) AS "denominator",
          0 AS "excluded"
        FROM "_councils" AS "t6"
        CROSS JOIN "_months" AS "t7"
        LEFT OUTER JOIN (
          SELECT
            "t45"."la_code",
            "t45"."month",
            SUM(CAST("t45"."_kept" AND COALESCE("t45"."hit", FALSE) AS BIGINT)) AS "numerator",
            SUM(CAST("t45"."_kept" AS BIGINT)) AS "denominator"
          FROM (
            SELECT
              "t40"."la_code",
              "t40"."cina_assessment_id",
              "t40"."cina_person_id",
              "t40"."cina_referral_id",
              "t40"."cina_assessment_start_date",
              "t40"."cina_assessment_auth_date",
              "t40"."cina_assessment_child_seen",
              "t40"."month",
              "t40"."month_end",
              "t40"."rolling_start",
              "t40"."pop_year",
              "t40"."la_code_right",
              "t40"."cine_referral_id",
              "t40"."cine_referral_date",
              "t40"."_start",
              "t40"."_wd_b" - "t40"."_wd_a" AS "wd",
              (
                "t40"."_wd_b" - "t40"."_wd_a"
              ) <= 45 AS "hit",
              TRUE AS "_kept"
            FROM (
              SELECT
                "t36"."la_code",
                "t36"."cina_assessment_id",
                "t36"."cina_person_id",
                "t36"."cina_referral_id",
                "t36"."cina_assessment_start_date",
                "t36"."cina_assessment_auth_date",
                "t36"."cina_assessment_child_seen",
                "t36"."month",
                "t36"."month_end",
                "t36"."rolling_start",
                "t36"."pop_year",
                "t36"."la_code_right",
                "t36"."cine_referral_id",
                "t36"."cine_referral_date",
                "t36"."_start",
                "t12"."_wd_a",
                "t13"."_wd_b"
              FROM (
                SELECT
                  "t29"."la_code",
                  "t29"."cina_assessment_id",
                  "t29"."cina_person_id",
                  "t29"."cina_referral_id",
                  "t29"."cina_assessment_start_date",
                  "t29"."cina_assessment_auth_date",
                  "t29"."cina_assessment_child_seen",
                  "t29"."month",
                  "t29"."month_end",
                  "t29"."rolling_start",
                  "t29"."pop_year",
                  "t29"."la_code_right",
                  "t29"."cine_referral_id",
                  "t29"."cine_referral_date",
                  COALESCE("t29"."cine_referral_date", "t29"."cina_assessment_start_date") AS "_start"
                FROM (
                  SELECT
                    "t17"."la_code",
                    "t17"."cina_assessment_id",
                    "t17"."cina_person_id",
                    "t17"."cina_referral_id",
                    "t17"."cina_assessment_start_date",
                    "t17"."cina_assessment_auth_date",
                    "t17"."cina_assessment_child_seen",
                    "t7"."month",
                    "t7"."month_end",
                    "t7"."rolling_start",
                    "t7"."pop_year",
                    "t22"."la_code" AS "la_code_right",
                    "t22"."cine_referral_id",
                    "t22"."cine_referral_date"
                  FROM (
                    SELECT
                      *
                    FROM "ssd_cin_assessments" AS "t2"
                    WHERE
                      "t2"."la_code" IN (
                        SELECT
                          *
                        FROM "t8"
                      )
                  ) AS "t17"
                  INNER JOIN "_months" AS "t7"
                    ON "t17"."cina_assessment_auth_date" >= "t7"."month"
                    AND "t17"."cina_assessment_auth_date" <= "t7"."month_end"
                  LEFT OUTER JOIN (
                    SELECT
                      "t19"."la_code",
                      "t19"."cine_referral_id",
                      "t19"."cine_referral_date"
                    FROM "t16" AS "t19"
                  ) AS "t22"
                    ON "t17"."la_code" = "t22"."la_code"
                    AND "t17"."cina_referral_id" = "t22"."cine_referral_id"
                ) AS "t29"
              ) AS "t36"
              LEFT OUTER JOIN (
                SELECT
                  "t5"."wd_ordinal" AS "_wd_a",
                  "t5"."date" AS "_wd_a__date"
                FROM "_calendar" AS "t5"
              ) AS "t12"
                ON "t36"."_start" = "t12"."_wd_a__date"
              LEFT OUTER JOIN (
                SELECT
                  "t5"."wd_ordinal" AS "_wd_b",
                  "t5"."date" AS "_wd_b__date"
                FROM "_calendar" AS "t5"
              ) AS "t13"
                ON "t36"."cina_assessment_auth_date" = "t13"."_wd_b__date"
            ) AS "t40"
          ) AS "t45"
          GROUP BY
            1,
            2
        ) AS "t48"
          ON "t6"."la_code" = "t48"."la_code" AND "t7"."month" = "t48"."month"
      ) AS "t49"
      ORDER BY
        "t49"."la_code" ASC,
        "t49"."month" ASC
    ) AS "t50"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t39"."la_code",
        "t39"."month",
        'cp_starts' AS "indicator",
        "t39"."numerator",
        "t39"."denominator",
        "t39"."excluded",
        CAST("t39"."numerator" AS DOUBLE) AS "value"
      FROM (
        SELECT
          "t6"."la_code",
          "t7"."month",
          COALESCE("t34"."numerator", 0) AS "numerator",
          CAST(NULL AS BIGINT) AS "denominator",
          0 AS "excluded"
        FROM "_councils" AS "t6"
        CROSS JOIN "_months" AS "t7"
        LEFT OUTER JOIN (
          SELECT
            "t27"."la_code",
            "t27"."month",
            SUM(CAST("t27"."_kept" AS BIGINT)) AS "numerator"
          FROM (
            SELECT
              "t24"."la_code",
              "t24"."cppl_cp_plan_id",
              "t24"."cppl_person_id",
              "t24"."cppl_cp_plan_start_date",
              "t24"."cppl_cp_plan_end_date",
              "t24"."cppl_cp_plan_initial_category",
              "t24"."cppl_cp_plan_latest_category",
              "t24"."cppl_icpc_id",
              "t24"."month",
              "t24"."month_end",
              "t24"."rolling_start",
              "t24"."pop_year",
              TRUE AS "_kept"
            FROM (
              SELECT
                "t18"."la_code",
                "t18"."cppl_cp_plan_id",
                "t18"."cppl_person_id",
                "t18"."cppl_cp_plan_start_date",
                "t18"."cppl_cp_plan_end_date",
                "t18"."cppl_cp_plan_initial_category",
                "t18"."cppl_cp_plan_latest_category",
                "t18"."cppl_icpc_id",
                "t7"."month",
                "t7"."month_end",
                "t7"."rolling_start",
                "t7"."pop_year"
              FROM (
                SELECT
                  *
                FROM "ssd_cp_plans" AS "t3"
                WHERE
                  "t3"."la_code" IN (
                    SELECT
                      *
                    FROM "t8"
                  )
              ) AS "t18"
              INNER JOIN "_months" AS "t7"
                ON "t18"."cppl_cp_plan_start_date" >= "t7"."month"
                AND "t18"."cppl_cp_plan_start_date" <= "t7"."month_end"
            ) AS "t24"
          ) AS "t27"
          GROUP BY
            1,
            2
        ) AS "t34"
          ON "t6"."la_code" = "t34"."la_code" AND "t7"."month" = "t34"."month"
      ) AS "t39"
      ORDER BY
        "t39"."la_code" ASC,
        "t39"."month" ASC
    ) AS "t43"
  ) AS "t51"
) AS "t52"
ORDER BY
  "t52"."indicator" ASC,
  "t52"."la_code" ASC,
  "t52"."month" ASC
