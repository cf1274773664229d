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

# ISO dates and datetimes go through DuckDB's own (fast) cast; UK forms through these formats.
UK_DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"]
YES = ("Y", "YES", "1", "TRUE", "T")
NO = ("N", "NO", "0", "FALSE", "F")
SQL_TYPES = {"id": "VARCHAR", "text": "VARCHAR", "date": "DATE", "datetime": "TIMESTAMP", "flag": "BOOLEAN"}


@dataclass
class CheckedExtract:
    info: ExtractInfo
    tables: dict[str, pa.Table]  # clean typed rows, contract columns only
    columns: dict[str, list[str]]  # contract columns present in each supplied table
    issues: list[Issue]
    excluded: dict[str, int] = field(default_factory=dict)  # rows excluded per table
    rows: int = 0  # clean rows in all tables (kept when the tables are released after a load)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _raw(col: str) -> str:
    return f"nullif(trim({_q(col)}), '')"


def _typed(col: Column) -> str:
    raw = _raw(col.name)
    if col.kind in ("id", "text"):
        return raw
    if col.kind == "flag":
        yes = ", ".join(map(_lit, YES))
        no = ", ".join(map(_lit, NO))
        return f"CASE WHEN upper({raw}) IN ({yes}) THEN true WHEN upper({raw}) IN ({no}) THEN false END"
    fmts = "[" + ", ".join(map(_lit, UK_DATE_FORMATS)) + "]"
    parsed = f"coalesce(TRY_CAST({raw} AS TIMESTAMP), try_strptime({raw}, {fmts}))"
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
        spec = TABLES[name]
        missing = [c for c in spec.required if c not in arrow.column_names]
        for c in missing:
            issues.append(Issue("error", name, None, c, None, "required column missing"))
        if missing:
            continue
        present[name] = [c.name for c in spec.columns if c.name in arrow.column_names]
        con.register(f"raw_{name}", arrow)
        selects = [ROW] + [f"{_typed(spec.column(c))} AS {_q(c)}, {_q(c)} AS {_q('raw__' + c)}"
                           for c in present[name]]
        con.execute(f"CREATE OR REPLACE TEMP TABLE typed_{name} AS SELECT {', '.join(selects)} FROM raw_{name}")
        con.unregister(f"raw_{name}")
    if not any(raw.tables[name].num_rows for name in present):
        issues.append(Issue("error", FOLDER, None, None, None,
                            "no usable table: no ssd_* table with rows could be read and checked"))
    if "ssd_person" not in present:
        issues.append(Issue("warning", "ssd_person", None, None, None,
                            "table absent or unusable: person ids in other tables were not checked"))
    queries = []
    for name, cols in present.items():
        queries += _row_checks(TABLES[name], cols, has_person="ssd_person" in present)
    if queries:
        rows = con.execute(" UNION ALL ".join(queries) + " ORDER BY tbl, row, col").fetchall()
        issues += [Issue(*r[:6], detail=r[6]) for r in rows]
    tables, excluded = _clean_tables(con, raw, present, issues)
    return CheckedExtract(raw.info, tables, present, issues, excluded,
                          rows=sum(t.num_rows for t in tables.values()))


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


def _row_checks(spec: Table, cols: list[str], has_person: bool) -> list[str]:
    """SQL queries, one per check, each yielding issue rows for one table."""
    t, src = spec.name, f"typed_{spec.name}"
    out = []
    for name in cols:
        col = spec.column(name)
        raw = f"raw__{name}"
        if col.required:
            out.append(_issue_sql("error", t, name, _q(raw), "missing value", source=src,
                                  where=f"WHERE {_raw(raw)} IS NULL"))
        if col.kind in ("date", "datetime", "flag"):
            problem = "not a Y/N flag" if col.kind == "flag" else (
                "not a date (use YYYY-MM-DD or DD/MM/YYYY)")
            out.append(_issue_sql("error", t, name, _q(raw), problem, source=src,
                                  where=f"WHERE {_raw(raw)} IS NOT NULL AND {_q(name)} IS NULL"))
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
