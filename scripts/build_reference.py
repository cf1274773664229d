"""Build the package's compact council / 0-17 population reference tables.

Reads the read-only DfE/ONS files in ``../shared/reference/dfe`` (or ``--dfe-dir``)
and writes two plain CSVs that ship inside the package, so the product never needs
``../shared`` at run time:

* ``src/safeguarding/reference/councils.csv``
  la_code, ons_code, la_name, region_code, region_name -- one row per council seen at
  'Local authority' level in any year of the ONS file (including councils later
  reorganised away, e.g. Dorset/Bournemouth/Poole before 2019, Northamptonshire,
  Cumbria), sorted by la_code.
* ``src/safeguarding/reference/populations.csv``
  la_code, year, population -- the ONS mid-year 0-17 estimate for every council and
  year that has a published figure, sorted by la_code then year.

Usage (from the repo root)::

    .venv/bin/python scripts/build_reference.py [--dfe-dir PATH]

Decisions about the source data (checked against the 2012-2024 file):

* A council is keyed by its DfE 3-digit number (old_la_code). Its name, ONS code and
  region come from the latest year in which it appears.
* Some la_codes map to more than one ONS code over time because ONS re-coded a county
  that became a unitary authority on the same footprint: 815 North Yorkshire
  (E10000023 -> E06000065 from 2023), 825 Buckinghamshire (E10000002 -> E06000060 from
  2020) and 933 Somerset (E10000027 -> E06000066 from 2023). We keep the latest code;
  the population series stays under the one la_code.
* Councils created by a reorganisation get new la_codes (838 Dorset, 839 BCP, 940/941
  North/West Northamptonshire, 942/943 Cumberland/Westmorland and Furness), so the old
  and new councils are separate rows; the old ones simply stop having population years.
* Suppressed values ('x': Dorset 835, Poole 836, Bournemouth 837 for 2012-2018) are
  left out of populations.csv, so those three councils have no population rows.
* London councils carry DfE's sub-regions as their region (E13000001 Inner London,
  E13000002 Outer London), exactly as in the DfE files, not E12000007 London.
* The ONS LTLA->UTLA April 2023 lookup is used only as a check: every council still
  present in the latest year must have an upper-tier code and identical name in it.
* The statistical-neighbour files (2021 and 2025) are only checked for coverage: every
  council and neighbour code in them must be in councils.csv.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DFE_DIR = REPO_ROOT.parent / "shared" / "reference" / "dfe"
OUT_DIR = REPO_ROOT / "src" / "safeguarding" / "reference"

POPULATION_FILE = "ons_mid-year_population_estimates_2012_to_2024.csv"
LOOKUP_FILE = "LTLA-UTLA_Apr23_Lookup_England-Wales.csv"
SN_2021_FILE = "New_Statistical_Neighbour_Groupings_April_2021.csv"
SN_2025_FILE = "sn_model_2025_wide.csv"

AGE_GROUP = "Children aged 0 to 17 years"
COUNCIL_COLUMNS = ["la_code", "ons_code", "la_name", "region_code", "region_name"]
POPULATION_COLUMNS = ["la_code", "year", "population"]


def read_rows(path: Path) -> list[dict[str, str]]:
    # The DfE/ONS CSVs start with a UTF-8 byte-order mark.
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return [
            {key.strip(): (value or "").strip() for key, value in row.items() if key}
            for row in csv.DictReader(handle)
        ]


def build(dfe_dir: Path) -> tuple[list[dict], list[dict], list[str]]:
    """Return (council rows, population rows, notes)."""
    notes: list[str] = []
    rows = [r for r in read_rows(dfe_dir / POPULATION_FILE) if r["geographic_level"] == "Local authority"]
    if not rows:
        raise SystemExit(f"no 'Local authority' rows in {POPULATION_FILE}")

    latest: dict[str, tuple[int, dict[str, str]]] = {}
    ons_codes: dict[str, set[str]] = {}
    populations: dict[tuple[str, int], int] = {}
    seen: set[tuple[str, int]] = set()
    suppressed: list[tuple[str, int, str]] = []

    for row in rows:
        if row["age_group"] != AGE_GROUP:
            raise SystemExit(f"unexpected age_group {row['age_group']!r}")
        la_code, year = row["old_la_code"], int(row["time_period"])
        if len(la_code) != 3 or not la_code.isdigit():
            raise SystemExit(f"unexpected old_la_code {la_code!r} ({row['la_name']}, {year})")
        if (la_code, year) in seen:
            raise SystemExit(f"duplicate row for la_code {la_code} in {year}")
        seen.add((la_code, year))
        ons_codes.setdefault(la_code, set()).add(row["new_la_code"])
        if la_code not in latest or year > latest[la_code][0]:
            latest[la_code] = (year, row)
        value = row["population_estimate"]
        if value.isdigit():
            populations[(la_code, year)] = int(value)
        else:
            suppressed.append((la_code, year, value))

    councils = [
        {
            "la_code": la_code,
            "ons_code": row["new_la_code"],
            "la_name": row["la_name"],
            "region_code": row["region_code"],
            "region_name": row["region_name"],
        }
        for la_code, (_, row) in sorted(latest.items())
    ]
    population_rows = [
        {"la_code": la_code, "year": year, "population": value}
        for (la_code, year), value in sorted(populations.items())
    ]

    for la_code, codes in sorted(ons_codes.items()):
        if len(codes) > 1:
            notes.append(
                f"la_code {la_code} ({latest[la_code][1]['la_name']}) had ONS codes "
                f"{', '.join(sorted(codes))}; kept {latest[la_code][1]['new_la_code']}"
            )
    if suppressed:
        by_code: dict[str, list[int]] = {}
        for la_code, year, _ in suppressed:
            by_code.setdefault(la_code, []).append(year)
        for la_code, years in sorted(by_code.items()):
            notes.append(
                f"la_code {la_code} ({latest[la_code][1]['la_name']}): population suppressed "
                f"for {min(years)}-{max(years)} ({len(years)} years), left out"
            )

    last_year = max(year for year, _ in latest.values())
    for council in councils:
        year = latest[council["la_code"]][0]
        if year < last_year:
            notes.append(
                f"la_code {council['la_code']} ({council['la_name']}) last appears in {year} "
                "(reorganised council)"
            )

    check_lookup(dfe_dir, councils, latest, last_year, notes)
    check_neighbours(dfe_dir, {c["la_code"] for c in councils}, notes)
    return councils, population_rows, notes


def check_lookup(dfe_dir, councils, latest, last_year, notes) -> None:
    """Every council current in the latest year must match the ONS upper-tier lookup."""
    path = dfe_dir / LOOKUP_FILE
    if not path.exists():
        notes.append(f"{LOOKUP_FILE} not found: ONS code/name check skipped")
        return
    utla = {r["UTLA23CD"]: r["UTLA23NM"] for r in read_rows(path) if r["UTLA23CD"].startswith("E")}
    current = [c for c in councils if latest[c["la_code"]][0] == last_year]
    problems = [
        f"{c['la_code']} {c['ons_code']} {c['la_name']!r} vs lookup {utla.get(c['ons_code'])!r}"
        for c in current
        if utla.get(c["ons_code"]) != c["la_name"]
    ]
    if problems:
        raise SystemExit("councils not matching the UTLA lookup:\n  " + "\n  ".join(problems))
    ours = {c["ons_code"] for c in current}
    missing = sorted(set(utla) - ours)
    if missing:
        raise SystemExit(f"English upper-tier councils in the lookup but not in {last_year}: {missing}")
    notes.append(
        f"all {len(current)} councils present in {last_year} match the UTLA23 lookup "
        f"({len(utla)} English upper-tier councils) by ONS code and name"
    )


def check_neighbours(dfe_dir, la_codes: set[str], notes) -> None:
    """Every council (and neighbour) in the statistical-neighbour files must be known."""
    for name, code_column, neighbour_prefix in (
        (SN_2021_FILE, "LA num", "SN"),
        (SN_2025_FILE, "old_la_code", "SN_"),
    ):
        path = dfe_dir / name
        if not path.exists():
            notes.append(f"{name} not found: coverage check skipped")
            continue
        found: set[str] = set()
        for row in read_rows(path):
            for column, value in row.items():
                is_neighbour = column.startswith(neighbour_prefix) and not column.endswith("P")
                if value and (column == code_column or is_neighbour):
                    found.add(value)
        unknown = sorted(found - la_codes)
        if unknown:
            raise SystemExit(f"{name}: la_codes not in councils.csv: {unknown}")
        notes.append(
            f"{name}: all {len(found)} la_codes covered; councils.csv also has "
            f"{sorted(la_codes - found)} not in it"
        )


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dfe-dir",
        type=Path,
        default=DEFAULT_DFE_DIR,
        help=f"folder holding the DfE/ONS files (default: {DEFAULT_DFE_DIR})",
    )
    args = parser.parse_args(argv)
    if not (args.dfe_dir / POPULATION_FILE).exists():
        parser.error(f"{POPULATION_FILE} not found in {args.dfe_dir}")

    councils, population_rows, notes = build(args.dfe_dir)
    write_csv(OUT_DIR / "councils.csv", COUNCIL_COLUMNS, councils)
    write_csv(OUT_DIR / "populations.csv", POPULATION_COLUMNS, population_rows)

    years = sorted({row["year"] for row in population_rows})
    print(f"wrote {OUT_DIR / 'councils.csv'}: {len(councils)} councils")
    print(
        f"wrote {OUT_DIR / 'populations.csv'}: {len(population_rows)} rows, "
        f"years {years[0]}-{years[-1]}"
    )
    for note in notes:
        print(f"  - {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
