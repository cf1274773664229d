"""Coverage of a source that holds only a window (a collection year, Annex A's months)."""

import datetime as dt

import pytest

from safeguarding.indicators import REGISTRY
from safeguarding.indicators.coverage import covers, uncovered
from safeguarding.sources.returns import Window

YEAR = Window(dt.date(2013, 4, 1), dt.date(2014, 3, 31))  # the CIN census 2013-14


def months(ind_id: str, window: Window = YEAR) -> list[str]:
    got = [dt.date(2013, m, 1) for m in range(1, 13)] + [dt.date(2014, m, 1) for m in range(1, 7)]
    return [f"{m:%Y-%m}" for m in got if covers(REGISTRY[ind_id], m, window)]


def test_flow_in_the_month_covers_months_wholly_inside():
    assert months("referrals") == [f"2013-{m:02d}" for m in range(4, 13)] + ["2014-01", "2014-02", "2014-03"]


def test_month_end_covers_from_the_day_before_the_window():
    # 31 March 2013 is the day before the window: what was open then is in the return.
    assert months("cp_count")[0] == "2013-03" and months("cp_count")[-1] == "2014-03"


def test_rolling_year_needs_the_whole_year_inside():
    assert months("referrals_per_10k") == ["2014-03"]
    # Re-referrals look back 12 months more from each referral: a single year covers none.
    assert months("rereferrals_12m") == []
    two_years = Window(dt.date(2012, 4, 1), dt.date(2014, 3, 31))
    assert months("rereferrals_12m", two_years) == ["2014-03"]


def test_lookback_for_month_end_measures():
    # Visits in the last 3 months: covered once the window holds 3 months before the month end.
    assert months("cla_visits_in_timescale")[0] == "2013-06"
    # Every review since the plan started, however long ago: never from a window.
    assert months("cp_reviews_in_timescale") == []


def test_uncovered_names_the_table_that_falls_short():
    ind = REGISTRY["assessments_in_timescale"]
    assert uncovered(ind, dt.date(2014, 3, 1), {"ssd_cin_assessments": YEAR}) is None
    assert uncovered(ind, dt.date(2014, 4, 1), {"ssd_cin_assessments": YEAR}) == "ssd_cin_assessments"
    assert uncovered(ind, dt.date(2014, 4, 1), {}) is None  # no window: all time


@pytest.mark.parametrize("ind", list(REGISTRY.values()), ids=list(REGISTRY))
def test_every_indicator_declares_its_period(ind):
    assert ind.period in ("month", "rolling", "month_end")
    assert ind.lookback is None or ind.lookback >= 0
