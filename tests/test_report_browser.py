"""The HTML report in a real browser (headless Chromium): every chart is drawn by vegaEmbed,
nothing is requested from outside the page, and no script error is raised.

Needs Debian's `chromium` package at /usr/bin/chromium (CI installs it); skipped otherwise.

How "nothing leaves the page" is checked, three ways:
- Chromium runs behind a local proxy that answers every request with 403 and records it; the
  report page must add no request to those the browser makes by itself: `BROWSER_SERVICES`
  (Chromium's update, time and account services, contacted even with background networking
  disabled) and any host it also contacts when opening an empty page.
- A monitor script injected into a copy of the page records console errors, uncaught errors,
  Content-Security-Policy violations and the page's resource-timing entries, and writes them
  into the DOM that `--dump-dom` prints.
- The page's own Content-Security-Policy (default-src 'none') would block a request anyway; a
  blocked one shows up as a violation.
"""

from __future__ import annotations

import html
import http.server
import json
import socketserver
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_report_html_pdf import build_trees

from safeguarding.report.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium); CI installs it")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--no-default-browser-check", "--disable-breakpad",
         "--disable-client-side-phishing-detection", "--disable-domain-reliability",
         "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
         "--metrics-recording-only", "--safebrowsing-disable-auto-update"]
# Contacted by Chromium itself, on an empty page too, whatever the flags above say.
BROWSER_SERVICES = {"update.googleapis.com", "accounts.google.com", "clients2.google.com"}

MONITOR = """<script>
(function () {
  var seen = {errors: [], violations: []};
  var error = console.error;
  console.error = function () {
    seen.errors.push(Array.prototype.map.call(arguments, String).join(" "));
    return error.apply(console, arguments);
  };
  window.addEventListener("error", function (e) {
    seen.errors.push("uncaught: " + (e.message || (e.target && e.target.outerHTML)));
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    seen.errors.push("rejection: " + e.reason);
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    seen.violations.push(e.violatedDirective + " " + e.blockedURI);
  });
  window.addEventListener("load", function () {
    setTimeout(function () {
      var out = document.createElement("pre");
      out.id = "browser-check";
      out.textContent = JSON.stringify({
        errors: seen.errors, violations: seen.violations,
        resources: performance.getEntriesByType("resource").map(function (r) { return r.name; }),
        charts: document.querySelectorAll(".vega-chart").length,
        drawn: document.querySelectorAll(".vega-chart.is-drawn > svg").length
      });
      document.body.appendChild(out);
    }, 3000);
  });
})();
</script>
"""


class RecordingProxy:
    """A local HTTP proxy that refuses every request and records its host."""

    def __init__(self):
        hosts = self.hosts = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def refuse(self):
                target = self.path if "://" in self.path else f"//{self.path}"
                hosts.append((self.command, urlsplit(target).hostname, self.path))
                self.send_response(403)
                self.end_headers()

            do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = do_CONNECT = refuse

            def log_message(self, *args):
                pass

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def chromium(args: list[str], profile: Path, proxy: RecordingProxy) -> str:
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
         f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>",
         *args], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class ChartDivs(HTMLParser):
    """For each div.vega-chart, whether an <svg> was drawn inside it."""

    def __init__(self):
        super().__init__()
        self.charts: dict[str, bool] = {}
        self._open: list[str | None] = []  # the chart id of each open div (None: not a chart)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            is_chart = "vega-chart" in (a.get("class") or "").split()
            self._open.append(a.get("id") if is_chart else None)
            if is_chart:
                self.charts[a["id"]] = False
        elif tag == "svg":
            inside = [c for c in self._open if c]
            if inside:
                self.charts[inside[-1]] = True

    def handle_endtag(self, tag):
        if tag == "div" and self._open:
            self._open.pop()


@pytest.fixture(scope="module")
def report(synthetic_council, tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("browser")
    tree = build_trees(synthetic_council)["open"]
    page = render_html(tree)
    assert page.index("</head>") < page.index("<body")  # (the Vega bundle holds "</head>" too)
    path = folder / "report.html"
    path.write_text(page.replace("</head>", MONITOR + "</head>", 1), encoding="utf-8")
    return path, tree


def test_every_chart_is_drawn_and_nothing_leaves_the_page(report, tmp_path):
    path, tree = report
    proxy = RecordingProxy()
    try:
        blank = tmp_path / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title><p>blank</p>")
        chromium(["--virtual-time-budget=3000", "--dump-dom", blank.as_uri()],
                 tmp_path / "profile-blank", proxy)
        browser_own = {host for _, host, _ in proxy.hosts}
        proxy.hosts.clear()
        dom = chromium(["--virtual-time-budget=10000", "--dump-dom", path.as_uri()],
                       tmp_path / "profile", proxy)
        requests = list(proxy.hosts)
    finally:
        proxy.close()

    # Every available indicator has a chart div, and vegaEmbed drew an <svg> in each.
    divs = ChartDivs()
    divs.feed(dom)
    expected = {f"chart-{i.id}" for i in tree.summary if i.available}
    assert set(divs.charts) == expected
    assert [c for c, drawn in divs.charts.items() if not drawn] == []

    start = dom.index('<pre id="browser-check">') + len('<pre id="browser-check">')
    check = json.loads(html.unescape(dom[start:dom.index("</pre>", start)]))
    assert check["charts"] == check["drawn"] == len(expected)
    assert check["errors"] == []
    assert check["violations"] == []
    assert check["resources"] == []

    # The network: nothing beyond the browser's own traffic (its known services, and whatever
    # it also contacted for an empty page).
    leaked = [r for r in requests if r[1] not in BROWSER_SERVICES | browser_own]
    assert leaked == []


# --- the summary table's layout --------------------------------------------------------------

# Headless Chromium lays a page out at least 500 px wide whatever --window-size says, so the
# report is measured inside an iframe of the width wanted (its media queries follow the frame);
# the measurements come back to the wrapper page, whose DOM --dump-dom prints.
LAYOUT = """<script>
window.addEventListener("load", function () {
  var scroll = document.querySelector("#summary .table-scroll");
  parent.postMessage(JSON.stringify({
    viewport: document.documentElement.clientWidth,
    overflow: scroll.scrollWidth - scroll.clientWidth,
    ratings: Array.prototype.map.call(
      document.querySelectorAll("#summary tbody td.col-rating"), function (cell) {
        var r = cell.getBoundingClientRect();
        return {left: r.left, right: r.right, width: r.width, text: cell.textContent.trim()};
      })
  }), "*");
});
</script>
"""
FRAME = """<!DOCTYPE html><title>frame</title>
<iframe src="{src}" width="{width}" height="{height}" style="border:0"></iframe>
<script>
window.addEventListener("message", function (e) {{
  var out = document.createElement("pre");
  out.id = "layout-check";
  out.textContent = e.data;
  document.body.appendChild(out);
}});
</script>
"""


def layout_check(path, script: str, tmp_path, width: int, height: int) -> dict:
    """The report page with `script` (which writes its findings as JSON into
    <pre id="layout-check">) in an iframe of `width` x `height`, as Chromium lays it out."""
    page = path.read_text(encoding="utf-8").replace("</head>", script + "</head>", 1)
    (tmp_path / "checked.html").write_text(page, encoding="utf-8")
    wrapper = tmp_path / "frame.html"
    wrapper.write_text(FRAME.format(src="checked.html", width=width, height=height))
    proxy = RecordingProxy()
    try:
        dom = chromium(["--window-size=1400,900", "--allow-file-access-from-files",
                        "--virtual-time-budget=5000", "--dump-dom", wrapper.as_uri()],
                       tmp_path / "profile", proxy)
    finally:
        proxy.close()
    start = dom.index('<pre id="layout-check">') + len('<pre id="layout-check">')
    return json.loads(html.unescape(dom[start:dom.index("</pre>", start)]))


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_summary_fits_the_screen_with_every_rating_in_view(report, tmp_path, width, height):
    path, tree = report
    check = layout_check(path, LAYOUT, tmp_path, width, height)
    assert check["viewport"] <= width
    # the table needs no sideways scrolling, at a desktop's width or a phone's
    assert check["overflow"] <= 0
    ratings = check["ratings"]
    assert len(ratings) == len(tree.summary)
    off_screen = [r for r in ratings
                  if r["width"] <= 0 or r["left"] < 0 or r["right"] > check["viewport"]]
    assert off_screen == []
    labels = {i.rag_label for i in tree.summary}
    assert all(any(label in r["text"] for label in labels) for r in ratings)


# --- the equality page ------------------------------------------------------------------------

EQUALITY = """<script>
window.addEventListener("load", function () {
  var page = document.getElementById("equality");
  parent.postMessage(JSON.stringify({
    viewport: document.documentElement.clientWidth,
    overflow: Array.prototype.map.call(page.querySelectorAll(".table-scroll"), function (s) {
      return s.scrollWidth - s.clientWidth;
    }),
    // the page's own elements beyond the viewport (a table scrolls inside its box instead)
    wide: Array.prototype.filter.call(page.querySelectorAll("*"), function (el) {
      return !el.closest(".table-scroll") &&
        el.getBoundingClientRect().right > document.documentElement.clientWidth + 1;
    }).length,
    facts: Array.prototype.map.call(page.querySelectorAll(".equality-facts li"), function (li) {
      return li.textContent.trim();
    }),
    rows: page.querySelectorAll(".equality-table tbody tr").length,
    hidden: Array.prototype.filter.call(page.querySelectorAll(".equality-table td"), function (td) {
      return td.textContent.trim() === "c";
    }).length,
    linked: !!document.querySelector('a[href="#equality"]'),
    visible: page.getBoundingClientRect().height > 0
  }), "*");
});
</script>
"""


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_equality_page_is_shown_and_fits_the_screen(report, tmp_path, width, height):
    """The equality page is in the contents and on the page, states its facts, shows a row per
    step and group with c where the open report hides a figure, and its tables fit a phone's
    width (scrolling inside their own box at most, nothing of the page beyond the screen)."""
    path, tree = report
    check = layout_check(path, EQUALITY, tmp_path, width, height)
    e = tree.equality
    assert check["visible"] and check["linked"]
    assert check["facts"] == list(e.facts)
    assert check["rows"] == sum(len(s.cells) for d in e.dimensions if d.available for s in d.steps)
    assert check["hidden"] > 0
    assert check["wide"] == 0
    if width >= 1280:
        assert all(o <= 0 for o in check["overflow"])
