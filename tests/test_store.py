"""The store file: its schema version, reading without writing, and the engines' copies of it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import ibis
import pytest
from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding import app, engine
from safeguarding.cli import cli
from safeguarding.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def loaded(tmp_path: Path, path: Path | None = None) -> Store:
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1", "2"), "ssd_cp_plans": [
        {"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2014-01-10",
         "cppl_cp_plan_end_date": ""}]})
    store = Store(path)
    app.load(folder, store)
    return store


def test_the_schema_version_is_pinned_to_the_layout():
    store = Store()
    layout = store.con.execute(
        "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_catalog = current_database() "  # the file's tables, not the session's views
        "ORDER BY table_schema, table_name, ordinal_position").fetchall()
    digest = hashlib.sha256(repr(layout).encode()).hexdigest()[:16]
    assert (SCHEMA_VERSION, digest) == (7, "8b9e2b083bc25a81"), (
        "the store's tables changed: bump store.SCHEMA_VERSION (old stores are then refused "
        f"with the fix) and pin the new layout here: {digest}")
    assert store.con.execute("SELECT schema_version FROM meta").fetchall() == [(SCHEMA_VERSION,)]


def test_reading_a_store_does_not_change_it(tmp_path):
    db = tmp_path / "s.duckdb"
    loaded(tmp_path, db).close()
    before = hashlib.sha256(db.read_bytes()).digest()
    for args in (["--format", "json"], ["--format", "csv"], []):
        result = runner.invoke(cli, ["indicators", str(db), "--month", "2014-08", *args])
        assert result.exit_code == 0, result.output
    assert hashlib.sha256(db.read_bytes()).digest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.duckdb", "x"]  # no .wal either


class FakeSpark:
    """Stands in for Ibis's PySpark backend: records the Parquet files it is asked to read."""
    name = "pyspark"

    def __init__(self):
        self.read = {}

    def read_parquet(self, path, table_name):
        assert Path(path).is_file()
        self.read[table_name] = Path(path)


@pytest.fixture
def fake_spark(monkeypatch):
    monkeypatch.setattr(engine, "spark_session", lambda master=None: None)
    monkeypatch.setattr(ibis, "pyspark", types.SimpleNamespace(connect=lambda session: FakeSpark()),
                        raising=False)


def test_spark_copies_are_private_and_removed_on_close(tmp_path, fake_spark):
    store = loaded(tmp_path)
    backend = store.backend("spark")
    folders = {p.parent for p in backend.read.values()}
    assert set(backend.read) == set(store.table_names()) and len(folders) == 1
    [folder] = folders
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # children's records: this user's alone
    assert store.backend("spark") is backend  # reused until the next load
    app.load(tmp_path / "x", store)  # a load drops the copies of the old tables ...
    assert not folder.exists()
    again = store.backend("spark")
    [folder] = {p.parent for p in again.read.values()}
    store.close()  # ... and so does closing the store
    assert not folder.exists()


def test_spark_copies_are_removed_at_exit(tmp_path):
    # The process ends without closing the store: the copies still go.
    script = ("import sys; from pathlib import Path; sys.path.insert(0, 'tests')\n"
              "from extracts import people, write_extract\n"
              "from safeguarding import app, engine; from safeguarding.store import Store\n"
              f"store = Store(); app.load(write_extract(Path({str(tmp_path / 'x')!r}), "
              "{'ssd_person': people('1')}), store)\n"
              "copies = engine.copy_tables(store); print(copies.name)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                          cwd=ROOT, check=True)
    folder = Path(done.stdout.strip())
    assert folder.name.startswith("safeguarding-spark-") and not folder.exists()


@pytest.mark.spark
def test_spark_leaves_no_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    store = loaded(tmp_path)
    [council] = app.run_indicators(store, app.parse_month("2014-08"), ids=["cp_count"],
                                   engine="spark")
    assert council.results[0].series[-1].numerator == 1
    assert [p.name[:19] for p in (tmp_path / "tmp").iterdir()] == ["safeguarding-spark-"]
    store.close()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_batch_reads_only_its_own_councils_and_the_views_come_back(tmp_path):
    root = tmp_path / "two"
    for la, ids in (("884", ("1", "2")), ("201", ("3",))):
        write_extract(root / la, {"ssd_person": people(*ids)}, la_code=la)
    store = Store()
    app.load(root, store)
    councils = lambda: sorted(r[0] for r in store.con.execute(  # noqa: E731
        "SELECT la_code FROM ssd_person").fetchall())
    assert councils() == ["201", "884", "884"]
    with store.reading_only(["884"]):
        assert councils() == ["884", "884"]
    with pytest.raises(RuntimeError), store.reading_only(["201"]):
        assert councils() == ["201"]
        raise RuntimeError("a failing query")
    assert councils() == ["201", "884", "884"]  # restored, also after the failure


def test_a_store_waits_for_results_being_kept_and_keeping_raises_its_error(tmp_path, monkeypatch):
    import threading
    import time

    import pyarrow as pa

    from safeguarding import store as store_module

    events = []
    go = threading.Event()

    def slow_keep(con, fingerprint, rows, copies, before):
        go.wait(5)
        time.sleep(0.2)
        events.append("kept")
        con.close()

    store = Store(tmp_path / "s.duckdb")
    monkeypatch.setattr(store_module, "_keep", slow_keep)
    kept = store.keep_results("fp", pa.table({"x": [1]}), pa.table({"x": [1]}), dt.date(2014, 8, 1))
    go.set()
    store.close()  # waits for the keeping
    events.append("closed")
    assert events == ["kept", "closed"] and kept.done()

    def failing_keep(con, fingerprint, rows, copies, before):
        con.close()
        raise RuntimeError("disk full")

    store = Store(tmp_path / "s.duckdb")
    monkeypatch.setattr(store_module, "_keep", failing_keep)
    with pytest.raises(RuntimeError, match="disk full"):
        store.keep_results("fp", pa.table({"x": [1]}), pa.table({"x": [1]}), dt.date(2014, 8, 1)).result()
    store.close()
