"""Random draws shared by the stages: counts, codes, ages and day intervals."""

from __future__ import annotations

import numpy as np

from .params import AGE_BANDS


def arrivals(rng: np.random.Generator, per_10k: float, population: float, t0: int, t1: int) -> int:
    """How many children arrive from day t0 to t1 at `per_10k` a year per 10,000 children."""
    return rng.poisson(per_10k * population / 1e4 * (t1 - t0 + 1) / 365.25)


def weighted_index(rng: np.random.Generator, weights, n: int) -> np.ndarray:
    """n indices into `weights`, each drawn with probability proportional to its weight."""
    w = np.asarray(weights, dtype=float)
    return rng.choice(len(w), size=n, p=w / w.sum())


def choice(rng: np.random.Generator, weights: dict, n: int) -> np.ndarray:
    """n codes drawn from a {code: weight} table."""
    return np.array(list(weights))[weighted_index(rng, list(weights.values()), n)]


def age_days(rng: np.random.Generator, n: int) -> np.ndarray:
    """Ages (in days) at a child's first referral or contact."""
    lo, hi, w = (np.array(x, dtype=float) for x in zip(*AGE_BANDS))
    band = weighted_index(rng, w, n)
    years = lo[band] + rng.random(n) * (hi[band] - lo[band])
    return np.minimum((years * 365.25).astype(np.int64), 18 * 365 - 60)


def uniform_days(rng: np.random.Generator, lo, hi, n: int) -> np.ndarray:
    """Integer days uniform on [lo, hi] (inclusive; lo and hi may be arrays)."""
    lo = np.asarray(lo, dtype=np.int64)
    hi = np.asarray(hi, dtype=np.int64)
    return lo + np.floor(rng.random(n) * (hi - lo + 1)).astype(np.int64)


def lognormal_days(rng: np.random.Generator, median, sigma, n: int) -> np.ndarray:
    """Whole numbers of days (at least 1), lognormal about `median` (medians may be an array)."""
    return np.maximum(np.rint(median * np.exp(sigma * rng.standard_normal(n))), 1).astype(np.int64)
