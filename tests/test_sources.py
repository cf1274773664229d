"""Reading an extract folder as councils export it: no child's data in what is published,
nothing in the folder ignored without a word, and the spellings exports use."""

import datetime as dt

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from extracts import people, write_extract

from safeguarding import app
from safeguarding.sources import ExtractError
from safeguarding.sources.check import MONTH_FIRST
from safeguarding.sources.issues import summarise
from safeguarding.store import Store

PLANS = "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date\n"
NAME, ADDRESS = "Jayden Okonkwo-Smith", "14 Acacia Avenue"


def extract(tmp_path, files: dict[str, str | bytes], **kwargs):
    """An extract holding ssd_person (children 1 and 2) and the given files, written as is."""
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1", "2")}, **kwargs)
    for name, content in files.items():
        path = folder / name
        if name.endswith("/"):
            path.mkdir()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def issues_of(checked, table=None):
    return [(i.severity, i.row, i.column, i.value, i.problem, i.detail)
            for i in checked.issues if table is None or i.table == table]


# -- 1. No child's data in what is published --------------------------------------------------

def test_a_childs_record_reaches_no_problem_summary_or_note(tmp_path):
    folder = extract(tmp_path, {
        # A ragged row: the export broke on the comma in an address.
        "ssd_cp_plans.csv": PLANS + f"p1,1,2014-01-01,\np2,2,{NAME},{ADDRESS}, Leominster,2014-02-01\n",
        # A table exported without its header: its first record became the header.
        "ssd_cp_visits.csv": f"v1,1,{NAME},2014-03-01\nv2,2,x,2014-03-02\n",
        # A stray document named after the child.
        f"{NAME} referral.docx": b"PK\x03\x04",
    })
    checked = app.validate(folder)
    store = Store()
    app.load(folder, store, allow_invalid=True)
    published = ([i.problem for i in checked.issues] + [i.table for i in checked.issues]
                 + [i.column or "" for i in checked.issues] + summarise(checked.issues)
                 + app.load_notes(checked) + store.councils()[0]["notes"])
    for text in published:
        for part in (NAME, ADDRESS, "Jayden", "Acacia", "Leominster"):
            assert part not in text, text
    # The ragged row is an error of its own, by position; the rest of the table is read.
    [ragged] = [i for i in checked.issues if i.table == "ssd_cp_plans"]
    assert (ragged.severity, ragged.row, ragged.problem, ragged.value) == (
        "error", 3, "wrong number of fields (expected 4, found 6)", None)
    assert checked.tables["ssd_cp_plans"].num_rows == 1
    assert "error: ssd_cp_plans: wrong number of fields (expected 4, found 6) (1 row)" in app.load_notes(checked)
    # The analyst still sees what the folder held, in value (validate's own view).
    assert any(NAME in (i.value or "") for i in checked.issues)


def test_an_unreadable_file_is_named_in_fixed_words(tmp_path, monkeypatch):
    folder = extract(tmp_path, {"ssd_cp_plans.csv": PLANS + "p1,1,2014-01-01,\n"})

    def broken(*args, **kwargs):  # pyarrow's messages quote the row they stopped at
        raise pa.ArrowInvalid(f"CSV parse error: Row #6: Expected 4 columns, got 2: {NAME},{ADDRESS}")

    monkeypatch.setattr(pacsv, "read_csv", broken)
    checked = app.validate(folder)
    problems = {i.table: i.problem for i in checked.issues if i.severity == "error"}
    assert problems["ssd_cp_plans"] == "CSV parse error at row 6 of ssd_cp_plans.csv"
    assert problems["ssd_person"] == "CSV parse error at row 6 of ssd_person.csv"


@pytest.mark.parametrize("content, problem", [
    (b"PK\x03\x04\x14\x00\x06\x00 a workbook renamed", "file cannot be read (not CSV text; save it as CSV, UTF-8)"),
    (PLANS.encode("utf-16"), "file cannot be read (not CSV text; save it as CSV, UTF-8)"),
    (PLANS.encode() + b"p1,1,\x81\x8d,\n", "file cannot be read (neither UTF-8 nor Windows-1252 text)"),
    (b"", "file is empty (not even a header row)"),
])
def test_unreadable_csv_files(tmp_path, content, problem):
    checked = app.validate(extract(tmp_path, {"ssd_cp_plans.csv": content}))
    assert issues_of(checked, "ssd_cp_plans") == [("error", None, None, None, problem, None)]


def test_unreadable_parquet_files(tmp_path):
    folder = extract(tmp_path, {"ssd_cp_plans.parquet": f"{NAME} is not a Parquet file"})
    pq.write_table(pa.table({
        "cppv_cp_visit_id": ["v1"], "cppv_person_id": ["1"], "cppv_cp_visit_date": ["2014-01-01"],
        "cppv_cp_visit_seen": pa.array([{"seen": True}]),  # nested: no single value per cell
        "extra_notes": pa.array([["a", "b"]]),  # not read, so no matter that it is nested
    }), folder / "ssd_cp_visits.parquet")
    checked = app.validate(folder)
    assert issues_of(checked, "ssd_cp_plans") == [
        ("error", None, None, None, "file cannot be read (not a Parquet file, or damaged)", None)]
    assert ("error", None, "cppv_cp_visit_seen", "struct<seen: bool>",
            "nested Parquet column (struct or list): the table cannot be read", None) in issues_of(checked)
    assert "ssd_cp_visits" not in checked.tables


# -- Ragged rows -------------------------------------------------------------------------------

def test_ragged_rows_are_row_errors_numbered_as_a_spreadsheet(tmp_path):
    folder = extract(tmp_path, {"ssd_cp_plans.csv": (
        PLANS.replace("\n", ",cppl_cp_plan_initial_category\n")
        + "p1,1,2014-01-01,2014-01-31,NEG\n"             # row 2
        + 'p2,1,2014-02-01,2014-02-28,"EMO\nPHY"\n'     # row 3: a quoted cell over two lines
        + "p3,1\n"                                       # row 4: too few fields
        + "\n"                                           # row 5: a blank line
        + "p4,2,2014-13-01,,NEG\n"                       # row 6: bad date
        + "p5,2,2014-04-01,,NEG,,\n"                     # row 7: too many fields
        + '"p6,2,2014-05-01,,NEG\n'                      # row 8: a quote never closed swallows the rest
        + "p7,2,2014-06-01,,NEG\n")})
    checked = app.validate(folder)
    assert issues_of(checked, "ssd_cp_plans") == [
        ("error", 4, None, None, "wrong number of fields (expected 5, found 2)", None),
        ("error", 7, None, None, "wrong number of fields (expected 5, found 7)", None),
        ("error", 8, None, None, "wrong number of fields (expected 5, found 1)",
         "the row runs over several lines: check for an unclosed quote"),
        ("warning", None, None, None, "empty rows ignored", "row 5"),
        ("error", 6, "cppl_cp_plan_start_date", "2014-13-01", "not a date (use YYYY-MM-DD or DD/MM/YYYY)", None),
    ]
    plans = checked.tables["ssd_cp_plans"]
    assert plans.column("cppl_cp_plan_id").to_pylist() == ["p1", "p2"]
    assert plans.column("cppl_cp_plan_initial_category").to_pylist() == ["NEG", "EMO\nPHY"]
    assert checked.excluded == {"ssd_cp_plans": 4}


# -- 2. Nothing ignored without a word ---------------------------------------------------------

def test_files_not_read_are_listed(tmp_path):
    folder = extract(tmp_path, {
        "ssd_contacts.xlsx": b"PK", "ssd_contact.csv": "x\n", "ssd_foo.csv": "x\n",
        "SSD_CP_Plans.TXT": "x\n", "notes.txt": "x", "old/": "",
        # left alone: operating-system and Office leftovers, hidden files
        ".DS_Store": b"", "Thumbs.db": b"", "desktop.ini": "", "~$ssd_contacts.xlsx": b"", ".hidden": "",
    })
    checked = app.validate(folder)
    warnings = {(i.table, i.value, i.problem, i.detail) for i in checked.issues if i.severity == "warning"}
    assert {
        ("ssd_contacts", "ssd_contacts.xlsx", "workbooks are not read; save as CSV", None),
        ("extract folder", "ssd_contact.csv", "not a table of the data contract: not read",
         "did you mean ssd_contacts?"),
        ("extract folder", "ssd_foo.csv", "not a table of the data contract: not read", None),
        ("ssd_cp_plans", "SSD_CP_Plans.TXT", "not read: only .csv and .parquet files are read", None),
        ("extract folder", "notes.txt", "file not read", None),
        ("extract folder", "old", "sub-folder not read", None),
    } == {w for w in warnings if w[0] != "ssd_person"}
    assert checked.errors == []


def test_two_files_for_one_table_are_an_error(tmp_path):
    folder = extract(tmp_path, {"ssd_cp_plans.csv": PLANS, "SSD_CP_PLANS.csv": PLANS})
    assert issues_of(app.validate(folder), "ssd_cp_plans") == [
        ("error", None, None, "SSD_CP_PLANS.csv, ssd_cp_plans.csv", "more than one file for this table: keep one", None)]


def test_an_extract_with_no_usable_table_is_an_error_and_never_loads(tmp_path):
    folder = write_extract(tmp_path / "x", {})
    (folder / "ssd_contacts.xlsx").write_bytes(b"PK")
    (folder / "ssd_cp_plans.csv").write_text("cppl_cp_plan_id\np1\n")  # dropped: required columns missing
    checked = app.validate(folder)
    assert ("error", "extract folder", "no usable table: no ssd_* table with rows could be read and checked") in {
        (i.severity, i.table, i.problem) for i in checked.errors}
    store = Store()
    with pytest.raises(app.InvalidExtract, match="no rows left to load"):
        app.load(folder, store, allow_invalid=True)
    assert store.councils() == []


def test_a_header_only_table_is_a_warning(tmp_path):
    checked = app.validate(extract(tmp_path, {"ssd_cp_plans.csv": PLANS}))
    assert issues_of(checked, "ssd_cp_plans") == [("warning", None, None, None, "table has no rows", None)]
    assert checked.columns["ssd_cp_plans"] and checked.errors == []


def test_unknown_columns_are_warned_with_the_nearest_contract_column(tmp_path):
    checked = app.validate(extract(tmp_path, {"ssd_contacts.csv": (
        "cont_contact_id,cont_person_id,cont_contact_date,Cont_Screening_Dt,worker_notes,,_row\n"
        "c1,1,2014-01-01,2014-01-02,x,,7\n")}))
    assert issues_of(checked, "ssd_contacts") == [
        ("warning", None, None, "Cont_Screening_Dt", "column not in the data contract: not read",
         "did you mean cont_screening_date?"),
        ("warning", None, None, "worker_notes", "column not in the data contract: not read", None),
        ("warning", None, None, None, "column with no header: not read", None),
        ("warning", None, None, "_row", "column not in the data contract: not read", None),
    ]
    assert checked.tables["ssd_contacts"].column_names == ["cont_contact_id", "cont_person_id", "cont_contact_date"]


@pytest.mark.parametrize("header", ["cont_contact_date,cont_contact_date", "Cont_Contact_Date,cont_contact_date "])
def test_a_contract_column_twice_is_an_error_and_the_table_is_not_read(tmp_path, header):
    checked = app.validate(extract(tmp_path, {"ssd_contacts.csv": (
        f"cont_contact_id,cont_person_id,{header}\nc1,1,2014-01-01,2014-02-01\n")}))
    assert issues_of(checked, "ssd_contacts") == [
        ("error", None, "cont_contact_date", header.replace(",", ", "),
         "column appears more than once: the table cannot be read safely", None)]
    assert "ssd_contacts" not in checked.tables


def test_notes_name_an_unreadable_table_even_when_no_rows_are_excluded(tmp_path):
    folder = extract(tmp_path, {"ssd_cp_plans.csv": b"\x00\x01", "notes.txt": "x"})
    store = Store()
    app.load(folder, store, allow_invalid=True)
    assert store.councils()[0]["notes"] == [
        "error: ssd_cp_plans: file cannot be read (not CSV text; save it as CSV, UTF-8)",
        "warning: extract folder: file not read",
    ]


# -- 3. Input as councils export it ------------------------------------------------------------

def test_null_spellings_are_empty_in_every_kind_of_column(tmp_path):
    checked = app.validate(extract(tmp_path, {"ssd_cin_assessments.csv": (
        "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
        "cina_assessment_auth_date,cina_assessment_child_seen\n"
        "a1,1,NULL,2014-01-01,null,NA\n"
        "a2,1, n/a ,2014-01-02,N/A,Null\n"
        "a3,NULL,r1,2014-01-03,2014-01-04,Y\n")}))
    assert issues_of(checked, "ssd_cin_assessments") == [
        ("error", 4, "cina_person_id", None, "missing value", None)]
    rows = checked.tables["ssd_cin_assessments"].to_pylist()
    assert [(r["cina_referral_id"], r["cina_assessment_auth_date"], r["cina_assessment_child_seen"])
            for r in rows] == [(None, None, None), (None, None, None)]


def test_spaces_around_a_cell_are_trimmed_whatever_their_kind(tmp_path):
    # check.py skips DuckDB's trim for the usual cell (ASCII, no space at either end): every
    # other cell must still lose the spaces at its ends, Unicode ones included (no-break
    # U+00A0, ideographic U+3000), and a spaced-out NULL spelling is still empty.
    nbsp, wide = "\u00a0", "\u3000"
    checked = app.validate(extract(tmp_path, {
        "ssd_person.csv": f"pers_person_id,pers_dob\n 1,2005-01-01\n2{nbsp},2005-01-01\n{wide}3,2005-01-01\n",
        "ssd_cin_assessments.csv": (
            "cina_assessment_id,cina_person_id,cina_assessment_start_date,cina_assessment_child_seen\n"
            f"a1,1,{nbsp}2014-01-01 ,Y{wide}\n"
            f"a2,2 ,2014-01-02{nbsp}, n \n"
            f"a3,3,{wide}02/01/2014,{nbsp}N/A{nbsp}\n"
            f"a4,{nbsp}NULL ,2014-01-04,Y\n")}))
    assert issues_of(checked, "ssd_person") == []
    assert issues_of(checked, "ssd_cin_assessments") == [
        ("error", 5, "cina_person_id", None, "missing value", None)]
    assert checked.tables["ssd_person"].column("pers_person_id").to_pylist() == ["1", "2", "3"]
    rows = checked.tables["ssd_cin_assessments"].to_pylist()
    assert [(r["cina_person_id"], r["cina_assessment_start_date"], r["cina_assessment_child_seen"])
            for r in rows] == [("1", dt.date(2014, 1, 1), True), ("2", dt.date(2014, 1, 2), False),
                               ("3", dt.date(2014, 1, 2), None)]


def test_a_month_first_date_column_is_refused_whole(tmp_path):
    checked = app.validate(extract(tmp_path, {"ssd_cp_plans.csv": (
        PLANS
        + "p1,1,31/01/2014,03/04/2014\n"     # start: day first; end: could be either
        + "p2,2,01/02/2014,08/31/2014\n"     # end: month first, so the column is
        + "p3,2,2014-09-01,2014-09-02\n")}))
    assert issues_of(checked, "ssd_cp_plans") == [
        ("error", None, "cppl_cp_plan_end_date", "08/31/2014", MONTH_FIRST, "first at row 3")]
    # No end date is used, not even 03/04/2014 or the ISO one: the column is as if not supplied,
    # so month-end measures say "not available" rather than count every plan as open.
    assert checked.columns["ssd_cp_plans"] == ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date"]
    assert checked.tables["ssd_cp_plans"].column("cppl_cp_plan_start_date").to_pylist() == [
        dt.date(2014, 1, 31), dt.date(2014, 2, 1), dt.date(2014, 9, 1)]
    assert MONTH_FIRST == ("dates in this column are month-first (MM/DD/YYYY); "
                           "export them as YYYY-MM-DD or DD/MM/YYYY")


def test_a_month_first_required_date_column_drops_its_table(tmp_path):
    checked = app.validate(extract(tmp_path, {"ssd_cp_plans.csv": PLANS + "p1,1,12/13/2014 10:00,\n"}))
    assert [(i.column, i.problem) for i in checked.errors] == [("cppl_cp_plan_start_date", MONTH_FIRST)]
    assert "ssd_cp_plans" not in checked.tables and checked.excluded == {"ssd_cp_plans": 1}


def test_implausible_dates_are_warnings_counted_per_column(tmp_path):
    folder = extract(tmp_path, {
        "ssd_cp_plans.csv": PLANS + "p1,1,1899-12-31,\np2,1,2014-10-01,\np3,2,2014-10-02,\np4,2,2014-09-30,\n",
        "ssd_cp_reviews.csv": ("cppr_cp_review_id,cppr_person_id,cppr_cp_plan_id,cppr_cp_review_due,"
                               "cppr_cp_review_date\nr1,1,p1,2014-12-01,2014-09-01\n"),
    }, extracted_at="2014-09-30")
    (folder / "ssd_person.csv").write_text("pers_person_id,pers_dob,pers_expected_dob\n1,2005-01-01,\n2,,2015-01-01\n")
    checked = app.validate(folder)
    assert checked.errors == []
    assert {
        "warning: ssd_cp_plans.cppl_cp_plan_start_date: date after the extract date (2 rows)",
        "warning: ssd_cp_plans.cppl_cp_plan_start_date: date before 1900 (1 row)",
    } <= set(summarise(checked.issues))
    assert {i.table for i in checked.issues} == {"ssd_cp_plans"}  # due dates may lie ahead
    assert checked.tables["ssd_cp_plans"].num_rows == 4  # warnings only: every row is kept


@pytest.mark.parametrize("la_code, message", [
    ('"E06000019"', "is an ONS code; use the DfE 3-digit number of Herefordshire, County of, 884"),
    ('"999"', "is not a council in the reference table"),
    ('"88"', "use the DfE 3-digit number, e.g. 884"),
    ('"../../884"', "use the DfE 3-digit number, e.g. 884"),
])
def test_la_code_must_be_a_council_in_the_reference_table(tmp_path, la_code, message):
    (tmp_path / "extract.toml").write_text(f'la_code = {la_code}\nextracted_at = "2014-09-30"\n')
    with pytest.raises(ExtractError, match=message):
        app.validate(tmp_path)


def test_la_code_may_be_written_as_a_number(tmp_path):
    (tmp_path / "extract.toml").write_text('la_code = 884\nextracted_at = "2014-09-30"\n')
    assert app.validate(tmp_path).info.la_code == "884"


def test_two_extracts_for_one_council_are_refused(tmp_path):
    write_extract(tmp_path / "region" / "a", {"ssd_person": people("1")}, la_code="884")
    write_extract(tmp_path / "region" / "b", {"ssd_person": people("1")}, la_code="884")
    with pytest.raises(ExtractError, match=r"la_code 884 is in both .*region/a and .*region/b"):
        app.load(tmp_path / "region", Store())


def test_a_summary_never_names_a_source_file():
    """A return reader names the file an issue is in (validate shows it); a file name can hold a
    child's name, so the summary that load notes and reports carry calls it "a source file"."""
    from safeguarding.sources.issues import Issue, summarise

    lines = summarise([
        Issue("warning", "John Smith referral.csv", None, "CHILD", None, "not read: not a CSV file"),
        Issue("error", "ssd_cp_plans", 4, "cppl_cp_plan_start_date", "31/02/2014", "not a date"),
    ])
    assert lines == ["error: ssd_cp_plans.cppl_cp_plan_start_date: not a date (1 row)",
                     "warning: a source file: not read: not a CSV file"]
