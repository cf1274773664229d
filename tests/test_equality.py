"""The equality page's figures (judgement.equality), worked by hand."""

import math

import pytest

from safeguarding.indicators import REGISTRY
from safeguarding.judgement.equality import build, cell_text, rri_interval
from safeguarding.results import Breakdown, GroupSeries, Point, Result

MONTHS = [f"2013-{m:02d}" for m in range(8, 13)] + [f"2014-{m:02d}" for m in range(1, 9)]


def test_rri_katz_interval():
    # 20 of 100 against 10 of 100: RRI 2; se = sqrt(1/20 - 1/100 + 1/10 - 1/100) = sqrt(0.13)
    rri, low, high = rri_interval(20, 100, 10, 100)
    se = math.sqrt(0.13)
    assert rri == pytest.approx(2.0)
    assert (low, high) == pytest.approx((2 / math.exp(1.959964 * se), 2 * math.exp(1.959964 * se)))
    assert (low, high) == pytest.approx((0.98656, 4.0545), abs=1e-4)  # not significant


def test_rri_more_than_the_step_before_reads_counts_as_rates():
    # 30 after 20 against 10 after 20: RRI 3; se = sqrt(1/30 + 1/20 + 1/10 + 1/20)
    rri, low, high = rri_interval(30, 20, 10, 20)
    assert rri == pytest.approx(3.0)
    assert low == pytest.approx(3 * math.exp(-1.959964 * math.sqrt(0.7 / 3)))


def sex_result(indicator_id, last_month_counts):
    """A step indicator's result whose breakdown by sex holds these counts in the last month
    (zero before), so a 12-month total and a rolling figure are both the counts."""
    groups = tuple(GroupSeries(g, tuple(Point(m, None, n if m == MONTHS[-1] else 0, None)
                                        for m in MONTHS))
                   for g, n in last_month_counts.items())
    return Result(REGISTRY[indicator_id], "884", True,
                  series=tuple(Point(m, None, 0, None) for m in MONTHS),
                  breakdown=Breakdown("sex", True, groups=groups))


STEPS = {"referrals": (120, 60, 0), "s47_per_10k": (30, 30, 0), "cp_starts": (12, 6, 0),
         "cla_starts": (6, 2, 0)}


def equality(open_):
    results = [sex_result(i, dict(zip(("Male", "Female", "Other or not known"), n)))
               for i, n in STEPS.items()]
    return build({"sex": results, "disability": "not available: no ssd_disability"},
                 "August 2014", open_, lambda *_: False)


def test_rates_and_rri_by_step_internal():
    e = equality(False)
    [sex, disability] = e.dimensions
    assert sex.reference == "Male" and not disability.available
    s47, cp, cla = sex.steps[1:]
    female = s47.cells[1]
    assert (female.count, female.rate, female.rri) == (30, pytest.approx(50.0), pytest.approx(2.0))
    se = math.sqrt(1 / 30 - 1 / 60 + 1 / 30 - 1 / 120)
    assert female.ci_low == pytest.approx(2 * math.exp(-1.959964 * se))
    assert female.significant  # 1.34 to 2.98
    assert s47.cells[0].rate == pytest.approx(25.0) and s47.cells[0].reason == "reference group"
    assert (cp.cells[1].rate, cp.cells[1].rri) == (pytest.approx(20.0), pytest.approx(0.5))
    assert cla.cells[1].rri == pytest.approx((2 / 6) / (6 / 12))
    assert cla.cells[2].reason == "none at the step before"
    assert any("girls had section 47 enquiries at 50.0 per 100 referrals, 2.00 times the rate "
               "for boys" in f for f in e.facts)
    assert "By disability: not available: no ssd_disability." in e.facts


def test_open_hides_small_counts_and_what_they_give_back():
    cla = equality(True).dimensions[0].steps[3]
    # girls' 2 is hidden; with the total shown, the next smallest non-zero (boys' 6) too; the
    # rates and RRIs made from them are hidden with them
    male, female, other = cla.cells
    assert (male.count, female.count, other.count) == (None, None, 0)
    assert male.hidden and female.hidden and male.rate is None and female.rri is None
    assert cell_text(female) == ("c", "c", "c", "")
    assert cla.total == 8

