-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cin_count"}
WITH "t12" AS (
  SELECT
    "t11"."la_code",
    "t11"."cine_referral_id",
    "t11"."cine_person_id",
    "t11"."cine_referral_date",
    "t11"."cine_referral_source_code",
    "t11"."cine_referral_nfa",
    "t11"."cine_cin_primary_need_code",
    "t11"."cine_close_date",
    "t11"."cine_close_reason"
  FROM (
    SELECT
      "t10"."la_code",
      "t10"."cine_referral_id",
      "t10"."cine_person_id",
      "t10"."cine_referral_date",
      "t10"."cine_referral_source_code",
      "t10"."cine_referral_nfa",
      "t10"."cine_cin_primary_need_code",
      "t10"."cine_close_date",
      "t10"."cine_close_reason",
      "t9"."_first_end",
      "t9"."_last_end"
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
    ) AS "t10"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t9"
  ) AS "t11"
  WHERE
    "t11"."cine_referral_date" <= "t11"."_last_end"
    AND COALESCE("t11"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t11"."_first_end"
), "cohort_in_need" AS (
  SELECT
    "t14"."la_code",
    "t4"."month",
    "t14"."cine_person_id"
  FROM "t12" AS "t14"
  INNER JOIN "_months" AS "t4"
    ON "t14"."cine_referral_date" <= "t4"."month_end"
    AND COALESCE("t14"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t4"."month_end"
  ANTI JOIN (
    SELECT
      "t14"."la_code",
      "t14"."cine_referral_id" AS "_superseded",
      "t15"."cine_referral_date" AS "_start",
      "t15"."cine_close_date" AS "_end",
      "t5"."month",
      "t5"."month_end",
      "t5"."rolling_start",
      "t5"."pop_year"
    FROM "t12" AS "t14"
    INNER JOIN "t12" AS "t15"
      ON "t14"."la_code" = "t15"."la_code"
      AND "t14"."cine_person_id" = "t15"."cine_person_id"
      AND "t15"."cine_referral_date" >= "t14"."cine_referral_date"
      AND (
        (
          "t15"."cine_referral_date" > "t14"."cine_referral_date"
        )
        OR (
          "t15"."cine_referral_id" > "t14"."cine_referral_id"
        )
      )
      AND "t15"."cine_referral_date" < COALESCE("t14"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t5"
      ON "t15"."cine_referral_date" <= "t5"."month_end"
      AND COALESCE("t15"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ) AS "t17"
    ON "t14"."la_code" = "t17"."la_code"
    AND "t4"."month" = "t17"."month"
    AND "t14"."cine_referral_id" = "t17"."_superseded"
)
SELECT
  "t23"."la_code",
  "t23"."month",
  "t23"."numerator",
  "t23"."denominator",
  "t23"."excluded",
  "t23"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t22"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t20"."la_code",
      "t20"."month",
      SUM(CAST("t20"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t19"."la_code",
        "t19"."month",
        "t19"."cine_person_id",
        TRUE AS "_kept"
      FROM "cohort_in_need" AS "t19"
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
