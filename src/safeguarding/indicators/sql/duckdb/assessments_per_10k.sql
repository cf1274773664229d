-- safeguarding compiled query {"code": "97684e1b273a2de5", "policy": "5a5babdd74a484f2", "query": "assessments_per_10k"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t32"."la_code",
  "t32"."month",
  "t32"."numerator",
  "t32"."excluded",
  "t32"."denominator",
  (
    CAST("t32"."numerator" AS DOUBLE) / "t32"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t31"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t27"."population" AS "denominator"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t29"."la_code",
      "t29"."month_right" AS "month",
      SUM("t29"."numerator") AS "numerator"
    FROM (
      SELECT
        "t28"."la_code",
        "t28"."month",
        "t28"."numerator",
        "t6"."month" AS "month_right",
        "t6"."month_end",
        "t6"."rolling_start",
        "t6"."pop_year"
      FROM (
        SELECT
          "t23"."la_code",
          "t23"."month",
          SUM(CAST("t23"."_kept" AS BIGINT)) AS "numerator"
        FROM (
          SELECT
            "t22"."la_code",
            "t22"."cina_assessment_id",
            "t22"."cina_person_id",
            "t22"."cina_referral_id",
            "t22"."cina_assessment_start_date",
            "t22"."cina_assessment_auth_date",
            "t22"."cina_assessment_child_seen",
            "t22"."month",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t20"."la_code",
              "t20"."cina_assessment_id",
              "t20"."cina_person_id",
              "t20"."cina_referral_id",
              "t20"."cina_assessment_start_date",
              "t20"."cina_assessment_auth_date",
              "t20"."cina_assessment_child_seen",
              "t11"."month"
            FROM (
              SELECT
                "t17"."la_code",
                "t17"."cina_assessment_id",
                "t17"."cina_person_id",
                "t17"."cina_referral_id",
                "t17"."cina_assessment_start_date",
                "t17"."cina_assessment_auth_date",
                "t17"."cina_assessment_child_seen"
              FROM (
                SELECT
                  "t16"."la_code",
                  "t16"."cina_assessment_id",
                  "t16"."cina_person_id",
                  "t16"."cina_referral_id",
                  "t16"."cina_assessment_start_date",
                  "t16"."cina_assessment_auth_date",
                  "t16"."cina_assessment_child_seen",
                  "t12"."_lo",
                  "t12"."_hi"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cin_assessments" AS "t4"
                  WHERE
                    "t4"."la_code" IN (
                      SELECT
                        *
                      FROM "t7"
                    )
                ) AS "t16"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t12"
              ) AS "t17"
              WHERE
                "t17"."cina_assessment_auth_date" >= "t17"."_lo"
                AND "t17"."cina_assessment_auth_date" <= "t17"."_hi"
            ) AS "t20"
            INNER JOIN (
              SELECT
                "t3"."date" AS "_date",
                "t3"."month"
              FROM "_calendar" AS "t3"
            ) AS "t11"
              ON "t20"."cina_assessment_auth_date" = "t11"."_date"
          ) AS "t22"
        ) AS "t23"
        GROUP BY
          1,
          2
      ) AS "t28"
      INNER JOIN "_months" AS "t6"
        ON "t28"."month" >= "t6"."rolling_start" AND "t28"."month" <= "t6"."month"
    ) AS "t29"
    GROUP BY
      1,
      2
  ) AS "t31"
    ON "t5"."la_code" = "t31"."la_code" AND "t6"."month" = "t31"."month"
  INNER JOIN (
    SELECT
      "t24"."la_code",
      "t24"."month",
      "t24"."pop_year",
      "t24"."population",
      "t24"."year" AS "year_used"
    FROM (
      SELECT
        "t21"."la_code",
        "t21"."month",
        "t21"."month_end",
        "t21"."rolling_start",
        "t21"."pop_year",
        "t21"."year",
        "t21"."population",
        "t21"."source",
        "t21"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t21"."la_code", "t21"."month"
          ORDER BY "t21"."distance" ASC, "t21"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t18"."la_code",
          "t18"."month",
          "t18"."month_end",
          "t18"."rolling_start",
          "t18"."pop_year",
          "t18"."year",
          "t18"."population",
          "t18"."source",
          ABS("t18"."year" - "t18"."pop_year") AS "distance"
        FROM (
          SELECT
            "t5"."la_code",
            "t6"."month",
            "t6"."month_end",
            "t6"."rolling_start",
            "t6"."pop_year",
            "t15"."year",
            "t15"."population",
            "t15"."source"
          FROM "_councils" AS "t5"
          CROSS JOIN "_months" AS "t6"
          INNER JOIN (
            SELECT
              *
            FROM "populations" AS "t2"
            WHERE
              "t2"."la_code" IN (
                SELECT
                  *
                FROM "t7"
              )
          ) AS "t15"
            ON "t5"."la_code" = "t15"."la_code"
        ) AS "t18"
      ) AS "t21"
    ) AS "t24"
    WHERE
      "t24"."rank" = 0
  ) AS "t27"
    ON "t5"."la_code" = "t27"."la_code" AND "t6"."month" = "t27"."month"
) AS "t32"
ORDER BY
  "t32"."la_code" ASC,
  "t32"."month" ASC
