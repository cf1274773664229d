-- safeguarding compiled query {"code": "97684e1b273a2de5", "policy": "5a5babdd74a484f2", "query": "cp_ceased_2yrs"}
SELECT
  "t23"."la_code",
  "t23"."month",
  "t23"."numerator",
  "t23"."denominator",
  "t23"."excluded",
  CASE
    WHEN "t23"."denominator" > 0
    THEN (
      CAST("t23"."numerator" AS DOUBLE) / "t23"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t4"."la_code",
    "t5"."month",
    COALESCE("t22"."numerator", 0) AS "numerator",
    COALESCE("t22"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t4"
  CROSS JOIN "_months" AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t20"."la_code",
      "t20"."month_right" AS "month",
      SUM("t20"."numerator") AS "numerator",
      SUM("t20"."denominator") AS "denominator"
    FROM (
      SELECT
        "t19"."la_code",
        "t19"."month",
        "t19"."numerator",
        "t19"."denominator",
        "t5"."month" AS "month_right",
        "t5"."month_end",
        "t5"."rolling_start",
        "t5"."pop_year"
      FROM (
        SELECT
          "t17"."la_code",
          "t17"."month",
          SUM(CAST("t17"."_kept" AND COALESCE("t17"."hit", FALSE) AS BIGINT)) AS "numerator",
          SUM(CAST("t17"."_kept" AS BIGINT)) AS "denominator"
        FROM (
          SELECT
            "t16"."la_code",
            "t16"."cppl_cp_plan_id",
            "t16"."cppl_person_id",
            "t16"."cppl_cp_plan_start_date",
            "t16"."cppl_cp_plan_end_date",
            "t16"."cppl_cp_plan_initial_category",
            "t16"."cppl_cp_plan_latest_category",
            "t16"."cppl_icpc_id",
            "t16"."month",
            (
              DATE_DIFF('DAY', "t16"."cppl_cp_plan_start_date", "t16"."cppl_cp_plan_end_date") + 1
            ) > 729 AS "hit",
            TRUE AS "_kept"
          FROM (
            SELECT
              "t15"."la_code",
              "t15"."cppl_cp_plan_id",
              "t15"."cppl_person_id",
              "t15"."cppl_cp_plan_start_date",
              "t15"."cppl_cp_plan_end_date",
              "t15"."cppl_cp_plan_initial_category",
              "t15"."cppl_cp_plan_latest_category",
              "t15"."cppl_icpc_id",
              "t9"."month"
            FROM (
              SELECT
                "t13"."la_code",
                "t13"."cppl_cp_plan_id",
                "t13"."cppl_person_id",
                "t13"."cppl_cp_plan_start_date",
                "t13"."cppl_cp_plan_end_date",
                "t13"."cppl_cp_plan_initial_category",
                "t13"."cppl_cp_plan_latest_category",
                "t13"."cppl_icpc_id"
              FROM (
                SELECT
                  "t12"."la_code",
                  "t12"."cppl_cp_plan_id",
                  "t12"."cppl_person_id",
                  "t12"."cppl_cp_plan_start_date",
                  "t12"."cppl_cp_plan_end_date",
                  "t12"."cppl_cp_plan_initial_category",
                  "t12"."cppl_cp_plan_latest_category",
                  "t12"."cppl_icpc_id",
                  "t11"."_lo",
                  "t11"."_hi"
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
                ) AS "t12"
                CROSS JOIN (
                  SELECT
                    MIN("t1"."rolling_start") AS "_lo",
                    MAX("t1"."month_end") AS "_hi"
                  FROM "_months" AS "t1"
                ) AS "t11"
              ) AS "t13"
              WHERE
                "t13"."cppl_cp_plan_end_date" >= "t13"."_lo"
                AND "t13"."cppl_cp_plan_end_date" <= "t13"."_hi"
            ) AS "t15"
            INNER JOIN (
              SELECT
                "t2"."date" AS "_date",
                "t2"."month"
              FROM "_calendar" AS "t2"
            ) AS "t9"
              ON "t15"."cppl_cp_plan_end_date" = "t9"."_date"
          ) AS "t16"
        ) AS "t17"
        GROUP BY
          1,
          2
      ) AS "t19"
      INNER JOIN "_months" AS "t5"
        ON "t19"."month" >= "t5"."rolling_start" AND "t19"."month" <= "t5"."month"
    ) AS "t20"
    GROUP BY
      1,
      2
  ) AS "t22"
    ON "t4"."la_code" = "t22"."la_code" AND "t5"."month" = "t22"."month"
) AS "t23"
ORDER BY
  "t23"."la_code" ASC,
  "t23"."month" ASC
