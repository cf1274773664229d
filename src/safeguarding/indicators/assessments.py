"""Assessments."""

from __future__ import annotations

from .context import Context
from .registry import indicator

AREA = "assessments"


@indicator(
    id="assessments_completed", name="Assessments completed", unit="count", polarity="neutral",
    area=AREA,
    definition="Assessments authorised (`cina_assessment_auth_date`) in the month.",
    needs=("ssd_cin_assessments", "ssd_cin_assessments.cina_assessment_auth_date"),
    period="month",
)
def assessments_completed(ctx: Context):
    return ctx.in_month(ctx.table("ssd_cin_assessments"), "cina_assessment_auth_date")


@indicator(
    id="assessments_per_10k", name="Assessments per 10,000 children (rolling 12 months)",
    unit="per_10k", polarity="neutral", area=AREA,
    definition="Assessments authorised in the rolling 12 months per 10,000 children.",
    needs=("ssd_cin_assessments", "ssd_cin_assessments.cina_assessment_auth_date"),
    period="rolling",
)
def assessments_per_10k(ctx: Context):
    return ctx.in_rolling_year(ctx.table("ssd_cin_assessments"), "cina_assessment_auth_date")


@indicator(
    id="assessments_in_timescale", name="Assessments completed in timescale", unit="percent",
    polarity="high", area=AREA,
    definition="""Of assessments authorised in the month, those with `WD(start, auth) <= T`, where
        `start` is the date of the linked referral (`cina_referral_id`) or, when there is none,
        `cina_assessment_start_date`. *Policy* `T` = 45 (single assessment); an authority
        reporting initial assessments sets 10.""",
    needs=("ssd_cin_assessments", "ssd_cin_assessments.cina_assessment_auth_date"),
    benchmark="""`Continue_Assess_Comp` ("continuous assessments completed within 45 working days",
        2016 onwards), only when the *policy* `T` is 45""",
    period="month",
)
def assessments_in_timescale(ctx: Context):
    a = ctx.in_month(ctx.table("ssd_cin_assessments"), "cina_assessment_auth_date")
    # A council without ssd_cin_episodes has no referral to find: its start date is used.
    r = ctx.table("ssd_cin_episodes").select("la_code", "cine_referral_id", "cine_referral_date")
    a = a.left_join(r, [a.la_code == r.la_code, a.cina_referral_id == r.cine_referral_id])
    start = a.cine_referral_date.fill_null(a.cina_assessment_start_date)
    a = ctx.working_days(a.mutate(_start=start), "_start", "cina_assessment_auth_date", "wd")
    return a.mutate(hit=a.wd <= ctx.policy.assessment_timescale_wd)
