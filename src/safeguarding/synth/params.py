"""The model's calibration: rates, probabilities and durations (`Params`), and the code sets
that records draw their codes from, as {code: weight} (weights need not sum to 1)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Params:
    """The model's knobs, calibrated to the England 2013-14 children's social care figures."""

    # Front door (rates per 10,000 children per year).
    first_referrals_per_10k: float = 367.0  # children referred for the first time
    contact_only_children_per_10k: float = 660.0  # children whose contacts all end in NFA
    p_later_nfa_contact: float = 0.35  # a closed episode followed by an NFA contact
    existing_case_contacts_per_year: float = 0.65  # contacts on a case already open
    # Pathways (probabilities per referral).
    p_referral_nfa: float = 0.09
    p_s47: float = 0.207
    p_s47_after_plan: float = 0.50  # for a child who has had a plan before
    p_icpc_given_s47: float = 0.40
    p_icpc_after_plan: float = 0.70
    p_plan_given_icpc: float = 0.92
    p_transfer_in: float = 0.004
    p_cin_services: float = 0.30  # of referrals without an enquiry: a period as child in need
    p_care_direct: float = 0.051  # of referrals without an enquiry: coming into care
    p_care_after_plan: float = 0.17
    # Re-referral after an episode closes.
    p_rereferral: float = 0.38
    p_rereferral_after_plan: float = 0.40
    p_quick_rereferral: float = 0.80  # of re-referrals: within 8 months of the closure
    slow_rereferral_mean_days: float = 700.0
    # Durations (days).
    cin_median_days: float = 240.0
    cin_sigma: float = 1.0
    plan_gamma_shape: float = 3.0
    plan_gamma_scale: float = 104.0
    # Care: (share, median days, sigma) for going home, permanence, long stay.
    care_kinds: tuple = ((0.38, 110.0, 1.0), (0.27, 520.0, 0.35), (0.35, 1900.0, 0.6))
    placements_weights: tuple = (0.34, 0.27, 0.21, 0.18)  # 1..4 placements in a period
    placement_move_mean_days: float = 90.0
    # Timeliness.
    assessment_median_wd: float = 25.0
    assessment_sigma: float = 0.6
    icpc_median_wd: float = 11.5
    icpc_sigma: float = 0.45
    p_cp_review_late: float = 0.04
    p_cla_first_review_late: float = 0.025
    p_cla_review_late: float = 0.004
    p_cla_review_cancelled: float = 0.02
    p_cp_visit_late: float = 0.05
    p_cp_visit_unseen: float = 0.07
    p_cla_visit_late: float = 0.015
    p_cla_visit_unseen: float = 0.03
    p_screen_late: float = 0.015
    p_screen_missing: float = 0.005
    p_screen_exactly_24h: float = 0.01
    p_screen_unqualified: float = 0.01


PARAMS = Params()

# Age at a child's first referral or contact: (from, to years, weight).
AGE_BANDS = ((0, 1, 0.14), (1, 5, 0.21), (5, 10, 0.25), (10, 16, 0.31), (16, 18, 0.09))
AGE_BAND_EDGES = (1, 5, 10, 16)  # the bands above, by age in years at the referral
S47_AGE_FACTOR = (1.3, 1.1, 1.0, 0.95, 0.5)  # per band: likelihood of a section 47 enquiry
CARE_AGE_FACTOR = (2.4, 0.75, 0.55, 0.9, 1.15)  # per band: of coming straight into care

SOURCES = {"1A": 5, "1B": 2, "1C": 1, "1D": 1, "2A": 14, "2B": 2, "3A": 4, "3B": 3, "3C": 1,
           "3D": 2, "3E": 3, "3F": 4, "4": 2, "5A": 9, "5B": 3, "5C": 2, "5D": 3, "6": 26,
           "7": 2, "8": 7, "9": 1, "10": 3}
NEEDS = {"N1": 50, "N2": 8, "N3": 4, "N4": 9, "N5": 18, "N6": 2, "N7": 1, "N8": 7, "N9": 1}
CATEGORIES = {"NEG": 43, "EMO": 33, "PHY": 10, "SAB": 5, "MUL": 9}
SEXES = {"M": 51, "F": 48.5, "U": 0.5}
ETHNICITIES = {"WBRI": 74, "WIRI": 0.5, "WOTH": 4, "WIRT": 0.3, "WROM": 0.5, "MWBC": 2,
               "MWBA": 0.7, "MWAS": 1.2, "MOTH": 2, "AIND": 1, "APKN": 2, "ABAN": 0.8,
               "CNHE": 0.2, "AOTH": 1, "BCRB": 1, "BAFR": 3, "BOTH": 1, "OOTH": 1.5,
               "REFU": 0.5, "NOBT": 2}
PLACEMENTS = {"U6": 48, "U3": 14, "U4": 6, "U1": 3, "K2": 9, "R1": 2, "P1": 6, "S1": 1,
              "H5": 3, "Z1": 1, "R3": 1, "T0": 1}
LONG_STAY_PLACEMENTS = {"U4": 55, "U1": 20, "K2": 10, "U6": 10, "S1": 5}
LONG_TERM_TYPES = ("U1", "U4")
# Why an episode that had services closes (RC5 moved to another council, RC3 child arrangements
# order, RC2 died, RC7 services ceased), and one ending in permanence from care (RC4 special
# guardianship order, RC3 child arrangements order).
SERVICES_CLOSE_REASONS = {"RC5": 6, "RC3": 2, "RC2": 0.3, "RC7": 91.7}
PERMANENCE_CLOSE_REASONS = {"RC4": 55, "RC3": 45}
