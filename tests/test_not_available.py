"""Nothing left out without a word: tables whose every row had errors, indicators not available
(their reasons in the terminal, their own rating category) and a report that could compute
few indicators."""

import datetime as dt
import html
import json

import pytest
from extracts import people, write_extract
from rich.console import Console
from typer.testing import CliRunner

from safeguarding import app, output
from safeguarding.cli import cli
from safeguarding.indicators import REGISTRY
from safeguarding.report.html import render_html
from safeguarding.report.tree import build_tree
from safeguarding.store import Store

runner = CliRunner()
PLAN = {"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2014-01-10",
        "cppl_cp_plan_end_date": ""}


def compute(folder, **load) -> app.CouncilIndicators:
    store = Store()
    app.load(folder, store, **load)
    [council] = app.run_indicators(store, dt.date(2014, 8, 1))
    return council


def cp_only_extract(folder):
    """Child protection plans and nothing else: 6 of the 30 indicators can be computed."""
    return write_extract(folder, {"ssd_person": people("1", "2"),
                                  "ssd_cp_plans": [PLAN, {**PLAN, "cppl_cp_plan_id": "p2",
                                                          "cppl_person_id": "2"}]})


@pytest.fixture(scope="module")
def cp_only(tmp_path_factory):
    folder = cp_only_extract(tmp_path_factory.mktemp("cp") / "x")
    return folder, compute(folder)


# --- a table whose every row had errors (--allow-invalid) ---------------------------------------

@pytest.fixture(scope="module")
def left_out(tmp_path_factory):
    folder = write_extract(tmp_path_factory.mktemp("bad") / "x", {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [{**PLAN, "cppl_cp_plan_start_date": "31/31/2014"},
                         {**PLAN, "cppl_cp_plan_id": "p2", "cppl_person_id": "99"}],
        "ssd_cp_visits": [{"cppv_cp_visit_id": "v1", "cppv_person_id": "1"}],  # no visit date
    })
    return compute(folder, allow_invalid=True)


def test_a_table_with_every_row_in_error_is_left_out_not_zero(left_out):
    by_id = {r.indicator.id: r for r in left_out.results}
    cp = by_id["cp_count"]
    assert not cp.available and cp.series == ()  # never "0 children on a plan"
    assert cp.reason == ("not available: every row of ssd_cp_plans had errors, so it was left out")
    assert by_id["cp_visits_in_timescale"].reason == (
        "not available: every row of ssd_cp_plans and ssd_cp_visits had errors, so they were "
        "left out")
    assert by_id["cp_reviews_in_timescale"].reason.endswith("; the extract also has no ssd_cp_reviews")


def test_the_warnings_name_the_table_and_its_indicators_without_values(left_out):
    needing = [i.name for i in REGISTRY.values() if any(n.startswith("ssd_cp_plans") for n in i.needs)]
    expected = (f"ssd_cp_plans: every row (2) excluded because of errors, so the table is left "
                f"out: the {len(needing)} indicators that need it are not available "
                f"({'; '.join(needing)})")
    assert expected in left_out.warnings
    assert ("ssd_cp_visits: every row (1) excluded because of errors, so the table is left out: "
            "the 1 indicator that needs it is not available (Children on a plan visited in "
            "timescale)") in left_out.warnings
    assert not any("31/31/2014" in w or "99" in w for w in left_out.warnings)


def test_the_report_data_quality_section_names_the_table_left_out(left_out):
    tree = build_tree(left_out, "open")
    page = html.unescape(render_html(tree))
    quality = page[page.index('id="data-quality"'):page.index('id="methods"')]
    # (an open report: the count of 2 rows is a small number)
    assert "ssd_cp_plans: every row (c) excluded because of errors, so the table is left out" in quality
    assert "Children subject to a child protection plan" in quality
    assert "every row of ssd_cp_plans had errors, so it was left out" in quality  # the reason


# --- the reason in the terminal tables ----------------------------------------------------------

def test_the_terminal_tables_give_the_reason_an_indicator_is_not_available(cp_only):
    _, council = cp_only
    reason = next(r.reason for r in council.results if r.indicator.id == "contacts")
    assert "ssd_contacts" in reason
    for table in (output.rich_table(council), output.summary_table(council)):
        console = Console(width=400, record=True)
        console.print(table)
        text = console.export_text()
        line = next(line for line in text.splitlines() if "ssd_contacts" in line)
        assert reason in line


# --- few indicators available -------------------------------------------------------------------

COVERAGE = ("Only 6 of 30 indicators could be computed from this extract: the other 24 are not "
            "available, for want of tables ")


def test_few_indicators_is_the_first_key_message(cp_only):
    _, council = cp_only
    first = council.key_messages[0]
    assert first.kind == "coverage" and first.indicator is None
    assert first.text.startswith(COVERAGE)
    assert "ssd_contacts" in first.text and "ssd_cp_plans" not in first.text
    assert output.document(council)["key_messages"][0] == {
        "indicator": None, "kind": "coverage", "text": first.text}
    tree = build_tree(council, "internal")
    assert tree.key_messages[0] == first.text
    page = html.unescape(render_html(tree))
    messages = page[page.index('id="key-messages"'):page.index('id="summary"')]
    assert first.text in messages


def test_few_indicators_in_the_summary_command(cp_only):
    folder, _ = cp_only
    result = runner.invoke(cli, ["summary", str(folder), "--month", "2014-08"])
    assert result.exit_code == 0, result.output
    assert f"1. {COVERAGE}" in " ".join(result.stdout.split())
    doc = json.loads(runner.invoke(cli, ["indicators", str(folder), "--month", "2014-08",
                                         "--format", "json"]).stdout)
    assert doc["key_messages"][0]["text"].startswith(COVERAGE)


def test_no_coverage_message_when_most_indicators_are_available(synthetic_council):
    assert all(r.available for r in synthetic_council.results)
    assert not any(m.kind == "coverage" for m in synthetic_council.key_messages)


# --- "not available" is its own rating category, never "no target" -----------------------------

def test_unavailable_indicators_are_not_counted_as_no_target(cp_only):
    _, council = cp_only
    tree = build_tree(council, "open")
    unavailable = [i for i in tree.summary if not i.available]
    assert len(unavailable) == 24
    assert {(i.rag, i.rag_label) for i in unavailable} == {("not_available", "Not available")}
    assert tree.ratings["not_available"] == 24
    assert tree.ratings["no_target"] == sum(1 for i in tree.summary
                                               if i.available and i.rag == "no_target")
    assert sum(tree.ratings.values()) == 30
    page = html.unescape(render_html(tree))
    glance = page[page.index('class="glance"'):page.index('class="contents"')]
    assert ('<span class="glance-n">24</span><span class="glance-label"><span class="rag-shape" '
            'aria-hidden="true">×</span> Not available</span>') in glance
