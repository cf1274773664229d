"""A reporting month that ends after the extract date: refused, or (--allow-partial-month)
reported with every output marked."""

import csv
import datetime as dt
import io
import json

import pytest
from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding.app import PartialMonth, check_complete_month, latest_complete_month
from safeguarding.cli import cli

runner = CliRunner()
MARK = "PARTIAL MONTH: figures to 3 September 2014 only"
PLANS = [{"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2014-01-10",
          "cppl_cp_plan_end_date": ""}]


def extract(folder, la_code="884", extracted_at="2014-09-03"):
    return write_extract(folder, {"ssd_person": people("1"), "ssd_cp_plans": PLANS},
                         la_code=la_code, extracted_at=extracted_at)


@pytest.mark.parametrize("extracted_at, latest", [
    ("2014-09-03", "2014-08"), ("2014-09-01", "2014-08"), ("2014-09-29", "2014-08"),
    ("2014-09-30", "2014-09"),   # taken on the month's last day: the month is complete
    ("2014-01-15", "2013-12"), ("2016-02-29", "2016-02"), ("2016-02-28", "2016-01"),
])
def test_latest_complete_month(extracted_at, latest):
    d = dt.date.fromisoformat(extracted_at)
    assert f"{latest_complete_month(d):%Y-%m}" == latest


def test_the_message_names_the_latest_complete_month():
    council = {"la_code": "884", "la_name": "Herefordshire", "extracted_at": dt.date(2014, 9, 3)}
    check_complete_month(dt.date(2014, 8, 1), [council])
    with pytest.raises(PartialMonth) as caught:
        check_complete_month(dt.date(2014, 9, 1), [council])
    assert str(caught.value) == (
        "the reporting month September 2014 ends after the extract date: Herefordshire (884) was "
        "extracted on 3 September 2014, and the latest complete month in this extract is August "
        "2014. Pass --allow-partial-month to report it anyway, marked \"PARTIAL MONTH\" throughout")


@pytest.mark.parametrize("command", ["indicators", "summary", "report"])
def test_a_partial_month_is_refused(tmp_path, command):
    args = [command, str(extract(tmp_path / "x")), "--month", "2014-09"]
    if command == "report":
        args += ["--out", str(tmp_path / "pack")]
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert "the latest complete month in this extract is August 2014" in " ".join(result.output.split())
    assert not (tmp_path / "pack").exists()


def test_several_councils_name_each_one_too_early(tmp_path):
    extract(tmp_path / "region" / "a", "884", "2014-09-03")
    extract(tmp_path / "region" / "b", "885", "2014-09-20")
    extract(tmp_path / "region" / "c", "886", "2014-10-01")
    result = runner.invoke(cli, ["indicators", str(tmp_path / "region"), "--month", "2014-09"])
    text = " ".join(result.output.split())
    assert result.exit_code != 0
    assert "(884) was extracted on 3 September 2014" in text
    assert "(885) was extracted on 20 September 2014" in text
    assert "(886)" not in text
    result = runner.invoke(cli, ["indicators", str(tmp_path / "region"), "--month", "2014-09",
                                 "--la", "886", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["partial_month"] is False


def test_allowed_partial_month_is_marked_in_json_csv_and_terminal_tables(tmp_path):
    folder = str(extract(tmp_path / "x"))
    allowed = ["--month", "2014-09", "--allow-partial-month"]
    doc = json.loads(runner.invoke(cli, ["indicators", folder, *allowed, "--format", "json"]).stdout)
    assert doc["partial_month"] is True
    assert any(w.startswith(MARK) for w in doc["warnings"])
    rows = list(csv.DictReader(io.StringIO(
        runner.invoke(cli, ["indicators", folder, *allowed, "--format", "csv"]).stdout)))
    assert rows and all(r["partial_month"] == "True" for r in rows)
    for command in ("indicators", "summary"):
        result = runner.invoke(cli, [command, folder, *allowed])
        assert result.exit_code == 0, result.output
        assert MARK in result.stdout  # the table's title and caption, not only a warning
    complete = json.loads(runner.invoke(cli, ["indicators", folder, "--month", "2014-08",
                                              "--format", "json"]).stdout)
    assert complete["partial_month"] is False
    assert not any("PARTIAL MONTH" in w for w in complete["warnings"])


def test_a_month_starting_after_the_extract_date_is_refused_even_when_partial_allowed(tmp_path):
    result = runner.invoke(cli, ["indicators", str(extract(tmp_path / "x")), "--month", "2014-10",
                                 "--allow-partial-month"])
    assert result.exit_code == 2
    assert "starts after the extract date" in " ".join(result.output.split())
