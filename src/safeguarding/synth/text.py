"""Columns of cell text: day numbers, datetimes, ids and flags as the strings written out.

Conversions go through cached lookup tables of text (every day of a span, every second of
a day, every number up to a size), so no value is formatted one at a time.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from .dates import DAY_SECONDS, NA

_TEXT_CHUNK = 4096  # lookup tables of date text cover whole chunks of days


@cache
def _date_text(lo: int, hi: int) -> np.ndarray:
    """'YYYY-MM-DD' for each day lo..hi-1."""
    return np.datetime_as_string(np.arange(lo, hi).astype("M8[D]"), unit="D").astype(object)


@cache
def _time_text() -> np.ndarray:
    """' HH:MM:SS' for each second of a day."""
    return np.array([f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(DAY_SECONDS)],
                    dtype=object)


@cache
def _number_text(size: int) -> np.ndarray:
    """'0', '1', ... up to size - 1."""
    return np.array(list(map(str, range(size))), dtype=object)


def dates(days: np.ndarray) -> np.ndarray:
    """Day numbers -> 'YYYY-MM-DD' ('' for NA)."""
    days = np.asarray(days, dtype=np.int64)
    ok = days != NA
    out = np.full(len(days), "", dtype=object)
    if ok.any():
        lo = int(days[ok].min()) // _TEXT_CHUNK * _TEXT_CHUNK
        hi = (int(days[ok].max()) // _TEXT_CHUNK + 1) * _TEXT_CHUNK
        out[ok] = _date_text(lo, hi)[days[ok] - lo]
    return out


def datetimes(secs: np.ndarray) -> np.ndarray:
    """Seconds -> 'YYYY-MM-DD HH:MM:SS' ('' for NA)."""
    secs = np.asarray(secs, dtype=np.int64)
    ok = secs != NA
    out = np.full(len(secs), "", dtype=object)
    out[ok] = dates(secs[ok] // DAY_SECONDS) + _time_text()[secs[ok] % DAY_SECONDS]
    return out


def ids(numbers: np.ndarray) -> np.ndarray:
    """Numbers -> their decimal text."""
    numbers = np.asarray(numbers, dtype=np.int64)
    size = 1 << max(int(numbers.max(initial=0)) + 1, 1024).bit_length()
    return _number_text(size)[numbers]


def person_codes(numbers: np.ndarray) -> np.ndarray:
    """Person numbers 1..n -> 'P0000001'-style codes, zero-padded to at least 7 digits."""
    width = max(7, len(str(len(numbers))))
    return np.array([f"P{n:0{width}d}" for n in np.asarray(numbers).tolist()], dtype=object)


def flags(values: np.ndarray) -> np.ndarray:
    """Booleans -> 'Y' / 'N'."""
    return np.array(["N", "Y"], dtype=object)[np.asarray(values, dtype=np.int64)]


def blank_where(missing: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The values as text cells, with '' where `missing`."""
    out = np.asarray(values).astype(object)
    out[missing] = ""
    return out


def table(order: np.ndarray, columns: dict) -> dict:
    """A table as {column: array of str}, rows sorted by `order` (the records' numbers)."""
    rows = np.argsort(order, kind="stable")
    return {k: np.asarray(v).astype(object)[rows] for k, v in columns.items()}
