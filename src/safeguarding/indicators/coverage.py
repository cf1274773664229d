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
from dataclasses import replace

from ..months import add_months, month_end
from ..sources.returns import Window
from ..results import Point, Result
from .registry import Indicator


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


def uncovered(ind: Indicator, month: dt.date, windows: dict[str, Window]) -> str | None:
    """The first table `ind` needs whose window does not cover `month`, or None. A source may
    give a table a narrower window for one period, as `table@month_end` (Annex A's lists of
    open cases hold each child's latest case only, so only their own date is complete)."""
    for table in dict.fromkeys(n.split(".")[0] for n in ind.needs):
        key = f"{table}@{ind.period}"
        window = windows.get(key, windows.get(table))
        if window is not None and not covers(ind, month, window):
            return key if key in windows else table
    return None


def apply_coverage(result: Result, windows: dict[str, tuple[Window, str]]) -> Result:
    """`result` with the months its source does not cover blanked (`Point.covered` False, no
    value), "not available", with the reason, when none of its report months is covered."""
    if not result.available or result.error or not windows:  # no window: every month covered
        return result
    plain = {t: w for t, (w, _) in windows.items()}
    short = None

    def blanked(points: tuple[Point, ...]) -> tuple[Point, ...]:
        nonlocal short
        out = []
        for p in points:
            table = uncovered(result.indicator, dt.date.fromisoformat(p.month + "-01"), plain)
            if table is not None:
                p, short = Point(p.month, None, None, None, covered=False), table
            out.append(p)
        return tuple(out)

    result = replace(result, history=blanked(result.history), series=blanked(result.series))
    if short is None or any(p.covered for p in result.series):
        return result
    window, _ = windows[short]  # (its origin, a file name, may name a child: not printed)
    return replace(result, available=False, reason=(
        f"not covered by this source: it holds {window.first:%d %B %Y} to "
        f"{window.last:%d %B %Y}, and this indicator needs {_needs(result.indicator)}"))


def _needs(ind: Indicator) -> str:
    if ind.lookback is None:
        return "all earlier history"
    span = {"month": "the whole month", "rolling": "the 12 months to the month end",
            "month_end": "what is open at the month end"}[ind.period]
    return f"{span} and the {ind.lookback} months before" if ind.lookback else span
