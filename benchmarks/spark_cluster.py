"""Spark past one process: the full catalogue for a few councils on a Spark master (by default a
`local-cluster`: a master, and workers whose executors are separate JVMs, as on a real cluster),
checked equal to DuckDB's, with the time per council.

    .venv/bin/python benchmarks/spark_cluster.py --extracts DIR [--councils 4]
        [--master 'local-cluster[2,1,2048]'] [--month 2022-08]

DIR is a folder of council extract folders (e.g. the one benchmarks/england.py generates); the
first N by council code are loaded into a fresh store. Each run is `safeguarding indicators
--format json` in a fresh process, as a user runs it (so Spark's start-up and its copy of the
tables are included); the two JSON outputs must be equal but for the engine named.
`--master spark://host:7077` runs on a real cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from common import PYTHON, ROOT, machine, run_measured
from scaling import LOAD


def indicators(db: Path, month: str, *engine: str) -> tuple[dict, float]:
    """The CLI's JSON for every council in the store, and its wall-clock seconds."""
    t = time.perf_counter()
    proc = subprocess.run([PYTHON, "-m", "safeguarding.cli", "indicators", str(db), "--month",
                           month, "--format", "json", *engine], capture_output=True, text=True,
                          cwd=ROOT)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout), time.perf_counter() - t


def without_engine(report):
    """The output with the engine's name taken out (the one thing that must differ)."""
    if isinstance(report, dict):
        return {k: without_engine(v) for k, v in report.items() if k != "engine"}
    if isinstance(report, list):
        return [without_engine(v) for v in report]
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extracts", type=Path, required=True)
    ap.add_argument("--councils", type=int, default=4)
    ap.add_argument("--master", default="local-cluster[2,1,2048]")
    ap.add_argument("--month", default="2022-08")
    args = ap.parse_args()
    print(f"Machine: {machine()}")
    chosen = sorted(p.parent for p in args.extracts.glob("*/extract.toml"))[:args.councils]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "extracts"
        folder.mkdir()
        for council in chosen:
            shutil.copytree(council, folder / council.name)
        db = Path(tmp) / "store.duckdb"
        loaded, _ = run_measured(LOAD.format(folder=str(folder), db=str(db)))
        duck, duck_s = indicators(db, args.month)
        spark, spark_s = indicators(db, args.month, "--engine", "spark", "--spark-master", args.master)
    same = without_engine(duck) == without_engine(spark)
    n = len(chosen)
    print(f"{n} councils, {loaded['rows']:,} rows, month {args.month}; load average "
          f"{os.getloadavg()[0]:.1f} at the end")
    print("| engine | seconds (cold process, end to end) | seconds per council |")
    print("|---|---:|---:|")
    print(f"| DuckDB | {duck_s:.1f} | {duck_s / n:.1f} |")
    print(f"| Spark `{args.master}` | {spark_s:.1f} | {spark_s / n:.1f} |")
    print(f"Same figures on both engines: {'yes' if same else 'NO'}")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
