-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "icpc_in_15wd"}
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
    COALESCE("t24"."excluded", 0) AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t22"."la_code",
      "t22"."month",
      SUM(CAST("t22"."_kept" AND COALESCE("t22"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t22"."_kept" AS BIGINT)) AS "denominator",
      SUM(CAST(COALESCE("t22"."excluded", FALSE) AS BIGINT)) AS "excluded"
    FROM (
      SELECT
        "t21"."la_code",
        "t21"."icpc_icpc_id",
        "t21"."icpc_person_id",
        "t21"."icpc_s47_enquiry_id",
        "t21"."icpc_cp_plan_id",
        "t21"."icpc_icpc_date",
        "t21"."icpc_icpc_outcome_cp_flag",
        "t21"."icpc_icpc_transfer_in",
        "t21"."month",
        "t21"."month_end",
        "t21"."rolling_start",
        "t21"."pop_year",
        "t21"."la_code_right",
        "t21"."s47e_s47_enquiry_id",
        "t21"."s47e_s47_start_date",
        "t21"."_wd_b" - "t21"."_wd_a" AS "wd",
        "t21"."s47e_s47_start_date" IS NULL AS "excluded",
        (
          "t21"."_wd_b" - "t21"."_wd_a"
        ) <= 15 AS "hit",
        NOT (
          COALESCE("t21"."s47e_s47_start_date" IS NULL, FALSE)
        ) AS "_kept"
      FROM (
        SELECT
          "t20"."la_code",
          "t20"."icpc_icpc_id",
          "t20"."icpc_person_id",
          "t20"."icpc_s47_enquiry_id",
          "t20"."icpc_cp_plan_id",
          "t20"."icpc_icpc_date",
          "t20"."icpc_icpc_outcome_cp_flag",
          "t20"."icpc_icpc_transfer_in",
          "t20"."month",
          "t20"."month_end",
          "t20"."rolling_start",
          "t20"."pop_year",
          "t17"."la_code" AS "la_code_right",
          "t17"."s47e_s47_enquiry_id",
          "t17"."s47e_s47_start_date",
          "t11"."_wd_a",
          "t12"."_wd_b"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t15"."la_code",
              "t15"."icpc_icpc_id",
              "t15"."icpc_person_id",
              "t15"."icpc_s47_enquiry_id",
              "t15"."icpc_cp_plan_id",
              "t15"."icpc_icpc_date",
              "t15"."icpc_icpc_outcome_cp_flag",
              "t15"."icpc_icpc_transfer_in",
              "t6"."month",
              "t6"."month_end",
              "t6"."rolling_start",
              "t6"."pop_year"
            FROM (
              SELECT
                *
              FROM "ssd_initial_cp_conference" AS "t4"
              WHERE
                "t4"."la_code" IN (
                  SELECT
                    *
                  FROM "t7"
                )
            ) AS "t15"
            INNER JOIN "_months" AS "t6"
              ON "t15"."icpc_icpc_date" >= "t6"."month"
              AND "t15"."icpc_icpc_date" <= "t6"."month_end"
          ) AS "t18"
          WHERE
            NOT (
              COALESCE("t18"."icpc_icpc_transfer_in", FALSE)
            )
        ) AS "t20"
        LEFT OUTER JOIN (
          SELECT
            "t13"."la_code",
            "t13"."s47e_s47_enquiry_id",
            "t13"."s47e_s47_start_date"
          FROM (
            SELECT
              *
            FROM "ssd_s47_enquiry" AS "t3"
            WHERE
              "t3"."la_code" IN (
                SELECT
                  *
                FROM "t7"
              )
          ) AS "t13"
        ) AS "t17"
          ON "t20"."la_code" = "t17"."la_code"
          AND "t20"."icpc_s47_enquiry_id" = "t17"."s47e_s47_enquiry_id"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_a",
            "t2"."date" AS "_wd_a__date"
          FROM "_calendar" AS "t2"
        ) AS "t11"
          ON "t17"."s47e_s47_start_date" = "t11"."_wd_a__date"
        LEFT OUTER JOIN (
          SELECT
            "t2"."wd_ordinal" AS "_wd_b",
            "t2"."date" AS "_wd_b__date"
          FROM "_calendar" AS "t2"
        ) AS "t12"
          ON "t20"."icpc_icpc_date" = "t12"."_wd_b__date"
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
