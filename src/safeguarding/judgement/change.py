"""Direction of travel: the reporting month against the month before, the same month a year
earlier and the 12-month peak and trough, with a sentence for the report.

``changes(series, indicator)``: ``series`` is the monthly series, oldest first, the latest point
being the reporting month; each point a dict or object with ``month`` ('YYYY-MM') and
``value`` (None or NaN for a month without a value). Earlier months are found by month, not by
position, so a month missing from the series is reported missing, never silently replaced by
its neighbour (with a full series they are 1 and 12 points back). The result is a ``Change``
(results.py), each comparison a ``Movement``: the earlier month and its value, the reporting
month and its value, ``absolute`` (latest - earlier), ``relative`` (absolute as a percent of the
earlier value, None when that is 0), ``movement`` ("up" | "down" | "no change"), ``direction``
("improving" | "declining" | "no change" by polarity; a neutral indicator's movement) and
``reason`` (why the figures are None, when they are).

Peak and trough: the highest and lowest values among the 12 months before the reporting month
(the reporting month itself is not in the window); on a tie the most recent month is named, the
one the change is measured from.

``change_sentence`` / ``describe_peak_change`` write the seed report's phrase, e.g. "down from a
high of 69.25 per 10,000 in April 2014 to 54.85 in August 2014, a reduction of 20.8%". The
relative change is given to 1 decimal place, rounded half up. Rates are given to ``places``
decimal places (default 2, as the seed report writes them; the catalogue's presentation rule is
1 for rates, so a caller following it passes ``places=1``). Percentages are shown as
``safeguarding.formatting.value`` shows them (2 places) and their change also in percentage
points, as a relative change of a percentage is otherwise ambiguous; counts are shown whole.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from ..formatting import fixed, month_label, with_unit
from ..formatting import value as fmt
from ..indicators import Indicator
from ..results import Change, LatestPoint, Movement
from .targets import resolve_indicator

KINDS = ("previous_month", "year_ago", "peak", "trough")
WINDOW = 12


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _get(point, key):
    return point[key] if isinstance(point, dict) else getattr(point, key)


def _month_index(month: str) -> int:
    if not isinstance(month, str):
        raise ValueError(f"month must be 'YYYY-MM', got {month!r}")
    return _string_month_index(month)


@lru_cache(maxsize=4096)  # a run of England asks for the same few dozen months 60,000 times
def _string_month_index(month: str) -> int:
    if len(month) == 7 and month.isascii() and month[4] == "-" and month[:4].isdigit() and \
            month[:4] != "0000" and month[5:].isdigit() and 1 <= int(month[5:]) <= 12:
        return int(month[:4]) * 12 + int(month[5:]) - 1  # the usual form, without strptime's cost
    try:
        d = dt.datetime.strptime(month, "%Y-%m")
    except ValueError as exc:
        raise ValueError(f"month must be 'YYYY-MM', got {month!r}") from exc
    return d.year * 12 + d.month - 1


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _movement(absolute: float, earlier: float, latest: float) -> str:
    if absolute == 0 or math.isclose(latest, earlier, rel_tol=1e-9, abs_tol=1e-12):
        return "no change"
    return "up" if absolute > 0 else "down"


def _direction(movement: str, polarity: str) -> str:
    if polarity == "neutral" or movement == "no change":
        return movement
    return "improving" if (movement == "up") == (polarity == "high") else "declining"


def compare(kind: str, month: str | None, earlier, latest_month: str, latest, polarity: str,
            reason: str | None = None) -> Movement:
    """One comparison of the latest value with an earlier one (see the module docstring)."""
    earlier = None if _missing(earlier) else earlier
    latest = None if _missing(latest) else latest
    if reason is None and latest is None:
        reason = f"no value for {month_label(latest_month)}"
    elif reason is None and earlier is None:
        reason = f"no value for {month_label(month)}" if month else "no earlier value"
    if reason is not None or earlier is None or latest is None:
        return Movement(kind, month, earlier, latest_month, latest, None, None, None, None, reason)
    absolute = latest - earlier
    movement = _movement(absolute, earlier, latest)
    return Movement(kind, month, earlier, latest_month, latest, absolute,
                    None if earlier == 0 else absolute / abs(earlier) * 100, movement,
                    _direction(movement, polarity), None)


def changes(series, indicator: Indicator | str) -> Change:
    """Change figures for the latest point of ``series`` (see the module docstring)."""
    ind = resolve_indicator(indicator)
    points = [(_month_index(_get(p, "month")), _get(p, "value")) for p in series]
    if not points:
        raise ValueError("the series is empty")
    for (a, _), (b, _) in zip(points, points[1:]):
        if b <= a:
            raise ValueError(f"the series must be oldest first with each month once: "
                             f"{_month(b)} follows {_month(a)}")
    values = {m: (None if _missing(v) else v) for m, v in points}
    last, latest = points[-1][0], values[points[-1][0]]
    latest_month = _month(last)

    def against(kind: str, back: int) -> Movement:
        m = last - back
        reason = None if m in values else f"{month_label(_month(m))} is not in the series"
        return compare(kind, _month(m), values.get(m), latest_month, latest, ind.polarity, reason)

    window = [(m, v) for m in range(last - WINDOW, last) if (v := values.get(m)) is not None]
    extremes = {}
    for kind, pick in (("peak", max), ("trough", min)):
        if not window:
            extremes[kind] = compare(kind, None, None, latest_month, latest, ind.polarity,
                                     f"no values in the {WINDOW} months before "
                                     f"{month_label(latest_month)}")
            continue
        best = pick(v for _, v in window)
        m = max(m for m, v in window if v == best)  # most recent on a tie
        extremes[kind] = compare(kind, _month(m), best, latest_month, latest, ind.polarity)
    return Change(ind.id, ind.unit, ind.polarity, LatestPoint(latest_month, latest),
                  against("previous_month", 1), against("year_ago", WINDOW), **extremes)


def change_sentence(earlier: float, earlier_month: str, latest: float, latest_month: str,
                    unit: str, places: int = 2) -> str | None:
    """'down from a high of 69.25 per 10,000 in April 2014 to 54.85 in August 2014, a reduction
    of 20.8%' ('up from a low of ..., an increase of ...' when the latest is higher); None when
    the two are equal (no movement to describe)."""
    if places < 0:
        raise ValueError(f"places must be >= 0, not {places}")
    absolute = latest - earlier
    movement = _movement(absolute, earlier, latest)
    if movement == "no change":
        return None
    down = movement == "down"
    rate_places = places if unit == "per_10k" else None
    text = (f"{'down from a high' if down else 'up from a low'} of "
            f"{with_unit(earlier, unit, rate_places)} in {month_label(earlier_month)} to "
            f"{fmt(latest, unit, rate_places)} in "
            f"{month_label(latest_month)}")
    if earlier == 0:
        return text  # no relative change from nothing
    relative = abs(absolute) / abs(earlier) * 100
    text += f", {'a reduction' if down else 'an increase'} of {fixed(relative, 1)}%"
    if unit == "percent":
        text += f" ({fixed(abs(absolute), 2)} percentage points)"
    return text


def describe_peak_change(result: Change, which: str | None = None,
                         places: int = 2) -> str | None:
    """The sentence for a ``changes`` result: from the 12-month peak (``which="peak"``, only
    when the latest is below it), from the trough (``"trough"``, only when above it), or, by
    default, whichever of the two applies and is further from the latest value (the peak on a
    tie). None when there is nothing to say (no values, or the latest is at the peak/trough)."""
    if which not in (None, "peak", "trough"):
        raise ValueError(f"which must be 'peak', 'trough' or None, not {which!r}")
    wanted = {"peak": "down", "trough": "up"}
    candidates = [getattr(result, k) for k in (("peak", "trough") if which is None else (which,))
                  if getattr(result, k).movement == wanted[k]]
    if not candidates:
        return None
    # the further of the two; max keeps the first (the peak) on a tie
    chosen = max(candidates, key=lambda c: abs(c.absolute))
    return change_sentence(chosen.value, chosen.month, chosen.latest, chosen.latest_month,
                           result.unit, places)
