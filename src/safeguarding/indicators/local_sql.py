"""Local indicators written as SQL (see docs/local-indicators.md): one DuckDB SELECT over the
canonical tables and the month frame, returning la_code, month, numerator[, denominator].
`check_sql` validates it (tables, columns, the columns returned) and renames the frame's tables
to those the engine holds; `compute` runs it on DuckDB only."""

from __future__ import annotations

from collections.abc import Callable

from ..schema import TABLES
from .context import Context
from .local_declared import needs_of

KEYS = ("sql", "period", "lookback")
# What a query may read besides the canonical tables: the month frame and the calendar, under
# these names (the engine holds them as _months and _calendar, see Context).
FRAME_TABLES = {"months": ("_months", ("month", "month_end", "rolling_start", "pop_year")),
                "calendar": ("_calendar", ("date", "wd_ordinal", "is_working_day"))}


def check_sql(spec: dict, at: Callable[[str], str], errors: list[str]) -> tuple | None:
    """(needs, the query as DuckDB runs it) of a SQL spec, or None after adding its errors."""
    # Imported here: a run without a SQL local indicator (every CLI run imports this module)
    # does not pay for sqlglot.
    import sqlglot
    from sqlglot import exp

    where = at("sql")
    try:
        tree = sqlglot.parse_one(spec["sql"], read="duckdb")
    except (sqlglot.errors.ParseError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        errors.append(f"{where}: the SQL does not parse ({first})")
        return None
    if not isinstance(tree, exp.Query):
        errors.append(f"{where}: the SQL must be one SELECT query")
        return None
    ctes = {c.alias_or_name for c in tree.find_all(exp.CTE)}
    tables = [t for t in tree.find_all(exp.Table)]
    unknown = sorted({t.name for t in tables} - set(TABLES) - set(FRAME_TABLES) - ctes)
    if unknown:
        errors.append(f"{where}: unknown table{'s' if len(unknown) > 1 else ''} "
                      f"{', '.join(unknown)}; the canonical tables, months and calendar are known")
    read = [t.name for t in tables if t.name in TABLES]
    known = {"la_code", *(c for f in FRAME_TABLES.values() for c in f[1])}
    known |= {c.name for t in read for c in TABLES[t].columns}
    known |= {a.alias for a in tree.find_all(exp.Alias)} | {a.name for a in tree.find_all(exp.TableAlias)}
    known |= {c.name for a in tree.find_all(exp.TableAlias) for c in a.columns}
    bad = sorted({c.name for c in tree.find_all(exp.Column) if c.name and c.name not in known})
    if bad:
        errors.append(f"{where}: unknown column{'s' if len(bad) > 1 else ''} {', '.join(bad)} in "
                      f"the tables it reads ({', '.join(dict.fromkeys(read)) or 'none'})")
    wanted = ["la_code", "month", "numerator"] + (["denominator"] if spec.get("unit") == "percent" else [])
    missing = [c for c in wanted if c not in tree.named_selects]
    if missing:
        errors.append(f"{where}: the query must return {', '.join(wanted)}; it has no "
                      f"{', '.join(missing)}")
    if unknown or bad or missing:
        return None
    for t in tables:  # the month frame and calendar under the names the engine holds them by
        if t.name in FRAME_TABLES and t.name not in ctes:
            if not t.alias:  # `months.month` must still name it
                t.set("alias", exp.TableAlias(this=exp.to_identifier(t.name)))
            t.set("this", exp.to_identifier(FRAME_TABLES[t.name][0]))
    cols = {c.name for c in tree.find_all(exp.Column)}
    needs = tuple(dict.fromkeys(n for t in dict.fromkeys(read) for n in needs_of(
        t, [c.name for c in TABLES[t].columns if c.name in cols])))
    return needs, tree.sql(dialect="duckdb")


def no_cases(ctx: Context):
    raise TypeError("a SQL local indicator returns its series, not cases")
