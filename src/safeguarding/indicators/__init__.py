"""The core indicator catalogue. Importing this package registers every indicator, in the
catalogue's order (front door, assessments, child protection, looked after, children in need,
allocation)."""

# isort: off
from . import front_door, assessments, child_protection, looked_after, children_in_need, allocation  # noqa: F401,E501
# isort: on
from .registry import AREAS, REGISTRY, Indicator, indicator

__all__ = ["AREAS", "REGISTRY", "Indicator", "indicator"]
