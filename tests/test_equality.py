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



ETHNIC = ("White", "Mixed", "Asian or Asian British", "Black or Black British",
          "Other ethnic group", "Refused or not known")
POPULATION = {"White": 8000, "Mixed": 500, "Asian or Asian British": 1000,
              "Black or Black British": 500, "Other ethnic group": 0}


def ethnic_result(indicator_id, counts):
    groups = tuple(GroupSeries(g, tuple(Point(m, None, n if m == MONTHS[-1] else 0, None)
                                        for m in MONTHS))
                   for g, n in zip(ETHNIC, counts))
    return Result(REGISTRY[indicator_id], "884", True,
                  series=tuple(Point(m, None, 0, None) for m in MONTHS),
                  breakdown=Breakdown("ethnicity", True, groups=groups))


def by_ethnicity(open_, referrals=(100, 20, 10, 30, 0, 40), population=POPULATION):
    results = [ethnic_result("referrals", referrals),
               ethnic_result("s47_per_10k", (30, 6, 6, 12, 0, 6)),
               ethnic_result("cp_starts", (10, 0, 0, 6, 0, 0)),
               ethnic_result("cla_starts", (0, 0, 0, 0, 0, 0))]
    return build({"ethnicity": results}, "August 2014", open_, lambda *_: False,
                 {"ethnicity": population} if population else None)


def test_population_by_ethnicity_gives_referral_rates_and_shares():
    """Referrals per 100 children of the group: White 100 of 8,000 = 1.25 (reference), Black 30
    of 500 = 6.0, RRI 4.8. Shares of the 160 referrals of known ethnicity beside the population's
    shares of 10,000."""
    e = by_ethnicity(False)
    [d] = e.dimensions
    referrals = {c.group: c for c in d.steps[0].cells}
    assert referrals["White"].rate == pytest.approx(1.25) and referrals["White"].rri == 1.0
    black = referrals["Black or Black British"]
    assert (black.rate, black.rri) == (pytest.approx(6.0), pytest.approx(4.8))
    assert (black.ci_low, black.ci_high) == pytest.approx(rri_interval(30, 500, 100, 8000)[1:])
    assert referrals["Other ethnic group"].reason == "none at the step before"  # population 0
    assert referrals["Refused or not known"].reason == "no population for this group"
    assert [(g.group, g.referral_share, g.population_share) for g in d.shares] == [
        ("White", 62.5, 80.0), ("Mixed", 12.5, 5.0), ("Asian or Asian British", 6.25, 10.0),
        ("Black or Black British", 18.75, 5.0), ("Other ethnic group", 0.0, 0.0)]
    assert any(f.startswith("By ethnicity") and "Black or Black British children had referrals "
               "at 6.0 per 100 children of the group aged 0-17, 4.80 times" in f for f in e.facts)
    assert "[population_by_ethnicity]" in e.population
    without = by_ethnicity(False, population=None)
    assert without.dimensions[0].shares == () and "not supplied" in without.population
    assert without.dimensions[0].steps[0].cells[0].reason == "no population by group"


def test_open_hides_the_referral_shares_with_a_hidden_count():
    """Mixed's 3 referrals are hidden: its rate, and every referral share (they give the known
    total back); the population shares are public."""
    [d] = by_ethnicity(True, referrals=(100, 3, 10, 30, 0, 40)).dimensions
    mixed = d.steps[0].cells[1]
    assert mixed.count is None and mixed.rate is None and mixed.hidden
    assert all(g.referral_share is None and g.hidden for g in d.shares)
    assert [g.population_share for g in d.shares] == [80.0, 5.0, 10.0, 5.0, 0.0]
    [d] = by_ethnicity(True).dimensions  # no count hidden: the shares are shown
    assert d.shares[0].referral_share == 62.5
