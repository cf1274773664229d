"""Child protection indicators, every expected figure worked out by hand from
docs/indicators.md (not copied from the code's output).

Reporting month is August 2014 unless a test says otherwise: s = 2014-08-01, e = 2014-08-31
(a Sunday); rolling 12 months = 2013-09-01 .. 2014-08-31; population year = 2014 (FY 2014-15
begins in 2014); the harness population is 10,000, so a rate's value equals its count.

Working days in August 2014 (Mon-Fri, 25 Aug is a bank holiday):
    1, 4-8, 11-15, 18-22, 26-29.
Counting back from e, WD(a, e) = working days d with a < d <= e:
    a = 29 Aug -> 0, 28 -> 1, 27 -> 2, 26 -> 3, 25 (BH) -> 4, 22 -> 4, 21 -> 5, 20 -> 6,
    19 -> 7, 18 -> 8, 15 -> 9, 14 -> 10, 13 -> 11, 12 -> 12, 4 -> 18.
"""

import pytest

from extracts import people, point, run
from safeguarding.policy import Policy

AUG = "2014-08"


def plan(pid, person, start, end=""):
    return {"cppl_cp_plan_id": pid, "cppl_person_id": person,
            "cppl_cp_plan_start_date": start, "cppl_cp_plan_end_date": end}


def s47(eid, person, start):
    return {"s47e_s47_enquiry_id": eid, "s47e_person_id": person, "s47e_s47_start_date": start}


def icpc(cid, person, date, enquiry="", transfer_in=""):
    return {"icpc_icpc_id": cid, "icpc_person_id": person, "icpc_s47_enquiry_id": enquiry,
            "icpc_icpc_date": date, "icpc_icpc_transfer_in": transfer_in}


def review(rid, person, plan_id, date):
    return {"cppr_cp_review_id": rid, "cppr_person_id": person, "cppr_cp_plan_id": plan_id,
            "cppr_cp_review_date": date}


def visit(vid, person, date, seen=None):
    row = {"cppv_cp_visit_id": vid, "cppv_person_id": person, "cppv_cp_visit_date": date}
    if seen is not None:
        row["cppv_cp_visit_seen"] = seen
    return row


def npv(p):
    return p.numerator, p.denominator, p.value


# --------------------------------------------------------------------------------------------
# s47_per_10k


def test_s47_per_10k_rolling_12_month_boundaries(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4", "5"),
        "ssd_s47_enquiry": [
            s47("e1", "1", "2013-08-31"),  # the day before the window: out
            s47("e2", "2", "2013-09-01"),  # first day of the window: in
            s47("e3", "3", "2014-02-15"),  # in
            s47("e4", "4", "2014-08-31"),  # month end: in
            s47("e5", "5", "2014-09-01"),  # after e: out
        ],
    })
    p = point(res["s47_per_10k"], AUG)
    # 3 enquiries / 10,000 * 10,000 = 3.0
    assert (p.numerator, p.denominator) == (3, 10_000)
    assert p.value == pytest.approx(3.0)
    # Sep 2013: window 2012-10-01 .. 2013-09-30 holds e1 and e2.
    p = point(res["s47_per_10k"], "2013-09")
    assert (p.numerator, p.denominator) == (2, 10_000)
    assert p.value == pytest.approx(2.0)


def test_rates_use_population_of_the_year_the_financial_year_begins(tmp_path):
    pop = {y: 10_000 for y in range(2010, 2017)}
    pop.update({2013: 20_000, 2014: 40_000})
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4", "5"),
        "ssd_s47_enquiry": [
            s47("e1", "1", "2013-09-01"),
            s47("e2", "2", "2014-02-15"),
            s47("e3", "3", "2014-04-10"),
        ],
        "ssd_cp_plans": [
            plan("p1", "4", "2014-01-01"),
            plan("p2", "5", "2014-02-01", "2014-04-15"),
        ],
    }, month="2014-04", population=pop)
    # March 2014 is in FY 2013-14 -> mid-2013 population 20,000.
    # S47 window 2013-04-01 .. 2014-03-31: e1, e2 -> 2 / 20,000 * 10,000 = 1.0
    p = point(res["s47_per_10k"], "2014-03")
    assert (p.numerator, p.denominator) == (2, 20_000)
    assert p.value == pytest.approx(1.0)
    # April 2014 is in FY 2014-15 -> mid-2014 population 40,000.
    # window 2013-05-01 .. 2014-04-30: e1, e2, e3 -> 3 / 40,000 * 10,000 = 0.75
    p = point(res["s47_per_10k"], "2014-04")
    assert (p.numerator, p.denominator) == (3, 40_000)
    assert p.value == pytest.approx(0.75)
    # CP plans at 31 Mar 2014: p1, p2 -> 2 / 20,000 * 10,000 = 1.0
    p = point(res["cp_per_10k"], "2014-03")
    assert (p.numerator, p.denominator) == (2, 20_000)
    assert p.value == pytest.approx(1.0)
    # at 30 Apr 2014: p1 only (p2 ended 15 Apr) -> 1 / 40,000 * 10,000 = 0.25
    p = point(res["cp_per_10k"], "2014-04")
    assert (p.numerator, p.denominator) == (1, 40_000)
    assert p.value == pytest.approx(0.25)


# --------------------------------------------------------------------------------------------
# icpc_in_15wd


def icpc_tables():
    return {
        "ssd_person": people("1", "2", "3", "4", "5", "6"),
        "ssd_s47_enquiry": [
            s47("e1", "1", "2014-08-06"),
            s47("e2", "2", "2014-08-06"),
            s47("e3", "3", "2014-08-20"),
            s47("e5", "5", "2014-07-10"),
        ],
        "ssd_initial_cp_conference": [
            # WD(6 Aug, 28 Aug): 7, 8, 11-15, 18-22, 26, 27, 28 = 15 (25 Aug BH skipped): in
            icpc("c1", "1", "2014-08-28", "e1"),
            # WD(6 Aug, 29 Aug) = 16: out
            icpc("c2", "2", "2014-08-29", "e2"),
            # transfer-in: excluded from both parts
            icpc("c3", "3", "2014-08-22", "e3", transfer_in="Y"),
            # no linked S47: left out of both parts, a data-quality warning
            icpc("c4", "4", "2014-08-15"),
            # July: WD(10 Jul, 31 Jul): 11, 14-18, 21-25, 28-31 = 15: in (July point only)
            icpc("c5", "5", "2014-07-31", "e5"),
            # June: another conference with no linked S47
            icpc("c6", "6", "2014-06-10"),
        ],
    }


def test_icpc_in_15wd_boundaries_transfer_in_and_unlinked(tmp_path):
    res = run(tmp_path, icpc_tables())
    r = res["icpc_in_15wd"]
    # August: c1 in, c2 out; c3 (transfer-in) and c4 (no S47) left out -> 1 / 2 = 50%
    assert npv(point(r, AUG)) == (1, 2, 50.0)
    # July: c5 only -> 1 / 1 = 100%
    assert npv(point(r, "2014-07")) == (1, 1, 100.0)
    # June: only an unlinked conference -> no cases -> empty value
    assert npv(point(r, "2014-06")) == (0, 0, None)


def test_icpc_without_linked_s47_gives_a_warning(tmp_path):
    res = run(tmp_path, icpc_tables())
    warnings = res["icpc_in_15wd"].warnings
    assert warnings, "a conference with no linked S47 enquiry must be reported as a warning"
    assert any("icpc" in w.lower() or "conference" in w.lower() for w in warnings)
    assert any("s47" in w.lower() or "section 47" in w.lower() or "enquir" in w.lower()
               for w in warnings)


def test_icpc_all_linked_gives_no_warning(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_s47_enquiry": [s47("e1", "1", "2014-08-06")],
        "ssd_initial_cp_conference": [icpc("c1", "1", "2014-08-28", "e1")],
    })
    assert npv(point(res["icpc_in_15wd"], AUG)) == (1, 1, 100.0)
    assert res["icpc_in_15wd"].warnings == ()


# --------------------------------------------------------------------------------------------
# cp_count, cp_per_10k


def cp_count_tables():
    return {
        "ssd_person": people("A", "B", "C", "D", "E", "F", "G"),
        "ssd_cp_plans": [
            plan("pA", "A", "2014-01-10"),                 # open
            plan("pB", "B", "2014-02-01", "2014-08-31"),   # ends on e: not open at e
            plan("pC", "C", "2014-02-01", "2014-09-01"),   # ends the day after e: open
            plan("pD", "D", "2014-08-31"),                 # starts on e: open
            plan("pE", "E", "2014-09-01"),                 # starts after e
            plan("pF1", "F", "2014-03-01"),                # F has two open plans:
            plan("pF2", "F", "2014-05-01"),                # counted once
            plan("pG", "G", "2013-01-01", "2014-02-28"),   # ends on Feb's month end
        ],
    }


def test_cp_count_open_at_month_end_distinct_children(tmp_path):
    res = run(tmp_path, cp_count_tables())
    # 31 Aug: A, C, D, F -> 4
    assert npv(point(res["cp_count"], AUG)) == (4, None, 4)
    # 28 Feb 2014: A, B, C open; G ended on 28 Feb (not open); F not started -> 3
    assert npv(point(res["cp_count"], "2014-02")) == (3, None, 3)


def test_cp_per_10k(tmp_path):
    res = run(tmp_path, cp_count_tables())
    p = point(res["cp_per_10k"], AUG)
    # 4 / 10,000 * 10,000 = 4.0
    assert (p.numerator, p.denominator) == (4, 10_000)
    assert p.value == pytest.approx(4.0)
    p = point(res["cp_per_10k"], "2014-02")
    assert (p.numerator, p.denominator) == (3, 10_000)
    assert p.value == pytest.approx(3.0)


# --------------------------------------------------------------------------------------------
# cp_starts


def test_cp_starts_in_the_month(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4", "5"),
        "ssd_cp_plans": [
            plan("p1", "1", "2014-07-31", "2014-08-05"),
            plan("p2", "2", "2014-08-01"),
            plan("p3", "3", "2014-08-15", "2014-08-20"),
            plan("p4", "4", "2014-08-31"),
            plan("p5", "5", "2014-09-01"),
        ],
    })
    # August: p2, p3, p4 (a plan that already ended still started in the month)
    assert npv(point(res["cp_starts"], AUG)) == (3, None, 3)
    assert npv(point(res["cp_starts"], "2014-07")) == (1, None, 1)


# --------------------------------------------------------------------------------------------
# cp_second_or_subsequent


def test_cp_second_or_subsequent(tmp_path):
    res = run(tmp_path, {
        "ssd_person": [{"pers_person_id": "A", "pers_dob": "1998-01-01"}]
                      + people("B", "C", "D", "E", "F"),
        "ssd_cp_plans": [
            plan("pA1", "A", "2001-03-01", "2002-01-01"),  # 12+ years earlier
            plan("pA2", "A", "2014-05-01"),                # window, second: yes
            plan("pB", "B", "2014-06-01"),                 # window, first: no
            plan("pC1", "C", "2013-08-31", "2013-12-31"),  # before the window
            plan("pC2", "C", "2014-02-01"),                # window, second: yes
            plan("pD1", "D", "2013-09-01", "2013-10-01"),  # window (first day), first: no
            plan("pD2", "D", "2014-01-15"),                # window, second: yes
            plan("pE", "E", "2014-09-01"),                 # after e
            plan("pF", "F", "2014-07-01", "2014-07-20"),   # window, first: no
        ],
    })
    # started 2013-09-01 .. 2014-08-31: pA2, pB, pC2, pD1, pD2, pF = 6; second: pA2, pC2, pD2 = 3
    assert npv(point(res["cp_second_or_subsequent"], AUG)) == (3, 6, 50.0)


# --------------------------------------------------------------------------------------------
# cp_ceased_2yrs


def test_cp_ceased_2yrs_729_and_730_days(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4", "5", "6", "7", "8"),
        "ssd_cp_plans": [
            # (end - start) + 1: 2012-09-01 -> 2013-09-01 = 365, -> 2014-08-31 = 364; 729 + 1 = 730
            plan("p1", "1", "2012-09-01", "2014-08-31"),   # 730 > 729: in; ends on e: in window
            plan("p2", "2", "2012-09-02", "2014-08-31"),   # 729: out
            plan("p3", "3", "2012-01-01", "2014-09-01"),   # ends the day after e: not in Aug
            plan("p4", "4", "2010-01-01", "2013-08-31"),   # long, ends before the Aug window
            plan("p5", "5", "2013-06-01", "2013-09-01"),   # short, ends on the window's first day
            plan("p6", "6", "2011-01-01"),                 # open: not ended
            # across 29 Feb 2012: 2012-02-01 -> 2013-02-01 = 366, -> 2014-01-30 = 363; +1 = 730
            plan("p7", "7", "2012-02-01", "2014-01-30"),   # 730: in
            plan("p8", "8", "2012-02-02", "2014-01-30"),   # 729: out
        ],
    })
    r = res["cp_ceased_2yrs"]
    # Aug window 2013-09-01 .. 2014-08-31 ended: p1, p2, p5, p7, p8 = 5; 2 years+: p1, p7 = 2
    assert npv(point(r, AUG)) == (2, 5, 40.0)
    # Jul window 2013-08-01 .. 2014-07-31 ended: p4, p5, p7, p8 = 4; 2 years+: p4, p7 = 2
    assert npv(point(r, "2014-07")) == (2, 4, 50.0)


# --------------------------------------------------------------------------------------------
# cp_open_2yrs


def test_cp_open_2yrs_729_and_730_days(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("A", "B", "C", "D", "E", "F"),
        "ssd_cp_plans": [
            plan("pA", "A", "2012-09-01"),                 # (e - start) + 1 = 730: in
            plan("pB", "B", "2012-09-02"),                 # 729: out
            plan("pC", "C", "2012-01-01", "2014-08-31"),   # ended on e: not open at e
            plan("pD", "D", "2012-01-01", "2014-09-01"),   # open at e, long: in
            plan("pE", "E", "2014-08-31"),                 # 1 day: out
            plan("pF1", "F", "2014-01-01"),                # two short open plans:
            plan("pF2", "F", "2014-03-01"),                # one child
        ],
    })
    r = res["cp_open_2yrs"]
    # 31 Aug: children A, B, D, E, F = 5; 2 years+: A, D = 2
    assert npv(point(r, AUG)) == (2, 5, 40.0)
    # 31 Jul: A (699 days), B, C (open, long), D, F = 5; 2 years+: C, D = 2
    assert npv(point(r, "2014-07")) == (2, 5, 40.0)


# --------------------------------------------------------------------------------------------
# cp_reviews_in_timescale


def test_cp_reviews_in_timescale(tmp_path):
    kids = [f"R{i}" for i in range(1, 13)]
    res = run(tmp_path, {
        "ssd_person": people(*kids),
        "ssd_cp_plans": [
            plan("p1", "R1", "2014-05-31"),    # exactly 3 months before e (31 Aug - 3m = 31 May)
            plan("p2", "R2", "2014-06-01"),    # one day later: not in the denominator
            plan("p3", "R3", "2014-03-10"),
            plan("p4", "R4", "2014-03-10"),
            plan("p5", "R5", "2013-06-15"),
            plan("p6", "R6", "2013-06-15"),
            plan("p7", "R7", "2014-04-20"),
            plan("p8", "R8", "2014-05-15"),
            plan("p9", "R9", "2013-11-30"),
            plan("p10", "R10", "2013-11-30"),
            plan("p11", "R11", "2013-11-30"),
            plan("p12", "R12", "2014-01-01", "2014-08-31"),  # not open at e
        ],
        "ssd_cp_reviews": [
            review("r1", "R1", "p1", "2014-08-31"),   # due 31 Aug (start + 3m): on time
            review("r3", "R3", "p3", "2014-06-10"),   # due 10 Jun: on time; next due 10 Dec > e
            review("r4", "R4", "p4", "2014-06-11"),   # due 10 Jun: a day late
            review("r5a", "R5", "p5", "2013-09-15"),  # due 15 Sep 2013: on time
            review("r5b", "R5", "p5", "2014-03-15"),  # due 15 Mar (6m after r5a): on time;
                                                      # next due 15 Sep 2014 > e: not yet due
            review("r6a", "R6", "p6", "2013-09-15"),  # on time
            review("r6b", "R6", "p6", "2014-03-16"),  # due 15 Mar: a day late
            # R7: first due 20 Jul, none held by e (one after e does not count): overdue
            review("r7", "R7", "p7", "2014-09-02"),
            # R8: a review before the plan start is ignored; first due 15 Aug not held: overdue
            review("r8", "R8", "p8", "2014-05-10"),
            # R9: due 30 Nov + 3m = 28 Feb (clipped); then 28 Feb + 6m = 28 Aug: both on time
            review("r9a", "R9", "p9", "2014-02-28"),
            review("r9b", "R9", "p9", "2014-08-28"),
            # R10: first due 28 Feb (clipped), held 1 Mar: late
            review("r10", "R10", "p10", "2014-03-01"),
            # R11: second due 6m after the first review (28 Aug), not start + 9m: 29 Aug is late
            review("r11a", "R11", "p11", "2014-02-28"),
            review("r11b", "R11", "p11", "2014-08-29"),
            # R12: plan ended on e; its review does not matter
            review("r12", "R12", "p12", "2014-08-01"),
        ],
    })
    # denominator: p1, p3, p4, p5, p6, p7, p8, p9, p10, p11 = 10
    # numerator: p1, p3, p5, p9 = 4
    assert npv(point(res["cp_reviews_in_timescale"], AUG)) == (4, 10, 40.0)
    # A run of August alone chains the reviews of the plans open then: the same.
    assert res.month_alone("cp_reviews_in_timescale") == point(res["cp_reviews_in_timescale"], AUG)


def test_cp_reviews_a_late_review_fails_every_month_end_after_it_is_held(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("A", "B", "C"),
        "ssd_cp_plans": [
            plan("pA", "A", "2013-11-15"),  # first review due 15 Feb 2014
            plan("pB", "B", "2013-09-10"),  # first review due 10 Dec 2013
            plan("pC", "C", "2014-01-10"),  # first review due 10 Apr 2014
        ],
        "ssd_cp_reviews": [
            review("a1", "A", "pA", "2014-02-20"),  # 5 days late
            review("a2", "A", "pA", "2014-05-01"),  # due 20 Aug: on time, but a1 stays late
            review("b1", "B", "pB", "2013-12-01"),  # on time; next due 1 Jun 2014
            review("b2", "B", "pB", "2014-06-10"),  # due 1 Jun: late, from 30 Jun on
            review("c1", "C", "pC", "2014-04-01"),  # two on one day: the first on time (due
            review("c2", "C", "pC", "2014-04-01"),  # 10 Apr), the second too (due 1 Oct)
        ],
    })
    r = res["cp_reviews_in_timescale"]
    # 31 Jan: pA and pC not yet 3 months old; pB's next review due 1 Jun
    assert npv(point(r, "2014-01")) == (1, 1, 100.0)
    # 28 Feb: pA in, its first review held late
    assert npv(point(r, "2014-02")) == (1, 2, 50.0)
    # 30 Apr: pC in, both its reviews held on time, next due 1 Oct
    assert npv(point(r, "2014-04"))[:2] == (2, 3)
    # 31 May: pB's second review not yet due (1 Jun)
    assert npv(point(r, "2014-05"))[:2] == (2, 3)
    # 30 Jun and 31 Aug: pB's second review held late; only pC on time
    assert npv(point(r, "2014-06"))[:2] == (1, 3)
    assert npv(point(r, "2014-08"))[:2] == (1, 3)


def test_cp_reviews_three_month_threshold_moves_with_the_month_end(tmp_path):
    # Started 1 Jun 2014: at 31 Jul it is not 3 months old (out); at 31 Aug its first review,
    # due 1 Sep, is not yet due, but the plan is also not 3 months old -> out.
    # Started 15 May 2014 with no review: at 31 Jul (31 Jul - 3m = 30 Apr) not 3 months old;
    # at 31 Aug in the denominator, first review due 15 Aug not held -> not on time.
    # Started 20 Apr 2014, review 1 Jul: at 31 Jul in the denominator (20 Apr <= 30 Apr),
    # first review due 20 Jul held 1 Jul -> on time; next due 1 Jan 2015.
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3"),
        "ssd_cp_plans": [
            plan("p1", "1", "2014-06-01"),
            plan("p2", "2", "2014-05-15"),
            plan("p3", "3", "2014-04-20"),
        ],
        "ssd_cp_reviews": [review("r3", "3", "p3", "2014-07-01")],
    })
    r = res["cp_reviews_in_timescale"]
    assert npv(point(r, "2014-07")) == (1, 1, 100.0)
    assert npv(point(r, AUG)) == (1, 2, 50.0)


# --------------------------------------------------------------------------------------------
# cp_visits_in_timescale


def test_cp_visits_in_timescale_default_10_working_days(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9"),
        "ssd_cp_plans": [
            plan("p1", "V1", "2014-01-01"),
            plan("p2", "V2", "2014-01-01"),
            plan("p3", "V3", "2014-08-14"),    # WD(14 Aug, e) = 10, not > 10: out
            plan("p4", "V4", "2014-08-13"),    # WD(13 Aug, e) = 11 > 10: in
            plan("p5", "V5", "2014-01-01"),
            plan("p6", "V6", "2014-08-04"),    # WD = 18: in
            plan("p7", "V7", "2014-01-01"),
            plan("p8a", "V8", "2014-01-01"),   # two open plans: one child
            plan("p8b", "V8", "2014-03-01"),
            plan("p9", "V9", "2014-01-01", "2014-08-31"),  # ended on e: not on a plan at e
        ],
        "ssd_cp_visits": [
            visit("v1", "V1", "2014-08-14", "Y"),   # WD = 10: in
            visit("v2", "V2", "2014-08-13", "Y"),   # WD = 11: out
            visit("v3", "V3", "2014-08-20", "Y"),   # would count, but V3 is not in the denominator
            visit("v4", "V4", "2014-08-29", "Y"),   # WD = 0: in
            visit("v5", "V5", "2014-08-28", "N"),   # child not seen: does not count
            visit("v6", "V6", "2014-08-01", "Y"),   # before the plan start: does not count
            visit("v7", "V7", "2014-09-01", "Y"),   # after e: does not count
            visit("v8", "V8", "2014-08-20", "Y"),   # WD = 6: in
            visit("v9", "V9", "2014-08-20", "Y"),
        ],
    })
    # denominator: V1, V2, V4, V5, V6, V7, V8 = 7; numerator: V1, V4, V8 = 3
    p = point(res["cp_visits_in_timescale"], AUG)
    assert (p.numerator, p.denominator) == (3, 7)
    assert p.value == pytest.approx(300 / 7)


def test_cp_visits_seen_column_absent_counts(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [plan("p1", "1", "2014-01-01"), plan("p2", "2", "2014-01-01")],
        "ssd_cp_visits": [
            visit("v1", "1", "2014-08-20"),   # no cppv_cp_visit_seen column at all: counts
            visit("v2", "2", "2014-08-13"),   # WD = 11: out
        ],
    })
    assert npv(point(res["cp_visits_in_timescale"], AUG)) == (1, 2, 50.0)


def test_cp_visits_seen_column_present_but_empty_does_not_count(tmp_path):
    # Catalogue: "cppv_cp_visit_seen = Y, or the column absent": with the column present,
    # an empty value is not Y.
    res = run(tmp_path, {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [plan("p1", "1", "2014-01-01"), plan("p2", "2", "2014-01-01")],
        "ssd_cp_visits": [
            visit("v1", "1", "2014-08-20", ""),
            visit("v2", "2", "2014-08-20", "Y"),
        ],
    })
    assert npv(point(res["cp_visits_in_timescale"], AUG)) == (1, 2, 50.0)


def test_cp_visits_custom_policy_5_working_days(tmp_path):
    tables = {
        "ssd_person": people("W1", "W2", "W3"),
        "ssd_cp_plans": [
            plan("p1", "W1", "2014-08-21"),    # WD(21 Aug, e) = 5 (22, 26-29; 25 BH): V=5 out
            plan("p2", "W2", "2014-08-20"),    # WD = 6 > 5: in
            plan("p3", "W3", "2014-01-01"),
        ],
        "ssd_cp_visits": [
            visit("v1", "W1", "2014-08-22", "Y"),
            visit("v2", "W2", "2014-08-21", "Y"),   # WD = 5: in
            visit("v3", "W3", "2014-08-20", "Y"),   # WD = 6: out with V = 5, in with V = 10
        ],
    }
    res = run(tmp_path / "v5", tables,
              policy=Policy(assessment_timescale_wd=45, cp_visit_interval_wd=5,
                            revision_threshold_percent=1))
    # V = 5: denominator W2, W3; numerator W2
    assert npv(point(res["cp_visits_in_timescale"], AUG)) == (1, 2, 50.0)
    res = run(tmp_path / "v10", tables)
    # V = 10: W1 (5) and W2 (6) not > 10: out; W3 in, visit WD 6 <= 10
    assert npv(point(res["cp_visits_in_timescale"], AUG)) == (1, 1, 100.0)


# --------------------------------------------------------------------------------------------
# an empty month


def test_empty_month(tmp_path):
    # all the data is from 2010: nothing in or open at August 2014 or its rolling window
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_s47_enquiry": [s47("e1", "1", "2010-01-04")],
        "ssd_initial_cp_conference": [icpc("c1", "1", "2010-01-20", "e1")],
        "ssd_cp_plans": [plan("p1", "1", "2010-01-20", "2010-06-01")],
        "ssd_cp_reviews": [review("r1", "1", "p1", "2010-04-15")],
        "ssd_cp_visits": [visit("v1", "1", "2010-02-01", "Y")],
    })
    s = point(res["s47_per_10k"], AUG)
    assert (s.numerator, s.denominator, s.value) == (0, 10_000, 0)
    c = point(res["cp_per_10k"], AUG)
    assert (c.numerator, c.denominator, c.value) == (0, 10_000, 0)
    assert npv(point(res["cp_count"], AUG)) == (0, None, 0)
    assert npv(point(res["cp_starts"], AUG)) == (0, None, 0)
    for ind in ("icpc_in_15wd", "cp_second_or_subsequent", "cp_ceased_2yrs", "cp_open_2yrs",
                "cp_reviews_in_timescale", "cp_visits_in_timescale"):
        assert npv(point(res[ind], AUG)) == (0, 0, None), ind


def test_cp_reviews_denominator_under_month_end_clipping(tmp_path):
    # Month end 28 Feb 2014. A plan started 30 Nov 2013 has its first review due 28 Feb 2014
    # (30 Nov + 3 months, clipped), so it is due by the month end: in the denominator, and
    # with no review held it is out of time. A plan started 1 Dec 2013 is due 1 Mar: not yet.
    res = run(tmp_path, {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [
            {"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2013-11-30",
             "cppl_cp_plan_end_date": ""},
            {"cppl_cp_plan_id": "p2", "cppl_person_id": "2", "cppl_cp_plan_start_date": "2013-12-01",
             "cppl_cp_plan_end_date": ""},
        ],
        "ssd_cp_reviews": [
            {"cppr_cp_review_id": "r9", "cppr_person_id": "2", "cppr_cp_plan_id": "p2",
             "cppr_cp_review_date": "2014-02-10"},
        ],
    }, month="2014-02")
    p = point(res["cp_reviews_in_timescale"], "2014-02")
    assert (p.numerator, p.denominator, p.value) == (0, 1, 0.0)
