"""Read (and write) the DfE children in need (CIN) census XML, collection years 2017 to 2026.

A CIN census return is one XML file: a header (`LEA`, `ReferenceDate`) and one `Child` per
child in need during the collection year, each with its referral episodes (`CINdetails`) and,
inside those, assessments, section 47 enquiries and child protection plans.

Mapping (XML path under `Message/Children/Child` -> canonical column):

- ChildIdentifiers/LAchildID -> pers_person_id, and every table's person id.
- ChildIdentifiers/PersonBirthDate, ExpectedPersonBirthDate, PersonDeathDate -> pers_dob,
  pers_expected_dob, pers_death_date.
- ChildIdentifiers/GenderCurrent (to 2024) or Sex (2025 on) -> pers_sex, in the SSD's codes:
  1 -> M, 2 -> F, 0 (not recorded or unborn) and 9 (indeterminate) -> U; M, F, U as given.
- ChildCharacteristics/Ethnicity -> pers_ethnicity, the DfE code as given (`write` turns the
  SSD guidance's spelling CNHE into the DfE's CHNE).
- CINdetails, one ssd_cin_episodes row each: CINreferralDate -> cine_referral_date,
  ReferralSource -> cine_referral_source_code, ReferralNFA -> cine_referral_nfa (Y/N),
  PrimaryNeedCode -> cine_cin_primary_need_code, CINclosureDate -> cine_close_date,
  ReasonForClosure -> cine_close_reason.
- CINdetails/Assessments -> ssd_cin_assessments: AssessmentActualStartDate ->
  cina_assessment_start_date, AssessmentAuthorisationDate -> cina_assessment_auth_date;
  cina_referral_id = its CINdetails.
- CINdetails/Section47 -> ssd_s47_enquiry: S47ActualStartDate -> s47e_s47_start_date;
  s47e_referral_id = its CINdetails.
- Section47/DateOfInitialCPC -> an ssd_initial_cp_conference row: icpc_icpc_date,
  icpc_s47_enquiry_id = that Section47.
- CINdetails/DateOfInitialCPC -> a conference row of its own, with no S47 link, only when no
  Section47 of the same CINdetails gives that date (otherwise it is the same conference).
- CINdetails/ChildProtectionPlans -> ssd_cp_plans: CPPstartDate, CPPendDate,
  InitialCategoryOfAbuse, LatestCategoryOfAbuse -> cppl_cp_plan_start_date, _end_date,
  _initial_category, _latest_category.
- ChildProtectionPlans/Reviews/CPPreviewDate -> ssd_cp_reviews.cppr_cp_review_date;
  cppr_cp_plan_id = its plan.

Conferences and plans are linked within a CINdetails by date (the DfE requires a plan to start on
the date of the conference that made it): `icpc_cp_plan_id`/`cppl_icpc_id` name the plan
starting on the conference date and the conference held on the plan start date, and
`icpc_icpc_outcome_cp_flag` is Y when such a plan exists, N otherwise.

- ChildCharacteristics/Disabilities/Disability -> ssd_disability (disa_table_id made from the
  child id and position, disa_person_id, disa_disability_code).
- CINdetails/CINPlanDates (2022 on) -> ssd_cin_plans: CINPlanStartDate, CINPlanEndDate ->
  cinp_cin_plan_start_date, _end_date; cinp_referral_id = its referral.

Not carried (no canonical column, or not in the return): UPN/FormerUPN/UPNunknown,
FactorsIdentifiedAtAssessment (-> `ssd_assessment_factors`), AssessmentInternalReviewDate, InitialCPCtarget (->
icpc_icpc_target_date), ICPCnotRequired (-> an S47 outcome, e.g. s47e_s47_outcome_json's
CP_CONFERENCE_FLAG = not ICPCnotRequired), NumberOfPreviousCPP, PreProceedingsandFGDM (2026).
Columns the census lacks and that stay absent: cina_assessment_child_seen, s47e_s47_end_date,
s47e_s47_nfa, icpc_icpc_transfer_in, cppr_cp_review_due; no contacts, visits or care tables.

Ids the census lacks are made from the child id and positions, so they are deterministic and
unique within a return: a referral is `LAchildID/CINreferralDate/k` (k = the CINdetails' place
in its Child, from 1; the date part is empty when the date is invalid), and under it
`.../A1`, `.../S1`, `.../P1` (assessments, enquiries, plans in order), `.../S1/ICPC` and
`.../ICPC` (conferences), `.../P1/R1` (reviews). A child with no valid LAchildID has ids made
from `line<N>` (its line) and an empty person id, which the check reports.

Decisions:
- The collection year is the year of the header's ReferenceDate (31 March); the year's
  structure, types and code lists come from `reference/cin_census.json`, derived from the
  DfE's XSDs by `scripts/build_cin_census_reference.py` (2025 and 2026: see that script). A
  year before 2017 or after 2026 is checked against the nearest year, with a warning.
- Every element is checked against that spec: unknown elements, elements out of order or
  repeated, required elements missing, text between elements, and values of the wrong type,
  not matching a pattern or not in the year's code list. Each is an error Issue (table = the
  file name, row = the XML line, column = the element path, value = the element's text); an
  invalid value leaves its canonical cell empty.
- `extracted_at` = ReferenceDate; `la_code` = the first `Header/Source/LEA` (the `la_code`
  argument overrides); `la_name` from the council table.
- Coverage: every table covers the collection year, ReferenceDate minus a year plus a day
  (1 April) to ReferenceDate (31 March): the census holds every child in need at any time in
  it, with their episodes, assessments, enquiries, plans and reviews.
- `_row` is the line of the element a row comes from (Child, CINdetails, Assessments,
  Section47, DateOfInitialCPC, ChildProtectionPlans, CPPreviewDate). Where records of a table
  share a line (a return written on one line), its rows are numbered by their order in the
  file instead, with a warning, so that the check can still tell them apart.
- `ExtractError` only when there is nothing to read: not a file, not XML, root not
  `Message`, or no ReferenceDate (nor a Year) to fix the collection year. XML that breaks
  part-way keeps what was read before and reports the line where it broke.

`write` makes a return for one collection year from canonical tables (see its docstring).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pyarrow as pa
from lxml import etree

from .. import reference
from ..schema import TABLES
from .folder import ROW, ExtractError, ExtractInfo, RawExtract
from .issues import Issue
from .returns import SourceRead, Window

KIND = "cin"
SPEC_FILE = Path(__file__).parent / "reference" / "cin_census.json"
CHILD = "Message/Children/Child"
HEADER = "Message/Header"

SEX = {"1": "M", "2": "F", "0": "U", "9": "U", "M": "M", "F": "F", "U": "U"}
# The SSD's guidance spells the DfE's Chinese code CHNE as CNHE: written as the DfE's.
ETHNICITY_SPELLING = {"CNHE": "CHNE"}
FLAG = {"true": "Y", "TRUE": "Y", "1": "Y", "false": "N", "FALSE": "N", "0": "N"}

# The canonical columns this source fills, per table (the rest stay absent).
COLUMNS = {
    "ssd_person": ["pers_person_id", "pers_dob", "pers_expected_dob", "pers_sex", "pers_ethnicity",
                   "pers_death_date"],
    "ssd_disability": ["disa_table_id", "disa_person_id", "disa_disability_code"],
    "ssd_cin_episodes": ["cine_referral_id", "cine_person_id", "cine_referral_date",
                         "cine_referral_source_code", "cine_referral_nfa", "cine_cin_primary_need_code",
                         "cine_close_date", "cine_close_reason"],
    "ssd_cin_plans": ["cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id",
                      "cinp_cin_plan_start_date", "cinp_cin_plan_end_date"],
    "ssd_cin_assessments": ["cina_assessment_id", "cina_person_id", "cina_referral_id",
                            "cina_assessment_start_date", "cina_assessment_auth_date"],
    "ssd_s47_enquiry": ["s47e_s47_enquiry_id", "s47e_person_id", "s47e_referral_id", "s47e_s47_start_date"],
    "ssd_initial_cp_conference": ["icpc_icpc_id", "icpc_person_id", "icpc_s47_enquiry_id", "icpc_cp_plan_id",
                                  "icpc_icpc_date", "icpc_icpc_outcome_cp_flag"],
    "ssd_cp_plans": ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date",
                     "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category", "cppl_icpc_id"],
    "ssd_cp_reviews": ["cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_date"],
}
assert all(set(cols) <= {c.name for c in TABLES[t].columns} for t, cols in COLUMNS.items())


# --- the per-year spec ------------------------------------------------------------------------

@cache
def _reference() -> dict:
    return json.loads(SPEC_FILE.read_text(encoding="utf-8"))


def spec_for(year: int) -> tuple[int, dict[str, dict], dict[str, list[str]]]:
    """(the year whose spec is used, element path -> entry, code lists) for a collection year."""
    ref = _reference()
    known = sorted(int(y) for y in ref["years"])
    used = min(max(year, known[0]), known[-1])
    return used, ref["years"][str(used)], ref["enums"]


def collection_window(reference_date: dt.date) -> Window:
    try:
        year_before = reference_date.replace(year=reference_date.year - 1)
    except ValueError:  # 29 February
        year_before = reference_date - dt.timedelta(days=365)
    return Window(year_before + dt.timedelta(days=1), reference_date)


# --- checking values and structure ------------------------------------------------------------

_DATE = re.compile(r"-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?")
_YEAR = re.compile(r"-?\d{4,}(Z|[+-]\d{2}:\d{2})?")
_DATETIME = re.compile(r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")
_INTEGER = re.compile(r"\+?\d+")
_COLLAPSED = {"date", "gYear", "dateTime", "positiveInteger", "nonNegativeInteger"}


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value) or value.startswith("-"):
        return False
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def value_problem(text: str, leaf: dict, enums: dict[str, list[str]]) -> str | None:
    """What is wrong with a simple element's text under its spec entry, or None."""
    base = leaf["base"]
    value = text.strip() if base in _COLLAPSED else text  # XSD whitespace: collapse vs preserve
    if base == "date":
        return None if _is_date(value) else "not a date (YYYY-MM-DD)"
    if base == "gYear":
        return None if _YEAR.fullmatch(value) else "not a year (YYYY)"
    if base == "dateTime":
        ok = _DATETIME.fullmatch(value) and _is_date(value[:10])
        return None if ok else "not a date and time (YYYY-MM-DDThh:mm:ss)"
    if base in ("positiveInteger", "nonNegativeInteger"):
        if not _INTEGER.fullmatch(value):
            return "not a whole number"
        return "not above zero" if base == "positiveInteger" and int(value) == 0 else None
    if len(value) < leaf.get("min_length", 0):
        return "empty value"
    if "patterns" in leaf and not any(re.fullmatch(p, value) for p in leaf["patterns"]):
        return "not in the expected form"
    if "enum" in leaf and value not in enums[leaf["enum"]]:
        return "code not in this collection year's list"
    return None


def _name(el) -> str:
    return el.tag  # the CIN schemas have no namespace: a namespaced element is an unknown one


class _Checker:
    """Checks elements against one year's spec, gathering Issues and the invalid leaves."""

    def __init__(self, table: str, elements: dict[str, dict], enums: dict[str, list[str]]):
        self.table, self.elements, self.enums = table, elements, enums
        self.issues: list[Issue] = []
        self.bad: set = set()  # leaf elements whose value is invalid (their cells stay empty)
        # complex element path -> ({child name: (place in the sequence, path, max, the entry
        # if a leaf)}, the required children's names)
        self.layout = {path: self._layout(path, e["children"])
                       for path, e in elements.items() if "children" in e}

    def _layout(self, path: str, names: list[str]) -> tuple[dict[str, tuple], list[str]]:
        entries = {n: self.elements[f"{path}/{n}"] for n in names}
        places = {n: (i, f"{path}/{n}", entries[n]["max"], None if "children" in entries[n] else entries[n])
                  for i, n in enumerate(names)}
        return places, [n for n in names if entries[n]["min"] > 0]

    def report(self, el, path: str, value: str | None, problem: str, line: int | None = None) -> None:
        self.issues.append(Issue("error", self.table, line or el.sourceline, path, value, problem))

    def check(self, el, path: str, skip: frozenset[str] = frozenset()) -> None:
        layout = self.layout.get(path)
        if layout is None:
            self._check_leaf(el, path, self.elements[path])
            return
        places, required = layout
        if el.text and el.text.strip():
            self.report(el, path, el.text.strip(), "text between elements")
        counts: dict[str, int] = {}
        last = -1
        for child in el:
            if child.tail and child.tail.strip():
                self.report(child, path, child.tail.strip(), "text between elements")
            if not isinstance(child.tag, str):  # comment or processing instruction
                continue
            name = _name(child)
            place = places.get(name)
            if place is None:
                self.report(child, f"{path}/{name}", _leaf_text(child), "unknown element")
                continue
            index, child_path, most, leaf = place
            if index < last:
                self.report(child, child_path, None, "element out of order")
            last = max(last, index)
            counts[name] = seen = counts.get(name, 0) + 1
            if most is not None and seen == most + 1:
                self.report(child, child_path, None, "element repeated more often than allowed")
            if leaf is not None:
                self._check_leaf(child, child_path, leaf)
            elif child_path not in skip:
                self.check(child, child_path, skip)
        for name in required:
            if name not in counts:
                self.report(el, places[name][1], None, "required element missing")

    def _check_leaf(self, el, path: str, entry: dict) -> None:
        if len(el):
            self.report(el, path, None, "elements inside a value")
            self.bad.add(el)
            return
        problem = value_problem(el.text or "", entry, self.enums)
        if problem:
            self.report(el, path, el.text, problem)
            self.bad.add(el)


def _leaf_text(el) -> str | None:
    return el.text if len(el) == 0 else None


# --- reading ----------------------------------------------------------------------------------

def detect(path: Path) -> bool:
    """A file whose first 64 KB look like a CIN census message (content, not name)."""
    path = Path(path)
    try:
        if not path.is_file():
            return False
        with path.open("rb") as f:
            head = f.read(65536)
    except OSError:
        return False
    text = head.decode("utf-8", errors="ignore")
    if "<Message" not in text:
        return False
    return "<CINdetails" in text or re.search(r"<Collection>\s*CIN\s*</Collection>", text) is not None


class _Return:
    """The state of one read: header facts, the checker and the canonical rows."""

    def __init__(self, path: Path):
        self.path = path
        self.table = path.name
        self.issues: list[Issue] = []
        self.reference_date: dt.date | None = None
        self.lea: str | None = None
        self.year_used: int | None = None
        self.checker: _Checker | None = None
        self.rows: dict[str, list[dict]] = {t: [] for t in COLUMNS}

    # header

    def header(self, el) -> None:
        details = el.find("CollectionDetails")
        ref_text = _text(details, "ReferenceDate") if details is not None else None
        year_text = _text(details, "Year") if details is not None else None
        line = el.sourceline
        if ref_text and _is_date(ref_text.strip()):
            self.reference_date = dt.date.fromisoformat(ref_text.strip()[:10])
        elif year_text and re.fullmatch(r"[1-9]\d{3}", year_text.strip()):
            self.reference_date = dt.date(int(year_text.strip()), 3, 31)
            self.issues.append(Issue("warning", self.table, line, f"{HEADER}/CollectionDetails/ReferenceDate",
                                     None, "no valid ReferenceDate: 31 March of the header Year used"))
        else:
            raise ExtractError(f"{self.path} has no ReferenceDate or Year in its header: "
                               "the collection year is unknown")
        self.year_used, elements, enums = spec_for(self.reference_date.year)
        if self.year_used != self.reference_date.year:
            self.issues.append(Issue(
                "warning", self.table, line, f"{HEADER}/CollectionDetails/ReferenceDate", None,
                "collection year outside 2017-2026: checked against the nearest year"))
        self.checker = _Checker(self.table, elements, enums)
        self.checker.check(el, HEADER)
        for source in el.findall("Source"):
            lea = source.find("LEA")
            if lea is not None and lea not in self.checker.bad and (lea.text or "").strip():
                self.lea = lea.text.strip()
                break

    # one child

    def child(self, el) -> None:
        self.checker.check(el, CHILD)
        ids = el.find("ChildIdentifiers")
        chars = el.find("ChildCharacteristics")
        pid = self._value(ids, "ChildIdentifiers", "LAchildID").strip()
        prefix = pid or f"line{el.sourceline}"
        sex_tag = "Sex" if f"{CHILD}/ChildIdentifiers/Sex" in self.checker.elements else "GenderCurrent"
        self.rows["ssd_person"].append({
            ROW: el.sourceline,
            "pers_person_id": pid,
            "pers_dob": self._date(ids, "ChildIdentifiers", "PersonBirthDate"),
            "pers_expected_dob": self._date(ids, "ChildIdentifiers", "ExpectedPersonBirthDate"),
            "pers_sex": SEX.get(self._value(ids, "ChildIdentifiers", sex_tag), ""),
            "pers_ethnicity": self._value(chars, "ChildCharacteristics", "Ethnicity"),
            "pers_death_date": self._date(ids, "ChildIdentifiers", "PersonDeathDate"),
        })
        where = "ChildCharacteristics/Disabilities"
        for k, d in enumerate([] if chars is None else chars.findall("Disabilities/Disability"), start=1):
            self.rows["ssd_disability"].append({
                ROW: d.sourceline, "disa_table_id": f"{prefix}/D{k}", "disa_person_id": pid,
                "disa_disability_code": self._cell(d, f"{where}/Disability")})
        for k, details in enumerate(el.findall("CINdetails"), start=1):
            self.referral(details, pid, prefix, k)

    def referral(self, el, pid: str, prefix: str, k: int) -> None:
        where = "CINdetails"
        ref_date = self._date(el, where, "CINreferralDate")
        ref_id = f"{prefix}/{ref_date}/{k}"
        self.rows["ssd_cin_episodes"].append({
            ROW: el.sourceline, "cine_referral_id": ref_id, "cine_person_id": pid,
            "cine_referral_date": ref_date,
            "cine_referral_source_code": self._value(el, where, "ReferralSource"),
            "cine_referral_nfa": FLAG.get(self._value(el, where, "ReferralNFA"), ""),
            "cine_cin_primary_need_code": self._value(el, where, "PrimaryNeedCode"),
            "cine_close_date": self._date(el, where, "CINclosureDate"),
            "cine_close_reason": self._value(el, where, "ReasonForClosure"),
        })
        for j, c in enumerate(el.findall("CINPlanDates"), start=1):  # 2022 on
            self.rows["ssd_cin_plans"].append({
                ROW: c.sourceline, "cinp_cin_plan_id": f"{ref_id}/C{j}", "cinp_person_id": pid,
                "cinp_referral_id": ref_id,
                "cinp_cin_plan_start_date": self._date(c, f"{where}/CINPlanDates", "CINPlanStartDate"),
                "cinp_cin_plan_end_date": self._date(c, f"{where}/CINPlanDates", "CINPlanEndDate"),
            })
        for j, a in enumerate(el.findall("Assessments"), start=1):
            self.rows["ssd_cin_assessments"].append({
                ROW: a.sourceline, "cina_assessment_id": f"{ref_id}/A{j}", "cina_person_id": pid,
                "cina_referral_id": ref_id,
                "cina_assessment_start_date": self._date(a, f"{where}/Assessments", "AssessmentActualStartDate"),
                "cina_assessment_auth_date": self._date(a, f"{where}/Assessments",
                                                        "AssessmentAuthorisationDate"),
            })
        conferences: list[dict] = []  # this referral's, to link with its plans by date
        for j, s in enumerate(el.findall("Section47"), start=1):
            s47_id = f"{ref_id}/S{j}"
            self.rows["ssd_s47_enquiry"].append({
                ROW: s.sourceline, "s47e_s47_enquiry_id": s47_id, "s47e_person_id": pid,
                "s47e_referral_id": ref_id,
                "s47e_s47_start_date": self._date(s, f"{where}/Section47", "S47ActualStartDate"),
            })
            icpc = s.find("DateOfInitialCPC")
            if icpc is not None:
                conferences.append({
                    ROW: icpc.sourceline, "icpc_icpc_id": f"{s47_id}/ICPC", "icpc_person_id": pid,
                    "icpc_s47_enquiry_id": s47_id,
                    "icpc_icpc_date": self._date(s, f"{where}/Section47", "DateOfInitialCPC")})
        own = el.find("DateOfInitialCPC")
        own_date = self._date(el, where, "DateOfInitialCPC")
        if own is not None and not any(c["icpc_icpc_date"] == own_date and own_date for c in conferences):
            conferences.append({ROW: own.sourceline, "icpc_icpc_id": f"{ref_id}/ICPC", "icpc_person_id": pid,
                                "icpc_s47_enquiry_id": "", "icpc_icpc_date": own_date})
        plans = []
        for j, p in enumerate(el.findall("ChildProtectionPlans"), start=1):
            plans.append(self.plan(p, pid, f"{ref_id}/P{j}", ref_id))
        for c in conferences:
            plan = next((p for p in plans if c["icpc_icpc_date"] and p["cppl_cp_plan_start_date"]
                         == c["icpc_icpc_date"]), None)
            c["icpc_cp_plan_id"] = plan["cppl_cp_plan_id"] if plan else ""
            c["icpc_icpc_outcome_cp_flag"] = "Y" if plan else ("N" if c["icpc_icpc_date"] else "")
        for p in plans:
            icpc = next((c for c in conferences if p["cppl_cp_plan_start_date"]
                         and c["icpc_icpc_date"] == p["cppl_cp_plan_start_date"]), None)
            p["cppl_icpc_id"] = icpc["icpc_icpc_id"] if icpc else ""
        self.rows["ssd_initial_cp_conference"] += conferences
        self.rows["ssd_cp_plans"] += plans

    def plan(self, el, pid: str, plan_id: str, ref_id: str) -> dict:
        where = "CINdetails/ChildProtectionPlans"
        reviews = el.find("Reviews")
        for m, r in enumerate(reviews.findall("CPPreviewDate") if reviews is not None else [], start=1):
            self.rows["ssd_cp_reviews"].append({
                ROW: r.sourceline, "cppr_cp_review_id": f"{plan_id}/R{m}", "cppr_person_id": pid,
                "cppr_cp_plan_id": plan_id,
                "cppr_cp_review_date": self._cell(r, f"{where}/Reviews/CPPreviewDate", date=True)})
        return {ROW: el.sourceline, "cppl_cp_plan_id": plan_id, "cppl_person_id": pid,
                "cppl_cp_plan_start_date": self._date(el, where, "CPPstartDate"),
                "cppl_cp_plan_end_date": self._date(el, where, "CPPendDate"),
                "cppl_cp_plan_initial_category": self._value(el, where, "InitialCategoryOfAbuse"),
                "cppl_cp_plan_latest_category": self._value(el, where, "LatestCategoryOfAbuse")}

    # cells

    def _cell(self, el, path: str, date: bool = False) -> str:
        """An element's text, or '' when the element is unknown this year or its value invalid."""
        if el is None or f"{CHILD}/{path}" not in self.checker.elements or el in self.checker.bad or len(el):
            return ""
        text = (el.text or "").strip()
        return text[:10] if date else text

    def _value(self, parent, where: str, name: str) -> str:
        el = parent.find(name) if parent is not None else None
        return self._cell(el, f"{where}/{name}")

    def _date(self, parent, where: str, name: str) -> str:
        el = parent.find(name) if parent is not None else None
        return self._cell(el, f"{where}/{name}", date=True)

    def tables(self) -> dict[str, pa.Table]:
        out = {}
        for name, cols in COLUMNS.items():
            rows = self.rows[name]
            data = {c: pa.array([r.get(c, "") for r in rows], pa.string()) for c in cols}
            lines = [r[ROW] for r in rows]
            if len(set(lines)) < len(lines):
                # Records sharing a line (a return written on one line): the check tells rows
                # apart by `_row`, so number them by their place in the file instead.
                self.issues.append(Issue("warning", self.table, None, None, None,
                                         f"several {TABLES[name].what} records share a line: their row "
                                         "numbers in messages are their order in the file"))
                lines = list(range(1, len(rows) + 1))
            data[ROW] = pa.array(lines, pa.int64())
            out[name] = pa.table(data)
        return out


def _text(parent, name: str) -> str | None:
    el = parent.find(name)
    return None if el is None else (el.text or "")


def read(path: Path, la_code: str | None = None) -> SourceRead:
    path = Path(path)
    if not path.is_file():
        raise ExtractError(f"{path} is not a file")
    ret = _Return(path)
    stack: list[str] = []  # the names of the open elements, down to a Child
    depth = 0
    message = None
    try:
        for event, el in etree.iterparse(str(path), events=("start", "end"), resolve_entities=False,
                                         no_network=True):
            if event == "start":
                depth += 1
                if depth <= 3:
                    stack.append(_name(el))
                if depth == 1:
                    message = el
                    if stack[0] != "Message":
                        raise ExtractError(f"{path} is not a CIN census return "
                                           "(its root element is not Message)")
                continue
            depth -= 1
            if depth > 2:
                continue
            where = "/".join(stack)
            if where == HEADER:
                ret.header(el)
            elif where == CHILD:
                if ret.checker is None:
                    raise ExtractError(f"{path} has no header before its children: "
                                       "the collection year is unknown")
                ret.child(el)
                el.clear(keep_tail=True)  # keep memory flat; the shell stays for the structure check
            stack.pop()
    except OSError as exc:
        raise ExtractError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    except etree.XMLSyntaxError as exc:
        if message is None or ret.checker is None:
            # (the parser's message may quote the text: the line only)
            raise ExtractError(f"{path} is not readable XML (broken at line {exc.lineno})") from exc
        ret.issues.append(Issue("error", ret.table, exc.lineno, None, None,
                                "the XML is broken here: the rest of the file was not read"))
        message = None  # the tree is incomplete: its structure is not checked
    if ret.checker is None:
        raise ExtractError(f"{path} has no header: the collection year is unknown")
    if message is not None:
        ret.checker.check(message, "Message", skip=frozenset({HEADER, CHILD}))
    tables = ret.tables()
    issues = ret.issues + ret.checker.issues
    code = (la_code or ret.lea or "").strip()
    if not code:
        issues.append(Issue("error", ret.table, None, f"{HEADER}/Source/LEA", None,
                            "no LA number in the header: give la_code"))
    info = ExtractInfo(la_code=code, extracted_at=ret.reference_date, la_name=_la_name(code),
                       source_system=f"DfE CIN census {ret.reference_date.year}")
    issues.sort(key=lambda i: (i.row or 0))
    window = collection_window(ret.reference_date)
    return SourceRead(
        raw=RawExtract(info, tables, issues),
        kind=KIND,
        coverage={name: window for name in COLUMNS},
        origins={name: path.name for name in COLUMNS},
    )


def _la_name(code: str) -> str | None:
    try:
        return reference.council(code).name
    except (KeyError, ValueError, LookupError):
        return None


# --- writing ----------------------------------------------------------------------------------

def reference_date_for(extracted_at: dt.date) -> dt.date:
    """The last 31 March on or before `extracted_at`: the end of the last whole collection year."""
    this_year = dt.date(extracted_at.year, 3, 31)
    return this_year if extracted_at >= this_year else dt.date(extracted_at.year - 1, 3, 31)


def _parse_date(text: str | None) -> dt.date | None:
    """A canonical date cell (ISO, a datetime, or DD/MM/YYYY) as a date; None when empty or bad."""
    text = (text or "").strip()
    for fmt, part in (("%Y-%m-%d", text[:10]), ("%d/%m/%Y", text[:10])):
        try:
            return dt.datetime.strptime(part, fmt).date()
        except ValueError:
            continue
    return None


def _get(row: dict, col: str) -> str:
    return (row.get(col) or "").strip()


def _day(row: dict, col: str) -> dt.date | None:
    return _parse_date(row.get(col))


def _rows(tables: dict[str, pa.Table], name: str) -> list[dict]:
    table = tables.get(name)
    return [] if table is None else table.to_pylist()


def _by(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(_get(r, key), []).append(r)
    return out


def _sub(parent, name: str, text: str | None = None):
    el = etree.SubElement(parent, name)
    if text is not None:
        el.text = text
    return el


class _Writer:
    """Builds one collection year's message from canonical tables (see `write`)."""

    def __init__(self, tables: dict[str, pa.Table], reference_date: dt.date):
        self.rd = reference_date
        self.first = collection_window(reference_date).first
        self.year, self.elements, self.enums = spec_for(reference_date.year)
        self.tables = tables
        self.assessments = _by(_rows(tables, "ssd_cin_assessments"), "cina_person_id")
        self.s47 = _by(_rows(tables, "ssd_s47_enquiry"), "s47e_person_id")
        self.icpc = _by(_rows(tables, "ssd_initial_cp_conference"), "icpc_person_id")
        self.plans = _by(_rows(tables, "ssd_cp_plans"), "cppl_person_id")
        self.reviews = _by(_rows(tables, "ssd_cp_reviews"), "cppr_cp_plan_id")

    def code(self, path: str, value: str | None) -> str | None:
        """`value` when it is in the year's code list for `path`, else None."""
        value = (value or "").strip()
        return value if value in self.enums[self.elements[f"{CHILD}/{path}"]["enum"]] else None

    def shown(self, day: dt.date | None) -> str | None:
        """A date as the return shows it: only when it happened by the reference date."""
        return day.isoformat() if day and day <= self.rd else None

    def open_in_year(self, start: dt.date | None, end: dt.date | None) -> bool:
        return start is not None and start <= self.rd and (end is None or end >= self.first)

    def referrals(self, episodes: list[dict]) -> list[dict]:
        out = []
        for r in episodes:
            start, end = _day(r, "cine_referral_date"), _day(r, "cine_close_date")
            if self.open_in_year(start, end):
                out.append(r | {"_start": start, "_end": end if end and end <= self.rd else None,
                                "_activities": {"a": [], "s": [], "p": []}})
        return sorted(out, key=lambda r: r["_start"])

    @staticmethod
    def host(referrals: list[dict], ref_id: str | None, day: dt.date | None) -> dict | None:
        """The written referral an activity belongs to: its own by id, else the one open on its
        date (the latest started), else the latest started on or before it."""
        if ref_id:
            match = next((r for r in referrals if _get(r, "cine_referral_id") == ref_id), None)
            if match is not None:
                return match
        if day is None:
            return None
        before = [r for r in referrals if r["_start"] <= day]
        open_then = [r for r in before if r["_end"] is None or r["_end"] >= day]
        return (open_then or before or [None])[-1]

    def child(self, children, person: dict, episodes: list[dict]) -> None:
        pid = _get(person, "pers_person_id")
        referrals = self.referrals(episodes)
        if not pid or not referrals:
            return
        self.attach(pid, referrals)
        child = _sub(children, "Child")
        ids = _sub(child, "ChildIdentifiers")
        _sub(ids, "LAchildID", pid)
        for tag, col in (("PersonBirthDate", "pers_dob"), ("ExpectedPersonBirthDate", "pers_expected_dob")):
            day = _day(person, col)
            if day:
                _sub(ids, tag, day.isoformat())
        sex = _get(person, "pers_sex").upper()
        if f"{CHILD}/ChildIdentifiers/Sex" in self.elements:
            _sub(ids, "Sex", sex if sex in ("M", "F") else "U")
        else:
            _sub(ids, "GenderCurrent", {"M": "1", "F": "2"}.get(sex, "0"))
        death = self.shown(_day(person, "pers_death_date"))
        if death:
            _sub(ids, "PersonDeathDate", death)
        chars = _sub(child, "ChildCharacteristics")
        ethnicity = _get(person, "pers_ethnicity")
        ethnicity = ETHNICITY_SPELLING.get(ethnicity, ethnicity)
        _sub(chars, "Ethnicity", self.code("ChildCharacteristics/Ethnicity", ethnicity) or "NOBT")
        for r in referrals:
            self.details(child, r)

    def attach(self, pid: str, referrals: list[dict]) -> None:
        for a in self.assessments.get(pid, []):
            start, auth = _day(a, "cina_assessment_start_date"), _day(a, "cina_assessment_auth_date")
            host = self.host(referrals, _get(a, "cina_referral_id"), start)
            if host is not None and self.open_in_year(start, auth):
                host["_activities"]["a"].append((start, auth))
        icpc_by_s47 = _by(self.icpc.get(pid, []), "icpc_s47_enquiry_id")
        for s in self.s47.get(pid, []):
            start, end = _day(s, "s47e_s47_start_date"), _day(s, "s47e_s47_end_date")
            s_id = _get(s, "s47e_s47_enquiry_id")
            held = [d for c in icpc_by_s47.get(s_id, []) if (d := _day(c, "icpc_icpc_date"))] if s_id else []
            conf = min(held, default=None)
            host = self.host(referrals, _get(s, "s47e_referral_id"), start)
            # An enquiry that ended before the year still belongs if its conference is in it.
            in_year = self.open_in_year(start, end) or (conf is not None and self.open_in_year(start, conf))
            if host is not None and in_year:
                host["_activities"]["s"].append((start, end, conf))
        plans = sorted(self.plans.get(pid, []), key=lambda p: _day(p, "cppl_cp_plan_start_date") or dt.date.max)
        for n, p in enumerate(plans, start=1):
            start, end = _day(p, "cppl_cp_plan_start_date"), _day(p, "cppl_cp_plan_end_date")
            host = self.host(referrals, None, start)
            if host is not None and self.open_in_year(start, end):
                host["_activities"]["p"].append((start, end, p, n))
        conferences = [d for c in self.icpc.get(pid, []) if (d := _day(c, "icpc_icpc_date"))]
        for r in referrals:  # the referral's own conference date: the one that made its latest plan
            starts = {start for start, *_ in r["_activities"]["p"]}
            r["_icpc"] = max((d for d in conferences if d in starts and d <= self.rd), default=None)

    def details(self, child, r: dict) -> None:
        el = _sub(child, "CINdetails")
        _sub(el, "CINreferralDate", r["_start"].isoformat())
        source = self.code("CINdetails/ReferralSource", r.get("cine_referral_source_code"))
        _sub(el, "ReferralSource", source or "10")  # 10: unknown
        need = self.code("CINdetails/PrimaryNeedCode", r.get("cine_cin_primary_need_code"))
        if need:
            _sub(el, "PrimaryNeedCode", need)
        if r["_end"]:
            _sub(el, "CINclosureDate", r["_end"].isoformat())
            reason = self.code("CINdetails/ReasonForClosure", r.get("cine_close_reason"))
            if reason:
                _sub(el, "ReasonForClosure", reason)
        if r["_icpc"]:
            _sub(el, "DateOfInitialCPC", r["_icpc"].isoformat())
        for start, auth in sorted(r["_activities"]["a"]):
            a = _sub(el, "Assessments")
            _sub(a, "AssessmentActualStartDate", start.isoformat())
            if self.shown(auth):
                _sub(a, "AssessmentAuthorisationDate", auth.isoformat())
        for start, end, conf in sorted(r["_activities"]["s"], key=lambda s: s[0]):
            s = _sub(el, "Section47")
            _sub(s, "S47ActualStartDate", start.isoformat())
            held = self.shown(conf)
            if held:
                _sub(s, "DateOfInitialCPC", held)
            # No conference: not required once the enquiry has ended; still possible while it runs.
            ended = end is not None and end <= self.rd
            _sub(s, "ICPCnotRequired", "true" if not held and ended else "false")
        nfa = _get(r, "cine_referral_nfa").upper() in ("Y", "YES", "1", "TRUE", "T")
        _sub(el, "ReferralNFA", "true" if nfa else "false")
        for start, end, p, n in sorted(r["_activities"]["p"], key=lambda p: p[0]):
            self.plan(el, start, end, p, n)

    def plan(self, parent, start: dt.date, end: dt.date | None, p: dict, n: int) -> None:
        where = "CINdetails/ChildProtectionPlans"
        initial = self.code(f"{where}/InitialCategoryOfAbuse", p.get("cppl_cp_plan_initial_category"))
        latest = self.code(f"{where}/LatestCategoryOfAbuse", p.get("cppl_cp_plan_latest_category"))
        if not (initial or latest):
            return  # both categories are required and there is nothing to give
        el = _sub(parent, "ChildProtectionPlans")
        _sub(el, "CPPstartDate", start.isoformat())
        if self.shown(end):
            _sub(el, "CPPendDate", end.isoformat())
        _sub(el, "InitialCategoryOfAbuse", initial or latest)
        _sub(el, "LatestCategoryOfAbuse", latest or initial)
        _sub(el, "NumberOfPreviousCPP", str(n))  # the plan's ordinal: the XSD admits no 0
        days = sorted(d for r in self.reviews.get(_get(p, "cppl_cp_plan_id"), [])
                      if (d := _day(r, "cppr_cp_review_date")) and d <= self.rd)
        if days:
            reviews = _sub(el, "Reviews")
            for d in days:
                _sub(reviews, "CPPreviewDate", d.isoformat())


def write(tables: dict[str, pa.Table], info: ExtractInfo, out: Path, year: int | None = None) -> list[Path]:
    """Write canonical tables as one CIN census return, `out/CIN_Census_<year>.xml`.

    The collection year ends on the last 31 March on or before `info.extracted_at` (or on
    31 March of `year`), and the year's structure is used (GenderCurrent to 2024, Sex from
    2025; before 2017 the 2017 structure). The return holds every child with a referral open
    at some time in the year (referral date on or before the reference date, not closed before
    1 April), with those referrals, and their assessments, enquiries and plans open at some time
    in the year (as at the reference date: later end dates are left out, so the record is open).
    Assessments and enquiries are placed under their referral by `*_referral_id`, else (and
    plans always, having no referral id) under the child's referral open on their start date,
    else the latest one started before it. Reviews of a written plan are all written up to the
    reference date (review timeliness needs the plan's earlier reviews); a referral's own
    DateOfInitialCPC is the conference that made its latest plan. Filled in where the return needs a value the tables lack:
    ReferralSource 10 (unknown), Ethnicity NOBT, GenderCurrent 0 / Sex U, ICPCnotRequired true
    for an enquiry that ended with no conference; NumberOfPreviousCPP is the plan's ordinal
    for the child. A plan with no valid category is left out. Disabilities and CIN plans are not
    written yet; assessment factors are not in the canonical tables.
    """
    if not re.fullmatch(r"\d{3}", (info.la_code or "").strip()):
        raise ValueError("a CIN census return needs a three-digit LA number (la_code)")
    rd = dt.date(year, 3, 31) if year else reference_date_for(info.extracted_at)
    writer = _Writer(tables, rd)
    root = etree.Element("Message")
    header = _sub(root, "Header")
    details = _sub(header, "CollectionDetails")
    _sub(details, "Collection", "CIN")
    _sub(details, "Year", str(rd.year))
    _sub(details, "ReferenceDate", rd.isoformat())
    source = _sub(header, "Source")
    _sub(source, "SourceLevel", "L")
    _sub(source, "LEA", info.la_code.strip())
    _sub(source, "SoftwareCode", "safeguarding")
    _sub(source, "Release", "1")
    _sub(source, "SerialNo", "001")
    _sub(source, "DateTime", f"{info.extracted_at.isoformat()}T00:00:00")
    children = _sub(root, "Children")
    episodes = _by(_rows(tables, "ssd_cin_episodes"), "cine_person_id")
    people = {_get(p, "pers_person_id"): p for p in _rows(tables, "ssd_person")}
    for pid in sorted(set(people) | set(episodes)):  # a referred child missing from ssd_person too
        writer.child(children, people.get(pid, {"pers_person_id": pid}), episodes.get(pid, []))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"CIN_Census_{rd.year}.xml"
    etree.ElementTree(root).write(str(path), pretty_print=True, xml_declaration=True, encoding="UTF-8")
    return [path]
