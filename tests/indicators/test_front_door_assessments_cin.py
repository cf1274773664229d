"""Hand-worked tests for the front-door, assessment and children-in-need indicators.

Every expected figure below is worked out from the catalogue text
(/work/shared/docs/indicators.md), never copied from the code's output.

Reporting month is 2014-08 unless a test says otherwise: s = 2014-08-01, e = 2014-08-31;
rolling 12 months to 2014-08 = 2013-09-01 .. 2014-08-31.
"""

import pytest

from extracts import people, point, run
from safeguarding.policy import Policy

# Different mid-year populations per year, so that choosing the wrong year gives a wrong answer.
POP = {2012: 5_000, 2013: 8_000, 2014: 12_000, 2015: 20_000, 2016: 25_000}


def npv(result, month):
    p = point(result, month)
    return p.numerator, p.denominator, p.value


def contact(cid, when, person="1", **extra):
    return {"cont_contact_id": cid, "cont_person_id": person, "cont_contact_date": when, **extra}


def referral(rid, person, date, close=""):
    return {"cine_referral_id": rid, "cine_person_id": person, "cine_referral_date": date,
            "cine_close_date": close}


def assessment(aid, person, start, auth, ref=""):
    return {"cina_assessment_id": aid, "cina_person_id": person, "cina_referral_id": ref,
            "cina_assessment_start_date": start, "cina_assessment_auth_date": auth}


# --------------------------------------------------------------------------- contacts


def test_contacts_counts_month_boundaries(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [
            contact("c1", "2014-07-31 23:59:59"),  # July
            contact("c2", "2014-08-01 00:00:00"),  # first instant of August: in
            contact("c3", "2014-08-15 12:00:00"),  # August
            contact("c4", "2014-08-31 23:59:00"),  # 23:59 on the last day: in
            contact("c5", "2014-09-01 00:00:00"),  # 00:00 on the next month's first day: out
        ],
    })
    # August: c2, c3, c4 = 3. Count: denominator None.
    assert npv(res["contacts"], "2014-08") == (3, None, 3)
    # July: c1 only.
    assert npv(res["contacts"], "2014-07") == (1, None, 1)
    # A month with no contacts is 0, not empty.
    assert npv(res["contacts"], "2014-06") == (0, None, 0)
    assert len(res["contacts"].series) == 13


def test_contacts_screened_24h_with_qualified_column(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [
            # exactly 24 hours, qualified empty -> in
            contact("s1", "2014-08-01 09:00:00", cont_screening_date="2014-08-02 09:00:00",
                    cont_screened_by_qualified=""),
            # 24 hours + 1 second -> out (even though qualified)
            contact("s2", "2014-08-01 09:00:00", cont_screening_date="2014-08-02 09:00:01",
                    cont_screened_by_qualified="Y"),
            # no screening date -> denominator only
            contact("s3", "2014-08-05 10:00:00", cont_screening_date="",
                    cont_screened_by_qualified=""),
            # within 24h but screened_by_qualified = N -> out
            contact("s4", "2014-08-05 10:00:00", cont_screening_date="2014-08-05 11:00:00",
                    cont_screened_by_qualified="N"),
            # within 24h, qualified Y -> in
            contact("s5", "2014-08-05 10:00:00", cont_screening_date="2014-08-05 12:00:00",
                    cont_screened_by_qualified="Y"),
            # received 23:59 on 31 Aug (an August contact), screened exactly 24h later in September -> in
            contact("s6", "2014-08-31 23:59:00", cont_screening_date="2014-09-01 23:59:00",
                    cont_screened_by_qualified="Y"),
            # received 00:00 on 1 Sept: not an August contact at all
            contact("s7", "2014-09-01 00:00:00", cont_screening_date="2014-09-01 01:00:00",
                    cont_screened_by_qualified="Y"),
            # July contact screened in August -> July's figure
            contact("s8", "2014-07-31 23:59:59", cont_screening_date="2014-08-01 08:00:00",
                    cont_screened_by_qualified="Y"),
        ],
    })
    # August: denominator s1..s6 = 6; numerator s1, s5, s6 = 3; 3/6*100 = 50.
    assert npv(res["contacts_screened_24h"], "2014-08") == (3, 6, 50.0)
    # July: s8 screened 8h01m after -> 1/1 = 100.
    assert npv(res["contacts_screened_24h"], "2014-07") == (1, 1, 100.0)
    # No contacts in June: 0/0 -> empty value, never 0 or 100.
    assert npv(res["contacts_screened_24h"], "2014-06") == (0, 0, None)


def test_contacts_screened_24h_without_qualified_column(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [
            contact("a1", "2014-08-01 09:00:00", cont_screening_date="2014-08-02 08:59:00"),  # in
            contact("a2", "2014-08-01 09:00:00", cont_screening_date="2014-08-02 09:00:01"),  # out
            contact("a3", "2014-08-01 09:00:00", cont_screening_date=""),  # denominator only
        ],
    })
    num, den, value = npv(res["contacts_screened_24h"], "2014-08")
    assert (num, den) == (1, 3)
    assert value == pytest.approx(100 / 3)


def test_contacts_screened_24h_unavailable_without_screening_column(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [contact("c1", "2014-08-04 10:00:00")],
    })
    r = res["contacts_screened_24h"]
    assert r.available is False
    assert r.reason and "cont_screening_date" in r.reason
    # the plain count does not need the column
    assert npv(res["contacts"], "2014-08") == (1, None, 1)


def test_contacts_to_referral_outcome_json_forms(tmp_path):
    quoted_y = '{"NEW_REFERRAL_FLAG": "Y", "EXISTING_REFERRAL_FLAG": "N", "NFA_FLAG": "N"}'
    quoted_n = '{"NEW_REFERRAL_FLAG": "N", "EXISTING_REFERRAL_FLAG": "Y", "NFA_FLAG": "N"}'
    # the SSD standard structure: unquoted keys
    ssd_y = ('{ NEW_REFERRAL_FLAG: "Y", EXISTING_REFERRAL_FLAG: "", CP_ENQUIRY_FLAG: "", NFA_FLAG: '
             '"", NON_AGENCY_ADOPTION_FLAG: "", PRIVATE_FOSTERING_FLAG: "", ADVICE_FLAG: "", '
             'MISSING_FLAG: "", OLA_CP_FLAG: "", OTHER_OUTCOMES_EXIST_FLAG: "" }')
    ssd_n = ('{ NEW_REFERRAL_FLAG: "N", EXISTING_REFERRAL_FLAG: "", CP_ENQUIRY_FLAG: "", NFA_FLAG: '
             '"Y", NON_AGENCY_ADOPTION_FLAG: "", PRIVATE_FOSTERING_FLAG: "", ADVICE_FLAG: "", '
             'MISSING_FLAG: "", OLA_CP_FLAG: "", OTHER_OUTCOMES_EXIST_FLAG: "" }')
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [
            contact("k1", "2014-08-04 10:00:00", cont_contact_outcome_json=quoted_y),  # in
            contact("k2", "2014-08-05 10:00:00", cont_contact_outcome_json=quoted_n),  # out
            contact("k3", "2014-08-06 10:00:00", cont_contact_outcome_json=ssd_y),     # in
            contact("k4", "2014-08-07 10:00:00", cont_contact_outcome_json=ssd_n),     # out
            contact("k5", "2014-08-08 10:00:00", cont_contact_outcome_json=""),        # out
            contact("k6", "2014-09-01 00:00:00", cont_contact_outcome_json=quoted_y),  # not August
            # keys and flags in any case, flags in any Y/N spelling
            contact("k7", "2014-08-11", cont_contact_outcome_json="{'new_referral_flag':'t'}"),  # in
            contact("k8", "2014-08-12", cont_contact_outcome_json='{"New_Referral_Flag": "Yes"}'),  # in
            contact("k9", "2014-08-13", cont_contact_outcome_json='{"new_referral_flag": "no"}'),  # out
            contact("k10", "2014-08-14", cont_contact_outcome_json='{"NEW_REFERRAL_FLAG": "yes!"}'),  # out
        ],
    })
    # 4 of 9 August contacts -> 44.4%.
    assert npv(res["contacts_to_referral"], "2014-08") == (4, 9, pytest.approx(400 / 9))
    assert npv(res["contacts_to_referral"], "2014-07") == (0, 0, None)


# --------------------------------------------------------------------------- referrals


def test_referrals_counts_month_boundaries(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4"),
        "ssd_cin_episodes": [
            referral("r1", "1", "2014-07-31"),
            referral("r2", "2", "2014-08-01"),
            referral("r3", "3", "2014-08-31"),
            referral("r4", "4", "2014-09-01"),
        ],
    })
    assert npv(res["referrals"], "2014-08") == (2, None, 2)
    assert npv(res["referrals"], "2014-07") == (1, None, 1)
    assert npv(res["referrals"], "2014-06") == (0, None, 0)


def test_referrals_per_10k_rolling_window_and_population_year(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4", "5"),
        "ssd_cin_episodes": [
            referral("r1", "1", "2013-08-31"),  # day before s(M-11) for 2014-08: out
            referral("r2", "2", "2013-09-01"),  # first day of M-11: in
            referral("r3", "3", "2014-03-15"),
            referral("r4", "4", "2014-08-31"),  # e(M): in
            referral("r5", "5", "2014-09-01"),  # after e(M): out
        ],
    }, population=POP)
    # 2014-08: window 2013-09-01..2014-08-31 -> r2, r3, r4 = 3; FY 2014-15 -> mid-2014 = 12,000.
    num, den, value = npv(res["referrals_per_10k"], "2014-08")
    assert (num, den) == (3, 12_000)
    assert value == pytest.approx(3 / 12_000 * 10_000)  # 2.5
    # 2014-03: window 2013-04-01..2014-03-31 -> r1, r2, r3 = 3; March 2014 is in FY 2013-14 -> mid-2013.
    num, den, value = npv(res["referrals_per_10k"], "2014-03")
    assert (num, den) == (3, 8_000)
    assert value == pytest.approx(3 / 8_000 * 10_000)  # 3.75
    # 2014-04: window 2013-05-01..2014-04-30 -> r1, r2, r3 = 3; April 2014 begins FY 2014-15 -> mid-2014.
    num, den, value = npv(res["referrals_per_10k"], "2014-04")
    assert (num, den) == (3, 12_000)
    assert value == pytest.approx(2.5)
    # 2013-08: window 2012-09-01..2013-08-31 -> r1 only; FY 2013-14 -> mid-2013.
    num, den, value = npv(res["referrals_per_10k"], "2013-08")
    assert (num, den) == (1, 8_000)
    assert value == pytest.approx(1 / 8_000 * 10_000)  # 1.25


def test_rereferrals_12m(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("A", "B", "C", "E", "F"),
        "ssd_cin_episodes": [
            # A: earlier referral exactly 12 calendar months before (2013-08-20) -> counts
            referral("a1", "A", "2013-08-20", close="2013-09-30"),
            referral("a2", "A", "2014-08-20"),
            # B: earlier referral 12 months + 1 day before -> does not count
            referral("b1", "B", "2013-08-19", close="2013-09-30"),
            referral("b2", "B", "2014-08-20"),
            # C: two referrals the same day -> neither was "before" the other
            referral("c1", "C", "2014-08-10"),
            referral("c2", "C", "2014-08-10"),
            # E: e2 on the window's first day (in), e1 the day before (outside the window but
            # within 12 months of e2) -> e2 counts, e1 is not in the denominator
            referral("e1", "E", "2013-08-31", close="2013-09-01"),
            referral("e2", "E", "2013-09-01"),
            # F: f2 in the window's first month, f1 exactly 12 months before it -> f2 counts
            referral("f1", "F", "2012-09-05", close="2012-10-01"),
            referral("f2", "F", "2013-09-05"),
        ],
    })
    # Denominator (referrals 2013-09-01..2014-08-31): a2, b2, c1, c2, e2, f2 = 6.
    # Numerator: a2, e2, f2 = 3.
    assert npv(res["rereferrals_12m"], "2014-08") == (3, 6, 50.0)
    # A run of August alone reads only the referrals its rolling year needs (f1 is one): the same.
    assert res.month_alone("rereferrals_12m") == point(res["rereferrals_12m"], "2014-08")


def test_rereferrals_12m_29_february_clips(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("P", "Q"),
        "ssd_cin_episodes": [
            # 2016-02-29 - 12 months = 2015-02-28 (clipped): a referral on 2015-02-28 counts ...
            referral("p1", "P", "2015-02-28", close="2015-03-31"),
            referral("p2", "P", "2016-02-29"),
            # ... one on 2015-02-27 does not.
            referral("q1", "Q", "2015-02-27", close="2015-03-31"),
            referral("q2", "Q", "2016-02-29"),
        ],
    }, month="2016-02", extracted_at="2016-03-31")
    # Window 2015-03-01..2016-02-29: p2, q2 (p1, q1 are before it). Numerator p2 -> 1/2.
    assert npv(res["rereferrals_12m"], "2016-02") == (1, 2, 50.0)
    assert res.month_alone("rereferrals_12m") == point(res["rereferrals_12m"], "2016-02")


# --------------------------------------------------------------------------- assessments


def test_assessments_completed_month_boundaries(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_cin_assessments": [
            assessment("x1", "1", "2014-07-26", "2014-07-31"),  # July (WD = 4)
            assessment("x2", "1", "2014-07-27", "2014-08-01"),  # August (WD = 5)
            assessment("x3", "1", "2014-08-26", "2014-08-31"),  # August (WD = 3)
            assessment("x4", "1", "2014-08-27", "2014-09-01"),  # September: out
            assessment("x5", "1", "2014-08-10", ""),            # not authorised: never counted
        ],
    })
    assert npv(res["assessments_completed"], "2014-08") == (2, None, 2)
    assert npv(res["assessments_completed"], "2014-07") == (1, None, 1)
    assert npv(res["assessments_completed"], "2014-06") == (0, None, 0)
    # those authorised in the month form the timescale denominator; all well within 45 WD
    assert npv(res["assessments_in_timescale"], "2014-08") == (2, 2, 100.0)
    assert npv(res["assessments_in_timescale"], "2014-07") == (1, 1, 100.0)


def test_assessments_per_10k_rolling_window_and_population_year(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_cin_assessments": [
            assessment("y1", "1", "2013-08-26", "2013-08-31"),  # day before s(M-11): out
            assessment("y2", "1", "2013-08-27", "2013-09-01"),  # first day of M-11: in
            assessment("y3", "1", "2014-03-26", "2014-03-31"),
            assessment("y4", "1", "2014-08-26", "2014-08-31"),  # e(M): in
            assessment("y5", "1", "2014-08-27", "2014-09-01"),  # after e(M): out
            assessment("y6", "1", "2014-05-01", ""),            # never authorised
        ],
    }, population=POP)
    # 2014-08: y2, y3, y4 = 3 over mid-2014 (12,000)
    num, den, value = npv(res["assessments_per_10k"], "2014-08")
    assert (num, den) == (3, 12_000)
    assert value == pytest.approx(2.5)
    # 2014-03: window 2013-04-01..2014-03-31 -> y1, y2, y3 = 3 over mid-2013 (8,000)
    num, den, value = npv(res["assessments_per_10k"], "2014-03")
    assert (num, den) == (3, 8_000)
    assert value == pytest.approx(3.75)
    # 2014-04: window 2013-05-01..2014-04-30 -> y1, y2, y3 = 3 over mid-2014
    num, den, value = npv(res["assessments_per_10k"], "2014-04")
    assert (num, den) == (3, 12_000)
    assert value == pytest.approx(2.5)


@pytest.mark.parametrize("timescale, expected", [(4, (1, 1, 100.0)), (3, (0, 1, 0.0))])
def test_assessments_in_timescale_catalogue_example_bank_holiday(tmp_path, timescale, expected):
    # Referral Mon 2014-08-18, authorised Mon 2014-08-25 (bank holiday):
    # working days 19, 20, 21, 22 Aug -> WD = 4. In timescale iff WD <= T.
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_cin_episodes": [referral("r1", "1", "2014-08-18")],
        "ssd_cin_assessments": [assessment("as1", "1", "2014-08-20", "2014-08-25", ref="r1")],
    }, policy=Policy(assessment_timescale_wd=timescale, cp_visit_interval_wd=10,
                     revision_threshold_percent=1))
    assert npv(res["assessments_in_timescale"], "2014-08") == expected


def test_assessments_in_timescale_45_vs_46_working_days_over_christmas(tmp_path):
    # Start Mon 2013-12-02. Working days after it (bank holidays 25, 26 Dec, 1 Jan):
    #   3-6 Dec 4 (4), 9-13 Dec 5 (9), 16-20 Dec 5 (14), 23-27 Dec 3 (17),
    #   30 Dec-3 Jan 4 (21), 6-10 Jan (26), 13-17 (31), 20-24 (36), 27-31 (41),
    #   Mon 3 Feb 42, Tue 4 43, Wed 5 44, Thu 6 Feb 45, Fri 7 Feb 46.
    res = run(tmp_path, {
        "ssd_person": people("1", "2"),
        "ssd_cin_assessments": [
            assessment("a45", "1", "2013-12-02", "2014-02-06"),  # WD 45 -> in
            assessment("a46", "2", "2013-12-02", "2014-02-07"),  # WD 46 -> out
        ],
    }, month="2014-02")
    assert npv(res["assessments_in_timescale"], "2014-02") == (1, 2, 50.0)


def test_assessments_in_timescale_start_from_linked_referral_else_start_date(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4"),
        "ssd_cin_episodes": [
            referral("rx", "1", "2014-07-31"),
            referral("ry", "2", "2014-08-01"),
            referral("rw", "4", "2014-08-05"),  # child 4's referral, NOT linked to its assessment
        ],
        "ssd_cin_assessments": [
            # linked referral Thu 2014-07-31 -> auth Fri 2014-08-15: WD = 1 + 5 + 5 = 11 -> out
            # (from the assessment start 2014-08-11 it would be 4)
            assessment("ax", "1", "2014-08-11", "2014-08-15", ref="rx"),
            # linked referral Fri 2014-08-01 -> 2014-08-15: WD = 10 -> in
            assessment("ay", "2", "2014-08-11", "2014-08-15", ref="ry"),
            # no linked referral: start Fri 2014-08-01 -> 2014-08-15: WD = 10 -> in
            assessment("az", "3", "2014-08-01", "2014-08-15"),
            # no linked referral: start Thu 2014-07-31 -> 2014-08-15: WD = 11 -> out
            assessment("aw", "4", "2014-07-31", "2014-08-15"),
        ],
    }, policy=Policy(assessment_timescale_wd=10, cp_visit_interval_wd=10,
                     revision_threshold_percent=1))
    assert npv(res["assessments_in_timescale"], "2014-08") == (2, 4, 50.0)


# --------------------------------------------------------------------------- empty month


def test_empty_month_percentages_none_counts_zero(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [contact("c1", "2014-07-10 10:00:00", cont_screening_date="2014-07-10 11:00:00",
                                 cont_contact_outcome_json='{"NEW_REFERRAL_FLAG": "Y"}')],
        "ssd_cin_episodes": [referral("r1", "1", "2014-07-10", close="2014-07-20")],
        "ssd_cin_assessments": [assessment("a1", "1", "2014-07-11", "2014-07-15", ref="r1")],
    })
    # July has the activity ...
    assert npv(res["contacts"], "2014-07") == (1, None, 1)
    assert npv(res["contacts_screened_24h"], "2014-07") == (1, 1, 100.0)
    assert npv(res["contacts_to_referral"], "2014-07") == (1, 1, 100.0)
    assert npv(res["assessments_in_timescale"], "2014-07") == (1, 1, 100.0)  # WD(07-10, 07-15) = 3
    assert npv(res["cin_count"], "2014-07") == (0, None, 0)  # closed 07-20, before e = 07-31
    # ... August has none: counts are 0, percentages are empty.
    for ind in ("contacts", "referrals", "assessments_completed", "cin_count"):
        assert npv(res[ind], "2014-08") == (0, None, 0), ind
    for ind in ("contacts_screened_24h", "contacts_to_referral", "assessments_in_timescale"):
        assert npv(res[ind], "2014-08") == (0, 0, None), ind
    # the rolling re-referral figure still has July's referral in its window: 0 of 1 = 0%, not empty
    assert npv(res["rereferrals_12m"], "2014-08") == (0, 1, 0.0)


# --------------------------------------------------------------------------- children in need


def test_cin_count_and_rate(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1", "2", "3", "4", "5", "6", "7"),
        "ssd_cin_episodes": [
            referral("e1", "1", "2014-06-01", close="2014-08-31"),  # closes on e: not open at Aug end
            referral("e2", "2", "2014-06-01", close="2014-09-01"),  # closes the day after: open
            referral("e3a", "3", "2014-03-01"),                    # child 3: two open episodes ...
            referral("e3b", "3", "2014-07-01"),                    # ... counted once
            referral("e4", "4", "2014-08-31"),                     # starts on e: open
            referral("e5", "5", "2014-09-01"),                     # starts after e: not
            referral("e6", "6", "2014-07-31", close="2014-08-31"),  # open at July end, not August
            referral("e7a", "7", "2014-08-01"),                    # child 7: two open episodes
            referral("e7b", "7", "2014-08-01"),                    # starting the same day: once
        ],
    }, population=POP)
    # August: children 2, 3, 4, 7 = 4
    assert npv(res["cin_count"], "2014-08") == (4, None, 4)
    # July (e = 07-31): children 1, 2, 3, 6 = 4
    assert npv(res["cin_count"], "2014-07") == (4, None, 4)
    # June (e = 06-30): children 1, 2, 3 (e3a) = 3
    assert npv(res["cin_count"], "2014-06") == (3, None, 3)
    # February 2014: child 3's first episode starts 03-01 -> nobody
    assert npv(res["cin_count"], "2014-02") == (0, None, 0)
    # rate: 4 / mid-2014 (12,000) x 10,000; July 4 / 12,000 x 10,000
    num, den, value = npv(res["cin_per_10k"], "2014-08")
    assert (num, den) == (4, 12_000)
    assert value == pytest.approx(4 / 12_000 * 10_000)
    num, den, value = npv(res["cin_per_10k"], "2014-07")
    assert (num, den) == (4, 12_000)
    assert value == pytest.approx(4 / 12_000 * 10_000)
    # March 2014 (FY 2013-14 -> mid-2013 = 8,000): children 3 (e3a from 03-01) = 1
    num, den, value = npv(res["cin_per_10k"], "2014-03")
    assert (num, den) == (1, 8_000)
    assert value == pytest.approx(1.25)


@pytest.mark.parametrize("month, expected_pop", [("2015-03", 12_000), ("2015-04", 20_000)])
def test_cin_per_10k_population_year_reporting_month_march_vs_april(tmp_path, month, expected_pop):
    # One child in need throughout. March 2015 is in FY 2014-15 -> mid-2014;
    # April 2015 begins FY 2015-16 -> mid-2015.
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_cin_episodes": [referral("r1", "1", "2013-01-10")],
    }, month=month, population=POP, extracted_at="2015-05-10")
    num, den, value = npv(res["cin_per_10k"], month)
    assert (num, den) == (1, expected_pop)
    assert value == pytest.approx(1 / expected_pop * 10_000)
    # the point 12 months earlier uses the year before
    year, mm = month.split("-")
    earlier = f"{int(year) - 1}-{mm}"
    num, den, value = npv(res["cin_per_10k"], earlier)
    assert (num, den) == (1, POP[2013] if mm == "03" else POP[2014])
    assert value == pytest.approx(1 / den * 10_000)
