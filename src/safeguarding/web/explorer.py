"""The benchmark explorer: the DfE's published figures for any council, beside its statistical
neighbours, region and England, over the published years. Public data: no sign-in needed.
Every figure comes from `benchmarks.profile`, as `safeguarding benchmarks --la` shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import benchmarks, reference
from .. import formatting as fmt


@dataclass(frozen=True)
class Figures:
    """One measure's published figures for one year, formatted ("not published" where none)."""
    indicator: str
    label: str
    measure: str
    year: int | None
    available: bool
    reason: str | None
    council: str
    neighbours: str
    neighbours_n: int
    region: str
    england: str
    quartile: str


def _shown(v: float | None, mark: str | None, unit: str) -> str:
    return (mark or "not published") if v is None else fmt.value(v, unit)


def _figures(r: dict) -> Figures:
    if not r["available"]:
        return Figures(r["indicator"], r["label"], r["measure"], r.get("year"), False,
                       r["reason"], "", "", 0, "", "", "")
    u = r["unit"]
    return Figures(r["indicator"], r["label"], r["measure"], r["year"], True, None,
                   _shown(r["council"], r["council_mark"], u), _shown(r["neighbours"], None, u),
                   r["neighbours_n"], _shown(r["region"], r["region_mark"], u),
                   _shown(r["england"], r["england_mark"], u),
                   f"{r['quartile']} of 4" if r["quartile"] else "–")


def councils() -> list[reference.Council]:
    return sorted(reference.councils(), key=lambda c: c.name)


def council(la_code: str) -> reference.Council | None:
    try:
        return reference.council(la_code)
    except KeyError:
        return None


def latest(la_code: str, today: dt.date) -> list[Figures]:
    """Every measure's latest published year."""
    return [_figures(r) for r in benchmarks.profile(la_code, on=today)]


def years(measure: str) -> list[int]:
    t = benchmarks.table()
    return sorted({int(y) for y in t.loc[(t.measure == measure) & t.published, "year"]})


def over_years(la_code: str, measure: str, today: dt.date) -> tuple[list[Figures], list[dict]]:
    """One measure over every published year, oldest first, and the latest year's neighbours
    (code, name, figure), closest first."""
    rows = [benchmarks.profile(la_code, year=y, measure=measure, on=today)[0] for y in years(measure)]
    neighbours = []
    last = rows[-1] if rows else None
    if last and last["available"] and last.get("neighbour_values"):
        neighbours = [{"la_code": s["la_code"], "name": s["name"],
                       "value": _shown(s["value"], s["mark"], last["unit"])}
                      for s in last["neighbour_values"]]
    return [_figures(r) for r in rows], neighbours
