"""Next month with history reuse (issue #11): one new month for every council, the months before
it reused from the results kept for each council's previous snapshot, against a full recompute.

    .venv/bin/python benchmarks/next_month.py --next-extracts DIR
        [--store FILE | --extracts DIR | --schema-6 FILE] [--work DIR] [--month 2022-08]
        [--councils N] [--reuse-only]

1. A store with a first snapshot per council: `--store` (schema 7), or the extracts of
   `--extracts` loaded into a new one, or a copy of a schema-6 store of them (`--schema-6`:
   schema 7 only adds the table of kept results, so the copy gets that table and the number).
2. The month `--month` computed with reuse on: nothing is kept yet, so every month is computed,
   and the results are kept under the first snapshots.
3. The extracts of `--next-extracts` (the same councils, extracted a month later) loaded as a
   second snapshot per council (skipped when the store already holds later snapshots).
4. The next month computed for every council, without reuse (every month recomputed) and with
   it (twice: the second run is warm), each `app.run_indicators` in full (indicators, DfE
   comparisons, judgement), with the time of its parts; the new month's figures compared.

`--councils N` takes the first N councils only. Prints one JSON object last.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from common import machine

from safeguarding import app, history
from safeguarding.months import add_months
from safeguarding.store import Store


def upgraded_copy(schema_6: Path, db: Path) -> None:
    """A copy of a schema-6 store, upgraded to schema 7 by opening it to write (store.py)."""
    shutil.copyfile(schema_6, db)
    Store(db).close()


def first_councils(extracts: Path, n: int | None, work: Path, name: str) -> Path:
    """The extracts folder, or a folder linking to its first `n` council folders."""
    if n is None:
        return extracts
    chosen = sorted(p.parent for p in extracts.glob("*/extract.toml"))[:n]
    folder = work / f"{name}-{n}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for p in chosen:
        (folder / p.name).symlink_to(p.resolve())
    return folder


class Parts:
    """Seconds spent in the named functions of a run (wrapped while it runs)."""

    def __init__(self, targets: dict[str, tuple[object, str]]):
        self.targets, self.seconds = targets, defaultdict(float)

    def __enter__(self):
        self.saved = {}
        for label, (module, attr) in self.targets.items():
            fn = getattr(module, attr)
            self.saved[label] = fn

            def timed(*a, _fn=fn, _label=label, **kw):
                t = time.perf_counter()
                try:
                    return _fn(*a, **kw)
                finally:
                    self.seconds[_label] += time.perf_counter() - t
            setattr(module, attr, timed)
        return self

    def __exit__(self, *exc):
        for label, (module, attr) in self.targets.items():
            setattr(module, attr, self.saved[label])


PARTS = {"read kept results": (history, "held"), "catalogue query": (app, "catalogue_rows"),
         "merge the new rows with the kept": (app, "by_indicator"),
         "keep results": (history, "keep"),
         "indicators from the rows (the catalogue query too, without reuse)": (app, "compute")}


def timed_run(store: Store, month: dt.date, las: list[str], reuse: bool) -> tuple[list, dict]:
    with Parts(PARTS) as parts:
        t = time.perf_counter()
        out = app.run_indicators(store, month, la_codes=las, reuse_history=reuse)
        total = time.perf_counter() - t
    failed = [r.indicator.id for c in out for r in c.failed]
    assert not failed, failed
    return out, {"seconds": round(total, 2), **{k: round(v, 2) for k, v in parts.seconds.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    first = ap.add_mutually_exclusive_group(required=True)
    first.add_argument("--store", type=Path, help="a schema-7 store with a first snapshot per council")
    first.add_argument("--extracts", type=Path, help="the first extracts, to load into a new store")
    first.add_argument("--schema-6", type=Path, help="a schema-6 store of the first extracts, to copy")
    ap.add_argument("--next-extracts", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "safeguarding-next-month")
    ap.add_argument("--month", default="2022-08", help="the first snapshot's month")
    ap.add_argument("--councils", type=int, help="the first N councils only")
    ap.add_argument("--reuse-only", action="store_true",
                    help="on a --store done before: time the runs with reuse alone, so that the "
                         "peak memory is theirs")
    args = ap.parse_args()
    print(f"Machine: {machine()}", flush=True)
    args.work.mkdir(parents=True, exist_ok=True)
    month = app.parse_month(args.month)
    following = add_months(month, 1)
    report: dict = {"load_average_start": os.getloadavg()[0]}

    db = args.store or args.work / "next_month.duckdb"
    if args.schema_6:
        upgraded_copy(args.schema_6, db)
    elif args.extracts:
        db.unlink(missing_ok=True)
    store = Store(db)
    try:
        if args.extracts:
            t = time.perf_counter()
            app.load(first_councils(args.extracts, args.councils, args.work, "first"), store)
            report["load first snapshots, s"] = round(time.perf_counter() - t, 1)
        las = sorted(c["la_code"] for c in store.councils())[:args.councils]
        report["councils"] = len(las)
        if len(store.snapshots()) == len(store.councils()):  # only the first snapshots so far
            _, report[f"{args.month} with reuse, keeping its results (nothing kept before)"] = \
                timed_run(store, month, las, reuse=True)
            t = time.perf_counter()
            app.load(first_councils(args.next_extracts, args.councils, args.work, "next"), store)
            report["load next snapshots, s"] = round(time.perf_counter() - t, 1)
        if not args.reuse_only:
            full, report[f"{following:%Y-%m} without reuse"] = timed_run(store, following, las, False)
        reused, report[f"{following:%Y-%m} with reuse, first"] = timed_run(store, following, las, True)
        reused, report[f"{following:%Y-%m} with reuse, again"] = timed_run(store, following, las, True)
    finally:
        store.close()
    report["peak memory, GB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)
    if not args.reuse_only:
        report.update(compare(full, reused, following))
    print(json.dumps(report, indent=2, default=str))


def compare(full: list, reused: list, month: dt.date) -> dict:
    """The new month's figures (equal, or the benchmark fails) and how many history points
    the reuse took from the first snapshot that the full recompute gives otherwise."""
    label = f"{month:%Y-%m}"
    new_month = differ = points = 0
    noted = sum(any(w.startswith("history reused") for w in c.warnings) for c in reused)
    for a, b in zip(full, reused, strict=True):
        for ra, rb in zip(a.results, b.results, strict=True):
            assert ra.indicator.id == rb.indicator.id and ra.la_code == rb.la_code
            pa_, pb = {p.month: p for p in ra.history}, {p.month: p for p in rb.history}
            if label in pa_:
                assert pa_[label] == pb[label], (ra.la_code, ra.indicator.id)
                new_month += 1
            for m in pa_:
                if m != label and m in pb:
                    points += 1
                    differ += pa_[m] != pb[m]
    return {"new month figures equal to the full recompute": new_month,
            "history points compared": points, "history points that differ (as reported)": differ,
            "councils noting reused history": noted}


if __name__ == "__main__":
    main()
