"""Build the Annex A reader's compact reference table from the shared liia-tools files.

Reads ``../shared/reference/returns/annex_a/annex-a-merge.yml`` (each list's columns, types and
the header spellings met in real workbooks, as regular expressions) and ``data-map.yml`` (the
value labels and their spellings), and writes
``src/safeguarding/sources/reference/annex_a.json``, which ships in the package:

* ``lists``: list number -> columns in Ofsted's order, each ``{"name", "type", "blank",
  "patterns"}`` (``blank``: may be blank; ``patterns``: header regular expressions, case
  insensitive, matched from the start of the header);
* ``codes``: a value family (gender, ethnicity, source, yesno, need, close_reason, category,
  legal_status, placement_type, ceased_reason) -> ``{"labels": {SSD code: Annex A label},
  "names": {label in lower case, single-spaced: SSD code}, "patterns": [[regex, SSD code], ...]}``
  (patterns in the order liia-tools tries them). An SSD code of ``""`` means "recognised, but
  says nothing" (e.g. "c) Unknown").

The SSD code of each label is taken from the label itself ("q) 6: Police" -> "6", "a) WBRI" ->
"WBRI", "N1 - Abuse or neglect" -> "N1"), following the SSD project's Annex A SQL, which maps
the other way. A few additions of this project (header spellings seen in councils' workbooks,
the SSD's "5D" source and the catch-all "u) UNKNOWN" ethnicity) are marked below.

Usage (from the repository root; needs PyYAML)::

    .venv/bin/python scripts/build_annex_a_reference.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "safeguarding" / "sources" / "reference" / "annex_a.json"

# Value families: the data-map field that holds them (in List 8 or the first list with it).
FAMILIES = {
    "gender": ("List 1", "Gender"),
    "ethnicity": ("List 1", "Ethnicity"),
    "source": ("List 1", "Contact Source"),
    "yesno": ("List 3", "Referral NFA?"),
    "need": ("List 6", "Primary Need Code"),
    "close_reason": ("List 6", "Reason for Closure"),
    "category": ("List 7", "Initial Category of Abuse"),
    "legal_status": ("List 8", "Child's Legal Status"),
    "placement_type": ("List 8", "Placement Type"),
    "ceased_reason": ("List 8", "Reason Ceased to be Looked After"),
}
GENDER = {"a": "M", "b": "F", "c": "U", "d": "I"}  # as the SSD's Annex A SQL writes them
CATEGORY = {"neglect": "NEG", "physical abuse": "PHY", "sexual abuse": "SAB",
            "emotional abuse": "EMO", "multiple/not recommended": "MUL"}
YESNO = {"yes": "Y", "no": "N", "unknown": ""}

# Project additions: header spellings met in councils' workbooks that liia-tools' patterns miss.
EXTRA_HEADERS = {
    "Date of Contact": [r".*contact.*date.*"],
    "Contact Source": [r".*source.*contact.*"],
    "Date of referral": [r".*referral.*date.*"],
    "Referral Source": [r".*referral.*source.*", r".*source.*referral.*"],
    "Referral NFA?": [r".*referral.*nfa.*", r".*nfa.*"],
    "Continuous Assessment Start Date": [r".*assessment.*start.*", r".*start.*assessment.*"],
    "Continuous Assessment Date of Authorisation": [r".*assessment.*(authoris|authoriz|complet).*",
                                                    r".*(authoris|authoriz).*assessment.*"],
    "Strategy discussion initiating Section 47 Enquiry Start Date": [
        r".*(section|s)\s*47.*start.*", r".*strategy.*discussion.*"],
    "Date of Initial Child Protection Conference": [r".*(initial.*conference|icpc).*date.*",
                                                    r".*date.*(icpc|initial.*conference).*"],
    "Was an Initial Child Protection Conference deemed unnecessary?": [r".*(icpc|conference).*unnecessary.*"],
    "Did the Initial Child Protection Conference Result in a Child Protection Plan": [
        r".*(icpc|conference).*result.*plan.*"],
    "CIN Start Date": [r".*cin.*start.*", r".*child in need.*start.*"],
    "CIN Closure Date": [r".*cin.*clos.*", r".*child in need.*clos.*"],
    "Primary Need Code": [r".*primary.*need.*"],
    "Reason for Closure": [r".*clos.*reason.*", r".*reason.*clos.*"],
    "Child Protection Plan Start Date": [r".*(protection plan|cpp?).*start.*"],
    "Child Protection Plan End Date": [r".*(protection plan|cpp?).*end.*"],
    "Initial Category of Abuse": [r".*initial.*categor.*"],
    "Latest Category of Abuse": [r".*latest.*categor.*"],
    "Date of the Last Statutory Visit": [r".*last.*statutory.*visit.*"],
    "Date of latest review conference": [r".*latest.*review.*conf.*"],
    "Date Started to be Looked After": [r".*start.*looked.*after.*"],
    "Date Ceased to be Looked After": [r".*ceased.*looked.*after.*"],
    "Start Date of Most Recent Placement": [r".*recent.*placement.*start.*",
                                            r".*start.*recent.*placement.*"],
    "Placement Type": [r".*placement.*type.*"],
    "Date of Last Social Work Visit": [r".*last.*social.*work.*visit.*"],
    "Start date of current legal status": [r".*start.*legal.*status.*", r".*legal.*status.*start.*"],
    "Gender": [r".*gender.*", r"^sex$"],
    "Ethnicity": [r".*ethnic.*"],
}
EXTRA_CODES = {  # project additions: [label, SSD code]
    "source": [["p1) 5D: LA services", "5D"]],  # the SSD SQL's label for source 5D
    "ethnicity": [["t) NOBT", "NOBT"], ["u) UNKNOWN", ""]],  # the SSD SQL's catch-all
}


def _pattern(text: str) -> str | None:
    """A liia-tools '/regex/i' as a Python pattern (None when it does not compile)."""
    text = text.strip()
    m = re.fullmatch(r"/(.*)/([a-z]*)", text)
    body = m.group(1) if m else text
    try:
        re.compile(body)
    except re.error:
        return None
    return body


def _code(family: str, label: str) -> str | None:
    text = label.strip()
    low = text.lower()
    if family == "gender":
        return GENDER.get(low[:1])
    if family == "yesno":
        return YESNO.get(re.sub(r"^[a-z]\)\s*", "", low))
    if family == "category":
        return CATEGORY.get(re.sub(r"^[a-z]\)\s*", "", low))
    patterns = {
        "ethnicity": r"^[a-z]\)\s*([A-Z]{4})",
        "source": r"^[a-z]+\d?\)\s*(\d{1,2}[A-F]?):",
        "need": r"^(N\d)",
        "close_reason": r"^(RC\d)",
        "legal_status": r"^([A-Z]\d):",
        "placement_type": r"^[a-z]+\)\s*([A-Z]\d):",
        "ceased_reason": r"^[a-z]\)\s*([A-Z]\d{1,2}[AB]?):",
    }
    m = re.match(patterns[family], text)
    return m.group(1) if m else None


def build(shared: Path) -> dict:
    folder = shared / "reference" / "returns" / "annex_a"
    merge = yaml.safe_load((folder / "annex-a-merge.yml").read_text(encoding="utf-8"))["datasources"]
    data_map = yaml.safe_load((folder / "data-map.yml").read_text(encoding="utf-8"))["data_config"]
    lists = {}
    for list_name, columns in merge.items():
        number = list_name.split()[-1]
        cols = []
        for name, spec in columns.items():
            spec = spec or {}
            patterns = [p for p in map(_pattern, spec.get("regex") or []) if p]
            patterns += EXTRA_HEADERS.get(name, [])
            cols.append({"name": name, "type": spec.get("type", "text"),
                         "blank": bool(spec.get("canbeblank", True)), "patterns": patterns})
        lists[number] = cols
    codes = {}
    for family, (list_name, field) in FAMILIES.items():
        labels, names, patterns = {}, {}, []
        entries = [(e["code"], e.get("regex") or []) for e in data_map[list_name][field]]
        entries += [(label, []) for label, _ in EXTRA_CODES.get(family, [])]
        extra = dict(EXTRA_CODES.get(family, []))
        for label, regexes in entries:
            code = extra.get(label, _code(family, label))
            if code is None:
                raise SystemExit(f"{family}: no SSD code in label {label!r}")
            labels.setdefault(code, label)
            names.setdefault(" ".join(label.lower().split()), code)
            patterns += [[p, code] for p in map(_pattern, regexes if isinstance(regexes, list) else [])
                         if p]
        labels.pop("", None)
        codes[family] = {"labels": labels, "names": names, "patterns": patterns}
    return {"source": "liia-tools annex-a-merge.yml and data-map.yml (MIT), with project additions",
            "lists": lists, "codes": codes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    table = build(args.shared)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
