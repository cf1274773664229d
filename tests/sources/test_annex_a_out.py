"""`safeguarding annex-a`: the Annex A workbook written from any source, in Ofsted's layout, internal
only, and read back giving the SSD extract's own figures for every indicator and month it covers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from extracts import write_extract
from safeguarding.cli import cli
from safeguarding.months import add_months
from safeguarding.sources import annex_a
from safeguarding.sources.support import support_table
from safeguarding.synth import write_synthetic_extract
from test_round_trip import covered_figures, indicators

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
OFSTED_2024 = SHARED / "fixtures" / "annex_a" / "Annex_A_2024_Jan.xlsx"
# What `safeguarding sources` says Annex A supports: "yes" every month of the window, "limited"
# at the workbook's date at least (sources/support.py).
SUPPORT = {ind.id: row["annex-a"][0] for ind, row in support_table()}


def invoke(*args: str):
    return CliRunner().invoke(cli, ["annex-a", *map(str, args)])


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ssd") / "884"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=3000,
                            start="2011-09", end="2014-08", seed=1)
    return folder


@pytest.mark.parametrize("month, months, from_store", [
    ("2014-08", 6, False),  # the extract's latest complete month
    ("2014-05", 6, True),   # an earlier month, from a .duckdb store: nothing after May is written
    ("2014-08", 12, False),
])
def test_round_trip_through_the_command(council, tmp_path, month, months, from_store):
    source = council
    if from_store:
        source = tmp_path / "store.duckdb"
        assert CliRunner().invoke(cli, ["load", str(council), "--db", str(source)]).exit_code == 0
    out = tmp_path / "Annex_A_884.xlsx"
    result = invoke(source, "--out", out, "--month", month, "--months", months,
                    "--classification", "internal")
    assert result.exit_code == 0, result.output
    assert "INTERNAL" in result.output and out.is_file()
    truth = indicators(council, month)
    got = indicators(out, month, kind="annex-a", la_code="884")
    assert got["contacts"].series[-1].month == month  # the workbook is dated the month's end
    compared = covered_figures(got, truth)
    first = dt.date.fromisoformat(month + "-01")
    window = [f"{add_months(first, -k):%Y-%m}" for k in range(months)]
    must = {(i, m) for i, status in SUPPORT.items() if status != "no"
            for m in (window if status == "yes" else [month])}
    assert len(must) > 40 and must <= compared, must - compared
    if months == 12:  # a 12-month workbook carries the rolling-year measures at its date
        assert ("referrals_per_10k", month) in compared


def test_internal_only(council, tmp_path):
    out = tmp_path / "a.xlsx"
    result = invoke(council, "--out", out)
    assert result.exit_code == 2 and "internal only" in result.output
    result = invoke(council, "--out", out, "--classification", "open")
    assert result.exit_code == 2 and not out.exists()


@pytest.mark.parametrize("args, message", [
    (["--out", "a.csv"], "must name an .xlsx file"),
    (["--out", "a.xlsx", "--months", "9"], "--months must be 6 or 12"),
    (["--out", "a.xlsx", "--month", "Aug"], "is not YYYY-MM"),
    (["--out", "a.xlsx", "--month", "2014-09"], "ends after the extract date"),
])
def test_refused_before_anything_is_written(council, tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith("a.") else a for a in args]
    result = invoke(council, *args, "--classification", "internal")
    assert result.exit_code == 2 and message in result.output, result.output
    assert not list(tmp_path.iterdir())


def test_a_return_that_does_not_cover_the_window_is_refused(tmp_path):
    # A CIN census covers April 2013 to March 2014: a 12-month Annex A to December 2013 needs
    # January to March 2013 as well.
    assert CliRunner().invoke(cli, ["synth", str(tmp_path / "cin"), "--as", "cin", "--scale", "0.05"]).exit_code == 0
    [xml] = (tmp_path / "cin").iterdir()
    out = tmp_path / "a.xlsx"
    result = invoke(xml, "--out", out, "--month", "2013-12", "--months", "12", "--classification", "internal")
    assert result.exit_code == 2 and "does not hold them all" in result.output, result.output
    assert "ssd_cin_episodes" in result.output and not out.exists()
    # Six months to March 2014 lie inside it: written, with no List 1 (the census has no contacts).
    result = invoke(xml, "--out", out, "--classification", "internal")
    assert result.exit_code == 0, result.output
    assert "List 1" not in openpyxl.load_workbook(out, read_only=True).sheetnames


# ---------------------------------------------------------------------------------------------
# Hand-worked: the window's edges, what is not yet known at the workbook's date, the labels


def _sheet(path: Path, title: str) -> list[dict]:
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = list(wb[title].iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_window_edges_and_as_at(tmp_path):
    # Six months to 31 May 2014: 1 December 2013 to 31 May 2014.
    people = [{"pers_person_id": "A", "pers_dob": "2005-06-01", "pers_sex": "F", "pers_ethnicity": "NOBT"},
              {"pers_person_id": "B", "pers_dob": "2010-01-01", "pers_sex": "M", "pers_ethnicity": ""},
              {"pers_person_id": "C", "pers_dob": "2012-02-02", "pers_sex": "M", "pers_ethnicity": "CNHE"}]
    contacts = [{"cont_contact_id": f"c{i}", "cont_person_id": "A", "cont_contact_date": d,
                 "cont_contact_source_code": "6"}
                for i, d in enumerate(["2013-11-30", "2013-12-01", "2014-05-31", "2014-06-01"])]
    plans = [  # A's plan ends after the workbook's date: open then, its end not yet known
        {"cppl_cp_plan_id": "p1", "cppl_person_id": "A", "cppl_cp_plan_start_date": "2014-01-10",
         "cppl_cp_plan_end_date": "2014-06-15", "cppl_cp_plan_initial_category": "NEG"},
        # B's ended the day before the window: not listed
        {"cppl_cp_plan_id": "p2", "cppl_person_id": "B", "cppl_cp_plan_start_date": "2013-01-10",
         "cppl_cp_plan_end_date": "2013-11-30", "cppl_cp_plan_initial_category": "PHY"},
        # C's ended on its first day: listed, ended
        {"cppl_cp_plan_id": "p3", "cppl_person_id": "C", "cppl_cp_plan_start_date": "2013-02-10",
         "cppl_cp_plan_end_date": "2013-12-01", "cppl_cp_plan_initial_category": "EMO"}]
    disability = [{"disa_table_id": "d1", "disa_person_id": "A", "disa_disability_code": "MOB"},
                  {"disa_table_id": "d2", "disa_person_id": "C", "disa_disability_code": "NONE"}]
    folder = write_extract(tmp_path / "x", {"ssd_person": people, "ssd_contacts": contacts,
                                            "ssd_cp_plans": plans, "ssd_disability": disability},
                           extracted_at="2014-07-31")
    out = tmp_path / "a.xlsx"
    result = invoke(folder, "--out", out, "--month", "2014-05", "--classification", "internal")
    assert result.exit_code == 0, result.output
    assert "List 1: 2 rows" in result.output and "List 7: 2 rows" in result.output
    assert openpyxl.load_workbook(out, read_only=True).sheetnames == ["List 1", "List 7"]
    l1 = _sheet(out, "List 1")
    assert [r["Date of Contact"].date() for r in l1] == [dt.date(2013, 12, 1), dt.date(2014, 5, 31)]
    assert l1[0]["Child Unique ID"] == "A" and l1[0]["Contact Source"] == "q) 6: Police"
    assert l1[0]["Gender"] == "b) Female" and l1[0]["Ethnicity"] == "t) NOBT"
    assert l1[0]["Age"] == 8  # on 31 May 2014, born 1 June 2005
    l7 = {r["Child Unique ID"]: r for r in _sheet(out, "List 7")}
    assert sorted(l7) == ["A", "C"]
    assert l7["A"]["Child Protection Plan End Date"] is None  # 15 June: after the workbook's date
    assert l7["C"]["Child Protection Plan End Date"].date() == dt.date(2013, 12, 1)
    # A disability recorded is a yes; NONE ("no disability") is a no.
    assert (l7["A"]["Does the Child have a Disability"], l7["C"]["Does the Child have a Disability"]) \
        == ("a) Yes", "b) No")
    assert l7["C"]["Ethnicity"] == "q) CHNE" and l7["C"]["Initial Category of Abuse"] == "d) Emotional abuse"
    # Read back: NOBT and CHNE are codes again; an unknown ethnicity is none, never a code.
    back = annex_a.read(out, la_code="884")
    eth = dict(zip(*(back.raw.tables["ssd_person"][c].to_pylist() for c in ("pers_person_id", "pers_ethnicity"))))
    assert eth == {"A": "NOBT", "C": "CHNE"}
    assert back.raw.info.extracted_at == dt.date(2014, 5, 31)


def test_unknown_ethnicity_is_written_as_ofsted_unknown(tmp_path):
    people = [{"pers_person_id": "B", "pers_dob": "2010-01-01", "pers_sex": "M", "pers_ethnicity": ""}]
    contacts = [{"cont_contact_id": "c1", "cont_person_id": "B", "cont_contact_date": "2014-05-02"}]
    folder = write_extract(tmp_path / "x", {"ssd_person": people, "ssd_contacts": contacts},
                           extracted_at="2014-05-31")
    out = tmp_path / "a.xlsx"
    assert invoke(folder, "--out", out, "--classification", "internal").exit_code == 0
    [row] = _sheet(out, "List 1")
    assert row["Ethnicity"] == "u) UNKNOWN" and row["Contact Source"] is None  # no source: blank
    back = annex_a.read(out, la_code="884")
    assert back.raw.tables["ssd_person"]["pers_ethnicity"].to_pylist() == [None]


@pytest.mark.skipif(not OFSTED_2024.is_file(), reason="needs ../shared beside the project")
def test_sheets_and_headers_are_ofsteds_current_layout(council, tmp_path):
    out = tmp_path / "a.xlsx"
    assert invoke(council, "--out", out, "--classification", "internal").exit_code == 0
    ofsted = openpyxl.load_workbook(OFSTED_2024, read_only=True)
    written = openpyxl.load_workbook(out, read_only=True)
    assert written.sheetnames == [f"List {n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    for title in written.sheetnames:
        want = [h.replace("(Y/N))", "(Y/N)") for h in next(ofsted[title].iter_rows(max_row=1, values_only=True))]
        got = list(next(written[title].iter_rows(max_row=1, values_only=True)))
        assert got == want, title  # the same columns, in the same order, spelt the same


def test_several_councils_need_la(tmp_path):
    for la in ("884", "886"):
        write_extract(tmp_path / "all" / la, {
            "ssd_person": [{"pers_person_id": "A", "pers_dob": "2005-06-01"}],
            "ssd_contacts": [{"cont_contact_id": "c1", "cont_person_id": "A", "cont_contact_date": "2014-05-02"}]},
            la_code=la, extracted_at="2014-05-31")
    out = tmp_path / "a.xlsx"
    result = invoke(tmp_path / "all", "--out", out, "--classification", "internal")
    assert result.exit_code == 2 and "2 councils (884, 886): choose one with --la" in result.output
    result = invoke(tmp_path / "all", "--out", out, "--classification", "internal", "--la", "886")
    assert result.exit_code == 0 and "(886)" in result.output, result.output


def test_a_failure_leaves_the_earlier_workbook_as_it_was(tmp_path, monkeypatch):
    from safeguarding.sources import annex_a_write

    folder = write_extract(tmp_path / "x", {
        "ssd_person": [{"pers_person_id": "A", "pers_dob": "2005-06-01"}],
        "ssd_contacts": [{"cont_contact_id": "c1", "cont_person_id": "A", "cont_contact_date": "2014-05-02"}]},
        extracted_at="2014-05-31")
    out = tmp_path / "out" / "a.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last month's")

    def broken(self):
        raise RuntimeError("A")  # a failure part-way, after List 1 is written

    monkeypatch.setattr(annex_a_write._Lists, "_list5", broken)
    result = invoke(folder, "--out", out, "--classification", "internal")
    assert result.exit_code == 2 and "unexpected failure (RuntimeError)" in result.output
    assert [p.name for p in out.parent.iterdir()] == ["a.xlsx"] and out.read_bytes() == b"last month's"


def test_allocated_team_and_worker_at_each_lists_relevant_date(tmp_path):
    """Six months to 31 May 2014. List 3: A referred 3 Feb, the day W1's involvement starts
    (open that day); B referred 1 Mar, its involvement from 2 Mar: none that day. List 7: A's plan
    is open on 31 May, when W2 (from 30 Apr, the day W1's ended) is allocated; C's plan ended
    1 Dec 2013, so its last open day is 30 Nov, when W3 (ending 1 Dec) still was. Names from
    ssd_professionals and ssd_department, else the ids."""
    people = [{"pers_person_id": k, "pers_dob": "2010-01-01", "pers_sex": "M"} for k in "ABC"]
    referrals = [{"cine_referral_id": "r1", "cine_person_id": "A", "cine_referral_date": "2014-02-03"},
                 {"cine_referral_id": "r2", "cine_person_id": "B", "cine_referral_date": "2014-03-01"}]
    plans = [{"cppl_cp_plan_id": "p1", "cppl_person_id": "A", "cppl_cp_plan_start_date": "2014-01-10",
              "cppl_cp_plan_end_date": "2014-06-15"},
             {"cppl_cp_plan_id": "p3", "cppl_person_id": "C", "cppl_cp_plan_start_date": "2013-02-10",
              "cppl_cp_plan_end_date": "2013-12-01"}]

    def invo(iid, who, worker, team, start, end=""):
        return {"invo_involvements_id": iid, "invo_person_id": who, "invo_professional_id": worker,
                "invo_professional_team": team, "invo_involvement_start_date": start,
                "invo_involvement_end_date": end}

    tables = {"ssd_person": people, "ssd_cin_episodes": referrals, "ssd_cp_plans": plans,
              "ssd_involvements": [invo("1", "A", "W1", "T1", "2014-02-03", "2014-04-30"),
                                   invo("2", "A", "W2", "T2", "2014-04-30"),
                                   invo("3", "B", "W2", "T2", "2014-03-02"),
                                   invo("4", "C", "W3", "T1", "2013-01-01", "2013-12-01")],
              "ssd_professionals": [{"prof_professional_id": "W1", "prof_professional_name": "Ann Smith"}],
              "ssd_department": [{"dept_team_id": "T1", "dept_team_name": "North"}]}
    folder = write_extract(tmp_path / "x", tables, extracted_at="2014-07-31")
    out = tmp_path / "a.xlsx"
    result = invoke(folder, "--out", out, "--month", "2014-05", "--classification", "internal")
    assert result.exit_code == 0, result.output

    def allocation(sheet):
        return {r["Child Unique ID"]: (r["Allocated Team"], r["Allocated Worker"])
                for r in _sheet(out, sheet)}

    assert allocation("List 3") == {"A": ("North", "Ann Smith"), "B": (None, None)}
    assert allocation("List 7") == {"A": ("T2", "W2"), "C": ("North", "W3")}
    del tables["ssd_involvements"]  # without the table: blank, the lists otherwise whole
    folder = write_extract(tmp_path / "y", tables, extracted_at="2014-07-31")
    assert invoke(folder, "--out", out, "--month", "2014-05", "--classification", "internal").exit_code == 0
    assert allocation("List 7") == {"A": (None, None), "C": (None, None)}
