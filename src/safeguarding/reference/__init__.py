"""English councils and their ONS mid-year 0-17 populations.

The tables ship with the package (``councils.csv``, ``populations.csv``), built by
``scripts/build_reference.py`` from published DfE/ONS files; see ``ATTRIBUTION.md``.
Councils are keyed by their DfE 3-digit local authority number (e.g. ``"884"``), and
include councils that were later reorganised (e.g. Northamptonshire, Cumbria).

``bank_holidays.csv`` (England and Wales, 1990-2040) is read by ``safeguarding.calendar``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

__all__ = [
    "ATTRIBUTION",
    "Council",
    "council",
    "councils",
    "population",
    "population_for_year",
]

ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0."


@dataclass(frozen=True)
class Council:
    la_code: str
    ons_code: str
    name: str
    region_code: str
    region_name: str


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def _councils() -> Mapping[str, Council]:
    table = {
        row["la_code"]: Council(
            la_code=row["la_code"],
            ons_code=row["ons_code"],
            name=row["la_name"],
            region_code=row["region_code"],
            region_name=row["region_name"],
        )
        for row in _read_csv("councils.csv")
    }
    return MappingProxyType(dict(sorted(table.items())))


@cache
def _populations() -> Mapping[str, Mapping[int, int]]:
    table: dict[str, dict[int, int]] = {}
    for row in _read_csv("populations.csv"):
        table.setdefault(row["la_code"], {})[int(row["year"])] = int(row["population"])
    return MappingProxyType(
        {code: MappingProxyType(dict(sorted(years.items()))) for code, years in table.items()}
    )


def _code(la_code: str) -> str:
    return str(la_code).strip()


def council(la_code: str) -> Council:
    """The council with DfE local authority number ``la_code`` (e.g. ``"884"``)."""
    code = _code(la_code)
    try:
        return _councils()[code]
    except KeyError:
        raise KeyError(
            f"Unknown local authority code {code!r}: not in the reference council table"
        ) from None


def councils() -> list[Council]:
    """All councils in the reference table, sorted by la_code."""
    return list(_councils().values())


def population(la_code: str) -> dict[int, int]:
    """Mid-year -> ONS 0-17 population estimate for the council (empty if unknown)."""
    return dict(_populations().get(_code(la_code), {}))


def population_for_year(la_code: str, year: int) -> tuple[int, int, str | None]:
    """(population, year_used, warning) for the council's 0-17 population in ``year``.

    If ``year`` is not in the table the nearest available year is used (the later one
    on a tie) and ``warning`` says so; otherwise ``warning`` is None. Raises KeyError
    if the council has no population figures at all.
    """
    code = _code(la_code)
    by_year = _populations().get(code)
    if not by_year:
        raise KeyError(f"No 0-17 population in the reference table for local authority {code!r}")
    year = int(year)
    if year in by_year:
        return by_year[year], year, None
    used = min(by_year, key=lambda available: (abs(available - year), -available))
    value = by_year[used]
    warning = (
        f"0-17 population for {year} not in the reference table; used mid-{used} ({value:,})"
    )
    return value, used, warning
