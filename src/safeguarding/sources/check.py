"""Type and check a raw extract in DuckDB: every problem at once, set-based.

Each raw table (text cells plus a row number) becomes a typed table; every check is one SQL
query over the whole table, and all findings are gathered in one list. Rows with an error are
excluded from the clean tables: the caller decides whether a load may go ahead without them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

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


def _cell(col: str) -> str:
    """The cell trimmed, NULL when it means no value (spelt out: an IN list costs a join)."""
    text = f"trim({_q(col)})"
    empty = " OR ".join(f"upper({text}) = {_lit(e)}" for e in EMPTY)
    return f"CASE WHEN length({text}) <= 4 AND ({empty}) THEN NULL ELSE {text} END"


def _month_first(col: str) -> str:
    """True for a slash date that can only be month-first: its first number is 1-12 and its
    second 13-31 (08/31/2014). Most dates have no slash and skip the pattern."""
    pattern = r"'\s*(0?[1-9]|1[0-2])/(1[3-9]|2[0-9]|3[01])/[0-9]{4}\b.*'"
    return f"(contains({_q(col)}, '/') AND regexp_full_match({_q(col)}, {pattern}))"


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


def _issue_sql(severity: str, table: str, column: str | None, value: str, problem: str,
               detail: str = "NULL", source: str = "", where: str = "") -> str:
    col = _lit(column) if column else "NULL"
    return (f"SELECT {_lit(severity)} AS severity, {_lit(table)} AS tbl, {ROW} AS row, {col} AS col, "
            f"CAST({value} AS VARCHAR) AS value, {_lit(problem)} AS problem, "
            f"CAST({detail} AS VARCHAR) AS detail FROM {source} {where}")


def check_extract(raw: RawExtract, con: duckdb.DuckDBPyConnection | None = None) -> CheckedExtract:
    con = con or duckdb.connect()
    issues = list(raw.issues)
    present: dict[str, list[str]] = {}
    for name, arrow in raw.tables.items():
        con.register(f"raw_{name}", arrow)
        cols = _type_table(con, TABLES[name], arrow.column_names, issues)
        con.unregister(f"raw_{name}")
        if cols is not None:
            present[name] = cols
    if not any(raw.tables[name].num_rows for name in present):
        issues.append(Issue("error", FOLDER, None, None, None,
                            "no usable table: no ssd_* table with rows could be read and checked"))
    if "ssd_person" not in present:
        issues.append(Issue("warning", "ssd_person", None, None, None,
                            "table absent or unusable: person ids in other tables were not checked"))
    queries = []
    for name, cols in present.items():
        queries += _row_checks(TABLES[name], cols, has_person="ssd_person" in present,
                               extracted_at=raw.info.extracted_at.isoformat())
    if queries:
        rows = con.execute(" UNION ALL ".join(queries) + " ORDER BY tbl, row, col").fetchall()
        issues += [Issue(*r[:6], detail=r[6]) for r in rows]
    tables, excluded = _clean_tables(con, raw, present, issues)
    return CheckedExtract(raw.info, tables, present, issues, excluded,
                          rows=sum(t.num_rows for t in tables.values()))


def _type_table(con: duckdb.DuckDBPyConnection, spec: Table, names: list[str],
                issues: list[Issue]) -> list[str] | None:
    """Type raw_<table> into typed_<table>; the contract columns it holds, or None (and the
    issues saying why) when the table cannot be used."""
    missing = [c for c in spec.required if c not in names]
    for c in missing:
        issues.append(Issue("error", spec.name, None, c, None, "required column missing"))
    refused = _month_first_columns(con, spec, names)
    for c, (example, row) in refused.items():
        issues.append(Issue("error", spec.name, None, c, example, MONTH_FIRST, detail=f"first at row {row}"))
    # A refused column is as if not supplied: none of its values is used, and without a
    # required one the table cannot be used at all.
    if missing or any(spec.column(c).required for c in refused):
        return None
    cols = [c.name for c in spec.columns if c.name in names and c.name not in refused]
    # Each cell is cleaned once (the raw__ columns, also the values issues show), then typed.
    cleaned = ", ".join([ROW] + [f"{_cell(c)} AS {_q('raw__' + c)}" for c in cols])
    typed = ", ".join([ROW] + [f"{_typed(spec.column(c), _q('raw__' + c))} AS {_q(c)}, {_q('raw__' + c)}"
                               for c in cols])
    con.execute(f"CREATE OR REPLACE TEMP TABLE typed_{spec.name} AS "
                f"SELECT {typed} FROM (SELECT {cleaned} FROM raw_{spec.name})")
    return cols


def _clean_tables(con: duckdb.DuckDBPyConnection, raw: RawExtract, present: dict[str, list[str]],
                  issues: list[Issue]) -> tuple[dict[str, pa.Table], dict[str, int]]:
    """The typed tables without their rows in error, and how many rows each table lost
    (rows in error, rows that could not be parsed, and every row of a table not usable)."""
    bad_rows: dict[str, set[int]] = {}
    for i in issues:
        if i.severity == "error" and i.row is not None:
            bad_rows.setdefault(i.table, set()).add(i.row)
    tables, excluded = {}, {}
    for name, cols in present.items():
        bad = sorted(bad_rows.get(name, ()))
        con.register("bad_rows", pa.table({ROW: pa.array(bad, pa.int64())}))
        tables[name] = con.execute(
            f"SELECT {', '.join(map(_q, cols))} FROM typed_{name} "
            f"WHERE {ROW} NOT IN (SELECT {ROW} FROM bad_rows) ORDER BY {ROW}"
        ).to_arrow_table()
        con.unregister("bad_rows")
        con.execute(f"DROP TABLE typed_{name}")
        if bad:
            excluded[name] = len(bad)
    for name, arrow in raw.tables.items():
        lost = arrow.num_rows + len(bad_rows.get(name, ()))
        if name not in present and lost:
            excluded[name] = lost
    return tables, excluded


def _month_first_columns(con: duckdb.DuckDBPyConnection, spec: Table,
                         names: list[str]) -> dict[str, tuple[str, int]]:
    """Date columns written month-first -> (an example, its row): one such date shows the
    whole column is, and its other dates (03/04/2014) cannot be told apart, so none is used."""
    dates = [c.name for c in spec.columns if c.kind in ("date", "datetime") and c.name in names]
    if not dates:
        return {}
    firsts = [f"arg_min(struct_pack(v := trim({_q(c)}), r := {ROW}), {ROW}) FILTER (WHERE {_month_first(c)})"
              for c in dates]
    found = con.execute(f"SELECT {', '.join(firsts)} FROM raw_{spec.name}").fetchone()
    return {c: (hit["v"], hit["r"]) for c, hit in zip(dates, found) if hit}


def _row_checks(spec: Table, cols: list[str], has_person: bool, extracted_at: str) -> list[str]:
    """SQL queries, one per check, each yielding issue rows for one table."""
    t, src = spec.name, f"typed_{spec.name}"
    out = []
    for name in cols:
        col = spec.column(name)
        raw = f"raw__{name}"
        if col.required:
            out.append(_issue_sql("error", t, name, _q(raw), "missing value", source=src,
                                  where=f"WHERE {_q(raw)} IS NULL"))
        if col.kind in ("date", "datetime", "flag"):
            problem = "not a Y/N flag" if col.kind == "flag" else (
                "not a date (use YYYY-MM-DD or DD/MM/YYYY)")
            out.append(_issue_sql("error", t, name, _q(raw), problem, source=src,
                                  where=f"WHERE {_q(raw)} IS NOT NULL AND {_q(name)} IS NULL"))
        if col.kind in ("date", "datetime"):
            out += _implausible_dates(spec, col, extracted_at)
    key = _q(spec.key)
    out.append(_issue_sql(
        "error", t, spec.key, key, "duplicate key", detail="'first at row ' || first_row",
        source=f"(SELECT *, min({ROW}) OVER (PARTITION BY {key}) AS first_row FROM {src})",
        where=f"WHERE {key} IS NOT NULL AND {ROW} > first_row"))
    if spec.person and has_person:
        p = _q(spec.person)
        out.append(_issue_sql(
            "error", t, spec.person, p, "person id not in ssd_person", source=src,
            where=f"WHERE {p} IS NOT NULL AND {p} NOT IN "
                  f"(SELECT pers_person_id FROM typed_ssd_person WHERE pers_person_id IS NOT NULL)"))
    for start, end in spec.periods:
        if start in cols and end in cols:
            out.append(_issue_sql(
                "error", t, end, _q(f"raw__{end}"), f"before {start}", detail=_q(f"raw__{start}"),
                source=src, where=f"WHERE {_q(end)} < {_q(start)}"))
    if spec.overlap and spec.person and all(c in cols for c in spec.overlap):
        out.append(_overlap_sql(spec))
    return out


def _implausible_dates(spec: Table, col: Column, extracted_at: str) -> list[str]:
    """Dates before 1900, or after the extract date where only the past is recorded (warnings:
    the rows are kept, and the summary counts them per column)."""
    day, raw, src = f"CAST({_q(col.name)} AS DATE)", _q(f"raw__{col.name}"), f"typed_{spec.name}"
    out = [_issue_sql("warning", spec.name, col.name, raw, "date before 1900", source=src,
                      where=f"WHERE {day} < DATE {_lit(EARLIEST)}")]
    if not col.future:
        out.append(_issue_sql("warning", spec.name, col.name, raw, "date after the extract date",
                              detail=_lit(f"extracted {extracted_at}"), source=src,
                              where=f"WHERE {day} > DATE {_lit(extracted_at)}"))
    return out


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
