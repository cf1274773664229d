"""CSV the product writes (indicator series, validation problems): safe to open in a spreadsheet.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel and LibreOffice ("CSV injection": ``=HYPERLINK(...)`` typed into a case record would run
when the data team opens the file), so such a text cell gets a leading ``'`` and shows as text.
Numbers are written as numbers: a negative number is not a formula. Rows end in CRLF, as RFC
4180 and Excel have it; that also makes Python's csv module quote a cell holding a bare CR,
which it would otherwise write unquoted, splitting the row in two.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A header and rows as CSV text (None is an empty cell), every text cell spreadsheet-safe."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    w.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return out.getvalue()
