"""Everything the report says about one indicator, from its numbers: rating, benchmark position,
change, SPC signal, and the drafted commentary; and the key messages across indicators."""

from __future__ import annotations

from collections.abc import Sequence

from ..results import Point, Result
from ..results import Benchmark, Judgement, KeyMessage
from .change import changes
from .commentary import commentary, key_message
from .rating import benchmark_position, rag
from .events import Event, events_for
from .spc import xmr
from .targets import Target

REPORT_POINTS = 13  # the series the report and the JSON show; SPC may use more


def judge(result: Result, history: list[Point], target: Target | None,
          baseline: int | None = None, events: Sequence[Event] = ()) -> Judgement:
    """`history`: the longest series computed for the indicator (its last 13 points are the
    report's series); `baseline`: fix the SPC limits on its first N months; `events`: the
    council's events (those for this indicator within the history are kept, and a rebase
    recalculates the SPC limits from its month)."""
    ind = result.indicator
    latest = history[-1] if history else None
    value = latest.value if latest else None
    rating = rag(value, ind, target, result.benchmark)
    position = benchmark_position(value, ind, result.benchmark)
    change = changes(history[-REPORT_POINTS:], ind)
    months = [p.month for p in history]
    mine = events_for(list(events), ind.id, months)
    spc = xmr(months, [p.value for p in history], polarity=ind.polarity,
              target=None if ind.polarity == "neutral" or target is None else target.target,
              baseline=baseline, rebase=[e.month for e in mine if e.rebase])
    marks = tuple(e.mark() for e in mine)
    return Judgement(rating, position, change, spc, marks,
                     commentary(ind, latest, rating, position, change, spc, marks))


PRIORITY = {"red_concern": 0, "red": 1, "concern": 2, "worst_quartile": 3, "improvement": 4}


KEY_MESSAGES = 8  # how many a report shows


def key_messages(judged: list[tuple[Result, Judgement]],
                 limit: int | None = KEY_MESSAGES) -> list[KeyMessage]:
    """The indicators that need the committee's attention, most important first: red with a
    concerning special cause, red, a concerning special cause, worst quartile, then special-cause
    improvements (good news worth reporting)."""
    found = []
    for order, (result, j) in enumerate(judged):
        red = j.rag.rating == "red"
        variation = j.spc.variation_icon
        concern = variation.startswith("special_cause_concerning")
        improving = variation.startswith("special_cause_improving")
        quartile = result.benchmark.quartile if isinstance(result.benchmark, Benchmark) else None
        worst = result.indicator.polarity != "neutral" and quartile == 4
        kind = ("red_concern" if red and concern else "red" if red else "concern" if concern
                else "worst_quartile" if worst else "improvement" if improving else None)
        if kind:
            found.append((PRIORITY[kind], order, KeyMessage(result.indicator.id, kind,
                                                            key_message(result.indicator, kind, j))))
    return [m for _, _, m in sorted(found, key=lambda f: f[:2])][:limit]


def coverage_message(results: list[Result], missing: list[list[str]]) -> KeyMessage | None:
    """The key message that comes first when fewer than half the indicators could be computed:
    how many were, and what the extract lacks for the others (`missing`: each unavailable
    indicator's missing tables and columns)."""
    computed = sum(1 for r in results if r.available and not r.error)
    if not results or 2 * computed >= len(results):
        return None
    text = (f"Only {computed} of {len(results)} indicators could be computed from this extract: "
            f"the other {len(results) - computed} are not available")
    lacking = _lacking(missing)
    text += f", for want of {lacking}." if lacking else "."
    return KeyMessage(None, "coverage", text)


def _lacking(missing: list[list[str]]) -> str:
    """'tables ssd_contacts and ssd_cin_episodes, and column ssd_cp_plans.cppl_cp_plan_end_date'."""
    needs = list(dict.fromkeys(n for m in missing for n in m))
    tables = [n for n in needs if "." not in n]
    columns = [n for n in needs if "." in n and n.partition(".")[0] not in tables]
    parts = [f"{word}{'s' if len(names) > 1 else ''} {_and(names)}"
             for word, names in (("table", tables), ("column", columns)) if names]
    return ", and ".join(parts)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
