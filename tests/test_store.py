"""The store file: its schema version, and reading it without writing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding import app
from safeguarding.cli import cli
from safeguarding.store import SCHEMA_VERSION, Store

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
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position").fetchall()
    digest = hashlib.sha256(repr(layout).encode()).hexdigest()[:16]
    assert (SCHEMA_VERSION, digest) == (1, "269783c7d3da95f5"), (
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
