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
from safeguarding.indicators.compute import series_expr
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
    built_in = {i.id for i in REGISTRY.values() if i.origin is None and not i.sql}
    assert built_in | set(compiled.QUERIES) == set(fresh)


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
    return {(r.la_code, r.indicator.id): [dataclasses.astuple(p) for p in r.series]
            for c in results for r in c.results}


def test_kept_sql_gives_the_numbers_a_fresh_ibis_run_gives(council, monkeypatch, tmp_path):
    month = dt.date(2014, 8, 1)
    kept = app.run_indicators(council, month)
    # Nothing held (no shipped files, an empty cache): every query is built and compiled now.
    monkeypatch.setattr(compiled, "SHIPPED", tmp_path / "none")
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    fresh = app.run_indicators(council, month)
    assert _series(kept) == _series(fresh)
    assert len(list((tmp_path / "cache").rglob("*.sql"))) == len(compile_sql.shipped_files())


def test_another_policy_is_compiled_once_and_kept(council, monkeypatch, tmp_path):
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    policy = dataclasses.replace(load_policy(), assessment_timescale_wd=10)
    [short] = app.run_indicators(council, dt.date(2014, 8, 1), policy=policy,
                                 ids=["assessments_in_timescale"])
    [usual] = app.run_indicators(council, dt.date(2014, 8, 1), ids=["assessments_in_timescale"])
    assert short.results[0].series[-1].numerator < usual.results[0].series[-1].numerator
    [kept] = (tmp_path / "cache").rglob("assessments_in_timescale-*.sql")
    assert "<= 10" in kept.read_text()
    # A new process (an empty memory) reads it back rather than compiling again: an edited
    # file shows it.
    monkeypatch.setattr(compiled, "_held", {})
    kept.write_text(kept.read_text().replace("<= 10", "<= 10000"))
    [again] = app.run_indicators(council, dt.date(2014, 8, 1), policy=policy,
                                 ids=["assessments_in_timescale"])
    last, edited = short.results[0].series[-1], again.results[0].series[-1]
    assert last.numerator < last.denominator == edited.denominator == edited.numerator


def test_sql_kept_for_other_code_or_another_shape_is_never_used(tmp_path, monkeypatch):
    """A query whose shape depends on the extract (Context.any_has) is kept with that answer;
    a council whose extract answers otherwise gets its own compile. A file written by other code
    (another fingerprint) is ignored."""
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    store = Store()
    present = {"884": {"ssd_cin_assessments": {"cina_assessment_auth_date"}}}
    ctx = Context(store, ["884"], dt.date(2014, 8, 1), load_policy(), present=present)
    ind = REGISTRY["assessments_in_timescale"]
    sql = compiled.sql_for(ctx, ind.id, lambda: series_expr(ctx, ind))
    shipped = (compiled.SHIPPED / f"{ind.id}.sql").read_text()
    assert '"ssd_cin_episodes"' in shipped and '"ssd_cin_episodes"' not in sql
    [kept] = (tmp_path / "cache").rglob("*.sql")
    assert json.loads(kept.read_text().partition("\n")[0].removeprefix(compiled.HEADER))[
        "conditions"] == {"ssd_cin_episodes": False}
    monkeypatch.setattr(compiled, "_held", {})
    monkeypatch.setattr(compiled, "fingerprint", lambda: "other code")
    assert compiled._read(kept, (ind.id, "other code", compiled.policy_key(ctx))) is None
    store.close()


def test_an_unwritable_cache_costs_time_only(council, monkeypatch, tmp_path):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("SAFEGUARDING_CACHE_DIR", str(tmp_path / "file" / "cache"))
    monkeypatch.setattr(compiled, "_held", {})
    policy = dataclasses.replace(load_policy(), caseload_max=12)
    [c] = app.run_indicators(council, dt.date(2014, 8, 1), policy=policy, ids=["caseload_over_policy"])
    assert c.results[0].error is None and c.results[0].series


def test_a_run_whose_sql_is_held_does_not_import_ibis(tmp_path):
    """The CLI on a small council: every query it runs is shipped, so Ibis is never loaded."""
    folder = write_extract(tmp_path / "x", {
        "ssd_person": [{"pers_person_id": "A", "pers_dob": "2005-01-01"}],
        "ssd_contacts": [{"cont_contact_id": "1", "cont_person_id": "A",
                          "cont_contact_date": "2014-08-01 10:00:00"}],
    })
    code = ("import sys\nfrom safeguarding.cli import app\n"
            f"sys.argv = ['safeguarding', 'indicators', {str(folder)!r}, '--month', '2014-08', "
            "'--format', 'json']\n"
            "try:\n    app()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "print(type(sys.modules['ibis']).__name__, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)
    assert proc.stderr.strip().splitlines()[-1] == "_Deferred"
