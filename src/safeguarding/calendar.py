"""The working-day calendar: England and Wales bank holidays, 1990-2040, as a table.

`WD(a, b)`, the number of working days d with a < d <= b, is then a join and a subtraction
in the engine: `ordinal(b) - ordinal(a)`, where `ordinal(d)` counts the working days up to
and including d.

The bank holidays ship with the package (`reference/bank_holidays.csv`, written by
`scripts/build_bank_holidays.py` from the `holidays` package): computing them takes longer
than a county's queries, and every run needs them. tests/test_calendar.py fails while the
shipped list differs from the `holidays` package's.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources

import numpy as np
import pyarrow as pa

FIRST_YEAR, LAST_YEAR = 1990, 2040
SHIPPED = "bank_holidays.csv"  # in safeguarding.reference


def computed_bank_holidays() -> tuple[dt.date, ...]:
    """England and Wales bank holidays, substitute days and one-off days included, from the
    `holidays` package (what `bank_holidays.csv` is written from)."""
    import holidays

    days = holidays.country_holidays("GB", subdiv="ENG", years=range(FIRST_YEAR, LAST_YEAR + 1))
    return tuple(sorted(days))


@cache
def bank_holidays() -> tuple[dt.date, ...]:
    """The shipped bank holidays, FIRST_YEAR to LAST_YEAR (see the module docstring)."""
    text = resources.files("safeguarding.reference").joinpath(SHIPPED).read_text(encoding="utf-8")
    _header, *days = text.split()
    return tuple(map(dt.date.fromisoformat, days))


@cache
def calendar_table() -> pa.Table:
    """One row per day: date, is_working_day, wd_ordinal (working days up to and including it),
    month (the first day of its month)."""
    days = np.arange(np.datetime64(f"{FIRST_YEAR}-01-01"), np.datetime64(f"{LAST_YEAR + 1}-01-01"))
    weekday = (days.astype("int64") + 3) % 7  # 1970-01-01 was a Thursday (3 with Monday = 0)
    working = (weekday < 5) & ~np.isin(days, np.array(bank_holidays(), dtype="datetime64[D]"))
    return pa.table({
        "date": pa.array(days, pa.date32()),
        "is_working_day": pa.array(working),
        "wd_ordinal": pa.array(np.cumsum(working, dtype=np.int32)),
        "month": pa.array(days.astype("datetime64[M]").astype("datetime64[D]"), pa.date32()),
    })


def covers(day: dt.date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR
