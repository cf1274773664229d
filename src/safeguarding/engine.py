"""Everything that depends on the engine behind Ibis, in one place.

Backend quirks handled here:
- DuckDB's `DATE + INTERVAL` yields a TIMESTAMP: `add_months`/`add_days` cast back to DATE so
  comparisons stay date-to-date on every backend. Month arithmetic clips to the month's last
  day (31 January + 1 month = 28/29 February) on DuckDB and Spark alike.
- Datetimes (contact and screening times) are compared as naive local timestamps: no time
  zone is attached anywhere, so no backend shifts them.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

ENGINES = ("duckdb",)


def add_months(d: ir.DateValue, months: int | ir.IntegerValue) -> ir.DateValue:
    if isinstance(months, int):
        return (d + ibis.interval(months=months)).cast("date")
    return (d + months.as_interval("M")).cast("date")


def add_days(d: ir.DateValue, days: int) -> ir.DateValue:
    return (d + ibis.interval(days=days)).cast("date")


def days_between(a: ir.DateValue, b: ir.DateValue) -> ir.IntegerValue:
    """b - a in calendar days."""
    return b.delta(a, unit="day")
