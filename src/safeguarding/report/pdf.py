"""The report as an A4 PDF: the HTML report's templates, rendered static, through WeasyPrint.

The page is the one `html.render` builds, with `static=True`: each chart is the vl-convert SVG
of the same Vega-Lite spec (an <img> of a data: URL, so that the charts' SVG ids cannot
collide) and no script. The CSS's @page rules give A4 pages, the summary on landscape pages,
a running header (council, month, classification: "INTERNAL – NOT FOR PUBLICATION" on every
page of an internal report) and "Page X of Y" in the footer. The PDF is tagged (PDF/UA-1,
`PDF_VARIANT`): language, title and the charts' text alternatives come from the same HTML.
"""

from __future__ import annotations

import base64
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import weasyprint

from ..results import ReportTree
from .charts import chart_spec, chart_svg
from .html import render

# Tagged PDF for assistive technology (PDF/UA-1): a structure tree from the HTML's headings,
# lists, tables and figures, the language from <html lang>, the title from <title> (shown as the
# window title), and each chart's text alternative (charts.describe) as its figure's Alt.
PDF_VARIANT = "pdf/ua-1"


def _svg_src(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def static_charts(tree: ReportTree) -> dict[str, str]:
    """Indicator id -> its chart as an SVG data: URL, converted on a few threads
    (vl-convert's work is native code)."""
    wanted = [i for i in tree.summary if i.available and i.months]
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        svgs = pool.map(lambda i: chart_svg(chart_spec(i)), wanted)
        return {i.id: _svg_src(svg) for i, svg in zip(wanted, svgs)}


def render_pdf_html(tree: ReportTree) -> str:
    """The HTML that becomes the PDF (static charts, no script)."""
    srcs = static_charts(tree)
    return render(tree, static=True, chart=lambda ind: {"src": srcs[ind.id]})


def write_pdf(tree: ReportTree, path: Path) -> int:
    """Write the report tree as a PDF at `path`; return its number of pages."""
    document = weasyprint.HTML(string=render_pdf_html(tree)).render(pdf_variant=PDF_VARIANT)
    document.write_pdf(Path(path), pdf_variant=PDF_VARIANT)
    return len(document.pages)
