"""Crash safety: a load killed at any moment leaves the store as it was (the previous snapshot
reads and its content hash verifies); a second process on a store in use is refused clearly.

Real `python -m safeguarding load` processes are killed with SIGKILL: at named points (a
wrapper pauses the product's own functions there; the product has no hook) and after timed
delays."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from extracts import write_extract
from test_snapshots import MAY, PEOPLE

from safeguarding import app
from safeguarding.store import Store

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

# Runs the CLI with one Store method wrapped to say "PAUSED" and wait to be killed: after it
# (`after`) or before it (`before`).
WRAPPER = """
import sys, time
from safeguarding import store
method, when = sys.argv[1], sys.argv[2]
original = getattr(store.Store, method)
def paused(self, *args, **kwargs):
    if when == "after":
        result = original(self, *args, **kwargs)
    print("PAUSED", flush=True)
    time.sleep(120)
    return result if when == "after" else original(self, *args, **kwargs)
setattr(store.Store, method, paused)
from safeguarding.cli import app
sys.argv = ["safeguarding", *sys.argv[3:]]
app()
"""


@pytest.fixture
def db(tmp_path) -> Path:
    """A store holding one snapshot, and a bigger extract (a synthetic county) to load next."""
    path = tmp_path / "s.duckdb"
    store = Store(path)
    app.load(write_extract(tmp_path / "may", {"ssd_person": PEOPLE, "ssd_cp_plans": MAY},
                           extracted_at="2014-05-03"), store)
    store.close()
    from safeguarding.synth import write_synthetic_extract

    write_synthetic_extract(tmp_path / "county", la_code="884", la_name="Herefordshire",
                            population=12000, start="2012-09", end="2014-08", seed=1)
    return path


def paused_load(db: Path, method: str, when: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, method, when, "load",
                             str(db.parent / "county"), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            cwd=ROOT)
    line = proc.stdout.readline()
    assert line.strip() == "PAUSED", proc.stderr.read()
    return proc


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()


def held(db: Path) -> list[int]:
    """The snapshots the store holds, each checked against its content hash, the latest read."""
    store = Store(db, read_only=True)
    try:
        ids = [s["snapshot_id"] for s in store.snapshots()]
        assert all(store.verify(i) for i in ids)
        [council] = store.councils()
        assert council["snapshot_id"] == ids[-1]
        assert store.con.execute("SELECT count(*) FROM ssd_cp_plans").fetchone()[0] > 0
    finally:
        store.close()
    return ids


@pytest.mark.parametrize("method, when, expected", [
    ("content_hash", "before", [1]),  # the county's rows inserted, not yet hashed
    ("_add", "after", [1]),  # its snapshot recorded, not yet committed
    ("load", "after", [1, 2]),  # committed: the new snapshot is whole
])
def test_a_load_killed_at_a_named_point(db, method, when, expected):
    kill(paused_load(db, method, when))
    assert held(db) == expected


def test_a_load_killed_after_timed_delays(db, tmp_path):
    # Delays are fractions of how long this machine takes for the whole load (timed on a copy of
    # the store), so the kills land while the load runs however fast or slow the machine is.
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "safeguarding", "load", str(db.parent / "county"),
                    "--db", str(copy)], check=True, capture_output=True, env=ENV, cwd=ROOT)
    whole = time.monotonic() - started
    killed = 0
    for fraction in (0.2, 0.35, 0.5, 0.65, 0.8):
        proc = subprocess.Popen([sys.executable, "-m", "safeguarding", "load",
                                 str(db.parent / "county"), "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
                                cwd=ROOT)
        time.sleep(whole * fraction)
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait(timeout=30) == -signal.SIGKILL  # not finished yet when killed
        assert held(db) in ([1], [1, 2])
    assert killed >= 3


def test_a_second_process_on_a_store_in_use_is_refused(db, tmp_path):
    proc = paused_load(db, "_add", "after")  # holds the store open for writing
    try:
        for args in (["load", str(tmp_path / "county"), "--db", str(db)],
                     ["indicators", str(db), "--month", "2014-04"]):
            done = subprocess.run([sys.executable, "-m", "safeguarding", *args],
                                  capture_output=True, text=True, env=ENV, cwd=ROOT)
            assert done.returncode == 2
            assert "is in use by another safeguarding run" in done.stderr, done.stderr
    finally:
        kill(proc)
    assert held(db) == [1]


def test_a_run_killed_leaves_the_store_and_the_pack_whole(db, tmp_path):
    (tmp_path / "council.toml").write_text(
        'source = "county"\nstore = "s.duckdb"\nout = "packs"\nmonth = "2014-08"\n')
    from safeguarding.report.pack import FILES

    for delay in (1.5, 4.0, 8.0):
        proc = subprocess.Popen([sys.executable, "-m", "safeguarding", "run", "--config",
                                 str(tmp_path / "council.toml")], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert held(db) in ([1], [1, 2])
        pack = tmp_path / "packs" / "2014-08"
        if pack.exists():  # the four files, all of them, or no pack at all
            assert {p.name for p in pack.iterdir()} >= set(FILES)
