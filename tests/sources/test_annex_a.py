"""The Annex A reader and writer: shipped fixtures, hand-made workbooks, bad input, round trip."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import openpyxl
import pytest

from safeguarding import app
from safeguarding.sources import annex_a, folder
from safeguarding.sources.check import check_extract
from safeguarding.sources.folder import ExtractError
from safeguarding.sources.returns import Window
from safeguarding.store import Store

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "annex_a"
needs_shared = pytest.mark.skipif(not FIXTURES.is_dir(),
                                  reason="needs ../shared (the project's shared material) beside the project")
D = dt.datetime


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An .xlsx with one sheet per entry (first row the header); a list of None is a blank row."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def rows(read, table: str, *columns: str) -> list[tuple]:
    t = read.raw.tables[table]
    cols = columns or [c for c in t.column_names if c != "_row"]
    return sorted(zip(*(t[c].to_pylist() for c in cols)), key=str)


def cell_free(issues) -> None:
    """No problem text carries a cell's content."""
    for i in issues:
        if i.value and len(i.value) > 2:
            assert i.value not in i.problem, i


# ---------------------------------------------------------------------------------------------
# Shipped fixtures


@needs_shared
@pytest.mark.parametrize("name", ["Annex_A_2024_Jan.xlsx", "Annex_A_sample.xlsx"])
def test_fixture_reads(name):
    path = FIXTURES / name
    assert annex_a.detect(path)
    read = annex_a.read(path, la_code="884")
    assert read.kind == "annex-a"
    assert read.raw.info.la_code == "884" and read.raw.info.la_name.startswith("Herefordshire")
    assert read.raw.info.extracted_at == dt.date(2021, 3, 31)  # latest event 15/03/2021, month end
    # Its contacts and referrals are all 16/09/2020, within 7 months: a 6-month return.
    assert read.coverage["ssd_contacts"] == Window(dt.date(2020, 10, 1), dt.date(2021, 3, 31))
    assert read.coverage["ssd_cp_visits"] == Window(dt.date(2021, 3, 31), dt.date(2021, 3, 31))
    assert set(read.raw.tables) == {"ssd_person", "ssd_contacts", "ssd_cin_episodes", "ssd_cin_assessments",
                                    "ssd_s47_enquiry", "ssd_initial_cp_conference", "ssd_cp_plans",
                                    "ssd_cp_visits", "ssd_cla_episodes"}
    assert read.origins["ssd_contacts"] == f"{name}: List 1"
    # List 1, row 2: 9212044, "Female", "a) WBRI", 25/01/2015, contact 16/09/2020, "q) 6: Police".
    assert ("9212044", "2015-01-25", "F", "WBRI") in rows(read, "ssd_person", "pers_person_id", "pers_dob",
                                                         "pers_sex", "pers_ethnicity")
    assert rows(read, "ssd_contacts")[-1] == ("L1-9212044-20200916", "9212044", "2020-09-16", "6")
    # List 7 row 2 says "Physical abuse" in words.
    assert ("L7-10721552-20201123", "2020-11-23", "2021-02-16", "PHY", "PHY") in rows(
        read, "ssd_cp_plans", "cppl_cp_plan_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date",
        "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
    problems = {(i.severity, i.table, i.row, i.column, i.problem) for i in read.raw.issues}
    assert ("warning", "List 6", 2, "Primary Need Code (H)", "value not recognised: left empty") in problems
    assert not [i for i in read.raw.issues if i.severity == "error"]
    checked = check_extract(read.raw)
    assert not checked.errors, checked.errors[:3]
    cell_free(read.raw.issues)


@needs_shared
def test_shipped_reference_is_built_from_the_shared_files():
    pytest.importorskip("yaml")
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts" / "build_annex_a_reference.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = json.loads((ROOT / "src/safeguarding/sources/reference/annex_a.json").read_text(encoding="utf-8"))
    assert build.build(SHARED) == shipped


def test_detect(tmp_path):
    assert not annex_a.detect(tmp_path)
    (tmp_path / "a.csv").write_text("x,y\n1,2\n")
    assert not annex_a.detect(tmp_path / "a.csv")
    assert not annex_a.detect(workbook(tmp_path / "other.xlsx", {"Sheet": [["name", "total"], ["a", 1]]}))
    # No "List N" sheet names, but the header says what it is.
    assert annex_a.detect(workbook(tmp_path / "contacts.xlsx", {
        "Contacts": [["Child Unique ID", "Contact date"], ["1", D(2014, 8, 1)]]}))


# ---------------------------------------------------------------------------------------------
# A hand-made return with drifted headers


def drifted(path: Path) -> Path:
    person = ["Child unique identifier", "Gender", "Ethnicity", "Date of birth"]
    return workbook(path, {
        "List 1": [
            person + ["Contact date", "Source of contact", "Notes"],
            ["1001", "b) Female", "a) WBRI", D(2010, 5, 1), "15/07/2014", "q) 6: Police", "x"],
            [1002, "Male", "WBRI", 40000, D(2014, 8, 3), "Schools", None],
        ],
        "List 3": [
            ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Referral date", "Referral Source",
             "Referral NFA?"],
            ["1001", "b) Female", "a) WBRI", D(2010, 5, 1), "2014-07-16", "q) 6: Police", "b) No"],
            [1002.0, "a) Male", "a) WBRI", None, D(2014, 8, 4), "Anonymous", "Yes"],
        ],
        "List 5": [
            ["CHILD UNIQUE ID", "Strategy discussion initiating Section 47 Enquiry Start Date",
             "Was an Initial Child Protection Conference deemed unnecessary?",
             "Date of Initial Child Protection Conference",
             "Did the Initial Child Protection Conference Result in a Child Protection Plan"],
            ["1001", D(2014, 8, 1), "No", D(2014, 8, 20), "a) Yes"],
        ],
        "List 6": [
            ["Child Unique ID", "CIN start date", "Primary need", "CIN closure date", "Reason for closure",
             "Case Status"],
            ["1001", "16/07/2014", "N1 - Abuse or neglect", None, None, "c) Child in need plan"],
            ["1003", D(2013, 1, 10), "N5", D(2014, 4, 30), "RC7 - Services ceased", "e) Closed episode"],
        ],
        "List 7": [
            ["Child Unique ID", "CP Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
             "Date of the Last Statutory Visit", "CP Plan End Date"],
            ["1001", D(2014, 8, 20), "Neglect", "b) Physical abuse", D(2014, 8, 28), None],
        ],
        "List 8": [
            ["Child Unique ID", "Date started to be looked after", "Date ceased to be looked after",
             "Start date of most recent placement", "Date of last social work visit"],
            ["1003", D(2014, 5, 1), None, D(2014, 6, 10), D(2014, 8, 25)],
        ],
    })


def test_drifted_headers_hand_worked(tmp_path):
    read = annex_a.read(drifted(tmp_path / "Annex A.xlsx"), la_code="884")
    info = read.raw.info
    assert (info.la_code, info.extracted_at) == ("884", dt.date(2014, 8, 31))  # latest event 28/08/2014
    assert read.coverage["ssd_contacts"] == Window(dt.date(2014, 3, 1), dt.date(2014, 8, 31))  # 6 months
    assert read.coverage["ssd_initial_cp_conference"] == Window(dt.date(2014, 4, 1), dt.date(2014, 8, 31))
    assert read.coverage["ssd_cp_visits"] == Window(dt.date(2014, 8, 31), dt.date(2014, 8, 31))
    # Lists 6-8 hold each child's latest case: month-end counts only at the workbook's date.
    assert read.coverage["ssd_cla_episodes@month_end"] == Window(dt.date(2014, 8, 31), dt.date(2014, 8, 31))
    assert "ssd_cin_assessments" not in read.raw.tables  # List 4 absent: absent, not empty

    assert rows(read, "ssd_person") == [  # id, dob, sex, ethnicity; 40000 is Excel's 06/07/2009
        ("1001", "2010-05-01", "F", "WBRI"), ("1002", "2009-07-06", "M", "WBRI"), ("1003", None, None, None)]
    assert rows(read, "ssd_contacts") == [
        ("L1-1001-20140715", "1001", "2014-07-15", "6"), ("L1-1002-20140803", "1002", "2014-08-03", "2A")]
    assert rows(read, "ssd_contacts", "_row") == [(2,), (3,)]
    assert rows(read, "ssd_cin_episodes") == [
        # List 3 and List 6 rows of 1001 on 16/07/2014 are one episode.
        ("L3-1001-20140716", "1001", "2014-07-16", "6", "N", "N1", None, None),
        # On List 3 only, no later referral: closed on the referral date.
        ("L3-1002-20140804", "1002", "2014-08-04", "9", "Y", None, "2014-08-04", None),
        ("L6-1003-20130110", "1003", "2013-01-10", None, None, "N5", "2014-04-30", "RC7"),
    ]
    assert rows(read, "ssd_s47_enquiry") == [("L5-1001-20140801", "1001", "2014-08-01", "N")]
    assert rows(read, "ssd_initial_cp_conference") == [
        ("L5C-1001-20140820", "1001", "L5-1001-20140801", "L7-1001-20140820", "2014-08-20", "Y")]
    assert rows(read, "ssd_cp_plans") == [
        ("L7-1001-20140820", "1001", "2014-08-20", None, "NEG", "PHY", "L5C-1001-20140820")]
    assert rows(read, "ssd_cp_visits") == [("L7V-1001-20140828", "1001", "L7-1001-20140820", "2014-08-28")]
    assert rows(read, "ssd_cla_episodes") == [  # split at the current placement
        ("L8-1003-20140501", "1003", "L8P-1003-20140501", "2014-05-01", "2014-06-10", "2014-05-01"),
        ("L8-1003-20140610", "1003", "L8P-1003-20140501", "2014-06-10", None, "2014-05-01"),
    ]
    assert "ssd_cla_visits" not in read.raw.tables  # without a long-term flag it would mislead

    found = {(i.severity, i.table, i.row, i.column, i.problem) for i in read.raw.issues}
    assert ("warning", "List 1", 1, "G", "header not recognised: column ignored") in found
    assert ("warning", "Annex A.xlsx", None, None, "List 4 absent: its tables are not made") in found
    assert not [i for i in read.raw.issues if i.severity == "error"]
    checked = check_extract(read.raw)
    assert not checked.errors, checked.errors


def test_months_and_extracted_at_arguments(tmp_path):
    path = drifted(tmp_path / "aa.xlsx")
    read = annex_a.read(path, la_code="884", extracted_at=dt.date(2014, 8, 29), months=12)
    assert read.raw.info.extracted_at == dt.date(2014, 8, 29)
    assert read.coverage["ssd_contacts"] == Window(dt.date(2013, 8, 30), dt.date(2014, 8, 29))
    assert not [i for i in read.raw.issues if i.column == "extracted_at"]
    # No la_code anywhere: an error, the rest still read.
    read = annex_a.read(path)
    assert read.raw.info.la_code == ""
    assert any(i.severity == "error" and i.column == "la_code" for i in read.raw.issues)
    # ... but a council number in the file name will do.
    named = drifted(tmp_path / "Annex_A_884_2014.xlsx")
    assert annex_a.read(named).raw.info.la_code == "884"


# ---------------------------------------------------------------------------------------------
# Bad input: every problem at once, in place, no cell content in the wording


def test_bad_input_every_problem_at_once(tmp_path):
    header3 = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of referral",
               "Referral Source", "Referral NFA?", "Foo"]
    path = workbook(tmp_path / "bad.xlsx", {
        "List 1": [["Child Unique ID", "Gender", "Contact Source"], ["1", "a) Male", "q) 6: Police"]],
        "List 3": [
            ["Annex A: referrals"],  # a title row above the header
            header3,
            ["0777", "a) Male", "a) WBRI", "01/01/2010", 4, "31/02/2014", "#N/A", "Maybe", None],
            [12.5, "a) Male", "a) WBRI", None, None, D(2014, 8, 1), "q) 6: Police", "No", None],
            [None] * 9,
            ["A6", "Zebra", "a) WBRI", None, None, "2014-08-02", "q) 6: Police", "No", None],
        ],
        "List 4": [],  # blank sheet
        "List 6": [["Child Unique ID", "CIN Start Date", "Primary Need Code"]],  # header only
        "List 7": [["Child Unique ID", "Child Protection Plan Start Date"], [777, D(2014, 8, 3)]],
    })
    read = annex_a.read(path, la_code="884")
    found = {(i.severity, i.table, i.row, i.column, i.value, i.problem) for i in read.raw.issues}
    expected = {
        ("error", "List 1", 1, "Date of Contact", None, "required column not found: the list's tables are not made"),
        ("warning", "List 3", 2, "I", "Foo", "header not recognised: column ignored"),
        ("error", "List 3", 3, "Date of referral (F)", "31/02/2014",
         "not a date (use an Excel date, DD/MM/YYYY or YYYY-MM-DD): left empty"),
        ("warning", "List 3", 3, "Referral Source (G)", "#N/A", "Excel error value: left empty"),
        ("warning", "List 3", 3, "Referral NFA? (H)", "Maybe", "value not recognised: left empty"),
        ("warning", "List 3", 3, "Child Unique ID (A)", "0777",
         "id with leading zeros is a number elsewhere in the workbook: Excel may have dropped the zeros, "
         "and the child may have two ids"),
        ("error", "List 3", 4, "Child Unique ID (A)", "12.5", "id is a number with decimals: left empty"),
        ("warning", "List 3", 6, "Gender (B)", "Zebra", "value not recognised: left empty"),
        ("warning", "List 4", None, None, None, "no header row naming a child id: the list's tables are not made"),
        ("warning", "List 6", None, None, None, "list has no rows"),
        ("warning", "List 7", 1, "Initial Category of Abuse", None, "column not found"),
    }
    assert expected <= found, expected - found
    assert "ssd_contacts" not in read.raw.tables and "ssd_cin_assessments" not in read.raw.tables
    assert read.raw.tables["ssd_cin_episodes"]["_row"].to_pylist() == [3, 4, 6]  # blank row 5 skipped
    assert rows(read, "ssd_cin_episodes", "cine_person_id", "cine_referral_date", "cine_referral_nfa") == [
        ("0777", None, None), ("A6", "2014-08-02", "N"), (None, "2014-08-01", "N")]
    # The check then reports the empty required cells at the same sheet rows.
    checked = check_extract(read.raw)
    missing = {(i.table, i.row, i.column) for i in checked.errors if i.problem == "missing value"}
    assert {("ssd_cin_episodes", 3, "cine_referral_date"), ("ssd_cin_episodes", 4, "cine_person_id")} <= missing
    cell_free(read.raw.issues)


def test_unreadable_files_raise_one_line(tmp_path):
    (tmp_path / "x.xlsx").write_text("not a workbook")
    with pytest.raises(ExtractError) as err:
        annex_a.read(tmp_path / "x.xlsx", la_code="884")
    assert "\n" not in str(err.value)
    with pytest.raises(ExtractError):
        annex_a.read(workbook(tmp_path / "none.xlsx", {"Sheet": [["a", "b"], [1, 2]]}), la_code="884")


def test_dates_and_ids_damaged_by_excel(tmp_path):
    path = workbook(tmp_path / "dates.xlsx", {"List 1": [
        ["Child Unique ID", "Date of Contact"],
        ["123.0", 41883],  # an id written back from a number; a date as a serial number (01/09/2014)
        [1234567890123456, "2014-09-02 10:30:00"],  # 16 digits: Excel may have lost some
        ["A1", "3/9/2014"],
        ["A2", "20140904"],  # a serial number stored as text is only 5 digits: not this
        ["A3", 20140905],  # YYYYMMDD typed as a number
    ]})
    read = annex_a.read(path, la_code="884")
    assert rows(read, "ssd_contacts", "cont_person_id", "cont_contact_date") == sorted([
        ("123", "2014-09-01"), ("1234567890123456", "2014-09-02"), ("A1", "2014-09-03"), ("A2", None),
        ("A3", "2014-09-05")], key=str)
    problems = {(i.row, i.problem[:30]) for i in read.raw.issues if i.table == "List 1"}
    assert (3, "id is a number of 16 or more d") in problems and (5, "not a date (use an Excel date,") in problems


# ---------------------------------------------------------------------------------------------
# Round trip: a synthetic SSD extract written as Annex A and read back


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    from safeguarding.synth import write_synthetic_extract

    base = tmp_path_factory.mktemp("annex_a")
    write_synthetic_extract(base / "ssd", la_code="884", la_name="Herefordshire", population=3000,
                            start="2011-09", end="2014-08", seed=1)
    raw = folder.read_extract(base / "ssd")
    [path] = annex_a.write(raw.tables, raw.info, base / "out")
    back = annex_a.read(path)
    return check_extract(raw), back, raw, base


def test_round_trip_tables(round_trip):
    ssd, back, _, _ = round_trip
    assert back.raw.info.la_code == "884" and back.raw.info.extracted_at == dt.date(2014, 8, 31)
    w = back.coverage["ssd_contacts"]
    assert w == Window(dt.date(2014, 3, 1), dt.date(2014, 8, 31))
    aa = check_extract(back.raw)
    assert not aa.errors, aa.errors[:3]
    con = duckdb.connect()
    for n, t in ssd.tables.items():
        con.register("s_" + n, t)
    for n, t in aa.tables.items():
        con.register("a_" + n, t)
    F, L, END = f"DATE '{w.first}'", f"DATE '{w.last}'", "DATE '9999-12-31'"

    def same(q_ssd: str, q_aa: str) -> int:
        a, b = (sorted(map(tuple, con.execute(q).fetchall()), key=str) for q in (q_ssd, q_aa))
        assert a == b
        return len(a)

    def until_last(col: str, value: str | None = None) -> str:
        return f"CASE WHEN {col} <= {L} THEN {value or col} END"

    assert same(f"SELECT cont_person_id, CAST(cont_contact_date AS DATE), cont_contact_source_code FROM "
                f"s_ssd_contacts WHERE CAST(cont_contact_date AS DATE) BETWEEN {F} AND {L}",
                "SELECT cont_person_id, CAST(cont_contact_date AS DATE), cont_contact_source_code FROM a_ssd_contacts") > 100
    referral = "cine_person_id, cine_referral_date, cine_referral_source_code, cine_referral_nfa"
    assert same(f"SELECT {referral} FROM s_ssd_cin_episodes WHERE cine_referral_date BETWEEN {F} AND {L}",
                f"SELECT {referral} FROM a_ssd_cin_episodes WHERE cine_referral_date BETWEEN {F} AND {L}") > 20
    latest = "QUALIFY row_number() OVER (PARTITION BY cine_person_id ORDER BY cine_referral_date DESC) = 1"
    assert same(f"SELECT cine_person_id, cine_referral_date, cine_cin_primary_need_code, "
                f"{until_last('cine_close_date')}, {until_last('cine_close_date', 'cine_close_reason')} "
                f"FROM s_ssd_cin_episodes WHERE cine_referral_date <= {L} "
                f"AND coalesce(cine_close_date, {END}) >= {F} {latest}",
                f"SELECT cine_person_id, cine_referral_date, cine_cin_primary_need_code, cine_close_date, "
                f"cine_close_reason FROM a_ssd_cin_episodes {latest}") > 50
    assert same(f"SELECT cina_person_id, cina_assessment_start_date, {until_last('cina_assessment_auth_date')}, "
                f"cina_assessment_child_seen FROM s_ssd_cin_assessments WHERE cina_assessment_start_date <= {L} "
                f"AND coalesce(cina_assessment_auth_date, {END}) >= {F}",
                "SELECT cina_person_id, cina_assessment_start_date, cina_assessment_auth_date, "
                "cina_assessment_child_seen FROM a_ssd_cin_assessments") > 20
    assert same(f"SELECT s47e_person_id, s47e_s47_start_date, {until_last('s47e_s47_end_date', 's47e_s47_nfa')} "
                f"FROM s_ssd_s47_enquiry WHERE s47e_s47_start_date <= {L} AND coalesce(s47e_s47_end_date, {END}) >= {F}",
                "SELECT s47e_person_id, s47e_s47_start_date, s47e_s47_nfa FROM a_ssd_s47_enquiry") > 5
    icpc_from = back.coverage["ssd_initial_cp_conference"].first
    assert same(f"SELECT c.icpc_person_id, c.icpc_icpc_date, c.icpc_icpc_outcome_cp_flag FROM "
                f"s_ssd_initial_cp_conference c JOIN s_ssd_s47_enquiry s ON s.s47e_s47_enquiry_id = c.icpc_s47_enquiry_id "
                f"WHERE c.icpc_icpc_date BETWEEN DATE '{icpc_from}' AND {L}",
                f"SELECT icpc_person_id, icpc_icpc_date, icpc_icpc_outcome_cp_flag FROM a_ssd_initial_cp_conference "
                f"WHERE icpc_icpc_date >= DATE '{icpc_from}'") > 0
    plan = "cppl_cp_plan_initial_category, cppl_cp_plan_latest_category"
    assert same(f"SELECT cppl_person_id, cppl_cp_plan_start_date, {until_last('cppl_cp_plan_end_date')}, {plan} "
                f"FROM s_ssd_cp_plans WHERE cppl_cp_plan_start_date <= {L} AND coalesce(cppl_cp_plan_end_date, {END}) >= {F} "
                f"QUALIFY row_number() OVER (PARTITION BY cppl_person_id ORDER BY cppl_cp_plan_start_date DESC) = 1",
                f"SELECT cppl_person_id, cppl_cp_plan_start_date, cppl_cp_plan_end_date, {plan} FROM a_ssd_cp_plans") > 5
    period = ("clae_person_id, min(clae_entered_care_date) AS began, CASE WHEN count(*) FILTER "
              "(WHERE clae_cla_episode_ceased_date IS NULL OR clae_cla_episode_ceased_date > {L}) = 0 "
              "THEN max(clae_cla_episode_ceased_date) END AS ceased")
    assert same(f"SELECT * FROM (SELECT {period.format(L=L)} FROM s_ssd_cla_episodes WHERE "
                f"clae_cla_episode_start_date <= {L} GROUP BY clae_person_id, clae_cla_id) "
                f"WHERE coalesce(ceased, {END}) >= {F} "
                f"QUALIFY row_number() OVER (PARTITION BY clae_person_id ORDER BY began DESC) = 1",
                f"SELECT {period.format(L=L)} FROM a_ssd_cla_episodes GROUP BY clae_person_id, clae_cla_id") > 10
    # The synthetic council spells Chinese CNHE; Annex A's code is CHNE.
    assert same("SELECT pers_person_id, pers_sex, replace(pers_ethnicity, 'CNHE', 'CHNE'), pers_dob FROM s_ssd_person "
                "WHERE pers_person_id IN (SELECT pers_person_id FROM a_ssd_person)",
                "SELECT pers_person_id, pers_sex, pers_ethnicity, pers_dob FROM a_ssd_person") > 100


def _series(checked) -> dict[str, dict[str, tuple]]:
    store = Store()
    try:
        store.load([(checked, [])])
        [council] = app.run_indicators(store, dt.date(2014, 8, 1))
    finally:
        store.close()
    return {r.indicator.id: {p.month: (p.numerator, p.denominator) for p in r.series}
            for r in council.results if r.available and r.error is None}


def test_round_trip_indicators(round_trip):
    ssd, back, _, _ = round_trip
    want, got = _series(ssd), _series(check_extract(back.raw))
    window = [f"2014-{m:02d}" for m in range(3, 9)]  # months wholly inside the 6-month window
    exact = ["contacts", "referrals", "assessments_completed", "assessments_in_timescale", "cp_count",
             "cp_starts", "cp_open_2yrs", "cla_count", "cla_starts"]
    for indicator in exact:
        assert [got[indicator][m] for m in window] == [want[indicator][m] for m in window], indicator
    # Conferences are complete from the window's second month.
    assert [got["icpc_in_15wd"][m] for m in window[1:]] == [want["icpc_in_15wd"][m] for m in window[1:]]
    # Only the last visit is known: right at the workbook's date.
    assert got["cp_visits_in_timescale"]["2014-08"] == want["cp_visits_in_timescale"]["2014-08"]
    # One episode per child on List 6, referrals not on it closed the day they came: a lower bound,
    # close to the truth, exact at the workbook's date.
    for m in window:
        assert 0.95 * want["cin_count"][m][0] <= got["cin_count"][m][0] <= want["cin_count"][m][0]
    assert got["cin_count"]["2014-08"] == want["cin_count"]["2014-08"]
    # What Annex A cannot give is not available, never zero.
    for indicator in ("contacts_screened_24h", "contacts_to_referral", "cp_reviews_in_timescale",
                      "cla_reviews_in_timescale", "cla_3plus_placements"):
        assert indicator not in got


def test_without_list_6_children_in_need_are_not_available(tmp_path):
    path = workbook(tmp_path / "aa.xlsx", {"List 3": [
        ["Child Unique ID", "Date of referral", "Referral Source", "Referral NFA?"],
        ["1", D(2014, 8, 1), "q) 6: Police", "b) No"]]})
    read = annex_a.read(path, la_code="884")
    assert read.raw.tables["ssd_cin_episodes"].column_names == [
        "cine_referral_id", "cine_person_id", "cine_referral_date", "cine_referral_source_code",
        "cine_referral_nfa", "_row"]
    # A header-only list gives an empty table with the same columns, not every canonical column.
    path = workbook(tmp_path / "empty.xlsx", {"List 1": [["Child Unique ID", "Date of Contact"]]})
    contacts = annex_a.read(path, la_code="884", extracted_at=dt.date(2014, 8, 31)).raw.tables["ssd_contacts"]
    assert contacts.num_rows == 0 and "cont_screening_date" not in contacts.column_names


def test_round_trip_twelve_months(round_trip):
    ssd, _, raw, base = round_trip
    [path] = annex_a.write(raw.tables, raw.info, base / "twelve.xlsx", months=12)
    back = annex_a.read(path, la_code="884")
    assert back.coverage["ssd_cin_episodes"] == Window(dt.date(2013, 9, 1), dt.date(2014, 8, 31))
    want, got = _series(ssd), _series(check_extract(back.raw))
    # Rolling 12-month measures are right for the workbook's month.
    for indicator in ("referrals_per_10k", "assessments_per_10k", "s47_per_10k", "cp_ceased_2yrs"):
        assert got[indicator]["2014-08"] == want[indicator]["2014-08"], indicator


def test_a_damaged_sheet_is_reported_and_the_rest_read(tmp_path):
    import zipfile

    good = workbook(tmp_path / "good.xlsx", {
        "List 1": [["Child Unique ID", "Date of Contact"], ["1", D(2014, 8, 1)]],
        "List 3": [["Child Unique ID", "Date of referral"], ["1", D(2014, 8, 1)]]})
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet2.xml" else data)
    read = annex_a.read(bad, la_code="884")
    assert [(i.table, i.problem) for i in read.raw.issues if i.severity == "error"] == [
        ("List 3", "sheet cannot be read (ParseError): its tables are not made")]
    assert set(read.raw.tables) == {"ssd_person", "ssd_contacts"}
