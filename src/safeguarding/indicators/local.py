"""Local indicators: a council's own indicators in TOML (``--indicators FILE_OR_FOLDER``), or
registered by an installed package through the ``safeguarding.indicators`` entry-point group.

Each ``[[indicator]]`` table gives id, name, unit, polarity, area and definition, and its
computation either declaratively (a table, a period, filters: see docs/local-indicators.md) or
as a ``sql`` query over the canonical tables. Both become ordinary `Indicator`s: a declarative
one's `fn` returns Ibis case tables as the built-ins' do, so it runs on every engine; a SQL one
carries its query (`Indicator.sql`), which `compute` runs on DuckDB only.

Everything is checked at load, every mistake at once: an `IndicatorsError` whose message has
one "FILE line N: ..." part per problem.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import reduce
from importlib.metadata import entry_points
from pathlib import Path

import ibis
import sqlglot
from sqlglot import exp

from ..schema import TABLES
from .context import Context
from .registry import AREAS, PERIODS, REGISTRY, Indicator

ENTRY_POINT_GROUP = "safeguarding.indicators"
UNITS = ("count", "percent", "per_10k")
POLARITIES = ("high", "low", "neutral")
COMMON = ("id", "name", "unit", "polarity", "area", "definition", "benchmark")
DECLARATIVE = ("table", "period", "date", "start", "end", "distinct", "where", "numerator", "within")
SQL_KEYS = ("sql", "period", "lookback")
OPERATORS = ("equals", "not_equals", "in", "not_in", "missing", "matches")
WITHIN_KEYS = ("days", "working", "from", "to")
# What a SQL query may read besides the canonical tables: the month frame and the calendar,
# under these names (the engine holds them as _months and _calendar, see Context).
FRAME_TABLES = {"months": ("_months", ("month", "month_end", "rolling_start", "pop_year")),
                "calendar": ("_calendar", ("date", "wd_ordinal", "is_working_day"))}
ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")


class IndicatorsError(ValueError):
    """Local indicators that cannot be loaded; the message names each file and line."""


# --- where a mistake is: tomllib gives no line numbers, so the text is scanned --------------

_BLOCK = re.compile(r"^\s*\[\[\s*indicator\s*\]\]\s*(#.*)?$")


@dataclass
class _Lines:
    """The line of each [[indicator]] header and of each key inside it."""

    path: str
    blocks: list[tuple[int, dict[str, int]]] = field(default_factory=list)

    @classmethod
    def scan(cls, text: str, path: str) -> _Lines:
        lines = cls(path)
        for n, line in enumerate(text.splitlines(), 1):
            if _BLOCK.match(line):
                lines.blocks.append((n, {}))
            elif lines.blocks and (m := re.match(r"^\s*([A-Za-z_][\w-]*)\s*=", line)):
                lines.blocks[-1][1].setdefault(m.group(1), n)
        return lines

    def where(self, i: int, key: str | None = None) -> str:
        start, keys = self.blocks[i] if i < len(self.blocks) else (0, {})
        return f"{self.path} line {keys.get(key, start) if key else start}"


# --- the declarative form -------------------------------------------------------------------


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


def _declarative(spec: dict, lines: _Lines, i: int, errors: list[str]) -> tuple | None:
    """(needs, fn) of a declarative spec, or None after adding its errors."""
    before = len(errors)
    at = lambda key: lines.where(i, key)  # noqa: E731
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
    return _needs(table, columns), declarative_fn(spec)


def _needs(table: str, columns: Iterable) -> tuple[str, ...]:
    """The table and its optional columns read (a required column comes with the table)."""
    required = set(TABLES[table].required)
    return (table, *dict.fromkeys(f"{table}.{c}" for c in columns if c and c not in required))


# --- the SQL form ---------------------------------------------------------------------------


def _sql(spec: dict, lines: _Lines, i: int, errors: list[str]) -> tuple | None:
    """(needs, the query as DuckDB runs it) of a SQL spec, or None after adding its errors."""
    where = lines.where(i, "sql")
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
            t.set("this", exp.to_identifier(FRAME_TABLES[t.name][0]))
    cols = {c.name for c in tree.find_all(exp.Column)}
    needs = tuple(dict.fromkeys(n for t in dict.fromkeys(read) for n in _needs(
        t, [c.name for c in TABLES[t].columns if c.name in cols])))
    return needs, tree.sql(dialect="duckdb")


def _no_cases(ctx: Context):
    raise TypeError("a SQL local indicator returns its series, not cases")


# --- loading --------------------------------------------------------------------------------


def _one(spec, lines: _Lines, i: int, errors: list[str]) -> Indicator | None:
    at = lambda key=None: lines.where(i, key)  # noqa: E731
    if not isinstance(spec, dict):
        errors.append(f"{at()}: each indicator must be an [[indicator]] table")
        return None
    before = len(errors)
    allowed = COMMON + (SQL_KEYS if "sql" in spec else DECLARATIVE)
    errors += [f"{at(k)}: unknown key {k!r}" + (" in a SQL indicator" if "sql" in spec else "")
               for k in spec if k not in allowed]
    for key in ("id", "name", "unit", "polarity", "area", "definition", "period"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            errors.append(f"{at(key if key in spec else None)}: {key} is missing")
    ind_id = spec.get("id")
    if isinstance(ind_id, str) and not ID_PATTERN.fullmatch(ind_id):
        errors.append(f"{at('id')}: id {ind_id!r} must be lower case letters, digits and _")
    checks = (("unit", UNITS), ("polarity", POLARITIES), ("area", tuple(AREAS)), ("period", PERIODS))
    for key, allowed_values in checks:
        if isinstance(spec.get(key), str) and spec[key] not in allowed_values:
            errors.append(f"{at(key)}: unknown {key} {spec[key]!r}; one of {', '.join(allowed_values)}")
    lookback = spec.get("lookback")
    if lookback is not None and (not isinstance(lookback, int) or isinstance(lookback, bool) or lookback < 0):
        errors.append(f"{at('lookback')}: lookback must be a whole number of months")
    if len(errors) > before:
        return None
    if "sql" in spec:
        if not isinstance(spec["sql"], str):
            errors.append(f"{at('sql')}: sql must be a string")
            return None
        built = _sql(spec, lines, i, errors)
        if built is None:
            return None
        needs, sql, fn = *built, _no_cases
    else:
        built = _declarative(spec, lines, i, errors)
        if built is None:
            return None
        (needs, fn), sql, lookback = built, None, 0
    return Indicator(spec["id"], spec["name"].strip(), spec["unit"], spec["polarity"], spec["area"],
                     " ".join(spec["definition"].split()),
                     spec.get("benchmark") and " ".join(spec["benchmark"].split()), needs, None,
                     spec["period"], lookback, fn, sql=sql, origin=lines.where(i))


def parse_indicators(text: str, path: str) -> tuple[list[Indicator], list[str]]:
    """The indicators in one TOML text and the errors found (``path`` names it in them)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{path} is not valid TOML: {exc}"]
    lines = _Lines.scan(text, path)
    errors = [f"{path}: unknown table {k!r}; each indicator is an [[indicator]] table"
              for k in doc if k != "indicator"]
    specs = doc.get("indicator", [])
    if not isinstance(specs, list):
        return [], errors + [f"{path}: each indicator must be an [[indicator]] table (double brackets)"]
    found = [_one(spec, lines, i, errors) for i, spec in enumerate(specs)]
    return [f for f in found if f is not None], errors


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.toml"))
    if not path.is_file():
        raise IndicatorsError(f"indicators file {path} does not exist")
    return [path]


def load_indicators(paths: Iterable[Path | str] = (), *, plugins: bool = True) -> list[Indicator]:
    """The local indicators in each TOML file (or folder of them) and, with `plugins`, those the
    installed packages register; every error at once. An id already taken (built in, or twice
    here) is an error."""
    found: list[Indicator] = []
    errors: list[str] = []
    for path in paths:
        for f in _files(Path(path)):
            try:
                text = f.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                errors.append(f"{f} is not UTF-8 text: save it as UTF-8")
                continue
            inds, errs = parse_indicators(text, str(f))
            found += inds
            errors += errs
    if plugins:
        plugged, errs = plugin_indicators()
        found += plugged
        errors += errs
    seen: dict[str, Indicator] = {}
    for ind in found:
        first = seen.get(ind.id) or REGISTRY.get(ind.id)
        if first is not None and first is not ind:
            what = first.origin or "a built-in indicator"
            errors.append(f"{ind.origin}: duplicate id {ind.id!r} (also {what})")
        seen.setdefault(ind.id, ind)
    if errors:
        raise IndicatorsError("; ".join(errors))
    return [ind for ind in found if REGISTRY.get(ind.id) is not ind]


def plugin_indicators() -> tuple[list[Indicator], list[str]]:
    """What the packages in the ``safeguarding.indicators`` entry-point group provide. An entry
    point names a module (importing it registers its indicators with `@indicator`, as the
    built-ins do), or a callable returning `Indicator`s and/or paths of TOML files or folders."""
    found: list[Indicator] = []
    errors: list[str] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        where = f"entry point {ep.name} ({ep.value})"
        try:
            target = ep.load()
            provided = target() if callable(target) else ()
            for item in provided or ():
                if isinstance(item, Indicator):
                    found.append(item if item.origin else _with_origin(item, where))
                elif isinstance(item, (str, Path)):
                    for f in _files(Path(item)):
                        inds, errs = parse_indicators(f.read_text(encoding="utf-8"), str(f))
                        found += inds
                        errors += errs
                else:
                    errors.append(f"{where}: gave {type(item).__name__}, not an Indicator or a path")
        except IndicatorsError as exc:
            errors.append(f"{where}: {exc}")
        except Exception as exc:  # a broken plugin is named, never a silent gap
            errors.append(f"{where} failed to load ({type(exc).__name__})")
    return found, errors


def _with_origin(ind: Indicator, origin: str) -> Indicator:
    from dataclasses import replace

    return replace(ind, origin=origin)


@contextmanager
def registered(indicators: list[Indicator]) -> Iterator[list[Indicator]]:
    """Add local indicators to the registry for the duration (targets, events, compute and the
    docs all read it), and take them out again."""
    clash = [i.id for i in indicators if i.id in REGISTRY]
    if clash:
        raise IndicatorsError(f"duplicate id {clash[0]!r}: already registered")
    REGISTRY.update((i.id, i) for i in indicators)
    try:
        yield indicators
    finally:
        for i in indicators:
            if REGISTRY.get(i.id) is i:
                del REGISTRY[i.id]
