"""Allocation and caseloads: which worker and team each child is allocated to at a month end.

`allocated` is also what the case lists (cases.py) attach as a case's team and worker.
"""

from __future__ import annotations

from .child_protection import PLANS_WITH_ENDS, children_on_plan
from .context import Context, cohort, or_far_off
from .looked_after import EPISODES_WITH_ENDS, children_looked_after
from .registry import indicator

AREA = "allocation"
INVOLVEMENTS = ("ssd_involvements", "ssd_involvements.invo_professional_id")


@cohort("allocated")
def allocated(ctx: Context):
    """One row per child with a worker at a month end: la_code, month, person_id, worker_id,
    team_id (the latest-starting open involvement naming a worker; ties by involvement id).

    Open at a month end is compared as dates (involvements are datetimes): started on or before
    e and not ended by it. An involvement ending on e is closed at e; one starting on e is open,
    so a change of worker on e gives the new worker."""
    t = with_worker(ctx)
    o = ctx.latest_open_at_month_end(t, "_start", "_end", "invo_person_id",
                                     ("invo_involvement_start_date", "invo_involvements_id"))
    return o.select("la_code", "month", person_id=o.invo_person_id,
                    worker_id=o.invo_professional_id, team_id=o.invo_professional_team)


def with_worker(ctx: Context):
    """The involvements that name a worker, with their start and end as dates (_start, _end)."""
    t = ctx.table("ssd_involvements")
    return t.filter(t.invo_professional_id.notnull()).mutate(
        _start=t.invo_involvement_start_date.cast("date"),
        _end=t.invo_involvement_end_date.cast("date"))


def named(ctx: Context, las: list[str], t):
    """worker_id and team_id of t replaced by worker and team (strings): the name where every
    council of `las` has the names (`ssd_professionals`, `ssd_department`), else the id."""
    t = t.mutate(worker=t.worker_id.cast("string"), team=t.team_id.cast("string"))
    if all(ctx.has(la, "ssd_professionals.prof_professional_name") for la in las):
        p = ctx.table("ssd_professionals")
        p = p.select(_pla=p.la_code, _pid=p.prof_professional_id.cast("string"),
                     _pname=p.prof_professional_name)
        t = t.left_join(p, [t.la_code == p._pla, t.worker == p._pid])
        t = t.mutate(worker=t._pname.fill_null(t.worker)).drop("_pla", "_pid", "_pname")
    if all(ctx.has(la, "ssd_department.dept_team_name") for la in las):
        d = ctx.table("ssd_department")
        d = d.select(_dla=d.la_code, _did=d.dept_team_id.cast("string"), _dname=d.dept_team_name)
        t = t.left_join(d, [t.la_code == d._dla, t.team == d._did])
        t = t.mutate(team=t._dname.fill_null(t.team)).drop("_dla", "_did", "_dname")
    return t.drop("worker_id", "team_id")


@cohort("caseloads")
def caseloads(ctx: Context):
    """One row per worker with at least one child allocated at a month end: la_code, month,
    worker_id, team_id (the team on the worker's involvements; the greatest id should they
    differ, so the same on every engine), amount (children)."""
    a = allocated(ctx)
    # A count, not a count of distinct children: `allocated` has one row per child and month.
    return a.group_by("la_code", "month", "worker_id").aggregate(
        team_id=a.team_id.max(), amount=a.count())


@indicator(
    id="caseload_mean", name="Children allocated per worker (mean)", unit="mean",
    polarity="neutral", area=AREA,
    definition="""Of workers with at least one child allocated at month end, the mean number of
        children allocated to each. A child is allocated to the worker (`invo_professional_id`)
        of their latest-starting involvement open at month end (start ≤ `e`, no end or end > `e`,
        compared as dates); a child counts once.""",
    needs=INVOLVEMENTS,
    period="month_end",
)
def caseload_mean(ctx: Context):
    return caseloads(ctx)


@indicator(
    id="caseload_over_policy", name="Workers with more children allocated than the policy caseload",
    unit="percent", polarity="low", area=AREA,
    definition="""Of workers with at least one child allocated at month end (as in
        `caseload_mean`), those with more than *policy* `caseload_max` (default 18) children.""",
    needs=INVOLVEMENTS,
    period="month_end",
)
def caseload_over_policy(ctx: Context):
    c = caseloads(ctx)
    return c.mutate(hit=c.amount > ctx.policy.caseload_max)


@indicator(
    id="unallocated_cp_cla",
    name="Children on a child protection plan or looked after with no allocated worker",
    unit="percent", polarity="low", area=AREA,
    definition="""Of children subject to a child protection plan or looked after at month end
        (distinct children), those with no worker allocated at month end (as in
        `caseload_mean`).""",
    needs=(*PLANS_WITH_ENDS, *EPISODES_WITH_ENDS, *INVOLVEMENTS),
    period="month_end",
)
def unallocated_cp_cla(ctx: Context):
    cp = children_on_plan(ctx).select("la_code", "month", "month_end", person_id="cppl_person_id")
    cla = children_looked_after(ctx).select("la_code", "month", "month_end", "person_id")
    c = cp.union(cla)
    # Allocated at e: some involvement naming a worker is open at e (`allocated` keeps the
    # latest of them). Joined to the involvements open in the frame, not to `allocated`'s row
    # per child and month end, several times more rows to hash; one row per child after.
    i = ctx.open_in_frame(with_worker(ctx), "_start", "_end")
    j = c.left_join(i, [c.la_code == i.la_code, c.person_id == i.invo_person_id,
                        i._start <= c.month_end, or_far_off(i._end) > c.month_end])
    return j.group_by(c.la_code, c.month, c.person_id).aggregate(hit=j._start.count() == 0)
