"""The web view's security suite, on an in-process server: every attempt must fail, and none may
return child-level data (a synthetic child's id is "P" and seven digits or more)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from safeguarding.web import accounts  # noqa: E402
from safeguarding.web.security import IDLE  # noqa: E402
from safeguarding.web.server import CLIENT_LIMIT, USER_LIMIT, create_app  # noqa: E402
from web_helpers import PASSWORD, XSS, client, csrf, sign_in  # noqa: E402

CASES = "cp_visits_in_timescale"
CHILD_ID = re.compile(r"P\d{7,}")  # every synthetic child's id is so: P0000123
ROUTES = ["/", "/c/884/", f"/c/884/indicator/{CASES}", f"/c/884/cases/{CASES}",
          f"/c/884/cases/{CASES}.csv", "/audit", "/audit?format=csv",
          "/c/884/pack/performance-report.html", "/c/884/pack/performance-data.xlsx",
          "/c/884/snapshots", "/users", "/c/884/revisions?month=2014-08",
          f"/c/884/indicator/{CASES}/chart.json", "/admin/load/a-load"]
CHILD_ROUTES = [f"/c/884/cases/{CASES}", f"/c/884/cases/{CASES}.csv"]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def web(web_store):
    return create_app(web_store, secure_cookies=False)


def shows_a_child(text: str) -> bool:
    """A child's id is in `text`, leaving out the page's random CSRF token (base64url, which
    may by chance hold any short string)."""
    return bool(CHILD_ID.search(re.sub(r'(name="csrf" value=")[^"]*', r"\1", text)))


def audit_count(store) -> int:
    return len(accounts.audit_log(store.con))


def signed_in(c: TestClient) -> bool:
    return c.get("/c/884/", follow_redirects=False).status_code == 200


def test_every_route_without_a_session_goes_to_sign_in(web):
    for cookies in ({}, {"session": "made-up-session-id"}):
        c = TestClient(web, cookies=cookies)
        for route in ROUTES:
            r = c.get(route, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"].startswith("/login?next="), route
            assert not shows_a_child(r.text) and r.text == "", route
        r = c.post("/logout", data={}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_a_reader_may_not_see_case_lists_or_the_audit_log(web, web_store):
    before = audit_count(web_store)
    c = client(web, "reader")
    for route in [*CHILD_ROUTES, "/audit", "/audit?format=csv", "/users"]:
        r = c.get(route)
        assert r.status_code == 403 and not shows_a_child(r.text) and "allteams" not in r.text, route
    assert "/cases/" not in c.get(f"/c/884/indicator/{CASES}").text
    assert audit_count(web_store) == before


def test_a_manager_may_not_see_the_audit_log_or_the_accounts(web):
    c = client(web, "manager")
    for route in ("/audit", "/audit?format=csv", "/users"):
        r = c.get(route)
        assert r.status_code == 403 and "view case list" not in r.text


def test_the_child_check_sees_an_entitled_case_list(web):
    """The check the other tests rely on finds the ids a case list does show, in HTML and CSV."""
    c = client(web, "allteams")
    for route in CHILD_ROUTES:
        r = c.get(route)
        assert r.status_code == 200 and shows_a_child(r.text), route
    assert not shows_a_child('<input name="csrf" value="P00012345">')


def test_another_councils_pages_are_not_found_as_if_not_held(web, web_store):
    before = audit_count(web_store)
    c = client(web, "allteams")  # granted 884 only
    unknown = c.get("/c/999/")
    assert unknown.status_code == 404
    for route in ("/c/885/", f"/c/885/indicator/{CASES}", f"/c/885/cases/{CASES}",
                  f"/c/885/cases/{CASES}.csv", "/c/885/?month=2014-08", "/c/885/revisions",
                  f"/c/885/indicator/{CASES}/chart.json"):
        r = c.get(route)
        assert r.status_code == 404 and r.text == unknown.text, route
    other = client(web, "other")  # granted 885 only
    for route in ["/c/884/", *CHILD_ROUTES]:
        r = other.get(route)
        assert r.status_code == 404 and not shows_a_child(r.text), route
    assert "/c/885/" not in c.get("/").text
    assert audit_count(web_store) == before


def test_unknown_indicators_and_lists_are_not_found(web):
    c = client(web, "allteams")
    for route in ("/c/884/indicator/nothing", "/c/884/cases/nothing", "/c/884/cases/contacts",
                  "/c/884/cases/contacts.csv", "/nowhere"):
        assert c.get(route).status_code == 404, route


def test_a_form_without_its_csrf_token_is_refused(web):
    c = client(web, "reader")
    for data in ({}, {"csrf": "wrong"}, {"csrf": csrf(client(web, "reader").get("/c/884/").text)}):
        r = c.post("/logout", data=data, follow_redirects=False)
        assert r.status_code == 403
        assert signed_in(c)
    r = c.post("/logout", data={"csrf": csrf(c.get("/c/884/").text)}, follow_redirects=False)
    assert r.status_code == 303 and not signed_in(c)


def test_sign_in_without_its_csrf_token_is_refused(web):
    elsewhere = csrf(TestClient(web).get("/login").text)  # another visitor's token
    c = TestClient(web)
    c.get("/login")
    for data in ({}, {"csrf": "wrong"}, {"csrf": elsewhere}):
        r = c.post("/login", data={"username": "reader", "password": PASSWORD, **data},
                   follow_redirects=False)
        assert r.status_code == 403
    assert not signed_in(c)


def test_failed_sign_ins_lock_the_user_name_even_for_the_right_password(web_store):
    clock = Clock()
    web = create_app(web_store, secure_cookies=False, clock=clock)
    for _ in range(USER_LIMIT):
        assert sign_in(TestClient(web), "reader", "a wrong guess here").status_code == 401
    c = TestClient(web)
    r = sign_in(c, "reader")
    assert r.status_code == 429 and "Too many failed sign-ins" in r.text and not signed_in(c)
    assert sign_in(TestClient(web), "manager").status_code == 303  # another name is not locked
    clock.now += 16 * 60
    assert sign_in(c, "reader").status_code == 303 and signed_in(c)


def test_failed_sign_ins_from_one_client_lock_it(web_store):
    web = create_app(web_store, secure_cookies=False, clock=Clock())
    c = TestClient(web)
    for n in range(CLIENT_LIMIT):
        assert sign_in(c, f"guess{n}", "a wrong guess here").status_code == 401
    r = sign_in(c, "admin")
    assert r.status_code == 429 and not signed_in(c)


def test_the_session_id_changes_at_sign_in(web):
    c = TestClient(web)
    c.get("/login")
    before = c.cookies["session"]
    assert sign_in(c, "reader").status_code == 303
    after = c.cookies["session"]
    assert after != before and signed_in(c)
    planted = TestClient(web, cookies={"session": before})  # the id known before sign-in
    assert not signed_in(planted)


def test_sessions_end_when_idle_and_when_the_account_is_disabled(web_store):
    clock = Clock()
    web = create_app(web_store, secure_cookies=False, clock=clock)
    c = client(web, "reader")
    clock.now += IDLE + 1
    assert not signed_in(c)
    leaver = client(web, "leaver")
    assert signed_in(leaver)
    accounts.disable_user(web_store.con, "leaver")
    assert not signed_in(leaver)
    assert sign_in(TestClient(web), "leaver").status_code == 401


def test_the_session_cookie_is_secure_http_only_and_same_site_strict(web_store):
    web = create_app(web_store)  # the default: Secure cookies
    cookie = TestClient(web).get("/login").headers["set-cookie"]
    assert cookie.startswith("__Host-session=")
    parts = {p.strip().lower() for p in cookie.split(";")}
    assert {"secure", "httponly", "samesite=strict", "path=/"} <= parts
    assert not any(p.startswith("domain") or p.startswith("expires") or p.startswith("max-age")
                   for p in parts)


def test_markup_in_a_user_name_or_a_council_name_is_shown_as_text(web):
    r = sign_in(TestClient(web), XSS, "anything at all")
    assert r.status_code == 401 and XSS not in r.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in r.text
    c = client(web, "admin")
    for route in ("/", "/c/885/"):
        page = c.get(route)
        assert page.status_code == 200 and XSS not in page.text, route
        assert "&lt;script&gt;" in page.text, route


def test_sign_in_only_returns_to_a_page_of_this_site(web):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        r = sign_in(TestClient(web), "reader", next=target)
        assert r.status_code == 303 and r.headers["location"] == "/", target
    r = sign_in(TestClient(web), "reader", next="/c/884/")
    assert r.headers["location"] == "/c/884/"


def test_static_files_do_not_reach_outside_their_folder(web):
    c = TestClient(web)
    for route in ("/static/../accounts.py", "/static/%2e%2e/accounts.py",
                  "/static/..%2faccounts.py", "/static/%2e%2e%2fserver.py"):
        r = c.get(route)
        assert r.status_code == 404 and "argon2" not in r.text, route
    assert c.get("/static/app.css").status_code == 200


def test_security_headers_on_every_response(web):
    c = client(web, "reader")
    responses = [c.get("/login"), c.get("/c/884/"), c.get(f"/c/884/indicator/{CASES}"),
                 c.get("/benchmarks?la=884"), c.get("/c/884/cases/x"), c.get("/nowhere"),
                 c.get("/static/app.css"), TestClient(web).get("/c/884/", follow_redirects=False),
                 client(web, "manager").get(f"/c/884/cases/{CASES}.csv")]
    for r in responses:
        h = r.headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, r.url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert h["x-frame-options"] == "DENY" and h["referrer-policy"] == "no-referrer"
        assert h["x-content-type-options"] == "nosniff"
        if r.url.path != "/static/app.css":
            assert h["cache-control"] == "no-store", r.url
    for page in responses[:6]:  # nothing inline that the policy would block
        assert not re.search(r"<script(?![^>]*\ssrc=\"/static/)", page.text)  # only ours, by src
        assert not re.search(r"\s(style|on[a-z]+)\s*=", page.text)


def test_the_throttle_forgets_old_keys_first_when_full(monkeypatch):
    from safeguarding.web import security

    monkeypatch.setattr(security, "MAX_KEYS", 3)
    clock = Clock()
    t = security.Throttle(2, clock=clock)
    for key in ("a", "a", "b", "c"):
        t.failed(key)
        clock.now += 1
    assert t.locked_for("a") > 0
    t.failed("d")  # full: the oldest (a) goes, and with it its lock
    assert t.locked_for("a") == 0 and set(t._failures) == {"b", "c", "d"}


def test_an_unexpected_failure_shows_and_logs_no_data(web_store, monkeypatch, caplog):
    from safeguarding.web.data import Reports

    def fails(*args, **kwargs):
        raise ValueError("could not convert 'P0001234' to a date")

    monkeypatch.setattr(Reports, "tree", fails)
    web = create_app(web_store, secure_cookies=False)
    with caplog.at_level("INFO"):
        r = client(web, "reader").get("/c/884/")
    assert r.status_code == 500 and not shows_a_child(r.text)
    assert "unexpected failure (ValueError) on GET /c/884/" in caplog.text
    assert not shows_a_child(caplog.text)
