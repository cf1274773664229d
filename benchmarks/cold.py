"""One county end to end, each run a new process, as a new user runs it.

    .venv/bin/python benchmarks/cold.py [--population 36000] [--start 2009-03] [--end 2014-08]

Writes a synthetic council's SSD extract (CSV files), then times, best of --repeat, in fresh
processes on the same machine in the same run:

- the product: `safeguarding indicators FOLDER --month END --format json` (reads and checks
  the extract, computes every indicator with its SPC history, the DfE comparisons and the
  judgement; 13 months shown), with the compiled SQL the package ships and an empty user cache,
  and Python's compiled bytecode kept between runs (as an installed package has it);
- the plain pandas reading of the same definitions (`benchmarks/pandas_baseline.py`, reading
  the same CSV files): for the 13 months shown, and for the months of the SPC history that the
  product computes for every indicator (it also computes the 11 lead months before them for
  the four monthly counts that disclosure control reads there);
- the least the product's cold run costs before it reads a row: a fresh Python that imports
  DuckDB and pyarrow and has DuckDB read one Arrow table (DuckDB then imports pandas), against
  what issue #11's 15x target leaves.

Checks that the 13 months' numerators, denominators and values are the same on both sides.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, best_of, machine

from safeguarding import app
from safeguarding.indicators.compute import LEAD
from safeguarding.synth import write_synthetic_extract


def best(n: int, args: list[str], env: dict) -> tuple[float, str]:
    """The fastest of `n` runs of the command, each a fresh process, and its output."""
    def run() -> str:
        proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env)
        if proc.returncode:
            raise RuntimeError(proc.stderr[-3000:])
        return proc.stdout
    return best_of(n, run)


# What a cold run of the product does before it reads a row.
STARTING = ("import duckdb, pyarrow as pa; rows = pa.Table.from_arrays([pa.nulls(1, pa.int64())], "
            "names=['a']); duckdb.connect().execute('SELECT * FROM rows').fetchall()")


def same(product: dict, baseline: dict) -> list[str]:
    """The indicators whose 13 months differ between the two outputs."""
    def close(a, b):
        return a == b or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9))
    differ = []
    for r in product["indicators"]:
        mine, theirs = r.get("series") or [], baseline.get(r["id"]) or []
        if r["id"] not in baseline:
            continue  # an indicator the baseline does not implement (the allocation ones)
        if len(mine) != len(theirs) or not all(
                (p["numerator"], p["denominator"]) == (q["numerator"], q["denominator"])
                and close(p["value"], q["value"]) for p, q in zip(mine, theirs)):
            differ.append(r["id"])
    return differ


def months_computed(folder: Path, end: str) -> int:
    """The months `indicators` computes every indicator for: the council's SPC history
    (app.run_indicators; the lead months before it only for `compute.LEAD`)."""
    month = app.parse_month(end)
    store = app.open_store(folder)
    try:
        [(la, monthly)] = store.monthly_referrals().items()
    finally:
        store.close()
    return app.history_months(app.coverage_start(monthly, month), month)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--population", type=int, default=36_000)
    ap.add_argument("--start", default="2009-03")
    ap.add_argument("--end", default="2014-08")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "county"
        counts = write_synthetic_extract(folder, la_code="884", la_name="Synthetic",
                                         population=args.population, start=args.start,
                                         end=args.end, seed=1)
        # Compiled bytecode kept, as an installed package has it (pip compiles it): a session
        # with PYTHONDONTWRITEBYTECODE set would otherwise compile the package's sources on
        # every run (about 0.25 s). Kept in the temporary folder; the best of --repeat runs
        # reads it.
        env = {**os.environ, "SAFEGUARDING_CACHE_DIR": str(Path(tmp) / "cache"),
               "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        product = [PYTHON, "-m", "safeguarding", "indicators", str(folder), "--month", args.end,
                   "--format", "json"]
        product_s, out = best(args.repeat, product, env)
        result = json.loads(out)
        history = months_computed(folder, args.end)
        baseline = [PYTHON, str(ROOT / "benchmarks" / "pandas_baseline.py"), str(folder),
                    "--month", args.end]
        pandas_13, out13 = best(args.repeat, [*baseline, "--months", "13"], env)
        pandas_all, _ = best(args.repeat, [*baseline, "--months", str(history)], env)
        starting, _ = best(args.repeat, [PYTHON, "-c", STARTING], env)
    differ = same(result, json.loads(out13))
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    print(f"Council: population {args.population:,}, {args.start} to {args.end}, "
          f"{sum(counts.values()):,} rows; the product computes {history} months (and 11 more "
          f"for {len(LEAD)} counts)")
    print(f"product, cold process, end to end:          {product_s:6.2f} s")
    print(f"pandas, 13 months:                          {pandas_13:6.2f} s  "
          f"-> product {pandas_13 / product_s:.1f}x faster")
    print(f"pandas, {history} months (as every indicator): {pandas_all:6.2f} s  "
          f"-> product {pandas_all / product_s:.1f}x faster")
    print(f"starting (Python, DuckDB, pyarrow, pandas): {starting:6.2f} s  -> 15x the pandas "
          f"reading of {history} months leaves {pandas_all / 15:.2f} s for the whole run")
    print("13 months equal on every indicator both compute" if not differ
          else f"RESULTS DIFFER: {', '.join(differ)}")


if __name__ == "__main__":
    main()
