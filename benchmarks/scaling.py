"""How time grows with data: the full catalogue for 1, 4, 16 and 64 councils in one pass.

    .venv/bin/python benchmarks/scaling.py --extracts DIR [--month 2022-08]

DIR is a folder of council extract folders (e.g. the one benchmarks/england.py generates);
the first N by council code are loaded into a fresh store for each N.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from common import compute_in_subprocess, machine, run_measured

LOAD = """
import json
from safeguarding import app
from safeguarding.store import Store
loaded = app.load({folder!r}, Store({db!r}))
print(json.dumps({{"children": 0, "rows": sum(c.rows for c in loaded)}}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extracts", type=Path, required=True)
    ap.add_argument("--month", default="2022-08")
    ap.add_argument("--sizes", default="1,4,16,64")
    args = ap.parse_args()
    councils = sorted(p.parent for p in args.extracts.glob("*/extract.toml"))
    print(f"Machine: {machine()}")
    print("| councils | rows | warm seconds | seconds per million rows |")
    print("|---:|---:|---:|---:|")
    for n in map(int, args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "extracts"
            folder.mkdir()
            for c in councils[:n]:
                (folder / c.name).symlink_to(c.resolve())
            db = Path(tmp) / "store.duckdb"
            loaded, _ = run_measured(LOAD.format(folder=str(folder), db=str(db)))
            times, _ = compute_in_subprocess(db, args.month, repeat=3)
            warm = min(times[1:])
            print(f"| {n} | {loaded['rows']:,} | {warm:.2f} | {warm / loaded['rows'] * 1e6:.2f} |")
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
