"""Case lists on one county: every percentage indicator's cases and the due-soon view.

    .venv/bin/python benchmarks/cases.py [--population 36000] [--start 2009-09] [--end 2014-08]

Generates the synthetic county of benchmarks/county.py (with its allocation tables), loads it,
then times `cases.run_cases` for the last month (first run in the process, then the best of
several), and checks that every list's length and counted cases equal the indicator's
denominator and numerator.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from common import machine

from safeguarding import app
from safeguarding.cases import run_cases
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--population", type=int, default=36_000)
    ap.add_argument("--start", default="2009-09")
    ap.add_argument("--end", default="2014-08")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    month = dt.datetime.strptime(args.end, "%Y-%m").date()
    with tempfile.TemporaryDirectory() as tmp:
        counts = write_synthetic_extract(Path(tmp) / "x", la_code="884", la_name="Synthetic",
                                         population=args.population, start=args.start,
                                         end=args.end, seed=1)
        store = Store()
        app.load(Path(tmp) / "x", store)
    print(f"Machine: {machine()}")
    print(f"Council: population {args.population:,}, {args.start} to {args.end}, "
          f"{sum(dict(counts).values()):,} rows")
    t = time.perf_counter()
    [council] = run_cases(store, month)
    first = time.perf_counter() - t
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        [council] = run_cases(store, month)
        times.append(time.perf_counter() - t)
    [figures] = app.run_indicators(store, month)
    points = {r.indicator.id: r.series[-1] for r in figures.results}
    agree = all((cl.denominator, cl.numerator) == (points[cl.indicator].denominator,
                                                  points[cl.indicator].numerator)
                for cl in council.lists)
    listed = sum(cl.denominator for cl in council.lists)
    print(f"Case lists: {len(council.lists)} indicators, {listed:,} cases, "
          f"{len(council.due_soon)} due soon")
    print(f"first run in the process: {first:.2f} s; best of {args.repeat} after it: {min(times):.2f} s")
    print(f"every list equals its figure: {agree}")
    store.close()


if __name__ == "__main__":
    main()
