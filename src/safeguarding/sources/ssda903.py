"""Read (and write) the DfE SSDA903 looked-after children return as canonical SSD tables.

A return is a set of CSV files, one per 903 table (header, episodes, reviews, uasc, missing,
oc2, oc3, ad1, placed_for_adoption, prev_perm, social_worker), for one collection year
(1 April - 31 March). `read` takes a folder holding one year (plain DfE names, `episodes.csv`),
several years (year-prefixed names, `2019-episodes.csv`, or one subfolder per year, `2019/`),
or one file of a return (then that file's year is read). Files are recognised by name, else by
their columns.

Mapping (903 field -> canonical column):

- header.csv -> ssd_person: CHILD -> pers_person_id; SEX 1/2 (or Male/Female) -> pers_sex M/F;
  DOB -> pers_dob; ETHNIC -> pers_ethnicity. With several years, the latest return's row.
- episodes.csv -> ssd_cla_episodes: CHILD -> clae_person_id; DECOM -> clae_cla_episode_start_date;
  DEC -> clae_cla_episode_ceased_date; clae_cla_episode_id = `CHILD:E<DECOM>`.
  clae_cla_id = the period of care: a period begins with an episode whose reason for new episode
  (RNE) is S, or that follows no episode of the child ending that day (the first episode a
  return shows, or one after a gap), and runs until an episode with a DEC and no following
  episode starting that day; id `CHILD:C<first DECOM>`; clae_entered_care_date = the period's
  first DECOM (for a period that began before the first return, the first DECOM the returns
  show). clae_cla_placement_id links to the placement.
- episodes.csv -> ssd_cla_placement: a new placement begins where RNE is S, P, B, T or U (the
  DfE's rule: L is a change of legal status only) and at every period start; id
  `CHILD:P<its first DECOM>`; clap_cla_placement_start_date = that DECOM; end = the DEC of its
  last episode; clap_cla_placement_type = PLACE of its first episode. The 903 has no long-term
  flag, so clap_long_term is left out.
- reviews.csv -> ssd_cla_reviews: REVIEW -> clar_cla_review_date; id `CHILD:R<REVIEW>`;
  clar_cla_id = the child's period of care open on the review date (the latest-starting one).
  The 903 lists held reviews only, with no due dates: those columns are left out.
- Other files (uasc, missing, oc2, oc3, ad1, ...) are checked against their specification only.

Ids are made from the child and a date, so they are deterministic and unique within a table
(a period, placement or episode starts on a different day from any other of the same child): a
row without a valid CHILD or start date keeps the id `row:<file>:<row>` and empty cells, for the
canonical check to report. A review in no period of care of its child is warned about and keeps
an empty clar_cla_id. Dates are written ISO (YYYY-MM-DD); the files' DD/MM/YYYY is the form the
specification asks for, and ISO dates are accepted too (they are unambiguous). `_row` is the row
in the source file (header = row 1) of the record used; with several years that is the file of
the return the record was taken from, and `origins` names every file a table came from.

Collection year: taken from each return's dates, never from its name (tools disagree whether
`2019` means 2018-19 or 2019-20): the year holding most of its episodes' DEC and reviews' REVIEW
dates (ties: the later), else the latest year an episode starts in. A name whose year is neither
the start nor the end of that year, or that uses the other convention from the rest, is warned
about. Each year's files are checked against that year's column specification (2017-2024 ship
in `reference/ssda903.json`; a later year uses 2024's, an earlier 2017's).

Several years: the returns must be consecutive (otherwise only the latest consecutive run is
read, with a warning); of two returns for one year, the one whose name sorts last is read. The same episode in two returns (same CHILD and DECOM) is one episode;
the row used is the one from the return whose collection year holds its DEC (that return is
authoritative for its own months), else the latest return showing it. An episode still open at
the end of a year and missing from the next year's return is warned about and treated as ended
on the last day (31 March) of the last collection year it appeared in. Reviews and header rows
repeated across returns are one record each.

Coverage: every table covers 1 April of the first collection year to 31 March of the last
(`Window`); `extracted_at` is that 31 March. The 903 carries no LA code: `la_code` is required.

Limits: a period of care that began before the first return shows only the episodes open in the
covered years, so its clae_entered_care_date is the first DECOM shown and its earlier reviews
and placements are absent: review timeliness (which runs from the period's start) is right only
for periods that began inside coverage, and a rolling-12-month placement count only for month
ends at least 12 months after coverage opens.

`write` turns canonical tables into 903 files for one or several collection years: see its doc.

Problems: every one at once, as `Issue`s on the source file (`table` = file name as found under
the folder, `row` = spreadsheet row, `column` = the 903 field). A value the canonical tables use
(CHILD, DOB, SEX, ETHNIC, DECOM, DEC, RNE, PLACE, REVIEW) that breaks the specification is left
empty in them; it is an error where it shapes the looked-after history (CHILD, DECOM, DEC, RNE,
REVIEW), a warning otherwise, as are all other fields' problems.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv

from .. import reference
from ..schema import TABLES
from .folder import ROW, ExtractError, ExtractInfo, RawExtract, _read_csv
from .issues import Issue
from .returns import SourceRead, Window

KIND = "903"

# DfE file names (lower case, without the year) -> the specification's table.
FILE_TABLES = {
    "header": "Header", "episodes": "Episodes", "reviews": "Reviews", "uasc": "UASC",
    "missing": "Missing", "oc2": "OC2", "oc3": "OC3", "ad1": "AD1",
    "placed_for_adoption": "PlacedAdoption", "placedadoption": "PlacedAdoption",
    "prev_perm": "PrevPerm", "prevperm": "PrevPerm", "previous_permanence": "PrevPerm",
    "social_worker": "SocialWorker", "socialworker": "SocialWorker",
}
# The 903 fields the canonical tables are made from: a bad value is reported, its cell left empty.
USED = {
    "Header": ("CHILD", "SEX", "DOB", "ETHNIC"),
    "Episodes": ("CHILD", "DECOM", "RNE", "PLACE", "DEC"),
    "Reviews": ("CHILD", "REVIEW"),
}
# A bad value in these shapes the looked-after history (which child, when): an error. Bad values
# in the other fields are warnings (no indicator reads sex, birth date, ethnicity or placement type).
ERRORS = {"CHILD", "DECOM", "DEC", "RNE", "REVIEW"}
# Without these a file gives no canonical rows (its other problems are still reported).
NEEDED = {"Header": ("CHILD",), "Episodes": ("CHILD", "DECOM"), "Reviews": ("CHILD", "REVIEW")}
NEW_PLACEMENT_RNE = ("S", "P", "B", "T", "U")  # the DfE's rule: L changes legal status only
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]  # the specification's DD/MM/YYYY; ISO is unambiguous
# A year in a file or folder name: 2019, 2018-19, 2018_19, 201819.
YEAR_LABEL = re.compile(r"(?<!\d)(20\d\d)(?:[-_ ]?(\d\d))?(?!\d)")
LAYOUTS = ("plain", "prefixed", "folders")


@cache
def spec() -> dict[int, dict]:
    """Collection year (its end) -> 903 table -> column -> {kind, required, codes?, names?}."""
    text = resources.files("safeguarding.sources").joinpath("reference/ssda903.json").read_text("utf-8")
    return {int(y): tables for y, tables in json.loads(text)["years"].items()}


def spec_for(year: int) -> tuple[int, dict]:
    years = sorted(spec())
    used = min(max(year, years[0]), years[-1])
    return used, spec()[used]


def all_columns() -> dict[str, set[str]]:
    """Every column each 903 table has had in any year."""
    out: dict[str, set[str]] = {}
    for tables in spec().values():
        for name, cols in tables.items():
            out.setdefault(name, set()).update(cols)
    return out


# ---------------------------------------------------------------------------------------------
# Finding the files


@dataclass
class _File:
    path: Path
    name: str  # as shown in messages: relative to the folder read
    label: str | None  # the year in its name or its folder's name
    table: str  # the specification's table
    data: pa.Table | None = None
    usable: bool = False  # has the columns NEEDED for canonical rows


@dataclass
class _Return:
    key: int  # names its DuckDB views
    label: str | None
    files: dict[str, _File] = field(default_factory=dict)
    year: int = 0  # collection year, by its end: 2019 = April 2018 - March 2019
    spec_year: int = 0

    @property
    def first(self) -> dt.date:
        return dt.date(self.year - 1, 4, 1)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, 3, 31)


def _header(path: Path) -> list[str]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            with path.open(encoding=encoding, newline="") as f:
                return [c.strip().upper() for c in next(csv.reader(f), [])]
        except (UnicodeDecodeError, csv.Error, OSError):
            continue
    return []


def _table_by_columns(columns: list[str]) -> str | None:
    """The 903 table whose columns best match (Jaccard), if it shares CHILD and two more."""
    cols = set(columns)
    if "CHILD" not in cols:
        return None
    best, score = None, 0.0
    for name, spec_cols in all_columns().items():
        common = len(cols & spec_cols)
        s = common / len(cols | spec_cols)
        if common >= 3 and s > score:
            best, score = name, s
    return best


def _label(text: str) -> str | None:
    m = YEAR_LABEL.search(text)
    return m.group(0) if m else None


def _table_by_name(stem: str) -> str | None:
    words = YEAR_LABEL.sub(" ", stem.lower())
    words = re.sub(r"ssda903|903", " ", words)
    key = "_".join(w for w in re.split(r"[^a-z0-9]+", words) if w)
    return FILE_TABLES.get(key)


def is_year_folder(path: Path) -> bool:
    """A sub-folder named by a collection year ("2019", "2018-19"): one year of a return."""
    return path.is_dir() and YEAR_LABEL.match(path.name.strip()) is not None  # "2018-19 resubmitted"


def _csvs(folder: Path) -> list[tuple[Path, str | None]]:
    """CSV files in the folder and in its subfolders named by a year, with that year."""
    found = [(p, None) for p in sorted(folder.glob("*")) if p.is_file() and p.suffix.lower() == ".csv"]
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        label = _label(sub.name) if is_year_folder(sub) else None
        if label:
            found += [(p, label) for p in sorted(sub.glob("*"))
                      if p.is_file() and p.suffix.lower() == ".csv"]
    return found


def _find(path: Path, issues: list[Issue]) -> list[_File]:
    only = None
    if path.is_file():
        root = path.parent
        only = _label(path.name)
        candidates = [(p, None) for p in sorted(root.glob("*"))
                      if p.is_file() and p.suffix.lower() == ".csv" and _label(p.name) == only]
    else:
        root = path
        candidates = _csvs(path)
    files = []
    for p, folder_label in candidates:
        name = p.relative_to(root).as_posix()
        table = _table_by_name(p.stem) or _table_by_columns(_header(p))
        if table is None:
            issues.append(Issue("warning", name, None, None, None,
                                "not recognised as an SSDA903 file: ignored"))
            continue
        files.append(_File(p, name, folder_label or _label(p.stem), table))
    if path.is_dir():
        issues += _not_read(path, {p for p, _ in candidates})
    return files


def _not_read(root: Path, csvs: set[Path]) -> list[Issue]:
    """Everything else in the return's folder and its year folders: named, never skipped in
    silence (hidden files aside)."""
    found = []
    for folder in [root, *(p for p in sorted(root.iterdir()) if is_year_folder(p))]:
        for p in sorted(folder.iterdir()):
            if p in csvs or p.name.startswith(".") or (folder == root and is_year_folder(p)):
                continue
            found.append(Issue("warning", p.relative_to(root).as_posix(), None, None, None,
                               "not read: not a CSV file of the return"))
    return found


def detect(path: Path) -> bool:
    """True when PATH (a folder, or a file in one) holds an SSDA903 episodes, header or reviews
    file, judged by its columns."""
    path = Path(path)
    if path.is_file():
        files = [path]
    elif path.is_dir():
        files = [p for p, _ in _csvs(path)][:100]
    else:
        return False
    for p in files:
        cols = set(_header(p))
        if {"CHILD", "DECOM", "RNE"} <= cols or {"CHILD", "REVIEW", "REVIEW_CODE"} <= cols \
                or {"CHILD", "SEX", "DOB", "ETHNIC"} <= cols:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# SQL helpers


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _cell(col: str) -> str:
    return f"nullif(trim({_q(col.lower())}), '')"


def _date(expr: str) -> str:
    fmts = "[" + ", ".join(map(_lit, DATE_FORMATS)) + "]"
    return f"CAST(try_strptime({expr}, {fmts}) AS DATE)"


def _code_ok(expr: str, col: dict) -> str:
    """The valid code (a listed name mapped to its code), else NULL."""
    codes = ", ".join(_lit(c.upper()) for c in col["codes"])
    whens = "".join(f" WHEN {expr} = {_lit(k)} THEN {_lit(v)}" for k, v in col.get("names", {}).items())
    return f"CASE WHEN upper({expr}) IN ({codes}) THEN upper({expr}){whens} END"


def _valid(col_name: str, col: dict | None) -> str:
    """SQL for the cell's value when it meets its specification, else NULL."""
    cell = _cell(col_name)
    if col is None:
        return cell
    if col["kind"] == "date":
        return _date(cell)
    if col["kind"] == "category":
        return _code_ok(cell, col)
    if col["kind"] == "numeric":
        return f"CASE WHEN TRY_CAST({cell} AS BIGINT) IS NOT NULL THEN {cell} END"
    return cell


PROBLEMS = {
    "date": "not a date (DD/MM/YYYY)",
    "category": "not a code the SSDA903 specification allows",
    "numeric": "not a whole number",
}


# ---------------------------------------------------------------------------------------------
# Reading


def read(path: Path, la_code: str | None = None) -> SourceRead:
    """Read an SSDA903 return (one year or several) into canonical tables; see the module doc."""
    path = Path(path)
    if not la_code or not str(la_code).strip():
        raise ExtractError("an SSDA903 return carries no local authority code: give it with --la CODE")
    la_code = str(la_code).strip()
    if not path.exists():
        raise ExtractError(f"{path} does not exist")
    issues: list[Issue] = []
    files = _find(path, issues)
    for f in files:
        f.data, found = _read_csv(f.name, f.path, contract=())  # every column, as text
        issues += found
    files = [f for f in files if f.data is not None]
    if not any(f.table in ("Episodes", "Reviews", "Header") for f in files):
        raise ExtractError(f"{path} holds no readable SSDA903 header, episodes or reviews file")

    con = duckdb.connect()
    returns = _returns(files, issues)
    for r in returns:
        for f in r.files.values():
            con.register(_view(r, f.table, "raw"), f.data)
    returns = _years(con, returns, issues)
    for r in returns:
        issues += _check(con, r)
    issues += _out_of_year(con, returns)

    first, last = returns[0].first, returns[-1].last
    tables, more = _canonical(con, returns, first)
    issues += more
    window = Window(first, last)
    info = ExtractInfo(la_code=la_code, extracted_at=last, la_name=_la_name(la_code),
                       source_system="SSDA903")
    origins = _origins(returns, tables)
    raw = RawExtract(info, tables, issues)
    return SourceRead(raw, KIND, coverage={t: window for t in tables}, origins=origins)


def _check(con, r: _Return) -> list[Issue]:
    """Check a return's files against its year's specification; make their clean views."""
    issues = []
    r.spec_year, tables = spec_for(r.year)
    if r.spec_year != r.year:
        issues.append(Issue("warning", _where(r), None, None, None,
                            "no SSDA903 specification for this collection year: the nearest one was used",
                            detail=f"dates: {_span(r.year)}; specification {r.spec_year}"))
    for f in r.files.values():
        issues += _validate(con, r, f, tables.get(f.table, {}))
        _clean(con, r, f, tables.get(f.table, {}))
    return issues


def _origins(returns: list[_Return], tables: dict[str, pa.Table]) -> dict[str, str]:
    """Canonical table -> the files its rows come from, in year order."""
    origins = {}
    for canonical, source in (("ssd_person", "Header"), ("ssd_cla_episodes", "Episodes"),
                              ("ssd_cla_placement", "Episodes"), ("ssd_cla_reviews", "Reviews")):
        names = [r.files[source].name for r in returns if source in r.files and r.files[source].usable]
        if names and canonical in tables:
            origins[canonical] = ", ".join(names)
    return origins


def _la_name(la_code: str) -> str | None:
    try:
        return reference.council(la_code).name
    except KeyError:
        return None


def _view(r: _Return, table: str, stage: str) -> str:
    return f"{stage}_{r.key}_{table}"


def _returns(files: list[_File], issues: list[Issue]) -> list[_Return]:
    """Files grouped into returns by the year in their name (one group when there is none)."""
    by_label: dict[str | None, _Return] = {}
    for f in files:
        r = by_label.setdefault(f.label, _Return(len(by_label), f.label))
        if f.table in r.files:
            issues.append(Issue("warning", f.name, None, None, None,
                                f"a second {f.table} file for the same return: ignored",
                                detail=f"used {r.files[f.table].name}"))
            continue
        r.files[f.table] = f
    return list(by_label.values())


def _label_years(label: str | None) -> tuple[int | None, int | None]:
    """(end year if the label says it plainly, the bare year otherwise)."""
    if not label:
        return None, None
    m = YEAR_LABEL.search(label)
    start, tail = int(m.group(1)), m.group(2)
    if tail is not None and int(tail) == (start + 1) % 100:
        return start + 1, None
    return None, start


def _date_years(con, r: _Return) -> tuple[int | None, int | None]:
    """(collection year holding most DEC and REVIEW dates, latest year an episode starts in)."""
    parts, starts = [], None
    cy = "year(d) + CASE WHEN month(d) >= 4 THEN 1 ELSE 0 END"
    if "Episodes" in r.files and "dec" in r.files["Episodes"].data.column_names:
        parts.append(f"SELECT {_date(_cell('dec'))} AS d FROM {_view(r, 'Episodes', 'raw')}")
    if "Reviews" in r.files and "review" in r.files["Reviews"].data.column_names:
        parts.append(f"SELECT {_date(_cell('review'))} AS d FROM {_view(r, 'Reviews', 'raw')}")
    mode = None
    if parts:
        row = con.execute(f"SELECT {cy} AS y, count(*) AS n FROM ({' UNION ALL '.join(parts)}) "
                          f"WHERE d IS NOT NULL GROUP BY y ORDER BY n DESC, y DESC LIMIT 1").fetchone()
        mode = row[0] if row else None
    if "Episodes" in r.files and "decom" in r.files["Episodes"].data.column_names:
        starts = con.execute(f"SELECT max({cy}) FROM (SELECT {_date(_cell('decom'))} AS d "
                             f"FROM {_view(r, 'Episodes', 'raw')})").fetchone()[0]
    return mode, starts


def _where(r: _Return) -> str:
    """How messages name a whole return: its folder, else its files."""
    names = [f.name for f in r.files.values()]
    folders = {n.rsplit("/", 1)[0] if "/" in n else "" for n in names}
    return f"{folders.pop()}/" if len(folders) == 1 and "" not in folders else ", ".join(names)


def _span(year: int) -> str:
    return f"April {year - 1} - March {year}"


def _years(con, returns: list[_Return], issues: list[Issue]) -> list[_Return]:
    """Each return's collection year from its dates (from its name when it has none), with
    warnings where the name says otherwise; then the consecutive returns to read."""
    for r in returns:
        mode, starts = _date_years(con, r)
        if mode is None and starts is not None:
            issues.append(Issue("warning", _where(r), None, None, None,
                                "collection year taken from episode start dates only (no DEC or REVIEW dates)",
                                detail=_span(starts)))
        r.year = mode or starts or 0
    dated = [r for r in returns if r.year]
    convention = _convention(dated)
    for r in dated:
        if not _name_agrees(r.label, r.year, convention):
            issues.append(Issue("warning", _where(r), None, None, r.label,
                                "year in the name does not match the collection year of its dates",
                                detail=f"dates: {_span(r.year)}"))
    for r in returns:
        if r not in dated:
            end, bare = _label_years(r.label)
            r.year = end or (bare + 1 if bare and convention == "start" else bare) or 0
            if r.year:
                issues.append(Issue("warning", _where(r), None, None, r.label,
                                    "no dates to tell the collection year: taken from the name",
                                    detail=_span(r.year)))
            else:
                issues.append(Issue("error", _where(r), None, None, None,
                                    "no dates or year in the name to tell the collection year: not read"))
    return _consecutive([r for r in returns if r.year], issues)


def _convention(returns: list[_Return]) -> str:
    """Whether most names give a collection year by its "start" or its "end" (the default)."""
    votes = Counter()
    for r in returns:
        _, bare = _label_years(r.label)
        if bare is not None:
            votes["end" if bare == r.year else "start" if bare == r.year - 1 else "neither"] += 1
    return "start" if votes["start"] > votes["end"] else "end"


def _name_agrees(label: str | None, year: int, convention: str) -> bool:
    end, bare = _label_years(label)
    if end is not None:
        return end == year
    return bare is None or bare == (year if convention == "end" else year - 1)


def _consecutive(returns: list[_Return], issues: list[Issue]) -> list[_Return]:
    """One return per collection year (the one whose name sorts last) and only the latest run of
    consecutive years, so that the combined history has no gap."""
    if not returns:
        raise ExtractError("no SSDA903 file tells its collection year (no dates in episodes or reviews)")
    kept: dict[int, _Return] = {}
    for r in sorted(returns, key=lambda r: (r.year, r.label or "")):
        if r.year in kept:
            issues.append(Issue("warning", _where(kept[r.year]), None, None, None,
                                "another return for the same collection year was read: this one is ignored",
                                detail=_span(r.year)))
        kept[r.year] = r
    run_start = max(kept)
    while run_start - 1 in kept:
        run_start -= 1
    for y in sorted(kept):
        if y < run_start:
            issues.append(Issue("warning", _where(kept[y]), None, None, None,
                                "collection years are not consecutive: this earlier return is ignored",
                                detail=f"missing {_span(run_start - 1)}"))
    return [kept[y] for y in sorted(kept) if y >= run_start]


def _validate(con, r: _Return, f: _File, columns: dict) -> list[Issue]:
    """Missing columns, blank required cells, bad dates and codes, per the year's specification."""
    issues = []
    present = set(f.data.column_names)
    used = USED.get(f.table, ())
    queries = []
    for name, col in columns.items():
        severity = "error" if name in used and name in ERRORS else "warning"
        if name.lower() not in present:
            if col["required"] or name in used:
                issues.append(Issue(severity, f.name, None, name, None, "required column missing"))
            continue
        cell = _cell(name)
        src = _view(r, f.table, "raw")
        if col["required"]:
            queries.append(f"SELECT {ROW}, {_lit(name)}, {_q(name.lower())}, 'missing value', "
                           f"{_lit(severity)} FROM {src} WHERE {cell} IS NULL")
        if col["kind"] in PROBLEMS:
            queries.append(f"SELECT {ROW}, {_lit(name)}, {_q(name.lower())}, {_lit(PROBLEMS[col['kind']])}, "
                           f"{_lit(severity)} FROM {src} WHERE {cell} IS NOT NULL AND {_valid(name, col)} IS NULL")
    if queries:
        rows = con.execute(" UNION ALL ".join(queries) + " ORDER BY 1, 2").fetchall()
        issues += [Issue(sev, f.name, row, col, value, problem) for row, col, value, problem, sev in rows]
    return issues


def _clean(con, r: _Return, f: _File, columns: dict) -> None:
    """A view of the fields the canonical tables use: valid values, else NULL."""
    present = set(f.data.column_names)
    f.usable = f.table in NEEDED and all(c.lower() in present for c in NEEDED[f.table])
    if not f.usable:
        return
    parts = [f"{ROW}", f"{_lit(f.name)} AS src", f"{r.year} AS yr",
             f"DATE '{r.first}' AS ys", f"DATE '{r.last}' AS ye"]
    for name in USED[f.table]:
        value = _valid(name, columns.get(name)) if name.lower() in present else "NULL"
        raw = _q(name.lower()) if name.lower() in present else "NULL"
        parts += [f"{value} AS {name.lower()}", f"{raw} AS raw_{name.lower()}"]
    con.execute(f"CREATE TEMP TABLE {_view(r, f.table, 'clean')} AS SELECT {', '.join(parts)} "
                f"FROM {_view(r, f.table, 'raw')}")


def _union(con, returns: list[_Return], table: str) -> str | None:
    views = [_view(r, table, "clean") for r in returns if table in r.files and r.files[table].usable]
    return " UNION ALL ".join(f"SELECT * FROM {v}" for v in views) if views else None


def _issues(con, sql: str) -> list[Issue]:
    """Rows of (severity, src, row, column, value, problem, detail) as Issues."""
    return [Issue(*row[:6], detail=row[6]) for row in con.execute(sql).fetchall()]


def _out_of_year(con, returns: list[_Return]) -> list[Issue]:
    """Dates a return should not hold: after its collection year, or an episode ended before it."""
    queries = []
    ep, rv = _union(con, returns, "Episodes"), _union(con, returns, "Reviews")
    if ep:
        queries += [
            f"SELECT 'warning', src, {ROW}, 'DECOM', raw_decom, 'starts after the end of the collection year', "
            f"NULL FROM ({ep}) WHERE decom > ye",
            f"SELECT 'warning', src, {ROW}, 'DEC', raw_dec, 'after the end of the collection year', "
            f"NULL FROM ({ep}) WHERE dec > ye",
            f"SELECT 'warning', src, {ROW}, 'DEC', raw_dec, 'ended before the collection year began', "
            f"NULL FROM ({ep}) WHERE dec < ys",
        ]
    if rv:
        queries.append(f"SELECT 'warning', src, {ROW}, 'REVIEW', raw_review, 'not in the collection year', "
                       f"NULL FROM ({rv}) WHERE review < ys OR review > ye")
    if not queries:
        return []
    return _issues(con, " UNION ALL ".join(queries) + " ORDER BY 2, 3")


# ---------------------------------------------------------------------------------------------
# Canonical tables


def _iso(expr: str) -> str:
    return f"coalesce(strftime({expr}, '%Y-%m-%d'), '')"


def _text(expr: str) -> str:
    return f"coalesce(CAST({expr} AS VARCHAR), '')"


def _id(child: str, tag: str, day: str) -> str:
    return f"{child} || ':{tag}' || strftime({day}, '%Y-%m-%d')"


def _canonical(con, returns: list[_Return], first: dt.date) -> tuple[dict[str, pa.Table], list[Issue]]:
    tables: dict[str, pa.Table] = {}
    issues: list[Issue] = []
    last_year = returns[-1].year
    header = _union(con, returns, "Header")
    if header:
        tables["ssd_person"], more = _person(con, header)
        issues += more
    episodes = _union(con, returns, "Episodes")
    if episodes:
        issues += _episodes(con, episodes, last_year, first)
        tables["ssd_cla_episodes"] = con.execute(f"""
            SELECT CASE WHEN child IS NULL OR decom IS NULL THEN 'row:' || src || ':' || {ROW}
                        ELSE {_id('child', 'E', 'decom')} END AS clae_cla_episode_id,
                   {_text('child')} AS clae_person_id,
                   {_text(_id('child', 'C', 'period_start'))} AS clae_cla_id,
                   {_iso('decom')} AS clae_cla_episode_start_date,
                   {_iso('dec')} AS clae_cla_episode_ceased_date,
                   {_iso('period_start')} AS clae_entered_care_date,
                   {_text(_id('child', 'P', 'placement_start'))} AS clae_cla_placement_id,
                   {ROW}
            FROM episodes ORDER BY child, decom, src, {ROW}""").to_arrow_table()
        tables["ssd_cla_placement"] = con.execute(f"""
            SELECT {_id('child', 'P', 'placement_start')} AS clap_cla_placement_id,
                   {_id('child', 'C', 'period_start')} AS clap_cla_id,
                   {_iso('placement_start')} AS clap_cla_placement_start_date,
                   {_iso('placement_end')} AS clap_cla_placement_end_date,
                   {_text('place')} AS clap_cla_placement_type,
                   {ROW}
            FROM episodes WHERE decom = placement_start ORDER BY child, decom""").to_arrow_table()
    reviews = _union(con, returns, "Reviews")
    if reviews:
        tables["ssd_cla_reviews"], more = _reviews(con, reviews, "ssd_cla_episodes" in tables)
        issues += more
    for name, table in tables.items():  # the canonical column order; _row last
        cols = [c.name for c in TABLES[name].columns if c.name in table.column_names]
        tables[name] = table.select(cols + [ROW])
    return tables, issues


def _dedup_issues(con, view: str, key: str, what: str) -> list[Issue]:
    """Rows of one return repeating an earlier row's key: warned about and ignored."""
    return _issues(con, f"""
        SELECT 'warning', src, {ROW}, 'CHILD', raw_child,
               'repeats the {what} of an earlier row of the same file: ignored', 'row ' || first_row
        FROM (SELECT *, min({ROW}) OVER (PARTITION BY src, {key}) AS first_row FROM ({view}))
        WHERE {ROW} > first_row AND {' AND '.join(f'{k} IS NOT NULL' for k in key.split(', '))}
        ORDER BY src, {ROW}""")


def _person(con, header: str) -> tuple[pa.Table, list[Issue]]:
    issues = _dedup_issues(con, header, "child", "child (CHILD)")
    table = con.execute(f"""
        SELECT {_text('child')} AS pers_person_id, {_iso('dob')} AS pers_dob,
               coalesce(CASE sex WHEN '1' THEN 'M' WHEN '2' THEN 'F' END, '') AS pers_sex,
               {_text('ethnic')} AS pers_ethnicity, {ROW}
        FROM ({header})
        QUALIFY child IS NULL OR row_number() OVER (PARTITION BY child ORDER BY yr DESC, {ROW}) = 1
        ORDER BY yr, src, {ROW}""").to_arrow_table()
    return table, issues


def _episodes(con, episodes: str, last_year: int, first: dt.date) -> list[Issue]:
    """Build the `episodes` table: one row per episode with its period and placement."""
    issues = _dedup_issues(con, episodes, "child, decom", "child and start date (DECOM)")
    # One row per (CHILD, DECOM): the first in each file, then from the return whose year holds
    # its DEC (the earliest such), else from the latest return showing it.
    con.execute(f"""
        CREATE TEMP TABLE chosen AS
        SELECT * FROM (
            SELECT * FROM ({episodes}) WHERE child IS NOT NULL AND decom IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY src, child, decom ORDER BY {ROW}) = 1)
        QUALIFY row_number() OVER (
            PARTITION BY child, decom
            ORDER BY CASE WHEN dec BETWEEN ys AND ye THEN yr - 10000 ELSE -yr END) = 1""")
    # Open (a blank DEC, not an invalid one) and a later return exists that does not show it.
    open_ = f"nullif(trim(raw_dec), '') IS NULL AND yr < {last_year}"
    issues += _issues(con, f"""
        SELECT 'warning', src, {ROW}, 'DEC', raw_dec,
               'open at the end of its collection year but missing from the next year''s return: '
               || 'treated as ended on the last day of that year', 'ended ' || strftime(ye, '%Y-%m-%d')
        FROM chosen WHERE {open_} ORDER BY src, {ROW}""")
    con.execute(f"UPDATE chosen SET dec = ye WHERE {open_}")
    con.execute("""
        CREATE TEMP TABLE flagged AS
        SELECT *, (prev_decom IS NULL OR rne = 'S' OR (prev_dec IS NOT NULL AND prev_dec <> decom))
                  AS new_period
        FROM (SELECT *, lag(decom) OVER w AS prev_decom, lag(dec) OVER w AS prev_dec
              FROM chosen WINDOW w AS (PARTITION BY child ORDER BY decom))""")
    issues += _issues(con, f"""
        SELECT 'warning', src, {ROW}, 'RNE', raw_rne,
               'starts a period of care (no episode of the child ends that day) but RNE is not S', NULL
        FROM flagged WHERE new_period AND rne IS DISTINCT FROM 'S' AND decom >= DATE '{first}'
        ORDER BY src, {ROW}""")
    new_placement = ", ".join(map(_lit, NEW_PLACEMENT_RNE))
    con.execute(f"""
        CREATE TEMP TABLE placed AS
        SELECT *, max(CASE WHEN new_period THEN decom END) OVER w AS period_start,
                  max(CASE WHEN new_period OR rne IN ({new_placement}) THEN decom END) OVER w
                      AS placement_start
        FROM flagged WINDOW w AS (PARTITION BY child ORDER BY decom ROWS UNBOUNDED PRECEDING)""")
    con.execute("""
        CREATE TEMP TABLE ends AS
        SELECT child, placement_start, dec AS placement_end FROM (
            SELECT *, row_number() OVER (PARTITION BY child, placement_start ORDER BY decom DESC) AS k
            FROM placed) WHERE k = 1""")
    issues += _issues(con, f"""
        SELECT 'warning', src, {ROW}, 'PLACE', raw_place,
               'placement type changes without a new placement (RNE is not S, P, B, T or U)', NULL
        FROM (SELECT *, lag(place) OVER (PARTITION BY child, placement_start ORDER BY decom) AS prev_place
              FROM placed)
        WHERE decom > placement_start AND place <> prev_place ORDER BY src, {ROW}""")
    # Rows that cannot be placed in a child's history (no CHILD or DECOM) stay, with empty cells.
    con.execute(f"""
        CREATE TEMP TABLE episodes AS
        SELECT p.*, e.placement_end FROM placed p JOIN ends e USING (child, placement_start)
        UNION ALL BY NAME
        SELECT * FROM ({episodes}) WHERE child IS NULL OR decom IS NULL""")
    return issues


def _reviews(con, reviews: str, have_episodes: bool) -> tuple[pa.Table, list[Issue]]:
    issues = _dedup_issues(con, reviews, "child, review", "child and review date (REVIEW)")
    con.execute(f"""
        CREATE TEMP TABLE chosen_reviews AS
        SELECT * FROM ({reviews}) WHERE child IS NOT NULL AND review IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY child, review
                                   ORDER BY (review BETWEEN ys AND ye) DESC, yr DESC, {ROW}) = 1
        UNION ALL BY NAME SELECT * FROM ({reviews}) WHERE child IS NULL OR review IS NULL""")
    periods = ("SELECT child, period_start, max(decom) AS last_decom, "
               "arg_max(coalesce(dec, DATE '9999-12-31'), decom) AS period_end "
               "FROM episodes WHERE child IS NOT NULL AND decom IS NOT NULL GROUP BY child, period_start"
               if have_episodes else
               "SELECT NULL::VARCHAR AS child, NULL::DATE AS period_start, NULL::DATE AS period_end")
    con.execute(f"""
        CREATE TEMP TABLE matched AS
        SELECT r.*, (SELECT max(p.period_start) FROM ({periods}) p
                     WHERE p.child = r.child AND p.period_start <= r.review
                       AND r.review <= p.period_end) AS period_start
        FROM chosen_reviews r""")
    issues += _issues(con, f"""
        SELECT 'warning', src, {ROW}, 'REVIEW', raw_review,
               'the review date is in no period of care of the child', NULL
        FROM matched WHERE child IS NOT NULL AND review IS NOT NULL AND period_start IS NULL
        ORDER BY src, {ROW}""")
    table = con.execute(f"""
        SELECT CASE WHEN child IS NULL OR review IS NULL THEN 'row:' || src || ':' || {ROW}
                    ELSE {_id('child', 'R', 'review')} END AS clar_cla_review_id,
               {_text(_id('child', 'C', 'period_start'))} AS clar_cla_id,
               {_iso('review')} AS clar_cla_review_date, {ROW}
        FROM matched ORDER BY child, review, src, {ROW}""").to_arrow_table()
    return table, issues


# ---------------------------------------------------------------------------------------------
# Writing


def write(tables: dict[str, pa.Table], info: ExtractInfo, out: Path, *,
          years: int | list[int] | None = None, layout: str | None = None) -> list[Path]:
    """Write canonical (text) tables as SSDA903 returns; return the files written.

    `years`: the collection years to write, each named by its end (2014 = April 2013 - March
    2014), or how many consecutive years to write; by default one, the latest collection year
    ending on or before `info.extracted_at`. `layout`: "plain" (one year, DfE names such as
    `episodes.csv`; the default for one year), "prefixed" (`2014-episodes.csv`) or "folders"
    (`2014/episodes.csv`; the default for several years).

    Each year's files hold what that year's return would have: episodes open at some time in
    the year (a DEC after the year's end is left blank), reviews held in the year (cancelled
    ones are not in the 903) and a header row for each child with an episode. Only the fields
    the canonical tables carry are written: header CHILD, SEX (M/F -> 1/2; the 903 has no code
    for U, left blank), DOB, ETHNIC (the SSD guidance's CNHE written as the DfE's CHNE);
    episodes CHILD, DECOM, RNE (S for a period's first episode; else P where the placement
    changes, L where it does not, blank when the placement is not known), PLACE, DEC; reviews
    CHILD, DOB, REVIEW. The other 903 columns are left out (so reading the files back warns that
    they are missing), rather than invented.
    """
    out = Path(out)
    last = info.extracted_at.year if info.extracted_at >= dt.date(info.extracted_at.year, 3, 31) \
        else info.extracted_at.year - 1
    if years is None:
        years = [last]
    elif isinstance(years, int):
        years = list(range(last - years + 1, last + 1))
    years = sorted(set(years))
    layout = layout or ("plain" if len(years) == 1 else "folders")
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    if layout == "plain" and len(years) > 1:
        raise ValueError("several years need layout 'prefixed' or 'folders'")
    con = duckdb.connect()
    _typed_inputs(con, tables)
    written = []
    for year in years:
        first, end = dt.date(year - 1, 4, 1), dt.date(year, 3, 31)
        for stem, sql in _year_queries(first, end).items():
            if layout == "plain":
                path = out / f"{stem}.csv"
            elif layout == "prefixed":
                path = out / f"{year}-{stem}.csv"
            else:
                path = out / str(year) / f"{stem}.csv"
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_csv(con.execute(sql).to_arrow_table(), path)
            written.append(path)
    return written


def _write_csv(table: pa.Table, path: Path) -> None:
    """Plain cells as DfE files have them; quotes only if a value needs them."""
    with path.open("wb") as f:  # pyarrow quotes the header row: write it ourselves
        f.write((",".join(table.column_names) + "\n").encode("utf-8"))
        try:
            pacsv.write_csv(table, f, write_options=pacsv.WriteOptions(
                include_header=False, quoting_style="none"))
        except pa.ArrowInvalid:
            f.seek(0)
            f.truncate()
            pacsv.write_csv(table, f, write_options=pacsv.WriteOptions(quoting_style="needed"))


def _parsed(col: str) -> str:
    """A canonical text cell as a DATE (ISO date or datetime, or the UK forms `check` accepts)."""
    cell = f"nullif(trim({_q(col)}), '')"
    fmts = "['%d/%m/%Y', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M']"
    return f"CAST(coalesce(TRY_CAST({cell} AS TIMESTAMP), try_strptime({cell}, {fmts})) AS DATE)"


def _typed_inputs(con, tables: dict[str, pa.Table]) -> None:
    """w_person, w_placement, w_episodes, w_reviews: the canonical columns write needs, typed
    (NULL where a table or column is absent); w_rne: episodes with their derived RNE."""
    empty = {
        "ssd_person": ["pers_person_id"], "ssd_cla_episodes": ["clae_person_id"],
        "ssd_cla_placement": ["clap_cla_placement_id"], "ssd_cla_reviews": ["clar_cla_id"],
    }
    for name, first_cols in empty.items():
        table = tables.get(name)
        if table is None:
            table = pa.table({c: pa.array([], pa.string()) for c in first_cols})
        con.register(f"in_{name}", table)

    def field(name, col, expr=None, sql_type="VARCHAR"):
        have = name in tables and col in tables[name].column_names
        return (expr or f"nullif(trim({_q(col)}), '')") if have else f"CAST(NULL AS {sql_type})"

    def date_field(name, col):
        return field(name, col, _parsed(col), "DATE")

    con.execute(f"""CREATE TEMP TABLE w_person AS SELECT
        {field('ssd_person', 'pers_person_id')} AS child,
        {field('ssd_person', 'pers_sex', "upper(nullif(trim(pers_sex), ''))")} AS sex,
        {date_field('ssd_person', 'pers_dob')} AS dob,
        {field('ssd_person', 'pers_ethnicity')} AS ethnic
        FROM in_ssd_person""")
    con.execute(f"""CREATE TEMP TABLE w_placement AS SELECT
        {field('ssd_cla_placement', 'clap_cla_placement_id')} AS placement_id,
        {field('ssd_cla_placement', 'clap_cla_placement_type')} AS place
        FROM in_ssd_cla_placement""")
    con.execute(f"""CREATE TEMP TABLE w_episodes AS SELECT
        {field('ssd_cla_episodes', 'clae_person_id')} AS child,
        {field('ssd_cla_episodes', 'clae_cla_id')} AS cla_id,
        {date_field('ssd_cla_episodes', 'clae_cla_episode_start_date')} AS decom,
        {date_field('ssd_cla_episodes', 'clae_cla_episode_ceased_date')} AS dec,
        {field('ssd_cla_episodes', 'clae_cla_placement_id')} AS placement_id
        FROM in_ssd_cla_episodes""")
    con.execute(f"""CREATE TEMP TABLE w_reviews AS SELECT
        {field('ssd_cla_reviews', 'clar_cla_id')} AS cla_id,
        {date_field('ssd_cla_reviews', 'clar_cla_review_date')} AS review,
        {field('ssd_cla_reviews', 'clar_cla_review_cancelled',
               "upper(nullif(trim(clar_cla_review_cancelled), '')) IN ('Y', 'YES', '1', 'TRUE', 'T')",
               "BOOLEAN")}
            AS cancelled
        FROM in_ssd_cla_reviews""")
    # RNE from the canonical structure: S starts a period; P a change of placement; L neither.
    con.execute("""CREATE TEMP TABLE w_rne AS
        SELECT *, CASE WHEN prev_decom IS NULL THEN 'S'
                       WHEN placement_id IS NULL OR prev_placement IS NULL THEN NULL
                       WHEN placement_id <> prev_placement THEN 'P' ELSE 'L' END AS rne
        FROM (SELECT e.*, p.place,
                     lag(decom) OVER w AS prev_decom, lag(e.placement_id) OVER w AS prev_placement
              FROM w_episodes e LEFT JOIN (SELECT DISTINCT ON (placement_id) * FROM w_placement) p
                   USING (placement_id)
              WHERE e.child IS NOT NULL AND e.decom IS NOT NULL
              WINDOW w AS (PARTITION BY e.child, e.cla_id ORDER BY e.decom))""")
    con.execute("""CREATE TEMP TABLE w_child_of_period AS
        SELECT cla_id, min(child) AS child FROM w_episodes WHERE cla_id IS NOT NULL GROUP BY cla_id""")


def _uk(expr: str) -> str:
    return f"coalesce(strftime({expr}, '%d/%m/%Y'), '')"


def _year_queries(first: dt.date, end: dt.date) -> dict[str, str]:
    f, e = f"DATE '{first}'", f"DATE '{end}'"
    in_year = f"decom <= {e} AND (dec IS NULL OR dec >= {f})"
    return {
        "header": f"""
            SELECT p.child AS CHILD, coalesce(CASE p.sex WHEN 'M' THEN '1' WHEN 'F' THEN '2' END, '') AS SEX,
                   {_uk('p.dob')} AS DOB,
                   coalesce(CASE WHEN upper(p.ethnic) = 'CNHE' THEN 'CHNE' ELSE p.ethnic END, '') AS ETHNIC
            FROM (SELECT DISTINCT ON (child) * FROM w_person WHERE child IS NOT NULL ORDER BY child) p
            WHERE p.child IN (SELECT child FROM w_rne WHERE {in_year})
            ORDER BY p.child""",
        "episodes": f"""
            SELECT child AS CHILD, {_uk('decom')} AS DECOM, coalesce(rne, '') AS RNE,
                   coalesce(place, '') AS PLACE, CASE WHEN dec <= {e} THEN {_uk('dec')} ELSE '' END AS DEC
            FROM w_rne WHERE {in_year} ORDER BY child, decom""",
        "reviews": f"""
            SELECT c.child AS CHILD, {_uk('p.dob')} AS DOB, {_uk('r.review')} AS REVIEW
            FROM w_reviews r JOIN w_child_of_period c USING (cla_id)
            LEFT JOIN (SELECT DISTINCT ON (child) * FROM w_person WHERE child IS NOT NULL) p USING (child)
            WHERE r.review BETWEEN {f} AND {e} AND NOT coalesce(r.cancelled, false)
            ORDER BY c.child, r.review""",
    }
