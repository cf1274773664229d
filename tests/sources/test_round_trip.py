"""The round trip: a synthetic council written as each dataset a council holds (CIN census,
SSDA903, Annex A) gives the same indicators as its SSD extract on every indicator and month the
dataset covers, and says "not covered" or "not available" for the rest, never a wrong number."""

from __future__ import annotations

import datetime as dt

import pytest

from safeguarding import app
from safeguarding.sources import annex_a, cin_census, ssda903
from safeguarding.sources.folder import read_extract
from safeguarding.sources.support import CARRIES
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract

WRITE = {
    "cin": lambda raw, out: cin_census.write(raw.tables, raw.info, out),
    "903": lambda raw, out: ssda903.write(raw.tables, raw.info, out, years=3),
    "annex-a": lambda raw, out: annex_a.write(raw.tables, raw.info, out),
}
MONTH = {"cin": "2014-03", "903": "2014-03", "annex-a": "2014-08"}  # each one's latest month
# What each dataset must support in its reporting month (at least these, equal to the SSD's).
SUPPORTED = {
    "cin": {"referrals", "referrals_per_10k", "assessments_completed", "assessments_in_timescale",
            "cp_count", "cp_starts", "cp_open_2yrs", "cin_count"},
    "903": {"cla_count", "cla_per_10k", "cla_starts", "cla_3plus_placements"},
    "annex-a": {"contacts", "referrals", "assessments_completed", "assessments_in_timescale",
                "cp_count", "cp_starts", "cla_count", "cla_starts", "cin_count"},
}


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ssd") / "884"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=3000,
                            start="2011-09", end="2014-08", seed=1)
    return folder, read_extract(folder)


def indicators(source, month: str, **kw) -> dict:
    store = Store()
    try:
        app.load(source, store, **kw)
        [c] = app.run_indicators(store, dt.date.fromisoformat(month + "-01"))
    finally:
        store.close()
    return {r.indicator.id: r for r in c.results}


def covered_figures(got: dict, truth: dict) -> set[tuple[str, str]]:
    """Every covered month of `got` (a source's results) checked against the SSD extract's
    (`truth`); the (indicator, month) pairs compared. A month outside the source's window is never
    a zero, and an indicator it cannot give says why."""
    compared = set()
    for id_, r in got.items():
        if not r.available:
            assert r.reason and ("not covered" in r.reason or "not available" in r.reason), id_
            continue
        expected = {p.month: p for p in truth[id_].series}
        for p in r.series:
            if not p.covered:
                assert p.value is None and p.numerator is None  # never a zero
                continue
            e = expected[p.month]
            assert (p.numerator, p.denominator, p.value) == (e.numerator, e.denominator, e.value), \
                (id_, p.month)
            compared.add((id_, p.month))
    return compared


@pytest.mark.parametrize("kind", list(WRITE))
def test_every_covered_figure_equals_the_ssd_extracts(kind, council, tmp_path):
    folder, raw = council
    out = tmp_path / kind
    written = WRITE[kind](raw, out)
    source = written[0] if kind in ("cin", "annex-a") else out
    truth = indicators(folder, MONTH[kind])
    got = indicators(source, MONTH[kind], la_code="884")
    compared = {id_ for id_, month in covered_figures(got, truth) if month == MONTH[kind]}
    assert SUPPORTED[kind] <= compared, SUPPORTED[kind] - compared


def test_a_return_names_itself_in_what_it_cannot_support(council, tmp_path):
    _, raw = council
    [xml] = WRITE["cin"](raw, tmp_path / "cin")
    got = indicators(xml, MONTH["cin"])
    assert "CIN census" in got["contacts"].reason  # the census has no contacts
    assert "not covered by this source" in got["rereferrals_12m"].reason  # needs two years
    assert not got["cla_count"].available  # no looked-after children in the census


def test_whole_collection_years():
    from safeguarding.synth.as_return import whole_collection_years

    assert whole_collection_years("2009-04", "2014-03") == 5  # 2009-10 to 2013-14
    assert whole_collection_years("2011-09", "2014-08") == 2
    assert whole_collection_years("2014-01", "2014-08") == 1  # at least one


@pytest.mark.parametrize("kind, expect", [
    ("cin", ["CIN_Census_2014.xml"]),
    # September 2011 to August 2014 holds two whole collection years, 2012-13 and 2013-14.
    ("903", [f"{y}/{t}.csv" for y in (2013, 2014) for t in ("header", "episodes", "reviews")]),
    ("annex-a", ["Annex_A_884_2014-08-31.xlsx"]),
])
def test_synth_as_writes_the_dataset_and_it_reads_back(kind, expect, tmp_path):
    from typer.testing import CliRunner

    from safeguarding.cli import cli

    out = tmp_path / kind
    result = CliRunner().invoke(cli, ["synth", str(out), "--as", kind, "--scale", "0.05"])
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == sorted(expect)
    source = out if kind == "903" else out / expect[0]
    checked = app.validate(source, la_code="884")
    assert checked.kind == kind and not checked.errors and checked.coverage
    # What `safeguarding sources` and docs/data-contract.md say the reader fills, it fills.
    assert {t: tuple(cols) for t, cols in checked.columns.items()} == CARRIES[kind]


def test_a_folder_of_one_councils_sources_is_combined(council, tmp_path):
    _, raw = council
    folder = tmp_path / "884"
    WRITE["cin"](raw, folder)
    WRITE["903"](raw, folder / "903")
    (folder / "notes.docx").write_bytes(b"not a source")
    checked = app.validate(folder, la_code="884")
    assert checked.kind == "cin+903"
    assert {"ssd_cin_episodes", "ssd_cla_episodes", "ssd_cp_plans"} <= set(checked.tables)
    assert [(i.value, i.problem.split(":")[0]) for i in checked.issues if i.table == "source folder"] \
        == [("notes.docx", "not read")]
    got = indicators(folder, MONTH["cin"], la_code="884")
    assert got["cla_count"].available and got["cp_count"].available
    assert "CIN census and SSDA903 return" in got["contacts"].reason


def test_the_same_table_from_two_sources_is_refused(council, tmp_path):
    from safeguarding.sources import ExtractError

    _, raw = council
    folder = tmp_path / "884"
    WRITE["cin"](raw, folder)
    WRITE["annex-a"](raw, folder)  # both give referrals
    with pytest.raises(ExtractError, match="ssd_cin_episodes comes from both"):
        app.validate(folder, la_code="884")
