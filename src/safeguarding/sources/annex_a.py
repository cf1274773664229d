"""Read (and write) Ofsted's Annex A workbook as the canonical SSD-shaped tables.

Annex A is the child-level workbook a council gives Ofsted before an inspection: one sheet per
list ("List 1" ... "List 11"), a header row, one row per child or event. The reader uses lists
1 and 3-8; lists 2 (early help), 9 (care leavers), 10 and 11 (adoption) have no canonical table.

Mapping (Annex A field -> canonical column; every list also gives the child's
Gender -> pers_sex (M/F/U/I), Ethnicity -> pers_ethnicity (the 4-letter code), Date of Birth ->
pers_dob, taken from the lowest-numbered list that has a value):

- List 1 contacts -> ssd_contacts: Date of Contact -> cont_contact_date, Contact Source ->
  cont_contact_source_code ("q) 6: Police" -> "6"). No screening date or outcome: Annex A has none.
- List 3 referrals -> ssd_cin_episodes: Date of referral -> cine_referral_date, Referral Source
  -> cine_referral_source_code, Referral NFA? -> cine_referral_nfa.
- List 6 children in need -> ssd_cin_episodes: CIN Start Date -> cine_referral_date, Primary
  Need Code -> cine_cin_primary_need_code, CIN Closure Date -> cine_close_date, Reason for
  Closure -> cine_close_reason. A List 6 row and a List 3 row of the same child and date are one
  episode. A referral on List 3 but not on List 6 is closed (List 6 lists every child in need at
  the workbook's date) on a day Annex A does not give: its close date is set to the referral
  date, as for a child "only the subject of a referral", whom Ofsted leaves off List 6; one
  warning says how many. So the children-in-need count is a lower bound: an earlier episode of
  a child whose later one is on List 6 is not counted for the month ends it really spanned
  (closing it at the child's next referral instead overcounted by as much, on the synthetic
  council, as this undercounts).
- List 4 assessments -> ssd_cin_assessments: Continuous Assessment Start Date ->
  cina_assessment_start_date, ... Date of Authorisation -> cina_assessment_auth_date, Child Seen
  During Continuous Assessment -> cina_assessment_child_seen. No referral link (the timeliness
  indicator then counts from the assessment start).
- List 5 -> ssd_s47_enquiry: Strategy discussion ... Start Date -> s47e_s47_start_date, "Was an
  ICPC deemed unnecessary?" -> s47e_s47_nfa (as the SSD's Annex A SQL maps it); no end date.
  -> ssd_initial_cp_conference (rows with a conference date): Date of ICPC -> icpc_icpc_date,
  "Did the ICPC result in a CP plan" -> icpc_icpc_outcome_cp_flag, icpc_s47_enquiry_id -> the
  enquiry on the same row, icpc_cp_plan_id -> the List 7 plan of the child starting that day.
  Transfer-in conferences (no enquiry) are not in Annex A; no icpc_icpc_transfer_in column.
- List 7 -> ssd_cp_plans: Child Protection Plan Start/End Date -> cppl_cp_plan_start/end_date,
  Initial/Latest Category of Abuse -> cppl_cp_plan_initial/latest_category (NEG, PHY, SAB, EMO,
  MUL). -> ssd_cp_visits: Date of the Last Statutory Visit, one row per plan (no "seen" column:
  "seen alone" is a different question). Annex A holds only the LAST visit, so visit indicators
  are right only at the workbook's date (see coverage). The latest review alone cannot show
  whether every review was on time: no ssd_cp_reviews.
- List 8 -> ssd_cla_episodes: one period of care per child (clae_cla_id), from Date Started to
  be Looked After (also clae_entered_care_date) to Date Ceased to be Looked After, split in two
  episodes at Start Date of Most Recent Placement, so the open episode starts with the current
  placement (the earlier part may really be several episodes). Date of Last Social Work Visit is
  not read: whether it was in time depends on a long-term placement (91 days, not 42), which
  List 8 does not say, so looked-after visits are "not available". No ssd_cla_placement (one placement
  per child cannot show placement moves: the three-placements indicator needs them all), no
  legal status, category of need or reasons (no canonical columns), no ssd_cla_reviews.

Record ids (Annex A has none but the child's): "<list>-<child id>-<YYYYMMDD of the row's key
date>", with "-2", "-3" for repeats of the same child and day in one table, and "r<sheet row>"
in place of a missing date: deterministic for a given workbook. Prefixes: L1 contact, L3/L6
referral episode, L4 assessment, L5 enquiry, L5C conference, L7 plan, L7V CP visit, L8
episode, L8P period of care, L8V looked-after visit.

Decisions:
- Headers are matched by meaning, as liia-tools does: a header equal to the field name once
  case, spaces and punctuation are ignored, else the same words in any order, else the
  field's regular expressions (liia-tools' plus this project's, `reference/annex_a.json`).
  A missing child id or key-date column makes the list unusable (error, its tables absent); a
  missing column the reader uses or Ofsted requires is a warning; an unrecognised header is a
  warning with its column letter.
- The header row is the first of the sheet's first 10 rows naming a child id column.
- Dates: Excel dates, Excel serial numbers (the workbook's epoch), text DD/MM/YYYY (UK order,
  also with - or .), YYYY-MM-DD, either with a time. Anything else is an error, cell left empty.
- Ids are text: a number is written without ".0" (and "123.0" text as "123"). Leading zeros that
  Excel dropped cannot be put back: an id with leading zeros that appears elsewhere in the
  workbook as a number is reported (the same child may then have two ids). Numbers of 16 or
  more digits may have lost digits in Excel (warning).
- Values are recognised from the code ("6", "WBRI"), the Ofsted label ("q) 6: Police"), or
  liia-tools' patterns ("Police"); an unrecognised value is a warning and the cell is left empty.
- A list absent, or a sheet with no header, makes that list's tables absent (warning), never
  empty; a list with a header and no rows gives empty tables (warning). Without List 6 the
  referral episodes have no need, close date or reason columns (so children in need are "not
  available", not every referral open for ever); without List 3 they are List 6's episodes
  only, which undercounts referrals (a warning says so).
- `extracted_at` (the workbook's date): the argument, else the latest date in the workbook's event
  columns (not dates of birth; dates after today ignored), rounded up to its month end, with a
  warning (a workbook made mid-month then claims the rest of that month: pass `extracted_at`).
- Coverage: Annex A lists the 6 (or 12) months before its date. `months` is the argument, else
  12 when a contact or referral is dated more than 7 months before `extracted_at`, else 6. The
  window is (extracted_at - months, extracted_at]. Event lists (1, 3, 4, 5) hold every event in
  it; month-end lists (6, 7, 8) every child open at any time in it, so what was open the day
  before it opens is there too. So ssd_contacts, ssd_cin_episodes, ssd_cin_assessments,
  ssd_s47_enquiry, ssd_cp_plans and ssd_cla_episodes cover the window. ssd_initial_cp_conference
  covers it from the first day of its second month: List 5 lists the enquiries open in the
  window, so a conference early in it that follows an enquiry ended before it is missing.
  ssd_cp_visits and ssd_cla_visits hold only the last visit: they cover the workbook's date
  alone (Window(extracted_at, extracted_at)). Limits the windows cannot say: lists 6-8 give one
  row per child (the latest episode, plan or period), so a child whose earlier episode closed in
  the window is missed for it, and a second plan started in the window hides the first from plan
  starts; nothing before the window is known, so rolling 12-month measures need a 12-month
  return, and "second or subsequent plan" (any earlier plan) cannot be right.
- `la_code`: the argument, else a 3-digit council number in the file name; else an error.

`write` makes an Annex A workbook from canonical tables, following the SSD project's Annex A SQL
(the lists of the `months` months to the month end on or before `info.extracted_at`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pyarrow as pa

from .. import reference
from ..months import add_months, month_end
from ..schema import TABLES
from .folder import ROW, ExtractError, ExtractInfo, RawExtract
from .issues import Issue
from .returns import SourceRead, Window

KIND = "annex-a"
LISTS = (1, 3, 4, 5, 6, 7, 8)
CHILD, GENDER, ETHNICITY, DOB = "Child Unique ID", "Gender", "Ethnicity", "Date of Birth"
# The key date of each list: a list without it cannot be read.
KEY_DATE = {
    1: "Date of Contact",
    3: "Date of referral",
    4: "Continuous Assessment Start Date",
    5: "Strategy discussion initiating Section 47 Enquiry Start Date",
    6: "CIN Start Date",
    7: "Child Protection Plan Start Date",
    8: "Date Started to be Looked After",
}
ICPC_DATE = "Date of Initial Child Protection Conference"
EXCEL_ERRORS = {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"}
HEADER_SEARCH_ROWS = 10
STOPWORDS = {"of", "the", "a", "an", "to", "in", "is", "was", "be", "for"}
MAX_DATE = dt.date(2100, 12, 31)
MIN_DATE = dt.date(1900, 3, 1)  # Excel's serials are wrong before March 1900


@cache
def _ref() -> dict:
    text = resources.files(__package__).joinpath("reference/annex_a.json").read_text(encoding="utf-8")
    return json.loads(text)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _norm(text).split() if w not in STOPWORDS)


def _letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


# ---------------------------------------------------------------------------------------------
# Detection


def _list_number(title: str) -> int | None:
    m = re.match(r"\s*(?:list|l)\s*[-_:]?\s*0?(\d{1,2})\b", title, re.IGNORECASE)
    return int(m.group(1)) if m else None


def detect(path: Path) -> bool:
    """An .xlsx workbook whose sheets are named "List N", or whose first rows name a child id
    and an Annex A list's key date."""
    path = Path(path)
    if not path.is_file() or not zipfile.is_zipfile(path):
        return False
    try:
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # any unreadable zip is simply not a workbook of ours
        return False
    try:
        if sum(_list_number(t) in LISTS for t in wb.sheetnames) >= 2:
            return True
        for ws in wb.worksheets[:12]:
            for row in ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True):
                headers = [str(v) for v in row if isinstance(v, str)]
                if any(_matches(h, CHILD, 1) for h in headers) and any(
                        _matches(h, KEY_DATE[n], n) for n in LISTS for h in headers):
                    return True
        return False
    finally:
        wb.close()


# ---------------------------------------------------------------------------------------------
# Headers


def _spec(number: int) -> list[dict]:
    return _ref()["lists"][str(number)]


def _matches(header: str, name: str, number: int, loose: bool = True) -> bool:
    if _norm(header) == _norm(name) or _words(header) == _words(name):
        return True
    if not loose:
        return False
    spec = next((c for c in _spec(number) if c["name"] == name), None)
    return bool(spec) and any(re.match(p, header.strip(), re.IGNORECASE) for p in spec["patterns"])


def _map_headers(headers: list, number: int) -> tuple[dict[str, int], list[int]]:
    """Annex A field -> column index, and the indexes of headers not recognised.

    Exact (normalised) names first, so that a loose pattern never steals a column another field
    names exactly; then the patterns, in Ofsted's column order."""
    fields = [c["name"] for c in _spec(number)]
    found: dict[str, int] = {}
    free = {i: str(h) for i, h in enumerate(headers) if h is not None and str(h).strip()}
    for loose in (False, True):
        for name in fields:
            if name in found:
                continue
            for i, h in sorted(free.items()):
                if _matches(h, name, number, loose):
                    found[name] = i
                    del free[i]
                    break
    return found, sorted(free)


# ---------------------------------------------------------------------------------------------
# Cells


@dataclass
class Sheet:
    title: str
    number: int
    columns: dict[str, int]
    rows: list[tuple[int, tuple]]  # (sheet row number, values)


@dataclass
class Reader:
    """Turns cells into canonical text, collecting every problem as an Issue."""
    epoch: dt.datetime
    issues: list[Issue] = field(default_factory=list)
    numeric_ids: set[str] = field(default_factory=set)
    zero_ids: list[tuple[str, int, str, str]] = field(default_factory=list)  # id, row, sheet, col

    def issue(self, severity, sheet: Sheet, row, name, value, problem) -> None:
        column = f"{name} ({_letter(sheet.columns[name])})" if name in sheet.columns else name
        self.issues.append(Issue(severity, sheet.title, row, column,
                                 None if value is None else str(value), problem))

    @staticmethod
    def cell(sheet: Sheet, values: tuple, name: str):
        i = sheet.columns.get(name)
        if i is None or i >= len(values):
            return None
        v = values[i]
        return None if isinstance(v, str) and not v.strip() else v

    def _excel_error(self, sheet, row, name, v) -> bool:
        if isinstance(v, str) and v.strip().upper() in EXCEL_ERRORS:
            self.issue("warning", sheet, row, name, v, "Excel error value: left empty")
            return True
        return False

    def text(self, sheet: Sheet, row: int, values: tuple, name: str) -> str | None:
        v = self.cell(sheet, values, name)
        if v is None or self._excel_error(sheet, row, name, v):
            return None
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return str(v).strip()

    def child(self, sheet: Sheet, row: int, values: tuple) -> str | None:
        v = self.cell(sheet, values, CHILD)
        if v is None or self._excel_error(sheet, row, CHILD, v):
            return None  # the check reports the missing id
        if isinstance(v, bool) or isinstance(v, (dt.date, dt.datetime)):
            self.issue("error", sheet, row, CHILD, v, "not an id")
            return None
        if isinstance(v, (int, float)):
            if isinstance(v, float) and not v.is_integer():
                self.issue("error", sheet, row, CHILD, v, "id is a number with decimals: left empty")
                return None
            text = str(int(v))
            if abs(v) >= 1e15:
                self.issue("warning", sheet, row, CHILD, v,
                           "id is a number of 16 or more digits: Excel keeps 15, some may be lost")
            self.numeric_ids.add(text)
            return text
        text = str(v).strip()
        if re.fullmatch(r"\d+\.0+", text):  # a number written back as text
            text = text.split(".")[0]
        if re.fullmatch(r"0+\d+", text):
            self.zero_ids.append((text, row, sheet.title, _letter(sheet.columns[CHILD])))
        return text

    def date(self, sheet: Sheet, row: int, values: tuple, name: str) -> dt.date | None:
        v = self.cell(sheet, values, name)
        if v is None or self._excel_error(sheet, row, name, v):
            return None
        d = _to_date(v, self.epoch)
        if d is None:
            self.issue("error", sheet, row, name, v,
                       "not a date (use an Excel date, DD/MM/YYYY or YYYY-MM-DD): left empty")
        return d

    def code(self, sheet: Sheet, row: int, values: tuple, name: str, family: str) -> str | None:
        v = self.text(sheet, row, values, name)
        if v is None:
            return None
        code = _code(family, v)
        if code is None:
            self.issue("warning", sheet, row, name, v, "value not recognised: left empty")
        return code or None

    def leading_zero_check(self) -> None:
        for text, row, title, letter in self.zero_ids:
            if text.lstrip("0") in self.numeric_ids:
                self.issues.append(Issue(
                    "warning", title, row, f"{CHILD} ({letter})", text,
                    "id with leading zeros is a number elsewhere in the workbook: Excel may have "
                    "dropped the zeros, and the child may have two ids"))


def _to_date(v, epoch: dt.datetime) -> dt.date | None:
    if isinstance(v, dt.datetime):
        d = v.date()
    elif isinstance(v, dt.date):
        d = v
    elif isinstance(v, bool):
        return None
    elif isinstance(v, (int, float)):
        d = _serial(float(v), epoch)
    else:
        d = _text_date(str(v).strip(), epoch)
    return d if d is not None and MIN_DATE <= d <= MAX_DATE else None


def _serial(v: float, epoch: dt.datetime) -> dt.date | None:
    if v.is_integer() and 19000101 <= v <= 21001231:  # YYYYMMDD typed as a number
        try:
            return dt.datetime.strptime(str(int(v)), "%Y%m%d").date()
        except ValueError:
            return None
    if not 1 <= v < 2958466:
        return None
    from openpyxl.utils.datetime import from_excel

    return from_excel(v, epoch).date()


_TEXT_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def _text_date(text: str, epoch: dt.datetime) -> dt.date | None:
    try:
        if m := _ISO_DATE.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _TEXT_DATE.fullmatch(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if re.fullmatch(r"\d{5}(\.\d+)?", text):  # a serial number stored as text
            return _serial(float(text), epoch)
    except ValueError:
        return None
    return None


@cache
def _code_table(family: str) -> tuple[dict, dict, list[tuple[re.Pattern, str]]]:
    spec = _ref()["codes"][family]
    return spec["labels"], spec["names"], [(re.compile(p, re.IGNORECASE), c) for p, c in spec["patterns"]]


def _code(family: str, text: str) -> str | None:
    """The SSD code of an Annex A value; "" when recognised but saying nothing; None if unknown.

    Tried in turn: the code itself ("6"), Ofsted's label ("q) 6: Police"), a code inside the
    value ("6 - Police"; single letters are the "a)" of a label, not codes), liia-tools' patterns
    ("Police")."""
    labels, names, patterns = _code_table(family)
    value = text.strip()
    if value.upper() in labels:
        return value.upper()
    name = " ".join(value.lower().split())
    if name in names:
        return names[name]
    for token in re.split(r"[^A-Za-z0-9]+", value):
        if len(token) > 1 and token.upper() in labels:
            return token.upper()
    return next((code for pattern, code in patterns if pattern.match(value)), None)


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class Tables:
    """Canonical rows as they are made, each a dict with ROW."""
    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    ids: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def new_id(self, table: str, prefix: str, child: str | None, day: dt.date | None, row: int) -> str:
        base = f"{prefix}-{child or 'r' + str(row)}-{day.strftime('%Y%m%d') if day else 'r' + str(row)}"
        self.ids[table][base] += 1
        n = self.ids[table][base]
        return base if n == 1 else f"{base}-{n}"


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _open_sheets(wb, name: str, issues: list[Issue]) -> dict[int, Sheet]:
    sheets: dict[int, Sheet] = {}
    by_number: dict[int, object] = {}
    for ws in wb.worksheets:
        n = _list_number(ws.title)
        if n in LISTS and n in by_number:
            issues.append(Issue("warning", ws.title, None, None, None,
                                f"a second sheet for List {n}: ignored (the first is read)"))
        elif n in LISTS:
            by_number[n] = ws
    for n in LISTS:
        ws = by_number.get(n)
        if ws is None:
            issues.append(Issue("warning", name, None, None, None,
                                f"List {n} absent: its tables are not made"))
            continue
        try:
            sheet = _read_sheet(ws, n, issues)
        except Exception as exc:  # a damaged sheet part: report it, read the other lists
            issues.append(Issue("error", ws.title, None, None, None,
                                f"sheet cannot be read ({type(exc).__name__}): its tables are not made"))
            continue
        if sheet is not None:
            sheets[n] = sheet
    return sheets


def _read_sheet(ws, number: int, issues: list[Issue]) -> Sheet | None:
    ws.reset_dimensions()  # a wrong stored size must not cut rows off
    rows = [(i, tuple(r)) for i, r in enumerate(ws.iter_rows(values_only=True), start=1)]
    header_at = next((k for k, (_, r) in enumerate(rows[:HEADER_SEARCH_ROWS])
                      if any(isinstance(v, str) and _matches(v, CHILD, number) for v in r)), None)
    if header_at is None:
        issues.append(Issue("warning", ws.title, None, None, None,
                            "no header row naming a child id: the list's tables are not made"))
        return None
    header_row, headers = rows[header_at]
    columns, unknown = _map_headers(list(headers), number)
    for i in unknown:
        issues.append(Issue("warning", ws.title, header_row, _letter(i), str(headers[i]),
                            "header not recognised: column ignored"))
    missing = [c for c in (CHILD, KEY_DATE[number]) if c not in columns]
    for c in missing:
        issues.append(Issue("error", ws.title, header_row, c, None,
                            "required column not found: the list's tables are not made"))
    if missing:
        return None
    # Columns this reader uses, and those Ofsted requires filled in (liia-tools' canbeblank).
    used = set(_wanted(number)) | {GENDER, ETHNICITY, DOB}
    for c in _spec(number):
        if c["name"] not in columns and (c["name"] in used or not c["blank"]):
            issues.append(Issue("warning", ws.title, header_row, c["name"], None, "column not found"))
    body = [(i, r) for i, r in rows[header_at + 1:]
            if any(v is not None and not (isinstance(v, str) and not v.strip()) for v in r)]
    if not body:
        issues.append(Issue("warning", ws.title, None, None, None, "list has no rows"))
    return Sheet(ws.title, number, columns, body)


def _wanted(number: int) -> list[str]:
    """The columns the reader uses from a list besides the child id and key date."""
    return {
        1: ["Contact Source"],
        3: ["Referral Source", "Referral NFA?"],
        4: ["Continuous Assessment Date of Authorisation", "Child Seen During Continuous Assessment"],
        5: ["Was an Initial Child Protection Conference deemed unnecessary?", ICPC_DATE,
            "Did the Initial Child Protection Conference Result in a Child Protection Plan"],
        6: ["Primary Need Code", "CIN Closure Date", "Reason for Closure"],
        7: ["Initial Category of Abuse", "Latest Category of Abuse",
            "Date of the Last Statutory Visit", "Child Protection Plan End Date"],
        8: ["Date Ceased to be Looked After", "Start Date of Most Recent Placement",
            "Date of Last Social Work Visit"],
    }[number]


def _people(sheets: dict[int, Sheet], rd: Reader, out: Tables) -> dict[tuple[int, int], str]:
    """ssd_person from every list; returns (list, row) -> child id for the other tables."""
    child_of: dict[tuple[int, int], str] = {}
    people: dict[str, dict] = {}
    for n, sheet in sorted(sheets.items()):
        for row, values in sheet.rows:
            child = rd.child(sheet, row, values)
            if child is None:
                continue
            child_of[(n, row)] = child
            sex = rd.code(sheet, row, values, GENDER, "gender")
            eth = rd.code(sheet, row, values, ETHNICITY, "ethnicity")
            dob = rd.date(sheet, row, values, DOB)
            p = people.setdefault(child, {"pers_person_id": child, ROW: row, "pers_sex": None,
                                          "pers_ethnicity": None, "pers_dob": None})
            if dob and p["pers_dob"] and p["pers_dob"] != dob.isoformat():
                rd.issue("warning", sheet, row, DOB, dob.isoformat(),
                         "date of birth differs from the one first given for the child")
            for col, v in (("pers_sex", sex), ("pers_ethnicity", eth), ("pers_dob", _iso(dob))):
                p[col] = p[col] or v
    out.rows["ssd_person"] = list(people.values())
    return child_of


def _contacts(sheet: Sheet, rd: Reader, child_of, out: Tables) -> None:
    for row, v in sheet.rows:
        child = child_of.get((1, row))
        day = rd.date(sheet, row, v, KEY_DATE[1])
        out.rows["ssd_contacts"].append({
            "cont_contact_id": out.new_id("ssd_contacts", "L1", child, day, row),
            "cont_person_id": child, "cont_contact_date": _iso(day),
            "cont_contact_source_code": rd.code(sheet, row, v, "Contact Source", "source"), ROW: row})


def _episodes(sheets: dict[int, Sheet], rd: Reader, child_of, out: Tables, info: list[Issue],
              name: str) -> None:
    """ssd_cin_episodes from List 3 (referrals) and List 6 (children in need), merged."""
    episodes: list[dict] = []
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    if 3 in sheets:
        s = sheets[3]
        for row, v in s.rows:
            child, day = child_of.get((3, row)), rd.date(s, row, v, KEY_DATE[3])
            e = {"cine_referral_id": out.new_id("ssd_cin_episodes", "L3", child, day, row),
                 "cine_person_id": child, "cine_referral_date": _iso(day),
                 "cine_referral_source_code": rd.code(s, row, v, "Referral Source", "source"),
                 "cine_referral_nfa": rd.code(s, row, v, "Referral NFA?", "yesno"),
                 "cine_cin_primary_need_code": None, "cine_close_date": None,
                 "cine_close_reason": None, ROW: row, "_on6": False}
            episodes.append(e)
            if child and day:
                by_key[(child, day)].append(e)
    if 6 in sheets:
        s = sheets[6]
        for row, v in s.rows:
            child, day = child_of.get((6, row)), rd.date(s, row, v, KEY_DATE[6])
            detail = {"cine_cin_primary_need_code": rd.code(s, row, v, "Primary Need Code", "need"),
                      "cine_close_date": _iso(rd.date(s, row, v, "CIN Closure Date")),
                      "cine_close_reason": rd.code(s, row, v, "Reason for Closure", "close_reason")}
            same = [e for e in by_key.get((child, day), []) if not e["_on6"]] if child and day else []
            if same:
                same[0].update(detail, _on6=True)
                continue
            episodes.append({"cine_referral_id": out.new_id("ssd_cin_episodes", "L6", child, day, row),
                             "cine_person_id": child, "cine_referral_date": _iso(day),
                             "cine_referral_source_code": None, "cine_referral_nfa": None,
                             **detail, ROW: row, "_on6": True})
    if 3 in sheets and 6 in sheets:
        _close_referrals_not_on_list_6(episodes, info, name)
    for e in episodes:
        e.pop("_on6")
    out.rows["ssd_cin_episodes"] = episodes


def _close_referrals_not_on_list_6(episodes: list[dict], info: list[Issue], name: str) -> None:
    """A referral not on List 6 is closed on its own date: Annex A shows it open on no other day
    (a lower bound for the children-in-need count; see the module docstring)."""
    n = 0
    for e in episodes:
        if not e["_on6"] and e["cine_referral_date"]:
            e["cine_close_date"] = e["cine_referral_date"]
            n += 1
    if n:
        info.append(Issue("warning", name, None, "cine_close_date", None,
                          "referrals not on List 6 close on a day Annex A does not give: "
                          "taken as closed on the referral date",
                          detail=f"{n} referrals"))


def _assessments(sheet: Sheet, rd: Reader, child_of, out: Tables) -> None:
    for row, v in sheet.rows:
        child, day = child_of.get((4, row)), rd.date(sheet, row, v, KEY_DATE[4])
        out.rows["ssd_cin_assessments"].append({
            "cina_assessment_id": out.new_id("ssd_cin_assessments", "L4", child, day, row),
            "cina_person_id": child, "cina_assessment_start_date": _iso(day),
            "cina_assessment_auth_date": _iso(rd.date(sheet, row, v,
                                                      "Continuous Assessment Date of Authorisation")),
            "cina_assessment_child_seen": rd.code(sheet, row, v,
                                                  "Child Seen During Continuous Assessment", "yesno"),
            ROW: row})


def _enquiries(sheet: Sheet, rd: Reader, child_of, out: Tables) -> None:
    for row, v in sheet.rows:
        child, day = child_of.get((5, row)), rd.date(sheet, row, v, KEY_DATE[5])
        s47_id = out.new_id("ssd_s47_enquiry", "L5", child, day, row)
        out.rows["ssd_s47_enquiry"].append({
            "s47e_s47_enquiry_id": s47_id, "s47e_person_id": child, "s47e_s47_start_date": _iso(day),
            "s47e_s47_nfa": rd.code(sheet, row, v,
                                    "Was an Initial Child Protection Conference deemed unnecessary?",
                                    "yesno"), ROW: row})
        icpc = rd.date(sheet, row, v, ICPC_DATE)
        if icpc:
            out.rows["ssd_initial_cp_conference"].append({
                "icpc_icpc_id": out.new_id("ssd_initial_cp_conference", "L5C", child, icpc, row),
                "icpc_person_id": child, "icpc_s47_enquiry_id": s47_id, "icpc_cp_plan_id": None,
                "icpc_icpc_date": icpc.isoformat(),
                "icpc_icpc_outcome_cp_flag": rd.code(
                    sheet, row, v,
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                    "yesno"),
                ROW: row})


def _plans(sheet: Sheet, rd: Reader, child_of, out: Tables) -> None:
    for row, v in sheet.rows:
        child, day = child_of.get((7, row)), rd.date(sheet, row, v, KEY_DATE[7])
        plan_id = out.new_id("ssd_cp_plans", "L7", child, day, row)
        out.rows["ssd_cp_plans"].append({
            "cppl_cp_plan_id": plan_id, "cppl_person_id": child, "cppl_cp_plan_start_date": _iso(day),
            "cppl_cp_plan_end_date": _iso(rd.date(sheet, row, v, "Child Protection Plan End Date")),
            "cppl_cp_plan_initial_category": rd.code(sheet, row, v, "Initial Category of Abuse",
                                                     "category"),
            "cppl_cp_plan_latest_category": rd.code(sheet, row, v, "Latest Category of Abuse",
                                                    "category"),
            "cppl_icpc_id": None, ROW: row})
        visit = rd.date(sheet, row, v, "Date of the Last Statutory Visit")
        if visit:
            out.rows["ssd_cp_visits"].append({
                "cppv_cp_visit_id": out.new_id("ssd_cp_visits", "L7V", child, visit, row),
                "cppv_person_id": child, "cppv_cp_plan_id": plan_id,
                "cppv_cp_visit_date": visit.isoformat(), ROW: row})


def _link_conferences(out: Tables) -> None:
    """A conference that made a plan -> the child's List 7 plan starting that day."""
    plans = {(p["cppl_person_id"], p["cppl_cp_plan_start_date"]): p for p in out.rows["ssd_cp_plans"]}
    for c in out.rows["ssd_initial_cp_conference"]:
        plan = plans.get((c["icpc_person_id"], c["icpc_icpc_date"]))
        if plan and c["icpc_icpc_outcome_cp_flag"] != "N":
            c["icpc_cp_plan_id"] = plan["cppl_cp_plan_id"]
            plan["cppl_icpc_id"] = plan["cppl_icpc_id"] or c["icpc_icpc_id"]


def _looked_after(sheet: Sheet, rd: Reader, child_of, out: Tables) -> None:
    for row, v in sheet.rows:
        child, start = child_of.get((8, row)), rd.date(sheet, row, v, KEY_DATE[8])
        ceased = rd.date(sheet, row, v, "Date Ceased to be Looked After")
        placed = rd.date(sheet, row, v, "Start Date of Most Recent Placement")
        period = out.new_id("ssd_cla_episodes#period", "L8P", child, start, row)
        # Split at the current placement when it began inside the period.
        cuts = [start, placed] if start and placed and start < placed and (
            ceased is None or placed < ceased) else [start]
        for k, begin in enumerate(cuts):
            end = cuts[k + 1] if k + 1 < len(cuts) else ceased
            out.rows["ssd_cla_episodes"].append({
                "clae_cla_episode_id": out.new_id("ssd_cla_episodes", "L8", child, begin, row),
                "clae_person_id": child, "clae_cla_id": period,
                "clae_cla_episode_start_date": _iso(begin), "clae_cla_episode_ceased_date": _iso(end),
                "clae_entered_care_date": _iso(start), ROW: row})
        # The last social work visit is not read: whether it was in time depends on whether the
        # placement is long term (91 days, not 42), which List 8 does not say, so it would make
        # visits look late that are not.


# The canonical tables each list makes (a list absent: these are absent too).
MAKES = {1: ["ssd_contacts"], 3: ["ssd_cin_episodes"], 4: ["ssd_cin_assessments"],
         5: ["ssd_s47_enquiry", "ssd_initial_cp_conference"], 6: ["ssd_cin_episodes"],
         7: ["ssd_cp_plans", "ssd_cp_visits"], 8: ["ssd_cla_episodes"]}
LAST_DAY_ONLY = ("ssd_cp_visits",)  # the last visit only
# Lists 6, 7 and 8 give each child's latest episode, plan or period: a child whose earlier one
# closed in the window is missing from the months it was open.
ONE_ROW_PER_CHILD = ("ssd_cin_episodes", "ssd_cp_plans", "ssd_cla_episodes")
EVENT_DATES = {  # the columns whose latest date dates the workbook
    "ssd_contacts": ["cont_contact_date"],
    "ssd_cin_episodes": ["cine_referral_date", "cine_close_date"],
    "ssd_cin_assessments": ["cina_assessment_start_date", "cina_assessment_auth_date"],
    "ssd_s47_enquiry": ["s47e_s47_start_date"],
    "ssd_initial_cp_conference": ["icpc_icpc_date"],
    "ssd_cp_plans": ["cppl_cp_plan_start_date", "cppl_cp_plan_end_date"],
    "ssd_cp_visits": ["cppv_cp_visit_date"],
    "ssd_cla_episodes": ["clae_cla_episode_start_date", "clae_cla_episode_ceased_date"],
}


# The canonical columns each table gets (the same whether or not the list has rows).
COLUMNS = {
    "ssd_person": "pers_person_id pers_dob pers_sex pers_ethnicity",
    "ssd_contacts": "cont_contact_id cont_person_id cont_contact_date cont_contact_source_code",
    "ssd_cin_episodes": "cine_referral_id cine_person_id cine_referral_date cine_referral_source_code "
                        "cine_referral_nfa cine_cin_primary_need_code cine_close_date cine_close_reason",
    "ssd_cin_assessments": "cina_assessment_id cina_person_id cina_assessment_start_date "
                           "cina_assessment_auth_date cina_assessment_child_seen",
    "ssd_s47_enquiry": "s47e_s47_enquiry_id s47e_person_id s47e_s47_start_date s47e_s47_nfa",
    "ssd_initial_cp_conference": "icpc_icpc_id icpc_person_id icpc_s47_enquiry_id icpc_cp_plan_id "
                                 "icpc_icpc_date icpc_icpc_outcome_cp_flag",
    "ssd_cp_plans": "cppl_cp_plan_id cppl_person_id cppl_cp_plan_start_date cppl_cp_plan_end_date "
                    "cppl_cp_plan_initial_category cppl_cp_plan_latest_category cppl_icpc_id",
    "ssd_cp_visits": "cppv_cp_visit_id cppv_person_id cppv_cp_plan_id cppv_cp_visit_date",
    "ssd_cla_episodes": "clae_cla_episode_id clae_person_id clae_cla_id clae_cla_episode_start_date "
                        "clae_cla_episode_ceased_date clae_entered_care_date",
}
# Without List 6 nothing says when a referral closed: the stock columns are left out, so the
# children-in-need count is "not available" rather than every referral open for ever.
FROM_LIST_6 = ("cine_cin_primary_need_code", "cine_close_date", "cine_close_reason")


def _arrow(name: str, rows: list[dict], drop: tuple[str, ...] = ()) -> pa.Table:
    cols = [c for c in COLUMNS[name].split() if c not in drop]
    data = {c: pa.array([r.get(c) for r in rows], pa.string()) for c in cols}
    data[ROW] = pa.array([r[ROW] for r in rows], pa.int64())
    return pa.table(data)


def window(extracted_at: dt.date, months: int) -> Window:
    """The days a workbook dated `extracted_at` covers: the `months` months before it."""
    return Window(add_months(extracted_at, -months) + dt.timedelta(days=1), extracted_at)


def _la(path: Path, la_code: str | None) -> str | None:
    if la_code:
        return str(la_code).strip()
    known = {c.la_code for c in reference.councils()}
    found = [c for c in re.findall(r"(?<!\d)(\d{3})(?!\d)", path.stem) if c in known]
    return found[0] if len(set(found)) == 1 else None


def read(path: Path, la_code: str | None = None, *, extracted_at: dt.date | None = None,
         months: int | None = None) -> SourceRead:
    """The canonical tables of an Annex A workbook (see the module docstring)."""
    path = Path(path)
    try:
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a file that is not a workbook
        # (the library's message may quote a cell: its type only)
        raise ExtractError(f"{path} cannot be read as an .xlsx workbook ({type(exc).__name__})") from exc
    issues: list[Issue] = []
    try:
        sheets = _open_sheets(wb, path.name, issues)
        rd = Reader(wb.epoch)
        out = Tables()
        child_of = _people(sheets, rd, out)
        for n, make in ((1, _contacts), (4, _assessments), (5, _enquiries), (7, _plans),
                        (8, _looked_after)):
            if n in sheets:
                make(sheets[n], rd, child_of, out)
        if 3 in sheets or 6 in sheets:
            _episodes(sheets, rd, child_of, out, issues, path.name)
        if 6 in sheets and 3 not in sheets:
            issues.append(Issue("warning", path.name, None, None, None,
                                "List 3 absent: referral episodes are List 6's only, so referrals "
                                "are undercounted"))
        _link_conferences(out)
        rd.leading_zero_check()
    finally:
        wb.close()
    if not sheets:
        raise ExtractError(f"{path}: no Annex A list (1, 3-8) could be read")
    issues += rd.issues

    made = {t for n in sheets for t in MAKES[n]}
    tables = {t: _arrow(t, out.rows[t], FROM_LIST_6 if t == "ssd_cin_episodes" and 6 not in sheets else ())
              for t in TABLES if t in made or t == "ssd_person"}
    code = _la(path, la_code)
    if code is None:
        issues.append(Issue("error", path.name, None, "la_code", None,
                            "the workbook does not say which council: give la_code (--la)"))
    at, months = _dates(out, extracted_at, months, issues, path.name)
    name = None
    if code:
        try:
            name = reference.council(code).name
        except KeyError:
            issues.append(Issue("warning", path.name, None, "la_code", code, "council code not known"))
    info = ExtractInfo(la_code=code or "", extracted_at=at, la_name=name,
                       source_system=f"Ofsted Annex A ({months} months)")
    span = window(at, months)
    coverage = {t: span for t in tables if t != "ssd_person"}
    for t in LAST_DAY_ONLY:
        if t in tables:
            coverage[t] = Window(at, at)
    for t in ONE_ROW_PER_CHILD:
        if t in tables:  # the latest case of each child: only the workbook's own date is whole
            coverage[f"{t}@month_end"] = Window(at, at)
    if "ssd_initial_cp_conference" in tables:
        # A conference early in the window may follow an enquiry that ended before it, which
        # List 5 leaves out: conferences are taken as complete from the window's second month.
        coverage["ssd_initial_cp_conference"] = Window(month_end(span.first) + dt.timedelta(days=1), at)
    origins = _origins(path.name, sheets, tables)
    return SourceRead(RawExtract(info, tables, issues), KIND, coverage, origins)


def _dates(out: Tables, extracted_at, months, issues: list[Issue], name: str) -> tuple[dt.date, int]:
    today = dt.date.today()
    days = [r[c] for t, cols in EVENT_DATES.items() for r in out.rows.get(t, ()) for c in cols
            if r.get(c) and r[c] <= today.isoformat()]
    if extracted_at is None:
        if days:
            extracted_at = month_end(dt.date.fromisoformat(max(days)))
            issues.append(Issue("warning", name, None, "extracted_at", extracted_at.isoformat(),
                                "workbook date taken as the month end of its latest event date: "
                                "if it was made mid-month, that month is incomplete"))
        else:
            extracted_at = today
            issues.append(Issue("error", name, None, "extracted_at", None,
                                "no event dates: give extracted_at"))
    if months is None:
        # Event lists only: List 6's CIN start dates go back years.
        flow = [r["cont_contact_date"] for r in out.rows.get("ssd_contacts", ()) if r["cont_contact_date"]]
        flow += [r["cine_referral_date"] for r in out.rows.get("ssd_cin_episodes", ())
                 if r["cine_referral_date"] and r["cine_referral_id"].startswith("L3-")]
        # A 12-month workbook has about half its contacts and referrals in months 7-12; one
        # mistyped old date must not make a 6-month one look like 12 (and months 7-12 then
        # read as low counts): a tenth of them at least.
        early = sum(d < add_months(extracted_at, -7).isoformat() for d in flow)
        months = 12 if flow and early >= max(1, len(flow) // 10) else 6
        issues.append(Issue("warning", name, None, "months", str(months),
                            f"taken as a {months}-month workbook from its contact and referral "
                            f"dates"))
    return extracted_at, months


def _origins(name: str, sheets: dict[int, Sheet], tables) -> dict[str, str]:
    title = {n: s.title for n, s in sheets.items()}
    origins = {"ssd_person": f"{name} (the child's first row, in the lowest-numbered list)"}
    for n, made in MAKES.items():
        for t in made:
            if t in tables and n in title:
                origins.setdefault(t, f"{name}: {title[n]}")
    if 3 in title and 6 in title:
        origins["ssd_cin_episodes"] = (f"{name}: {title[3]}, or {title[6]} for an episode "
                                       f"that is not on {title[3]}")
    return origins


# ---------------------------------------------------------------------------------------------
# Writing


def write(tables: dict[str, pa.Table], info: ExtractInfo, out: Path, *, months: int = 6) -> list[Path]:
    """Write canonical tables as an Annex A workbook (see `annex_a_write`)."""
    from .annex_a_write import write_workbook

    return write_workbook(tables, info, Path(out), months=months)

__all__ = ["KIND", "detect", "read", "window", "write"]
