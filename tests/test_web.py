"""The web view's pages: the pack's figures by role, case lists by team, and the audit log.

The figures are checked against the report tree the pack is rendered from, computed apart from
the web view (extracts.synthetic_council); the case lists against `run_cases` itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from safeguarding.cases import run_cases  # noqa: E402
from safeguarding.report.charts import chart_spec, describe  # noqa: E402
from safeguarding.report.tree import build_tree  # noqa: E402
from safeguarding.web import accounts  # noqa: E402
from safeguarding.web.server import create_app  # noqa: E402
from web_helpers import PASSWORD, TEAM, client, csrf, sign_in  # noqa: E402

CASES = "cp_visits_in_timescale"


@pytest.fixture(scope="module")
def web(web_store):
    return create_app(web_store, secure_cookies=False)


def row(page: str, indicator_id: str) -> str:
    found = re.search(rf'<tr id="row-{indicator_id}">(.*?)</tr>', page, re.S)
    assert found, f"no row for {indicator_id}"
    return found.group(1)


def series_value(page: str, label: str) -> str:
    found = re.search(rf'<th scope="row">{label}</th><td class="value">([^<]*)</td>', page)
    assert found, f"no series row for {label}"
    return html.unescape(found.group(1))


def test_sign_in_shows_the_dashboard_and_sign_out_ends_the_session(web):
    c = client(web)
    r = sign_in(c, "reader")
    assert r.status_code == 303 and r.headers["location"] == "/"
    home = c.get("/")  # one council granted: straight to its dashboard
    assert home.url.path == "/c/884/" and "Herefordshire (884): August 2014" in home.text
    out = c.post("/logout", data={"csrf": csrf(home.text)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    after = c.get("/c/884/", follow_redirects=False)
    assert after.status_code == 303 and after.headers["location"].startswith("/login")


def test_sign_in_returns_to_the_page_asked_for(web):
    c = client(web)
    first = c.get("/c/884/?month=2014-07", follow_redirects=False)
    assert first.status_code == 303
    page = c.get(first.headers["location"])
    assert 'name="next" value="/c/884/?month=2014-07"' in page.text
    r = c.post("/login", data={"username": "reader", "password": PASSWORD, "csrf": csrf(page.text),
                               "next": "/c/884/?month=2014-07"}, follow_redirects=False)
    assert r.headers["location"] == "/c/884/?month=2014-07"


def test_a_wrong_password_or_unknown_user_is_refused_alike(web):
    c = client(web)
    wrong = sign_in(c, "reader", "not the password at all")
    unknown = sign_in(c, "nobody-here", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert "The user name or password is wrong." in wrong.text and "The user name or password is wrong." in unknown.text
    assert c.get("/c/884/", follow_redirects=False).status_code == 303


def test_the_dashboard_shows_the_packs_open_figures_to_a_reader(web, synthetic_council):
    tree = build_tree(synthetic_council, "open")
    page = client(web, "reader").get("/c/884/").text
    assert "small numbers (1 to 5)" in page and "INTERNAL" not in page
    for i in tree.summary:
        cells = row(page, i.id)
        assert f'<td class="value">{html.escape(i.latest)}</td>' in cells, i.id
        assert i.rag_label in cells and html.escape(i.spc_label) in cells, i.id
        assert ('<svg class="sparkline"' in cells) == any(m.value_raw is not None for m in i.months)
    assert ">Cases</a>" not in page  # no case lists for a reader


def test_a_reader_sees_small_numbers_suppressed_and_a_manager_sees_them(web, synthetic_council):
    open_tree = build_tree(synthetic_council, "open")
    internal = {i.id: i for i in build_tree(synthetic_council, "internal").summary}
    hidden = [(i, m) for i in open_tree.summary for m in i.months if m.value == "c"]
    assert hidden, "the synthetic council has no suppressed figure to check"
    indicator, month = hidden[0]
    shown = next(m for m in internal[indicator.id].months if m.month == month.month)
    assert shown.value != "c"
    url = f"/c/884/indicator/{indicator.id}?month=2014-08"
    assert series_value(client(web, "reader").get(url).text, month.label) == "c"
    page = client(web, "allteams").get(url).text
    assert series_value(page, month.label) == shown.value
    assert "INTERNAL: small numbers are shown" in page


def test_the_indicator_page_has_its_series_benchmark_and_definition(web, synthetic_council):
    i = next(i for i in build_tree(synthetic_council, "open").summary if i.id == CASES)
    page = client(web, "reader").get(f"/c/884/indicator/{CASES}").text
    assert f"<h1>{html.escape(i.name)}</h1>" in page
    for m in i.months:
        assert series_value(page, m.label) == m.value
    assert html.escape(i.definition) in page
    assert "Benchmarks" in page and "Commentary" in page
    assert "cases behind this figure" not in page  # a reader's page has no case link
    spec = f"/c/884/indicator/{CASES}/chart.json?month=2014-08"
    assert (f'<figure class="chart" role="img" aria-label="{html.escape(describe(i))}" '
            f'data-spec="{spec}"><svg') in page  # drawn on the server; redrawn by script
    assert '<script src="/static/vega.js" defer></script>' in page


def test_the_chart_spec_is_the_packs_for_the_users_classification(web, synthetic_council):
    for name, classification in (("reader", "open"), ("allteams", "internal")):
        i = next(i for i in build_tree(synthetic_council, classification).summary if i.id == CASES)
        r = client(web, name).get(f"/c/884/indicator/{CASES}/chart.json?month=2014-08")
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        assert r.json() == json.loads(json.dumps(chart_spec(i)))
        assert r.headers["cache-control"] == "no-store"
    reader = client(web, "reader").get(f"/c/884/indicator/{CASES}/chart.json").text
    internal = client(web, "allteams").get(f"/c/884/indicator/{CASES}/chart.json").text
    assert reader != internal  # the reader's holds no suppressed month's figures


def test_a_chart_that_is_not_there_is_not_found(web, synthetic_council):
    c = client(web, "reader")
    missing = [i.id for i in build_tree(synthetic_council, "open").summary if not i.available]
    for indicator in ["nothing", *missing[:1]]:
        assert c.get(f"/c/884/indicator/{indicator}/chart.json").status_code == 404, indicator
    assert "chart.json" not in c.get("/c/884/indicator/nothing").text


def test_the_vega_script_is_served_for_the_browser_to_cache(web):
    r = TestClient(web).get("/static/vega.js")  # public code, no data: no session needed
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert r.headers["cache-control"] == "public, max-age=86400"
    assert "vegaEmbed" in r.text and len(r.text) > 100_000
    assert TestClient(web).get("/static/charts.js").status_code == 200


def test_another_month_and_a_bad_month(web, synthetic_council):
    c = client(web, "reader")
    earlier = c.get("/c/884/?month=2014-07")
    assert earlier.status_code == 200 and "July 2014" in earlier.text
    assert c.get("/c/884/?month=July").status_code == 400
    later = c.get("/c/884/?month=2014-10")  # after the extract date: refused with the reason
    assert later.status_code == 400 and "extract date" in later.text


def _audit_rows(web_store):
    return accounts.audit_log(web_store.con)


def test_a_managers_case_list_is_their_teams_cases_and_is_audited(web, web_store):
    [council] = run_cases(web_store, dt.date(2014, 8, 1), ids=[CASES], la_codes=["884"])
    [full] = council.lists
    theirs = [c for c in full.cases if c.team == TEAM]
    assert theirs and len(theirs) < len(full.cases)  # the check needs cases of other teams
    before = len(_audit_rows(web_store))
    c = client(web, "manager")
    page = c.get(f"/c/884/cases/{CASES}?month=2014-08")
    assert page.status_code == 200
    assert f"{len(theirs)} of the {len(full.cases)} cases in the figure" in page.text
    shown = set(re.findall(r'<th scope="row">([^<]+)</th>', page.text))
    assert shown == {c.person_id for c in theirs}
    export = c.get(f"/c/884/cases/{CASES}.csv?month=2014-08")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    assert "attachment" in export.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert {r["person_id"] for r in rows} == {c.person_id for c in theirs}
    assert {r["team"] for r in rows} == {TEAM}
    log = _audit_rows(web_store)[before:]
    children = len({c.person_id for c in theirs})
    assert [(r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in log] == [
        ("manager", "view case list", "884", CASES, "2014-08", children, len(theirs)),
        ("manager", "export case list (CSV)", "884", CASES, "2014-08", children, len(theirs))]
    ids = {c.person_id for c in full.cases}
    assert not any(str(v) in ids for r in log for v in r)  # never a child's id


def test_a_manager_of_all_teams_sees_the_whole_figure(web, synthetic_council):
    i = next(i for i in build_tree(synthetic_council, "internal").summary if i.id == CASES)
    latest = i.months[-1]
    page = client(web, "allteams").get(f"/c/884/cases/{CASES}").text
    assert (f"All teams:\n{latest.denominator} of the {latest.denominator} cases in the figure, "
            f"{latest.numerator} of them in its numerator") in page


def test_the_admin_sees_the_audit_log_and_its_csv(web, web_store):
    c = client(web, "admin")
    c.get(f"/c/884/cases/{CASES}")
    page = c.get("/audit")
    assert page.status_code == 200 and "view case list" in page.text
    export = c.get("/audit?format=csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert rows[-1]["user_name"] == "admin" and rows[-1]["indicator"] == CASES
    assert len(rows) == len(_audit_rows(web_store))


def test_a_user_of_several_councils_chooses_one(web):
    page = client(web, "admin").get("/")
    assert page.url.path == "/" and 'href="/c/884/"' in page.text and 'href="/c/885/"' in page.text


def test_the_benchmark_explorer_is_public_and_shows_the_published_figures(web):
    from safeguarding import benchmarks
    from safeguarding.formatting import value

    c = TestClient(web)  # no sign-in
    assert 'value="884"' in c.get("/benchmarks").text
    page = c.get("/benchmarks?la=884&measure=ReReferral")
    assert page.status_code == 200 and "Herefordshire, County of (884)" in page.text
    [r] = benchmarks.profile("884", year=2014, measure="ReReferral")
    assert r["council"] is not None and r["england"] is not None
    assert re.search(rf'<th scope="row">2014</th>\s*<td>{re.escape(value(r["council"], "percent"))}'
                     rf'</td><td>{re.escape(value(r["neighbours"], "percent"))} '
                     rf'\({r["neighbours_n"]}\)</td>', page.text)
    every = c.get("/benchmarks?la=884").text
    assert every.count("measure=") == len(benchmarks.BY_CODE)  # a link per measure
    for route in ("/benchmarks?la=999", "/benchmarks?la=884&measure=nothing"):
        assert c.get(route).status_code == 404


def _cells(book, sheet: str) -> list[tuple]:
    return [tuple(c.value for c in r) for r in book[sheet].iter_rows()]


@pytest.mark.parametrize("name, classification", [("reader", "open"), ("allteams", "internal")])
def test_the_packs_workbook_for_the_month_is_the_packs(web, synthetic_council, tmp_path, name,
                                                       classification):
    import openpyxl

    from safeguarding.report.xlsx import write_xlsx

    r = client(web, name).get("/c/884/pack/performance-data.xlsx?month=2014-08")
    assert r.status_code == 200
    assert r.headers["content-disposition"] == (
        f'attachment; filename="884-2014-08-{classification}-performance-data.xlsx"')
    (tmp_path / "web.xlsx").write_bytes(r.content)
    write_xlsx(build_tree(synthetic_council, classification), tmp_path / "pack.xlsx")
    web_book, pack_book = (openpyxl.load_workbook(tmp_path / f) for f in ("web.xlsx", "pack.xlsx"))
    for sheet in ("Summary", "Benchmarks", "data"):
        assert _cells(web_book, sheet) == _cells(pack_book, sheet), sheet


def test_only_the_packs_files_are_served(web):
    c = client(web, "reader")
    for route in ("/c/884/pack/performance-cases.xlsx", "/c/884/pack/..%2f..%2fpyproject.toml",
                  "/c/884/pack/%2e%2e", "/c/884/pack/extract.toml", "/c/885/pack/cover-report.docx"):
        r = c.get(route)
        assert r.status_code == 404 and "content-disposition" not in r.headers, route
    assert TestClient(web).get("/c/884/pack/cover-report.docx",
                               follow_redirects=False).status_code == 303


def test_the_councils_targets_are_those_the_server_was_started_with(web_store, tmp_path):
    from safeguarding.judgement.targets import load_targets
    from safeguarding.web.data import Settings

    path = tmp_path / "targets.toml"
    path.write_text("[cp_visits_in_timescale]\ntarget = 90\namber = 85\n")
    web = create_app(web_store, secure_cookies=False,
                     settings=Settings(targets=load_targets(path)))
    cells = row(client(web, "reader").get("/c/884/").text, CASES)
    assert "<td>90.00%</td>" in cells


def test_the_snapshots_page_lists_the_councils_own(web, web_store):
    held = {s["la_code"]: s for s in web_store.snapshots()}
    page = client(web, "reader").get("/c/884/snapshots")
    assert page.status_code == 200
    assert f'<th scope="row">{held["884"]["snapshot_id"]} (shown)</th>' in page.text
    assert f'<th scope="row">{held["885"]["snapshot_id"]}' not in page.text
    assert f"{held['884']['rows']:,}" in page.text
    assert client(web, "reader").get("/c/885/snapshots").status_code == 404


def test_the_admin_sees_the_accounts_and_no_hash(web):
    page = client(web, "admin").get("/users").text
    assert '<th scope="row">manager</th><td>manager</td>\n<td>Children in Care</td>\n<td>884</td>' in page
    assert "argon2" not in page


def test_each_councils_month_is_built_once_per_classification(web_store, monkeypatch):
    """Pages are rendered from a cached tree (the store does not change while served): built
    once for each council, month and classification, and the open one is never the internal."""
    from safeguarding.web import data

    built = []
    real = data.build_tree
    monkeypatch.setattr(data, "build_tree", lambda noted, c: built.append(c) or real(noted, c))
    reports = data.Reports(web_store)
    month = dt.date(2014, 8, 1)
    trees = {c: reports.tree("884", month, c) for c in ("open", "internal", "open", "internal")}
    assert built == ["open", "internal"]
    assert trees["open"].classification == "open" and trees["internal"].classification == "internal"
    assert reports.tree("884", month, "open") is trees["open"]
    assert reports.tree("884", dt.date(2014, 7, 1), "open").month == "2014-07"
    assert built == ["open", "internal", "open"]
