"""The synthetic extract generator: determinism, validity, realistic rates, injected faults."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd
import pytest

from safeguarding.synth import write_synthetic_extract

POPULATION = 36_000  # about Herefordshire's 0-17 population
YEARS = (2012, 2013, 2014)  # financial years ending 31 March

PERSON_COLUMNS = {
    "ssd_contacts": "cont_person_id", "ssd_cin_episodes": "cine_person_id",
    "ssd_cin_assessments": "cina_person_id", "ssd_s47_enquiry": "s47e_person_id",
    "ssd_initial_cp_conference": "icpc_person_id", "ssd_cp_plans": "cppl_person_id",
    "ssd_cp_visits": "cppv_person_id", "ssd_cp_reviews": "cppr_person_id",
    "ssd_cla_episodes": "clae_person_id", "ssd_cla_visits": "clav_person_id",
    "ssd_involvements": "invo_person_id",
}
KEYS = {
    "ssd_person": "pers_person_id", "ssd_contacts": "cont_contact_id",
    "ssd_cin_episodes": "cine_referral_id", "ssd_cin_assessments": "cina_assessment_id",
    "ssd_s47_enquiry": "s47e_s47_enquiry_id", "ssd_initial_cp_conference": "icpc_icpc_id",
    "ssd_cp_plans": "cppl_cp_plan_id", "ssd_cp_visits": "cppv_cp_visit_id",
    "ssd_cp_reviews": "cppr_cp_review_id", "ssd_cla_episodes": "clae_cla_episode_id",
    "ssd_cla_placement": "clap_cla_placement_id", "ssd_cla_visits": "clav_cla_visit_id",
    "ssd_cla_reviews": "clar_cla_review_id", "ssd_involvements": "invo_involvements_id",
    "ssd_professionals": "prof_professional_id", "ssd_department": "dept_team_id",
}
# (table, start column, end column): the end may not be before the start.
SPANS = [
    ("ssd_contacts", "cont_contact_date", "cont_screening_date"),
    ("ssd_cin_episodes", "cine_referral_date", "cine_close_date"),
    ("ssd_cin_assessments", "cina_assessment_start_date", "cina_assessment_auth_date"),
    ("ssd_s47_enquiry", "s47e_s47_start_date", "s47e_s47_end_date"),
    ("ssd_cp_plans", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
    ("ssd_cla_episodes", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"),
    ("ssd_cla_placement", "clap_cla_placement_start_date", "clap_cla_placement_end_date"),
    ("ssd_involvements", "invo_involvement_start_date", "invo_involvement_end_date"),
]
# (table, person column, start, end): one child's records may not overlap.
NO_OVERLAP = [
    ("ssd_cp_plans", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
    ("ssd_cla_episodes", "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"),
    ("ssd_cin_episodes", "cine_person_id", "cine_referral_date", "cine_close_date"),
]
# (child table, column, parent table, parent key): links between tables.
LINKS = [
    ("ssd_cin_assessments", "cina_referral_id", "ssd_cin_episodes", "cine_referral_id"),
    ("ssd_s47_enquiry", "s47e_referral_id", "ssd_cin_episodes", "cine_referral_id"),
    ("ssd_initial_cp_conference", "icpc_s47_enquiry_id", "ssd_s47_enquiry", "s47e_s47_enquiry_id"),
    ("ssd_initial_cp_conference", "icpc_cp_plan_id", "ssd_cp_plans", "cppl_cp_plan_id"),
    ("ssd_cp_plans", "cppl_icpc_id", "ssd_initial_cp_conference", "icpc_icpc_id"),
    ("ssd_cp_visits", "cppv_cp_plan_id", "ssd_cp_plans", "cppl_cp_plan_id"),
    ("ssd_cp_reviews", "cppr_cp_plan_id", "ssd_cp_plans", "cppl_cp_plan_id"),
    ("ssd_cla_placement", "clap_cla_id", "ssd_cla_episodes", "clae_cla_id"),
    ("ssd_cla_episodes", "clae_cla_placement_id", "ssd_cla_placement", "clap_cla_placement_id"),
    ("ssd_cla_visits", "clav_cla_id", "ssd_cla_episodes", "clae_cla_id"),
    ("ssd_cla_reviews", "clar_cla_id", "ssd_cla_episodes", "clae_cla_id"),
    ("ssd_involvements", "invo_referral_id", "ssd_cin_episodes", "cine_referral_id"),
    ("ssd_involvements", "invo_professional_id", "ssd_professionals", "prof_professional_id"),
    ("ssd_involvements", "invo_professional_team", "ssd_department", "dept_team_id"),
]
DATE_COLUMNS = {
    "ssd_person": ["pers_dob"],
    "ssd_contacts": ["cont_contact_date", "cont_screening_date"],
    "ssd_cin_episodes": ["cine_referral_date", "cine_close_date"],
    "ssd_cin_assessments": ["cina_assessment_start_date", "cina_assessment_auth_date"],
    "ssd_s47_enquiry": ["s47e_s47_start_date", "s47e_s47_end_date"],
    "ssd_initial_cp_conference": ["icpc_icpc_date"],
    "ssd_cp_plans": ["cppl_cp_plan_start_date", "cppl_cp_plan_end_date"],
    "ssd_cp_visits": ["cppv_cp_visit_date"],
    "ssd_cp_reviews": ["cppr_cp_review_date"],
    "ssd_cla_episodes": ["clae_cla_episode_start_date", "clae_cla_episode_ceased_date",
                         "clae_entered_care_date"],
    "ssd_cla_placement": ["clap_cla_placement_start_date", "clap_cla_placement_end_date"],
    "ssd_cla_visits": ["clav_cla_visit_date"],
    "ssd_cla_reviews": ["clar_cla_review_date"],
    "ssd_involvements": ["invo_involvement_start_date", "invo_involvement_end_date"],
}


def read_extract(folder: Path) -> dict[str, pd.DataFrame]:
    return {p.stem: pd.read_csv(p, dtype=str, keep_default_na=False)
            for p in sorted(folder.glob("ssd_*.csv"))}


def when(values: pd.Series) -> pd.Series:
    """ISO or UK ('dd/mm/yyyy') dates or datetimes; '' and anything unparseable become NaT."""
    values = values.replace("", None)
    iso = pd.to_datetime(values, format="ISO8601", errors="coerce")
    return iso.fillna(pd.to_datetime(values, format="%d/%m/%Y", errors="coerce"))


def problems(t: dict[str, pd.DataFrame], extracted_at: str) -> set[tuple[str, str]]:
    """Every validity rule the extract breaks, as (rule, table)."""
    found = set()
    people = set(t["ssd_person"]["pers_person_id"])
    for table, key in KEYS.items():
        if t[table][key].duplicated().any():
            found.add(("duplicate_key", table))
    for table, column in PERSON_COLUMNS.items():
        if not t[table][column].isin(people).all():
            found.add(("unknown_person", table))
    for child, column, parent, key in LINKS:
        ids = t[child][column]
        if not ids[ids != ""].isin(set(t[parent][key])).all():
            found.add(("broken_link", child))
    for table, columns in DATE_COLUMNS.items():
        for column in columns:
            text = t[table][column]
            parsed = when(text)
            if (parsed.isna() & (text != "")).any():
                found.add(("unparseable_date", table))
            if (parsed > pd.Timestamp(extracted_at) + pd.Timedelta(days=1)).any():
                found.add(("after_extract", table))
    for table, start, end in SPANS:
        s, e = when(t[table][start]), when(t[table][end])
        if (e < s).any():
            found.add(("end_before_start", table))
        if s.isna().any():
            found.add(("missing_required", table))
    for table, person, start, end in NO_OVERLAP:
        ends = when(t[table][end]).fillna(pd.Timestamp("2262-01-01"))  # open: no end yet
        df = pd.DataFrame({"p": t[table][person], "s": when(t[table][start]), "e": ends})
        df = df.sort_values(["p", "s"])
        previous_end = df.groupby("p")["e"].shift()
        if (df["s"] < previous_end).any():
            found.add(("overlap", table))
    for table, columns in [("ssd_s47_enquiry", ["s47e_s47_start_date"]),
                           ("ssd_cin_episodes", ["cine_referral_date"])]:
        if (t[table][columns[0]] == "").any():
            found.add(("missing_required", table))
    return found


def ages_ok(t: dict[str, pd.DataFrame]) -> bool:
    """Every dated event of a child falls between birth and the eve of the 18th birthday."""
    dob = dict(zip(t["ssd_person"]["pers_person_id"], when(t["ssd_person"]["pers_dob"])))
    for table, person in PERSON_COLUMNS.items():
        born = t[table][person].map(dob)
        eighteen = born + pd.DateOffset(years=18)
        for column in DATE_COLUMNS[table]:
            d = when(t[table][column]).dt.normalize()
            known = d.notna()
            if ((d[known] < born[known]) | (d[known] >= eighteen[known])).any():
                return False
    return True


# --- rates, with plain pandas ----------------------------------------------------------------


def year_bounds(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(f"{year - 1}-04-01"), pd.Timestamp(f"{year}-03-31")


def referrals_per_10k(t, year):
    a, b = year_bounds(year)
    d = when(t["ssd_cin_episodes"]["cine_referral_date"])
    return ((d >= a) & (d <= b)).sum() / POPULATION * 1e4


def rereferral_percent(t, year):
    a, b = year_bounds(year)
    r = pd.DataFrame({"p": t["ssd_cin_episodes"]["cine_person_id"],
                      "d": when(t["ssd_cin_episodes"]["cine_referral_date"])}).sort_values(["p", "d"])
    previous = r.groupby("p")["d"].shift()
    again = previous.notna() & (previous >= r["d"] - pd.DateOffset(months=12)) & (previous < r["d"])
    in_year = (r["d"] >= a) & (r["d"] <= b)
    return 100 * again[in_year].mean()


def cp_per_10k(t, year):
    _, b = year_bounds(year)
    plans = t["ssd_cp_plans"]
    s, e = when(plans["cppl_cp_plan_start_date"]), when(plans["cppl_cp_plan_end_date"])
    open_ = (s <= b) & (e.isna() | (e > b))
    return t["ssd_cp_plans"]["cppl_person_id"][open_].nunique() / POPULATION * 1e4


def second_plan_percent(t, year):
    a, b = year_bounds(year)
    plans = pd.DataFrame({"p": t["ssd_cp_plans"]["cppl_person_id"],
                          "s": when(t["ssd_cp_plans"]["cppl_cp_plan_start_date"])})
    first = plans.groupby("p")["s"].transform("min")
    in_year = (plans["s"] >= a) & (plans["s"] <= b)
    return 100 * (plans["s"][in_year] > first[in_year]).mean()


def looked_after_per_10k(t, year):
    _, b = year_bounds(year)
    s = when(t["ssd_cla_episodes"]["clae_cla_episode_start_date"])
    e = when(t["ssd_cla_episodes"]["clae_cla_episode_ceased_date"])
    open_ = (s <= b) & (e.isna() | (e > b))
    return t["ssd_cla_episodes"]["clae_person_id"][open_].nunique() / POPULATION * 1e4


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def herefordshire(tmp_path_factory):
    folder = tmp_path_factory.mktemp("herefordshire")
    counts = write_synthetic_extract(folder, la_code="884", la_name="Herefordshire",
                                     population=POPULATION, start="2011-04", end="2014-03", seed=2014)
    return folder, counts, read_extract(folder)


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faulty")
    counts = write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=5_000,
                                     start="2013-04", end="2014-08", seed=7, errors=True)
    return folder, counts, read_extract(folder)


def small(folder: Path, seed: int):
    return write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=3_000,
                                   start="2013-04", end="2014-08", seed=seed)


# --- tests -----------------------------------------------------------------------------------


def test_same_seed_gives_identical_files_and_another_seed_differs(tmp_path):
    small(tmp_path / "a", 11)
    small(tmp_path / "b", 11)
    small(tmp_path / "c", 12)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 17
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert any((tmp_path / "a" / n).read_bytes() != (tmp_path / "c" / n).read_bytes() for n in names)


def test_files_columns_and_metadata(herefordshire):
    folder, counts, t = herefordshire
    assert set(t) == set(KEYS)
    assert {name: len(df) for name, df in t.items()} == dict(counts)
    assert list(t["ssd_person"].columns) == ["pers_person_id", "pers_sex", "pers_dob", "pers_ethnicity"]
    assert list(t["ssd_cla_placement"].columns)[-1] == "clap_long_term"
    meta = tomllib.loads((folder / "extract.toml").read_text())
    assert meta == {"la_code": "884", "la_name": "Herefordshire", "extracted_at": "2014-04-03",
                    "source_system": "synthetic (safeguarding synth, seed 2014)"}
    flags = t["ssd_cin_episodes"]["cine_referral_nfa"]
    assert set(flags) == {"Y", "N"}
    assert set(t["ssd_cin_episodes"]["cine_cin_primary_need_code"]) <= {f"N{i}" for i in range(1, 10)}
    assert set(t["ssd_cin_episodes"]["cine_close_reason"]) - {""} <= {f"RC{i}" for i in range(1, 9)}


def test_extract_is_valid(herefordshire):
    _, _, t = herefordshire
    assert problems(t, "2014-04-03") == set()
    assert ages_ok(t)


def test_open_records_have_empty_end_dates(herefordshire):
    _, _, t = herefordshire
    assert (t["ssd_cp_plans"]["cppl_cp_plan_end_date"] == "").sum() > 50
    assert (t["ssd_cla_episodes"]["clae_cla_episode_ceased_date"] == "").sum() > 100
    open_referrals = t["ssd_cin_episodes"]["cine_close_date"] == ""
    assert (t["ssd_cin_episodes"]["cine_close_reason"][open_referrals] == "").all()
    # an open period of care has exactly one open episode and one open placement
    episodes = t["ssd_cla_episodes"]
    open_episodes = episodes[episodes["clae_cla_episode_ceased_date"] == ""]
    assert not open_episodes["clae_cla_id"].duplicated().any()
    placements = t["ssd_cla_placement"].set_index("clap_cla_placement_id")
    current = placements.loc[open_episodes["clae_cla_placement_id"], "clap_cla_placement_end_date"]
    assert (current == "").all()


@pytest.mark.parametrize("year", YEARS)
def test_yearly_rates_near_england_2013_14(herefordshire, year):
    _, _, t = herefordshire
    assert 450 <= referrals_per_10k(t, year) <= 700
    assert 18 <= rereferral_percent(t, year) <= 30
    assert 30 <= cp_per_10k(t, year) <= 55
    assert 10 <= second_plan_percent(t, year) <= 22
    assert 45 <= looked_after_per_10k(t, year) <= 75


def test_front_door_shape(herefordshire):
    _, _, t = herefordshire
    c = t["ssd_contacts"]
    d, screened = when(c["cont_contact_date"]), when(c["cont_screening_date"])
    year = (d >= "2013-04-01") & (d < "2014-04-01")
    referrals = ((when(t["ssd_cin_episodes"]["cine_referral_date"]) >= "2013-04-01")
                 & (when(t["ssd_cin_episodes"]["cine_referral_date"]) <= "2014-03-31")).sum()
    assert 2.5 <= year.sum() / referrals <= 3.6
    to_referral = c["cont_contact_outcome_json"].str.contains('"NEW_REFERRAL_FLAG": "Y"')
    assert 28 <= 100 * to_referral[year].mean() <= 37
    on_time = (screened - d <= pd.Timedelta(hours=24)) & (c["cont_screened_by_qualified"] != "N")
    assert 95 <= 100 * on_time[year].mean() <= 99
    assert (screened - d == pd.Timedelta(hours=24)).any()  # edge case: exactly 24 hours


def test_errors_are_the_documented_ones(faulty):
    folder, counts, t = faulty
    kinds = {e.kind for e in counts.injected_errors}
    assert kinds == {"unparseable_date", "uk_date", "duplicate_key", "unknown_person",
                     "end_before_start", "overlapping_plans", "missing_required"}
    assert problems(t, "2014-09-03") == {
        ("unparseable_date", "ssd_cin_assessments"),
        ("duplicate_key", "ssd_cp_visits"), ("unknown_person", "ssd_contacts"),
        ("end_before_start", "ssd_cp_plans"), ("overlap", "ssd_cp_plans"),
        ("missing_required", "ssd_s47_enquiry")}
    uk = next(e for e in counts.injected_errors if e.kind == "uk_date")
    assert not uk.is_error
    assert pd.to_datetime(uk.value, format="%d/%m/%Y")
    for e in counts.injected_errors:
        assert t[e.table][e.column].iloc[e.line - 2] == e.value
    assert "unknown_person" in (folder / "extract.toml").read_text()
