-- safeguarding compiled query {"code": "f222912e1154d2e7", "policy": "5a5babdd74a484f2", "query": "rereferrals_12m"}
WITH "t8" AS (
  SELECT
    *
  FROM "ssd_cin_episodes" AS "t2"
  WHERE
    "t2"."la_code" IN (
      SELECT
        *
      FROM "_councils" AS "t0"
    )
)
SELECT
  "t23"."la_code",
  "t23"."month",
  "t23"."numerator",
  "t23"."denominator",
  "t23"."excluded",
  CASE
    WHEN "t23"."denominator" > 0
    THEN (
      CAST("t23"."numerator" AS DOUBLE) / "t23"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t22"."numerator", 0) AS "numerator",
    COALESCE("t22"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t20"."la_code",
      "t20"."month",
      SUM(CAST("t20"."_kept" AND COALESCE("t20"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t20"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t19"."la_code",
        "t19"."cine_referral_id",
        "t19"."cine_person_id",
        "t19"."cine_referral_date",
        "t19"."hit",
        "t19"."month",
        "t19"."month_end",
        "t19"."rolling_start",
        "t19"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t15"."la_code",
          "t15"."cine_referral_id",
          "t15"."cine_person_id",
          "t15"."cine_referral_date",
          COALESCE("t18"."hit", FALSE) AS "hit",
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
              "t9"."_lo",
              "t9"."_hi"
            FROM "t8" AS "t11"
            CROSS JOIN (
              SELECT
                MIN("t1"."rolling_start") AS "_lo",
                MAX("t1"."month_end") AS "_hi"
              FROM "_months" AS "t1"
            ) AS "t9"
          ) AS "t13"
          WHERE
            "t13"."cine_referral_date" >= "t13"."_lo"
            AND "t13"."cine_referral_date" <= "t13"."_hi"
        ) AS "t15"
        LEFT OUTER JOIN (
          SELECT DISTINCT
            *
          FROM (
            SELECT
              "t15"."la_code",
              "t15"."cine_referral_id",
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
                  "t9"."_lo",
                  "t9"."_hi"
                FROM "t8" AS "t11"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t9"
              ) AS "t13"
              WHERE
                "t13"."cine_referral_date" >= "t13"."_lo"
                AND "t13"."cine_referral_date" <= "t13"."_hi"
            ) AS "t15"
            INNER JOIN "t8" AS "t12"
              ON "t15"."la_code" = "t12"."la_code"
              AND "t15"."cine_person_id" = "t12"."cine_person_id"
              AND "t12"."cine_referral_date" >= (
                "t15"."cine_referral_date" + INTERVAL '-12' MONTH
              )
              AND "t12"."cine_referral_date" < "t15"."cine_referral_date"
          ) AS "t16"
        ) AS "t18"
          ON "t15"."la_code" = "t18"."la_code"
          AND "t15"."cine_referral_id" = "t18"."cine_referral_id"
        INNER JOIN "_months" AS "t5"
          ON "t15"."cine_referral_date" >= "t5"."rolling_start"
          AND "t15"."cine_referral_date" <= "t5"."month_end"
      ) AS "t19"
    ) AS "t20"
    GROUP BY
      1,
      2
  ) AS "t22"
    ON "t3"."la_code" = "t22"."la_code" AND "t4"."month" = "t22"."month"
) AS "t23"
ORDER BY
  "t23"."la_code" ASC,
  "t23"."month" ASC
