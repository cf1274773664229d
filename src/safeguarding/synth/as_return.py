"""The synthetic council written as a dataset councils already hold, for `synth --as KIND`:
the SSD extract made first, then written out by that dataset's reader module."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..sources import annex_a, cin_census, ssda903
from ..sources.folder import read_extract


def whole_collection_years(start: str, end: str) -> int:
    """Collection years (1 April to 31 March) wholly inside the months `start`..`end` (YYYY-MM),
    at least one."""
    # Years are named by the year they end in: the first begins on a 1 April in or after the
    # start month, the last ends on a 31 March in or before the end month.
    first_end = int(start[:4]) + (1 if int(start[5:]) <= 4 else 2)
    last_end = int(end[:4]) - (0 if int(end[5:]) >= 3 else 1)
    return max(1, last_end - first_end + 1)


def write_as(kind: str, out: Path, start: str, end: str, write_ssd) -> list[Path]:
    """Write the council as `kind` into `out`; `write_ssd(folder)` makes its SSD extract."""
    with tempfile.TemporaryDirectory() as tmp:
        write_ssd(Path(tmp))
        raw = read_extract(Path(tmp))
    if kind == "cin":  # the collection year ending by the last month
        return cin_census.write(raw.tables, raw.info, out)
    if kind == "903":  # every whole collection year, one sub-folder each
        return ssda903.write(raw.tables, raw.info, out, years=whole_collection_years(start, end))
    if kind == "annex-a":  # the 6 months to the last month
        return annex_a.write(raw.tables, raw.info, out)
    raise ValueError(f"cannot write a synthetic council as {kind!r}")
