"""Revisions: what each snapshot of a council said about a month's figures, and why they moved.

For a month M, every snapshot that holds M in full is compared with the one before it
(extract dates in order). An indicator whose figure for M differs is explained by its cases
(one row per thing counted, or per denominator member with `hit`; see indicators.registry):
the two snapshots' cases for M are joined on the record's key, and each record that moved is
given a reason:

- recorded late: a record the earlier snapshot did not hold at all, dated into M (back-dated);
- with dates corrected into / out of the month: a record both held, whose dates now put it in (or
  out of) M, naming the date columns that changed;
- deleted: a record the later snapshot no longer holds (a child: "with a record deleted");
- now counted / no longer counted: a record in both, whose `hit` (numerator) changed;
- counted a different number of times: a record in both with more or fewer cases (a child's
  plans, say), its numerator unchanged.

A rate per 10,000 can also move with the population. Counts of records per reason are open
(1 to 5 said as "fewer than 6" in open classification, and a figure the report pack would
suppress shown as `c`); the records themselves (their keys and what changed) are child-level
and only given in internal classification.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import ibis
import pyarrow as pa

from . import formatting as fmt
from .app import CouncilIndicators, latest_complete_month
from .indicators import REGISTRY
from .indicators.compute import compute
from .indicators.context import Context
from .indicators.registry import Indicator
from .months import add_months
from .results import Point
from .policy import Policy
from .report.disclosure import SUPPRESSED, primary
from .schema import TABLES
from .store import DATA, Store, StoreError

SMALL = 6  # open output says "fewer than 6" for 1-5 records, as the DfE suppresses small counts


@dataclass
class Revision:
    la_code: str
    indicator: Indicator
    month: dt.date
    before: dict  # the earlier snapshot (store.snapshots() row)
    after: dict
    old: Point
    new: Point
    reasons: dict[str, int] = field(default_factory=dict)  # reason -> records
    records: list[dict] = field(default_factory=list)  # key, reason (internal only)
    noun: str = "record"  # what a record is: "child protection plan", "child"

    def change(self) -> float | None:
        """The relative change in percent (None when either figure is missing or the old is 0)."""
        if self.old.value in (None, 0) or self.new.value is None:
            return None
        return abs(self.new.value - self.old.value) / abs(self.old.value) * 100

    def sentence(self, classification: str = "open") -> str:
        """"April 2014 CP plans per 10,000 revised from 69.25 to 68.97: 2 child protection plans
        recorded late (back-dated), ..." """
        parts = [f"{_count(n, classification)} "
                 f"{self.noun if n == 1 and classification == 'internal' else _plural(self.noun)} "
                 f"{reason}" for reason, n in self.reasons.items() if reason != POPULATION]
        if POPULATION in self.reasons:
            parts.append(POPULATION)
        old, new = (self.shown(p, classification) for p in (self.old, self.new))
        head = (f"{fmt.month_label(self.month)} {self.indicator.name} revised from {old} to {new} "
                f"(snapshot {self.before['snapshot_id']}, extracted {self.before['extracted_at']}, "
                f"to snapshot {self.after['snapshot_id']}, extracted {self.after['extracted_at']})")
        return head + (": " + ", ".join(parts) if parts else "")

    def shown(self, p: Point, classification: str) -> str:
        """The figure as the classification may show it: in open output, `c` where the report
        pack's primary suppression hides it (a count of 1 to 5, or a rate built on one)."""
        if classification == "open" and primary(self.indicator.unit, p.numerator, p.denominator)["figure"]:
            return SUPPRESSED
        return _value(p, self.indicator)

    def to_dict(self, classification: str = "open") -> dict:
        out = {"la_code": self.la_code, "indicator": self.indicator.id,
               "month": self.month.strftime("%Y-%m"),
               "before": {"snapshot": self.before["snapshot_id"],
                          "extracted_at": str(self.before["extracted_at"])},
               "after": {"snapshot": self.after["snapshot_id"],
                         "extracted_at": str(self.after["extracted_at"])},
               "old": self.old.value if self.shown(self.old, classification) != SUPPRESSED else SUPPRESSED,
               "new": self.new.value if self.shown(self.new, classification) != SUPPRESSED else SUPPRESSED,
               "reasons": {r: (n if classification == "internal" or n >= SMALL or r == POPULATION
                               else f"fewer than {SMALL}") for r, n in self.reasons.items()},
               "explanation": self.sentence(classification)}
        if classification == "internal":
            out["records"] = self.records
        return out


POPULATION = "the 0-17 population revised"


def _plural(noun: str) -> str:
    return "children" if noun == "child" else noun + "s"


def _count(n: int, classification: str) -> str:
    return str(n) if classification == "internal" or n >= SMALL else f"fewer than {SMALL}"


def _value(p: Point, ind: Indicator) -> str:
    if p.value is None:
        return "no figure"
    return str(int(p.value)) if ind.unit == "count" else f"{p.value:.2f}"


def _table(ind: Indicator) -> str:
    """The table whose records an indicator counts: the first it needs."""
    return ind.needs[0].partition(".")[0]


def comparable(store: Store, la_code: str, month: dt.date) -> list[dict]:
    """The council's snapshots that hold `month` in full, oldest extract first."""
    return sorted((s for s in store.snapshots() if s["la_code"] == la_code
                   and latest_complete_month(s["extracted_at"]) >= month),
                  key=lambda s: (s["extracted_at"], s["snapshot_id"]))


def _context(store: Store, snapshot_id: int, la_code: str, month: dt.date, policy: Policy) -> Context:
    store.select(ids=[snapshot_id])
    return Context(store, [la_code], month, policy, present=store.columns_present(),
                   n_months=1)


def figures(store: Store, snapshot_id: int, la_code: str, month: dt.date, policy: Policy,
            ids: list[str] | None = None) -> dict[str, Point]:
    """The snapshot's figure for `month` of every indicator (or `ids`) it can compute."""
    ctx = _context(store, snapshot_id, la_code, month, policy)
    return {r.indicator.id: r.series[-1] for r in compute(ctx, ids)
            if r.available and not r.error and r.series}


def _cases(store: Store, snapshot_id: int, la_code: str, month: dt.date, policy: Policy,
           ind: Indicator, key: str) -> pa.Table:
    """The indicator's counted cases for `month`: (record key, hit), excluded cases left out."""
    ctx = _context(store, snapshot_id, la_code, month, policy)
    c = ind.fn(ctx)
    c = c.filter((c.la_code == la_code) & (c.month == month))
    if "excluded" in c.columns:
        c = c.filter(~c.excluded.fill_null(False))
    hit = c.hit.fill_null(False) if "hit" in c.columns else ibis.literal(True)
    return ctx.backend.to_pyarrow(c.select(key=c[key].cast("string"), hit=hit))


def _moved(store: Store, before: int, after: int, la_code: str, table: str, record: str,
           a: pa.Table, b: pa.Table) -> list[dict]:
    """The records that moved between two snapshots' cases, each with its reason (one query).
    `record` is the cases' key: the table's own key, or the child (`Table.person`) where the
    indicator counts children; the table's rows are paired by the table's key either way."""
    key = TABLES[table].key
    deleted = "deleted" if record == key else "with a record deleted"  # a child is not deleted
    dates = [c.name for c in TABLES[table].columns if c.kind in ("date", "datetime")]
    flags = ", ".join(f"bool_or(paired AND o_{d} IS DISTINCT FROM n_{d}) AS ch_{d}" for d in dates)
    changed = ", ".join(f"CASE WHEN p.ch_{d} THEN '{_label(d)}' END" for d in dates) or "NULL"
    picked = ", ".join(f"o.{d} AS o_{d}, n.{d} AS n_{d}" for d in dates)
    con = store.con
    con.register("_cases_before", a)
    con.register("_cases_after", b)
    try:
        rows = con.execute(f"""
            WITH a AS (SELECT key, count(*) AS n, count_if(hit) AS hits FROM _cases_before
                        GROUP BY key),
                 b AS (SELECT key, count(*) AS n, count_if(hit) AS hits FROM _cases_after
                        GROUP BY key),
                 o AS (SELECT * FROM {DATA}.{table} WHERE snapshot_id = ? AND la_code = ?),
                 n AS (SELECT * FROM {DATA}.{table} WHERE snapshot_id = ? AND la_code = ?),
                 rows AS (SELECT CAST(coalesce(o.{record}, n.{record}) AS VARCHAR) AS rec,
                                 o.{key} IS NULL AS added, n.{key} IS NULL AS removed,
                                 o.{key} IS NOT NULL AND n.{key} IS NOT NULL AS paired
                                 {', ' + picked if picked else ''}
                          FROM o FULL JOIN n ON o.{key} = n.{key}),
                 p AS (SELECT rec, bool_or(added) AS added, bool_or(removed) AS removed
                              {', ' + flags if flags else ''}
                       FROM rows GROUP BY rec),
                 j AS (SELECT coalesce(a.key, b.key) AS key, a.key IS NOT NULL AS was,
                              b.key IS NOT NULL AS now, b.hits - a.hits AS hits
                       FROM a FULL JOIN b ON a.key = b.key
                       WHERE a.key IS NULL OR b.key IS NULL OR a.hits <> b.hits OR a.n <> b.n)
            SELECT j.key,
                   CASE WHEN NOT j.was AND p.added THEN 'recorded late (back-dated)'
                        WHEN NOT j.now AND p.removed THEN ?
                        WHEN NOT j.was OR NOT j.now THEN
                            CASE WHEN j.was THEN 'with dates corrected out of the month'
                                 ELSE 'with dates corrected into the month' END
                            || coalesce(' (' || nullif(concat_ws(', ', {changed}), '') || ')', '')
                        WHEN j.hits > 0 THEN 'now counted in the numerator'
                        WHEN j.hits < 0 THEN 'no longer counted in the numerator'
                        ELSE 'counted a different number of times' END AS reason
            FROM j LEFT JOIN p ON p.rec = j.key
            ORDER BY reason, j.key""", [before, la_code, after, la_code, deleted]).fetchall()
    finally:
        con.unregister("_cases_before")
        con.unregister("_cases_after")
    return [{"key": k, "reason": r} for k, r in rows]


def _same(a: Point, b: Point) -> bool:
    """Whether two figures are the same (a percentage whose parts moved but not its value is)."""
    if a.value is None or b.value is None:
        return a.value is b.value
    return round(a.value, 9) == round(b.value, 9)


def _label(column: str) -> str:
    """cppl_cp_plan_end_date -> "cp plan end date" (the column without its table's prefix)."""
    return column.partition("_")[2].replace("_", " ")


def explain(store: Store, before: dict, after: dict, month: dt.date, policy: Policy,
            ids: list[str] | None = None) -> list[Revision]:
    """The figures for `month` that differ between two snapshots of one council, explained."""
    la = after["la_code"]
    old = figures(store, before["snapshot_id"], la, month, policy, ids)
    new = figures(store, after["snapshot_id"], la, month, policy, ids)
    out = []
    for ind_id in (ids or REGISTRY):
        if ind_id not in old or ind_id not in new or _same(old[ind_id], new[ind_id]):
            continue
        ind = REGISTRY[ind_id]
        o, n = old[ind_id], new[ind_id]
        rev = Revision(la, ind, month, before, after, o, n)
        table = _table(ind)
        columns = ind.fn(_context(store, after["snapshot_id"], la, month, policy)).columns
        spec = TABLES[table]
        # (the cases' column, the table's column holding the same value): the record, a
        # record renamed `plan_id` (a timeliness helper's cases), or the child
        pairs = [(spec.key, spec.key), ("plan_id", spec.key), (spec.person, spec.person)]
        found = next(((c, t) for c, t in pairs if c and c in columns), None)
        if found is None:
            out.append(rev)  # its cases carry neither the record nor the child: figures alone
            continue
        rev.noun = "child" if found[1] == spec.person else spec.what or "record"
        a = _cases(store, before["snapshot_id"], la, month, policy, ind, found[0])
        b = _cases(store, after["snapshot_id"], la, month, policy, ind, found[0])
        rev.records = _moved(store, before["snapshot_id"], after["snapshot_id"], la, table,
                             found[1], a, b)
        for r in rev.records:
            rev.reasons[r["reason"]] = rev.reasons.get(r["reason"], 0) + 1
        if ind.unit == "per_10k" and o.denominator != n.denominator:
            rev.reasons[POPULATION] = 1
        out.append(rev)
    return out


def revisions(store: Store, month: dt.date, policy: Policy, la_codes: list[str] | None = None,
              ids: list[str] | None = None) -> list[Revision]:
    """Every revision of `month`'s figures, council by council, snapshot after snapshot. The
    store's selection is restored afterwards."""
    selected = [c["snapshot_id"] for c in store.councils()]
    councils = sorted({s["la_code"] for s in store.snapshots()})
    unknown = [la for la in la_codes or [] if la not in councils]
    if unknown:
        raise StoreError(f"the store holds no extract for la_code {', '.join(unknown)}")
    out = []
    try:
        for la in la_codes or councils:
            held = comparable(store, la, month)
            for before, after in zip(held, held[1:]):
                out += explain(store, before, after, month, policy, ids)
    finally:
        store.select(ids=selected)
    return out


def with_report_notes(results: list[CouncilIndicators], store: Store, policy: Policy,
                      classification: str) -> list[CouncilIndicators]:
    """The results with the pack's note on each council's last month figures that have moved
    since they were reported (`report_notes`), worded for the pack's classification."""
    return [replace(c, warnings=[*c.warnings, *report_notes(store, c.la_code, c.month, policy,
                                                             classification)])
            for c in results]


def report_notes(store: Store, la_code: str, month: dt.date, policy: Policy,
                 classification: str = "open") -> list[str]:
    """For a report of `month` from the selected snapshot: the notes on last month's figures
    that have moved, since the snapshot last month's report would have used, by more than the
    policy's `revision_threshold_percent`. None when there is no such earlier snapshot."""
    selected = [c["snapshot_id"] for c in store.councils()]
    current = next((c for c in store.snapshots() if c["snapshot_id"] in selected
                    and c["la_code"] == la_code), None)
    previous_month = add_months(month, -1)
    earlier = [s for s in comparable(store, la_code, previous_month)
               if current and s["extracted_at"] < current["extracted_at"]]
    if current is None or not earlier:
        return []
    try:
        found = explain(store, earlier[-1], current, previous_month, policy)
    finally:
        store.select(ids=selected)
    moved = [r for r in found if r.change() is None or r.change() > policy.revision_threshold_percent]
    return [f"Revised since last month's report: {r.sentence(classification)}" for r in moved]


def children_moved(store: Store, rev: Revision) -> int:
    """How many children the revision's records are of (for an audit of who saw them): the
    records themselves where they are children, else the children the two snapshots' rows of
    those records belong to (one query)."""
    keys = sorted({r["key"] for r in rev.records})
    spec = TABLES[_table(rev.indicator)]
    if rev.noun == "child" or not keys:
        return len(keys)
    if spec.person is None:
        return len(keys)  # a record is of at most one child: the most there can be
    [(n,)] = store.con.execute(
        f"SELECT count(DISTINCT {spec.person}) FROM {DATA}.{_table(rev.indicator)} "
        f"WHERE la_code = ? AND snapshot_id IN (?, ?) AND CAST({spec.key} AS VARCHAR) IN "
        "(SELECT unnest(?))", [rev.la_code, rev.before["snapshot_id"], rev.after["snapshot_id"],
                               keys]).fetchall()
    return int(n)
