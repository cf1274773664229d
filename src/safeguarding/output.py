"""The indicator results as a document (JSON), tidy rows (CSV) and a Rich table."""

from __future__ import annotations

import dataclasses
import json

from rich.table import Table

from . import formatting as fmt
from .app import CouncilIndicators
from .csvtext import csv_text
from .judgement.spc import ICONS
from .reference import ATTRIBUTION
from .results import Judgement, jsonable

JUDGEMENT = [f.name for f in dataclasses.fields(Judgement)]  # null for an unjudged indicator


def document(c: CouncilIndicators) -> dict:
    """The machine contract: one council, every indicator, 13 points oldest first, unrounded."""
    return {
        "la_code": c.la_code,
        "la_name": c.la_name,
        "month": f"{c.month:%Y-%m}",
        "extracted_at": f"{c.extracted_at:%Y-%m-%d}",
        "partial_month": c.partial_month,
        "engine": c.engine,
        "warnings": c.warnings,
        "attribution": f"Benchmarks: DfE published statistics. {ATTRIBUTION}",
        "key_messages": jsonable(c.key_messages),
        "spc_icons": ICONS,
        "indicators": [
            {
                "id": r.indicator.id,
                "name": r.indicator.name,
                "area": r.indicator.area,
                "unit": r.indicator.unit,
                "polarity": r.indicator.polarity,
                "available": r.available,
                "reason": r.reason,
                **({"error": r.error} if r.error else {}),
                "definition": r.indicator.definition,
                "benchmarks": jsonable(r.benchmark),
                "published_trend": jsonable(r.published_trend),
                **(jsonable(r.judgement) if r.judgement else dict.fromkeys(JUDGEMENT)),
                "series": jsonable(r.series),
                **({"breakdown": jsonable(r.breakdown)} if r.breakdown else {}),
            }
            for r in c.results
        ],
    }


def to_json(councils: list[CouncilIndicators]) -> str:
    docs = [document(c) for c in councils]
    return json.dumps(docs[0] if len(docs) == 1 else docs, indent=2)


def to_csv(councils: list[CouncilIndicators]) -> str:
    """Tidy rows: one per council, indicator and month (`partial_month` is True on every row of
    a council whose reporting month ends after its extract date). With a breakdown (`--by`),
    each group's rows follow, `breakdown` and `group` naming them (empty on the whole's rows)."""
    by = any(r.breakdown for c in councils for r in c.results)
    rows = []
    for c in councils:
        for r in c.results:
            if not r.available or r.error or not r.series:
                rows.append([c.la_code, r.indicator.id, r.indicator.unit, "", "", "", "",
                             False, r.error or r.reason or "", c.partial_month]
                            + (["", ""] if by else []))
                continue
            rows += [_csv_row(c, r, p) + (["", ""] if by else []) for p in r.series]
            b = r.breakdown
            if b and not b.available:
                rows.append([c.la_code, r.indicator.id, r.indicator.unit, "", "", "", "", False,
                             b.reason or "", c.partial_month, b.by, ""])
            elif b:
                rows += [_csv_row(c, r, p, b.note) + [b.by, g.group]
                         for g in b.groups for p in g.series]
    return csv_text(["la_code", "indicator", "unit", "month", "value", "numerator", "denominator",
                     "available", "reason", "partial_month"]
                    + (["breakdown", "group"] if by else []), rows)


def _csv_row(c: CouncilIndicators, r, p, note: str | None = None) -> list:
    reason = "not covered by this source" if not p.covered else (note or "")
    if p.suppressed:  # an open breakdown's hidden cell: `c`, as the DfE's open data shows it
        hid = "c"
        return [c.la_code, r.indicator.id, r.indicator.unit, p.month, hid, hid,
                hid if p.denominator is None and r.indicator.unit == "percent" else p.denominator,
                True, "suppressed (docs/disclosure.md)", c.partial_month]
    return [c.la_code, r.indicator.id, r.indicator.unit, p.month, p.value, p.numerator,
            p.denominator, True, reason, c.partial_month]


def _title(c: CouncilIndicators, what: str) -> str:
    """A table's title (council and month), and the partial-month mark under it."""
    title = fmt.terminal(f"{c.la_name or c.la_code} ({c.la_code}): {what}")  # extract.toml text
    return title + (f"\n[bold red]{fmt.terminal(c.partial_note)}[/bold red]" if c.partial_month else "")


def _caption(c: CouncilIndicators, text: str) -> str:
    """A table's caption, after the partial-month mark (the foot of a long table carries it too)."""
    return (f"[bold red]{fmt.terminal(c.partial_note)}[/bold red]\n" if c.partial_month else "") + text


def _name(r) -> str:
    """The indicator's name; for one not available, its reason on the line below."""
    name = fmt.terminal(r.indicator.name)
    if not r.available and not r.error:
        name += f"\n[dim]{fmt.terminal(r.reason or 'no reason recorded')}[/dim]"
    return name


def rich_table(c: CouncilIndicators) -> Table:
    label = fmt.month_label(c.month)
    t = Table(title=_title(c, f"indicators for {label}"),
              caption=_caption(c, f"Extract of {c.extracted_at:%d %B %Y}. Rates per 10,000 "
                                  "children aged 0-17."))
    t.add_column("Indicator")
    t.add_column(label, justify="right")
    t.add_column("Previous month", justify="right")
    t.add_column("13 months", no_wrap=True)
    for r in c.results:
        unit = r.indicator.unit
        if r.error:
            t.add_row(_name(r), "[red]error[/red]", "", fmt.terminal(r.error[:60]))
        elif not r.available:
            t.add_row(_name(r), "[dim]not available[/dim]", "", "")
        else:
            latest, previous = r.series[-1], r.series[-2] if len(r.series) > 1 else None
            t.add_row(_name(r), fmt.point_value(latest, unit),
                      fmt.point_value(previous, unit) if previous else "",
                      fmt.sparkline([p.value for p in r.series]))
    return t


def breakdown_tables(c: CouncilIndicators) -> list[Table]:
    """The reporting month's figure of each indicator by group (`--by`): one table."""
    done = [r for r in c.results if r.breakdown and r.breakdown.available]
    if not done:  # one line per reason, and the indicators it applies to
        reasons: dict[str, int] = {}
        for r in c.results:
            if r.breakdown:
                reasons[r.breakdown.reason or ""] = reasons.get(r.breakdown.reason or "", 0) + 1
        if not reasons:
            return []
        t = Table(title=_title(c, "breakdown"))
        t.add_column("Not available")
        t.add_column("Indicators", justify="right")
        for reason, n in reasons.items():
            t.add_row(fmt.terminal(reason), str(n))
        return [t]
    by, label = done[0].breakdown.by, fmt.month_label(c.month)  # type: ignore[union-attr]
    hidden = any(r.breakdown.disclosure for r in done)  # type: ignore[union-attr]
    t = Table(title=_title(c, f"indicators for {label} by {by}"),
              caption=_caption(c, "Rates per 10,000 by group: counts shown."
                               + (" c: hidden, 1 to 5 children or a cell that would give one "
                                  "back (open; --classification internal shows every cell)."
                                  if hidden else "")))
    t.add_column("Indicator")
    groups = [g.group for g in done[0].breakdown.groups]  # type: ignore[union-attr]
    for g in groups:
        t.add_column(g, justify="right")
    for r in c.results:
        b = r.breakdown
        if b is None or not b.available:
            t.add_row(fmt.terminal(r.indicator.name), "[dim]not available[/dim]",
                      *([""] * (len(groups) - 1)))
            continue
        unit = "count" if r.indicator.unit == "per_10k" else r.indicator.unit
        t.add_row(fmt.terminal(r.indicator.name), *(
            fmt.value(g.series[-1].numerator, unit)
            if unit == "count" and g.series[-1].covered and not g.series[-1].suppressed
            else fmt.point_value(g.series[-1], unit) for g in b.groups))
    return [t]


RAG_STYLE = {"green": "green", "amber": "yellow", "red": "red"}
RAG_MARK = {"green": "● green", "amber": "▲ amber", "red": "■ red", "no_target": "no target",
            "no_data": "no data"}


def summary_table(c: CouncilIndicators) -> Table:
    """The judgement at a glance: value, rating, benchmark position, change, SPC signal."""
    label = fmt.month_label(c.month)
    t = Table(title=_title(c, f"performance summary, {label}"),
              caption=_caption(c, "Rating shape as well as colour: ● green, ▲ amber, ■ red."))
    for name in ("Indicator", label, "Rating", "vs neighbours", "vs England", "vs last month",
                 "Signal"):
        t.add_column(name, justify="right" if name == label else "left")
    for r in c.results:
        if not r.judgement:
            t.add_row(_name(r), "[dim]not available[/dim]" if not r.error else "[red]error[/red]",
                      "", "", "", "", "")
            continue
        j = r.judgement
        rating = j.rag.rating
        style = RAG_STYLE.get(rating)
        pos = j.benchmark_position
        t.add_row(_name(r), fmt.point_value(r.series[-1], r.indicator.unit),
                  f"[{style}]{RAG_MARK[rating]}[/{style}]" if style else RAG_MARK[rating],
                  pos.neighbours.position or "–", pos.england.position or "–",
                  j.change.previous_month.direction or "–",
                  j.spc.variation_icon.replace("_", " "))
    return t
