"""The report pack as an Excel workbook for analysts (`performance-data.xlsx`).

It lays out the report tree (tree.py) and computes nothing: every number comes from the tree,
already disclosure-controlled. Sheets:

- ``Summary``: one row per indicator (latest, previous month, a year ago, target, RAG as text
  with a conditional fill on that text, benchmarks, direction, SPC signal), under title rows
  (council, month, classification, attribution);
- one sheet per area: a long table of indicator, month, numerator, denominator, value;
- ``Benchmarks``: the DfE published figures each indicator is compared with;
- ``Published trend``: for each of those, its last 5 published DfE years (council, statistical
  neighbours' mean, England) and the reading of the gap to the neighbours;
- ``Events``: the council's events (``--events``) within the report's months, by indicator,
  with whether the process limits were recalculated from them;
- ``data``: tidy and machine-readable, one row per indicator and month, values unrounded
  (``partial_month`` TRUE on every row of a month that ends after the extract date);
- ``Notes``: methods, the key to ``c``, data quality and the indicators' definitions (as
  plain text: their Markdown's asterisks and backticks left out).

Numbers are written as numbers: unrounded (the tree's ``value_raw``), shown by an Excel number
format with the places of the project's presentation rule (formatting.py); percentages are
percentage points (24.46 for 24.46%, as in the JSON output) formatted ``0.00`` with the unit
beside them, so that the ``data`` sheet's values equal the JSON document's. Months are real
dates (the month's first day). A suppressed figure is the text ``c``, a missing one a blank.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import xlsxwriter

from .. import formatting as fmt
from ..results import MonthFigure, ReportTree, Section
from . import markup
from .disclosure import SUPPRESSED

FILENAME = "performance-data.xlsx"
NOT_FOR_PUBLICATION = "NOT FOR PUBLICATION"
UNIT_LABELS = {"percent": "%", "per_10k": "per 10,000 children aged 0-17", "count": "count",
               "mean": "mean per worker"}
RAG_FILLS = {  # (fill, font): Excel's own good/neutral/bad pairs, dark text on a light fill
    "Green": ("#C6EFCE", "#006100"),
    "Amber": ("#FFEB9C", "#9C5700"),
    "Red": ("#FFC7CE", "#9C0006"),
}
SPC_SHORT = {
    "common_cause": "Common cause: no significant change",
    "special_cause_improving_high": "Special cause: improving (higher)",
    "special_cause_improving_low": "Special cause: improving (lower)",
    "special_cause_concerning_high": "Special cause: concerning (higher)",
    "special_cause_concerning_low": "Special cause: concerning (lower)",
    "special_cause_neither_high": "Special cause: higher",
    "special_cause_neither_low": "Special cause: lower",
    "insufficient_data": "Insufficient data",
}
SUPPRESSED_NOTE = f"{SUPPRESSED}: small number (1 to 5), suppressed"
QUARTILE_NOTE = "Quartile (1 best, 4 worst)"
DATA_COLUMNS = ("la_code", "indicator_id", "unit", "month", "value", "numerator",
                "denominator", "suppressed", "partial_month", "covered")


def number_format(unit: str) -> str:
    """The Excel number format showing a figure as `formatting.value` does (the places and the
    thousands separator are read from it, so the workbook follows the project's one rule)."""
    text = fmt.value(1234.5, unit).rstrip("%")
    places = len(text.split(".")[1]) if "." in text else 0
    return ("#,##0" if "," in text else "0") + ("." + "0" * places if places else "")


def month_date(month: str | dt.date) -> dt.datetime:
    """'2014-08' (or a date) -> 1 August 2014, the month's first day."""
    if isinstance(month, str):
        return dt.datetime.strptime(month[:7], "%Y-%m")
    return dt.datetime(month.year, month.month, 1)


def _sheet_name(title: str, taken: set[str]) -> str:
    name = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip("'")[:31] or "Sheet"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


class _Exact(float):
    """A float that XlsxWriter writes with every digit it needs. XlsxWriter writes a number as
    f"{n:.16G}", a digit short of a double's round trip (29.982046678635548 would be read back
    as 29.98204667863555); formatted as its repr, the file holds the exact value, as Excel's own
    files do, so the `data` sheet equals the JSON output to the last bit."""

    def __format__(self, spec: str) -> str:
        return repr(float(self)).upper() if spec.upper().endswith("G") else super().__format__(spec)


def _exact(number: float) -> float:
    if isinstance(number, float) and float(f"{number:.16G}") != number:
        return _Exact(number)
    return number


def _header_footer_text(text: str) -> str:
    return text.replace("&", "&&")


class _Writer:
    def __init__(self, tree: ReportTree, path: Path):
        self.tree = tree
        self.internal = (bool(tree.not_for_publication)
                         or tree.classification == "internal")
        self.wb = xlsxwriter.Workbook(str(path), {
            "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
        })
        council = tree.council
        self.council = f"{council.name} ({council.la_code})"
        self.area_titles = {s.id: s.title for s in tree.sections}
        self.taken: set[str] = set()
        wb = self.wb
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.subtitle = wb.add_format({"font_size": 11})
        self.stamp = wb.add_format({"bold": True, "font_size": 12, "font_color": "#C00000"})
        self.muted = wb.add_format({"italic": True, "font_color": "#505050"})
        self.header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                     "bg_color": "#D9E1F2", "bottom": 1})
        self.heading = wb.add_format({"bold": True, "font_size": 12})
        self.text = wb.add_format({"valign": "top"})
        self.wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.right = wb.add_format({"align": "right", "valign": "top"})
        self.month = wb.add_format({"num_format": "mmm yyyy", "align": "left", "valign": "top"})
        self.iso_month = wb.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
        self.integer = wb.add_format({"num_format": "#,##0", "valign": "top"})
        self.year = wb.add_format({"num_format": "0", "align": "left", "valign": "top"})
        self.plain = wb.add_format({})
        self.numbers: dict[str, object] = {}
        self.rag = {label: wb.add_format({"bg_color": fill, "font_color": font, "bold": True})
                    for label, (fill, font) in RAG_FILLS.items()}

    # -- cells -------------------------------------------------------------------------------

    def unit_format(self, unit: str):
        if unit not in self.numbers:
            self.numbers[unit] = self.wb.add_format({"num_format": number_format(unit),
                                                     "valign": "top"})
        return self.numbers[unit]

    def cell(self, ws, row: int, col: int, value, number=None, text=None) -> None:
        """A number as a number (in `number` format), a date as a date, `c` and other text as
        text (right-aligned beside numbers), None as a blank."""
        if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
            ws.write_blank(row, col, None, number)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value)
        elif isinstance(value, (int, float)):
            ws.write_number(row, col, _exact(value), number)
        elif isinstance(value, (dt.date, dt.datetime)):
            ws.write_datetime(row, col, value, number or self.month)
        else:
            ws.write_string(row, col, str(value),
                            text or (self.right if number is not None else self.text))

    def figure(self, ws, row: int, col: int, point: MonthFigure | None, unit: str,
               key: str = "value_raw"):
        """One monthly figure from the tree: the number, `c` where suppressed, else a blank."""
        if point is None:
            ws.write_blank(row, col, None)
            return
        shown = point.value if key == "value_raw" else getattr(point, key)
        if shown == SUPPRESSED:
            self.cell(ws, row, col, SUPPRESSED, self.unit_format(unit))
        else:
            number = self.unit_format(unit) if key == "value_raw" else self.integer
            self.cell(ws, row, col, getattr(point, key), number)

    # -- layout ------------------------------------------------------------------------------

    def sheet(self, title: str, widths: list[float]):
        ws = self.wb.add_worksheet(_sheet_name(title, self.taken))
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.set_header(self.page_header())
        ws.set_footer(f"&L{_header_footer_text(self.council)}&CPage &P of &N"
                      f"&R{_header_footer_text(self.tree.month_label)}")
        return ws

    def page_header(self) -> str:
        """Every printed page's header: NOT FOR PUBLICATION (internal) in the centre, the
        partial-month mark on the left."""
        header = ""
        if self.tree.partial_month:
            header += f"&L&\"Calibri,Bold\"&10{_header_footer_text(self.tree.partial_note or '')}"
        if self.internal:
            header += f"&C&\"Calibri,Bold\"&12{NOT_FOR_PUBLICATION}"
        return header

    def title_rows(self, ws, heading: str) -> int:
        """Title, council and month, classification, attribution, the partial-month mark;
        returns the header row."""
        t = self.tree
        ws.write_string(0, 0, heading, self.title)
        ws.write_string(1, 0, f"{self.council} – {t.month_label} – extract of "
                              f"{t.extracted_at} – generated {t.generated_on}",
                        self.subtitle)
        if self.internal:
            ws.write_string(2, 0, f"{NOT_FOR_PUBLICATION} – internal report: small numbers are "
                                  "shown", self.stamp)
        else:
            ws.write_string(2, 0, f"Classification: open – small numbers (1 to 5) are shown as "
                                  f"{SUPPRESSED}", self.subtitle)
        ws.write_string(3, 0, f"Benchmarks: DfE published statistics. "
                              f"{t.methods.attribution}", self.muted)
        if t.partial_month:
            ws.write_string(4, 0, f"{t.partial_note}: {t.month_label} ends after the "
                                  "extract date", self.stamp)
        return 5

    def header_row(self, ws, row: int, headers: list[str], freeze_cols: int = 0) -> None:
        ws.set_row(row, 45)
        for col, h in enumerate(headers):
            ws.write_string(row, col, h, self.header)
        ws.freeze_panes(row + 1, freeze_cols)
        ws.repeat_rows(row)

    def table_end(self, ws, header: int, last: int, ncols: int) -> None:
        ws.autofilter(header, 0, max(last, header), ncols - 1)

    # -- sheets ------------------------------------------------------------------------------

    def summary(self) -> None:
        t = self.tree
        headers = ["Area", "Indicator", "Unit", f"Latest value ({t.month_label})",
                   "Previous month", "Same month last year", "Target", "RAG rating",
                   "Statistical neighbours (mean)", "Region", "England", QUARTILE_NOTE,
                   "Direction (vs previous month)", "SPC signal", "SPC signal: meaning"]
        ws = self.sheet("Summary", [20, 46, 14, 14, 12, 12, 11, 12, 14, 11, 11, 11, 14, 30, 60])
        header = self.title_rows(ws, t.title)
        self.header_row(ws, header, headers, freeze_cols=2)
        row = header
        for ind in t.summary:
            row += 1
            unit, months = ind.unit, ind.months
            number = self.unit_format(unit)
            ws.write_string(row, 0, self.area_titles.get(ind.area, ind.area), self.text)
            ws.write_string(row, 1, ind.name, self.text)
            ws.write_string(row, 2, UNIT_LABELS.get(unit, unit), self.text)
            if months:
                self.figure(ws, row, 3, months[-1], unit)
                self.figure(ws, row, 4, months[-2] if len(months) > 1 else None, unit)
                self.figure(ws, row, 5, months[0] if len(months) == 13 else None, unit)
            else:
                self.cell(ws, row, 3, ind.latest or "not available", number)
            self.cell(ws, row, 6, ind.target_raw, number)
            ws.write_string(row, 7, ind.rag_label, self.text)
            b = ind.benchmark
            if b.available:
                for col, key in ((8, "neighbours"), (9, "region"), (10, "england")):
                    raw = getattr(b.raw, key)
                    self.cell(ws, row, col, getattr(b, key) if raw is None else raw, number)
                self.cell(ws, row, 11, b.quartile, self.year)
            self.cell(ws, row, 12, ind.direction, None)
            icon = ind.spc_icon or ""
            ws.write_string(row, 13, SPC_SHORT.get(icon, icon.replace("_", " ").capitalize()),
                            self.text)
            self.cell(ws, row, 14, ind.spc_label, None)
        self.table_end(ws, header, row, len(headers))
        if row > header:  # the fill follows the RAG text, which carries the meaning itself
            for label, style in self.rag.items():
                ws.conditional_format(header + 1, 7, row, 7, {
                    "type": "cell", "criteria": "equal to", "value": f'"{label}"',
                    "format": style})
        ws.activate()

    def area(self, section: Section) -> None:
        headers = ["Indicator", "Month", "Numerator", "Denominator", "Value", "Unit", "Note"]
        ws = self.sheet(section.title, [50, 11, 12, 13, 12, 28, 40])
        header = self.title_rows(ws, f"{section.title} – {self.tree.month_label}")
        self.header_row(ws, header, headers, freeze_cols=1)
        row = header
        for ind in section.indicators:
            unit = ind.unit
            if not ind.months:
                row += 1
                ws.write_string(row, 0, ind.name, self.text)
                ws.write_string(row, 5, UNIT_LABELS.get(unit, unit), self.text)
                ws.write_string(row, 6, f"not available: {ind.reason or 'no data'}",
                                self.text)
            for m in ind.months:
                row += 1
                ws.write_string(row, 0, ind.name, self.text)
                ws.write_datetime(row, 1, month_date(m.month), self.month)
                self.figure(ws, row, 2, m, unit, "numerator")
                self.figure(ws, row, 3, m, unit, "denominator")
                self.figure(ws, row, 4, m, unit)
                ws.write_string(row, 5, UNIT_LABELS.get(unit, unit), self.text)
                if m.value == SUPPRESSED:
                    note = SUPPRESSED_NOTE
                elif not m.covered:
                    note = "not covered by the source (outside the window it holds)"
                elif m.value_raw is None:
                    note = "no cases in the month" if unit == "percent" else "no value"
                else:
                    note = ""
                self.cell(ws, row, 6, note, None)
        self.table_end(ws, header, row, len(headers))

    def benchmarks(self) -> None:
        headers = ["Indicator", "Unit", "DfE measure", "Year ending 31 March",
                   "Council (DfE published)", "Statistical neighbours (mean)", "Neighbours (n)",
                   "Region", "Region name", "England", QUARTILE_NOTE, "Note"]
        ws = self.sheet("Benchmarks", [46, 14, 26, 10, 12, 14, 11, 11, 18, 11, 11, 60])
        header = self.title_rows(ws, f"Benchmarks – {self.tree.month_label}")
        self.header_row(ws, header, headers, freeze_cols=1)
        row = header
        for ind in self.tree.summary:
            row += 1
            unit, b = ind.unit, ind.benchmark
            number = self.unit_format(unit)
            ws.write_string(row, 0, ind.name, self.text)
            ws.write_string(row, 1, UNIT_LABELS.get(unit, unit), self.text)
            if not b.available:
                ws.write_string(row, 11, b.reason or "no published benchmark", self.text)
                continue
            ws.write_string(row, 2, str(b.measure or ""), self.text)
            self.cell(ws, row, 3, b.year, self.year)
            for col, key in ((4, "council"), (5, "neighbours"), (7, "region"), (9, "england")):
                raw = getattr(b.raw, key)
                self.cell(ws, row, col, getattr(b, key) if raw is None else raw, number)
            self.cell(ws, row, 6, b.neighbours_n, self.integer)
            self.cell(ws, row, 8, b.region_name, None)
            self.cell(ws, row, 10, b.quartile, self.year)
        self.table_end(ws, header, row, len(headers))

    def trend(self) -> None:
        """Each benchmarked indicator's published trend: one row a year, oldest first, the
        gap reading on its last year's row."""
        headers = ["Indicator", "Unit", "DfE measure", "Year ending 31 March",
                   "Council (DfE published)", "Statistical neighbours (mean)", "England",
                   "Gap to statistical neighbours"]
        ws = self.sheet("Published trend", [46, 14, 26, 10, 12, 14, 11, 80])
        header = self.title_rows(ws, f"Published trend – {self.tree.month_label}")
        self.header_row(ws, header, headers, freeze_cols=1)
        row = header
        for ind in self.tree.summary:
            t = ind.published_trend
            if t is None:
                continue
            number = self.unit_format(ind.unit)
            for k, year in enumerate(t.years):
                row += 1
                ws.write_string(row, 0, ind.name, self.text)
                ws.write_string(row, 1, UNIT_LABELS.get(ind.unit, ind.unit), self.text)
                ws.write_string(row, 2, t.measure, self.text)
                self.cell(ws, row, 3, year, self.year)
                for col, key in ((4, "council"), (5, "neighbours"), (6, "england")):
                    raw = getattr(t.raw, key)[k]
                    self.cell(ws, row, col, getattr(t, key)[k] if raw is None else raw, number)
                if k == len(t.years) - 1:
                    ws.write_string(row, 7, t.gap, self.wrap)
        self.table_end(ws, header, row, len(headers))

    def events(self) -> None:
        """The council's events (``--events``) within the report's months, one row per
        indicator it applies to; a line saying there are none otherwise."""
        headers = ["Indicator", "Indicator ID (data sheet)", "Month", "Event",
                   "Process limits recalculated from this month"]
        ws = self.sheet("Events", [46, 26, 11, 60, 16])
        header = self.title_rows(ws, f"Events – {self.tree.month_label}")
        self.header_row(ws, header, headers, freeze_cols=1)
        row = header
        for ind in self.tree.summary:
            for e in ind.events:
                row += 1
                ws.write_string(row, 0, ind.name, self.text)
                ws.write_string(row, 1, ind.id, self.text)
                ws.write_datetime(row, 2, month_date(e.month), self.month)
                ws.write_string(row, 3, e.label, self.wrap)
                ws.write_string(row, 4, "Yes" if e.rebase else "No", self.text)
        if row == header:
            ws.write_string(row + 1, 0, "No events fall within the report's months (events "
                                        "come from the --events file).", self.muted)
            return
        self.table_end(ws, header, row, len(headers))

    def equality(self) -> None:
        """The equality page: one row per characteristic, step and group (numbers unrounded,
        `c` where disclosure control hides one), then the facts and the method."""
        e = self.tree.equality
        if e is None:
            return
        headers = ["Characteristic", "Step", "Group", f"Count ({e.period})",
                   "Per 100 at the step before", "Relative rate index (RRI)", "95% interval: low",
                   "95% interval: high", "Significant", "Note"]
        ws = self.sheet("Equality", [14, 34, 24, 14, 14, 14, 12, 12, 11, 34])
        header = self.title_rows(ws, f"Equality – {self.tree.month_label}")
        self.header_row(ws, header, headers, freeze_cols=3)
        row = header
        rate = self.unit_format("per_10k")  # one decimal place
        ratio = self.wb.add_format({"num_format": "0.00", "valign": "top"})
        for d in e.dimensions:
            if not d.available:
                row += 1
                ws.write_string(row, 0, d.by, self.text)
                ws.write_string(row, 9, f"not shown: {d.reason}", self.wrap)
                continue
            for step in d.steps:
                for c in step.cells:
                    row += 1
                    hidden: str | None = SUPPRESSED if c.hidden else None
                    for col, v in enumerate([d.by, step.name, c.group]):
                        ws.write_string(row, col, v, self.text)
                    self.cell(ws, row, 3, c.count if c.count is not None else SUPPRESSED,
                              self.integer)
                    for col, x in ((4, c.rate), (5, c.rri), (6, c.ci_low), (7, c.ci_high)):
                        self.cell(ws, row, col, x if x is not None else hidden,
                                  rate if col == 4 else ratio)
                    if c.significant is not None:
                        ws.write_string(row, 8, "Yes" if c.significant else "No", self.text)
                    if c.reason:
                        ws.write_string(row, 9, c.reason, self.text)
        self.table_end(ws, header, row, len(headers))
        for d in e.dimensions:  # population shares (by ethnicity, where supplied)
            if not d.shares:
                continue
            row += 2
            for col, h in enumerate(["Characteristic", "Group", "Share of referrals (known), %",
                                     "Share of the 0-17 population, %"]):
                ws.write_string(row, col, h, self.header)
            for g in d.shares:
                row += 1
                ws.write_string(row, 0, d.by, self.text)
                ws.write_string(row, 1, g.group, self.text)
                self.cell(ws, row, 2, g.referral_share if g.referral_share is not None
                          else (SUPPRESSED if g.hidden else None), rate)
                self.cell(ws, row, 3, g.population_share, rate)
        row += 2
        for text in (*e.facts, e.population, e.method):
            ws.write_string(row, 0, text, self.text)
            row += 1

    def data(self) -> None:
        """Tidy rows: one per indicator and month, unrounded, `c` where suppressed."""
        ws = self.sheet("data", [8, 28, 9, 11, 20, 11, 12, 11, 13, 9])
        for col, h in enumerate(DATA_COLUMNS):
            ws.write_string(0, col, h, self.header)
        ws.freeze_panes(1, 0)
        la_code = self.tree.council.la_code
        row = 0
        for ind in self.tree.summary:
            for m in ind.months:
                row += 1
                ws.write_string(row, 0, la_code)
                ws.write_string(row, 1, ind.id)
                ws.write_string(row, 2, ind.unit)
                ws.write_datetime(row, 3, month_date(m.month), self.iso_month)
                value = SUPPRESSED if m.value == SUPPRESSED else m.value_raw
                for col, v in ((4, value), (5, m.numerator), (6, m.denominator)):
                    self.cell(ws, row, col, v, self.plain, self.plain)
                ws.write_boolean(row, 7, bool(m.suppressed))
                ws.write_boolean(row, 8, bool(self.tree.partial_month))
                ws.write_boolean(row, 9, bool(m.covered))
        ws.autofilter(0, 0, row, len(DATA_COLUMNS) - 1)

    def notes(self) -> None:
        t = self.tree
        ws = self.sheet("Notes", [30, 46, 20, 14, 10, 90])
        row = self.title_rows(ws, f"Notes – {t.title}")
        ws.freeze_panes(4, 0)

        def para(text: str, style=None):
            nonlocal row
            ws.write_string(row, 0, text, style or self.text)
            row += 1

        para("Methods", self.heading)
        for note in t.methods.notes:
            para(note)
        para(f"Percentages are percentage points (24.46 means 24.46%); rates are per 10,000 "
             f"children aged 0-17. Values are unrounded and shown rounded by the cell's number "
             f"format. {SUPPRESSED_NOTE}; a blank is no value (a percentage of no cases).")
        para(f"Benchmarks: DfE published statistics. {t.methods.attribution}")
        row += 1
        para("Data quality", self.heading)
        para(f"Extract of {t.data_quality.extracted_at}.")
        for w in t.data_quality.warnings:
            para(str(w))
        for u in t.data_quality.unavailable:
            para(f"{u.name}: not available ({u.reason}).")
        row += 1
        para("Indicators", self.heading)
        for col, h in enumerate(["Area", "Indicator", "Indicator ID (data sheet)", "Unit",
                                 "Polarity", "Definition"]):
            ws.write_string(row, col, h, self.header)
        for ind in t.summary:
            row += 1
            for col, v in enumerate([self.area_titles.get(ind.area, ind.area), ind.name,
                                     ind.id, UNIT_LABELS.get(ind.unit, ind.unit),
                                     ind.polarity or "",
                                     markup.plain(ind.definition or "")]):
                self.cell(ws, row, col, str(v), None, self.wrap if col == 5 else self.text)

    def write(self) -> None:
        t = self.tree
        self.wb.set_properties({
            "title": t.title, "subject": f"{self.council}, {t.month_label}",
            "company": t.council.name,
            "keywords": NOT_FOR_PUBLICATION if self.internal else "open",
            "comments": (NOT_FOR_PUBLICATION + ". " if self.internal else "")
                        + (f"{t.partial_note}. " if t.partial_month else "")
                        + f"Benchmarks: DfE published statistics. {t.methods.attribution}",
        })
        self.wb.set_custom_property("Classification",
                                    NOT_FOR_PUBLICATION if self.internal else "open")
        self.summary()
        for section in t.sections:
            self.area(section)
        self.benchmarks()
        self.trend()
        self.events()
        self.equality()
        self.data()
        self.notes()
        self.wb.close()


def write_xlsx(tree: ReportTree, path: Path) -> None:
    """Write the report tree as the analysts' workbook at `path` (`performance-data.xlsx`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _Writer(tree, path).write()
