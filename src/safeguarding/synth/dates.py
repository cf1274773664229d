"""Dates as int64 day numbers (days since 1970-01-01), and working days.

A date stays a day number until it is written out; `NA` marks an absent date. NA stays NA
under np.minimum and loses under np.maximum, which the stages use. Working days come from
the project's calendar (`safeguarding.calendar`), the same one the indicators count with.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..calendar import calendar_table

NA = np.int64(-(2**60))
DAY_SECONDS = 86_400


def day(text: str) -> int:
    """'YYYY-MM-DD' -> day number."""
    return int(np.datetime64(text, "D").astype(np.int64))


def day_text(day_number: int) -> str:
    """Day number -> 'YYYY-MM-DD'."""
    return str(np.datetime64(int(day_number), "D"))


def month_bounds(ym: str) -> tuple[int, int]:
    """'YYYY-MM' -> (first day, last day) as day numbers."""
    first = np.datetime64(ym, "M")
    bounds = np.array([first, first + 1]).astype("M8[D]").astype(np.int64)
    return int(bounds[0]), int(bounds[1]) - 1


def add_months(days: np.ndarray, months) -> np.ndarray:
    """Calendar-month arithmetic on day numbers, clipped to the month's last day."""
    d = np.asarray(days, dtype=np.int64).astype("M8[D]")
    month = d.astype("M8[M]")
    target = month + np.asarray(months, dtype=np.int64)
    last = (target + 1).astype("M8[D]") - np.timedelta64(1, "D")
    moved = target.astype("M8[D]") + (d - month.astype("M8[D]"))
    return np.minimum(moved, last).astype(np.int64)


def month_end(days: np.ndarray) -> np.ndarray:
    """The last day of each day's month."""
    month = np.asarray(days, dtype=np.int64).astype("M8[D]").astype("M8[M]")
    return (month + 1).astype("M8[D]").astype(np.int64) - 1


def eighteenth_birthday_eve(dob: np.ndarray) -> np.ndarray:
    """The last day a child is 17."""
    return add_months(dob, 216) - 1


class WorkingDays:
    """The project calendar's working days as lookup tables over day numbers:
    `add(a, n)` is the day b with WD(a, b) = n."""

    def __init__(self):
        calendar = calendar_table()
        days = calendar["date"].to_numpy(zero_copy_only=False).astype(np.int64)
        working = calendar["is_working_day"].to_numpy(zero_copy_only=False)
        self.first, self.last = int(days[0]), int(days[-1])
        # Working days before each day: the calendar's ordinal counts up to and including it.
        self.before = np.concatenate([[0], calendar["wd_ordinal"].to_numpy()]).astype(np.int64)
        self.days = days[working]  # the working days, in order

    def require(self, first_day: int, last_day: int, why: str) -> None:
        """Raise ValueError unless the calendar covers first_day..last_day."""
        if first_day < self.first or last_day > self.last:
            raise ValueError(
                f"{why} needs working days from {day_text(first_day)} to {day_text(last_day)}, "
                f"but the calendar covers {day_text(self.first)} to {day_text(self.last)}")

    def index(self, days: np.ndarray) -> np.ndarray:
        """Ordinal of the first working day on or after each day."""
        return self.before[np.asarray(days, dtype=np.int64) - self.first]

    def from_index(self, index: np.ndarray) -> np.ndarray:
        return self.days[index]

    def add(self, days: np.ndarray, n) -> np.ndarray:
        days = np.asarray(days, dtype=np.int64)
        n = np.broadcast_to(np.asarray(n, dtype=np.int64), days.shape)
        last_on_or_before = self.before[days - self.first + 1] - 1
        return np.where(n == 0, days, self.days[last_on_or_before + n])

    def roll(self, days: np.ndarray) -> np.ndarray:
        """The day itself if a working day, else the next working day."""
        return self.days[self.index(days)]


@cache
def working_days() -> WorkingDays:
    return WorkingDays()
