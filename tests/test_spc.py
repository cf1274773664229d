"""XmR charts (safeguarding.judgement.spc): limits, the four special-cause rules, polarity,
icons, missing values and baselines. Expected values are worked out by hand in the comments, or
taken from the reference implementation's own tests (repository and path cited)."""

import json

import pytest

from safeguarding.results import SpcPoint, jsonable
from safeguarding.judgement.spc import (ICONS, MIN_POINTS, assurance_icon, part_of,
                                        process_limits, shift_ends, trend_ends, two_in_three, xmr)


def months(n: int, start_year: int = 2013) -> list[str]:
    return [f"{start_year + i // 12}-{i % 12 + 1:02d}" for i in range(n)]


# A quiet 12-month baseline used by most tests:
#   20, 22, 20, 18 three times. Sum = 80 x 3 = 240, mean = 240 / 12 = 20.
#   Moving ranges: 11 of them, every one 2 -> average moving range 22 / 11 = 2
#   (3.267 x 2 = 6.534, none screened out).
#   Upper limit 20 + 2.66 x 2 = 25.32, lower 20 - 5.32 = 14.68.
#   Two-thirds of the way to a limit ("2 sigma"): 20 ± (2/3 x 5.32) = 20 ± 3.5467
#   -> 23.5467 and 16.4533.
#   Points on the mean (20) break runs, 22 and 18 are nowhere near a limit: no rule fires.
# Tests append the months under test after it (from January 2014) and fix the limits on the
# baseline, so the appended points are judged against exactly these limits.
BASE = [20, 22, 20, 18] * 3
UPPER, LOWER = 25.32, 14.68


def chart(extra, polarity="high", **kw):
    values = BASE + list(extra)
    return xmr(months(len(values)), values, polarity=polarity, baseline=12, **kw)


def rules(result, skip=12):
    return [list(p.rules) for p in result.points[skip:]]


# --- limits ---------------------------------------------------------------------------------

def test_limits_match_hand_calculation_with_outlier_screening():
    # 10, 11 six times, then 30 (13 months).
    #   mean = (6 x 10 + 6 x 11 + 30) / 13 = 156 / 13 = 12
    #   moving ranges: eleven of 1, then |30 - 11| = 19 -> average (11 + 19) / 12 = 2.5
    #   screening: 19 >= 3.267 x 2.5 = 8.1675, so it is dropped -> average 11 / 11 = 1
    #   limits: 12 ± 2.66 x 1 -> 9.34 and 14.66
    values = [10, 11] * 6 + [30]
    r = xmr(months(13), values, polarity="neutral")
    assert r.mean == pytest.approx(12)
    assert r.mean_moving_range == pytest.approx(1)
    assert r.lower == pytest.approx(9.34)
    assert r.upper == pytest.approx(14.66)
    assert list(r.points[-1].rules) == ["outside_limits"]


def test_limits_without_outlier_screening():
    # Same series unscreened: average moving range 2.5, limits 12 ± 6.65 -> 5.35 and 18.65.
    values = [10, 11] * 6 + [30]
    r = xmr(months(13), values, polarity="neutral", screen_outliers=False)
    assert r.mean_moving_range == pytest.approx(2.5)
    assert (r.lower, r.upper) == (pytest.approx(5.35), pytest.approx(18.65))


def test_quiet_baseline_limits_and_no_signals():
    r = xmr(months(12), BASE, polarity="high")
    assert (r.mean, r.mean_moving_range) == (pytest.approx(20), pytest.approx(2))
    assert (r.lower, r.upper) == (pytest.approx(LOWER), pytest.approx(UPPER))
    assert not any(p.special_cause for p in r.points)
    assert r.variation_icon == "common_cause"
    assert r.signals == ()


def test_a_constant_series_has_limits_on_the_mean_and_no_signal():
    # every moving range 0: limits = mean = 5; every point on the mean, so no run either
    r = xmr(months(13), [5] * 13, polarity="high")
    assert (r.mean, r.lower, r.upper, r.mean_moving_range) == (5, 5, 5, 0)
    assert r.variation_icon == "common_cause"


# --- rule: a point outside the limits -------------------------------------------------------

def test_outside_limits_triggers_just_above_upper_and_below_lower():
    # 25.4 > 25.32 and 14.6 < 14.68
    assert rules(chart([25.4])) == [["outside_limits"]]
    assert rules(chart([14.6])) == [["outside_limits"]]


def test_outside_limits_just_fails_inside_the_limits():
    # 25.3 < 25.32 and 14.7 > 14.68: inside (one point near a limit is not a signal either)
    assert rules(chart([25.3])) == [[]]
    assert rules(chart([14.7])) == [[]]


# --- rule: a shift, 7 in a row on one side of the mean --------------------------------------

def test_shift_of_seven_above_the_mean_triggers():
    # 21 and 22 are above the mean 20 but well short of 23.55 (no other rule); the baseline's
    # last month (18) is below, so the run is exactly the 7 appended months.
    r = chart([21, 22, 21, 22, 21, 22, 21])
    assert rules(r) == [["shift"]] * 7


def test_shift_of_six_just_fails():
    r = chart([21, 22, 21, 22, 21, 22])
    assert rules(r) == [[]] * 6


def test_shift_of_seven_below_the_mean_triggers():
    assert rules(chart([19, 18, 19, 18, 19, 18, 19])) == [["shift"]] * 7


def test_a_point_on_the_mean_breaks_the_run():
    # 3 above, one exactly on the mean, 4 above: neither side of the break reaches 7
    r = chart([21, 22, 21, 20, 22, 21, 22, 21])
    assert rules(r) == [[]] * 8


def test_a_longer_run_flags_every_point_in_it():
    assert rules(chart([21, 22] * 5)) == [["shift"]] * 10


# --- rule: a trend, 7 in a row increasing or decreasing ------------------------------------

def test_increasing_trend_of_seven_points_triggers():
    # 18 (baseline) -> 17 is a fall, so the rise is the 7 appended points (6 rises). They cross
    # the mean (4 above at most: no shift) and stay inside 16.45..23.55 (no other rule).
    r = chart([17, 18, 19, 20.5, 21, 22, 23])
    assert rules(r) == [["trend"]] * 7


def test_trend_of_six_points_just_fails():
    # 6 rising points (5 rises) then a fall
    r = chart([17, 18, 19, 20.5, 21, 22, 21.5])
    assert rules(r) == [[]] * 7


def test_decreasing_trend_of_seven_points_triggers():
    # baseline 18 -> 23 is a rise, then 7 falling points
    assert rules(chart([23, 22, 21, 19.5, 19, 18, 17])) == [["trend"]] * 7


def test_a_repeated_value_breaks_a_trend():
    # 17, 18, 19 | 19, 20.5, 21, 22, 23: runs of 3 and 5 points
    assert rules(chart([17, 18, 19, 19, 20.5, 21, 22, 23])) == [[]] * 8


# --- rule: two of three beyond two-thirds of the way to a limit -----------------------------

def test_two_of_three_near_the_upper_limit_triggers_on_the_two_close_points():
    # 24 > 23.5467 (and < 25.32), 21 above the mean but not close, 24 close: all three above
    # the mean, two close -> the two close points are flagged, the middle one is not.
    r = chart([24, 21, 24])
    assert rules(r) == [["two_of_three"], [], ["two_of_three"]]


def test_two_of_three_near_the_lower_limit_triggers():
    # 16 < 16.4533, 19 below the mean
    assert rules(chart([16, 19, 16])) == [["two_of_three"], [], ["two_of_three"]]


def test_two_of_three_just_fails_with_one_close_point():
    # 23.5 is just short of 23.5467
    assert rules(chart([24, 21, 23.5])) == [[], [], []]


def test_two_of_three_just_fails_when_the_third_point_is_across_the_mean():
    # both close points above, but the one between them is below the mean
    assert rules(chart([24, 19, 24])) == [[], [], []]


def test_a_point_outside_the_limits_does_not_count_towards_two_of_three():
    # As the reference (close_to_limits excludes points outside the limits): 26 is outside,
    # 24 is the only close point, so 24 is not flagged.
    assert rules(chart([26, 24, 21])) == [["outside_limits"], [], []]


def test_two_of_three_needs_three_points_on_one_side_at_the_end_of_the_series():
    # As the reference (a window must hold three points, all on the same side): the last two
    # months both close to the upper limit after a month below the mean is not yet a signal...
    assert rules(chart([18, 24, 24])) == [[], [], []]
    # ...but is after a month above the mean.
    assert rules(chart([21, 24, 24])) == [[], ["two_of_three"], ["two_of_three"]]


# --- polarity: each special-cause point as improvement / concern / neither ----------------

@pytest.mark.parametrize("polarity, variation, icon", [
    ("high", "improvement", "special_cause_improving_high"),
    ("low", "concern", "special_cause_concerning_high"),
    ("neutral", "neither", "special_cause_neither_high"),
])
def test_polarity_of_a_high_point(polarity, variation, icon):
    r = chart([25.4], polarity=polarity)
    assert r.points[-1].variation == variation
    assert r.variation_icon == icon


@pytest.mark.parametrize("polarity, variation, icon", [
    ("high", "concern", "special_cause_concerning_low"),
    ("low", "improvement", "special_cause_improving_low"),
    ("neutral", "neither", "special_cause_neither_low"),
])
def test_polarity_of_a_low_point(polarity, variation, icon):
    r = chart([14.6], polarity=polarity)
    assert r.points[-1].variation == variation
    assert r.variation_icon == icon


def test_common_cause_points_have_no_variation():
    r = chart([21], polarity="high")
    assert r.points[-1].variation is None
    assert all(p.variation is None for p in r.points)


def test_a_trend_takes_its_direction_from_the_trend_not_the_side_of_the_mean():
    # Falling trend 23 .. 17: the first three points are above the mean but the trend is
    # downward, so with higher-is-better every point is a concern.
    r = chart([23, 22, 21, 19.5, 19, 18, 17], polarity="high")
    assert [p.variation for p in r.points[12:]] == ["concern"] * 7


def test_outside_limits_takes_priority_over_a_trend():
    # 26 starts a falling trend but is above the upper limit: the reference ranks "outside
    # limits" first, so 26 is high (an improvement when higher is better), the rest concerns.
    r = chart([26, 23, 22, 21, 19.5, 19, 18], polarity="high")
    assert list(r.points[12].rules) == ["outside_limits", "trend"]
    assert [p.variation for p in r.points[12:]] == ["improvement"] + ["concern"] * 6


def test_the_peak_between_a_rise_and_a_fall_belongs_to_the_fall():
    # 17 .. 23 rises for 7 points, 23 .. 17 falls for 7: 23 is in both. The reference takes a
    # trend point's direction from its next step when the next point is also in a trend, so the
    # peak is "decreasing". No shift: at most 6 in a row above the mean (20.5 .. 21).
    r = chart([17, 18, 19, 20.5, 21, 22, 23, 22, 21, 19.5, 19, 18, 17], polarity="high")
    assert all(list(p.rules) == ["trend"] for p in r.points[12:])
    assert [p.variation for p in r.points[12:]] == ["improvement"] * 6 + ["concern"] * 7


# --- icons ----------------------------------------------------------------------------------

def test_variation_icon_describes_the_latest_month_only():
    # an earlier point beyond the limit, then an ordinary month: common cause now
    r = chart([25.4, 21])
    assert r.points[12].special_cause is True
    assert r.variation_icon == "common_cause"


@pytest.mark.parametrize("target, polarity, icon", [
    # limits 14.68 .. 25.32
    (26, "high", "consistently_failed"),   # target above the upper limit, higher is better
    (26, "low", "consistently_met"),
    (14, "high", "consistently_met"),      # target below the lower limit
    (14, "low", "consistently_failed"),
    (20, "high", "hit_and_miss"),          # target within the limits
    (25, "low", "hit_and_miss"),
    (26, "neutral", None),                 # no assurance for a neutral measure
    (None, "high", None),                  # nor without a target
])
def test_assurance_icon(target, polarity, icon):
    r = xmr(months(12), BASE, polarity=polarity, target=target)
    assert r.assurance_icon == icon


def test_assurance_cases_from_the_reference():
    # nhs-r-community/NHSRplotthedots tests/testthat/test-ptd_calculate_assurance_type.R:
    # target 4 against (lpl, upl) = (1, 3), (5, 7), (1, 5)
    # increase -> consistent_fail, consistent_pass, inconsistent
    # decrease -> consistent_pass, consistent_fail, inconsistent; neutral -> NA
    limits = [(1, 3), (5, 7), (1, 5)]
    assert [assurance_icon(4, lo, up, "high") for lo, up in limits] == [
        "consistently_failed", "consistently_met", "hit_and_miss"]
    assert [assurance_icon(4, lo, up, "low") for lo, up in limits] == [
        "consistently_met", "consistently_failed", "hit_and_miss"]
    assert [assurance_icon(4, lo, up, "neutral") for lo, up in limits] == [None] * 3


def test_every_icon_has_a_meaning():
    variation = {"common_cause", "special_cause_improving_high", "special_cause_improving_low",
                 "special_cause_concerning_high", "special_cause_concerning_low",
                 "special_cause_neither_high", "special_cause_neither_low", "insufficient_data"}
    assurance = {"consistently_met", "consistently_failed", "hit_and_miss"}
    assert set(ICONS) == variation | assurance
    assert all(isinstance(v, str) and v for v in ICONS.values())


# --- signals --------------------------------------------------------------------------------

def test_signal_for_a_shift_counts_the_whole_run():
    r = chart([21, 22] * 4)
    assert r.signals == ("8 months in a row above the mean (from January 2014)",)
    assert r.variation_icon == "special_cause_improving_high"


def test_signals_for_a_trend_and_a_point_outside_the_limits():
    assert chart([17, 18, 19, 20.5, 21, 22, 23]).signals == (
        "7 months in a row increasing (from January 2014)",)
    assert chart([21, 14.6]).signals == ("February 2014 is below the lower process limit",)
    assert chart([24, 21, 24]).signals == (
        "2 of the last 3 months more than two-thirds of the way to the upper process limit",)


# --- missing values -------------------------------------------------------------------------

def test_missing_months_are_left_out_of_the_calculation():
    # 13 months, the 7th missing. Present: 10, 12, 14, 12, 10, 12 | 16, 12, 10, 12, 14, 12
    #   mean = 146 / 12 = 12.1667
    #   moving ranges between consecutive present values (the gap is bridged: 12 -> 16 = 4):
    #   2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 2 = 26 over 11 -> 2.3636
    #   (3.267 x 2.3636 = 7.72: nothing screened)
    #   limits 12.1667 ± 2.66 x 2.3636 = 12.1667 ± 6.2873 -> 5.8794 and 18.4539
    values = [10, 12, 14, 12, 10, 12, None, 16, 12, 10, 12, 14, 12]
    r = xmr(months(13), values, polarity="high")
    assert r.mean == pytest.approx(146 / 12)
    assert r.mean_moving_range == pytest.approx(26 / 11)
    assert r.lower == pytest.approx(146 / 12 - 2.66 * 26 / 11)
    assert r.upper == pytest.approx(146 / 12 + 2.66 * 26 / 11)
    gap = r.points[6]
    assert gap == SpcPoint("2013-07", None, False, (), None, r.mean, r.lower, r.upper)


def test_a_run_continues_across_a_missing_month():
    # 7 values above the mean with a month without a value among them: still a shift
    r = chart([21, 22, 21, None, 22, 21, 22, 21])
    assert rules(r) == [["shift"]] * 3 + [[]] + [["shift"]] * 4
    assert r.signals == ("7 months in a row above the mean (from January 2014)",)


def test_icons_use_the_latest_month_with_a_value():
    r = chart([25.4, None])
    assert r.variation_icon == "special_cause_improving_high"


def test_too_few_values_is_insufficient_data():
    # 13 months with 2 missing leaves 11 values: fewer than the 12 needed
    values = BASE[:11] + [None, None]
    r = xmr(months(13), values, polarity="high", target=20)
    assert MIN_POINTS == 12
    assert r.variation_icon == "insufficient_data"
    assert (r.mean, r.lower, r.upper, r.mean_moving_range) == (None, None, None, None)
    assert r.assurance_icon is None
    assert len(r.points) == 13 and not any(p.special_cause for p in r.points)


def test_thirteen_months_give_limits_and_rules():
    # the 13-month report series: 12 values with one missing still charts
    r = xmr(months(13), BASE[:6] + [None] + BASE[6:], polarity="high")
    assert r.variation_icon == "common_cause"
    assert r.mean == pytest.approx(20)
    r = xmr(months(13), [10, 11] * 6 + [30], polarity="high")
    assert list(r.points[-1].rules) == ["outside_limits"]


# --- baseline -------------------------------------------------------------------------------

def test_baseline_fixes_the_limits_on_the_first_months():
    # 12 baseline months then six at 30.
    # baseline=12: mean 20, limits 14.68 .. 25.32 (see BASE) applied to all 18 months.
    r = chart([30] * 6)
    assert (r.mean, r.lower, r.upper) == (pytest.approx(20), pytest.approx(14.68),
                                          pytest.approx(25.32))
    assert rules(r) == [["outside_limits"]] * 6  # six above the mean: one short of a shift
    # Without a baseline, all 18 months: mean = (240 + 180) / 18 = 23.333;
    # moving ranges: eleven of 2, |30 - 18| = 12, five of 0 -> 34 / 17 = 2;
    # 12 >= 3.267 x 2 = 6.534 is screened -> 22 / 16 = 1.375; limits 23.333 ± 3.6575.
    values = BASE + [30] * 6
    r = xmr(months(18), values, polarity="high")
    assert r.mean == pytest.approx(70 / 3)
    assert r.mean_moving_range == pytest.approx(1.375)
    assert (r.lower, r.upper) == (pytest.approx(70 / 3 - 3.6575), pytest.approx(70 / 3 + 3.6575))


def test_baseline_shorter_than_the_minimum_is_refused():
    with pytest.raises(ValueError):
        xmr(months(24), BASE * 2, polarity="high", baseline=11)


def test_baseline_with_too_few_values_is_insufficient_data():
    values = BASE[:11] + [None] + BASE * 2
    r = xmr(months(len(values)), values, polarity="high", baseline=12)
    assert r.variation_icon == "insufficient_data"


# --- the result as data ---------------------------------------------------------------------

def test_the_chart_is_the_judgement_and_json_ready():
    d = chart([25.4], polarity="low", target=26)
    assert d.points[-1] == SpcPoint("2014-01", 25.4, True, ("outside_limits",), "concern",
                                    d.mean, d.lower, d.upper)
    assert d.rebase == ()
    assert d.assurance_icon == "consistently_met"
    doc = jsonable(d)
    assert list(doc) == ["mean", "lower", "upper", "mean_moving_range", "points",
                         "variation_icon", "assurance_icon", "signals", "rebase"]
    assert doc["points"][-1]["rules"] == ["outside_limits"]
    assert json.loads(json.dumps(doc)) == doc


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        xmr(months(12), BASE, polarity="up")
    with pytest.raises(ValueError):
        xmr(months(11), BASE, polarity="high")


# --- series ported from the reference implementations ---------------------------------------

# set.seed(123); rnorm(20) in R, printed to 8 decimals — the series used by
# nhs-r-community/NHSRplotthedots tests/testthat/test-ptd_spc_standard.R and test-ptd_spc.R
# (its snapshots print the first four: -0.56047565, -0.23017749, 1.55870831, 0.07050839).
RNORM_123 = [-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499,
             0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383,
             0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716,
             0.70135590, -0.47279141]


def test_reference_rnorm_series_limits_and_no_special_cause():
    # NHSRplotthedots tests/testthat/_snaps/ptd_spc_standard.md (r1):
    #   mean_col 0.1416238, lpl -3.01138, upl 3.294627
    # and tests/testthat/_snaps/ptd_spc.md: 20 points, all 20 common cause.
    r = xmr(months(20), RNORM_123, polarity="high")
    assert r.mean == pytest.approx(0.1416238, abs=1e-7)
    assert r.lower == pytest.approx(-3.01138, abs=1e-5)
    assert r.upper == pytest.approx(3.294627, abs=1e-6)
    assert not any(p.special_cause for p in r.points)
    assert r.variation_icon == "common_cause"


def test_reference_rnorm_series_with_an_outlier_screened_and_unscreened():
    # NHSRplotthedots tests/testthat/test-ptd_spc_standard.R sets y[15] <- 10;
    # _snaps/ptd_spc_standard.md: screened (r2) mean 0.6694159, lpl -2.383666, upl 3.722497;
    # screen_outliers = FALSE (r3) lpl -4.596625, upl 5.935457.
    values = list(RNORM_123)
    values[14] = 10
    r = xmr(months(20), values, polarity="high")
    assert r.mean == pytest.approx(0.6694159, abs=1e-7)
    assert (r.lower, r.upper) == (pytest.approx(-2.383666, abs=1e-6),
                                  pytest.approx(3.722497, abs=1e-6))
    r = xmr(months(20), values, polarity="high", screen_outliers=False)
    assert (r.lower, r.upper) == (pytest.approx(-4.596625, abs=1e-6),
                                  pytest.approx(5.935457, abs=1e-6))


def test_reference_two_of_three_on_opposite_sides_is_common_cause():
    # NHSRplotthedots tests/testthat/test-ptd_spc_standard.R, "it only reports special cause for
    # 2of3 points close to limits when they are on the same side of the mean":
    # rep(c(1, -1), 8) with data[15] <- 5.5, data[16] <- -5.5 -> last two are common_cause.
    values = [1, -1] * 8
    values[14], values[15] = 5.5, -5.5
    r = xmr(months(16), values, polarity="high")
    assert [p.special_cause for p in r.points[-2:]] == [False, False]


def test_reference_making_data_count_demo_series():
    # nhs-pycom/nhspy-plotthedots tests/unittests/test_pandas_spc_x_calc.py (the NHS England
    # SPC tool's demonstration, less 10): mean 76.67, lpl ~57, upl ~96, only the 12th point
    # (54) outside the limits, nothing else special.
    values = [89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86]
    r = xmr(months(15), values, polarity="high")
    assert r.mean == pytest.approx(76.67, abs=0.005)
    assert round(r.lower) == 57 and round(r.upper) == 96
    assert [list(p.rules) for p in r.points] == [[]] * 11 + [["outside_limits"]] + [[]] * 3
    assert r.points[11].variation == "concern"


@pytest.mark.parametrize("values, expected", [
    # nhs-pycom/nhspy-plotthedots tests/unittests/test_limits_calculations.py: (mean, lpl, upl)
    (list(range(1, 11)), (5.5, 2.84, 8.16)),
    ([1, 2, 3, 4, 5, 4, 3, 2, 1, 2], (2.7, 0.040000000000000036, 5.36)),
    ([3, 1, 4, 1, 5, 9, 2], (3.5714285714285716, -6.625238095238096, 13.768095238095238)),
    ([1, 2, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 3, 2, 1, 2],
     (3.0, -0.014666666666666828, 6.014666666666667)),
])
def test_reference_limits_calculations(values, expected):
    mean, lower, upper, _ = process_limits(values)
    assert (mean, lower, upper) == pytest.approx(expected)


def test_reference_seven_point_one_side_mean():
    # NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R
    assert shift_ends([1] * 6) == [False] * 6
    assert shift_ends([1] * 6 + [-1]) == [False] * 7
    assert shift_ends([1] * 8 + [-1]) == [False] * 6 + [True, True, False]
    assert shift_ends([-1] * 8 + [1]) == [False] * 6 + [True, True, False]


def test_reference_part_of_seven_trend():
    # NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R
    assert part_of([False] * 6) == [False] * 6
    assert part_of([False] * 6 + [True, False]) == [True] * 7 + [False]
    assert part_of([False] * 7 + [True, False]) == [False] + [True] * 7 + [False]


def test_reference_seven_point_trend():
    # NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R
    assert trend_ends([1, 2, 3, 4, 5, 6]) == [0] * 6
    assert trend_ends([1, 2, 3, 3, 4, 5, 6]) == [0] * 7
    assert trend_ends(list(range(1, 8))) == [0] * 6 + [1]
    assert trend_ends([2, 1, 2, 3, 4, 5, 6, 7, 3]) == [0] * 7 + [1, 0]
    assert trend_ends([7, 6, 5, 4, 3, 2, 1]) == [0] * 6 + [-1]
    assert trend_ends([2, 7, 6, 5, 4, 3, 2, 1, 3]) == [0] * 7 + [-1, 0]


def test_reference_two_in_three():
    # NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R (ptd_two_in_three and
    # ptd_part_of_two_in_three)
    t, f = True, False
    for close in ([t, f, t], [f, t, t], [t, t, f]):
        assert two_in_three(close, [1, 1, 1]) == [t, t, t]
        assert two_in_three(close, [1, -1, 1]) == [f, f, f]
    assert two_in_three([f, f, t, f, t, f, f], [1] * 7) == [f, f, t, t, t, f, f]
    assert two_in_three([f, f, t, t, f, f, f], [1] * 7) == [f, t, t, t, t, f, f]
    assert two_in_three([f, f, t, f, t, f, f], [1, -1, 1, -1, 1, -1, 1]) == [f] * 7

    def part(close):
        return [a and c for a, c in zip(two_in_three(close, [1] * len(close)), close)]
    assert part([t, f, f, t]) == [f, f, f, f]
    assert part([t, f, f, t, t]) == [f, f, f, t, t]


def test_mean_is_r_mean_exactly_so_a_point_on_it_breaks_a_run():
    """0.2 x 6 and 0.4 x 6 around a 0.3: the mean is 0.3 in R, and the 0.3 lies on it, so the
    seven points below it are not a run (fsum(x)/n gave 0.30000000000000004 and a false run).
    The points beyond the tight limits (screened moving ranges) still signal, as in R."""
    x = [0.4, 0.4, 0.4, 0.2, 0.2, 0.2, 0.3, 0.2, 0.2, 0.2, 0.4, 0.4, 0.4]
    r = xmr([f"2014-{m:02d}" for m in range(1, 13)] + ["2015-01"], x, polarity="high")
    assert r.mean == 0.3
    assert not any("shift" in p.rules for p in r.points)
    unscreened = xmr([f"2014-{m:02d}" for m in range(1, 13)] + ["2015-01"], x, polarity="high",
                     screen_outliers=False)
    assert not any("shift" in p.rules for p in unscreened.points)


# --- rebasing (the reference's ``rebase``: each segment its own limits and rules) --------------

STEP = BASE * 2 + [v + 10 for v in BASE] * 2  # 24 months near 20, then 24 near 30


def test_a_step_change_without_a_rebase_is_a_long_shift():
    r = xmr(months(48), STEP, polarity="high")
    assert all("shift" in p.rules for p in r.points[24:])
    assert r.variation_icon == "special_cause_improving_high"


def test_a_rebase_at_the_step_makes_each_segment_common_cause():
    r = xmr(months(48), STEP, polarity="high", rebase=[months(48)[24]])
    assert not any(p.special_cause for p in r.points)
    assert r.variation_icon == "common_cause"
    assert r.rebase == ("2015-01",)
    assert r.mean == pytest.approx(30) and r.points[0].mean == pytest.approx(20)
    assert [p.mean for p in r.points] == pytest.approx([20] * 24 + [30] * 24)
    assert (r.points[-1].mean, r.points[-1].lower, r.points[-1].upper) == (r.mean, r.lower, r.upper)
    assert r.points[23].upper < r.points[24].upper


def test_runs_do_not_cross_a_rebase():
    # 4 months above the mean, the rebase, 3 more: 7 in a row only without the rebase
    values = BASE + [22] * 4 + [22] * 3 + BASE
    assert "shift" in xmr(months(31), values, polarity="high").points[15].rules
    r = xmr(months(31), values, polarity="high", rebase=[months(31)[16]])
    assert not any("shift" in p.rules for p in r.points)


def test_a_short_last_segment_has_no_limits_and_says_since_when():
    r = xmr(months(30), BASE * 2 + [30] * 6, polarity="high", rebase=[months(30)[24]])
    assert r.variation_icon == "insufficient_data" and r.mean is None
    assert r.points[-1].mean is None and r.points[0].mean is not None
    assert "since the rebase in January 2015" in r.signals[0]
    assert r.points[-1].upper is None


def test_a_rebase_outside_the_series_changes_nothing():
    plain = xmr(months(24), BASE * 2, polarity="high")
    for when in (["2010-01"], ["2013-01"], ["2020-01"]):
        assert xmr(months(24), BASE * 2, polarity="high", rebase=when) == plain


def test_rule_words_for_the_chart_tooltips():
    from safeguarding.judgement.spc import rule_words
    words = rule_words(chart([25.4, 21, 22, 21, 22, 21, 22, 21]).points)
    assert words["2014-01"][0] == "outside the process limits"
    assert words["2014-08"] == ["7 or more in a row above the mean"]
    assert "2013-01" not in words
    rising = rule_words(chart([15, 16, 17, 18, 19, 20, 21]).points)
    assert rising["2014-07"] == ["7 or more in a row rising"]
    falling = rule_words(chart([24, 23, 22, 21, 20, 19, 18]).points)
    assert falling["2014-01"][-1] == "7 or more in a row falling"
    close = rule_words(chart([21, 24, 24]).points)
    assert close["2014-03"] == ["2 of 3 in a row close to the upper process limit"]
