"""Children in need."""

from __future__ import annotations

from .context import Context, cohort
from .registry import indicator

AREA = "children_in_need"


@cohort("in_need")
def children_in_need(ctx: Context):
    # One row per child: the latest open episode, not a distinct over every open one (for
    # speed: the pairs of a child's episodes that overlap are few).
    e = ctx.latest_open_at_month_end(ctx.table("ssd_cin_episodes"), "cine_referral_date",
                                     "cine_close_date", "cine_person_id",
                                     ("cine_referral_date", "cine_referral_id"))
    return e.select("la_code", "month", "cine_person_id")


@indicator(
    id="cin_count", name="Children in need", unit="count", polarity="neutral", area=AREA,
    definition="Children with a referral episode (`ssd_cin_episodes`) open at month end.",
    needs=("ssd_cin_episodes", "ssd_cin_episodes.cine_close_date"),
    period="month_end",
)
def cin_count(ctx: Context):
    return children_in_need(ctx)


@indicator(
    id="cin_per_10k", name="Children in need per 10,000 children", unit="per_10k",
    polarity="neutral", area=AREA,
    definition="`cin_count` per 10,000 children.",
    needs=("ssd_cin_episodes", "ssd_cin_episodes.cine_close_date"),
    benchmark="`CIN`; b1 `At31_episodes` / 0-17 population",
    period="month_end",
)
def cin_per_10k(ctx: Context):
    return children_in_need(ctx)
