"""A synthetic Standard Safeguarding Dataset (SSD) extract for one council.

`write_synthetic_extract` writes the thirteen ``ssd_*.csv`` tables the product reads and an
``extract.toml``. The data are invented but behave like a real English council's: the
yearly rates land near the England 2013-14 figures for the council's 0-17 population.

How the children are made (every stage is vectorised over all children; the only Python
loops are over re-referral generations and review rounds):

1. **Referral chains.** New children are first referred as a Poisson process. Each referral
   opens a CIN referral episode that follows one pathway: no further action, assessment
   then closure, assessment then a period as a child in need, a section 47 enquiry (with or
   without an initial child protection conference and a plan), a transfer-in conference,
   or coming into care. A plan may end with the child coming into care. After an episode
   closes the child may be referred again (more likely after a plan, and more likely to get
   another plan), which makes re-referrals and second plans. Nothing happens on or after a
   child's 18th birthday.
2. **Steady state.** Arrivals start 19 years before `start`, so even children who have been
   in care since infancy are present; the extract keeps every child with a record open at
   or dated on or after `start`, with their whole history (earlier referrals and plans),
   as a real case-management extract would.
3. **Detail.** Contacts (one per referral, contacts on open cases, and no-further-action
   contacts, many for children never referred), assessments, enquiries, conferences,
   plans with visits and reviews, periods of care split into episodes and placements with
   visits and reviews are derived from the episodes.
4. **As at the extract.** Nothing after the cut-off (the last day of `end`, or
   `extracted_at` if earlier) is kept; records still open then have empty end dates.

With ``errors=True`` a valid extract is made and then exactly these faults are injected
(in recent rows; each is returned, with table, file line, column and value, as
``counts.injected_errors``, and listed as comments in ``extract.toml``; a fault with no
suitable row in a very small extract is left out):

- ``unparseable_date``: one ``ssd_cin_assessments.cina_assessment_auth_date`` is
  ``YYYY-02-30``;
- ``uk_date`` (valid, not an error): one ``ssd_cp_plans.cppl_cp_plan_start_date`` is
  written ``dd/mm/yyyy``;
- ``duplicate_key``: the last ``ssd_cp_visits`` row carries the ``cppv_cp_visit_id`` of the
  row before it;
- ``unknown_person``: one ``ssd_contacts`` row has a ``cont_person_id`` not in ssd_person;
- ``end_before_start``: one ``ssd_cp_plans`` row ends 7 days before it starts;
- ``overlapping_plans``: one extra ``ssd_cp_plans`` row (appended last) for a child who
  already has a plan over the same dates;
- ``missing_required``: one ``ssd_s47_enquiry.s47e_s47_start_date`` is empty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import holidays
import numpy as np
import pandas as pd

# Dates are int64 day numbers (days since 1970-01-01) until they are written out; NA marks an
# absent date. NA stays NA under np.minimum and loses under np.maximum, which the stages use.
NA = np.int64(-(2**60))
_DAY_SECONDS = 86_400
_HISTORY_YEARS = 18  # arrivals start this long before `start`: the longest childhood


# ---------------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Params:
    """The model's knobs, calibrated to the England 2013-14 children's social care figures."""

    # Front door (rates per 10,000 children per year).
    first_referrals_per_10k: float = 367.0  # children referred for the first time
    contact_only_children_per_10k: float = 660.0  # children whose contacts all end in NFA
    p_later_nfa_contact: float = 0.35  # a closed episode followed by an NFA contact
    existing_case_contacts_per_year: float = 0.65  # contacts on a case already open
    # Pathways (probabilities per referral).
    p_referral_nfa: float = 0.09
    p_s47: float = 0.207
    p_s47_after_plan: float = 0.50  # for a child who has had a plan before
    p_icpc_given_s47: float = 0.40
    p_icpc_after_plan: float = 0.70
    p_plan_given_icpc: float = 0.92
    p_transfer_in: float = 0.004
    p_cin_services: float = 0.30  # of referrals without an enquiry: a period as child in need
    p_care_direct: float = 0.051  # of referrals without an enquiry: coming into care
    p_care_after_plan: float = 0.17
    # Re-referral after an episode closes.
    p_rereferral: float = 0.38
    p_rereferral_after_plan: float = 0.40
    p_quick_rereferral: float = 0.80  # of re-referrals: within 8 months of the closure
    slow_rereferral_mean_days: float = 700.0
    # Durations (days).
    cin_median_days: float = 240.0
    cin_sigma: float = 1.0
    plan_gamma_shape: float = 3.0
    plan_gamma_scale: float = 104.0
    # Care: (share, median days, sigma) for going home, permanence, long stay.
    care_kinds: tuple = ((0.38, 110.0, 1.0), (0.27, 520.0, 0.35), (0.35, 1900.0, 0.6))
    placements_weights: tuple = (0.34, 0.27, 0.21, 0.18)  # 1..4 placements in a period
    placement_move_mean_days: float = 90.0
    # Timeliness.
    assessment_median_wd: float = 25.0
    assessment_sigma: float = 0.6
    icpc_median_wd: float = 11.5
    icpc_sigma: float = 0.45
    p_cp_review_late: float = 0.04
    p_cla_first_review_late: float = 0.025
    p_cla_review_late: float = 0.004
    p_cla_review_cancelled: float = 0.02
    p_cp_visit_late: float = 0.05
    p_cp_visit_unseen: float = 0.07
    p_cla_visit_late: float = 0.015
    p_cla_visit_unseen: float = 0.03
    p_screen_late: float = 0.015
    p_screen_missing: float = 0.005
    p_screen_exactly_24h: float = 0.01
    p_screen_unqualified: float = 0.01


PARAMS = Params()

# Code sets (weights need not sum to 1).
_AGE_BANDS = ((0, 1, 0.14), (1, 5, 0.21), (5, 10, 0.25), (10, 16, 0.31), (16, 18, 0.09))
_AGE_BAND_EDGES = (1, 5, 10, 16)  # the bands above, by age in years at the referral
_S47_AGE_FACTOR = (1.3, 1.1, 1.0, 0.95, 0.5)
_CARE_AGE_FACTOR = (2.4, 0.75, 0.55, 0.9, 1.15)
_SOURCES = {"1A": 5, "1B": 2, "1C": 1, "1D": 1, "2A": 14, "2B": 2, "3A": 4, "3B": 3, "3C": 1,
            "3D": 2, "3E": 3, "3F": 4, "4": 2, "5A": 9, "5B": 3, "5C": 2, "5D": 3, "6": 26,
            "7": 2, "8": 7, "9": 1, "10": 3}
_NEEDS = {"N1": 50, "N2": 8, "N3": 4, "N4": 9, "N5": 18, "N6": 2, "N7": 1, "N8": 7, "N9": 1}
_CATEGORIES = {"NEG": 43, "EMO": 33, "PHY": 10, "SAB": 5, "MUL": 9}
_SEXES = {"M": 51, "F": 48.5, "U": 0.5}
_ETHNICITIES = {"WBRI": 74, "WIRI": 0.5, "WOTH": 4, "WIRT": 0.3, "WROM": 0.5, "MWBC": 2,
                "MWBA": 0.7, "MWAS": 1.2, "MOTH": 2, "AIND": 1, "APKN": 2, "ABAN": 0.8,
                "CNHE": 0.2, "AOTH": 1, "BCRB": 1, "BAFR": 3, "BOTH": 1, "OOTH": 1.5,
                "REFU": 0.5, "NOBT": 2}
_PLACEMENTS = {"U6": 48, "U3": 14, "U4": 6, "U1": 3, "K2": 9, "R1": 2, "P1": 6, "S1": 1,
               "H5": 3, "Z1": 1, "R3": 1, "T0": 1}
_LONG_STAY_PLACEMENTS = {"U4": 55, "U1": 20, "K2": 10, "U6": 10, "S1": 5}
_LONG_TERM_TYPES = ("U1", "U4")

# Pathways of a referral episode.
NFA, ASSESS_CLOSE, CIN, S47, TRANSFER_IN, CARE = range(6)

_COLUMNS = {
    "ssd_person": ["pers_person_id", "pers_sex", "pers_dob", "pers_ethnicity"],
    "ssd_contacts": ["cont_contact_id", "cont_person_id", "cont_contact_date",
                     "cont_contact_source_code", "cont_contact_outcome_json",
                     "cont_screening_date", "cont_screened_by_qualified"],
    "ssd_cin_episodes": ["cine_referral_id", "cine_person_id", "cine_referral_date",
                         "cine_referral_source_code", "cine_referral_nfa",
                         "cine_cin_primary_need_code", "cine_close_date", "cine_close_reason"],
    "ssd_cin_assessments": ["cina_assessment_id", "cina_person_id", "cina_referral_id",
                            "cina_assessment_start_date", "cina_assessment_auth_date",
                            "cina_assessment_child_seen"],
    "ssd_s47_enquiry": ["s47e_s47_enquiry_id", "s47e_person_id", "s47e_referral_id",
                        "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa"],
    "ssd_initial_cp_conference": ["icpc_icpc_id", "icpc_person_id", "icpc_s47_enquiry_id",
                                  "icpc_cp_plan_id", "icpc_icpc_date",
                                  "icpc_icpc_outcome_cp_flag", "icpc_icpc_transfer_in"],
    "ssd_cp_plans": ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date",
                     "cppl_cp_plan_end_date", "cppl_cp_plan_initial_category",
                     "cppl_cp_plan_latest_category", "cppl_icpc_id"],
    "ssd_cp_visits": ["cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id",
                      "cppv_cp_visit_date", "cppv_cp_visit_seen"],
    "ssd_cp_reviews": ["cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id",
                       "cppr_cp_review_due", "cppr_cp_review_date"],
    "ssd_cla_episodes": ["clae_cla_episode_id", "clae_person_id", "clae_cla_id",
                         "clae_cla_episode_start_date", "clae_cla_episode_ceased_date",
                         "clae_entered_care_date", "clae_cla_placement_id"],
    "ssd_cla_placement": ["clap_cla_placement_id", "clap_cla_id", "clap_cla_placement_start_date",
                          "clap_cla_placement_end_date", "clap_cla_placement_type",
                          "clap_long_term"],
    "ssd_cla_visits": ["clav_cla_visit_id", "clav_person_id", "clav_cla_id",
                       "clav_cla_visit_date", "clav_cla_visit_seen"],
    "ssd_cla_reviews": ["clar_cla_review_id", "clar_cla_id", "clar_cla_review_due_date",
                        "clar_cla_review_date", "clar_cla_review_cancelled"],
}


# ---------------------------------------------------------------------------------------------
# Small helpers: dates, working days, draws
# ---------------------------------------------------------------------------------------------


def _day(text: str) -> int:
    """'YYYY-MM-DD' -> day number."""
    return int(np.datetime64(text, "D").astype(np.int64))


def _month_bounds(ym: str) -> tuple[int, int]:
    """'YYYY-MM' -> (first day, last day) as day numbers."""
    first = np.datetime64(ym, "M")
    bounds = np.array([first, first + 1]).astype("M8[D]").astype(np.int64)
    return int(bounds[0]), int(bounds[1]) - 1


def add_months(days: np.ndarray, months) -> np.ndarray:
    """Calendar-month arithmetic on day numbers, clipped to the month's last day."""
    d = np.asarray(days, dtype=np.int64).astype("M8[D]")
    month = d.astype("M8[M]")
    target = month + np.asarray(months, dtype=np.int64)
    last = (target + 1).astype("M8[D]") - np.timedelta64(1, "D")
    moved = target.astype("M8[D]") + (d - month.astype("M8[D]"))
    return np.minimum(moved, last).astype(np.int64)


def _month_end(days: np.ndarray) -> np.ndarray:
    """The last day of each day's month."""
    month = np.asarray(days, dtype=np.int64).astype("M8[D]").astype("M8[M]")
    return (month + 1).astype("M8[D]").astype(np.int64) - 1


class _WorkDays:
    """Working days (Monday to Friday without England and Wales bank holidays) as lookup
    tables over a span of day numbers: `add(a, n)` is the day b with WD(a, b) = n."""

    def __init__(self, first_day: int, last_day: int):
        years = range(_year(first_day), _year(last_day) + 1)
        bank = np.array(sorted(holidays.country_holidays("GB", subdiv="ENG", years=years)), dtype="M8[D]")
        self.first = first_day
        days = np.arange(first_day, last_day + 1)
        working = ((days + 3) % 7 < 5) & ~np.isin(days, bank.astype(np.int64))
        self.before = np.concatenate([[0], np.cumsum(working)])  # working days before each day
        self.days = days[working]  # the working days, in order

    def index(self, days: np.ndarray) -> np.ndarray:
        """Ordinal of the first working day on or after each day."""
        return self.before[np.asarray(days, dtype=np.int64) - self.first]

    def from_index(self, index: np.ndarray) -> np.ndarray:
        return self.days[index]

    def add(self, days: np.ndarray, n) -> np.ndarray:
        days = np.asarray(days, dtype=np.int64)
        n = np.broadcast_to(np.asarray(n, dtype=np.int64), days.shape)
        last_on_or_before = self.before[days - self.first + 1] - 1
        return np.where(n == 0, days, self.days[last_on_or_before + n])

    def roll(self, days: np.ndarray) -> np.ndarray:
        """The day itself if a working day, else the next working day."""
        return self.days[self.index(days)]


def _year(day: int) -> int:
    return int(str(np.datetime64(int(day), "D"))[:4])


def _choice(rng: np.random.Generator, weights: dict, n: int) -> np.ndarray:
    """n codes drawn from a {code: weight} table."""
    codes = np.array(list(weights))
    p = np.array(list(weights.values()), dtype=float)
    return codes[rng.choice(len(codes), size=n, p=p / p.sum())]


def _age_days(rng: np.random.Generator, n: int) -> np.ndarray:
    """Ages (in days) at a child's first referral or contact."""
    lo, hi, w = (np.array(x, dtype=float) for x in zip(*_AGE_BANDS))
    band = rng.choice(len(w), size=n, p=w / w.sum())
    years = lo[band] + rng.random(n) * (hi[band] - lo[band])
    return np.minimum((years * 365.25).astype(np.int64), 18 * 365 - 60)


def _uniform_days(rng: np.random.Generator, lo, hi, n: int) -> np.ndarray:
    """Integer days uniform on [lo, hi] (inclusive; lo and hi may be arrays)."""
    lo = np.asarray(lo, dtype=np.int64)
    hi = np.asarray(hi, dtype=np.int64)
    return lo + np.floor(rng.random(n) * (hi - lo + 1)).astype(np.int64)


def _lognormal_days(rng: np.random.Generator, median: float, sigma: float, n: int) -> np.ndarray:
    return np.maximum(np.rint(median * np.exp(sigma * rng.standard_normal(n))), 1).astype(np.int64)


def _eighteenth_birthday_eve(dob: np.ndarray) -> np.ndarray:
    """The last day a child is 17."""
    return add_months(dob, 216) - 1


def _renewals(starts, ends, first_gap, gap, min_gap: int):
    """For each window [start, end]: start + first_gap, then + gap, ... while <= end.

    `first_gap(n)` and `gap(n)` draw n intervals (gaps >= min_gap >= 1). Returns the window
    index and date of every event, grouped by window in date order.
    """
    starts = np.asarray(starts, dtype=np.int64)
    ends = np.asarray(ends, dtype=np.int64)
    slots = np.maximum((ends - starts) // min_gap + 2, 1)
    group = np.repeat(np.arange(len(starts)), slots)
    offsets = np.cumsum(slots) - slots
    step = gap(len(group))
    step[offsets] = first_gap(len(starts))
    total = np.cumsum(step)
    total -= (total[offsets] - step[offsets])[group]
    date = starts[group] + total
    keep = date <= ends[group]
    return group[keep], date[keep]


def _numbered(order_keys: list[np.ndarray]) -> np.ndarray:
    """1-based record numbers in the order of the keys (first key most significant)."""
    order = np.lexsort(tuple(reversed(order_keys)))
    ids = np.empty(len(order), dtype=np.int64)
    ids[order] = np.arange(1, len(order) + 1)
    return ids


# ---------------------------------------------------------------------------------------------
# Stage 1: referral episodes and their pathways
# ---------------------------------------------------------------------------------------------


def _choose_pathway(rng, prm: Params, ref, dob, prior_plan) -> tuple[np.ndarray, np.ndarray]:
    """The pathway of each referral, and whether its s47 enquiry goes to conference.

    Enquiries are likelier for babies and rarer for 16-17s; babies and older teenagers are
    likelier to come straight into care (the age factors average about 1 over referrals).
    """
    n = len(ref)
    band = np.searchsorted(np.array(_AGE_BAND_EDGES), (ref - dob) / 365.25, side="right")
    u = rng.random(n)
    p_s47 = np.where(prior_plan, prm.p_s47_after_plan, prm.p_s47 * np.array(_S47_AGE_FACTOR)[band])
    p_care = prm.p_care_direct * np.array(_CARE_AGE_FACTOR)[band]
    path = np.full(n, ASSESS_CLOSE)
    path[u < prm.p_referral_nfa] = NFA
    s47 = (u >= prm.p_referral_nfa) & (u < prm.p_referral_nfa + p_s47)
    path[s47] = S47
    rest = path == ASSESS_CLOSE
    v = rng.random(n)
    path[rest & (v < prm.p_cin_services)] = CIN
    path[rest & (v >= prm.p_cin_services) & (v < prm.p_cin_services + p_care)] = CARE
    path[rest & (rng.random(n) < prm.p_transfer_in)] = TRANSFER_IN
    to_icpc = rng.random(n) < np.where(prior_plan, prm.p_icpc_after_plan, prm.p_icpc_given_s47)
    return path, (path == S47) & to_icpc


def _assessment_stage(rng, prm: Params, wd: _WorkDays, ep: dict) -> None:
    """Assessments for every referral that is not NFA: start and authorisation dates."""
    n = len(ep["ref"])
    has = ep["path"] != NFA
    start_wd = np.where(rng.random(n) < 0.7, 0, rng.integers(1, 6, n))
    auth_wd = np.rint(prm.assessment_median_wd * np.exp(prm.assessment_sigma * rng.standard_normal(n)))
    auth_wd = np.maximum(auth_wd.astype(np.int64), 1)
    same_day = rng.random(n) < 0.01  # edge case: referral and completion on one day
    start_wd[same_day] = 0
    auth_wd[same_day] = 0
    start = wd.add(ep["ref"], start_wd)
    auth = np.maximum(wd.add(ep["ref"], auth_wd), start)
    ep["assess_start"] = np.where(has, start, NA)
    ep["assess_auth"] = np.where(has, auth, NA)
    ep["assess_seen"] = rng.random(n) < 0.97


def _s47_stage(rng, prm: Params, wd: _WorkDays, ep: dict, to_icpc: np.ndarray) -> None:
    """Section 47 enquiries, and the conferences that follow them (or transfer-ins)."""
    n = len(ep["ref"])
    is_s47 = ep["path"] == S47
    s47_start = wd.add(ep["ref"], np.where(rng.random(n) < 0.45, 0, rng.integers(1, 9, n)))
    icpc_wd = np.rint(prm.icpc_median_wd * np.exp(prm.icpc_sigma * rng.standard_normal(n)))
    icpc = wd.add(s47_start, np.maximum(icpc_wd.astype(np.int64), 2))
    transfer = ep["path"] == TRANSFER_IN
    icpc = np.where(transfer, wd.add(ep["ref"], rng.integers(3, 16, n)), icpc)
    own_end = s47_start + _lognormal_days(rng, 14.0, 0.6, n)
    before_icpc = _uniform_days(rng, s47_start + 1, np.maximum(icpc - 1, s47_start + 1), n)
    ep["s47_start"] = np.where(is_s47, s47_start, NA)
    ep["s47_end"] = np.where(is_s47, np.where(to_icpc, before_icpc, own_end), NA)
    ep["s47_nfa"] = is_s47 & ~to_icpc & (rng.random(n) < 0.5)
    ep["icpc"] = np.where(to_icpc | transfer, icpc, NA)
    ep["icpc_transfer_in"] = transfer
    ep["icpc_plan"] = (to_icpc & (rng.random(n) < prm.p_plan_given_icpc)) | (
        transfer & (rng.random(n) < 0.95))


def _plan_stage(rng, prm: Params, ep: dict) -> None:
    """Child protection plans: length, categories, and whether the child then comes into care."""
    n = len(ep["ref"])
    has = ep["icpc_plan"]
    start = ep["icpc"]
    length = np.maximum(rng.gamma(prm.plan_gamma_shape, prm.plan_gamma_scale, n), 14)
    end = start + length.astype(np.int64)
    month_end = _month_end(end)
    end = np.where(rng.random(n) < 0.03, month_end, end)  # edge case: ends on a month end
    ep["plan_start"] = np.where(has, start, NA)
    ep["plan_end"] = np.where(has, end, NA)
    ep["plan_initial_cat"] = _choice(rng, _CATEGORIES, n)
    changed = rng.random(n) < 0.1
    ep["plan_latest_cat"] = np.where(changed, _choice(rng, _CATEGORIES, n), ep["plan_initial_cat"])
    ep["care_after_plan"] = has & (rng.random(n) < prm.p_care_after_plan)


def _care_stage(rng, prm: Params, ep: dict) -> None:
    """Periods of care: from the end of a plan, or straight from a referral."""
    n = len(ep["ref"])
    direct = ep["path"] == CARE
    start = np.where(direct,
                     ep["ref"] + np.where(rng.random(n) < 0.4, 0, rng.integers(1, 91, n)),
                     ep["plan_end"])
    has = direct | ep["care_after_plan"]
    shares, medians, sigmas = (np.array(x, dtype=float) for x in zip(*prm.care_kinds))
    kind = rng.choice(len(shares), size=n, p=shares / shares.sum())
    length = np.maximum(np.rint(medians[kind] * np.exp(sigmas[kind] * rng.standard_normal(n))), 1)
    age_at_start = (start - ep["dob"]) / 365.25
    adopted = (kind == 1) & (age_at_start < 5) & (rng.random(n) < 0.6)
    ep["care_start"] = np.where(has, start, NA)
    ep["care_end"] = np.where(has, start + length.astype(np.int64), NA)
    ep["care_kind"] = kind
    ep["adopted"] = has & adopted


def _closure_stage(rng, prm: Params, ep: dict) -> None:
    """When and why each referral episode closes, given its pathway."""
    n = len(ep["ref"])
    path = ep["path"]
    cin_spell = _lognormal_days(rng, prm.cin_median_days, prm.cin_sigma, n)
    quick = _uniform_days(rng, 0, 14, n)
    after = np.maximum.reduce([ep["assess_auth"], ep["s47_end"], ep["icpc"]])
    close = after + np.where(path == CIN, cin_spell, quick)
    s47_done = (path == S47) & (ep["icpc"] == NA)
    close = np.where(s47_done & (rng.random(n) < 0.5), after + cin_spell, close)
    no_plan = (ep["icpc"] != NA) & ~ep["icpc_plan"]
    close = np.where(no_plan, after + cin_spell, close)
    step_down = np.where(rng.random(n) < 0.5, _uniform_days(rng, 0, 30, n),
                         _uniform_days(rng, 60, 300, n))
    close = np.where(ep["plan_end"] != NA, np.maximum(close, ep["plan_end"] + step_down), close)
    after_care = ep["care_end"] + _uniform_days(rng, 0, 30, n)
    close = np.where(ep["care_end"] != NA, np.maximum(close, after_care), close)
    close = np.where(path == NFA, ep["ref"] + _uniform_days(rng, 0, 5, n), close)
    ep["close"] = np.maximum(close, ep["ref"])
    no_further_action = (path == NFA) | (path == ASSESS_CLOSE) | (s47_done & (close - after <= 14))
    reason = np.where(no_further_action, "RC8", "RC7")
    other = _choice(rng, {"RC5": 6, "RC3": 2, "RC2": 0.3, "RC7": 91.7}, n)
    reason = np.where(reason == "RC7", other, reason)
    perm = _choice(rng, {"RC4": 55, "RC3": 45}, n)
    in_care = ep["care_end"] != NA
    reason = np.where(in_care & (ep["care_kind"] == 1), perm, reason)
    ep["close_reason"] = np.where(ep["adopted"], "RC1", reason)


def _truncate_at_18(ep: dict) -> None:
    """Drop events after a child's 18th birthday eve and end what is open then."""
    cap = ep["cap"]
    for start, end in (("assess_start", "assess_auth"), ("s47_start", "s47_end"),
                       ("icpc", None), ("plan_start", "plan_end"), ("care_start", "care_end")):
        late = ep[start] > cap
        ep[start] = np.where(late, NA, ep[start])
        if end:
            ep[end] = np.where(late, NA, np.minimum(ep[end], cap))
    gone = ep["icpc"] == NA
    ep["s47_nfa"] &= ep["s47_end"] != NA
    ep["icpc_plan"] &= ~gone
    ep["plan_start"] = np.where(gone, NA, ep["plan_start"])
    ep["plan_end"] = np.where(gone, NA, ep["plan_end"])
    no_plan = ep["plan_start"] == NA
    orphan_care = (ep["path"] != CARE) & no_plan
    ep["care_start"] = np.where(orphan_care, NA, ep["care_start"])
    ep["care_end"] = np.where(orphan_care, NA, ep["care_end"])
    ep["adopted"] &= ep["care_start"] != NA
    at_18 = ep["close"] >= cap
    ep["close"] = np.minimum(ep["close"], cap)
    ep["close_reason"] = np.where(at_18 & ~ep["adopted"], np.where(ep["care_start"] != NA, "RC6", "RC7"),
                                  ep["close_reason"])
    ep["care_to_18"] = (ep["care_end"] != NA) & (ep["care_end"] >= cap)


def _episode_outcomes(rng, prm: Params, wd: _WorkDays, ref, dob, prior_plan) -> dict:
    """Everything that follows from one batch of referrals."""
    n = len(ref)
    ep = {"ref": ref, "dob": dob, "cap": _eighteenth_birthday_eve(dob)}
    ep["path"], to_icpc = _choose_pathway(rng, prm, ref, dob, prior_plan)
    ep["source"] = _choice(rng, _SOURCES, n)
    ep["need"] = np.where(ep["path"] == S47, "N1", _choice(rng, _NEEDS, n))
    ep["nfa"] = ep["path"] == NFA
    _assessment_stage(rng, prm, wd, ep)
    _s47_stage(rng, prm, wd, ep, to_icpc)
    _plan_stage(rng, prm, ep)
    _care_stage(rng, prm, ep)
    _closure_stage(rng, prm, ep)
    _truncate_at_18(ep)
    later = ep["close"] + _uniform_days(rng, 14, 365, n)
    later_ok = (rng.random(n) < prm.p_later_nfa_contact) & (later <= ep["cap"])
    ep["later_contact"] = np.where(later_ok, later, NA)
    return ep


def _rereferral_gap(rng, prm: Params, n: int) -> np.ndarray:
    """Days from an episode's closure to the child's next referral."""
    quick = rng.random(n) < prm.p_quick_rereferral
    slow = rng.exponential(prm.slow_rereferral_mean_days, n).astype(np.int64)
    return np.where(quick, _uniform_days(rng, 0, 240, n), 30 + slow)


def _referral_chains(rng, prm: Params, wd: _WorkDays, pop: float, t0: int, t1: int):
    """All referral episodes from t0 to t1: first referrals, then re-referral generations."""
    n0 = rng.poisson(prm.first_referrals_per_10k * pop / 1e4 * (t1 - t0 + 1) / 365.25)
    ref = np.sort(wd.roll(_uniform_days(rng, t0, t1, n0)))
    dob = ref - _age_days(rng, n0)
    child = np.arange(n0)
    prior_plan = np.zeros(n0, dtype=bool)
    batches = []
    for _generation in range(60):
        keep = (ref <= t1) & (ref <= _eighteenth_birthday_eve(dob[child]) - 1)
        ref, child, prior_plan = ref[keep], child[keep], prior_plan[keep]
        if not len(ref) and batches:
            break
        ep = _episode_outcomes(rng, prm, wd, ref, dob[child], prior_plan)
        ep["child"] = child
        batches.append(ep)
        had_plan = prior_plan | (ep["plan_start"] != NA)
        p = np.where(had_plan, prm.p_rereferral_after_plan, prm.p_rereferral)
        p = np.where(ep["adopted"] | ep["care_to_18"] | (ep["close_reason"] == "RC2"), 0.0, p)
        nxt = ep["close"] + _rereferral_gap(rng, prm, len(ref))
        again = (rng.random(len(ref)) < p) & (nxt <= t1)
        ref, child, prior_plan = nxt[again], child[again], had_plan[again]
        ref = np.where(rng.random(len(ref)) < 0.85, wd.roll(ref), ref)
    episodes = {k: np.concatenate([b[k] for b in batches]) for k in batches[0]}
    return episodes, dob


# ---------------------------------------------------------------------------------------------
# Stage 2: contacts
# ---------------------------------------------------------------------------------------------


def _contact_times(rng, days: np.ndarray) -> np.ndarray:
    """Datetimes (seconds) for contacts on the given days: mostly office hours."""
    n = len(days)
    office = rng.random(n) < 0.8
    secs = np.where(office, rng.integers(8 * 3600, 18 * 3600, n), rng.integers(0, _DAY_SECONDS, n))
    return days * _DAY_SECONDS + secs


def _screening(rng, prm: Params, contact_dt: np.ndarray):
    """Screening decision datetime (seconds, or NA) and whether by a qualified worker."""
    n = len(contact_dt)
    delay = np.rint(3600 * np.exp(np.log(3.0) + 0.9 * rng.standard_normal(n))).astype(np.int64)
    delay = np.clip(delay, 600, _DAY_SECONDS - 60)
    u = rng.random(n)
    late = rng.integers(_DAY_SECONDS + 600, 4 * _DAY_SECONDS, n)
    delay = np.where(u < prm.p_screen_late, late, delay)
    exact = (u >= prm.p_screen_late) & (u < prm.p_screen_late + prm.p_screen_exactly_24h)
    delay = np.where(exact, _DAY_SECONDS, delay)
    missing = rng.random(n) < prm.p_screen_missing
    screened = np.where(missing, NA, contact_dt + delay)
    qualified = rng.random(n) >= prm.p_screen_unqualified
    return screened, qualified


def _contact_only_children(rng, prm: Params, pop: float, t0: int, t1: int):
    """Children whose contacts all end in no further action: (child, day) pairs and dob."""
    n = rng.poisson(prm.contact_only_children_per_10k * pop / 1e4 * (t1 - t0 + 1) / 365.25)
    first = _uniform_days(rng, t0, t1, n)
    dob = first - _age_days(rng, n)
    extra = rng.geometric(0.75, n) - 1
    child = np.repeat(np.arange(n), extra + 1)
    offsets = np.cumsum(extra + 1) - (extra + 1)
    step = rng.exponential(120.0, len(child)).astype(np.int64) + 1
    step[offsets] = 0
    total = np.cumsum(step)
    total -= total[offsets][child]
    day = first[child] + total
    keep = (day <= t1) & (day <= _eighteenth_birthday_eve(dob[child]))
    return child[keep], day[keep], dob


def _episode_contacts(rng, prm: Params, ep: dict, cutoff: int):
    """Contacts tied to referral episodes: the referral itself, contacts while the case is
    open, and a no-further-action contact some time after a case closed.

    Returns (episode index, day, outcome) with outcome 'new', 'existing' or 'nfa'.
    """
    n = len(ep["ref"])
    idx = np.arange(n)
    before = np.where(rng.random(n) < 0.25, 1, 0)
    ref_day = np.maximum(ep["ref"] - before, ep["dob"])
    later = (ep["later_contact"] != NA) & (ep["later_contact"] <= cutoff)
    later_day = ep["later_contact"]
    open_end = np.minimum(ep["close"], cutoff)
    span = np.maximum(open_end - ep["ref"], 0)
    count = rng.poisson(prm.existing_case_contacts_per_year * span / 365.25)
    ex_idx = np.repeat(idx, count)
    offset = np.floor(rng.random(len(ex_idx)) * np.maximum(span[ex_idx], 1)).astype(np.int64)
    ex_day = np.minimum(ep["ref"][ex_idx] + 1 + offset, open_end[ex_idx])
    kinds = np.concatenate([np.full(n, "new"), np.full(later.sum(), "nfa"),
                            np.full(len(ex_idx), "existing")])
    return (np.concatenate([idx, idx[later], ex_idx]),
            np.concatenate([ref_day, later_day[later], ex_day]), kinds)


def _outcome_json(kind: np.ndarray, cp_enquiry: np.ndarray) -> np.ndarray:
    """The SSD contact outcome JSON for each contact."""
    def flags(new, existing, cp, nfa):
        return json.dumps({"NEW_REFERRAL_FLAG": new, "EXISTING_REFERRAL_FLAG": existing,
                           "CP_ENQUIRY_FLAG": cp, "NFA_FLAG": nfa})
    out = np.full(len(kind), flags("N", "N", "N", "Y"), dtype=object)
    out[kind == "new"] = flags("Y", "N", "N", "N")
    out[(kind == "new") & cp_enquiry] = flags("Y", "N", "Y", "N")
    out[kind == "existing"] = flags("N", "Y", "N", "N")
    return out


# ---------------------------------------------------------------------------------------------
# Stage 3: child protection plans: visits and reviews
# ---------------------------------------------------------------------------------------------


def _cp_visits(rng, prm: Params, wd: _WorkDays, start, end):
    """Visits to children on plans, every 10 working days or sooner; some late, some unseen.

    Works in working-day ordinals so that visits fall on working days. Returns (plan, day, seen).
    """
    s, e = wd.index(start), wd.index(end + 1) - 1

    def gap(k):
        late = rng.random(k) < prm.p_cp_visit_late
        return np.where(late, rng.integers(11, 19, k), rng.integers(3, 11, k))

    plan, index = _renewals(s, e, lambda k: rng.integers(0, 6, k), gap, 3)
    day = wd.from_index(index)
    return plan, day, rng.random(len(plan)) >= prm.p_cp_visit_unseen


def _review_rounds(rng, first_due, ends, next_due, p_late, p_cancel=0.0):
    """Reviews held until each window ends: due, held (and cancelled) days per round.

    `next_due(held, round)` gives the next due date from the last held review. Most reviews
    are held up to 10 days early; a share `p_late` is held up to 20 days late; a share
    `p_cancel` is cancelled first and held 1-10 days later. Returns (window, due, day, cancelled).
    """
    none = np.zeros(0, dtype=np.int64)
    out = [(none, none, none, none.astype(bool))]
    idx = np.arange(len(first_due))
    due = np.asarray(first_due, dtype=np.int64)
    rnd = 0
    while len(idx):
        n = len(idx)
        late = rng.random(n) < p_late(rnd)
        held = np.where(late, due + rng.integers(1, 21, n), due - rng.integers(0, 11, n))
        cancelled = rng.random(n) < p_cancel
        planned = held
        held = np.where(cancelled, held + rng.integers(1, 11, n), held)
        c_ok = cancelled & (planned <= ends[idx])
        out.append((idx[c_ok], due[c_ok], planned[c_ok], np.ones(c_ok.sum(), bool)))
        ok = held <= ends[idx]
        out.append((idx[ok], due[ok], held[ok], np.zeros(ok.sum(), bool)))
        idx, due = idx[ok], next_due(held[ok], rnd)
        rnd += 1
    return tuple(np.concatenate([o[i] for o in out]) for i in range(4))


def _cp_reviews(rng, prm: Params, start, end):
    """Reviews of plans: the first within 3 months of the start, then every 6 months."""
    return _review_rounds(rng, add_months(start, 3), end,
                          lambda held, rnd: add_months(held, 6), lambda rnd: prm.p_cp_review_late)[:3]


# ---------------------------------------------------------------------------------------------
# Stage 4: children looked after: placements, episodes, visits, reviews
# ---------------------------------------------------------------------------------------------


def _placements(rng, prm: Params, start, end, dob, kind, adopted):
    """Placements of each period of care: (period, start, end, type, long_term)."""
    n = len(start)
    w = np.array(prm.placements_weights, dtype=float)
    count = rng.choice(len(w), size=n, p=w / w.sum()) + 1
    moves = rng.exponential(prm.placement_move_mean_days, (n, len(w) - 1)).astype(np.int64) + 1
    offsets = np.concatenate([np.zeros((n, 1), np.int64), np.cumsum(moves, axis=1)], axis=1)
    starts = start[:, None] + offsets
    column = np.arange(len(w))[None, :]
    valid = (column < count[:, None]) & ((starts < end[:, None]) | (column == 0))
    period, col = np.nonzero(valid)
    p_start = starts[period, col]
    is_last = ~np.append(period[1:] == period[:-1], False)
    p_end = np.where(is_last, end[period], np.append(p_start[1:], 0))
    m = len(period)
    ptype = _choice(rng, _PLACEMENTS, m)
    age = (p_start - dob[period]) / 365.25
    ptype = np.where((ptype == "H5") & (age < 16), "U6", ptype)
    ptype = np.where((age >= 16) & (rng.random(m) < 0.3), "H5", ptype)
    long_stay = is_last & (end[period] - start[period] > 730) & (rng.random(m) < 0.65)
    ptype = np.where(long_stay, _choice(rng, _LONG_STAY_PLACEMENTS, m), ptype)
    ptype = np.where(is_last & adopted[period], np.where(rng.random(m) < 0.5, "A5", "A6"), ptype)
    return period, p_start, p_end, ptype, np.isin(ptype, _LONG_TERM_TYPES)


def _cla_episodes(rng, period, p_start, p_end):
    """Episodes: one per placement, the first placement split once in a share of periods
    (a change of legal status), never more than 4 episodes. Returns (placement, start, end)."""
    m = len(period)
    first = np.append(True, period[1:] != period[:-1])
    per_period = np.bincount(period)[period]
    split = first & (per_period < 4) & (p_end - p_start >= 14) & (rng.random(m) < 0.15)
    cut = _uniform_days(rng, p_start + 1, np.maximum(p_end - 1, p_start + 1), m)
    idx = np.arange(m)
    e_place = np.concatenate([idx, idx[split]])
    e_start = np.concatenate([p_start, cut[split]])
    e_end = np.concatenate([np.where(split, cut, p_end), p_end[split]])
    order = np.lexsort((e_start, e_place))
    return e_place[order], e_start[order], e_end[order]


def _cla_visits(rng, prm: Params, p_start, p_end, long_term):
    """Statutory visits: within a week of a placement starting, then at most every 6 weeks
    (3 months for a long-term placement after its first year). Returns (placement, day, seen)."""
    def first(k):
        late = rng.random(k) < 3 * prm.p_cla_visit_late
        return np.where(late, rng.integers(8, 15, k), rng.integers(1, 7, k))

    def gap(k):
        late = rng.random(k) < prm.p_cla_visit_late
        return np.where(late, rng.integers(43, 61, k), rng.integers(14, 43, k))

    def long_gap(k):
        late = rng.random(k) < prm.p_cla_visit_late
        return np.where(late, rng.integers(92, 111, k), rng.integers(42, 92, k))

    year_on = p_start + 365
    phase1_end = np.where(long_term, np.minimum(p_end, year_on), p_end)
    pl1, day1 = _renewals(p_start, phase1_end, first, gap, 14)
    later = long_term & (p_end > year_on)
    last = np.full(len(p_start), NA)
    np.maximum.at(last, pl1, day1)
    last = np.where(last == NA, p_start, last)
    seeds = np.nonzero(later)[0]

    def into_second_year(k):  # the first long gap starts from a visit in the first year
        return np.maximum(gap(k), year_on[seeds] + 1 - last[seeds])

    pl2, day2 = _renewals(last[seeds], p_end[seeds], into_second_year, long_gap, 42)
    placement = np.concatenate([pl1, seeds[pl2]])
    day = np.concatenate([day1, day2])
    return placement, day, rng.random(len(day)) >= prm.p_cla_visit_unseen


def _cla_reviews(rng, prm: Params, wd: _WorkDays, start, end):
    """Reviews of periods of care: within 20 working days, then 3 months, then 6-monthly."""
    return _review_rounds(
        rng, wd.add(start, 20), end,
        lambda held, rnd: add_months(held, 3 if rnd == 0 else 6),
        lambda rnd: prm.p_cla_first_review_late if rnd == 0 else prm.p_cla_review_late,
        prm.p_cla_review_cancelled)


# ---------------------------------------------------------------------------------------------
# Assembling the tables
# ---------------------------------------------------------------------------------------------


_TEXT_CHUNK = 4096  # lookup tables of date text cover whole chunks of days


@cache
def _date_text(lo: int, hi: int) -> np.ndarray:
    """'YYYY-MM-DD' for each day lo..hi-1."""
    return np.datetime_as_string(np.arange(lo, hi).astype("M8[D]"), unit="D").astype(object)


@cache
def _time_text() -> np.ndarray:
    """' HH:MM:SS' for each second of a day."""
    return np.array([f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(_DAY_SECONDS)],
                    dtype=object)


@cache
def _number_text(size: int) -> np.ndarray:
    """'0', '1', ... up to size - 1."""
    return np.array(list(map(str, range(size))), dtype=object)


def _dates(days: np.ndarray) -> np.ndarray:
    """Day numbers -> 'YYYY-MM-DD' ('' for NA)."""
    days = np.asarray(days, dtype=np.int64)
    ok = days != NA
    out = np.full(len(days), "", dtype=object)
    if ok.any():
        lo = int(days[ok].min()) // _TEXT_CHUNK * _TEXT_CHUNK
        hi = (int(days[ok].max()) // _TEXT_CHUNK + 1) * _TEXT_CHUNK
        out[ok] = _date_text(lo, hi)[days[ok] - lo]
    return out


def _datetimes(secs: np.ndarray) -> np.ndarray:
    """Seconds -> 'YYYY-MM-DD HH:MM:SS' ('' for NA)."""
    secs = np.asarray(secs, dtype=np.int64)
    ok = secs != NA
    out = np.full(len(secs), "", dtype=object)
    out[ok] = _dates(secs[ok] // _DAY_SECONDS) + _time_text()[secs[ok] % _DAY_SECONDS]
    return out


def _ids(numbers: np.ndarray) -> np.ndarray:
    """Numbers -> their decimal text."""
    numbers = np.asarray(numbers, dtype=np.int64)
    size = 1 << max(int(numbers.max(initial=0)) + 1, 1024).bit_length()
    return _number_text(size)[numbers]


def _flags(values: np.ndarray) -> np.ndarray:
    return np.array(["N", "Y"], dtype=object)[np.asarray(values, dtype=np.int64)]


def _blank_where(missing: np.ndarray, values: np.ndarray) -> np.ndarray:
    out = np.asarray(values).astype(object)
    out[missing] = ""
    return out


def _open_after(ends: np.ndarray, cutoff: int) -> np.ndarray:
    """End dates as known at the cut-off: later ends are not yet known."""
    return np.where(ends > cutoff, NA, ends)


def _table(order: np.ndarray, columns: dict) -> dict:
    """A table as {column: array of str}, rows sorted by `order` (the records' numbers)."""
    rows = np.argsort(order, kind="stable")
    return {k: np.asarray(v).astype(object)[rows] for k, v in columns.items()}


@dataclass
class _Frame:
    """Everything the table builders share."""

    rng: np.random.Generator
    prm: Params
    wd: _WorkDays
    cutoff: int
    ep: dict  # retained referral episodes
    person: np.ndarray  # person id string of each episode
    tables: dict = field(default_factory=dict)


def _person_codes(first_seen: np.ndarray, tiebreak: np.ndarray) -> np.ndarray:
    """'P0000001'-style ids in order of first appearance."""
    numbers = _numbered([first_seen, tiebreak])
    width = max(7, len(str(len(numbers))))
    return np.array([f"P{n:0{width}d}" for n in numbers.tolist()], dtype=object)


def _referral_tables(f: _Frame) -> None:
    """ssd_cin_episodes, ssd_cin_assessments, ssd_s47_enquiry, ssd_initial_cp_conference."""
    ep, c = f.ep, f.cutoff
    n = len(ep["ref"])
    ref_id = ep["referral_id"] = _numbered([ep["ref"], ep["person_num"]])
    close = _open_after(ep["close"], c)
    f.tables["ssd_cin_episodes"] = _table(ref_id, {
        "cine_referral_id": _ids(ref_id), "cine_person_id": f.person,
        "cine_referral_date": _dates(ep["ref"]), "cine_referral_source_code": ep["source"],
        "cine_referral_nfa": _flags(ep["nfa"]), "cine_cin_primary_need_code": ep["need"],
        "cine_close_date": _dates(close),
        "cine_close_reason": _blank_where(close == NA, ep["close_reason"])})

    a = np.nonzero((ep["assess_start"] != NA) & (ep["assess_start"] <= c))[0]
    assess_id = _numbered([ep["assess_start"][a], ref_id[a]])
    f.tables["ssd_cin_assessments"] = _table(assess_id, {
        "cina_assessment_id": _ids(assess_id), "cina_person_id": f.person[a],
        "cina_referral_id": _ids(ref_id[a]),
        "cina_assessment_start_date": _dates(ep["assess_start"][a]),
        "cina_assessment_auth_date": _dates(_open_after(ep["assess_auth"][a], c)),
        "cina_assessment_child_seen": _flags(ep["assess_seen"][a])})

    s = np.nonzero((ep["s47_start"] != NA) & (ep["s47_start"] <= c))[0]
    s47_id = np.full(n, NA)
    s47_id[s] = _numbered([ep["s47_start"][s], ref_id[s]])
    s47_end = _open_after(ep["s47_end"][s], c)
    f.tables["ssd_s47_enquiry"] = _table(s47_id[s], {
        "s47e_s47_enquiry_id": _ids(s47_id[s]), "s47e_person_id": f.person[s],
        "s47e_referral_id": _ids(ref_id[s]), "s47e_s47_start_date": _dates(ep["s47_start"][s]),
        "s47e_s47_end_date": _dates(s47_end),
        "s47e_s47_nfa": _blank_where(s47_end == NA, _flags(ep["s47_nfa"][s]))})

    i = np.nonzero((ep["icpc"] != NA) & (ep["icpc"] <= c))[0]
    icpc_id = ep["icpc_id"] = np.full(n, NA)
    icpc_id[i] = _numbered([ep["icpc"][i], ref_id[i]])
    p = np.nonzero((ep["plan_start"] != NA) & (ep["plan_start"] <= c))[0]
    plan_id = ep["plan_id"] = np.full(n, NA)
    plan_id[p] = _numbered([ep["plan_start"][p], ref_id[p]])
    no_s47, no_plan = s47_id[i] == NA, plan_id[i] == NA
    f.tables["ssd_initial_cp_conference"] = _table(icpc_id[i], {
        "icpc_icpc_id": _ids(icpc_id[i]), "icpc_person_id": f.person[i],
        "icpc_s47_enquiry_id": _blank_where(no_s47, _ids(np.where(no_s47, 0, s47_id[i]))),
        "icpc_cp_plan_id": _blank_where(no_plan, _ids(np.where(no_plan, 0, plan_id[i]))),
        "icpc_icpc_date": _dates(ep["icpc"][i]),
        "icpc_icpc_outcome_cp_flag": _flags(ep["icpc_plan"][i]),
        "icpc_icpc_transfer_in": _flags(ep["icpc_transfer_in"][i])})


def _plan_tables(f: _Frame) -> None:
    """ssd_cp_plans, ssd_cp_visits, ssd_cp_reviews."""
    ep, c = f.ep, f.cutoff
    p = np.nonzero(ep["plan_id"] != NA)[0]
    plan_id, person = ep["plan_id"][p], f.person[p]
    start, end = ep["plan_start"][p], ep["plan_end"][p]
    window_end = np.minimum(end, c)
    f.tables["ssd_cp_plans"] = _table(plan_id, {
        "cppl_cp_plan_id": _ids(plan_id), "cppl_person_id": person,
        "cppl_cp_plan_start_date": _dates(start), "cppl_cp_plan_end_date": _dates(_open_after(end, c)),
        "cppl_cp_plan_initial_category": ep["plan_initial_cat"][p],
        "cppl_cp_plan_latest_category": ep["plan_latest_cat"][p],
        "cppl_icpc_id": _ids(ep["icpc_id"][p])})

    plan, day, seen = _cp_visits(f.rng, f.prm, f.wd, start, window_end)
    visit_id = _numbered([day, plan_id[plan]])
    f.tables["ssd_cp_visits"] = _table(visit_id, {
        "cppv_cp_visit_id": _ids(visit_id), "cppv_person_id": person[plan],
        "cppv_cp_plan_id": _ids(plan_id[plan]), "cppv_cp_visit_date": _dates(day),
        "cppv_cp_visit_seen": _flags(seen)})

    plan, due, day = _cp_reviews(f.rng, f.prm, start, window_end)
    review_id = _numbered([day, plan_id[plan]])
    f.tables["ssd_cp_reviews"] = _table(review_id, {
        "cppr_cp_review_id": _ids(review_id), "cppr_person_id": person[plan],
        "cppr_cp_plan_id": _ids(plan_id[plan]), "cppr_cp_review_due": _dates(due),
        "cppr_cp_review_date": _dates(day)})


def _care_tables(f: _Frame) -> None:
    """ssd_cla_episodes, ssd_cla_placement, ssd_cla_visits, ssd_cla_reviews."""
    ep, c, rng = f.ep, f.cutoff, f.rng
    k = np.nonzero((ep["care_start"] != NA) & (ep["care_start"] <= c))[0]
    start, end = ep["care_start"][k], ep["care_end"][k]
    cla_id = _numbered([start, ep["person_num"][k]])
    person = f.person[k]

    period, p_start, p_end, ptype, long_term = _placements(
        rng, f.prm, start, end, ep["dob"][k], ep["care_kind"][k], ep["adopted"][k])
    shown = p_start <= c
    period, p_start, p_end = period[shown], p_start[shown], p_end[shown]
    ptype, long_term = ptype[shown], long_term[shown]
    placement_id = _numbered([p_start, cla_id[period]])
    f.tables["ssd_cla_placement"] = _table(placement_id, {
        "clap_cla_placement_id": _ids(placement_id), "clap_cla_id": _ids(cla_id[period]),
        "clap_cla_placement_start_date": _dates(p_start),
        "clap_cla_placement_end_date": _dates(_open_after(p_end, c)),
        "clap_cla_placement_type": ptype, "clap_long_term": _flags(long_term)})

    place, e_start, e_end = _cla_episodes(rng, period, p_start, p_end)
    shown = e_start <= c
    place, e_start, e_end = place[shown], e_start[shown], e_end[shown]
    per = period[place]
    episode_id = _numbered([e_start, cla_id[per]])
    f.tables["ssd_cla_episodes"] = _table(episode_id, {
        "clae_cla_episode_id": _ids(episode_id), "clae_person_id": person[per],
        "clae_cla_id": _ids(cla_id[per]), "clae_cla_episode_start_date": _dates(e_start),
        "clae_cla_episode_ceased_date": _dates(_open_after(e_end, c)),
        "clae_entered_care_date": _dates(start[per]), "clae_cla_placement_id": _ids(placement_id[place])})

    pl, day, seen = _cla_visits(rng, f.prm, p_start, np.minimum(p_end, c), long_term)
    per = period[pl]
    visit_id = _numbered([day, cla_id[per]])
    f.tables["ssd_cla_visits"] = _table(visit_id, {
        "clav_cla_visit_id": _ids(visit_id), "clav_person_id": person[per],
        "clav_cla_id": _ids(cla_id[per]), "clav_cla_visit_date": _dates(day),
        "clav_cla_visit_seen": _flags(seen)})

    per, due, day, cancelled = _cla_reviews(rng, f.prm, f.wd, start, np.minimum(end, c))
    review_id = _numbered([day, cla_id[per], cancelled])
    f.tables["ssd_cla_reviews"] = _table(review_id, {
        "clar_cla_review_id": _ids(review_id), "clar_cla_id": _ids(cla_id[per]),
        "clar_cla_review_due_date": _dates(due), "clar_cla_review_date": _dates(day),
        "clar_cla_review_cancelled": _flags(cancelled)})


def _contacts_table(f: _Frame, person: np.ndarray, person_num: np.ndarray, contact_day: np.ndarray,
                    last_day: np.ndarray, kind: np.ndarray, cp_enquiry: np.ndarray,
                    source: np.ndarray) -> None:
    """ssd_contacts from (person, day, outcome kind) of every contact; a screening decision
    is never dated after the child's 18th birthday eve, nor known after the cut-off."""
    dt_secs = _contact_times(f.rng, contact_day)
    screened, qualified = _screening(f.rng, f.prm, dt_secs)
    screened = np.where(screened == NA, NA, np.minimum(screened, (last_day + 1) * _DAY_SECONDS - 1))
    screened = np.where(screened // _DAY_SECONDS > f.cutoff, NA, screened)
    contact_id = _numbered([dt_secs, person_num])
    f.tables["ssd_contacts"] = _table(contact_id, {
        "cont_contact_id": _ids(contact_id), "cont_person_id": person,
        "cont_contact_date": _datetimes(dt_secs), "cont_contact_source_code": source,
        "cont_contact_outcome_json": _outcome_json(kind, cp_enquiry),
        "cont_screening_date": _datetimes(screened),
        "cont_screened_by_qualified": _blank_where(screened == NA, _flags(qualified))})


# ---------------------------------------------------------------------------------------------
# The whole extract
# ---------------------------------------------------------------------------------------------


@dataclass
class InjectedError:
    """One deliberate fault in an errors=True extract (`line` counts the header as line 1)."""

    kind: str
    table: str
    line: int
    column: str
    value: str
    is_error: bool = True


class ExtractCounts(dict):
    """Row counts per table; `injected_errors` lists the faults injected with errors=True."""

    injected_errors: list[InjectedError]

    def __init__(self, counts, injected_errors=()):
        super().__init__(counts)
        self.injected_errors = list(injected_errors)


def _select(ep: dict, keep: np.ndarray) -> dict:
    return {k: v[keep] for k, v in ep.items()}


def _people(ep: dict, dob: np.ndarray, co_child: np.ndarray, co_day: np.ndarray, co_dob: np.ndarray):
    """Person numbers and 'P0000001'-style codes for every child in the extract, in order of
    first appearance. Referred children come first in the index, contact-only children after."""
    n_ref = len(dob)
    never = np.iinfo(np.int64).max
    first = np.full(n_ref + len(co_dob), never)
    np.minimum.at(first, ep["child"], ep["ref"] - 1)
    np.minimum.at(first, n_ref + co_child, co_day)
    seen = np.nonzero(first < never)[0]
    number = np.full(len(first), -1, dtype=np.int64)
    number[seen] = _numbered([first[seen], seen])
    codes = np.full(len(first), "", dtype=object)
    codes[seen] = _person_codes(first[seen], seen)
    return number, codes, np.concatenate([dob, co_dob]), seen


def _contacts_stage(f: _Frame, number, codes, n_ref: int, co_child, co_day, co_dob) -> None:
    """Contacts of referred children and of contact-only children, up to the cut-off."""
    ep, rng = f.ep, f.rng
    e_idx, e_day, kind = _episode_contacts(rng, f.prm, ep, f.cutoff)
    cp_enquiry = (ep["s47_start"][e_idx] != NA) & (ep["s47_start"][e_idx] - ep["ref"][e_idx] <= 1)
    sources = np.where(kind == "new", ep["source"][e_idx], _choice(rng, _SOURCES, len(e_idx)))
    persons = np.concatenate([f.person[e_idx], codes[n_ref + co_child]])
    numbers = np.concatenate([ep["person_num"][e_idx], number[n_ref + co_child]])
    days = np.concatenate([e_day, co_day])
    last_days = np.concatenate([ep["cap"][e_idx], _eighteenth_birthday_eve(co_dob[co_child])])
    ok = days <= f.cutoff
    _contacts_table(f, persons[ok], numbers[ok], days[ok], last_days[ok],
                    np.concatenate([kind, np.full(len(co_day), "nfa")])[ok],
                    np.concatenate([cp_enquiry, np.zeros(len(co_day), bool)])[ok],
                    np.concatenate([sources, _choice(rng, _SOURCES, len(co_day))])[ok])


def _person_table(f: _Frame, number, codes, dob, seen) -> None:
    """ssd_person: sex, date of birth and ethnicity of every child in the extract."""
    order = seen[np.argsort(number[seen], kind="stable")]
    n = len(order)
    f.tables["ssd_person"] = _table(np.arange(n), {
        "pers_person_id": codes[order], "pers_sex": _choice(f.rng, _SEXES, n),
        "pers_dob": _dates(dob[order]), "pers_ethnicity": _choice(f.rng, _ETHNICITIES, n)})


def _build_tables(population: float, start: str, end: str, seed: int, cutoff: str | None,
                  params: Params) -> dict[str, dict[str, np.ndarray]]:
    """Simulate, select what the extract holds, and assemble the thirteen tables."""
    rng = np.random.default_rng(seed)
    start_day, _ = _month_bounds(start)
    _, last_day = _month_bounds(end)
    c = min(last_day, _day(cutoff)) if cutoff else last_day
    if c < start_day:
        raise ValueError(f"nothing to generate between {start} and the cut-off")
    t0 = int(add_months(np.array([start_day]), -12 * (_HISTORY_YEARS + 1))[0])
    wd = _WorkDays(t0 - 400, c + 3660)

    ep, dob = _referral_chains(rng, params, wd, population, t0, c)
    in_scope = np.zeros(len(dob), dtype=bool)
    in_scope[ep["child"][(ep["close"] >= start_day) | (ep["later_contact"] >= start_day)]] = True
    ep = _select(ep, in_scope[ep["child"]])

    contact_t0 = int(add_months(np.array([start_day]), -24)[0])
    co_child, co_day, co_dob = _contact_only_children(rng, params, population, contact_t0, c)
    co_scope = np.zeros(len(co_dob), dtype=bool)
    co_scope[co_child[co_day >= start_day]] = True
    co_child, co_day = co_child[co_scope[co_child]], co_day[co_scope[co_child]]

    number, codes, all_dob, seen = _people(ep, dob, co_child, co_day, co_dob)
    ep["person_num"] = number[ep["child"]]
    f = _Frame(rng, params, wd, c, ep, codes[ep["child"]])
    _referral_tables(f)
    _plan_tables(f)
    _care_tables(f)
    _contacts_stage(f, number, codes, len(dob), co_child, co_day, co_dob)
    _person_table(f, number, codes, all_dob, seen)
    return {name: f.tables[name] for name in _COLUMNS}


def build_synthetic_tables(*, population: float, start: str, end: str, seed: int,
                           cutoff: str | None = None, params: Params = PARAMS) -> dict[str, pd.DataFrame]:
    """The thirteen tables as data frames of strings ('' for missing), rows in id order."""
    tables = _build_tables(population, start, end, seed, cutoff, params)
    return {name: pd.DataFrame({k: v.astype(object) for k, v in cols.items()})
            for name, cols in tables.items()}


# ---------------------------------------------------------------------------------------------
# Injected faults
# ---------------------------------------------------------------------------------------------


def _parse_days(values: np.ndarray) -> np.ndarray:
    """'YYYY-MM-DD' strings ('' allowed) -> day numbers (NA for '')."""
    parsed = values.astype(str).astype("M8[D]")
    return np.where(np.isnat(parsed), NA, parsed.astype(np.int64))


def _inject_errors(tables: dict[str, dict[str, np.ndarray]]) -> list[InjectedError]:
    """Add the documented faults (see the module docstring) to a valid set of tables.

    Faults go in recent rows, so that they touch the months being reported on. A fault
    needs a suitable row (a very small extract may lack one): it is then left out, and the
    returned list says which faults were injected.
    """
    found: list[InjectedError] = []

    def note(kind, name, row, column, is_error=True):
        value = str(tables[name][column][row])
        found.append(InjectedError(kind, name, int(row) + 2, column, value, is_error))

    auth = tables["ssd_cin_assessments"]["cina_assessment_auth_date"]
    for row in np.flatnonzero(auth != "")[-1:]:
        auth[row] = str(auth[row])[:4] + "-02-30"
        note("unparseable_date", "ssd_cin_assessments", row, "cina_assessment_auth_date")

    plans = tables["ssd_cp_plans"]
    start = _parse_days(plans["cppl_cp_plan_start_date"])
    end = _parse_days(plans["cppl_cp_plan_end_date"])
    closed = [int(r) for r in np.flatnonzero((end != NA) & (end - start > 60))[::-1][:3]]
    if len(closed) > 0:
        row = closed[0]
        y, m, d = str(plans["cppl_cp_plan_start_date"][row]).split("-")
        plans["cppl_cp_plan_start_date"][row] = f"{d}/{m}/{y}"
        note("uk_date", "ssd_cp_plans", row, "cppl_cp_plan_start_date", is_error=False)
    if len(closed) > 1:
        row = closed[1]
        plans["cppl_cp_plan_end_date"][row] = _dates(start[row:row + 1] - 7)[0]
        note("end_before_start", "ssd_cp_plans", row, "cppl_cp_plan_end_date")
    if len(closed) > 2:
        row = closed[2]
        extra = {k: v[row:row + 1].copy() for k, v in plans.items()}
        extra["cppl_cp_plan_id"][0] = str(plans["cppl_cp_plan_id"].astype(np.int64).max() + 1)
        extra["cppl_cp_plan_start_date"] = _dates(start[row:row + 1] + 30)
        extra["cppl_cp_plan_end_date"][0] = ""
        extra["cppl_icpc_id"][0] = ""
        tables["ssd_cp_plans"] = {k: np.concatenate([v, extra[k]]) for k, v in plans.items()}
        note("overlapping_plans", "ssd_cp_plans", len(start), "cppl_cp_plan_start_date")

    visit_ids = tables["ssd_cp_visits"]["cppv_cp_visit_id"]
    if len(visit_ids) > 1:
        visit_ids[-1] = visit_ids[-2]
        note("duplicate_key", "ssd_cp_visits", len(visit_ids) - 1, "cppv_cp_visit_id")

    contact_people = tables["ssd_contacts"]["cont_person_id"]
    if len(contact_people):
        row = len(contact_people) - 10 if len(contact_people) > 10 else 0
        width = len(str(tables["ssd_person"]["pers_person_id"][0])) - 1
        contact_people[row] = "P" + "9" * width
        note("unknown_person", "ssd_contacts", row, "cont_person_id")

    s47_start = tables["ssd_s47_enquiry"]["s47e_s47_start_date"]
    if len(s47_start):
        row = len(s47_start) - 1
        s47_start[row] = ""
        note("missing_required", "ssd_s47_enquiry", row, "s47e_s47_start_date")
    return found


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


_QUOTED_COLUMNS = {"cont_contact_outcome_json"}  # the only free text (it holds commas and quotes)


def _csv_quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\n') else text


def _write_csv(path: Path, columns: dict[str, np.ndarray]) -> None:
    """A header row, then one line per row; '' is written as an empty cell."""
    cells = []
    for name, values in columns.items():
        values = values.tolist()
        if name in _QUOTED_COLUMNS:
            quoted = {text: _csv_quote(text) for text in set(values)}
            values = list(map(quoted.__getitem__, values))
        cells.append(values)
    lines = [",".join(columns)] + list(map(",".join, zip(*cells)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _extract_toml(la_code: str, la_name: str, extracted_at: str, seed: int,
                  injected: list[InjectedError]) -> str:
    lines = [f"la_code = {_toml_string(str(la_code))}", f"la_name = {_toml_string(la_name)}",
             f"extracted_at = {_toml_string(extracted_at)}",
             f"source_system = {_toml_string(f'synthetic (safeguarding synth, seed {seed})')}"]
    if injected:
        lines.append("# Injected data-quality faults (errors=True): kind: table, line, column = value")
        lines += [f"# {e.kind}: {e.table}, line {e.line}, {e.column} = {e.value!r}"
                  + ("" if e.is_error else " (valid: not an error)") for e in injected]
    return "\n".join(lines) + "\n"


def _default_extracted_at(end: str) -> str:
    _, last = _month_bounds(end)
    return str(np.datetime64(last + 3, "D"))


def write_synthetic_extract(out_dir: Path, *, la_code: str, la_name: str, population: int,
                            start: str, end: str, seed: int, scale: float = 1.0,
                            errors: bool = False, extracted_at: str | None = None) -> dict[str, int]:
    """Write ssd_*.csv files and extract.toml into out_dir; return row counts per table.

    `start`/`end` are the first and last months ('YYYY-MM') of activity; `population` is the
    council's 0-17 population, multiplied by `scale`. `extracted_at` ('YYYY-MM-DD') defaults
    to three days after the end month. The same arguments give byte-identical files. With
    `errors` the documented faults are injected; the result's `injected_errors` lists them.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    extracted_at = extracted_at or _default_extracted_at(end)
    tables = _build_tables(population * scale, start, end, seed, extracted_at, PARAMS)
    injected = _inject_errors(tables) if errors else []
    for name, columns in tables.items():
        _write_csv(out_dir / f"{name}.csv", columns)
    toml = _extract_toml(la_code, la_name, extracted_at, seed, injected)
    (out_dir / "extract.toml").write_text(toml, encoding="utf-8", newline="\n")
    counts = {name: len(next(iter(columns.values()))) for name, columns in tables.items()}
    return ExtractCounts(counts, injected)
