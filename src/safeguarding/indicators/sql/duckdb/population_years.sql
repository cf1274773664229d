-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "population_years"}
SELECT
  "t10"."la_code",
  "t10"."month",
  "t10"."pop_year",
  "t10"."year" AS "year_used",
  "t10"."population"
FROM (
  SELECT
    "t9"."la_code",
    "t9"."month",
    "t9"."month_end",
    "t9"."rolling_start",
    "t9"."pop_year",
    "t9"."year",
    "t9"."population",
    "t9"."source",
    "t9"."distance",
    ROW_NUMBER() OVER (
      PARTITION BY "t9"."la_code", "t9"."month"
      ORDER BY "t9"."distance" ASC, "t9"."year" DESC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "rank"
  FROM (
    SELECT
      "t8"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."rolling_start",
      "t8"."pop_year",
      "t8"."year",
      "t8"."population",
      "t8"."source",
      ABS("t8"."year" - "t8"."pop_year") AS "distance"
    FROM (
      SELECT
        "t3"."la_code",
        "t4"."month",
        "t4"."month_end",
        "t4"."rolling_start",
        "t4"."pop_year",
        "t7"."year",
        "t7"."population",
        "t7"."source"
      FROM "_councils" AS "t3"
      CROSS JOIN "_months" AS "t4"
      INNER JOIN (
        SELECT
          *
        FROM "populations" AS "t2"
        WHERE
          "t2"."la_code" IN (
            SELECT
              *
            FROM "_councils" AS "t0"
          )
      ) AS "t7"
        ON "t3"."la_code" = "t7"."la_code"
    ) AS "t8"
  ) AS "t9"
) AS "t10"
WHERE
  "t10"."rank" = 0
ORDER BY
  "t10"."la_code" ASC,
  "t10"."month" ASC
