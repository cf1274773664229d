"""The least a load of England into one DuckDB store costs on this machine: reading the files
and writing the store.

    .venv/bin/python benchmarks/load_floor.py --extracts DIR --store FILE

Issue #11 asks for England (152 councils, 3 years) loaded in at most 45 s on two cores: at
most 90 CPU seconds for everything. This script times, each alone and on one thread, the two
parts that a load reading CSV with pyarrow into one DuckDB store file cannot skip, whatever it
checks:

- reading every CSV file of the extracts (DIR, as `synth-region --england` writes them) as text
  with pyarrow, the quickest reader measured (docs/benchmarks.md: DuckDB's own took 4-5 times
  its CPU), with the product's reading options (one thread, quoted line breaks, every cell as
  text; every column, where the product reads the contract's);
- writing the SSD tables of a loaded store (FILE, as `england.py --load-only` leaves it), each
  already in memory as Arrow as the product's checked rows are, into a new store file beside
  it, then committing and checkpointing it: once as DuckDB compresses a store, once
  uncompressed. Each table is written whole, so DuckDB compresses most of it while inserting;
  the product inserts a council at a time and compresses more at the commit, so only the two
  together compare.

What the 90 CPU seconds leave after them is all there is for typing and checking every cell,
the content hashes and each council's own queries. CPU seconds are the process's own (user and
system); on two cores a load's wall time is at least half its CPU time.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
from common import machine

from safeguarding.schema import TABLES
from safeguarding.store import DATA

TARGET_CPU = 45 * 2  # 45 s on two cores


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def read_all(extracts: Path) -> tuple[float, int]:
    """CPU seconds to read every CSV file under `extracts` as text, and the rows read."""
    rows, start = 0, cpu()
    for path in sorted(extracts.glob("*/*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            headers = next(csv.reader(f))
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=1 << 24, use_threads=False),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(column_types={h: pa.string() for h in headers},
                                                 strings_can_be_null=False))
        rows += table.num_rows
    return cpu() - start, rows


def write_all(store: Path, compression: str | None) -> tuple[float, float, int, float]:
    """CPU seconds to insert the store's SSD tables, each already in memory as Arrow, into a
    new store file, then to commit and checkpoint it; the rows written and the new file's size
    in GB. `compression`: DuckDB's `force_compression`."""
    with tempfile.TemporaryDirectory(dir=store.parent) as tmp:
        copy = Path(tmp) / "copy.duckdb"
        rows, inserted = 0, 0.0
        with duckdb.connect(str(store), read_only=True) as src, \
                duckdb.connect(str(copy), config={"threads": 1}) as con:
            if compression:
                con.execute(f"SET force_compression = '{compression}'")
            con.execute("BEGIN TRANSACTION")
            for name in TABLES:
                rows_in_memory = src.execute(f'SELECT * FROM {DATA}."{name}"').to_arrow_table()
                rows += rows_in_memory.num_rows
                start = cpu()
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM rows_in_memory')
                inserted += cpu() - start
                del rows_in_memory
            start = cpu()
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            committed = cpu() - start
        size = copy.stat().st_size / 2**30
    return inserted, committed, rows, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extracts", type=Path, required=True, help="a folder of council extract folders")
    ap.add_argument("--store", type=Path, required=True, help="a store with those extracts loaded")
    args = ap.parse_args()
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    t = time.perf_counter()
    read_s, read_rows = read_all(args.extracts)
    print(f"reading {read_rows:,} rows of CSV as text (pyarrow, one thread): {read_s:.1f} CPU s")
    for compression, how in ((None, "as DuckDB compresses a store"),
                             ("uncompressed", "uncompressed (DuckDB's force_compression)")):
        inserted_s, committed_s, written_rows, size = write_all(args.store, compression)
        floor = read_s + inserted_s + committed_s
        print(f"writing {written_rows:,} rows into a new store, {how}, one thread: inserting "
              f"{inserted_s:.1f} CPU s, committing {committed_s:.1f}; the file {size:.2f} GB")
        print(f"  reading and writing together: {floor:.1f} CPU s of the {TARGET_CPU} a 45 s load "
              f"has on two cores; {TARGET_CPU - floor:.1f} left for typing and checking every "
              "cell, the content hashes and each council's queries")
    print(f"({time.perf_counter() - t:.0f} s wall for this script)")


if __name__ == "__main__":
    main()
