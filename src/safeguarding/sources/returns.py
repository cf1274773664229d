"""What a reader of a DfE return or Ofsted workbook (CIN census, SSDA903, Annex A) gives back.

Each reader turns its dataset into the canonical SSD-shaped text tables of `schema.TABLES`, the
same shape an SSD extract folder gives (`folder.RawExtract`), so checking, loading, indicators and
the report work unchanged. A return also covers only a window of time; `coverage` says which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .folder import RawExtract


@dataclass(frozen=True)
class Window:
    """The days a source holds in full: every event on a day from `first` to `last` is in it,
    and what was open at the day before `first` is in it too."""
    first: dt.date
    last: dt.date


@dataclass
class SourceRead:
    raw: RawExtract  # canonical tables: text columns named as in schema.TABLES, plus `_row`
    kind: str  # "ssd", "cin", "903" or "annex-a"
    # canonical table -> the window it covers; a table not named here covers all time.
    # "table@month_end" (or @month, @rolling) narrows it for the indicators of that period.
    coverage: dict[str, Window] = field(default_factory=dict)
    # canonical table -> where its rows come from, for messages ("CIN_Census_2024.xml")
    origins: dict[str, str] = field(default_factory=dict)
