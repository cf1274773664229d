"""Annex A out: one council's canonical tables in a store, as Ofsted's Annex A workbook
(`safeguarding annex-a`; docs/annex-a.md).

The workbook is child-level: the caller (the CLI) refuses it unless the classification is
`internal`. It is as at the end of the month asked for, covering the 6 or 12 months to it; what
the store holds after that day is left out (`sources.annex_a_write`). A month that ends after
the extract date, or a table read from a return whose window does not cover the workbook's, is
refused: a list for days the source does not hold would show no children where there were some.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from . import formatting as fmt
from .app import RunError, latest_complete_month
from .months import month_end
from .schema import TABLES
from .sources.annex_a import window
from .sources.annex_a_write import write_lists
from .sources.check import _q
from .store import Store, StoreError

MONTHS = (6, 12)  # Ofsted's two periods


@dataclass(frozen=True)
class AnnexA:
    """What was written: the council, the day the workbook is as at, its window and the rows of
    each list (counts only: no child's data)."""
    la_code: str
    la_name: str | None
    path: Path
    first: dt.date
    last: dt.date
    rows: dict[int, int]


def council_tables(store: Store, la_code: str) -> dict[str, pa.Table]:
    """The council's canonical tables as its selected snapshot holds them: the tables and
    columns its source supplied, no others (an absent one must stay absent, never empty)."""
    present = store.columns_present().get(la_code, {})
    tables = {}
    for name, spec in TABLES.items():
        cols = [c.name for c in spec.columns if c.name in present.get(name, ())]
        if cols:
            tables[name] = store.con.execute(
                f"SELECT {', '.join(map(_q, cols))} FROM {name} WHERE la_code = ?", [la_code]
            ).to_arrow_table()
    return tables


def choose_council(store: Store, la_code: str | None) -> dict:
    councils = store.councils()
    if not councils:
        raise StoreError("the store holds no extract")
    if la_code is None:
        if len(councils) > 1:
            raise RunError(f"the source holds {len(councils)} councils "
                           f"({', '.join(c['la_code'] for c in councils)}): choose one with --la")
        return councils[0]
    chosen = [c for c in councils if c["la_code"] == la_code]
    if not chosen:
        raise StoreError(f"the store holds no extract for la_code {la_code}")
    return chosen[0]


def _uncovered(store: Store, la_code: str, first: dt.date, last: dt.date) -> list[str]:
    """Tables read from a return whose window leaves out some of first..last."""
    out = []
    for table, (w, origin) in sorted(store.coverage().get(la_code, {}).items()):
        if "@" not in table and (w.first > first or w.last < last):
            out.append(f"{table} ({origin}) covers {fmt.date_label(w.first)} to {fmt.date_label(w.last)}")
    return out


def write_annex_a(store: Store, out: Path, *, month: dt.date | None = None, months: int = 6,
                  la_code: str | None = None) -> AnnexA:
    """Write the council's Annex A lists 1 and 3-8 for the `months` months to the end of `month`
    (default: the latest complete month of its extract) to `out` (.xlsx)."""
    if months not in MONTHS:
        raise RunError(f"--months must be 6 or 12 (Ofsted's periods), not {months}")
    council = choose_council(store, la_code)
    la = council["la_code"]
    complete = latest_complete_month(council["extracted_at"])
    month = month or complete
    if month > complete:  # a list for days not yet recorded would show children missing
        raise RunError(f"{fmt.month_label(month)} ends after the extract date "
                       f"({fmt.date_label(council['extracted_at'])}): the latest month the "
                       f"Annex A can cover is {fmt.month_label(complete)}")
    last = month_end(month)
    first = window(last, months).first
    uncovered = _uncovered(store, la, first, last)
    if uncovered:
        raise RunError(f"the Annex A for {fmt.date_label(first)} to {fmt.date_label(last)} needs "
                       f"every day of it, and the source does not hold them all: "
                       f"{'; '.join(uncovered)}")
    tables = council_tables(store, la)
    rows = write_lists(tables, last, out, months=months)
    if not rows:
        out.unlink(missing_ok=True)
        raise RunError(f"la_code {la}: the source has none of the tables Annex A lists 1 and 3-8 "
                       "are made from")
    return AnnexA(la, council["la_name"], out, first, last, rows)
