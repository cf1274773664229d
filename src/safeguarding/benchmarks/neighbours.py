"""The DfE's ten statistical neighbours of a council, and their figure for a measure and year.

Models: 2021 (the April 2021 groupings, with the file's "Old SNs" rows for the councils
reorganised before it: 835, 836, 837 Dorset, Poole, Bournemouth, and 928 Northamptonshire)
and 2025. The one in force for a reporting month is the 2021 model before April 2025 and the
2025 model from then on.

A council not in a model (Cumberland 942 and Westmorland and Furness 943 are only in the 2025
model; 835, 836, 837, 909 and 928 only in the 2021 model): ``neighbours()`` raises KeyError
saying which model has it; ``comparison()`` without an explicit model uses the other model and
says so; with an explicit model it reports no neighbour figure, with the reason.

Reorganised neighbours are handled by code and year (``areas.covering``): a neighbour that did
not exist in the year compared is replaced by the council(s) covering its area that year
(North Northamptonshire in 2016 by Northamptonshire; Cumbria in 2025 by Cumberland and
Westmorland and Furness, whose mean is that neighbour's value). A replacement that is the
council itself, or that another neighbour already stands for, is left out; every replacement
is listed in the result's notes.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

import pandas as pd

from .areas import covering
from .store import groupings

MODELS = (2021, 2025)


def default_model(month: dt.date) -> int:
    """The model in force for a reporting month: 2021 before April 2025, else 2025."""
    return 2025 if (month.year, month.month) >= (2025, 4) else 2021


def models_with(la_code: str) -> list[int]:
    g = groupings()
    return sorted(int(m) for m in g.loc[g.la_code == str(la_code), "model"].unique())


def neighbours(la_code: str, model: int) -> list[str]:
    """The council's ten neighbours (DfE 3-digit codes), closest first, in ``model``."""
    if model not in MODELS:
        raise ValueError(f"unknown statistical-neighbour model {model}: choose one of {MODELS}")
    la_code = str(la_code).strip()
    g = groupings()
    rows = g[(g.model == model) & (g.la_code == la_code)].sort_values("rank")
    if rows.empty:
        other = models_with(la_code)
        hint = (f"; it is in the {' and '.join(map(str, other))} model" if other
                else "; it is in no statistical-neighbour model")
        raise KeyError(f"council {la_code} is not in the {model} statistical-neighbour model{hint}")
    return rows.neighbour_la_code.tolist()


def resolve_model(la_code: str, month: dt.date, model: int | None) -> tuple[int | None, str | None]:
    """(model to use, note): the requested model, or the one in force, falling back to the
    other model when the council is only there. (None, reason) if the council has none."""
    available = models_with(la_code)
    if model is not None:
        if model not in MODELS:
            raise ValueError(f"unknown statistical-neighbour model {model}: choose one of {MODELS}")
        if model in available:
            return model, None
        return None, f"council {la_code} is not in the {model} statistical-neighbour model"
    wanted = default_model(month)
    if wanted in available:
        return wanted, None
    if available:
        used = available[-1]
        return used, (f"council {la_code} is not in the {wanted} statistical-neighbour model "
                      f"in force for {month:%Y-%m}; the {used} model is used")
    return None, f"council {la_code} is in no statistical-neighbour model"


@dataclass
class NeighbourFigure:
    mean: float | None
    median: float | None
    n: int  # neighbours with a published value
    slots: list[dict] = field(default_factory=list)  # per neighbour: code, used, value, mark
    notes: list[str] = field(default_factory=list)


def neighbour_figure(values: pd.DataFrame, la_code: str, codes: list[str], year: int) -> NeighbourFigure:
    """Mean and median of the neighbours with a published value in ``values``
    (council rows of one measure and year, indexed by area_code with ``value`` and ``mark``)."""
    own = set(covering(la_code, year)) | {la_code}
    value_of, mark_of = values.value.to_dict(), values.mark.to_dict()
    seen: set[tuple[str, ...]] = set()
    slots, notes = [], []
    for code in codes:
        used = covering(code, year)
        stands_in = "+".join(used)
        if own & set(used):
            notes.append(f"neighbour {code} did not exist in {year}; its area was {stands_in}, "
                         f"this council's own, so it is left out")
            continue
        if used in seen:
            notes.append(f"neighbour {code} did not exist in {year}; {stands_in}, which stands "
                         f"for it, is already counted")
            continue
        if used != (code,):
            notes.append(f"neighbour {code} did not exist in {year}: {stands_in} used")
        seen.add(used)
        published = [value_of[c] for c in used if pd.notna(value_of.get(c))]
        value = statistics.fmean(published) if published else None
        marks = sorted({mark_of[c] for c in used if pd.notna(mark_of.get(c))})
        slots.append({"la_code": code, "used": list(used), "value": value,
                      "mark": None if value is not None else ("/".join(marks) or "no figure")})
    got = [s["value"] for s in slots if s["value"] is not None]
    return NeighbourFigure(statistics.fmean(got) if got else None,
                           float(statistics.median(got)) if got else None, len(got), slots, notes)
