"""The canonical tables: the Standard Safeguarding Dataset columns the product reads.

This is the data contract (docs/data-contract.md in the shared docs) as data: every reader,
validator and the store work from it, so a column is declared once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["id", "text", "date", "datetime", "flag"]


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    required: bool = False
    future: bool = False  # a date that may lie after the extract date (a due date, expected birth)


@dataclass(frozen=True)
class Table:
    name: str
    key: str
    columns: tuple[Column, ...]
    person: str | None = None  # column that must name a child in ssd_person
    periods: tuple[tuple[str, str], ...] = ()  # (start, end): an end before its start is an error
    overlap: tuple[str, str] | None = None  # (start, end) periods of one child that must not overlap
    what: str = ""  # what a row is, for messages ("CP plan")

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]


def _cols(spec: str) -> tuple[Column, ...]:
    """Parse 'name:kind' words; a trailing '!' marks a required column, a trailing '>' a date
    that may lie after the extract date."""
    out = []
    for word in spec.split():
        name, kind = word.split(":")
        out.append(Column(name, kind.rstrip("!>"), "!" in kind, ">" in kind))  # type: ignore[arg-type]
    return tuple(out)


TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "ssd_person", "pers_person_id",
            _cols("pers_person_id:id! pers_dob:date pers_expected_dob:date> pers_sex:text "
                  "pers_ethnicity:text pers_death_date:date"),
            periods=(("pers_dob", "pers_death_date"),),
            what="person",
        ),
        Table(
            "ssd_disability", "disa_table_id",
            _cols("disa_table_id:id! disa_person_id:id! disa_disability_code:text!"),
            person="disa_person_id",
            what="disability",
        ),
        Table(
            "ssd_contacts", "cont_contact_id",
            _cols("cont_contact_id:id! cont_person_id:id! cont_contact_date:datetime! "
                  "cont_contact_source_code:text cont_contact_outcome_json:text "
                  "cont_screening_date:datetime cont_screened_by_qualified:flag"),
            person="cont_person_id",
            periods=(("cont_contact_date", "cont_screening_date"),),
            what="contact",
        ),
        Table(
            "ssd_cin_episodes", "cine_referral_id",
            _cols("cine_referral_id:id! cine_person_id:id! cine_referral_date:date! "
                  "cine_referral_source_code:text cine_referral_nfa:flag "
                  "cine_cin_primary_need_code:text cine_close_date:date cine_close_reason:text"),
            person="cine_person_id",
            periods=(("cine_referral_date", "cine_close_date"),),
            overlap=("cine_referral_date", "cine_close_date"),
            what="referral episode",
        ),
        Table(
            "ssd_cin_plans", "cinp_cin_plan_id",
            _cols("cinp_cin_plan_id:id! cinp_referral_id:id cinp_person_id:id! "
                  "cinp_cin_plan_start_date:date! cinp_cin_plan_end_date:date"),
            person="cinp_person_id",
            periods=(("cinp_cin_plan_start_date", "cinp_cin_plan_end_date"),),
            what="child in need plan",
        ),
        Table(
            "ssd_cin_assessments", "cina_assessment_id",
            _cols("cina_assessment_id:id! cina_person_id:id! cina_referral_id:id "
                  "cina_assessment_start_date:date! cina_assessment_auth_date:date "
                  "cina_assessment_child_seen:flag"),
            person="cina_person_id",
            periods=(("cina_assessment_start_date", "cina_assessment_auth_date"),),
            what="assessment",
        ),
        Table(
            "ssd_s47_enquiry", "s47e_s47_enquiry_id",
            _cols("s47e_s47_enquiry_id:id! s47e_person_id:id! s47e_referral_id:id "
                  "s47e_s47_start_date:date! s47e_s47_end_date:date s47e_s47_nfa:flag"),
            person="s47e_person_id",
            periods=(("s47e_s47_start_date", "s47e_s47_end_date"),),
            what="section 47 enquiry",
        ),
        Table(
            "ssd_initial_cp_conference", "icpc_icpc_id",
            _cols("icpc_icpc_id:id! icpc_person_id:id! icpc_s47_enquiry_id:id icpc_cp_plan_id:id "
                  "icpc_icpc_date:date! icpc_icpc_outcome_cp_flag:flag icpc_icpc_transfer_in:flag"),
            person="icpc_person_id",
            what="initial child protection conference",
        ),
        Table(
            "ssd_cp_plans", "cppl_cp_plan_id",
            _cols("cppl_cp_plan_id:id! cppl_person_id:id! cppl_cp_plan_start_date:date! "
                  "cppl_cp_plan_end_date:date cppl_cp_plan_initial_category:text "
                  "cppl_cp_plan_latest_category:text cppl_icpc_id:id"),
            person="cppl_person_id",
            periods=(("cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),),
            overlap=("cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
            what="child protection plan",
        ),
        Table(
            "ssd_cp_visits", "cppv_cp_visit_id",
            _cols("cppv_cp_visit_id:id! cppv_person_id:id! cppv_cp_plan_id:id "
                  "cppv_cp_visit_date:date! cppv_cp_visit_seen:flag"),
            person="cppv_person_id",
            what="child protection visit",
        ),
        Table(
            "ssd_cp_reviews", "cppr_cp_review_id",
            _cols("cppr_cp_review_id:id! cppr_person_id:id! cppr_cp_plan_id:id! "
                  "cppr_cp_review_due:date> cppr_cp_review_date:date!"),
            person="cppr_person_id",
            what="child protection review",
        ),
        Table(
            "ssd_cla_episodes", "clae_cla_episode_id",
            _cols("clae_cla_episode_id:id! clae_person_id:id! clae_cla_id:id! "
                  "clae_cla_episode_start_date:date! clae_cla_episode_ceased_date:date "
                  "clae_entered_care_date:date clae_cla_placement_id:id"),
            person="clae_person_id",
            periods=(("clae_cla_episode_start_date", "clae_cla_episode_ceased_date"),),
            overlap=("clae_cla_episode_start_date", "clae_cla_episode_ceased_date"),
            what="looked-after episode",
        ),
        Table(
            "ssd_cla_placement", "clap_cla_placement_id",
            _cols("clap_cla_placement_id:id! clap_cla_id:id! clap_cla_placement_start_date:date! "
                  "clap_cla_placement_end_date:date clap_cla_placement_type:text clap_long_term:flag"),
            periods=(("clap_cla_placement_start_date", "clap_cla_placement_end_date"),),
            what="placement",
        ),
        Table(
            "ssd_cla_visits", "clav_cla_visit_id",
            _cols("clav_cla_visit_id:id! clav_person_id:id! clav_cla_id:id "
                  "clav_cla_visit_date:date! clav_cla_visit_seen:flag"),
            person="clav_person_id",
            what="looked-after visit",
        ),
        Table(
            "ssd_cla_reviews", "clar_cla_review_id",
            _cols("clar_cla_review_id:id! clar_cla_id:id! clar_cla_review_due_date:date> "
                  "clar_cla_review_date:date! clar_cla_review_cancelled:flag"),
            what="looked-after review",
        ),
        # Allocation (optional): who works with a child, in which team. Without them the team and
        # worker columns and the allocation indicators are "not available", nothing else.
        Table(
            "ssd_involvements", "invo_involvements_id",
            _cols("invo_involvements_id:id! invo_person_id:id! invo_professional_id:id "
                  "invo_professional_role_id:text invo_professional_team:id "
                  "invo_involvement_start_date:datetime! invo_involvement_end_date:datetime "
                  "invo_worker_change_reason:text invo_referral_id:id"),
            person="invo_person_id",
            periods=(("invo_involvement_start_date", "invo_involvement_end_date"),),
            what="involvement of a worker or team",
        ),
        Table(
            "ssd_professionals", "prof_professional_id",
            _cols("prof_professional_id:id! prof_staff_id:id prof_professional_name:text "
                  "prof_professional_job_title:text prof_professional_department:text "
                  "prof_agency_worker_flag:flag"),
            what="professional",
        ),
        Table(
            "ssd_department", "dept_team_id",
            _cols("dept_team_id:id! dept_team_name:text dept_team_parent_id:id "
                  "dept_team_parent_name:text"),
            what="team",
        ),
    ]
}
