"""RAG rating of the reporting month, and its position against the published benchmarks.

``rag(value, indicator, spec, benchmark)`` -> a ``Rag`` (results.py), its rating one of:

    ``green`` / ``amber`` / ``red``  judged against the indicator's ``Target`` (targets.py)
    ``no_target``                    no target for it, or a neutral range whose benchmark is not
                                     published (``basis`` says which)
    ``no_data``                      the month has no value (e.g. a percentage with no cases)

Boundaries (a bound is always on the better side)
    high     green if value >= target; amber if value >= amber; else red ("short of the target")
    low      green if value <= target; amber if value <= amber; else red ("above (worse than)
             the target": never "short of", which reads as too low)
    neutral  the range's bounds resolved (a benchmark name from the benchmark dict, or a number)
             to lo <= hi: green if lo <= value <= hi; amber if below lo by no more than
             amber_margin% of lo, or above hi by no more than amber_margin% of hi; else red.
    Without an amber tolerance there is no amber band (green or red).

``benchmark_position(value, indicator, benchmark, band=5.0)`` compares the value with the
neighbours' and England's published figures separately: ``similar`` when within ±band% of the
comparator (relative, inclusive), otherwise ``better``/``worse`` by polarity, or ``higher``/
``lower`` for a neutral indicator; None when the comparator (or the value) is not published.

Equality: values are unrounded floats (e.g. 57/60 x 100), so a value that equals a bound up to
floating-point rounding (a relative difference of 1e-9) counts as on the bound.
"""

from __future__ import annotations

import math

from ..formatting import value as fmt
from ..indicators import Indicator
from ..results import (Benchmark, Comparator, Comparison, NeighbourComparator, NoBenchmark,
                       Position, Rag)
from .targets import Target, resolve_indicator

RATINGS = ("green", "amber", "red", "no_target", "no_data")
# A value on the wrong side of its target: "short of" reads as "too low", so a measure where
# lower is better says which way it missed.
MISSED = {"high": "short of", "low": "above (worse than)"}
COMPARATORS = ("neighbours", "england")
REL_TOL = 1e-9


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _le(a: float, b: float) -> bool:
    """a <= b, with a == b up to floating-point rounding."""
    return a <= b or math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def _resolve(bound, benchmark: Comparison | None) -> tuple[float | None, str | None]:
    """(value, None) for a number or a published benchmark; (None, reason) otherwise."""
    if not isinstance(bound, str):
        return float(bound), None
    if benchmark is None or not benchmark.available:
        why = benchmark.reason if benchmark else "no benchmark for this indicator"
        return None, f"{bound} figure not available ({why})"
    v = benchmark.figure(bound)
    if v is None or _missing(v):
        mark = benchmark.mark(bound)
        return None, (f"{bound} figure for {benchmark.year} not published"
                      + (f" ({mark})" if mark else ""))
    return float(v), None


def _result(rating, basis: str, target=None, amber=None, rng=None, amber_range=None,
            range_names=None, amber_margin=None) -> Rag:
    return Rag(rating, target, amber, tuple(rng) if rng else None,
               tuple(amber_range) if amber_range else None,
               tuple(range_names) if range_names else None, amber_margin, basis)


def rag(value: float | None, indicator: Indicator | str, spec: Target | None,
        benchmark: Comparison | None = None) -> Rag:
    """Rate ``value`` (the reporting month) against ``spec`` (see the module docstring)."""
    ind = resolve_indicator(indicator)
    value = None if value is None or _missing(value) else float(value)
    if spec is None or spec.empty:
        return _result("no_target", "no target set")
    if ind.polarity == "neutral":
        return _rag_range(value, ind, spec, benchmark)
    target, amber = spec.target, spec.amber
    if target is None:  # targets.py gives a high or low indicator a target, never a range
        return _result("no_target", "no target set")
    shown = fmt(target, ind.unit)
    if value is None:
        return _result("no_data", "no value this month", target, amber)
    better = (lambda a, b: _le(b, a)) if ind.polarity == "high" else _le  # a at least as good as b
    word = "at or above" if ind.polarity == "high" else "at or below"
    if better(value, target):
        return _result("green", f"{word} the target of {shown}", target, amber)
    missed = MISSED[ind.polarity]
    if amber is not None and better(value, amber):
        return _result("amber", f"{missed} the target of {shown} but {word} the amber "
                                f"tolerance of {fmt(amber, ind.unit)}", target, amber)
    tolerance = f" and the amber tolerance of {fmt(amber, ind.unit)}" if amber is not None else ""
    return _result("red", f"{missed} the target of {shown}{tolerance}", target, amber)


def _rag_range(value: float | None, ind: Indicator, spec: Target,
               benchmark: Comparison | None) -> Rag:
    names = list(spec.range or ())
    resolved = [_resolve(b, benchmark) for b in names]
    reasons = [why for _, why in resolved if why]
    if reasons:
        return _result("no_target", "no expected range: " + "; ".join(reasons),
                       range_names=names)
    lo, hi = sorted(v for v, _ in resolved if v is not None)
    m = spec.amber_margin
    amber_range = [lo * (1 - m / 100), hi * (1 + m / 100)]
    extra = {"range_names": names, "amber_margin": m}
    if value is None:
        return _result("no_data", "no value this month", rng=[lo, hi], amber_range=amber_range,
                       **extra)
    between = f"{fmt(lo, ind.unit)} to {fmt(hi, ind.unit)} ({' and '.join(map(_name, names))})"
    if _le(lo, value) and _le(value, hi):
        return _result("green", f"within the expected range {between}", rng=[lo, hi],
                       amber_range=amber_range, **extra)
    side = "below" if value < lo else "above"
    near = amber_range[0] if side == "below" else amber_range[1]
    inside_amber = _le(near, value) if side == "below" else _le(value, near)
    rating = "amber" if inside_amber else "red"
    extent = "by no more than" if inside_amber else "by more than"
    return _result(rating, f"{side} the expected range {between} {extent} {m:g}%",
                   rng=[lo, hi], amber_range=amber_range, **extra)


BOUND_NAMES = {"neighbours": "statistical neighbours", "england": "England", "region": "region",
               "council": "the council's published figure"}


def _name(bound) -> str:
    return BOUND_NAMES.get(bound, bound) if isinstance(bound, str) else f"{bound:g}"


def _position(value: float, comparator: float, polarity: str,
              band: float) -> tuple[str, float | None]:
    """(position, relative difference in percent of the comparator)."""
    diff = value - comparator
    if comparator == 0:
        relative = None
        similar = diff == 0
    else:
        relative = diff / abs(comparator) * 100
        similar = _le(abs(relative), band)
    if similar:
        return "similar", relative
    up = diff > 0
    if polarity == "neutral":
        return ("higher" if up else "lower"), relative
    return ("better" if up == (polarity == "high") else "worse"), relative


def benchmark_position(value: float | None, indicator: Indicator | str,
                       benchmark: Comparison | None, band: float = 5.0) -> Position:
    """The month's value against the neighbours' and England's published figures, separately
    (a ``Position``); a comparator's position is None, with the reason, when the value or the
    comparator is missing."""
    ind = resolve_indicator(indicator)
    if band < 0:
        raise ValueError(f"band must be >= 0 (percent), not {band}")
    published = benchmark if isinstance(benchmark, Benchmark) else None
    value = None if value is None or _missing(value) else float(value)
    reason = None if published else (
        benchmark.reason if isinstance(benchmark, NoBenchmark) else None) or "no benchmark"

    def against(name: str) -> dict:
        comp = published.figure(name) if published else None
        entry: dict = {"value": None if comp is None or _missing(comp) else float(comp),
                       "position": None, "difference": None, "relative": None, "reason": None}
        if published is None:
            entry["reason"] = reason
        elif entry["value"] is None:
            mark = published.mark(name)
            entry["reason"] = (f"{name} figure for {published.year} not published"
                               + (f" ({mark})" if mark else ""))
        elif value is None:
            entry["reason"] = "no value this month"
        else:
            entry["position"], entry["relative"] = _position(value, entry["value"],
                                                             ind.polarity, band)
            entry["difference"] = value - entry["value"]
        return entry

    return Position(band, benchmark.year if benchmark else None, published is not None, reason,
                    NeighbourComparator(**against("neighbours"),
                                        n=published.neighbours_n if published else None),
                    Comparator(**against("england")))
