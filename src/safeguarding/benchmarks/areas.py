"""Areas of the benchmark table: England, regions, councils, and councils that were reorganised.

Area codes: England is ``E92000001``; regions are ONS region codes; councils are DfE 3-digit
local authority numbers (``"884"``). London appears three times, as the DfE files publish it:
``E12000007`` London and its two sub-regions ``E13000001`` Inner London and ``E13000002``
Outer London, all at area level ``region``. A London borough's own region (the one compared
with) is its sub-region, as in the shipped council table and in LAIT.

Years are DfE years: year ``Y`` is the year ending 31 March ``Y`` (for a snapshot, the figure
at 31 March ``Y``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


from ..reference import council

ENGLAND = "E92000001"
REGIONS = {
    "E12000001": "North East",
    "E12000002": "North West",
    "E12000003": "Yorkshire and The Humber",
    "E12000004": "East Midlands",
    "E12000005": "West Midlands",
    "E12000006": "East of England",
    "E12000007": "London",
    "E13000001": "Inner London",
    "E13000002": "Outer London",
    "E12000008": "South East",
    "E12000009": "South West",
}
# LAIT numbers its England and region rows 970 and 980-990.
LAIT_AREAS = {
    970: ENGLAND, 980: "E12000001", 981: "E12000002", 982: "E12000003", 983: "E12000004",
    984: "E12000005", 985: "E12000006", 986: "E12000007", 987: "E13000001", 988: "E13000002",
    989: "E12000008", 990: "E12000009",
}


@dataclass(frozen=True)
class Reorganisation:
    first_year: int  # the first DfE year (ending 31 March) published for the new councils
    before: tuple[str, ...]
    after: tuple[str, ...]
    what: str


# Each took effect on 1 April of first_year - 1. The links are by area, simplified to whole
# councils (Christchurch moved from Dorset county to BCP; it is treated as part of Dorset).
REORGANISATIONS = (
    Reorganisation(2020, ("835",), ("838",), "Dorset (835) became Dorset (838) in April 2019"),
    Reorganisation(2020, ("836", "837"), ("839",),
                   "Poole (836) and Bournemouth (837) became Bournemouth, Christchurch and "
                   "Poole (839) in April 2019"),
    Reorganisation(2022, ("928",), ("940", "941"),
                   "Northamptonshire (928) became North (940) and West (941) Northamptonshire "
                   "in April 2021"),
    Reorganisation(2024, ("909",), ("942", "943"),
                   "Cumbria (909) became Cumberland (942) and Westmorland and Furness (943) "
                   "in April 2023"),
)


@cache
def named(code: str) -> str:
    """A council as notes name it: "Dorset (838)"; "council 999" for a code not in the shipped
    council table."""
    try:
        return f"{council(code).name} ({code})"
    except KeyError:
        return f"council {code}"


def named_all(codes) -> str:
    """Several councils: "North Northamptonshire (940) and West Northamptonshire (941)"."""
    names = [named(c) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def reorganisation_of(code: str) -> Reorganisation | None:
    for r in REORGANISATIONS:
        if code in r.before or code in r.after:
            return r
    return None


def existed(code: str, year: int) -> bool:
    """Whether council ``code`` existed in DfE year ``year`` (True for any code never reorganised)."""
    r = reorganisation_of(code)
    if r is None:
        return True
    return year < r.first_year if code in r.before else year >= r.first_year


@cache
def covering(code: str, year: int) -> tuple[str, ...]:
    """The council(s) whose area was ``code``'s area in ``year``: ``(code,)`` if it existed then,
    else its predecessors (before it was created) or successors (after it was abolished)."""
    if existed(code, year):
        return (code,)
    r = reorganisation_of(code)
    return r.before if code in r.after else r.after
