"""Build the SSDA903 column specifications the 903 reader ships with.

Reads the per-year YAML specifications in ``../shared/reference/returns/ssda903/`` (from
Social Finance's liia-tools, MIT licence) and writes one compact JSON file,
``src/safeguarding/sources/reference/ssda903.json``, so the product never needs ``../shared``
at run time. Only the facts the reader checks are kept:

    {"years": {"2024": {"Episodes": {"DECOM": {"kind": "date", "required": true}, ...}}}}

`kind` is date, category, numeric or string; a category column carries its `codes` and, where
the specification lists them, `names` (a display name -> code, e.g. "Male" -> "1"). The year is
the one in the specification's file name (liia-tools names each by the collection year's end:
2024 = April 2023 - March 2024).

Usage (from the repo root; needs PyYAML, a development-time tool only)::

    .venv/bin/python scripts/build_ssda903_reference.py [--spec-dir PATH]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEC_DIR = REPO_ROOT.parent / "shared" / "reference" / "returns" / "ssda903"
OUT = REPO_ROOT / "src" / "safeguarding" / "sources" / "reference" / "ssda903.json"


def column_spec(spec: dict) -> dict:
    out: dict = {"required": not _yes(spec.get("canbeblank", True))}
    if "date" in spec:
        out["kind"] = "date"
    elif "category" in spec:
        out["kind"] = "category"
        out["codes"] = [str(c["code"]).strip() for c in spec["category"]]
        names = {str(k).strip(): str(v).strip() for k, v in (spec.get("dictionary") or {}).items()
                 if isinstance(k, str)}
        if names:
            out["names"] = names
    elif "numeric" in spec:
        out["kind"] = "numeric"
    else:
        out["kind"] = "string"
    return out


def _yes(value) -> bool:
    return value is True or str(value).strip().lower() in ("yes", "true")


def build(spec_dir: Path) -> dict:
    years = {}
    for path in sorted(spec_dir.glob("SSDA903_schema_*.yml")):
        year = re.search(r"(\d{4})", path.stem).group(1)
        tables = yaml.safe_load(path.read_text(encoding="utf-8"))["column_map"]
        years[year] = {table: {col: column_spec(spec) for col, spec in columns.items()}
                       for table, columns in tables.items()}
    return {"source": "liia-tools SSDA903 specifications (MIT); DfE SSDA903 guidance (OGL v3)",
            "years": years}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec-dir", type=Path, default=DEFAULT_SPEC_DIR)
    args = parser.parse_args()
    data = build(args.spec_dir)
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO_ROOT)}: years {', '.join(data['years'])}")


if __name__ == "__main__":
    main()
