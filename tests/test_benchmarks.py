"""The benchmark table, statistical neighbours and the comparison, against the DfE files.

Expected figures were read by hand from the raw files in ../shared/reference/dfe (grep), or
worked out by hand from them where the table derives a rate; each says where it comes from.
Tests of the shipped table do not need ../shared.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest
from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding import app, benchmarks
from safeguarding.benchmarks.compare import (quartile, quartile_bands, quartile_method,
                                             year_for_month)
from safeguarding.benchmarks.measures import BY_INDICATOR, EES_NAMES, MEASURES
from safeguarding.benchmarks.store import SHIPPED_DIR
from safeguarding.cli import cli as safeguarding_cli
from safeguarding.indicators import REGISTRY
from safeguarding.policy import load_policy
from safeguarding.results import Benchmark
from safeguarding.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
DFE = SHARED / "reference" / "dfe"
needs_shared = pytest.mark.skipif(
    not DFE.is_dir(), reason=f"needs the DfE downloads of the project's shared material at {DFE}: "
                             "put the shared folder beside this checkout")
OGL = "Contains public sector information licensed under the Open Government Licence v3.0."


@pytest.fixture(autouse=True)
def no_user_copy(tmp_path, monkeypatch):
    """Every test reads the shipped table unless it writes its own user copy."""
    monkeypatch.setenv("SAFEGUARDING_DATA_DIR", str(tmp_path / "data"))


def row(measure: str, year: int, area: str) -> pd.Series:
    t = benchmarks.table()
    found = t[(t.measure == measure) & (t.year == year) & (t.area_code == area)]
    assert len(found) == 1, (measure, year, area)
    return found.iloc[0]


# -- the shipped table -------------------------------------------------------------------

@pytest.mark.parametrize("measure, year, area, expected", [
    # The check: CP plans per 10,000 in 2016 (LAIT CPP_rate).
    ("CPP_rate", 2016, "E92000001", 43.4),
    ("CPP_rate", 2016, "E12000005", 43.3),
    ("CPP_rate", 2016, "884", 64.6),
    # Derived (before LAIT): d5 CPP_At31 2014 / 0-17 mid-2013 x 10,000.
    ("CPP_rate", 2014, "884", 59.4),        # 212 / 35,673 = 59.43
    ("CPP_rate", 2014, "E12000005", 44.5),  # 5,570 / 1,251,186 = 44.52
    ("CPP_rate", 2014, "E92000001", 42.1),  # 48,300 / 11,473,080 = 42.10
    # London's sub-regions are regions of their own: LAIT London (Inner) 2016 = 43
    # (= d5 2,930 / mid-2015 680,802 = 43.04).
    ("CPP_rate", 2016, "E13000001", 43.0),
    # EES direct: c1 rereferral_percent, d3 CPP_subsequent_percent, d5, looked-after rate,
    # placement stability.
    ("ReReferral", 2016, "202", 13.0),
    ("ReReferral", 2025, "942", 22.7),
    ("CPP_subsequent_percent", 2016, "E92000001", 17.9),
    ("CPP_subsequent_percent", 2025, "884", 32.7),
    ("CPPlans2yrsActive", 2014, "E92000001", 2.6),
    ("LAC", 2025, "E92000001", 67.0),
    ("LACStable_2016on", 2025, "E92000001", 10.0),
])
def test_table_reproduces_published_figures(measure, year, area, expected):
    r = row(measure, year, area)
    assert r.published and r.value == expected and pd.isna(r.mark)


@pytest.mark.parametrize("measure, year, area, mark", [
    ("ReReferral", 2023, "884", "u"),         # c1 2023 Herefordshire: u
    ("CPPlans2yrsActive", 2016, "884", "c"),  # d5 2016 Herefordshire 2_years_or_more_percent: c
    ("LAC", 2025, "201", "c"),                # City of London: c
    ("LAC", 2025, "420", "z"),                # Isles of Scilly: z
    ("CPP_rate", 2014, "835", "x"),           # Dorset (pre-2019): population x
])
def test_suppressed_cells_stay_unpublished(measure, year, area, mark):
    r = row(measure, year, area)
    assert not r.published and pd.isna(r.value) and r.mark == mark


def test_table_shape_and_types():
    t = benchmarks.table()
    assert list(t.columns) == ["measure", "year", "area_level", "area_code", "area_name", "value",
                               "published", "mark", "source"]
    assert not t.duplicated(["measure", "year", "area_code"]).any()
    assert set(t.measure) == {m.code for m in MEASURES}
    assert set(t.area_level) == {"england", "region", "council"}
    assert (t.published == t.value.notna()).all() and (t.published == t.mark.isna()).all()
    assert t.year.between(2013, 2025).all()
    assert (SHIPPED_DIR / "benchmarks.parquet").stat().st_size < 200_000


def test_reorganised_councils_appear_only_in_their_years():
    t = benchmarks.table()
    years = t[t.area_level == "council"].groupby("area_code").year.agg(["min", "max"])
    assert years.loc["835"].tolist() == [2013, 2019] and years.loc["838"].tolist() == [2020, 2025]
    assert years.loc["928"].tolist() == [2013, 2021] and years.loc["941"].tolist() == [2022, 2025]
    assert years.loc["909"].tolist() == [2013, 2023] and years.loc["942"].tolist() == [2024, 2025]


def test_every_catalogue_benchmark_is_mapped():
    for ind in REGISTRY.values():
        if ind.id in BY_INDICATOR:
            m = BY_INDICATOR[ind.id]
            named = [s.column in ind.benchmark or EES_NAMES.get(s.file, "?") in ind.benchmark
                     for s in m.sources]
            assert all(named), ind.id
        else:
            assert not ind.benchmark, ind.id


def test_file_years_and_marks_are_read_as_dfe_publishes_them():
    from safeguarding.benchmarks.build import _year, parse_values

    years = _year(pd.Series(["2016", "201516", "2015-16", "2014-16", "2016-17 (OT)"]))
    assert years.tolist()[:3] == [2016, 2016, 2016] and years[3:].isna().all()
    value, mark = parse_values(pd.Series(["12.5", "1,234", "0", "c", "x", "z", ":", "low", "-",
                                          "u", "k", "8.1999999999999993"]))
    assert value.tolist()[:3] == [12.5, 1234.0, 0.0] and value.tolist()[-1] == 8.2
    assert value[3:11].isna().all()
    assert mark[3:11].tolist() == ["c", "x", "z", ":", "low", "-", "u", "k"]


# -- statistical neighbours ----------------------------------------------------------------

def test_neighbours_from_the_grouping_files():
    # New_Statistical_Neighbour_Groupings_April_2021.csv, row 202 Camden; its "Old SNs" row 835.
    assert benchmarks.neighbours("202", 2021) == ["213", "205", "207", "206", "212", "352", "203",
                                                  "870", "309", "302"]
    assert benchmarks.neighbours("835", 2021) == ["893", "878", "916", "885", "933", "938", "865",
                                                  "802", "935", "845"]
    # sn_model_2025_wide.csv, row 884 Herefordshire.
    assert benchmarks.neighbours("884", 2025) == ["943", "860", "925", "893", "933", "888", "935",
                                                  "811", "815", "830"]
    with pytest.raises(KeyError, match="2025 model"):
        benchmarks.neighbours("942", 2021)
    with pytest.raises(KeyError, match="2021 model"):
        benchmarks.neighbours("909", 2025)


def test_camden_rereferrals_2016():
    # c1 2016 rereferral_percent of Camden's 2021-model neighbours: 213 10, 205 13.7, 207 23.8,
    # 206 12, 212 18.8, 352 28.3, 203 14.4, 870 21, 309 15.4, 302 21.5 -> sum 178.9.
    c = benchmarks.comparison("rereferrals_12m", "202", dt.date(2016, 6, 1))
    assert (c.year, c.sn_model, c.council) == (2016, 2021, 13.0)
    assert c.neighbours_n == 10
    assert c.neighbours == pytest.approx(17.89)
    assert c.neighbours_median == pytest.approx((15.4 + 18.8) / 2)
    assert c.region_code == "E13000001" and c.region_name == "Inner London"


def test_cumberland_rereferrals_2025_new_model():
    # c1 2025: 943 16.5, 925 22.9, 884 14.8, 888 16.3, 813 14, 384 18.5, 860 14.2, 929 20,
    # 371 29.4, 370 25.5 -> sum 192.1; August 2025 is after April 2025: the 2025 model.
    c = benchmarks.comparison("rereferrals_12m", "942", dt.date(2025, 8, 1))
    assert (c.year, c.sn_model, c.council, c.neighbours_n) == (2025, 2025, 22.7, 10)
    assert c.neighbours == pytest.approx(19.21)
    assert c.neighbours_median == pytest.approx((16.5 + 18.5) / 2)


def test_herefordshire_cp_rate_2014_with_a_suppressed_neighbour():
    # d5 CPP_At31 2014 / mid-2013 population, rounded to 1 dp: 893 253/59,893 = 42.2;
    # 878 600/140,899 = 42.6; 908 303/103,420 = 29.3; 933 412/108,780 = 37.9; 865 396/102,723
    # = 38.6; 935 602/149,279 = 40.3; 926 537/165,430 = 32.5; 916 448/122,300 = 36.6; 909
    # 595/93,730 = 63.5. Neighbour 838 Dorset did not exist in 2014: 835 stands for it, and its
    # population is suppressed (x), so 9 neighbours contribute.
    c = benchmarks.comparison("cp_per_10k", "884", dt.date(2014, 8, 1))
    assert {k: getattr(c, k) for k in ("year", "measure", "council", "region", "england",
                                       "quartile")} == {
        "year": 2014, "measure": "CPP_rate", "council": 59.4, "region": 44.5, "england": 42.1,
        "quartile": 4}
    assert c.neighbours_n == 9
    assert c.neighbours == pytest.approx(363.5 / 9)
    assert c.neighbours_median == pytest.approx(38.6)
    assert any("838" in n and "835" in n for n in c.notes)


def test_reorganised_neighbour_and_suppressed_council():
    # 2025 model for 2023: 943 Westmorland and Furness did not exist; 909 Cumbria (22) stands
    # for it. c1 2023: 860 13.2, 925 21.6, 893 15.4, 933 21.4, 888 14.6, 935 20.6, 811 17.8,
    # 815 17, 830 26.6 -> with 22, sum 190.2. Herefordshire's own 2023 figure is "u".
    c = benchmarks.comparison("rereferrals_12m", "884", dt.date(2023, 8, 1), sn_model=2025)
    assert (c.year, c.sn_model, c.neighbours_n) == (2023, 2025, 10)
    assert c.neighbours == pytest.approx(19.02)
    assert c.neighbours_median == pytest.approx((17.8 + 20.6) / 2)
    assert c.council is None and c.council_mark == "u" and c.quartile is None
    assert any("943" in n and "909" in n for n in c.notes)


def test_notes_name_councils_not_only_codes():
    # Herefordshire 2014, 2021 model: neighbour 838 Dorset did not exist; 835 Dorset stood for
    # it and its figure is suppressed (x).
    notes = list(benchmarks.comparison("cp_per_10k", "884", dt.date(2014, 8, 1)).notes)
    assert notes == [
        "neighbour Dorset (838) did not exist in 2014: Dorset (835) used",
        "neighbour Dorset (838): Dorset (835), standing for it, has no published figure for "
        "2014 (marked x), so it is not in the neighbours' mean"]
    # 2025 model for 2023: Westmorland and Furness (943) did not exist; Cumbria (909) stood in.
    notes = benchmarks.comparison("rereferrals_12m", "884", dt.date(2023, 8, 1),
                                  sn_model=2025).notes
    assert ("neighbour Westmorland and Furness (943) did not exist in 2023: Cumbria (909) "
            "used") in notes
    # A council's own year before it existed: West Northamptonshire (941) in 2016; its neighbour
    # North Northamptonshire (940) was then its own area, Northamptonshire (928).
    notes = benchmarks.comparison("cp_per_10k", "941", dt.date(2016, 8, 1)).notes
    assert notes[0] == ("West Northamptonshire (941) did not exist in 2016: Northamptonshire "
                        "(928) became North (940) and West (941) Northamptonshire in April 2021")
    assert ("neighbour North Northamptonshire (940) did not exist in 2016; its area was "
            "Northamptonshire (928), this council's own, so it is left out") in notes
    # The model: named, as is a council in no model.
    notes = benchmarks.comparison("cp_per_10k", "942", dt.date(2024, 8, 1)).notes
    assert notes[0].startswith("Cumberland (942) is not in the 2021 statistical-neighbour model")
    with pytest.raises(KeyError, match=r"Cumberland \(942\) is not in the 2021"):
        benchmarks.neighbours("942", 2021)


def test_a_neighbour_with_no_published_figure_is_named():
    # d5 2025 2_years_or_more_percent: Devon (878), a 2021-model neighbour of Herefordshire, is c.
    c = benchmarks.comparison("cp_open_2yrs", "884", dt.date(2025, 3, 1))
    assert c.measure == "CPPlans2yrsActive" and c.sn_model == 2021, c
    assert ("neighbour Devon (878) has no published figure for 2025 (marked c), so it is not "
            "in the neighbours' mean") in c.notes
    # Cumbria (909) no longer existed in 2025; Cumberland and Westmorland and Furness are c too.
    assert ("neighbour Cumbria (909): Cumberland (942) and Westmorland and Furness (943), "
            "standing for it, have no published figure for 2025 (marked c), so it is not in the "
            "neighbours' mean") in c.notes
    assert c.neighbours_n == 8


def test_council_not_in_the_model_in_force():
    c = benchmarks.comparison("cp_per_10k", "942", dt.date(2024, 8, 1))
    assert c.sn_model == 2025 and any("not in the 2021" in n for n in c.notes)
    explicit = benchmarks.comparison("cp_per_10k", "942", dt.date(2024, 8, 1), sn_model=2021)
    assert explicit.sn_model is None and explicit.neighbours is None
    assert explicit.neighbours_n == 0 and explicit.council is not None


# -- year selection, quartiles, no measure -----------------------------------------------

def test_year_selection_at_the_april_boundary():
    assert [year_for_month(dt.date(2015, m, 1)) for m in (1, 2, 3, 4, 5)] == [
        2014, 2014, 2015, 2015, 2015]
    assert benchmarks.comparison("cp_per_10k", "884", dt.date(2016, 2, 1)).year == 2015
    assert benchmarks.comparison("cp_per_10k", "884", dt.date(2016, 4, 1)).year == 2016
    # The neighbour model switches in April 2025.
    assert benchmarks.comparison("cp_per_10k", "884", dt.date(2025, 3, 1)).sn_model == 2021
    assert benchmarks.comparison("cp_per_10k", "884", dt.date(2025, 4, 1)).sn_model == 2025


def test_quartiles_follow_polarity():
    values = pd.Series([float(v) for v in range(1, 9)], index=[f"{i:03d}" for i in range(1, 9)])
    assert quartile(values, "008", "high") == (1, 8)   # highest is best
    assert quartile(values, "008", "low") == (4, 8)    # highest is worst
    assert quartile(values, "008", "neutral") == (4, 8)  # neutral: 4 = highest values
    assert quartile(values, "003", "neutral") == (2, 8)
    assert quartile(values.drop("003"), "003", "low") == (None, 7)


def councils(*values: float) -> pd.Series:
    """Published figures of councils "001", "002", ... in that order."""
    return pd.Series([float(v) for v in values],
                     index=[f"{i:03d}" for i in range(1, len(values) + 1)])


def test_quartile_bands_worked_by_hand():
    # quartile = floor(4 (rank - 1) / n) + 1.
    # n = 8: 4 (rank - 1) / 8 = 0, .5 | 1, 1.5 | 2, 2.5 | 3, 3.5 -> two ranks to each quartile.
    eight = councils(*range(1, 9))  # "001" lowest ... "008" highest
    by_rank = {code: quartile(eight, code, "low")[0] for code in eight.index}
    assert list(by_rank.values()) == [1, 1, 2, 2, 3, 3, 4, 4]
    # n = 10: 4 (rank - 1) / 10 = 0, .4, .8 | 1.2, 1.6 | 2, 2.4, 2.8 | 3.2, 3.6 -> 3, 2, 3, 2.
    ten = councils(*range(1, 11))
    assert [quartile(ten, c, "low")[0] for c in ten.index] == [1, 1, 1, 2, 2, 3, 3, 3, 4, 4]
    # high: the same ranks counted from the highest value.
    assert [quartile(ten, c, "high")[0] for c in ten.index] == [4, 4, 3, 3, 3, 2, 2, 1, 1, 1]
    assert quartile_bands(8) == [(1, 2), (3, 4), (5, 6), (7, 8)]
    assert quartile_bands(10) == [(1, 3), (4, 5), (6, 8), (9, 10)]
    assert quartile_bands(152) == [(1, 38), (39, 76), (77, 114), (115, 152)]
    for n in range(1, 40):  # the bands are exactly the ranks quartile() puts there
        values = councils(*range(1, n + 1))
        for b, (lo, hi) in enumerate(quartile_bands(n), start=1):
            assert all(quartile(values, f"{r:03d}", "low")[0] == b for r in range(lo, hi + 1))


def test_quartile_ties_share_the_smallest_rank():
    # 10 councils, "003" and "004" tied at 3.0: both rank 3 -> quartile 1 (rank 4 alone would be 2).
    ten = councils(1, 2, 3, 3, 5, 6, 7, 8, 9, 10)
    assert [quartile(ten, c, "low")[0] for c in ten.index] == [1, 1, 1, 1, 2, 3, 3, 3, 4, 4]
    # "008" and "009" tied at 8.0: both rank 8 -> quartile 3; "010" rank 10 -> 4.
    ten = councils(1, 2, 3, 4, 5, 6, 7, 8, 8, 10)
    assert [quartile(ten, c, "neutral")[0] for c in ten.index] == [1, 1, 1, 2, 2, 3, 3, 3, 3, 4]
    # high: "009" and "010" tied at 9.0 are both rank 1 (quartile 1); "001" is rank 10.
    ten = councils(1, 2, 3, 4, 5, 6, 7, 8, 9, 9)
    assert [quartile(ten, c, "high")[0] for c in ten.index] == [4, 4, 3, 3, 3, 2, 2, 1, 1, 1]
    # 8 councils all tied: every one rank 1, quartile 1.
    assert {quartile(councils(*[5] * 8), c, "low")[0] for c in councils(*[5] * 8).index} == {1}
    # A council with no published figure is not ranked and not counted.
    gap = councils(1, 2, 3, 4, 5, 6, 7, 8, 9).reindex([f"{i:03d}" for i in range(1, 11)])
    assert quartile(gap, "010", "low") == (None, 9) and quartile(gap, "009", "low") == (4, 9)


def test_every_available_comparison_states_its_quartile_method():
    assert quartile_method("low", 10) == (
        "the 10 councils with a published figure ranked lowest value first (lower is better); "
        "tied councils share the smallest rank among them; quartile = floor(4 x (rank - 1) / 10) "
        "+ 1: quartile 1 = ranks 1-3, 2 = ranks 4-5, 3 = ranks 6-8, 4 = ranks 9-10")
    assert "highest value first (higher is better)" in quartile_method("high", 8)
    assert "lowest value first (a neutral measure" in quartile_method("neutral", 8)
    c = benchmarks.comparison("cp_per_10k", "884", dt.date(2014, 8, 1))
    assert c.polarity == "neutral"  # CP plans per 10,000: a volume, no better direction
    assert c.quartile_method == quartile_method("neutral", c.quartile_of)
    assert f"/ {c.quartile_of}) + 1" in c.quartile_method
    for r in benchmarks.profile("884"):
        assert ("quartile_method" in r) == r["available"]


def test_indicators_with_no_published_measure():
    c = benchmarks.comparison("contacts", "884", dt.date(2014, 8, 1))
    assert c.available is False and "no published benchmark" in c.reason
    early = benchmarks.comparison("s47_per_10k", "884", dt.date(2014, 8, 1))
    assert early.available is False and "2016" in early.reason


def test_assessments_compare_with_continue_assess_comp_only_at_45_working_days():
    from safeguarding.policy import load_policy

    policy = load_policy()
    assert policy.assessment_timescale_wd == 45
    c = benchmarks.comparison("assessments_in_timescale", "884", dt.date(2018, 8, 1), policy=policy)
    assert c.available and c.measure == "Continue_Assess_Comp" and c.year == 2018
    assert 0 < c.england < 100
    ten = dataclasses.replace(policy, assessment_timescale_wd=10)
    c = benchmarks.comparison("assessments_in_timescale", "884", dt.date(2018, 8, 1), policy=ten)
    assert not c.available and "is 10" in c.reason
    # Published from 2016 only.
    assert not benchmarks.comparison("assessments_in_timescale", "884", dt.date(2014, 8, 1),
                                     policy=policy).available


# -- against the raw files -------------------------------------------------------------

def build_script():
    spec = importlib.util.spec_from_file_location(
        "build_benchmarks", Path(__file__).resolve().parents[1] / "scripts" / "build_benchmarks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
def test_shipped_files_match_a_fresh_build(tmp_path):
    """The shipped table and groupings are what the script makes from ../shared today."""
    import pyarrow.parquet as pq

    from safeguarding.benchmarks.build import build, polarity_disagreements, read_groupings
    from safeguarding.benchmarks.store import _frame, save

    script = build_script()
    built = build([DFE / name for name in script.FILES])
    save(built.table, built.population, tmp_path)
    for name in ("benchmarks.parquet", "population.parquet"):
        pd.testing.assert_frame_equal(_frame(pq.read_table(tmp_path / name)),
                                      _frame(pq.read_table(SHIPPED_DIR / name)))
    groups = pd.concat([read_groupings(DFE / name, model)
                        for model, name in script.GROUPINGS.items()], ignore_index=True)
    shipped = pd.read_csv(SHIPPED_DIR / "neighbours.csv",
                          dtype={"la_code": str, "neighbour_la_code": str})
    pd.testing.assert_frame_equal(groups, shipped, check_dtype=False)
    assert polarity_disagreements(DFE / "lait_data_dictionary.csv") == []


@needs_shared
def test_lait_and_ees_agree_where_both_hold_a_year():
    """EES wins the overlap; on the supplied files LAIT says the same wherever both publish."""
    from safeguarding.benchmarks.build import _lait_candidates, _finish, read_file

    _, lait = read_file(DFE / "lait_bds_long.parquet")
    lait = _finish(_lait_candidates(lait)).set_index(["measure", "year", "area_code"])
    t = benchmarks.table().set_index(["measure", "year", "area_code"])
    both = t[t.source.str.startswith("EES") & t.published].join(
        lait[lait.published].value.rename("lait"), how="inner")
    assert len(both) > 5000 and (both.value == both.lait).all()


# -- the command --------------------------------------------------------------------------

def cli():
    """The whole command: its top-level group turns failures into one `error:` line, exit 2."""
    return safeguarding_cli


runner = CliRunner()


def test_lookup_json_and_table():
    result = runner.invoke(cli(), ["benchmarks", "--la", "884", "--year", "2016", "--measure",
                                   "CPP_rate", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    fig = doc["figures"][0]
    assert (fig["council"], fig["region"], fig["england"]) == (64.6, 43.3, 43.4)
    assert len(fig["neighbour_values"]) == 10 and doc["attribution"] == OGL
    table = runner.invoke(cli(), ["benchmarks", "--la", "884"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Open Government Licence v3.0" in table.stdout
    assert "CPP_rate" in table.stdout


def test_neighbours_command():
    result = runner.invoke(cli(), ["benchmarks", "neighbours", "--la", "202", "--sn-model", "2021",
                                   "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [n["la_code"] for n in json.loads(result.stdout)["neighbours"]][:3] == ["213", "205", "207"]
    assert runner.invoke(cli(), ["benchmarks", "neighbours", "--la", "999"]).exit_code == 2


def lookup_json(*args: str) -> dict:
    result = runner.invoke(cli(), ["benchmarks", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_lookup_and_neighbours_use_the_same_model_and_say_which():
    today = benchmarks.default_model(dt.date.today())  # 2025 from April 2025
    name = f"DfE model of April {today}"
    lookup = lookup_json("--la", "884")
    listing = lookup_json("neighbours", "--la", "884")
    assert lookup["sn_model"] == listing["sn_model"] == today
    assert lookup["statistical_neighbours"] == listing["statistical_neighbours"] == name
    # Every year shown uses it, the 2025 figures as much as the 2016 ones.
    assert {f["sn_model"] for f in lookup["figures"] if f["available"]} == {today}
    assert lookup_json("--la", "884", "--year", "2016")["sn_model"] == today
    # The neighbours the lookup averages are the ones the listing lists.
    one = lookup_json("--la", "884", "--year", "2016", "--measure", "CPP_rate")["figures"][0]
    assert [s["la_code"] for s in one["neighbour_values"]] == [
        n["la_code"] for n in listing["neighbours"]]
    # Both tables say it in the same words.
    for args in (["benchmarks", "--la", "884"], ["benchmarks", "neighbours", "--la", "884"]):
        shown = runner.invoke(cli(), args, env={"COLUMNS": "200"})
        assert shown.exit_code == 0 and f"Statistical neighbours: {name}\n" in shown.stdout


def test_the_lookup_uses_the_model_in_force_on_the_day_for_every_year():
    for on, model in ((dt.date(2025, 3, 31), 2021), (dt.date(2025, 4, 1), 2025)):
        rows = benchmarks.profile("884", on=on)
        assert {r["sn_model"] for r in rows if r["available"]} == {model}
        assert benchmarks.profile("884", year=2016, measure="CPP_rate", on=on)[0]["sn_model"] == model


def test_an_explicit_or_fallback_model_is_the_same_for_both_commands():
    for args in (["--la", "884", "--sn-model", "2021"], ["--la", "835"]):
        lookup = lookup_json(*args)
        listing = lookup_json("neighbours", *args)
        assert lookup["sn_model"] == listing["sn_model"] == 2021
        assert lookup["statistical_neighbours"] == listing["statistical_neighbours"] == (
            "DfE model of April 2021")
    # Dorset (835), abolished in 2019, is only in the 2021 model: both commands say so.
    note = "Dorset (835) is not in the 2025 statistical-neighbour model in force for"
    assert note in listing["notes"][0]
    for args in (["benchmarks", "--la", "835"], ["benchmarks", "neighbours", "--la", "835"]):
        shown = runner.invoke(cli(), args, env={"COLUMNS": "200"})
        assert "Statistical neighbours: DfE model of April 2021" in shown.stdout
        assert note in shown.stderr
    # A council not in the model asked for: the lookup shows no neighbours and says why.
    none = lookup_json("--la", "942", "--sn-model", "2021")
    assert none["sn_model"] is None and none["statistical_neighbours"] == (
        "none (Cumberland (942) is not in the 2021 statistical-neighbour model; it is in the "
        "2025 model)")
    failed = runner.invoke(cli(), ["benchmarks", "neighbours", "--la", "942",
                                   "--sn-model", "2021"])
    assert failed.exit_code == 2 and "Cumberland (942) is not in the 2021" in failed.stderr


def test_commands_name_councils_in_their_notes():
    # Herefordshire's 2021-model neighbours include Dorset (838), created in 2019, and Cumbria
    # (909), abolished in 2023.
    listing = lookup_json("neighbours", "--la", "884", "--sn-model", "2021")
    assert listing["notes"] == [
        "neighbour Dorset (838) was created in April 2019 (Dorset (835) became Dorset (838) in "
        "April 2019): before 2020 Dorset (835) stands for it",
        "neighbour Cumbria (909) no longer exists (Cumbria (909) became Cumberland (942) and "
        "Westmorland and Furness (943) in April 2023): from 2024 Cumberland (942) and "
        "Westmorland and Furness (943) stand for it"]
    shown = runner.invoke(cli(), ["benchmarks", "--la", "884", "--year", "2014", "--sn-model",
                                  "2021"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    # A note about some of the measures shown says which.
    assert ("note: neighbour Dorset (838): Dorset (835), standing for it, has no published "
            "figure for 2014 (marked x), so it is not in the neighbours' mean "
            "(CPP_Total_Rateper10,000, CPP_rate, CIN)\n") in shown.stderr
    assert "note: neighbour Norfolk (926) has no published figure for 2014" in shown.stderr
    assert "note: no published RevCP figure for 2014\n" in shown.stderr


C1_HEADER = ("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
             "region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,"
             "rereferral_percent,no_further_action_count,no_further_action_percent,"
             "not_in_need_count,not_in_need_percent,referral_child_count,rereferral_child_count,"
             "rereferral_child_percent")
POP_HEADER = ("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
              "region_name,old_la_code,new_la_code,la_name,age_group,population_estimate")


def test_update_merges_newer_downloads_into_a_user_copy(tmp_path):
    c1 = tmp_path / "c1.csv"
    c1.write_text(C1_HEADER + "\n"
                  "202526,Financial year,National,E92000001,England,,,,,,R,600000,130000,21.7,,,,,,,\n"
                  '202526,Financial year,Local authority,E92000001,England,E12000005,West Midlands,'
                  '884,E06000019,"Herefordshire, County of",R,2000,c,c,,,,,,,\n', encoding="utf-8")
    pop = tmp_path / "pop.csv"
    pop.write_text(POP_HEADER + "\n"
                   "2025,Calendar year,National,E92000001,England,,,,,,Children aged 0 to 17 years,12000000\n"
                   "2025,Calendar year,Local authority,E92000001,England,E12000005,West Midlands,884,"
                   "E06000019,Herefordshire,Children aged 0 to 17 years,35000\n", encoding="utf-8")
    shipped_rows = len(benchmarks.table())
    result = runner.invoke(cli(), ["benchmarks", "update", str(c1), str(pop)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "benchmarks" / "benchmarks.parquet").is_file()
    assert benchmarks.location().startswith(str(tmp_path))
    t = benchmarks.table()
    assert len(t) == shipped_rows + 4  # 2 re-referral + 2 derived referral rows for 2026
    assert row("ReReferral", 2026, "E92000001").value == 21.7
    assert row("ReReferral", 2026, "884").mark == "c"
    assert row("CPP_Total_Rateper10,000", 2026, "884").value == 571.4  # 2,000 / 35,000 = 571.43
    assert row("CPP_Total_Rateper10,000", 2026, "E92000001").value == 500.0
    assert row("CPP_rate", 2016, "884").value == 64.6  # the rest is kept
    bad = runner.invoke(cli(), ["benchmarks", "update", str(SHIPPED_DIR / "neighbours.csv")])
    assert bad.exit_code == 2 and "not a recognised DfE file" in bad.output


def test_a_run_attaches_each_indicator_and_councils_own_comparison_made_meanwhile(tmp_path,
                                                                                  monkeypatch):
    """The comparisons a run makes while the engine computes (app._compare_meanwhile) are the
    ones each result gets, for its own indicator and council; what comparing raises, the run
    raises (the thread's error is not lost)."""
    plans = [{"cppl_cp_plan_id": f"p{i}", "cppl_person_id": str(i),
              "cppl_cp_plan_start_date": "2014-01-10", "cppl_cp_plan_end_date": ""}
             for i in (1, 2)]
    store = Store()
    for la in ("884", "201"):
        app.load(write_extract(tmp_path / la, {"ssd_person": people("1", "2"), "ssd_cp_plans": plans},
                               la_code=la), store)
    month = dt.date(2014, 8, 1)
    # A neighbour model and a policy of the run's own reach the comparisons: the 2025 model's
    # neighbours, and no DfE figure for assessments counted against 20 working days, not 45.
    policy = dataclasses.replace(load_policy(), assessment_timescale_wd=20)
    councils = app.run_indicators(store, month, sn_model=2025, policy=policy)
    assert [c.la_code for c in councils] == ["201", "884"]
    compared = 0
    for council in councils:
        for r in council.results:
            expected = benchmarks.comparison(r.indicator.id, council.la_code, month, 2025, policy)
            assert r.benchmark == expected, (council.la_code, r.indicator.id)
            assert r.published_trend == benchmarks.published_trend(expected, council.la_code)
            compared += isinstance(expected, Benchmark)
            if isinstance(expected, Benchmark):
                assert expected.sn_model == 2025
    assert compared >= 10  # cp_per_10k, referrals_per_10k...: figures, not only reasons
    [assessments] = [r for r in councils[1].results if r.indicator.id == "assessments_in_timescale"]
    assert not isinstance(assessments.benchmark, Benchmark)
    assert "assessment_timescale_wd is 20" in assessments.benchmark.reason

    def broken(*args, **kwargs):
        raise RuntimeError("the table could not be read")

    monkeypatch.setattr(benchmarks, "comparison", broken)
    with pytest.raises(RuntimeError, match="could not be read"):
        app.run_indicators(store, month)
