-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "contacts_to_referral"}
WITH "cohort_contacts_in_month" AS (
  SELECT
    "t7"."la_code",
    "t7"."cont_contact_id",
    "t7"."cont_person_id",
    "t7"."cont_contact_date",
    "t7"."cont_contact_source_code",
    "t7"."cont_contact_outcome_json",
    "t7"."cont_screening_date",
    "t7"."cont_screened_by_qualified",
    "t4"."month",
    "t4"."month_end",
    "t4"."rolling_start",
    "t4"."pop_year"
  FROM (
    SELECT
      *
    FROM "ssd_contacts" AS "t2"
    WHERE
      "t2"."la_code" IN (
        SELECT
          *
        FROM "_councils" AS "t0"
      )
  ) AS "t7"
  INNER JOIN "_months" AS "t4"
    ON CAST("t7"."cont_contact_date" AS DATE) >= "t4"."month"
    AND CAST("t7"."cont_contact_date" AS DATE) <= "t4"."month_end"
)
SELECT
  "t13"."la_code",
  "t13"."month",
  "t13"."numerator",
  "t13"."denominator",
  "t13"."excluded",
  CASE
    WHEN "t13"."denominator" > 0
    THEN (
      CAST("t13"."numerator" AS DOUBLE) / "t13"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t12"."numerator", 0) AS "numerator",
    COALESCE("t12"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."la_code",
      "t10"."month",
      SUM(CAST("t10"."_kept" AND COALESCE("t10"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t10"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t9"."la_code",
        "t9"."cont_contact_id",
        "t9"."cont_person_id",
        "t9"."cont_contact_date",
        "t9"."cont_contact_source_code",
        "t9"."cont_contact_outcome_json",
        "t9"."cont_screening_date",
        "t9"."cont_screened_by_qualified",
        "t9"."month",
        "t9"."month_end",
        "t9"."rolling_start",
        "t9"."pop_year",
        COALESCE(
          REGEXP_MATCHES(
            "t9"."cont_contact_outcome_json",
            '(?i)NEW_REFERRAL_FLAG["\'']?\s*:\s*["\'']?(Y|YES|1|TRUE|T)(["\'']|\s*[,}]|\s*$)'
          ),
          FALSE
        ) AS "hit",
        TRUE AS "_kept"
      FROM "cohort_contacts_in_month" AS "t9"
    ) AS "t10"
    GROUP BY
      1,
      2
  ) AS "t12"
    ON "t3"."la_code" = "t12"."la_code" AND "t4"."month" = "t12"."month"
) AS "t13"
ORDER BY
  "t13"."la_code" ASC,
  "t13"."month" ASC
