"""Tests of the packaged council / 0-17 population reference tables.

Expected figures were read by hand from the source file
../shared/reference/dfe/ons_mid-year_population_estimates_2012_to_2024.csv.
"""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from safeguarding import reference
from safeguarding.reference import (
    ATTRIBUTION,
    Council,
    council,
    councils,
    population,
    population_for_year,
)

SHARED_DFE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "dfe"


def test_herefordshire():
    assert council("884") == Council(
        la_code="884",
        ons_code="E06000019",
        name="Herefordshire, County of",
        region_code="E12000005",
        region_name="West Midlands",
    )
    pops = population("884")
    assert pops[2024] == 34439
    assert pops[2023] == 34260
    assert pops[2012] == 35798
    assert sorted(pops) == list(range(2012, 2025))
    assert population_for_year("884", 2024) == (34439, 2024, None)


def test_council_count_includes_reorganised_councils():
    all_councils = councils()
    # 153 councils in 2023-2024, plus five later reorganised away: Dorset (835),
    # Poole (836), Bournemouth (837), Cumbria (909), Northamptonshire (928).
    assert len(all_councils) == 158
    codes = [c.la_code for c in all_councils]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert {"835", "836", "837", "838", "839", "909", "928", "940", "941", "942", "943"} <= set(codes)
    assert all(len(code) == 3 and code.isdigit() for code in codes)
    assert sum(1 for c in all_councils if 2024 in population(c.la_code)) == 153


def test_latest_ons_code_kept_when_it_changed():
    # North Yorkshire was E10000023 until 2022, E06000065 from 2023.
    assert council("815").ons_code == "E06000065"
    assert population("815")[2022] == 114700
    assert population("815")[2024] == 115721


def test_london_councils_keep_dfe_sub_region():
    assert council("201").region_name == "Inner London"
    assert council("201").region_code == "E13000001"


def test_nearest_year_before_first_year():
    value, used, warning = population_for_year("884", 2005)
    assert (value, used) == (35798, 2012)
    assert warning == "0-17 population for 2005 not in the reference table; used mid-2012 (35,798)"


def test_nearest_year_after_last_year():
    value, used, warning = population_for_year("884", 2030)
    assert (value, used) == (34439, 2024)
    assert warning == "0-17 population for 2030 not in the reference table; used mid-2024 (34,439)"


def test_nearest_year_for_councils_with_part_of_the_series():
    # Cumbria stops in 2022; the new Dorset council (838) starts in 2019.
    assert population_for_year("909", 2024)[:2] == (90547, 2022)
    assert population_for_year("838", 2015)[:2] == (66931, 2019)


def test_unknown_code():
    with pytest.raises(KeyError, match="999"):
        council("999")
    assert population("999") == {}
    with pytest.raises(KeyError, match="999"):
        population_for_year("999", 2024)


def test_council_with_only_suppressed_figures_has_no_population():
    # Bournemouth 2012-2018 is 'x' (suppressed) in the source file.
    assert council("837").name == "Bournemouth"
    assert population("837") == {}
    with pytest.raises(KeyError, match="837"):
        population_for_year("837", 2015)


def test_population_returns_a_copy():
    population("884")[2024] = 0
    assert population("884")[2024] == 34439


def test_packaged_csvs_are_plain_csv():
    folder = resources.files(reference)
    for name, header in (
        ("councils.csv", ["la_code", "ons_code", "la_name", "region_code", "region_name"]),
        ("populations.csv", ["la_code", "year", "population"]),
    ):
        text = folder.joinpath(name).read_text(encoding="utf-8")
        assert not text.startswith(("#", "\ufeff"))
        assert next(csv.reader(text.splitlines())) == header


def test_attribution():
    assert ATTRIBUTION == (
        "Contains public sector information licensed under the Open Government Licence v3.0."
    )


@pytest.mark.skipif(not SHARED_DFE.exists(), reason=f"needs the DfE downloads of the project's "
                    f"shared material at {SHARED_DFE}: put the shared folder beside this checkout")
def test_covers_statistical_neighbour_2025_councils():
    with (SHARED_DFE / "sn_model_2025_wide.csv").open(newline="", encoding="utf-8-sig") as f:
        sn_codes = {row["old_la_code"].strip() for row in csv.DictReader(f)}
    assert len(sn_codes) == 153
    assert sn_codes <= {c.la_code for c in councils()}
