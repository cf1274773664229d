"""A data-quality finding, and the list of them a check produces.

An issue's `table`, `column` and `problem` are fixed wording, contract names and positions:
they are counted into the summary that load notes and reports carry. Anything from the data
itself (a cell, a header as written, a file name) goes in `value` or `detail`, which only
`validate` shows, to the analyst.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Literal

from ..schema import TABLES

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    severity: Severity
    table: str
    row: int | None  # as a spreadsheet shows it: the header is row 1 in a CSV (a database
    # table's: the row's position in key order, sources/database.py)
    column: str | None
    value: str | None
    problem: str
    detail: str | None = None  # e.g. the other row of a duplicate or overlap

    def to_dict(self) -> dict:
        return asdict(self)


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "error"]


# Where an issue may be named in a summary: the canonical tables, and fixed labels. A return
# reader's issues name the file, sheet or XML path they come from, which `validate` shows; a
# file name can hold a child's name, so a summary calls it "a source file" (no column either).
SUMMARY_PLACES = {*TABLES, "extract folder", "source folder"}


def place(issue: Issue) -> tuple[str, str | None]:
    """Where an issue is, as a summary may name it: (table, column), or ("a source file", None)."""
    if issue.table in SUMMARY_PLACES or re.fullmatch(r"List \d{1,2}", issue.table):  # Annex A
        return issue.table, issue.column
    return "a source file", None


def summarise(issues: list[Issue]) -> list[str]:
    """One line per (severity, table, column, problem) with a count of rows (or of findings
    about files and columns): safe to publish, no values or ids."""
    counts = Counter((i.severity, *place(i), i.problem, i.row is not None) for i in issues)
    lines = []
    for (severity, table, column, problem, per_row), n in sorted(counts.items(), key=lambda kv: kv[0][:2]):
        where = f"{table}.{column}" if column else table
        count = f" ({n} row{'s' if n != 1 else ''})" if per_row else f" ({n})" if n > 1 else ""
        lines.append(f"{severity}: {where}: {problem}{count}")
    return lines
