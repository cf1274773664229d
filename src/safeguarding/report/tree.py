"""The format-neutral report tree: everything the report pack shows, computed once.

Renderers (HTML, PDF, XLSX, DOCX) only lay this tree out: every number in it is already
formatted for people (and disclosure-controlled for an `open` report) beside its raw value.
"""

from __future__ import annotations

import datetime as dt

from .. import formatting as fmt
from ..app import CouncilIndicators
from ..benchmarks.trend import RULE as TREND_RULE
from ..indicators import AREAS
from ..results import (Benchmark, BenchmarkFigures, CouncilName, DataQuality, EventLabel,
                       EventMark, IndicatorPage, Judgement, Methods, MonthFigure,
                       NoBenchmarkFigures, RawFigures, ReportTree, Result, Section, Spc,
                       SpcLines, SpcStep, TrendFigures, Unavailable)
from ..judgement.assess import KEY_MESSAGES
from ..judgement.equality import build as build_equality
from ..judgement.spc import ICONS, rule_words
from ..reference import ATTRIBUTION
from .disclosure import SUPPRESSED, Plan, mask_note

TITLE = "Children's Safeguarding and Family Support Performance Report"
RAG_LABELS = {"green": "Green", "amber": "Amber", "red": "Red", "no_target": "No target",
              "no_data": "No data", "withheld": "Withheld", "not_available": "Not available"}
RAG_SHAPES = {"green": "●", "amber": "▲", "red": "■", "no_target": "○", "no_data": "–",
              "withheld": SUPPRESSED, "not_available": "×"}
SPC_WITHHELD = "Withheld: a month of its history is a small number"


def _months(r: Result, plan: Plan) -> tuple[MonthFigure, ...]:
    unit = r.indicator.unit
    out = []
    for p in r.series:
        hide = plan.point(r.indicator.id, p.month)
        out.append(MonthFigure(
            month=p.month,
            label=fmt.month_label(p.month),
            value=SUPPRESSED if hide.figure else fmt.point_value(p, unit),
            value_raw=None if hide.figure else p.value,
            numerator=SUPPRESSED if hide.figure else p.numerator,
            denominator=SUPPRESSED if hide.denominator else p.denominator,
            suppressed=hide.any,
            covered=p.covered,
        ))
    return tuple(out)


def _benchmark(r: Result) -> BenchmarkFigures | NoBenchmarkFigures:
    b = r.benchmark
    unit = r.indicator.unit
    if not isinstance(b, Benchmark):
        return NoBenchmarkFigures((b.reason if b else None) or "no published benchmark")

    def figure(key: str) -> str:
        v = b.figure(key)
        return (b.mark(key) or "not published") if v is None else fmt.value(v, unit)

    return BenchmarkFigures(
        year=b.year, measure=b.measure, council=figure("council"),
        neighbours=figure("neighbours"), neighbours_n=b.neighbours_n, region=figure("region"),
        region_name=b.region_name, england=figure("england"), quartile=b.quartile,
        raw=RawFigures(b.council, b.neighbours, b.region, b.england))


def _published_trend(r: Result) -> TrendFigures | None:
    """The published trend (benchmarks.published_trend) for people, oldest year first: public
    DfE figures, so shown in every classification; None without a benchmark."""
    t = r.published_trend
    if t is None:
        return None
    unit = r.indicator.unit

    def shown(values: tuple[float | None, ...]) -> tuple[str, ...]:
        return tuple("not published" if v is None else fmt.value(v, unit) for v in values)

    return TrendFigures(t.years, t.measure, shown(t.council), shown(t.neighbours),
                        shown(t.england), t.gap_trend, t.gap, raw=t)


def _spc_points(spc: Spc, months: tuple[MonthFigure, ...]) -> tuple[SpcStep, ...]:
    """The report's months' own SPC mean and limits (steps where a rebase falls) and the rules
    that flag each, in words; withheld with the rest of the SPC (see `_indicator`)."""
    shown = {m.month for m in months}
    words = rule_words(spc.points)
    return tuple(SpcStep(p.month, p.mean, p.lower, p.upper, tuple(words.get(p.month, [])))
                 for p in spc.points if p.month in shown)


def _events(events: tuple[EventMark, ...],
            months: tuple[MonthFigure, ...]) -> tuple[EventLabel, ...]:
    """The council's events that fall within the report's months (the chart marks them)."""
    shown = {m.month: m.label for m in months}
    return tuple(EventLabel(e.month, shown[e.month], e.label, e.rebase)
                 for e in events if e.month in shown)


def _target(j: Judgement | None, unit: str) -> str:
    """The target as shown, or a neutral indicator's expected range."""
    if j is None:
        return ""
    if j.rag.target is not None:
        return fmt.value(j.rag.target, unit)
    if j.rag.range:
        low, high = j.rag.range
        return f"{fmt.value(low, unit)} to {fmt.value(high, unit)}"
    return ""


def _indicator(r: Result, plan: Plan) -> IndicatorPage:
    ind = r.indicator
    available = r.available and not r.error
    months = _months(r, plan) if available else ()
    suppressed_any = any(m.suppressed for m in months)
    j = r.judgement
    spc = j.spc if j else None
    # Judgement that would pin a hidden figure is withheld (see disclosure.py).
    rating_withheld = bool(months) and months[-1].suppressed
    direction_withheld = any(m.suppressed for m in months[-2:])
    spc_withheld = plan.any_hidden(ind.id, [p.month for p in spc.points] if spc else [])
    withheld = suppressed_any or spc_withheld
    spc_shown = spc if spc and not spc_withheld else None
    # An indicator that could not be computed is its own category, never "no target".
    rating = ("not_available" if not available else "withheld" if rating_withheld else
              j.rag.rating if j else "no_target")
    if withheld:
        commentary: tuple[str, ...] = (
            f"{ind.name}: some figures are small numbers, or would reveal one, and are shown as "
            f"{SUPPRESSED} to protect confidentiality; commentary is withheld in an open report.",)
    else:
        commentary = j.commentary if j else ()
    icon = spc.variation_icon if spc else "insufficient_data"
    return IndicatorPage(
        id=ind.id, name=ind.name, area=ind.area, unit=ind.unit, polarity=ind.polarity,
        definition=ind.definition,
        available=available,
        reason=r.error or r.reason,
        months=months,
        latest=months[-1].value if months else "not available",
        previous=months[-2].value if len(months) > 1 else "",
        year_ago=months[0].value if len(months) == 13 else "",
        target=_target(j, ind.unit),
        target_raw=j.rag.target if j else None,
        rag=rating,
        rag_label=RAG_LABELS[rating],
        rag_shape=RAG_SHAPES[rating],
        rag_basis="" if rating_withheld or not available or not j else j.rag.basis,
        benchmark=_benchmark(r),
        published_trend=_published_trend(r),
        direction="" if direction_withheld or not j else j.change.previous_month.direction or "",
        spc_icon="withheld" if spc_withheld else icon,
        spc_label=SPC_WITHHELD if spc_withheld else ICONS.get(icon, ""),
        assurance_icon=spc_shown.assurance_icon if spc_shown else None,
        spc=SpcLines(spc_shown.mean, spc_shown.lower, spc_shown.upper) if spc_shown else
            SpcLines(None, None, None),
        spc_withheld=spc_withheld,
        special_months=tuple(p.month for p in spc_shown.points if p.special_cause)
                       if spc_shown else (),
        spc_points=_spc_points(spc_shown, months) if spc_shown else (),
        events=_events(j.events, months) if j else (),
        commentary=commentary,
        suppressed_any=suppressed_any,
        judgement_withheld=withheld,
    )


def build_tree(c: CouncilIndicators, classification: str = "open",
               generated_on: dt.date | None = None) -> ReportTree:
    """The report tree for one council's results."""
    plan = Plan(c.results, classification)
    indicators = tuple(_indicator(r, plan) for r in c.results)
    withheld = {i.id for i in indicators if i.judgement_withheld}
    published = [m for m in c.key_messages if m.indicator not in withheld][:KEY_MESSAGES]
    equality = None
    if c.equality_groups:  # a step's 12-month total is hidden where any of its months is
        def whole_hidden(indicator_id: str, months: tuple[str, ...]) -> bool:
            return any(plan.point(indicator_id, m).figure for m in months)
        equality = build_equality(dict(c.equality_groups), fmt.month_label(c.month),
                                  classification == "open", whole_hidden, c.group_population)
    return ReportTree(
        title=f"{TITLE} – {fmt.month_label(c.month)}",
        council=CouncilName(c.la_code, c.la_name or c.la_code),
        month=f"{c.month:%Y-%m}",
        month_label=fmt.month_label(c.month),
        classification=classification,
        not_for_publication=classification == "internal",
        # A month ending after the extract date (--allow-partial-month): every page says so.
        partial_month=c.partial_month,
        partial_note=c.partial_note,
        ratings={key: sum(1 for i in indicators if i.rag == key) for key in RAG_LABELS},
        generated_on=f"{generated_on or dt.date.today():%d %B %Y}",
        extracted_at=f"{c.extracted_at:%d %B %Y}",
        engine=c.engine,
        # The first messages that may be published (filtered before they are counted), and the
        # indicator each is about (None for the coverage message), in order.
        key_messages=tuple(m.text for m in published),
        key_message_indicators=tuple(m.indicator for m in published),
        judgement_withheld=tuple(sorted(withheld)),
        summary=indicators,
        sections=tuple(Section(area, title, tuple(i for i in indicators if i.area == area))
                       for area, title in AREAS.items()),
        data_quality=DataQuality(
            extracted_at=f"{c.extracted_at:%d %B %Y}",
            warnings=tuple(mask_note(w) if classification == "open" else w for w in c.warnings),
            unavailable=tuple(Unavailable(i.name, i.reason) for i in indicators
                              if not i.available),
        ),
        methods=Methods(
            attribution=ATTRIBUTION,
            notes=(
                "Figures are computed from the council's case records (Standard Safeguarding "
                "Dataset extract) by the safeguarding software, to the definitions shown with "
                "each indicator.",
                "Benchmarks are the DfE's published figures for the latest year ending by the "
                "reporting month; statistical neighbours are the DfE's groupings.",
                f"The published trend shows the last 5 DfE years of the council, its statistical "
                f"neighbours' mean and England. Its reading of the gap compares {TREND_RULE}.",
                "Ratings: green meets the target, amber is within the council's tolerance, red is "
                "beyond it; shapes (● ▲ ■) as well as colours.",
                "Signals follow the NHS 'Making Data Count' XmR rules: a point outside the process "
                "limits, 7 in a row on one side of the mean, 7 rising or falling, or two of three "
                "near a limit.",
                "Small numbers (1 to 5) are shown as c in open reports, as the DfE does, with "
                "any figure that would reveal one: a rolling total that includes it, the rating, "
                "direction or process limits of a month that holds it (see the disclosure method "
                "in the documentation)."
                if classification == "open" else
                "This internal report shows small numbers: it is not for publication.",
            ),
            spc_icons=ICONS,
        ),
        equality=equality,
    )
