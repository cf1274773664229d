"""Review chains, shared by child protection and looked-after reviews."""

from __future__ import annotations

import ibis

from .context import Context


def reviews_on_time(ctx: Context, cases, reviews, *, second_months: int, later_months: int):
    """Mark each case `hit` when every review due by its month end was held on time.

    cases: la_code, plan_id, month, month_end, first_due (one row per plan or period and month;
    other columns are kept);
    reviews: la_code, plan_id, date, review_id, first_due (held on or after the start).
    The first review is due by first_due, the second within `second_months` calendar months of
    the first, each later one within `later_months` of the one before. A review held late fails
    the case; so does a review whose due date has passed by the month end without one being held.
    A review due after the month end is not yet due.
    """
    # Only the reviews of the cases' plans (all of each plan's, so the chain is whole): a run of
    # a few months chains the plans open then, not every plan in the history.
    reviews = reviews.semi_join(cases, ["la_code", "plan_id"])
    w = ibis.window(group_by=[reviews.la_code, reviews.plan_id],
                    order_by=[reviews.date, reviews.review_id])
    r = reviews.mutate(k=ibis.row_number().over(w), prev=reviews.date.lag().over(w))

    def due(k, first_due, prev):
        return ibis.cases((k == 0, first_due), (k == 1, ctx.add_months(prev, second_months)),
                          else_=ctx.add_months(prev, later_months))

    r = r.mutate(late=r.date > due(r.k, r.first_due, r.prev)).select(
        "la_code", "plan_id", "date", "k", "late")
    held = cases.join(r, [cases.la_code == r.la_code, cases.plan_id == r.plan_id,
                          r.date <= cases.month_end])
    per_case = held.group_by("la_code", "plan_id", "month").aggregate(
        held_n=held.k.count(), late_n=held.late.cast("int64").sum(), last=held.date.max())
    c = ctx.attach(cases, per_case, ["la_code", "plan_id", "month"])
    # The review due next, after the last one held by the month end (k counts from 0).
    next_due = due(c.held_n.fill_null(0), c.first_due, c.last)
    return c.mutate(next_due=next_due,
                    hit=(c.late_n.fill_null(0) == 0) & (next_due > c.month_end))
