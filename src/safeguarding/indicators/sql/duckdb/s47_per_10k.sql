-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "s47_per_10k"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
)
SELECT
  "t34"."la_code",
  "t34"."month",
  "t34"."numerator",
  "t34"."excluded",
  "t34"."denominator",
  (
    CAST("t34"."numerator" AS DOUBLE) / "t34"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t33"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t29"."population" AS "denominator"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t31"."la_code",
      "t31"."_in" AS "month",
      SUM("t31"."numerator") AS "numerator"
    FROM (
      SELECT
        "t30"."la_code",
        "t30"."month",
        "t30"."numerator",
        "t11"."_in",
        "t11"."_from"
      FROM (
        SELECT
          "t25"."la_code",
          "t25"."month",
          SUM(CAST("t25"."_kept" AS BIGINT)) AS "numerator"
        FROM (
          SELECT
            "t24"."la_code",
            "t24"."s47e_s47_enquiry_id",
            "t24"."s47e_person_id",
            "t24"."s47e_referral_id",
            "t24"."s47e_s47_start_date",
            "t24"."s47e_s47_end_date",
            "t24"."s47e_s47_nfa",
            "t24"."month",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t22"."la_code",
              "t22"."s47e_s47_enquiry_id",
              "t22"."s47e_person_id",
              "t22"."s47e_referral_id",
              "t22"."s47e_s47_start_date",
              "t22"."s47e_s47_end_date",
              "t22"."s47e_s47_nfa",
              "t13"."month"
            FROM (
              SELECT
                "t19"."la_code",
                "t19"."s47e_s47_enquiry_id",
                "t19"."s47e_person_id",
                "t19"."s47e_referral_id",
                "t19"."s47e_s47_start_date",
                "t19"."s47e_s47_end_date",
                "t19"."s47e_s47_nfa"
              FROM (
                SELECT
                  "t18"."la_code",
                  "t18"."s47e_s47_enquiry_id",
                  "t18"."s47e_person_id",
                  "t18"."s47e_referral_id",
                  "t18"."s47e_s47_start_date",
                  "t18"."s47e_s47_end_date",
                  "t18"."s47e_s47_nfa",
                  "t14"."_lo",
                  "t14"."_hi"
                FROM (
                  SELECT
                    *
                  FROM "ssd_s47_enquiry" AS "t4"
                  WHERE
                    "t4"."la_code" IN (
                      SELECT
                        *
                      FROM "t7"
                    )
                ) AS "t18"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t14"
              ) AS "t19"
              WHERE
                "t19"."s47e_s47_start_date" >= "t19"."_lo"
                AND "t19"."s47e_s47_start_date" <= "t19"."_hi"
            ) AS "t22"
            INNER JOIN (
              SELECT
                "t3"."date" AS "_date",
                "t3"."month"
              FROM "_calendar" AS "t3"
            ) AS "t13"
              ON "t22"."s47e_s47_start_date" = "t13"."_date"
          ) AS "t24"
        ) AS "t25"
        GROUP BY
          1,
          2
      ) AS "t30"
      INNER JOIN (
        SELECT
          "t1"."month" AS "_in",
          "t1"."rolling_start" AS "_from"
        FROM "_months" AS "t1"
      ) AS "t11"
        ON "t30"."month" >= "t11"."_from" AND "t30"."month" <= "t11"."_in"
    ) AS "t31"
    GROUP BY
      1,
      2
  ) AS "t33"
    ON "t5"."la_code" = "t33"."la_code" AND "t6"."month" = "t33"."month"
  INNER JOIN (
    SELECT
      "t26"."la_code",
      "t26"."month",
      "t26"."pop_year",
      "t26"."population",
      "t26"."year" AS "year_used"
    FROM (
      SELECT
        "t23"."la_code",
        "t23"."month",
        "t23"."month_end",
        "t23"."rolling_start",
        "t23"."pop_year",
        "t23"."year",
        "t23"."population",
        "t23"."source",
        "t23"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t23"."la_code", "t23"."month"
          ORDER BY "t23"."distance" ASC, "t23"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t20"."la_code",
          "t20"."month",
          "t20"."month_end",
          "t20"."rolling_start",
          "t20"."pop_year",
          "t20"."year",
          "t20"."population",
          "t20"."source",
          ABS("t20"."year" - "t20"."pop_year") AS "distance"
        FROM (
          SELECT
            "t5"."la_code",
            "t6"."month",
            "t6"."month_end",
            "t6"."rolling_start",
            "t6"."pop_year",
            "t17"."year",
            "t17"."population",
            "t17"."source"
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
          ) AS "t17"
            ON "t5"."la_code" = "t17"."la_code"
        ) AS "t20"
      ) AS "t23"
    ) AS "t26"
    WHERE
      "t26"."rank" = 0
  ) AS "t29"
    ON "t5"."la_code" = "t29"."la_code" AND "t6"."month" = "t29"."month"
) AS "t34"
ORDER BY
  "t34"."la_code" ASC,
  "t34"."month" ASC
