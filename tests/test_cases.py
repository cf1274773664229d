"""Case lists: the rows behind every percentage figure, hand-worked lists, and the command.

Reporting month August 2014 (e = Sunday 31 Aug; 25 Aug a bank holiday). Counting back from e,
WD(a, e): 14 Aug -> 10, 13 -> 11, 12 -> 12; WD(1 Jul, e) = 22 (July) + 20 (August) = 42.
September's working days: 1 (Mon), 2, 3, 4, 5, 8, 9, 10, 11, 12 (the 10th).
"""

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest
from typer.testing import CliRunner

from extracts import people, write_extract
from safeguarding import app
from safeguarding.cases import percentage_indicators, run_cases
from safeguarding.cli import cli
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

AUG = dt.date(2014, 8, 1)
runner = CliRunner()


def plan(pid, person, start, end=""):
    return {"cppl_cp_plan_id": pid, "cppl_person_id": person,
            "cppl_cp_plan_start_date": start, "cppl_cp_plan_end_date": end}


def visit(vid, person, date):
    return {"cppv_cp_visit_id": vid, "cppv_person_id": person, "cppv_cp_visit_date": date}


def invo(iid, person, worker, start, team="T1"):
    return {"invo_involvements_id": iid, "invo_person_id": person, "invo_professional_id": worker,
            "invo_professional_team": team, "invo_involvement_start_date": start}


def cp_tables(with_allocation=True):
    tables = {
        "ssd_person": people("A", "B", "C", "D", "E"),
        "ssd_cp_plans": [plan(1, "A", "2014-01-01"), plan(2, "B", "2014-01-01"),
                         plan(3, "C", "2014-01-01"), plan(4, "D", "2014-07-01"),
                         plan(5, "E", "2014-08-20")],  # E: WD(20 Aug, e) = 6, not yet in
        "ssd_cp_visits": [visit(1, "A", "2014-08-14"), visit(2, "B", "2014-08-13"),
                          visit(3, "C", "2014-08-12"), visit(4, "C", "2014-07-01")],
    }
    if with_allocation:
        tables |= {
            "ssd_involvements": [invo(1, "A", "W1", "2014-01-01"), invo(2, "C", "W2", "2014-01-01", "T2"),
                                 invo(3, "D", "W1", "2014-07-01")],
            "ssd_professionals": [{"prof_professional_id": "W1", "prof_professional_name": "Ann Smith"}],
            "ssd_department": [{"dept_team_id": "T1", "dept_team_name": "Safeguarding North"}],
        }
    return tables


def cases_of(tmp_path, tables, **kw):
    store = Store()
    app.load(write_extract(tmp_path / "x", tables), store)
    try:
        [council] = run_cases(store, AUG, **kw)
    finally:
        store.close()
    return council


def test_cp_visits_hand_worked_misses_first_most_overdue_first(tmp_path):
    council = cases_of(tmp_path, cp_tables(), ids=["cp_visits_in_timescale"])
    [cl] = council.lists
    assert (cl.numerator, cl.denominator) == (1, 4)
    assert cl.late_unit == "working days" and cl.date_labels == ("plan start", "last visit")
    rows = [(c.person_id, c.counted, c.late, c.dates, c.team, c.worker) for c in cl.cases]
    assert rows == [
        ("D", False, 32, ("2014-07-01", None), "Safeguarding North", "Ann Smith"),  # 42 - 10
        ("C", False, 2, ("2014-01-01", "2014-08-12"), "T2", "W2"),  # no names: the ids
        ("B", False, 1, ("2014-01-01", "2014-08-13"), None, None),  # not allocated
        ("A", True, None, ("2014-01-01", "2014-08-14"), "Safeguarding North", "Ann Smith"),
    ]
    assert cl.allocation is None


def test_cla_visits_shows_the_latest_visit_however_old(tmp_path):
    """The figure reads only the 91 days before e; the list shows each child's latest visit.
    X (placement 1 Jan, not long term): last seen 10 Apr, due 10 Apr + 42 = 22 May, 101 days
    late at e. Y: seen 1 Aug, due 12 Sep, on time. Z: placement 1 Jul, never seen: due 8 Jul."""
    tables = {
        "ssd_person": people("X", "Y", "Z"),
        "ssd_cla_episodes": [
            {"clae_cla_episode_id": f"e{p}", "clae_person_id": p, "clae_cla_id": f"C{p}",
             "clae_cla_episode_start_date": start, "clae_cla_episode_ceased_date": ""}
            for p, start in (("X", "2014-01-01"), ("Y", "2014-01-01"), ("Z", "2014-07-01"))],
        "ssd_cla_placement": [
            {"clap_cla_placement_id": f"p{p}", "clap_cla_id": f"C{p}",
             "clap_cla_placement_start_date": start, "clap_cla_placement_end_date": "",
             "clap_cla_placement_type": "U1", "clap_long_term": "N"}
            for p, start in (("X", "2014-01-01"), ("Y", "2014-01-01"), ("Z", "2014-07-01"))],
        "ssd_cla_visits": [
            {"clav_cla_visit_id": f"v{i}", "clav_person_id": p, "clav_cla_id": f"C{p}",
             "clav_cla_visit_date": d, "clav_cla_visit_seen": "Y"}
            for i, (p, d) in enumerate((("X", "2014-02-01"), ("X", "2014-04-10"), ("Y", "2014-08-01")))],
    }
    council = cases_of(tmp_path, tables, ids=["cla_visits_in_timescale"])
    [cl] = council.lists
    assert (cl.numerator, cl.denominator) == (1, 3)
    assert cl.date_labels == ("placement start", "last visit", "due")
    assert [(c.person_id, c.counted, c.late, c.dates) for c in cl.cases] == [
        ("X", False, 101, ("2014-01-01", "2014-04-10", "2014-05-22")),
        ("Z", False, 54, ("2014-07-01", None, "2014-07-08")),
        ("Y", True, None, ("2014-01-01", "2014-08-01", "2014-09-12")),
    ]


def test_without_involvements_team_and_worker_are_not_available(tmp_path):
    council = cases_of(tmp_path, cp_tables(with_allocation=False), ids=["cp_visits_in_timescale"])
    [cl] = council.lists
    assert cl.denominator == 4  # the list itself is whole
    assert "ssd_involvements" in cl.allocation
    assert "ssd_involvements" in council.allocation
    from safeguarding.case_output import to_csv
    rows = list(csv.DictReader(io.StringIO(to_csv([council]))))
    assert {r["team"] for r in rows} == {"not available"}


def test_due_soon_cp_visits(tmp_path):
    """Due: the last day before the 11th working day after the last visit (or plan start).
    A (14 Aug): 11th is 1 Sep -> 31 Aug, on time at e, due today (0 working days).
    E (plan 20 Aug, no visit): working days after 20 Aug are 21, 22, 26-29 Aug, 1-5 Sep: the
    11th is 5 Sep -> due 4 Sep, the 4th working day after e.
    B, C, D are already late (in the case list), so not due soon."""
    council = cases_of(tmp_path, cp_tables(), ids=["cp_visits_in_timescale"])
    due = [(d.kind, d.person_id, d.due, d.working_days_left) for d in council.due_soon]
    assert due == [("CP visit", "A", "2014-08-31", 0), ("CP visit", "E", "2014-09-04", 4)]
    assert "CLA visits" in council.due_soon_reason  # no looked-after tables in this extract


def test_due_soon_horizon_excludes_later(tmp_path):
    council = cases_of(tmp_path, cp_tables(), ids=["cp_visits_in_timescale"], horizon_wd=3)
    assert [d.person_id for d in council.due_soon] == ["A"]  # E's 4 Sep is the 4th working day
    council = cases_of(tmp_path / "b", cp_tables(), ids=["cp_visits_in_timescale"], horizon_wd=4)
    assert [d.person_id for d in council.due_soon] == ["A", "E"]


def test_due_soon_from_a_date_boundaries(tmp_path):
    """From Monday 1 September: A's 31 Aug is past (late by then, not due soon); E's 4 Sep is
    the 3rd working day after (2, 3, 4 Sep): in with a horizon of 3, out with 2. From 4 Sep it
    is due that day (0 left); from 5 Sep it is late. From 20 August (mid-month): C's last day is
    27 Aug (the 11th working day after 12 Aug is 28 Aug), B's 28 Aug, A's 31 Aug, E's 4 Sep, the
    4th, 5th, 6th and 10th working days after 20 Aug (21, 22, 26, 27, 28, 29 Aug, 1-4 Sep)."""
    store = Store()
    app.load(write_extract(tmp_path / "x", cp_tables()), store)

    def due(start, horizon_wd=10):
        [council] = run_cases(store, AUG, ids=["cp_visits_in_timescale"], horizon_wd=horizon_wd,
                              due_from=dt.date.fromisoformat(start))
        assert council.due_after == start
        return [(d.person_id, d.due, d.working_days_left) for d in council.due_soon]

    try:
        assert due("2014-09-01", 3) == [("E", "2014-09-04", 3)]
        assert due("2014-09-01", 2) == []
        assert due("2014-09-04", 1) == [("E", "2014-09-04", 0)]
        assert due("2014-09-05") == []
        assert due("2014-08-20") == [("C", "2014-08-27", 4), ("B", "2014-08-28", 5),
                                     ("A", "2014-08-31", 6), ("E", "2014-09-04", 10)]
        with pytest.raises(app.RunError, match="--from 2014-07-31"):
            due("2014-07-31")
    finally:
        store.close()
    folder = write_extract(tmp_path / "y", cp_tables())
    done = runner.invoke(cli, ["cases", str(folder), "--month", "2014-08", "--classification",
                               "internal", "--from", "1 Sept", "--format", "json"])
    assert done.exit_code != 0 and "--from '1 Sept' is not a date" in done.output
    done = runner.invoke(cli, ["cases", str(folder), "--month", "2014-08", "--classification",
                               "internal", "--from", "2014-09-01", "--horizon", "3",
                               "--indicator", "cp_visits_in_timescale", "--format", "json"])
    assert done.exit_code == 0, done.output
    [doc] = json.loads(done.stdout)["councils"]
    assert doc["due_after"] == "2014-09-01"
    assert [d["due"] for d in doc["due_soon"]] == ["2014-09-04"]


def test_only_percentage_indicators_have_case_lists():
    with pytest.raises(app.RunError, match="no case list for cp_count"):
        percentage_indicators(["cp_count"])


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    folder = tmp_path_factory.mktemp("county") / "extract"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=36000,
                            start="2012-09", end="2014-08", seed=1)
    return folder


def test_every_list_is_its_figure_in_every_month(county):
    """For every percentage indicator and each of the 13 months the report shows: cases listed
    = denominator, counted = numerator; concerns first."""
    store = Store()
    app.load(county, store)
    try:
        [council] = app.run_indicators(store, AUG)
        months = [p.month for p in council.results[0].series]
        by_month = {m: run_cases(store, dt.date.fromisoformat(m + "-01"))[0] for m in months}
    finally:
        store.close()
    assert len(months) == 13
    ids = [i.id for i in percentage_indicators()]
    for month, cases in by_month.items():
        assert [cl.indicator for cl in cases.lists] == ids
        for cl in cases.lists:
            assert cl.available, cl.indicator
            [p] = [p for r in council.results if r.indicator.id == cl.indicator
                   for p in r.series if p.month == month]
            assert (cl.denominator, cl.numerator) == (p.denominator, p.numerator), (month, cl.indicator)
            concern = [c.counted == (cl.polarity != "high") for c in cl.cases]
            assert concern == sorted(concern, reverse=True), cl.indicator  # concerns first
    assert by_month["2014-08"].due_soon and by_month["2014-08"].due_soon_reason is None


def test_command_refuses_open_and_writes_every_format(county, tmp_path):
    result = runner.invoke(cli, ["cases", str(county), "--month", "2014-08", "--classification", "open"])
    assert result.exit_code == 2
    assert "only ever produced in the internal classification" in result.output
    result = runner.invoke(cli, ["cases", str(county), "--month", "2014-08"])
    assert result.exit_code == 2  # --classification is required
    base = ["cases", str(county), "--month", "2014-08", "--classification", "internal",
            "--indicator", "icpc_in_15wd", "--indicator", "cp_visits_in_timescale"]
    doc = json.loads(runner.invoke(cli, [*base, "--format", "json"]).stdout)
    assert doc["classification"] == "internal"
    lists = doc["councils"][0]["lists"]
    assert [(x["indicator"], x["denominator"]) for x in lists] == [
        ("icpc_in_15wd", len(lists[0]["cases"])), ("cp_visits_in_timescale", len(lists[1]["cases"]))]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, [*base, "--format", "csv"]).stdout)))
    assert sum(r["list"] == "icpc_in_15wd" for r in rows) == lists[0]["denominator"]
    out = tmp_path / "cases.xlsx"
    assert runner.invoke(cli, [*base, "--out", str(out)]).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["About", "icpc_in_15wd", "cp_visits_in_timescale", "due soon"]
    assert wb["icpc_in_15wd"].max_row == 3 + lists[0]["denominator"]
    assert "INTERNAL" in wb["About"]["A1"].value


@pytest.mark.spark
def test_the_same_lists_on_spark(tmp_path):
    """The hand-worked list and due-soon view, on Spark (the engines must agree)."""
    duck = cases_of(tmp_path / "d", cp_tables())
    spark = cases_of(tmp_path / "s", cp_tables(), engine="spark")
    assert spark.lists == duck.lists
    assert spark.due_soon == duck.due_soon


@pytest.mark.spark
def test_contacts_lateness_in_hours_on_spark(tmp_path):
    """Contacts screened within 24 hours: lateness in hours past the 24 (date-times), the same on
    both engines. c1: 30 hours -> 6 late; c2: 24 hours exactly -> on time; c3: 25.5 -> 1."""
    contacts = [{"cont_contact_id": "c1", "cont_person_id": "A", "cont_contact_date": "2014-08-04 09:00:00",
                 "cont_screening_date": "2014-08-05 15:00:00"},
                {"cont_contact_id": "c2", "cont_person_id": "B", "cont_contact_date": "2014-08-04 09:00:00",
                 "cont_screening_date": "2014-08-05 09:00:00"},
                {"cont_contact_id": "c3", "cont_person_id": "C", "cont_contact_date": "2014-08-10 23:30:00",
                 "cont_screening_date": "2014-08-12 01:00:00"}]
    tables = {"ssd_person": people("A", "B", "C"), "ssd_contacts": contacts}
    duck = cases_of(tmp_path / "d", tables, ids=["contacts_screened_24h"])
    spark = cases_of(tmp_path / "s", tables, ids=["contacts_screened_24h"], engine="spark")
    [cl] = duck.lists
    assert [(c.record_id, c.counted, c.late) for c in cl.cases] == [
        ("c1", False, 6), ("c3", False, 1), ("c2", True, None)]
    assert spark.lists == duck.lists


@pytest.mark.parametrize("classification", ["internal", "open"])
def test_report_passes_case_lists_to_internal_packs_only(county, tmp_path, monkeypatch, classification):
    from safeguarding.report import pack
    given = {}

    def write_pack(c, folder, **options):
        given.update(options)
        return []

    monkeypatch.setattr(pack, "write_pack", write_pack)
    result = runner.invoke(cli, ["report", str(county), "--month", "2014-08", "--out",
                                 str(tmp_path / "pack"), "--classification", classification])
    assert result.exit_code == 0, result.output
    cases = given["cases"]
    if classification == "open":
        assert cases is None
    else:
        assert cases.la_code == "884" and len(cases.lists) == len(percentage_indicators())


def test_assessments_hand_worked_at_the_boundary(tmp_path):
    """Referral Mon 2 June 2014: working days after it are 20 in June, 23 in July (43), then
    1 Aug (44), 4 Aug (45), 5 Aug (46). Authorised 4 Aug: 45, met; 5 Aug: 46, one day late;
    one authorised in July is another month's case."""
    def referral(rid, person):
        return {"cine_referral_id": rid, "cine_person_id": person, "cine_referral_date": "2014-06-02"}

    def assessment(aid, person, rid, auth):
        return {"cina_assessment_id": aid, "cina_person_id": person, "cina_referral_id": rid,
                "cina_assessment_start_date": "2014-06-10", "cina_assessment_auth_date": auth}

    tables = {"ssd_person": people("A", "B", "C"),
              "ssd_cin_episodes": [referral(1, "A"), referral(2, "B"), referral(3, "C")],
              "ssd_cin_assessments": [assessment(11, "A", 1, "2014-08-04"),
                                      assessment(12, "B", 2, "2014-08-05"),
                                      assessment(13, "C", 3, "2014-07-31")]}
    [cl] = cases_of(tmp_path, tables, ids=["assessments_in_timescale"]).lists
    assert cl.date_labels == ("referral", "assessment start", "authorised")
    assert [(c.person_id, c.record_id, c.counted, c.late, c.dates[2]) for c in cl.cases] == [
        ("B", "12", False, 1, "2014-08-05"), ("A", "11", True, None, "2014-08-04")]
    assert "ssd_involvements" in cl.allocation


def test_caseload_list_names_its_workers(tmp_path):
    """caseload_over_policy (policy 18 > every caseload here): one row per worker, none over."""
    tables = cp_tables()
    [cl] = cases_of(tmp_path, tables, ids=["caseload_over_policy"]).lists
    # At e: W1 holds A and D, W2 holds C.
    assert [(c.record_id, c.worker, c.team, c.counted) for c in cl.cases] == [
        ("W1", "Ann Smith", "Safeguarding North", False), ("W2", "W2", "T2", False)]
