"""The disclosure attack suite: an attacker holding every open pack of many small councils for
consecutive months tries each differencing route on everything published together, and must
recover no suppressed number.

Routes tried (see docs/disclosure.md):
- linear: monthly counts, rolling 12-month totals (as rates, numerators and denominators, in
  every pack), the same number published under two indicators, rates x population, percentages x
  denominators, and children on a plan moving by starts less ends (a stock-flow identity);
- complements: a percentage's numerator from its denominator (covered by the linear route);
- judgement: the rating of a hidden month, the direction between two months, SPC icons;
- SPC lines: span x mean less the other months of the span;
- chart data: the Vega-Lite data embedded in the HTML.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
import pytest

from safeguarding import app, reference
from safeguarding.report import charts, disclosure
from safeguarding.report.tree import build_tree
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

MONTHS = ["2014-05", "2014-06", "2014-07", "2014-08"]  # four consecutive monthly packs
COUNCILS = 16


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> dict[str, list[tuple]]:
    """la_code -> [(open tree, council results with history)] for each month in MONTHS."""
    root = tmp_path_factory.mktemp("small")
    chosen = [c for c in reference.councils() if 2014 in reference.population(c.la_code)][:COUNCILS]
    for n, council in enumerate(chosen):
        # Small councils (1,000 to 4,000 children): many counts of 1 to 5.
        write_synthetic_extract(root / council.la_code, la_code=council.la_code, la_name=council.name,
                                population=1000 + 200 * n, start="2011-09", end="2014-08", seed=7 + n)
    store = Store()
    app.load(root, store)
    out: dict[str, list[tuple]] = defaultdict(list)
    for month in MONTHS:
        for c in app.run_indicators(store, dt.date.fromisoformat(month + "-01")):
            out[c.la_code].append((build_tree(c, "open"), c))
    return out


# ---------------------------------------------------------------- what the attacker knows

def published(trees: list[dict]) -> dict[tuple[str, str, str], float]:
    """Every number the packs print, as (indicator, "figure" | "denominator", month) -> value,
    with a rate or percentage turned back into its numerator where its denominator is printed."""
    known = {}
    for tree in trees:
        for ind in tree.summary:
            for m in ind.months:
                num, den, value = m.numerator, m.denominator, m.value_raw
                if den != disclosure.SUPPRESSED and den is not None and ind.unit == "percent":
                    known[(ind.id, "denominator", m.month)] = den
                if num != disclosure.SUPPRESSED:
                    known[(ind.id, "figure", m.month)] = num
                elif value is not None and den not in (None, disclosure.SUPPRESSED):
                    scale = 10_000 if ind.unit == "per_10k" else 100
                    known[(ind.id, "figure", m.month)] = value * den / scale
    return known


def truth(c) -> dict[tuple[str, str, str], int]:
    out = {}
    for r in c.results:
        for p in r.history:
            out[(r.indicator.id, "figure", p.month)] = p.numerator
            if p.denominator is not None and r.indicator.unit == "percent":
                out[(r.indicator.id, "denominator", p.month)] = p.denominator
    return out


def hidden_cells(trees: list[dict]) -> set[tuple[str, str, str]]:
    cells = set()
    for tree in trees:
        for ind in tree.summary:
            for m in ind.months:
                if m.numerator == disclosure.SUPPRESSED:
                    cells.add((ind.id, "figure", m.month))
                if m.denominator == disclosure.SUPPRESSED:
                    cells.add((ind.id, "denominator", m.month))
    return cells


def shift(month: str, k: int) -> str:
    y, m = divmod(int(month[:4]) * 12 + int(month[5:]) - 1 + k, 12)
    return f"{y:04d}-{m + 1:02d}"


# ---------------------------------------------------------------- the linear attacker

# What the attacker reads in the published definitions, written here independently of the
# product's own rules (disclosure.SAME and ROLLING): the same number under two indicators...
SAME = [
    [("contacts", "figure"), ("contacts_screened_24h", "denominator"),
     ("contacts_to_referral", "denominator")],
    [("referrals_per_10k", "figure"), ("rereferrals_12m", "denominator")],
    [("assessments_completed", "figure"), ("assessments_in_timescale", "denominator")],
    [("cp_count", "figure"), ("cp_per_10k", "figure"), ("cp_open_2yrs", "denominator")],
    [("cla_count", "figure"), ("cla_per_10k", "figure"), ("cla_3plus_placements", "denominator")],
    [("cin_count", "figure"), ("cin_per_10k", "figure")],
]
# ... and rolling 12-month totals of a published monthly count.
ROLLING = {
    ("referrals_per_10k", "figure"): ("referrals", "figure"),
    ("assessments_per_10k", "figure"): ("assessments_completed", "figure"),
    ("cp_second_or_subsequent", "denominator"): ("cp_starts", "figure"),
}
LINKED = {p[0] for group in SAME for p in group} | {p[0] for pair in ROLLING.items() for p in pair} | {
    "cp_count", "cp_starts", "cp_ceased_2yrs"}

def linear_recoveries(known: dict, hidden: set, true: dict) -> list[tuple]:
    """Solve every published linear identity together; a hidden cell is recovered when the
    system pins it (its unit vector lies in the row space) to its true value."""
    months = sorted({k[2] for k in list(known) + list(hidden)})
    first, last = months[0], months[-1]
    span = [shift(first, -23 + i) for i in range(24 + _between(first, last))]
    unknowns: dict[tuple, int] = {}

    def var(key):
        return unknowns.setdefault(key, len(unknowns))

    rows, rhs = [], []

    def equation(terms: dict, value: float):
        rows.append(terms)
        rhs.append(value)

    # Every cell of a linked indicator is an unknown; a printed cell is an equation. (A cell of
    # an indicator linked to no other is pinned by its own printed value or by nothing.)
    for key, value in known.items():
        if key[0] in LINKED:
            equation({var(key): 1}, value)
    # The same number under two indicators.
    for group in SAME:
        for m in span:
            for a, b in zip(group, group[1:]):
                equation({var((*a, m)): 1, var((*b, m)): -1}, 0)
    # Rolling 12-month totals of a monthly count.
    for total, monthly in ROLLING.items():
        for m in span[11:]:
            terms = {var((*total, m)): 1}
            for k in range(12):
                terms[var((*monthly, shift(m, -k)))] = -1
            equation(terms, 0)
    # Children on a plan move by starts less ends; ends add up to cp_ceased_2yrs' denominator.
    for m in span[1:]:
        equation({var(("cp_count", "figure", m)): 1, var(("cp_count", "figure", shift(m, -1))): -1,
                  var(("cp_starts", "figure", m)): -1, var(("ends", "", m)): 1}, 0)
    for m in span[11:]:
        terms = {var(("cp_ceased_2yrs", "denominator", m)): 1}
        for k in range(12):
            terms[var(("ends", "", shift(m, -k)))] = -1
        equation(terms, 0)

    a = np.zeros((len(rows), len(unknowns)))
    for i, terms in enumerate(rows):
        for j, coef in terms.items():
            a[i, j] += coef
    b = np.array(rhs, dtype=float)
    solution, *_ = np.linalg.lstsq(a, b, rcond=None)
    # Null space of A: a cell is pinned when no null-space direction moves it.
    _, s, vt = np.linalg.svd(a, full_matrices=True)
    rank = int((s > 1e-8 * s.max()).sum())
    null = vt[rank:]
    found = []
    for cell in hidden:
        j = unknowns.get(cell)
        if j is None or (null.size and np.abs(null[:, j]).max() > 1e-6):
            continue
        if cell in true and round(solution[j]) == true[cell] and abs(solution[j] - true[cell]) < 0.01:
            found.append((cell, true[cell]))
    return found


def _between(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1


# ---------------------------------------------------------------- the attacks

def test_the_councils_are_small_enough_to_need_suppression(packs):
    cells = sum(len(hidden_cells([t for t, _ in p])) for p in packs.values())
    assert cells > 200, "the attack would prove nothing without suppressed cells"
    assert len(packs) == COUNCILS


def test_differencing_recovers_nothing(packs):
    recovered = {}
    for la, pack in packs.items():
        trees = [t for t, _ in pack]
        found = linear_recoveries(published(trees), hidden_cells(trees), truth(pack[-1][1]))
        if found:
            recovered[la] = found
    assert not recovered


def test_the_attacker_would_succeed_against_primary_suppression_alone(packs, monkeypatch):
    """The linear attacker is real: without the linked-figure rules it recovers counts."""
    monkeypatch.setattr(disclosure, "SAME", ())
    monkeypatch.setattr(disclosure, "ROLLING", {})
    found = 0
    for pack in packs.values():
        trees = [build_tree(c, "open") for _, c in pack]
        found += len(linear_recoveries(published(trees), hidden_cells(trees), truth(pack[-1][1])))
    assert found > 0


def test_ratings_directions_and_icons_of_hidden_months_are_withheld(packs):
    for pack in packs.values():
        for tree, _ in pack:
            for ind in tree.summary:
                months = ind.months
                if not months:
                    continue
                if months[-1].suppressed:
                    assert ind.rag == "withheld" and not ind.rag_basis
                if any(m.suppressed for m in months[-2:]):
                    assert ind.direction == ""
                if ind.suppressed_any:
                    assert ind.judgement_withheld
                    assert "withheld" in ind.commentary[0]
                    assert ind.id not in " ".join(tree.key_messages)


def test_spc_lines_never_cover_a_hidden_month(packs):
    """span x mean - the printed months of the span would give a lone hidden month back, so SPC
    lines are published only over spans in which every month is printed (in this pack or an
    earlier one: the plan hides the same cells in every pack)."""
    checked = 0
    for pack in packs.values():
        for tree, c in pack:
            plan = disclosure.Plan(c.results, "open")
            for ind in tree.summary:
                r = next(r for r in c.results if r.indicator.id == ind.id)
                span = [p.month for p in r.judgement.spc.points] if r.judgement else []
                if ind.spc.mean is None:
                    assert not ind.special_months
                    assert ind.spc_icon in ("withheld", "insufficient_data")
                    assert ind.assurance_icon is None
                    continue
                checked += 1
                assert not plan.any_hidden(ind.id, span)
    assert checked, "some SPC lines should be published"


def test_chart_data_prints_nothing_the_tables_hide(packs):
    checked = 0
    for pack in list(packs.values())[:4]:  # the charts are slow to build: four councils' packs
        for tree, _ in pack[-2:]:
            for ind in tree.summary:
                if not ind.judgement_withheld:
                    continue
                checked += 1
                spec = charts.chart_spec(ind)
                data = [row for ds in _datasets(spec) for row in ds if "month" in row]
                hidden = {m.month for m in ind.months if m.suppressed}
                for row in data:
                    if row["month"] in hidden:
                        assert row["value"] is None and row["numerator"] in ("", disclosure.SUPPRESSED)
                lines = [row for ds in _datasets(spec) for row in ds if "key" in row]
                if ind.spc_withheld:
                    assert not [row for row in lines if row["key"] in (charts.MEAN, charts.LIMITS)]
    assert checked


def _datasets(spec: dict) -> list[list[dict]]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("values",) and isinstance(v, list):
                    found.append([x for x in v if isinstance(x, dict)])
                else:
                    walk(v)
        elif isinstance(node, list):
            for x in node:
                walk(x)

    walk(spec)
    if isinstance(spec.get("datasets"), dict):
        found += [v for v in spec["datasets"].values() if isinstance(v, list)]
    return found


def test_internal_packs_hide_nothing(packs):
    _, c = packs[next(iter(packs))][-1]
    tree = build_tree(c, "internal")
    assert not hidden_cells([tree])
    assert all(i.rag != "withheld" for i in tree.summary)


def test_linked_figures_are_the_same_numbers(packs):
    """The attacker's identities hold on the data (so its recoveries are real), and the product's
    rules cover every one of them: a change to an indicator's definition that breaks one, or a
    new link the rules miss, fails here."""
    _, c = packs[next(iter(packs))][-1]
    true = truth(c)
    months = sorted({k[2] for k in true})
    for group in SAME:
        values = [[true.get((*part, m)) for m in months] for part in group]
        assert all(v == values[0] for v in values), group
        assert any(set(group) <= rule for rule in disclosure.SAME), group
    for total, monthly in ROLLING.items():
        for m in months[11:]:
            assert true[(*total, m)] == sum(true[(*monthly, shift(m, -k))] for k in range(12))
        assert disclosure.ROLLING[total] == monthly
