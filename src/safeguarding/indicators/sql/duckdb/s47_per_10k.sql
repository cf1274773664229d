-- safeguarding compiled query {"code": "8008470e525c43af", "policy": "5a5babdd74a484f2", "query": "s47_per_10k"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t21"."la_code",
  "t21"."month",
  "t21"."numerator",
  "t21"."excluded",
  "t21"."denominator",
  (
    CAST("t21"."numerator" AS DOUBLE) / "t21"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t17"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t20"."population" AS "denominator"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t14"."la_code",
      "t14"."month",
      SUM(CAST("t14"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t12"."la_code",
        "t12"."s47e_s47_enquiry_id",
        "t12"."s47e_person_id",
        "t12"."s47e_referral_id",
        "t12"."s47e_s47_start_date",
        "t12"."s47e_s47_end_date",
        "t12"."s47e_s47_nfa",
        "t12"."month",
        "t12"."month_end",
        "t12"."rolling_start",
        "t12"."pop_year",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t10"."la_code",
          "t10"."s47e_s47_enquiry_id",
          "t10"."s47e_person_id",
          "t10"."s47e_referral_id",
          "t10"."s47e_s47_start_date",
          "t10"."s47e_s47_end_date",
          "t10"."s47e_s47_nfa",
          "t5"."month",
          "t5"."month_end",
          "t5"."rolling_start",
          "t5"."pop_year"
        FROM (
          SELECT
            *
          FROM "ssd_s47_enquiry" AS "t2"
          WHERE
            "t2"."la_code" IN (
              SELECT
                *
              FROM "t6"
            )
        ) AS "t10"
        INNER JOIN "_months" AS "t5"
          ON "t10"."s47e_s47_start_date" >= "t5"."rolling_start"
          AND "t10"."s47e_s47_start_date" <= "t5"."month_end"
      ) AS "t12"
    ) AS "t14"
    GROUP BY
      1,
      2
  ) AS "t17"
    ON "t4"."la_code" = "t17"."la_code" AND "t5"."month" = "t17"."month"
  INNER JOIN (
    SELECT
      "t18"."la_code",
      "t18"."month",
      "t18"."pop_year",
      "t18"."population",
      "t18"."year" AS "year_used"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."month",
        "t15"."month_end",
        "t15"."rolling_start",
        "t15"."pop_year",
        "t15"."year",
        "t15"."population",
        "t15"."source",
        "t15"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t15"."la_code", "t15"."month"
          ORDER BY "t15"."distance" ASC, "t15"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t13"."la_code",
          "t13"."month",
          "t13"."month_end",
          "t13"."rolling_start",
          "t13"."pop_year",
          "t13"."year",
          "t13"."population",
          "t13"."source",
          ABS("t13"."year" - "t13"."pop_year") AS "distance"
        FROM (
          SELECT
            "t4"."la_code",
            "t5"."month",
            "t5"."month_end",
            "t5"."rolling_start",
            "t5"."pop_year",
            "t11"."year",
            "t11"."population",
            "t11"."source"
          FROM "_councils" AS "t4"
          CROSS JOIN "_months" AS "t5"
          INNER JOIN (
            SELECT
              *
            FROM "populations" AS "t3"
            WHERE
              "t3"."la_code" IN (
                SELECT
                  *
                FROM "t6"
              )
          ) AS "t11"
            ON "t4"."la_code" = "t11"."la_code"
        ) AS "t13"
      ) AS "t15"
    ) AS "t18"
    WHERE
      "t18"."rank" = 0
  ) AS "t20"
    ON "t4"."la_code" = "t20"."la_code" AND "t5"."month" = "t20"."month"
) AS "t21"
ORDER BY
  "t21"."la_code" ASC,
  "t21"."month" ASC
