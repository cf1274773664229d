"""Array helpers: running totals within groups of rows, and record numbers."""

from __future__ import annotations

import numpy as np


def group_starts(counts: np.ndarray) -> np.ndarray:
    """The first row of each group, for groups of `counts` rows laid end to end."""
    return np.cumsum(counts) - counts


def running_totals(step: np.ndarray, group: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The running sum of `step` within each group (rows grouped contiguously; `starts`
    from `group_starts`): each group's first row holds its own step."""
    total = np.cumsum(step)
    total -= (total[starts] - step[starts])[group]
    return total


def numbered(order_keys: list[np.ndarray]) -> np.ndarray:
    """1-based record numbers in the order of the keys (first key most significant)."""
    order = np.lexsort(tuple(reversed(order_keys)))
    ids = np.empty(len(order), dtype=np.int64)
    ids[order] = np.arange(1, len(order) + 1)
    return ids
