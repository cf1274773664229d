"""The DfE measures the catalogue compares indicators with, and where each comes from.

A measure is keyed by its LAIT short code (``CPP_rate``), or by its EES column where LAIT has
none in the catalogue (``CPP_subsequent_percent``). Its ``sources`` are listed in order of
precedence: for a measure, year and area the first source holding a row wins. That order
encodes the catalogue:

- "Where the LAIT file and an EES file both hold a year, the EES file (the later revision) is
  used": the EES source comes first (``ReReferral``, ``CPPlans2yrsActive``, ``LAC``,
  ``LACStable_2016on``, and ``CIN`` from b1 counts).
- "earlier years: ..." (``CPP_Total_Rateper10,000``, ``CPP_rate``): LAIT comes first and the
  rate derived from EES counts fills the years LAIT does not hold.

A derived rate is ``count / population x 10,000`` rounded half up to 1 decimal place, as DfE
publishes it, with the 0-17 population of mid-year ``Y - 1`` for DfE year ``Y`` (the year
ending 31 March ``Y``). On the supplied files this reproduces every LAIT figure it overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# EES files are recognised by their columns (all must be present).
EES_FILES = {
    "b1": ("At31_episodes",),
    "c1": ("referral_count", "rereferral_percent"),
    "d3": ("CPP_subsequent_percent",),
    "d5": ("CPP_At31", "2_years_or_more_percent"),
    "cla": ("population_type", "rate_per_10000"),
    "stability": ("cla_group", "placement_stability", "children_percent"),
    "population": ("age_group", "population_estimate"),
}
EES_NAMES = {
    "b1": "b1_children_in_need", "c1": "c1_children_in_need_referrals_and_rereferrals",
    "d3": "d3_cpps_subsequent_plan", "d5": "d5_cpps_at31march_by_duration",
    "cla": "cla_number_and_rate_per_10k_children", "stability": "la_cla_placement_stability",
    "population": "ons_mid-year_population_estimates",
}


@dataclass(frozen=True)
class Source:
    kind: Literal["lait", "ees", "derived"]
    column: str  # LAIT short code, or the EES column (the count, for a derived rate)
    file: str | None = None  # EES file key (EES_FILES)
    where: tuple[tuple[str, str], ...] = ()  # EES rows kept: column == value

    @property
    def id(self) -> str:
        if self.kind == "lait":
            return f"LAIT {self.column}"
        if self.kind == "ees":
            return f"EES {self.file} {self.column}"
        return f"EES {self.file} {self.column} / ONS 0-17 mid-year"


@dataclass(frozen=True)
class Measure:
    code: str
    indicator: str  # the catalogue's indicator id
    label: str
    unit: Literal["per_10k", "percent"]
    sources: tuple[Source, ...]
    lait_code: str | None  # the LAIT measure whose dictionary polarity is checked


def _lait(code: str) -> Source:
    return Source("lait", code)


MEASURES: tuple[Measure, ...] = (
    Measure("CPP_Total_Rateper10,000", "referrals_per_10k", "Referrals per 10,000 children",
            "per_10k", (_lait("CPP_Total_Rateper10,000"), Source("derived", "referral_count", "c1")),
            "CPP_Total_Rateper10,000"),
    Measure("ReReferral", "rereferrals_12m", "Re-referrals within 12 months (%)", "percent",
            (Source("ees", "rereferral_percent", "c1"), _lait("ReReferral")), "ReReferral"),
    Measure("Section_47", "s47_per_10k", "Section 47 enquiries per 10,000 children", "per_10k",
            (_lait("Section_47"),), "Section_47"),
    Measure("CP_conf_15days", "icpc_in_15wd", "Initial conferences within 15 working days (%)",
            "percent", (_lait("CP_conf_15days"),), "CP_conf_15days"),
    Measure("CPP_rate", "cp_per_10k", "Child protection plans per 10,000 children at 31 March",
            "per_10k", (_lait("CPP_rate"), Source("derived", "CPP_At31", "d5")), "CPP_rate"),
    Measure("CPP_subsequent_percent", "cp_second_or_subsequent",
            "Plans started that were a second or subsequent plan (%)", "percent",
            (Source("ees", "CPP_subsequent_percent", "d3"),), "PrevRegCPR"),
    Measure("CPPlans2yrsActive", "cp_open_2yrs", "Plans open at 31 March lasting 2 years or more (%)",
            "percent", (Source("ees", "2_years_or_more_percent", "d5"), _lait("CPPlans2yrsActive")),
            "CPPlans2yrsActive"),
    Measure("CPPlans2yrs", "cp_ceased_2yrs", "Plans ceasing that had lasted 2 years or more (%)",
            "percent", (_lait("CPPlans2yrs"),), "CPPlans2yrs"),
    Measure("RevCP", "cp_reviews_in_timescale", "Child protection cases reviewed in timescale (%)",
            "percent", (_lait("RevCP"),), "RevCP"),
    Measure("LAC", "cla_per_10k", "Children looked after at 31 March per 10,000 children", "per_10k",
            (Source("ees", "rate_per_10000", "cla",
                    (("population_type", "Children looked after on 31 March each year"),)),
             _lait("LAC")), "LAC"),
    Measure("LACStable_2016on", "cla_3plus_placements",
            "Children looked after with 3 or more placements in the year (%)", "percent",
            (Source("ees", "children_percent", "stability",
                    (("cla_group", "CLA on 31 March"),
                     ("placement_stability", "With 3 or more placements during the year"))),
             _lait("LACStable_2016on")), "LACStable_2016on"),
    Measure("CIN", "cin_per_10k", "Children in need at 31 March per 10,000 children", "per_10k",
            (Source("derived", "At31_episodes", "b1"), _lait("CIN")), "CIN"),
    Measure("Continue_Assess_Comp", "assessments_in_timescale",
            "Continuous assessments completed within 45 working days (%)", "percent",
            (_lait("Continue_Assess_Comp"),), "Continue_Assess_Comp"),
)
BY_CODE = {m.code: m for m in MEASURES}
BY_INDICATOR = {m.indicator: m for m in MEASURES}
# Measures that compare only under a local policy: (policy field, the value the DfE counts by).
ONLY_WHEN = {"Continue_Assess_Comp": ("assessment_timescale_wd", 45)}
SUPPRESSION_MARKS = ("c", "x", "z", ":", "low", "-", "u", "k")


def precedence(measure: str, source_id: str) -> int:
    """Position of ``source_id`` among ``measure``'s sources (lower wins; unknown sources last)."""
    ids = [s.id for s in BY_CODE[measure].sources] if measure in BY_CODE else []
    return ids.index(source_id) if source_id in ids else len(ids)
