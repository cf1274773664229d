"""The committee cover report (Word): the 2014 cover report's structure, filled from the tree."""

import dataclasses
import re
from dataclasses import replace

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from safeguarding.report.docx import write_docx
from safeguarding.report.settings import ReportSettingsError, load_report_settings
from safeguarding.report.tree import build_tree
from safeguarding.results import DataQuality, EventLabel, Unavailable

from extracts import with_summary

# The seed cover report (/work/shared/seed), in its order.
SEED_LABELS = ["MEETING:", "MEETING DATE:", "TITLE OF REPORT:", "REPORT BY:"]
SEED_HEADINGS = ["Classification", "Key Decision", "Wards Affected", "Purpose",
                 "Recommendation(s)", "Alternative options", "Reasons for recommendations",
                 "Key considerations", "Community impact", "Equality and human rights",
                 "Financial implications", "Legal implications", "Risk management", "Consultees",
                 "Appendices", "Background papers"]
BRACKETED = re.compile(r"\[[^\[\]]+\]")

COUNCIL_SETTINGS = """\
committee = "Health & Social Care Overview & Scrutiny Committee"
meeting_date = 2014-10-01
consultees = "Improvement Board and Herefordshire Safeguarding Children Board."
"""


@pytest.fixture(scope="module")
def council(synthetic_council):
    return synthetic_council


@pytest.fixture(scope="module")
def open_tree(council):
    return build_tree(council, "open")


@pytest.fixture(scope="module")
def internal_tree(council):
    return build_tree(council, "internal")


@pytest.fixture(scope="module")
def council_settings(tmp_path_factory):
    path = tmp_path_factory.mktemp("settings") / "report.toml"
    path.write_text(COUNCIL_SETTINGS, encoding="utf-8")
    return load_report_settings(path)


def render(tree, settings, folder, name="cover.docx"):
    path = folder / name
    write_docx(tree, settings, path)
    return docx.Document(str(path))


@pytest.fixture(scope="module")
def open_doc(open_tree, council_settings, tmp_path_factory):
    return render(open_tree, council_settings, tmp_path_factory.mktemp("open"))


@pytest.fixture(scope="module")
def default_doc(open_tree, tmp_path_factory):
    return render(open_tree, load_report_settings(), tmp_path_factory.mktemp("default"))


@pytest.fixture(scope="module")
def internal_doc(internal_tree, council_settings, tmp_path_factory):
    return render(internal_tree, council_settings, tmp_path_factory.mktemp("internal"))


def headings(doc):
    return [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]


def section_text(doc, heading):
    """The paragraphs under one heading, up to the next."""
    out, inside = [], False
    for p in doc.paragraphs:
        if p.style.name.startswith("Heading"):
            inside = p.text == heading
        elif inside:
            out.append(p.text)
    return out


def numbered(doc):
    """(number, text) of the numbered paragraphs, in order."""
    out = []
    for p in doc.paragraphs:
        m = re.match(r"(\d+)\t(.*)", p.text, re.S)
        if m:
            out.append((int(m.group(1)), m.group(2)))
    return out


def all_runs(doc):
    for p in doc.paragraphs:
        yield from p.runs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    yield from p.runs


def header_block(doc):
    return [[c.text for c in row.cells] for row in doc.tables[0].rows]


# --- Structure ----------------------------------------------------------------------------------

def test_the_seed_headings_in_the_seed_order_as_word_headings(open_doc):
    assert headings(open_doc) == SEED_HEADINGS
    # real Word heading styles (outline level 0), so the navigation pane shows the structure
    for p in open_doc.paragraphs:
        if p.text in SEED_HEADINGS:
            assert p.style.name == "Heading 1"
            assert p.style.element.pPr.find(docx.oxml.ns.qn("w:outlineLvl")) is not None


def test_the_header_block_is_filled_from_the_settings(open_doc):
    assert header_block(open_doc) == [
        ["MEETING:", "Health & Social Care Overview & Scrutiny Committee"],
        ["MEETING DATE:", "1 October 2014"],
        ["TITLE OF REPORT:", "Children's Safeguarding Performance Data"],
        ["REPORT BY:", "Assistant Director Safeguarding & Family Support"],
    ]
    # the header block comes before the first heading
    body = open_doc.element.body
    table = open_doc.tables[0]._tbl
    first_heading = next(p for p in open_doc.paragraphs if p.style.name == "Heading 1")._p
    assert list(body).index(table) < list(body).index(first_heading)


def test_the_opening_sections(open_doc):
    assert section_text(open_doc, "Classification") == ["Open"]
    assert section_text(open_doc, "Key Decision") == ["This is not an executive decision."]
    assert section_text(open_doc, "Wards Affected") == ["County-wide"]
    assert section_text(open_doc, "Purpose") == [
        "To note the performance in relation to children's safeguarding for the month of "
        "August 2014, together with trend data over the previous 12 months."]
    assert section_text(open_doc, "Recommendation(s)") == [
        "THAT:",
        "(a)\tthe performance of children's safeguarding be reviewed;",
        "(b)\tComment on any other performance indicators which scrutiny would like to be "
        "included in future reports",
    ]
    assert section_text(open_doc, "Alternative options")[0].startswith(
        "1\tThere are no alternative options")
    assert section_text(open_doc, "Reasons for recommendations")[0].startswith(
        "2\tTo allow the committee to undertake effective scrutiny")


def test_paragraphs_are_numbered_straight_through_as_in_the_seed(open_doc):
    numbers = [n for n, _ in numbered(open_doc)]
    assert numbers == list(range(1, len(numbers) + 1))
    # every section from Alternative options to Appendices starts with a numbered paragraph
    for heading in SEED_HEADINGS[SEED_HEADINGS.index("Alternative options"):-1]:
        assert re.match(r"\d+\t", section_text(open_doc, heading)[0]), heading
    assert section_text(open_doc, "Background papers") == ["None identified."]


def test_key_considerations_open_with_the_period_then_the_key_messages(open_doc, open_tree):
    assert open_tree.key_messages
    paragraphs = section_text(open_doc, "Key considerations")
    assert paragraphs[0] == ("3\tThe attached report considers performance for the month of "
                             "August 2014, together with trend data over the previous 12 months.")
    texts = [re.sub(r"^\d+\t", "", p) for p in paragraphs]
    start = texts.index(open_tree.key_messages[0])
    # each drafted key message is its own numbered paragraph, in the tree's order
    assert texts[start:start + len(open_tree.key_messages)] == list(open_tree.key_messages)
    assert all(re.match(r"\d+\t", p) for p in paragraphs)
    # the lead-in to the messages, as the seed's paragraph 5 ends
    assert texts[start - 1].endswith("Specific aspects which the committee are invited to "
                                     "consider in the report are as detailed below:")


def test_the_closing_sections(open_doc, open_tree):
    equality = section_text(open_doc, "Equality and human rights")
    assert "This report pays due regard" in equality[0]
    assert any("section 149" in p for p in equality)
    assert any(p.startswith("foster good relations") for p in equality)
    [financial] = section_text(open_doc, "Financial implications")
    assert re.fullmatch(r"\d+\tThis report has no financial implications and is for information "
                        r"and comment only\.", financial)
    assert "no legal implications" in section_text(open_doc, "Legal implications")[0]
    assert "no risks" in section_text(open_doc, "Risk management")[0]
    assert section_text(open_doc, "Consultees")[0].endswith(
        "\tImprovement Board and Herefordshire Safeguarding Children Board.")
    appendix = section_text(open_doc, "Appendices")[0]
    assert re.fullmatch(r"\d+\tChildren's Safeguarding and Family Support Performance Report – "
                        r"August 2014\.", appendix)
    assert open_tree.title in appendix


def test_document_properties(open_doc):
    props = open_doc.core_properties
    assert props.title == "Children's Safeguarding Performance Data – August 2014"
    assert props.author == "Assistant Director Safeguarding & Family Support"
    section = open_doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


# --- Placeholders -------------------------------------------------------------------------------

def test_placeholders_are_bracketed_and_highlighted(default_doc):
    runs = list(all_runs(default_doc))
    highlighted = [r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    # every highlighted run is a whole bracketed placeholder, and every placeholder is highlighted
    assert highlighted and all(BRACKETED.fullmatch(t) for t in highlighted)
    bracketed = [m for r in runs for m in BRACKETED.findall(r.text)]
    assert sorted(bracketed) == sorted(highlighted)
    assert all(r.bold for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW)
    # the settings an officer must write are placeholders while left at the shipped defaults
    assert header_block(default_doc)[0][1] == "[Committee: to be completed]"
    assert header_block(default_doc)[1][1] == "[Meeting date: to be completed]"
    assert "[Meeting date: to be completed]" in highlighted
    assert any(t.startswith("[Consultees: to be completed") for t in highlighted)
    # the narrative only an officer can write, in key considerations
    officer = [t for t in highlighted if t.startswith("[Officer to complete:")]
    assert len(officer) == 2
    key = " ".join(section_text(default_doc, "Key considerations"))
    assert all(t in key for t in officer)
    # and a drafting note says what the highlighting means
    assert default_doc.paragraphs[0].text.startswith("[Drafting note:")


def test_filled_settings_leave_only_the_officer_narrative(open_doc, council_settings):
    assert council_settings.placeholders() == []
    highlighted = [r.text for r in all_runs(open_doc)
                   if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert all(t.startswith(("[Officer to complete:", "[Drafting note:")) for t in highlighted)
    assert len(highlighted) == 3


def test_brackets_in_data_are_not_placeholders(open_tree, council_settings, tmp_path):
    tree = replace(open_tree,
                   key_messages=("Contacts received: 541 [provisional] in August 2014.",))
    doc = render(tree, council_settings, tmp_path)
    [run] = [r for r in all_runs(doc) if "[provisional]" in r.text]
    assert run.font.highlight_color is None


# --- Classification -----------------------------------------------------------------------------

def header_text(doc):
    return [" ".join(p.text for p in s.header.paragraphs) for s in doc.sections]


def test_internal_is_not_for_publication_on_every_page(internal_doc, internal_tree):
    assert section_text(internal_doc, "Classification")[0] == "Internal"
    assert "not for publication" in section_text(internal_doc, "Classification")[1].lower()
    # one section, one header for every page (no different first page, no odd/even headers)
    assert header_text(internal_doc) == ["NOT FOR PUBLICATION"]
    for s in internal_doc.sections:
        assert not s.different_first_page_header_footer
        assert not s.header.is_linked_to_previous
    assert not internal_doc.settings.odd_and_even_pages_header_footer
    # internal shows every key message, including any withheld from the open report
    texts = [t for _, t in numbered(internal_doc)]
    assert all(m in texts for m in internal_tree.key_messages)


def test_open_has_no_not_for_publication(open_doc):
    assert "NOT FOR PUBLICATION" not in " ".join(header_text(open_doc))
    assert "not for publication" not in "\n".join(p.text for p in open_doc.paragraphs).lower()


def test_page_number_footer(open_doc, internal_doc):
    for doc in (open_doc, internal_doc):
        footer = doc.sections[0].footer
        xml = footer._element.xml
        assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", xml)
        assert re.search(r"<w:instrText[^>]*> NUMPAGES </w:instrText>", xml)
        assert footer.paragraphs[0].text == "Page 1 of 1"   # Word updates the fields


def test_a_partial_month_is_marked_on_every_page_and_in_the_text(council, internal_tree,
                                                                   council_settings, tmp_path):
    mark = "PARTIAL MONTH: figures to 3 September 2014 only"
    tree = build_tree(dataclasses.replace(council, partial_month=True), "internal")
    doc = render(tree, council_settings, tmp_path)
    assert header_text(doc) == ["NOT FOR PUBLICATION\n" + mark]  # one header, every page
    assert f"{mark}." in section_text(doc, "Purpose")
    assert any(t.split("\t")[-1].startswith(mark) for t in section_text(doc, "Key considerations"))
    numbers = [n for n, _ in numbered(doc)]
    assert numbers == list(range(1, len(numbers) + 1))
    complete = render(internal_tree, council_settings, tmp_path, "complete.docx")
    assert "PARTIAL MONTH" not in "\n".join([*header_text(complete),
                                             *(p.text for p in complete.paragraphs)])


# --- Key considerations when the data say so ----------------------------------------------------

def test_no_key_messages_and_data_quality(open_tree, council_settings, tmp_path):
    tree = replace(open_tree, key_messages=(), data_quality=DataQuality(
        "03 September 2014", ("w1", "w2"),
        (Unavailable("Contacts screened within 24 hours", "no contact outcomes"),)),
        summary=(replace(open_tree.summary[0], suppressed_any=True), *open_tree.summary[1:]))
    doc = render(tree, council_settings, tmp_path)
    key = "\n".join(section_text(doc, "Key considerations"))
    assert "No indicator is flagged for the committee's attention this month" in key
    assert "records 2 warnings about the data" in key
    assert "could not be calculated this month: Contacts screened within 24 hours" in key
    assert "shown as “c”" in key
    numbers = [n for n, _ in numbered(doc)]
    assert numbers == list(range(1, len(numbers) + 1))


# --- Settings -----------------------------------------------------------------------------------

def test_shipped_defaults():
    s = load_report_settings()
    assert s.report_by == "Assistant Director Safeguarding & Family Support"
    assert s.wards_affected == "County-wide"
    assert s.key_decision == "This is not an executive decision."
    assert s.background_papers == "None identified."
    assert len(s.recommendations) == 2
    assert s.meeting_date == "[Meeting date: to be completed]"
    assert s.placeholders() == ["committee", "meeting_date", "consultees"]


def test_override_keeps_the_other_defaults(council_settings):
    assert council_settings.committee == "Health & Social Care Overview & Scrutiny Committee"
    assert council_settings.meeting_date == "1 October 2014"
    assert council_settings.wards_affected == "County-wide"


def test_meeting_date_as_text_and_recommendations(tmp_path):
    path = tmp_path / "report.toml"
    path.write_text('meeting_date = "Wednesday 1 October 2014"\n'
                    'recommendations = ["the report be noted."]\n', encoding="utf-8")
    s = load_report_settings(path)
    assert s.meeting_date == "Wednesday 1 October 2014"
    assert s.recommendations == ("the report be noted.",)


def test_unknown_key_is_an_error(tmp_path):
    path = tmp_path / "report.toml"
    path.write_text('committee = "Cabinet"\nmeeting = "Cabinet"\n', encoding="utf-8")
    with pytest.raises(ReportSettingsError) as err:
        load_report_settings(path)
    message = str(err.value)
    assert str(path) in message and "unknown report setting(s) meeting" in message
    assert "known: " in message and "committee" in message


def test_bad_toml_is_an_error(tmp_path):
    path = tmp_path / "report.toml"
    path.write_text('committee = "Cabinet\n', encoding="utf-8")
    with pytest.raises(ReportSettingsError, match=rf"{re.escape(str(path))} is not valid TOML"):
        load_report_settings(path)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(ReportSettingsError, match="does not exist"):
        load_report_settings(tmp_path / "nope.toml")


@pytest.mark.parametrize("line, expected", [
    ("committee = 3", "committee must be non-empty text"),
    ('committee = "  "', "committee must be non-empty text"),
    ('recommendations = "the report be noted"', "recommendations must be a non-empty list"),
    ("recommendations = []", "recommendations must be a non-empty list"),
    ('recommendations = ["ok", 2]', r"recommendations\[1\] must be non-empty text"),
    ("meeting_date = 10:00:00", "meeting_date must be a date"),
])
def test_wrong_types_are_errors(tmp_path, line, expected):
    path = tmp_path / "report.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ReportSettingsError, match=expected):
        load_report_settings(path)


# --- Words a reader sees ------------------------------------------------------------------------

def test_no_internal_words_or_doubled_reasons(open_doc, internal_doc, open_tree, internal_tree):
    from test_report_html_pdf import reader_problems

    for doc, tree in ((open_doc, open_tree), (internal_doc, internal_tree)):
        text = "\n".join(p.text for p in doc.paragraphs)
        assert reader_problems(text, tree) == []
        for message in tree.key_messages:
            assert message in text
            assert not re.search(r"\(red[,)]|\(a significant \w+\)\.$", message), message
            assert "((" not in message and "))" not in message


# --- Definitions ----------------------------------------------------------------------------------

def test_appendices_define_the_key_message_indicators_with_their_markdown_as_runs(internal_doc,
                                                                                 internal_tree):
    by_id = {i.id: i for i in internal_tree.summary}
    named = [by_id[i].name for i in dict.fromkeys(internal_tree.key_message_indicators)]
    appendix = section_text(internal_doc, "Appendices")
    assert appendix[1] == "The indicators named in the key considerations are defined as follows:"
    assert [p.split(": ")[0] for p in appendix[2:]] == named
    assert not any("*" in p or "`" in p for p in appendix)
    [para] = [p for p in internal_doc.paragraphs
              if p.text.startswith(by_id["cp_visits_in_timescale"].name + ": Of")]
    assert [r.text for r in para.runs if r.italic] == ["Policy"]
    code = [r.text for r in para.runs if r.font.name == "Courier New"]
    assert code[:2] == ["WD(start, e) > V", "cppv_cp_visit_seen"] and "V" in code
    assert "Policy V = 10." in para.text


# --- Events -------------------------------------------------------------------------------------

def test_events_in_key_considerations_with_the_indicators_they_apply_to(open_tree, council_settings,
                                                                        tmp_path):
    charted = [i for i in open_tree.summary if i.available and i.months]
    months = charted[0].months
    door = EventLabel(months[6].month, months[6].label, "New front door [phase 1]", True)
    ofsted = EventLabel(months[2].month, months[2].label, "Ofsted inspection", False)
    marked = {i.id: replace(i, events=(ofsted, door) if i in charted[:2] else (ofsted,))
              for i in charted}
    tree = with_summary(open_tree, [marked.get(i.id, i) for i in open_tree.summary])
    doc = render(tree, council_settings, tmp_path)
    key = section_text(doc, "Key considerations")
    start = key.index(next(p for p in key if p.endswith("Events the council recorded within the "
                                                         "period, marked on the charts of the "
                                                         "attached report:")))
    assert re.match(r"\d+\t", key[start])
    assert key[start + 1:start + 3] == [
        f"{months[2].label}: Ofsted inspection (every indicator)",
        f"{months[6].label}: New front door [phase 1] ({charted[0].name}; "
        f"{charted[1].name}; the process limits are recalculated from this month)",
    ]
    # the council's label is its own text: brackets in it are no placeholder
    [run] = [r for r in all_runs(doc) if "[phase 1]" in r.text]
    assert run.font.highlight_color is None


def test_no_events_no_events_paragraph(open_doc):
    assert not any("Events the council recorded" in p for p in section_text(open_doc,
                                                                            "Key considerations"))


def test_equality_section_states_the_equality_page_facts(open_doc, open_tree, internal_doc,
                                                         internal_tree):
    """The section states the page's facts (largest and significant differences, or why none
    is published), after the duty's lead-in and before the statutory wording."""
    for doc, tree in ((open_doc, open_tree), (internal_doc, internal_tree)):
        equality = section_text(doc, "Equality and human rights")
        assert tree.equality.facts
        at = [equality.index(f) for f in tree.equality.facts]
        assert at == sorted(at) and min(at) > 1
        assert "equality page compares groups of children" in equality[min(at) - 1]
        assert max(at) < next(i for i, p in enumerate(equality) if "section 149" in p)
    internal = section_text(internal_doc, "Equality and human rights")
    assert any("significant difference" in p for p in internal)
