"""Derive the compact CIN census spec the reader ships from the DfE's XSDs.

    python scripts/build_cin_census_reference.py [--xsd-dir ../shared/reference/returns/cin_census]

Writes `src/safeguarding/sources/reference/cin_census.json`: for each collection year, every
element path under `Message` with its minOccurs/maxOccurs, the order of a complex element's
children (the XSDs are all `xs:sequence`) and a simple element's type (XSD built-in base,
enumeration, patterns, minimum length). Enumerations are stored once and named.

Years 2017-2024 come from the XSDs. 2025 and 2026 have no XSD here; they are 2024's spec plus
the differences the shared fixtures show (see `_derive_2025` and `_derive_2026`). Years before
2017 and after 2026 are read with the nearest year's spec (the reader says so).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

XS = "{http://www.w3.org/2001/XMLSchema}"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_XSD_DIR = ROOT.parent / "shared" / "reference" / "returns" / "cin_census"
OUT = ROOT / "src" / "safeguarding" / "sources" / "reference" / "cin_census.json"


def _occurs(el: ET.Element) -> tuple[int, int | None]:
    lo = int(el.get("minOccurs", "1"))
    hi = el.get("maxOccurs", "1")
    return lo, (None if hi == "unbounded" else int(hi))


class _Schema:
    def __init__(self, path: Path):
        root = ET.parse(path).getroot()
        self.complex = {t.get("name"): t for t in root.findall(f"{XS}complexType")}
        self.simple = {t.get("name"): t for t in root.findall(f"{XS}simpleType")}
        self.root = root.find(f"{XS}element")

    def simple_spec(self, type_name: str | None, inline: ET.Element | None) -> dict:
        """A leaf's type: the XSD built-in it restricts, with every facet on the way down."""
        spec: dict = {}
        node = inline if inline is not None else None
        name = type_name
        while True:
            if node is None:
                if name is None:
                    raise ValueError("simple type without a name or body")
                local = name.split(":")[-1]
                if name.startswith("xs:"):
                    spec.setdefault("base", local)
                    return spec
                node = self.simple[local]
                spec.setdefault("type_name", local)
            restriction = node.find(f"{XS}restriction")
            enum = [e.get("value") for e in restriction.findall(f"{XS}enumeration")]
            if enum and "enum" not in spec:
                spec["enum"] = enum
            patterns = [p.get("value") for p in restriction.findall(f"{XS}pattern")]
            if patterns and "patterns" not in spec:
                spec["patterns"] = patterns
            min_length = restriction.find(f"{XS}minLength")
            if min_length is not None:
                spec["min_length"] = max(spec.get("min_length", 0), int(min_length.get("value")))
            name, node = restriction.get("base"), None

    def walk(self, el: ET.Element, path: str, out: dict) -> None:
        lo, hi = _occurs(el)
        entry: dict = {"min": lo, "max": hi}
        type_name = el.get("type")
        complex_node = self.complex.get(type_name) if type_name else el.find(f"{XS}complexType")
        if complex_node is not None:
            children = complex_node.find(f"{XS}sequence").findall(f"{XS}element")
            entry["children"] = [c.get("name") for c in children]
            out[path] = entry
            for child in children:
                self.walk(child, f"{path}/{child.get('name')}", out)
            return
        entry.update(self.simple_spec(type_name, el.find(f"{XS}simpleType")))
        entry.setdefault("type_name", el.get("name"))  # an inline type is named by its element
        out[path] = entry


def spec_from_xsd(path: Path) -> dict:
    schema = _Schema(path)
    out: dict = {}
    schema.walk(schema.root, schema.root.get("name"), out)
    return out


CHILD_IDS = "Message/Children/Child/ChildIdentifiers"
CIN = "Message/Children/Child/CINdetails"


def _derive_2025(spec2024: dict) -> dict:
    """2025 = 2024 with ChildIdentifiers/GenderCurrent replaced by Sex, in the same place and
    still required: the 2024 and 2026 fixtures carry <Sex> where the XSDs up to 2024 have
    <GenderCurrent>. Its codes are F, M and U: the DfE's 2024 to 2025 specification replaced
    Gender (N00007) by Sex (N00783) with those codes (CBDS change RFC 1233). The fixtures' Sex
    value 1 (the old GenderCurrent code) is therefore reported as a code not in the list."""
    spec = copy.deepcopy(spec2024)
    ids = spec[CHILD_IDS]
    ids["children"] = ["Sex" if c == "GenderCurrent" else c for c in ids["children"]]
    old = spec.pop(f"{CHILD_IDS}/GenderCurrent")
    spec[f"{CHILD_IDS}/Sex"] = {"min": old["min"], "max": old["max"], "base": "string", "min_length": 1,
                                "type_name": "sextype", "enum": ["F", "M", "U"]}
    return spec


PRE_PROCEEDINGS = [  # (element, base type) in the order the 2026 fixture gives them
    ("PPStartDate", "date"), ("LBPSentDate", "date"), ("FGDMMeetingOffer", "string"),
    ("FGDMMeetingFac", "string"), ("InitialPPMeetingDate", "date"),
    ("ReviewMeetingsCount", "nonNegativeInteger"), ("StepDecisionDate", "date"),
    ("PPOutcome", "string"), ("CourtAppDate", "date"), ("LetterInitCPDate", "date"),
]


def _derive_2026(spec2025: dict) -> dict:
    """2026 = 2025 plus CINdetails/PreProceedingsandFGDM after ChildProtectionPlans (the 2026
    fixture). Its items' types are read from the fixture's values (dates, a count, codes with no
    known list); all are optional, as one example cannot show which are required, and the
    module may repeat like the others in CINdetails."""
    spec = copy.deepcopy(spec2025)
    spec[CIN]["children"] = spec[CIN]["children"] + ["PreProceedingsandFGDM"]
    block = f"{CIN}/PreProceedingsandFGDM"
    spec[block] = {"min": 0, "max": None, "children": [n for n, _ in PRE_PROCEEDINGS]}
    for name, base in PRE_PROCEEDINGS:
        leaf = {"min": 0, "max": 1, "base": base}
        if base == "string":
            leaf["min_length"] = 1
        spec[f"{block}/{name}"] = leaf
    return spec


def _share_enums(years: dict[str, dict]) -> dict[str, list[str]]:
    """Store each distinct enumeration once, as type@first-year, and refer to it by name."""
    enums: dict[str, list[str]] = {}
    by_value: dict[tuple, str] = {}
    for year, spec in years.items():
        for entry in spec.values():
            values = entry.pop("enum", None)
            type_name = entry.pop("type_name", None)
            if values is None:
                continue
            key = tuple(values)
            if key not in by_value:
                by_value[key] = f"{type_name or 'codes'}@{year}"
                enums[by_value[key]] = values
            entry["enum"] = by_value[key]
    return enums


def build(xsd_dir: Path) -> dict:
    years: dict[str, dict] = {}
    for path in sorted(xsd_dir.glob("CIN_schema_*.xsd")):
        year = re.search(r"(\d{4})", path.name).group(1)
        years[year] = spec_from_xsd(path)
    if "2024" not in years:
        raise SystemExit(f"{xsd_dir} lacks CIN_schema_2024.xsd, the base of 2025 and 2026")
    years["2025"] = _derive_2025(years["2024"])
    years["2026"] = _derive_2026(years["2025"])
    enums = _share_enums(years)
    return {
        "about": "CIN census XML structure per collection year (year of the ReferenceDate), "
                 "derived by scripts/build_cin_census_reference.py; see ATTRIBUTION-cin-census.md",
        "derived": {y: "XSD" for y in years if y <= "2024"} | {
            "2025": "2024 with GenderCurrent replaced by Sex (fixtures)",
            "2026": "2025 plus CINdetails/PreProceedingsandFGDM (fixture)"},
        "enums": enums,
        "years": years,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xsd-dir", type=Path, default=DEFAULT_XSD_DIR)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.xsd_dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(data['years'])} years, {len(data['enums'])} code lists)")


if __name__ == "__main__":
    main()
