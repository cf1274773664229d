"""Disclosure control for published outputs, as the DfE does: small numbers are shown as `c`.

In an `open` report, a count from 1 to 5 is suppressed, and so is a percentage or rate whose
numerator is 1 to 5. Secondary suppression stops a suppressed number being worked back out or
a handful of children being described:

- a rate is suppressed with its count (count = rate x population / 10,000), and a percentage
  with its numerator (numerator = percentage x denominator / 100);
- a percentage of a denominator of 1 to 5 is suppressed, denominator and all (0% of 3 says
  as much about three children as 3 of 3).

`internal` reports show everything and are stamped "not for publication".
"""

from __future__ import annotations

SUPPRESSED = "c"
SMALL = range(1, 6)
CLASSIFICATIONS = ("open", "internal")


def small(n: int | None) -> bool:
    return n is not None and n in SMALL


def suppress_point(unit: str, numerator: int | None, denominator: int | None,
                   classification: str) -> dict[str, bool]:
    """Which parts of one monthly point to hide: {"value", "numerator", "denominator"}."""
    if classification == "internal":
        return {"value": False, "numerator": False, "denominator": False}
    hide_den = unit == "percent" and small(denominator)
    hide = small(numerator) or hide_den
    return {"value": hide, "numerator": hide, "denominator": hide_den}
