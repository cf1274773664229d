"""Referral episodes and their pathways: referral -> assessment -> section 47 enquiry ->
conference -> plan -> care -> closure, then perhaps a re-referral.

An episode batch is a dict of equal-length arrays, one entry per referral; each stage adds
its columns for the whole batch. Dates are day numbers (`dates.NA` when absent).
"""

from __future__ import annotations

import numpy as np

from .dates import NA, WorkingDays, eighteenth_birthday_eve, month_end
from .draws import (age_days, arrivals, choice, lognormal_days, uniform_days,
                    weighted_index)
from .params import (AGE_BAND_EDGES, CARE_AGE_FACTOR, CATEGORIES, NEEDS,
                     PERMANENCE_CLOSE_REASONS, S47_AGE_FACTOR, SERVICES_CLOSE_REASONS, SOURCES,
                     Params)

# Pathways of a referral episode.
NFA, ASSESS_CLOSE, CIN, S47, TRANSFER_IN, CARE = range(6)
MAX_GENERATIONS = 60  # re-referral generations simulated (far more than any child reaches)


def choose_pathway(rng, prm: Params, ref, dob, prior_plan) -> tuple[np.ndarray, np.ndarray]:
    """The pathway of each referral, and whether its s47 enquiry goes to conference.

    Enquiries are likelier for babies and rarer for 16-17s; babies and older teenagers are
    likelier to come straight into care (the age factors average about 1 over referrals).
    """
    n = len(ref)
    band = np.searchsorted(np.array(AGE_BAND_EDGES), (ref - dob) / 365.25, side="right")
    u = rng.random(n)
    p_s47 = np.where(prior_plan, prm.p_s47_after_plan, prm.p_s47 * np.array(S47_AGE_FACTOR)[band])
    p_care = prm.p_care_direct * np.array(CARE_AGE_FACTOR)[band]
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


def assessment_stage(rng, prm: Params, wd: WorkingDays, ep: dict) -> None:
    """Assessments for every referral that is not NFA: start and authorisation dates."""
    n = len(ep["ref"])
    has = ep["path"] != NFA
    start_wd = np.where(rng.random(n) < 0.7, 0, rng.integers(1, 6, n))
    auth_wd = lognormal_days(rng, prm.assessment_median_wd, prm.assessment_sigma, n)
    same_day = rng.random(n) < 0.01  # edge case: referral and completion on one day
    start_wd[same_day] = 0
    auth_wd[same_day] = 0
    start = wd.add(ep["ref"], start_wd)
    auth = np.maximum(wd.add(ep["ref"], auth_wd), start)
    ep["assess_start"] = np.where(has, start, NA)
    ep["assess_auth"] = np.where(has, auth, NA)
    ep["assess_seen"] = rng.random(n) < 0.97


def s47_stage(rng, prm: Params, wd: WorkingDays, ep: dict, to_icpc: np.ndarray) -> None:
    """Section 47 enquiries, and the conferences that follow them (or transfer-ins)."""
    n = len(ep["ref"])
    is_s47 = ep["path"] == S47
    s47_start = wd.add(ep["ref"], np.where(rng.random(n) < 0.45, 0, rng.integers(1, 9, n)))
    icpc_wd = np.maximum(lognormal_days(rng, prm.icpc_median_wd, prm.icpc_sigma, n), 2)
    icpc = wd.add(s47_start, icpc_wd)
    transfer = ep["path"] == TRANSFER_IN
    icpc = np.where(transfer, wd.add(ep["ref"], rng.integers(3, 16, n)), icpc)
    own_end = s47_start + lognormal_days(rng, 14.0, 0.6, n)
    before_icpc = uniform_days(rng, s47_start + 1, np.maximum(icpc - 1, s47_start + 1), n)
    ep["s47_start"] = np.where(is_s47, s47_start, NA)
    ep["s47_end"] = np.where(is_s47, np.where(to_icpc, before_icpc, own_end), NA)
    ep["s47_nfa"] = is_s47 & ~to_icpc & (rng.random(n) < 0.5)
    ep["icpc"] = np.where(to_icpc | transfer, icpc, NA)
    ep["icpc_transfer_in"] = transfer
    ep["icpc_plan"] = (to_icpc & (rng.random(n) < prm.p_plan_given_icpc)) | (
        transfer & (rng.random(n) < 0.95))


def plan_stage(rng, prm: Params, ep: dict) -> None:
    """Child protection plans: length, categories, and whether the child then comes into care."""
    n = len(ep["ref"])
    has = ep["icpc_plan"]
    start = ep["icpc"]
    length = np.maximum(rng.gamma(prm.plan_gamma_shape, prm.plan_gamma_scale, n), 14)
    end = start + length.astype(np.int64)
    end = np.where(rng.random(n) < 0.03, month_end(end), end)  # edge case: ends on a month end
    ep["plan_start"] = np.where(has, start, NA)
    ep["plan_end"] = np.where(has, end, NA)
    ep["plan_initial_cat"] = choice(rng, CATEGORIES, n)
    changed = rng.random(n) < 0.1
    ep["plan_latest_cat"] = np.where(changed, choice(rng, CATEGORIES, n), ep["plan_initial_cat"])
    ep["care_after_plan"] = has & (rng.random(n) < prm.p_care_after_plan)


def care_stage(rng, prm: Params, ep: dict) -> None:
    """Periods of care: from the end of a plan, or straight from a referral."""
    n = len(ep["ref"])
    direct = ep["path"] == CARE
    start = np.where(direct,
                     ep["ref"] + np.where(rng.random(n) < 0.4, 0, rng.integers(1, 91, n)),
                     ep["plan_end"])
    has = direct | ep["care_after_plan"]
    shares, medians, sigmas = (np.array(x, dtype=float) for x in zip(*prm.care_kinds))
    kind = weighted_index(rng, shares, n)
    length = lognormal_days(rng, medians[kind], sigmas[kind], n)
    age_at_start = (start - ep["dob"]) / 365.25
    adopted = (kind == 1) & (age_at_start < 5) & (rng.random(n) < 0.6)
    ep["care_start"] = np.where(has, start, NA)
    ep["care_end"] = np.where(has, start + length, NA)
    ep["care_kind"] = kind
    ep["adopted"] = has & adopted


def closure_stage(rng, prm: Params, ep: dict) -> None:
    """When and why each referral episode closes, given its pathway."""
    n = len(ep["ref"])
    path = ep["path"]
    cin_spell = lognormal_days(rng, prm.cin_median_days, prm.cin_sigma, n)
    quick = uniform_days(rng, 0, 14, n)
    after = np.maximum.reduce([ep["assess_auth"], ep["s47_end"], ep["icpc"]])
    close = after + np.where(path == CIN, cin_spell, quick)
    s47_done = (path == S47) & (ep["icpc"] == NA)
    close = np.where(s47_done & (rng.random(n) < 0.5), after + cin_spell, close)
    no_plan = (ep["icpc"] != NA) & ~ep["icpc_plan"]
    close = np.where(no_plan, after + cin_spell, close)
    step_down = np.where(rng.random(n) < 0.5, uniform_days(rng, 0, 30, n),
                         uniform_days(rng, 60, 300, n))
    close = np.where(ep["plan_end"] != NA, np.maximum(close, ep["plan_end"] + step_down), close)
    after_care = ep["care_end"] + uniform_days(rng, 0, 30, n)
    close = np.where(ep["care_end"] != NA, np.maximum(close, after_care), close)
    close = np.where(path == NFA, ep["ref"] + uniform_days(rng, 0, 5, n), close)
    ep["close"] = np.maximum(close, ep["ref"])
    no_further_action = (path == NFA) | (path == ASSESS_CLOSE) | (s47_done & (close - after <= 14))
    reason = np.where(no_further_action, "RC8", "RC7")
    other = choice(rng, SERVICES_CLOSE_REASONS, n)
    reason = np.where(reason == "RC7", other, reason)
    perm = choice(rng, PERMANENCE_CLOSE_REASONS, n)
    in_care = ep["care_end"] != NA
    reason = np.where(in_care & (ep["care_kind"] == 1), perm, reason)
    ep["close_reason"] = np.where(ep["adopted"], "RC1", reason)


def truncate_at_18(ep: dict) -> None:
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


def episode_outcomes(rng, prm: Params, wd: WorkingDays, ref, dob, prior_plan) -> dict:
    """Everything that follows from one batch of referrals."""
    n = len(ref)
    ep = {"ref": ref, "dob": dob, "cap": eighteenth_birthday_eve(dob)}
    ep["path"], to_icpc = choose_pathway(rng, prm, ref, dob, prior_plan)
    ep["source"] = choice(rng, SOURCES, n)
    ep["need"] = np.where(ep["path"] == S47, "N1", choice(rng, NEEDS, n))
    ep["nfa"] = ep["path"] == NFA
    assessment_stage(rng, prm, wd, ep)
    s47_stage(rng, prm, wd, ep, to_icpc)
    plan_stage(rng, prm, ep)
    care_stage(rng, prm, ep)
    closure_stage(rng, prm, ep)
    truncate_at_18(ep)
    later = ep["close"] + uniform_days(rng, 14, 365, n)
    later_ok = (rng.random(n) < prm.p_later_nfa_contact) & (later <= ep["cap"])
    ep["later_contact"] = np.where(later_ok, later, NA)
    return ep


def rereferral_gap(rng, prm: Params, n: int) -> np.ndarray:
    """Days from an episode's closure to the child's next referral."""
    quick = rng.random(n) < prm.p_quick_rereferral
    slow = rng.exponential(prm.slow_rereferral_mean_days, n).astype(np.int64)
    return np.where(quick, uniform_days(rng, 0, 240, n), 30 + slow)


def referral_chains(rng, prm: Params, wd: WorkingDays, pop: float, t0: int, t1: int):
    """All referral episodes from t0 to t1: first referrals, then re-referral generations.

    Returns the episodes (one batch, with `child`, an index into the second result) and
    each child's date of birth.
    """
    n0 = arrivals(rng, prm.first_referrals_per_10k, pop, t0, t1)
    ref = np.sort(wd.roll(uniform_days(rng, t0, t1, n0)))
    dob = ref - age_days(rng, n0)
    child = np.arange(n0)
    prior_plan = np.zeros(n0, dtype=bool)
    batches = []
    for _generation in range(MAX_GENERATIONS):
        keep = (ref <= t1) & (ref <= eighteenth_birthday_eve(dob[child]) - 1)
        ref, child, prior_plan = ref[keep], child[keep], prior_plan[keep]
        if not len(ref) and batches:
            break
        ep = episode_outcomes(rng, prm, wd, ref, dob[child], prior_plan)
        ep["child"] = child
        batches.append(ep)
        had_plan = prior_plan | (ep["plan_start"] != NA)
        p = np.where(had_plan, prm.p_rereferral_after_plan, prm.p_rereferral)
        p = np.where(ep["adopted"] | ep["care_to_18"] | (ep["close_reason"] == "RC2"), 0.0, p)
        nxt = ep["close"] + rereferral_gap(rng, prm, len(ref))
        again = (rng.random(len(ref)) < p) & (nxt <= t1)
        ref, child, prior_plan = nxt[again], child[again], had_plan[again]
        ref = np.where(rng.random(len(ref)) < 0.85, wd.roll(ref), ref)
    episodes = {k: np.concatenate([b[k] for b in batches]) for k in batches[0]}
    return episodes, dob
