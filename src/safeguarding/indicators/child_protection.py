"""Child protection: enquiries, conferences, plans, reviews and visits."""

from __future__ import annotations

import ibis

from .context import Context, cohort
from .registry import indicator
from .timeliness import reviews_on_time

AREA = "child_protection"
TWO_YEARS_DAYS = 729
# Without end dates every plan would look open (or none ended): month-end and ending measures need them.
PLANS_WITH_ENDS = ("ssd_cp_plans", "ssd_cp_plans.cppl_cp_plan_end_date")  # DfE: "more than 729 calendar days including the day of cessation"


@cohort("open_plans")
def open_plans(ctx: Context):
    plans = ctx.table("ssd_cp_plans")
    return ctx.open_at_month_end(plans, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date")


@cohort("on_plan")
def children_on_plan(ctx: Context):
    """One row per child subject to a plan at a month end, with the earliest open plan's start."""
    return open_plans(ctx).group_by("la_code", "month", "month_end", "cppl_person_id").aggregate(
        start=ibis._.cppl_cp_plan_start_date.min())


def lasted_two_years(start, end):
    return Context.days_between(start, end) + 1 > TWO_YEARS_DAYS


@indicator(
    id="s47_per_10k", name="Section 47 enquiries per 10,000 children (rolling 12 months)",
    unit="per_10k", polarity="neutral", area=AREA,
    definition="""Section 47 enquiries started (`s47e_s47_start_date`) in the rolling 12 months per
        10,000 children.""",
    needs=("ssd_s47_enquiry",),
    benchmark="`Section_47`",
    period="rolling",
)
def s47_per_10k(ctx: Context):
    return ctx.in_rolling_year(ctx.table("ssd_s47_enquiry"), "s47e_s47_start_date")


@indicator(
    id="icpc_in_15wd", name="Initial conferences within 15 working days of the S47 start",
    unit="percent", polarity="high", area=AREA,
    definition="""Of initial child protection conferences held in the month, excluding transfer-in
        conferences, those held within 15 working days of the start of the S47 enquiry they follow
        (`icpc_s47_enquiry_id`). A conference with no linked enquiry is left out of both parts and
        counted as a data-quality warning.""",
    needs=("ssd_initial_cp_conference", "ssd_initial_cp_conference.icpc_s47_enquiry_id",
           "ssd_s47_enquiry"),
    benchmark="`CP_conf_15days`",
    excluded_note="initial conferences with no linked section 47 enquiry (icpc_s47_enquiry_id "
                  "empty or not found)",
    period="month",
)
def icpc_in_15wd(ctx: Context):
    c = ctx.in_month(ctx.table("ssd_initial_cp_conference"), "icpc_icpc_date")
    c = c.filter(~c.icpc_icpc_transfer_in.fill_null(False))
    s = ctx.table("ssd_s47_enquiry").select("la_code", "s47e_s47_enquiry_id", "s47e_s47_start_date")
    c = c.left_join(s, [c.la_code == s.la_code, c.icpc_s47_enquiry_id == s.s47e_s47_enquiry_id])
    c = ctx.working_days(c, "s47e_s47_start_date", "icpc_icpc_date", "wd")
    return c.mutate(excluded=c.s47e_s47_start_date.isnull(), hit=c.wd <= 15)


@indicator(
    id="cp_count", name="Children subject to a child protection plan", unit="count",
    polarity="neutral", area=AREA,
    definition="Children subject to a child protection plan at month end (distinct children).",
    needs=PLANS_WITH_ENDS,
    period="month_end",
)
def cp_count(ctx: Context):
    return children_on_plan(ctx)


@indicator(
    id="cp_per_10k", name="Child protection plans per 10,000 children", unit="per_10k",
    polarity="neutral", area=AREA,
    definition="`cp_count` per 10,000 children.",
    needs=PLANS_WITH_ENDS,
    benchmark="`CPP_rate`; earlier years: d5 `CPP_At31` / 0-17 population",
    period="month_end",
)
def cp_per_10k(ctx: Context):
    return children_on_plan(ctx)


@indicator(
    id="cp_starts", name="Child protection plans started", unit="count", polarity="neutral",
    area=AREA,
    definition="Child protection plans started in the month.",
    needs=("ssd_cp_plans",),
    period="month",
)
def cp_starts(ctx: Context):
    return ctx.in_month(ctx.table("ssd_cp_plans"), "cppl_cp_plan_start_date")


@indicator(
    id="cp_second_or_subsequent", name="Child protection plans for a second or subsequent time",
    unit="percent", polarity="low", area=AREA,
    definition="""Of plans started in the rolling 12 months, those for a child with an earlier plan
        (an earlier start date), however long ago.""",
    needs=("ssd_cp_plans",),
    benchmark="d3 `CPP_subsequent_percent`",
    period="rolling", lookback=None,
)
def cp_second_or_subsequent(ctx: Context):
    p = ctx.table("ssd_cp_plans")
    # Each child's first plan start (an aggregate, not a window over every plan), joined to the
    # plans the frame's rolling years count (person id is required: no plan is lost).
    first = p.group_by("la_code", "cppl_person_id").aggregate(_first=p.cppl_cp_plan_start_date.min())
    p = ctx.in_frame_span(p, "cppl_cp_plan_start_date").join(first, ["la_code", "cppl_person_id"])
    p = p.mutate(hit=p.cppl_cp_plan_start_date > p._first).drop("_first")
    return ctx.in_rolling_year(p, "cppl_cp_plan_start_date")


@indicator(
    id="cp_ceased_2yrs", name="Child protection plans ceasing that lasted two years or more",
    unit="percent", polarity="low", area=AREA,
    definition="""Of plans ended in the rolling 12 months, those that had lasted two years or more:
        `(end - start) + 1 > 729` days (DfE: "more than 729 calendar days including the day of
        cessation").""",
    needs=PLANS_WITH_ENDS,
    benchmark="`CPPlans2yrs`",
    period="rolling",
)
def cp_ceased_2yrs(ctx: Context):
    p = ctx.in_rolling_year(ctx.table("ssd_cp_plans"), "cppl_cp_plan_end_date")
    return p.mutate(hit=lasted_two_years(p.cppl_cp_plan_start_date, p.cppl_cp_plan_end_date))


@indicator(
    id="cp_open_2yrs", name="Children on a child protection plan for two years or more",
    unit="percent", polarity="low", area=AREA,
    definition="""Of children subject to a plan at month end, those whose plan had lasted two years
        or more on the month end, by the same day count with `e` in place of `end`.""",
    needs=PLANS_WITH_ENDS,
    benchmark="`CPPlans2yrsActive`; d5 `2_years_or_more_percent`",
    period="month_end",
)
def cp_open_2yrs(ctx: Context):
    c = children_on_plan(ctx)
    return c.mutate(hit=lasted_two_years(c.start, c.month_end))


@indicator(
    id="cp_reviews_in_timescale", name="Child protection plans reviewed in timescale",
    unit="percent", polarity="high", area=AREA,
    definition="""Of plans open at month end whose first review is due by the month end (start + 3
        calendar months ≤ `e`), those whose every review due by the month end was held on time:
        the first review within 3 calendar months of the plan start, each later one within 6
        calendar months of the review before it. A review due after the month end is not yet
        due.""",
    needs=(*PLANS_WITH_ENDS, "ssd_cp_reviews"),
    benchmark="`RevCP`",
    period="month_end", lookback=None,
)
def cp_reviews_in_timescale(ctx: Context):
    p = open_plans(ctx)
    # "Started at least 3 calendar months before the month end", read as: its first review
    # (start + 3 months, clipped) is due by the month end. Under clipping this differs from
    # start <= e - 3 months: a plan started 30 November is in at 28 February.
    p = p.filter(ctx.add_months(p.cppl_cp_plan_start_date, 3) <= p.month_end).select(
        "la_code", "month", "month_end", plan_id=p.cppl_cp_plan_id, start=p.cppl_cp_plan_start_date,
        person_id=p.cppl_person_id)
    # The reviews of the cases' plans alone (a run of a few months chains the plans open then).
    plans = p.select("la_code", "plan_id", "start").distinct()
    r = ctx.table("ssd_cp_reviews")
    r = r.join(plans, [r.la_code == plans.la_code, r.cppr_cp_plan_id == plans.plan_id])
    r = r.filter(r.cppr_cp_review_date >= r.start).select(
        "la_code", plan_id=r.cppr_cp_plan_id, date=r.cppr_cp_review_date,
        review_id=r.cppr_cp_review_id, first_due=ctx.add_months(r.start, 3))
    p = p.mutate(first_due=ctx.add_months(p.start, 3))
    return reviews_on_time(ctx, p, r, second_months=6, later_months=6)


@indicator(
    id="cp_visits_in_timescale", name="Children on a plan visited in timescale", unit="percent",
    polarity="high", area=AREA,
    definition="""Of children subject to a plan at month end whose plan started more than V working
        days before the month end (`WD(start, e) > V`), those with a visit in which the child was
        seen (`cppv_cp_visit_seen` = Y, or the column absent), dated on or after the plan start, on
        or before `e`, and with `WD(visit, e) <= V`. *Policy* `V` = 10. Visits are matched to
        children by `cppv_person_id`.""",
    needs=(*PLANS_WITH_ENDS, "ssd_cp_visits"),
    period="month_end", lookback=1,
)
def cp_visits_in_timescale(ctx: Context, exact: bool = False):
    """exact: each child's latest visit itself (for the case lists). The figure only asks
    whether one falls within V working days of the month end, so by default only visits in that
    window are read: `last_visit` is then null when the latest is older (the same figure)."""
    v_days = ctx.policy.cp_visit_interval_wd
    c = ctx.working_days(children_on_plan(ctx), "start", "month_end", "wd_open")
    c = c.filter(c.wd_open > v_days)
    c = with_last_visit(ctx, c, None if exact else ctx.working_days_back(v_days))
    c = ctx.working_days(c, "last_visit", "month_end", "wd_since_visit")
    return c.mutate(hit=c.wd_since_visit.notnull() & (c.wd_since_visit <= v_days))


def with_last_visit(ctx: Context, c, windows=None):
    """Add last_visit: a child's latest visit seen on or after the plan start and on or before
    the month end (c: children_on_plan rows, one per child and month); with `windows`, only one
    within the month's window (`Context.with_latest`)."""
    v = ctx.table("ssd_cp_visits")
    seen = v.cppv_cp_visit_seen.fill_null(False) | ~ctx.column_supplied(v, "ssd_cp_visits", "cppv_cp_visit_seen")
    v = v.filter(seen).select("la_code", "cppv_person_id", "cppv_cp_visit_date")
    return ctx.with_latest(c, v, "cppl_person_id", "cppv_person_id", "cppv_cp_visit_date", "start",
                           "last_visit", windows)
