import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from extracts import people, run, write_extract
from typer.testing import CliRunner

from safeguarding import app
from safeguarding.cli import cli
from safeguarding.sources import ExtractError
from safeguarding.store import Store

PLAN = {"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2014-01-01",
        "cppl_cp_plan_end_date": ""}


def faulty_tables():
    """One of each fault kind; the row numbers count the header as row 1."""
    return {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [
            PLAN,                                                              # row 2: fine
            {**PLAN, "cppl_cp_plan_id": "p2", "cppl_cp_plan_start_date": "2014-13-01"},  # row 3: bad date
            {**PLAN, "cppl_cp_plan_id": "p1", "cppl_cp_plan_start_date": "2012-01-01",
             "cppl_cp_plan_end_date": "2012-06-01"},                           # row 4: duplicate key
            {**PLAN, "cppl_cp_plan_id": "p4", "cppl_person_id": "9"},          # row 5: unknown person
            {**PLAN, "cppl_cp_plan_id": "p5", "cppl_person_id": "2",
             "cppl_cp_plan_start_date": "01/03/2014", "cppl_cp_plan_end_date": "28/02/2014"},  # row 6
            {**PLAN, "cppl_cp_plan_id": "p6", "cppl_person_id": ""},           # row 7: missing value
        ],
        "ssd_cp_visits": [  # no cppv_cp_visit_date: a required column missing
            {"cppv_cp_visit_id": "v1", "cppv_person_id": "1"},
        ],
        "ssd_cla_episodes": [  # two overlapping episodes for one child: a warning only
            {"clae_cla_episode_id": "e1", "clae_person_id": "2", "clae_cla_id": "L1",
             "clae_cla_episode_start_date": "2014-01-01", "clae_cla_episode_ceased_date": "2014-03-01",
             "clae_cla_placement_id": ""},
            {"clae_cla_episode_id": "e2", "clae_person_id": "2", "clae_cla_id": "L1",
             "clae_cla_episode_start_date": "2014-02-01", "clae_cla_episode_ceased_date": "",
             "clae_cla_placement_id": ""},
            {"clae_cla_episode_id": "e3", "clae_person_id": "1", "clae_cla_id": "L2",
             "clae_cla_episode_start_date": "2014-01-01", "clae_cla_episode_ceased_date": "2014-03-01",
             "clae_cla_placement_id": "Y"},
            {"clae_cla_episode_id": "e4", "clae_person_id": "1", "clae_cla_id": "L2",
             "clae_cla_episode_start_date": "2014-03-01", "clae_cla_episode_ceased_date": "",
             "clae_cla_placement_id": ""},
        ],
        "ssd_cin_assessments": [
            {"cina_assessment_id": "a1", "cina_person_id": "1", "cina_assessment_start_date": "2014-01-01",
             "cina_assessment_child_seen": "maybe"},                            # row 2: bad flag
        ],
    }


def found(checked):
    return {(i.severity, i.table, i.row, i.column, i.problem) for i in checked.issues}


def test_every_fault_is_reported_at_once(tmp_path):
    folder = write_extract(tmp_path / "x", faulty_tables())
    (folder / "ssd_cp_reviews.csv").write_text(  # row 2 has too many fields: that row only is lost
        "cppr_cp_review_id,cppr_person_id,cppr_cp_plan_id,cppr_cp_review_date\n"
        "r1,1,p1,2014-02-01,extra,cells\nr2,1,p1,2014-03-01\n")
    checked = app.validate(folder)
    issues = found(checked)
    expected = {
        ("error", "ssd_cp_plans", 3, "cppl_cp_plan_start_date", "not a date (use YYYY-MM-DD or DD/MM/YYYY)"),
        ("error", "ssd_cp_plans", 4, "cppl_cp_plan_id", "duplicate key"),
        ("error", "ssd_cp_plans", 5, "cppl_person_id", "person id not in ssd_person"),
        ("error", "ssd_cp_plans", 6, "cppl_cp_plan_end_date", "before cppl_cp_plan_start_date"),
        ("error", "ssd_cp_plans", 7, "cppl_person_id", "missing value"),
        ("error", "ssd_cp_visits", None, "cppv_cp_visit_date", "required column missing"),
        ("error", "ssd_cin_assessments", 2, "cina_assessment_child_seen", "not a Y/N flag"),
        ("warning", "ssd_cla_episodes", 3, "clae_cla_episode_start_date",
         "overlaps another looked-after episode of the same child"),
    }
    assert expected <= issues
    [ragged] = [i for i in checked.issues if i.table == "ssd_cp_reviews"]
    assert (ragged.severity, ragged.row, ragged.problem) == (
        "error", 2, "wrong number of fields (expected 4, found 6)")
    # Touching episodes (e3 ends the day e4 starts) do not overlap.
    assert not [i for i in checked.issues if i.table == "ssd_cla_episodes" and i.row in (4, 5)]
    # The duplicate names the first row; values are shown as written.
    [dup] = [i for i in checked.issues if i.problem == "duplicate key"]
    assert (dup.value, dup.detail) == ("p1", "first at row 2")
    [bad_date] = [i for i in checked.issues if i.problem.startswith("not a date")]
    assert bad_date.value == "2014-13-01"
    # Only the good plan survives; rows in error are counted per table.
    assert checked.tables["ssd_cp_plans"].column("cppl_cp_plan_id").to_pylist() == ["p1"]
    assert checked.tables["ssd_cp_reviews"].column("cppr_cp_review_id").to_pylist() == ["r2"]
    assert checked.excluded == {"ssd_cp_plans": 5, "ssd_cp_visits": 1, "ssd_cin_assessments": 1,
                                "ssd_cp_reviews": 1}


def test_keys_and_person_ids_are_checked_in_every_table(tmp_path):
    """Duplicate keys and person ids not in ssd_person, found in several tables at once: each
    in its own table, row and column, in table and row order; an empty person id is not an
    unknown one, and a table with neither is not flagged."""
    visit = {"cppv_cp_visit_id": "v1", "cppv_person_id": "1", "cppv_cp_plan_id": "p1",
             "cppv_cp_visit_date": "2014-02-01"}
    review = {"cppr_cp_review_id": "r1", "cppr_person_id": "1", "cppr_cp_plan_id": "p1",
              "cppr_cp_review_date": "2014-03-01"}
    folder = write_extract(tmp_path / "x", {
        "ssd_person": people("1", "2", "2"),                                  # row 4: duplicate
        "ssd_cp_plans": [PLAN, {**PLAN, "cppl_cp_plan_id": "p2", "cppl_person_id": "8"}],
        "ssd_cp_visits": [visit, {**visit, "cppv_cp_visit_id": "v2", "cppv_person_id": "9"},
                          {**visit, "cppv_person_id": "2"},                   # row 4: duplicate
                          {**visit, "cppv_cp_visit_id": "v3", "cppv_person_id": ""}],
        "ssd_cp_reviews": [review, {**review, "cppr_cp_review_id": "r2"}],    # nothing wrong
    })
    checked = app.validate(folder)
    joins = [(i.table, i.row, i.column, i.value, i.problem, i.detail) for i in checked.issues
             if i.problem in ("duplicate key", "person id not in ssd_person")]
    assert joins == [
        ("ssd_cp_plans", 3, "cppl_person_id", "8", "person id not in ssd_person", None),
        ("ssd_cp_visits", 3, "cppv_person_id", "9", "person id not in ssd_person", None),
        ("ssd_cp_visits", 4, "cppv_cp_visit_id", "v1", "duplicate key", "first at row 2"),
        ("ssd_person", 4, "pers_person_id", "2", "duplicate key", "first at row 3"),
    ]
    assert not [i for i in checked.issues if i.table == "ssd_cp_reviews"]


def test_invalid_extract_is_refused_unless_allowed(tmp_path):
    folder = write_extract(tmp_path / "x", faulty_tables())
    store = Store()
    with pytest.raises(app.InvalidExtract):
        app.load(folder, store)
    assert store.councils() == []
    app.load(folder, store, allow_invalid=True)
    [council] = store.councils()
    assert council["notes"][0].startswith("7 rows excluded because of errors")
    assert "ssd_cp_plans 5" in council["notes"][0]
    [result] = app.run_indicators(store, dt.date(2014, 8, 1), ids=["cp_count"])
    assert any("excluded" in w for w in result.warnings)
    assert result.results[0].series[-1].numerator == 1  # p1 only
    # The table with a missing required column is not available, never zero.
    [visits] = app.run_indicators(store, dt.date(2014, 8, 1), ids=["cp_visits_in_timescale"])[0].results
    assert not visits.available and "ssd_cp_visits" in visits.reason


def test_failed_load_leaves_the_store_unchanged(tmp_path):
    good = write_extract(tmp_path / "good", {"ssd_person": people("1"), "ssd_cp_plans": [PLAN]})
    bad = write_extract(tmp_path / "bad", faulty_tables())
    db = tmp_path / "store.duckdb"
    runner = CliRunner()
    assert runner.invoke(cli, ["load", str(good), "--db", str(db)]).exit_code == 0
    before = db.read_bytes()
    result = runner.invoke(cli, ["load", str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert "errors" in result.output
    assert db.read_bytes() == before
    # and a failure inside the load transaction rolls back too
    store = Store(db)
    checked = app.validate(bad)
    checked.tables["ssd_cp_plans"] = pa.table({"no_such_column": [1]})
    with pytest.raises(Exception):
        store.load([(checked, [])])
    assert store.con.execute("SELECT count(*) FROM ssd_cp_plans").fetchone() == (1,)
    store.close()


def test_formats_spellings_and_parquet(tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    # Upper-case headers with a byte-order mark, UK dates, datetimes and flag spellings.
    (folder / "ssd_contacts.csv").write_text(
        "\ufeffCONT_CONTACT_ID,Cont_Person_Id,CONT_CONTACT_DATE,cont_screening_date,cont_screened_by_qualified\n"
        "c1,1,31/08/2014 10:00,2014-08-31T11:00:00,yes\n"
        "c2,1,2014-08-30,2014-08-30 09:00:00.5,0\n"
        "c3,1,2014-08-29 23:59:59,,True\n", encoding="utf-8")
    pq.write_table(pa.table({
        "cppl_cp_plan_id": ["p1"], "cppl_person_id": ["1"],
        "cppl_cp_plan_start_date": pa.array([dt.date(2014, 8, 1)], pa.date32()),
        "cppl_cp_plan_end_date": pa.array([None], pa.date32()),
    }), folder / "ssd_cp_plans.parquet")
    checked = app.validate(folder)
    assert checked.errors == []
    contacts = checked.tables["ssd_contacts"].to_pylist()
    assert contacts[0]["cont_contact_date"] == dt.datetime(2014, 8, 31, 10, 0)
    assert [c["cont_screened_by_qualified"] for c in contacts] == [True, False, True]
    assert checked.tables["ssd_cp_plans"].column("cppl_cp_plan_start_date").to_pylist() == [dt.date(2014, 8, 1)]


def test_validate_command_json_and_exit_codes(tmp_path):
    runner = CliRunner()
    bad = write_extract(tmp_path / "bad", faulty_tables())
    result = runner.invoke(cli, ["validate", str(bad), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["errors"] >= 7 and report["warnings"] >= 1
    assert {"severity", "table", "row", "column", "value", "problem"} <= set(report["issues"][0])
    good = write_extract(tmp_path / "good", {"ssd_person": people("1"), "ssd_cp_plans": [PLAN]})
    result = runner.invoke(cli, ["validate", str(good)])
    assert result.exit_code == 0 and "No problems found" in result.stdout


def test_unreadable_extract_metadata(tmp_path):
    with pytest.raises(ExtractError, match="extract.toml"):
        app.validate(tmp_path)
    (tmp_path / "extract.toml").write_text('la_code = "884"\nextracted_at = "someday"\n')
    with pytest.raises(ExtractError, match="extracted_at"):
        app.validate(tmp_path)


def test_missing_table_makes_its_indicators_not_available(tmp_path):
    res = run(tmp_path, {"ssd_person": people("1"), "ssd_cp_plans": [PLAN]})
    assert res["cp_count"].available
    for ind in ("contacts", "referrals", "cla_count", "s47_per_10k"):
        assert not res[ind].available and res[ind].series == ()
        assert "not available" in res[ind].reason


def test_missing_end_date_column_makes_month_end_measures_not_available(tmp_path):
    # Without cppl_cp_plan_end_date every plan would look open for ever: never guess.
    plan = {k: v for k, v in PLAN.items() if k != "cppl_cp_plan_end_date"}
    res = run(tmp_path, {"ssd_person": people("1"), "ssd_cp_plans": [plan]})
    assert res["cp_starts"].available and res["cp_second_or_subsequent"].available
    for ind in ("cp_count", "cp_per_10k", "cp_open_2yrs", "cp_ceased_2yrs"):
        assert not res[ind].available
        assert "ssd_cp_plans.cppl_cp_plan_end_date" in res[ind].reason
