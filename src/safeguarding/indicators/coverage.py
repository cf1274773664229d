"""Which months an indicator can report from a source that covers only a window of time.

A DfE return holds a collection year, an Annex A workbook its last 6 or 12 months. Inside its
window a source holds every event, and everything open the day before the window opens. So:

- a flow measure (events in the month, or in the 12 months to its end) is covered for a month
  wholly inside the window, with its `lookback` months of earlier history inside it too;
- a month-end measure is covered from the day before the window opens (less its `lookback`) to
  the window's last day;
- a measure that reads all earlier history (`lookback` None) is never covered by a window.

A month outside coverage is "not covered by this source", never a low count.
"""

from __future__ import annotations

import datetime as dt

from ..sources.returns import Window
from .registry import Indicator


def add_months(first_of_month: dt.date, n: int) -> dt.date:
    y, m = divmod(first_of_month.year * 12 + first_of_month.month - 1 + n, 12)
    return dt.date(y, m + 1, 1)


def month_end(first_of_month: dt.date) -> dt.date:
    return add_months(first_of_month, 1) - dt.timedelta(days=1)


def covers(ind: Indicator, month: dt.date, window: Window) -> bool:
    """Whether `window` holds everything `ind` reads for `month` (its first day)."""
    if ind.lookback is None:
        return False
    end = month_end(month)
    if end > window.last:
        return False
    if ind.period == "month_end":
        return month_end(add_months(month, -ind.lookback)) >= window.first - dt.timedelta(days=1)
    first = add_months(month, -(11 if ind.period == "rolling" else 0) - ind.lookback)
    return first >= window.first


def uncovered(ind: Indicator, month: dt.date, windows: dict[str, Window]) -> Window | None:
    """The window of the first table `ind` needs that does not cover `month`, or None."""
    for table in dict.fromkeys(n.split(".")[0] for n in ind.needs):
        window = windows.get(table)
        if window is not None and not covers(ind, month, window):
            return window
    return None
