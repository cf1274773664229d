-- safeguarding compiled query {"code": "fd300d66b490f189", "policy": "5a5babdd74a484f2", "query": "caseload_over_policy"}
WITH "t8" AS (
  SELECT
    "t7"."la_code",
    "t7"."invo_involvements_id",
    "t7"."invo_person_id",
    "t7"."invo_professional_id",
    "t7"."invo_professional_role_id",
    "t7"."invo_professional_team",
    "t7"."invo_involvement_start_date",
    "t7"."invo_involvement_end_date",
    "t7"."invo_worker_change_reason",
    "t7"."invo_referral_id",
    CAST("t7"."invo_involvement_start_date" AS DATE) AS "_start",
    CAST("t7"."invo_involvement_end_date" AS DATE) AS "_end"
  FROM (
    SELECT
      *
    FROM "ssd_involvements" AS "t2"
    WHERE
      "t2"."la_code" IN (
        SELECT
          *
        FROM "_councils" AS "t0"
      )
  ) AS "t7"
  WHERE
    "t7"."invo_professional_id" IS NOT NULL
), "cohort_allocated" AS (
  SELECT
    "t10"."la_code",
    "t4"."month",
    "t10"."invo_person_id" AS "person_id",
    "t10"."invo_professional_id" AS "worker_id",
    "t10"."invo_professional_team" AS "team_id"
  FROM "t8" AS "t10"
  INNER JOIN "_months" AS "t4"
    ON "t10"."_start" <= "t4"."month_end"
    AND COALESCE("t10"."_end", MAKE_DATE(9999, 12, 31)) > "t4"."month_end"
  ANTI JOIN (
    SELECT
      "t10"."la_code",
      "t10"."invo_involvements_id" AS "_superseded",
      "t11"."_start",
      "t11"."_end",
      "t5"."month",
      "t5"."month_end",
      "t5"."rolling_start",
      "t5"."pop_year"
    FROM "t8" AS "t10"
    INNER JOIN "t8" AS "t11"
      ON "t10"."la_code" = "t11"."la_code"
      AND "t10"."invo_person_id" = "t11"."invo_person_id"
      AND (
        (
          "t11"."invo_involvement_start_date" > "t10"."invo_involvement_start_date"
        )
        OR (
          (
            "t11"."invo_involvement_start_date" = "t10"."invo_involvement_start_date"
          )
          AND (
            "t11"."invo_involvements_id" > "t10"."invo_involvements_id"
          )
        )
      )
      AND (
        (
          "t10"."_end" IS NULL
        ) OR (
          "t11"."_start" < "t10"."_end"
        )
      )
    INNER JOIN "_months" AS "t5"
      ON "t11"."_start" <= "t5"."month_end"
      AND COALESCE("t11"."_end", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ) AS "t13"
    ON "t10"."la_code" = "t13"."la_code"
    AND "t4"."month" = "t13"."month"
    AND "t10"."invo_involvements_id" = "t13"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t15"."la_code",
    "t15"."month",
    "t15"."worker_id",
    MAX("t15"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t15"
  GROUP BY
    1,
    2,
    3
)
SELECT
  "t21"."la_code",
  "t21"."month",
  "t21"."numerator",
  "t21"."denominator",
  "t21"."excluded",
  CASE
    WHEN "t21"."denominator" > 0
    THEN (
      CAST("t21"."numerator" AS DOUBLE) / "t21"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t20"."numerator", 0) AS "numerator",
    COALESCE("t20"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t18"."la_code",
      "t18"."month",
      SUM(CAST("t18"."_kept" AND COALESCE("t18"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t18"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t17"."la_code",
        "t17"."month",
        "t17"."worker_id",
        "t17"."team_id",
        "t17"."amount",
        "t17"."amount" > 18 AS "hit",
        TRUE AS "_kept"
      FROM "cohort_caseloads" AS "t17"
    ) AS "t18"
    GROUP BY
      1,
      2
  ) AS "t20"
    ON "t3"."la_code" = "t20"."la_code" AND "t4"."month" = "t20"."month"
) AS "t21"
ORDER BY
  "t21"."la_code" ASC,
  "t21"."month" ASC
