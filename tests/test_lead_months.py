"""The lead months: a run computes the months before the SPC history only for the indicators
disclosure control reads there (`compute.LEAD`), and publishes exactly what computing them for
every indicator would."""

from __future__ import annotations

import datetime as dt

import pytest

from safeguarding import app, reference
from safeguarding.indicators.compute import LEAD, built_in
from safeguarding.indicators.context import Context
from safeguarding.report import disclosure
from safeguarding.report.tree import build_tree
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

MONTH = dt.date(2014, 8, 1)


def read_before_the_history() -> set[str]:
    """What the disclosure rules read before the first month shown: the monthly counts that
    rolling totals add up (a total's first window reaches 11 months back), and, as their hidden
    months also come from the figures published as the same number, every indicator sharing a
    number with one of them, and so on."""
    need = {monthly[0] for monthly in disclosure.ROLLING.values()}
    grown = True
    while grown:
        grown = False
        for group in disclosure.SAME:
            ids = {part[0] for part in group}
            if ids & need and not ids <= need:
                need |= ids
                grown = True
    return need


def test_lead_is_what_the_disclosure_rules_read_before_the_history():
    assert set(LEAD) == read_before_the_history()
    assert set(LEAD) <= {i.id for i in built_in()}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Three councils, from small (many counts of 1 to 5) to middling, four years of history."""
    root = tmp_path_factory.mktemp("lead")
    chosen = [c for c in reference.councils() if 2014 in reference.population(c.la_code)][:3]
    for n, council in enumerate(chosen):
        write_synthetic_extract(root / council.la_code, la_code=council.la_code, la_name=council.name,
                                population=(1000, 4000, 60000)[n], start="2010-09", end="2014-08", seed=3 + n)
    s = Store()
    app.load(root, s)
    yield s
    s.close()


def test_the_series_start_after_the_lead_months_except_the_leads(store):
    (council, *_) = app.run_indicators(store, MONTH)
    lengths = {r.indicator.id: len(r.history) for r in council.results if r.available}
    span = lengths["cp_count"]  # the SPC history's months (app.history_months)
    assert span >= 13
    assert lengths == {i: span + (11 if i in LEAD else 0) for i in lengths}
    assert len(lengths) > len(LEAD)


def test_every_published_cell_is_what_computing_the_lead_months_for_all_gives(store, monkeypatch):
    lead = app.run_indicators(store, MONTH)
    monkeypatch.setattr(app, "Context", lambda *a, **k: Context(*a, **{**k, "lead_months": 0}))
    full = app.run_indicators(store, MONTH)
    assert [len(r.history) for r in full[0].results if r.available] != \
        [len(r.history) for r in lead[0].results if r.available]  # the two runs differ
    hidden = 0
    for mine, theirs in zip(lead, full, strict=True):
        for classification in ("open", "internal"):
            assert build_tree(mine, classification) == build_tree(theirs, classification)
        plan = disclosure.Plan(mine.results, "open")
        hidden += sum(plan.point(r.indicator.id, p.month).any for r in mine.results for p in r.series)
    assert hidden > 20, "small councils: the comparison proves nothing without hidden cells"
