"""Looked-after children."""

from __future__ import annotations

import ibis

from .context import Context, cohort, or_far_off
from .registry import indicator
from .timeliness import reviews_on_time

AREA = "looked_after"
CLA_FIRST_REVIEW_WD = 20
LONG_GAP_DAYS = 91  # the longest interval between statutory visits (a long-term placement)
# Without end dates every episode would look open: measures at a month end need them.
EPISODES_WITH_ENDS = ("ssd_cla_episodes", "ssd_cla_episodes.clae_cla_episode_ceased_date")


@cohort("looked_after")
def children_looked_after(ctx: Context):
    """One row per child looked after at a month end, with the current (latest-starting) open
    episode: la_code, month, month_end, rolling_start, person_id, cla_id, episode_start."""
    e = ctx.latest_open_at_month_end(ctx.table("ssd_cla_episodes"), "clae_cla_episode_start_date",
                                     "clae_cla_episode_ceased_date", "clae_person_id",
                                     ("clae_cla_episode_start_date", "clae_cla_episode_id"))
    return e.select(
        "la_code", "month", "month_end", "rolling_start", person_id=e.clae_person_id,
        cla_id=e.clae_cla_id, episode_start=e.clae_cla_episode_start_date)


@cohort("period_starts")
def period_starts(ctx: Context):
    """la_code, cla_id, period_start (entered-care date, else the earliest episode start),
    first_episode_start, clae_person_id (the child: a period's episodes are one child's)."""
    e = ctx.table("ssd_cla_episodes")
    per = e.group_by("la_code", "clae_cla_id").aggregate(
        entered=e.clae_entered_care_date.min(), first_episode_start=e.clae_cla_episode_start_date.min(),
        clae_person_id=e.clae_person_id.min())
    return per.select("la_code", "first_episode_start", "clae_person_id", cla_id=per.clae_cla_id,
                      period_start=per.entered.fill_null(per.first_episode_start))


@indicator(
    id="cla_count", name="Children looked after", unit="count", polarity="neutral", area=AREA,
    definition="Children looked after at month end (distinct children with an episode open at `e`).",
    needs=EPISODES_WITH_ENDS,
    period="month_end",
)
def cla_count(ctx: Context):
    return children_looked_after(ctx)


@indicator(
    id="cla_per_10k", name="Children looked after per 10,000 children", unit="per_10k",
    polarity="neutral", area=AREA,
    definition="`cla_count` per 10,000 children.",
    needs=EPISODES_WITH_ENDS,
    benchmark="`LAC`; cla_number_and_rate_per_10k_children (looked after on 31 March)",
    period="month_end",
)
def cla_per_10k(ctx: Context):
    return children_looked_after(ctx)


@indicator(
    id="cla_starts", name="Children starting to be looked after", unit="count", polarity="neutral",
    area=AREA,
    definition="Periods of care (`clae_cla_id`) whose first episode started in the month.",
    needs=("ssd_cla_episodes",),
    period="month",
)
def cla_starts(ctx: Context):
    return ctx.in_month(period_starts(ctx), "first_episode_start")


@indicator(
    id="cla_visits_in_timescale", name="Looked-after children visited in timescale",
    unit="percent", polarity="high", area=AREA,
    definition="""Of children looked after at month end whose current placement started at least
        7 days before `e`, those not overdue a statutory visit at `e`. The current placement is the
        one open at `e` (or, with no placement table, the open episode); `p` is its start. The next
        visit is due `p + 7 days` if the child has not been seen since `p`; otherwise `v + I`, where
        `v` is the latest visit on or after `p` with the child seen, and `I` is 91 days when the
        placement is long term (`clap_long_term` = Y) and had lasted a year or more at `v`, else 42
        days (reg. 28: within a week, then at most every six weeks in the first year, then at most
        three-monthly for a long-term placement). In timescale when the due date is on or after
        `e`. Visits are matched to children by `clav_person_id`.""",
    needs=(*EPISODES_WITH_ENDS, "ssd_cla_visits"),
    period="month_end", lookback=3,
)
def cla_visits_in_timescale(ctx: Context, exact: bool = False):
    """exact: each child's latest visit itself (for the case lists). The figure only asks
    whether one falls within the longest interval (91 days) of the month end: the latest visit
    is then in the window, and by default only visits in it are read (`v` is null when the
    latest is older, with the same figure: a placement at least 7 days old is then overdue)."""
    c = _with_current_placement(ctx, children_looked_after(ctx))
    c = c.filter(c.p <= ctx.add_days(c.month_end, -7))
    v = ctx.table("ssd_cla_visits")
    seen = v.clav_cla_visit_seen.fill_null(False) | ~ctx.column_supplied(v, "ssd_cla_visits", "clav_cla_visit_seen")
    v = v.filter(seen).select("la_code", "clav_person_id", "clav_cla_visit_date")
    # (one row per child and month: `children_looked_after`)
    c = ctx.with_latest(c, v, "person_id", "clav_person_id", "clav_cla_visit_date", "p", "v",
                        None if exact else ctx.days_back(LONG_GAP_DAYS))
    long_gap = c.long_term.fill_null(False) & (c.v >= ctx.add_months(c.p, 12))
    due = ibis.cases((c.v.isnull(), ctx.add_days(c.p, 7)), (long_gap, ctx.add_days(c.v, LONG_GAP_DAYS)),
                     else_=ctx.add_days(c.v, 42))
    return c.mutate(due=due, hit=due >= c.month_end)


def _with_current_placement(ctx: Context, c):
    """Add p (current placement's start; the open episode's start when no placement is open at
    the month end, or the council's extract has no placement end dates) and long_term. With
    several placements open, the latest-starting one."""
    pl = ctx.table("ssd_cla_placement")
    # Without end dates every placement would look open: such a council's are not read.
    pl = pl.filter(ctx.column_supplied(pl, "ssd_cla_placement", "clap_cla_placement_end_date"))
    # Each period of care's current placement at each month end: the child's, through cla_id.
    j = ctx.latest_open_at_month_end(pl, "clap_cla_placement_start_date", "clap_cla_placement_end_date",
                                     "clap_cla_id", ("clap_cla_placement_start_date", "clap_cla_placement_id"))
    current = j.select("la_code", "month", cla_id=j.clap_cla_id,
                       placement_start=j.clap_cla_placement_start_date, long_term=j.clap_long_term)
    c = ctx.attach(c, current, ["la_code", "month", "cla_id"])
    return c.mutate(p=c.placement_start.fill_null(c.episode_start))


@indicator(
    id="cla_reviews_in_timescale", name="Looked-after children reviewed in timescale",
    unit="percent", polarity="high", area=AREA,
    definition="""Of children looked after at month end whose period of care began more than 20
        working days before `e` (the period's start is `clae_entered_care_date`, or else the
        earliest episode start with that `clae_cla_id`), those whose every review due by `e` was
        held on time: the first within 20 working days of the period's start, the second within 3
        calendar months of the first, later ones within 6 calendar months of the one before.
        Cancelled reviews do not count as held.""",
    needs=(*EPISODES_WITH_ENDS, "ssd_cla_reviews"),
    period="month_end", lookback=None,
)
def cla_reviews_in_timescale(ctx: Context):
    # "Within 20 working days" as a due date: the day before the 21st working day after the start,
    # so that a review on a weekend straight after the 20th working day is still on time. Dated
    # once per period, for its cases and its reviews alike.
    periods = ctx.working_day_after(period_starts(ctx), "period_start", CLA_FIRST_REVIEW_WD + 1, "wd21")
    periods = periods.mutate(first_due=ctx.add_days(periods.wd21, -1)).drop("wd21")
    c = children_looked_after(ctx)
    c = c.join(periods, ["la_code", "cla_id"])
    c = ctx.working_days(c, "period_start", "month_end", "wd_in_care")
    c = c.filter(c.wd_in_care > CLA_FIRST_REVIEW_WD).select(
        "la_code", "month", "month_end", "first_due", "person_id", "period_start", plan_id="cla_id")
    r = ctx.table("ssd_cla_reviews")
    r = r.filter(~r.clar_cla_review_cancelled.fill_null(False))
    r = r.join(periods, [r.la_code == periods.la_code, r.clar_cla_id == periods.cla_id])
    r = r.filter(r.clar_cla_review_date >= r.period_start).select(
        "la_code", "first_due", plan_id=r.clar_cla_id, date=r.clar_cla_review_date,
        review_id=r.clar_cla_review_id)
    return reviews_on_time(ctx, c, r, second_months=3, later_months=6)


@indicator(
    id="cla_3plus_placements", name="Looked-after children with three or more placements",
    unit="percent", polarity="low", area=AREA,
    definition="""Of children looked after at month end, those with 3 or more distinct placements
        (`ssd_cla_placement`, in any of the child's periods of care) open at some time in the
        rolling 12 months (start on or before `e`; no end, or an end on or after the window's first
        day). Needs the placement table.""",
    needs=(*EPISODES_WITH_ENDS, "ssd_cla_placement",
           "ssd_cla_placement.clap_cla_placement_end_date"),
    benchmark="`LACStable_2016on`; la_cla_placement_stability",
    period="month_end", lookback=12,
)
def cla_3plus_placements(ctx: Context):
    c = children_looked_after(ctx)
    e = ctx.table("ssd_cla_episodes")
    periods_of_child = e.select("la_code", cla_id=e.clae_cla_id, person_id=e.clae_person_id).distinct()
    # Only the placements open in some rolling year of the frame, not the whole history.
    pl = ctx.open_in_rolling_frame(ctx.table("ssd_cla_placement"), "clap_cla_placement_start_date",
                                   "clap_cla_placement_end_date")
    pl = pl.join(periods_of_child, [pl.la_code == periods_of_child.la_code,
                                    pl.clap_cla_id == periods_of_child.cla_id])
    j = c.join(pl, [c.la_code == pl.la_code, c.person_id == pl.person_id,
                    pl.clap_cla_placement_start_date <= c.month_end,
                    or_far_off(pl.clap_cla_placement_end_date) >= c.rolling_start])
    # A count, not a count of distinct ids (for speed): a placement (its id a key) joins a
    # child and month at most once, periods_of_child being distinct.
    counts = j.group_by("la_code", "month", "person_id").aggregate(placements=j.count())
    c = ctx.attach(c, counts, ["la_code", "month", "person_id"])
    return c.mutate(hit=c.placements.fill_null(0) >= 3)
