-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "rereferrals_12m"}
SELECT
  "t26"."la_code",
  "t26"."month",
  "t26"."numerator",
  "t26"."denominator",
  "t26"."excluded",
  CASE
    WHEN "t26"."denominator" > 0
    THEN (
      CAST("t26"."numerator" AS DOUBLE) / "t26"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t25"."numerator", 0) AS "numerator",
    COALESCE("t25"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t23"."la_code",
      "t23"."month",
      SUM(CAST("t23"."_kept" AND COALESCE("t23"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t23"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t22"."la_code",
        "t22"."cine_referral_id",
        "t22"."cine_person_id",
        "t22"."cine_referral_date",
        "t22"."hit",
        "t22"."month",
        "t22"."month_end",
        "t22"."rolling_start",
        "t22"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t17"."la_code",
          "t17"."cine_referral_id",
          "t17"."cine_person_id",
          "t17"."cine_referral_date",
          COALESCE("t21"."hit", FALSE) AS "hit",
          "t5"."month",
          "t5"."month_end",
          "t5"."rolling_start",
          "t5"."pop_year"
        FROM (
          SELECT
            "t13"."la_code",
            "t13"."cine_referral_id",
            "t13"."cine_person_id",
            "t13"."cine_referral_date",
            "t13"."cine_referral_source_code",
            "t13"."cine_referral_nfa",
            "t13"."cine_cin_primary_need_code",
            "t13"."cine_close_date",
            "t13"."cine_close_reason"
          FROM (
            SELECT
              "t11"."la_code",
              "t11"."cine_referral_id",
              "t11"."cine_person_id",
              "t11"."cine_referral_date",
              "t11"."cine_referral_source_code",
              "t11"."cine_referral_nfa",
              "t11"."cine_cin_primary_need_code",
              "t11"."cine_close_date",
              "t11"."cine_close_reason",
              "t10"."_lo",
              "t10"."_hi"
            FROM (
              SELECT
                *
              FROM "ssd_cin_episodes" AS "t2"
              WHERE
                "t2"."la_code" IN (
                  SELECT
                    *
                  FROM "_councils" AS "t0"
                )
            ) AS "t11"
            CROSS JOIN (
              SELECT
                MIN("t1"."rolling_start") AS "_lo",
                MAX("t1"."month_end") AS "_hi"
              FROM "_months" AS "t1"
            ) AS "t10"
          ) AS "t13"
          WHERE
            "t13"."cine_referral_date" >= "t13"."_lo"
            AND "t13"."cine_referral_date" <= "t13"."_hi"
        ) AS "t17"
        LEFT OUTER JOIN (
          SELECT DISTINCT
            *
          FROM (
            SELECT
              "t17"."la_code",
              "t17"."cine_referral_id",
              TRUE AS "hit"
            FROM (
              SELECT
                "t13"."la_code",
                "t13"."cine_referral_id",
                "t13"."cine_person_id",
                "t13"."cine_referral_date",
                "t13"."cine_referral_source_code",
                "t13"."cine_referral_nfa",
                "t13"."cine_cin_primary_need_code",
                "t13"."cine_close_date",
                "t13"."cine_close_reason"
              FROM (
                SELECT
                  "t11"."la_code",
                  "t11"."cine_referral_id",
                  "t11"."cine_person_id",
                  "t11"."cine_referral_date",
                  "t11"."cine_referral_source_code",
                  "t11"."cine_referral_nfa",
                  "t11"."cine_cin_primary_need_code",
                  "t11"."cine_close_date",
                  "t11"."cine_close_reason",
                  "t10"."_lo",
                  "t10"."_hi"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cin_episodes" AS "t2"
                  WHERE
                    "t2"."la_code" IN (
                      SELECT
                        *
                      FROM "_councils" AS "t0"
                    )
                ) AS "t11"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t10"
              ) AS "t13"
              WHERE
                "t13"."cine_referral_date" >= "t13"."_lo"
                AND "t13"."cine_referral_date" <= "t13"."_hi"
            ) AS "t17"
            INNER JOIN (
              SELECT
                "t14"."la_code",
                "t14"."cine_referral_id",
                "t14"."cine_person_id",
                "t14"."cine_referral_date",
                "t14"."cine_referral_source_code",
                "t14"."cine_referral_nfa",
                "t14"."cine_cin_primary_need_code",
                "t14"."cine_close_date",
                "t14"."cine_close_reason"
              FROM (
                SELECT
                  "t11"."la_code",
                  "t11"."cine_referral_id",
                  "t11"."cine_person_id",
                  "t11"."cine_referral_date",
                  "t11"."cine_referral_source_code",
                  "t11"."cine_referral_nfa",
                  "t11"."cine_cin_primary_need_code",
                  "t11"."cine_close_date",
                  "t11"."cine_close_reason",
                  "t12"."_lo",
                  "t12"."_hi"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cin_episodes" AS "t2"
                  WHERE
                    "t2"."la_code" IN (
                      SELECT
                        *
                      FROM "_councils" AS "t0"
                    )
                ) AS "t11"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t12"
              ) AS "t14"
              WHERE
                "t14"."cine_referral_date" >= "t14"."_lo"
                AND "t14"."cine_referral_date" <= "t14"."_hi"
            ) AS "t18"
              ON "t17"."la_code" = "t18"."la_code"
              AND "t17"."cine_person_id" = "t18"."cine_person_id"
              AND "t18"."cine_referral_date" >= (
                "t17"."cine_referral_date" + INTERVAL '-12' MONTH
              )
              AND "t18"."cine_referral_date" < "t17"."cine_referral_date"
          ) AS "t19"
        ) AS "t21"
          ON "t17"."la_code" = "t21"."la_code"
          AND "t17"."cine_referral_id" = "t21"."cine_referral_id"
        INNER JOIN "_months" AS "t5"
          ON "t17"."cine_referral_date" >= "t5"."rolling_start"
          AND "t17"."cine_referral_date" <= "t5"."month_end"
      ) AS "t22"
    ) AS "t23"
    GROUP BY
      1,
      2
  ) AS "t25"
    ON "t3"."la_code" = "t25"."la_code" AND "t4"."month" = "t25"."month"
) AS "t26"
ORDER BY
  "t26"."la_code" ASC,
  "t26"."month" ASC
