"""All of England: every council's full catalogue, 13 months, on DuckDB and on Spark local[2].

    .venv/bin/python benchmarks/england.py [--extracts DIR | --store FILE] [--month 2022-08] [--no-spark]
                                            [--load-only]

Generates 152 synthetic councils (3 years, real 0-17 populations; 2019-09 to 2022-08, the last
years before 2023 with the 152-council list) unless --extracts names existing ones, loads
them into a DuckDB store file, then times the indicator run for every council in one pass,
each in a fresh process so that peak memory is that run's own.
Targets: load at most 45 s, indicators under 60 s, and under 4 GB peak on DuckDB. The load's
peak is given for the loading process and for the largest of its checking processes.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, compute_in_subprocess, machine, run_measured

LOAD = """
import json, os, resource, time
from safeguarding import app
from safeguarding.store import Store
if __name__ == "__main__":  # (the checking processes are spawned: they import this too)
    t = time.perf_counter()
    loaded = app.load({extracts!r}, Store({db!r}))
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    print(json.dumps({{"seconds": time.perf_counter() - t, "councils": len(loaded),
                      "cpu_seconds": sum(u.ru_utime + u.ru_stime for u in used),
                      "rows": sum(c.rows for c in loaded), "load_average": os.getloadavg()[0],
                      "workers_peak_gb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20}}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extracts", type=Path, help="a folder of council extract folders")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "safeguarding-bench")
    ap.add_argument("--month", default="2022-08")
    ap.add_argument("--store", type=Path, help="an existing store: skip generating and loading")
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--load-only", action="store_true", help="stop after loading")
    args = ap.parse_args()
    print(f"Machine: {machine()}")
    db = args.store
    if db is None:
        args.work.mkdir(parents=True, exist_ok=True)
        extracts = args.extracts or args.work / "england"
        if not args.extracts:
            subprocess.run([PYTHON, "-m", "safeguarding.cli", "synth-region", str(extracts), "--england",
                            "--start", "2019-09", "--end", "2022-08", "--seed", "1"], check=True, cwd=ROOT)
        db = args.work / "england.duckdb"
        db.unlink(missing_ok=True)
        load, load_peak = run_measured(LOAD.format(extracts=str(extracts), db=str(db)))
        print(f"Load: {load['councils']} councils, {load['rows']:,} rows in {load['seconds']:.0f} s "
              f"({load['cpu_seconds']:.0f} CPU seconds in all processes; peak {load_peak:.1f} GB "
              f"loading, {load['workers_peak_gb']:.1f} GB per checking process; load average "
              f"{load['load_average']:.1f} at the end); "
              f"store file {db.stat().st_size / 2**30:.2f} GB")
        if args.load_only:
            return
    times, peak = compute_in_subprocess(db, args.month, repeat=2)
    print(f"DuckDB: cold {times[0]:.1f} s, warm {times[1]:.1f} s, peak memory {peak:.1f} GB")
    if not args.no_spark:
        times, _ = compute_in_subprocess(db, args.month, repeat=2, engine="spark")
        print(f"Spark local[*]: first run {times[0]:.1f} s (with start-up and copy), second {times[1]:.1f} s")


if __name__ == "__main__":
    main()
