"""Front door: contacts and referrals."""

from __future__ import annotations

import ibis

from .context import Context, cohort
from .registry import indicator

AREA = "front_door"


@cohort("contacts_in_month")
def contacts_in_month(ctx: Context):
    """Contacts received in a month of the frame: three indicators read them."""
    return ctx.in_month(ctx.table("ssd_contacts"), "cont_contact_date")


@indicator(
    id="contacts", name="Contacts received", unit="count", polarity="neutral", area=AREA,
    definition="Contacts received in the month (`cont_contact_date`).",
    needs=("ssd_contacts",),
    period="month",
)
def contacts(ctx: Context):
    return contacts_in_month(ctx)


@indicator(
    id="contacts_screened_24h", name="Contacts screened within 24 hours", unit="percent",
    polarity="high", area=AREA,
    definition="""Of contacts received in the month, those whose `cont_screening_date` is no more
        than 24 hours after `cont_contact_date` (and, where `cont_screened_by_qualified` is present
        and not empty for that contact, it is `Y`). A contact with no screening date is in the
        denominator, not the numerator. Needs `cont_screening_date`.""",
    needs=("ssd_contacts", "ssd_contacts.cont_screening_date"),
    period="month",
)
def contacts_screened_24h(ctx: Context):
    c = contacts_in_month(ctx)
    in_time = c.cont_screening_date <= c.cont_contact_date + ibis.interval(hours=24)
    by_qualified = c.cont_screened_by_qualified.isnull() | c.cont_screened_by_qualified
    return c.mutate(hit=c.cont_screening_date.notnull() & in_time & by_qualified)


@indicator(
    id="contacts_to_referral", name="Contacts leading to a referral", unit="percent",
    polarity="neutral", area=AREA,
    definition="""Of contacts received in the month, those whose outcome
        (`cont_contact_outcome_json`) has `NEW_REFERRAL_FLAG` = Y.""",
    needs=("ssd_contacts", "ssd_contacts.cont_contact_outcome_json"),
    period="month",
)
def contacts_to_referral(ctx: Context):
    c = contacts_in_month(ctx)
    # The SSD writes the outcome as JSON-like text, keys sometimes unquoted:
    # {"NEW_REFERRAL_FLAG": "Y", ...} or { NEW_REFERRAL_FLAG: "Y", ... }. Keys and flags in any
    # case, flags in any Y/N spelling: matched without case ((?i)), not on an upper-cased copy
    # of every contact's text (the largest table; the copy took 40% of the match's time).
    flag = c.cont_contact_outcome_json.re_search(
        r'(?i)NEW_REFERRAL_FLAG["\']?\s*:\s*["\']?(Y|YES|1|TRUE|T)(["\']|\s*[,}]|\s*$)')
    return c.mutate(hit=flag.fill_null(False))


@indicator(
    id="referrals", name="Referrals", unit="count", polarity="neutral", area=AREA,
    definition="Referrals (`cine_referral_date`) in the month.",
    needs=("ssd_cin_episodes",),
    period="month",
)
def referrals(ctx: Context):
    return ctx.in_month(ctx.table("ssd_cin_episodes"), "cine_referral_date")


@indicator(
    id="referrals_per_10k", name="Referrals per 10,000 children (rolling 12 months)", unit="per_10k",
    polarity="neutral", area=AREA,
    definition="Referrals in the rolling 12 months per 10,000 children.",
    needs=("ssd_cin_episodes",),
    benchmark="`CPP_Total_Rateper10,000`; earlier years: c1 `referral_count` / 0-17 population",
    period="rolling",
)
def referrals_per_10k(ctx: Context):
    return ctx.in_rolling_year(ctx.table("ssd_cin_episodes"), "cine_referral_date")


@indicator(
    id="rereferrals_12m", name="Re-referrals within 12 months", unit="percent", polarity="low",
    area=AREA,
    definition="""Of referrals in the rolling 12 months, those for a child who had another referral
        dated on or after the same day 12 calendar months earlier and before this referral's date.""",
    needs=("ssd_cin_episodes",),
    benchmark="`ReReferral`; c1 `rereferral_percent`",
    period="rolling", lookback=12,
)
def rereferrals_12m(ctx: Context):
    # Only the referrals the frame's rolling years count are read, with those of the 12 months
    # before any of them: a run of a few months reads a fraction of the history.
    counted = ctx.in_frame_span(ctx.table("ssd_cin_episodes"), "cine_referral_date")
    earlier = ctx.in_frame_span(ctx.table("ssd_cin_episodes"), "cine_referral_date", 12).view()
    # Whether any earlier referral exists (a mark join), not every pair of them.
    flagged = counted.select(
        "la_code", "cine_referral_id", "cine_person_id", "cine_referral_date",
        hit=((earlier.la_code == counted.la_code)
             & (earlier.cine_person_id == counted.cine_person_id)
             & (earlier.cine_referral_date >= ctx.add_months(counted.cine_referral_date, -12))
             & (earlier.cine_referral_date < counted.cine_referral_date)).any())
    return ctx.in_rolling_year(flagged, "cine_referral_date")
