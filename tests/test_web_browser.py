"""The web view in a real browser: Playwright drives Debian's Chromium against the real server
(uvicorn on loopback), and axe-core checks every page visited against WCAG 2.2 A and AA.

Needs Debian's `chromium` at /usr/bin/chromium (Playwright's own browser builds are never
downloaded) and the `playwright` and `axe-playwright-python` packages (the test extra). Without
them the tests skip, saying why, except under CI (the `CI` variable set), where they fail: CI
installs them (.ci/run) and must never pass by skipping.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags its rules.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CASES = "cp_visits_in_timescale"  # a percentage figure with a case list (as tests/test_web.py)
# The answers the tests ask for: any other status over 400 fails the test that met it.
EXPECTED = {(404, "/no/such/page"), (400, "/admin/load")}


def expected(status: int, path: str) -> bool:
    """An answer a test asks for (at the path, or a page under it)."""
    return any(status == s and (path == p or path.startswith(p + "/")) for s, p in EXPECTED)


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


def test_without_a_browser_the_tests_skip_except_under_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        unavailable("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run under CI"):
        unavailable("no Chromium")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        unavailable("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("no playwright (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def axe():
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        unavailable("no axe-playwright-python (pip install -e '.[test]')")
    return Axe()


@contextmanager
def serving(store):
    """The real server (uvicorn) over `store`, on a free loopback port: its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from safeguarding.web.server import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    web = create_app(store, secure_cookies=False)
    config = uvicorn.Config(web, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        srv.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def server(web_store):
    """The server over the tests' store (web_helpers.build_store)."""
    with serving(web_store) as base:
        yield base


@pytest.fixture()
def page(browser):
    context = browser.new_context(accept_downloads=True)
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" and
         "Failed to load resource" not in m.text else None)  # (failed responses: below)
    p.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 and
         not expected(r.status, urlsplit(r.url).path) else None)
    yield p
    context.close()
    assert not errors, f"script, CSP or request errors in the browser: {errors}"


def accessible(page, axe) -> None:
    """axe-core on the page as it stands: no WCAG 2.2 A/AA violation."""
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                     "resultTypes": ["violations"]})
    problems = [f"{v['id']} ({v['impact']}): {v['help']} at "
                + "; ".join(n["target"][0] for n in v["nodes"][:3])
                for v in results.response["violations"]]
    assert not problems, f"{page.url}:\n" + "\n".join(problems)


def test_axe_finds_violations_where_there_are_some(page, axe):
    """The check can fail: a page with an unlabelled field and an image without text."""
    page.set_content('<html><body><img src="data:,"><input></body></html>')
    with pytest.raises(AssertionError) as found:
        accessible(page, axe)
    assert "image-alt" in str(found.value) and "label" in str(found.value)


def sign_in(page, base: str, name: str) -> None:
    from web_helpers import PASSWORD

    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_a_manager_reads_the_dashboard_drills_to_the_cases_exports_and_signs_out(
        page, server, axe):
    page.goto(f"{server}/c/884/")
    assert "/login" in page.url  # not signed in: the sign-in page, and nothing else
    accessible(page, axe)
    sign_in(page, server, "manager")
    assert page.url == f"{server}/c/884/"
    assert page.get_by_role("heading", level=1).inner_text() == "Herefordshire (884): August 2014"
    assert "INTERNAL" in page.inner_text("main")
    accessible(page, axe)

    page.locator(f"#row-{CASES} th a").click()
    assert f"/c/884/indicator/{CASES}" in page.url
    assert page.locator("figure.chart svg").count() == 1  # the pack's chart, drawn as SVG
    accessible(page, axe)

    page.get_by_role("link", name="The cases behind this figure").click()
    assert f"/c/884/cases/{CASES}" in page.url
    assert page.get_by_role("heading", level=1).inner_text().startswith("Cases:")
    accessible(page, axe)
    shown = page.locator("main table tbody tr").count()

    with page.expect_download() as got:
        page.get_by_role("link", name="Download these cases (CSV)").click()
    download = got.value
    assert download.suggested_filename == f"cases-884-2014-08-{CASES}.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == shown > 0  # the same cases as the page (the manager's team's)

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    assert page.url.endswith("/login")
    page.goto(f"{server}/c/884/cases/{CASES}")
    assert "/login" in page.url  # the session is over


def test_a_reader_sees_the_open_dashboard(page, server, axe):
    sign_in(page, server, "reader")
    assert page.url == f"{server}/c/884/"
    text = page.inner_text("main")
    assert "Open figures" in text and "INTERNAL" not in text
    assert page.get_by_role("link", name="Cases").count() == 0  # no case lists for readers
    accessible(page, axe)
    page.locator(f"#row-{CASES} th a").click()
    accessible(page, axe)


def test_the_chart_is_drawn_again_in_the_browser_under_the_strict_csp(page, server, axe):
    """The server's SVG is replaced by Vega's, drawn from the same spec, with a tooltip, while the
    CSP forbids eval: Vega runs its expression interpreter. Any CSP violation fails the test
    (the page fixture's console check, and the violations counted in the page here)."""
    page.add_init_script("window.violations = []; document.addEventListener("
                         "'securitypolicyviolation', e => window.violations.push(e.violatedDirective))")
    sign_in(page, server, "reader")
    response = page.goto(f"{server}/c/884/indicator/{CASES}")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe" not in csp  # no eval, no inline script
    page.wait_for_selector("figure.chart.drawn svg.marks")  # Vega's SVG, not the server's
    assert page.locator("figure.chart svg").count() == 1
    months = page.locator("figure.chart.drawn [aria-roledescription='point']")
    values = page.locator("main table").first.locator("tbody td.value").all_inner_texts()
    assert "c" in values  # the reader's figures are the open ones, some suppressed
    assert months.count() == len([v for v in values if v != "c"])  # a point per figure shown
    months.last.hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    assert "August 2014" in tooltip.inner_text() and values[-1] in tooltip.inner_text()
    assert page.evaluate("window.violations") == []
    accessible(page, axe)


def test_without_script_the_chart_is_the_servers_svg(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, server, "reader")
    page.goto(f"{server}/c/884/indicator/{CASES}")
    assert page.locator("figure.chart:not(.drawn) > svg").count() == 1
    context.close()


def test_an_admin_sees_the_audit_log_and_accounts(page, server, axe):
    sign_in(page, server, "admin")
    assert page.get_by_role("heading", level=1).inner_text() == "Councils"  # two councils
    accessible(page, axe)
    for link in ("Audit log", "Accounts", "Load an extract"):
        page.get_by_role("link", name=link).click()
        accessible(page, axe)
    page.goto(f"{server}/c/885/")  # the council whose name is markup: shown as text
    accessible(page, axe)
    page.goto(f"{server}/c/884/snapshots")
    accessible(page, axe)


def test_the_public_benchmark_explorer(page, server, axe):
    page.goto(f"{server}/benchmarks")
    assert page.get_by_role("heading", level=1).inner_text() == "Benchmark explorer"
    accessible(page, axe)
    page.get_by_label("Council").select_option("884")
    page.get_by_role("button", name="Show").click()
    page.wait_for_load_state()
    assert "la=884" in page.url
    accessible(page, axe)
    page.locator("main table tbody th a").first.click()
    page.wait_for_load_state()
    assert "measure=" in page.url
    accessible(page, axe)


def test_error_pages_are_accessible(page, server, axe):
    page.goto(f"{server}/no/such/page")
    assert page.get_by_role("heading", level=1).count() == 1
    accessible(page, axe)


def focus_order(page, presses: int) -> list[str]:
    """What Tab reaches, from the top of the page: each element's accessible text."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(
            "() => { const e = document.activeElement;"
            " return e.id || e.innerText || e.value || e.tagName; }").strip())
    return seen


def test_the_keyboard_reaches_the_skip_link_the_nav_and_the_sign_in_fields_in_order(page, server):
    page.goto(f"{server}/login")
    assert focus_order(page, 6) == ["Skip to content", "Safeguarding performance",
                                    "Benchmark explorer", "username", "password", "Sign in"]
    # Every focus is visible: the focused control has an outline.
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    # The skip link moves to the main content, past the header.
    page.goto(f"{server}/login")
    page.keyboard.press("Tab")
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "username"


def test_the_keyboard_reaches_the_signed_in_nav_in_order(page, server):
    sign_in(page, server, "admin")
    page.goto(f"{server}/users")
    assert focus_order(page, 7) == ["Skip to content", "Safeguarding performance",
                                    "Benchmark explorer", "Audit log", "Accounts", "Load an extract",
                                    "Sign out"]


def test_an_admin_loads_an_extract_through_the_page(page, axe, tmp_path):
    """On a store of its own (a load changes it): a refused upload's problems, then a load."""
    import zipfile

    from test_web_upload import BAD_DOB, served_store, synthetic

    with served_store(tmp_path) as store, serving(store) as base:
        sign_in(page, base, "admin")
        page.get_by_role("link", name="Load an extract").click()
        accessible(page, axe)
        folder = synthetic(tmp_path / "new", "885", 2)
        person = folder / "ssd_person.csv"
        person.write_text(person.read_text().replace("\n", f"\nP9999999,F,{BAD_DOB},WBRI\n", 1))
        for name, files in (("bad.zip", sorted(folder.iterdir())),
                            ("good.zip", sorted(folder.iterdir()))):
            if name == "good.zip":
                person.write_text(person.read_text().replace(f"P9999999,F,{BAD_DOB},WBRI\n", ""))
            with zipfile.ZipFile(tmp_path / name, "w") as z:
                for f in files:
                    z.write(f, f.name)
            page.get_by_label("The extract").set_input_files(tmp_path / name)
            page.get_by_role("button", name="Check and load").click()
            # The load's page refreshes itself until the load ends, then shows its outcome.
            page.get_by_role("heading", name="Load an extract", exact=True).wait_for()
            accessible(page, axe)
            if name == "bad.zip":
                assert "Nothing was loaded" in page.inner_text("main")
                assert page.locator("main table tbody tr").count() >= 1
        assert "la_code 885" in page.inner_text("main")
        page.get_by_role("link", name="Its dashboard").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Council 885 (885): August 2014"
