"""Assembling the referral, child protection and looked-after ssd_* tables from the
retained referral episodes, as known at the cut-off."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .arrays import numbered
from .dates import NA, WorkingDays
from .params import Params
from .records import cla_episodes, cla_reviews, cla_visits, cp_reviews, cp_visits, placements
from .text import blank_where, dates, flags, ids, table


@dataclass
class Frame:
    """Everything the table builders share."""

    rng: np.random.Generator
    prm: Params
    wd: WorkingDays
    cutoff: int
    ep: dict  # retained referral episodes
    person: np.ndarray  # person id string of each episode
    tables: dict = field(default_factory=dict)


def open_after(ends: np.ndarray, cutoff: int) -> np.ndarray:
    """End dates as known at the cut-off: later ends are not yet known."""
    return np.where(ends > cutoff, NA, ends)


def referral_tables(f: Frame) -> None:
    """ssd_cin_episodes, ssd_cin_assessments, ssd_s47_enquiry, ssd_initial_cp_conference."""
    ep, c = f.ep, f.cutoff
    n = len(ep["ref"])
    ref_id = ep["referral_id"] = numbered([ep["ref"], ep["person_num"]])
    close = open_after(ep["close"], c)
    f.tables["ssd_cin_episodes"] = table(ref_id, {
        "cine_referral_id": ids(ref_id), "cine_person_id": f.person,
        "cine_referral_date": dates(ep["ref"]), "cine_referral_source_code": ep["source"],
        "cine_referral_nfa": flags(ep["nfa"]), "cine_cin_primary_need_code": ep["need"],
        "cine_close_date": dates(close),
        "cine_close_reason": blank_where(close == NA, ep["close_reason"])})

    a = np.nonzero((ep["assess_start"] != NA) & (ep["assess_start"] <= c))[0]
    assess_id = numbered([ep["assess_start"][a], ref_id[a]])
    f.tables["ssd_cin_assessments"] = table(assess_id, {
        "cina_assessment_id": ids(assess_id), "cina_person_id": f.person[a],
        "cina_referral_id": ids(ref_id[a]),
        "cina_assessment_start_date": dates(ep["assess_start"][a]),
        "cina_assessment_auth_date": dates(open_after(ep["assess_auth"][a], c)),
        "cina_assessment_child_seen": flags(ep["assess_seen"][a])})

    s = np.nonzero((ep["s47_start"] != NA) & (ep["s47_start"] <= c))[0]
    s47_id = np.full(n, NA)
    s47_id[s] = numbered([ep["s47_start"][s], ref_id[s]])
    s47_end = open_after(ep["s47_end"][s], c)
    f.tables["ssd_s47_enquiry"] = table(s47_id[s], {
        "s47e_s47_enquiry_id": ids(s47_id[s]), "s47e_person_id": f.person[s],
        "s47e_referral_id": ids(ref_id[s]), "s47e_s47_start_date": dates(ep["s47_start"][s]),
        "s47e_s47_end_date": dates(s47_end),
        "s47e_s47_nfa": blank_where(s47_end == NA, flags(ep["s47_nfa"][s]))})

    i = np.nonzero((ep["icpc"] != NA) & (ep["icpc"] <= c))[0]
    icpc_id = ep["icpc_id"] = np.full(n, NA)
    icpc_id[i] = numbered([ep["icpc"][i], ref_id[i]])
    p = np.nonzero((ep["plan_start"] != NA) & (ep["plan_start"] <= c))[0]
    plan_id = ep["plan_id"] = np.full(n, NA)
    plan_id[p] = numbered([ep["plan_start"][p], ref_id[p]])
    no_s47, no_plan = s47_id[i] == NA, plan_id[i] == NA
    f.tables["ssd_initial_cp_conference"] = table(icpc_id[i], {
        "icpc_icpc_id": ids(icpc_id[i]), "icpc_person_id": f.person[i],
        "icpc_s47_enquiry_id": blank_where(no_s47, ids(np.where(no_s47, 0, s47_id[i]))),
        "icpc_cp_plan_id": blank_where(no_plan, ids(np.where(no_plan, 0, plan_id[i]))),
        "icpc_icpc_date": dates(ep["icpc"][i]),
        "icpc_icpc_outcome_cp_flag": flags(ep["icpc_plan"][i]),
        "icpc_icpc_transfer_in": flags(ep["icpc_transfer_in"][i])})


def plan_tables(f: Frame) -> None:
    """ssd_cp_plans, ssd_cp_visits, ssd_cp_reviews."""
    ep, c = f.ep, f.cutoff
    p = np.nonzero(ep["plan_id"] != NA)[0]
    plan_id, person = ep["plan_id"][p], f.person[p]
    start, end = ep["plan_start"][p], ep["plan_end"][p]
    window_end = np.minimum(end, c)
    f.tables["ssd_cp_plans"] = table(plan_id, {
        "cppl_cp_plan_id": ids(plan_id), "cppl_person_id": person,
        "cppl_cp_plan_start_date": dates(start), "cppl_cp_plan_end_date": dates(open_after(end, c)),
        "cppl_cp_plan_initial_category": ep["plan_initial_cat"][p],
        "cppl_cp_plan_latest_category": ep["plan_latest_cat"][p],
        "cppl_icpc_id": ids(ep["icpc_id"][p])})

    plan, day, seen = cp_visits(f.rng, f.prm, f.wd, start, window_end)
    visit_id = numbered([day, plan_id[plan]])
    f.tables["ssd_cp_visits"] = table(visit_id, {
        "cppv_cp_visit_id": ids(visit_id), "cppv_person_id": person[plan],
        "cppv_cp_plan_id": ids(plan_id[plan]), "cppv_cp_visit_date": dates(day),
        "cppv_cp_visit_seen": flags(seen)})

    plan, due, day = cp_reviews(f.rng, f.prm, start, window_end)
    review_id = numbered([day, plan_id[plan]])
    f.tables["ssd_cp_reviews"] = table(review_id, {
        "cppr_cp_review_id": ids(review_id), "cppr_person_id": person[plan],
        "cppr_cp_plan_id": ids(plan_id[plan]), "cppr_cp_review_due": dates(due),
        "cppr_cp_review_date": dates(day)})


def care_tables(f: Frame) -> None:
    """ssd_cla_episodes, ssd_cla_placement, ssd_cla_visits, ssd_cla_reviews."""
    ep, c, rng = f.ep, f.cutoff, f.rng
    k = np.nonzero((ep["care_start"] != NA) & (ep["care_start"] <= c))[0]
    start, end = ep["care_start"][k], ep["care_end"][k]
    cla_id = numbered([start, ep["person_num"][k]])
    person = f.person[k]

    period, p_start, p_end, ptype, long_term = placements(
        rng, f.prm, start, end, ep["dob"][k], ep["adopted"][k])
    shown = p_start <= c
    period, p_start, p_end = period[shown], p_start[shown], p_end[shown]
    ptype, long_term = ptype[shown], long_term[shown]
    placement_id = numbered([p_start, cla_id[period]])
    f.tables["ssd_cla_placement"] = table(placement_id, {
        "clap_cla_placement_id": ids(placement_id), "clap_cla_id": ids(cla_id[period]),
        "clap_cla_placement_start_date": dates(p_start),
        "clap_cla_placement_end_date": dates(open_after(p_end, c)),
        "clap_cla_placement_type": ptype, "clap_long_term": flags(long_term)})

    place, e_start, e_end = cla_episodes(rng, period, p_start, p_end)
    shown = e_start <= c
    place, e_start, e_end = place[shown], e_start[shown], e_end[shown]
    per = period[place]
    episode_id = numbered([e_start, cla_id[per]])
    f.tables["ssd_cla_episodes"] = table(episode_id, {
        "clae_cla_episode_id": ids(episode_id), "clae_person_id": person[per],
        "clae_cla_id": ids(cla_id[per]), "clae_cla_episode_start_date": dates(e_start),
        "clae_cla_episode_ceased_date": dates(open_after(e_end, c)),
        "clae_entered_care_date": dates(start[per]), "clae_cla_placement_id": ids(placement_id[place])})

    pl, day, seen = cla_visits(rng, f.prm, p_start, np.minimum(p_end, c), long_term)
    per = period[pl]
    visit_id = numbered([day, cla_id[per]])
    f.tables["ssd_cla_visits"] = table(visit_id, {
        "clav_cla_visit_id": ids(visit_id), "clav_person_id": person[per],
        "clav_cla_id": ids(cla_id[per]), "clav_cla_visit_date": dates(day),
        "clav_cla_visit_seen": flags(seen)})

    per, due, day, cancelled = cla_reviews(rng, f.prm, f.wd, start, np.minimum(end, c))
    review_id = numbered([day, cla_id[per], cancelled])
    f.tables["ssd_cla_reviews"] = table(review_id, {
        "clar_cla_review_id": ids(review_id), "clar_cla_id": ids(cla_id[per]),
        "clar_cla_review_due_date": dates(due), "clar_cla_review_date": dates(day),
        "clar_cla_review_cancelled": flags(cancelled)})
