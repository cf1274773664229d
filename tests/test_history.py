"""History as reported (`reuse_history`): the months before the reporting month taken from the
results kept for the council's previous snapshot. Two extracts of one council a month apart
(tests/test_snapshots.py, worked by hand there): children on a CP plan at 30 April 2014 are 3 in
the May extract and 4 in the June one (back-dated and corrected plans)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from extracts import write_extract
from test_snapshots import JUNE, PEOPLE, extracts

from safeguarding import app, history
from safeguarding.indicators.compute import LEAD, built_in
from safeguarding.policy import load_policy
from safeguarding.report import pack
from safeguarding.scheduled import DONE, ConfigError, read_config, run
from safeguarding.store import Store

APRIL, MAY = dt.date(2014, 4, 1), dt.date(2014, 5, 1)


def cp(council: app.CouncilIndicators) -> dict[str, int]:
    """Children on a CP plan at each month end of the series shown, by month."""
    [r] = [r for r in council.results if r.indicator.id == "cp_count"]
    return {p.month: p.numerator for p in r.series}


def reuse_notes(council: app.CouncilIndicators) -> list[str]:
    return [w for w in council.warnings if w.startswith("history reused")]


@pytest.fixture
def store(tmp_path):
    """A store file with the May extract (snapshot 1), its April results kept with reuse on,
    then the June extract loaded (snapshot 2)."""
    may, june = extracts(tmp_path)
    store = Store(tmp_path / "s.duckdb")
    app.load(may, store)
    [april] = app.run_indicators(store, APRIL, reuse_history=True)
    assert cp(april)["2014-04"] == 3 and reuse_notes(april) == []  # nothing kept before: computed
    app.load(june, store)
    yield store
    store.close()


def frame_rows(frame: int = 24) -> int:
    """A council's catalogue rows over a frame of 13 months shown (no referrals: the shortest
    history) and the 11 lead months before them, which only the LEAD indicators cover."""
    return sum(frame if i.id in LEAD else frame - 11 for i in built_in())


def kept(store: Store) -> dict[int, int]:
    return dict(store.con.execute("SELECT snapshot_id, count(*) FROM snap.catalogue_results "
                                  "GROUP BY ALL").fetchall())


def test_the_history_is_as_reported_and_the_new_month_as_computed(store):
    [full] = app.run_indicators(store, MAY)  # no reuse: every month from the June extract
    assert cp(full)["2014-04"] == 4 and reuse_notes(full) == []
    [reused] = app.run_indicators(store, MAY, reuse_history=True)
    assert cp(reused)["2014-04"] == 3  # as computed from the May extract
    assert cp(reused)["2014-05"] == cp(full)["2014-05"] == 4  # p1, p5, p6, p7 open at 31 May
    # Every other month and indicator: the history equals the May snapshot's own run.
    store.select(ids=[1])
    [before] = app.run_indicators(store, APRIL)
    store.select()
    old = {(r.indicator.id, p.month): p for r in before.results for p in r.history}
    for r in reused.results:
        for p in r.history[:-1]:
            assert old[(r.indicator.id, p.month)] == p, (r.indicator.id, p.month)
    [note] = reuse_notes(reused)
    assert note == (
        "history reused: the figures for June 2012 to April 2014 (computed from the extract of "
        "3 May 2014) are as reported before, not recomputed from this extract; set reuse_history "
        "= false to recompute them, and `safeguarding revisions` shows what this extract changed")


def test_the_rows_used_are_kept_under_the_new_snapshot_and_reused_next_month(store, tmp_path):
    app.run_indicators(store, MAY, reuse_history=True)
    assert kept(store) == {1: frame_rows(), 2: frame_rows()}
    for indicator, first in [("cp_count", dt.date(2013, 5, 1)), ("cp_starts", dt.date(2012, 6, 1))]:
        rows = store.con.execute("SELECT month, computed_from FROM snap.catalogue_results WHERE "
                                 "snapshot_id = 2 AND indicator = ? ORDER BY month", [indicator]).fetchall()
        assert rows[-1] == (MAY, 2) and rows[-2] == (APRIL, 1)
        assert {s for _, s in rows[:-1]} == {1} and rows[0][0] == first


def test_the_store_read_only_reuses_but_keeps_nothing(store):
    path = store.path
    store.close()
    ro = Store(path, read_only=True)
    try:
        [reused] = app.run_indicators(ro, MAY, reuse_history=True)
        assert cp(reused)["2014-04"] == 3 and len(reuse_notes(reused)) == 1
        assert kept(ro) == {1: frame_rows()}
    finally:
        ro.close()


def test_another_policy_reuses_nothing(store):
    other = dataclasses.replace(load_policy(), caseload_max=load_policy().caseload_max + 1)
    [council] = app.run_indicators(store, MAY, policy=other, reuse_history=True)
    assert cp(council)["2014-04"] == 4 and reuse_notes(council) == []


def test_another_fingerprint_reuses_nothing(store, monkeypatch):
    monkeypatch.setattr(history, "fingerprint", lambda ctx: "another-version")
    [council] = app.run_indicators(store, MAY, reuse_history=True)
    assert cp(council)["2014-04"] == 4 and reuse_notes(council) == []


def test_chosen_indicators_compute_as_without_reuse(store):
    [council] = app.run_indicators(store, MAY, ids=["cp_count"], reuse_history=True)
    assert cp(council)["2014-04"] == 4 and reuse_notes(council) == []


def test_a_council_with_nothing_kept_computes_everything(tmp_path):
    may, _ = extracts(tmp_path)
    store = Store(tmp_path / "s.duckdb")
    try:
        app.load(may, store)
        [a] = app.run_indicators(store, APRIL, reuse_history=True)
        [b] = app.run_indicators(store, APRIL)
        assert reuse_notes(a) == [] and a.results == b.results
    finally:
        store.close()


@pytest.mark.parametrize("missing", [
    "month = '2013-08-01'",  # from every series
    "month = '2013-08-01' AND indicator = 'cp_count'",  # from one series only
    "month = '2012-09-01' AND indicator = 'cp_starts'",  # a lead month of a LEAD series
])
def test_a_missing_month_in_the_kept_rows_means_no_reuse(store, missing):
    store.con.execute(f"DELETE FROM snap.catalogue_results WHERE {missing}")
    [council] = app.run_indicators(store, MAY, reuse_history=True)
    assert cp(council)["2014-04"] == 4 and reuse_notes(council) == []


def test_the_monthly_cycle_reuses_with_its_config_key(tmp_path, monkeypatch):
    may, june = extracts(tmp_path)
    config = tmp_path / "council.toml"
    written: list[app.CouncilIndicators] = []

    def write_pack(council, folder: Path, **settings) -> list[Path]:  # the pack is not the point
        written.append(council)
        folder.mkdir(parents=True, exist_ok=True)
        return []

    monkeypatch.setattr(pack, "write_pack", write_pack)

    def cycle(source: Path, month: str) -> app.CouncilIndicators:
        config.write_text(f'source = "{source.name}"\nstore = "s.duckdb"\nout = "out"\n'
                          f'month = "{month}"\nreuse_history = true\n')
        outcome = run(read_config(config))
        assert outcome.code == DONE, outcome.message
        return written[-1]

    assert reuse_notes(cycle(may, "2014-04")) == []
    council = cycle(june, "2014-05")
    assert cp(council)["2014-04"] == 3 and len(reuse_notes(council)) == 1


def test_the_config_key_is_true_or_false(tmp_path):
    config = tmp_path / "council.toml"
    config.write_text('source = "x"\nstore = "s.duckdb"\nout = "out"\nreuse_history = "yes"\n')
    with pytest.raises(ConfigError, match="reuse_history must be true or false"):
        read_config(config)


def test_months_after_the_last_kept_are_computed_and_a_partial_month_is_not_kept(store):
    june = dt.date(2014, 6, 1)  # the June extract (2 June) holds June in part
    [full] = app.run_indicators(store, june, allow_partial_month=True)
    [council] = app.run_indicators(store, june, allow_partial_month=True, reuse_history=True)
    assert cp(council)["2014-04"] == 3  # kept from the May extract's run
    assert cp(council)["2014-05"] == cp(full)["2014-05"] == 4  # not kept: computed
    assert cp(council)["2014-06"] == cp(full)["2014-06"]
    [note] = reuse_notes(council)
    assert "July 2012 to April 2014 (computed from the extract of 3 May 2014)" in note
    months = store.con.execute("SELECT max(month) FROM snap.catalogue_results "
                               "WHERE snapshot_id = 2").fetchone()
    assert months == (MAY,)  # June, partial, is no history to reuse


def test_a_snapshot_that_supplies_more_computes_in_full(tmp_path):
    """The May extract has no contacts, so `contacts` is "not available" in what was reported;
    a June extract that adds them must not bring back May's kept (zero) months as figures."""
    may, _ = extracts(tmp_path)
    june = write_extract(tmp_path / "june-contacts", {
        "ssd_person": PEOPLE, "ssd_cp_plans": JUNE,
        "ssd_contacts": [{"cont_contact_id": "c1", "cont_person_id": "1",
                          "cont_contact_date": "2014-03-04 10:00:00"}]}, extracted_at="2014-06-02")
    store = Store(tmp_path / "s.duckdb")
    app.load(may, store)
    [april] = app.run_indicators(store, APRIL, reuse_history=True)
    assert not next(r for r in april.results if r.indicator.id == "contacts").available
    app.load(june, store)
    [reused] = app.run_indicators(store, MAY, reuse_history=True)
    [full] = app.run_indicators(store, MAY)
    assert reuse_notes(reused) == [] and cp(reused)["2014-04"] == 4  # every month computed anew
    contacts = next(r for r in reused.results if r.indicator.id == "contacts")
    assert {p.month: p.numerator for p in contacts.series}["2014-03"] == 1
    assert [p for r in reused.results for p in r.history] == [p for r in full.results for p in r.history]
    store.close()


def test_a_schema_6_store_is_upgraded_when_opened_to_write_and_read_as_it_is(tmp_path):
    may, _ = extracts(tmp_path)
    path = tmp_path / "old.duckdb"
    store = Store(path)
    app.load(may, store)
    store.con.execute("DROP TABLE snap.catalogue_results")
    store.con.execute("UPDATE meta SET schema_version = 6")
    store.close()
    read = Store(path, read_only=True)  # read as it is: nothing kept, so nothing reused
    [april] = app.run_indicators(read, APRIL, reuse_history=True)
    assert cp(april)["2014-04"] == 3 and reuse_notes(april) == []
    read.close()
    upgraded = Store(path)
    assert upgraded.con.execute("SELECT schema_version FROM meta").fetchall() == [(7,)]
    app.run_indicators(upgraded, APRIL, reuse_history=True)
    assert kept(upgraded) == {1: frame_rows()}
    upgraded.close()
