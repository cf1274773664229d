"""Case lists out: a terminal table, CSV, JSON and a workbook with one sheet per indicator.

Every form is child-level and stamped internal; cases.py says where the rows come from.
"""

from __future__ import annotations

import json
from pathlib import Path

from rich.table import Table

from .csvtext import csv_text, spreadsheet_safe
from .formatting import terminal
from .results import CaseList, CouncilCases, jsonable

STAMP = ("INTERNAL: child-level case lists, not for publication or circulation beyond those "
         "entitled to see these children's records")
NOT_ALLOCATED = "not allocated"


def _who(value: str | None, c: CaseList | None = None, allocation: str | None = None) -> str:
    """A team or worker cell: the name, 'not allocated', or 'not available' with the reason."""
    reason = c.allocation if c is not None else allocation
    if reason:
        return "not available"
    return value if value is not None else NOT_ALLOCATED


def _counted_label(c: CaseList, counted: bool) -> str:
    if c.polarity == "high":
        return "met" if counted else "missed"
    return "yes" if counted else "no"


def to_json(councils: list[CouncilCases]) -> str:
    doc = {"classification": "internal", "stamp": STAMP, "councils": [
        {**jsonable(c), "lists": [{**jsonable(cl), "numerator": cl.numerator,
                                   "denominator": cl.denominator} for cl in c.lists]}
        for c in councils]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


CSV_HEADER = ("la_code", "month", "list", "person_id", "record_id", "in_numerator", "late",
              "late_unit", "dates", "team", "worker")


def _csv_rows(c: CouncilCases):
    for cl in c.lists:
        if not cl.available:
            continue
        for case in cl.cases:
            dates = "; ".join(f"{label}: {d or 'none'}" for label, d in zip(cl.date_labels, case.dates))
            yield (c.la_code, c.month, cl.indicator, case.person_id, case.record_id,
                   "Y" if case.counted else "N", case.late, cl.late_unit if case.late is not None else None,
                   dates, _who(case.team, cl), _who(case.worker, cl))
    for item in c.due_soon:
        yield (c.la_code, c.month, f"due soon: {item.kind}", item.person_id, item.record_id, None,
               None, None, f"due: {item.due} ({item.working_days_left} working days)",
               _who(item.team, allocation=c.allocation), _who(item.worker, allocation=c.allocation))


def to_csv(councils: list[CouncilCases]) -> str:
    return csv_text(CSV_HEADER, [row for c in councils for row in _csv_rows(c)])


def rich_tables(c: CouncilCases) -> list:
    out: list = [terminal(f"{STAMP}. {c.la_name or c.la_code} ({c.la_code}), {c.month}.")]
    for cl in c.lists:
        if not cl.available:
            out.append(terminal(f"{cl.indicator}: {cl.reason}"))
            continue
        t = Table(title=terminal(f"{cl.name} ({cl.indicator}): {cl.numerator} of {cl.denominator}"),
                  title_justify="left")
        for h in ("child", "record", "in figure", f"late ({cl.late_unit})" if cl.late_unit else "late",
                  *cl.date_labels, "team", "worker"):
            t.add_column(terminal(h), overflow="fold")
        for case in cl.cases:
            t.add_row(*[terminal(str(v)) if v is not None else "" for v in (
                case.person_id, case.record_id, _counted_label(cl, case.counted), case.late,
                *case.dates, _who(case.team, cl), _who(case.worker, cl))])
        out.append(t)
    t = Table(title=terminal(f"Due soon: by the {c.horizon_wd}th working day after {c.due_after}"),
              title_justify="left")
    for h in ("due", "working days", "what", "child", "record", "team", "worker"):
        t.add_column(h, overflow="fold")
    allocation = c.allocation
    for item in c.due_soon:
        t.add_row(*[terminal(str(v)) if v is not None else "" for v in (
            item.due, item.working_days_left, item.kind, item.person_id, item.record_id,
            _who(item.team, allocation=allocation), _who(item.worker, allocation=allocation))])
    out.append(t)
    if c.due_soon_reason:
        out.append(terminal(f"Due soon leaves out {c.due_soon_reason}."))
    return out


def write_xlsx(councils: list[CouncilCases], path: Path) -> None:
    """One sheet per indicator (and council, when several), a due-soon sheet, and an About
    sheet with the stamp and the counts."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    bold = wb.add_format({"bold": True})
    stamp = wb.add_format({"bold": True, "font_color": "#9c0006"})
    about = wb.add_worksheet("About")
    about.write_string(0, 0, STAMP, stamp)
    row = 2
    about.write_row(row, 0, ["council", "month", "list", "cases", "in numerator", "note"], bold)
    several = len(councils) > 1
    for c in councils:
        for cl in c.lists:
            row += 1
            about.write_row(row, 0, [c.la_code, c.month, cl.indicator])
            if cl.available:
                about.write_number(row, 3, cl.denominator)
                about.write_number(row, 4, cl.numerator)
                if cl.allocation:
                    about.write_string(row, 5, f"team and worker {cl.allocation}")
            else:
                about.write_string(row, 5, cl.reason or "")
            if not cl.available:
                continue
            name = f"{c.la_code} {cl.indicator}" if several else cl.indicator
            ws = wb.add_worksheet(name[:31])
            ws.write_string(0, 0, f"{cl.name}: {cl.numerator} of {cl.denominator}. {STAMP}", stamp)
            header = ["child", "record", "in figure",
                      f"late ({cl.late_unit})" if cl.late_unit else "late", *cl.date_labels,
                      "team", "worker"]
            ws.write_row(2, 0, header, bold)
            for i, case in enumerate(cl.cases, start=3):
                cells = [case.person_id, case.record_id, _counted_label(cl, case.counted), case.late,
                         *case.dates, _who(case.team, cl), _who(case.worker, cl)]
                for j, v in enumerate(cells):
                    if isinstance(v, int):
                        ws.write_number(i, j, v)
                    elif v is not None:
                        ws.write_string(i, j, spreadsheet_safe(v))
            ws.freeze_panes(3, 0)
        ws = wb.add_worksheet(f"{c.la_code} due soon"[:31] if several else "due soon")
        ws.write_string(0, 0, f"Due by the {c.horizon_wd}th working day after {c.due_after}. {STAMP}", stamp)
        ws.write_row(2, 0, ["due", "working days", "what", "child", "record", "team", "worker"], bold)
        allocation = c.allocation
        for i, item in enumerate(c.due_soon, start=3):
            ws.write_row(i, 0, [spreadsheet_safe(v) if isinstance(v, str) else v for v in (
                item.due, item.working_days_left, item.kind, item.person_id, item.record_id or "",
                _who(item.team, allocation=allocation), _who(item.worker, allocation=allocation))])
        if c.due_soon_reason:
            ws.write_string(len(c.due_soon) + 4, 0, f"Leaves out {c.due_soon_reason}.")
    wb.close()
