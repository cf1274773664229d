-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "contacts_screened_24h"}
SELECT
  "t12"."la_code",
  "t12"."month",
  "t12"."numerator",
  "t12"."denominator",
  "t12"."excluded",
  CASE
    WHEN "t12"."denominator" > 0
    THEN (
      CAST("t12"."numerator" AS DOUBLE) / "t12"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t11"."numerator", 0) AS "numerator",
    COALESCE("t11"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t9"."la_code",
      "t9"."month",
      SUM(CAST("t9"."_kept" AND COALESCE("t9"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t9"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t8"."la_code",
        "t8"."cont_contact_id",
        "t8"."cont_person_id",
        "t8"."cont_contact_date",
        "t8"."cont_contact_source_code",
        "t8"."cont_contact_outcome_json",
        "t8"."cont_screening_date",
        "t8"."cont_screened_by_qualified",
        "t8"."month",
        "t8"."month_end",
        "t8"."rolling_start",
        "t8"."pop_year",
        (
          "t8"."cont_screening_date" IS NOT NULL
        )
        AND (
          "t8"."cont_screening_date" <= (
            "t8"."cont_contact_date" + INTERVAL '24' HOUR
          )
        )
        AND (
          (
            "t8"."cont_screened_by_qualified" IS NULL
          )
          OR "t8"."cont_screened_by_qualified"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
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
      ) AS "t8"
    ) AS "t9"
    GROUP BY
      1,
      2
  ) AS "t11"
    ON "t3"."la_code" = "t11"."la_code" AND "t4"."month" = "t11"."month"
) AS "t12"
ORDER BY
  "t12"."la_code" ASC,
  "t12"."month" ASC
