-- safeguarding compiled query {"code": "7ad7998fbda3c8ef", "policy": "5a5babdd74a484f2", "query": "cla_reviews_in_timescale"}
WITH "t8" AS (
  SELECT
    *
  FROM "_councils" AS "t0"
), "t21" AS (
  SELECT
    *
  FROM "ssd_cla_episodes" AS "t4"
  WHERE
    "t4"."la_code" IN (
      SELECT
        *
      FROM "t8"
    )
), "t29" AS (
  SELECT
    "t25"."la_code",
    "t25"."clae_cla_episode_id",
    "t25"."clae_person_id",
    "t25"."clae_cla_id",
    "t25"."clae_cla_episode_start_date",
    "t25"."clae_cla_episode_ceased_date",
    "t25"."clae_entered_care_date",
    "t25"."clae_cla_placement_id"
  FROM (
    SELECT
      "t23"."la_code",
      "t23"."clae_cla_episode_id",
      "t23"."clae_person_id",
      "t23"."clae_cla_id",
      "t23"."clae_cla_episode_start_date",
      "t23"."clae_cla_episode_ceased_date",
      "t23"."clae_entered_care_date",
      "t23"."clae_cla_placement_id",
      "t19"."_first_end",
      "t19"."_last_end"
    FROM "t21" AS "t23"
    CROSS JOIN (
      SELECT
        MIN("t1"."month_end") AS "_first_end",
        MAX("t1"."month_end") AS "_last_end"
      FROM "_months" AS "t1"
    ) AS "t19"
  ) AS "t25"
  WHERE
    "t25"."clae_cla_episode_start_date" <= "t25"."_last_end"
    AND COALESCE("t25"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t25"."_first_end"
), "cohort_period_starts" AS (
  SELECT
    "t26"."la_code",
    "t26"."first_episode_start",
    "t26"."clae_person_id",
    "t26"."clae_cla_id" AS "cla_id",
    COALESCE("t26"."entered", "t26"."first_episode_start") AS "period_start"
  FROM (
    SELECT
      "t22"."la_code",
      "t22"."clae_cla_id",
      MIN("t22"."clae_entered_care_date") AS "entered",
      MIN("t22"."clae_cla_episode_start_date") AS "first_episode_start",
      MIN("t22"."clae_person_id") AS "clae_person_id"
    FROM "t21" AS "t22"
    GROUP BY
      1,
      2
  ) AS "t26"
), "cohort_looked_after" AS (
  SELECT
    "t32"."la_code",
    "t6"."month",
    "t6"."month_end",
    "t6"."rolling_start",
    "t32"."clae_person_id" AS "person_id",
    "t32"."clae_cla_id" AS "cla_id",
    "t32"."clae_cla_episode_start_date" AS "episode_start"
  FROM "t29" AS "t32"
  INNER JOIN "_months" AS "t6"
    ON "t32"."clae_cla_episode_start_date" <= "t6"."month_end"
    AND COALESCE("t32"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t6"."month_end"
  ANTI JOIN (
    SELECT
      "t32"."la_code",
      "t32"."clae_cla_episode_id" AS "_superseded",
      "t33"."clae_cla_episode_start_date" AS "_start",
      "t33"."clae_cla_episode_ceased_date" AS "_end",
      "t7"."month",
      "t7"."month_end",
      "t7"."rolling_start",
      "t7"."pop_year"
    FROM "t29" AS "t32"
    INNER JOIN "t29" AS "t33"
      ON "t32"."la_code" = "t33"."la_code"
      AND "t32"."clae_person_id" = "t33"."clae_person_id"
      AND "t33"."clae_cla_episode_start_date" >= "t32"."clae_cla_episode_start_date"
      AND (
        (
          "t33"."clae_cla_episode_start_date" > "t32"."clae_cla_episode_start_date"
        )
        OR (
          "t33"."clae_cla_episode_id" > "t32"."clae_cla_episode_id"
        )
      )
      AND "t33"."clae_cla_episode_start_date" < COALESCE("t32"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31))
    INNER JOIN "_months" AS "t7"
      ON "t33"."clae_cla_episode_start_date" <= "t7"."month_end"
      AND COALESCE("t33"."clae_cla_episode_ceased_date", MAKE_DATE(9999, 12, 31)) > "t7"."month_end"
  ) AS "t37"
    ON "t32"."la_code" = "t37"."la_code"
    AND "t6"."month" = "t37"."month"
    AND "t32"."clae_cla_episode_id" = "t37"."_superseded"
), "t48" AS (
  SELECT
    "t46"."la_code",
    "t46"."month",
    "t46"."month_end",
    "t46"."first_due",
    "t46"."person_id",
    "t46"."period_start",
    "t46"."cla_id" AS "plan_id"
  FROM (
    SELECT
      "t43"."la_code",
      "t43"."month",
      "t43"."month_end",
      "t43"."rolling_start",
      "t43"."person_id",
      "t43"."cla_id",
      "t43"."episode_start",
      "t40"."first_episode_start",
      "t40"."clae_person_id",
      "t40"."period_start",
      "t40"."first_due",
      "t15"."_wd_a",
      "t16"."_wd_b"
    FROM "cohort_looked_after" AS "t43"
    INNER JOIN (
      SELECT
        "t38".*
        EXCLUDE ("wd21")
      FROM (
        SELECT
          "t35"."la_code",
          "t35"."first_episode_start",
          "t35"."clae_person_id",
          "t35"."cla_id",
          "t35"."period_start",
          "t35"."wd21",
          "t35"."wd21" + INTERVAL '-1' DAY AS "first_due"
        FROM (
          SELECT
            "t34"."la_code",
            "t34"."first_episode_start",
            "t34"."clae_person_id",
            "t34"."cla_id",
            "t34"."period_start",
            "t18"."wd21"
          FROM "cohort_period_starts" AS "t34"
          LEFT OUTER JOIN (
            SELECT
              "t2"."wd_ordinal" AS "_wd_from",
              "t2"."date" AS "_wd_from__date"
            FROM "_calendar" AS "t2"
          ) AS "t17"
            ON "t34"."period_start" = "t17"."_wd_from__date"
          LEFT OUTER JOIN (
            SELECT
              "t2"."wd_ordinal" AS "_wd_to",
              "t2"."date" AS "wd21"
            FROM "_calendar" AS "t2"
            WHERE
              "t2"."is_working_day"
          ) AS "t18"
            ON (
              "t17"."_wd_from" + 21
            ) = "t18"."_wd_to"
        ) AS "t35"
      ) AS "t38"
    ) AS "t40"
      ON "t43"."la_code" = "t40"."la_code" AND "t43"."cla_id" = "t40"."cla_id"
    LEFT OUTER JOIN (
      SELECT
        "t2"."wd_ordinal" AS "_wd_a",
        "t2"."date" AS "_wd_a__date"
      FROM "_calendar" AS "t2"
    ) AS "t15"
      ON "t40"."period_start" = "t15"."_wd_a__date"
    LEFT OUTER JOIN (
      SELECT
        "t2"."wd_ordinal" AS "_wd_b",
        "t2"."date" AS "_wd_b__date"
      FROM "_calendar" AS "t2"
    ) AS "t16"
      ON "t43"."month_end" = "t16"."_wd_b__date"
  ) AS "t46"
  WHERE
    (
      "t46"."_wd_b" - "t46"."_wd_a"
    ) > 20
), "t53" AS (
  SELECT
    "t52"."la_code",
    "t52"."first_due",
    "t52"."plan_id",
    "t52"."date",
    "t52"."review_id",
    ROW_NUMBER() OVER (
      PARTITION BY "t52"."la_code", "t52"."plan_id"
      ORDER BY "t52"."date" ASC, "t52"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) - 1 AS "k",
    LAG("t52"."date") OVER (
      PARTITION BY "t52"."la_code", "t52"."plan_id"
      ORDER BY "t52"."date" ASC, "t52"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "prev",
    LEAD("t52"."date") OVER (
      PARTITION BY "t52"."la_code", "t52"."plan_id"
      ORDER BY "t52"."date" ASC, "t52"."review_id" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "following"
  FROM (
    SELECT
      "t47"."la_code",
      "t47"."first_due",
      "t47"."plan_id",
      "t47"."date",
      "t47"."review_id"
    FROM (
      SELECT
        "t44"."la_code",
        "t44"."first_due",
        "t44"."clar_cla_id" AS "plan_id",
        "t44"."clar_cla_review_date" AS "date",
        "t44"."clar_cla_review_id" AS "review_id"
      FROM (
        SELECT
          "t27"."la_code",
          "t27"."clar_cla_review_id",
          "t27"."clar_cla_id",
          "t27"."clar_cla_review_due_date",
          "t27"."clar_cla_review_date",
          "t27"."clar_cla_review_cancelled",
          "t40"."first_episode_start",
          "t40"."clae_person_id",
          "t40"."cla_id",
          "t40"."period_start",
          "t40"."first_due"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              *
            FROM "ssd_cla_reviews" AS "t3"
            WHERE
              "t3"."la_code" IN (
                SELECT
                  *
                FROM "t8"
              )
          ) AS "t20"
          WHERE
            NOT (
              COALESCE("t20"."clar_cla_review_cancelled", FALSE)
            )
        ) AS "t27"
        INNER JOIN (
          SELECT
            "t38".*
            EXCLUDE ("wd21")
          FROM (
            SELECT
              "t35"."la_code",
              "t35"."first_episode_start",
              "t35"."clae_person_id",
              "t35"."cla_id",
              "t35"."period_start",
              "t35"."wd21",
              "t35"."wd21" + INTERVAL '-1' DAY AS "first_due"
            FROM (
              SELECT
                "t34"."la_code",
                "t34"."first_episode_start",
                "t34"."clae_person_id",
                "t34"."cla_id",
                "t34"."period_start",
                "t18"."wd21"
              FROM "cohort_period_starts" AS "t34"
              LEFT OUTER JOIN (
                SELECT
                  "t2"."wd_ordinal" AS "_wd_from",
                  "t2"."date" AS "_wd_from__date"
                FROM "_calendar" AS "t2"
              ) AS "t17"
                ON "t34"."period_start" = "t17"."_wd_from__date"
              LEFT OUTER JOIN (
                SELECT
                  "t2"."wd_ordinal" AS "_wd_to",
                  "t2"."date" AS "wd21"
                FROM "_calendar" AS "t2"
                WHERE
                  "t2"."is_working_day"
              ) AS "t18"
                ON (
                  "t17"."_wd_from" + 21
                ) = "t18"."_wd_to"
            ) AS "t35"
          ) AS "t38"
        ) AS "t40"
          ON "t27"."la_code" = "t40"."la_code" AND "t27"."clar_cla_id" = "t40"."cla_id"
      ) AS "t44"
      WHERE
        "t44"."clar_cla_review_date" >= "t44"."period_start"
    ) AS "t47"
    SEMI JOIN "t48" AS "t51"
      ON "t47"."la_code" = "t51"."la_code" AND "t47"."plan_id" = "t51"."plan_id"
  ) AS "t52"
)
SELECT
  "t67"."la_code",
  "t67"."month",
  "t67"."numerator",
  "t67"."denominator",
  "t67"."excluded",
  CASE
    WHEN "t67"."denominator" > 0
    THEN (
      CAST("t67"."numerator" AS DOUBLE) / "t67"."denominator"
    ) * 100
    ELSE NULL
  END AS "value"
FROM (
  SELECT
    "t5"."la_code",
    "t6"."month",
    COALESCE("t66"."numerator", 0) AS "numerator",
    COALESCE("t66"."denominator", 0) AS "denominator",
    0 AS "excluded"
  FROM "_councils" AS "t5"
  CROSS JOIN "_months" AS "t6"
  LEFT OUTER JOIN (
    SELECT
      "t64"."la_code",
      "t64"."month",
      SUM(CAST("t64"."_kept" AND COALESCE("t64"."hit", FALSE) AS BIGINT)) AS "numerator",
      SUM(CAST("t64"."_kept" AS BIGINT)) AS "denominator"
    FROM (
      SELECT
        "t63"."la_code",
        "t63"."month",
        "t63"."month_end",
        "t63"."first_due",
        "t63"."person_id",
        "t63"."period_start",
        "t63"."plan_id",
        "t63"."held_n",
        "t63"."last",
        "t63"."late_held",
        CASE
          WHEN "t63"."held_n" = 0
          THEN "t63"."first_due"
          WHEN "t63"."held_n" = 1
          THEN "t63"."last" + INTERVAL '3' MONTH
          ELSE "t63"."last" + INTERVAL '6' MONTH
        END AS "next_due",
        NOT (
          "t63"."late_held"
        )
        AND (
          CASE
            WHEN "t63"."held_n" = 0
            THEN "t63"."first_due"
            WHEN "t63"."held_n" = 1
            THEN "t63"."last" + INTERVAL '3' MONTH
            ELSE "t63"."last" + INTERVAL '6' MONTH
          END > "t63"."month_end"
        ) AS "hit",
        TRUE AS "_kept"
      FROM (
        SELECT
          "t50"."la_code",
          "t50"."month",
          "t50"."month_end",
          "t50"."first_due",
          "t50"."person_id",
          "t50"."period_start",
          "t50"."plan_id",
          COALESCE("t62"."k" + 1, 0) AS "held_n",
          "t62"."date" AS "last",
          COALESCE("t62"."first_late" <= "t62"."k", FALSE) AS "late_held"
        FROM "t48" AS "t50"
        LEFT OUTER JOIN (
          SELECT
            "t56"."la_code",
            "t56"."plan_id",
            "t56"."date",
            "t56"."k",
            "t56"."following",
            "t60"."first_late"
          FROM (
            SELECT
              "t54"."la_code",
              "t54"."plan_id",
              "t54"."date",
              "t54"."k",
              "t54"."following"
            FROM "t53" AS "t54"
          ) AS "t56"
          LEFT OUTER JOIN (
            SELECT
              "t58"."la_code",
              "t58"."plan_id",
              MIN("t58"."k") AS "first_late"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t54"."la_code",
                  "t54"."first_due",
                  "t54"."plan_id",
                  "t54"."date",
                  "t54"."review_id",
                  "t54"."k",
                  "t54"."prev",
                  "t54"."following",
                  "t54"."date" > CASE
                    WHEN "t54"."k" = 0
                    THEN "t54"."first_due"
                    WHEN "t54"."k" = 1
                    THEN "t54"."prev" + INTERVAL '3' MONTH
                    ELSE "t54"."prev" + INTERVAL '6' MONTH
                  END AS "late"
                FROM "t53" AS "t54"
              ) AS "t57"
              WHERE
                "t57"."late"
            ) AS "t58"
            GROUP BY
              1,
              2
          ) AS "t60"
            ON "t56"."la_code" = "t60"."la_code" AND "t56"."plan_id" = "t60"."plan_id"
        ) AS "t62"
          ON "t50"."la_code" = "t62"."la_code"
          AND "t50"."plan_id" = "t62"."plan_id"
          AND "t62"."date" <= "t50"."month_end"
          AND COALESCE("t62"."following", MAKE_DATE(9999, 12, 31)) > "t50"."month_end"
      ) AS "t63"
    ) AS "t64"
    GROUP BY
      1,
      2
  ) AS "t66"
    ON "t5"."la_code" = "t66"."la_code" AND "t6"."month" = "t66"."month"
) AS "t67"
ORDER BY
  "t67"."la_code" ASC,
  "t67"."month" ASC
