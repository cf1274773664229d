"""The web view's test store and sign-in helper (tests/test_web*.py)."""

from __future__ import annotations

import re
from pathlib import Path

from safeguarding import app
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract
from safeguarding.web import accounts

PASSWORD = "correct horse battery staple"
TEAM = "Children in Care"  # one of the synthetic council's teams
# The second council's name is markup: every page must show it as text.
XSS = '<script>alert("x")</script>'
USERS = {  # name: (role, teams (None: all), councils (None: all))
    "reader": ("reader", [], ["884"]),
    "manager": ("manager", [TEAM], ["884"]),
    "allteams": ("manager", None, ["884"]),
    "other": ("manager", None, ["885"]),
    "admin": ("admin", None, None),
    "leaver": ("manager", None, ["884"]),  # disabled by a test while signed in
}


def build_store(folder: Path) -> Store:
    """The tests' synthetic council (884, as extracts.synthetic_council) and a second council
    (885) in a store file, with an account of each kind."""
    write_synthetic_extract(folder / "884", la_code="884", la_name="Herefordshire",
                            population=36000, start="2012-09", end="2014-08", seed=1)
    write_synthetic_extract(folder / "885", la_code="885", la_name=XSS, population=36000,
                            start="2013-09", end="2014-08", seed=2)
    store = Store(folder / "store.duckdb")
    for la in ("884", "885"):
        app.load(folder / la, store)
    for name, (role, teams, councils) in USERS.items():
        accounts.add_user(store.con, name, PASSWORD, role, teams=teams, councils=councils)
    return store


def csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(client, name: str, password: str = PASSWORD, next: str = "/"):
    """GET the sign-in page, then POST it with its token; the POST's response (not followed)."""
    page = client.get("/login")
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf": csrf(page.text), "next": next},
                       follow_redirects=False)


def client(web, name: str | None = None):
    """A test client for the app `web`, signed in as `name` (or not signed in)."""
    from starlette.testclient import TestClient

    c = TestClient(web)
    if name:
        r = sign_in(c, name)
        assert r.status_code == 303, r.text
    return c
