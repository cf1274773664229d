"""The format-neutral report tree: everything the report pack shows, computed once.

Renderers (HTML, PDF, XLSX, DOCX) only lay this tree out: every number in it is already
formatted for people (and disclosure-controlled for an `open` report) beside its raw value.
"""

from __future__ import annotations

import datetime as dt

from .. import formatting as fmt
from ..app import CouncilIndicators
from ..indicators import AREAS
from ..indicators.compute import Result
from ..judgement.spc import ICONS
from ..reference import ATTRIBUTION
from .disclosure import CLASSIFICATIONS, SUPPRESSED, suppress_point

TITLE = "Children's Safeguarding and Family Support Performance Report"
RAG_LABELS = {"green": "Green", "amber": "Amber", "red": "Red", "no_target": "No target",
              "no_data": "No data", "not_available": "Not available"}
RAG_SHAPES = {"green": "●", "amber": "▲", "red": "■", "no_target": "○", "no_data": "–",
              "not_available": "×"}


def _months(r: Result, classification: str) -> list[dict]:
    unit = r.indicator.unit
    out = []
    for p in r.series:
        hide = suppress_point(unit, p.numerator, p.denominator, classification)
        out.append({
            "month": p.month,
            "label": fmt.month_label(p.month),
            "value": SUPPRESSED if hide["value"] else fmt.value(p.value, unit),
            "value_raw": None if hide["value"] else p.value,
            "numerator": SUPPRESSED if hide["numerator"] else p.numerator,
            "denominator": SUPPRESSED if hide["denominator"] else p.denominator,
            "suppressed": hide["value"],
        })
    return out


def _benchmark(r: Result) -> dict:
    b = r.benchmark or {}
    unit = r.indicator.unit
    if not b.get("available"):
        return {"available": False, "reason": b.get("reason") or "no published benchmark"}

    def figure(key: str) -> str:
        v = b.get(key)
        return (b.get(f"{key}_mark") or "not published") if v is None else fmt.value(v, unit)

    return {"available": True, "year": b["year"], "measure": b["measure"],
            "council": figure("council"), "neighbours": figure("neighbours"),
            "neighbours_n": b.get("neighbours_n"), "region": figure("region"),
            "region_name": b.get("region_name"), "england": figure("england"),
            "quartile": b.get("quartile"), "raw": {k: b.get(k) for k in
                                                  ("council", "neighbours", "region", "england")}}


def _indicator(r: Result, classification: str) -> dict:
    ind = r.indicator
    months = _months(r, classification) if r.available and not r.error else []
    suppressed_any = any(m["suppressed"] for m in months)
    j = r.judgement or {}
    rating = (j.get("rag") or {}).get("rating", "no_target")
    spc = j.get("spc") or {}
    if suppressed_any:
        commentary = [f"{ind.name}: some figures in these 13 months are small numbers, shown as "
                      f"{SUPPRESSED} to protect confidentiality; commentary is withheld in an open report."]
    else:
        commentary = j.get("commentary") or []
    target = (j.get("rag") or {}).get("target")
    expected = (j.get("rag") or {}).get("range")  # a neutral indicator's expected range
    latest = months[-1] if months else None
    return {
        "id": ind.id, "name": ind.name, "area": ind.area, "unit": ind.unit,
        "polarity": ind.polarity, "definition": ind.definition,
        "available": r.available and not r.error,
        "reason": r.error or r.reason,
        "months": months,
        "latest": latest["value"] if latest else "not available",
        "previous": months[-2]["value"] if len(months) > 1 else "",
        "year_ago": months[0]["value"] if len(months) == 13 else "",
        "target": (fmt.value(target, ind.unit) if target is not None else
                   f"{fmt.value(expected[0], ind.unit)} to {fmt.value(expected[1], ind.unit)}"
                   if expected else ""),
        "target_raw": target,
        "rag": rating,
        "rag_label": RAG_LABELS[rating],
        "rag_shape": RAG_SHAPES[rating],
        "rag_basis": (j.get("rag") or {}).get("basis", ""),
        "benchmark": _benchmark(r),
        "direction": ((j.get("change") or {}).get("previous_month") or {}).get("direction") or "",
        "spc_icon": spc.get("variation_icon", "insufficient_data"),
        "spc_label": ICONS.get(spc.get("variation_icon", "insufficient_data"), ""),
        "assurance_icon": spc.get("assurance_icon"),
        # In an open report an indicator with suppressed months shows no SPC lines or marks:
        # they are computed from every month, and could let a suppressed figure be worked back.
        "spc": {k: None if suppressed_any and classification == "open" else spc.get(k)
                for k in ("mean", "lower", "upper")},
        "special_months": [] if suppressed_any and classification == "open" else
                          [p["month"] for p in spc.get("points", []) if p.get("special_cause")],
        "commentary": commentary,
        "suppressed_any": suppressed_any,
    }


def _not_available(ind: dict) -> dict:
    """An indicator that could not be computed is rated "not available", its own category:
    never counted or listed as having no target."""
    if not ind["available"]:
        ind.update(rag="not_available", rag_label=RAG_LABELS["not_available"],
                   rag_shape=RAG_SHAPES["not_available"], rag_basis="")
    return ind


def build_tree(c: CouncilIndicators, classification: str = "open",
               generated_on: dt.date | None = None) -> dict:
    """The report tree for one council's results."""
    if classification not in CLASSIFICATIONS:
        raise ValueError(f"classification must be one of {', '.join(CLASSIFICATIONS)}")
    indicators = [_not_available(_indicator(r, classification)) for r in c.results]
    withheld = {i["id"] for i in indicators if i["suppressed_any"]}
    return {
        "title": f"{TITLE} – {fmt.month_label(c.month)}",
        "council": {"la_code": c.la_code, "name": c.la_name or c.la_code},
        "month": f"{c.month:%Y-%m}",
        "month_label": fmt.month_label(c.month),
        "classification": classification,
        "not_for_publication": classification == "internal",
        # A month ending after the extract date (--allow-partial-month): every page says so.
        "partial_month": c.partial_month,
        "partial_note": c.partial_note,
        "ratings": {key: sum(1 for i in indicators if i["rag"] == key) for key in RAG_LABELS},
        "generated_on": f"{generated_on or dt.date.today():%d %B %Y}",
        "extracted_at": f"{c.extracted_at:%d %B %Y}",
        "engine": c.engine,
        "key_messages": [m["text"] for m in c.key_messages if m["indicator"] not in withheld],
        "summary": indicators,
        "sections": [{"id": area, "title": title,
                      "indicators": [i for i in indicators if i["area"] == area]}
                     for area, title in AREAS.items()],
        "data_quality": {
            "extracted_at": f"{c.extracted_at:%d %B %Y}",
            "warnings": list(c.warnings),
            "unavailable": [{"name": i["name"], "reason": i["reason"]}
                            for i in indicators if not i["available"]],
        },
        "methods": {
            "attribution": ATTRIBUTION,
            "notes": [
                "Figures are computed from the council's case records (Standard Safeguarding "
                "Dataset extract) by the safeguarding software, to the definitions shown with "
                "each indicator.",
                "Benchmarks are the DfE's published figures for the latest year ending by the "
                "reporting month; statistical neighbours are the DfE's groupings.",
                "Ratings: green meets the target, amber is within the council's tolerance, red is "
                "beyond it; shapes (● ▲ ■) as well as colours.",
                "Signals follow the NHS 'Making Data Count' XmR rules: a point outside the process "
                "limits, 7 in a row on one side of the mean, 7 rising or falling, or two of three "
                "near a limit.",
                "Small numbers (1 to 5) are shown as c in open reports, as the DfE does."
                if classification == "open" else
                "This internal report shows small numbers: it is not for publication.",
            ],
            "spc_icons": ICONS,
        },
    }
