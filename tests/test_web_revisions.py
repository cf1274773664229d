"""The revisions page: `safeguarding revisions` for a council and month, open for readers and
managers of named teams, internal (the records that moved, audited) for admins and managers of
every team. The store is test_snapshots' two hand-worked extracts of council 884 (April 2014's
figures revised), and a second council (885) for the IDOR checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from extracts import people, write_extract  # noqa: E402
from safeguarding import app  # noqa: E402
from safeguarding.policy import load_policy  # noqa: E402
from safeguarding.revisions import children_moved, revisions  # noqa: E402
from safeguarding.store import Store  # noqa: E402
from safeguarding.web import accounts  # noqa: E402
from safeguarding.web.server import create_app  # noqa: E402
from test_snapshots import extracts  # noqa: E402
from web_helpers import PASSWORD, client  # noqa: E402

APRIL = "/c/884/revisions?month=2014-04"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("revisions")
    store = Store(folder / "store.duckdb")
    for source in (*extracts(folder), write_extract(folder / "885", {"ssd_person": people("1")},
                                                    la_code="885", extracted_at="2014-06-02")):
        app.load(source, store)
    for name, role, teams, councils in [("reader", "reader", [], ["884"]),
                                        ("manager", "manager", ["Team A"], ["884"]),
                                        ("allteams", "manager", None, ["884"]),
                                        ("other", "manager", None, ["885"]),
                                        ("admin", "admin", None, None)]:
        accounts.add_user(store.con, name, PASSWORD, role, teams=teams, councils=councils)
    yield store
    store.close()


@pytest.fixture(scope="module")
def web(store):
    return create_app(store, secure_cookies=False)


def audited(store) -> list[tuple]:
    return [r[2:] for r in accounts.audit_log(store.con)]


@pytest.mark.parametrize("name", ["reader", "manager"])
def test_readers_and_managers_of_named_teams_see_the_open_revisions(web, store, name):
    before = audited(store)
    page = client(web, name).get(APRIL)
    assert page.status_code == 200
    assert "Open figures" in page.text and "INTERNAL" not in page.text
    # CP plans per 10,000: 3 and 4 children, suppressed; 2 children recorded late: "fewer than 6"
    assert ("April 2014 Child protection plans per 10,000 children revised from c to c" in page.text)
    assert "fewer than 6 children recorded late (back-dated)" in page.text
    # No record key (a random CSRF token, letters, digits, - and _, may hold "p5" within it).
    assert "The records that moved" not in page.text and not re.search(r"(?<![\w-])p5(?![\w-])", page.text)
    assert audited(store) == before  # nothing child-level shown, nothing to audit


@pytest.mark.parametrize("name", ["allteams", "admin"])
def test_admins_and_managers_of_every_team_see_the_records_audited(web, store, name):
    before = audited(store)
    page = client(web, name).get(APRIL)
    assert page.status_code == 200 and "INTERNAL" in page.text
    assert "revised from 3.00 to 4.00" in page.text
    assert "<td>p5</td><td>recorded late (back-dated)</td>" in page.text
    assert "<td>p10</td><td>now counted in the numerator</td>" in page.text
    new = audited(store)[len(before):]
    # (user, action, council, indicator, month, children, rows), worked from test_snapshots:
    # open plans (count and per 10,000): children 2-6; starts: p5 (child 5); second or
    # subsequent: p2, p5, p6, p10 (children 2, 5, 6, 8).
    assert sorted(new) == sorted([
        (name, "view revised records", "884", "cp_count", "2014-04", 5, 5),
        (name, "view revised records", "884", "cp_per_10k", "2014-04", 5, 5),
        (name, "view revised records", "884", "cp_starts", "2014-04", 1, 1),
        (name, "view revised records", "884", "cp_second_or_subsequent", "2014-04", 4, 4)])


def test_a_month_without_revisions_says_so(web):
    # May 2014 is held in full by the June extract alone: nothing to compare it with.
    page = client(web, "admin").get("/c/884/revisions")  # the latest complete month: May
    assert page.status_code == 200
    assert "No figure for May 2014 differs between the snapshots held." in page.text


def test_the_children_of_records_are_counted_once(store):
    """Plans p10 and p11 are both child 8's: two records, one child."""
    [second] = revisions(store, dt.date(2014, 4, 1), load_policy(), ["884"],
                         ["cp_second_or_subsequent"])
    assert children_moved(store, second) == 4
    both = replace(second, records=[{"key": "p10", "reason": "x"}, {"key": "p11", "reason": "x"}])
    assert children_moved(store, both) == 1


def test_another_council_is_not_found(web, store):
    before = audited(store)
    for name in ("reader", "allteams"):
        assert client(web, name).get("/c/885/revisions?month=2014-04").status_code == 404
    assert client(web, "other").get(APRIL).status_code == 404  # 885's manager, 884's code
    assert client(web, "admin").get("/c/999/revisions").status_code == 404
    assert audited(store) == before


def test_no_session_or_a_bad_month(web):
    r = TestClient(web).get(APRIL, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert client(web, "admin").get("/c/884/revisions?month=April").status_code == 400
