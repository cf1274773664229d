"""Disclosure control for published (`open`) outputs, over everything published together.

The method (docs/disclosure.md states it for readers):

1. **Primary suppression**, as the DfE does: a count of 1 to 5 is shown as `c`; so is a
   percentage whose numerator, denominator, or complement (denominator - numerator: "8 of 9
   visited" says one child was not) is 1 to 5. A rate goes with its count and a percentage with
   its numerator (each gives the other back); a small denominator hides the whole point.
2. **Linked figures** are one number published in several places, and are hidden together:
   `SAME` lists them (a rate and its count, a percentage's denominator and the count it equals).
3. **Rolling 12-month totals** are hidden for every window that holds a hidden month of the
   monthly count they add up (`ROLLING`). Otherwise S(t) - S(t-1) = m(t) - m(t-12), or a window
   less its other 11 printed months, gives a hidden month back. The decision for a month depends
   only on the data, never on which month's pack prints it, so consecutive packs hide the same
   cells and reveal nothing together that one pack does not.
4. **Judgement** is withheld where it would pin a hidden figure: the rating of a hidden latest
   month, the direction when this or last month is hidden, and the SPC mean, limits, icons and
   signals when any month of their history is hidden (span x mean - printed months = hidden
   month). Commentary and key messages, built on all of these, are withheld with any of them.

`internal` reports show everything and are stamped "not for publication".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..results import GroupSeries, Point, Result

SUPPRESSED = "c"
SMALL = range(1, 6)
CLASSIFICATIONS = ("open", "internal")
WINDOW = 12  # months in a rolling total

Part = tuple[str, str]  # (indicator id, "figure" or "denominator")

# Parts of different indicators that publish the same number each month. A "figure" is a point's
# numerator together with its value (each gives the other back: a rate x population / 10,000, a
# percentage x its published denominator / 100).
SAME: tuple[frozenset[Part], ...] = (
    frozenset({("contacts", "figure"), ("contacts_screened_24h", "denominator"),
               ("contacts_to_referral", "denominator")}),
    frozenset({("referrals_per_10k", "figure"), ("rereferrals_12m", "denominator")}),
    frozenset({("assessments_completed", "figure"), ("assessments_in_timescale", "denominator")}),
    frozenset({("cp_count", "figure"), ("cp_per_10k", "figure"), ("cp_open_2yrs", "denominator")}),
    frozenset({("cla_count", "figure"), ("cla_per_10k", "figure"),
               ("cla_3plus_placements", "denominator")}),
    frozenset({("cin_count", "figure"), ("cin_per_10k", "figure")}),
)

# A rolling 12-month total -> the monthly count it adds up.
ROLLING: dict[Part, Part] = {
    ("referrals_per_10k", "figure"): ("referrals", "figure"),
    ("assessments_per_10k", "figure"): ("assessments_completed", "figure"),
    ("cp_second_or_subsequent", "denominator"): ("cp_starts", "figure"),
    # Plans ending: children on a plan move by starts less ends each month, so ends month by month
    # would give a hidden start back; their rolling total is hidden with the start's windows.
    ("cp_ceased_2yrs", "denominator"): ("cp_starts", "figure"),
}


# A count of records in a data-quality note ("3 rows excluded", "2 cases left out", "every
# row (2)").
_NOTE_COUNT = re.compile(r"\b[1-5](?= (?:rows?|cases?|records?|children|plans?|episodes?)\b)"
                         r"|(?<=\()[1-5](?=\))")


def mask_note(text: str) -> str:
    """A data-quality note for an open report: a count of 1 to 5 records is `c` there too
    (the notes move with the months a pack covers, so consecutive packs would difference them)."""
    return _NOTE_COUNT.sub(SUPPRESSED, text)


def small(n: int | None) -> bool:
    return n is not None and n in SMALL


def primary(unit: str, numerator: int | None, denominator: int | None) -> dict[str, bool]:
    """Which parts of one point primary suppression hides: {"figure", "denominator"}."""
    if unit != "percent":
        return {"figure": small(numerator), "denominator": False}
    hide_den = small(denominator)
    complement = None if denominator is None or numerator is None else denominator - numerator
    return {"figure": hide_den or small(numerator) or small(complement), "denominator": hide_den}


@dataclass(frozen=True)
class Hidden:
    """One point's hidden parts. The value and numerator go together (`figure`)."""
    figure: bool = False
    denominator: bool = False

    @property
    def any(self) -> bool:
        return self.figure or self.denominator


SHOWN = Hidden()


class Plan:
    """What an open report hides, for one council's results over every month computed."""

    def __init__(self, results: Iterable[Result], classification: str):
        if classification not in CLASSIFICATIONS:
            raise ValueError(f"classification must be one of {', '.join(CLASSIFICATIONS)}")
        self.classification = classification
        self._hidden: dict[Part, set[str]] = {}
        if classification == "open":
            self._plan({r.indicator.id: r for r in results if r.available and not r.error})

    def point(self, indicator_id: str, month: str) -> Hidden:
        figure = month in self._hidden.get((indicator_id, "figure"), ())
        denominator = month in self._hidden.get((indicator_id, "denominator"), ())
        return Hidden(figure or denominator, denominator) if figure or denominator else SHOWN

    def any_hidden(self, indicator_id: str, months: Iterable[str]) -> bool:
        return any(self.point(indicator_id, m).any for m in months)

    def _plan(self, results: dict[str, Result]) -> None:
        hidden = self._hidden
        for id, r in results.items():
            for p in _points(r):
                for part, hide in primary(r.indicator.unit, p.numerator, p.denominator).items():
                    if hide:
                        hidden.setdefault((id, part), set()).add(p.month)
        months = {id: [p.month for p in _points(r)] for id, r in results.items()}
        changed = True
        while changed:  # propagate until nothing more is hidden (each step only adds)
            changed = False
            for group in SAME:
                parts = [g for g in group if g[0] in results]
                union = set().union(*(hidden.get(g, set()) for g in parts)) if parts else set()
                for g in parts:
                    changed |= _add(hidden, g, union)
            for total, monthly in ROLLING.items():
                if total[0] in results and monthly[0] in results:
                    changed |= _add(hidden, total, _windows_holding(
                        months[total[0]], months[monthly[0]], hidden.get(monthly, set())))
            for id, r in results.items():  # a percentage without its denominator is the whole point
                if r.indicator.unit == "percent":
                    changed |= _add(hidden, (id, "figure"), hidden.get((id, "denominator"), set()))


def _points(r: Result) -> tuple[Point, ...]:
    return r.history or r.series


def _add(hidden: dict[Part, set[str]], part: Part, months: set[str]) -> bool:
    have = hidden.setdefault(part, set())
    if months <= have:
        return False
    have |= months
    return True


def _windows_holding(total_months: list[str], monthly_months: list[str], hidden: set[str]) -> set[str]:
    """The months whose 12-month window (the month and the 11 before it) holds a hidden month.
    A window reaching before the first month computed is treated as holding one (unknown)."""
    index = {m: i for i, m in enumerate(monthly_months)}
    out = set()
    for m in total_months:
        i = index.get(m)
        if i is None or i < WINDOW - 1:
            out.add(m)
        elif any(monthly_months[k] in hidden for k in range(i - WINDOW + 1, i + 1)):
            out.add(m)
    return out


# -- breakdowns by group ---------------------------------------------------------------------

def breakdown_cells(unit: str, cells: list[tuple[int, int | None]],
                    whole: Hidden) -> tuple[Hidden, ...]:
    """What an open output hides of one month's breakdown of an indicator by group.

    `cells` are the groups' (numerator, denominator), which add up to the whole; `whole` is what
    is hidden of the whole (the indicator's own point). Primary suppression applies to every cell
    (`primary`). Then secondary suppression, part by part (numerators, and a percentage's
    denominators, each add up to the whole's): where the whole's part is shown and exactly one
    cell's is hidden, the whole less the others would give it back, so the next smallest cell's
    is hidden too; where the whole's is hidden and no cell's is, the cells would add up to it,
    so the smallest non-zero cell's is hidden. A percentage without its denominator is hidden
    whole, which may call for another round.
    """
    fig = [primary(unit, n, d)["figure"] for n, d in cells]
    den = [primary(unit, n, d)["denominator"] for n, d in cells]
    changed = True
    while changed:
        changed = False
        if unit == "percent":
            changed |= _second(den, [d or 0 for _, d in cells], whole.denominator)
            for i, hidden in enumerate(den):
                if hidden and not fig[i]:
                    fig[i] = changed = True
        changed |= _second(fig, [n for n, _ in cells], whole.figure,
                           [d for _, d in cells] if unit == "percent" else None)
    return tuple(Hidden(f or d, d) if f or d else SHOWN for f, d in zip(fig, den))


def _second(hidden: list[bool], sizes: list[int], whole_hidden: bool,
            room: list[int | None] | None = None) -> bool:
    """Hide one more cell of an additive part where differencing would recover one (above).
    `room`: a percentage's denominators (a cell with none has no numerator to hide)."""
    n_hidden = sum(hidden)
    if (whole_hidden and n_hidden) or (not whole_hidden and n_hidden != 1):
        return False
    shown = [i for i, h in enumerate(hidden) if not h and (room is None or (room[i] or 0) > 0)]
    if whole_hidden:
        shown = [i for i in shown if sizes[i] > 0]
    if not shown:
        return False
    # the smallest non-zero first: a zero hidden beside it would still tell little
    hidden[min(shown, key=lambda i: (sizes[i] == 0, sizes[i]))] = True
    return True


BREAKDOWN_NOTE = ("open: a cell of 1 to 5 children, and any cell that would give one back from "
                  "the indicator's figure and the other cells, is hidden (\"suppressed\"; "
                  "docs/breakdowns.md)")


def controlled_breakdowns(results: Iterable[Result]) -> list[Result]:
    """The results with their breakdowns' cells disclosure-controlled for an open output that
    prints the indicator's own figures in full (`safeguarding indicators --by`): each month's
    cells by `breakdown_cells` against a shown whole. A hidden cell keeps its month and
    denominator where only its figure is hidden; its hidden parts are None, `suppressed` True."""
    out = []
    for r in results:
        b = r.breakdown
        if b is None or not b.available or not b.groups:
            out.append(r)
            continue
        unit = r.indicator.unit
        columns = list(zip(*(g.series for g in b.groups)))  # one tuple of cells per month
        controlled: list[list[Point]] = [[] for _ in b.groups]
        for cells in columns:
            known = all(c.covered for c in cells)
            hidden = (breakdown_cells(unit, [(c.numerator or 0, c.denominator) for c in cells],
                                      SHOWN) if known else [SHOWN] * len(cells))
            for i, (c, h) in enumerate(zip(cells, hidden)):
                controlled[i].append(c if not h.any else replace(
                    c, value=None, numerator=None,
                    denominator=None if h.denominator else c.denominator, suppressed=True))
        groups = tuple(GroupSeries(g.group, tuple(s)) for g, s in zip(b.groups, controlled))
        out.append(replace(r, breakdown=replace(b, groups=groups, disclosure=BREAKDOWN_NOTE)))
    return out
