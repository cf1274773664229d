-- safeguarding compiled query {"code": "97684e1b273a2de5", "policy": "5a5babdd74a484f2", "query": "rereferrals_12m"}
WITH "t8" AS (
  SELECT
    MIN("t1"."rolling_start") AS "_lo",
    MAX("t1"."month_end") AS "_hi"
  FROM "_months" AS "t1"
)
SELECT
  "t36"."la_code",
  "t36"."month",
  "t36"."numerator",
  "t36"."denominator",
  "t36"."excluded",
  CASE
    WHEN "t36"."denominator" > 0
    THEN (
      CAST("t36"."numerator" AS DOUBLE) / "t36"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t35"."numerator", 0) AS "numerator",
    COALESCE("t35"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t33"."la_code",
      "t33"."month_right" AS "month",
      SUM("t33"."numerator") AS "numerator",
      SUM("t33"."denominator") AS "denominator"
    FROM (
      SELECT
        "t32"."la_code",
        "t32"."month",
        "t32"."numerator",
        "t32"."denominator",
        "t5"."month" AS "month_right",
        "t5"."month_end",
        "t5"."rolling_start",
        "t5"."pop_year"
      FROM (
        SELECT
          "t30"."la_code",
          "t30"."month",
          SUM(CAST("t30"."_kept" AND COALESCE("t30"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t30"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t29"."la_code",
            "t29"."cine_referral_id",
            "t29"."cine_person_id",
            "t29"."cine_referral_date",
            "t29"."hit",
            "t29"."month",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t28"."la_code",
              "t28"."cine_referral_id",
              "t28"."cine_person_id",
              "t28"."cine_referral_date",
              "t28"."hit",
              "t9"."month"
            FROM (
              SELECT
                "t26"."la_code",
                "t26"."cine_referral_id",
                "t26"."cine_person_id",
                "t26"."cine_referral_date",
                "t26"."hit"
              FROM (
                SELECT
                  "t22"."la_code",
                  "t22"."cine_referral_id",
                  "t22"."cine_person_id",
                  "t22"."cine_referral_date",
                  COALESCE("t25"."hit", FALSE) AS "hit",
                  "t15"."_lo",
                  "t15"."_hi"
                FROM (
                  SELECT
                    "t18"."la_code",
                    "t18"."cine_referral_id",
                    "t18"."cine_person_id",
                    "t18"."cine_referral_date",
                    "t18"."cine_referral_source_code",
                    "t18"."cine_referral_nfa",
                    "t18"."cine_cin_primary_need_code",
                    "t18"."cine_close_date",
                    "t18"."cine_close_reason"
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
                      "t13"."cine_close_reason",
                      "t16"."_lo",
                      "t16"."_hi"
                    FROM (
                      SELECT
                        *
                      FROM "ssd_cin_episodes" AS "t3"
                      WHERE
                        "t3"."la_code" IN (
                          SELECT
                            *
                          FROM "_councils" AS "t0"
                        )
                    ) AS "t13"
                    CROSS JOIN "t8" AS "t16"
                  ) AS "t18"
                  WHERE
                    "t18"."cine_referral_date" >= "t18"."_lo"
                    AND "t18"."cine_referral_date" <= "t18"."_hi"
                ) AS "t22"
                LEFT OUTER JOIN (
                  SELECT DISTINCT
                    *
                  FROM (
                    SELECT
                      "t22"."la_code",
                      "t22"."cine_referral_id",
                      TRUE AS "hit"
                    FROM (
                      SELECT
                        "t18"."la_code",
                        "t18"."cine_referral_id",
                        "t18"."cine_person_id",
                        "t18"."cine_referral_date",
                        "t18"."cine_referral_source_code",
                        "t18"."cine_referral_nfa",
                        "t18"."cine_cin_primary_need_code",
                        "t18"."cine_close_date",
                        "t18"."cine_close_reason"
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
                          "t13"."cine_close_reason",
                          "t16"."_lo",
                          "t16"."_hi"
                        FROM (
                          SELECT
                            *
                          FROM "ssd_cin_episodes" AS "t3"
                          WHERE
                            "t3"."la_code" IN (
                              SELECT
                                *
                              FROM "_councils" AS "t0"
                            )
                        ) AS "t13"
                        CROSS JOIN "t8" AS "t16"
                      ) AS "t18"
                      WHERE
                        "t18"."cine_referral_date" >= "t18"."_lo"
                        AND "t18"."cine_referral_date" <= "t18"."_hi"
                    ) AS "t22"
                    INNER JOIN (
                      SELECT
                        "t17"."la_code",
                        "t17"."cine_referral_id",
                        "t17"."cine_person_id",
                        "t17"."cine_referral_date",
                        "t17"."cine_referral_source_code",
                        "t17"."cine_referral_nfa",
                        "t17"."cine_cin_primary_need_code",
                        "t17"."cine_close_date",
                        "t17"."cine_close_reason"
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
                          "t13"."cine_close_reason",
                          "t14"."_lo",
                          "t14"."_hi"
                        FROM (
                          SELECT
                            *
                          FROM "ssd_cin_episodes" AS "t3"
                          WHERE
                            "t3"."la_code" IN (
                              SELECT
                                *
                              FROM "_councils" AS "t0"
                            )
                        ) AS "t13"
                        CROSS JOIN (
                          SELECT
                            MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                            MAX("t1"."month_end") AS "_hi"
                          FROM "_months" AS "t1"
                        ) AS "t14"
                      ) AS "t17"
                      WHERE
                        "t17"."cine_referral_date" >= "t17"."_lo"
                        AND "t17"."cine_referral_date" <= "t17"."_hi"
                    ) AS "t21"
                      ON "t22"."la_code" = "t21"."la_code"
                      AND "t22"."cine_person_id" = "t21"."cine_person_id"
                      AND "t21"."cine_referral_date" >= (
                        "t22"."cine_referral_date" + INTERVAL '-12' MONTH
                      )
                      AND "t21"."cine_referral_date" < "t22"."cine_referral_date"
                  ) AS "t23"
                ) AS "t25"
                  ON "t22"."la_code" = "t25"."la_code"
                  AND "t22"."cine_referral_id" = "t25"."cine_referral_id"
                CROSS JOIN "t8" AS "t15"
              ) AS "t26"
              WHERE
                "t26"."cine_referral_date" >= "t26"."_lo"
                AND "t26"."cine_referral_date" <= "t26"."_hi"
            ) AS "t28"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t9"
              ON "t28"."cine_referral_date" = "t9"."_date"
          ) AS "t29"
        ) AS "t30"
        GROUP BY
          1,
          2
      ) AS "t32"
      INNER JOIN "_months" AS "t5"
        ON "t32"."month" >= "t5"."rolling_start" AND "t32"."month" <= "t5"."month"
    ) AS "t33"
    GROUP BY
      1,
      2
  ) AS "t35"
    ON "t4"."la_code" = "t35"."la_code" AND "t5"."month" = "t35"."month"
) AS "t36"
ORDER BY
  "t36"."la_code" ASC,
  "t36"."month" ASC
