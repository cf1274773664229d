-- safeguarding compiled query {"code": "48cfeb47fbc4b822", "policy": "5a5babdd74a484f2", "query": "rereferrals_12m"}
WITH "t10" AS (
  SELECT
    MIN("t1"."rolling_start") AS "_lo",
    MAX("t1"."month_end") AS "_hi"
  FROM "_months" AS "t1"
)
SELECT
  "t38"."la_code",
  "t38"."month",
  "t38"."numerator",
  "t38"."denominator",
  "t38"."excluded",
  CASE
    WHEN "t38"."denominator" > 0
    THEN (
      CAST("t38"."numerator" AS DOUBLE) / "t38"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t37"."numerator", 0) AS "numerator",
    COALESCE("t37"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t35"."la_code",
      "t35"."_in" AS "month",
      SUM("t35"."numerator") AS "numerator",
      SUM("t35"."denominator") AS "denominator"
    FROM (
      SELECT
        "t34"."la_code",
        "t34"."month",
        "t34"."numerator",
        "t34"."denominator",
        "t9"."_in",
        "t9"."_from"
      FROM (
        SELECT
          "t32"."la_code",
          "t32"."month",
          SUM(CAST("t32"."_kept" AND COALESCE("t32"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t32"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t31"."la_code",
            "t31"."cine_referral_id",
            "t31"."cine_person_id",
            "t31"."cine_referral_date",
            "t31"."hit",
            "t31"."month",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t30"."la_code",
              "t30"."cine_referral_id",
              "t30"."cine_person_id",
              "t30"."cine_referral_date",
              "t30"."hit",
              "t11"."month"
            FROM (
              SELECT
                "t28"."la_code",
                "t28"."cine_referral_id",
                "t28"."cine_person_id",
                "t28"."cine_referral_date",
                "t28"."hit"
              FROM (
                SELECT
                  "t24"."la_code",
                  "t24"."cine_referral_id",
                  "t24"."cine_person_id",
                  "t24"."cine_referral_date",
                  COALESCE("t27"."hit", FALSE) AS "hit",
                  "t17"."_lo",
                  "t17"."_hi"
                FROM (
                  SELECT
                    "t20"."la_code",
                    "t20"."cine_referral_id",
                    "t20"."cine_person_id",
                    "t20"."cine_referral_date",
                    "t20"."cine_referral_source_code",
                    "t20"."cine_referral_nfa",
                    "t20"."cine_cin_primary_need_code",
                    "t20"."cine_close_date",
                    "t20"."cine_close_reason"
                  FROM (
                    SELECT
                      "t15"."la_code",
                      "t15"."cine_referral_id",
                      "t15"."cine_person_id",
                      "t15"."cine_referral_date",
                      "t15"."cine_referral_source_code",
                      "t15"."cine_referral_nfa",
                      "t15"."cine_cin_primary_need_code",
                      "t15"."cine_close_date",
                      "t15"."cine_close_reason",
                      "t18"."_lo",
                      "t18"."_hi"
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
                    ) AS "t15"
                    CROSS JOIN "t10" AS "t18"
                  ) AS "t20"
                  WHERE
                    "t20"."cine_referral_date" >= "t20"."_lo"
                    AND "t20"."cine_referral_date" <= "t20"."_hi"
                ) AS "t24"
                LEFT OUTER JOIN (
                  SELECT DISTINCT
                    *
                  FROM (
                    SELECT
                      "t24"."la_code",
                      "t24"."cine_referral_id",
                      TRUE AS "hit"
                    FROM (
                      SELECT
                        "t20"."la_code",
                        "t20"."cine_referral_id",
                        "t20"."cine_person_id",
                        "t20"."cine_referral_date",
                        "t20"."cine_referral_source_code",
                        "t20"."cine_referral_nfa",
                        "t20"."cine_cin_primary_need_code",
                        "t20"."cine_close_date",
                        "t20"."cine_close_reason"
                      FROM (
                        SELECT
                          "t15"."la_code",
                          "t15"."cine_referral_id",
                          "t15"."cine_person_id",
                          "t15"."cine_referral_date",
                          "t15"."cine_referral_source_code",
                          "t15"."cine_referral_nfa",
                          "t15"."cine_cin_primary_need_code",
                          "t15"."cine_close_date",
                          "t15"."cine_close_reason",
                          "t18"."_lo",
                          "t18"."_hi"
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
                        ) AS "t15"
                        CROSS JOIN "t10" AS "t18"
                      ) AS "t20"
                      WHERE
                        "t20"."cine_referral_date" >= "t20"."_lo"
                        AND "t20"."cine_referral_date" <= "t20"."_hi"
                    ) AS "t24"
                    INNER JOIN (
                      SELECT
                        "t19"."la_code",
                        "t19"."cine_referral_id",
                        "t19"."cine_person_id",
                        "t19"."cine_referral_date",
                        "t19"."cine_referral_source_code",
                        "t19"."cine_referral_nfa",
                        "t19"."cine_cin_primary_need_code",
                        "t19"."cine_close_date",
                        "t19"."cine_close_reason"
                      FROM (
                        SELECT
                          "t15"."la_code",
                          "t15"."cine_referral_id",
                          "t15"."cine_person_id",
                          "t15"."cine_referral_date",
                          "t15"."cine_referral_source_code",
                          "t15"."cine_referral_nfa",
                          "t15"."cine_cin_primary_need_code",
                          "t15"."cine_close_date",
                          "t15"."cine_close_reason",
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
                        ) AS "t15"
                        CROSS JOIN (
                          SELECT
                            MIN("t1"."rolling_start") + INTERVAL '-12' MONTH AS "_lo",
                            MAX("t1"."month_end") AS "_hi"
                          FROM "_months" AS "t1"
                        ) AS "t16"
                      ) AS "t19"
                      WHERE
                        "t19"."cine_referral_date" >= "t19"."_lo"
                        AND "t19"."cine_referral_date" <= "t19"."_hi"
                    ) AS "t23"
                      ON "t24"."la_code" = "t23"."la_code"
                      AND "t24"."cine_person_id" = "t23"."cine_person_id"
                      AND "t23"."cine_referral_date" >= (
                        "t24"."cine_referral_date" + INTERVAL '-12' MONTH
                      )
                      AND "t23"."cine_referral_date" < "t24"."cine_referral_date"
                  ) AS "t25"
                ) AS "t27"
                  ON "t24"."la_code" = "t27"."la_code"
                  AND "t24"."cine_referral_id" = "t27"."cine_referral_id"
                CROSS JOIN "t10" AS "t17"
              ) AS "t28"
              WHERE
                "t28"."cine_referral_date" >= "t28"."_lo"
                AND "t28"."cine_referral_date" <= "t28"."_hi"
            ) AS "t30"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t11"
              ON "t30"."cine_referral_date" = "t11"."_date"
          ) AS "t31"
        ) AS "t32"
        GROUP BY
          1,
          2
      ) AS "t34"
      INNER JOIN (
        SELECT
          "t1"."month" AS "_in",
          "t1"."rolling_start" AS "_from"
        FROM "_months" AS "t1"
      ) AS "t9"
        ON "t34"."month" >= "t9"."_from" AND "t34"."month" <= "t9"."_in"
    ) AS "t35"
    GROUP BY
      1,
      2
  ) AS "t37"
    ON "t4"."la_code" = "t37"."la_code" AND "t5"."month" = "t37"."month"
) AS "t38"
ORDER BY
  "t38"."la_code" ASC,
  "t38"."month" ASC
