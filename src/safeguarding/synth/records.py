"""Records that follow from plans and periods of care: child protection visits and reviews;
placements, looked-after episodes, visits and reviews.

Each function works on all plans or periods at once and returns its records as arrays,
each record carrying the index of the plan, period or placement it belongs to.
"""

from __future__ import annotations

import numpy as np

from .arrays import group_starts, running_totals
from .dates import NA, WorkingDays, add_months
from .draws import choice, uniform_days, weighted_index
from .params import LONG_STAY_PLACEMENTS, LONG_TERM_TYPES, PLACEMENTS, Params


def renewals(starts, ends, first_gap, gap, min_gap: int):
    """For each window [start, end]: start + first_gap, then + gap, ... while <= end.

    `first_gap(n)` and `gap(n)` draw n intervals (gaps >= min_gap >= 1). Returns the window
    index and date of every event, grouped by window in date order.
    """
    starts = np.asarray(starts, dtype=np.int64)
    ends = np.asarray(ends, dtype=np.int64)
    slots = np.maximum((ends - starts) // min_gap + 2, 1)
    group = np.repeat(np.arange(len(starts)), slots)
    first = group_starts(slots)
    step = gap(len(group))
    step[first] = first_gap(len(starts))
    date = starts[group] + running_totals(step, group, first)
    keep = date <= ends[group]
    return group[keep], date[keep]


def review_rounds(rng, first_due, ends, next_due, p_late, p_cancel=0.0):
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


def cp_visits(rng, prm: Params, wd: WorkingDays, start, end):
    """Visits to children on plans, every 10 working days or sooner; some late, some unseen.

    Works in working-day ordinals so that visits fall on working days. Returns (plan, day, seen).
    """
    s, e = wd.index(start), wd.index(end + 1) - 1

    def gap(k):
        late = rng.random(k) < prm.p_cp_visit_late
        return np.where(late, rng.integers(11, 19, k), rng.integers(3, 11, k))

    plan, index = renewals(s, e, lambda k: rng.integers(0, 6, k), gap, 3)
    day = wd.from_index(index)
    return plan, day, rng.random(len(plan)) >= prm.p_cp_visit_unseen


def cp_reviews(rng, prm: Params, start, end):
    """Reviews of plans: the first within 3 months of the start, then every 6 months.
    Returns (plan, due, day)."""
    return review_rounds(rng, add_months(start, 3), end,
                         lambda held, rnd: add_months(held, 6), lambda rnd: prm.p_cp_review_late)[:3]


def placements(rng, prm: Params, start, end, dob, adopted):
    """Placements of each period of care: (period, start, end, type, long_term)."""
    n = len(start)
    most = len(prm.placements_weights)
    count = weighted_index(rng, prm.placements_weights, n) + 1
    moves = rng.exponential(prm.placement_move_mean_days, (n, most - 1)).astype(np.int64) + 1
    offsets = np.concatenate([np.zeros((n, 1), np.int64), np.cumsum(moves, axis=1)], axis=1)
    starts = start[:, None] + offsets
    column = np.arange(most)[None, :]
    valid = (column < count[:, None]) & ((starts < end[:, None]) | (column == 0))
    period, col = np.nonzero(valid)
    p_start = starts[period, col]
    is_last = ~np.append(period[1:] == period[:-1], False)
    p_end = np.where(is_last, end[period], np.append(p_start[1:], 0))
    m = len(period)
    ptype = choice(rng, PLACEMENTS, m)
    age = (p_start - dob[period]) / 365.25
    ptype = np.where((ptype == "H5") & (age < 16), "U6", ptype)
    ptype = np.where((age >= 16) & (rng.random(m) < 0.3), "H5", ptype)
    long_stay = is_last & (end[period] - start[period] > 730) & (rng.random(m) < 0.65)
    ptype = np.where(long_stay, choice(rng, LONG_STAY_PLACEMENTS, m), ptype)
    ptype = np.where(is_last & adopted[period], np.where(rng.random(m) < 0.5, "A5", "A6"), ptype)
    return period, p_start, p_end, ptype, np.isin(ptype, LONG_TERM_TYPES)


def cla_episodes(rng, period, p_start, p_end):
    """Episodes: one per placement, the first placement split once in a share of periods
    (a change of legal status), never more than 4 episodes. Returns (placement, start, end)."""
    m = len(period)
    first = np.append(True, period[1:] != period[:-1])
    per_period = np.bincount(period)[period]
    split = first & (per_period < 4) & (p_end - p_start >= 14) & (rng.random(m) < 0.15)
    cut = uniform_days(rng, p_start + 1, np.maximum(p_end - 1, p_start + 1), m)
    idx = np.arange(m)
    e_place = np.concatenate([idx, idx[split]])
    e_start = np.concatenate([p_start, cut[split]])
    e_end = np.concatenate([np.where(split, cut, p_end), p_end[split]])
    order = np.lexsort((e_start, e_place))
    return e_place[order], e_start[order], e_end[order]


def cla_visits(rng, prm: Params, p_start, p_end, long_term):
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
    pl1, day1 = renewals(p_start, phase1_end, first, gap, 14)
    later = long_term & (p_end > year_on)
    last = np.full(len(p_start), NA)
    np.maximum.at(last, pl1, day1)
    last = np.where(last == NA, p_start, last)
    seeds = np.nonzero(later)[0]

    def into_second_year(k):  # the first long gap starts from a visit in the first year
        return np.maximum(gap(k), year_on[seeds] + 1 - last[seeds])

    pl2, day2 = renewals(last[seeds], p_end[seeds], into_second_year, long_gap, 42)
    placement = np.concatenate([pl1, seeds[pl2]])
    day = np.concatenate([day1, day2])
    return placement, day, rng.random(len(day)) >= prm.p_cla_visit_unseen


def cla_reviews(rng, prm: Params, wd: WorkingDays, start, end):
    """Reviews of periods of care: within 20 working days, then 3 months, then 6-monthly.
    Returns (period, due, day, cancelled)."""
    return review_rounds(
        rng, wd.add(start, 20), end,
        lambda held, rnd: add_months(held, 3 if rnd == 0 else 6),
        lambda rnd: prm.p_cla_first_review_late if rnd == 0 else prm.p_cla_review_late,
        prm.p_cla_review_cancelled)
