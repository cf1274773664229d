"""Rolling 12-month indicators are computed as 12 monthly sums added up (`Context.rolled`):
the same figures as counting every case once for each rolling year that holds it."""

from __future__ import annotations

import datetime as dt

import pytest

from safeguarding import app
from safeguarding.indicators.compute import _aggregate, aggregate_cases, built_in
from safeguarding.indicators.context import Context
from safeguarding.policy import load_policy
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

ROLLING = [i for i in built_in() if i.period == "rolling"]
KEYS = ["la_code", "month"]


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    root = tmp_path_factory.mktemp("rolled")
    for la_code, population, seed in (("884", 3000, 5), ("919", 20000, 6)):
        write_synthetic_extract(root / la_code, la_code=la_code, la_name=la_code,
                                population=population, start="2011-09", end="2014-08", seed=seed)
    store = Store()
    app.load(root, store)
    # 25 months to 2014-08: the first rolling years start with the extracts (2011-09)
    yield Context(store, ["884", "919"], dt.date(2014, 8, 1), load_policy(),
                  present=store.columns_present(), n_months=25)
    store.close()


def rows(ctx: Context, agg) -> list[dict]:
    return ctx.backend.to_pyarrow(agg.order_by(*KEYS)).to_pylist()


def test_the_rolling_indicators_are_those_summed_by_month():
    assert {i.id for i in ROLLING} == {"s47_per_10k", "referrals_per_10k", "assessments_per_10k",
                                       "rereferrals_12m", "cp_second_or_subsequent", "cp_ceased_2yrs"}


@pytest.mark.parametrize("ind", ROLLING, ids=lambda i: i.id)
def test_monthly_sums_added_up_are_the_rolling_years_counted_whole(context, ind):
    whole, _ = aggregate_cases(ind.fn(context), ind.unit, KEYS)  # a case in each year holding it
    summed, _ = _aggregate(context, ind)
    expected = rows(context, whole)
    assert rows(context, summed) == expected
    assert len(expected) == 2 * 25 and sum(r["numerator"] for r in expected) > 0


def test_a_cohort_built_month_by_month_is_not_the_one_for_rolling_years(context):
    """A shared cohort (`Context.cohort`) built inside `rolling_by_month` counts each row in its
    own month; the same name built outside it afterwards is another cohort, with a row for every
    rolling year that holds each row."""
    def referrals():
        t = context.table("ssd_cin_episodes")
        return context.in_rolling_year(t, "cine_referral_date").select("la_code", "month")

    def count(cohort):
        return context.backend.to_pyarrow(cohort.count().as_table()).column(0)[0].as_py()

    with context.rolling_by_month():
        by_month = context.cohort("test_referrals", referrals)
    whole = context.cohort("test_referrals", referrals)
    with context.rolling_by_month():
        assert context.cohort("test_referrals", referrals) is by_month  # built once each
    assert count(whole) == count(referrals()) > count(by_month) > 0
