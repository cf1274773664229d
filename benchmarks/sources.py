"""Reading the datasets councils already hold: a large SSDA903 history and a large CIN census.

    .venv/bin/python benchmarks/sources.py [--population 270000] [--start 2009-04] [--end 2014-03]

Writes a synthetic council (Birmingham's 0-17 population by default) as five years of SSDA903
returns and as one year's CIN census, then times reading and checking each (`app.validate`:
the reader, then the same typing and checks as an SSD extract), best of three.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import best_of, machine

from safeguarding import app
from safeguarding.synth import write_synthetic_extract
from safeguarding.synth.as_return import whole_collection_years, write_as


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--population", type=int, default=270_000)
    parser.add_argument("--start", default="2009-04")
    parser.add_argument("--end", default="2014-03")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        def ssd(folder: Path) -> dict:
            return write_synthetic_extract(folder, la_code="330", la_name="Birmingham",
                                           population=args.population, start=args.start,
                                           end=args.end, seed=1)

        for kind in ("903", "cin"):
            out = Path(tmp) / kind
            written = write_as(kind, out, args.start, args.end, ssd)
            source = out if kind == "903" else written[0]
            size = sum(p.stat().st_size for p in written) / 1e6
            checked = app.validate(source, la_code="330")
            seconds, _ = best_of(3, lambda: app.validate(source, la_code="330"))
            years = whole_collection_years(args.start, args.end) if kind == "903" else 1
            print(f"{kind}: {years} collection year(s), {len(written)} file(s), {size:.1f} MB, "
                  f"{checked.rows:,} canonical rows, {len(checked.errors)} errors: "
                  f"read and checked in {seconds:.2f} s")


if __name__ == "__main__":
    main()
