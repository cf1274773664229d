"""Write canonical tables as an Ofsted Annex A workbook (lists 1 and 3-8), for `safeguarding
annex-a` (`write_lists`, from a store's typed tables: `annex_out`) and `synth --as annex-a`
(`write_workbook`, from raw tables). docs/annex-a.md is the user's account of it.

The workbook is as at `last` (a month end) and covers the `months` months to it
(`annex_a.window`). Which rows each list holds follows the SSD project's Annex A SQL
(AnnexA_sqlserver_v1.2.0):

- List 1: contacts dated in the window. List 3: referrals dated in the window.
- List 4: assessments started by `last` and not authorised before the window.
- List 5: section 47 enquiries started by `last` and not ended before the window, with the
  conference that followed each (`icpc_s47_enquiry_id`).
- Lists 6, 7, 8: per child, the latest referral episode / plan / period of care open at some time
  in the window (one row per child).

Nothing after `last` is written: an end, authorisation, conference or visit after it is left
blank, as the workbook would have shown on that day. Disability is the SSD SQL's rule (any
`ssd_disability` row but NONE), blank without the table. Columns the canonical tables do not
carry (legal status, category of need, permanence plan, ...) are blank. The allocated team and
worker (lists 3-8) are the child's allocation at the list's relevant date, as the allocation
indicators find it (`indicators.allocation`: the latest-starting involvement open on that day
that names a worker), named from `ssd_department` / `ssd_professionals` where they name them,
else the ids; blank without `ssd_involvements`, or for a child with no worker that day. The
relevant date: the referral, assessment or section 47 enquiry's start (lists 3, 4, 5); the last
day the episode, plan or period of care was open, up to `last` (lists 6, 7, 8). Lists 2, 9, 10 and 11 are not written: the canonical tables have no early help, care
leavers or adoption. Ids are written as text, dates as Excel dates shown DD/MM/YYYY, with
Ofsted's sheet names and the column headers of its current (January 2024) workbook: the field
names of `reference/annex_a.json`, as `OFSTED_HEADERS` respells a few.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa

from ..months import month_end
from .annex_a import LISTS, _ref, window
from .check import check_extract
from .folder import ExtractInfo, RawExtract

NO_DATE = "DATE '9999-12-31'"
# Ofsted's headers where its current workbook (January 2024, the shared fixture
# Annex_A_2024_Jan.xlsx) spells them otherwise than the field names the reader matches by
# (liia-tools' spelling): the reader matches both.
OFSTED_HEADERS = {
    "Age of Child (Years)": "Age",  # lists 1-9 say "Age"; List 10 (not written) keeps the long name
    "Date of referral": "Date of Referral",
    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months":
        "Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months",
    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months":
        "Number of Episodes the Child has been \u2018Absent\u2019 from their Placement in the last 12 months",
}
# Ethnicity labels where liia-tools' map is wrong or silent, as the SSD's Annex A SQL writes them:
# NOBT is "t)" (liia-tools gives it REFU's "s)"); a missing or unknown code is "u) UNKNOWN",
# which the reader reads back as no ethnicity.
ETHNICITY = {"NOBT": "t) NOBT", "CNHE": "q) CHNE"}  # CNHE: a common misspelling of CHNE
UNKNOWN_ETHNICITY = "u) UNKNOWN"


def _as_at(extracted_at: dt.date) -> dt.date:
    end = month_end(extracted_at)
    return end if end == extracted_at else extracted_at.replace(day=1) - dt.timedelta(days=1)


def write_workbook(tables: dict[str, pa.Table], info: ExtractInfo, out: Path, *, months: int = 6) -> list[Path]:
    """Raw (text) canonical tables, checked, as the workbook of the `months` months to the month
    end on or before `info.extracted_at` (for `synth --as annex-a`)."""
    last = _as_at(info.extracted_at)
    path = out if out.suffix.lower() == ".xlsx" else out / f"Annex_A_{info.la_code}_{last:%Y-%m-%d}.xlsx"
    checked = check_extract(RawExtract(info, dict(tables), []))
    write_lists(checked.tables, last, path, months=months)
    return [path]


def write_lists(tables: dict[str, pa.Table], last: dt.date, path: Path, *,
                months: int = 6) -> dict[int, int]:
    """Typed canonical tables (as checked, or as a store holds them: only the columns supplied)
    as the Annex A workbook as at `last` covering the `months` months to it. Returns the rows
    written per list (a list whose tables are absent is not written)."""
    import xlsxwriter

    first = window(last, months).first
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    for name, table in tables.items():
        con.register(name, table)
    lists = _Lists(con, set(tables), first, last)
    written: dict[int, int] = {}
    # Written beside `path`, then put in its place: a failure leaves no half-written workbook
    # (and an earlier one unchanged).
    part = path.with_name(f".{path.name}.part")
    book = xlsxwriter.Workbook(str(part), {"constant_memory": True})  # rows are written in order
    done = False
    try:
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        date_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
        for n in LISTS:
            rows = lists.rows(n)
            if rows is None:
                continue
            fields = [c["name"] for c in _ref()["lists"][str(n)]]
            sheet = book.add_worksheet(f"List {n}")
            sheet.write_row(0, 0, [OFSTED_HEADERS.get(f, f) for f in fields], bold)
            sheet.set_column(0, len(fields) - 1, 18)
            for r, row in enumerate(rows, start=1):
                for c, name in enumerate(fields):
                    value = row.get(name)
                    if value is None:
                        continue
                    if isinstance(value, dt.date):
                        sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_fmt)
                    elif isinstance(value, int):
                        sheet.write_number(r, c, value)
                    else:
                        sheet.write_string(r, c, str(value))  # ids stay text: no lost zeros
            written[n] = len(rows)
        done = True
    finally:
        book.close()
        con.close()
        if done:
            part.replace(path)
        else:
            part.unlink(missing_ok=True)
    return written


def _label(family: str, code) -> str | None:
    return None if code is None else _ref()["codes"][family]["labels"].get(str(code).strip().upper())


def _ethnicity(code) -> str:
    key = None if code is None else str(code).strip().upper()
    return ETHNICITY.get(key) or _label("ethnicity", key) or UNKNOWN_ETHNICITY


def _yes_no(flag) -> str | None:
    return None if flag is None else _label("yesno", "Y" if flag else "N")


class _Lists:
    def __init__(self, con: duckdb.DuckDBPyConnection, present: set[str], first: dt.date, last: dt.date):
        self.con, self.present, self.first, self.last = con, present, first, last
        self.f, self.l = f"DATE '{first}'", f"DATE '{last}'"

    def _has(self, *tables: str) -> bool:
        return all(t in self.present for t in tables)

    def _col(self, table: str, col: str, alias: str) -> str:
        """A column, or NULL when the table lacks it (optional columns may be absent)."""
        names = self.con.execute(f"SELECT * FROM {table} LIMIT 0").fetch_arrow_table().column_names
        return f"{alias}.{col}" if col in names else "NULL"

    def _allocated(self, person_col: str, day: str) -> str:
        """`team` and `worker` columns: the child's allocation on `day` (SQL), as
        `indicators.allocation.allocated` finds it at a month end; NULL without involvements."""
        if not self._has("ssd_involvements"):
            return "NULL AS team, NULL AS worker"
        d = f"CAST({day} AS DATE)"
        team, worker = "CAST(i.invo_professional_team AS VARCHAR)", "CAST(i.invo_professional_id AS VARCHAR)"
        joins = ""
        if self._has("ssd_department") and self._col("ssd_department", "dept_team_name", "t") != "NULL":
            joins += " LEFT JOIN ssd_department t ON t.dept_team_id = i.invo_professional_team"
            team = f"coalesce(t.dept_team_name, {team})"
        if (self._has("ssd_professionals")
                and self._col("ssd_professionals", "prof_professional_name", "w") != "NULL"):
            joins += " LEFT JOIN ssd_professionals w ON w.prof_professional_id = i.invo_professional_id"
            worker = f"coalesce(w.prof_professional_name, {worker})"
        end = self._col("ssd_involvements", "invo_involvement_end_date", "i")
        pick = (f"FROM ssd_involvements i{joins} WHERE i.invo_person_id = {person_col} "
                f"AND i.invo_professional_id IS NOT NULL "
                f"AND CAST(i.invo_involvement_start_date AS DATE) <= {d} "
                f"AND ({end} IS NULL OR CAST({end} AS DATE) > {d}) "
                f"ORDER BY i.invo_involvement_start_date DESC, i.invo_involvements_id DESC LIMIT 1")
        return f"(SELECT {team} {pick}) AS team, (SELECT {worker} {pick}) AS worker"

    def _open_until(self, ended: str) -> str:
        """The last day an episode ending on `ended` (SQL; NULL: open) was open, up to `last`."""
        return (f"CASE WHEN {ended} IS NOT NULL AND CAST({ended} AS DATE) <= {self.l} "
                f"THEN CAST(CAST({ended} AS DATE) - INTERVAL 1 DAY AS DATE) ELSE {self.l} END")

    def _query(self, sql: str) -> list[dict]:
        cur = self.con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _select(self, person_col: str, extra: str, source: str) -> str:
        """SELECT the child's id, sex, ethnicity, date of birth and disability, then `extra`, FROM
        `source`. Disability as the SSD's Annex A SQL has it: any disability recorded (other than
        NONE, "no disability") is a yes, none a no; blank when ssd_disability is absent."""
        disabled = "NULL"
        if self._has("ssd_disability"):
            disabled = (f"EXISTS (SELECT 1 FROM ssd_disability d WHERE d.disa_person_id = {person_col} "
                        f"AND upper(trim(d.disa_disability_code)) <> 'NONE')")
        if not self._has("ssd_person"):
            return (f"SELECT {person_col} AS child, NULL AS sex, NULL AS eth, NULL AS dob, "
                    f"{disabled} AS disabled, {extra} FROM {source}")
        cols = ", ".join(f"{self._col('ssd_person', c, 'p')} AS {a}"
                         for c, a in (("pers_sex", "sex"), ("pers_ethnicity", "eth"), ("pers_dob", "dob")))
        return (f"SELECT {person_col} AS child, {cols}, {disabled} AS disabled, {extra} FROM {source} "
                f"LEFT JOIN ssd_person p ON p.pers_person_id = {person_col}")

    @staticmethod
    def _latest(inner: str, order: str, day: str) -> str:
        """One row per child: the first in `order` (lists 6-8 give the latest episode only)."""
        return (f"SELECT * FROM ({inner}) QUALIFY row_number() OVER (PARTITION BY child ORDER BY {order}) = 1 "
                f"ORDER BY {day}, child")

    def _common(self, r: dict) -> dict:
        dob = r["dob"]
        age = None
        if dob:
            age = self.last.year - dob.year - ((self.last.month, self.last.day) < (dob.month, dob.day))
        return {"Child Unique ID": r["child"], "Gender": _label("gender", r["sex"]),
                "Ethnicity": _ethnicity(r["eth"]),
                "Date of Birth": dob, "Age of Child (Years)": age,
                "Does the Child have a Disability": _yes_no(r["disabled"]),
                "Allocated Team": r.get("team"), "Allocated Worker": r.get("worker")}

    def _within(self, day):
        return day if day is not None and day <= self.last else None

    def rows(self, n: int) -> list[dict] | None:
        return getattr(self, f"_list{n}")()

    def _list1(self):
        if not self._has("ssd_contacts"):
            return None
        src = self._col("ssd_contacts", "cont_contact_source_code", "c")
        rows = self._query(
            self._select("c.cont_person_id", f"CAST(c.cont_contact_date AS DATE) AS day, {src} AS src",
                         "ssd_contacts c")
            + f" WHERE CAST(c.cont_contact_date AS DATE) BETWEEN {self.f} AND {self.l} ORDER BY day, child")
        return [{**self._common(r), "Date of Contact": r["day"], "Contact Source": _label("source", r["src"])}
                for r in rows]

    def _list3(self):
        if not self._has("ssd_cin_episodes"):
            return None
        e = "ssd_cin_episodes"
        src, nfa = self._col(e, "cine_referral_source_code", "e"), self._col(e, "cine_referral_nfa", "e")
        before = (f"(SELECT count(*) FROM {e} o WHERE o.cine_person_id = e.cine_person_id "
                  f"AND o.cine_referral_date < e.cine_referral_date "
                  f"AND o.cine_referral_date >= e.cine_referral_date - INTERVAL 12 MONTH)")
        rows = self._query(
            self._select("e.cine_person_id", f"e.cine_referral_date AS day, {src} AS src, {nfa} AS nfa, "
                         f"{before} AS before, "
                         f"{self._allocated('e.cine_person_id', 'e.cine_referral_date')}", f"{e} e")
            + f" WHERE e.cine_referral_date BETWEEN {self.f} AND {self.l} ORDER BY day, child")
        return [{**self._common(r), "Date of referral": r["day"], "Referral Source": _label("source", r["src"]),
                 "Referral NFA?": _yes_no(bool(r["nfa"])), "Number of Referrals in Last 12 Months": r["before"]}
                for r in rows]

    def _list4(self):
        if not self._has("ssd_cin_assessments"):
            return None
        t = "ssd_cin_assessments"
        auth, seen = self._col(t, "cina_assessment_auth_date", "a"), self._col(t, "cina_assessment_child_seen", "a")
        rows = self._query(
            self._select("a.cina_person_id", f"a.cina_assessment_start_date AS day, {auth} AS auth, {seen} AS seen, "
                         f"{self._allocated('a.cina_person_id', 'a.cina_assessment_start_date')}",
                         f"{t} a")
            + f" WHERE a.cina_assessment_start_date <= {self.l} AND coalesce({auth}, {NO_DATE}) >= {self.f}"
            f" ORDER BY day, child")
        return [{**self._common(r), "Continuous Assessment Start Date": r["day"],
                 "Child Seen During Continuous Assessment": _yes_no(r["seen"]),
                 "Continuous Assessment Date of Authorisation": self._within(r["auth"])} for r in rows]

    def _list5(self):
        if not self._has("ssd_s47_enquiry"):
            return None
        t = "ssd_s47_enquiry"
        end, nfa = self._col(t, "s47e_s47_end_date", "s"), self._col(t, "s47e_s47_nfa", "s")
        icpc = ("NULL AS icpc, NULL AS outcome, 0 AS icpcs")
        join = ""
        if self._has("ssd_initial_cp_conference") and "icpc_s47_enquiry_id" in self.con.execute(
                "SELECT * FROM ssd_initial_cp_conference LIMIT 0").fetch_arrow_table().column_names:
            outcome = self._col("ssd_initial_cp_conference", "icpc_icpc_outcome_cp_flag", "c")
            icpc = (f"c.icpc_icpc_date AS icpc, {outcome} AS outcome, "
                    f"(SELECT count(*) FROM ssd_initial_cp_conference o WHERE o.icpc_person_id = s.s47e_person_id "
                    f"AND o.icpc_icpc_date < s.s47e_s47_start_date "
                    f"AND o.icpc_icpc_date >= s.s47e_s47_start_date - INTERVAL 12 MONTH) AS icpcs")
            join = ("LEFT JOIN (SELECT *, row_number() OVER (PARTITION BY icpc_s47_enquiry_id ORDER BY icpc_icpc_date) "
                    f"AS k FROM ssd_initial_cp_conference WHERE icpc_icpc_date <= {self.l}) c "
                    "ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id AND c.k = 1")
        s47s = (f"(SELECT count(*) FROM {t} o WHERE o.s47e_person_id = s.s47e_person_id "
                f"AND o.s47e_s47_start_date < s.s47e_s47_start_date "
                f"AND o.s47e_s47_start_date >= s.s47e_s47_start_date - INTERVAL 12 MONTH)")
        rows = self._query(
            self._select("s.s47e_person_id", f"s.s47e_s47_start_date AS day, {end} AS ended, {nfa} AS nfa, {icpc}, "
                         f"{s47s} AS s47s, "
                         f"{self._allocated('s.s47e_person_id', 's.s47e_s47_start_date')}",
                         f"{t} s {join}")
            + f" WHERE s.s47e_s47_start_date <= {self.l} AND coalesce({end}, {NO_DATE}) >= {self.f}"
            f" ORDER BY day, child")
        out = []
        for r in rows:
            decided = r["ended"] is not None and r["ended"] <= self.last
            out.append({**self._common(r),
                        "Strategy discussion initiating Section 47 Enquiry Start Date": r["day"],
                        "Was an Initial Child Protection Conference deemed unnecessary?":
                            _yes_no(r["nfa"]) if decided else None,
                        "Date of Initial Child Protection Conference": r["icpc"],
                        "Did the Initial Child Protection Conference Result in a Child Protection Plan":
                            _yes_no(r["outcome"]) if r["icpc"] else None,
                        "Number of Section 47 Enquiries in the last 12 months": r["s47s"],
                        "Number of ICPCs in the last 12 months": r["icpcs"]})
        return out

    def _list6(self):
        if not self._has("ssd_cin_episodes"):
            return None
        t = "ssd_cin_episodes"
        close, reason = self._col(t, "cine_close_date", "e"), self._col(t, "cine_close_reason", "e")
        need = self._col(t, "cine_cin_primary_need_code", "e")
        status = "NULL"
        if self._has("ssd_cla_episodes") and self._has("ssd_cp_plans"):
            status = (f"CASE WHEN EXISTS (SELECT 1 FROM ssd_cla_episodes x WHERE x.clae_person_id = e.cine_person_id "
                      f"AND x.clae_cla_episode_start_date <= {self.l} AND coalesce(x.clae_cla_episode_ceased_date, "
                      f"{NO_DATE}) > {self.l}) THEN 'a) Looked after child' "
                      f"WHEN EXISTS (SELECT 1 FROM ssd_cp_plans x WHERE x.cppl_person_id = e.cine_person_id "
                      f"AND x.cppl_cp_plan_start_date <= {self.l} AND coalesce(x.cppl_cp_plan_end_date, "
                      f"{NO_DATE}) > {self.l}) THEN 'b) Child Protection plan' "
                      f"WHEN coalesce({close}, {NO_DATE}) <= {self.l} THEN 'e) Closed episode' "
                      f"ELSE 'c) Child in need plan' END")
        alloc = self._allocated("e.cine_person_id", self._open_until(close))
        inner = (self._select("e.cine_person_id", f"e.cine_referral_date AS day, {close} AS closed, "
                              f"{reason} AS reason, {need} AS need, {status} AS status, {alloc}",
                              f"{t} e")
                 + f" WHERE e.cine_referral_date <= {self.l} AND coalesce({close}, {NO_DATE}) >= {self.f}")
        rows = self._query(self._latest(inner, "day DESC, coalesce(closed, DATE '9999-12-31') DESC", "day"))
        out = []
        for r in rows:
            closed = self._within(r["closed"])
            out.append({**self._common(r), "CIN Start Date": r["day"],
                        "Primary Need Code": _label("need", r["need"]), "CIN Closure Date": closed,
                        "Reason for Closure": _label("close_reason", r["reason"]) if closed else None,
                        "Case Status": r["status"]})
        return out

    def _list7(self):
        if not self._has("ssd_cp_plans"):
            return None
        t = "ssd_cp_plans"
        end = self._col(t, "cppl_cp_plan_end_date", "c")
        ini, lat = self._col(t, "cppl_cp_plan_initial_category", "c"), self._col(t, "cppl_cp_plan_latest_category", "c")
        visit = review = "NULL"
        if self._has("ssd_cp_visits") and self._col("ssd_cp_visits", "cppv_cp_plan_id", "v") != "NULL":
            seen = self._col("ssd_cp_visits", "cppv_cp_visit_seen", "v")
            visit = (f"(SELECT max(v.cppv_cp_visit_date) FROM ssd_cp_visits v WHERE v.cppv_cp_plan_id = c.cppl_cp_plan_id "
                     f"AND v.cppv_cp_visit_date BETWEEN c.cppl_cp_plan_start_date AND {self.l} "
                     f"AND coalesce({seen}, true))")
        if self._has("ssd_cp_reviews"):
            review = (f"(SELECT max(v.cppr_cp_review_date) FROM ssd_cp_reviews v WHERE v.cppr_cp_plan_id = "
                      f"c.cppl_cp_plan_id AND v.cppr_cp_review_date <= {self.l})")
        earlier = (f"(SELECT count(*) FROM {t} o WHERE o.cppl_person_id = c.cppl_person_id "
                   f"AND o.cppl_cp_plan_start_date < c.cppl_cp_plan_start_date)")
        inner = (self._select("c.cppl_person_id", f"c.cppl_cp_plan_start_date AS day, {end} AS ended, "
                              f"{ini} AS ini, {lat} AS lat, {visit} AS visit, {review} AS review, "
                              f"{earlier} AS earlier, "
                              f"{self._allocated('c.cppl_person_id', self._open_until(end))}", f"{t} c")
                 + f" WHERE c.cppl_cp_plan_start_date <= {self.l} AND coalesce({end}, {NO_DATE}) >= {self.f}")
        rows = self._query(self._latest(inner, "day DESC, coalesce(ended, DATE '9999-12-31') DESC", "day"))
        return [{**self._common(r), "Child Protection Plan Start Date": r["day"],
                 "Initial Category of Abuse": _label("category", r["ini"]),
                 "Latest Category of Abuse": _label("category", r["lat"]),
                 "Date of the Last Statutory Visit": r["visit"], "Date of latest review conference": r["review"],
                 "Child Protection Plan End Date": self._within(r["ended"]),
                 "Number of Previous Child Protection Plans": r["earlier"]} for r in rows]

    def _list8(self):
        if not self._has("ssd_cla_episodes"):
            return None
        t = "ssd_cla_episodes"
        entered = self._col(t, "clae_entered_care_date", "e")
        # Periods of care as at `last`: episodes after it are not yet known.
        periods = (f"SELECT e.clae_person_id AS person, e.clae_cla_id AS cla, "
                   f"coalesce(min({entered}), min(e.clae_cla_episode_start_date)) AS began, "
                   f"max(e.clae_cla_episode_start_date) AS latest_episode, "
                   f"CASE WHEN count(*) FILTER (WHERE e.clae_cla_episode_ceased_date IS NULL "
                   f"OR e.clae_cla_episode_ceased_date > {self.l}) = 0 "
                   f"THEN max(e.clae_cla_episode_ceased_date) END AS ceased "
                   f"FROM {t} e WHERE e.clae_cla_episode_start_date <= {self.l} GROUP BY ALL")
        placed = "g.latest_episode"
        ptype = "NULL"
        n_placements = "NULL"
        if self._has("ssd_cla_placement"):
            p = "ssd_cla_placement"
            typ = self._col(p, "clap_cla_placement_type", "x")
            latest = (f"(SELECT {{}} FROM {p} x WHERE x.clap_cla_id = g.cla AND x.clap_cla_placement_start_date <= "
                      f"{self.l} ORDER BY x.clap_cla_placement_start_date DESC LIMIT 1)")
            placed = f"coalesce({latest.format('x.clap_cla_placement_start_date')}, g.latest_episode)"
            ptype = latest.format(typ)
            n_placements = (f"(SELECT count(DISTINCT x.clap_cla_placement_id) FROM {p} x JOIN (SELECT DISTINCT "
                            f"clae_cla_id, clae_person_id FROM {t}) k ON k.clae_cla_id = x.clap_cla_id "
                            f"WHERE k.clae_person_id = g.person AND x.clap_cla_placement_start_date <= {self.l} "
                            f"AND coalesce(x.clap_cla_placement_end_date, {NO_DATE}) >= "
                            f"{self.l} - INTERVAL 12 MONTH + INTERVAL 1 DAY)")
        visit = review = "NULL"
        if self._has("ssd_cla_visits"):
            seen = self._col("ssd_cla_visits", "clav_cla_visit_seen", "v")
            visit = (f"(SELECT max(v.clav_cla_visit_date) FROM ssd_cla_visits v WHERE v.clav_person_id = g.person "
                     f"AND v.clav_cla_visit_date BETWEEN g.began AND {self.l} AND coalesce({seen}, true))")
        if self._has("ssd_cla_reviews"):
            cancelled = self._col("ssd_cla_reviews", "clar_cla_review_cancelled", "v")
            review = (f"(SELECT max(v.clar_cla_review_date) FROM ssd_cla_reviews v WHERE v.clar_cla_id = g.cla "
                      f"AND v.clar_cla_review_date <= {self.l} AND NOT coalesce({cancelled}, false))")
        inner = (self._select("g.person", f"g.began AS began, g.ceased AS ceased, {placed} AS placed, "
                              f"{ptype} AS ptype, {visit} AS visit, {review} AS review, "
                              f"{n_placements} AS placements, "
                              f"{self._allocated('g.person', self._open_until('g.ceased'))}",
                              f"({periods}) g")
                 + f" WHERE coalesce(g.ceased, {NO_DATE}) >= {self.f}")
        rows = self._query(self._latest(inner, "began DESC", "began"))
        return [{**self._common(r), "Date Started to be Looked After": r["began"],
                 "Date of Latest Statutory Review": r["review"], "Date of Last Social Work Visit": r["visit"],
                 "Number of Placements in the Last 12 months": r["placements"],
                 "Date Ceased to be Looked After": r["ceased"],
                 "Start Date of Most Recent Placement": r["placed"],
                 "Placement Type": _label("placement_type", r["ptype"])} for r in rows]
