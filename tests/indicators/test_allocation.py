"""Allocation and caseload indicators, worked by hand from docs/indicators.md.

Reporting month August 2014: e = 2014-08-31. A child is allocated at e to the worker of their
latest-starting involvement with start <= e and (no end, or end > e), compared as dates.
"""

from extracts import people, point, run
from safeguarding.policy import Policy

AUG = "2014-08"


def invo(iid, person, worker, start, end="", team="T1"):
    return {"invo_involvements_id": iid, "invo_person_id": person, "invo_professional_id": worker,
            "invo_professional_team": team, "invo_involvement_start_date": start,
            "invo_involvement_end_date": end}


def plan(pid, person, start, end=""):
    return {"cppl_cp_plan_id": pid, "cppl_person_id": person,
            "cppl_cp_plan_start_date": start, "cppl_cp_plan_end_date": end}


def episode(eid, person, start, end=""):
    return {"clae_cla_episode_id": eid, "clae_person_id": person, "clae_cla_id": f"C{person}",
            "clae_cla_episode_start_date": start, "clae_cla_episode_ceased_date": end}


def policy(caseload_max):
    return Policy(assessment_timescale_wd=45, cp_visit_interval_wd=10,
                  revision_threshold_percent=1, caseload_max=caseload_max)


def caseload_tables():
    """At e: W1 holds A, B, C; W2 holds D (E's involvement with W2 ended on e, so E is
    unallocated; F's ended after e, so F is W2's too: W2 holds D, F); W3 holds nobody (starts
    1 Sept). G changed from W3 to W1 on e itself: the new worker, so W1 holds A, B, C, G."""
    return {
        "ssd_person": people("A", "B", "C", "D", "E", "F", "G", "H"),
        "ssd_involvements": [
            invo(1, "A", "W1", "2014-01-01 09:00:00"),
            invo(2, "B", "W1", "2014-08-31 17:00:00"),  # starts on e (a datetime): counts
            invo(3, "C", "W1", "2014-05-01", "2014-09-01"),
            invo(4, "D", "W2", "2014-02-01"),
            invo(5, "E", "W2", "2014-02-01", "2014-08-31 10:00:00"),  # ends on e: not held
            invo(6, "F", "W2", "2014-02-01", "2014-09-01"),
            invo(7, "H", "W3", "2014-09-01"),  # starts after e
            invo(8, "G", "W3", "2014-03-01", "2014-08-31"),
            invo(9, "G", "W1", "2014-08-31"),
            invo(10, "A", "W1", "2014-07-01"),  # a second involvement: A counts once
        ],
    }


def test_caseload_mean_and_over_policy(tmp_path):
    r = run(tmp_path, caseload_tables(), policy=policy(3))
    p = point(r["caseload_mean"], AUG)
    # W1: A, B, C, G = 4; W2: D, F = 2; 6 children over 2 workers.
    assert (p.numerator, p.denominator, p.value) == (6, 2, 3.0)
    p = point(r["caseload_over_policy"], AUG)
    assert (p.numerator, p.denominator, p.value) == (1, 2, 50.0)  # 4 > 3; 2 is not


def test_caseload_at_the_policy_is_not_above_it(tmp_path):
    r = run(tmp_path, caseload_tables(), policy=policy(4))
    p = point(r["caseload_over_policy"], AUG)
    assert (p.numerator, p.denominator) == (0, 2)  # 4 is not more than 4


def test_unallocated_children_on_a_plan_or_looked_after(tmp_path):
    tables = caseload_tables()
    tables["ssd_cp_plans"] = [plan(1, "A", "2014-01-01"), plan(2, "E", "2014-01-01"),
                              plan(3, "H", "2014-01-01", "2014-08-31")]  # H's ended on e
    tables["ssd_cla_episodes"] = [episode(1, "E", "2014-06-01"),  # E both: counts once
                                  episode(2, "D", "2014-06-01"), episode(3, "H", "2014-02-01")]
    # I: an open involvement naming no worker; J: two open ones, both naming a worker
    tables["ssd_person"] += people("I", "J")
    tables["ssd_cp_plans"] += [plan(4, "I", "2014-01-01"), plan(5, "J", "2014-01-01")]
    # B: an involvement starting on e; C: one ending the day after e (both allocated at e)
    tables["ssd_cp_plans"] += [plan(6, "B", "2014-01-01"), plan(7, "C", "2014-01-01")]
    tables["ssd_involvements"] += [invo(20, "I", "", "2014-01-01"), invo(21, "J", "W1", "2014-01-01"),
                                   invo(22, "J", "W2", "2014-02-01")]
    r = run(tmp_path, tables)
    p = point(r["unallocated_cp_cla"], AUG)
    # On a plan or looked after at e: A (plan), E (both), D (care), H (care), I, J, B, C = 8;
    # no worker at e: E (ended on e), H (starts 1 Sept) and I = 3.
    assert (p.numerator, p.denominator, p.value) == (3, 8, 37.5)
    # A run of August alone reads only the involvements open in it (B's and C's are, by a day):
    # the same.
    assert r.month_alone("unallocated_cp_cla") == p


def test_without_involvements_the_allocation_indicators_are_not_available(tmp_path):
    r = run(tmp_path, {"ssd_person": people("A"), "ssd_cp_plans": [plan(1, "A", "2014-01-01")]})
    for id_ in ("caseload_mean", "caseload_over_policy", "unallocated_cp_cla"):
        assert not r[id_].available and "ssd_involvements" in r[id_].reason
    assert point(r["cp_count"], AUG).value == 1  # nothing else changes


def test_overlapping_involvements_the_latest_starting_open_one_wins(tmp_path):
    """J: W2's later involvement ended on 15 Aug, so at 31 Jul J is W2's and at e W1's again.
    K: both open; W1's starts an hour later on the same day (compared as datetimes), so W1.
    L: both open from the same moment: the greater involvement id (16, W1) wins."""
    r = run(tmp_path, {
        "ssd_person": people("J", "K", "L"),
        "ssd_involvements": [
            invo(11, "J", "W1", "2014-01-01"),
            invo(12, "J", "W2", "2014-06-01", "2014-08-15"),
            invo(13, "K", "W1", "2014-05-01 10:00:00"),
            invo(14, "K", "W2", "2014-05-01 09:00:00"),
            invo(15, "L", "W2", "2014-04-01"),
            invo(16, "L", "W1", "2014-04-01"),
        ],
    })
    p = point(r["caseload_mean"], AUG)
    assert (p.numerator, p.denominator) == (3, 1)  # W1: J, K, L
    p = point(r["caseload_mean"], "2014-07")
    assert (p.numerator, p.denominator) == (3, 2)  # W1: K, L; W2: J
