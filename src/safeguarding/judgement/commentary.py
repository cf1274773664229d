"""Drafted commentary: one or two plain-English sentences per indicator, in the manner of the
seed report's paragraphs, built only from the facts computed for it (value, rating, SPC signal,
change, benchmarks), with numbers formatted as the report shows them. Nothing else is claimed.
"""

from __future__ import annotations

from ..formatting import month_label, with_unit
from ..indicators import Indicator
from .change import describe_peak_change

NOTABLE_CHANGE = 10.0  # percent: a change from the 12-month peak or trough worth a sentence
SPC_PHRASES = {
    "improving": "a significant improvement",
    "concerning": "a significant deterioration",
    "neither": "a significant change",
}
POSITION_WORDS = {"better": "better than", "worse": "worse than", "similar": "similar to",
                  "higher": "higher than", "lower": "lower than"}


def shown(value, ind: Indicator, places: int | None = None) -> str:
    return with_unit(value, ind.unit, places)


def _spc_clause(spc: dict) -> str:
    icon = spc["variation_icon"]
    if icon == "common_cause":
        return "month-to-month changes are within normal variation"
    for key, phrase in SPC_PHRASES.items():
        if icon.startswith(f"special_cause_{key}") and spc["signals"]:
            return f"{phrase} ({spc['signals'][0]})"
    return ""


def _change_clause(ind: Indicator, change: dict) -> str:
    peak = describe_peak_change(change, places=1)  # rates as the rest of the report shows them
    moved = [change[k] for k in ("peak", "trough") if change[k]["relative"] is not None]
    if peak and any(abs(c["relative"]) >= NOTABLE_CHANGE for c in moved):
        return peak
    prev = change["previous_month"]
    if prev["value"] is None or prev["latest"] is None:
        return ""
    if prev["movement"] == "no change":
        return f"unchanged from {month_label(prev['month'])}"
    return f"{prev['movement']} from {shown(prev['value'], ind)} in {month_label(prev['month'])}"


def _benchmark_clause(ind: Indicator, position: dict) -> str:
    parts = []
    for name, label in (("neighbours", "statistical neighbours"), ("england", "England")):
        entry = position.get(name) or {}
        if entry.get("position"):
            parts.append(f"{POSITION_WORDS[entry['position']]} {label} ({shown(entry['value'], ind)})")
    if not parts:
        return ""
    return f"{' and '.join(parts)} in the {position['year']} published figures"


def commentary(ind: Indicator, latest, facts: dict, benchmark: dict | None) -> list[str]:
    if latest is None:
        return []
    month = month_label(latest.month)
    if latest.value is None:
        return [f"{ind.name}: no cases in {month}."]
    first = f"{ind.name}: {shown(latest.value, ind)} in {month}"
    rating = facts["rag"]
    if rating["rating"] in ("green", "amber", "red"):
        first += f", {rating['rating']}: {rating['basis']}"
    spc = _spc_clause(facts["spc"])
    first += f"; {spc}." if spc else "."
    second = [c for c in (_change_clause(ind, facts["change"]),
                          _benchmark_clause(ind, facts["benchmark_position"])) if c]
    out = [first]
    if second:
        text = "; ".join(second)
        out.append(text[0].upper() + text[1:] + ".")
    return out


def key_message(ind: Indicator, kind: str, judged: dict) -> str:
    """The first sentence of the indicator's commentary, with the reason it is a key message."""
    why = {
        "red_concern": "red, and getting significantly worse",
        "red": "red against its target",
        "concern": "a significant deterioration",
        "worst_quartile": "in the worst quartile of councils",
        "improvement": "a significant improvement",
    }[kind]
    sentence = judged["commentary"][0] if judged["commentary"] else ind.name
    return f"{sentence.rstrip('.')} ({why})."
