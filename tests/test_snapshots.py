"""Snapshots, as-at selection and revisions: two extracts of one council a month apart, with
known back-dated, corrected and deleted CP plans (worked by hand below)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding import app
from safeguarding.cli import cli
from safeguarding.policy import load_policy
from safeguarding.revisions import report_notes, revisions
from safeguarding.store import Store, StoreError

runner = CliRunner()
APRIL = dt.date(2014, 4, 1)


def plan(pid: str, person: str, start: str, end: str = "") -> dict:
    return {"cppl_cp_plan_id": pid, "cppl_person_id": person, "cppl_cp_plan_start_date": start,
            "cppl_cp_plan_end_date": end}


# Extracted 3 May 2014: open at 30 April are p1 (child 1), p2 (child 2), p4 (child 4): 3 children.
MAY = [plan("p1", "1", "2014-01-10"), plan("p2", "2", "2014-03-01"),
       plan("p3", "3", "2014-02-01", "2014-04-10"), plan("p4", "4", "2014-03-15"),
       plan("p10", "8", "2014-04-15", "2014-04-25")]
# Extracted 2 June 2014, what changed about April:
# - p5 (child 5, start 20 April) and p6 (child 6, start 20 March): entered late, back-dated: +2
# - p3's end corrected from 10 April to 10 May: open at 30 April now: +1
# - p4's end recorded as 5 April: no longer open at 30 April: -1
# - p2 deleted (recorded in error): -1
# - p7 (child 7) starts in May: no change to April.
# - p11, child 8's earlier plan (2013), entered late: p10 is now a second plan.
# Plans started in April: p10, then p10 and p5. Second or subsequent, of the plans started in the
# 12 months to April: 0 of 5 (p1-p4, p10), then 1 of 6 (p1, p3-p6, p10: p10 now counted).
# Open at 30 April: p1, p3, p5, p6: 4 children (3 -> 4 per 10,000 at a population of 10,000).
JUNE = [plan("p1", "1", "2014-01-10"), plan("p3", "3", "2014-02-01", "2014-05-10"),
        plan("p4", "4", "2014-03-15", "2014-04-05"), plan("p5", "5", "2014-04-20"),
        plan("p6", "6", "2014-03-20"), plan("p7", "7", "2014-05-15"),
        plan("p10", "8", "2014-04-15", "2014-04-25"), plan("p11", "8", "2013-01-01", "2013-06-01")]
PEOPLE = people(*"12345678")


def extracts(tmp_path: Path) -> tuple[Path, Path]:
    may = write_extract(tmp_path / "may", {"ssd_person": PEOPLE, "ssd_cp_plans": MAY},
                        extracted_at="2014-05-03")
    june = write_extract(tmp_path / "june", {"ssd_person": PEOPLE, "ssd_cp_plans": JUNE},
                         extracted_at="2014-06-02")
    return may, june


@pytest.fixture
def db(tmp_path) -> Path:
    may, june = extracts(tmp_path)
    path = tmp_path / "s.duckdb"
    for source in (may, june):
        assert runner.invoke(cli, ["load", str(source), "--db", str(path)]).exit_code == 0
    return path


def test_the_same_content_loads_once(tmp_path):
    may, _ = extracts(tmp_path)
    store = Store()
    [first] = app.load(may, store)
    [again] = app.load(may, store)
    assert first.snapshot == (1, True) and again.snapshot == (1, False)
    assert [s["snapshot_id"] for s in store.snapshots()] == [1]
    assert store.verify(1)


def test_the_load_command_says_nothing_was_written(db, tmp_path):
    result = runner.invoke(cli, ["load", str(tmp_path / "june"), "--db", str(db)])
    assert result.exit_code == 0
    assert "already loaded as snapshot 2; nothing written" in " ".join(result.output.split())


def test_as_at_picks_the_latest_extract_on_or_before_the_date(db):
    store = Store(db, read_only=True)
    try:
        assert [c["snapshot_id"] for c in store.councils()] == [2]  # the latest by default
        for day, expected in (("2014-05-03", 1), ("2014-06-01", 1), ("2014-06-02", 2)):
            assert [s["snapshot_id"] for s in store.select(dt.date.fromisoformat(day))] == [expected]
        with pytest.raises(StoreError, match="no extract taken on or before 2014-05-02"):
            store.select(dt.date(2014, 5, 2))
    finally:
        store.close()


def april_cp_count(db: Path, *as_at: str) -> int:
    result = runner.invoke(cli, ["indicators", str(db), "--month", "2014-04", "--format", "json",
                                 *(["--as-at", as_at[0]] if as_at else [])])
    assert result.exit_code == 0, result.output
    council = json.loads(result.stdout)
    [r] = [r for r in council["indicators"] if r["id"] == "cp_count"]
    return r["series"][-1]["numerator"]


def test_indicators_as_at(db):
    assert april_cp_count(db, "2014-05-31") == 3
    assert april_cp_count(db) == april_cp_count(db, "2014-06-02") == 4


def test_history_lists_and_verifies_the_snapshots(db):
    result = runner.invoke(cli, ["history", str(db), "--verify"])
    assert result.exit_code == 0, result.output
    assert result.output.count("yes") == 2
    assert "2 *" in result.output and "1 *" not in result.output  # the latest marked


def test_revisions_explain_every_record_that_moved(db):
    store = Store(db, read_only=True)
    try:
        found = {r.indicator.id: r for r in revisions(store, APRIL, load_policy())}
        assert [c["snapshot_id"] for c in store.councils()] == [2]  # selection restored
    finally:
        store.close()
    rate = found["cp_per_10k"]
    assert (rate.old.numerator, rate.new.numerator) == (3, 4)
    assert (rate.old.value, rate.new.value) == (pytest.approx(3.0), pytest.approx(4.0))
    assert rate.noun == "child"
    assert sorted((r["key"], r["reason"]) for r in rate.records) == [
        ("2", "with a record deleted"), ("3", "with dates corrected into the month (cp plan end date)"),
        ("4", "with dates corrected out of the month (cp plan end date)"),
        ("5", "recorded late (back-dated)"), ("6", "recorded late (back-dated)")]
    assert rate.reasons == {"with dates corrected into the month (cp plan end date)": 1,
                            "with dates corrected out of the month (cp plan end date)": 1,
                            "with a record deleted": 1, "recorded late (back-dated)": 2}

    assert rate.sentence("internal").startswith(
        "April 2014 Child protection plans per 10,000 children revised from 3.00 to 4.00")
    assert "2 children recorded late (back-dated)" in rate.sentence("internal")
    assert rate.sentence("open").startswith(  # 3 and 4 children: suppressed, as in an open pack
        "April 2014 Child protection plans per 10,000 children revised from c to c")
    assert "fewer than 6 children recorded late" in rate.sentence("open")
    starts = found["cp_starts"]  # plans, by the plan's key: p5 started in April
    assert (starts.old.value, starts.new.value, starts.noun) == (1, 2, "child protection plan")
    assert starts.records == [{"key": "p5", "reason": "recorded late (back-dated)"}]
    second = found["cp_second_or_subsequent"]
    assert (second.old.numerator, second.old.denominator) == (0, 5)
    assert (second.new.numerator, second.new.denominator) == (1, 6)
    assert sorted((r["key"], r["reason"]) for r in second.records) == [
        ("p10", "now counted in the numerator"), ("p2", "deleted"),
        ("p5", "recorded late (back-dated)"), ("p6", "recorded late (back-dated)")]


def test_the_revisions_command_keeps_records_internal(db):
    open_ = runner.invoke(cli, ["revisions", str(db), "--month", "2014-04", "--format", "json"])
    assert open_.exit_code == 0, open_.output
    doc = json.loads(open_.stdout)
    assert all("records" not in r for r in doc["revisions"])
    [rate] = [r for r in doc["revisions"] if r["indicator"] == "cp_per_10k"]
    assert rate["reasons"]["recorded late (back-dated)"] == "fewer than 6"
    assert (rate["old"], rate["new"]) == ("c", "c")
    internal = runner.invoke(cli, ["revisions", str(db), "--month", "2014-04", "--classification",
                                   "internal"])
    assert internal.exit_code == 0, internal.output
    assert "INTERNAL" in internal.output and "records that moved" in internal.output


def test_report_notes_last_months_moved_figures(db):
    store = Store(db, read_only=True)
    try:  # reporting May from the June extract: April as reported from the May extract moved
        notes = report_notes(store, "884", dt.date(2014, 5, 1), load_policy(), "internal")
        open_notes = report_notes(store, "884", dt.date(2014, 5, 1), load_policy())
    finally:
        store.close()
    assert any(n.startswith("Revised since last month's report: April 2014 Child protection "
                            "plans per 10,000 children revised from 3.00 to 4.00") for n in notes)
    assert not any("3.00" in n for n in open_notes) and len(open_notes) == len(notes)


def test_the_report_pack_carries_the_revisions_note(db, tmp_path):
    result = runner.invoke(cli, ["report", str(db), "--month", "2014-05", "--out",
                                 str(tmp_path / "pack"), "--classification", "internal"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "pack" / "performance-report.html").read_text(encoding="utf-8")
    assert ("Revised since last month&#39;s report: April 2014 Child protection plans per 10,000 "
            "children revised from 3.00 to 4.00") in html
