"""Local indicators in the declarative form (see docs/local-indicators.md): one canonical
table, a period, filters. `check_declarative` validates a spec against the data contract and
builds its case-table function, which runs on every engine as the built-ins' do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import reduce

import ibis

from ..schema import TABLES
from .context import Context

KEYS = ("table", "period", "date", "start", "end", "distinct", "where", "numerator", "within")
OPERATORS = ("equals", "not_equals", "in", "not_in", "missing", "matches")
WITHIN_KEYS = ("days", "working", "from", "to")


def _kind(table: str, column: str) -> str:
    return TABLES[table].column(column).kind


def _condition(t, table: str, f: dict):
    """The Ibis condition of one filter (validated): {column = ..., <operator> = value}."""
    (op, value), = ((k, v) for k, v in f.items() if k != "column")
    c = t[f["column"]]
    if op == "missing":
        return c.isnull() if value else c.notnull()
    if op == "equals":
        return c == value
    if op == "in":
        return c.isin(value)
    if op == "matches":
        return c.re_search(value)
    # An empty cell is not equal to the value, so "not equal" includes it.
    return c.isnull() | (c != value if op == "not_equals" else ~c.isin(value))


def _all(t, table: str, filters: list[dict]):
    return reduce(lambda a, b: a & b, (_condition(t, table, f) for f in filters))


def declarative_fn(spec: dict) -> Callable[[Context], object]:
    """The case-table function of a validated declarative spec (see the module docstring)."""
    table, unit, period = spec["table"], spec["unit"], spec["period"]

    def cases(ctx: Context):
        t = ctx.table(table)
        if spec.get("where"):
            t = t.filter(_all(t, table, spec["where"]))
        if period == "month":
            t = ctx.in_month(t, spec["date"])
        elif period == "rolling":
            t = ctx.in_rolling_year(t, spec["date"])
        else:
            t = ctx.open_at_month_end(t, spec["start"], spec["end"])
        if unit == "percent":
            hit = ibis.literal(True)
            if within := spec.get("within"):
                a, b, days = within["from"], within["to"], within["days"]
                if within.get("working", False):
                    t = ctx.working_days(t, a, b, "_elapsed")
                    elapsed = t._elapsed
                else:
                    elapsed = ctx.days_between(t[a].cast("date"), t[b].cast("date"))
                hit = t[b].notnull() & (elapsed <= days)
            if spec.get("numerator"):
                hit = hit & _all(t, table, spec["numerator"])
            t = t.mutate(hit=hit.fill_null(False))
        if distinct := spec.get("distinct"):  # one case per distinct value (a child), not per row
            agg = {"hit": t.hit.any()} if unit == "percent" else {"_rows": t.count()}
            t = t.group_by("la_code", "month", distinct).aggregate(**agg)
        return t

    return cases


def _check_filters(filters, table: str, where: str, key: str, errors: list[str]) -> None:
    if not isinstance(filters, list) or not filters or not all(isinstance(f, dict) for f in filters):
        errors.append(f"{where}: {key} must be a list of filters such as "
                      f"{{column = \"...\", equals = \"...\"}}")
        return
    for f in filters:
        column = f.get("column")
        ops = [k for k in f if k != "column"]
        if not isinstance(column, str) or len(ops) != 1 or ops[0] not in OPERATORS:
            errors.append(f"{where}: each filter in {key} needs a column and one of "
                          f"{', '.join(OPERATORS)}")
            continue
        if not _column_known(table, column, where, errors):
            continue
        op, value, kind = ops[0], f[ops[0]], _kind(table, column)
        values = value if op in ("in", "not_in") else [value]
        if op in ("in", "not_in") and (not isinstance(value, list) or not value):
            errors.append(f"{where}: {key}: {op} must be a non-empty list")
        elif op == "missing" and not isinstance(value, bool):
            errors.append(f"{where}: {key}: missing must be true or false")
        elif op == "matches" and (kind not in ("text", "id") or not isinstance(value, str)):
            errors.append(f"{where}: {key}: matches takes a regular expression, on a text column "
                          f"({column} is {kind})")
        elif op not in ("missing", "matches") and not all(_fits(kind, v) for v in values):
            errors.append(f"{where}: {key}: {column} is a {kind} column; "
                          f"{_expected(kind)} expected for {op}")


def _fits(kind: str, value) -> bool:
    if kind == "flag":
        return isinstance(value, bool)
    if kind in ("date", "datetime"):
        return isinstance(value, dt.date)
    return isinstance(value, str)


def _expected(kind: str) -> str:
    return {"flag": "true or false", "date": "a TOML date (2014-08-01)",
            "datetime": "a TOML date or date-time"}.get(kind, "a string")


def _column_known(table: str, column, where: str, errors: list[str]) -> bool:
    if not isinstance(column, str) or column not in {c.name for c in TABLES[table].columns}:
        errors.append(f"{where}: unknown column {column!r} in {table}")
        return False
    return True


def _date_column(table: str, column, where: str, errors: list[str], key: str) -> None:
    if _column_known(table, column, where, errors) and _kind(table, column) not in ("date", "datetime"):
        errors.append(f"{where}: {key} {column} is not a date column")


def check_declarative(spec: dict, at: Callable[[str], str], errors: list[str]) -> tuple | None:
    """(needs, fn) of a declarative spec, or None after adding its errors."""
    before = len(errors)
    table = spec.get("table")
    if table not in TABLES:
        errors.append(f"{at('table')}: unknown table {table!r}; known: {', '.join(TABLES)}")
        return None
    period, unit = spec.get("period"), spec.get("unit")
    if period == "month_end":
        for key in ("start", "end"):
            _date_column(table, spec.get(key), at(key), errors, key)
        if "date" in spec:
            errors.append(f"{at('date')}: a month_end indicator counts what is open (start, end), "
                          f"not dated events")
    elif period in ("month", "rolling"):
        _date_column(table, spec.get("date"), at("date"), errors, "date")
        for key in ("start", "end"):
            if key in spec:
                errors.append(f"{at(key)}: {key} is for period = \"month_end\"")
    if "distinct" in spec:
        _column_known(table, spec["distinct"], at("distinct"), errors)
    for key in ("where", "numerator"):
        if key in spec:
            _check_filters(spec[key], table, at(key), key, errors)
    within = spec.get("within")
    if within is not None:
        if not isinstance(within, dict) or set(within) - set(WITHIN_KEYS) or \
                not {"days", "from", "to"} <= set(within):
            errors.append(f"{at('within')}: within must be {{days = N, from = \"column\", to = "
                          f"\"column\", working = true|false}}")
        else:
            if not isinstance(within["days"], int) or isinstance(within["days"], bool) or within["days"] < 0:
                errors.append(f"{at('within')}: within.days must be a whole number of days")
            if not isinstance(within.get("working", False), bool):
                errors.append(f"{at('within')}: within.working must be true or false")
            for key in ("from", "to"):
                _date_column(table, within[key], at("within"), errors, f"within.{key}")
    if unit == "percent" and not (within or spec.get("numerator")):
        errors.append(f"{at('unit')}: a percent indicator needs numerator filters or within "
                      f"(which of the cases count)")
    if unit in ("count", "per_10k") and (within or "numerator" in spec):
        errors.append(f"{at('unit')}: numerator and within are for percent indicators, not {unit}")
    if len(errors) > before:
        return None
    columns = [spec.get(k) for k in ("date", "start", "end", "distinct")]
    columns += [f["column"] for k in ("where", "numerator") for f in spec.get(k, [])]
    columns += [within["from"], within["to"]] if within else []
    return needs_of(table, columns), declarative_fn(spec)


def needs_of(table: str, columns: Iterable) -> tuple[str, ...]:
    """The table and its optional columns read (a required column comes with the table)."""
    required = set(TABLES[table].required)
    return (table, *dict.fromkeys(f"{table}.{c}" for c in columns if c and c not in required))
