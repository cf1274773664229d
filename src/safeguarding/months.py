"""Calendar-month arithmetic on dates, in one place."""

from __future__ import annotations

import datetime as dt


def month_end(d: dt.date) -> dt.date:
    """The last day of `d`'s month."""
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def add_months(d: dt.date, n: int) -> dt.date:
    """`d` moved by `n` calendar months, its day clipped to the month's length (31 March less one
    month is 28 or 29 February)."""
    y, m = divmod(d.month - 1 + n, 12)
    first = dt.date(d.year + y, m + 1, 1)
    return min(first + dt.timedelta(days=d.day - 1), month_end(first))


def months_between(earlier: dt.date, later: dt.date) -> int:
    """How many calendar months `later`'s month is after `earlier`'s."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month
