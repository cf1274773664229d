"""The HTML and PDF renderers of the report tree (and the charts they share).

One synthetic extract (Herefordshire-sized, September 2012 to August 2014) is computed once per
module; its open and internal report trees feed every test here.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import html
import json
import re
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser

import altair as alt
import pytest
from pypdf import PdfReader

from safeguarding.report.charts import chart_spec, chart_svg, describe
from safeguarding.report.html import (javascript_bundle, render, render_html, signals,
                                      sparkline_svg)
from safeguarding.report.markup import plain, to_html
from safeguarding.report.pdf import render_pdf_html, static_charts, write_pdf
from safeguarding.report.tree import build_tree
from extracts import with_summary
from safeguarding.results import (EventLabel, IndicatorPage, MonthFigure, ReportTree, SpcLines,
                                 SpcStep, Unavailable)

MONTH = dt.date(2014, 8, 1)


def build_trees(council) -> dict[str, dict]:
    """The open and internal report trees of the synthetic council (the browser test's too)."""
    return {c: build_tree(council, c, generated_on=dt.date(2014, 9, 10)) for c in ("open", "internal")}


@pytest.fixture(scope="module")
def trees(synthetic_council) -> dict[str, dict]:
    return build_trees(synthetic_council)


@pytest.fixture(scope="module")
def pages(trees) -> dict[str, str]:
    return {c: render_html(t) for c, t in trees.items()}


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text outside <script> and <style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(page: str) -> Elements:
    p = Elements()
    p.feed(page)
    return p


def available(tree: ReportTree) -> list[IndicatorPage]:
    return [i for i in tree.summary if i.available]


# --- charts ----------------------------------------------------------------------------------

def test_every_chart_spec_is_valid_vega_lite_with_its_data_inline(trees):
    for ind in available(trees["internal"]):
        spec = chart_spec(ind)
        alt.LayerChart.from_dict(spec)  # validates against the Vega-Lite schema
        assert "url" not in json.dumps(spec["datasets"]) and '"url"' not in json.dumps(spec)
        points = spec["datasets"]["points"]
        assert [p["value"] for p in points] == [m.value_raw for m in ind.months]
        assert spec["description"] == describe(ind) and ind.name in spec["description"]


def _indicator(tree, indicator_id):
    return next(i for i in tree.summary if i.id == indicator_id)


def test_chart_has_target_benchmarks_limits_special_months_and_unit(trees):
    ind = next(i for i in available(trees["internal"])
               if i.target_raw is not None and i.benchmark.available)
    ind = replace(ind, special_months=(ind.months[3].month,), spc=SpcLines(10.0, -2.0, 130.0))
    spec = chart_spec(ind)
    text = json.dumps(spec)
    refs = spec["datasets"]["references"]
    year = ind.benchmark.year
    assert spec["datasets"]["target"] == [
        {"series": "Target", "key": "Target", "value": ind.target_raw,
         "shown": f"Target: {ind.target}"}]
    assert {r["series"] for r in refs} == {f"Statistical neighbours {year}", f"England {year}",
                                           "Mean", "Process limits"}
    limits = sorted(r["value"] for r in refs if r["series"] == "Process limits")
    assert limits[0] == 0.0  # clipped: nothing is below 0
    if ind.unit == "percent":
        assert limits[1] == 100.0
    assert [p["series"] for p in spec["datasets"]["points"]].count("Special-cause month") == 1
    assert '"diamond"' in text and "strokeDash" in text and "tooltip" in text
    y_titles = {"percent": "Per cent (%)", "per_10k": "Rate per 10,000 children", "count": "Number"}
    assert y_titles[ind.unit] in text


def test_chart_leaves_a_gap_for_a_suppressed_month(trees):
    ind = available(trees["internal"])[0]
    hidden = replace(ind.months[5], value="c", value_raw=None, suppressed=True)
    ind = replace(ind, months=ind.months[:5] + (hidden,) + ind.months[6:])
    spec = chart_spec(ind)
    assert spec["datasets"]["points"][5]["value"] is None
    line = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line")
    assert line["mark"]["invalid"] == "break-paths-show-domains"
    assert "1 month without a value" in spec["description"]


def test_chart_of_an_indicator_with_suppressed_figures_leaves_out_spc(trees):
    ind = next(i for i in available(trees["internal"])
               if i.spc.mean is not None and set(i.special_months) & {m.month for m in i.months})
    ind = replace(ind, spc_withheld=True)  # as in an open report with small numbers in its SPC
    spec = chart_spec(ind)
    lines = {r["series"] for r in spec["datasets"].get("references", [])}
    assert not lines & {"Mean", "Process limits"}
    assert {p["series"] for p in spec["datasets"]["points"]} == {"Monthly value"}
    assert "Process limits are not shown" in spec["description"]


def _with_a_rebase_and_an_event(ind: IndicatorPage) -> IndicatorPage:
    """The indicator with a rebase at its 7th month: two levels of mean and limits, an event
    there, and its last month flagged outside the limits."""
    months = [m.month for m in ind.months]
    steps = [SpcStep(m, 10.0, 5.0, 15.0, ()) if k < 6 else SpcStep(m, 20.0, 15.0, 25.0, ())
             for k, m in enumerate(months)]
    steps[-1] = replace(steps[-1], rules=("outside the process limits",))
    return replace(ind, spc_points=tuple(steps), special_months=(months[-1],),
                   spc=SpcLines(20.0, 15.0, 25.0),
                   events=(EventLabel(months[6], ind.months[6].label,
                                      "New <front> door & \"MASH\"", True),))


def test_chart_draws_a_rebase_as_steps_and_marks_events(trees):
    ind = _with_a_rebase_and_an_event(available(trees["internal"])[0])
    spec = chart_spec(ind)
    alt.LayerChart.from_dict(spec)
    steps = spec["datasets"]["steps"]
    assert sorted({(r["part"], r["value"]) for r in steps if r["series"] == "Mean"}) == [
        ("1-mean", 10.0), ("2-mean", 20.0)]
    assert not {r["series"] for r in spec["datasets"].get("references", [])} & {"Mean", "Process limits"}
    legend = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "point")
    assert {"Mean", "Process limits"} <= set(legend["encoding"]["color"]["scale"]["domain"])
    [event] = spec["datasets"]["events"]
    assert event["label"] == 'New <front> door & "MASH"'
    assert "process limits recalculated" in event["shown"]
    assert spec["datasets"]["points"][-1]["rule"] == "outside the process limits"
    assert '"SPC rule"' in json.dumps(spec)
    assert 'Event: New <front> door & "MASH"' in describe(ind)
    svg = chart_svg(spec)
    assert "New &lt;front&gt; door &amp;" in svg and "<front>" not in svg


def test_chart_with_spc_withheld_has_no_steps_or_rules_but_keeps_events(trees):
    ind = replace(_with_a_rebase_and_an_event(available(trees["internal"])[0]), spc_withheld=True)
    spec = chart_spec(ind)
    assert "steps" not in spec["datasets"] and '"SPC rule"' not in json.dumps(spec)
    assert not {r["series"] for r in spec["datasets"].get("references", [])} & {"Mean", "Process limits"}
    assert spec["datasets"]["events"][0]["label"].startswith("New")


def test_chart_svg_is_static_svg_with_the_axis_title(trees):
    ind = available(trees["internal"])[0]
    svg = chart_svg(chart_spec(ind))
    assert svg.lstrip().startswith("<svg") and "</svg>" in svg
    assert "http://www.w3.org/2000/svg" in svg and "https://" not in svg


def test_sparkline_breaks_at_missing_values():
    def month(label, v):
        shown = "c" if v is None else str(v)
        return MonthFigure("2014-01", label, shown, v, None, None, v is None, True)

    months = [month(f"M{i}", v) for i, v in enumerate([1, 2, None, 4, 5, 6])]
    svg = str(sparkline_svg(months))
    assert svg.count("<polyline") == 2 and 'aria-label="Trend, M0 to M5: 1, 2, c, 4, 5, 6"' in svg
    assert str(sparkline_svg([month("x", None)])) == ""


# --- HTML ------------------------------------------------------------------------------------

def test_html_loads_nothing_from_outside(pages):
    bundle = javascript_bundle()
    for page in pages.values():
        assert page.count(bundle) == 1  # the Vega bundle, inlined once
        doc = parse(page)
        for tag, attrs in doc.tags:
            for name in ("src", "href", "action", "data", "poster", "srcset"):
                value = (attrs.get(name) or "").strip().lower()
                assert not re.match(r"^(https?:)?//", value), (tag, name, value)
                assert not value.startswith(("http", "ftp")), (tag, name, value)
            assert tag not in ("link", "iframe", "object", "embed", "base")
        rest = page.replace(bundle, "")
        assert "http://" not in rest and "https://" not in rest
        assert "@import" not in rest and not re.search(r"url\(\s*['\"]?(https?:)?//", rest)
        assert "Content-Security-Policy" in rest and "default-src 'none'" in rest
        assert "unsafe-eval" not in rest  # Vega interprets its expressions (ast): no eval


def test_html_has_every_indicator_and_one_chart_per_available_indicator(trees, pages):
    for classification, page in pages.items():
        tree = trees[classification]
        doc = parse(page)
        text = html.unescape(" ".join(doc.text))
        for ind in tree.summary:
            assert ind.name in text
        charts = [a for t, a in doc.tags if "vega-chart" in (a.get("class") or "").split()]
        expected = sorted(f"chart-{i.id}" for i in available(tree))
        assert sorted(a["id"] for a in charts) == expected
        specs = {a["id"]: a for t, a in doc.tags
                 if t == "script" and a.get("type") == "application/json"}
        for chart in charts:
            assert chart["data-spec"] in specs and chart["role"] == "img" and chart["aria-label"]
        assert len(specs) == len(charts)
        assert 'vegaEmbed(el, spec, options)' in page and '"actions":false' in page
        assert '"renderer":"svg"' in page


def test_html_spec_scripts_hold_the_chart_specs(trees, pages):
    page = pages["internal"]
    ind = available(trees["internal"])[0]
    m = re.search(rf'<script type="application/json" id="chart-{ind.id}-spec">(.*?)</script>',
                  page, re.S)
    spec = json.loads(m.group(1))
    expected = chart_spec(ind)
    expected.pop("$schema")
    assert spec == expected


def test_html_front_page_key_messages_summary_and_back_matter(trees, pages):
    for classification, page in pages.items():
        tree = trees[classification]
        text = html.unescape(" ".join(parse(page).text))
        assert tree.council.name in text and tree.month_label in text
        assert tree.key_messages
        for message in tree.key_messages:
            name, _, rest = message.partition(": ")
            assert rest in text and name in text
        for anchor in ("key-messages", "summary", "area-front_door", "area-child_protection",
                       "data-quality", "methods"):
            assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page
        assert tree.methods.attribution in text
        assert tree.data_quality.extracted_at in text
        for note in tree.methods.notes:
            assert note in text
        summary = page[page.index('id="summary"'):page.index('id="area-front_door"')]
        drawn = [i for i in available(tree) if any(m.value_raw is not None for m in i.months)]
        assert summary.count('<svg class="sparkline"') == len(drawn)
    assert "NOT FOR PUBLICATION" in pages["internal"]
    assert "NOT FOR PUBLICATION" not in pages["open"]
    assert "not for publication" not in pages["open"].lower()


def test_html_rag_is_a_label_and_a_shape_not_colour_alone(trees, pages):
    page = html.unescape(pages["internal"])
    for ind in trees["internal"].summary:
        badge = (f'<span class="tag tag-rag rag-{ind.rag}"><span class="rag-shape" '
                 f'aria-hidden="true">{ind.rag_shape}</span> {ind.rag_label}</span>')
        assert badge in page


def test_html_monthly_tables_commentary_and_definitions(trees, pages):
    tree, page = trees["open"], pages["open"]
    text = html.unescape(" ".join(parse(page).text))
    for ind in available(tree):
        article = page[page.index(f'id="ind-{ind.id}"'):]
        article = article[:article.index("</article>")]
        monthly = article[article.index("monthly-table"):]
        monthly = monthly[:monthly.index("</table>")]
        assert monthly.count("<tr>") == 1 + len(ind.months)  # header + one row a month
        for para in ind.commentary:
            assert para in text
        shown = html.unescape(re.sub(r"</?(code|em)>", "", article))
        assert ind.definition.replace("`", "").replace("*", "") in shown
    suppressed = [i for i in tree.summary if i.suppressed_any]
    for ind in suppressed:
        assert "suppressed to protect confidentiality" in page


def test_html_unavailable_indicator_shows_why_and_has_no_chart(trees):
    tree = trees["open"]
    ind = replace(tree.summary[0], available=False, months=(),
                  reason="the extract has no contact records")
    tree = with_summary(tree, (ind,) + tree.summary[1:])
    tree = replace(tree, data_quality=replace(tree.data_quality, unavailable=(
        *tree.data_quality.unavailable, Unavailable(ind.name, ind.reason))))
    page = render_html(tree)
    assert f'id="chart-{ind.id}"' not in page
    assert page.count('class="vega-chart"') == len(available(tree))
    assert page.count("the extract has no contact records") >= 2  # the indicator and data quality


def test_html_escapes_text_and_css_strings(trees):
    tree = trees["internal"]
    tree = replace(tree, council=replace(
        tree.council, name='Bad "name" </style><script>alert(1)</script>'))
    page = render_html(tree)
    assert "<script>alert(1)</script>" not in page
    style = page[page.index("<style>"):page.index("</style>")]
    assert "</style" not in style[7:] and '\\22 name\\22 ' in style



def test_html_and_pdf_show_events_escaped(trees, tmp_path):
    tree = trees["internal"]
    ind = _with_a_rebase_and_an_event(available(tree)[0])
    ind = replace(ind, events=(replace(ind.events[0], label="Front door <script>alert(1)</script>"),))
    tree = with_summary(tree, [ind if i.id == ind.id else i for i in tree.summary])
    page = render_html(tree)
    assert "<script>alert(1)</script>" not in page
    assert "Front door &lt;script&gt;alert(1)&lt;/script&gt; (process limits recalculated" in page
    static = render_pdf_html(tree)  # the PDF's page: the same paragraph, the static chart's label
    assert "Front door &lt;script&gt;alert(1)&lt;/script&gt; (process limits" in static
    svg = base64.b64decode(static_charts(tree)[ind.id].split(",", 1)[1]).decode("utf-8")
    assert "Front door &lt;script&gt;" in svg and "<script>" not in svg
    write_pdf(tree, tmp_path / "events.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "events.pdf").pages)
    assert "Front door <script>alert(1)</script>" in " ".join(text.split())


# --- PDF -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def internal_pdf_path(trees, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    return write_pdf(trees["internal"], path), path


@pytest.fixture(scope="module")
def internal_pdf(internal_pdf_path) -> tuple[int, list[str]]:
    n, path = internal_pdf_path
    return n, [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm: install poppler-utils (apt-get install poppler-utils)")
def test_pdf_pages_render_to_png(internal_pdf_path, tmp_path):
    n, path = internal_pdf_path
    for page in (1, n):  # the front page and the last
        out = tmp_path / f"page{page}"
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page),
                        "-singlefile", str(path), str(out)], check=True, capture_output=True)
        png = out.with_suffix(".png").read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 2_000


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_pdf_has_every_indicator_and_pages(trees, internal_pdf):
    n, texts = internal_pdf
    assert n == len(texts) > len(trees["internal"].summary)  # a page per indicator at least
    whole = _squash(" ".join(texts))
    for ind in trees["internal"].summary:
        assert ind.name in whole
    assert trees["internal"].methods.attribution in whole


def test_pdf_running_header_and_page_numbers_on_every_page(trees, internal_pdf):
    n, texts = internal_pdf
    tree = trees["internal"]
    header = f"{tree.council.name} · {tree.month_label}"
    for number, text in enumerate(texts, start=1):
        text = _squash(text)
        assert header in text and f"Page {number} of {n}" in text
        assert "INTERNAL – NOT FOR PUBLICATION" in text


def test_open_pdf_never_says_not_for_publication(trees, tmp_path):
    tree = with_summary(trees["open"], trees["open"].summary[:3])  # three are enough here
    n = write_pdf(tree, tmp_path / "open.pdf")
    texts = [_squash(p.extract_text()) for p in PdfReader(tmp_path / "open.pdf").pages]
    assert n == len(texts) >= 3
    assert all("Open" in t and tree.council.name in t for t in texts)
    assert not any("NOT FOR PUBLICATION" in t.upper() for t in texts)


# --- a partial month (--allow-partial-month) -------------------------------------------------

PARTIAL_MARK = "PARTIAL MONTH: figures to 3 September 2014 only"


@pytest.fixture(scope="module")
def partial_tree(synthetic_council) -> dict:
    return build_tree(dataclasses.replace(synthetic_council, partial_month=True), "open",
                      generated_on=dt.date(2014, 9, 10))


def test_html_of_a_partial_month_has_a_banner_and_a_stamp(partial_tree, pages):
    page = render_html(partial_tree)
    banner = page[page.index('<div class="partial-banner"'):]
    assert PARTIAL_MARK in banner[:banner.index("</div></div>")]
    front = page[page.index('id="front"'):page.index('id="key-messages"')]
    assert "PARTIAL MONTH" in front and "(partial month)" in front
    assert not any("PARTIAL MONTH" in p for p in pages.values())


def test_every_pdf_page_of_a_partial_month_says_so(partial_tree, tmp_path):
    tree = with_summary(partial_tree, partial_tree.summary[:3])  # three are enough here
    n = write_pdf(tree, tmp_path / "partial.pdf")
    texts = [_squash(p.extract_text()) for p in PdfReader(tmp_path / "partial.pdf").pages]
    assert n == len(texts) >= 3
    assert all(PARTIAL_MARK in t for t in texts)


# --- words a reader sees ---------------------------------------------------------------------

# Internal words: the analysts' and the code's, never the committee's.
INTERNAL_WORDS = ("catalogue", "neither low", "neither high", "special_cause", "common_cause",
                  "no_target", "no_data", "not_available", "insufficient_data")


def reader_problems(text: str, tree: dict) -> list[str]:
    """Internal words in `text`, and a lower-is-better rating said as 'short of' its target."""
    lowered = text.lower()
    found = [w for w in INTERNAL_WORDS if re.search(rf"\b{w}\b", lowered)]
    for ind in tree.summary:
        if ind.polarity == "low":
            found += [f"{ind.name}: short of" for para in (*ind.commentary, ind.rag_basis)
                      if "short of" in para and para in text]
    return found


def test_html_shows_no_internal_words(trees, pages):
    for c, page in pages.items():
        assert reader_problems(html.unescape(" ".join(parse(page).text)), trees[c]) == []
    low = [i for i in trees["internal"].summary if i.polarity == "low" and i.rag in ("amber", "red")]
    assert low and all("above (worse than) the target of" in i.rag_basis for i in low)


# --- the definitions' Markdown ---------------------------------------------------------------

def test_markdown_is_escaped_emphasis_and_code_only():
    assert to_html("*Policy* `V` = 10, a <b>&</b> 2 * 3 `x*y*`") == (
        "<em>Policy</em> <code>V</code> = 10, a &lt;b&gt;&amp;&lt;/b&gt; 2 * 3 <code>x*y*</code>")
    assert to_html("an odd ` backtick") == "an odd ` backtick"
    assert plain("*Policy* `T` = 45") == "Policy T = 45"


def definition_html(page: str, ind_id: str) -> str:
    article = page[page.index(f'id="ind-{ind_id}"'):]
    article = article[:article.index("</article>")]
    return article[article.index("<h4>Definition</h4>"):]


def test_html_definitions_render_their_markdown(trees, pages):
    for page in pages.values():
        text = definition_html(page, "assessments_in_timescale")
        assert "<em>Policy</em> <code>T</code> = 45" in text
        for ind in trees["open"].summary:
            shown = re.sub(r"<[^>]+>", "", definition_html(page, ind.id))
            assert "*" not in shown and "`" not in shown, ind.id


def test_pdf_definitions_render_their_markdown(trees, internal_pdf):
    # the PDF's HTML (static charts: an empty image stands in here) has the emphasis...
    page = render(trees["internal"], static=True, chart=lambda ind: {"src": ""})
    assert "<em>Policy</em> <code>T</code> = 45" in definition_html(page, "assessments_in_timescale")
    # ...and the PDF shows the words without the Markdown around them
    whole = _squash(" ".join(internal_pdf[1]))
    assert "Policy T = 45 (single assessment)" in whole
    assert "*Policy*" not in whole and "`" not in whole


# --- tagged PDF (PDF/UA) ---------------------------------------------------------------------

def struct_alts(node) -> list[str]:
    """The /Alt text of every element under a structure tree node."""
    node = node.get_object()
    out = [str(node["/Alt"])] if "/Alt" in node else []
    kids = node.get("/K")
    kids = kids.get_object() if kids is not None else []
    for kid in kids if isinstance(kids, list) else [kids]:
        if hasattr(kid.get_object(), "keys"):
            out += struct_alts(kid)
    return out


def test_pdf_is_tagged_with_language_title_and_chart_alternatives(trees, tmp_path):
    tree = with_summary(trees["open"], trees["open"].summary[:3])  # three are enough here
    write_pdf(tree, tmp_path / "tagged.pdf")
    reader = PdfReader(tmp_path / "tagged.pdf")
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert reader.metadata.title == f"{tree.title} – {tree.council.name}"
    assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data()
    # each chart's figure carries its text alternative
    alts = struct_alts(root["/StructTreeRoot"])
    assert sorted(alts) == sorted(describe(i) for i in available(tree))


# --- published trend and signals in words ----------------------------------------------------

def _article(page: str, ind: IndicatorPage) -> str:
    article = page[page.index(f'id="ind-{ind.id}"'):]
    return article[:article.index("</article>")]


def test_html_shows_the_published_trend_beside_the_benchmarks(trees, pages):
    tree, page = trees["open"], pages["open"]
    trended = [i for i in tree.summary if i.published_trend]
    assert trended and all(i.benchmark.available for i in trended)
    for ind in tree.summary:
        article = html.unescape(_article(page, ind))
        t = ind.published_trend
        if not t:
            assert "trend-table" not in article
            continue
        table = article[article.index("trend-table"):]
        table = table[:table.index("</table>")]
        # one column a year, the council, the neighbours' mean and England in each
        years = re.findall(r'<th scope="col" class="num">(\d{4})</th>', table)
        assert tuple(int(y) for y in years) == t.years
        cells = re.findall(r'<td class="num">([^<]*)</td>', table)
        assert tuple(cells) == t.council + t.neighbours + t.england
        assert t.gap + "." in article
        assert f"quartile (1 = best) {ind.benchmark.quartile}" in article


def test_tree_trend_is_the_published_figures_formatted(synthetic_council, trees):
    ind = next(i for i in trees["open"].summary if i.id == "cp_per_10k")
    result = next(r for r in synthetic_council.results if r.indicator.id == "cp_per_10k")
    raw = result.published_trend
    trend = ind.published_trend
    assert trend.years == raw.years == (2013, 2014)
    assert trend.council == tuple(f"{v:.1f}" for v in raw.council)
    assert trend.gap == raw.gap
    # the comparison's year is the trend's last: the same figures as the benchmark box
    assert trend.council[-1] == ind.benchmark.council
    assert trend.neighbours[-1] == ind.benchmark.neighbours


def test_signals_group_months_by_rule_with_consecutive_months_as_ranges():
    points = [SpcStep(m, None, None, None, tuple(r)) for m, r in [
        ("2014-01", []), ("2014-02", ["outside the process limits"]),
        ("2014-03", ["7 or more in a row above the mean"]),
        ("2014-04", ["7 or more in a row above the mean", "outside the process limits"]),
        ("2014-05", ["7 or more in a row above the mean", "outside the process limits"]),
        ("2014-06", []), ("2014-07", ["outside the process limits"])]]
    assert signals(points) == [
        "outside the process limits – February 2014, April 2014 to May 2014, July 2014",
        "7 or more in a row above the mean – March 2014 to May 2014",
    ]
    assert signals([SpcStep("2014-01", None, None, None, ())]) == []


def test_html_and_pdf_say_which_rule_flags_each_month(trees, internal_pdf):
    tree, (_, texts) = trees["internal"], internal_pdf
    flagged = [i for i in available(tree) if any(p.rules for p in i.spc_points)]
    assert flagged
    whole = _squash(" ".join(texts))
    page = render_html(tree)
    for ind in flagged:
        words = signals(ind.spc_points)
        line = "Signals: " + "; ".join(words) + "."
        assert line in html.unescape(re.sub(r"<[^>]+>", "", page))
        assert line in whole


def test_pdf_keeps_each_trend_on_its_indicators_page(trees, internal_pdf):
    """The trend and its reading sit in the benchmark box: nothing spills onto a page of its own."""
    _, texts = internal_pdf
    pages = [_squash(t) for t in texts]
    for ind in trees["internal"].summary:
        t = ind.published_trend
        if not t:
            continue
        page = next(p for p in pages if f"{ind.name} " in p and "Published benchmarks" in p)
        assert t.gap.split(":")[0] in page
        assert " ".join(t.england) in page
