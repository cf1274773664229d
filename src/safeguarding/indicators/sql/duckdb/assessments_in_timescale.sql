-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "assessments_in_timescale"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t25"."la_code",
  "t25"."month",
  "t25"."numerator",
  "t25"."denominator",
  "t25"."excluded",
  CASE
    WHEN "t25"."denominator" > 0
    THEN (
      CAST("t25"."numerator" AS DOUBLE) / "t25"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t24"."numerator", 0) AS "numerator",
    COALESCE("t24"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t22"."la_code",
      "t22"."month",
      SUM(CAST("t22"."_kept" AND COALESCE("t22"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t22"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t21"."la_code",
        "t21"."cina_assessment_id",
        "t21"."cina_person_id",
        "t21"."cina_referral_id",
        "t21"."cina_assessment_start_date",
        "t21"."cina_assessment_auth_date",
        "t21"."cina_assessment_child_seen",
        "t21"."month",
        "t21"."month_end",
        "t21"."rolling_start",
        "t21"."pop_year",
        "t21"."la_code_right",
        "t21"."cine_referral_id",
        "t21"."cine_referral_date",
        "t21"."_start",
        "t21"."_wd_b" - "t21"."_wd_a" AS "wd",
        (
          "t21"."_wd_b" - "t21"."_wd_a"
        ) <= 45 AS "hit",
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
          "t20"."month",
          "t20"."month_end",
          "t20"."rolling_start",
          "t20"."pop_year",
          "t20"."la_code_right",
          "t20"."cine_referral_id",
          "t20"."cine_referral_date",
          "t20"."_start",
          "t11"."_wd_a",
          "t12"."_wd_b"
        FROM (
          SELECT
            "t18"."la_code",
            "t18"."cina_assessment_id",
            "t18"."cina_person_id",
            "t18"."cina_referral_id",
            "t18"."cina_assessment_start_date",
            "t18"."cina_assessment_auth_date",
            "t18"."cina_assessment_child_seen",
            "t18"."month",
            "t18"."month_end",
            "t18"."rolling_start",
            "t18"."pop_year",
            "t18"."la_code_right",
            "t18"."cine_referral_id",
            "t18"."cine_referral_date",
            COALESCE("t18"."cine_referral_date", "t18"."cina_assessment_start_date") AS "_start"
          FROM (
            SELECT
              "t15"."la_code",
              "t15"."cina_assessment_id",
              "t15"."cina_person_id",
              "t15"."cina_referral_id",
              "t15"."cina_assessment_start_date",
              "t15"."cina_assessment_auth_date",
              "t15"."cina_assessment_child_seen",
              "t6"."month",
              "t6"."month_end",
              "t6"."rolling_start",
              "t6"."pop_year",
              "t17"."la_code" AS "la_code_right",
              "t17"."cine_referral_id",
              "t17"."cine_referral_date"
            FROM (
              SELECT
                *
              FROM "ssd_cin_assessments" AS "t3"
              WHERE
                "t3"."la_code" IN (
                  SELECT
                    *
                  FROM "t7"
                )
            ) AS "t15"
            INNER JOIN "_months" AS "t6"
              ON "t15"."cina_assessment_auth_date" >= "t6"."month"
              AND "t15"."cina_assessment_auth_date" <= "t6"."month_end"
            LEFT OUTER JOIN (
              SELECT
                "t14"."la_code",
                "t14"."cine_referral_id",
                "t14"."cine_referral_date"
              FROM (
                SELECT
                  *
                FROM "ssd_cin_episodes" AS "t4"
                WHERE
                  "t4"."la_code" IN (
                    SELECT
                      *
                    FROM "t7"
                  )
              ) AS "t14"
            ) AS "t17"
              ON "t15"."la_code" = "t17"."la_code"
              AND "t15"."cina_referral_id" = "t17"."cine_referral_id"
          ) AS "t18"
        ) AS "t20"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_a",
            "t2"."date" AS "_wd_a__date"
          FROM "_calendar" AS "t2"
        ) AS "t11"
          ON "t20"."_start" = "t11"."_wd_a__date"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_b",
            "t2"."date" AS "_wd_b__date"
          FROM "_calendar" AS "t2"
        ) AS "t12"
          ON "t20"."cina_assessment_auth_date" = "t12"."_wd_b__date"
      ) AS "t21"
    ) AS "t22"
    GROUP BY
      1,
      2
  ) AS "t24"
    ON "t5"."la_code" = "t24"."la_code" AND "t6"."month" = "t24"."month"
) AS "t25"
ORDER BY
  "t25"."la_code" ASC,
  "t25"."month" ASC
