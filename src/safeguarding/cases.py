"""Case lists: the cases behind each percentage indicator's figure, and what falls due soon.

Child-level output, for the internal classification only (the `cases` command and the internal
report pack). A list's rows are the indicator's own case table (`ind.fn(ctx)`, the rows
`compute` counts) for the reporting month, so its length is the figure's denominator and its
counted cases the numerator, by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

import ibis

from . import app, engine
from .indicators import REGISTRY
from .indicators.allocation import INVOLVEMENTS, allocated, named
from .indicators.child_protection import (children_on_plan, cp_reviews_in_timescale,
                                          with_last_visit)
from .indicators.compute import missing_needs, missing_reason
from .indicators.context import Context
from .indicators.looked_after import cla_reviews_in_timescale, cla_visits_in_timescale
from .indicators.registry import Indicator
from .policy import Policy, load_policy
from .results import Case, CaseList, CouncilCases, DueItem
from .store import Store

if TYPE_CHECKING:
    import ibis.expr.types as ir

WD, DAYS = "working days", "calendar days"
DEFAULT_HORIZON_WD = 10
NO_SQL = "not available: a SQL local indicator gives its figures, not its cases"
Late = Callable[[Context, "ir.Table"], "ir.IntegerValue"]


@dataclass(frozen=True)
class Spec:
    """Where a case table keeps what a case list shows."""
    person: str | None = None
    record: str | None = None
    dates: tuple[tuple[str, str], ...] = ()  # (label, column); a column the table lacks is left out
    late: Late | None = None  # how far past the standard (positive: late)
    late_unit: str | None = None
    worker: str | None = None  # a caseload row names its worker and team itself
    team: str | None = None
    times: bool = False  # the dates are date-times that decide it (contacts' 24 hours)
    exact: bool = False  # the indicator's cases with `exact=True`: the dates shown, not just the figure's


def _overdue(due: str) -> Late:
    return lambda ctx, t: ctx.days_between(t[due], t.month_end)


def _wd_over(column: str, limit: Callable[[Context], int]) -> Late:
    return lambda ctx, t: t[column] - limit(ctx)


PLAN = (("plan start", "cppl_cp_plan_start_date"),)
SPECS: dict[str, Spec] = {
    "contacts_screened_24h": Spec(
        "cont_person_id", "cont_contact_id",
        (("contact", "cont_contact_date"), ("screened", "cont_screening_date")),
        lambda ctx, t: (t.cont_screening_date.epoch_seconds()
                        - t.cont_contact_date.epoch_seconds()) // 3600 - 24, "hours", times=True),
    "contacts_to_referral": Spec("cont_person_id", "cont_contact_id", (("contact", "cont_contact_date"),),
                                 times=True),
    "rereferrals_12m": Spec("cine_person_id", "cine_referral_id", (("referral", "cine_referral_date"),)),
    "assessments_in_timescale": Spec(
        "cina_person_id", "cina_assessment_id",
        (("referral", "cine_referral_date"), ("assessment start", "cina_assessment_start_date"),
         ("authorised", "cina_assessment_auth_date")),
        _wd_over("wd", lambda ctx: ctx.policy.assessment_timescale_wd), WD),
    "icpc_in_15wd": Spec("icpc_person_id", "icpc_icpc_id",
                         (("S47 start", "s47e_s47_start_date"), ("conference", "icpc_icpc_date")),
                         _wd_over("wd", lambda ctx: 15), WD),
    "cp_second_or_subsequent": Spec("cppl_person_id", "cppl_cp_plan_id", PLAN),
    "cp_ceased_2yrs": Spec("cppl_person_id", "cppl_cp_plan_id",
                           (*PLAN, ("plan end", "cppl_cp_plan_end_date"))),
    "cp_open_2yrs": Spec("cppl_person_id", None, (("plan start", "start"),)),
    "cp_reviews_in_timescale": Spec(
        "person_id", "plan_id", (("plan start", "start"), ("last review", "last"), ("next due", "next_due")),
        _overdue("next_due"), DAYS),
    "cp_visits_in_timescale": Spec(
        "cppl_person_id", None, (("plan start", "start"), ("last visit", "last_visit")),
        lambda ctx, t: t.wd_since_visit.fill_null(t.wd_open) - ctx.policy.cp_visit_interval_wd, WD,
        exact=True),
    "cla_visits_in_timescale": Spec(
        "person_id", "cla_id", (("placement start", "p"), ("last visit", "v"), ("due", "due")),
        _overdue("due"), DAYS, exact=True),
    "cla_reviews_in_timescale": Spec(
        "person_id", "plan_id",
        (("care start", "period_start"), ("last review", "last"), ("next due", "next_due")),
        _overdue("next_due"), DAYS),
    "cla_3plus_placements": Spec("person_id", "cla_id", (("episode start", "episode_start"),)),
    "caseload_over_policy": Spec(None, "worker_id", (), lambda ctx, t: t.amount - ctx.policy.caseload_max,
                                 "children", worker="worker_id", team="team_id"),
    "unallocated_cp_cla": Spec("person_id"),
}


def _allocation_reason(ctx: Context, la: str) -> str | None:
    missing = [n for n in INVOLVEMENTS if not ctx.has(la, n)]
    return missing_reason(missing) if missing else None


def _with_allocation(ctx: Context, la: str, t: ir.Table) -> ir.Table:
    """Add worker and team (null without the allocation tables, or for an unallocated child)."""
    if _allocation_reason(ctx, la) is not None or "worker_id" in t.columns:
        if "worker_id" not in t.columns:
            return t.mutate(worker=ibis.null("string"), team=ibis.null("string"))
        return named(ctx, [la], t)
    a = allocated(ctx)
    a = a.select(_ala=a.la_code, _amonth=a.month, _aperson=a.person_id.cast("string"),
                 worker_id=a.worker_id, team_id=a.team_id)
    j = t.left_join(a, [t.la_code == a._ala, t.month == a._amonth, t.person_id == a._aperson])
    return named(ctx, [la], j.drop("_ala", "_amonth", "_aperson"))


def _key(ctx: Context, la: str, *what) -> tuple:
    """What a case query's compiled SQL depends on (the month is in the engine's month frame,
    which holds the reporting month alone: see run_cases)."""
    present = tuple(sorted((t, tuple(sorted(c))) for t, c in ctx.present.get(la, {}).items()))
    return ("cases", *what, la, ctx.policy, present)


def case_query(ctx: Context, ind: Indicator, la: str) -> tuple[ir.Table, Spec, list[str]]:
    """The reporting month's cases of one council, misses first: the query, its spec and the
    date labels shown. The context's month frame holds the reporting month alone."""
    spec = SPECS.get(ind.id, Spec())
    t = ind.fn(ctx, exact=True) if spec.exact else ind.fn(ctx)
    t = t.filter(t.la_code == la)
    if "excluded" in t.columns:  # left out of both parts of the figure: not a case
        t = t.filter(~t.excluded.fill_null(False))
    dates = [(label, col) for label, col in spec.dates if col in t.columns]
    counted = t.hit.fill_null(False)
    # A concern: a case missing a standard (polarity high), or counted in a figure where lower
    # is better; misses are listed first, and only a concern has a lateness.
    concern = ~counted if ind.polarity == "high" else counted
    late = spec.late(ctx, t) if spec.late else ibis.null("int64")
    cols = {
        "la_code": t.la_code, "month": t.month,
        "person_id": t[spec.person].cast("string") if spec.person else ibis.null("string"),
        "record_id": t[spec.record].cast("string") if spec.record else ibis.null("string"),
        "counted": counted,
        "concern": concern,
        "late": ibis.ifelse(concern & (late > 0), late.cast("int64"), ibis.null("int64")),
        # A date as YYYY-MM-DD: the first 10 characters, as a derived date may be a midnight
        # timestamp in the engine whatever Ibis believes its type is.
        **{f"d{i}": (t[col].cast("string") if spec.times else t[col].cast("string").substr(0, 10))
           for i, (_, col) in enumerate(dates)},
    }
    if spec.worker:
        cols |= {"worker_id": t[spec.worker], "team_id": t[spec.team]}
    s = _with_allocation(ctx, la, t.select(**cols))
    s = s.order_by(ibis.desc(s.concern), s.late.isnull(), ibis.desc(s.late), s.person_id, s.record_id)
    return s, spec, [label for label, _ in dates]


def case_list(ctx: Context, ind: Indicator, la: str) -> CaseList:
    def made(**kw) -> CaseList:
        return CaseList(ind.id, ind.name, la, f"{ctx.month:%Y-%m}", ind.polarity, **kw)

    missing = missing_needs(ctx, ind, la)
    if ind.sql or missing:
        return made(available=False, reason=NO_SQL if ind.sql else missing_reason(missing),
                    date_labels=(), late_unit=None, allocation=None)
    query, spec, labels = case_query(ctx, ind, la)
    rows = engine.run(ctx.backend, _key(ctx, la, ind.id), lambda: query).to_pylist()
    cases = tuple(Case(r["person_id"], r["record_id"], bool(r["counted"]), r["late"],
                       tuple(r[f"d{i}"] for i in range(len(labels))), r["team"], r["worker"])
                  for r in rows)
    return made(available=True, reason=None, date_labels=tuple(labels),
                late_unit=spec.late_unit, cases=cases,
                allocation=None if spec.worker else _allocation_reason(ctx, la))


# --- due soon ----------------------------------------------------------------------------------

def _last_day(ctx: Context, t: ir.Table, date: str, n: int) -> ir.Table:
    """Add `due`: the last day before the (n+1)-th working day after t[date], the last day on
    which WD(t[date], day) <= n (the indicators' "within n working days")."""
    t = ctx.working_day_after(t, date, n + 1, "_next")
    return t.mutate(due=ctx.add_days(t._next, -1)).drop("_next")


def _due_tables(ctx: Context, la: str) -> dict[str, tuple[str, Callable[[], ir.Table]]]:
    """kind -> (the indicator whose needs it shares, the query: la_code, month, month_end,
    person_id, record_id, due: the last day that is still on time)."""
    def cp_visits():
        c = with_last_visit(ctx, children_on_plan(ctx))
        c = _last_day(ctx, c.mutate(_from=c.last_visit.fill_null(c.start)), "_from",
                      ctx.policy.cp_visit_interval_wd)
        return c.select("la_code", "month", "month_end", person_id="cppl_person_id",
                        record_id=ibis.null("string"), due="due")

    def cla_visits():
        c = cla_visits_in_timescale(ctx, exact=True)
        return c.select("la_code", "month", "month_end", "person_id", record_id="cla_id", due="due")

    def cp_reviews():
        held = cp_reviews_in_timescale(ctx).select(
            "la_code", "month", "month_end", "person_id", record_id="plan_id", due="next_due")
        # Plans too new for the indicator (first review due after the month end): that review.
        plans = ctx.open_at_month_end(ctx.table("ssd_cp_plans"), "cppl_cp_plan_start_date",
                                      "cppl_cp_plan_end_date")
        first = ctx.add_months(plans.cppl_cp_plan_start_date, 3)
        new = plans.filter(first > plans.month_end).select(
            "la_code", "month", "month_end", person_id="cppl_person_id",
            record_id="cppl_cp_plan_id", due=first)
        return held.union(new)

    def cla_reviews():
        c = cla_reviews_in_timescale(ctx)
        return c.select("la_code", "month", "month_end", "person_id", record_id="plan_id", due="next_due")

    def assessments():
        a = ctx.open_at_month_end(ctx.table("ssd_cin_assessments"), "cina_assessment_start_date",
                                  "cina_assessment_auth_date")
        start = a.cina_assessment_start_date
        if ctx.has(la, "ssd_cin_episodes"):  # timed from the referral, as the indicator does
            r = ctx.table("ssd_cin_episodes").select(
                _rla="la_code", _rid="cine_referral_id", _rdate="cine_referral_date")
            a = a.left_join(r, [a.la_code == r._rla, a.cina_referral_id == r._rid])
            start = a._rdate.fill_null(a.cina_assessment_start_date)
        a = _last_day(ctx, a.mutate(_start=start), "_start", ctx.policy.assessment_timescale_wd)
        return a.select("la_code", "month", "month_end", person_id="cina_person_id",
                        record_id="cina_assessment_id", due="due")

    return {"CP visit": ("cp_visits_in_timescale", cp_visits),
            "CLA visit": ("cla_visits_in_timescale", cla_visits),
            "CP review": ("cp_reviews_in_timescale", cp_reviews),
            "CLA review": ("cla_reviews_in_timescale", cla_reviews),
            "assessment": ("assessments_in_timescale", assessments)}


def due_soon(ctx: Context, la: str, horizon_wd: int, start: dt.date | None = None
             ) -> tuple[tuple[DueItem, ...], str | None]:
    """What is still on time at `start` (default: the month end) and falls due by the
    horizon-th working day after it, soonest first (what is already late at the month end is in
    the case lists); and why any kind is left out. The records are those open at the month end,
    with their due dates as the extract gives them. A review is on time while its due date is
    after `start` (as the review indicators count at a month end), a visit or assessment while
    its last day is on or after it."""
    parts, left_out = [], []
    for kind, (ind_id, build) in _due_tables(ctx, la).items():
        missing = missing_needs(ctx, REGISTRY[ind_id], la)
        if missing:
            left_out.append(f"{kind}s ({missing_reason(missing)})")
            continue
        t = build()
        t = t.filter(t.la_code == la)
        parts.append(t.select("la_code", "month", "month_end", due=t.due.cast("date"),
                              kind=ibis.literal(kind),
                              person_id=t.person_id.cast("string"),
                              record_id=t.record_id.cast("string")))
    if not parts:
        return (), "; ".join(left_out) or None
    u = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    u = u.mutate(_from=u.month_end if start is None else ibis.literal(start, "date"))
    u = ctx.working_day_after(u, "_from", horizon_wd, "_horizon")
    reviews = u.kind.isin(["CP review", "CLA review"])
    on_time = ibis.ifelse(reviews, u.due > u._from, u.due >= u._from)
    u = ctx.working_days(u.filter(on_time & (u.due <= u._horizon)), "_from", "due", "wd_left")
    u = _with_allocation(ctx, la, u)
    u = u.order_by("due", "kind", "person_id", "record_id")
    rows = engine.run(ctx.backend, _key(ctx, la, "due soon", horizon_wd, start),
                      lambda: u).to_pylist()
    items = tuple(DueItem(r["kind"], r["person_id"], r["record_id"], _day(r["due"]),
                          int(r["wd_left"]), r["team"], r["worker"]) for r in rows)
    return items, "; ".join(left_out) or None


def _day(d: dt.date) -> str:
    """ISO date of a date (an engine may hand back a date as midnight of a datetime)."""
    return (d.date() if isinstance(d, dt.datetime) else d).isoformat()


# --- the run -----------------------------------------------------------------------------------

def percentage_indicators(ids: list[str] | None = None) -> list[Indicator]:
    """The indicators with case lists (every percentage indicator, or those of `ids`); an id that
    is not a percentage indicator is an error."""
    if not ids:
        return [i for i in REGISTRY.values() if i.unit == "percent"]
    bad = [i for i in ids if i not in REGISTRY or REGISTRY[i].unit != "percent"]
    if bad:
        known = ", ".join(i.id for i in REGISTRY.values() if i.unit == "percent")
        raise app.RunError(f"no case list for {', '.join(bad)}: case lists are for the percentage "
                           f"indicators ({known})")
    return [REGISTRY[i] for i in ids]


def run_cases(store: Store, month: dt.date, *, ids: list[str] | None = None,
              la_codes: list[str] | None = None, policy: Policy | None = None,
              engine: str = "duckdb", spark_master: str | None = None,
              horizon_wd: int = DEFAULT_HORIZON_WD, allow_partial_month: bool = False,
              due_from: dt.date | None = None) -> list[CouncilCases]:
    """Each council's case lists for `month` and what falls due in the `horizon_wd` working days
    after `due_from` (default: the month's end)."""
    indicators = percentage_indicators(ids)
    if horizon_wd < 1:
        raise app.RunError("--horizon must be at least 1 working day")
    month_end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if due_from is not None and not month <= due_from <= month_end.replace(year=month_end.year + 1):
        raise app.RunError(f"--from {due_from.isoformat()}: due soon looks forward from a date in "
                           f"the reporting month or the year after it ({month.isoformat()} to "
                           f"{month_end.replace(year=month_end.year + 1).isoformat()})")
    councils = {c["la_code"]: c for c in store.councils()}
    wanted = la_codes or sorted(councils)
    unknown = [la for la in wanted if la not in councils]
    if unknown:
        raise app.RunError(f"the store holds no extract for la_code {', '.join(unknown)}")
    if not allow_partial_month:
        app.check_complete_month(month, [councils[la] for la in wanted])
    out = []
    for la in wanted:  # one context per council: the allocation tables are per council
        # n_months=1: the month frame holds the reporting month alone, so every case table is
        # that month's (and a compiled query serves any month: engine.run).
        ctx = Context(store, [la], month, policy or load_policy(),
                      present=store.columns_present(), n_months=1, engine=engine,
                      spark_master=spark_master)
        lists = tuple(case_list(ctx, ind, la) for ind in indicators)
        items, reason = due_soon(ctx, la, horizon_wd, due_from)
        out.append(CouncilCases(la, councils[la]["la_name"], f"{month:%Y-%m}",
                                (due_from or month_end).isoformat(),
                                horizon_wd, lists, items, reason, _allocation_reason(ctx, la)))
    return out
