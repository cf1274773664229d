-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "caseload_mean"}
WITH "t13" AS (
  SELECT
    "t12"."la_code",
    "t12"."invo_involvements_id",
    "t12"."invo_person_id",
    "t12"."invo_professional_id",
    "t12"."invo_professional_role_id",
    "t12"."invo_professional_team",
    "t12"."invo_involvement_start_date",
    "t12"."invo_involvement_end_date",
    "t12"."invo_worker_change_reason",
    "t12"."invo_referral_id",
    "t12"."_start",
    "t12"."_end"
  FROM (
    SELECT
      "t11"."la_code",
      "t11"."invo_involvements_id",
      "t11"."invo_person_id",
      "t11"."invo_professional_id",
      "t11"."invo_professional_role_id",
      "t11"."invo_professional_team",
      "t11"."invo_involvement_start_date",
      "t11"."invo_involvement_end_date",
      "t11"."invo_worker_change_reason",
      "t11"."invo_referral_id",
      "t11"."_start",
      "t11"."_end",
      "t9"."_first_end",
      "t9"."_last_end"
    FROM (
      SELECT
        "t8"."la_code",
        "t8"."invo_involvements_id",
        "t8"."invo_person_id",
        "t8"."invo_professional_id",
        "t8"."invo_professional_role_id",
        "t8"."invo_professional_team",
        "t8"."invo_involvement_start_date",
        "t8"."invo_involvement_end_date",
        "t8"."invo_worker_change_reason",
        "t8"."invo_referral_id",
        CAST("t8"."invo_involvement_start_date" AS DATE) AS "_start",
        CAST("t8"."invo_involvement_end_date" AS DATE) AS "_end"
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
      ) AS "t8"
      WHERE
        "t8"."invo_professional_id" IS NOT NULL
    ) AS "t11"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t9"
  ) AS "t12"
  WHERE
    "t12"."_start" <= "t12"."_last_end"
    AND COALESCE("t12"."_end", MAKE_DATE(9999, 12, 31)) > "t12"."_first_end"
), "cohort_allocated" AS (
  SELECT
    "t15"."la_code",
    "t4"."month",
    "t15"."invo_person_id" AS "person_id",
    "t15"."invo_professional_id" AS "worker_id",
    "t15"."invo_professional_team" AS "team_id"
  FROM "t13" AS "t15"
  INNER JOIN "_months" AS "t4"
    ON "t15"."_start" <= "t4"."month_end"
    AND COALESCE("t15"."_end", MAKE_DATE(9999, 12, 31)) > "t4"."month_end"
  ANTI JOIN (
    SELECT
      "t15"."la_code",
      "t15"."invo_involvements_id" AS "_superseded",
      "t16"."_start",
      "t16"."_end",
      "t5"."month",
      "t5"."month_end",
      "t5"."rolling_start",
      "t5"."pop_year"
    FROM "t13" AS "t15"
    INNER JOIN "t13" AS "t16"
      ON "t15"."la_code" = "t16"."la_code"
      AND "t15"."invo_person_id" = "t16"."invo_person_id"
      AND "t16"."invo_involvement_start_date" >= "t15"."invo_involvement_start_date"
      AND (
        (
          "t16"."invo_involvement_start_date" > "t15"."invo_involvement_start_date"
        )
        OR (
          "t16"."invo_involvements_id" > "t15"."invo_involvements_id"
        )
      )
      AND "t16"."_start" < COALESCE("t15"."_end", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t5"
      ON "t16"."_start" <= "t5"."month_end"
      AND COALESCE("t16"."_end", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ) AS "t18"
    ON "t15"."la_code" = "t18"."la_code"
    AND "t4"."month" = "t18"."month"
    AND "t15"."invo_involvements_id" = "t18"."_superseded"
), "cohort_caseloads" AS (
  SELECT
    "t20"."la_code",
    "t20"."month",
    "t20"."worker_id",
    MAX("t20"."team_id") AS "team_id",
    COUNT(*) AS "amount"
  FROM "cohort_allocated" AS "t20"
  GROUP BY
    1,
    2,
    3
)
SELECT
  "t26"."la_code",
  "t26"."month",
  "t26"."numerator",
  "t26"."denominator",
  "t26"."excluded",
  CASE
    WHEN "t26"."denominator" > 0
    THEN (
      CAST("t26"."numerator" AS DOUBLE) / "t26"."denominator"
    ) * 1
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t25"."numerator", 0) AS "numerator",
    COALESCE("t25"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t23"."la_code",
      "t23"."month",
      SUM(CASE WHEN "t23"."_kept" THEN COALESCE("t23"."amount", 0) ELSE 0 END) AS "numerator",
      SUM(CAST("t23"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t22"."la_code",
        "t22"."month",
        "t22"."worker_id",
        "t22"."team_id",
        "t22"."amount",
        TRUE AS "_kept"
      FROM "cohort_caseloads" AS "t22"
    ) AS "t23"
    GROUP BY
      1,
      2
  ) AS "t25"
    ON "t3"."la_code" = "t25"."la_code" AND "t4"."month" = "t25"."month"
) AS "t26"
ORDER BY
  "t26"."la_code" ASC,
  "t26"."month" ASC
