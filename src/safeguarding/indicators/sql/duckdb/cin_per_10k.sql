-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cin_per_10k"}
WITH "t7" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t17" AS (
  SELECT
    "t15"."la_code",
    "t15"."cine_referral_id",
    "t15"."cine_person_id",
    "t15"."cine_referral_date",
    "t15"."cine_referral_source_code",
    "t15"."cine_referral_nfa",
    "t15"."cine_cin_primary_need_code",
    "t15"."cine_close_date",
    "t15"."cine_close_reason"
  FROM (
    SELECT
      "t14"."la_code",
      "t14"."cine_referral_id",
      "t14"."cine_person_id",
      "t14"."cine_referral_date",
      "t14"."cine_referral_source_code",
      "t14"."cine_referral_nfa",
      "t14"."cine_cin_primary_need_code",
      "t14"."cine_close_date",
      "t14"."cine_close_reason",
      "t10"."_first_end",
      "t10"."_last_end"
    FROM (
      SELECT
        *
      FROM "ssd_cin_episodes" AS "t3"
      WHERE
        "t3"."la_code" IN (
          SELECT
            *
          FROM "t7"
        )
    ) AS "t14"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t10"
  ) AS "t15"
  WHERE
    "t15"."cine_referral_date" <= "t15"."_last_end"
    AND COALESCE("t15"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t15"."_first_end"
), "cohort_in_need" AS (
  SELECT
    "t20"."la_code",
    "t5"."month",
    "t20"."cine_person_id"
  FROM "t17" AS "t20"
  INNER JOIN "_months" AS "t5"
    ON "t20"."cine_referral_date" <= "t5"."month_end"
    AND COALESCE("t20"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t5"."month_end"
  ANTI JOIN (
    SELECT
      "t20"."la_code",
      "t20"."cine_referral_id" AS "_superseded",
      "t21"."cine_referral_date" AS "_start",
      "t21"."cine_close_date" AS "_end",
      "t6"."month",
      "t6"."month_end",
      "t6"."rolling_start",
      "t6"."pop_year"
    FROM "t17" AS "t20"
    INNER JOIN "t17" AS "t21"
      ON "t20"."la_code" = "t21"."la_code"
      AND "t20"."cine_person_id" = "t21"."cine_person_id"
      AND "t21"."cine_referral_date" >= "t20"."cine_referral_date"
      AND (
        (
          "t21"."cine_referral_date" > "t20"."cine_referral_date"
        )
        OR (
          "t21"."cine_referral_id" > "t20"."cine_referral_id"
        )
      )
      AND "t21"."cine_referral_date" < COALESCE("t20"."cine_close_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t6"
      ON "t21"."cine_referral_date" <= "t6"."month_end"
      AND COALESCE("t21"."cine_close_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ) AS "t24"
    ON "t20"."la_code" = "t24"."la_code"
    AND "t5"."month" = "t24"."month"
    AND "t20"."cine_referral_id" = "t24"."_superseded"
)
SELECT
  "t32"."la_code",
  "t32"."month",
  "t32"."numerator",
  "t32"."excluded",
  "t32"."denominator",
  (
    CAST("t32"."numerator" AS DOUBLE) / "t32"."denominator"
  ) * 10000 AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t31"."numerator", 0) AS "numerator",
    0 AS "excluded",
    "t26"."population" AS "denominator"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t29"."la_code",
      "t29"."month",
      SUM(CAST("t29"."_kept" AS BIGINT)) AS "numerator"
    FROM (
      SELECT
        "t28"."la_code",
        "t28"."month",
        "t28"."cine_person_id",
        TRUE AS "_kept"
      FROM "cohort_in_need" AS "t28"
    ) AS "t29"
    GROUP BY
      1,
      2
  ) AS "t31"
    ON "t4"."la_code" = "t31"."la_code" AND "t5"."month" = "t31"."month"
  INNER JOIN (
    SELECT
      "t22"."la_code",
      "t22"."month",
      "t22"."pop_year",
      "t22"."population",
      "t22"."year" AS "year_used"
    FROM (
      SELECT
        "t19"."la_code",
        "t19"."month",
        "t19"."month_end",
        "t19"."rolling_start",
        "t19"."pop_year",
        "t19"."year",
        "t19"."population",
        "t19"."source",
        "t19"."distance",
        ROW_NUMBER() OVER (
          PARTITION BY "t19"."la_code", "t19"."month"
          ORDER BY "t19"."distance" ASC, "t19"."year" DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) - 1 AS "rank"
      FROM (
        SELECT
          "t16"."la_code",
          "t16"."month",
          "t16"."month_end",
          "t16"."rolling_start",
          "t16"."pop_year",
          "t16"."year",
          "t16"."population",
          "t16"."source",
          ABS("t16"."year" - "t16"."pop_year") AS "distance"
        FROM (
          SELECT
            "t4"."la_code",
            "t5"."month",
            "t5"."month_end",
            "t5"."rolling_start",
            "t5"."pop_year",
            "t13"."year",
            "t13"."population",
            "t13"."source"
          FROM "_councils" AS "t4"
          CROSS JOIN "_months" AS "t5"
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
          ) AS "t13"
            ON "t4"."la_code" = "t13"."la_code"
        ) AS "t16"
      ) AS "t19"
    ) AS "t22"
    WHERE
      "t22"."rank" = 0
  ) AS "t26"
    ON "t4"."la_code" = "t26"."la_code" AND "t5"."month" = "t26"."month"
) AS "t32"
ORDER BY
  "t32"."la_code" ASC,
  "t32"."month" ASC
