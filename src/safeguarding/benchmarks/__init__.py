"""Published DfE figures to compare a council's indicators with.

- ``table()``: the benchmark table (measure, year, area level, area code and name, value,
  published, mark, source), shipped with the package and built by
  ``scripts/build_benchmarks.py``; a user copy updated with ``safeguarding benchmarks update``
  takes its place (``store.py`` says where).
- ``neighbours(la_code, model)``: the DfE's ten statistical neighbours (2021 or 2025 model).
- ``comparison(indicator_id, la_code, month)``: the council's figure for the latest published
  year ending on or before the month, its neighbours' mean (and median and count), its region,
  England and its quartile among all councils.
- ``published_trend(comparison, la_code)``: the last 5 published years of the council, its
  neighbours' mean and England, and whether the gap to the neighbours is widening or closing.

Years are DfE years ending 31 March; areas are keyed by DfE 3-digit council numbers and ONS
region / country codes (``areas.py``). Contains public sector information licensed under the
Open Government Licence v3.0: show ``ATTRIBUTION`` wherever these figures are shown.
"""

from ..reference import ATTRIBUTION
from .compare import comparison, profile, year_for_month
from .measures import BY_CODE, BY_INDICATOR, MEASURES
from .neighbours import MODELS, default_model, neighbours
from .store import location, one_table, table, user_dir
from .trend import published_trend

__all__ = [
    "ATTRIBUTION", "BY_CODE", "BY_INDICATOR", "MEASURES", "MODELS",
    "comparison", "default_model", "location", "neighbours", "one_table", "profile",
    "published_trend", "table", "user_dir",
    "year_for_month",
]
