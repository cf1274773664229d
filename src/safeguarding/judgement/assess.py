"""Everything the report says about one indicator, from its numbers: rating, benchmark position,
change, SPC signal, and the drafted commentary; and the key messages across indicators."""

from __future__ import annotations

from ..indicators.compute import Point, Result
from .change import changes
from .commentary import commentary, key_message
from .rating import benchmark_position, rag
from .spc import xmr
from .targets import Target

REPORT_POINTS = 13  # the series the report and the JSON show; SPC may use more


def judge(result: Result, history: list[Point], target: Target | None,
          baseline: int | None = None) -> dict:
    """`history`: the longest series computed for the indicator (its last 13 points are the
    report's series); `baseline`: fix the SPC limits on its first N months."""
    ind = result.indicator
    latest = history[-1] if history else None
    value = latest.value if latest else None
    rating = rag(value, ind, target, result.benchmark)
    position = benchmark_position(value, ind, result.benchmark)
    change = changes([{"month": p.month, "value": p.value} for p in history[-REPORT_POINTS:]], ind)
    spc = xmr([p.month for p in history], [p.value for p in history], polarity=ind.polarity,
              target=None if ind.polarity == "neutral" or target is None else target.target,
              baseline=baseline).to_dict()
    facts = {"rag": rating, "benchmark_position": position, "change": change, "spc": spc}
    return {**facts, "commentary": commentary(ind, latest, facts, result.benchmark)}


PRIORITY = {"red_concern": 0, "red": 1, "concern": 2, "worst_quartile": 3, "improvement": 4}


def key_messages(judged: list[tuple[Result, dict]], limit: int = 8) -> list[dict]:
    """The indicators that need the committee's attention, most important first: red with a
    concerning special cause, red, a concerning special cause, worst quartile, then special-cause
    improvements (good news worth reporting)."""
    found = []
    for order, (result, j) in enumerate(judged):
        red = j["rag"]["rating"] == "red"
        variation = j["spc"]["variation_icon"]
        concern = variation.startswith("special_cause_concerning")
        improving = variation.startswith("special_cause_improving")
        quartile = (result.benchmark or {}).get("quartile")
        worst = result.indicator.polarity != "neutral" and quartile == 4
        kind = ("red_concern" if red and concern else "red" if red else "concern" if concern
                else "worst_quartile" if worst else "improvement" if improving else None)
        if kind:
            found.append((PRIORITY[kind], order, {"indicator": result.indicator.id, "kind": kind,
                                                   "text": key_message(result.indicator, kind, j)}))
    return [m for _, _, m in sorted(found, key=lambda f: f[:2])][:limit]
