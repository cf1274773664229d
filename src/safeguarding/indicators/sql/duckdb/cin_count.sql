-- safeguarding compiled query {"code": "eceab8816ced8fd8", "policy": "5a5babdd74a484f2", "query": "cin_count"}
WITH "cohort_in_need" AS (
  SELECT DISTINCT
    *
  FROM (
    SELECT
      "t7"."la_code",
      "t4"."month",
      "t7"."cine_person_id"
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
    ) AS "t7"
    INNER JOIN "_months" AS "t4"
      ON "t7"."cine_referral_date" <= "t4"."month_end"
      AND COALESCE("t7"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t4"."month_end"
  ) AS "t8"
)
SELECT
  "t14"."la_code",
  "t14"."month",
  "t14"."numerator",
  "t14"."denominator",
  "t14"."excluded",
  "t14"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t13"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t11"."la_code",
      "t11"."month",
      SUM(CAST("t11"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t10"."la_code",
        "t10"."month",
        "t10"."cine_person_id",
        TRUE AS "_kept"
      FROM "cohort_in_need" AS "t10"
    ) AS "t11"
    GROUP BY
      1,
      2
  ) AS "t13"
    ON "t3"."la_code" = "t13"."la_code" AND "t4"."month" = "t13"."month"
) AS "t14"
ORDER BY
  "t14"."la_code" ASC,
  "t14"."month" ASC
