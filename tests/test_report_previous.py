"""Commentary that remembers (report/previous.py): July's pack, its cover report edited by the
officer (here with python-docx), then August's pack written with --previous.

The synthetic council's July and August 2014 judgements (internal report), worked by hand from
the two months' trees:

- CP plans reviewed in timescale: red, common cause, improving both months; 91.35% (95 of 104)
  in July, 91.92% (91 of 99) in August: the officer's text carries, figures updated.
- Looked-after children reviewed in timescale: common cause and improving in July, a significant
  deterioration and declining in August: the fresh draft, July's text beside it.
- CP plans lasting two years or more: a key message in July, not in August: unplaced.
- Initial conferences in 15 working days: improving in July, declining in August; drafted text
  left as it was, a paragraph added after it: the fresh draft, the added paragraph beside it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from test_fuzz import assert_clean_failure

from safeguarding import app
from safeguarding.report.docx import NUMBERED, write_docx
from safeguarding.report.pack import write_pack
from safeguarding.report.previous import (BESIDE, BESIDE_CHANGED, UNPLACED_HEADING, PreviousError,
                                          _paragraph_text, _updater, read_previous, remember)
from safeguarding.report.settings import load_report_settings
from safeguarding.report.tree import build_tree
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

CARRIED = ("Child protection plans reviewed in timescale improved to 91.35% in July 2014 (95 of "
           "104 plans reviewed on time); the service manager is auditing the late reviews.")
CARRIED_ADDED = "Reviews are now booked at the conference before, not after it."
CHANGED = ("Looked-after children reviewed in timescale: 90.26% in July 2014, red; the "
           "independent reviewing service has two vacancies.")
DROPPED_OUT = "Plans lasting two years or more are all with the legal gateway panel."
OVERALL = "The service is stable this month; the new front door opened in February."
ICPC_ADDED = "Two conferences were moved at the family's request."
ADDED_OUTSIDE = "The committee asked in June for a note on agency staff: it follows next month."


@pytest.fixture(scope="module")
def councils(tmp_path_factory):
    """The report tests' synthetic council (see extracts.synthetic_council), for July and
    August 2014."""
    folder = tmp_path_factory.mktemp("previous") / "extract"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=36000,
                            start="2012-09", end="2014-08", seed=1)
    store = Store()
    try:
        app.load(folder, store)
        [july] = app.run_indicators(store, dt.date(2014, 7, 1))
        [august] = app.run_indicators(store, dt.date(2014, 8, 1))
    finally:
        store.close()
    return july, august


def key_considerations(doc) -> list:
    out, inside = [], False
    for p in doc.paragraphs:
        if p.style.name == "Heading 1":
            if inside:
                break
            inside = p.text == "Key considerations"
        elif inside:
            out.append(p)
    return out


def body(p) -> str:
    """A paragraph's text without its "<n><tab>" number."""
    return p.text.split("\t", 1)[-1]


def replace(p, text: str) -> None:
    """The officer retypes a numbered paragraph (the number run kept, the bookmark with it)."""
    for run in p.runs[1:]:
        run.text = ""
    p.runs[1].text = text


def add_after(doc, p, text: str) -> None:
    """The officer presses Enter at the end of `p` and types a new paragraph."""
    paragraphs = doc.paragraphs
    following = paragraphs[[q._p for q in paragraphs].index(p._p) + 1]
    following.insert_paragraph_before(text, style=NUMBERED)


def starting(paragraphs, prefix: str):
    [p] = [p for p in paragraphs if body(p).startswith(prefix)]
    return p


def edit_july(path: Path) -> None:
    doc = docx.Document(str(path))
    kc = key_considerations(doc)
    replace(starting(kc, "Child protection plans reviewed in timescale:"), CARRIED)
    add_after(doc, starting(kc, "Child protection plans reviewed in timescale"), CARRIED_ADDED)
    replace(starting(kc, "Looked-after children reviewed in timescale:"), CHANGED)
    replace(starting(kc, "Children on a child protection plan for two years or more:"),
            DROPPED_OUT)
    replace(starting(kc, "[Officer to complete: the overall picture"), OVERALL)
    add_after(doc, starting(kc, "The attached report considers"), ADDED_OUTSIDE)
    add_after(doc, starting(kc, "Initial conferences within 15 working days"), ICPC_ADDED)
    doc.save(str(path))


@pytest.fixture(scope="module")
def packs(councils, tmp_path_factory):
    """July's pack, its cover report edited, and August's pack written from it."""
    july, august = councils
    root = tmp_path_factory.mktemp("packs")
    write_pack(july, root / "july", classification="internal")
    edit_july(root / "july" / "cover-report.docx")
    write_pack(august, root / "august", classification="internal", previous=root / "july")
    return root


@pytest.fixture(scope="module")
def august_kc(packs):
    return key_considerations(docx.Document(str(packs / "august" / "cover-report.docx")))


def texts(paragraphs) -> list[str]:
    return [body(p) for p in paragraphs]


def highlighted(p) -> bool:
    return all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in p.runs if r.text)


def test_unchanged_judgement_carries_the_officers_text_with_this_months_figures(august_kc):
    got = texts(august_kc)
    carried = CARRIED.replace("91.35% in July 2014 (95 of 104",
                              "91.92% in August 2014 (91 of 99")
    assert carried in got
    assert got[got.index(carried) + 1] == CARRIED_ADDED  # what the officer added, after it
    assert not any(t.startswith("Child protection plans reviewed in timescale:") for t in got)


def test_changed_judgement_gives_the_fresh_draft_and_last_months_text_beside_it(august_kc):
    got = texts(august_kc)
    draft = starting(august_kc, "Looked-after children reviewed in timescale: 89.12% in August "
                                "2014, red")
    assert "a significant deterioration" in draft.text
    beside = august_kc[august_kc.index(draft) + 1]
    assert beside.text == BESIDE_CHANGED + CHANGED   # as the officer wrote it: not updated
    assert highlighted(beside)
    assert got.count(CHANGED) == 0                   # only beside the draft, never in its place


def test_the_overall_picture_keeps_its_placeholder_with_last_months_text_beside(august_kc):
    placeholder = starting(august_kc, "[Officer to complete: the overall picture")
    beside = august_kc[august_kc.index(placeholder) + 1]
    assert beside.text == BESIDE + OVERALL and highlighted(beside)


def test_unmatched_paragraphs_are_listed_as_unplaced(august_kc):
    got = [p.text for p in august_kc]
    at = got.index(UNPLACED_HEADING)
    assert august_kc[at].style.name == "Heading 2"
    unplaced = august_kc[at + 2:]
    assert [p.text for p in unplaced] == [
        f"Key considerations: {ADDED_OUTSIDE}",
        f"Children on a child protection plan for two years or more, not a key message this "
        f"month: {DROPPED_OUT}"]
    assert all(highlighted(p) for p in unplaced)


def test_untouched_drafts_are_drafted_afresh(august_kc):
    draft = starting(august_kc, "Initial conferences within 15 working days of the S47 start: "
                                "66.67% in August 2014")
    after = august_kc[august_kc.index(draft) + 1]
    assert after.text == BESIDE_CHANGED + ICPC_ADDED  # only what the officer added
    assert "81.82%" not in " ".join(p.text for p in august_kc)  # July's draft is gone
    assert not any("July 2014" in t for t in texts(august_kc)
                   if not t.startswith((BESIDE, BESIDE_CHANGED, "Key considerations: ")))


def test_nothing_written_last_month_is_lost_a_month_later(packs, councils):
    """August's report read back against August again (the officer changed nothing): the
    carried text stays, and what was kept beside or unplaced is unplaced, never dropped."""
    _, august = councils
    memory = remember(read_previous(packs / "august", "884"), build_tree(august, "internal"))
    assert memory.carried["cp_reviews_in_timescale"][1] == CARRIED_ADDED
    unplaced = [u.text for u in memory.unplaced]
    for text in (CHANGED, OVERALL, ADDED_OUTSIDE, DROPPED_OUT, ICPC_ADDED):
        assert unplaced.count(text) == 1
    assert not memory.beside


def test_kept_text_whose_label_is_deleted_is_adopted_where_it_stands(packs, councils, tmp_path):
    """In August's report the officer deletes the label of July's text beside the looked-after
    reviews draft, keeping the text: it is the officer's commentary of that indicator now."""
    _, august = councils
    path = tmp_path / "august.docx"
    doc = docx.Document(str(packs / "august" / "cover-report.docx"))
    beside = starting(key_considerations(doc), BESIDE_CHANGED + CHANGED)
    beside.runs[0].text = ""
    doc.save(str(path))
    memory = remember(read_previous(path, "884"), build_tree(august, "internal"))
    assert memory.carried["cla_reviews_in_timescale"][1:] == (CHANGED,)
    assert CHANGED not in [u.text for u in memory.unplaced]


def test_the_cover_report_is_read_from_the_docx_or_the_pack_folder(packs):
    folder = read_previous(packs / "july", "884")
    file = read_previous(packs / "july" / "cover-report.docx", "884")
    assert folder == file and folder.month == "2014-07"


# --- Figures ------------------------------------------------------------------------------------

JULY = {"month": "July 2014", "value": "91.35%", "numerator": "95", "denominator": "104"}
AUGUST = {"month": "August 2014", "value": "91.92%", "numerator": "91", "denominator": "99"}


@pytest.mark.parametrize("before, after", [
    ("91.35% (95 of 104) in July 2014", "91.92% (91 of 99) in August 2014"),
    ("191.35% and 1,104 and 104.5 and 95% and July 20145", None),  # not these figures
    ("In July 2014, 95 of the 104.", "In August 2014, 91 of the 99."),
])
def test_figures_are_replaced_where_they_stand_whole(before, after):
    assert _updater(JULY, AUGUST)(before) == (before if after is None else after)


def test_figures_are_replaced_in_one_pass():
    """Last month's numerator is this month's value: 12 becomes 13 and 13 becomes 14, not 14."""
    update = _updater({"value": "12", "numerator": "13"}, {"value": "13", "numerator": "14"})
    assert update("12 then 13") == "13 then 14"


def test_an_ambiguous_figure_is_left_as_it_is():
    """Last month's numerator and value were both 12; this month they differ."""
    update = _updater({"value": "12", "numerator": "12", "month": "July 2014"},
                      {"value": "12", "numerator": "11", "month": "August 2014"})
    assert update("12 in July 2014") == "12 in August 2014"


def test_withheld_and_missing_figures_are_not_replaced():
    update = _updater({"value": "c", "numerator": "–"}, {"value": "7", "numerator": "3"})
    assert update("c and – stay") == "c and – stay"


def test_tracked_changes_read_as_the_text_now_reads():
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p = parse_xml(f'<w:p {w}><w:r><w:t xml:space="preserve">Seen </w:t></w:r>'
                  f'<w:del w:id="1" w:author="o" w:date="2014-08-01T00:00:00Z"><w:r><w:delText>'
                  f'old</w:delText></w:r></w:del>'
                  f'<w:ins w:id="2" w:author="o" w:date="2014-08-01T00:00:00Z"><w:r><w:t>new'
                  f'</w:t></w:r></w:ins></w:p>')
    assert _paragraph_text(p) == "Seen new"


# --- What is refused ----------------------------------------------------------------------------

def test_a_document_that_is_not_our_cover_report(tmp_path):
    path = tmp_path / "minutes.docx"
    docx.Document().save(str(path))
    with pytest.raises(PreviousError, match="not a cover report written by safeguarding"):
        read_previous(path, "884")


@pytest.mark.parametrize("content", [b"plain text", b"PK\x03\x04 broken zip"])
def test_a_file_that_is_not_a_word_document(tmp_path, content):
    path = tmp_path / "july.docx"
    path.write_bytes(content)
    with pytest.raises(PreviousError, match="is not a Word document"):
        read_previous(path, "884")


def test_a_spreadsheet_is_not_a_word_document(packs):
    with pytest.raises(PreviousError, match="is not a Word document"):
        read_previous(packs / "july" / "performance-data.xlsx", "884")


def test_a_folder_without_a_cover_report(tmp_path):
    with pytest.raises(PreviousError, match="a folder without a cover-report.docx"):
        read_previous(tmp_path, "884")


def test_another_councils_cover_report(packs):
    with pytest.raises(PreviousError, match="cover report of council 884, not 885"):
        read_previous(packs / "july", "885")


def test_an_internal_report_is_not_carried_into_an_open_one(packs, councils):
    _, august = councils
    with pytest.raises(PreviousError, match="internal"):
        remember(read_previous(packs / "july", "884"), build_tree(august, "open"))


def test_a_later_months_report_is_refused(packs, councils):
    july, _ = councils
    with pytest.raises(PreviousError, match="after the reporting month"):
        remember(read_previous(packs / "august", "884"), build_tree(july, "internal"))


def test_a_refused_previous_writes_nothing(councils, tmp_path):
    _, august = councils
    path = tmp_path / "minutes.docx"
    docx.Document().save(str(path))
    with pytest.raises(PreviousError):
        write_pack(august, tmp_path / "pack", previous=path)
    assert not (tmp_path / "pack").exists()


def test_the_command_fails_in_one_line_before_the_work(tmp_path):
    """A --previous file is checked before the indicators are computed: here the month is after
    the extract's date, and the error is still about --previous."""
    from extracts import people, write_extract

    extract = write_extract(tmp_path / "x", {"ssd_person": people("1", "2")})
    text = tmp_path / "july.docx"
    text.write_text("The officer's private note")
    args = ("report", extract, "--month", "2099-01", "--out", tmp_path / "pack", "--previous")
    line = assert_clean_failure(*args, text)
    assert "is not a Word document" in line and "private note" not in line
    assert "does not exist" in assert_clean_failure(*args, tmp_path / "missing")
    assert not (tmp_path / "pack").exists()


def test_a_docx_without_memory_still_writes(councils, tmp_path):
    """Without --previous the cover report is as before, with its record for next month."""
    _, august = councils
    path = tmp_path / "cover.docx"
    write_docx(build_tree(august, "open"), load_report_settings(), path)
    previous = read_previous(path, "884")
    assert previous.month == "2014-08" and previous.classification == "open"


def test_a_table_the_officer_added_is_kept_as_text(councils, tmp_path):
    july, august = councils
    path = tmp_path / "july.docx"
    write_docx(build_tree(july, "internal"), load_report_settings(), path)
    doc = docx.Document(str(path))
    overall = starting(key_considerations(doc), "[Officer to complete: the overall picture")
    table = doc.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("Team", "Vacancies"), ("North", "2"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    overall._p.addnext(table._tbl)   # moved into Key considerations, after the overall picture
    doc.save(str(path))
    memory = remember(read_previous(path, "884"), build_tree(august, "internal"))
    assert memory.beside["overall"] == ("Team | Vacancies\nNorth | 2",)


def test_the_command_carries_last_months_pack(tmp_path):
    """July's internal pack, then August's: internal from it, and open refused before writing."""
    from extracts import people, write_extract
    from typer.testing import CliRunner

    from safeguarding.cli import cli

    extract = write_extract(tmp_path / "x", {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [{"cppl_cp_plan_id": "p1", "cppl_person_id": "1",
                          "cppl_cp_plan_start_date": "2014-01-10",
                          "cppl_cp_plan_end_date": ""}],
    }, population={2013: 20_000, 2014: 40_000})
    runner = CliRunner()

    def report(month, out, *more):
        return runner.invoke(cli, ["report", str(extract), "--month", month, "--out", str(out),
                                   *map(str, more)])

    assert report("2014-07", tmp_path / "july", "--classification", "internal").exit_code == 0
    line = assert_clean_failure("report", extract, "--month", "2014-08", "--out",
                                tmp_path / "open", "--previous", tmp_path / "july")
    assert "internal" in line and not (tmp_path / "open").exists()
    result = report("2014-08", tmp_path / "august", "--classification", "internal",
                    "--previous", tmp_path / "july")
    assert result.exit_code == 0, result.output
    assert read_previous(tmp_path / "august", "884").month == "2014-08"
