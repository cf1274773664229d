"""RAG rating of the reporting month, and its position against the published benchmarks.

``rag(value, indicator, spec, benchmark)`` -> ``{"rating", "target", "amber", "range",
"amber_range", "basis", ...}``, rating one of:

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


def _resolve(bound, benchmark: dict | None) -> tuple[float | None, str | None]:
    """(value, None) for a number or a published benchmark; (None, reason) otherwise."""
    if not isinstance(bound, str):
        return float(bound), None
    if not benchmark or not benchmark.get("available"):
        why = (benchmark or {}).get("reason") or "no benchmark for this indicator"
        return None, f"{bound} figure not available ({why})"
    v = benchmark.get(bound)
    if _missing(v):
        mark = benchmark.get(f"{bound}_mark")
        return None, (f"{bound} figure for {benchmark.get('year')} not published"
                      + (f" ({mark})" if mark else ""))
    return float(v), None


def _result(rating: str, basis: str, target=None, amber=None, rng=None, amber_range=None,
            **extra) -> dict:
    return {"rating": rating, "target": target, "amber": amber, "range": rng,
            "amber_range": amber_range, "range_names": None, "amber_margin": None,
            "basis": basis, **extra}


def rag(value: float | None, indicator: Indicator | str, spec: Target | None,
        benchmark: dict | None = None) -> dict:
    """Rate ``value`` (the reporting month) against ``spec`` (see the module docstring)."""
    ind = resolve_indicator(indicator)
    if spec is None or spec.empty:
        return _result("no_target", "no target set")
    if ind.polarity == "neutral":
        return _rag_range(value, ind, spec, benchmark)
    target, amber = spec.target, spec.amber
    shown = fmt(target, ind.unit)
    if _missing(value):
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


def _rag_range(value, ind: Indicator, spec: Target, benchmark: dict | None) -> dict:
    resolved = [_resolve(b, benchmark) for b in spec.range]
    reasons = [why for _, why in resolved if why]
    names = list(spec.range)
    if reasons:
        return _result("no_target", "no expected range: " + "; ".join(reasons),
                       range_names=names)
    lo, hi = sorted(v for v, _ in resolved)
    m = spec.amber_margin
    amber_range = [lo * (1 - m / 100), hi * (1 + m / 100)]
    extra = {"range_names": names, "amber_margin": m}
    if _missing(value):
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


def benchmark_position(value: float | None, indicator: Indicator | str, benchmark: dict | None,
                       band: float = 5.0) -> dict:
    """The month's value against the neighbours' and England's published figures, separately.

    ``{"band": 5.0, "year", "available", "reason", "neighbours": {...}, "england": {...}}``; each
    comparator ``{"value", "position", "difference", "relative"}`` (the neighbours' also
    ``"n"``), position None (with ``"reason"``) when the value or the comparator is missing.
    """
    ind = resolve_indicator(indicator)
    if band < 0:
        raise ValueError(f"band must be >= 0 (percent), not {band}")
    available = bool(benchmark and benchmark.get("available"))
    out = {"band": band, "year": benchmark.get("year") if benchmark else None,
           "available": available,
           "reason": None if available else (benchmark or {}).get("reason") or "no benchmark"}
    for name in COMPARATORS:
        comp = benchmark.get(name) if available else None
        entry = {"value": None if _missing(comp) else float(comp), "position": None,
                 "difference": None, "relative": None, "reason": None}
        if name == "neighbours":
            entry["n"] = benchmark.get("neighbours_n") if available else None
        if not available:
            entry["reason"] = out["reason"]
        elif _missing(comp):
            mark = benchmark.get(f"{name}_mark")
            entry["reason"] = (f"{name} figure for {out['year']} not published"
                               + (f" ({mark})" if mark else ""))
        elif _missing(value):
            entry["reason"] = "no value this month"
        else:
            entry["position"], entry["relative"] = _position(float(value), entry["value"],
                                                             ind.polarity, band)
            entry["difference"] = float(value) - entry["value"]
        out[name] = entry
    return out
