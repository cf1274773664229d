"""Secondary suppression of breakdown cells (disclosure.breakdown_cells): an attacker holding an
open output's whole and every shown cell tries to recover each hidden one by differencing."""

import random

import pytest

from safeguarding.report.disclosure import SHOWN, Hidden, breakdown_cells, primary


def whole_hidden(unit, cells):
    n = sum(c[0] for c in cells)
    d = None if unit != "percent" else sum(c[1] for c in cells)
    p = primary(unit, n, d)
    return Hidden(p["figure"] or p["denominator"], p["denominator"])


def recoverable(unit, cells, whole, hidden):
    """The cells (index, part) an attacker gets back: a hidden part whose whole is shown and whose
    every other cell is shown, or a hidden whole whose every cell is shown."""
    parts = [("figure", 0)] + ([("denominator", 1)] if unit == "percent" else [])
    out = []
    for part, k in parts:
        hid = [getattr(h, part) for h in hidden]
        if not getattr(whole, part):
            out += [(i, part) for i, h in enumerate(hid) if h and sum(hid) == 1
                    and (part == "denominator" or unit != "percent" or cells[i][1] > 0)]
        elif not any(hid) and sum(c[k] for c in cells) > 0:
            out.append(("whole", part))
    return out


def test_one_hidden_cell_takes_the_next_smallest_with_it():
    cells = [(40, None), (3, None), (9, None), (7, None)]
    hidden = breakdown_cells("count", cells, SHOWN)
    assert [h.figure for h in hidden] == [False, True, False, True]  # 3 (primary), 7 (next)


def test_a_hidden_whole_is_not_the_sum_of_shown_cells():
    cells = [(0, 4), (3, 3), (0, 0)]  # numerator 3 of 7: the whole's figure is hidden
    whole = whole_hidden("percent", cells)
    assert whole.figure
    hidden = breakdown_cells("percent", cells, whole)
    assert recoverable("percent", cells, whole, hidden) == []


@pytest.mark.parametrize("unit", ["count", "percent"])
def test_no_hidden_cell_is_recovered_by_differencing(unit):
    rng = random.Random(12)
    tried = hid = 0
    for _ in range(4000):
        k = rng.randint(2, 7)
        if unit == "count":
            cells = [(rng.choice([0, 0, 1, 2, 3, 5, 6, 8, 12, 30, 200]), None) for _ in range(k)]
        else:
            dens = [rng.choice([0, 1, 3, 6, 7, 9, 14, 40]) for _ in range(k)]
            cells = [(rng.randint(0, d), d) for d in dens]
        whole = whole_hidden(unit, cells)
        hidden = breakdown_cells(unit, cells, whole)
        assert recoverable(unit, cells, whole, hidden) == [], (cells, whole, hidden)
        for (n, d), h in zip(cells, hidden):  # primary suppression still holds on every cell
            p = primary(unit, n, d)
            assert (not p["figure"] or h.figure) and (not p["denominator"] or h.denominator)
        tried += k
        hid += sum(h.any for h in hidden)
    assert hid > 0 and tried > hid


def test_the_open_cli_breakdown_gives_no_hidden_cell_back(tmp_path):
    """`indicators --by` in open classification (the default), attacked with the internal
    output's true cells: no shown cell is 1 to 5, and no hidden cell is the indicator's printed
    figure less the shown cells."""
    import json

    from typer.testing import CliRunner

    from safeguarding.cli import cli
    from safeguarding.synth import write_synthetic_extract

    folder = tmp_path / "extract"
    write_synthetic_extract(folder, la_code="884", la_name="Small", population=4000,
                            start="2012-09", end="2014-08", seed=3)
    args = ["indicators", str(folder), "--month", "2014-08", "--by", "ethnicity", "--format", "json"]

    def indicators(*extra):
        done = CliRunner().invoke(cli, [*args, *extra])
        assert done.exit_code == 0, done.output
        return {i["id"]: i for i in json.loads(done.stdout)["indicators"]}

    opened, truth = indicators(), indicators("--classification", "internal")
    hid = 0
    for id, ind in opened.items():
        b = ind.get("breakdown")
        if not b or not b["available"]:
            continue
        unit = ind["unit"]
        true_groups = truth[id]["breakdown"]["groups"]
        for m in range(len(b["groups"][0]["series"])):
            shown = [g["series"][m] for g in b["groups"]]
            cells = [(g["series"][m]["numerator"], g["series"][m]["denominator"]) for g in true_groups]
            if not all(p["covered"] for p in shown):
                continue
            hidden = [Hidden(bool(p.get("suppressed")) and p["numerator"] is None,
                             bool(p.get("suppressed")) and unit == "percent" and p["denominator"] is None)
                      for p in shown]
            assert recoverable(unit, cells, SHOWN, hidden) == [], (id, m, cells, hidden)
            for (n, d), h in zip(cells, hidden):
                p = primary(unit, n, d)
                assert (not p["figure"] or h.figure) and (not p["denominator"] or h.denominator)
            hid += sum(h.any for h in hidden)
    assert hid > 0
