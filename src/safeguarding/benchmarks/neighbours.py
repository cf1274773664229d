"""The DfE's ten statistical neighbours of a council, and their figure for a measure and year.

Models: 2021 (the April 2021 groupings, with the file's "Old SNs" rows for the councils
reorganised before it: 835, 836, 837 Dorset, Poole, Bournemouth, and 928 Northamptonshire)
and 2025. The one in force for a reporting month is the 2021 model before April 2025 and the
2025 model from then on. The ``safeguarding benchmarks`` commands (the lookup and the
neighbours listing) both use the one in force on the day they run (``command_model``), unless
told otherwise with ``--sn-model``, and say which.

A council not in a model (Cumberland 942 and Westmorland and Furness 943 are only in the 2025
model; 835, 836, 837, 909 and 928 only in the 2021 model): ``neighbours()`` raises KeyError
saying which model has it; ``comparison()`` without an explicit model uses the other model and
says so; with an explicit model it reports no neighbour figure, with the reason.

Reorganised neighbours are handled by code and year (``areas.covering``): a neighbour that did
not exist in the year compared is replaced by the council(s) covering its area that year
(North Northamptonshire in 2016 by Northamptonshire; Cumbria in 2025 by Cumberland and
Westmorland and Furness, whose mean is that neighbour's value). A replacement that is the
council itself, or that another neighbour already stands for, is left out; every replacement
is listed in the result's notes, and so is every neighbour with no published figure (left out
of the mean and median). Notes name each council with its code: "Dorset (838)".
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from .areas import covering, named, named_all, reorganisation_of
from .store import Figure, groupings

MODELS = (2021, 2025)
MODEL_NAMES = {2021: "DfE model of April 2021", 2025: "DfE model of April 2025"}


def default_model(month: dt.date) -> int:
    """The model in force for a reporting month: 2021 before April 2025, else 2025."""
    return 2025 if (month.year, month.month) >= (2025, 4) else 2021


@cache
def _by_council() -> dict[tuple[int, str], list[str]]:
    """Each (model, council)'s neighbours, closest first (a run looks them up thousands of times)."""
    out: dict[tuple[int, str], list[str]] = {}
    for g in sorted(groupings(), key=lambda g: g.rank):
        out.setdefault((g.model, g.la_code), []).append(g.neighbour_la_code)
    return out


def models_with(la_code: str) -> list[int]:
    return [m for m in MODELS if (m, str(la_code)) in _by_council()]


def neighbours(la_code: str, model: int) -> list[str]:
    """The council's ten neighbours (DfE 3-digit codes), closest first, in ``model``."""
    if model not in MODELS:
        raise ValueError(f"unknown statistical-neighbour model {model}: choose one of {MODELS}")
    la_code = str(la_code).strip()
    rows = _by_council().get((model, la_code))
    if not rows:
        other = models_with(la_code)
        hint = (f"; it is in the {' and '.join(map(str, other))} model" if other
                else "; it is in no statistical-neighbour model")
        raise KeyError(f"{named(la_code)} is not in the {model} statistical-neighbour model{hint}")
    return list(rows)


def resolve_model(la_code: str, month: dt.date, model: int | None) -> tuple[int | None, str | None]:
    """(model to use, note): the requested model, or the one in force, falling back to the
    other model when the council is only there. (None, reason) if the council has none."""
    available = models_with(la_code)
    if model is not None:
        if model not in MODELS:
            raise ValueError(f"unknown statistical-neighbour model {model}: choose one of {MODELS}")
        if model in available:
            return model, None
        hint = (f"; it is in the {' and '.join(map(str, available))} model" if available
                else "; it is in no statistical-neighbour model")
        return None, f"{named(la_code)} is not in the {model} statistical-neighbour model{hint}"
    wanted = default_model(month)
    if wanted in available:
        return wanted, None
    if available:
        used = available[-1]
        return used, (f"{named(la_code)} is not in the {wanted} statistical-neighbour model "
                      f"in force for {month:%Y-%m}; the {used} model is used")
    return None, f"{named(la_code)} is in no statistical-neighbour model"


def _stand(codes) -> str:
    return "stands" if len(codes) == 1 else "stand"


def reorganised_neighbours(codes: list[str]) -> list[str]:
    """Notes for a list of neighbours: each one reorganised, and who stands for it when."""
    notes = []
    for code in codes:
        r = reorganisation_of(code)
        if r is None:
            continue
        if code in r.before:
            notes.append(f"neighbour {named(code)} no longer exists ({r.what}): from "
                         f"{r.first_year} {named_all(r.after)} {_stand(r.after)} for it")
        else:
            notes.append(f"neighbour {named(code)} was created in April {r.first_year - 1} "
                         f"({r.what}): before {r.first_year} {named_all(r.before)} "
                         f"{_stand(r.before)} for it")
    return notes


def model_name(model: int) -> str:
    """How output names a model: "DfE model of April 2025"."""
    return MODEL_NAMES[model]


def command_model(la_code: str, sn_model: int | None = None,
                  on: dt.date | None = None) -> tuple[int | None, str | None]:
    """The model both ``safeguarding benchmarks`` commands use (the lookup, for every year it
    shows, and the neighbours listing): ``sn_model`` if given, else the one in force on ``on``
    (default: today), with ``resolve_model``'s fallback and note."""
    return resolve_model(la_code, on or dt.date.today(), sn_model)


class Slot(NamedTuple):
    """One neighbour in a neighbour figure."""
    la_code: str
    used: tuple[str, ...]  # the area(s) whose figure stands for it
    value: float | None
    mark: str | None  # why there is no value


@dataclass
class NeighbourFigure:
    mean: float | None
    median: float | None
    n: int  # neighbours with a published value
    slots: list[Slot] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def neighbour_figure(values: Mapping[str, Figure], la_code: str, codes: list[str],
                     year: int) -> NeighbourFigure:
    """Mean and median of the neighbours with a published value in ``values`` (the councils'
    figures for one measure and year, by area code)."""
    slots, notes = [], []
    for code, used, note in _standing(la_code, tuple(codes), year):
        if note:
            notes.append(note)
        if used is None:
            continue
        if len(used) == 1:  # one area (the neighbour itself, as nearly always): its value
            f = values.get(used[0])
            value = None if f is None else f.value
        else:
            published = [values[c].value for c in used if c in values and values[c].value is not None]
            value = _mean(published) if published else None
        mark = None
        if value is None:
            marks = {values[c].mark for c in used if c in values} - {None}
            mark = "/".join(sorted(marks)) or "no figure"
            has = "has" if len(used) == 1 else "have"
            who = named(code) if used == (code,) else f"{named(code)}: {named_all(used)}, standing for it,"
            shown = "not in the table" if mark == "no figure" else f"marked {mark}"
            notes.append(f"neighbour {who} {has} no published figure for {year} ({shown}), so "
                         f"it is not in the neighbours' mean")
        slots.append(Slot(code, used, value, mark))
    got = [s.value for s in slots if s.value is not None]
    return NeighbourFigure(_mean(got) if got else None,
                           float(statistics.median(got)) if got else None, len(got), slots, notes)


def _mean(values: list[float]) -> float:
    """statistics.fmean of a list (fsum over the count), without its overhead: a run of England
    takes some 100,000 means."""
    return math.fsum(values) / len(values)


@cache
def _standing(la_code: str, codes: tuple[str, ...], year: int
              ) -> tuple[tuple[str, tuple[str, ...] | None, str | None], ...]:
    """Each neighbour in a year, whatever the measure: (code, the area(s) standing for it, or
    None when it is left out; a note on it, or None). Once per council, model and year: a run
    of England compares each with every measure."""
    own = set(covering(la_code, year)) | {la_code}
    seen: set[tuple[str, ...]] = set()
    out: list[tuple[str, tuple[str, ...] | None, str | None]] = []
    for code in codes:
        used = covering(code, year)
        neighbour, stands_in = named(code), named_all(used)
        if own & set(used):
            out.append((code, None, f"neighbour {neighbour} did not exist in {year}; its area was "
                                    f"{stands_in}, this council's own, so it is left out"))
        elif used in seen:
            out.append((code, None, f"neighbour {neighbour} did not exist in {year}; {stands_in}, "
                                    f"standing for it, {'is' if len(used) == 1 else 'are'} already "
                                    f"counted"))
        else:
            seen.add(used)
            out.append((code, used, None if used == (code,) else
                        f"neighbour {neighbour} did not exist in {year}: {stands_in} used"))
    return tuple(out)
