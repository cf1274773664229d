"""A data-quality finding, and the list of them a check produces."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    severity: Severity
    table: str
    row: int | None  # as a spreadsheet shows it: the header is row 1 in a CSV
    column: str | None
    value: str | None
    problem: str
    detail: str | None = None  # e.g. the other row of a duplicate or overlap

    def to_dict(self) -> dict:
        return asdict(self)


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "error"]


def summarise(issues: list[Issue]) -> list[str]:
    """One line per (severity, table, problem) with a count: safe to publish, no values or ids."""
    counts = Counter((i.severity, i.table, i.column, i.problem) for i in issues)
    lines = []
    for (severity, table, column, problem), n in sorted(counts.items(), key=lambda kv: kv[0][:2]):
        where = f"{table}.{column}" if column else table
        lines.append(f"{severity}: {where}: {problem} ({n} row{'s' if n != 1 else ''})")
    return lines
