"""The whole simulation: referral chains and contact-only children from 19 years before
`start`, the children the extract holds, and the sixteen ssd_* tables."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import TABLES
from .allocation import allocation_tables
from .arrays import numbered
from .contacts import contact_only_children, contacts_table
from .dates import add_months, day, month_bounds, working_days
from .draws import choice
from .flow import referral_chains
from .params import ETHNICITIES, PARAMS, SEXES, Params
from .tables import Frame, care_tables, plan_tables, referral_tables
from .text import dates, person_codes, table

HISTORY_YEARS = 19  # arrivals start this long before `start`: longer than any childhood
CONTACT_HISTORY_MONTHS = 24  # contact-only children arrive from this long before `start`
WORKING_DAY_HEADROOM = 3660  # days of calendar after the cut-off (working-day sums run past it)


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
    number[seen] = numbered([first[seen], seen])
    codes = np.full(len(first), "", dtype=object)
    codes[seen] = person_codes(number[seen])
    return number, codes, np.concatenate([dob, co_dob]), seen


def _person_table(f: Frame, number, codes, dob, seen) -> None:
    """ssd_person: sex, date of birth and ethnicity of every child in the extract."""
    order = seen[np.argsort(number[seen], kind="stable")]
    n = len(order)
    f.tables["ssd_person"] = table(np.arange(n), {
        "pers_person_id": codes[order], "pers_sex": choice(f.rng, SEXES, n),
        "pers_dob": dates(dob[order]), "pers_ethnicity": choice(f.rng, ETHNICITIES, n)})


def build_tables(population: float, start: str, end: str, seed: int, cutoff: str | None,
                 params: Params) -> dict[str, dict[str, np.ndarray]]:
    """Simulate, select what the extract holds, and assemble the sixteen tables."""
    rng = np.random.default_rng(seed)
    start_day, _ = month_bounds(start)
    _, last_day = month_bounds(end)
    c = min(last_day, day(cutoff)) if cutoff else last_day
    if c < start_day:
        raise ValueError(f"nothing to generate between {start} and the cut-off")
    t0 = int(add_months(np.array([start_day]), -12 * HISTORY_YEARS)[0])
    wd = working_days()
    wd.require(t0, c + WORKING_DAY_HEADROOM,
               f"a synthetic extract from {start} ({HISTORY_YEARS} years of history before it)")

    ep, dob = referral_chains(rng, params, wd, population, t0, c)
    in_scope = np.zeros(len(dob), dtype=bool)
    in_scope[ep["child"][(ep["close"] >= start_day) | (ep["later_contact"] >= start_day)]] = True
    ep = {k: v[in_scope[ep["child"]]] for k, v in ep.items()}

    contact_t0 = int(add_months(np.array([start_day]), -CONTACT_HISTORY_MONTHS)[0])
    co_child, co_day, co_dob = contact_only_children(rng, params, population, contact_t0, c)
    co_scope = np.zeros(len(co_dob), dtype=bool)
    co_scope[co_child[co_day >= start_day]] = True
    co_child, co_day = co_child[co_scope[co_child]], co_day[co_scope[co_child]]

    number, codes, all_dob, seen = _people(ep, dob, co_child, co_day, co_dob)
    ep["person_num"] = number[ep["child"]]
    f = Frame(rng, params, wd, c, ep, codes[ep["child"]])
    referral_tables(f)
    plan_tables(f)
    care_tables(f)
    contacts_table(f, number, codes, len(dob), co_child, co_day, co_dob)
    _person_table(f, number, codes, all_dob, seen)
    allocation_tables(f, np.random.default_rng([seed, 1]), population)  # own stream: see allocation.py
    return {name: f.tables[name] for name in TABLES if name in f.tables}  # in contract order


def build_synthetic_tables(*, population: float, start: str, end: str, seed: int,
                           cutoff: str | None = None, params: Params = PARAMS) -> dict[str, pd.DataFrame]:
    """The sixteen tables as data frames of strings ('' for missing), rows in id order."""
    tables = build_tables(population, start, end, seed, cutoff, params)
    return {name: pd.DataFrame({k: v.astype(object) for k, v in cols.items()})
            for name, cols in tables.items()}
