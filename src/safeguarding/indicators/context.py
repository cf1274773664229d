"""What an indicator query sees: the loaded tables, the month frame, the calendar, the policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import TYPE_CHECKING

import ibis
import pyarrow as pa

from .. import engine as engines
from ..calendar import calendar_table
from ..months import add_months
from ..policy import Policy

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from ..store import Store


FAR_OFF = dt.date(9999, 12, 31)  # later than any month end


def month_frame(month: dt.date, n_months: int = 13) -> pa.Table:
    """The reporting month and the n-1 before it, oldest first.

    Columns: month (first day, s), month_end (e), rolling_start (first day of M-11) and
    pop_year (the calendar year in which M's April-to-March financial year begins).
    """
    def shift(d: dt.date, k: int) -> dt.date:
        y, m = divmod(d.year * 12 + d.month - 1 + k, 12)
        return dt.date(y, m + 1, 1)

    starts = [shift(month, -k) for k in range(n_months - 1, -1, -1)]
    return pa.table({
        "month": starts,
        "month_end": [shift(s, 1) - dt.timedelta(days=1) for s in starts],
        "rolling_start": [shift(s, -11) for s in starts],
        "pop_year": pa.array([s.year if s.month >= 4 else s.year - 1 for s in starts], pa.int32()),
    })


@dataclass
class Context:
    """The tables an indicator query reads. The month frame, the councils, the columns each
    supplied and the calendar are tables in the engine (`_months`, `_councils`, `_supplied`,
    `_calendar`), not literals, so that a query compiled for one month and set of councils serves
    any other (see `indicators.compiled`). One context at a time per store.

    The Ibis backend is connected on first use: a query whose compiled SQL is already held runs
    on the store's DuckDB connection without importing Ibis.
    """

    store: Store
    la_codes: list[str]
    month: dt.date  # the reporting month's first day
    policy: Policy
    present: dict[str, dict[str, set[str]]]  # la_code -> table -> columns supplied
    n_months: int = 13
    # The frame's first `lead_months` months are computed only for the few indicators that need
    # them (`compute.LEAD`); the others' series start after them.
    lead_months: int = 0
    engine: str = "duckdb"
    spark_master: str | None = None
    _tables: dict[str, ir.Table] = field(default_factory=dict, repr=False)
    _cohorts: dict[tuple[str, bool], ir.Table] = field(default_factory=dict, repr=False)
    _filtered: bool = field(default=True, repr=False)  # (`unfiltered`)
    _own_month: bool = field(default=False, repr=False)  # (`rolling_by_month`)
    roll_by_month: bool = field(default=True, init=False, repr=False)  # (`one_month`)

    def __post_init__(self):
        supplied = [(la, t, c) for la in self.la_codes for t, cols in self.present.get(la, {}).items()
                    for c in sorted(cols)]
        self._put("_months", month_frame(self.month, self.n_months))
        self._put("_councils", pa.table({"la_code": pa.array(self.la_codes, pa.string())}))
        self._put("_supplied", pa.table({name: pa.array([r[i] for r in supplied], pa.string())
                                         for i, name in enumerate(("la_code", "table_name", "column_name"))}))
        self._put("_calendar", calendar_table(), replace=False)

    @contextmanager
    def only(self, la_codes: list[str]):
        """Queries run inside read only these of the context's councils (the `_councils` table;
        on DuckDB the store's views also read only their snapshots, so that the scans skip the
        other councils' rows)."""
        self._put("_councils", pa.table({"la_code": pa.array(la_codes, pa.string())}))
        try:
            with self.store.reading_only(la_codes) if self.engine == "duckdb" else nullcontext():
                yield
        finally:
            self._put("_councils", pa.table({"la_code": pa.array(self.la_codes, pa.string())}))

    @contextmanager
    def unfiltered(self):
        """Queries built inside read each table whole, not filtered to the `_councils` table:
        for DuckDB only, whose views read only the query's councils anyway (`only`)."""
        saved = self._tables, self._cohorts, self._filtered
        self._tables, self._cohorts, self._filtered = {}, {}, False
        try:
            yield
        finally:
            self._tables, self._cohorts, self._filtered = saved

    @contextmanager
    def one_month(self):
        """Queries built inside are for a frame of one month: a rolling year's cases are counted
        as they are, each once anyway, not as 12 monthly sums (`rolled`), which cost more there."""
        saved, self.roll_by_month = self.roll_by_month, False
        try:
            yield
        finally:
            self.roll_by_month = saved

    @contextmanager
    def last_months(self, n: int, before: int = 0):
        """Queries run inside read only `n` months of the frame (the `_months` table): the last,
        or those ending `before` months before the reporting month."""
        self._put("_months", month_frame(add_months(self.month, -before), n))
        try:
            yield
        finally:
            self._put("_months", month_frame(self.month, self.n_months))

    def _put(self, name: str, data: pa.Table, replace: bool = True) -> None:
        if self.engine == "duckdb":  # the store's own connection: no Ibis needed
            engines.put_duckdb(self.store.con, name, data, replace=replace)
        else:
            engines.put_table(self.backend, name, data, replace=replace)

    @cached_property
    def backend(self) -> ibis.BaseBackend:
        return self.store.backend(self.engine, self.spark_master)

    def table(self, name: str) -> ir.Table:
        if name not in self._tables:
            t = self.backend.table(name)
            self._tables[name] = t.filter(t.la_code.isin(self.councils.la_code)) if self._filtered else t
        return self._tables[name]

    @cached_property
    def councils(self) -> ir.Table:
        return self.backend.table("_councils")

    @cached_property
    def months(self) -> ir.Table:
        return self.backend.table("_months")

    @cached_property
    def calendar(self) -> ir.Table:
        return self.backend.table("_calendar")

    @cached_property
    def frame(self) -> ir.Table:
        """Every council crossed with every month: the rows a series must have."""
        return self.councils.cross_join(self.months)

    @cached_property
    def population(self) -> ir.Table:
        """la_code, month, population, year_used: the nearest year held when pop_year is not."""
        pops = self.backend.table("populations")
        pops = pops.filter(pops.la_code.isin(self.councils.la_code))
        j = self.frame.join(pops, "la_code")
        j = j.mutate(distance=(j.year - j.pop_year).abs())
        rank = ibis.row_number().over(group_by=[j.la_code, j.month], order_by=[j.distance, ibis.desc(j.year)])
        j = j.mutate(rank=rank)
        return j.filter(j.rank == 0).select("la_code", "month", "pop_year", "population", year_used=j.year)

    def has(self, la_code: str, need: str) -> bool:
        table, _, column = need.partition(".")
        cols = self.present.get(la_code, {})
        return table in cols and (not column or column in cols[table])

    def column_supplied(self, t: ir.Table, table: str, column: str) -> ir.BooleanValue:
        """True on rows of councils whose extract has this column (absent != empty). Read from
        the engine, not the context's councils: a query's shape never depends on an extract."""
        s = self.backend.table("_supplied")
        return t.la_code.isin(s.filter((s.table_name == table) & (s.column_name == column)).la_code)

    # --- building blocks the indicator modules share ---------------------------------

    @staticmethod
    def attach(t: ir.Table, other: ir.Table, keys: list[str]) -> ir.Table:
        """Left join on equal keys, keeping one copy of each key column."""
        j = t.left_join(other, keys)
        return _without(j, *[f"{k}_right" for k in keys])

    def in_month(self, t: ir.Table, date: str) -> ir.Table:
        """Rows of t dated in a month of the frame, with the month's columns added."""
        d = t[date].cast("date")
        return t.join(self.months, [d >= self.months.month, d <= self.months.month_end])

    def in_rolling_year(self, t: ir.Table, date: str) -> ir.Table:
        """Rows of t dated in the rolling 12 months to a month of the frame (inside
        `rolling_by_month`, each once, with its own month as `month`)."""
        if self._own_month:  # (an equal join with the calendar's days)
            t = self.in_frame_span(t, date)
            cal = self.calendar.select(_date="date", month="month")
            return _without(t.join(cal, t[date].cast("date") == cal._date), "_date")
        d = t[date].cast("date")
        return t.join(self.months, [d >= self.months.rolling_start, d <= self.months.month_end])

    @contextmanager
    def rolling_by_month(self):
        """Queries built inside count a rolling year's rows in their own month
        (`in_rolling_year`), for `rolled` to add up: each row once, not once for every
        rolling year that holds it (12 times over). Only for cases counted row by row, whose
        `hit` does not depend on the month they are counted in."""
        saved, self._own_month = self._own_month, True
        try:
            yield
        finally:
            self._own_month = saved

    def rolled(self, monthly: ir.Table) -> ir.Table:
        """Sums by la_code and month of the frame, from sums by la_code and month (`monthly`):
        each frame month's 12 months to it, added up."""
        m = self.months.select(_in="month", _from="rolling_start")
        j = monthly.join(m, [monthly.month >= m._from, monthly.month <= m._in])
        sums = {c: j[c].sum() for c in monthly.columns if c not in ("la_code", "month")}
        return j.group_by("la_code", month=j._in).aggregate(**sums)

    def in_frame_span(self, t: ir.Table, date: str, months_before: int = 0) -> ir.Table:
        """Rows of t dated from the frame's first rolling year (or `months_before` months
        before it) to its last month end: what a query of a few months needs of a long
        history."""
        m = self.months
        lo = m.rolling_start.min()

        def dated(j):
            d = j[date].cast("date")
            return [d >= j._lo, d <= j._hi]
        return self._within_span(t, dated,
                                 _lo=engines.add_months(lo, -months_before) if months_before else lo,
                                 _hi=m.month_end.max())

    def open_in_frame(self, t: ir.Table, start: str, end: str) -> ir.Table:
        """Rows of t open at some month end of the frame (`open_at_month_end`) and perhaps
        others: those started by its last month end and not ended by its first."""
        m = self.months
        return self._within_span(
            t, lambda j: [j[start] <= j._last_end, or_far_off(j[end]) > j._first_end],
            _first_end=m.month_end.min(), _last_end=m.month_end.max())

    def open_in_rolling_frame(self, t: ir.Table, start: str, end: str) -> ir.Table:
        """Rows of t open at some time from the frame's first rolling year to its last month
        end: started by that end and not ended (end inclusive) before that year began."""
        m = self.months
        return self._within_span(t, lambda j: [j[start] <= j._hi, or_far_off(j[end]) >= j._lo],
                                 _lo=m.rolling_start.min(), _hi=m.month_end.max())

    def _within_span(self, t: ir.Table, conditions: Callable[[ir.Table], list],
                     **bounds: ir.Value) -> ir.Table:
        """Rows of t meeting `conditions(j)`, j being t with the frame's one-row span `bounds`
        (aggregates of its months) joined on. (A join with the one-row span, not scalar
        subqueries: DuckDB keeps the scan parallel.)"""
        j = t.cross_join(self.months.aggregate(**bounds))
        return _without(j.filter(*conditions(j)), *bounds)

    def open_at_month_end(self, t: ir.Table, start: str, end: str) -> ir.Table:
        """Rows of t open at a month end: start <= e and (no end or end > e)."""
        m = self.months
        # (with an OR, DuckDB would join every row to every month end after its start, then filter)
        return t.join(m, [t[start] <= m.month_end, or_far_off(t[end]) > m.month_end])

    def cohort(self, name: str, build: Callable[[], ir.Table]) -> ir.Table:
        """The context's one expression for the cohort `name` (`build()` the first time), as a
        named common table expression (`cohort_<name>`, or `cohort_<name>_by_month`) of any
        query that reads it.

        For speed: Ibis writes a subquery that several joins read once per join, and a query
        built twice is two expressions (a self-join's view is new each time), so a cohort that
        several indicators share would be computed again for each; as one named CTE, DuckDB
        computes it once per query. Inside `rolling_by_month` a cohort is built and kept apart
        from the one outside it: what it reads of a rolling year (`in_rolling_year`) counts
        each row in its own month there."""
        key = (name, self._own_month)
        if key not in self._cohorts:
            alias = f"cohort_{name}_by_month" if self._own_month else f"cohort_{name}"
            self._cohorts[key] = build().alias(alias)
        return self._cohorts[key]

    def latest_open_at_month_end(self, t: ir.Table, start: str, end: str, person: str,
                                 order: tuple[str, str]) -> ir.Table:
        """The rows of t open at a month end (`open_at_month_end`) that are their person's latest
        there: no other row of the same council and `person` later by `order` (two columns
        compared in turn, never null, together unique in a council) is open at that month end.

        For speed, not a ranking window over every open row at every month end (a sort of
        every child at every month): rows of one person that can be open together are paired
        once, not per month, and few are; a row is left out at the month ends where a later
        one of its pair is open."""
        a, b = order
        t = self.open_in_frame(t, start, end)
        later = t.view()
        # (Plain comparisons where they can be: DuckDB then tests the pairs inside the join
        # instead of making every pair of a person's rows first.)
        pairs = t.join(later, [
            t.la_code == later.la_code, t[person] == later[person],
            later[a] >= t[a], (later[a] > t[a]) | (later[b] > t[b]),  # later by a, then b
            later[start] < or_far_off(t[end]),  # both open at some e: later starts before t ends
        ]).select(t.la_code, _superseded=t[b], _start=later[start], _end=later[end])
        superseded = self.open_at_month_end(pairs, "_start", "_end")
        o = self.open_at_month_end(t, start, end)
        return o.anti_join(superseded, [o.la_code == superseded.la_code, o.month == superseded.month,
                                        o[b] == superseded._superseded])

    def with_latest(self, t: ir.Table, events: ir.Table, person: str, events_person: str,
                    date: str, since: str, name: str, windows: ir.Table | None = None) -> ir.Table:
        """Add `name`: the person's latest event (`events`: la_code, events_person, date) dated
        from t[since] to the month end (t: one row per person and month).

        With `windows` (`days_back`, `working_days_back`: each month's window before its end),
        only the events within the window are read, for where a measure only asks whether one
        falls in it: each event joins the few month ends whose window holds it, instead of every
        row of t joining all its person's events since t[since]. `name` is then null when the
        latest event is older than the window."""
        if windows is None:
            j = t.join(events, [t.la_code == events.la_code, t[person] == events[events_person],
                                events[date] >= t[since], events[date] <= t.month_end])
            latest = j.group_by("la_code", "month", person).aggregate(**{name: j[date].max()})
            return self.attach(t, latest, ["la_code", "month", person])
        w = windows
        j = events.join(w, [events[date] >= w._from, events[date] <= w.month_end])
        recent = j.group_by("la_code", "month", events_person).aggregate(_latest=j[date].max())
        t = self.attach(t, recent.rename(**{person: events_person}), ["la_code", "month", person])
        return t.mutate(**{name: ibis.cases((t._latest >= t[since], t._latest))}).drop("_latest")

    def days_back(self, n: int) -> ir.Table:
        """For `with_latest`: each month's window of the n days before its end and the end."""
        return self.months.select("month", "month_end", _from=self.add_days(self.months.month_end, -n))

    def working_days_back(self, n: int) -> ir.Table:
        """For `with_latest`: each month's window of the days d with WD(d, month end) <= n,
        from the working day n working days before the month end's."""
        m = self.with_working_day(self.months, "month_end", "_e_ord")
        d = self.calendar.filter(self.calendar.is_working_day).select(_d="date", _d_ord="wd_ordinal")
        j = m.left_join(d, m._e_ord - n == d._d_ord)
        return j.select("month", "month_end", _from=j._d)

    def with_working_day(self, t: ir.Table, date: str, name: str) -> ir.Table:
        """Add the working-day ordinal of t[date] as column `name` (null outside 1990-2040)."""
        cal = self.calendar.select(**{name: "wd_ordinal", f"{name}__date": "date"})
        j = t.left_join(cal, t[date].cast("date") == cal[f"{name}__date"])
        return _without(j, f"{name}__date")

    def working_days(self, t: ir.Table, a: str, b: str, name: str) -> ir.Table:
        """Add WD(a, b): the working days d with a < d <= b."""
        t = self.with_working_day(self.with_working_day(t, a, "_wd_a"), b, "_wd_b")
        return _without(t.mutate(**{name: t._wd_b - t._wd_a}), "_wd_a", "_wd_b")

    def working_day_after(self, t: ir.Table, date: str, n: int, name: str) -> ir.Table:
        """Add the date of the n-th working day after t[date] (so WD(t[date], it) = n)."""
        t = self.with_working_day(t, date, "_wd_from")
        cal = self.calendar.filter(self.calendar.is_working_day).select(
            _wd_to="wd_ordinal", **{name: "date"})
        j = t.left_join(cal, t._wd_from + n == cal._wd_to)
        return _without(j, "_wd_from", "_wd_to")

    add_months = staticmethod(engines.add_months)
    add_days = staticmethod(engines.add_days)
    days_between = staticmethod(engines.days_between)


def cohort(name: str):
    """Decorator: a function of the context alone that builds a cohort several indicators
    share, made `Context.cohort` `name`."""
    def wrap(fn: Callable[[Context], ir.Table]) -> Callable[[Context], ir.Table]:
        @wraps(fn)
        def shared(ctx: Context) -> ir.Table:
            return ctx.cohort(name, lambda: fn(ctx))
        return shared
    return wrap


def or_far_off(end: ir.Value) -> ir.Value:
    """An end, or for a missing one a date later than any month end (of the end's type): one
    plain comparison where `end IS NULL OR ...` would keep DuckDB from testing it in a join."""
    return end.fill_null(ibis.literal(FAR_OFF).cast(end.type()))


def _without(t: ir.Table, *names: str) -> ir.Table:
    """t less the columns `names`. (Ibis's drop of several columns compiles them in set order,
    which changes between processes; the kept SQL must be the same every time it is compiled.)"""
    return t.select(*[c for c in t.columns if c not in names])
