"""Build the package's benchmark table and statistical-neighbour groupings from the DfE files.

Reads the read-only files in ``../shared/reference/dfe`` (or ``--dfe-dir``) and writes, into
``src/safeguarding/benchmarks/``:

* ``benchmarks.parquet``: one typed row per measure, DfE year, area (measure, year, area_level,
  area_code, area_name, value, published, mark, source), for the measures the indicator
  catalogue maps (``safeguarding/benchmarks/measures.py``);
* ``population.parquet``: 0-17 mid-year populations of every area (for rates derived later
  by ``safeguarding benchmarks update``);
* ``neighbours.csv``: model, la_code, rank, neighbour_la_code for the 2021 and 2025 models.

The logic lives in ``safeguarding.benchmarks.build`` (shared with ``benchmarks update``).
This script also checks the LAIT data dictionary's polarity of each measure against the
catalogue's and prints what it found.

Usage (from the repo root)::

    .venv/bin/python scripts/build_benchmarks.py [--dfe-dir PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from safeguarding.benchmarks.build import build, polarity_disagreements, read_groupings
from safeguarding.benchmarks.store import NEIGHBOURS, SHIPPED_DIR, save

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DFE_DIR = REPO_ROOT.parent / "shared" / "reference" / "dfe"
FILES = [
    "lait_bds_long.parquet",
    "b1_children_in_need_2013_to_2025.csv",
    "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
    "d3_cpps_subsequent_plan_2013_to_2025.csv",
    "d5_cpps_at31march_by_duration_2013_to_2025.csv",
    "cla_number_and_rate_per_10k_children.csv",
    "la_cla_placement_stability.csv",
    "ons_mid-year_population_estimates_2012_to_2024.csv",
]
GROUPINGS = {2021: "New_Statistical_Neighbour_Groupings_April_2021.csv",
             2025: "sn_model_2025_wide.csv"}
DICTIONARY = "lait_data_dictionary.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dfe-dir", type=Path, default=DEFAULT_DFE_DIR)
    parser.add_argument("--out-dir", type=Path, default=SHIPPED_DIR)
    args = parser.parse_args()

    built = build([args.dfe_dir / name for name in FILES])
    for note in built.notes:
        print(note)
    for path in save(built.table, built.population, args.out_dir):
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")

    import pandas as pd

    groups = pd.concat([read_groupings(args.dfe_dir / name, model)
                        for model, name in GROUPINGS.items()], ignore_index=True)
    groups.to_csv(args.out_dir / NEIGHBOURS, index=False)
    counts = groups.groupby("model").la_code.nunique().to_dict()
    print(f"wrote {args.out_dir / NEIGHBOURS}: councils per model {counts}")

    t = built.table
    print(f"{len(t):,} rows; published {int(t.published.sum()):,}; marks "
          f"{t.mark.value_counts().to_dict()}")
    for measure, years in t.groupby("measure", sort=False).year:
        sources = t.loc[t.measure == measure].groupby("source").year.agg(["min", "max", "size"])
        used = "; ".join(f"{s} {r['min']}-{r['max']} ({r['size']} rows)" for s, r in sources.iterrows())
        print(f"  {measure}: {years.min()}-{years.max()}: {used}")
    problems = polarity_disagreements(args.dfe_dir / DICTIONARY)
    print("polarity: LAIT dictionary agrees with the catalogue for every measure" if not problems
          else "polarity disagreements:\n  " + "\n  ".join(problems))


if __name__ == "__main__":
    main()
