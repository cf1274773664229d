"""The compiled SQL the package keeps (indicators.compiled): shipped files match a fresh compile,
kept SQL gives the numbers Ibis's own run gives, and a run that finds its SQL held never imports
Ibis."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from extracts import write_extract

from safeguarding import app
from safeguarding.indicators import REGISTRY, compiled
from safeguarding.indicators.compute import QUERIES, built_in, series_expr
from safeguarding.indicators.context import Context
from safeguarding.policy import load_policy
from safeguarding.store import Store

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("compile_sql", ROOT / "scripts" / "compile_sql.py")
compile_sql = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_sql)


def test_every_shipped_query_is_the_sql_its_code_compiles_to():
    """A changed indicator must ship its new SQL (run scripts/compile_sql.py), so that a review
    sees what the change does to the query."""
    fresh = compile_sql.shipped_files()
    shipped = {p.stem: p.read_text(encoding="utf-8") for p in compiled.SHIPPED.glob("*.sql")}
    assert sorted(shipped) == sorted(fresh)
    stale = [name for name in fresh if shipped[name] != fresh[name]]
    assert not stale, f"run scripts/compile_sql.py: stale compiled SQL for {', '.join(stale)}"
    assert {i.id for i in built_in()} | set(QUERIES) == set(fresh)


@pytest.fixture
def council(tmp_path):
    """A small synthetic council loaded into a store (every catalogue table supplied)."""
    from safeguarding.synth import write_synthetic_extract

    write_synthetic_extract(tmp_path / "x", la_code="884", la_name="Synthetic", population=3000,
                            start="2012-09", end="2014-08", seed=3)
    store = Store()
    app.load(tmp_path / "x", store)
    yield store
    store.close()


def _series(results):
    return {(r.la_code, r.indicator.id): [dataclasses.astuple(p) for p in r.history]
            for c in results for r in c.results}


def test_kept_sql_gives_the_numbers_a_fresh_ibis_run_gives(council, monkeypatch, tmp_path):
    """The whole catalogue in one query, from the shipped SQL, equals a fresh compile and each
    indicator's query on its own."""
    month = dt.date(2014, 8, 1)
    kept = app.run_indicators(council, month)
    one_by_one = app.run_indicators(council, month, ids=list(REGISTRY))
    # Nothing held (no shipped files, an empty cache): every query is built and compiled now.
    monkeypatch.setattr(compiled, "SHIPPED", tmp_path / "none")
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    fresh = app.run_indicators(council, month)
    assert _series(kept) == _series(fresh) == _series(one_by_one)
    assert all(r.series for c in kept for r in c.results)
    assert sorted(p.name.partition("-")[0] for p in (tmp_path / "cache").rglob("*.sql")) == [
        "catalogue", "catalogue_lead", "population_years"]


def test_a_failing_catalogue_query_is_the_failing_indicators_error_alone(council, monkeypatch):
    """Should the one query fail, each indicator runs on its own: only the failing one errs."""
    original = compiled.table

    def failing(ctx, name, build):
        if name in ("catalogue", "cp_count"):
            raise RuntimeError("no")
        return original(ctx, name, build)

    monkeypatch.setattr(compiled, "table", failing)
    [c] = app.run_indicators(council, dt.date(2014, 8, 1))
    assert [r.indicator.id for r in c.results if r.error] == ["cp_count"]
    assert all(r.series for r in c.results if r.indicator.id != "cp_count")


def test_another_policy_is_compiled_once_and_kept(council, monkeypatch, tmp_path):
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    policy = dataclasses.replace(load_policy(), assessment_timescale_wd=10)
    [short] = app.run_indicators(council, dt.date(2014, 8, 1), policy=policy,
                                 ids=["assessments_in_timescale"])
    [usual] = app.run_indicators(council, dt.date(2014, 8, 1), ids=["assessments_in_timescale"])
    assert short.results[0].series[-1].numerator < usual.results[0].series[-1].numerator
    [kept] = (tmp_path / "cache").rglob("assessments_in_timescale-*.sql")  # a new policy
    assert "<= 10" in kept.read_text()
    # A new process (an empty memory) reads it back rather than compiling again: an edited
    # file shows it.
    monkeypatch.setattr(compiled, "_held", {})
    kept.write_text(kept.read_text().replace("<= 10", "<= 10000"))
    [again] = app.run_indicators(council, dt.date(2014, 8, 1), policy=policy,
                                 ids=["assessments_in_timescale"])
    last, edited = short.results[0].series[-1], again.results[0].series[-1]
    assert last.numerator < last.denominator == edited.denominator == edited.numerator


def test_sql_kept_by_other_code_is_never_used(tmp_path, monkeypatch):
    """A file written by other code (another fingerprint) or for another policy is ignored."""
    store = Store()
    ctx = Context(store, ["884"], dt.date(2014, 8, 1), load_policy(), present={})
    key = ("cp_count", compiled.fingerprint(), compiled.policy_key(ctx))
    shipped = compiled.SHIPPED / "cp_count.sql"
    assert compiled._read(shipped, key)
    assert compiled._read(shipped, ("cp_count", "other code", key[2])) is None
    assert compiled._read(shipped, (*key[:2], "another policy")) is None
    assert compiled._read(shipped, ("cp_per_10k", *key[1:])) is None
    store.close()


def test_an_unwritable_cache_costs_time_only(council, monkeypatch, tmp_path):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "file" / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    policy = dataclasses.replace(load_policy(), caseload_max=12)
    [c] = app.run_indicators(council, dt.date(2014, 8, 1), policy=policy, ids=["caseload_over_policy"])
    assert c.results[0].error is None and c.results[0].series


def test_a_run_whose_sql_is_held_imports_only_what_it_uses(tmp_path):
    """The CLI on a small council with few tables: every query it runs is shipped (whatever
    tables and columns an extract supplies), so Ibis is never loaded; nor is sqlglot (SQL local
    indicators only) or the holidays package (the bank holidays ship with the package).

    pandas is not asserted: DuckDB imports it to bind a query parameter and whenever it scans an
    Arrow table (pyarrow.dataset imports it), and the run's engine views are Arrow tables."""
    folder = write_extract(tmp_path / "x", {
        "ssd_person": [{"pers_person_id": "A", "pers_dob": "2005-01-01"}],
        "ssd_contacts": [{"cont_contact_id": "1", "cont_person_id": "A",
                          "cont_contact_date": "2014-08-01 10:00:00"}],
    })
    code = ("import sys\nfrom safeguarding.cli import app\n"
            f"sys.argv = ['safeguarding', 'indicators', {str(folder)!r}, '--month', '2014-08', "
            "'--format', 'json']\n"
            "try:\n    app()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "print(type(sys.modules['ibis']).__name__, file=sys.stderr)\n"
            "print(sorted({m.partition('.')[0] for m in sys.modules} & {'sqlglot', 'holidays'}),"
            " sorted(m for m in sys.modules if m.startswith('ibis.')), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)
    assert proc.stderr.strip().splitlines()[-2:] == ["_Deferred", "[] []"]
