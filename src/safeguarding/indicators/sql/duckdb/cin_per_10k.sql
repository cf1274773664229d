-- safeguarding compiled query {"code": "eceab8816ced8fd8", "policy": "5a5babdd74a484f2", "query": "cin_per_10k"}
WITH "t6" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "cohort_in_need" AS (
  SELECT DISTINCT
    *
  FROM (
    SELECT
      "t11"."la_code",
      "t5"."month",
      "t11"."cine_person_id"
    FROM (
      SELECT
        *
      FROM "ssd_cin_episodes" AS "t3"
      WHERE
        "t3"."la_code" IN (
          SELECT
            *
          FROM "t6"
        )
    ) AS "t11"
    INNER JOIN "_months" AS "t5"
      ON "t11"."cine_referral_date" <= "t5"."month_end"
      AND COALESCE("t11"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ) AS "t13"
)
SELECT
  "t23"."la_code",
  "t23"."month",
  "t23"."numerator",
  "t23"."excluded",
  "t23"."denominator",
  (
    CAST("t23"."numerator" AS DOUBLE) / "t23"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t21"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t22"."population" AS "denominator"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t17"."la_code",
      "t17"."month",
      SUM(CAST("t17"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t16"."la_code",
        "t16"."month",
        "t16"."cine_person_id",
        TRUE AS "_kept"
      FROM "cohort_in_need" AS "t16"
    ) AS "t17"
    GROUP BY
      1,
      2
  ) AS "t21"
    ON "t4"."la_code" = "t21"."la_code" AND "t5"."month" = "t21"."month"
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
          "t12"."la_code",
          "t12"."month",
          "t12"."month_end",
          "t12"."rolling_start",
          "t12"."pop_year",
          "t12"."year",
          "t12"."population",
          "t12"."source",
          ABS("t12"."year" - "t12"."pop_year") AS "distance"
        FROM (
          SELECT
            "t4"."la_code",
            "t5"."month",
            "t5"."month_end",
            "t5"."rolling_start",
            "t5"."pop_year",
            "t10"."year",
            "t10"."population",
            "t10"."source"
          FROM "_councils" AS "t4"
          CROSS JOIN "_months" AS "t5"
          INNER JOIN (
            SELECT
              *
            FROM "populations" AS "t2"
            WHERE
              "t2"."la_code" IN (
                SELECT
                  *
                FROM "t6"
              )
          ) AS "t10"
            ON "t4"."la_code" = "t10"."la_code"
        ) AS "t12"
      ) AS "t15"
    ) AS "t18"
    WHERE
      "t18"."rank" = 0
  ) AS "t22"
    ON "t4"."la_code" = "t22"."la_code" AND "t5"."month" = "t22"."month"
) AS "t23"
ORDER BY
  "t23"."la_code" ASC,
  "t23"."month" ASC
