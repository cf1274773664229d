"""The indicator registry: one decorated function per indicator, its metadata beside it.

An indicator function receives a `Context` and returns an Ibis table of *cases* with the
columns `la_code` and `month` (the month's first day):

- for `count` and `per_10k` indicators, one row per thing counted;
- for `percent` indicators, one row per member of the denominator, with a boolean `hit`
  saying whether it is in the numerator;
- for `mean` indicators, one row per member of the denominator, with a whole number `amount`
  (the value is the sum of the amounts over the number of rows).

`compute` turns cases into the series (numerator, denominator, value) the same way for all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal

Unit = Literal["count", "percent", "per_10k", "mean"]
Polarity = Literal["high", "low", "neutral"]
# What a month's figure counts: events in the month, events in the 12 months to its end, or what
# is open at its end. With `lookback`, the months of history before that it also reads (None:
# all history), this says which months a source covering only a window can support.
Period = Literal["month", "rolling", "month_end"]
PERIODS = ("month", "rolling", "month_end")
AREAS = {
    "front_door": "Front door",
    "assessments": "Assessments",
    "child_protection": "Child protection",
    "looked_after": "Looked-after children",
    "children_in_need": "Children in need",
    "allocation": "Allocation and caseloads",
}


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: Unit
    polarity: Polarity
    area: str
    definition: str
    benchmark: str | None  # the DfE measure it maps to, as in the catalogue
    needs: tuple[str, ...]  # "table" or "table.column" the indicator cannot do without
    excluded_note: str | None  # why cases flagged `excluded` are left out (a data-quality warning)
    period: Period
    lookback: int | None  # months of earlier history read (None: all of it)
    fn: Callable = field(repr=False, compare=False)
    # A local indicator written as SQL (indicators/local.py): its query, run on DuckDB only.
    sql: str | None = field(default=None, repr=False, compare=False)
    origin: str | None = None  # where a local indicator was defined ("FILE line N"); None: built in


REGISTRY: dict[str, Indicator] = {}


def indicator(*, id: str, name: str, unit: Unit, polarity: Polarity, area: str,
              definition: str, needs: tuple[str, ...], period: Period, lookback: int | None = 0,
              benchmark: str | None = None, excluded_note: str | None = None):
    """Register an indicator. A duplicate id, an unknown unit, polarity, area or period fails at
    import."""
    if id in REGISTRY:
        raise ValueError(f"indicator id {id!r} is registered twice")
    if unit not in ("count", "percent", "per_10k", "mean"):
        raise ValueError(f"{id}: unknown unit {unit!r}")
    if polarity not in ("high", "low", "neutral"):
        raise ValueError(f"{id}: unknown polarity {polarity!r}")
    if area not in AREAS:
        raise ValueError(f"{id}: unknown area {area!r}")
    if period not in PERIODS:
        raise ValueError(f"{id}: unknown period {period!r}")

    def register(fn: Callable) -> Callable:
        REGISTRY[id] = Indicator(id, name, unit, polarity, area, " ".join(definition.split()),
                                 benchmark and " ".join(benchmark.split()), needs, excluded_note,
                                 period, lookback, fn)
        return fn

    return register
