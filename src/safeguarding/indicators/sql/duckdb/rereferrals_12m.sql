-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "rereferrals_12m"}
SELECT
  "t35"."la_code",
  "t35"."month",
  "t35"."numerator",
  "t35"."denominator",
  "t35"."excluded",
  CASE
    WHEN "t35"."denominator" > 0
    THEN (
      CAST("t35"."numerator" AS DOUBLE) / "t35"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t34"."numerator", 0) AS "numerator",
    COALESCE("t34"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t32"."la_code",
      "t32"."_in" AS "month",
      SUM("t32"."numerator") AS "numerator",
      SUM("t32"."denominator") AS "denominator"
    FROM (
      SELECT
        "t31"."la_code",
        "t31"."month",
        "t31"."numerator",
        "t31"."denominator",
        "t9"."_in",
        "t9"."_from"
      FROM (
        SELECT
          "t29"."la_code",
          "t29"."month",
          SUM(CAST("t29"."_kept" AND COALESCE("t29"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t29"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t28"."la_code",
            "t28"."cine_referral_id",
            "t28"."cine_person_id",
            "t28"."cine_referral_date",
            "t28"."hit",
            "t28"."month",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t27"."la_code",
              "t27"."cine_referral_id",
              "t27"."cine_person_id",
              "t27"."cine_referral_date",
              "t27"."hit",
              "t11"."month"
            FROM (
              SELECT
                "t25"."la_code",
                "t25"."cine_referral_id",
                "t25"."cine_person_id",
                "t25"."cine_referral_date",
                "t25"."hit"
              FROM (
                SELECT
                  "t24"."la_code",
                  "t24"."cine_referral_id",
                  "t24"."cine_person_id",
                  "t24"."cine_referral_date",
                  "t24"."hit",
                  "t14"."_lo",
                  "t14"."_hi"
                FROM (
                  SELECT
                    "t19"."la_code",
                    "t19"."cine_referral_id",
                    "t19"."cine_person_id",
                    "t19"."cine_referral_date",
                    EXISTS(
                      SELECT
                        1
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
                        ) AS "t18"
                        WHERE
                          "t18"."cine_referral_date" >= "t18"."_lo"
                          AND "t18"."cine_referral_date" <= "t18"."_hi"
                      ) AS "t21"
                      WHERE
                        (
                          "t21"."la_code" = "t19"."la_code"
                        )
                        AND (
                          "t21"."cine_person_id" = "t19"."cine_person_id"
                        )
                        AND (
                          "t21"."cine_referral_date" >= (
                            "t19"."cine_referral_date" + INTERVAL '-12' MONTH
                          )
                        )
                        AND (
                          "t21"."cine_referral_date" < "t19"."cine_referral_date"
                        )
                    ) AS "hit"
                  FROM (
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
                        "t15"."la_code",
                        "t15"."cine_referral_id",
                        "t15"."cine_person_id",
                        "t15"."cine_referral_date",
                        "t15"."cine_referral_source_code",
                        "t15"."cine_referral_nfa",
                        "t15"."cine_cin_primary_need_code",
                        "t15"."cine_close_date",
                        "t15"."cine_close_reason",
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
                      ) AS "t15"
                      CROSS JOIN (
                        SELECT
                          MIN("t1"."rolling_start") AS "_lo",
                          MAX("t1"."month_end") AS "_hi"
                        FROM "_months" AS "t1"
                      ) AS "t14"
                    ) AS "t17"
                    WHERE
                      "t17"."cine_referral_date" >= "t17"."_lo"
                      AND "t17"."cine_referral_date" <= "t17"."_hi"
                  ) AS "t19"
                ) AS "t24"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t14"
              ) AS "t25"
              WHERE
                "t25"."cine_referral_date" >= "t25"."_lo"
                AND "t25"."cine_referral_date" <= "t25"."_hi"
            ) AS "t27"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t11"
              ON "t27"."cine_referral_date" = "t11"."_date"
          ) AS "t28"
        ) AS "t29"
        GROUP BY
          1,
          2
      ) AS "t31"
      INNER JOIN (
        SELECT
          "t1"."month" AS "_in",
          "t1"."rolling_start" AS "_from"
        FROM "_months" AS "t1"
      ) AS "t9"
        ON "t31"."month" >= "t9"."_from" AND "t31"."month" <= "t9"."_in"
    ) AS "t32"
    GROUP BY
      1,
      2
  ) AS "t34"
    ON "t4"."la_code" = "t34"."la_code" AND "t5"."month" = "t34"."month"
) AS "t35"
ORDER BY
  "t35"."la_code" ASC,
  "t35"."month" ASC
