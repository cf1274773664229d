"""Write the report pack for one council: HTML, PDF, XLSX and the DOCX cover report.

The pack is written all or nothing. Every file is first written to a staging folder beside the
destination (`.<name>.partial-*`, on the same file system); only when all four are written do
they move into place:

- a destination that does not exist becomes the staging folder, renamed in one step;
- in an existing folder the four pack files are replaced as a whole: the old pack's files are
  moved aside, the new ones moved in, and the old ones deleted. If a move fails (a file open in
  another program, say), the moves already made are undone: the folder holds the old pack, every
  file of it, never a mix of two packs (an open report beside an earlier internal one). Other
  files in the folder are left as they are.

An internal pack also holds `performance-cases.xlsx`, the case lists (cases.py): child-level, so
never in an open pack (asked for, it is refused); replacing a pack always moves an old one's
case lists aside, so an open pack never sits beside an earlier internal one's children.

A renderer that fails leaves the destination untouched and removes the staging folder.

With `previous` (last month's pack folder or its cover report, as the officer edited it), the
cover report carries last month's commentary forward (see previous.py); it is read before anything
is written, so it may be the pack being replaced.
"""

from __future__ import annotations

import shutil
import uuid
from contextlib import suppress
from pathlib import Path
from typing import Callable

from ..app import CouncilIndicators
from ..case_output import write_xlsx as write_cases_xlsx
from ..results import CouncilCases
from .docx import write_docx
from .html import render_html
from .pdf import write_pdf
from .previous import read_previous, remember
from .settings import ReportSettings, load_report_settings
from .tree import build_tree
from .xlsx import write_xlsx

FILES = ("performance-report.html", "performance-report.pdf", "performance-data.xlsx",
         "cover-report.docx")
CASES_FILE = "performance-cases.xlsx"  # internal packs only
CASES_REFUSED = ("case lists name children: an open report pack never holds them (write an "
                 "internal pack for performance-cases.xlsx)")


def write_pack(c: CouncilIndicators, out_dir: Path, *, classification: str = "open",
               settings: ReportSettings | None = None,
               progress: Callable[[int, int, str], None] | None = None,
               previous: Path | None = None, cases: CouncilCases | None = None) -> list[Path]:
    """One report tree, four renderers (and the case lists, internal only). Returns the files
    written, in FILES order."""
    if cases is not None and classification != "internal":
        raise ValueError(CASES_REFUSED)
    tree = build_tree(c, classification)
    memory = remember(read_previous(previous, c.la_code), tree) if previous is not None else None
    settings = settings or load_report_settings()
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} is not a folder")
    writers = {
        "performance-report.html": lambda p: p.write_text(render_html(tree), encoding="utf-8"),
        "performance-report.pdf": lambda p: write_pdf(tree, p),
        "performance-data.xlsx": lambda p: write_xlsx(tree, p),
        "cover-report.docx": lambda p: write_docx(tree, settings, p, memory=memory),
    }
    names: tuple[str, ...] = FILES
    if cases is not None:
        writers[CASES_FILE] = lambda p: write_cases_xlsx([cases], p)
        names = (*FILES, CASES_FILE)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = _sibling(out_dir, "partial")
    try:
        for done, name in enumerate(names):
            if progress:
                progress(done, len(names), name)
            writers[name](staging / name)
        _move_into_place(staging, out_dir, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if progress:
        progress(len(names), len(names), "done")
    return [out_dir / name for name in names]


def _sibling(out_dir: Path, kind: str) -> Path:
    """A new, empty folder beside `out_dir` (made with the usual permissions, as the pack folder
    it may become)."""
    out_dir = out_dir.resolve()  # "." has a name and a parent once resolved
    folder = out_dir.parent / f".{out_dir.name}.{kind}-{uuid.uuid4().hex[:12]}"
    folder.mkdir()
    return folder


def _move_into_place(staging: Path, out_dir: Path, names: tuple[str, ...] = FILES) -> None:
    """The staged pack (`names`) into `out_dir`, replacing the pack files there as a whole (an
    old pack's case lists too, whether or not the new pack has them)."""
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    aside = _sibling(out_dir, "old")
    moved_aside: list[str] = []
    moved_in: list[str] = []
    try:
        for name in (*FILES, CASES_FILE):
            if (out_dir / name).exists():
                (out_dir / name).replace(aside / name)
                moved_aside.append(name)
        for name in names:
            (staging / name).replace(out_dir / name)
            moved_in.append(name)
    except BaseException:
        _undo(out_dir, aside, moved_in, moved_aside)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _undo(out_dir: Path, aside: Path, moved_in: list[str], moved_aside: list[str]) -> None:
    """Put the old pack back. Should that fail too, its files stay in `aside` for a person to
    restore (never deleted)."""
    for name in moved_in:
        with suppress(OSError):
            (out_dir / name).unlink()
    for name in moved_aside:
        (aside / name).replace(out_dir / name)
    aside.rmdir()
