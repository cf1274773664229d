"""The format-neutral report tree and its disclosure control."""

import datetime as dt

import pytest
from extracts import people, write_extract

from safeguarding import app
from safeguarding.indicators import REGISTRY
from safeguarding.report.disclosure import primary
from safeguarding.report.tree import build_tree
from safeguarding.store import Store


@pytest.mark.parametrize("unit, num, den, hidden", [
    ("count", 0, None, (False, False)),
    ("count", 1, None, (True, False)),
    ("count", 5, None, (True, False)),
    ("count", 6, None, (False, False)),
    ("per_10k", 3, 36000, (True, False)),      # the rate would give the count back
    ("per_10k", 6, 36000, (False, False)),
    ("percent", 4, 40, (True, False)),          # 10% of 40 gives back the 4
    ("percent", 0, 3, (True, True)),            # 0% of 3 children
    ("percent", 8, 9, (True, False)),           # 8 of 9 visited: one child was not
    ("percent", 34, 40, (False, False)),        # 6 of 40 were not: not a small number
    ("percent", 36, 40, (True, False)),         # complement 4
    ("percent", 30, 40, (False, False)),
    ("percent", 0, 0, (False, False)),          # no cases: nothing to protect
])
def test_primary_suppression(unit, num, den, hidden):
    got = primary(unit, num, den)
    assert (got["figure"], got["denominator"]) == hidden


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = write_extract(tmp_path_factory.mktemp("x") / "x", {
        "ssd_person": people("1", "2", "3", "4", "5", "6", "7"),
        # 3 children on a plan in August (a small number), 7 in July.
        "ssd_cp_plans": [
            {"cppl_cp_plan_id": f"p{i}", "cppl_person_id": str(i), "cppl_cp_plan_start_date": "2014-01-10",
             "cppl_cp_plan_end_date": "" if i <= 3 else "2014-08-01"} for i in range(1, 8)],
    })
    store = Store()
    app.load(folder, store)
    [c] = app.run_indicators(store, dt.date(2014, 8, 1))
    return c


def test_tree_has_every_indicator_in_its_area(council):
    tree = build_tree(council, "open", generated_on=dt.date(2014, 9, 5))
    assert tree.title == "Children's Safeguarding and Family Support Performance Report – August 2014"
    assert [i.id for i in tree.summary] == list(REGISTRY)
    assert [s.title for s in tree.sections] == [
        "Front door", "Assessments", "Child protection", "Looked-after children", "Children in need",
        "Allocation and caseloads"]
    assert sum(len(s.indicators) for s in tree.sections) == 30
    assert tree.generated_on == "05 September 2014"
    contacts = next(i for i in tree.summary if i.id == "contacts")
    assert not contacts.available and "ssd_contacts" in contacts.reason
    assert any(u.name == "Contacts received" for u in tree.data_quality.unavailable)
    assert "Open Government Licence" in tree.methods.attribution


def test_open_report_suppresses_and_internal_shows(council):
    open_tree = build_tree(council, "open")
    internal = build_tree(council, "internal")
    cp_open = next(i for i in open_tree.summary if i.id == "cp_count")
    cp_internal = next(i for i in internal.summary if i.id == "cp_count")
    # August: 3 children (suppressed in open); July: 7 (shown).
    assert (cp_open.latest, cp_open.months[-1].numerator, cp_open.months[-1].value_raw) == ("c", "c", None)
    assert cp_open.months[-2].value == "7"
    assert (cp_internal.latest, cp_internal.months[-1].numerator) == ("3", 3)
    rate = next(i for i in open_tree.summary if i.id == "cp_per_10k")
    assert rate.latest == "c" and rate.months[-1].denominator == 10_000
    # Commentary that would quote a suppressed number is withheld in the open report only.
    assert "withheld" in cp_open.commentary[0]
    assert cp_internal.commentary[0].startswith("Children subject to a child protection plan: 3 in August 2014")
    assert internal.not_for_publication and not open_tree.not_for_publication
    with pytest.raises(ValueError):
        build_tree(council, "secret")


def test_small_counts_in_data_quality_notes_are_suppressed_in_open_reports():
    from safeguarding.report.disclosure import mask_note

    assert mask_note("3 rows excluded because of errors (ssd_cp_plans 3 rows)") == \
        "c rows excluded because of errors (ssd_cp_plans c rows)"
    assert mask_note("warning: ssd_cp_plans.cppl_cp_plan_end_date: not a date (2 rows)") == \
        "warning: ssd_cp_plans.cppl_cp_plan_end_date: not a date (c rows)"
    assert mask_note("cp_visits: 12 cases left out over the 24 months") == \
        "cp_visits: 12 cases left out over the 24 months"
    assert mask_note("cp_visits: 1 case left out") == "cp_visits: c case left out"
    assert mask_note("ssd_cp_plans: every row (2) excluded") == "ssd_cp_plans: every row (c) excluded"


def test_events_and_per_month_limits_follow_the_spc_disclosure_rule(tmp_path):
    from safeguarding.judgement.events import Event
    from safeguarding.results import EventLabel

    folder = write_extract(tmp_path / "x", {
        "ssd_person": people("1", "2", "3", "4", "5", "6", "7"),
        "ssd_cp_plans": [
            {"cppl_cp_plan_id": f"p{i}", "cppl_person_id": str(i), "cppl_cp_plan_start_date": "2014-01-10",
             "cppl_cp_plan_end_date": "" if i <= 3 else "2014-08-01"} for i in range(1, 8)],
    })
    store = Store()
    app.load(folder, store)
    front = Event(dt.date(2014, 3, 3), "New <front> door", ("cp_count",), True)
    [c] = app.run_indicators(store, dt.date(2014, 8, 1), events=[front])
    internal = next(i for i in build_tree(c, "internal").summary if i.id == "cp_count")
    opened = next(i for i in build_tree(c, "open").summary if i.id == "cp_count")
    event = EventLabel("2014-03", "March 2014", "New <front> door", True)
    assert internal.events == opened.events == (event,)
    assert [p.month for p in internal.spc_points] == [m.month for m in internal.months]
    # August's 3 children are suppressed in the open report: the SPC, per-month limits too, is withheld
    assert opened.spc_withheld and opened.spc_points == () and opened.spc.mean is None
    assert not internal.spc_withheld
    rates = next(i for i in build_tree(c, "internal").summary if i.id == "cp_per_10k")
    assert rates.events == ()  # the event names cp_count only
