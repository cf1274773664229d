"""Drafted commentary: one or two plain-English sentences per indicator, in the manner of the
seed report's paragraphs, built only from the facts computed for it (value, rating, SPC signal,
change, benchmarks), with numbers formatted as the report shows them. Nothing else is claimed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from .. import reference
from ..formatting import month_label, with_unit
from ..indicators import Indicator
from ..results import Change, EventMark, Judgement, Position, Rag, Spc
from .change import describe_peak_change

NOTABLE_CHANGE = 10.0  # percent: a change from the 12-month peak or trough worth a sentence
SPC_PHRASES = {
    "improving": "a significant improvement",
    "concerning": "a significant deterioration",
    "neither": "a significant change",
}
RATED = ("green", "amber", "red")
POSITION_WORDS = {"better": "better than", "worse": "worse than", "similar": "similar to",
                  "higher": "higher than", "lower": "lower than"}


def shown(value, ind: Indicator, places: int | None = None) -> str:
    return with_unit(value, ind.unit, places)


def _unnested(signal: str) -> str:
    """'7 months in a row above the mean (from May 2014)' -> '..., from May 2014': the signal
    goes in brackets itself, and brackets within brackets read as a clause twice."""
    return re.sub(r" \(([^()]*)\)", r", \1", signal)


ARTICLES = ("the ", "a ", "an ", "our ", "this ")
# Names a label may start with that keep their capital: bodies and words a council's events
# name, besides the councils and regions themselves (``_names``).
PROPER_NOUNS = frozenset({
    "Ofsted", "Cafcass", "Barnardo's", "England", "English", "Covid", "Christmas", "Easter",
    *calendar.month_name[1:], *calendar.day_name,
})


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    """Council and region names, longest first (a label starting with one keeps its case);
    'Herefordshire, County of' as 'Herefordshire' too."""
    found = {n for c in reference.councils()
             for n in (c.name, c.name.split(",")[0], c.region_name)}
    return tuple(sorted((n for n in found if n), key=len, reverse=True))


def _lowered(label: str) -> str:
    """The label with its first letter lower-cased when it is sentence case ('New front door')
    or starts with an article ('The Ofsted inspection'), else as written: not when its first
    word is not capitalised-then-lower ('MASH', 'iPad'), is a known proper noun ('Ofsted
    inspection') or starts a council or region name ('North Yorkshire review'), nor when a
    later word is capitalised then lower case too (a title-case name, 'Signs of Safety', keeps
    its capitals; 'MASH launched' is no name)."""
    words = label.split()
    first = words[0].rstrip(",.:;")
    if not (first[:1].isupper() and first[1:].islower()):
        return label
    if (first + " ").lower() in ARTICLES:  # 'The Ofsted inspection': the article, mid-sentence
        return label[0].lower() + label[1:]
    if first in PROPER_NOUNS or any(w[:1].isupper() and w[1:].islower() for w in words[1:]):
        return label
    if any(label == n or label.startswith((n + " ", n + "'")) for n in _names()):
        return label
    return label[0].lower() + label[1:]


def event_phrase(event: EventMark) -> str:
    """'the new front door in February 2014' from the event labelled 'New front door', and
    'the Ofsted inspection in May 2014' from 'Ofsted inspection' (``_lowered`` says when the
    first letter is lowered); 'the' goes before a label that has no article of its own."""
    label = _lowered(event.label)
    if not label.lower().startswith(ARTICLES):
        label = f"the {label}"
    return f"{label} in {month_label(event.month)}"


def latest_rebase(spc: Spc, events: Sequence[EventMark]) -> EventMark | None:
    """The latest event whose rebase the SPC limits start from, if any."""
    if not spc.rebase:
        return None
    found = [e for e in events if e.rebase and e.month <= spc.rebase[-1]]
    return found[-1] if found else None


def _spc_clause(spc: Spc, events: Sequence[EventMark] = ()) -> str:
    icon = spc.variation_icon
    rebase = latest_rebase(spc, events)
    since = f" since {event_phrase(rebase)}" if rebase else ""
    if icon == "common_cause":
        return f"month-to-month changes are within normal variation{since}"
    for key, phrase in SPC_PHRASES.items():
        if icon.startswith(f"special_cause_{key}") and spc.signals:
            return f"{phrase}{since} ({_unnested(spc.signals[0])})"
    return ""


def _change_clause(ind: Indicator, change: Change) -> str:
    peak = describe_peak_change(change, places=1)  # rates as the rest of the report shows them
    moved = [c for c in (change.peak, change.trough) if c.relative is not None]
    if peak and any(abs(c.relative) >= NOTABLE_CHANGE for c in moved if c.relative is not None):
        return peak
    prev = change.previous_month
    if prev.value is None or prev.latest is None or prev.month is None:
        return ""
    if prev.movement == "no change":
        return f"unchanged from {month_label(prev.month)}"
    return f"{prev.movement} from {shown(prev.value, ind)} in {month_label(prev.month)}"


def _benchmark_clause(ind: Indicator, position: Position, skip: tuple[str, ...] = ()) -> str:
    """'higher than statistical neighbours (40.4 per 10,000) and England (42.1 per 10,000) in the
    2014 published figures'; comparators in `skip` (already named by the rating) left out, and a
    position word said once for comparators it fits alike."""
    groups: dict[str, list[str]] = {}
    for name, label, entry in (("neighbours", "statistical neighbours", position.neighbours),
                               ("england", "England", position.england)):
        if entry.position and name not in skip:
            groups.setdefault(entry.position, []).append(f"{label} ({shown(entry.value, ind)})")
    if not groups:
        return ""
    parts = [f"{POSITION_WORDS[word]} {' and '.join(labels)}" for word, labels in groups.items()]
    return f"{' and '.join(parts)} in the {position.year} published figures"


def commentary(ind: Indicator, latest, rating: Rag, position: Position, change: Change,
               spc: Spc, events: Sequence[EventMark] = ()) -> tuple[str, ...]:
    """One or two sentences from the facts judged for the indicator's latest point."""
    if latest is None:
        return ()
    month = month_label(latest.month)
    if latest.value is None:
        return (f"{ind.name}: no cases in {month}.",)
    first = f"{ind.name}: {shown(latest.value, ind)} in {month}"
    named: tuple[str, ...] = ()  # comparators the rating's basis already names
    if rating.rating in RATED:
        first += f", {rating.rating}: {rating.basis}"
        named = tuple(n for n in rating.range_names or () if isinstance(n, str))
    signal = _spc_clause(spc, events)
    first += f"; {signal}." if signal else "."
    second = [c for c in (_change_clause(ind, change), _benchmark_clause(ind, position, named))
              if c]
    if not second:
        return (first,)
    text = "; ".join(second)
    return (first, text[0].upper() + text[1:] + ".")


KEY_REASONS = {  # kind -> what makes it a key message, each fact with the words that state it
    "red_concern": (("red", ", red: "), ("getting significantly worse", SPC_PHRASES["concerning"])),
    "red": (("red against its target", ", red: "),),
    "concern": ((SPC_PHRASES["concerning"], SPC_PHRASES["concerning"]),),
    "worst_quartile": (("in the worst quartile of councils", None),),
    "improvement": ((SPC_PHRASES["improving"], SPC_PHRASES["improving"]),),
}


def key_message(ind: Indicator, kind: str, judged: Judgement) -> str:
    """The first sentence of the indicator's commentary, with the reason it is a key message
    when the sentence does not already say it (never the same clause twice)."""
    sentence = judged.commentary[0] if judged.commentary else ind.name
    why = [reason for reason, stated in KEY_REASONS[kind] if not stated or stated not in sentence]
    text = sentence.rstrip(".")
    return f"{text} ({', and '.join(why)})." if why else f"{text}."
