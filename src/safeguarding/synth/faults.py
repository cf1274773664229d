"""The deliberate faults of an errors=True extract (listed in the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dates import NA
from .text import dates


@dataclass
class InjectedError:
    """One deliberate fault in an errors=True extract (`line` counts the header as line 1)."""

    kind: str
    table: str
    line: int
    column: str
    value: str
    is_error: bool = True


def _parse_days(values: np.ndarray) -> np.ndarray:
    """'YYYY-MM-DD' strings ('' allowed) -> day numbers (NA for '')."""
    parsed = values.astype(str).astype("M8[D]")
    return np.where(np.isnat(parsed), NA, parsed.astype(np.int64))


def inject_errors(tables: dict[str, dict[str, np.ndarray]]) -> list[InjectedError]:
    """Add the documented faults to a valid set of tables, in place.

    Faults go in recent rows, so that they touch the months being reported on. A fault
    needs a suitable row (a very small extract may lack one): it is then left out, and the
    returned list says which faults were injected.
    """
    found: list[InjectedError] = []

    def note(kind, name, row, column, is_error=True):
        value = str(tables[name][column][row])
        found.append(InjectedError(kind, name, int(row) + 2, column, value, is_error))

    auth = tables["ssd_cin_assessments"]["cina_assessment_auth_date"]
    for row in np.flatnonzero(auth != "")[-1:]:
        auth[row] = str(auth[row])[:4] + "-02-30"
        note("unparseable_date", "ssd_cin_assessments", row, "cina_assessment_auth_date")

    plans = tables["ssd_cp_plans"]
    start = _parse_days(plans["cppl_cp_plan_start_date"])
    end = _parse_days(plans["cppl_cp_plan_end_date"])
    closed = [int(r) for r in np.flatnonzero((end != NA) & (end - start > 60))[::-1][:3]]
    if len(closed) > 0:
        row = closed[0]
        y, m, d = str(plans["cppl_cp_plan_start_date"][row]).split("-")
        plans["cppl_cp_plan_start_date"][row] = f"{d}/{m}/{y}"
        note("uk_date", "ssd_cp_plans", row, "cppl_cp_plan_start_date", is_error=False)
    if len(closed) > 1:
        row = closed[1]
        plans["cppl_cp_plan_end_date"][row] = dates(start[row:row + 1] - 7)[0]
        note("end_before_start", "ssd_cp_plans", row, "cppl_cp_plan_end_date")
    if len(closed) > 2:
        row = closed[2]
        extra = {k: v[row:row + 1].copy() for k, v in plans.items()}
        extra["cppl_cp_plan_id"][0] = str(plans["cppl_cp_plan_id"].astype(np.int64).max() + 1)
        extra["cppl_cp_plan_start_date"] = dates(start[row:row + 1] + 30)
        extra["cppl_cp_plan_end_date"][0] = ""
        extra["cppl_icpc_id"][0] = ""
        tables["ssd_cp_plans"] = {k: np.concatenate([v, extra[k]]) for k, v in plans.items()}
        note("overlapping_plans", "ssd_cp_plans", len(start), "cppl_cp_plan_start_date")

    visit_ids = tables["ssd_cp_visits"]["cppv_cp_visit_id"]
    if len(visit_ids) > 1:
        visit_ids[-1] = visit_ids[-2]
        note("duplicate_key", "ssd_cp_visits", len(visit_ids) - 1, "cppv_cp_visit_id")

    contact_people = tables["ssd_contacts"]["cont_person_id"]
    if len(contact_people):
        row = len(contact_people) - 10 if len(contact_people) > 10 else 0
        width = len(str(tables["ssd_person"]["pers_person_id"][0])) - 1
        contact_people[row] = "P" + "9" * width
        note("unknown_person", "ssd_contacts", row, "cont_person_id")

    s47_start = tables["ssd_s47_enquiry"]["s47e_s47_start_date"]
    if len(s47_start):
        row = len(s47_start) - 1
        s47_start[row] = ""
        note("missing_required", "ssd_s47_enquiry", row, "s47e_s47_start_date")
    return found
