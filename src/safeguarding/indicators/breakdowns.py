"""Any indicator by a characteristic of the child (sex, age band, ethnicity, disability) or by the
team and worker the child is allocated to at the month end.

A breakdown groups the indicator's own cases (every case table carries the child's person id)
by a group column joined from `ssd_person` / `ssd_disability` / the allocation at the case's
month end (`allocation.allocated`), and aggregates them the way `compute` does, so the groups of
a month add up to the indicator's figure. Every group is listed for every month (a group with no
cases is 0). A case whose child is not in `ssd_person` falls in the "not known" group of the
breakdown, a child with no worker at the month end in "Unallocated": nothing is lost. Rates per
10,000 need a population per group: by ethnicity where the council supplies its 0-17 population
by ethnic group (`GROUP_RATE_NOTE`); otherwise a per_10k breakdown gives the counts, its values
"not available" (`RATE_NOTE`). docs/breakdowns.md states the groups.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import ibis
import pyarrow as pa

from .. import engine
from ..results import Breakdown, GroupSeries, Point, Result
from ..sources.folder import ETHNIC_GROUP_NAMES
from .allocation import INVOLVEMENTS, allocated, named
from .compute import aggregate_cases
from .context import Context
from .registry import Indicator

if TYPE_CHECKING:
    import ibis.expr.types as ir

BY = ("sex", "age", "ethnicity", "disability", "team", "worker")
# Team and worker: the groups are the council's own (named where the extract names them).
ALLOCATED = ("team", "worker")
UNALLOCATED = "Unallocated"  # no worker at the month end
NO_TEAM = "Team not recorded"  # a worker whose involvement names no team
RATE_NOTE = ("rates per 10,000 children are not available by group: the product holds no "
             "population by group, so the groups show counts (the numerator) only")
GROUP_RATE_NOTE = ("rates per 10,000 children of each ethnic group, on the council's 0-17 "
                   "population by ethnic group in extract.toml ([population_by_ethnicity]) for "
                   "every month; the group whose ethnicity is not known has its count only")

NOT_KNOWN = "Not known"
# The groups in the order outputs list them.
GROUPS: dict[str, tuple[str, ...]] = {
    "sex": ("Male", "Female", "Other or not known"),
    # DfE bands; "18 and over" and "Unborn or not known" keep every case in a group.
    "age": ("Under 1", "1-4", "5-9", "10-15", "16-17", "18 and over", "Unborn or not known"),
    "ethnicity": (*ETHNIC_GROUP_NAMES, "Refused or not known"),
    "disability": ("Disabled", "Not disabled", "Not recorded"),
}
# What each breakdown reads; without it the breakdown is not available.
NEEDS = {"sex": ("ssd_person.pers_sex",), "age": ("ssd_person.pers_dob",),
         "ethnicity": ("ssd_person.pers_ethnicity",), "disability": ("ssd_disability",),
         "team": INVOLVEMENTS, "worker": INVOLVEMENTS}

# DfE major ethnic groups from the CIN census / SSD codes (CNHE: the SSD guidance's spelling of
# CHNE). Refused (REFU), not yet obtained (NOBT), blank and any other code: "Refused or not known".
ETHNIC_GROUPS = {
    "White": ("WBRI", "WIRI", "WIRT", "WOTH", "WROM"),
    "Mixed": ("MWBC", "MWBA", "MWAS", "MOTH"),
    "Asian or Asian British": ("AIND", "APKN", "ABAN", "AOTH"),
    "Black or Black British": ("BCRB", "BAFR", "BOTH"),
    "Other ethnic group": ("CHNE", "CNHE", "OOTH"),
}
AGE_BANDS = ((1, "Under 1"), (5, "1-4"), (10, "5-9"), (16, "10-15"), (18, "16-17"))


def person_column(cases: ir.Table) -> str | None:
    """The case table's person id column (`person_id` or `<prefix>_person_id`); None where its
    cases are not children (a worker's caseload)."""
    found = [c for c in cases.columns if c == "person_id" or c.endswith("_person_id")]
    return found[0] if found else None


def _group(by: str, t: ir.Table) -> ir.Value:
    """The group of each case of t (columns la_code, _person, month_end, and the person's)."""
    if by == "sex":
        sex = t.pers_sex.upper().strip()
        return ibis.cases((sex == "M", "Male"), (sex == "F", "Female"), else_="Other or not known")
    if by == "ethnicity":
        code = t.pers_ethnicity.upper().strip()
        return ibis.cases(*((code.isin(codes), name) for name, codes in ETHNIC_GROUPS.items()),
                          else_="Refused or not known")
    if by == "age":  # whole years at the reporting month's end
        dob, end = t.pers_dob.cast("date"), t.month_end
        before_birthday = (end.month() * 100 + end.day()) < (dob.month() * 100 + dob.day())
        age = end.year() - dob.year() - ibis.ifelse(before_birthday, 1, 0)
        return ibis.cases((dob.isnull() | (dob > end), "Unborn or not known"),
                          *((age < upper, name) for upper, name in AGE_BANDS),
                          else_="18 and over")
    if by == "disability":  # any code but NONE: disabled; only NONE: not; no row: not recorded
        return ibis.cases((t._disabled.isnull(), "Not recorded"), (t._disabled, "Disabled"),
                          else_="Not disabled")
    raise ValueError(f"unknown breakdown {by!r}")


def grouped_cases(ctx: Context, ind: Indicator, la_codes: list[str], by: str) -> ir.Table:
    """The indicator's cases with their child's `group`."""
    cases = ind.fn(ctx)
    cases = cases.filter(cases.la_code.isin(la_codes))
    column = person_column(cases)
    assert column is not None  # `_can` refuses an indicator whose cases are not children
    cases = cases.mutate(_person=cases[column].cast("string"))
    keep = ["la_code", "month", "_person", *[c for c in ("hit", "excluded") if c in cases.columns]]
    m = ctx.months.select("month", "month_end")
    t = cases.select(*keep).join(m, "month")
    if by in ALLOCATED:
        a = _allocated_groups(ctx, la_codes, by)
        t = ctx.attach(t, a, ["la_code", "month", "_person"])
        return t.mutate(group=t.group.fill_null(UNALLOCATED))
    if by == "disability":
        d = ctx.table("ssd_disability")
        d = d.group_by("la_code", _person=d.disa_person_id.cast("string")).aggregate(
            _disabled=(d.disa_disability_code.upper().strip() != "NONE").any())
        t = ctx.attach(t, d, ["la_code", "_person"])
    else:
        p = ctx.table("ssd_person")
        p = p.select("la_code", _person=p.pers_person_id.cast("string"),
                     **{c.split(".")[1]: p[c.split(".")[1]] for c in NEEDS[by]})
        t = ctx.attach(t, p, ["la_code", "_person"])
    return t.mutate(group=_group(by, t))


def _allocated_groups(ctx: Context, la_codes: list[str], by: str) -> ir.Table:
    """la_code, month, _person, group: each allocated child's team or worker at a month end."""
    a = allocated(ctx)
    a = named(ctx, la_codes, a.select("la_code", "month", "worker_id", "team_id",
                                      _person=a.person_id.cast("string")))
    return a.select("la_code", "month", "_person",
                    group=a.team.fill_null(NO_TEAM) if by == "team" else a.worker)


def breakdown_expr(ctx: Context, ind: Indicator, la_codes: list[str], by: str) -> ir.Table:
    """la_code, month, group, numerator, denominator: every council, month and group."""
    cases = grouped_cases(ctx, ind, la_codes, by)
    agg, _ = aggregate_cases(cases, ind.unit, ["la_code", "month", "group"])
    frame = ctx.frame.filter(ctx.frame.la_code.isin(la_codes)).select("la_code", "month")
    if by in ALLOCATED:  # the council's teams or workers with a child in any month: the same
        # groups for every indicator
        g = _allocated_groups(ctx, la_codes, by).select("la_code", "group").distinct()
        g = g.union(frame.select("la_code").distinct().mutate(group=ibis.literal(UNALLOCATED)),
                    distinct=True)
        g = g.mutate(position=ibis.cases((g.group == UNALLOCATED, 2), (g.group == NO_TEAM, 1),
                                         else_=0))
        j = frame.join(g, "la_code")
    else:
        groups = ctx.backend.table("_groups")  # put by with_breakdowns
        groups = groups.filter(groups.by == by).select("group", "position")
        j = frame.cross_join(groups)
    j = j.left_join(agg, ["la_code", "month", "group"])
    return j.select(
        "la_code", "month", "group", "position",
        numerator=ibis._.numerator.fill_null(0),
        denominator=(ibis._.denominator.fill_null(0) if ind.unit == "percent"
                     else ibis.null("int64")),
    ).order_by("la_code", "position", "group", "month")


def _groups_table() -> pa.Table:
    rows = [(by, g, i) for by, groups in GROUPS.items() for i, g in enumerate(groups)]
    return pa.table({"by": [r[0] for r in rows], "group": [r[1] for r in rows],
                     "position": pa.array([r[2] for r in rows], pa.int32())})


def with_breakdowns(ctx: Context, results: list[Result], by: str,
                    populations: dict[str, dict[str, dict[str, int]]] | None = None
                    ) -> list[Result]:
    """Each result with its breakdown by `by` over its series' months (one query per
    indicator for every council); a breakdown that cannot be made says why. `populations`
    (`Store.group_populations`): a council's 0-17 population by group gives a per_10k
    indicator its rate by group."""
    if by not in BY:
        raise ValueError(f"--by must be one of {', '.join(BY)}")
    out = []
    # Outside the query's build: a compiled query may be reused on another store's backend.
    engine.put_table(ctx.backend, "_groups", _groups_table(), replace=False)
    ids = {r.indicator.id for r in results}
    rows: dict[tuple[str, str], list[dict]] = {}
    failed: dict[str, str] = {}
    shown = max((len(r.series) for r in results), default=1)  # not the history before them
    for ind_id in sorted(ids):
        las = [r.la_code for r in results if r.indicator.id == ind_id and _can(ctx, r, by) is None]
        if las:
            ind = next(r.indicator for r in results if r.indicator.id == ind_id)
            try:
                with ctx.last_months(shown):
                    table = engine.run(ctx.backend, ("breakdown", by, *_key(ctx, ind, las)),
                                       lambda: breakdown_expr(ctx, ind, las, by))
            except Exception as exc:  # in the output, never a silent gap; in fixed wording,
                # as an engine's message may quote a cell
                failed[ind_id] = f"the breakdown by {by} failed ({type(exc).__name__})"
                continue
            for row in table.to_pylist():
                rows.setdefault((ind_id, row["la_code"]), []).append(row)
    for r in results:
        reason, error = _can(ctx, r, by), failed.get(r.indicator.id)
        if reason or error:
            out.append(replace(r, breakdown=Breakdown(
                by, False, reason or f"not available: {error}", error=error)))
            continue
        mine = rows.get((r.indicator.id, r.la_code), [])
        out.append(replace(r, breakdown=_breakdown(r, by, mine,
                                                   (populations or {}).get(r.la_code, {}).get(by))))
    return out


def _key(ctx: Context, ind: Indicator, las: list[str]) -> tuple:
    present = tuple(sorted((t, tuple(sorted(c))) for la in las
                           for t, c in ctx.present.get(la, {}).items()))
    return ind.id, tuple(ctx.la_codes), tuple(las), ctx.policy, ctx.n_months, present


def _can(ctx: Context, r: Result, by: str) -> str | None:
    """Why the result cannot be broken down by `by`, or None."""
    if not r.available or r.error:
        return "not available: the indicator itself is not available"
    if r.indicator.sql:
        return "not available: a SQL local indicator gives no cases to break down"
    if person_column(r.indicator.fn(ctx)) is None:
        return "not available: its cases are not children (a caseload counts workers)"
    missing = [n for n in NEEDS[by] if not ctx.has(r.la_code, n)]
    if missing:
        return f"not available from this extract: it has no {' and no '.join(missing)}"
    return None


def _breakdown(r: Result, by: str, rows: list[dict],
               population: dict[str, int] | None = None) -> Breakdown:
    covered = {p.month: p.covered for p in r.series}  # the report's months
    per_group: dict[str, list[Point]] = {}
    for row in rows:
        month = row["month"].strftime("%Y-%m")
        if month not in covered:
            continue
        if not covered[month]:  # outside a return's window: never a zero
            per_group.setdefault(row["group"], []).append(Point(month, None, None, None, False))
            continue
        num, den = int(row["numerator"]), row["denominator"]
        den = None if den is None else int(den)
        pop = (population or {}).get(row["group"])
        per_group.setdefault(row["group"], []).append(
            Point(month, _value(r, num, den, pop), num, den))
    order = GROUPS.get(by) or list(per_group)  # team, worker: as the query lists them
    note = None
    if r.indicator.unit == "per_10k":
        note = GROUP_RATE_NOTE if population else RATE_NOTE
    return Breakdown(by, True, note=note,
                     groups=tuple(GroupSeries(g, tuple(per_group.get(g, ()))) for g in order))


def _value(r: Result, numerator: int, denominator: int | None,
           population: int | None = None) -> float | int | None:
    if r.indicator.unit == "percent":
        return numerator / denominator * 100 if denominator else None
    if r.indicator.unit == "count":
        return numerator
    # per_10k: on the group's population where the council supplies it (GROUP_RATE_NOTE)
    return numerator / population * 10_000 if population else None
