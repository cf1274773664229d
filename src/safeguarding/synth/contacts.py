"""Contacts (the front door) and the ssd_contacts table: one contact per referral, contacts
on open cases, no-further-action contacts after a case closed, and contacts of children
who are never referred; each with a screening decision."""

from __future__ import annotations

import json

import numpy as np

from .arrays import group_starts, numbered, running_totals
from .dates import DAY_SECONDS, NA, eighteenth_birthday_eve
from .draws import age_days, arrivals, choice, uniform_days
from .params import SOURCES, Params
from .tables import Frame
from .text import blank_where, datetimes, flags, ids, table


def contact_times(rng, days: np.ndarray) -> np.ndarray:
    """Datetimes (seconds) for contacts on the given days: mostly office hours."""
    n = len(days)
    office = rng.random(n) < 0.8
    secs = np.where(office, rng.integers(8 * 3600, 18 * 3600, n), rng.integers(0, DAY_SECONDS, n))
    return days * DAY_SECONDS + secs


def screening(rng, prm: Params, contact_dt: np.ndarray):
    """Screening decision datetime (seconds, or NA) and whether by a qualified worker."""
    n = len(contact_dt)
    delay = np.rint(3600 * np.exp(np.log(3.0) + 0.9 * rng.standard_normal(n))).astype(np.int64)
    delay = np.clip(delay, 600, DAY_SECONDS - 60)
    u = rng.random(n)
    late = rng.integers(DAY_SECONDS + 600, 4 * DAY_SECONDS, n)
    delay = np.where(u < prm.p_screen_late, late, delay)
    exact = (u >= prm.p_screen_late) & (u < prm.p_screen_late + prm.p_screen_exactly_24h)
    delay = np.where(exact, DAY_SECONDS, delay)
    missing = rng.random(n) < prm.p_screen_missing
    screened = np.where(missing, NA, contact_dt + delay)
    qualified = rng.random(n) >= prm.p_screen_unqualified
    return screened, qualified


def contact_only_children(rng, prm: Params, pop: float, t0: int, t1: int):
    """Children whose contacts all end in no further action: (child, day) pairs and dob."""
    n = arrivals(rng, prm.contact_only_children_per_10k, pop, t0, t1)
    first = uniform_days(rng, t0, t1, n)
    dob = first - age_days(rng, n)
    count = rng.geometric(0.75, n)
    child = np.repeat(np.arange(n), count)
    starts = group_starts(count)
    step = rng.exponential(120.0, len(child)).astype(np.int64) + 1
    step[starts] = 0
    day = first[child] + running_totals(step, child, starts)
    keep = (day <= t1) & (day <= eighteenth_birthday_eve(dob[child]))
    return child[keep], day[keep], dob


def episode_contacts(rng, prm: Params, ep: dict, cutoff: int):
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


def outcome_json(kind: np.ndarray, cp_enquiry: np.ndarray) -> np.ndarray:
    """The SSD contact outcome JSON for each contact."""
    def outcome(new, existing, cp, nfa):
        return json.dumps({"NEW_REFERRAL_FLAG": new, "EXISTING_REFERRAL_FLAG": existing,
                           "CP_ENQUIRY_FLAG": cp, "NFA_FLAG": nfa})
    out = np.full(len(kind), outcome("N", "N", "N", "Y"), dtype=object)
    out[kind == "new"] = outcome("Y", "N", "N", "N")
    out[(kind == "new") & cp_enquiry] = outcome("Y", "N", "Y", "N")
    out[kind == "existing"] = outcome("N", "Y", "N", "N")
    return out


def contacts_table(f: Frame, number, codes, n_ref: int, co_child, co_day, co_dob) -> None:
    """ssd_contacts: contacts of referred children and of contact-only children, up to the
    cut-off. `number` and `codes` give every child's person number and id, referred children
    first (n_ref of them), then contact-only children."""
    ep, rng = f.ep, f.rng
    e_idx, e_day, kind = episode_contacts(rng, f.prm, ep, f.cutoff)
    cp_enquiry = (ep["s47_start"][e_idx] != NA) & (ep["s47_start"][e_idx] - ep["ref"][e_idx] <= 1)
    sources = np.where(kind == "new", ep["source"][e_idx], choice(rng, SOURCES, len(e_idx)))
    persons = np.concatenate([f.person[e_idx], codes[n_ref + co_child]])
    numbers = np.concatenate([ep["person_num"][e_idx], number[n_ref + co_child]])
    days = np.concatenate([e_day, co_day])
    last_days = np.concatenate([ep["cap"][e_idx], eighteenth_birthday_eve(co_dob[co_child])])
    ok = days <= f.cutoff
    _contact_rows(f, persons[ok], numbers[ok], days[ok], last_days[ok],
                  np.concatenate([kind, np.full(len(co_day), "nfa")])[ok],
                  np.concatenate([cp_enquiry, np.zeros(len(co_day), bool)])[ok],
                  np.concatenate([sources, choice(rng, SOURCES, len(co_day))])[ok])


def _contact_rows(f: Frame, person, person_num, contact_day, last_day, kind, cp_enquiry,
                  source) -> None:
    """The table from (person, day, outcome kind) of every contact; a screening decision
    is never dated after the child's 18th birthday eve, nor known after the cut-off."""
    dt_secs = contact_times(f.rng, contact_day)
    screened, qualified = screening(f.rng, f.prm, dt_secs)
    screened = np.where(screened == NA, NA, np.minimum(screened, (last_day + 1) * DAY_SECONDS - 1))
    screened = np.where(screened // DAY_SECONDS > f.cutoff, NA, screened)
    contact_id = numbered([dt_secs, person_num])
    f.tables["ssd_contacts"] = table(contact_id, {
        "cont_contact_id": ids(contact_id), "cont_person_id": person,
        "cont_contact_date": datetimes(dt_secs), "cont_contact_source_code": source,
        "cont_contact_outcome_json": outcome_json(kind, cp_enquiry),
        "cont_screening_date": datetimes(screened),
        "cont_screened_by_qualified": blank_where(screened == NA, flags(qualified))})
