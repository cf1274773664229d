"""Write docs/report-html.png (the HTML report's first screen, headless Chromium) and
docs/report-pdf-page1.png (the PDF's first page, pdftoppm), from a synthetic extract.

Needs Debian's `chromium` and `poppler-utils` packages. Prints how long each renderer took.

    python scripts/screenshots.py [--classification open|internal]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from safeguarding.report.charts import chart_spec, chart_svg
from safeguarding.report.html import javascript_bundle, render_html
from safeguarding.report.pdf import write_pdf
from safeguarding.report.tree import build_tree

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--virtual-time-budget=10000"]


def tree_of_synthetic_extract(folder: Path, classification: str) -> dict:
    """The report tests' synthetic council (tests/extracts.py), as a report tree."""
    sys.path.insert(0, str(ROOT / "tests"))
    from extracts import synthetic_council

    return build_tree(synthetic_council(folder / "extract"), classification,
                      generated_on=dt.date(2014, 9, 10))


def timed(label: str, fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classification", default="open", choices=("open", "internal"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tree = tree_of_synthetic_extract(tmp, args.classification)
        timed("Vega JavaScript bundle (once per process)", javascript_bundle)
        page = timed("HTML render", render_html, tree)
        html_path = tmp / "report.html"
        html_path.write_text(page, encoding="utf-8")
        print(f"HTML size: {len(page) / 1e6:.2f} MB")

        charts = [i for i in tree["summary"] if i["available"]]
        specs = [chart_spec(i) for i in charts]
        start = time.perf_counter()
        for spec in specs:
            chart_svg(spec)
        each = (time.perf_counter() - start) / len(specs)
        print(f"chart SVG (vl-convert, one after another): {each * 1000:.0f} ms a chart, "
              f"{len(specs)} charts")

        pdf_path = tmp / "report.pdf"
        pages = timed("PDF render (with its SVGs)", write_pdf, tree, pdf_path)
        print(f"PDF pages: {pages}")

        DOCS.mkdir(exist_ok=True)
        subprocess.run([*CHROMIUM, f"--user-data-dir={tmp / 'profile'}", "--window-size=1280,900",
                        f"--screenshot={DOCS / 'report-html.png'}", html_path.as_uri()],
                       check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf_path), str(DOCS / "report-pdf-page1")], check=True)
    print(f"wrote {DOCS / 'report-html.png'} and {DOCS / 'report-pdf-page1.png'}")


if __name__ == "__main__":
    main()
