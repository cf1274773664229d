"""Shared helpers for the benchmark scripts: timing, peak memory, machine description."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Every script measures the checkout it is in, whichever copy of the package is installed: its
# src/ comes first, in the script's process and in every process it starts (to compare two
# versions, run each one's scripts from its own checkout or worktree).
SRC = str(ROOT / "src")
sys.path.insert(0, SRC)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))


def machine() -> str:
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = platform.processor() or platform.machine()
    return (f"{os.cpu_count()} cores ({cpu}), {mem_gb:.0f} GB RAM, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


PEAK = "\nimport resource as _r\nprint(_r.getrusage(_r.RUSAGE_SELF).ru_maxrss)\n"


def run_measured(code: str) -> tuple[dict, float]:
    """Run Python `code` in a fresh process; it prints one JSON line last. Returns that JSON and
    the process's own peak resident memory in GB (a JVM it starts is not included)."""
    proc = subprocess.run([PYTHON, "-c", code + PEAK], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-3000:])
    *_, result, peak_kb = proc.stdout.strip().splitlines()
    return json.loads(result), int(peak_kb) / 2**20


COMPUTE = """
import datetime as dt, json, time
from safeguarding import app
from safeguarding.store import Store
store = Store({db!r}, read_only=True)
las = {las!r}
times = []
for _ in range({repeat}):
    t = time.perf_counter()
    results = app.run_indicators(store, dt.date({year}, {month}, 1), la_codes=las, engine={engine!r})
    times.append(time.perf_counter() - t)
failed = [r.indicator.id for c in results for r in c.failed]
assert not failed, failed
print(json.dumps({{"times": times, "councils": len(results)}}))
"""


def compute_in_subprocess(db: Path, month: str, *, las: list[str] | None = None, repeat: int = 2,
                          engine: str = "duckdb") -> tuple[list[float], float]:
    """Compute every indicator for the councils in a store: each run's seconds and peak memory (GB).
    The first run is cold (includes engine start-up); later runs are warm."""
    year, mon = map(int, month.split("-"))
    result, peak = run_measured(COMPUTE.format(db=str(db), las=las, repeat=repeat, year=year,
                                               month=mon, engine=engine))
    return result["times"], peak


def timed(fn, *args, **kwargs):
    t = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - t


def best_of(n: int, fn) -> tuple[float, object]:
    """The fastest of `n` runs of `fn()` in seconds, and its last result."""
    times, result = [], None
    for _ in range(n):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result
