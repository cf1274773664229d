"""The analysts' workbook (report/xlsx.py), written from a real report tree and read back."""

from __future__ import annotations


import dataclasses
import datetime as dt
from dataclasses import replace

import openpyxl
import pytest

from extracts import with_summary

from safeguarding.output import document
from safeguarding.report.tree import build_tree
from safeguarding.results import EventLabel
from safeguarding.report.xlsx import (DATA_COLUMNS, NOT_FOR_PUBLICATION, number_format,
                                      write_xlsx)

AREA_SHEETS = ["Front door", "Assessments", "Child protection", "Looked-after children",
               "Children in need", "Allocation and caseloads"]
SHEETS = ["Summary", *AREA_SHEETS, "Benchmarks", "Published trend", "Events", "Equality", "data",
          "Notes"]
TABLE_SHEETS = ["Summary", *AREA_SHEETS, "Benchmarks", "Published trend", "data"]
FORMATS = {"percent": "0.00", "per_10k": "0.0", "count": "#,##0", "mean": "0.0"}


@pytest.fixture(scope="module")
def built(synthetic_council, tmp_path_factory):
    c = synthetic_council
    out = tmp_path_factory.mktemp("xlsx")
    trees, books = {}, {}
    for classification in ("open", "internal"):
        trees[classification] = build_tree(c, classification)
        path = out / classification / "performance-data.xlsx"
        write_xlsx(trees[classification], path)
        books[classification] = openpyxl.load_workbook(path)
    return {"doc": document(c), "trees": trees, "books": books}


@pytest.fixture(scope="module")
def json_values(built):
    """(indicator id, month) -> the JSON output's series point."""
    return {(i["id"], p["month"]): p for i in built["doc"]["indicators"] for p in i["series"]}


def table(ws, first: str):
    """(header row number, headers, data rows as lists of cells) of the table whose header
    row starts with `first`."""
    for r in range(1, 20):
        if ws.cell(r, 1).value == first:
            headers = [c.value for c in ws[r] if c.value is not None]
            rows = [list(row[:len(headers)]) for row in ws.iter_rows(min_row=r + 1)]
            while rows and all(c.value is None for c in rows[-1]):
                rows.pop()
            return r, headers, rows
    raise AssertionError(f"no table starting {first!r} on {ws.title}")


def data_rows(book) -> list[dict]:
    ws = book["data"]
    header = [c.value for c in ws[1]]
    assert tuple(header) == DATA_COLUMNS
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def month_key(value: dt.datetime) -> str:
    return f"{value:%Y-%m}"


def is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def suppressed_points(tree) -> list[tuple[dict, dict]]:
    return [(i, m) for i in tree.summary for m in i.months if m.suppressed]


# -- structure --------------------------------------------------------------------------------

@pytest.mark.parametrize("classification", ["open", "internal"])
def test_sheet_names(built, classification):
    assert built["books"][classification].sheetnames == SHEETS


def test_area_sheets_follow_the_tree_sections(built):
    assert [s.title for s in built["trees"]["open"].sections] == AREA_SHEETS


@pytest.mark.parametrize("classification", ["open", "internal"])
def test_frozen_header_rows(built, classification):
    book = built["books"][classification]
    for name in TABLE_SHEETS:
        ws = book[name]
        header = 1 if name == "data" else table(ws, "Area" if name == "Summary" else "Indicator")[0]
        assert ws.freeze_panes is not None, name
        assert ws[ws.freeze_panes].row == header + 1, name
    assert book["Summary"].freeze_panes == "C7"  # area and indicator stay in view


@pytest.mark.parametrize("classification", ["open", "internal"])
def test_autofilter_covers_each_data_table(built, classification):
    book = built["books"][classification]
    for name in TABLE_SHEETS:
        ws = book[name]
        ref = ws.auto_filter.ref
        assert ref, name
        first, last = ref.split(":")
        header = 1 if name == "data" else table(ws, "Area" if name == "Summary" else "Indicator")[0]
        assert ws[first].row == header and ws[first].column == 1, name
        assert ws[last].row == ws.max_row, name


def test_column_widths_are_set(built):
    book = built["books"]["open"]
    for name in SHEETS:
        ws = book[name]
        assert ws.column_dimensions["A"].width and ws.column_dimensions["A"].width > 5, name
        assert ws.column_dimensions["B"].width > 5, name
    assert book["Summary"].column_dimensions["B"].width >= 40  # indicator names


def test_number_formats_follow_the_formatting_module():
    assert {unit: number_format(unit) for unit in FORMATS} == FORMATS


# -- title rows and classification ------------------------------------------------------------

def test_title_rows_name_council_month_and_attribution(built):
    tree = built["trees"]["open"]
    for name in ["Summary", *AREA_SHEETS, "Benchmarks"]:
        titles = [built["books"]["open"][name].cell(r, 1).value or "" for r in range(1, 5)]
        text = "\n".join(titles)
        assert tree.council.name in text and tree.council.la_code in text, name
        assert tree.month_label in text, name
        assert tree.methods.attribution in text, name
        assert "Open Government Licence" in text
        assert "Classification: open" in text and NOT_FOR_PUBLICATION not in text, name
    assert built["books"]["open"]["Summary"]["A1"].value == tree.title


def test_internal_workbook_is_stamped_not_for_publication(built):
    book = built["books"]["internal"]
    for name in ["Summary", *AREA_SHEETS, "Benchmarks", "Notes"]:
        assert book[name]["A3"].value.startswith(NOT_FOR_PUBLICATION), name
        assert book[name]["A3"].font.color.rgb.endswith("C00000"), name
    for name in SHEETS:  # printed pages too, the tidy data sheet included
        assert book[name].oddHeader.center.text == NOT_FOR_PUBLICATION, name
        assert not built["books"]["open"][name].oddHeader.center.text, name
    assert book.custom_doc_props["Classification"].value == NOT_FOR_PUBLICATION


# -- Summary ----------------------------------------------------------------------------------

def test_summary_has_one_row_per_indicator(built):
    tree = built["trees"]["open"]
    _, headers, rows = table(built["books"]["open"]["Summary"], "Area")
    assert headers[:14] == ["Area", "Indicator", "Unit", "Latest value (August 2014)",
                            "Previous month", "Same month last year", "Target", "RAG rating",
                            "Statistical neighbours (mean)", "Region", "England",
                            "Quartile (1 best, 4 worst)", "Direction (vs previous month)",
                            "SPC signal"]
    assert [r[1].value for r in rows] == [i.name for i in tree.summary]
    titles = {s.id: s.title for s in tree.sections}
    for row, ind in zip(rows, tree.summary):
        assert row[0].value == titles[ind.area]
        assert row[7].value == ind.rag_label  # the rating as text, not only as a colour
        assert (row[12].value or "") == ind.direction
        assert row[13].value


@pytest.mark.parametrize("classification", ["open", "internal"])
def test_summary_figures_are_numbers_from_the_tree(built, classification):
    tree = built["trees"][classification]
    _, _, rows = table(built["books"][classification]["Summary"], "Area")
    for row, ind in zip(rows, tree.summary):
        months = ind.months
        for cell, m in ((row[3], months[-1]), (row[4], months[-2]), (row[5], months[0])):
            if m.suppressed:
                assert cell.value == "c"
            elif m.value_raw is None:
                assert cell.value is None
            else:
                assert is_number(cell.value) and cell.value == m.value_raw, ind.id
                assert cell.number_format == FORMATS[ind.unit]
        assert row[6].value == ind.target_raw
        b = ind.benchmark
        if b.available:
            for cell, key in ((row[8], "neighbours"), (row[9], "region"), (row[10], "england")):
                raw = getattr(b.raw, key)
                assert cell.value == (raw if raw is not None else getattr(b, key))
            assert row[11].value == b.quartile
        else:
            assert all(c.value is None for c in row[8:12])


def test_summary_latest_value_suppressed_in_open_shown_in_internal(built):
    open_tree = built["trees"]["open"]
    hidden = [n for n, i in enumerate(open_tree.summary) if i.months[-1].suppressed]
    assert hidden, "the synthetic extract should have a suppressed latest month"
    _, _, open_rows = table(built["books"]["open"]["Summary"], "Area")
    _, _, internal_rows = table(built["books"]["internal"]["Summary"], "Area")
    for n in hidden:
        assert open_rows[n][3].value == "c"
        raw = built["trees"]["internal"].summary[n].months[-1].value_raw
        assert is_number(internal_rows[n][3].value) and internal_rows[n][3].value == raw


def test_rag_conditional_formats_on_summary(built):
    ws = built["books"]["open"]["Summary"]
    header, headers, rows = table(ws, "Area")
    rag_col = openpyxl.utils.get_column_letter(headers.index("RAG rating") + 1)
    rules = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            rules[rule.formula[0]] = (str(cf.sqref), rule)
    assert set(rules) == {'"Green"', '"Amber"', '"Red"'}
    fills = {}
    for label, (sqref, rule) in rules.items():
        assert sqref == f"{rag_col}{header + 1}:{rag_col}{header + len(rows)}"
        assert rule.type == "cellIs" and rule.operator == "equal"
        fills[label] = rule.dxf.fill.bgColor.rgb[-6:]
        assert rule.dxf.font.b  # bold dark text on the light fill
    assert fills == {'"Green"': "C6EFCE", '"Amber"': "FFEB9C", '"Red"': "FFC7CE"}
    assert {r[7].value for r in rows} >= {"Green", "Amber", "Red"}


# -- area sheets ------------------------------------------------------------------------------

@pytest.mark.parametrize("classification", ["open", "internal"])
def test_area_sheets_months_are_dates_and_values_numbers(built, classification):
    tree, book = built["trees"][classification], built["books"][classification]
    for section in tree.sections:
        _, headers, rows = table(book[section.title], "Indicator")
        assert headers == ["Indicator", "Month", "Numerator", "Denominator", "Value", "Unit",
                           "Note"]
        points = [(i, m) for i in section.indicators for m in i.months]
        assert len(rows) == len(points)
        for row, (ind, m) in zip(rows, points):
            name, month, num, den, value = (c.value for c in row[:5])
            assert name == ind.name
            assert isinstance(month, dt.datetime) and month.day == 1
            assert month_key(month) == m.month and row[1].number_format == "mmm yyyy"
            for cell, shown, raw in ((row[2], m.numerator, m.numerator),
                                     (row[3], m.denominator, m.denominator),
                                     (row[4], m.value, m.value_raw)):
                if shown == "c":
                    assert cell.value == "c"
                elif raw is None:
                    assert cell.value is None
                else:
                    assert is_number(cell.value) and cell.value == raw
            if is_number(value):
                assert row[4].number_format == FORMATS[ind.unit]
            assert not any(isinstance(c.value, str) and c.value.replace(".", "").isdigit()
                           for c in row[2:5])  # no number written as text


def test_percentages_are_percentage_points_with_the_unit_beside_them(built):
    ws = built["books"]["internal"]["Front door"]
    _, _, rows = table(ws, "Indicator")
    pct = [r for r in rows if r[5].value == "%" and is_number(r[4].value)]
    assert pct and all(0 <= r[4].value <= 100 for r in pct)
    assert any(r[4].value > 1 for r in pct)  # 24.46 for 24.46%, not 0.2446
    assert {r[4].number_format for r in pct} == {"0.00"}


# -- Benchmarks -------------------------------------------------------------------------------

def test_benchmarks_sheet(built):
    tree = built["trees"]["open"]
    _, headers, rows = table(built["books"]["open"]["Benchmarks"], "Indicator")
    assert headers == ["Indicator", "Unit", "DfE measure", "Year ending 31 March",
                       "Council (DfE published)", "Statistical neighbours (mean)",
                       "Neighbours (n)", "Region", "Region name", "England",
                       "Quartile (1 best, 4 worst)", "Note"]
    assert [r[0].value for r in rows] == [i.name for i in tree.summary]
    available = 0
    for row, ind in zip(rows, tree.summary):
        b = ind.benchmark
        if not b.available:
            assert row[11].value == b.reason and row[4].value is None
            continue
        available += 1
        assert row[2].value == b.measure and row[3].value == b.year
        for col, key in ((4, "council"), (5, "neighbours"), (7, "region"), (9, "england")):
            raw = getattr(b.raw, key)
            assert row[col].value == (getattr(b, key) if raw is None else raw)
            if raw is not None:
                assert row[col].number_format == FORMATS[ind.unit]
        assert row[6].value == b.neighbours_n
        assert row[8].value == b.region_name
        assert row[10].value == b.quartile
    assert available


# -- the tidy data sheet ----------------------------------------------------------------------

@pytest.mark.parametrize("classification", ["open", "internal"])
def test_data_sheet_equals_the_json_output(built, json_values, classification):
    tree = built["trees"][classification]
    rows = data_rows(built["books"][classification])
    shown = {(i.id, m.month): m for i in tree.summary for m in i.months}
    assert len(rows) == len(json_values) == len(shown)
    seen = set()
    for row in rows:
        assert row["la_code"] == "884"
        assert isinstance(row["month"], dt.datetime) and row["month"].day == 1
        key = (row["indicator_id"], month_key(row["month"]))
        seen.add(key)
        point, m = json_values[key], shown[key]
        assert row["unit"] == next(i.unit for i in tree.summary if i.id == key[0])
        assert row["suppressed"] is m.suppressed
        if m.suppressed:
            assert row["value"] == "c"
        elif point["value"] is None:
            assert row["value"] is None
        else:  # unrounded: the very same double as the JSON document
            assert is_number(row["value"]) and row["value"] == point["value"], key
        for col in ("numerator", "denominator"):
            if getattr(m, col) == "c":
                assert row[col] == "c"
            else:
                assert row[col] == point[col] and not isinstance(row[col], str)
    assert seen == set(json_values)


def test_internal_data_sheet_has_every_number(built, json_values):
    rows = data_rows(built["books"]["internal"])
    assert not any("c" in (r["value"], r["numerator"], r["denominator"]) for r in rows)
    assert not any(r["suppressed"] for r in rows)
    floats = [r["value"] for r in rows if isinstance(r["value"], float)]
    # more than 16 significant digits are needed for some, and they survive the round trip
    assert any(float(f"{v:.16G}") != v for v in floats)


def test_open_workbook_writes_no_number_for_a_suppressed_cell(built, json_values):
    open_tree = built["trees"]["open"]
    hidden = suppressed_points(open_tree)
    assert hidden, "the synthetic extract should have small numbers"
    keys = {(i.id, m.month) for i, m in hidden}
    names = {i.id: i.name for i in open_tree.summary}

    def area_cells(book):
        out = {}
        for name in AREA_SHEETS:
            _, _, rows = table(book[name], "Indicator")
            for r in rows:
                out[(r[0].value, month_key(r[1].value))] = [c.value for c in r[2:5]]
        return out

    open_data = {(r["indicator_id"], month_key(r["month"])): r
                 for r in data_rows(built["books"]["open"])}
    internal_data = {(r["indicator_id"], month_key(r["month"])): r
                     for r in data_rows(built["books"]["internal"])}
    open_area, internal_area = (area_cells(built["books"][c]) for c in ("open", "internal"))
    for ind, m in hidden:
        key = (ind.id, m.month)
        point = json_values[key]
        row = open_data[key]
        assert row["value"] == "c" and row["numerator"] == "c" and row["suppressed"] is True
        num, den, value = open_area[(names[ind.id], m.month)]
        assert value == "c" and num == "c"
        if m.denominator == "c":
            assert row["denominator"] == "c" and den == "c"
        # the internal workbook shows them
        row = internal_data[key]
        assert row["value"] == point["value"] and row["numerator"] == point["numerator"]
        assert row["suppressed"] is False
        num, den, value = internal_area[(names[ind.id], m.month)]
        assert num == point["numerator"] and den == point["denominator"]
        assert value == point["value"]
    # and no suppressed figure leaks anywhere in the open data sheet
    for key, row in open_data.items():
        if key in keys:
            assert not any(is_number(row[c]) for c in ("value", "numerator"))


# -- odd trees --------------------------------------------------------------------------------

def test_unavailable_indicator_missing_value_and_formula_like_text(built, tmp_path):
    tree = built["trees"]["open"]
    gone = replace(tree.summary[0], available=False, reason="the extract has no contacts table",
                   months=(), latest="not available", previous="", year_ago="")
    gone_id = gone.id
    pct = next(i for i in tree.summary if i.unit == "percent" and not i.suppressed_any)
    empty = replace(pct.months[3], value="no cases", value_raw=None, numerator=0, denominator=0)
    pct = replace(pct, months=pct.months[:3] + (empty,) + pct.months[4:])
    tree = with_summary(tree, [gone if i.id == gone.id else pct if i.id == pct.id else i
                               for i in tree.summary])
    tree = replace(tree, council=replace(tree.council, name="=HYPERLINK(\"http://example.com\")"))
    path = tmp_path / "performance-data.xlsx"
    write_xlsx(tree, path)
    book = openpyxl.load_workbook(path)

    assert book["Summary"]["A2"].value.startswith("=HYPERLINK")  # text, never a formula
    assert book["Summary"]["A2"].data_type == "s"
    _, _, rows = table(book["Summary"], "Area")
    assert rows[0][3].value == "not available"
    _, _, rows = table(book["Front door"], "Indicator")
    assert rows[0][0].value == gone.name and rows[0][1].value is None
    assert "the extract has no contacts table" in rows[0][6].value
    data = data_rows(book)
    assert not any(r["indicator_id"] == gone_id for r in data)
    [row] = [r for r in data if r["indicator_id"] == pct.id
             and month_key(r["month"]) == pct.months[3].month]
    assert row["value"] is None and row["numerator"] == 0 and row["suppressed"] is False
    area = next(s.title for s in tree.sections if s.id == pct.area)
    _, _, rows = table(book[area], "Indicator")
    [r] = [r for r in rows if r[0].value == pct.name
           and month_key(r[1].value) == pct.months[3].month]
    assert r[4].value is None and r[6].value == "no cases in the month"


def test_every_sheet_of_a_partial_month_is_marked(built, synthetic_council, tmp_path):
    mark = "PARTIAL MONTH: figures to 3 September 2014 only"
    tree = build_tree(dataclasses.replace(synthetic_council, partial_month=True), "internal")
    write_xlsx(tree, tmp_path / "performance-data.xlsx")
    book = openpyxl.load_workbook(tmp_path / "performance-data.xlsx")
    for name in SHEETS:  # every printed page
        assert book[name].oddHeader.left.text == mark, name
        assert book[name].oddHeader.center.text == NOT_FOR_PUBLICATION, name
    for name in ["Summary", *AREA_SHEETS, "Benchmarks", "Notes"]:  # and on screen
        assert book[name]["A5"].value.startswith(mark), name
    assert {r["partial_month"] for r in data_rows(book)} == {True}
    complete = built["books"]["internal"]
    assert {r["partial_month"] for r in data_rows(complete)} == {False}
    for name in SHEETS:
        assert not complete[name].oddHeader.left.text, name
        assert "PARTIAL MONTH" not in str(complete[name]["A5"].value), name


def test_notes_definitions_are_plain_text_without_markdown(built):
    tree = built["trees"]["open"]
    ws = built["books"]["open"]["Notes"]
    cells = {row[2]: row[5] for row in ws.iter_rows(values_only=True) if row[2] in
             {i.id for i in tree.summary}}
    assert set(cells) == {i.id for i in tree.summary}
    assert "*Policy*" in REGISTRY_DEFINITION("assessments_in_timescale")
    assert "Policy `T` = 45" not in cells["assessments_in_timescale"]
    assert "Policy T = 45 (single assessment)" in cells["assessments_in_timescale"]
    assert [i for i, text in cells.items() if "*" in text or "`" in text] == []


def REGISTRY_DEFINITION(indicator_id: str) -> str:
    from safeguarding.indicators import REGISTRY

    return REGISTRY[indicator_id].definition


# -- Published trend --------------------------------------------------------------------------

@pytest.mark.parametrize("classification", ["open", "internal"])
def test_published_trend_sheet_equals_the_json(built, classification):
    _, headers, rows = table(built["books"][classification]["Published trend"], "Indicator")
    assert headers[3:7] == ["Year ending 31 March", "Council (DfE published)",
                            "Statistical neighbours (mean)", "England"]
    want = []
    for i in built["doc"]["indicators"]:
        t = i["published_trend"]
        for k, year in enumerate(t["years"] if t else []):
            shown = [("not published" if t[key][k] is None else t[key][k])
                     for key in ("council", "neighbours", "england")]
            want.append([i["name"], t["measure"], year, *shown,
                         t["gap"] if k == len(t["years"]) - 1 else None])
    assert want  # the synthetic council has benchmarked indicators
    got = [[r[0].value, r[2].value, r[3].value, r[4].value, r[5].value, r[6].value, r[7].value]
           for r in rows]
    assert got == want
    assert all(is_number(r[4].value) for r in rows if r[4].value is not None)


# -- Events -----------------------------------------------------------------------------------

def test_events_sheet_without_events_says_so(built):
    ws = built["books"]["open"]["Events"]
    _, headers, rows = table(ws, "Indicator")
    assert headers == ["Indicator", "Indicator ID (data sheet)", "Month", "Event",
                       "Process limits recalculated from this month"]
    assert [c.value for c in rows[0]][0].startswith("No events fall within the report's months")


def test_events_sheet_lists_each_indicators_events(built, tmp_path):
    tree = built["trees"]["open"]
    first, second = [i for i in tree.summary if i.available][:2]
    months = first.months
    ofsted = EventLabel(months[3].month, months[3].label, "=HYPERLINK(\"x\") Ofsted inspection",
                        False)
    door = EventLabel(months[6].month, months[6].label, "New front door", True)
    marked = {first.id: replace(first, events=(ofsted, door)),
              second.id: replace(second, events=(door,))}
    tree = with_summary(tree, [marked.get(i.id, i) for i in tree.summary])
    path = tmp_path / "events.xlsx"
    write_xlsx(tree, path)
    ws = openpyxl.load_workbook(path)["Events"]
    _, _, rows = table(ws, "Indicator")
    got = [[c.value for c in r] for r in rows]
    assert got == [
        [first.name, first.id, dt.datetime.strptime(months[3].month, "%Y-%m"),
         "=HYPERLINK(\"x\") Ofsted inspection", "No"],
        [first.name, first.id, dt.datetime.strptime(months[6].month, "%Y-%m"),
         "New front door", "Yes"],
        [second.name, second.id, dt.datetime.strptime(months[6].month, "%Y-%m"),
         "New front door", "Yes"],
    ]
    assert rows[0][3].data_type == "s"  # a label is text, never a formula
    assert rows[0][2].number_format == "mmm yyyy"


def test_equality_sheet_rows_follow_the_tree(built):
    """One row per characteristic, step and group: counts, rates and RRIs as numbers from the
    tree, `c` where the open workbook hides one, and the facts under the table."""
    for classification in ("open", "internal"):
        e = built["trees"][classification].equality
        ws = built["books"][classification]["Equality"]
        _, headers, rows = table(ws, "Characteristic")
        assert headers[:3] == ["Characteristic", "Step", "Group"]
        cells = [(d.by, s.name, c) for d in e.dimensions if d.available for s in d.steps
                 for c in s.cells]
        got = [r for r in rows if r[1].value]
        assert len(got) == len(cells)
        for r, (by, step, c) in zip(got, cells):
            assert (r[0].value, r[1].value, r[2].value) == (by, step, c.group)
            assert r[3].value == (c.count if c.count is not None else "c")
            assert r[5].value == (c.rri if c.rri is not None else ("c" if c.hidden else None))
        texts = [row[0] for row in ws.iter_rows(values_only=True)]
        assert all(f in texts for f in e.facts)
    open_cells = [c for d in built["trees"]["open"].equality.dimensions for s in d.steps
                  for c in s.cells]
    assert any(c.hidden for c in open_cells)  # the county has small groups to hide
    assert not any(c.hidden for d in built["trees"]["internal"].equality.dimensions
                   for s in d.steps for c in s.cells)


def test_population_shares_on_the_equality_sheet_and_page(synthetic_council, tmp_path):
    """With the council's 0-17 population by ethnic group, the Equality sheet and the HTML page
    show each group's share of referrals beside its share of the population (from the tree)."""
    from safeguarding.report.html import render_html

    population = {"White": 30000, "Mixed": 2000, "Asian or Asian British": 2000,
                  "Black or Black British": 1500, "Other ethnic group": 500}
    c = replace(synthetic_council, group_population={"ethnicity": population})
    tree = build_tree(c, "internal")
    [eth] = [d for d in tree.equality.dimensions if d.by == "ethnicity"]
    assert [g.population_share for g in eth.shares] == [
        pytest.approx(v / 360) for v in (30000, 2000, 2000, 1500, 500)]
    assert sum(g.referral_share for g in eth.shares) == pytest.approx(100.0)
    path = tmp_path / "performance-data.xlsx"
    write_xlsx(tree, path)
    ws = openpyxl.load_workbook(path)["Equality"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if r[0] == "Characteristic" and r[1] == "Group")
    got = [r[:4] for r in rows[start + 1:start + 6]]
    assert got == [("ethnicity", g.group, pytest.approx(g.referral_share),
                    pytest.approx(g.population_share)) for g in eth.shares]
    html = render_html(tree)
    assert 'class="table equality-shares"' in html and "Share of the 0-17 population" in html
