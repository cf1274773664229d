"""The committee cover report (Word): the report pack's covering paper for the committee.

It follows the council's committee report template (the 2014 cover report): a header block
(meeting, meeting date, title of report, report by), then the sections Classification, Key
Decision, Wards Affected, Purpose, Recommendation(s), Alternative options, Reasons for
recommendations, Key considerations, Community impact, Equality and human rights, Financial
implications, Legal implications, Risk management, Consultees, Appendices and Background papers,
each a real Word "Heading 1" so the navigation pane shows the structure. Paragraphs from
Alternative options to Appendices are numbered 1, 2, 3, ... across sections, as in the template.

Key considerations open with the period, then the drafted key messages from the tree, one
numbered paragraph each, and the council's events (``--events``) within the period, a bullet
each with the indicators they apply to; Appendices end with the definitions of the indicators
the messages name (their Markdown as italic and code-font runs). What only an officer can
write (the overall picture, the action being taken) and any council text the settings still
leave as a placeholder appear as [bracketed text] highlighted in yellow (`PLACEHOLDER`), to be
completed before publication.
An internal report says NOT FOR PUBLICATION in the header of every page, and a partial month's
report (one ending after the extract date) says "PARTIAL MONTH: figures to <date> only" there
and in its Purpose and Key considerations; every page's footer says "Page X of Y".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..results import EventLabel, ReportTree
from . import markup
from .disclosure import SUPPRESSED
from .previous import (ACTIONS as ACTIONS_BLOCK, BESIDE, BESIDE_CHANGED, BOOKMARK, FIXED,
                       INDICATOR, KEPT, OVERALL, UNPLACED_HEADING, Memory, figures, record_xml,
                       signature)
from .settings import PLACEHOLDER, ReportSettings

TITLE = "Children's Safeguarding Performance Data"
FONT = "Arial"
CODE_FONT = "Courier New"   # column names in the definitions
NOT_FOR_PUBLICATION = "NOT FOR PUBLICATION"
NUMBERED = "Numbered Paragraph"     # the paragraph style of the numbered paragraphs
PLACEHOLDER_HIGHLIGHT = WD_COLOR_INDEX.YELLOW

# The header block's labels and the section headings, in the template's order.
HEADER_LABELS = ("MEETING:", "MEETING DATE:", "TITLE OF REPORT:", "REPORT BY:")
HEADINGS = ("Classification", "Key Decision", "Wards Affected", "Purpose", "Recommendation(s)",
            "Alternative options", "Reasons for recommendations", "Key considerations",
            "Community impact", "Equality and human rights", "Financial implications",
            "Legal implications", "Risk management", "Consultees", "Appendices",
            "Background papers")

DRAFTING_NOTE = ("[Drafting note: complete every highlighted passage in square brackets, then "
                 "delete this note, before the report is published.]")
OVERALL_PICTURE = ("[Officer to complete: the overall picture this month and the context the "
                   "committee needs, for example changes to recording practice or to the case "
                   "management system that affect the figures.]")
ACTIONS = ("[Officer to complete: the action being taken on the areas above and how it is "
           "overseen, for example by the Improvement Board or the Local Safeguarding Children "
           "Board.]")
MEMORY_NOTE = ("[Last month's commentary: the highlighted passages headed “Last month's text” and "
               "the unplaced commentary are what was written last month, for you to reuse or "
               "delete.]")
UNPLACED_NOTE = ("[Officer to review: last month's text that has no place in this month's report. "
                 "Move what still applies to where it belongs and delete the rest.]")
EQUALITY_DUTY = [
    "eliminate discrimination, harassment, victimisation and any other conduct … prohibited "
    "by or under this Act;",
    "advance equality of opportunity between persons who share a relevant protected "
    "characteristic and persons who do not share it;",
    "foster good relations between persons who share a relevant protected characteristic and "
    "persons who do not share it.”",
]


def _text(paragraph, text: str, *, bold: bool = False, placeholders: bool = True) -> None:
    """Add `text` as runs; bracketed placeholders (unless `placeholders` is False, for text
    from the data) are highlighted and bold so that they cannot be missed."""
    at = 0
    for m in (PLACEHOLDER.finditer(text) if placeholders else ()):
        if m.start() > at:
            paragraph.add_run(text[at:m.start()]).bold = bold or None
        run = paragraph.add_run(m.group())
        run.bold = True
        run.font.highlight_color = PLACEHOLDER_HIGHLIGHT
        at = m.end()
    if at < len(text):
        paragraph.add_run(text[at:]).bold = bold or None


class _Writer:
    def __init__(self, doc):
        self.doc = doc
        self.number = 0
        self.blocks: dict[str, dict] = {}  # bookmark -> what was written there (previous.py)

    def anchor(self, paragraph, kind: str, draft: str, **record) -> None:
        """Start `paragraph` with a hidden bookmark and record what was written there, so that
        next month's report can find it after the officer's edits (see previous.py). The
        bookmark is a point before the paragraph's number: typing over the text keeps it."""
        number = len(self.blocks) + 1
        name = f"{BOOKMARK}{number}"
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(number))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(number))
        p = paragraph._p
        at = 1 if p.pPr is not None else 0
        p.insert(at, start)
        p.insert(at + 1, end)
        self.blocks[name] = {"kind": kind, "draft": draft, **record}

    def heading(self, text: str) -> None:
        self.doc.add_heading(text, level=1)

    def para(self, text: str, *, style: str | None = None, bold: bool = False,
             placeholders: bool = True):
        p = self.doc.add_paragraph(style=style)
        _text(p, text, bold=bold, placeholders=placeholders)
        return p

    def numbered(self, text: str, *, placeholders: bool = True, kind: str | None = None,
                 draft: str | None = None, **record) -> None:
        """The next numbered paragraph: "<n><tab><text>", hanging under its number; anchored
        (see `anchor`) when it has a `kind`."""
        self.number += 1
        p = self.doc.add_paragraph(f"{self.number}\t", style=NUMBERED)
        _text(p, text, placeholders=placeholders)
        if kind:
            self.anchor(p, kind, text if draft is None else draft, **record)

    def kept(self, label: str, text: str, context: str) -> None:
        """Last month's text, kept for the officer: highlighted, after a bold label."""
        p = self.doc.add_paragraph()
        for piece, bold in ((label, True), (text, None)):
            run = p.add_run(piece)
            run.bold = bold
            run.font.highlight_color = PLACEHOLDER_HIGHLIGHT
        self.anchor(p, KEPT, text, label=label, context=context)

    def beside(self, texts, label: str, context: str) -> None:
        for text in texts or ():
            self.kept(label, text, context)

    def lettered(self, letter: str, text: str) -> None:
        p = self.doc.add_paragraph(f"({letter})\t", style=NUMBERED)
        p.runs[0].bold = True
        _text(p, text, bold=True)


# --- Document set-up ----------------------------------------------------------------------------

def _plain_font(style, size: float, *, bold: bool | None = None) -> None:
    """`style` in the report font, dropping the template's theme fonts and colours (which
    would otherwise win over the explicit font)."""
    style.font.name = FONT
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts is not None and fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    if fonts is not None:
        fonts.set(qn("w:cs"), FONT)
    color = rpr.find(qn("w:color"))
    if color is not None:
        rpr.remove(color)
    style.font.color.rgb = RGBColor(0, 0, 0)


def _setup(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)   # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))

    styles = doc.styles
    normal = styles["Normal"]
    _plain_font(normal, 11)
    normal.paragraph_format.space_after = Pt(6)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    normal.element.get_or_add_rPr().append(lang)

    h1 = styles["Heading 1"]
    _plain_font(h1, 12, bold=True)
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True

    numbered = styles.add_style(NUMBERED, 1)   # WD_STYLE_TYPE.PARAGRAPH
    numbered.base_style = normal
    numbered.quick_style = True
    fmt = numbered.paragraph_format
    fmt.left_indent = Cm(1.25)
    fmt.first_line_indent = Cm(-1.25)
    fmt.tab_stops.add_tab_stop(Cm(1.25))

    h2 = styles["Heading 2"]   # the unplaced commentary from last month (previous.py)
    _plain_font(h2, 11, bold=True)
    h2.paragraph_format.keep_with_next = True

    for name in ("List Bullet", "Quote"):
        _plain_font(styles[name], 11)
    styles["List Bullet"].paragraph_format.left_indent = Cm(2.0)
    styles["Quote"].paragraph_format.left_indent = Cm(1.25)


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES): Word fills in the number when it lays the page out."""
    def run_with(element):
        run = paragraph.add_run()
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(begin)
    run_with(instr)
    run_with(separate)
    paragraph.add_run("1")
    run_with(end)


def _header_footer(doc, tree: ReportTree) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = False   # one header and footer, every page
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marks = [NOT_FOR_PUBLICATION] if tree.not_for_publication else []
    marks += [tree.partial_note] if tree.partial_note else []
    for i, mark in enumerate(marks):
        if i:
            p.add_run().add_break()
        run = p.add_run(mark)
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Page ")
    _field(p, "PAGE")
    p.add_run(" of ")
    _field(p, "NUMPAGES")


def _header_block(doc, settings: ReportSettings) -> None:
    rows = (settings.committee, settings.meeting_date, TITLE, settings.report_by)
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(4.5), Cm(11.5)
    for row, label, value in zip(table.rows, HEADER_LABELS, rows):
        label_cell, value_cell = row.cells
        label_cell.width, value_cell.width = Cm(4.5), Cm(11.5)
        label_cell.paragraphs[0].add_run(label).bold = True
        _text(value_cell.paragraphs[0], value, bold=True)


# --- The sections -------------------------------------------------------------------------------

def _key_considerations(w: _Writer, tree: ReportTree, memory: Memory) -> None:
    """Every paragraph is anchored (see previous.py); with `memory`, last month's text carried
    into its place, shown beside the fresh draft, or listed as unplaced at the end."""
    month = tree.month_label
    w.numbered(f"The attached report considers performance for the month of {month}, together "
               f"with trend data over the previous 12 months.", kind=FIXED)
    if tree.partial_month:
        w.numbered(f"{tree.partial_note}. {month} ends after the date the data were "
                   f"extracted: its figures, ratings and signals cover part of the month and "
                   f"are not comparable with complete months.", placeholders=False, kind=FIXED)
    messages = tree.key_messages
    if messages:
        w.numbered(f"{OVERALL_PICTURE} Specific aspects which the committee are invited to "
                   f"consider in the report are as detailed below:", kind=OVERALL)
    else:
        among = (" among those whose judgement can be published (the ratings and signals of "
                 "indicators with small numbers are withheld)" if tree.judgement_withheld else "")
        w.numbered(f"{OVERALL_PICTURE} No indicator is flagged for the committee's attention "
                   f"this month{among}: none is rated red, shows a significant change or is in "
                   f"the worst quartile nationally.", kind=OVERALL)
    w.beside(memory.beside.get(OVERALL), BESIDE, "The overall picture, last month's text")
    by_id = {i.id: i for i in tree.summary}
    ids = tree.key_message_indicators
    for message, ind_id in zip(messages, ids):  # drafted from the data: brackets are not placeholders
        if ind_id is None or ind_id not in by_id:  # None: the coverage message
            w.numbered(message, placeholders=False, kind=FIXED)
            continue
        ind = by_id[ind_id]
        carried = memory.carried.get(ind_id) or (message,)
        w.numbered(carried[0], placeholders=False, kind=INDICATOR, draft=message,
                   indicator=ind_id, name=ind.name, signature=signature(ind),
                   figures=figures(ind))
        for text in carried[1:]:
            w.numbered(text, placeholders=False)
        w.beside(memory.beside.get(ind_id), BESIDE_CHANGED, f"{ind.name}, last month's text")
    _events(w, tree)
    if tree.classification == "open" and any(i.judgement_withheld
                                                     for i in tree.summary):
        w.numbered(f"Some figures in the attached report are small numbers (1 to 5), shown as "
                   f"“{SUPPRESSED}” to protect the confidentiality of the children concerned; "
                   f"figures, ratings and commentary that would reveal them are withheld from this "
                   f"open report.", kind=FIXED)
    quality = tree.data_quality
    warnings, unavailable = quality.warnings, quality.unavailable
    if warnings or unavailable:
        parts = []
        if warnings:
            parts.append(f"records {len(warnings)} warning{'s' if len(warnings) != 1 else ''} "
                         f"about the data")
        if unavailable:
            parts.append("notes that these indicators could not be calculated this month: "
                         + "; ".join(u.name for u in unavailable))
        w.numbered("The data quality section of the attached report " + ", and ".join(parts) + ".",
                   placeholders=False, kind=FIXED)
    w.numbered(ACTIONS, kind=ACTIONS_BLOCK)
    w.beside(memory.beside.get(ACTIONS_BLOCK), BESIDE, "The action being taken, last month's text")
    if memory.unplaced:
        heading = w.doc.add_heading(UNPLACED_HEADING, level=2)
        w.anchor(heading, FIXED, UNPLACED_HEADING)
        w.anchor(w.para(UNPLACED_NOTE), FIXED, UNPLACED_NOTE)
        for u in memory.unplaced:
            w.kept(f"{u.context}: ", u.text, u.context)


def _events(w: _Writer, tree: ReportTree) -> None:
    """The council's events (``--events``) within the report's months, oldest first, one
    bullet each with the indicators it applies to (as the charts mark them), and whether the
    process limits are recalculated from it. The labels are the council's text, written as is
    (never taken for placeholders)."""
    charted = [i for i in tree.summary if i.available and i.months]
    groups: dict[EventLabel, list[str]] = {}
    for ind in charted:
        for e in ind.events:
            groups.setdefault(e, []).append(ind.name)
    if not groups:
        return
    w.numbered("Events the council recorded within the period, marked on the charts of the "
               "attached report:", placeholders=False, kind=FIXED)
    for e, names in sorted(groups.items(), key=lambda g: (g[0].month, g[0].label)):
        who = "every indicator" if len(names) == len(charted) else "; ".join(names)
        p = w.doc.add_paragraph(style="List Bullet")
        p.add_run(f"{e.month_label}: {e.label}").bold = True
        p.add_run(f" ({who}" + ("; the process limits are recalculated from this month)"
                                if e.rebase else ")"))
        w.anchor(p, FIXED, p.text)  # the product's own: not taken for the officer's next month


def _remember(doc, tree: ReportTree, blocks: dict[str, dict]) -> None:
    """The record of what was written at each bookmark, as a custom XML part (which Word keeps
    as it is) for next month's report (see previous.py)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = doc.part.package
    item = Part(package.next_partname("/customXml/item%d.xml"), "application/xml",
                record_xml(tree, blocks), package)
    number = item.partname.idx
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"),
                 "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                 ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<ds:datastoreItem ds:itemID="{5AFE6A4D-0000-4000-8000-%012d}" '
                  'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                  '<ds:schemaRefs/></ds:datastoreItem>' % number).encode(), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)


def _definitions(w: _Writer, tree: ReportTree) -> None:
    """The definitions of the indicators the key considerations name (the attached report
    defines them all), their Markdown as italic and code-font runs."""
    by_id = {i.id: i for i in tree.summary}
    named = [by_id[i] for i in dict.fromkeys(tree.key_message_indicators)
             if i in by_id]
    if not named:
        return
    w.para("The indicators named in the key considerations are defined as follows:",
           placeholders=False)
    for ind in named:
        p = w.doc.add_paragraph(style="List Bullet")
        p.add_run(f"{ind.name}: ").bold = True
        _markdown_runs(p, ind.definition)


def _markdown_runs(paragraph, text: str) -> None:
    """`text` as runs: *emphasis* italic, `code` in a code font, no asterisks or backticks."""
    for kind, piece in markup.spans(text):
        run = paragraph.add_run(piece)
        if kind == "em":
            run.italic = True
        elif kind == "code":
            run.font.name = CODE_FONT


def _equality(w: _Writer, tree: ReportTree) -> None:
    w.numbered("This report pays due regard to the council's general equality duty, set out "
               "below.")
    if tree.equality:  # the facts of the equality page: the largest and significant differences
        w.numbered(f"The performance report's equality page compares groups of children at each "
                   f"step from referral to care in {tree.equality.period}, with the relative "
                   f"rate index against a reference group. It finds:", placeholders=False)
        for fact in tree.equality.facts:
            w.para(fact, style="List Bullet", placeholders=False)
    w.para("Note: Under section 149 of the Equality Act 2010, the “General Duty” on public "
           "authorities is set out thus:", style="Quote")
    w.para("“A public authority must, in the exercise of its functions, have due regard to the "
           "need to –", style="Quote")
    for duty in EQUALITY_DUTY:
        w.para(duty, style="List Bullet")


def write_docx(tree: ReportTree, settings: ReportSettings, path: Path, *,
               memory: Memory | None = None) -> None:
    """Write the committee cover report for `tree` (from `build_tree`) to `path` (.docx); with
    `memory` (previous.remember), last month's commentary carried, shown or listed."""
    memory = memory or Memory({}, {}, ())
    classification = tree.classification
    month = tree.month_label
    doc = Document()
    _setup(doc)
    _header_footer(doc, tree)

    props = doc.core_properties
    props.title = f"{TITLE} – {month}"
    props.subject = tree.title
    props.author = settings.report_by
    props.last_modified_by = settings.report_by
    props.category = classification.capitalize()
    props.keywords = "children's safeguarding; performance; committee report"
    props.comments = ""
    props.revision = 1
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now

    w = _Writer(doc)
    w.para(DRAFTING_NOTE)
    if memory:
        w.para(MEMORY_NOTE)
    _header_block(doc, settings)

    w.heading("Classification")
    w.para(classification.capitalize())
    if tree.not_for_publication:
        w.para("Not for publication: the attached report shows small numbers (1 to 5) that "
               "could identify children.", bold=True)

    w.heading("Key Decision")
    w.para(settings.key_decision)

    w.heading("Wards Affected")
    w.para(settings.wards_affected)

    w.heading("Purpose")
    w.para(f"To note the performance in relation to children's safeguarding for the month of "
           f"{month}, together with trend data over the previous 12 months.")
    if tree.partial_month:
        w.para(f"{tree.partial_note}.", bold=True, placeholders=False)

    w.heading("Recommendation(s)")
    w.para("THAT:", bold=True)
    for i, recommendation in enumerate(settings.recommendations):
        w.lettered(_letter(i), recommendation)

    w.heading("Alternative options")
    w.numbered(settings.alternative_options)

    w.heading("Reasons for recommendations")
    w.numbered(settings.reasons_for_recommendations)

    w.heading("Key considerations")
    _key_considerations(w, tree, memory)

    w.heading("Community impact")
    w.numbered(settings.community_impact)

    w.heading("Equality and human rights")
    _equality(w, tree)

    w.heading("Financial implications")
    w.numbered(settings.financial_implications)

    w.heading("Legal implications")
    w.numbered(settings.legal_implications)

    w.heading("Risk management")
    w.numbered(settings.risk_management)

    w.heading("Consultees")
    w.numbered(settings.consultees)

    w.heading("Appendices")
    w.numbered(f"{tree.title}.", placeholders=False)
    _definitions(w, tree)

    w.heading("Background papers")
    w.para(settings.background_papers)
    _remember(doc, tree, w.blocks)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def _letter(i: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("a") + r) + out
    return out
