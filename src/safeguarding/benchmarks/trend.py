"""An indicator's published trend: the council, its statistical neighbours and England over the
last ``YEARS`` DfE years, and whether the gap to the neighbours is widening or closing.

Years: the latest ``YEARS`` years, up to and including the comparison's year, in which the
measure has any published figure (so a measure first published in 2016 compared in 2017 has
two). Each year's figures are the comparison's own (``compare.figures``): the same measure,
the same statistical-neighbour model (the comparison's ``sn_model``, for every year) and the
same neighbours' mean, with reorganised councils handled by year. A figure not published (a
suppressed council, say) is None.

The gap reading (``gap_reading``): the gap is council minus neighbours' mean, in the years
where both are published, to 1 decimal place (half up) as the sentence shows it, so that the
figures it states add up; the threshold too. With fewer than two such years there is no
reading. Otherwise the size of the gap (its absolute value) in the last of them is compared
with the first:

- ``widening`` when it grew by at least the threshold;
- ``closing`` when it shrank by at least the threshold;
- ``stable`` otherwise.

The threshold (``threshold``) is 2 percentage points for a percentage, and 10% of the
neighbours' mean in the last year for a rate per 10,000 (rates differ in scale by a hundredfold
between measures; a percentage point means the same on every percentage measure). The reading
is about the size of the gap only: a council that moved from 3 above its neighbours to 4 below
is "stable", and the sentence says both sides.
"""

from __future__ import annotations

import datetime as dt

from .. import formatting as fmt
from ..results import Benchmark, Comparison, PublishedTrend
from .compare import figures
from .store import published_years
from .measures import BY_CODE

YEARS = 5
PERCENT_POINTS = 2.0  # threshold for a percentage measure, in percentage points
RATE_SHARE = 0.10  # threshold for a rate: this share of the neighbours' mean in the last year
RULE = ("the size of the gap to the statistical neighbours' mean (council minus neighbours) in "
        "the last year with both figures against the first: widening or closing when it changed "
        "by at least 2 percentage points (a percentage) or 10% of the neighbours' mean in the "
        "last year (a rate per 10,000), else stable")


def threshold(unit: str, neighbours_last: float) -> float:
    """The change in the gap's size that counts as widening or closing (see the docstring)."""
    return PERCENT_POINTS if unit == "percent" else RATE_SHARE * abs(neighbours_last)


def _tenths(v: float) -> float:
    """To 1 decimal place, half up, as the sentence shows it (so its arithmetic adds up)."""
    return float(fmt.fixed(v, 1))


def _size(v: float, unit: str) -> str:
    """A gap or change for people: '3.0 percentage points', '12.4 per 10,000'."""
    return f"{fmt.fixed(abs(v), 1)} {'percentage points' if unit == 'percent' else 'per 10,000'}"


def _side(gap: float, unit: str) -> str:
    if round(gap, 9) == 0:
        return "level with them"
    return f"{_size(gap, unit)} {'above' if gap > 0 else 'below'}"


def gap_reading(years: list[int], council: list[float | None], neighbours: list[float | None],
                unit: str) -> tuple[str | None, str]:
    """(``widening`` | ``closing`` | ``stable`` | None, one line saying so) for a trend's
    figures, oldest first (see the module docstring for the rule)."""
    both = [(y, _tenths(c - n), n) for y, c, n in zip(years, council, neighbours)
            if c is not None and n is not None]
    if len(both) < 2:
        return None, ("No reading of the gap: fewer than two years with both the council's "
                      "and the neighbours' published figures")
    (y0, g0, _), (y1, g1, n1) = both[0], both[-1]
    limit = _tenths(threshold(unit, n1))
    change = round(abs(g1) - abs(g0), 9)  # tenths: no floating-point noise at the line
    trend = ("widening" if change > 0 and change >= limit else
             "closing" if change < 0 and -change >= limit else "stable")
    moved = ("its size unchanged" if change == 0 else
             f"its size {'up' if change > 0 else 'down'} {_size(change, unit)}")
    sentence = (f"The gap to statistical neighbours is {trend}: {_side(g0, unit)} in {y0}, "
                f"{_side(g1, unit)} in {y1} ({moved}; {_size(limit, unit)} counts as a change)")
    return trend, sentence


def published_trend(benchmark: Comparison | None, la_code: str) -> PublishedTrend | None:
    """The trend behind an available comparison (``compare.comparison``), or None when there
    is none; its figures are oldest first, None where not published."""
    if not isinstance(benchmark, Benchmark):
        return None
    measure = BY_CODE[benchmark.measure]
    years = [y for y in published_years(measure.code) if y <= benchmark.year][-YEARS:]
    model = benchmark.sn_model
    rows = [figures(measure, y, la_code, dt.date(y, 3, 1), resolved=(model, None)) for y in years]

    def series(name: str) -> tuple[float | None, ...]:
        return tuple(r.figure(name) if isinstance(r, Benchmark) else None for r in rows)

    council, neighbours = series("council"), series("neighbours")
    trend, sentence = gap_reading(years, list(council), list(neighbours), measure.unit)
    return PublishedTrend(measure.code, model, tuple(years), council, neighbours,
                          series("england"), trend, sentence, RULE)
