"""One county: a full set of breakdowns (every indicator by sex, age band, ethnicity,
disability, team and worker) and the equality page's groups, on top of the catalogue's own run.

    .venv/bin/python benchmarks/breakdowns.py [--population 36000] [--start 2009-09] [--end 2014-08]

The synthetic county has no ssd_disability table, so the disability breakdown is "not
available" there (it costs nothing); the others are computed for every indicator whose cases
are children (all but the two caseload indicators).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from common import machine

from safeguarding import app
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

BY = ("sex", "age", "ethnicity", "disability", "team", "worker")


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--population", type=int, default=36000)
    ap.add_argument("--start", default="2009-09")
    ap.add_argument("--end", default="2014-08")
    args = ap.parse_args()
    print(machine())
    month = dt.date(2014, 8, 1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "extract"
        write_synthetic_extract(folder, la_code="884", la_name="Herefordshire",
                                population=args.population, start=args.start, end=args.end, seed=1)
        store = Store()
        app.load(folder, store)
        base, _ = timed(lambda: app.run_indicators(store, month))
        warm, _ = timed(lambda: app.run_indicators(store, month))
        print(f"catalogue alone: first {base:.2f} s, warm {warm:.2f} s")
        total_first = total_warm = 0.0
        for by in BY:
            first, [c] = timed(lambda: app.run_indicators(store, month, by=by))
            again, _ = timed(lambda: app.run_indicators(store, month, by=by))
            done = sum(1 for r in c.results if r.breakdown and r.breakdown.available)
            print(f"--by {by}: first {first:.2f} s, warm {again:.2f} s ({done} indicators broken down)")
            total_first += first - warm
            total_warm += again - warm
        print(f"a full set of breakdowns beyond the catalogue's run: first {total_first:.2f} s, "
              f"warm {total_warm:.2f} s")
        first, _ = timed(lambda: app.run_indicators(store, month, equality=True))
        again, _ = timed(lambda: app.run_indicators(store, month, equality=True))
        print(f"with the equality page's groups: first {first:.2f} s, warm {again:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
