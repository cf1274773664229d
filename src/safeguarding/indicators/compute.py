"""From an indicator's cases to its monthly series, the same way for every indicator."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import ibis
import pyarrow as pa
import pyarrow.compute as pc

from .. import engine
from ..months import months_between
from ..store import ROWS
from . import compiled
from ..results import Point, Result
from .context import Context
from .registry import REGISTRY, Indicator

if TYPE_CHECKING:
    import ibis.expr.types as ir

# Units whose value is numerator over denominator (a percentage, or a mean per member).
SHARES = ("percent", "mean")
SQL_ONLY_DUCKDB = "not available: SQL local indicators run on DuckDB only"


def missing_needs(ctx: Context, ind: Indicator, la_code: str) -> list[str]:
    return [n for n in ind.needs if not ctx.has(la_code, n)]


def missing_reason(missing: list[str], source: str = "extract") -> str:
    """Why an indicator is not available: the tables and columns `source` lacks."""
    tables = [m for m in missing if "." not in m]
    cols = [m for m in missing if "." in m]
    parts = []
    if tables:
        parts.append(f"table{'s' if len(tables) > 1 else ''} {', '.join(tables)}")
    if cols:
        parts.append(f"column{'s' if len(cols) > 1 else ''} {', '.join(cols)}")
    return f"not available from this {source}: it has no {' and no '.join(parts)}"


def series_expr(ctx: Context, ind: Indicator) -> ir.Table:
    """One query for every month and council of the context: la_code, month, numerator,
    denominator, excluded, value. (A council the indicator is not available for gets rows too;
    `compute` leaves them out.)"""
    agg, has_excluded = (_sql_aggregate if ind.sql else _aggregate)(ctx, ind)
    j = ctx.frame.left_join(agg, ["la_code", "month"]).select(
        "la_code", "month",
        numerator=ibis._.numerator.fill_null(0),
        denominator=(ibis._.denominator.fill_null(0) if ind.unit in SHARES else ibis.null("int64")),
        excluded=(ibis._.excluded.fill_null(0) if has_excluded else ibis.literal(0, "int64")),
    )
    if ind.unit == "per_10k":
        pop = ctx.population
        j = j.join(pop, ["la_code", "month"]).select(
            "la_code", "month", "numerator", "excluded", denominator=pop.population)
        value = j.numerator.cast("float64") / j.denominator * 10_000
    elif ind.unit in SHARES:
        scale = 100 if ind.unit == "percent" else 1
        value = ibis.ifelse(j.denominator > 0, j.numerator.cast("float64") / j.denominator * scale, ibis.null())
    else:
        value = j.numerator
    return j.mutate(value=value).order_by("la_code", "month")


def _aggregate(ctx: Context, ind: Indicator) -> tuple[ir.Table, bool]:
    """From the indicator's cases: la_code, month, numerator[, denominator][, excluded].

    A built-in rolling indicator's sums are its 12 monthly sums added up (`Context.rolled`):
    its cases are counted row by row, and whether a case is a hit does not depend on the
    rolling year it is counted in. A local one may count distinct children over the year, so
    it counts its cases as they are; so does a query of one month (`Context.one_month`)."""
    if ind.period == "rolling" and ind.origin is None and ctx.roll_by_month:
        with ctx.rolling_by_month():
            monthly, has_excluded = aggregate_cases(ind.fn(ctx), ind.unit, ["la_code", "month"])
        return ctx.rolled(monthly), has_excluded
    return aggregate_cases(ind.fn(ctx), ind.unit, ["la_code", "month"])


def aggregate_cases(cases: ir.Table, unit: str, keys: list[str]) -> tuple[ir.Table, bool]:
    """Cases to numerator[, denominator][, excluded] by `keys` (a breakdown adds its group)."""
    has_excluded = "excluded" in cases.columns
    agg_excluded = {}
    if has_excluded:  # cases left out of both parts, counted for a data-quality warning
        agg_excluded = {"excluded": cases.excluded.fill_null(False).cast("int64").sum()}
        cases = cases.mutate(_kept=~cases.excluded.fill_null(False))
    else:
        cases = cases.mutate(_kept=True)
    if unit in SHARES:
        numerator = ((cases._kept & cases.hit.fill_null(False)).cast("int64") if unit == "percent"
                     else ibis.ifelse(cases._kept, cases.amount.fill_null(0).cast("int64"), 0))
        agg = cases.group_by(*keys).aggregate(
            numerator=numerator.sum(),
            denominator=cases._kept.cast("int64").sum(),
            **agg_excluded,
        )
    else:
        agg = cases.group_by(*keys).aggregate(
            numerator=cases._kept.cast("int64").sum(), **agg_excluded)
    return agg, has_excluded


def _sql_aggregate(ctx: Context, ind: Indicator) -> tuple[ir.Table, bool]:
    """A SQL local indicator's own rows (la_code, month, numerator[, denominator]): typed, one
    row per council and month kept (several are summed), the context's councils only."""
    t = ctx.backend.sql(ind.sql, dialect="duckdb")
    t = t.filter(t.la_code.cast("string").isin(ctx.la_codes))
    parts = {"numerator": t.numerator.cast("int64").sum()}
    if ind.unit == "percent":
        parts["denominator"] = t.denominator.cast("int64").sum()
    agg = t.group_by(la_code=t.la_code.cast("string"), month=t.month.cast("date")).aggregate(**parts)
    return agg, False


def built_in() -> list[Indicator]:
    """The catalogue's own indicators (not local ones): their queries are kept (`compiled`)."""
    return [i for i in REGISTRY.values() if i.origin is None and not i.sql]


def catalogue_expr(ctx: Context, ids: frozenset[str] | None = None):
    """Every built-in indicator's series (or those of `ids`) in one query (indicator, la_code,
    month, numerator, denominator, excluded, value), ordered: what several indicators share (a
    month-end cohort, the caseloads) is computed once. A council an indicator is not available
    for gets rows too."""
    parts = [series_expr(ctx, ind).select(
        "la_code", "month", indicator=ibis.literal(ind.id), numerator=ibis._.numerator.cast("int64"),
        denominator=ibis._.denominator.cast("int64"), excluded=ibis._.excluded.cast("int64"),
        value=ibis._.value.cast("float64")) for ind in built_in() if ids is None or ind.id in ids]
    return ibis.union(*parts).order_by("indicator", "la_code", "month")


def unfiltered_expr(ctx: Context):
    """The catalogue reading its tables whole (`Context.unfiltered`): for DuckDB, one month."""
    with ctx.unfiltered(), ctx.one_month():
        return catalogue_expr(ctx)


def lead_expr(ctx: Context):
    """The catalogue's `LEAD` indicators alone, for the frame's lead months."""
    return catalogue_expr(ctx, LEAD)


def population_years(ctx: Context):
    """Each council's population year per month, and the year held that it uses."""
    return ctx.population.select("la_code", "month", "pop_year", "year_used", "population") \
        .order_by("la_code", "month")


# Councils per catalogue query: all of England at once held 8 GB at its peak, 19 at a time 2 GB.
BATCH = 16
# The queries a run makes besides each indicator's own, by name (kept as the indicators' are).
QUERIES = {"catalogue": catalogue_expr, "catalogue_unfiltered": unfiltered_expr,
           "catalogue_lead": lead_expr, "population_years": population_years}
# The indicators computed for the frame's lead months too (`Context.lead_months`): disclosure
# control hides a rolling 12-month total whose window holds a hidden month of the monthly count
# it adds up (report/disclosure.py, `ROLLING`), so it reads those counts a year before the first
# month shown, and with them the figures published as the same number (`SAME`). Every other
# series starts after the lead months (tests/test_lead_months.py checks this against the rules).
LEAD = frozenset({"referrals", "assessments_completed", "assessments_in_timescale", "cp_starts"})


def months_for(ctx: Context, indicator_id: str) -> int:
    """How many months of the frame an indicator's series covers."""
    return ctx.n_months - (0 if indicator_id in LEAD else ctx.lead_months)


def compute(ctx: Context, ids: list[str] | None = None,
            together: dict[str, pa.Table] | None = None) -> list[Result]:
    """Every registered indicator (or `ids`) for every council in the context.

    The whole catalogue on DuckDB is one query (`catalogue_rows`, or `together`: its rows
    already at hand, `by_indicator`); should it fail, each indicator runs on its own, so that
    an error is the failing indicator's alone."""
    chosen = [REGISTRY[i] for i in ids] if ids else list(REGISTRY.values())
    if together is None:
        rows = catalogue_rows(ctx) if ids is None and ctx.engine == "duckdb" else None
        together = by_indicator(rows) if rows is not None else {}
    results: list[Result] = []
    for ind in chosen:
        by_la: dict[str, Result] = {}
        for la in ctx.la_codes:
            missing = missing_needs(ctx, ind, la)
            reason = missing_reason(missing) if missing else None
            if ind.sql and ctx.engine != "duckdb":
                reason = SQL_ONLY_DUCKDB
            by_la[la] = Result(ind, la, available=reason is None, reason=reason)
        available = [la for la, r in by_la.items() if r.available]
        if available:
            try:
                series = together[ind.id] if ind.id in together else _run(ctx, ind)
            except Exception as exc:  # fail loudly: an error in the output and a non-zero exit
                for la in available:  # fixed wording: an engine's message may quote a cell
                    by_la[la] = replace(by_la[la], exception=exc, error=(
                        f"the indicator's query failed ({type(exc).__name__})"))
            else:
                by_la.update(_filled(by_la, ind, series, available))
        results += by_la.values()
    return results


def catalogue_rows(ctx: Context, held: pa.Table | None = None) -> pa.Table | None:
    """The built-in indicators' series rows (`ROWS`) from the catalogue query, or None if it
    failed.

    Each series covers the months `months_for` gives it. `held`: catalogue rows already known
    for some councils (`history.held`), each series from its first month to some month before
    the reporting month, none missing; only the months after them are computed (and returned:
    not the held rows)."""
    last = {} if held is None else {r["la_code"]: r["month_max"] for r in
                                    held.group_by("la_code").aggregate([("month", "max")]).to_pylist()}
    need: dict[int, list[str]] = {}
    for la in ctx.la_codes:
        n = months_between(last[la], ctx.month) if la in last else ctx.n_months
        need.setdefault(n, []).append(la)
    span = ctx.n_months - ctx.lead_months  # the months every indicator covers
    parts = []
    try:
        for n, las in sorted(need.items()):
            if n > span:  # and the lead months before them, for the LEAD indicators alone
                parts.append(_queried(ctx, "catalogue_lead", las, n - span, before=span))
            parts.append(_queried(ctx, _catalogue(ctx, min(n, span)), las, min(n, span)))
    except Exception:  # each indicator is run on its own, and the failing one says so
        return None
    return pa.concat_tables(parts) if parts else ROWS.empty_table()


def _catalogue(ctx: Context, n: int) -> str:
    """The catalogue query for `n` months. On DuckDB the store's views read only the query's
    councils (`Context.only`), so filtering each table to them again changes no figure; for one
    month of every council (the next month with history reused; `revisions` too) the filter was
    an eighth of the query's CPU, but over longer frames DuckDB planned some joins worse without
    it (measured: docs/benchmarks.md, the tenth round)."""
    return "catalogue_unfiltered" if n == 1 and ctx.engine == "duckdb" else "catalogue"


def by_indicator(*tables: pa.Table) -> dict[str, pa.Table]:
    """Catalogue rows (`ROWS` columns, perhaps more) by indicator, each ordered by council and
    month."""
    rows = pa.concat_tables([t.select(ROWS.names).cast(ROWS) for t in tables]).sort_by(
        [("indicator", "ascending"), ("la_code", "ascending"), ("month", "ascending")])
    out, start = {}, 0
    # Each indicator's rows are one run of the sorted rows: in the same order (Python orders
    # strings as Arrow does, by code point), each run starts where the one before ends.
    for c in sorted(pc.value_counts(rows["indicator"]).to_pylist(), key=lambda c: c["values"]):
        out[c["values"]] = rows.slice(start, c["counts"])
        start += c["counts"]
    return out


def _queried(ctx: Context, name: str, las: list[str], n: int, before: int = 0) -> pa.Table:
    """The rows (`ROWS`) of the kept query `name` (`QUERIES`) for `las`, over the `n` months
    ending `before` months before the reporting month. Councils share queries: the memory of
    one grows with councils times months, so `BATCH` councils for the whole frame, more for
    fewer months (all of England in one query for one month)."""
    per_query = max(BATCH, BATCH * ctx.n_months // n)
    parts = []
    with ctx.last_months(n, before):
        for i in range(0, len(las), per_query):
            with ctx.only(las[i:i + per_query]):
                parts.append(compiled.table(ctx, name, lambda: QUERIES[name](ctx)))
    return pa.concat_tables(parts).select(ROWS.names).cast(ROWS)


def _run(ctx: Context, ind: Indicator) -> pa.Table:
    """The indicator's series rows. A built-in indicator's SQL is kept (`indicators.compiled`)."""
    build = lambda: series_expr(ctx, ind)  # noqa: E731
    with ctx.last_months(months_for(ctx, ind.id)):
        if ind.origin is None and not ind.sql:
            return compiled.table(ctx, ind.id, build)
        return engine.run(ctx.backend, (ind.id, tuple(ctx.la_codes), ctx.policy), build)


def _month_labels(months: pa.ChunkedArray) -> list[str]:
    """Each month as YYYY-MM: the few dozen distinct months formatted once each (a run of
    England labels a quarter of a million points)."""
    encoded = pc.dictionary_encode(months.combine_chunks())
    labels = [m.strftime("%Y-%m") for m in encoded.dictionary.to_pylist()]
    return list(map(labels.__getitem__, encoded.indices.to_pylist()))


def _filled(by_la: dict[str, Result], ind: Indicator, rows: pa.Table,
            shown: list[str]) -> dict[str, Result]:
    """The results of the councils `shown` with the query's rows as their series (rows ordered
    by month within each council)."""
    if len(shown) < len(by_la):  # (the councils it is not available for have rows too)
        rows = rows.filter(pc.is_in(rows["la_code"], pa.array(shown, rows.schema.field("la_code").type)))
    # Column by column into Python (a run of England fills a quarter of a million points).
    values = rows["value"].cast(pa.int64()) if ind.unit == "count" else rows["value"]
    columns = [rows["la_code"].to_pylist(), _month_labels(rows["month"]), values.to_pylist(),
               *(rows[c].cast(pa.int64()).to_pylist() for c in ("numerator", "denominator", "excluded"))]
    series: dict[str, list[Point]] = {}
    excluded: dict[str, int] = {}
    for la, month, value, numerator, denominator, n in zip(*columns):
        points = series.get(la)
        if points is None:
            points = series[la] = []
            excluded[la] = 0
        points.append(Point(month, value, numerator, denominator))
        excluded[la] += n
    out = {}
    for la, points in series.items():
        n = excluded[la]
        warnings = (f"{ind.id}: {n} case{'s' if n != 1 else ''} left out over the "
                    f"{len(points)} months: {ind.excluded_note}",) if n else ()
        out[la] = replace(by_la[la], series=tuple(points), warnings=warnings)
    return out
