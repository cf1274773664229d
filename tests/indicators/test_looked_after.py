"""Looked-after children indicators, worked by hand from docs/indicators.md.

Reporting month M = 2014-08 throughout unless said otherwise: s = 2014-08-01 (Friday),
e = 2014-08-31 (Sunday). Rolling 12 months to M: 2013-09-01 .. 2014-08-31.
Bank holidays used: 2014-01-01, 2014-08-25 (no others fall in the spans worked below).
Harness population is 10,000 for every mid-year unless a test overrides it.
"""

import pytest

from extracts import people, point, run

M = "2014-08"


def ep(eid, person, cla_id, start, end="", placement="", entered=""):
    row = {"clae_cla_episode_id": eid, "clae_person_id": person, "clae_cla_id": cla_id,
           "clae_cla_episode_start_date": start, "clae_cla_episode_ceased_date": end,
           "clae_entered_care_date": entered}
    if placement:
        row["clae_cla_placement_id"] = placement
    return row


def pl(pid, cla_id, start, end="", long_term=""):
    return {"clap_cla_placement_id": pid, "clap_cla_id": cla_id,
            "clap_cla_placement_start_date": start, "clap_cla_placement_end_date": end,
            "clap_cla_placement_type": "U1", "clap_long_term": long_term}


def visit(vid, person, cla_id, date, seen="Y"):
    return {"clav_cla_visit_id": vid, "clav_person_id": person, "clav_cla_id": cla_id,
            "clav_cla_visit_date": date, "clav_cla_visit_seen": seen}


def review(rid, cla_id, date, cancelled="N"):
    return {"clar_cla_review_id": rid, "clar_cla_id": cla_id, "clar_cla_review_date": date,
            "clar_cla_review_cancelled": cancelled}


def npv(p):
    return p.numerator, p.denominator, p.value


# --------------------------------------------------------------------------- cla_count / rate

def _count_tables():
    return {
        "ssd_person": people("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"),
        "ssd_cla_episodes": [
            # ceases on the month end: end > e fails -> not looked after at 2014-08-31
            ep("k1", "K1", "PK1", "2014-01-01", "2014-08-31"),
            # ceases the day after the month end -> looked after
            ep("k2", "K2", "PK2", "2014-01-01", "2014-09-01"),
            # starts on the month end (start <= e) -> looked after
            ep("k3", "K3", "PK3", "2014-08-31"),
            # starts after the month end -> not
            ep("k4", "K4", "PK4", "2014-09-01"),
            # two episodes in one period, the second open -> one child
            ep("k5a", "K5", "PK5", "2014-02-01", "2014-08-15"),
            ep("k5b", "K5", "PK5", "2014-08-15"),
            # open since 2013
            ep("k6", "K6", "PK6", "2013-01-01"),
            # March-only cases: ends on 31 March (not at March end), ends 1 April (at March end)
            ep("k7", "K7", "PK7", "2014-03-01", "2014-03-31"),
            ep("k8", "K8", "PK8", "2014-03-01", "2014-04-01"),
        ],
    }


def test_cla_count_episode_ceasing_on_month_end_is_not_looked_after(tmp_path):
    res = run(tmp_path, _count_tables())
    # Aug 2014 end: K2, K3, K5, K6 = 4 (K1 ceased on e, K4 not started, K7/K8 ended)
    assert npv(point(res["cla_count"], M)) == (4, None, 4)
    # Mar 2014 end (e = 2014-03-31): K1, K2, K5 (episode k5a), K6, K8 = 5; K7 ceased on e
    assert npv(point(res["cla_count"], "2014-03")) == (5, None, 5)
    assert len(res["cla_count"].series) == 13


def test_cla_per_10k_uses_population_of_financial_year_start(tmp_path):
    population = {y: 10_000 for y in range(2010, 2017)}
    population[2013] = 20_000
    population[2014] = 8_000
    res = run(tmp_path, _count_tables(), population=population)
    # Aug 2014 is in FY 2014-15 -> mid-2014 = 8,000: 4 / 8000 * 10000 = 5.0
    p = point(res["cla_per_10k"], M)
    assert (p.numerator, p.denominator) == (4, 8_000)
    assert p.value == pytest.approx(5.0)
    # Mar 2014 is in FY 2013-14 -> mid-2013 = 20,000: 5 / 20000 * 10000 = 2.5
    p = point(res["cla_per_10k"], "2014-03")
    assert (p.numerator, p.denominator) == (5, 20_000)
    assert p.value == pytest.approx(2.5)


def test_cla_per_10k_default_population(tmp_path):
    res = run(tmp_path, _count_tables())
    p = point(res["cla_per_10k"], M)
    assert (p.numerator, p.denominator) == (4, 10_000)
    assert p.value == pytest.approx(4.0)


# --------------------------------------------------------------------------- cla_starts

def test_cla_starts_counts_each_period_once_in_month_of_first_episode(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("X", "Y", "Z", "W", "V", "U"),
        "ssd_cla_episodes": [
            # period PX: two episodes, both starting in August -> one start in August
            ep("x1", "X", "PX", "2014-08-05", "2014-08-20"),
            ep("x2", "X", "PX", "2014-08-20"),
            # period PY: first episode in July, second in August -> July only
            ep("y1", "Y", "PY", "2014-07-20", "2014-08-03"),
            ep("y2", "Y", "PY", "2014-08-03"),
            # child Z: two periods of care -> Feb 2014 and Aug 2014
            ep("z1", "Z", "PZ1", "2014-02-01", "2014-04-01"),
            ep("z2", "Z", "PZ2", "2014-08-10"),
            # starts on the month end -> August
            ep("w1", "W", "PW", "2014-08-31"),
            # starts the day after -> September (outside the series)
            ep("v1", "V", "PV", "2014-09-01"),
            # starts on the last day of July -> July
            ep("u1", "U", "PU", "2014-07-31", "2014-08-31"),
        ],
    })
    r = res["cla_starts"]
    assert npv(point(r, M)) == (3, None, 3)            # PX, PZ2, PW
    assert npv(point(r, "2014-07")) == (2, None, 2)    # PY, PU
    assert npv(point(r, "2014-02")) == (1, None, 1)    # PZ1
    assert npv(point(r, "2014-03")) == (0, None, 0)


# --------------------------------------------------------------------------- cla_visits_in_timescale

def test_cla_visits_placement_start_7_vs_6_days_and_first_visit_due_p_plus_7(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("V1", "V2", "V3"),
        "ssd_cla_episodes": [
            ep("e1", "V1", "P1", "2014-08-24", placement="pl1"),
            ep("e2", "V2", "P2", "2014-08-25", placement="pl2"),
            ep("e3", "V3", "P3", "2014-08-23", placement="pl3"),
        ],
        "ssd_cla_placement": [
            # p = e - 7 -> in the denominator; never seen: due p+7 = 2014-08-31 = e -> in time
            pl("pl1", "P1", "2014-08-24"),
            # p = e - 6 -> out of the denominator
            pl("pl2", "P2", "2014-08-25"),
            # p = e - 8, never seen: due 2014-08-30 < e -> overdue
            pl("pl3", "P3", "2014-08-23"),
        ],
        "ssd_cla_visits": [
            # V3: a seen visit the day before its placement start is ignored
            # (if counted it would make V3 due 10-03, in time)
            visit("w0", "V3", "P3", "2014-08-22"),
        ],
    })
    assert npv(point(res["cla_visits_in_timescale"], M)) == (1, 2, 50.0)


def test_cla_visits_latest_seen_visit_plus_42_on_or_after_e(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("V4", "V5"),
        "ssd_cla_episodes": [
            ep("e4", "V4", "P4", "2014-06-01", placement="pl4"),
            ep("e5", "V5", "P5", "2014-06-01", placement="pl5"),
        ],
        "ssd_cla_placement": [
            pl("pl4", "P4", "2014-06-01", long_term="N"),
            pl("pl5", "P5", "2014-06-01", long_term="N"),
        ],
        "ssd_cla_visits": [
            visit("w4a", "V4", "P4", "2014-06-05"),
            visit("w4b", "V4", "P4", "2014-07-20"),   # latest: 07-20 + 42 = 08-31 = e -> in time
            visit("w5a", "V5", "P5", "2014-06-05"),
            visit("w5b", "V5", "P5", "2014-07-19"),   # latest: 07-19 + 42 = 08-30 < e -> overdue
        ],
    })
    assert npv(point(res["cla_visits_in_timescale"], M)) == (1, 2, 50.0)


def test_cla_visits_p_is_the_latest_starting_open_placement(tmp_path):
    """O1: placements oa (06-01) and ob (07-25) both open at e: p = 07-25, so the visit of
    07-26 (after p) gives due 09-06 -> in time. O2: the later placement od (07-25) ended on
    08-20, so the current one is oc again, p = 06-01; the latest visit 07-10 -> due 08-21 <
    e -> overdue. O3: two episodes open; the later-starting one (period PO3b, with no
    placement) gives p = its start 08-01; no visit since p, so due 08-08 < e -> overdue (had
    the earlier period's placement, from 06-01, been taken, the visit of 07-20 would make it
    due 08-31, in time)."""
    res = run(tmp_path, {
        "ssd_person": people("O1", "O2", "O3"),
        "ssd_cla_episodes": [
            ep("eo1", "O1", "PO1", "2014-06-01"),
            ep("eo2", "O2", "PO2", "2014-06-01"),
            ep("eo3a", "O3", "PO3a", "2014-06-01"),
            ep("eo3b", "O3", "PO3b", "2014-08-01"),
        ],
        "ssd_cla_placement": [
            pl("oa", "PO1", "2014-06-01", long_term="N"),
            pl("ob", "PO1", "2014-07-25", long_term="N"),
            pl("oc", "PO2", "2014-06-01", long_term="N"),
            pl("od", "PO2", "2014-07-25", "2014-08-20", long_term="N"),
            pl("oe", "PO3a", "2014-06-01", long_term="N"),
        ],
        "ssd_cla_visits": [
            visit("v1", "O1", "PO1", "2014-07-26"),
            visit("v2", "O2", "PO2", "2014-07-10"),
            visit("v3", "O3", "PO3a", "2014-07-20"),
        ],
    })
    assert npv(point(res["cla_visits_in_timescale"], M)) == (1, 3, pytest.approx(100 / 3))


def test_cla_visits_long_term_placement_interval_91_only_after_a_year(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("L1", "L2", "L3", "L4"),
        "ssd_cla_episodes": [
            ep("el1", "L1", "PL1", "2013-05-01", placement="pll1"),
            ep("el2", "L2", "PL2", "2013-07-01", placement="pll2"),
            ep("el3", "L3", "PL3", "2013-05-01", placement="pll3"),
            ep("el4", "L4", "PL4", "2013-05-01", placement="pll4"),
        ],
        "ssd_cla_placement": [
            # long term, 396 days old at v: I = 91; v = 06-01 -> due 08-31 = e -> in time
            pl("pll1", "PL1", "2013-05-01", long_term="Y"),
            # long term but only 335 days old at v: I = 42; 06-01 + 42 = 07-13 < e -> overdue
            pl("pll2", "PL2", "2013-07-01", long_term="Y"),
            # not long term, over a year old: I = 42 -> overdue
            pl("pll3", "PL3", "2013-05-01", long_term="N"),
            # long term, over a year: I = 91; v = 05-31 -> due 08-30 < e -> overdue
            pl("pll4", "PL4", "2013-05-01", long_term="Y"),
        ],
        "ssd_cla_visits": [
            visit("wl1", "L1", "PL1", "2014-06-01"),
            visit("wl2", "L2", "PL2", "2014-06-01"),
            visit("wl3", "L3", "PL3", "2014-06-01"),
            visit("wl4", "L4", "PL4", "2014-05-31"),
        ],
    })
    assert npv(point(res["cla_visits_in_timescale"], M)) == (1, 4, 25.0)


def test_cla_visits_ignores_unseen_visits_and_visits_before_placement_start(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("N1", "N2", "N3", "B1"),
        "ssd_cla_episodes": [
            ep("en1", "N1", "PN1", "2014-06-01", placement="pn1"),
            ep("en2", "N2", "PN2", "2014-08-01", placement="pn2"),
            ep("en3", "N3", "PN3", "2014-06-01", placement="pn3"),
            ep("eb1a", "B1", "PB1", "2014-03-01", "2014-08-10", placement="pb1a"),
            ep("eb1b", "B1", "PB1", "2014-08-10", placement="pb1b"),
        ],
        "ssd_cla_placement": [
            pl("pn1", "PN1", "2014-06-01"),
            pl("pn2", "PN2", "2014-08-01"),
            pl("pn3", "PN3", "2014-06-01"),
            pl("pb1a", "PB1", "2014-03-01", "2014-08-10"),
            pl("pb1b", "PB1", "2014-08-10"),
        ],
        "ssd_cla_visits": [
            # N1: latest SEEN visit 07-10 -> due 08-21 < e -> overdue (the unseen 08-20 is ignored)
            visit("n1a", "N1", "PN1", "2014-07-10"),
            visit("n1b", "N1", "PN1", "2014-08-20", seen="N"),
            # N2: only an unseen visit -> not seen since p = 08-01 -> due 08-08 -> overdue
            visit("n2a", "N2", "PN2", "2014-08-05", seen="N"),
            # N3 (control): seen 08-20 -> due 10-01 -> in time
            visit("n3a", "N3", "PN3", "2014-07-10"),
            visit("n3b", "N3", "PN3", "2014-08-20"),
            # B1: current placement p = 08-10; the seen visit on 08-09 is before p -> ignored
            # -> due p+7 = 08-17 < e -> overdue
            visit("b1a", "B1", "PB1", "2014-08-09"),
        ],
    })
    assert npv(point(res["cla_visits_in_timescale"], M)) == (1, 4, 25.0)


def test_cla_visits_without_placement_table_uses_open_episode_start(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("W1", "W2", "W3", "W4"),
        "ssd_cla_episodes": [
            # p = 08-24 (e - 7), never seen: due 08-31 = e -> in denominator and in time
            ep("ew1", "W1", "PW1", "2014-08-24"),
            # p = 08-25 (e - 6) -> out
            ep("ew2", "W2", "PW2", "2014-08-25"),
            # period began in January, open episode began 08-10 -> p = 08-10;
            # the visit on 08-05 is before p -> due 08-17 -> overdue
            ep("ew3a", "W3", "PW3", "2014-01-01", "2014-08-10"),
            ep("ew3b", "W3", "PW3", "2014-08-10"),
            # p = 05-01, seen 07-20 -> due 08-31 -> in time
            ep("ew4", "W4", "PW4", "2014-05-01"),
        ],
        "ssd_cla_visits": [
            visit("vw3", "W3", "PW3", "2014-08-05"),
            visit("vw4", "W4", "PW4", "2014-07-20"),
        ],
    })
    p = point(res["cla_visits_in_timescale"], M)
    assert (p.numerator, p.denominator) == (2, 3)
    assert p.value == pytest.approx(200 / 3)


# --------------------------------------------------------------------------- cla_reviews_in_timescale

def test_cla_reviews_denominator_20_vs_21_working_days_and_first_review_across_bank_holiday(tmp_path):
    # WD(2014-07-31, 2014-08-31) = 20 (Aug 2014 has 21 weekdays less the 25th)  -> not > 20: out
    # WD(2014-07-30, 2014-08-31) = 21                                            -> in
    # WD(2014-07-30, 2014-08-28) = 20 (bank holiday 25th skipped) -> on time; 08-29 = 21 -> late
    res = run(tmp_path, {
        "ssd_person": people("R1", "R2", "R3"),
        "ssd_cla_episodes": [
            ep("r1", "R1", "PR1", "2014-07-31"),
            ep("r2", "R2", "PR2", "2014-07-30"),
            ep("r3", "R3", "PR3", "2014-07-30"),
        ],
        "ssd_cla_reviews": [
            review("rv1", "PR1", "2014-08-05"),
            review("rv2", "PR2", "2014-08-28"),
            review("rv3", "PR3", "2014-08-29"),
        ],
    })
    assert npv(point(res["cla_reviews_in_timescale"], M)) == (1, 2, 50.0)


def test_cla_reviews_period_start_from_entered_care_date_else_earliest_episode(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("R4", "R5", "R6"),
        "ssd_cla_episodes": [
            # entered care 07-30 (WD 21 to e) although the only episode here starts 08-04 -> in
            ep("r4", "R4", "PR4", "2014-08-04", entered="2014-07-30"),
            # no entered-care date: earliest episode of PR5 is 07-30 (current one 08-10) -> in
            ep("r5a", "R5", "PR5", "2014-07-30", "2014-08-10"),
            ep("r5b", "R5", "PR5", "2014-08-10"),
            # no entered-care date, start 08-04: WD(08-04, 08-31) = 18 -> out
            ep("r6", "R6", "PR6", "2014-08-04"),
        ],
        "ssd_cla_reviews": [
            review("rv4", "PR4", "2014-08-28"),   # WD(07-30, 08-28) = 20 -> on time
            review("rv5", "PR5", "2014-08-28"),   # on time
            review("rv6", "PR6", "2014-08-28"),
        ],
    })
    assert npv(point(res["cla_reviews_in_timescale"], M)) == (2, 2, 100.0)


def test_cla_reviews_second_within_3_calendar_months_of_first(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("S1", "S2", "S3", "S4", "S5"),
        "ssd_cla_episodes": [
            ep("s1", "S1", "PS1", "2014-03-03"),
            ep("s2", "S2", "PS2", "2014-03-03"),
            ep("s3", "S3", "PS3", "2014-03-03"),
            ep("s4", "S4", "PS4", "2014-01-06"),
            ep("s5", "S5", "PS5", "2014-01-06"),
        ],
        "ssd_cla_reviews": [
            # first 03-20: WD(03-03, 03-20) = 13 -> on time; second due by 06-20
            review("s1a", "PS1", "2014-03-20"), review("s1b", "PS1", "2014-06-20"),  # on time
            review("s2a", "PS2", "2014-03-20"), review("s2b", "PS2", "2014-06-21"),  # a day late
            review("s3a", "PS3", "2014-03-20"),                                      # 2nd never held
            # first 01-31: WD(01-06, 01-31) = 19 -> on time; 01-31 + 3 months clips to 04-30
            review("s4a", "PS4", "2014-01-31"), review("s4b", "PS4", "2014-04-30"),  # on time
            review("s5a", "PS5", "2014-01-31"), review("s5b", "PS5", "2014-05-01"),  # a day late
        ],
    })
    # third reviews (06-20 + 6m = 12-20, 04-30 + 6m = 10-30) are not yet due at e
    assert npv(point(res["cla_reviews_in_timescale"], M)) == (2, 5, 40.0)


def test_cla_reviews_later_reviews_within_6_calendar_months(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("T1", "T2"),
        "ssd_cla_episodes": [
            ep("t1", "T1", "PT1", "2013-09-02"),
            ep("t2", "T2", "PT2", "2013-09-02"),
        ],
        "ssd_cla_reviews": [
            # first 2013-09-20 (WD 14); second 2013-12-16 (<= 12-20); third due by 2014-06-16
            review("t1a", "PT1", "2013-09-20"), review("t1b", "PT1", "2013-12-16"),
            review("t1c", "PT1", "2014-06-16"),                    # on time; 4th due 12-16
            review("t2a", "PT2", "2013-09-20"), review("t2b", "PT2", "2013-12-16"),
            review("t2c", "PT2", "2014-06-17"),                    # a day late
        ],
    })
    assert npv(point(res["cla_reviews_in_timescale"], M)) == (1, 2, 50.0)


def test_cla_reviews_two_on_one_day_are_both_held(tmp_path):
    # Start 2014-03-03; two reviews on 2014-03-20 (WD 13): the first is on time, and the second,
    # due within 3 months of it, too. With both held the third is due 6 months after: 2014-09-20,
    # after e, so on time; were only one counted, the second would have been due 2014-06-20.
    res = run(tmp_path, {
        "ssd_person": people("D1"),
        "ssd_cla_episodes": [ep("d1", "D1", "PD1", "2014-03-03")],
        "ssd_cla_reviews": [review("d1a", "PD1", "2014-03-20"), review("d1b", "PD1", "2014-03-20")],
    })
    assert npv(point(res["cla_reviews_in_timescale"], M)) == (1, 1, 100.0)


def test_cla_reviews_cancelled_review_is_not_held(tmp_path):
    # start 2014-07-01: first review due within 20 WD, i.e. by 2014-07-29; WD(07-01, e) = 42
    res = run(tmp_path, {
        "ssd_person": people("C1", "C2", "C3"),
        "ssd_cla_episodes": [
            ep("c1", "C1", "PC1", "2014-07-01"),
            ep("c2", "C2", "PC2", "2014-07-01"),
            ep("c3", "C3", "PC3", "2014-07-01"),
        ],
        "ssd_cla_reviews": [
            review("c1a", "PC1", "2014-07-10", cancelled="Y"),     # only a cancelled one -> late
            review("c2a", "PC2", "2014-07-10", cancelled="N"),     # held, WD 7 -> on time
            review("c3a", "PC3", "2014-07-10", cancelled="Y"),
            review("c3b", "PC3", "2014-07-25", cancelled="N"),     # first held: WD 18 -> on time
        ],
    })
    p = point(res["cla_reviews_in_timescale"], M)
    assert (p.numerator, p.denominator) == (2, 3)
    assert p.value == pytest.approx(200 / 3)


# --------------------------------------------------------------------------- cla_3plus_placements

def test_cla_3plus_placements_in_rolling_12_months(tmp_path):
    # window for 2014-08: 2013-09-01 .. 2014-08-31
    res = run(tmp_path, {
        "ssd_person": people("A", "B", "C", "D", "E", "F", "G"),
        "ssd_cla_episodes": [
            ep("a1", "A", "PA", "2013-06-01", "2013-09-01", placement="A1"),
            ep("a2", "A", "PA", "2013-09-01", "2014-02-01", placement="A2"),
            ep("a3", "A", "PA", "2014-02-01", placement="A3"),
            ep("b1", "B", "PB", "2013-06-01", "2013-08-31", placement="B1"),
            ep("b2", "B", "PB", "2013-08-31", "2014-02-01", placement="B2"),
            ep("b3", "B", "PB", "2014-02-01", placement="B3"),
            ep("c1", "C", "PC1", "2013-10-01", "2013-12-01", placement="C1"),
            ep("c2", "C", "PC1", "2013-12-01", "2014-01-15", placement="C2"),
            ep("c3", "C", "PC2", "2014-05-01", placement="C3"),
            ep("d1", "D", "PD", "2012-01-01", placement="D1"),
            ep("e1", "E", "PE", "2014-01-01", "2014-03-01", placement="E1"),
            ep("e2", "E", "PE", "2014-03-01", "2014-05-01", placement="E1"),
            ep("e3", "E", "PE", "2014-05-01", placement="E2"),
            ep("f1", "F", "PF", "2013-10-01", "2014-01-01", placement="F1"),
            ep("f2", "F", "PF", "2014-01-01", "2014-05-01", placement="F2"),
            ep("f3", "F", "PF", "2014-05-01", "2014-08-31", placement="F3"),
            ep("g1", "G", "PG", "2014-01-01", "2014-06-01", placement="G1"),
            ep("g2", "G", "PG", "2014-06-01", "2014-09-05", placement="G2"),
            ep("g3", "G", "PG", "2014-09-05", placement="G3"),
        ],
        "ssd_cla_placement": [
            # A: A1 ends on the window's first day (counts) + A2 + A3 = 3 -> numerator
            pl("A1", "PA", "2013-06-01", "2013-09-01"),
            pl("A2", "PA", "2013-09-01", "2014-02-01"),
            pl("A3", "PA", "2014-02-01"),
            # B: B1 ends the day before the window -> only B2, B3 = 2
            pl("B1", "PB", "2013-06-01", "2013-08-31"),
            pl("B2", "PB", "2013-08-31", "2014-02-01"),
            pl("B3", "PB", "2014-02-01"),
            # C: two periods of care, 2 + 1 placements in the window = 3 -> numerator
            pl("C1", "PC1", "2013-10-01", "2013-12-01"),
            pl("C2", "PC1", "2013-12-01", "2014-01-15"),
            pl("C3", "PC2", "2014-05-01"),
            # D: one placement
            pl("D1", "PD", "2012-01-01"),
            # E: one placement over two episodes + one more + one starting on e = 3 distinct
            pl("E1", "PE", "2014-01-01", "2014-05-01"),
            pl("E2", "PE", "2014-05-01", "2014-08-31"),
            pl("E3", "PE", "2014-08-31"),
            # F: 3 placements but ceased on e -> not looked after at month end, not in denominator
            pl("F1", "PF", "2013-10-01", "2014-01-01"),
            pl("F2", "PF", "2014-01-01", "2014-05-01"),
            pl("F3", "PF", "2014-05-01", "2014-08-31"),
            # G: G3 starts after e -> 2
            pl("G1", "PG", "2014-01-01", "2014-06-01"),
            pl("G2", "PG", "2014-06-01", "2014-09-05"),
            pl("G3", "PG", "2014-09-05"),
        ],
    })
    # denominator A, B, C, D, E, G = 6; numerator A, C, E = 3
    p = point(res["cla_3plus_placements"], M)
    assert (p.numerator, p.denominator, p.value) == (3, 6, 50.0)
    # A run of August alone reads only the placements open in its rolling year (A1, ending
    # on its first day, and E3, starting on e, are): the same.
    assert res.month_alone("cla_3plus_placements") == p


def test_cla_3plus_placements_unavailable_without_placement_table(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("A"),
        "ssd_cla_episodes": [ep("a1", "A", "PA", "2014-01-01")],
    })
    r = res["cla_3plus_placements"]
    assert r.available is False
    assert "ssd_cla_placement" in (r.reason or "")
    # the episode-only indicators are still available
    assert npv(point(res["cla_count"], M)) == (1, None, 1)


# --------------------------------------------------------------------------- empty month

def test_empty_month_gives_zero_counts_and_no_percentages(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("Q"),
        "ssd_cla_episodes": [ep("q1", "Q", "PQ", "2014-01-06", "2014-03-31", placement="Q1")],
        "ssd_cla_placement": [pl("Q1", "PQ", "2014-01-06", "2014-03-31")],
        "ssd_cla_visits": [visit("qv", "Q", "PQ", "2014-01-10")],
        "ssd_cla_reviews": [review("qr", "PQ", "2014-01-31")],
    })
    assert npv(point(res["cla_count"], M)) == (0, None, 0)
    assert npv(point(res["cla_starts"], M)) == (0, None, 0)
    p = point(res["cla_per_10k"], M)
    assert (p.numerator, p.denominator, p.value) == (0, 10_000, 0)
    for ind in ("cla_visits_in_timescale", "cla_reviews_in_timescale", "cla_3plus_placements"):
        assert npv(point(res[ind], M)) == (0, 0, None), ind
    # and the month it was open is not empty: at end of Feb 2014 Q is looked after
    assert npv(point(res["cla_count"], "2014-02")) == (1, None, 1)
    assert npv(point(res["cla_starts"], "2014-01")) == (1, None, 1)
