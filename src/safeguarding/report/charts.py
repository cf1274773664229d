"""One chart per indicator of the report tree: a Vega-Lite spec (built with Altair) and its SVG.

The spec carries its data inline (no URL is ever fetched), so the same spec renders in the
offline HTML report (vegaEmbed, with the Vega bundle inlined once per page) and, through
`chart_svg` (vl-convert, no browser), as a static SVG in the PDF.

Layers: the 13 monthly values (a line with gaps where a value is suppressed or missing, and a
point per month); special-cause months (from the SPC judgement) as larger diamonds in a second
colour; horizontal reference lines for the target, the published benchmarks (statistical
neighbours and England, labelled with their year) and the SPC mean and process limits. One
legend explains every line and point by colour *and* dash or shape, never colour alone.

When some of an indicator's figures are suppressed (small numbers in an open report) the SPC
mean, limits and special-cause months are left out: they come from the unsuppressed figures.

Where a rebase (events.toml) falls within the chart's months, the SPC mean and limits are drawn
as steps, each segment at its own level. The council's events within the chart's months are
vertical rules with their labels; a special-cause month's tooltip names the rules that flag it.
"""

from __future__ import annotations

import copy
from functools import lru_cache

import altair as alt
import vl_convert as vlc

from .. import formatting as fmt
from ..results import BenchmarkFigures, IndicatorPage, SpcLines, SpcStep

# "6.4": the Vega-Lite of the page's bundle and of the SVGs is the one Altair writes for, or
# vl-convert's newest when it does not know that one.
_ALTAIR_VL = alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]
VL_VERSION = (_ALTAIR_VL if _ALTAIR_VL in vlc.get_vegalite_versions()
              else vlc.get_vegalite_versions()[-1])
WIDTH, HEIGHT = 560, 220
FONT = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

# The report palette (GOV.UK colours; each at least 3:1 against white, as WCAG asks of graphics).
VALUE = "Monthly value"
SPECIAL = "Special-cause month"
TARGET = "Target"
MEAN = "Mean"
LIMITS = "Process limits"
EVENT = "#505a5f"  # events: a vertical rule and its label (GOV.UK dark grey)
STYLE: dict[str, tuple[str, list[float], str]] = {  # series -> (colour, dash, point shape)
    VALUE: ("#1d70b8", [1, 0], "circle"),
    SPECIAL: ("#d4351c", [1, 0], "diamond"),
    TARGET: ("#00703c", [1, 0], "stroke"),
    "neighbours": ("#4c2c92", [6, 2], "stroke"),
    "england": ("#0b0c0c", [6, 2, 1.5, 2], "stroke"),
    MEAN: ("#505a5f", [4, 2.5], "stroke"),
    LIMITS: ("#505a5f", [1.5, 2], "stroke"),
}
CONFIG = {
    "font": FONT,
    "view": {"stroke": None},
    "axis": {"labelColor": "#0b0c0c", "titleColor": "#0b0c0c", "gridColor": "#e5e6e7",
             "domainColor": "#6f777b", "tickColor": "#6f777b", "labelFontSize": 11,
             "titleFontSize": 11, "titleFontWeight": "normal"},
    "legend": {"labelColor": "#0b0c0c", "labelFontSize": 11},
}
UNIT_TITLES = {"percent": "Per cent (%)", "per_10k": "Rate per 10,000 children", "count": "Number",
               "mean": "Mean per worker"}


def short_month(month: str) -> str:
    """'2014-08' -> 'Aug 2014' (the axis label; the tables use the tree's full label)."""
    return fmt.month_label(month)[:3] + fmt.month_label(month)[-5:]


def _spc_shown(indicator: IndicatorPage) -> bool:
    """Whether the chart may show the SPC mean, limits and special-cause months: not when a month
    of their history is suppressed (an open report with small numbers), as they are computed from
    the unsuppressed figures and would let them be worked back."""
    return not indicator.spc_withheld


def special_months(indicator: IndicatorPage) -> set[str]:
    return set(indicator.special_months) if _spc_shown(indicator) else set()


def _limits(indicator: IndicatorPage,
            spc: SpcLines | SpcStep | None = None) -> dict[str, float | None]:
    """The SPC mean and limits (the indicator's, or one month's of `spc_points`), the limits
    clipped to what the unit allows (a count or rate cannot fall below 0, a percentage cannot
    pass 100)."""
    if spc is None:
        spc = indicator.spc if _spc_shown(indicator) else SpcLines(None, None, None)
    low, high = spc.lower, spc.upper
    if low is not None:
        low = max(low, 0.0)
    if high is not None and indicator.unit == "percent":
        high = min(high, 100.0)
    return {"mean": spc.mean, "lower": low, "upper": high}


def stepped(indicator: IndicatorPage) -> bool:
    """Whether the SPC mean and limits change within the chart's months (a rebase): then they
    are drawn as steps, one level per segment, instead of lines across the chart."""
    if not _spc_shown(indicator):
        return False
    levels = {(p.mean, p.lower, p.upper)
              for p in indicator.spc_points}
    return len(levels) > 1


def step_lines(indicator: IndicatorPage) -> list[dict]:
    """One row per month and line (mean, upper, lower) of a stepped chart; `part` tells the
    segments apart, so that no line joins one level to the next."""
    rows, part, last = [], 0, None
    for p in indicator.spc_points:
        level = (p.mean, p.lower, p.upper)
        part += level != last
        last = level
        limits = _limits(indicator, p)
        for series, key, what in ((MEAN, "mean", "Mean (SPC)"),
                                  (LIMITS, "upper", "Upper process limit"),
                                  (LIMITS, "lower", "Lower process limit")):
            if limits[key] is not None:
                rows.append({"period": short_month(p.month), "series": series,
                             "part": f"{part}-{key}", "value": limits[key],
                             "shown": f"{what}: {fmt.value(limits[key], indicator.unit)}"})
    return rows


def chart_events(indicator: IndicatorPage) -> list[dict]:
    """The council's events within the chart's months: a vertical rule with its label."""
    return [{"period": short_month(e.month), "label": e.label,
             "shown": f"{e.label}, {e.month_label}"
                      f"{'; process limits recalculated from this month' if e.rebase else ''}"}
            for e in indicator.events]


def reference_lines(indicator: IndicatorPage) -> list[dict]:
    """The horizontal lines: target, neighbours and England benchmarks, SPC mean and limits."""
    unit = indicator.unit
    lines = []

    def add(series: str, key: str, value: float | None, what: str) -> None:
        if value is not None:
            lines.append({"series": series, "key": key, "value": value,
                          "shown": f"{what}: {fmt.value(value, unit)}"})

    add(TARGET, TARGET, indicator.target_raw, "Target")
    bench = indicator.benchmark
    if isinstance(bench, BenchmarkFigures):
        raw, year = bench.raw, bench.year
        n = bench.neighbours_n
        add(f"Statistical neighbours {year}", "neighbours", raw.neighbours,
            f"Statistical neighbours' average{f' ({n} councils)' if n else ''}, {year}")
        add(f"England {year}", "england", raw.england, f"England, {year}")
    if stepped(indicator):  # drawn as steps by step_lines; the latest segment's are described
        limits = _limits(indicator)
        lines.extend({"series": s, "key": s, "value": None, "shown": f"{w}: {fmt.value(v, unit)}"}
                     for s, w, v in ((MEAN, "Latest mean (SPC)", limits["mean"]),
                                     (LIMITS, "Latest upper process limit", limits["upper"]),
                                     (LIMITS, "Latest lower process limit", limits["lower"]))
                     if v is not None)
        return lines
    limits = _limits(indicator)
    add(MEAN, MEAN, limits["mean"], "Mean (SPC)")
    add(LIMITS, LIMITS, limits["upper"], "Upper process limit")
    add(LIMITS, LIMITS, limits["lower"], "Lower process limit")
    return lines


def _points(indicator: IndicatorPage) -> list[dict]:
    special = special_months(indicator)
    rules = {p.month: p.rules for p in indicator.spc_points if _spc_shown(indicator)}
    rows = []
    for m in indicator.months:
        num, den = m.numerator, m.denominator
        rows.append({
            "month": m.month, "period": short_month(m.month), "label": m.label,
            "value": m.value_raw, "shown": m.value,
            "numerator": "" if num is None else str(num),
            "denominator": "" if den is None else str(den),
            "series": SPECIAL if m.month in special else VALUE,
            "rule": "; ".join(rules.get(m.month, [])) if m.month in special else "",
        })
    return rows


def describe(indicator: IndicatorPage) -> str:
    """A text alternative for the chart (the chart's `description`, read by screen readers)."""
    months = indicator.months
    if not months:
        return f"No chart for {indicator.name}: {indicator.reason or 'not available'}."
    first, last = months[0], months[-1]
    parts = [f"Line chart of {indicator.name}, monthly from {first.label} to "
             f"{last.label}: {first.value} in {first.label}, "
             f"{last.value} in {last.label}."]
    known = [m for m in months if m.value_raw is not None]
    if known:
        hi = max(known, key=lambda m: m.value_raw or 0)  # `known`: no None
        lo = min(known, key=lambda m: m.value_raw or 0)
        parts.append(f"Highest {hi.value} ({hi.label}), lowest {lo.value} ({lo.label}).")
    gaps = len(months) - len(known)
    if gaps:
        parts.append(f"{gaps} month{'s' if gaps != 1 else ''} without a value shown.")
    parts += [f"{line['shown']}." for line in reference_lines(indicator)]
    special = [m.label for m in months if m.month in special_months(indicator)]
    if special:
        parts.append(f"Special-cause variation in {', '.join(special)}.")
    if not _spc_shown(indicator):
        parts.append("Process limits are not shown: some figures are suppressed.")
    parts += [f"Event: {e['shown']}." for e in chart_events(indicator)]
    return " ".join(parts)


def chart_spec(indicator: IndicatorPage) -> dict:
    """The Vega-Lite spec (a dict) of one indicator of the report tree.

    Built once per indicator per process (the HTML and the PDF of one pack share it); the
    caller gets its own copy."""
    return copy.deepcopy(_build_spec(indicator))


@lru_cache(maxsize=256)  # the indicator is immutable, so it is its own cache key
def _build_spec(indicator: IndicatorPage) -> dict:
    unit = indicator.unit
    points = _points(indicator)
    refs = reference_lines(indicator)
    order = [p["period"] for p in points]
    # The legend lists what is drawn, in a fixed order; its colour, dash and shape scales agree.
    drawn = [p for p in points if p["value"] is not None]
    series = [VALUE] + ([SPECIAL] if any(p["series"] == SPECIAL for p in drawn) else [])
    for line in refs:
        if line["series"] not in series:
            series.append(line["series"])
    keys = {VALUE: VALUE, SPECIAL: SPECIAL, **{line["series"]: line["key"] for line in refs}}
    colours = [STYLE[keys[s]][0] for s in series]
    dashes = [STYLE[keys[s]][1] for s in series]
    shapes = [STYLE[keys[s]][2] for s in series]
    legend = alt.Legend(title=None, orient="bottom", direction="horizontal", columns=4,
                        symbolStrokeWidth=2, labelLimit=220, symbolSize=150, columnPadding=14)
    colour = alt.Color("series:N", scale=alt.Scale(domain=series, range=colours), legend=legend)
    dash = alt.StrokeDash("series:N", scale=alt.Scale(domain=series, range=dashes), legend=legend)
    shape = alt.Shape("series:N", scale=alt.Scale(domain=series, range=shapes), legend=legend)

    y_title = UNIT_TITLES.get(unit, unit)
    y = alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False, nice=True),
              axis=alt.Axis(tickCount=5))
    x = alt.X("period:O", sort=order, title=None,
              axis=alt.Axis(labelAngle=0, labelExpr="split(datum.label, ' ')", labelPadding=4))
    tooltip = [alt.Tooltip("label:N", title="Month"),
               alt.Tooltip("shown:N", title=indicator.name)]
    if any(p["numerator"] for p in points):
        tooltip += [alt.Tooltip("numerator:N", title="Numerator")]
    if any(p["denominator"] for p in points):
        tooltip += [alt.Tooltip("denominator:N", title="Denominator")]
    tooltip += [alt.Tooltip("series:N", title="Point")]
    if any(p["rule"] for p in points):
        tooltip += [alt.Tooltip("rule:N", title="SPC rule")]

    # Data by name, filled in after `to_dict` (Altair deep-copies inline values at every step).
    base = alt.Chart(alt.NamedData(name="points"))
    # A line over months with a value: `invalid: break-paths` leaves a gap at a missing month.
    line = base.mark_line(strokeWidth=2.5, invalid="break-paths-show-domains").encode(
        x=x, y=y, color=alt.datum(VALUE), strokeDash=alt.datum(VALUE))
    dots = base.transform_filter("isValid(datum.value)").mark_point(
        filled=True, opacity=1, stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=colour, shape=shape,
        size=alt.condition(f"datum.series === '{SPECIAL}'", alt.value(110), alt.value(45)),
        tooltip=tooltip)
    datasets = {"points": points}
    # Reference lines under the data; the target wider, so that a benchmark of the same value
    # drawn over it still shows it.
    rules = []
    flat = [r for r in refs if r["value"] is not None]
    for name, rows, width in (("target", [r for r in flat if r["key"] == TARGET], 3.5),
                              ("references", [r for r in flat if r["key"] != TARGET], 1.5)):
        if rows:
            datasets[name] = rows
            rules.append(alt.Chart(alt.NamedData(name=name)).mark_rule(strokeWidth=width).encode(
                y=alt.Y("value:Q"), color=colour, strokeDash=dash,
                tooltip=[alt.Tooltip("shown:N", title="Line")]))
    if stepped(indicator):
        datasets["steps"] = step_lines(indicator)
        rules.append(alt.Chart(alt.NamedData(name="steps")).mark_line(strokeWidth=1.5).encode(
            x=x, y=alt.Y("value:Q"), color=colour, strokeDash=dash, detail="part:N",
            tooltip=[alt.Tooltip("shown:N", title="Line")]))
    events = chart_events(indicator)
    if events:
        datasets["events"] = events
        marks = alt.Chart(alt.NamedData(name="events"))
        rules += [marks.mark_rule(color=EVENT, strokeWidth=1.5).encode(
                      x=x, tooltip=[alt.Tooltip("shown:N", title="Event")]),
                  marks.mark_text(color=EVENT, align="left", baseline="top", dx=3, dy=2,
                                  fontSize=10, limit=160).encode(
                      x=x, y=alt.value(0), text="label:N")]
    layers = [*rules, line, dots]
    chart = alt.LayerChart(layer=layers, width=WIDTH, height=HEIGHT,
                           description=describe(indicator))
    # Altair's schema validation doubles the time; the tests validate every spec instead.
    # Data and config are added to the dict: Altair deep-copies the chart at every method call.
    spec = chart.to_dict(validate=False)
    spec["datasets"] = datasets
    spec["config"] = copy.deepcopy(CONFIG)
    return spec


def chart_svg(spec: dict) -> str:
    """The chart as a static SVG (vl-convert: no browser, nothing fetched)."""
    return vlc.vegalite_to_svg(spec, vl_version=VL_VERSION)
