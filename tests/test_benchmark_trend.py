"""The published trend and its gap reading (benchmarks/trend.py), worked by hand."""

import datetime as dt

import pytest

from safeguarding import benchmarks
from safeguarding.benchmarks.trend import gap_reading, published_trend

YEARS = [2019, 2020, 2021, 2022, 2023]


def test_percentage_gap_widening_by_two_points_exactly():
    # gaps 22.0-20.0 = 2.0 and 25.5-21.5 = 4.0: size up 2.0, the threshold for a percentage
    trend, text = gap_reading(YEARS, [22.0, 23.0, None, 24.0, 25.5],
                              [20.0, 20.0, 20.0, 21.0, 21.5], "percent")
    assert trend == "widening"
    assert text == ("The gap to statistical neighbours is widening: 2.0 percentage points above "
                    "in 2019, 4.0 percentage points above in 2023 (its size up 2.0 percentage "
                    "points; 2.0 percentage points counts as a change)")


def test_percentage_gap_just_under_the_threshold_is_stable():
    # 2.0 above, then 3.9 below: the size grew 1.9 < 2.0 (the reading is about size, not side)
    trend, text = gap_reading(YEARS[:2], [22.0, 16.1], [20.0, 20.0], "percent")
    assert trend == "stable"
    assert "2.0 percentage points above in 2019, 3.9 percentage points below in 2020" in text
    assert "its size up 1.9 percentage points" in text


def test_rate_gap_closing_against_ten_percent_of_the_neighbours():
    # gaps 60-40 = 20 and 52-45 = 7: size down 13; threshold 10% of 45 = 4.5
    trend, text = gap_reading([2021, 2022, 2023], [60.0, None, 52.0], [40.0, 42.0, 45.0],
                              "per_10k")
    assert trend == "closing"
    assert text.endswith("(its size down 13.0 per 10,000; 4.5 per 10,000 counts as a change)")


def test_rate_gap_change_below_ten_percent_is_stable_and_level_is_said():
    # gaps 0 and 4.0 against a threshold of 4.1 (10% of 41)
    trend, text = gap_reading([2022, 2023], [40.0, 45.0], [40.0, 41.0], "per_10k")
    assert trend == "stable"
    assert "level with them in 2022, 4.0 per 10,000 above in 2023" in text


def test_fewer_than_two_comparable_years_has_no_reading():
    trend, text = gap_reading(YEARS[:3], [22.0, None, 30.0], [20.0, 20.0, None], "percent")
    assert trend is None
    assert text.startswith("No reading of the gap: fewer than two years")


def test_unavailable_comparison_has_no_trend():
    assert published_trend(None, "884") is None
    assert published_trend({"available": False, "reason": "x"}, "884") is None


@pytest.mark.parametrize("indicator", ["cp_per_10k", "rereferrals_12m"])
def test_trend_is_the_last_five_published_years_with_the_comparisons_figures(indicator):
    comparison = benchmarks.comparison(indicator, "884", dt.date(2023, 8, 1))
    trend = published_trend(comparison, "884")
    assert trend.years == (2019, 2020, 2021, 2022, 2023)
    assert trend.sn_model == comparison.sn_model
    # the last year is the comparison itself: same council, neighbours' mean and England
    assert (trend.council[-1], trend.neighbours[-1], trend.england[-1]) == (
        comparison.council, comparison.neighbours, comparison.england)
    earlier = benchmarks.comparison(indicator, "884", dt.date(2020, 3, 1))
    assert (trend.council[1], trend.neighbours[1], trend.england[1]) == (
        earlier.council, earlier.neighbours, earlier.england)


def test_trend_starts_at_the_first_published_year():
    # Section_47 is published from 2016: a 2017 comparison has two years
    trend = published_trend(benchmarks.comparison("s47_per_10k", "884", dt.date(2017, 4, 1)), "884")
    assert trend.years == (2016, 2017)
