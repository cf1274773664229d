"""Number and date formatting for people (machine-readable output is never rounded)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from rich.markup import escape

SPARK_BARS = "▁▂▃▄▅▆▇█"


def terminal(text: object) -> str:
    """Text from a user or a file, safe to print on a Rich console: markup escaped (an
    `la_name` of "[/bold]" must neither style nor crash) and control characters shown as escapes
    (an ESC from a file must not drive the terminal)."""
    text = "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in ("Cc", "Cf")
                   else c for c in str(text))
    return escape(text)


@lru_cache(maxsize=4096)
def month_label(month: str | dt.date) -> str:
    """'2014-08' -> 'August 2014'."""
    if isinstance(month, str):
        month = dt.datetime.strptime(month, "%Y-%m").date()
    return month.strftime("%B %Y")


def date_label(day: dt.date) -> str:
    """2014-09-03 -> '3 September 2014'."""
    return f"{day.day} {day:%B %Y}"


def fixed(v: float, places: int) -> str:
    """`v` to `places` decimal places, rounded half up (12.25 -> 12.3) after removing
    floating-point noise (0.1225 x 100 = 12.249999999999998 counts as 12.25)."""
    d = Decimal(repr(round(v, 9))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{d:.{places}f}"


def value(v: float | int | None, unit: str, places: int | None = None) -> str:
    """Presentation rounding: 2 decimal places for percentages, 1 for rates and means (the catalogue's
    rule, unless `places` says otherwise), counts whole."""
    if v is None:
        return "no cases" if unit == "percent" else "–"
    if unit == "percent":
        return f"{fixed(v, 2 if places is None else places)}%"
    if unit in ("per_10k", "mean"):
        return fixed(v, 1 if places is None else places)
    return f"{int(v):,}"


NOT_COVERED = "not covered"  # a month outside the window of the return it comes from


def point_value(p, unit: str) -> str:
    """A monthly point's value for people: "not covered" where its source does not hold it, `c`
    where an open output hides it (as report.disclosure.SUPPRESSED)."""
    if getattr(p, "suppressed", None):
        return "c"
    return value(p.value, unit) if p.covered else NOT_COVERED


def with_unit(v: float | int | None, unit: str, places: int | None = None) -> str:
    """`value`, with "per 10,000" after a rate: "54.9 per 10,000"."""
    text = value(v, unit, places)
    return f"{text} per 10,000" if unit == "per_10k" and v is not None else text


def sparkline(values: list[float | int | None]) -> str:
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = (high - low) or 1
    return "".join(" " if v is None else SPARK_BARS[round((v - low) / span * (len(SPARK_BARS) - 1))]
                   for v in values)
