"""The report pack is written all or nothing (report/pack.py), with stand-in renderers."""

import datetime as dt
from pathlib import Path

import pytest

from safeguarding.app import CouncilIndicators
from safeguarding.report import pack
from safeguarding.report.pack import FILES, write_pack

COUNCIL = CouncilIndicators("884", "Herefordshire", dt.date(2014, 8, 1), dt.date(2014, 9, 3),
                            "duckdb", warnings=[])


@pytest.fixture
def renderers(monkeypatch):
    """Each renderer writes its file name and the classification; `fail_at` makes one raise."""
    state = {"fail_at": None}

    def fake(name):
        def write(tree, *args, **options):
            path = Path(args[-1])
            if name == state["fail_at"]:
                path.write_text("half a file")
                raise RuntimeError(f"{name} failed")
            path.write_text(f"{name} {tree.classification}")
        return write

    monkeypatch.setattr(pack, "render_html", lambda tree: f"performance-report.html {tree.classification}")
    monkeypatch.setattr(pack, "write_pdf", fake("performance-report.pdf"))
    monkeypatch.setattr(pack, "write_xlsx", fake("performance-data.xlsx"))
    monkeypatch.setattr(pack, "write_docx", fake("cover-report.docx"))
    return state


def contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(folder.iterdir())}


def test_a_new_pack_lands_whole_and_leaves_no_staging_folder(renderers, tmp_path):
    written = write_pack(COUNCIL, tmp_path / "pack", classification="internal")
    assert written == [tmp_path / "pack" / name for name in FILES]
    assert contents(tmp_path / "pack") == {name: f"{name} internal" for name in FILES}
    assert [p.name for p in tmp_path.iterdir()] == ["pack"]


def test_a_renderer_failing_midway_leaves_the_earlier_pack_unchanged(renderers, tmp_path):
    out = tmp_path / "pack"
    write_pack(COUNCIL, out, classification="internal")
    (out / "notes.txt").write_text("the officer's own file")
    before = contents(out)
    renderers["fail_at"] = "performance-data.xlsx"  # after the HTML and PDF are written
    with pytest.raises(RuntimeError, match="performance-data.xlsx failed"):
        write_pack(COUNCIL, out, classification="open")
    assert contents(out) == before  # still the whole internal pack: no open file beside it
    assert [p.name for p in tmp_path.iterdir()] == ["pack"]


def test_a_renderer_failing_makes_no_destination(renderers, tmp_path):
    renderers["fail_at"] = "cover-report.docx"
    with pytest.raises(RuntimeError):
        write_pack(COUNCIL, tmp_path / "pack")
    assert list(tmp_path.iterdir()) == []


def test_a_new_pack_replaces_every_pack_file_and_keeps_other_files(renderers, tmp_path):
    out = tmp_path / "pack"
    write_pack(COUNCIL, out, classification="internal")
    (out / "notes.txt").write_text("the officer's own file")
    write_pack(COUNCIL, out, classification="open")
    assert contents(out) == {**{name: f"{name} open" for name in FILES},
                             "notes.txt": "the officer's own file"}


def test_a_failed_move_puts_the_old_pack_back(renderers, tmp_path, monkeypatch):
    """A pack file that cannot be replaced (open in another program): the old pack stays whole."""
    out = tmp_path / "pack"
    write_pack(COUNCIL, out, classification="internal")
    before = contents(out)
    real_replace = Path.replace

    def replace(self, target):
        if self.name == "cover-report.docx" and self.parent == out:
            raise PermissionError("the file is open in Word")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    with pytest.raises(PermissionError):
        write_pack(COUNCIL, out, classification="open")
    assert contents(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["pack"]


# --- the case lists (internal packs only) --------------------------------------------------------

CASES = pack.CouncilCases("884", "Herefordshire", "2014-08", "2014-08-31", 10, (), (), None, None)


@pytest.fixture
def cases_renderer(renderers, monkeypatch):
    monkeypatch.setattr(pack, "write_cases_xlsx", lambda councils, path: Path(path).write_text("cases"))
    return renderers


def test_an_internal_pack_holds_the_case_lists(cases_renderer, tmp_path):
    written = write_pack(COUNCIL, tmp_path / "pack", classification="internal", cases=CASES)
    assert [p.name for p in written] == [*FILES, pack.CASES_FILE]
    assert (tmp_path / "pack" / pack.CASES_FILE).read_text() == "cases"


def test_an_open_pack_refuses_case_lists(cases_renderer, tmp_path):
    with pytest.raises(ValueError, match="an open report pack never holds them"):
        write_pack(COUNCIL, tmp_path / "pack", classification="open", cases=CASES)
    assert list(tmp_path.iterdir()) == []


def test_an_open_pack_replacing_an_internal_one_takes_its_case_lists_away(cases_renderer, tmp_path):
    out = tmp_path / "pack"
    write_pack(COUNCIL, out, classification="internal", cases=CASES)
    write_pack(COUNCIL, out, classification="open")
    assert contents(out) == {name: f"{name} open" for name in FILES}
