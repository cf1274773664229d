"""Equality: the child's journey (referral, S47 enquiry, CP plan, looked after) by group.

For each group and step, over the 12 months to the reporting month: the step's count, its rate
per 100 at the step before (S47 enquiries per 100 referrals, ...), and the relative rate index
(RRI), the disproportionality measure of youth justice and children's services: the group's
rate over the reference group's. The reference group is the known group with the most referrals
(White for ethnicity in most English councils). The 95% interval is Katz's log method,
se(ln RRI) = sqrt(1/a - 1/n + 1/c - 1/m), where a step's count is at most the count before it
(a proportion); otherwise (more children start care than CP plans in some groups) the counts are
read as rates, se = sqrt(1/a + 1/n + 1/c + 1/m). "Significant": the interval excludes 1.

The counts are events in the 12 months (flows, as the DfE's disproportionality tools count
them), not one cohort followed through. In open reports the counts are disclosure-controlled
(`disclosure.breakdown_cells`) and a rate or RRI is hidden with any count it is made from.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .. import formatting as fmt
from ..indicators.breakdowns import GROUPS
from ..report.disclosure import SHOWN, Hidden, breakdown_cells, primary
from ..results import (Equality, EqualityCell, EqualityDimension, EqualityStep, GroupSeries,
                       GroupShare, Result)

# (id, name, indicator, the indicator's figure: "monthly" counts summed over 12 months, or a
# "rolling" 12-month count read at the reporting month)
STEPS = (
    ("referrals", "Referrals", "referrals", "monthly"),
    ("s47", "Section 47 enquiries", "s47_per_10k", "rolling"),
    ("cp_plans", "Child protection plans started", "cp_starts", "monthly"),
    ("cla", "Children starting to be looked after", "cla_starts", "monthly"),
)
STEP_INDICATORS = tuple(s[2] for s in STEPS)
DIMENSIONS = ("ethnicity", "sex", "age", "disability")
# Groups that share no characteristic, and "18 and over" (age is at the reporting month's end:
# a child referred at 17 may be 18 by then, so the group's steps are not one group's): counted,
# never compared.
NOT_COMPARED = frozenset({"Other or not known", "Unborn or not known", "Refused or not known",
                          "Not recorded", "18 and over"})
Z = 1.959964  # the 97.5th centile of the normal distribution
POPULATION = ("The 0-17 population share by group is not shown, and referrals have no rate "
              "by group: the council has not supplied its census population by ethnic group "
              "(extract.toml [population_by_ethnicity]; docs/breakdowns.md).")
WITH_POPULATION = ("By ethnicity, referrals are per 100 children of the group in the council's "
                   "0-17 population (extract.toml [population_by_ethnicity], the same population "
                   "for every month), and each group's share of referrals of known ethnicity is "
                   "shown beside its share of that population.")
METHOD = ("Counts are events in the 12 months to the reporting month. Each step's rate is per "
          "100 at the step before. The relative rate index (RRI) is a group's rate over the "
          "reference group's (the known group with the most referrals); its 95% interval is "
          "Katz's log method, and a difference is significant where the interval excludes 1. "
          "Groups whose characteristic is not known, and those 18 and over at the month end, "
          "are counted, not compared.")

# Is the whole of a step hidden? (indicator id, months of its 12-month count) -> bool
WholeHidden = Callable[[str, tuple[str, ...]], bool]


def rri_interval(a: int, n: int, c: int, m: int) -> tuple[float, float, float]:
    """RRI of a/n against c/m, and its 95% interval (module docstring)."""
    rri = (a / n) / (c / m)
    if a <= n and c <= m:
        se = math.sqrt(1 / a - 1 / n + 1 / c - 1 / m)
    else:
        se = math.sqrt(1 / a + 1 / n + 1 / c + 1 / m)
    return rri, rri * math.exp(-Z * se), rri * math.exp(Z * se)


def build(groups: dict[str, list[Result] | str], month_label: str, open_: bool,
          whole_hidden: WholeHidden,
          population: dict[str, dict[str, int]] | None = None) -> Equality:
    """`groups`: for each dimension, the step indicators' results with their breakdown, or why
    the dimension is not available; `population`: the council's 0-17 population by group, by
    dimension, where it supplies one (ethnicity)."""
    population = population or {}
    dims = tuple(_dimension(by, found, open_, whole_hidden, population.get(by))
                 if not isinstance(found, str) else EqualityDimension(by, False, found, None)
                 for by, found in groups.items())
    period = f"the 12 months to {month_label}"
    return Equality(period, dims, _facts(dims, period),
                    WITH_POPULATION if population else POPULATION, METHOD)


def _counts(r: Result) -> tuple[tuple[str, ...], dict[str, int | None]] | str:
    """The months of the 12-month count, and each group's count; or why there is none."""
    b = r.breakdown
    if b is None or not b.available:
        return (b.reason if b else None) or "not available"
    kind = next(s[3] for s in STEPS if s[2] == r.indicator.id)
    take: Callable[[GroupSeries], tuple] = (lambda g: g.series[-12:]) if kind == "monthly" \
        else (lambda g: g.series[-1:])
    months = tuple(p.month for p in take(b.groups[0]))
    if kind == "monthly" and len(months) < 12:
        return "not available: fewer than 12 months computed"
    out: dict[str, int | None] = {}
    for g in b.groups:
        points = take(g)
        out[g.group] = (None if any(not p.covered or p.numerator is None for p in points)
                        else sum(p.numerator for p in points))
    if any(v is None for v in out.values()):
        return "not available: the source does not cover the 12 months"
    return months, out


def _dimension(by: str, results: list[Result], open_: bool, whole_hidden: WholeHidden,
               population: dict[str, int] | None = None) -> EqualityDimension:
    by_id = {r.indicator.id: r for r in results}
    counts: list[dict[str, int]] = []
    hidden: list[dict[str, bool]] = []
    totals: list[int | None] = []
    for _, name, ind, _ in STEPS:
        got = _counts(by_id[ind]) if ind in by_id else "not available: not computed"
        if isinstance(got, str):
            return EqualityDimension(by, False, f"{name}: {got}", None)
        months, cells = got
        c = {g: int(cells[g] or 0) for g in GROUPS[by]}
        total = sum(c.values())
        whole = open_ and (whole_hidden(ind, months) or primary("count", total, None)["figure"])
        cell_hidden = (breakdown_cells("count", [(n, None) for n in c.values()],
                                       Hidden(True) if whole else SHOWN)
                       if open_ else [SHOWN] * len(c))
        counts.append(c)
        hidden.append({g: h.figure for g, h in zip(c, cell_hidden)})
        totals.append(None if whole else total)
    known = [g for g in GROUPS[by] if g not in NOT_COMPARED]
    reference = max(known, key=lambda g: counts[0][g]) if known else None
    # The population is the step before referrals (public: never hidden); a group it does not
    # give (ethnicity not known) has no rate there.
    before = [dict(population or {}), *counts]
    before_hidden = [dict.fromkeys(population or {}, False), *hidden]
    steps = []
    for k, (id, name, ind, _) in enumerate(STEPS):
        row = tuple(_cell(g, counts[k], hidden[k], before[k], before_hidden[k], reference)
                    for g in GROUPS[by])
        steps.append(EqualityStep(id, name, ind, STEPS[k - 1][1] if k else None, totals[k], row))
    return EqualityDimension(by, True, None, reference, tuple(steps),
                             _shares(counts[0], hidden[0], population) if population else ())


def _shares(referrals: dict[str, int], hidden: dict[str, bool],
            population: dict[str, int]) -> tuple[GroupShare, ...]:
    """Each group's share (%) of the referrals of known ethnicity beside its share of the 0-17
    population. The referral shares are hidden where any of their counts is (the shares give
    the known total back, and it less the shown counts a hidden one)."""
    known, people = sum(referrals[g] for g in population), sum(population.values())
    hide = any(hidden[g] for g in population)
    return tuple(GroupShare(g, None if hide or not known else referrals[g] / known * 100,
                            population[g] / people * 100, hide) for g in population)


def _cell(group: str, counts: dict[str, int], hidden: dict[str, bool], before: dict[str, int],
          before_hidden: dict[str, bool], reference: str | None) -> EqualityCell:
    """A group's cell at a step: its count, its rate per 100 at the step `before`, and its RRI."""
    a, h = counts[group], hidden[group]
    none = dict(rate=None, rri=None, ci_low=None, ci_high=None, significant=None)
    if group not in before:  # referrals without a population for the group
        return EqualityCell(group, None if h else a, hidden=h,
                            reason="no population by group" if not before else "no population "
                            "for this group", **none)
    n, hn = before[group], before_hidden[group]
    if h or hn:  # a rate gives either count back from the other
        return EqualityCell(group, None if h else a, hidden=True, reason=None, **none)
    if n == 0:
        return EqualityCell(group, a, hidden=False, reason="none at the step before", **none)
    rate = a / n * 100
    if group in NOT_COMPARED or reference is None:
        return EqualityCell(group, a, rate, None, None, None, None,
                            False, "not compared")
    if group == reference:
        return EqualityCell(group, a, rate, 1.0, None, None, None, False, "reference group")
    if reference not in before:
        return EqualityCell(group, a, rate, None, None, None, None, False, "not compared")
    c, m = counts[reference], before[reference]
    if hidden[reference] or before_hidden[reference]:  # the RRI gives the reference's back
        return EqualityCell(group, a, rate, None, None, None, None, True, None)
    if a == 0 or c == 0 or m == 0:
        return EqualityCell(group, a, rate, None, None, None, None, False,
                            "no RRI: a count of 0")
    rri, low, high = rri_interval(a, n, c, m)
    return EqualityCell(group, a, rate, rri, low, high, low > 1 or high < 1, False, None)


def _facts(dims: tuple[EqualityDimension, ...], period: str) -> tuple[str, ...]:
    """The cover report's statements: per characteristic, the significant differences, or that
    there are none and the largest difference."""
    facts = []
    for d in dims:
        if not d.available:
            facts.append(f"By {d.by}: {d.reason}.")
            continue
        # (referrals have an RRI only on a population by group)
        found = [(s, c) for s in d.steps for c in s.cells if c.rri is not None
                 and c.group != d.reference]
        sig = [(s, c) for s, c in found if c.significant]
        if sig:
            facts += [f"By {d.by}, in {period}: {_difference(d, s, c)}, a significant "
                      f"difference." for s, c in sig]
        elif found:
            s, c = max(found, key=lambda sc: abs(math.log(sc[1].rri or 1)))
            facts.append(f"By {d.by}, no significant difference in {period}; the largest: "
                         f"{_difference(d, s, c)}.")
        elif any(c.hidden for s in d.steps[1:] for c in s.cells):
            facts.append(f"By {d.by}: the differences in {period} are not published, as they "
                         f"would reveal small numbers.")
        else:
            facts.append(f"By {d.by}: too few children in {period} to compare groups.")
    return tuple(facts)


def _difference(d: EqualityDimension, s: EqualityStep, c: EqualityCell) -> str:
    return (f"{_who(d.by, c.group)} had {s.name.lower()} at {fmt.value(c.rate, 'per_10k', 1)} per "
            f"100 {(s.previous or 'children of the group aged 0-17').lower()}, {c.rri:.2f} "
            f"times the rate for "
            f"{_who(d.by, d.reference or '')} (95% interval {c.ci_low:.2f} to {c.ci_high:.2f})")


def _who(by: str, group: str) -> str:
    if by == "age":
        return f"children {'aged ' if group[0].isdigit() else ''}{group.lower()}"
    if by == "disability":
        return f"{group.lower()} children"
    if by == "sex":
        return {"Male": "boys", "Female": "girls"}.get(group, group.lower())
    return f"{group} children"


def cell_text(c: EqualityCell) -> tuple[str, str, str, str]:
    """A cell as every format of the report shows it: count, rate per 100, RRI, its interval
    ("c" where disclosure control hides a figure, "–" where there is none; a significant RRI
    marked "*")."""
    def shown(v: float | None, text: str) -> str:
        return text if v is not None else ("c" if c.hidden else "–")

    count = f"{c.count:,}" if c.count is not None else "c"
    rate = shown(c.rate, f"{c.rate:.1f}" if c.rate is not None else "")
    if c.reason == "reference group":
        return count, rate, "1.00 (reference)", ""
    rri = shown(c.rri, f"{c.rri:.2f}{' *' if c.significant else ''}" if c.rri is not None else "")
    ci = (f"{c.ci_low:.2f} to {c.ci_high:.2f}" if c.ci_low is not None and c.ci_high is not None
          else "")
    return count, rate, rri, ci
