"""A run of a few months reads only what its frame needs of the history (re-referrals pair the
referrals its rolling years count, the latest-open pairing reads rows open in the frame, review
chains the cases' plans): its figures must be those a long frame computes for the same months."""

import datetime as dt

import pytest

from safeguarding import app
from safeguarding.indicators import REGISTRY, compiled
from safeguarding.indicators.compute import built_in, by_indicator, catalogue_rows
from safeguarding.indicators.context import Context
from safeguarding.policy import load_policy
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

MONTH = dt.date(2014, 8, 1)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Two councils with four years of history before the reporting month."""
    store = Store()
    for la, name, seed in (("884", "Herefordshire", 3), ("330", "Birmingham", 4)):
        folder = tmp_path_factory.mktemp(la)
        write_synthetic_extract(folder, la_code=la, la_name=name, population=9000,
                                start="2010-09", end="2014-08", seed=seed)
        app.load(folder, store)
    yield store
    store.close()


def series(store: Store, n_months: int, las: list[str] | None = None
           ) -> dict[tuple[str, str, dt.date], tuple]:
    las = las or [c["la_code"] for c in store.councils()]
    ctx = Context(store, las, MONTH, load_policy(), present=store.columns_present(),
                  n_months=n_months)
    computed = catalogue_rows(ctx)
    assert computed is not None  # the catalogue ran
    rows = by_indicator(computed)
    assert set(rows) == {i.id for i in built_in()}  # every indicator in it
    return {(r["indicator"], r["la_code"], r["month"]):
            (r["numerator"], r["denominator"], r["excluded"], r["value"])
            for ind_rows in rows.values() for r in ind_rows.to_pylist()}


@pytest.mark.parametrize("n_months", [1, 2, 13])
def test_a_short_frame_computes_what_a_long_one_does_for_its_months(store, n_months):
    long = series(store, 48)
    short = series(store, n_months)
    assert len(short) == n_months * len(built_in()) * 2
    assert short == {k: v for k, v in long.items() if k in short}
    # The months compared hold figures, not just zeros: the test could fail.
    assert sum(v[1] or 0 for v in short.values()) > 1000


@pytest.mark.parametrize("las", [["884"], ["330"], ["330", "884"]])
def test_one_month_reads_its_tables_unfiltered_with_the_same_figures(store, monkeypatch, las):
    """A query of one month on DuckDB reads each table whole (compute._catalogue), with the
    figures a long frame's filtered query gives, for one council of the two or both."""
    ran = []
    table = compiled.table
    monkeypatch.setattr(compiled, "table", lambda ctx, name, build: ran.append(name) or
                        table(ctx, name, build))
    one = series(store, 1, las)
    assert ran == ["catalogue_unfiltered"]
    assert {k[1] for k in one} == set(las) and len(one) == len(built_in()) * len(las)
    assert one == {k: v for k, v in series(store, 48).items() if k in one}


@pytest.mark.parametrize("indicator, visit", [("cp_visits_in_timescale", "last_visit"),
                                              ("cla_visits_in_timescale", "v")])
def test_the_visits_window_counts_what_the_latest_visit_does(store, indicator, visit):
    """The visits figures read only the visits within the longest interval before each month
    end; the case lists read every visit since the plan or placement began (`exact`). Every
    case of four years must be counted the same, with the same latest visit where it counts."""
    las = [c["la_code"] for c in store.councils()]
    ctx = Context(store, las, MONTH, load_policy(), present=store.columns_present(), n_months=48)
    fn = REGISTRY[indicator].fn

    def cases(**kw):
        t = ctx.backend.to_pyarrow(fn(ctx, **kw)).to_pylist()
        return {(r["la_code"], r["month"], r.get("person_id") or r["cppl_person_id"]):
                (r["hit"], r[visit]) for r in t}

    windowed, exact = cases(), cases(exact=True)
    assert windowed.keys() == exact.keys()
    assert {k: h for k, (h, _) in windowed.items()} == {k: h for k, (h, _) in exact.items()}
    assert all(windowed[k] == exact[k] for k, (hit, _) in exact.items() if hit)
    # Both kinds of case are there: counted, and overdue with a visit the window leaves out.
    assert sum(h for h, _ in exact.values()) > 100
    assert sum(1 for k, (h, v) in exact.items() if not h and v and windowed[k][1] is None) > 10
