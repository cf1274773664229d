"""History as reported (opt-in, `reuse_history`): a new month computed on a new snapshot, with
the months before it taken from the results kept for the council's previous snapshot.

By default every month of the series (the SPC history, and for a few series the lead months
before it that disclosure control reads) is computed afresh from the selected snapshot, so that a
new extract's revisions of earlier months show. With reuse, a run keeps the built-in
catalogue's rows under each council's snapshot (`Store.keep_results`); the next run takes the
months before its reporting month from the council's latest earlier snapshot holding rows of
the same fingerprint (the policy and the catalogue's SQL: a changed policy or package version
reuses nothing) and computes only the months after them. The rows it used are kept under the
new snapshot too, so the month after reuses them again.

A council reuses only when the kept rows hold every month the run needs before the last one
kept; otherwise it is computed in full, as without reuse. Local indicators, runs of chosen
indicators and other engines than DuckDB compute as without reuse.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from concurrent.futures import Future

import pyarrow as pa
import pyarrow.compute as pc

from . import formatting as fmt
from .indicators import compiled
from .indicators.compute import built_in, catalogue_expr, months_for
from .indicators.context import Context
from .months import add_months, months_between


def fingerprint(ctx: Context) -> str:
    """What the catalogue's figures depend on besides the data: the code that builds its
    query, the policy, and the SQL itself."""
    sql = compiled.sql_for(ctx, "catalogue", lambda: catalogue_expr(ctx))
    parts = (compiled.fingerprint(), compiled.policy_key(ctx), sql)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def held(ctx: Context, fp: str) -> pa.Table:
    """Each council's kept rows that can be reused (`Store.stored_results`' columns): the
    frame's months before the reporting month, every series from its own first month
    (`compute.months_for`) to the last month kept, none missing; councils with none are left
    out."""
    first = add_months(ctx.month, 1 - ctx.n_months)
    starts = _starts(ctx)
    rows = ctx.store.stored_results(fp, ctx.la_codes, first, ctx.month)
    # Each row's series' first month: null for an indicator not in the catalogue, whose
    # council then reuses nothing.
    start = _looked_up(rows["indicator"], starts, pa.date32())
    unknown = set(pc.filter(rows["la_code"], pc.is_null(start)).to_pylist())
    rows = rows.filter(pc.greater_equal(rows["month"], start))
    series: dict[str, dict[str, dict]] = {}
    for s in rows.group_by(["la_code", "indicator"]).aggregate(
            [("month", "min"), ("month", "max"), ("month", "count_distinct")]).to_pylist():
        series.setdefault(s["la_code"], {})[s["indicator"]] = s
    reusable = []
    for la, kept in series.items():
        last = max(s["month_max"] for s in kept.values())
        if la not in unknown and kept.keys() == starts.keys() and all(
                s["month_min"] == starts[i] and
                s["month_count_distinct"] == months_between(starts[i], last) + 1
                for i, s in kept.items()):
            reusable.append(la)
    return rows.filter(pc.is_in(rows["la_code"], pa.array(reusable, pa.string())))


def keep(ctx: Context, fp: str, computed: pa.Table, snapshots: dict[str, int],
         partial: set[str], reused: pa.Table) -> Future[None]:
    """Keep the catalogue rows of the run under each council's snapshot (`snapshots`: la_code ->
    snapshot_id): the rows `computed` now (`store.ROWS`), marked as computed from that
    snapshot, and the rows `reused` (`held`), copied inside the store from where they were
    kept. A partial reporting month (`partial`: its councils) is not kept: it is no history to
    reuse. In the background: the future returned is done when they are kept
    (`Store.keep_results`)."""
    if partial:
        computed = computed.filter(pc.invert(pc.and_(
            pc.is_in(computed["la_code"], pa.array(sorted(partial), pa.string())),
            pc.greater_equal(computed["month"], pa.scalar(ctx.month, pa.date32())))))
    sid = _looked_up(computed["la_code"], snapshots, pa.int32())
    table = pa.table({"snapshot_id": sid,
                      **{k: computed[k] for k in ("la_code", "indicator", "month", "numerator",
                                                  "denominator", "excluded", "value")},
                      "computed_from": sid})
    # Each council's reused rows were kept by one earlier snapshot: all it kept of each series'
    # months before the reporting month (`held`).
    starts = _starts(ctx)
    kept_by = {r["la_code"]: r["kept_by_min"] for r in
               reused.group_by("la_code").aggregate([("kept_by", "min")]).to_pylist()}
    pairs = [(la, i) for la in sorted(kept_by) for i in starts]
    copies = pa.table({
        "snapshot_id": pa.array([snapshots[la] for la, _ in pairs], pa.int32()),
        "kept_by": pa.array([kept_by[la] for la, _ in pairs], pa.int32()),
        "la_code": pa.array([la for la, _ in pairs], pa.string()),
        "indicator": pa.array([i for _, i in pairs], pa.string()),
        "first": pa.array([starts[i] for _, i in pairs], pa.date32())})
    return ctx.store.keep_results(fp, table, copies, ctx.month)


def _looked_up(keys: pa.ChunkedArray, mapping: dict, type_: pa.DataType) -> pa.ChunkedArray:
    """`mapping[key]` for each key, as a column (null where a key is not in `mapping`)."""
    return pc.take(pa.array(list(mapping.values()), type_),
                   pc.index_in(keys, pa.array(list(mapping), pa.string())))


def _starts(ctx: Context) -> dict[str, dt.date]:
    """The first month of each built-in indicator's series (`compute.months_for`)."""
    return {i.id: add_months(ctx.month, 1 - months_for(ctx, i.id)) for i in built_in()}


def notes(reused: pa.Table) -> dict[str, str]:
    """What each council's output says when its history was reused (`held`): which months came
    from which earlier extract (dates and months only, never a figure)."""
    spans: dict[str, list[tuple]] = {}
    for r in reused.group_by(["la_code", "computed_at"]).aggregate(
            [("month", "min"), ("month", "max")]).to_pylist():
        spans.setdefault(r["la_code"], []).append((r["computed_at"], r["month_min"], r["month_max"]))
    return {la: _note(sorted(s)) for la, s in spans.items()}


def _note(spans: list[tuple[dt.date, dt.date, dt.date]]) -> str:
    parts = [f"{_months(first, last)} (computed from the extract of {fmt.date_label(at)})"
             for at, first, last in spans]
    return (f"history reused: the figures for {' and '.join(parts)} are as reported before, not "
            f"recomputed from this extract; set reuse_history = false to recompute them, and "
            f"`safeguarding revisions` shows what this extract changed")


def _months(first: dt.date, last: dt.date) -> str:
    if first == last:
        return fmt.month_label(first)
    return f"{fmt.month_label(first)} to {fmt.month_label(last)}"
