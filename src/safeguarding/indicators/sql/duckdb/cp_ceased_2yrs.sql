-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cp_ceased_2yrs"}
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
    "t4"."la_code",
    "t5"."month",
    COALESCE("t24"."numerator", 0) AS "numerator",
    COALESCE("t24"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t22"."la_code",
      "t22"."_in" AS "month",
      SUM("t22"."numerator") AS "numerator",
      SUM("t22"."denominator") AS "denominator"
    FROM (
      SELECT
        "t21"."la_code",
        "t21"."month",
        "t21"."numerator",
        "t21"."denominator",
        "t9"."_in",
        "t9"."_from"
      FROM (
        SELECT
          "t19"."la_code",
          "t19"."month",
          SUM(CAST("t19"."_kept" AND COALESCE("t19"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t19"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t18"."la_code",
            "t18"."cppl_cp_plan_id",
            "t18"."cppl_person_id",
            "t18"."cppl_cp_plan_start_date",
            "t18"."cppl_cp_plan_end_date",
            "t18"."cppl_cp_plan_initial_category",
            "t18"."cppl_cp_plan_latest_category",
            "t18"."cppl_icpc_id",
            "t18"."month",
            (
              DATE_DIFF('DAY', "t18"."cppl_cp_plan_start_date", "t18"."cppl_cp_plan_end_date") + 1
            ) > 729 AS "hit",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t17"."la_code",
              "t17"."cppl_cp_plan_id",
              "t17"."cppl_person_id",
              "t17"."cppl_cp_plan_start_date",
              "t17"."cppl_cp_plan_end_date",
              "t17"."cppl_cp_plan_initial_category",
              "t17"."cppl_cp_plan_latest_category",
              "t17"."cppl_icpc_id",
              "t11"."month"
            FROM (
              SELECT
                "t15"."la_code",
                "t15"."cppl_cp_plan_id",
                "t15"."cppl_person_id",
                "t15"."cppl_cp_plan_start_date",
                "t15"."cppl_cp_plan_end_date",
                "t15"."cppl_cp_plan_initial_category",
                "t15"."cppl_cp_plan_latest_category",
                "t15"."cppl_icpc_id"
              FROM (
                SELECT
                  "t14"."la_code",
                  "t14"."cppl_cp_plan_id",
                  "t14"."cppl_person_id",
                  "t14"."cppl_cp_plan_start_date",
                  "t14"."cppl_cp_plan_end_date",
                  "t14"."cppl_cp_plan_initial_category",
                  "t14"."cppl_cp_plan_latest_category",
                  "t14"."cppl_icpc_id",
                  "t13"."_lo",
                  "t13"."_hi"
                FROM (
                  SELECT
                    *
                  FROM "ssd_cp_plans" AS "t3"
                  WHERE
                    "t3"."la_code" IN (
                      SELECT
                        *
                      FROM "_councils" AS "t0"
                    )
                ) AS "t14"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t13"
              ) AS "t15"
              WHERE
                "t15"."cppl_cp_plan_end_date" >= "t15"."_lo"
                AND "t15"."cppl_cp_plan_end_date" <= "t15"."_hi"
            ) AS "t17"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t11"
              ON "t17"."cppl_cp_plan_end_date" = "t11"."_date"
          ) AS "t18"
        ) AS "t19"
        GROUP BY
          1,
          2
      ) AS "t21"
      INNER JOIN (
        SELECT
          "t1"."month" AS "_in",
          "t1"."rolling_start" AS "_from"
        FROM "_months" AS "t1"
      ) AS "t9"
        ON "t21"."month" >= "t9"."_from" AND "t21"."month" <= "t9"."_in"
    ) AS "t22"
    GROUP BY
      1,
      2
  ) AS "t24"
    ON "t4"."la_code" = "t24"."la_code" AND "t5"."month" = "t24"."month"
) AS "t25"
ORDER BY
  "t25"."la_code" ASC,
  "t25"."month" ASC
