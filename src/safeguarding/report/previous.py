"""Commentary that remembers: last month's cover report, as the officer edited it, read back.

The cover report (docx.py) starts every paragraph it writes under Key considerations with a
hidden Word bookmark (`_sg_1`, `_sg_2`, ...) and keeps, in a custom XML part of the document, a
record of what it wrote at each: the block's kind, the text it drafted, and for an indicator's key
message the judgement signature (rating, SPC variation icon, direction of travel) and the figures
it stated. Word keeps bookmarks and custom XML parts through editing and saving.

Next month `read_previous` reads the blocks back: a bookmarked paragraph and the paragraphs the
officer added after it, up to the next bookmark or heading. `remember` decides what this month's
cover report does with each (`Memory`):

- an indicator's key message the officer edited, whose judgement is unchanged and which is a key
  message again: the officer's text is carried forward in place of the fresh draft, with last
  month's stated figures (value, numerator, denominator) and month replaced by this month's;
- one whose judgement changed: the fresh draft, with the officer's text shown beside it;
- the officer's overall picture and actions: the fresh placeholder, last month's text beside it;
- anything else the officer wrote (text added after a paragraph of the product's own, edits to
  one, text kept beside or unplaced last month and still there, the commentary of an indicator
  that is not a key message this month): the "unplaced commentary" list. Nothing is dropped.
  Kept text whose label the officer deleted was adopted where it stands: it counts as text the
  officer added to the block before it.

Text untouched since the product drafted it is not the officer's, and is drafted afresh.
The officer's text is user content: it goes into the new cover report only, never into a log or
an error message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from zipfile import BadZipFile

from lxml import etree

from .. import formatting as fmt
from ..results import IndicatorPage, ReportTree

NAMESPACE = "urn:safeguarding:cover-report-memory"
VERSION = 1
BOOKMARK = "_sg_"           # hidden bookmarks (a leading underscore) anchor the blocks
COVER_REPORT = "cover-report.docx"
HEADING = "Key considerations"

# Block kinds: an indicator's key message; the officer's overall picture and actions; the
# product's own paragraphs; text from last month kept beside a draft or unplaced.
INDICATOR, OVERALL, ACTIONS, FIXED, KEPT = "indicator", "overall", "actions", "fixed", "kept"

UNPLACED_HEADING = "Unplaced commentary from last month"
BESIDE_CHANGED = "Last month's text (judgement changed): "
BESIDE = "Last month's text: "


class PreviousError(Exception):
    """--previous is not last month's cover report (or pack), in words for the user."""


@dataclass(frozen=True)
class Block:
    """A bookmarked paragraph of last month's Key considerations and the paragraphs after it."""
    record: dict | None          # what the product wrote there; None before any bookmark
    paragraphs: tuple[str, ...]  # the text now there (the officer's), blank paragraphs left out


@dataclass(frozen=True)
class Previous:
    month: str                   # "2014-07"
    classification: str
    la_code: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Unplaced:
    context: str                 # where it stood: "Re-referrals within 12 months, not a key message"
    text: str


@dataclass(frozen=True)
class Memory:
    """What this month's cover report does with last month's text."""
    carried: dict[str, tuple[str, ...]]   # indicator id -> the officer's text, figures updated
    beside: dict[str, tuple[str, ...]]    # indicator id, OVERALL or ACTIONS -> last month's text
    unplaced: tuple[Unplaced, ...]

    def __bool__(self) -> bool:
        return bool(self.carried or self.beside or self.unplaced)


# --- Writing: the judgement and figures to remember -------------------------------------------

def signature(ind: IndicatorPage) -> list[str]:
    """An indicator's judgement, as the tree states it: rating, SPC variation icon, direction."""
    return [ind.rag, ind.spc_icon, ind.direction]


def figures(ind: IndicatorPage) -> dict[str, str]:
    """The figures a key message may state, formatted as the report shows them."""
    if not ind.months:
        return {}
    latest = ind.months[-1]

    def count(v) -> str:
        return fmt.value(v, "count") if isinstance(v, int) else str(v or "")

    return {"month": latest.label, "value": str(latest.value),
            "numerator": count(latest.numerator), "denominator": count(latest.denominator)}


def record_xml(tree: ReportTree, blocks: dict[str, dict]) -> bytes:
    """The custom XML part: the month, classification and council, and each bookmark's block."""
    root = etree.Element(f"{{{NAMESPACE}}}memory", nsmap={None: NAMESPACE})
    root.text = json.dumps({"version": VERSION, "month": tree.month,
                            "classification": tree.classification,
                            "la_code": tree.council.la_code, "blocks": blocks},
                           ensure_ascii=True, sort_keys=True)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- Reading last month's cover report ---------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NUMBER = re.compile(r"^\s*\d+\t")   # a numbered paragraph's "<n><tab>"


def cover_report(path: Path, la_code: str | None) -> Path:
    """The cover report `--previous` names: the .docx itself, a pack folder's cover report, or
    for one of several councils, `<folder>/<la_code>/cover-report.docx`."""
    path = Path(path)
    if path.is_dir():
        for candidate in (path / COVER_REPORT, path / (la_code or "") / COVER_REPORT):
            if candidate.is_file():
                return candidate
        raise PreviousError(f"--previous {path} is a folder without a {COVER_REPORT}: give last "
                            f"month's report pack folder or its cover report")
    if not path.is_file():
        raise PreviousError(f"--previous {path} does not exist: give last month's report pack "
                            f"folder or its cover report (.docx)")
    return path


def read_previous(path: Path, la_code: str | None) -> Previous:
    """Last month's cover report for council `la_code` (None: any council, to check a file
    before the work), read back into blocks."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.exceptions import PackageNotFoundError

    path = cover_report(path, la_code)
    try:
        doc = docx.Document(str(path))
    except (PackageNotFoundError, BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise PreviousError(f"--previous {path} is not a Word document (.docx)") from None
    record = None
    for rel in doc.part.rels.values():
        if rel.reltype == RT.CUSTOM_XML and not rel.is_external:
            record = _record(rel.target_part.blob) or record
    if record is None:
        raise PreviousError(f"--previous {path} is not a cover report written by safeguarding "
                            f"(it has no record of that month's judgements)")
    if la_code is not None and record["la_code"] != la_code:
        raise PreviousError(f"--previous {path} is the cover report of council "
                            f"{record['la_code']}, not {la_code}")
    return Previous(record["month"], record["classification"], record["la_code"],
                    _blocks(doc, record["blocks"]))


def _record(blob: bytes) -> dict | None:
    try:
        root = etree.fromstring(blob)
    except etree.XMLSyntaxError:
        return None
    if root.tag != f"{{{NAMESPACE}}}memory":
        return None
    try:
        record = json.loads(root.text or "")
    except ValueError:
        return None
    if not isinstance(record, dict) or record.get("version") != VERSION:
        return None
    return record


def _blocks(doc, records: dict[str, dict]) -> tuple[Block, ...]:
    """The Key considerations section, split at our bookmarks. Tables the officer added there are
    read row by row, so their text is kept too."""
    blocks: list[Block] = []
    record: dict | None = None
    paragraphs: list[str] = []
    inside = False
    for element in doc.element.body.iterchildren():
        if element.tag == f"{W}p":
            heading = _heading(element)
            if heading is not None:
                if inside:
                    break
                inside = heading == HEADING
                continue
            if not inside:
                continue
            marks = [b.get(f"{W}name") for b in element.iter(f"{W}bookmarkStart")]
            known = [m for m in marks if m in records]
            if known:
                if record is not None or paragraphs:
                    blocks.append(Block(record, tuple(paragraphs)))
                record, paragraphs = records[known[0]], []
            text = _paragraph_text(element)
        elif element.tag == f"{W}tbl" and inside:
            text = "\n".join(" | ".join(_paragraph_text(p) for p in row.iter(f"{W}p"))
                             for row in element.iter(f"{W}tr"))
        else:
            continue
        text = NUMBER.sub("", text).strip()
        if text:
            paragraphs.append(text)
    if inside and (record is not None or paragraphs):
        blocks.append(Block(record, tuple(paragraphs)))
    return tuple(blocks)


def _heading(p) -> str | None:
    """A Heading 1 paragraph's text (the sections of the cover report), else None."""
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is None or style.get(f"{W}val") not in ("Heading1", "Heading 1"):
        return None
    return _paragraph_text(p).strip()


def _paragraph_text(p) -> str:
    """The text as it now reads: tracked insertions in, deletions (w:delText) out."""
    out = []
    for run in p.iter(f"{W}r"):
        if run.getparent().tag == f"{W}del":
            continue
        for child in run:
            if child.tag == f"{W}t":
                out.append(child.text or "")
            elif child.tag == f"{W}tab":
                out.append("\t")
            elif child.tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
    return "".join(out)


# --- Deciding what to write this month ---------------------------------------------------------

def check(previous: Previous, month: str, classification: str) -> None:
    """`previous` may be carried into the report for `month` ("2014-08") of `classification`."""
    if previous.month > month:
        raise PreviousError(f"--previous is the cover report for {previous.month}, after the "
                            f"reporting month {month}")
    if previous.classification == "internal" and classification == "open":
        raise PreviousError("--previous is an internal (not for publication) cover report: its "
                            "commentary may show small numbers and cannot go into an open one")


def remember(previous: Previous, tree: ReportTree) -> Memory:
    """What this month's cover report (for `tree`) does with each block of last month's."""
    check(previous, tree.month, tree.classification)
    by_id = {i.id: i for i in tree.summary}
    fresh = dict(zip(tree.key_message_indicators, tree.key_messages))
    carried: dict[str, tuple[str, ...]] = {}
    beside: dict[str, tuple[str, ...]] = {}
    unplaced: list[Unplaced] = []

    def lost(context: str, texts) -> None:
        unplaced.extend(Unplaced(context, t) for t in texts)

    for block in _adopted(previous.blocks):
        record = block.record
        if record is None:
            lost(HEADING, block.paragraphs)
            continue
        texts = _unlabelled(block.paragraphs, record)
        kind = record["kind"]
        if kind == KEPT:   # last month's text kept beside a draft or unplaced: still the officer's
            lost(record["context"], texts)
            continue
        untouched = texts[:1] == (record["draft"],)
        own = texts[1:] if untouched else texts   # what the officer wrote or changed
        if not own:
            continue       # the product's own text, as drafted: drafted afresh
        if kind == INDICATOR:
            ind = by_id.get(record["indicator"])
            if ind is None:
                lost(f"{record['name']}, not reported this month", own)
            elif ind.id not in fresh:
                lost(f"{ind.name}, not a key message this month", own)
            elif signature(ind) == record["signature"]:
                update = _updater(record["figures"], figures(ind))
                carried[ind.id] = (((fresh[ind.id],) if untouched else ())
                                   + tuple(update(t) for t in own))
            else:
                beside[ind.id] = own
        elif kind in (OVERALL, ACTIONS):
            beside[kind] = own
        else:              # the product's own paragraph: what the officer changed or added
            lost(HEADING, own)
    return Memory(carried, beside, tuple(unplaced))


def _adopted(blocks: tuple[Block, ...]) -> list[Block]:
    """Text kept for the officer whose label the officer deleted was adopted where it stands: it
    joins the block before it (an indicator's commentary, say), as text the officer added."""
    out: list[Block] = []
    for block in blocks:
        record = block.record or {}
        if (out and record.get("kind") == KEPT and block.paragraphs
                and not block.paragraphs[0].startswith(record["label"].strip())):
            out[-1] = Block(out[-1].record, out[-1].paragraphs + block.paragraphs)
        else:
            out.append(block)
    return out


def _unlabelled(texts: tuple[str, ...], record: dict) -> tuple[str, ...]:
    """The block's paragraphs without the label the product put before its first ("Last month's
    text: ")."""
    label = record.get("label", "")
    if texts and label and texts[0].startswith(label):
        rest = texts[0][len(label):].strip()
        return ((rest,) if rest else ()) + texts[1:]
    return texts


def _updater(old: dict[str, str], new: dict[str, str]):
    """A function replacing last month's stated figures and month with this month's, in one pass
    (so a figure is never replaced twice). Only figures (with a digit) are replaced, each where it
    stands as a whole number ("91.35%" but not inside "191.35%"); one stated by two keys with
    different new values is ambiguous and left as it is."""
    targets: dict[str, set[str]] = {}
    for key in ("month", "value", "numerator", "denominator"):
        o, n = old.get(key, ""), new.get(key, "")
        if o and n and any(c.isdigit() for c in o):
            targets.setdefault(o, set()).add(n)
    mapping = {o: next(iter(ns)) for o, ns in targets.items() if len(ns) == 1 and o not in ns}
    if not mapping:
        return lambda text: text
    alternatives = "|".join(re.escape(o) for o in sorted(mapping, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.,])(?:{alternatives})(?![\w%]|[.,]\d)")
    return lambda text: pattern.sub(lambda m: mapping[m.group()], text)
