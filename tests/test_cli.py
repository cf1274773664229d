import csv
import io
import json
from pathlib import Path

from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding.cli import cli
from safeguarding.indicators import REGISTRY

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def small_extract(tmp_path):
    return write_extract(tmp_path / "x", {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [
            {"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2014-01-10",
             "cppl_cp_plan_end_date": ""},
            {"cppl_cp_plan_id": "p2", "cppl_person_id": "2", "cppl_cp_plan_start_date": "2014-08-31",
             "cppl_cp_plan_end_date": ""},
        ],
        "ssd_cp_visits": [
            {"cppv_cp_visit_id": "v1", "cppv_person_id": "1", "cppv_cp_visit_date": "2014-08-15"},
        ],
    }, population={2013: 20_000, 2014: 40_000})


def test_indicators_json_contract(tmp_path):
    result = runner.invoke(cli, ["indicators", str(small_extract(tmp_path)), "--month", "2014-08",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert {k: doc[k] for k in ("la_code", "la_name", "month", "extracted_at", "engine")} == {
        "la_code": "884", "la_name": "Herefordshire, County of", "month": "2014-08",
        "extracted_at": "2014-09-30", "engine": "duckdb"}
    by_id = {i["id"]: i for i in doc["indicators"]}
    assert list(by_id) == list(REGISTRY)
    cp = by_id["cp_per_10k"]
    assert cp["unit"] == "per_10k" and cp["available"] is True and cp["reason"] is None
    assert [p["month"] for p in cp["series"]] == [f"2013-{m:02d}" for m in range(8, 13)] + [
        f"2014-{m:02d}" for m in range(1, 9)]
    # August 2014: 2 children, mid-2014 population (financial year 2014-15): 2 / 40,000 x 10,000.
    assert cp["series"][-1] == {"month": "2014-08", "value": 0.5, "numerator": 2, "denominator": 40_000,
                                "covered": True}
    # March 2014 belongs to financial year 2013-14: mid-2013 population.
    assert cp["series"][7] == {"month": "2014-03", "value": 0.5, "numerator": 1, "denominator": 20_000,
                               "covered": True}
    count = by_id["cp_count"]["series"][-1]
    assert count == {"month": "2014-08", "value": 2, "numerator": 2, "denominator": None, "covered": True}
    assert by_id["contacts"]["available"] is False
    assert "ssd_contacts" in by_id["contacts"]["reason"] and by_id["contacts"]["series"] == []


def test_policy_file_changes_the_visit_interval(tmp_path):
    folder = small_extract(tmp_path)
    policy = tmp_path / "policy.toml"
    args = ["indicators", str(folder), "--month", "2014-08", "--format", "json"]

    def visits(*extra):
        doc = json.loads(runner.invoke(cli, args + list(extra)).stdout)
        [ind] = [i for i in doc["indicators"] if i["id"] == "cp_visits_in_timescale"]
        return {k: v for k, v in ind["series"][-1].items() if k != "covered"}

    # Child 1: plan long open, seen 15 Aug; WD(15 Aug, 29 Aug) = 9 (25 Aug is a bank holiday).
    # Child 2's plan started on the month end, so it is not in the denominator.
    assert visits() == {"month": "2014-08", "value": 100.0, "numerator": 1, "denominator": 1}
    policy.write_text("cp_visit_interval_wd = 8\n")
    assert visits("--policy", str(policy)) == {"month": "2014-08", "value": 0.0, "numerator": 0,
                                               "denominator": 1}
    policy.write_text("cp_visit_days = 8\n")
    result = runner.invoke(cli, args + ["--policy", str(policy)])
    assert result.exit_code == 2 and "unknown policy key" in result.output  # 1: data errors only


def test_store_file_csv_and_out(tmp_path):
    db = tmp_path / "s.duckdb"
    assert runner.invoke(cli, ["load", str(small_extract(tmp_path)), "--db", str(db)]).exit_code == 0
    out = tmp_path / "out.csv"
    result = runner.invoke(cli, ["indicators", str(db), "--month", "2014-08", "--format", "csv",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    [row] = [r for r in rows if r["indicator"] == "cp_count" and r["month"] == "2014-08"]
    assert (row["value"], row["numerator"], row["denominator"]) == ("2", "2", "")
    [missing] = [r for r in rows if r["indicator"] == "contacts"]
    assert missing["available"] == "False" and "not available" in missing["reason"]


def test_table_output_and_bad_month(tmp_path):
    folder = small_extract(tmp_path)
    result = runner.invoke(cli, ["indicators", str(folder), "--month", "2014-08"])
    assert result.exit_code == 0 and "August 2014" in result.output and "not available" in result.output
    result = runner.invoke(cli, ["indicators", str(folder), "--month", "Aug 2014"])
    assert result.exit_code == 2 and "YYYY-MM" in result.output


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    command = 'python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]" && .venv/bin/python -m pytest'
    assert command in readme and command in ci


def test_several_councils_in_one_pass_give_a_list_in_code_order(tmp_path):
    region = tmp_path / "region"
    plans = [{"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2014-01-10",
              "cppl_cp_plan_end_date": ""}]
    # Written in reverse order: the output follows council codes, not folder order.
    write_extract(region / "b", {"ssd_person": people("1"), "ssd_cp_plans": plans * 1}, la_code="885")
    write_extract(region / "a", {"ssd_person": people("1", "2"), "ssd_cp_plans": plans + [
        {**plans[0], "cppl_cp_plan_id": "p2", "cppl_person_id": "2"}]}, la_code="884")
    result = runner.invoke(cli, ["indicators", str(region), "--month", "2014-08", "--format", "json"])
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)
    assert [d["la_code"] for d in docs] == ["884", "885"]
    counts = [[i for i in d["indicators"] if i["id"] == "cp_count"][0]["series"][-1]["numerator"] for d in docs]
    assert counts == [2, 1]
    # The same from a store holding both, and one council picked out of it.
    db = tmp_path / "s.duckdb"
    assert runner.invoke(cli, ["load", str(region), "--db", str(db)]).exit_code == 0
    result = runner.invoke(cli, ["indicators", str(db), "--month", "2014-08", "--format", "json", "--la", "885"])
    assert json.loads(result.stdout)["la_code"] == "885"


def test_a_bad_council_in_a_folder_stops_the_whole_load(tmp_path):
    region = tmp_path / "region"
    write_extract(region / "a", {"ssd_person": people("1")}, la_code="884")
    write_extract(region / "b", {"ssd_person": people("1", "1")}, la_code="885")  # duplicate key
    db = tmp_path / "s.duckdb"
    result = runner.invoke(cli, ["load", str(region), "--db", str(db)])
    assert result.exit_code == 1 and "885" in result.output
    from safeguarding.store import Store
    assert Store(db).councils() == []  # 884 was valid, but nothing landed


def test_spark_missing_gives_a_clear_message(monkeypatch):
    import sys

    import pytest

    from safeguarding import engine

    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(engine.EngineError, match=r"pip install 'safeguarding\[spark\]'"):
        engine.spark_session.__wrapped__("local[1]")


def test_out_extension_gives_the_format(tmp_path):
    folder = small_extract(tmp_path)
    args = ["indicators", str(folder), "--month", "2014-08", "--out"]
    assert runner.invoke(cli, args + [str(tmp_path / "aug.csv")]).exit_code == 0
    assert (tmp_path / "aug.csv").read_text().startswith("la_code,indicator,unit,month,")
    assert runner.invoke(cli, args + [str(tmp_path / "aug.JSON")]).exit_code == 0
    assert json.loads((tmp_path / "aug.JSON").read_text())["la_code"] == "884"
    # An extension that names no format: a table, as on the screen, in plain text.
    result = runner.invoke(cli, args + [str(tmp_path / "aug.txt")])
    assert result.exit_code == 0 and result.stdout == ""
    text = (tmp_path / "aug.txt").read_text()
    assert "indicators for August 2014" in text and "\x1b" not in text
    # --format says it, and the extension may not contradict it.
    result = runner.invoke(cli, args + [str(tmp_path / "x.json"), "--format", "csv"])
    assert result.exit_code == 2 and "--format csv does not match --out x.json" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_validate_writes_the_problems_as_csv(tmp_path):
    formula = '=HYPERLINK("http://example.org")'
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1", formula, formula) + [
        {"pers_person_id": "9", "pers_dob": "-1"}]})
    result = runner.invoke(cli, ["validate", str(folder), "--format", "csv"])
    assert result.exit_code == 1  # the data has errors
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [
        ["severity", "table", "row", "column", "value", "problem", "detail"],
        # A cell a spreadsheet would run as a formula is written as text (a leading ').
        ["error", "ssd_person", "4", "pers_person_id", "'" + formula, "duplicate key", "first at row 3"],
        ["error", "ssd_person", "5", "pers_dob", "'-1", "not a date (use YYYY-MM-DD or DD/MM/YYYY)", ""],
    ]
    out = tmp_path / "problems.csv"
    result = runner.invoke(cli, ["validate", str(folder), "--out", str(out)])
    assert result.exit_code == 1 and result.stdout == "" and f"Wrote {out}" in result.stderr
    assert list(csv.reader(io.StringIO(out.read_text()))) == rows


def test_a_formula_la_code_never_reaches_a_csv_cell(tmp_path):
    # la_code is checked against the DfE numbers on reading, so it cannot start a formula.
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")}, la_code="=884")
    result = runner.invoke(cli, ["indicators", str(folder), "--month", "2014-08", "--format", "csv"])
    assert result.exit_code == 2 and "not a DfE 3-digit LA number" in result.stderr
    assert result.stdout == ""


def test_csv_cells_that_start_a_formula_become_text():
    from safeguarding.csvtext import csv_text

    cells = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", "", None, -1.5, 0, True]
    text = csv_text([str(i) for i in range(12)], [cells])
    assert list(csv.reader(io.StringIO(text, newline="")))[1] == [
        "'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b", "", "", "-1.5", "0", "True"]


def test_terminal_text_is_inert():
    from safeguarding.formatting import terminal

    assert terminal("[/bold]x\x1b[2J\x00\u202e") == "\\[/bold]x\\x1b[2J\\x00\\u202e"


def test_spark_tests_can_be_left_out():
    import subprocess
    import sys
    import tomllib

    readme = (ROOT / "README.md").read_text()
    assert "Java 17" in readme and '.venv/bin/python -m pytest -m "not spark"' in readme
    ini = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert any(m.startswith("spark:") for m in ini["markers"])
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--collect-only", "-q",
         "-m", "not spark", "tests/indicators", "tests/test_store.py"],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
    ids = [line for line in collected if "::" in line]
    assert ids and not [i for i in ids if "spark]" in i or "test_spark_leaves" in i]
    assert any(i.endswith("[duckdb]") for i in ids)
