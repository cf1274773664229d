"""Reading the county from PostgreSQL against reading it from CSV files.

    .venv/bin/python benchmarks/database.py [--population 36000] [--start 2009-09] [--end 2014-08]

Writes the synthetic Herefordshire-sized council of benchmarks/county.py as CSV files, starts a
throwaway PostgreSQL server from Debian's binaries (the tests' tests/pg.py) and copies the
county into it as typed tables, then times, best of three: reading the tables (CSV files, or
the database through Ibis and psycopg), and reading and checking them (`app.validate`), and
checks both give the same rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from common import ROOT, best_of, machine

sys.path.insert(0, str(ROOT / "tests"))  # the throwaway server the tests use
from pg import Server, load_extract  # noqa: E402

from safeguarding import app  # noqa: E402
from safeguarding.sources import database  # noqa: E402
from safeguarding.sources.folder import read_extract  # noqa: E402
from safeguarding.synth import write_synthetic_extract  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--population", type=int, default=36_000)
    parser.add_argument("--start", default="2009-09")
    parser.add_argument("--end", default="2014-08")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "extract"
        write_synthetic_extract(folder, la_code="884", la_name="Herefordshire",
                                population=args.population, start=args.start, end=args.end, seed=1)
        extracted_at = read_extract(folder).info.extracted_at.isoformat()
        server = Server()
        try:
            server.create_database("county")
            load_extract(server, "county", folder, "ssd")
            url = server.url("county", schema="ssd", la="884", extracted_at=extracted_at)
            from_files, from_db = app.validate(folder), app.validate(url)
            assert from_files.rows == from_db.rows and not from_db.errors
            size = sum(p.stat().st_size for p in folder.glob("*.csv")) / 1e6
            print(f"{from_files.rows:,} rows in {len(from_files.tables)} tables ({size:.1f} MB of CSV)")
            for what, source, reader in (("CSV files", folder, read_extract),
                                         ("PostgreSQL", url, database.read)):
                read, _ = best_of(3, lambda: reader(source))
                checked, _ = best_of(3, lambda: app.validate(source))
                print(f"{what}: read {read:.2f} s; read and checked {checked:.2f} s")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
