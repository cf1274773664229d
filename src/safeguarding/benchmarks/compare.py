"""A council's figure beside its statistical neighbours, its region and England.

Year: a monthly value is compared with the latest DfE year ending on or before the reporting
month's last day (year ``Y`` ends 31 March ``Y``): March 2015 to February 2016 use 2015, so a
March value (a 31 March snapshot, or the rolling year April to March) meets the DfE figure for
the same date or year. The year chosen is the latest in which the measure has any published
figure; the council's own figure for it may still be suppressed.

Quartile (``quartile``): the ``n`` councils with a published figure for the measure and year
are ranked 1 to ``n`` by the indicator's polarity: ``high`` ranks the highest value first,
``low`` the lowest first, and ``neutral`` (no better direction) the lowest first too, so its
quartile 1 holds the lowest values and 4 the highest. Tied councils all take the smallest rank
among them (10, 20, 20, 30 rank 1, 2, 2, 4). Then
quartile = floor(4 x (rank - 1) / n) + 1, so quartile ``b`` holds ranks ceil((b - 1) n / 4) + 1
to ceil(b n / 4): with 8 councils 1-2, 3-4, 5-6, 7-8; with 10, 1-3, 4-5, 6-8, 9-10. A council
with no published figure has no quartile and is not counted in ``n``. Every available
comparison states this in its ``quartile_method`` (``quartile_method()``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from .. import reference
from ..indicators import REGISTRY
from .areas import ENGLAND, existed, named, reorganisation_of
from .measures import BY_CODE, BY_INDICATOR, ONLY_WHEN, Measure
from .neighbours import (NeighbourFigure, command_model, neighbour_figure, neighbours,
                         resolve_model)
from ..results import Benchmark, Comparison, NeighbourValue, NoBenchmark, jsonable
from .store import Figure, published_years, table_in_use
from .store import figures as published_figures


def year_for_month(month: dt.date) -> int:
    """The last DfE year (ending 31 March) that ends on or before the end of ``month``."""
    return month.year if month.month >= 3 else month.year - 1


def unavailable(reason: str, measure: str | None = None, year: int | None = None) -> NoBenchmark:
    return NoBenchmark(reason=reason, measure=measure, year=year)


def quartile(values: Mapping[str, float | None], la_code: str, polarity: str
             ) -> tuple[int | None, int]:
    """(quartile of ``la_code``, number of councils ranked) among the published ``values``
    (None or NaN: not published)."""
    shown = {code: v for code, v in values.items() if v is not None and v == v}
    return _quartile_among(shown.get(la_code), sorted(shown.values()), polarity), len(shown)


def _quartile_among(own: float | None, ranked: list[float], polarity: str) -> int | None:
    """``own``'s quartile among the published values ``ranked`` (ascending, ``own`` included)."""
    if own is None or own != own:
        return None
    better = (len(ranked) - bisect.bisect_right(ranked, own) if polarity == "high"
              else bisect.bisect_left(ranked, own))  # rank - 1: the councils ranked before
    return math.floor(4 * better / len(ranked)) + 1


ORDER = {"high": "highest value first (higher is better)",
         "low": "lowest value first (lower is better)",
         "neutral": "lowest value first (a neutral measure has no better direction)"}


def quartile_bands(ranked: int) -> list[tuple[int, int]]:
    """The ranks (first, last) that ``quartile`` puts in quartiles 1 to 4 among ``ranked``
    councils: quartile b holds ranks ceil((b - 1) n / 4) + 1 to ceil(b n / 4) (empty when n < 4)."""
    return [(-(-(b - 1) * ranked // 4) + 1, -(-b * ranked // 4)) for b in (1, 2, 3, 4)]


@lru_cache(maxsize=None)  # (a run of England asks for the same few thousands of times)
def quartile_method(polarity: str, ranked: int) -> str:
    """What ``quartile`` does, in words, for a polarity and a number of councils ranked."""
    if ranked == 0:
        return "no council has a published figure, so none is ranked"
    bands = ", ".join(f"{b} = rank{'s' if lo != hi else ''} {lo}{'' if lo == hi else f'-{hi}'}"
                      for b, (lo, hi) in enumerate(quartile_bands(ranked), start=1) if lo <= hi)
    councils = "the 1 council" if ranked == 1 else f"the {ranked} councils"
    return (f"{councils} with a published figure ranked {ORDER[polarity]}; tied "
            f"councils share the smallest rank among them; quartile = floor(4 x (rank - 1) / "
            f"{ranked}) + 1: quartile {bands}")


def _name(code: str) -> str:
    try:
        return reference.council(code).name
    except KeyError:
        return code


def figures(measure: Measure, year: int, la_code: str, month: dt.date,
            sn_model: int | None = None, details: bool = False,
            resolved: tuple[int | None, str | None] | None = None) -> Comparison:
    """The comparison for one measure and year (see ``comparison``); the neighbour model is
    ``resolve_model(la_code, month, sn_model)`` unless ``resolved`` gives (model, note)."""
    try:
        reference.council(la_code)
    except KeyError as exc:
        return unavailable(str(exc).strip("'\""), measure.code, year)
    return _figures(table_in_use(), measure, year, la_code,
                    resolved or resolve_model(la_code, month, sn_model), details)


@lru_cache(maxsize=1 << 15)
def _figures(table: tuple[str, int] | None, measure: Measure, year: int, la_code: str,
             resolved: tuple[int | None, str | None], details: bool) -> Comparison:
    """`figures`, once per table in use, measure, year, council and model: a run compares each
    council's latest year for its reporting month and again for the trend of the years before,
    and a run of England makes thousands of them (a Benchmark is immutable, so shared)."""
    council = reference.council(la_code)
    by_area, councils, ranked, source = _indexed(table, measure.code, year)
    if source is None:
        return unavailable(f"no published {measure.code} figure for {year}", measure.code, year)
    notes = []

    def pick(code: str) -> tuple[float | None, str | None]:
        if code not in by_area:
            return None, None
        f = by_area[code]
        return (None, f.mark) if f.value is None else (float(f.value), None)

    own, own_mark = pick(council.la_code)
    if not existed(council.la_code, year):
        own_mark = own_mark or "not a council"
        made = reorganisation_of(council.la_code)
        assert made is not None  # a council that did not exist yet was made by a reorganisation
        notes.append(f"{named(council.la_code)} did not exist in {year}: {made.what}")
    region, region_mark = pick(council.region_code)
    england, england_mark = pick(ENGLAND)
    model, model_note = resolved
    notes += [model_note] if model_note else []
    nb = (neighbour_figure(councils, council.la_code, neighbours(council.la_code, model), year)
          if model else NeighbourFigure(None, None, 0))
    notes += nb.notes
    polarity = REGISTRY[measure.indicator].polarity
    own_figure = councils.get(council.la_code)
    q = _quartile_among(own_figure.value if own_figure else None, ranked, polarity)
    return Benchmark(
        year=year, measure=measure.code, council=own, neighbours=nb.mean, neighbours_n=nb.n,
        region=region, england=england, quartile=q, neighbours_median=nb.median,
        council_mark=own_mark, region_mark=region_mark, england_mark=england_mark,
        sn_model=model, region_code=council.region_code, region_name=council.region_name,
        quartile_of=len(ranked), polarity=polarity,
        quartile_method=quartile_method(polarity, len(ranked)), source=source, notes=tuple(notes),
        neighbour_values=tuple(NeighbourValue(s.la_code, s.used, s.value, s.mark, _name(s.la_code))
                               for s in nb.slots)
        if details else None)


class _Year(NamedTuple):
    """One measure and year of the table in use, indexed for the comparisons (a run of England
    makes thousands of them against the same few dozen measures and years)."""
    by_area: dict[str, Figure]
    councils: dict[str, Figure]
    ranked: list[float]  # the councils' published values, ascending
    source: str | None  # the source most figures come from; None: no published figure at all


@lru_cache(maxsize=1024)
def _indexed(table: tuple[str, int] | None, measure: str, year: int) -> _Year:
    by_area = published_figures(measure, year)
    councils = {code: f for code, f in by_area.items() if f.area_level == "council"}
    ranked = sorted(f.value for f in councils.values() if f.value is not None)
    published = any(f.value is not None for f in by_area.values())
    return _Year(by_area, councils, ranked,
                 _most_common(f.source for f in by_area.values()) if published else None)


def comparison(indicator_id: str, la_code: str, month: dt.date,
               sn_model: int | None = None, policy: object | None = None) -> Comparison:
    """The benchmarks for an indicator's reporting month.

    Available: a ``Benchmark`` (results.py); figures are floats, or None when not published
    (the ``*_mark`` then holds the DfE mark, e.g. ``"c"``); ``quartile_method`` says in words
    how the quartile was found. Otherwise a ``NoBenchmark`` with the reason: an indicator with no DfE measure (including a local one),
    no published year by ``month``, an unknown council, or a ``policy`` (the council's local
    standards) that measures differently from the DfE measure (``ONLY_WHEN``).
    """
    measure = BY_INDICATOR.get(indicator_id)
    if measure is None:
        return unavailable("no published benchmark: the DfE publishes no comparable figure")
    if measure.code in ONLY_WHEN and policy is not None:
        field, wanted = ONLY_WHEN[measure.code]
        if getattr(policy, field) != wanted:
            return unavailable(f"no comparable benchmark: {measure.code} counts {wanted} days "
                               f"and the council's policy {field} is {getattr(policy, field)}",
                               measure.code)
    years = published_years(measure.code)
    eligible = [y for y in years if y <= year_for_month(month)]
    if not eligible:
        first = f" (the first is {years[0]})" if years else ""
        return unavailable(f"no published {measure.code} figure for a year ending on or before "
                           f"{month:%B %Y}{first}", measure.code)
    return figures(measure, eligible[-1], la_code, month, sn_model)


def _most_common(sources) -> str:
    """The source most figures come from (ties: the first in sorted order, as a data frame's
    mode gives). Every figure in the table has its source."""
    counts = Counter(s for s in sources if s is not None)
    return min(counts, key=lambda s: (-counts[s], s))


def profile(la_code: str, year: int | None = None, measure: str | None = None,
            sn_model: int | None = None, on: dt.date | None = None) -> list[dict]:
    """Every measure (or one) for a council, as the JSON contract's dicts: ``year``, or each measure's latest published year.
    One neighbour model for all of them, the one ``safeguarding benchmarks neighbours`` lists:
    ``sn_model``, else the one in force on ``on`` (default: today; ``command_model``)."""
    if measure is not None and measure not in BY_CODE:
        raise KeyError(f"unknown measure {measure!r}: choose one of {', '.join(BY_CODE)}")
    resolved = command_model(la_code, sn_model, on)
    out = []
    for m in [BY_CODE[measure]] if measure else BY_CODE.values():
        y = year
        if y is None:
            years = published_years(m.code)
            y = years[-1] if years else None
        result = (figures(m, y, la_code, dt.date(y, 3, 1), sn_model, details=measure is not None,
                          resolved=resolved)
                  if y is not None else unavailable(f"no published {m.code} figure", m.code))
        out.append({"indicator": m.indicator, "label": m.label, "unit": m.unit,
                    **jsonable(result)})
    return out
