"""Type and check a raw extract in DuckDB: every problem at once, set-based.

Each raw table (text cells plus a row number) becomes a typed table in one pass; every check
is SQL over the whole table (one scan counts what the row-at-a-time checks find, and only those
that found something list their rows), and all findings are gathered in one list. Rows with an
error are excluded from the clean tables: the caller decides whether a load may go ahead
without them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..schema import TABLES, Column, Table
from .folder import FOLDER, ROW, ExtractInfo, RawExtract
from .issues import Issue
from .returns import Window

# ISO dates and datetimes go through DuckDB's own (fast) cast; UK forms through these formats.
UK_DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"]
YES = ("Y", "YES", "1", "TRUE", "T")
NO = ("N", "NO", "0", "FALSE", "F")
# Cells that mean "no value", in any case, in every kind of column: SQL Server exports write NULL.
EMPTY = ("", "NULL", "NA", "N/A")
EARLIEST = "1900-01-01"  # a date before this is a typing slip
MONTH_FIRST = ("dates in this column are month-first (MM/DD/YYYY); "
               "export them as YYYY-MM-DD or DD/MM/YYYY")
SQL_TYPES = {"id": "VARCHAR", "text": "VARCHAR", "date": "DATE", "datetime": "TIMESTAMP", "flag": "BOOLEAN"}


@dataclass
class CheckedExtract:
    info: ExtractInfo
    tables: dict[str, pa.Table]  # clean typed rows, contract columns only
    columns: dict[str, list[str]]  # contract columns present in each supplied table
    issues: list[Issue]
    excluded: dict[str, int] = field(default_factory=dict)  # rows excluded per table
    rows: int = 0  # clean rows in all tables (kept when the tables are released after a load)
    kind: str = "ssd"  # the source it was read from (sources.detect.KINDS)
    coverage: dict[str, Window] = field(default_factory=dict)  # table -> window (returns only)
    origins: dict[str, str] = field(default_factory=dict)  # table -> the file it came from
    snapshot: tuple[int, bool] | None = None  # once loaded: (snapshot id, made by this load)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _trimmed(col: str) -> str:
    """The cell without leading and trailing spaces. DuckDB's trim strips Unicode space
    separators only, so it can be skipped for the usual cell (ASCII, a printable first byte, no
    trailing space), which is several times cheaper than calling it on every cell."""
    c = _q(col)
    return (f"CASE WHEN {c} >= '!' AND {c} < chr(127) AND NOT ends_with({c}, ' ') "
            f"AND strlen({c}) = length({c}) THEN {c} ELSE trim({c}) END")


def _cell(trimmed: str) -> str:
    """A trimmed cell, NULL when it means no value (only a short cell can: the usual cell, an
    id or a date, is settled by its length alone)."""
    empty = ", ".join(map(_lit, EMPTY))
    return (f"CASE WHEN strlen({trimmed}) > 4 THEN {trimmed} WHEN upper({trimmed}) IN ({empty}) "
            f"THEN NULL ELSE {trimmed} END")


def _month_first(cell: str) -> str:
    """True for a slash date that can only be month-first: its first number is 1-12 and its
    second 13-31 (08/31/2014). Most dates have no slash and skip the pattern."""
    pattern = r"'\s*(0?[1-9]|1[0-2])/(1[3-9]|2[0-9]|3[01])/[0-9]{4}\b.*'"
    return f"(contains({cell}, '/') AND regexp_full_match({cell}, {pattern}))"


def _typed(col: Column, cell: str) -> str:
    """The typed value of a cleaned cell (NULL when empty or not of the column's kind)."""
    if col.kind in ("id", "text"):
        return cell
    if col.kind == "flag":
        yes = ", ".join(map(_lit, YES))
        no = ", ".join(map(_lit, NO))
        return f"CASE WHEN upper({cell}) IN ({yes}) THEN true WHEN upper({cell}) IN ({no}) THEN false END"
    fmts = "[" + ", ".join(map(_lit, UK_DATE_FORMATS)) + "]"
    parsed = f"coalesce(TRY_CAST({cell} AS TIMESTAMP), try_strptime({cell}, {fmts}))"
    return f"CAST({parsed} AS {SQL_TYPES[col.kind]})"


def _raw(col: Column) -> str:
    """The column of the typed table holding a cell as cleaned (the value an issue shows): a
    text column is its own, a typed one keeps its text beside it in raw__<name>."""
    return col.name if col.kind in ("id", "text") else f"raw__{col.name}"


def _issue_sql(severity: str, table: str, column: str | None, value: str, problem: str,
               detail: str = "NULL", source: str = "", where: str = "") -> str:
    col = _lit(column) if column else "NULL"
    return (f"SELECT {_lit(severity)} AS severity, {_lit(table)} AS tbl, {ROW} AS row, {col} AS col, "
            f"CAST({value} AS VARCHAR) AS value, {_lit(problem)} AS problem, "
            f"CAST({detail} AS VARCHAR) AS detail FROM {source} {where}")


@dataclass(frozen=True)
class _Check:
    """A check of one row at a time: the rows where `condition` holds each get an issue."""
    severity: str
    column: str
    problem: str
    condition: str
    value: str
    detail: str = "NULL"


def check_extract(raw: RawExtract, con: duckdb.DuckDBPyConnection | None = None) -> CheckedExtract:
    """Each table is typed once into an Arrow table; one scan of it counts what each row
    check finds (and finds month-first date columns), so that only the checks that found
    something are run again to list their rows; the key, person and overlap checks are joins."""
    # One thread: a council's tables are small, and DuckDB's second thread cost more CPU than it
    # saved (several extracts are checked in parallel processes instead). IN lists stay
    # comparisons: DuckDB rewrites a list of five or more constants (a flag's five spellings)
    # into a join, one per flag column, a seventh of the time of checking a large council.
    con = con or duckdb.connect(config={"threads": 1, "disabled_optimizers": "in_clause"})
    issues = list(raw.issues)
    present: dict[str, list[str]] = {}
    found: dict[str, list[_Check]] = {}
    repeated: set[str] = set()  # the tables holding a key more than once
    extracted_at = raw.info.extracted_at.isoformat()
    typed: dict[str, pa.Table] = {}
    for name, arrow in raw.tables.items():
        con.register(f"raw_{name}", arrow)
        result = _type_table(con, TABLES[name], arrow.column_names, issues, extracted_at)
        con.unregister(f"raw_{name}")
        if result is not None:
            typed[name], present[name], found[name], repeats = result
            if repeats:
                repeated.add(name)
    if not any(raw.tables[name].num_rows for name in present):
        issues.append(Issue("error", FOLDER, None, None, None,
                            "no usable table: no ssd_* table with rows could be read and checked"))
    if "ssd_person" not in present:
        issues.append(Issue("warning", "ssd_person", None, None, None,
                            "table absent or unusable: person ids in other tables were not checked"))
    queries = []
    for name, cols in present.items():
        src = f"typed_{name}"
        queries += [_issue_sql(c.severity, name, c.column, c.value, c.problem, c.detail, source=src,
                               where=f"WHERE {c.condition}") for c in found[name]]
        queries += _join_checks(TABLES[name], cols, name in repeated)
    naming = [TABLES[name] for name in present if TABLES[name].person in present[name]]
    if naming and "ssd_person" in present:
        queries.append(_unknown_persons_sql(naming))
    if queries:
        rows = con.execute(" UNION ALL ".join(queries) + " ORDER BY tbl, row, col").fetchall()
        issues += [Issue(*r[:6], detail=r[6]) for r in rows]
    for name in typed:
        con.unregister(f"typed_{name}")
    tables, excluded = _clean_tables(raw, typed, present, issues)
    return CheckedExtract(raw.info, tables, present, issues, excluded,
                          rows=sum(t.num_rows for t in tables.values()))


def _type_table(con: duckdb.DuckDBPyConnection, spec: Table, names: list[str],
                issues: list[Issue], extracted_at: str
                ) -> tuple[pa.Table, list[str], list[_Check], bool] | None:
    """Type raw_<table> into an Arrow table registered as typed_<table>: that table, the
    contract columns it holds, the row checks that found something in them and whether a key
    is held more than once; or None (and the issues saying why) when the table cannot be used.
    (An Arrow table, not a DuckDB one: its contract columns are the clean rows without a copy,
    an Arrow filter copying them only when rows are in error; copying them out of a DuckDB
    table cost as much again as typing them.)"""
    missing = [c for c in spec.required if c not in names]
    for c in missing:
        issues.append(Issue("error", spec.name, None, c, None, "required column missing"))
    supplied = [c.name for c in spec.columns if c.name in names]
    # Each cell is trimmed and cleaned once (the values issues show), then typed: one pass
    # over the text. A text column is stored once; a typed one with its text beside it.
    trimmed = ", ".join([ROW] + [f"{_trimmed(c)} AS {_q('raw__' + c)}" for c in supplied])
    cleaned = ", ".join([ROW] + [f"{_cell(_q('raw__' + c))} AS {_q(_raw(spec.column(c)))}"
                                 for c in supplied])
    typed = ", ".join([ROW] + [_q(c) if _raw(spec.column(c)) == c else
                               f"{_typed(spec.column(c), _q('raw__' + c))} AS {_q(c)}, {_q('raw__' + c)}"
                               for c in supplied])
    arrow = con.execute(f"SELECT {typed} FROM (SELECT {cleaned} FROM "
                        f"(SELECT {trimmed} FROM raw_{spec.name}))").to_arrow_table()
    con.register(f"typed_{spec.name}", arrow)
    dates = [c for c in supplied if spec.column(c).kind in ("date", "datetime")]
    checks = _row_checks(spec, supplied, extracted_at)
    firsts = [f"arg_min(struct_pack(v := {_q('raw__' + c)}, r := {ROW}), {ROW}) "
              f"FILTER (WHERE {_month_first(_q('raw__' + c))})" for c in dates]
    counts = [f"count(*) FILTER (WHERE {c.condition})" for c in checks]
    # Whether a key is held twice (a table without its key is scanned too, then not used).
    key = _q(spec.key)
    twice = [f"count({key}) > count(DISTINCT {key})"] if spec.key in supplied else ["false"]
    scan = con.execute(f"SELECT {', '.join(firsts + counts + twice)} FROM typed_{spec.name}"
                       ).fetchone()
    refused = {c: hit for c, hit in zip(dates, scan) if hit}
    for c, hit in refused.items():
        issues.append(Issue("error", spec.name, None, c, hit["v"], MONTH_FIRST,
                            detail=f"first at row {hit['r']}"))
    # A refused column is as if not supplied: none of its values is used, and without a
    # required one the table cannot be used at all.
    if missing or any(spec.column(c).required for c in refused):
        con.unregister(f"typed_{spec.name}")
        return None
    cols = [c for c in supplied if c not in refused]
    used = set(_row_checks(spec, cols, extracted_at))
    return arrow, cols, [c for c, n in zip(checks, scan[len(firsts):]) if n and c in used], scan[-1]


def _clean_tables(raw: RawExtract, typed: dict[str, pa.Table], present: dict[str, list[str]],
                  issues: list[Issue]) -> tuple[dict[str, pa.Table], dict[str, int]]:
    """The typed tables' contract columns without their rows in error, and how many rows each
    table lost (rows in error, rows that could not be parsed, and every row of a table not
    usable). The rows keep the raw table's order. Until a copy is made (a filter, or pickling
    them to the loading process), the columns keep their whole typed table in memory: DuckDB
    exports a batch's columns as one allocation."""
    bad_rows: dict[str, set[int]] = {}
    for i in issues:
        if i.severity == "error" and i.row is not None:
            bad_rows.setdefault(i.table, set()).add(i.row)
    tables, excluded = {}, {}
    for name, cols in present.items():
        tables[name] = typed[name].select(cols)
        bad = bad_rows.get(name)
        if bad:
            keep = pc.invert(pc.is_in(typed[name][ROW], pa.array(sorted(bad), pa.int64())))
            tables[name] = tables[name].filter(keep)
            excluded[name] = len(bad)
    for name, arrow in raw.tables.items():
        lost = arrow.num_rows + len(bad_rows.get(name, ()))
        if name not in present and lost:
            excluded[name] = lost
    return tables, excluded


def _row_checks(spec: Table, cols: list[str], extracted_at: str) -> list[_Check]:
    """The checks of one row at a time of a table's columns `cols`."""
    out = []
    for name in cols:
        col = spec.column(name)
        raw = _q(_raw(col))
        if col.required:
            out.append(_Check("error", name, "missing value", f"{raw} IS NULL", raw))
        if col.kind in ("date", "datetime", "flag"):
            problem = "not a Y/N flag" if col.kind == "flag" else (
                "not a date (use YYYY-MM-DD or DD/MM/YYYY)")
            out.append(_Check("error", name, problem, f"{raw} IS NOT NULL AND {_q(name)} IS NULL", raw))
        if col.kind in ("date", "datetime"):
            out += _implausible_dates(col, extracted_at)
    for start, end in spec.periods:
        if start in cols and end in cols:
            out.append(_Check("error", end, f"before {start}", f"{_q(end)} < {_q(start)}",
                              _q(f"raw__{end}"), detail=_q(f"raw__{start}")))
    return out


def _implausible_dates(col: Column, extracted_at: str) -> list[_Check]:
    """Dates before 1900, or after the extract date where only the past is recorded (warnings:
    the rows are kept, and the summary counts them per column)."""
    day, raw = f"CAST({_q(col.name)} AS DATE)", _q(f"raw__{col.name}")
    out = [_Check("warning", col.name, "date before 1900", f"{day} < DATE {_lit(EARLIEST)}", raw)]
    if not col.future:
        out.append(_Check("warning", col.name, "date after the extract date",
                          f"{day} > DATE {_lit(extracted_at)}", raw,
                          detail=_lit(f"extracted {extracted_at}")))
    return out


def _join_checks(spec: Table, cols: list[str], repeated: bool) -> list[str]:
    """SQL queries yielding the issue rows of the checks of a table that compare its rows:
    duplicate keys (when the table's scan found a key held more than once: usually none) and
    overlapping periods."""
    t, src = spec.name, f"typed_{spec.name}"
    key = _q(spec.key)
    out = []
    if repeated:
        dupes = (f"(SELECT {key} AS k, min({ROW}) AS first_row FROM {src} WHERE {key} IS NOT NULL "
                 f"GROUP BY ALL HAVING count(*) > 1)")
        out.append(_issue_sql("error", t, spec.key, key, "duplicate key",
                              detail="'first at row ' || first_row",
                              source=f"{src} JOIN {dupes} d ON {key} = d.k",
                              where=f"WHERE {ROW} > first_row"))
    if spec.overlap and spec.person and all(c in cols for c in spec.overlap):
        out.append(_overlap_sql(spec))
    return out


def _unknown_persons_sql(specs: list[Table]) -> str:
    """The issue rows of person ids not in ssd_person, in every table of `specs` (each naming
    a person): one anti-join of them all, so that ssd_person's ids are hashed once, not once
    per table."""
    named = " UNION ALL ".join(
        _issue_sql("error", s.name, s.person, _q(s.person), "person id not in ssd_person",
                   source=f"typed_{s.name}") for s in specs)
    return (f"SELECT * FROM ({named}) WHERE value IS NOT NULL AND value NOT IN "
            f"(SELECT pers_person_id FROM typed_ssd_person WHERE pers_person_id IS NOT NULL)")


def _overlap_sql(spec: Table) -> str:
    """A period that starts inside an earlier-starting period of the same child (warning).

    Periods that touch (one ends the day the next starts) do not overlap.
    """
    start, end = map(_q, spec.overlap)
    person = _q(spec.person)
    src = f"typed_{spec.name}"
    pairs = (
        f"(SELECT b.{ROW}, b.{_q('raw__' + spec.overlap[0])} AS v, min(a.{ROW}) AS other "
        f"FROM {src} a JOIN {src} b ON a.{person} = b.{person} AND a.{ROW} <> b.{ROW} "
        f"AND (a.{start} < b.{start} OR (a.{start} = b.{start} AND a.{ROW} < b.{ROW})) "
        f"AND (a.{end} IS NULL OR b.{start} < a.{end}) "
        f"GROUP BY ALL)"
    )
    return _issue_sql("warning", spec.name, spec.overlap[0], "v",
                      f"overlaps another {spec.what} of the same child",
                      detail="'row ' || other", source=pairs)
