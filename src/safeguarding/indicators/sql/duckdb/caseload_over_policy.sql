-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "caseload_over_policy"}
SELECT
  "t17"."la_code",
  "t17"."month",
  "t17"."numerator",
  "t17"."denominator",
  "t17"."excluded",
  CASE
    WHEN "t17"."denominator" > 0
    THEN (
      CAST("t17"."numerator" AS DOUBLE) / "t17"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t16"."numerator", 0) AS "numerator",
    COALESCE("t16"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t14"."la_code",
      "t14"."month",
      SUM(CAST("t14"."_kept" AND COALESCE("t14"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t14"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t13"."la_code",
        "t13"."month",
        "t13"."worker_id",
        "t13"."team_id",
        "t13"."amount",
        "t13"."amount" > 18 AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t12"."la_code",
          "t12"."month",
          "t12"."worker_id",
          MAX("t12"."team_id") AS "team_id",
          COUNT(DISTINCT "t12"."person_id") AS "amount"
        FROM (
          SELECT
            "t11"."la_code",
            "t11"."month",
            "t11"."invo_person_id" AS "person_id",
            "t11"."invo_professional_id" AS "worker_id",
            "t11"."invo_professional_team" AS "team_id"
          FROM (
            SELECT
              "t10"."la_code",
              "t10"."invo_involvements_id",
              "t10"."invo_person_id",
              "t10"."invo_professional_id",
              "t10"."invo_professional_role_id",
              "t10"."invo_professional_team",
              "t10"."invo_involvement_start_date",
              "t10"."invo_involvement_end_date",
              "t10"."invo_worker_change_reason",
              "t10"."invo_referral_id",
              "t10"."_start",
              "t10"."_end",
              "t10"."month",
              "t10"."month_end",
              "t10"."rolling_start",
              "t10"."pop_year",
              ROW_NUMBER() OVER (
                PARTITION BY "t10"."la_code", "t10"."month", "t10"."invo_person_id"
                ORDER BY "t10"."invo_involvement_start_date" DESC, "t10"."invo_involvements_id" DESC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "_rank"
            FROM (
              SELECT
                *
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
                  "t8"."_start",
                  "t8"."_end",
                  "t4"."month",
                  "t4"."month_end",
                  "t4"."rolling_start",
                  "t4"."pop_year"
                FROM (
                  SELECT
                    "t6"."la_code",
                    "t6"."invo_involvements_id",
                    "t6"."invo_person_id",
                    "t6"."invo_professional_id",
                    "t6"."invo_professional_role_id",
                    "t6"."invo_professional_team",
                    "t6"."invo_involvement_start_date",
                    "t6"."invo_involvement_end_date",
                    "t6"."invo_worker_change_reason",
                    "t6"."invo_referral_id",
                    CAST("t6"."invo_involvement_start_date" AS DATE) AS "_start",
                    CAST("t6"."invo_involvement_end_date" AS DATE) AS "_end"
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
                  ) AS "t6"
                ) AS "t8"
                INNER JOIN "_months" AS "t4"
                  ON "t8"."_start" <= "t4"."month_end"
                  AND (
                    (
                      "t8"."_end" IS NULL
                    ) OR (
                      "t8"."_end" > "t4"."month_end"
                    )
                  )
              ) AS "t9"
              WHERE
                "t9"."invo_professional_id" IS NOT NULL
            ) AS "t10"
          ) AS "t11"
          WHERE
            "t11"."_rank" = 0
        ) AS "t12"
        GROUP BY
          1,
          2,
          3
      ) AS "t13"
    ) AS "t14"
    GROUP BY
      1,
      2
  ) AS "t16"
    ON "t3"."la_code" = "t16"."la_code" AND "t4"."month" = "t16"."month"
) AS "t17"
ORDER BY
  "t17"."la_code" ASC,
  "t17"."month" ASC
