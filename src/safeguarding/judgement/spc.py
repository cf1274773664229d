"""XmR (process behaviour) charts in the NHS "Making Data Count" manner.

Signal versus noise for one indicator's monthly series: the mean, natural process limits at
mean ± 2.66 × the average moving range, and the four special-cause rules, so that a
month-to-month wobble is not called a trend and a real shift is flagged.

The reference implementation is the NHS-R community's NHSRplotthedots (R package,
github.com/nhs-r-community/NHSRplotthedots: ``R/ptd_spc_standard.R``,
``R/ptd_calculate_point_type.R``, ``R/ptd_calculate_assurance_type.R``, ``R/geom_ptd_icon.R``);
its Python port (github.com/nhs-pycom/nhspy-plotthedots) follows the same arithmetic. This module
reproduces the R package's results on the same series:

Limits
    mean = arithmetic mean of the baseline values; moving ranges |x[i] - x[i-1]| between
    consecutive baseline values; average moving range (AMR) = their mean. Outlier screening (the
    reference's ``screen_outliers``, default TRUE, also the default here): moving ranges that are
    not strictly below 3.267 × AMR are dropped and the AMR is recalculated once (the mean is never
    screened). Limits = mean ± 2.66 × AMR; "near" limits (2 sigma) = mean ± (2/3 × 2.66) × AMR.
    With ``baseline`` (the reference's ``fix_after_n_points``) only the first ``baseline`` months
    feed the mean and the moving ranges, and those limits are applied to every month.

Rules (each point may be flagged by several; ids in ``points[i].rules``)
    ``outside_limits``  the point is strictly above the upper or below the lower limit.
    ``shift``           the point belongs to a run of ``shift_length`` (7) or more consecutive
                        points on the same side of the mean; a point exactly on the mean breaks
                        the run.
    ``trend``           the point belongs to a run of ``trend_length`` (7) or more consecutive
                        points each strictly higher (or each strictly lower) than the one before
                        — 7 *points*, i.e. 6 rises; a repeated value breaks the trend. Points are
                        counted whichever side of the mean they lie.
    ``two_of_three``    among three consecutive points all on the same side of the mean, at least
                        two are "close to the limit": beyond the near limit (2 sigma) but not
                        outside the process limit. Only the close points are flagged, as in the
                        reference; a point outside the limits does not count towards this rule
                        (it is flagged by ``outside_limits`` instead), and a window must hold
                        three points, so two close points as the last two months need a third on
                        the same side before them.

Each flagged point's direction comes from its highest-priority rule, in the reference's order
outside limits > trend > two of three > shift: above the mean (or an increasing trend) is
"high", below (or decreasing) is "low". Polarity then makes it an ``improvement`` or a
``concern`` ("neither" for neutral indicators). For a point inside a trend the direction is that
of the step to the next point when the next point is also in a trend, otherwise of the step from
the previous point — the reference's rule (so the peak shared by a rise and the fall after it
counts as falling), kept even where it gives an odd answer: the last point of a trend directly
followed by a separate trend takes the direction of the step between them (the top of a rise
followed by a sharp drop into a new rise counts as decreasing).

Icons
    Variation icon: from the latest point's classification, as the reference's
    ``ptd_get_icons``: common cause; improving high (polarity high) / low (polarity low);
    concerning low (polarity high) / high (polarity low); neither high / low (neutral polarity).
    Assurance icon: from the target against the limits (``ptd_calculate_assurance_type``):
    target beyond the upper limit → consistently failed when higher is better, consistently
    met when lower is better; beyond the lower limit the reverse; otherwise (including a target
    exactly on a limit) hit and miss. No target, or a neutral indicator → None.

Rebasing
    ``rebase`` (the reference's ``rebase`` argument of ``ptd_spc``): months from which the
    process is taken to have changed (a new front door, a new recording system). The series is
    cut into segments at the first month at or after each; every segment gets its own mean and
    limits from its own points (``baseline`` counts from the segment's start), and the rules are
    applied within it, so runs and trends never cross a rebase. The result's mean and limits,
    icons and signals are the latest segment's; each point carries its own segment's mean and
    limits. A segment with fewer than ``MIN_POINTS`` values has no
    limits and no rules (the reference draws them anyway and warns); when it is the latest, the
    result is ``insufficient_data``.

Where this module decides for itself (the reference has no answer)
    * Missing values (``None``): the reference requires a series without gaps (its R code gives
      NA or errors on NA values; the Python port gives NaN). A month without a value is treated
      as a month without a row: it is left out of the mean and the moving ranges (the moving
      range bridges the gap), runs and trends continue across it, and it gets
      ``special_cause=False``, no rules and ``variation=None``. The icons and signals describe
      the latest month *with a value*. NaN is treated as None.
    * Minimum length: the reference draws limits from any number of points but warns below 13
      ("trial limits") and refuses to fix limits on fewer than 12 points. Here fewer than
      ``MIN_POINTS`` (12) values — in the baseline, when one is given — returns
      ``"insufficient_data"`` with no limits, so 13 months (even with one missing) always give a
      chart. ``baseline`` below ``MIN_POINTS`` is an error, as in the reference.
    * A constant series (every moving range 0): the reference's screening would drop every
      moving range and give NaN limits; here the AMR stays 0, the limits equal the mean, and only
      the run rules can fire (points on the mean break runs, so a flat line is common cause).
    * The Python port differs from the R package in one place, and R is followed: the port's
      7-on-one-side test has its "not on the mean" condition commented out, so points lying on
      the mean count as a run there.
    * Run lengths: the reference hard-codes 7 for both shift and trend, which is also this
      project's requirement; ``shift_length`` / ``trend_length`` only make them adjustable.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from ..formatting import month_label
from ..results import Spc, SpcPoint

LIMIT = 2.66  # natural process limits: mean ± 2.66 × average moving range
NEAR_LIMIT = 2 * (LIMIT / 3)  # two sigma: two-thirds of the way to a limit
MR_SCREEN = 3.267  # moving ranges at or above 3.267 × AMR are screened out (upper range limit)
MIN_POINTS = 12

RULES = ("outside_limits", "shift", "trend", "two_of_three")
# Each combination of the four rules' flags (in RULES order) -> the rules that flag a point.
FLAGGED_RULES = {flags: tuple(r for r, f in zip(RULES, flags) if f)
                 for flags in itertools.product((False, True), repeat=len(RULES))}
POLARITIES = ("high", "low", "neutral")

ICONS: dict[str, str] = {
    # variation (the latest month)
    "common_cause": "Common cause variation: no significant change. The ups and downs are the "
                    "month-to-month noise to be expected from this process.",
    "special_cause_improving_high": "Special cause variation of an improving nature: higher is "
                                    "better and the latest month is part of a signal of higher "
                                    "values.",
    "special_cause_improving_low": "Special cause variation of an improving nature: lower is "
                                   "better and the latest month is part of a signal of lower "
                                   "values.",
    "special_cause_concerning_high": "Special cause variation of a concerning nature: lower is "
                                     "better but the latest month is part of a signal of higher "
                                     "values.",
    "special_cause_concerning_low": "Special cause variation of a concerning nature: higher is "
                                    "better but the latest month is part of a signal of lower "
                                    "values.",
    "special_cause_neither_high": "Special cause variation of higher values, for a measure "
                                  "where neither direction is better: a real change, not noise.",
    "special_cause_neither_low": "Special cause variation of lower values, for a measure "
                                 "where neither direction is better: a real change, not noise.",
    "insufficient_data": f"Too few months with a value to calculate process limits (at least "
                         f"{MIN_POINTS} are needed), so signal cannot be told from noise.",
    # assurance (the target against the process limits)
    "consistently_met": "The target lies outside the process limits on the good side: if "
                        "nothing changes it will be met every month.",
    "consistently_failed": "The target lies outside the process limits on the wrong side: it "
                           "will not be met unless the process changes.",
    "hit_and_miss": "The target lies within the process limits: it will be met in some months "
                    "and missed in others by chance alone.",
}


def r_mean(values: list[float]) -> float:
    """The mean exactly as R's mean() computes it (the reference implementation is in R): a
    sequential long-double sum divided by n, corrected by the mean of the residuals. A value
    that lies on the mean then compares equal to it, as it does in R, and breaks a run: with
    fsum(x)/n, [0.4]*3 + [0.2]*3 + [0.3] + ... has the mean 0.30000000000000004, not 0.3."""
    # (floats, as float64 widened in numpy: a list converts to long doubles one by one, slowly)
    x = np.array(values, dtype=np.float64).astype(np.longdouble)
    s = x.cumsum()[-1] / len(x)  # cumsum adds in order, as R's loop does (sum() is pairwise)
    if np.isfinite(s):
        s += (x - s).cumsum()[-1] / len(x)
    return float(s)


def process_limits(values: list[float], *, screen_outliers: bool = True
                   ) -> tuple[float, float, float, float]:
    """(mean, lower, upper, average moving range) of a gap-free series of at least 2 values."""
    if len(values) < 2:
        raise ValueError("process limits need at least 2 values")
    mean = r_mean(values)
    ranges = [abs(b - a) for a, b in zip(values, values[1:])]
    amr = math.fsum(ranges) / len(ranges)
    if screen_outliers and amr > 0:
        kept = [r for r in ranges if r < MR_SCREEN * amr]
        amr = math.fsum(kept) / len(kept)
    return mean, mean - LIMIT * amr, mean + LIMIT * amr, amr


def xmr(months: list[str], values: list[float | None], *, polarity: str,
        target: float | None = None, baseline: int | None = None, shift_length: int = 7,
        trend_length: int = 7, screen_outliers: bool = True,
        rebase: list[str] | None = None) -> Spc:
    """XmR chart of a monthly series (oldest first). See the module docstring for the rules;
    ``rebase``: months (YYYY-MM) from which the limits are recalculated (see "Rebasing").
    Each point carries its segment's mean, lower and upper (None without limits), so a chart
    draws them as steps at each rebase."""
    if len(months) != len(values):
        raise ValueError(f"{len(months)} months but {len(values)} values")
    if polarity not in POLARITIES:
        raise ValueError(f"polarity must be one of {POLARITIES}, not {polarity!r}")
    if baseline is not None and baseline < MIN_POINTS:
        raise ValueError(f"baseline must be at least {MIN_POINTS} months, not {baseline}")
    if shift_length < 2 or trend_length < 2:
        raise ValueError("shift_length and trend_length must be at least 2")
    starts = segment_starts(months, rebase or [])
    parts = [_segment(months[a:b], values[a:b], polarity=polarity, target=target,
                      baseline=baseline, shift_length=shift_length, trend_length=trend_length,
                      screen_outliers=screen_outliers, rebased=a > 0)
             for a, b in zip(starts, starts[1:] + [len(months)])]
    if len(parts) == 1:
        return parts[0]
    return replace(parts[-1], points=tuple(p for part in parts for p in part.points),
                   rebase=tuple(months[a] for a in starts[1:]))


def segment_starts(months: list[str], rebase: list[str]) -> list[int]:
    """Index of the first month of each segment: 0, then the first month at or after each
    rebase month (a rebase at or before the first month, or after the last, changes nothing)."""
    if not rebase:
        return [0]
    starts = {next((i for i, m in enumerate(months) if m >= r), None) for r in rebase}
    return [0] + sorted(i for i in starts if i)


def _segment(months: list[str], values: list[float | None], *, polarity: str,
             target: float | None, baseline: int | None, shift_length: int,
             trend_length: int, screen_outliers: bool, rebased: bool = False) -> Spc:
    """The XmR chart of one segment: its own limits, its rules applied within it. (A run of
    England charts 4,560 series: the points are made as they are returned, not copied.)"""
    values = [None if v is None or v != v else v for v in values]  # NaN counts as missing
    valued = [(i, float(v)) for i, v in enumerate(values) if v is not None]
    present = [i for i, _ in valued]
    fixed = [v for i, v in valued if baseline is None or i < baseline]
    if len(fixed) < MIN_POINTS:
        return Spc(None, None, None, None,
                   tuple(SpcPoint(m, v, False, (), None, None, None, None)
                         for m, v in zip(months, values)),
                   "insufficient_data", None,
                   (f"Only {len(fixed)} months with a value"
                    f"{f' since the rebase in {month_label(months[0])}' if rebased else ''}"
                    f": at least {MIN_POINTS} are needed to tell signal from noise.",), ())

    mean, lower, upper, amr = process_limits(fixed, screen_outliers=screen_outliers)
    near_lower, near_upper = mean - NEAR_LIMIT * amr, mean + NEAR_LIMIT * amr

    y = [v for _, v in valued]
    n = len(y)
    side = [(v > mean) - (v < mean) for v in y]  # relative to mean: 1 above, -1 below, 0 on it
    outside = [v > upper or v < lower for v in y]
    close = [not o and (v < near_lower or v > near_upper) for v, o in zip(y, outside)]

    in_shift = part_of(shift_ends(side, shift_length), shift_length)
    in_trend = part_of([t != 0 for t in trend_ends(y, trend_length)], trend_length)
    in_two_three = [t and c for t, c in zip(two_in_three(close, side), close)]

    points = [SpcPoint(m, v, False, (), None, mean, lower, upper) for m, v in zip(months, values)]
    for k, flags in enumerate(zip(outside, in_shift, in_trend, in_two_three)):
        if rules := FLAGGED_RULES[flags]:  # a special cause: its point made again with them
            i = present[k]
            direction = _direction(k, y, side, outside, in_trend, in_two_three, in_shift)
            points[i] = SpcPoint(months[i], values[i], True, rules,
                                 _variation(direction, polarity), mean, lower, upper)
    last = n - 1
    last_direction = _direction(last, y, side, outside, in_trend, in_two_three, in_shift)
    return Spc(mean, lower, upper, amr, tuple(points),
               _variation_icon(last_direction, polarity),
               assurance_icon(target, lower, upper, polarity),
               _signals(points[present[last]], [months[i] for i in present], y, side, close), ())


def _sign(x: float) -> int:
    """(Written out as `(a > b) - (a < b)` in the loops over every point, for speed.)"""
    return (x > 0) - (x < 0)


# The rule helpers mirror the reference's ptd_seven_point_one_side_mean, ptd_seven_point_trend,
# ptd_part_of_seven_trend and ptd_two_in_three (R/ptd_calculate_point_type.R).

def shift_ends(side: list[int], length: int = 7) -> list[bool]:
    """True where a run of `length` points on one side of the mean (side 1 or -1) ends."""
    return [run >= length for run in _runs(side)]


def trend_ends(y: list[float], length: int = 7) -> list[int]:
    """1 / -1 where `length` points each strictly above / below the one before end, else 0."""
    steps = [0][:len(y)] + [(b > a) - (b < a) for a, b in zip(y, y[1:])]  # i: from i - 1 to i
    return [step if run >= length - 1 else 0 for step, run in zip(steps, _runs(steps))]


def _runs(signs: list[int]) -> list[int]:
    """At each position, how many signs in a row end there equal to it and not 0 (0 for a 0)."""
    out, run, before = [], 0, 0
    for sign in signs:
        run = 0 if sign == 0 else run + 1 if sign == before else 1
        before = sign
        out.append(run)
    return out


def part_of(ends: list[bool], length: int = 7) -> list[bool]:
    """A point is part of a run if a qualifying run ends at it or within the next length-1."""
    out, next_end = [False] * len(ends), None
    for i in range(len(ends) - 1, -1, -1):  # from the end: the nearest run ending at or after i
        next_end = i if ends[i] else next_end
        out[i] = next_end is not None and next_end - i < length
    return out


def two_in_three(close: list[bool], side: list[int]) -> list[bool]:
    """True for every point of a full window of 3 consecutive points, all on the same side of
    the mean, of which at least 2 are close to a limit. Only the close ones are flagged by the
    rule (``two_in_three(...)[i] and close[i]``)."""
    out = [False] * len(close)
    for s in range(len(close) - 2):  # each full window, once
        if close[s] + close[s + 1] + close[s + 2] >= 2 and abs(side[s] + side[s + 1] + side[s + 2]) == 3:
            out[s] = out[s + 1] = out[s + 2] = True
    return out


def _direction(k: int, y: list[float], side: list[int], outside: list[bool],
               in_trend: list[bool], in_two_three: list[bool], in_shift: list[bool]) -> int:
    """+1 high / -1 low for a special-cause point by its top-priority rule; 0 for common cause."""
    if outside[k]:
        return 1 if side[k] == 1 else -1
    if in_trend[k]:
        # the reference's rule: the step to the next point if it is also in a trend, else the
        # step from the previous point; anything but a rise counts as decreasing
        if k + 1 < len(y) and in_trend[k + 1]:
            step = _sign(y[k + 1] - y[k])
        else:
            step = _sign(y[k] - y[k - 1]) if k > 0 else 0
        return 1 if step == 1 else -1
    if in_two_three[k] or in_shift[k]:
        return 1 if side[k] > 0 else -1
    return 0


def _variation(direction: int, polarity: str) -> str | None:
    if direction == 0:
        return None
    if polarity == "neutral":
        return "neither"
    good = 1 if polarity == "high" else -1
    return "improvement" if direction == good else "concern"


def _variation_icon(direction: int, polarity: str) -> str:
    if direction == 0:
        return "common_cause"
    kind = {"improvement": "improving", "concern": "concerning", "neither": "neither"}[
        _variation(direction, polarity) or "neither"]  # never None: direction is not 0
    return f"special_cause_{kind}_{'high' if direction == 1 else 'low'}"


def assurance_icon(target: float | None, lower: float, upper: float, polarity: str
                   ) -> str | None:
    """Target against the process limits, as the reference's ptd_calculate_assurance_type."""
    if target is None or polarity == "neutral":
        return None
    higher_is_better = polarity == "high"
    if target > upper:
        return "consistently_failed" if higher_is_better else "consistently_met"
    if target < lower:
        return "consistently_met" if higher_is_better else "consistently_failed"
    return "hit_and_miss"


def _signals(latest: SpcPoint, months: list[str], y: list[float], side: list[int],
             close: list[bool]) -> tuple[str, ...]:
    """Plain-English one-liners for the rules that flag the latest month with a value."""
    rules, last, out = latest.rules, len(y) - 1, []
    where = "above" if side[last] > 0 else "below"
    if "outside_limits" in rules:
        out.append(f"{month_label(latest.month)} is {where} the "
                   f"{'upper' if side[last] > 0 else 'lower'} process limit")
    if "shift" in rules:
        start = last
        while start > 0 and side[start - 1] == side[last]:
            start -= 1
        out.append(f"{last - start + 1} months in a row {where} the mean "
                   f"(from {month_label(months[start])})")
    if "trend" in rules:
        step = _sign(y[last] - y[last - 1])
        start = last - 1
        while start > 0 and _sign(y[start] - y[start - 1]) == step:
            start -= 1
        out.append(f"{last - start + 1} months in a row "
                   f"{'increasing' if step > 0 else 'decreasing'} (from {month_label(months[start])})")
    if "two_of_three" in rules:
        out.append(f"{sum(close[-3:])} of the last 3 months more than two-thirds of the way to the "
                   f"{'upper' if side[last] > 0 else 'lower'} process limit")
    return tuple(out)


def rule_words(points: Sequence[SpcPoint]) -> dict[str, list[str]]:
    """Month -> the rules that flag it, in plain words ("outside the process limits", "7 or more
    in a row above the mean"), from ``xmr``'s points (each with its segment's mean); only
    flagged months. A trend's direction is that of the step to the next month with a value in
    the trend, else from the one before."""
    valued = [p for p in points if p.value is not None]
    out = {}
    for k, p in enumerate(valued):
        if not p.rules:
            continue
        assert p.value is not None
        where = "above" if p.mean is not None and p.value > p.mean else "below"
        nxt = valued[k + 1] if k + 1 < len(valued) and "trend" in valued[k + 1].rules else None
        step = (nxt.value - p.value if nxt and nxt.value is not None else
                p.value - (valued[k - 1].value or 0) if k else 0)
        words = {
            "outside_limits": "outside the process limits",
            "shift": f"7 or more in a row {where} the mean",
            "trend": f"7 or more in a row {'rising' if step > 0 else 'falling'}",
            "two_of_three": f"2 of 3 in a row close to the "
                            f"{'upper' if where == 'above' else 'lower'} process limit",
        }
        out[p.month] = [words[r] for r in p.rules]
    return out
