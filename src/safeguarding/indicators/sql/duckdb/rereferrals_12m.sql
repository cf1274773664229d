-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "rereferrals_12m"}
WITH "t7" AS (
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
  "t18"."la_code",
  "t18"."month",
  "t18"."numerator",
  "t18"."denominator",
  "t18"."excluded",
  CASE
    WHEN "t18"."denominator" > 0
    THEN (
      CAST("t18"."numerator" AS DOUBLE) / "t18"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t17"."numerator", 0) AS "numerator",
    COALESCE("t17"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t15"."la_code",
      "t15"."month",
      SUM(CAST("t15"."_kept" AND COALESCE("t15"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t15"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t14"."la_code",
        "t14"."cine_referral_id",
        "t14"."cine_person_id",
        "t14"."cine_referral_date",
        "t14"."hit",
        "t14"."month",
        "t14"."month_end",
        "t14"."rolling_start",
        "t14"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t9"."la_code",
          "t9"."cine_referral_id",
          "t9"."cine_person_id",
          "t9"."cine_referral_date",
          COALESCE("t13"."hit", FALSE) AS "hit",
          "t5"."month",
          "t5"."month_end",
          "t5"."rolling_start",
          "t5"."pop_year"
        FROM "t7" AS "t9"
        LEFT OUTER JOIN (
          SELECT DISTINCT
            *
          FROM (
            SELECT
              "t9"."la_code",
              "t9"."cine_referral_id",
              TRUE AS "hit"
            FROM "t7" AS "t9"
            INNER JOIN "t7" AS "t10"
              ON "t9"."la_code" = "t10"."la_code"
              AND "t9"."cine_person_id" = "t10"."cine_person_id"
              AND "t10"."cine_referral_date" >= (
                "t9"."cine_referral_date" + INTERVAL '-12' MONTH
              )
              AND "t10"."cine_referral_date" < "t9"."cine_referral_date"
          ) AS "t11"
        ) AS "t13"
          ON "t9"."la_code" = "t13"."la_code"
          AND "t9"."cine_referral_id" = "t13"."cine_referral_id"
        INNER JOIN "_months" AS "t5"
          ON "t9"."cine_referral_date" >= "t5"."rolling_start"
          AND "t9"."cine_referral_date" <= "t5"."month_end"
      ) AS "t14"
    ) AS "t15"
    GROUP BY
      1,
      2
  ) AS "t17"
    ON "t3"."la_code" = "t17"."la_code" AND "t4"."month" = "t17"."month"
) AS "t18"
ORDER BY
  "t18"."la_code" ASC,
  "t18"."month" ASC
