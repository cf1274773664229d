"""A plain pandas implementation of the core indicator catalogue.

Written from the catalogue text (the shared docs' indicators.md and data-contract.md) and the
project's recorded decisions, without reference to the engine's indicator code, so that it
serves two purposes:

- the speed baseline for the engine benchmark: what a council analyst would write by hand,
  a Python loop over the 13 reporting months with pandas filters and merges in each month;
- an independent cross-check of the engine's numbers (tests/test_pandas_baseline.py).

benchmarks/county.py times it against the engine on a synthetic county.

`compute_all` returns, for each indicator id, 13 points {month, numerator, denominator,
value}, oldest first, or None when a table or column the indicator needs is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from safeguarding.calendar import calendar_table
from safeguarding.reference import population
from safeguarding.schema import TABLES

N_MONTHS = 13

# The outcome text, upper-cased, says NEW_REFERRAL_FLAG = Y: the project's agreed pattern,
# with its groups made non-capturing (it matches the same texts).
NEW_REFERRAL = re.compile(r"""NEW_REFERRAL_FLAG["']?\s*:\s*["']?(?:Y|YES|1|TRUE|T)(?:["']|\s*[,}]|\s*$)""")

MONTH = pd.DateOffset(months=1)


def months(n: int) -> pd.DateOffset:
    """n calendar months; pandas clips to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    return pd.DateOffset(months=n)


# --------------------------------------------------------------------------------------------
# Working days: WD(a, b) = ordinal(b) - ordinal(a), ordinal(d) = working days up to and incl. d


class WorkingDays:
    def __init__(self):
        cal = calendar_table()
        dates = pd.to_datetime(pd.Series(cal.column("date").to_pylist()))
        self.first = dates.iloc[0]
        self.ordinal = np.asarray(cal.column("wd_ordinal").to_numpy(), dtype="float64")

    def ordinals(self, dates) -> np.ndarray:
        """The working-day ordinal of each date (NaN for an empty date or one off the calendar)."""
        days = (pd.to_datetime(pd.Series(dates)).dt.normalize() - self.first).dt.days.to_numpy(dtype="float64")
        out = np.full(len(days), np.nan)
        ok = ~np.isnan(days) & (days >= 0) & (days < len(self.ordinal))
        out[ok] = self.ordinal[days[ok].astype(int)]
        return out

    def ordinal_of(self, day: pd.Timestamp) -> float:
        """The ordinal of one date (the scalar fast path of `ordinals`)."""
        i = (day.normalize() - self.first).days
        return float(self.ordinal[i]) if 0 <= i < len(self.ordinal) else np.nan

    def between(self, a, b) -> np.ndarray:
        """WD(a, b) element-wise: working days d with a < d <= b."""
        return self.ordinals(b) - self.ordinals(a)


# --------------------------------------------------------------------------------------------
# The reporting months


@dataclass(frozen=True)
class Month:
    label: str  # 'YYYY-MM'
    s: pd.Timestamp  # first day
    e: pd.Timestamp  # last day
    s12: pd.Timestamp  # first day of the rolling 12 months ending in this month
    pop_year: int  # calendar year in which the month's April-March financial year begins


def reporting_months(month: dt.date, n: int = N_MONTHS) -> list[Month]:
    last = pd.Timestamp(month.year, month.month, 1)
    out = []
    for k in range(n - 1, -1, -1):
        s = last - months(k)
        e = s + MONTH - pd.Timedelta(days=1)
        s12 = s - months(11)
        out.append(Month(f"{s:%Y-%m}", s, e, s12, s.year if s.month >= 4 else s.year - 1))
    return out


def in_range(dates: pd.Series, first: pd.Timestamp, last: pd.Timestamp) -> pd.Series:
    """first <= d <= last, comparing calendar days (a datetime counts on its day)."""
    days = dates.dt.normalize()
    return (days >= first) & (days <= last)


def is_true(flags: pd.Series) -> pd.Series:
    """A flag that is Y (an empty flag is not)."""
    return flags.astype("boolean").fillna(False).astype(bool)


def open_at(start: pd.Series, end: pd.Series, e: pd.Timestamp) -> pd.Series:
    """Open at month end: start <= e and (end empty or end > e)."""
    return (start <= e) & (end.isna() | (end > e))


# --------------------------------------------------------------------------------------------
# Inputs


@dataclass
class Inputs:
    tables: dict[str, pd.DataFrame]
    present: dict[str, set[str]]
    wd: WorkingDays
    assessment_timescale_wd: int
    cp_visit_interval_wd: int

    def has(self, table: str, *columns: str) -> bool:
        return table in self.tables and all(c in self.present.get(table, set()) for c in columns)

    def __getitem__(self, table: str) -> pd.DataFrame:
        return self.tables[table]


def _typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """The table with every contract column (absent ones empty), dates as datetime64 and
    flags as nullable booleans."""
    df = df.copy()
    for col in TABLES[name].columns:
        if col.name not in df.columns:
            df[col.name] = pd.NA
        if col.kind in ("date", "datetime"):
            df[col.name] = pd.to_datetime(df[col.name])
        elif col.kind == "flag":
            df[col.name] = df[col.name].astype("boolean")
        else:
            df[col.name] = df[col.name].astype("object").where(df[col.name].notna(), None)
    return df


# --------------------------------------------------------------------------------------------
# Front door


def contacts_in_month(x: Inputs, m: Month) -> pd.DataFrame:
    c = x["ssd_contacts"]
    return c[in_range(c.cont_contact_date, m.s, m.e)]


def contacts(x: Inputs, m: Month) -> int:
    return len(contacts_in_month(x, m))


def contacts_screened_24h(x: Inputs, m: Month) -> tuple[int, int]:
    c = contacts_in_month(x, m)
    qualified = c.cont_screened_by_qualified.isna() | is_true(c.cont_screened_by_qualified)
    hit = (c.cont_screening_date.notna()
           & (c.cont_screening_date <= c.cont_contact_date + pd.Timedelta(hours=24))
           & qualified)
    return int(hit.sum()), len(c)


def contacts_to_referral(x: Inputs, m: Month) -> tuple[int, int]:
    c = contacts_in_month(x, m)
    outcome = c.cont_contact_outcome_json.astype("string").str.upper()
    hit = outcome.str.contains(NEW_REFERRAL, na=False)
    return int(hit.sum()), len(c)


def referrals(x: Inputs, m: Month) -> int:
    r = x["ssd_cin_episodes"]
    return int(in_range(r.cine_referral_date, m.s, m.e).sum())


def referrals_12m(x: Inputs, m: Month) -> int:
    r = x["ssd_cin_episodes"]
    return int(in_range(r.cine_referral_date, m.s12, m.e).sum())


def rereferrals_12m(x: Inputs, m: Month) -> tuple[int, int]:
    r = x["ssd_cin_episodes"]
    window = r[in_range(r.cine_referral_date, m.s12, m.e)][["cine_referral_id", "cine_person_id",
                                                            "cine_referral_date"]]
    others = r[["cine_person_id", "cine_referral_date"]].rename(columns={"cine_referral_date": "other_date"})
    pairs = window.merge(others, on="cine_person_id")
    earlier = ((pairs.other_date >= pairs.cine_referral_date - months(12))
               & (pairs.other_date < pairs.cine_referral_date))
    rereferred = pairs.loc[earlier, "cine_referral_id"].nunique()
    return int(rereferred), len(window)


# --------------------------------------------------------------------------------------------
# Assessments


def assessments_authorised(x: Inputs, first: pd.Timestamp, last: pd.Timestamp) -> pd.DataFrame:
    a = x["ssd_cin_assessments"]
    return a[in_range(a.cina_assessment_auth_date, first, last)]


def assessments_completed(x: Inputs, m: Month) -> int:
    return len(assessments_authorised(x, m.s, m.e))


def assessments_12m(x: Inputs, m: Month) -> int:
    return len(assessments_authorised(x, m.s12, m.e))


def assessments_in_timescale(x: Inputs, m: Month) -> tuple[int, int]:
    a = assessments_authorised(x, m.s, m.e)
    if "ssd_cin_episodes" in x.tables:
        refs = x["ssd_cin_episodes"][["cine_referral_id", "cine_referral_date"]]
        a = a.merge(refs, left_on="cina_referral_id", right_on="cine_referral_id", how="left")
        start = a.cine_referral_date.fillna(a.cina_assessment_start_date)
    else:
        start = a.cina_assessment_start_date
    wd = x.wd.between(start, a.cina_assessment_auth_date)
    return int((wd <= x.assessment_timescale_wd).sum()), len(a)


# --------------------------------------------------------------------------------------------
# Child protection


def s47_12m(x: Inputs, m: Month) -> int:
    s = x["ssd_s47_enquiry"]
    return int(in_range(s.s47e_s47_start_date, m.s12, m.e).sum())


def icpc_in_15wd(x: Inputs, m: Month) -> tuple[int, int]:
    c = x["ssd_initial_cp_conference"]
    c = c[in_range(c.icpc_icpc_date, m.s, m.e) & ~is_true(c.icpc_icpc_transfer_in)]
    s47 = x["ssd_s47_enquiry"][["s47e_s47_enquiry_id", "s47e_s47_start_date"]]
    linked = c.merge(s47, left_on="icpc_s47_enquiry_id", right_on="s47e_s47_enquiry_id", how="inner")
    wd = x.wd.between(linked.s47e_s47_start_date, linked.icpc_icpc_date)
    return int((wd <= 15).sum()), len(linked)


def open_plans(x: Inputs, e: pd.Timestamp) -> pd.DataFrame:
    p = x["ssd_cp_plans"]
    return p[open_at(p.cppl_cp_plan_start_date, p.cppl_cp_plan_end_date, e)]


def children_on_plan(x: Inputs, e: pd.Timestamp) -> pd.DataFrame:
    """One row per child on a plan at e: the child's earliest-starting open plan."""
    p = open_plans(x, e).sort_values(["cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_id"])
    return p.drop_duplicates("cppl_person_id", keep="first")


def cp_count(x: Inputs, m: Month) -> int:
    return len(children_on_plan(x, m.e))


def cp_starts(x: Inputs, m: Month) -> int:
    p = x["ssd_cp_plans"]
    return int(in_range(p.cppl_cp_plan_start_date, m.s, m.e).sum())


def cp_second_or_subsequent(x: Inputs, m: Month) -> tuple[int, int]:
    p = x["ssd_cp_plans"]
    started = p[in_range(p.cppl_cp_plan_start_date, m.s12, m.e)]
    first_start = p.groupby("cppl_person_id").cppl_cp_plan_start_date.min()
    earlier = started.cppl_cp_plan_start_date > started.cppl_person_id.map(first_start)
    return int(earlier.sum()), len(started)


def lasted_2yrs(start: pd.Series, end) -> pd.Series:
    """(end - start) + 1 > 729 days."""
    return (end - start).dt.days + 1 > 729


def cp_ceased_2yrs(x: Inputs, m: Month) -> tuple[int, int]:
    p = x["ssd_cp_plans"]
    ended = p[in_range(p.cppl_cp_plan_end_date, m.s12, m.e)]
    return int(lasted_2yrs(ended.cppl_cp_plan_start_date, ended.cppl_cp_plan_end_date).sum()), len(ended)


def cp_open_2yrs(x: Inputs, m: Month) -> tuple[int, int]:
    c = children_on_plan(x, m.e)
    return int(lasted_2yrs(c.cppl_cp_plan_start_date, m.e).sum()), len(c)


Reviews = list[tuple[pd.Timestamp, pd.Timestamp]]  # (review date, that date + 6 months)


def reviews_by(r: pd.DataFrame, key: str, date: str, review_id: str) -> dict[str, Reviews]:
    """key -> its reviews ordered by (date, review id), each with the date 6 calendar months on."""
    r = r.sort_values([date, review_id]).assign(six_months_on=lambda d: d[date] + months(6))
    out: dict[str, Reviews] = {}
    for k, day, six_months_on in zip(r[key], r[date], r.six_months_on):
        out.setdefault(k, []).append((day, six_months_on))
    return out


def reviews_on_time(first_due: pd.Timestamp, held: Reviews, e: pd.Timestamp) -> bool:
    """Every review due by e held on time: the first held by `first_due`, each later one
    within 6 calendar months of the one before, and the next one after the last held (or
    the first, if none is held) not yet overdue, i.e. due after e."""
    due = first_due
    for review, six_months_on in held:
        if review > due:
            return False
        due = six_months_on
    return due > e


def cp_reviews_in_timescale(x: Inputs, m: Month) -> tuple[int, int]:
    plans = open_plans(x, m.e)
    plans = plans[plans.cppl_cp_plan_start_date + months(3) <= m.e]
    r = x["ssd_cp_reviews"]
    r = r[r.cppr_cp_plan_id.isin(plans.cppl_cp_plan_id) & (r.cppr_cp_review_date <= m.e)]
    by_plan = reviews_by(r, "cppr_cp_plan_id", "cppr_cp_review_date", "cppr_cp_review_id")
    hits = 0
    for plan_id, start in zip(plans.cppl_cp_plan_id, plans.cppl_cp_plan_start_date):
        held = [(d, d6) for d, d6 in by_plan.get(plan_id, []) if d >= start]
        if reviews_on_time(start + months(3), held, m.e):
            hits += 1
    return hits, len(plans)


def cp_visits_in_timescale(x: Inputs, m: Month) -> tuple[int, int]:
    v_max = x.cp_visit_interval_wd
    c = children_on_plan(x, m.e)
    c = c[x.wd.ordinal_of(m.e) - x.wd.ordinals(c.cppl_cp_plan_start_date) > v_max]
    v = x["ssd_cp_visits"]
    if x.has("ssd_cp_visits", "cppv_cp_visit_seen"):
        v = v[is_true(v.cppv_cp_visit_seen)]
    v = v[v.cppv_person_id.isin(c.cppl_person_id) & (v.cppv_cp_visit_date <= m.e)]
    seen = c.merge(v, left_on="cppl_person_id", right_on="cppv_person_id")
    seen = seen[seen.cppv_cp_visit_date >= seen.cppl_cp_plan_start_date]
    latest = seen.groupby("cppl_person_id").cppv_cp_visit_date.max()
    wd = x.wd.ordinal_of(m.e) - x.wd.ordinals(latest)
    return int((wd <= v_max).sum()), len(c)


# --------------------------------------------------------------------------------------------
# Looked-after children


def current_episodes(x: Inputs, e: pd.Timestamp) -> pd.DataFrame:
    """One row per child looked after at e: the open episode with the latest start (tie: the
    larger episode id)."""
    ep = x["ssd_cla_episodes"]
    ep = ep[open_at(ep.clae_cla_episode_start_date, ep.clae_cla_episode_ceased_date, e)]
    ep = ep.sort_values(["clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_id"])
    return ep.drop_duplicates("clae_person_id", keep="last")


def cla_count(x: Inputs, m: Month) -> int:
    return len(current_episodes(x, m.e))


def cla_starts(x: Inputs, m: Month) -> int:
    ep = x["ssd_cla_episodes"]
    first_start = ep.groupby("clae_cla_id").clae_cla_episode_start_date.min()
    return int(in_range(first_start, m.s, m.e).sum())


def current_placements(x: Inputs, cur: pd.DataFrame, e: pd.Timestamp) -> pd.DataFrame:
    """For each current episode's period of care, the placement open at e with the latest
    start (tie: the larger placement id)."""
    pl = x["ssd_cla_placement"]
    pl = pl[open_at(pl.clap_cla_placement_start_date, pl.clap_cla_placement_end_date, e)
            & pl.clap_cla_id.isin(cur.clae_cla_id)]
    pl = pl.sort_values(["clap_cla_id", "clap_cla_placement_start_date", "clap_cla_placement_id"])
    return pl.drop_duplicates("clap_cla_id", keep="last")


def cla_visits_in_timescale(x: Inputs, m: Month) -> tuple[int, int]:
    cur = current_episodes(x, m.e)
    if "ssd_cla_placement" in x.tables:
        pl = current_placements(x, cur, m.e)
        cur = cur.merge(pl, left_on="clae_cla_id", right_on="clap_cla_id", how="left")
        cur["p"] = cur.clap_cla_placement_start_date.fillna(cur.clae_cla_episode_start_date)
        cur["long_term"] = cur.clap_cla_placement_id.notna() & is_true(cur.clap_long_term)
    else:
        cur = cur.assign(p=cur.clae_cla_episode_start_date, long_term=False)
    cur = cur[cur.p <= m.e - pd.Timedelta(days=7)]

    v = x["ssd_cla_visits"]
    if x.has("ssd_cla_visits", "clav_cla_visit_seen"):
        v = v[is_true(v.clav_cla_visit_seen)]
    v = v[v.clav_person_id.isin(cur.clae_person_id) & (v.clav_cla_visit_date <= m.e)]
    seen = cur[["clae_person_id", "p"]].merge(v, left_on="clae_person_id", right_on="clav_person_id")
    seen = seen[seen.clav_cla_visit_date >= seen.p]
    latest = seen.groupby("clae_person_id").clav_cla_visit_date.max()

    v_ = pd.to_datetime(cur.clae_person_id.map(latest))
    long_interval = cur.long_term & (v_ >= cur.p + months(12))
    due = (v_ + pd.Timedelta(days=42)).mask(long_interval, v_ + pd.Timedelta(days=91))
    due = due.mask(v_.isna(), cur.p + pd.Timedelta(days=7))
    return int((due >= m.e).sum()), len(cur)


def period_starts(x: Inputs) -> pd.Series:
    """clae_cla_id -> the period's start: the earliest clae_entered_care_date of its episodes,
    else the earliest episode start."""
    ep = x["ssd_cla_episodes"]
    g = ep.groupby("clae_cla_id")
    return g.clae_entered_care_date.min().fillna(g.clae_cla_episode_start_date.min())


def cla_reviews_in_timescale(x: Inputs, m: Month) -> tuple[int, int]:
    cur = current_episodes(x, m.e)
    cur = cur.assign(period_start=cur.clae_cla_id.map(period_starts(x)))
    wd_since = x.wd.ordinal_of(m.e) - x.wd.ordinals(cur.period_start)
    cur = cur[wd_since > 20]
    r = x["ssd_cla_reviews"]
    r = r[r.clar_cla_id.isin(cur.clae_cla_id) & ~is_true(r.clar_cla_review_cancelled)
          & (r.clar_cla_review_date <= m.e)]
    by_period = reviews_by(r, "clar_cla_id", "clar_cla_review_date", "clar_cla_review_id")
    hits = 0
    for cla_id, start in zip(cur.clae_cla_id, cur.period_start):
        held = [(d, d6) for d, d6 in by_period.get(cla_id, []) if d >= start]
        if cla_reviews_on_time(x.wd, start, held, m.e):
            hits += 1
    return hits, len(cur)


def cla_reviews_on_time(wd: WorkingDays, start: pd.Timestamp, held: Reviews, e: pd.Timestamp) -> bool:
    """The first review within 20 working days of the period's start (with none held it is
    overdue: every child counted has been in care more than 20 working days), the second
    within 3 calendar months of the first, later ones within 6 months of the one before."""
    if not held:
        return False
    first = held[0][0]
    if wd.ordinal_of(first) - wd.ordinal_of(start) > 20:
        return False
    return reviews_on_time(first + months(3), held[1:], e)


def cla_3plus_placements(x: Inputs, m: Month) -> tuple[int, int]:
    cur = current_episodes(x, m.e)
    ep = x["ssd_cla_episodes"]
    links = ep[["clae_cla_id", "clae_person_id"]].drop_duplicates()
    links = links[links.clae_person_id.isin(cur.clae_person_id)]
    pl = x["ssd_cla_placement"]
    pl = pl[(pl.clap_cla_placement_start_date <= m.e)
            & (pl.clap_cla_placement_end_date.isna() | (pl.clap_cla_placement_end_date >= m.s12))]
    linked = links.merge(pl, left_on="clae_cla_id", right_on="clap_cla_id")
    per_child = linked.groupby("clae_person_id").clap_cla_placement_id.nunique()
    return int((per_child >= 3).sum()), len(cur)


# --------------------------------------------------------------------------------------------
# Children in need


def cin_count(x: Inputs, m: Month) -> int:
    r = x["ssd_cin_episodes"]
    open_ = open_at(r.cine_referral_date, r.cine_close_date, m.e)
    return int(r.loc[open_, "cine_person_id"].nunique())


# --------------------------------------------------------------------------------------------
# The catalogue: id -> (unit, function, needs {table: columns})

COUNT, PERCENT, PER_10K = "count", "percent", "per_10k"

CATALOGUE: dict[str, tuple[str, Callable, dict[str, tuple[str, ...]]]] = {
    "contacts": (COUNT, contacts, {"ssd_contacts": ()}),
    "contacts_screened_24h": (PERCENT, contacts_screened_24h, {"ssd_contacts": ("cont_screening_date",)}),
    "contacts_to_referral": (PERCENT, contacts_to_referral, {"ssd_contacts": ("cont_contact_outcome_json",)}),
    "referrals": (COUNT, referrals, {"ssd_cin_episodes": ()}),
    "referrals_per_10k": (PER_10K, referrals_12m, {"ssd_cin_episodes": ()}),
    "rereferrals_12m": (PERCENT, rereferrals_12m, {"ssd_cin_episodes": ()}),
    "assessments_completed": (COUNT, assessments_completed, {"ssd_cin_assessments": ("cina_assessment_auth_date",)}),
    "assessments_per_10k": (PER_10K, assessments_12m, {"ssd_cin_assessments": ("cina_assessment_auth_date",)}),
    "assessments_in_timescale": (PERCENT, assessments_in_timescale,
                                 {"ssd_cin_assessments": ("cina_assessment_auth_date",)}),
    "s47_per_10k": (PER_10K, s47_12m, {"ssd_s47_enquiry": ()}),
    "icpc_in_15wd": (PERCENT, icpc_in_15wd, {"ssd_initial_cp_conference": ("icpc_s47_enquiry_id",),
                                             "ssd_s47_enquiry": ()}),
    "cp_count": (COUNT, cp_count, {"ssd_cp_plans": ()}),
    "cp_per_10k": (PER_10K, cp_count, {"ssd_cp_plans": ()}),
    "cp_starts": (COUNT, cp_starts, {"ssd_cp_plans": ()}),
    "cp_second_or_subsequent": (PERCENT, cp_second_or_subsequent, {"ssd_cp_plans": ()}),
    "cp_ceased_2yrs": (PERCENT, cp_ceased_2yrs, {"ssd_cp_plans": ("cppl_cp_plan_end_date",)}),
    "cp_open_2yrs": (PERCENT, cp_open_2yrs, {"ssd_cp_plans": ()}),
    "cp_reviews_in_timescale": (PERCENT, cp_reviews_in_timescale, {"ssd_cp_plans": (), "ssd_cp_reviews": ()}),
    "cp_visits_in_timescale": (PERCENT, cp_visits_in_timescale, {"ssd_cp_plans": (), "ssd_cp_visits": ()}),
    "cla_count": (COUNT, cla_count, {"ssd_cla_episodes": ()}),
    "cla_per_10k": (PER_10K, cla_count, {"ssd_cla_episodes": ()}),
    "cla_starts": (COUNT, cla_starts, {"ssd_cla_episodes": ()}),
    "cla_visits_in_timescale": (PERCENT, cla_visits_in_timescale, {"ssd_cla_episodes": (), "ssd_cla_visits": ()}),
    "cla_reviews_in_timescale": (PERCENT, cla_reviews_in_timescale,
                                 {"ssd_cla_episodes": (), "ssd_cla_reviews": ()}),
    "cla_3plus_placements": (PERCENT, cla_3plus_placements, {"ssd_cla_episodes": (), "ssd_cla_placement": ()}),
    "cin_count": (COUNT, cin_count, {"ssd_cin_episodes": ()}),
    "cin_per_10k": (PER_10K, cin_count, {"ssd_cin_episodes": ()}),
}


def population_for(populations: pd.DataFrame, year: int) -> int | None:
    """The 0-17 population for mid-`year`, or the nearest year held (ties: the later year)."""
    if populations is None or populations.empty:
        return None
    p = populations.assign(gap=(populations.year - year).abs()).sort_values(["gap", "year"],
                                                                           ascending=[True, False])
    return int(p.population.iloc[0])


def point(unit: str, m: Month, result, populations: pd.DataFrame) -> dict:
    if unit == COUNT:
        return {"month": m.label, "numerator": result, "denominator": None, "value": result}
    if unit == PERCENT:
        num, den = result
        return {"month": m.label, "numerator": num, "denominator": den,
                "value": num / den * 100 if den else None}
    pop = population_for(populations, m.pop_year)
    return {"month": m.label, "numerator": result, "denominator": pop,
            "value": result / pop * 10000 if pop else None}


def compute_all(tables: dict[str, pd.DataFrame], populations: pd.DataFrame, month: dt.date,
                present: dict[str, set[str]], assessment_timescale_wd: int = 45,
                cp_visit_interval_wd: int = 10, n_months: int = N_MONTHS) -> dict[str, list[dict] | None]:
    """Every catalogue indicator's 13-month series (oldest first) for one council, or None
    for an indicator whose table or column the extract did not supply."""
    supplied = {name: _typed(name, df) for name, df in tables.items()
                if name in TABLES and name in present}
    x = Inputs(supplied, present, WorkingDays(), assessment_timescale_wd, cp_visit_interval_wd)
    series_months = reporting_months(month, n_months)
    out: dict[str, list[dict] | None] = {}
    for ind_id, (unit, fn, needs) in CATALOGUE.items():
        if not all(x.has(t, *cols) for t, cols in needs.items()):
            out[ind_id] = None
            continue
        out[ind_id] = [point(unit, m, fn(x, m), populations) for m in series_months]
    return out


# --------------------------------------------------------------------------------------------
# Reading a council from the store


def load_tables(store, la_code: str) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, dict[str, set[str]]]:
    """One council's typed SSD tables (only the tables and columns its extract supplied), its
    populations (year, population) and the columns present, from the project's DuckDB store."""
    present = store.columns_present().get(la_code, {})
    tables = {}
    for name, spec in TABLES.items():
        if name not in present:
            continue
        cols = [c.name for c in spec.columns if c.name in present[name]]
        quoted = ", ".join('"' + c + '"' for c in cols)
        sql = f"SELECT {quoted} FROM {name} WHERE la_code = ?"
        tables[name] = _typed(name, store.con.execute(sql, [la_code]).df())[cols]
    populations = store.con.execute(
        "SELECT year, population FROM populations WHERE la_code = ? ORDER BY year", [la_code]).df()
    return tables, populations, {t: set(c) for t, c in present.items()}


# --------------------------------------------------------------------------------------------
# Reading an extract folder, as an analyst's script would (benchmarks/cold.py runs this)


FLAGS = {"Y": True, "N": False, "1": True, "0": False, "true": True, "false": False}


def read_folder(folder: Path) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, dict[str, set[str]]]:
    """An SSD extract folder's CSV files (flags Y/N as booleans), its populations (extract.toml,
    else the shipped ONS figures) and the columns present."""
    meta = tomllib.loads((folder / "extract.toml").read_text(encoding="utf-8"))
    tables, present = {}, {}
    for name, spec in TABLES.items():
        path = folder / f"{name}.csv"
        if not path.exists():
            continue
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        for col in spec.columns:
            if col.kind == "flag" and col.name in df:
                df[col.name] = df[col.name].map(FLAGS)
        tables[name], present[name] = df, set(df.columns)
    years = meta.get("population") or population(meta["la_code"])
    populations = pd.DataFrame([{"year": int(y), "population": int(n)} for y, n in years.items()])
    return tables, populations, present


def main() -> None:
    ap = argparse.ArgumentParser(description="The pandas baseline on an extract folder, as JSON.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--months", type=int, default=N_MONTHS, help="months computed, the last first")
    args = ap.parse_args()
    month = dt.datetime.strptime(args.month, "%Y-%m").date()
    tables, populations, present = read_folder(args.folder)
    print(json.dumps(compute_all(tables, populations, month, present, n_months=args.months),
                     default=str))


if __name__ == "__main__":
    main()


