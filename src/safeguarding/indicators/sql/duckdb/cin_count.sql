-- safeguarding compiled query {"code": "d56b7a40920746dc", "policy": "5a5babdd74a484f2", "query": "cin_count"}
SELECT
  "t13"."la_code",
  "t13"."month",
  "t13"."numerator",
  "t13"."denominator",
  "t13"."excluded",
  "t13"."numerator" AS "value"
FROM (
  SELECT
    "t3"."la_code",
    "t4"."month",
    COALESCE("t12"."numerator", 0) AS "numerator",
    CAST(NULL AS BIGINT) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t3"
  CROSS JOIN "_months" AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."la_code",
      "t10"."month",
      SUM(CAST("t10"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t9"."la_code",
        "t9"."month",
        "t9"."cine_person_id",
        TRUE AS "_kept"
      FROM (
        SELECT DISTINCT
          *
        FROM (
          SELECT
            "t7"."la_code",
            "t4"."month",
            "t7"."cine_person_id"
          FROM (
            SELECT
              *
            FROM "ssd_cin_episodes" AS "t2"
            WHERE
              "t2"."la_code" IN (
                SELECT
                  *
                FROM "_councils" AS "t0"
              )
          ) AS "t7"
          INNER JOIN "_months" AS "t4"
            ON "t7"."cine_referral_date" <= "t4"."month_end"
            AND (
              (
                "t7"."cine_close_date" IS NULL
              )
              OR (
                "t7"."cine_close_date" > "t4"."month_end"
              )
            )
        ) AS "t8"
      ) AS "t9"
    ) AS "t10"
    GROUP BY
      1,
      2
  ) AS "t12"
    ON "t3"."la_code" = "t12"."la_code" AND "t4"."month" = "t12"."month"
) AS "t13"
ORDER BY
  "t13"."la_code" ASC,
  "t13"."month" ASC
