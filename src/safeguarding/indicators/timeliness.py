"""Review chains, shared by child protection and looked-after reviews."""

from __future__ import annotations

import ibis

from .context import Context, or_far_off


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
    r = reviews.mutate(k=ibis.row_number().over(w), prev=reviews.date.lag().over(w),
                       following=reviews.date.lead().over(w))

    def due(k, first_due, prev):
        return ibis.cases((k == 0, first_due), (k == 1, ctx.add_months(prev, second_months)),
                          else_=ctx.add_months(prev, later_months))

    r = r.mutate(late=r.date > due(r.k, r.first_due, r.prev))
    # Each plan's first late review, and each month end's last review held by it (the one the
    # next review follows after the month end): one row per case, not every review held by
    # then grouped again for every month. A case fails when its last review held is the first
    # late one or after it.
    first_late = r.filter(r.late).group_by("la_code", "plan_id").aggregate(first_late=r.k.min())
    r = ctx.attach(r.select("la_code", "plan_id", "date", "k", "following"), first_late,
                   ["la_code", "plan_id"])
    last = cases.left_join(r, [cases.la_code == r.la_code, cases.plan_id == r.plan_id,
                               r.date <= cases.month_end, or_far_off(r.following) > cases.month_end])
    c = last.select(*cases.columns, held_n=(last.k + 1).fill_null(0), last=last.date,
                    late_held=(last.first_late <= last.k).fill_null(False))
    # The review due next, after the last one held by the month end (k counts from 0).
    next_due = due(c.held_n, c.first_due, c.last)
    return c.mutate(next_due=next_due,
                    hit=~c.late_held & (next_due > c.month_end))
