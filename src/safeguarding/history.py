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

from . import formatting as fmt
from .indicators import compiled
from .indicators.compute import built_in, catalogue_expr, months_for
from .indicators.context import Context
from .months import add_months, months_between

# The columns of the catalogue rows that are kept, besides the snapshots and the fingerprint.
KEPT = {"la_code": pa.string(), "indicator": pa.string(), "month": pa.date32(),
        "numerator": pa.int64(), "denominator": pa.int64(), "excluded": pa.int64(),
        "value": pa.float64()}


def fingerprint(ctx: Context) -> str:
    """What the catalogue's figures depend on besides the data: the code that builds its
    query, the policy, and the SQL itself."""
    sql = compiled.sql_for(ctx, "catalogue", lambda: catalogue_expr(ctx))
    parts = (compiled.fingerprint(), compiled.policy_key(ctx), sql)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def held(ctx: Context, fp: str) -> dict[str, list[dict]]:
    """Each council's kept rows that can be reused: the frame's months before the reporting
    month, every series from its own first month (`compute.months_for`) to the last month kept,
    none missing; councils with none are left out."""
    first = add_months(ctx.month, 1 - ctx.n_months)
    starts = _starts(ctx)
    by_la: dict[str, list[dict]] = {}
    for r in ctx.store.stored_results(fp, ctx.la_codes, first, ctx.month):
        if r["month"] >= starts.get(r["indicator"], first):
            by_la.setdefault(r["la_code"], []).append(r)
    out = {}
    for la, rows in by_la.items():
        months: dict[str, set[dt.date]] = {i: set() for i in starts}
        for r in rows:
            months.setdefault(r["indicator"], set()).add(r["month"])
        last = max(r["month"] for r in rows)
        if all(ms and min(ms) == starts.get(i) and len(ms) == months_between(min(ms), last) + 1
               for i, ms in months.items()):
            out[la] = rows
    return out


def keep(ctx: Context, fp: str, together: dict[str, list[dict]], snapshots: dict[str, int],
         partial: set[str], reused: dict[str, list[dict]]) -> Future[None]:
    """Keep the catalogue rows of the run under each council's snapshot (`snapshots`: la_code ->
    snapshot_id): the rows computed now, marked as computed from that snapshot, and the rows
    `reused` (`held`), copied inside the store from where they were kept. A partial reporting
    month (`partial`: its councils) is not kept: it is no history to reuse. In the background:
    the future returned is done when they are kept (`Store.keep_results`)."""
    rows = [r for ind_rows in together.values() for r in ind_rows if "kept_by" not in r
            and (r["la_code"] not in partial or r["month"] < ctx.month)]
    columns = {k: [r[k] for r in rows] for k in KEPT}
    table = pa.table({"snapshot_id": pa.array([snapshots[la] for la in columns["la_code"]], pa.int32()),
                      **{k: pa.array(v, KEPT[k]) for k, v in columns.items()},
                      "computed_from": pa.array([snapshots[la] for la in columns["la_code"]], pa.int32())})
    # Each council's reused rows were kept by one earlier snapshot: all it kept of each series'
    # months before the reporting month (`held`).
    starts = _starts(ctx)
    pairs = [(la, i) for la in reused for i in starts]
    copies = pa.table({
        "snapshot_id": pa.array([snapshots[la] for la, _ in pairs], pa.int32()),
        "kept_by": pa.array([reused[la][0]["kept_by"] for la, _ in pairs], pa.int32()),
        "la_code": pa.array([la for la, _ in pairs], pa.string()),
        "indicator": pa.array([i for _, i in pairs], pa.string()),
        "first": pa.array([starts[i] for _, i in pairs], pa.date32())})
    return ctx.store.keep_results(fp, table, copies, ctx.month)


def _starts(ctx: Context) -> dict[str, dt.date]:
    """The first month of each built-in indicator's series (`compute.months_for`)."""
    return {i.id: add_months(ctx.month, 1 - months_for(ctx, i.id)) for i in built_in()}


def note(rows: list[dict]) -> str:
    """What a council's output says when its history was reused: which months came from which
    earlier extract (dates and months only, never a figure)."""
    spans: dict[dt.date, list[dt.date]] = {}
    for at, month in {(r["computed_at"], r["month"]) for r in rows}:  # (each month once per indicator)
        spans.setdefault(at, []).append(month)
    parts = [f"{_months(min(ms), max(ms))} (computed from the extract of {fmt.date_label(at)})"
             for at, ms in sorted(spans.items())]
    return (f"history reused: the figures for {' and '.join(parts)} are as reported before, not "
            f"recomputed from this extract; set reuse_history = false to recompute them, and "
            f"`safeguarding revisions` shows what this extract changed")


def _months(first: dt.date, last: dt.date) -> str:
    if first == last:
        return fmt.month_label(first)
    return f"{fmt.month_label(first)} to {fmt.month_label(last)}"
