"""Synthetic extracts for many councils at once: a region, all of England, or the first N."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Callable

from . import reference


def choose_councils(*, year: int, count: int | None = None, region: str | None = None) -> list[reference.Council]:
    """Councils with an ONS 0-17 population for `year` (so, as they stood then), in code order:
    the first `count`, those of `region` (name, any case), or all of England.

    The ONS file suppresses Bournemouth, Poole and Dorset (835-837) in 2012-2018, so England
    has 149 councils with a population in those years, 152 in 2021-2022 and 153 from 2023.
    """
    councils = [c for c in reference.councils() if year in reference.population(c.la_code)]
    if region:
        wanted = region.strip().lower()
        regions = sorted({c.region_name for c in councils})
        councils = [c for c in councils if c.region_name.lower() == wanted]
        if not councils:
            raise ValueError(f"no region called {region!r}; regions: {', '.join(regions)}")
    if count is not None:
        if count < 1:
            raise ValueError("--councils must be at least 1")
        councils = councils[:count]
    return councils


def _write_one(out_dir: Path, council: reference.Council, year: int, start: str, end: str,
               seed: int, scale: float) -> tuple[str, int]:
    from .synth import write_synthetic_extract

    population = reference.population(council.la_code)[year]
    write_synthetic_extract(out_dir / council.la_code, la_code=council.la_code,
                                     la_name=council.name, population=population, start=start,
                                     end=end, seed=seed * 1000 + int(council.la_code), scale=scale)
    return council.la_code, population


def write_region(out_dir: Path, councils: list[reference.Council], *, year: int, start: str, end: str,
                 seed: int, scale: float = 1.0,
                 progress: Callable[[int, int, str], None] | None = None) -> int:
    """One extract folder per council (named by its code), generated on every core.
    Returns the total 0-17 population covered."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, len(councils))) as pool:
        futures = [pool.submit(_write_one, out_dir, c, year, start, end, seed, scale) for c in councils]
        for done, future in enumerate(as_completed(futures), 1):
            la_code, population = future.result()
            total += population
            if progress:
                progress(done, len(councils), la_code)
    return total
