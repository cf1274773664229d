"""A synthetic Standard Safeguarding Dataset (SSD) extract for one council.

`write_synthetic_extract` writes the sixteen ``ssd_*.csv`` tables the product reads and an
``extract.toml``. The data are invented but behave like a real English council's: the
yearly rates land near the England 2013-14 figures for the council's 0-17 population.

How the children are made (every stage is vectorised over all children; the only Python
loops are over re-referral generations and review rounds):

1. **Referral chains.** New children are first referred as a Poisson process. Each referral
   opens a CIN referral episode that follows one pathway: no further action, assessment
   then closure, assessment then a period as a child in need, a section 47 enquiry (with or
   without an initial child protection conference and a plan), a transfer-in conference,
   or coming into care. A plan may end with the child coming into care. After an episode
   closes the child may be referred again (more likely after a plan, and more likely to get
   another plan), which makes re-referrals and second plans. Nothing happens on or after a
   child's 18th birthday.
2. **Steady state.** Arrivals start 19 years before `start`, so even children who have been
   in care since infancy are present; the extract keeps every child with a record open at
   or dated on or after `start`, with their whole history (earlier referrals and plans),
   as a real case-management extract would.
3. **Detail.** Contacts (one per referral, contacts on open cases, and no-further-action
   contacts, many for children never referred), assessments, enquiries, conferences,
   plans with visits and reviews, periods of care split into episodes and placements with
   visits and reviews are derived from the episodes.
4. **As at the extract.** Nothing after the cut-off (the last day of `end`, or
   `extracted_at` if earlier) is kept; records still open then have empty end dates.

With ``errors=True`` a valid extract is made and then exactly these faults are injected
(in recent rows; each is returned, with table, file line, column and value, as
``counts.injected_errors``, and listed as comments in ``extract.toml``; a fault with no
suitable row in a very small extract is left out):

- ``unparseable_date``: one ``ssd_cin_assessments.cina_assessment_auth_date`` is
  ``YYYY-02-30``;
- ``uk_date`` (valid, not an error): one ``ssd_cp_plans.cppl_cp_plan_start_date`` is
  written ``dd/mm/yyyy``;
- ``duplicate_key``: the last ``ssd_cp_visits`` row carries the ``cppv_cp_visit_id`` of the
  row before it;
- ``unknown_person``: one ``ssd_contacts`` row has a ``cont_person_id`` not in ssd_person;
- ``end_before_start``: one ``ssd_cp_plans`` row ends 7 days before it starts;
- ``overlapping_plans``: one extra ``ssd_cp_plans`` row (appended last) for a child who
  already has a plan over the same dates;
- ``missing_required``: one ``ssd_s47_enquiry.s47e_s47_start_date`` is empty.

The package: `params` (calibration and code weights), `dates` (day numbers, months, working
days from `safeguarding.calendar`), `draws` (random draws), `arrays` (grouped running totals,
record numbers), `flow` (referral episodes and their pathways), `records` (visits, reviews,
placements, looked-after episodes), `contacts` (the front door), `tables` (the referral,
child protection and looked-after tables), `text` (cells as text), `build` (the whole
simulation), `faults` (errors=True) and `writer` (the CSV files and extract.toml).
"""

from .build import build_synthetic_tables
from .faults import InjectedError
from .params import PARAMS, Params
from .writer import ExtractCounts, write_synthetic_extract

__all__ = ["PARAMS", "ExtractCounts", "InjectedError", "Params", "build_synthetic_tables",
           "write_synthetic_extract"]
