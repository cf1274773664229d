"""Number and date formatting for people (machine-readable output is never rounded)."""

from __future__ import annotations

import datetime as dt

SPARK_BARS = "▁▂▃▄▅▆▇█"


def month_label(month: str | dt.date) -> str:
    """'2014-08' -> 'August 2014'."""
    if isinstance(month, str):
        month = dt.datetime.strptime(month, "%Y-%m").date()
    return month.strftime("%B %Y")


def value(v: float | int | None, unit: str) -> str:
    """Presentation rounding: 2 decimal places for percentages, 1 for rates, counts whole."""
    if v is None:
        return "no cases" if unit == "percent" else "–"
    if unit == "percent":
        return f"{v:.2f}%"
    if unit == "per_10k":
        return f"{v:.1f}"
    return f"{int(v):,}"


def sparkline(values: list[float | int | None]) -> str:
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = (high - low) or 1
    return "".join(" " if v is None else SPARK_BARS[round((v - low) / span * (len(SPARK_BARS) - 1))]
                   for v in values)
