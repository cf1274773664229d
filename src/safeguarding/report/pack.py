"""Write the report pack for one council: HTML, PDF, XLSX and the DOCX cover report."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..app import CouncilIndicators
from .docx import write_docx
from .html import render_html
from .pdf import write_pdf
from .settings import ReportSettings, load_report_settings
from .tree import build_tree
from .xlsx import write_xlsx

FILES = ("performance-report.html", "performance-report.pdf", "performance-data.xlsx",
         "cover-report.docx")


def write_pack(c: CouncilIndicators, out_dir: Path, *, classification: str = "open",
               settings: ReportSettings | None = None,
               progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """One report tree, four renderers. Returns the files written, in FILES order."""
    tree = build_tree(c, classification)
    settings = settings or load_report_settings()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {
        "performance-report.html": lambda p: p.write_text(render_html(tree), encoding="utf-8"),
        "performance-report.pdf": lambda p: write_pdf(tree, p),
        "performance-data.xlsx": lambda p: write_xlsx(tree, p),
        "cover-report.docx": lambda p: write_docx(tree, settings, p),
    }
    written = []
    for done, name in enumerate(FILES):
        if progress:
            progress(done, len(FILES), name)
        writers[name](out_dir / name)
        written.append(out_dir / name)
    if progress:
        progress(len(FILES), len(FILES), "done")
    return written
