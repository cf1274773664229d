"""The little Markdown the indicator definitions are written in: `*emphasis*` (``*Policy*``) and
code spans (backticked column names, ``cont_contact_date``), for every format of the pack.

`spans(text)` splits a definition into ``(kind, text)`` pieces, kind ``"text"``, ``"em"`` or
``"code"``; each renderer lays them out its own way: `to_html` (escaped, ``<em>`` and
``<code>``: the HTML and the PDF), the cover report as italic and code-font runs (docx.py), and
`plain` (the workbook: the words without their asterisks and backticks). Nothing else is
Markdown here: any other character, an unmatched backtick or a lone asterisk (``a * b``) is
text, and every piece of text is escaped for HTML.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# *words*: opened before a non-space, closed after one, and not inside a word (so "a*b*c" and
# "2 * 3 * 4" stay as they are).
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])")
HTML_TAGS = {"em": "em", "code": "code"}


def _emphasis(text: str) -> list[tuple[str, str]]:
    out, at = [], 0
    for m in EMPHASIS.finditer(text):
        out += [("text", text[at:m.start()]), ("em", m.group(1))]
        at = m.end()
    return out + [("text", text[at:])]


def spans(text: object) -> list[tuple[str, str]]:
    """`text` as (kind, text) pieces: code spans first (nothing inside them is emphasis), then
    emphasis in the rest; empty pieces dropped."""
    parts = str(text).split("`")
    if len(parts) % 2 == 0:  # an unmatched backtick is a backtick
        parts = parts[:-2] + ["`".join(parts[-2:])]
    out: list[tuple[str, str]] = []
    for i, part in enumerate(parts):
        out += [("code", part)] if i % 2 else _emphasis(part)
    return [(kind, piece) for kind, piece in out if piece]


def to_html(text: object) -> Markup:
    """The text as safe HTML: every piece escaped, emphasis as <em>, code spans as <code>."""
    return Markup("".join(
        f"<{HTML_TAGS[kind]}>{escape(piece)}</{HTML_TAGS[kind]}>" if kind in HTML_TAGS
        else str(escape(piece)) for kind, piece in spans(text)))


def plain(text: object) -> str:
    """The words alone, without the asterisks and backticks (for a spreadsheet cell)."""
    return "".join(piece for _, piece in spans(text))
