"""The report as one self-contained HTML page (and, through `render`, the PDF's HTML).

`render_html(tree)` gives a page that opens with no internet: the Vega / Vega-Lite / vega-embed
bundle from vl-convert is inlined once, each chart is a small Vega-Lite spec (its data inline)
passed to `vegaEmbed`, and styles use system font stacks. A Content-Security-Policy forbids
the page from loading or sending anything. The PDF (`pdf.py`) renders the same templates with
`static=True`: each chart becomes a static SVG from vl-convert and no script is included.

Templates and CSS live in `templates/`. Only layout happens here: every number is formatted
in the tree (see `tree.py` and `formatting.py`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import jinja2
import vl_convert as vlc
from markupsafe import Markup, escape

from .. import formatting as fmt
from ..judgement.equality import cell_text
from ..results import IndicatorPage, MonthFigure, ReportTree, SpcStep
from . import markup
from .charts import VL_VERSION, chart_spec, describe, short_month, special_months
from .tree import RAG_LABELS, RAG_SHAPES

TEMPLATES = Path(__file__).parent / "templates"
# ast: Vega evaluates its expressions with its interpreter, not `Function`, so the page's CSP
# allows no eval.
EMBED_OPTIONS = {"actions": False, "renderer": "svg", "mode": "vega-lite", "ast": True}

UNIT_LABELS = {"percent": "Percentage", "per_10k": "Rate per 10,000 children", "count": "Number",
               "mean": "Mean per worker"}
POLARITY_LABELS = {"high": "Higher is better", "low": "Lower is better",
                   "neutral": "Neither higher nor lower is better"}
# Short labels for the NHS "Making Data Count" icons (the tree carries the full sentence).
SPC_SHORT = {
    "common_cause": "Common cause",
    "special_cause_improving_high": "Improving (higher)",
    "special_cause_improving_low": "Improving (lower)",
    "special_cause_concerning_high": "Concerning (higher)",
    "special_cause_concerning_low": "Concerning (lower)",
    "special_cause_neither_high": "Special cause (higher)",
    "special_cause_neither_low": "Special cause (lower)",
    "insufficient_data": "Too few months",
}
SPC_KIND = {"common_cause": "common", "insufficient_data": "none"}  # else by the key's words
# Icon colours as SVG attributes (WeasyPrint does not style inline SVG from the page's CSS):
# kind -> (fill, stroke); white H/L letters on the filled ones.
SPC_COLOURS = {"improving": ("#1d70b8", "#1d70b8"), "concerning": ("#c24a00", "#c24a00"),
               "neither": ("#4c2c92", "#4c2c92"), "common": ("#ffffff", "#505a5f"),
               "none": ("#ffffff", "#b1b4b6")}
SPARK = "#1d70b8"
ASSURANCE_SHORT = {"consistently_met": "Target consistently met",
                   "consistently_failed": "Target consistently missed",
                   "hit_and_miss": "Target hit and miss"}


def _css_string(text: object) -> Markup:
    """A CSS string literal (for @page margin boxes): quotes, backslashes, line breaks and
    '<' (so that no '</style>' can close the block) escaped."""
    out = []
    for ch in str(text):
        if ch in '"\\<>&' or ord(ch) < 0x20:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return Markup('"' + "".join(out) + '"')


def _script_json(data: object) -> Markup:
    """JSON safe inside a <script> element: '<', '>' and '&' as \\u escapes."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def javascript_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script (about 0.9 MB; built once per process:
    vl-convert takes a second or two)."""
    bundle = vlc.javascript_bundle(vl_version=VL_VERSION)  # type: ignore[call-arg]  # stub lags
    # Inline in a <script> element, the bundle must not end it early or enter the "escaped"
    # script-data state: it holds no "</script" or "<!--" (checked here, not rewritten, as a
    # rewrite could break a regular expression literal).
    for text in ("</script", "<!--"):
        if text in bundle.lower():
            raise RuntimeError(f"the vl-convert bundle contains {text!r}: it cannot be inlined")
    return bundle


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    env.filters["css_string"] = _css_string
    env.filters["script_json"] = _script_json
    env.filters["markdown"] = markup.to_html  # the definitions' *emphasis* and `code`
    return env


def sparkline_svg(months: Sequence[MonthFigure], width: int = 96, height: int = 24) -> Markup:
    """A small inline SVG line of the monthly values (gaps where a value is missing), the
    latest month as a dot; its aria-label lists the values."""
    values = [m.value_raw for m in months]
    known = [v for v in values if v is not None]
    if not known:
        return Markup("")
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    pad = 3
    step = (width - 2 * pad) / max(len(values) - 1, 1)

    def xy(i: int, v: float) -> str:
        y = height - pad - (v - low) / span * (height - 2 * pad) if high != low else height / 2
        return f"{pad + i * step:.1f},{y:.1f}"

    runs: list[list[str]] = [[]]  # runs of consecutive months with a value
    for i, v in enumerate(values):
        if v is None:
            runs.append([])
        else:
            runs[-1].append(xy(i, v))
    runs = [r for r in runs if r]
    parts = []
    for r in runs:
        if len(r) == 1:
            x, y = r[0].split(",")
            parts.append(f'<circle cx="{x}" cy="{y}" r="1.2" fill="{SPARK}"/>')
        else:
            parts.append(f'<polyline points="{" ".join(r)}" fill="none" stroke="{SPARK}" '
                         f'stroke-width="1.5" stroke-linejoin="round"/>')
    if values[-1] is not None:
        x, y = xy(len(values) - 1, values[-1]).split(",")
        parts.append(f'<circle cx="{x}" cy="{y}" r="2.4" fill="#0b0c0c"/>')
    label = (f"Trend, {months[0].label} to {months[-1].label}: "
             + ", ".join(m.value for m in months))
    return Markup(f'<svg class="sparkline" width="{width}" height="{height}" '
                  f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">'
                  f'{"".join(parts)}</svg>')


def _spc_kind(icon: str) -> str:
    if icon in SPC_KIND:
        return SPC_KIND[icon]
    for word in ("improving", "concerning", "neither"):
        if word in icon:
            return word
    return "none"


def _direction(ind: IndicatorPage) -> dict:
    """Direction of travel since the previous month: an arrow and a word."""
    d = ind.direction or ""
    if d in ("improving", "declining"):
        rising = (d == "improving") == (ind.polarity == "high")
        arrow = "↑" if rising else "↓"
    else:
        arrow = {"up": "↑", "down": "↓", "no change": "→"}.get(d, "")
    return {"arrow": arrow, "text": d.capitalize() if d else "–", "kind": d.replace(" ", "-")}


def _month_before(month: str, back: int) -> str:
    """'2014-08', 12 -> '2013-08'."""
    d = dt.datetime.strptime(month, "%Y-%m").date()
    index = d.year * 12 + d.month - 1 - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def signals(points: Sequence[SpcStep]) -> list[str]:
    """The rules behind the flagged months, in words, for the page (the PDF has no tooltips):
    one entry per rule, with its months, consecutive months as a range: "7 or more in a row
    above the mean – September 2013 to February 2014, April 2014". ``points`` are the tree's
    ``spc_points``, one per month shown, in order."""
    runs: dict[str, list[list[int]]] = {}  # rule words -> runs of consecutive point indices
    for k, p in enumerate(points):
        for words in p.rules:
            spans = runs.setdefault(words, [])
            if spans and spans[-1][-1] == k - 1:
                spans[-1].append(k)
            else:
                spans.append([k])

    def span(run: list[int]) -> str:
        first, last = (fmt.month_label(points[k].month) for k in (run[0], run[-1]))
        return first if len(run) == 1 else f"{first} to {last}"

    return [f"{words} – {', '.join(span(r) for r in spans)}" for words, spans in runs.items()]


def _view(ind: IndicatorPage, chart: Callable[[IndicatorPage], dict]) -> dict:
    """What the templates show for one indicator, beyond the tree's own fields."""
    bench = ind.benchmark
    view = {
        "anchor": f"ind-{ind.id}",
        "unit_label": UNIT_LABELS.get(ind.unit, ind.unit),
        "polarity_label": POLARITY_LABELS.get(ind.polarity, ""),
        "direction": _direction(ind),
        "spc_short": SPC_SHORT.get(ind.spc_icon,
                                   ind.spc_icon.replace("_", " ").capitalize()),
        "spc_kind": _spc_kind(ind.spc_icon),
        "spc_colours": SPC_COLOURS[_spc_kind(ind.spc_icon)],
        "spc_letter": "H" if ind.spc_icon.endswith("_high") else
                      "L" if ind.spc_icon.endswith("_low") else "",
        "assurance": ASSURANCE_SHORT.get(ind.assurance_icon or ""),
        "sparkline": sparkline_svg(ind.months) if ind.available else Markup(""),
        "bench": bench if bench.available else None,
        "special_months": special_months(ind),
        "signals": signals(ind.spc_points),
        "chart": None,
    }
    if ind.available and ind.months:
        view["chart"] = {"id": f"chart-{ind.id}", "description": describe(ind), **chart(ind)}
    return view


def _interactive(ind: IndicatorPage) -> dict:
    spec = chart_spec(ind)
    spec.pop("$schema", None)  # no URL in the page; vegaEmbed is told the mode instead
    return {"spec": spec}


def _key_messages(tree: ReportTree) -> list[dict]:
    """Each key message with the indicator it opens with (for a link and a bold name)."""
    names = sorted(((i.name, i) for i in tree.summary), key=lambda p: -len(p[0]))
    out: list[dict[str, str | None]] = []
    for text in tree.key_messages:
        for name, ind in names:
            if text.startswith(name + ":"):
                out.append({"name": name, "rest": text[len(name) + 1:].strip(),
                            "anchor": f"ind-{ind.id}", "rag": ind.rag,
                            "rag_label": ind.rag_label, "rag_shape": ind.rag_shape})
                break
        else:
            out.append({"name": "", "rest": text, "anchor": None, "rag": None})
    return out


def render(tree: ReportTree, *, static: bool = False,
           chart: Callable[[IndicatorPage], dict] | None = None) -> str:
    """The report's HTML. `static` (the PDF) draws charts with `chart(indicator)`, which
    returns {"src": <an image URL>}, and includes no script; otherwise charts are vegaEmbed
    specs."""
    chart = chart or _interactive
    views = {i.id: _view(i, chart) for i in tree.summary}
    month = tree.month
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    contents = [("key-messages", "Key messages"), ("summary", "Summary of indicators")]
    contents += [(f"area-{s.id}", s.title) for s in tree.sections if s.indicators]
    if tree.equality:
        contents.append(("equality", "Equality"))
    contents += [("data-quality", "Data quality"), ("methods", "Methods and sources")]
    return _environment().get_template("report.html.j2").render(
        tree=tree, views=views, static=static, css=Markup(css),
        bundle=Markup("" if static else javascript_bundle()),
        embed_options=EMBED_OPTIONS, contents=contents, key_messages=_key_messages(tree),
        latest_label=fmt.month_label(month),
        previous_label=fmt.month_label(_month_before(month, 1)),
        year_ago_label=fmt.month_label(_month_before(month, 12)),
        short_labels=[short_month(m) for m in (month, _month_before(month, 1),
                                               _month_before(month, 12))],
        n_available=sum(1 for i in tree.summary if i.available),
        suppressed=[i for i in tree.summary if i.judgement_withheld],
        rag_key=[(key, label, RAG_SHAPES[key]) for key, label in RAG_LABELS.items()],
        spc_short={**SPC_SHORT, **ASSURANCE_SHORT},
        equality=tree.equality, cell_text=cell_text,
    )


def render_html(tree: ReportTree) -> str:
    """One self-contained, offline HTML page of the report tree."""
    return render(tree)
