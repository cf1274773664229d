"""Breakdowns by group (indicators.breakdowns), every expected figure worked by hand.

Reporting month 2014-08 (month end e = 2014-08-31); rolling 12 months 2013-09-01 .. 2014-08-31.
"""

import datetime as dt

import pytest

from extracts import write_extract
from safeguarding import app
from safeguarding.app import RunError
from safeguarding.store import Store

AUG = "2014-08"


def person(pid, dob="2005-01-01", sex="", ethnicity=""):
    return {"pers_person_id": pid, "pers_dob": dob, "pers_sex": sex, "pers_ethnicity": ethnicity}


def referral(rid, who, date, close=""):
    return {"cine_referral_id": rid, "cine_person_id": who, "cine_referral_date": date,
            "cine_close_date": close}


def run(tmp_path, tables, ids, by, month=dt.date(2014, 8, 1), engine="duckdb"):
    store = Store()
    try:
        app.load(write_extract(tmp_path / "extract", tables), store)
        [council] = app.run_indicators(store, month, ids=ids, by=by, engine=engine)
    finally:
        store.close()
    return {r.indicator.id: r for r in council.results}


def at(result, month=AUG):
    """{group: (numerator, denominator, value)} for a month of the result's breakdown."""
    assert result.breakdown.available, result.breakdown.reason
    return {g.group: next((p.numerator, p.denominator, p.value)
                          for p in g.series if p.month == month)
            for g in result.breakdown.groups}


def test_rereferrals_by_sex(tmp_path):
    r = run(tmp_path, {
        "ssd_person": [person("1", sex="M"), person("2", sex="F"), person("3", sex="F"),
                       person("4")],
        "ssd_cin_episodes": [
            referral("A", "1", "2013-10-01", "2013-12-01"),
            referral("B", "1", "2014-03-01"),  # A within the 12 months before: re-referral
            referral("C", "2", "2014-08-10"),
            referral("D", "3", "2012-12-01", "2013-01-01"),  # before the window, but counts for E
            referral("E", "3", "2013-11-15"),  # D on or after 2012-11-15: re-referral
            referral("F", "4", "2014-01-01"),  # no sex recorded
        ],
    }, ["rereferrals_12m"], "sex")["rereferrals_12m"]
    assert at(r) == {"Male": (1, 2, 50.0), "Female": (1, 2, 50.0),
                     "Other or not known": (0, 1, 0.0)}
    whole = r.series[-1]
    assert (whole.numerator, whole.denominator) == (2, 5)  # the groups add up to the whole


def test_cla_starts_by_age_band_at_month_end(tmp_path):
    def ep(eid, who, start):
        return {"clae_cla_episode_id": eid, "clae_person_id": who, "clae_cla_id": f"P{eid}",
                "clae_cla_episode_start_date": start}

    r = run(tmp_path, {
        "ssd_person": [
            person("A", "2014-08-31"),  # born on the month end: 0 -> under 1
            person("B", "2013-09-01"),  # 1 on 1 September: still under 1 at 31 August
            person("C", "2013-08-31"),  # 1 on the month end -> 1-4
            person("D", "2004-09-01"),  # 9 (10 the next day) -> 5-9
            person("G", "2000-09-01"),  # 13 -> 10-15
            person("E", "1998-08-31"),  # 16 on the month end -> 16-17
            person("F", ""),  # no date of birth
            person("H", "2014-07-01"),  # July's start: 0 at 31 July
        ],
        "ssd_cla_episodes": [ep("1", "A", "2014-08-31"), ep("2", "B", "2014-08-05"),
                             ep("3", "C", "2014-08-05"), ep("4", "D", "2014-08-05"),
                             ep("5", "G", "2014-08-05"), ep("6", "E", "2014-08-05"),
                             ep("7", "F", "2014-08-05"), ep("8", "H", "2014-07-10")],
    }, ["cla_starts"], "age")["cla_starts"]
    assert {g: n for g, (n, _, _) in at(r).items()} == {
        "Under 1": 2, "1-4": 1, "5-9": 1, "10-15": 1, "16-17": 1, "18 and over": 0,
        "Unborn or not known": 1}
    assert {g: n for g, (n, _, _) in at(r, "2014-07").items() if n} == {"Under 1": 1}
    assert r.series[-1].numerator == 7


def test_referrals_by_ethnic_group_and_rate_by_group_not_available(tmp_path):
    codes = {"1": "WBRI", "2": "WROM", "3": "MWAS", "4": "APKN", "5": "BAFR", "6": "CNHE",
             "7": "REFU", "8": ""}
    rs = run(tmp_path, {
        "ssd_person": [person(k, ethnicity=v) for k, v in codes.items()],
        "ssd_cin_episodes": [referral(f"R{k}", k, "2014-08-04") for k in codes],
    }, ["referrals", "referrals_per_10k"], "ethnicity")
    assert {g: n for g, (n, _, _) in at(rs["referrals"]).items()} == {
        "White": 2, "Mixed": 1, "Asian or Asian British": 1, "Black or Black British": 1,
        "Other ethnic group": 1, "Refused or not known": 2}
    rate = rs["referrals_per_10k"]  # counts by group, never a rate on the whole population
    assert at(rate)["White"] == (2, None, None)
    assert "not available by group" in rate.breakdown.note


def test_cp_count_by_disability(tmp_path):
    plans = [{"cppl_cp_plan_id": f"C{k}", "cppl_person_id": k,
              "cppl_cp_plan_start_date": "2014-06-01",
              "cppl_cp_plan_end_date": ""}
             for k in ("1", "2", "3", "4")]
    tables = {
        "ssd_person": [person(k) for k in ("1", "2", "3", "4")],
        "ssd_cp_plans": plans,
        "ssd_disability": [
            {"disa_table_id": "d1", "disa_person_id": "1", "disa_disability_code": "NONE"},
            {"disa_table_id": "d2", "disa_person_id": "2", "disa_disability_code": "AUT"},
            {"disa_table_id": "d3", "disa_person_id": "2", "disa_disability_code": "LD"},
            {"disa_table_id": "d4", "disa_person_id": "4", "disa_disability_code": "HEAR"},
        ],
    }
    r = run(tmp_path, tables, ["cp_count"], "disability")["cp_count"]
    # child 2's two codes count once; child 3 has no row
    assert {g: n for g, (n, _, _) in at(r).items()} == {
        "Disabled": 2, "Not disabled": 1, "Not recorded": 1}
    del tables["ssd_disability"]
    r = run(tmp_path / "without", tables, ["cp_count"], "disability")["cp_count"]
    assert not r.breakdown.available and "ssd_disability" in r.breakdown.reason
    assert r.series[-1].numerator == 4  # the indicator itself is untouched


def invo(iid, who, worker, start, end="", team="T1"):
    return {"invo_involvements_id": iid, "invo_person_id": who, "invo_professional_id": worker,
            "invo_professional_team": team, "invo_involvement_start_date": start,
            "invo_involvement_end_date": end}


def allocation_tables():
    """Six children referred in August 2014; their workers at the month end (31 August):
    1: W1 (T1); 2: W2 (T2, the later of two open involvements); 3: W1, its earlier W3 ended;
    4: involvement ended on the month end (closed at e): unallocated; 5: W3, whose involvement
    names no team; 6: none. In July, child 3 was W3's (T2)."""
    return {
        "ssd_person": [person(k) for k in "123456"],
        "ssd_cin_episodes": [referral(f"R{k}", k, "2014-08-04") for k in "123456"]
        + [referral("RJ", "3", "2014-07-07", "2014-07-20")],
        "ssd_involvements": [
            invo(1, "1", "W1", "2014-08-01"),
            invo(2, "2", "W1", "2014-01-01"), invo(3, "2", "W2", "2014-08-10", team="T2"),
            invo(4, "3", "W3", "2014-07-01", "2014-08-15", team="T2"),
            invo(5, "3", "W1", "2014-08-15"),
            invo(6, "4", "W2", "2014-08-01", "2014-08-31", team="T2"),
            invo(7, "5", "W3", "2014-08-01", team=""),
        ],
        "ssd_professionals": [{"prof_professional_id": "W1", "prof_professional_name": "Ann Smith"},
                              {"prof_professional_id": "W2", "prof_professional_name": "Bo Jones"}],
        "ssd_department": [{"dept_team_id": "T1", "dept_team_name": "North"}],
    }


def test_referrals_by_team_and_worker_at_month_end(tmp_path):
    tables = allocation_tables()
    r = run(tmp_path / "t", tables, ["referrals"], "team")["referrals"]
    # T2 has no name in ssd_department: its id; unallocated and no-team groups last
    assert {g: n for g, (n, _, _) in at(r).items()} == {
        "North": 2, "T2": 1, "Team not recorded": 1, "Unallocated": 2}
    assert [g.group for g in r.breakdown.groups][-2:] == ["Team not recorded", "Unallocated"]
    assert {g: n for g, (n, _, _) in at(r, "2014-07").items() if n} == {"T2": 1}
    r = run(tmp_path / "w", tables, ["referrals"], "worker")["referrals"]
    assert {g: n for g, (n, _, _) in at(r).items()} == {
        "Ann Smith": 2, "Bo Jones": 1, "W3": 1, "Unallocated": 2}
    assert sum(n for n, _, _ in at(r).values()) == r.series[-1].numerator == 6


def test_children_on_a_plan_by_team(tmp_path):
    tables = allocation_tables()
    tables["ssd_cp_plans"] = [{"cppl_cp_plan_id": f"P{k}", "cppl_person_id": k,
                               "cppl_cp_plan_start_date": "2014-06-01", "cppl_cp_plan_end_date": ""}
                              for k in "1246"]
    r = run(tmp_path, tables, ["cp_count"], "team")["cp_count"]
    assert {g: n for g, (n, _, _) in at(r).items()} == {
        "North": 1, "T2": 1, "Team not recorded": 0, "Unallocated": 2}


def test_team_is_not_available_without_the_allocation_tables(tmp_path):
    tables = {"ssd_person": [person("1")], "ssd_cin_episodes": [referral("R", "1", "2014-08-04")]}
    r = run(tmp_path, tables, ["referrals"], "team")["referrals"]
    assert not r.breakdown.available and "ssd_involvements" in r.breakdown.reason
    assert r.series[-1].numerator == 1  # the indicator itself is untouched
    with pytest.raises(RunError, match="--by must be one of"):
        run(tmp_path / "x", tables, ["referrals"], "colour")


@pytest.mark.parametrize("by", ["age", "ethnicity", "team"])
def test_groups_add_up_to_the_whole_on_the_county(synthetic_store, by):
    """Every indicator, every month: the groups' counts add up to the indicator's own."""
    [council] = app.run_indicators(synthetic_store, dt.date(2014, 8, 1), by=by)
    checked = 0
    for r in council.results:
        if r.indicator.id in ("caseload_mean", "caseload_over_policy"):  # workers, not children
            assert r.breakdown.reason == ("not available: its cases are not children (a caseload "
                                          "counts workers)")
            continue
        assert r.breakdown.available, (r.indicator.id, r.breakdown.reason)
        for i, p in enumerate(r.series):
            cells = [g.series[i] for g in r.breakdown.groups]
            assert all(c.month == p.month for c in cells)
            assert sum(c.numerator for c in cells) == p.numerator, (r.indicator.id, p.month)
            if r.indicator.unit == "percent":
                assert sum(c.denominator for c in cells) == p.denominator
            checked += 1
    assert checked == 13 * (len(council.results) - 2)  # all but the two caseload indicators


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    from safeguarding.synth import write_synthetic_extract

    folder = tmp_path_factory.mktemp("county") / "extract"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=36000,
                            start="2012-09", end="2014-08", seed=1)
    store = Store()
    app.load(folder, store)
    yield store
    store.close()


def test_cli_by_adds_the_breakdown_to_json_and_csv(tmp_path):
    import csv
    import io
    import json

    from typer.testing import CliRunner

    from safeguarding.cli import cli

    folder = write_extract(tmp_path / "x", {
        "ssd_person": [person("1", "2005-01-01"), person("2", "2013-12-01")],
        "ssd_cp_plans": [{"cppl_cp_plan_id": f"p{k}", "cppl_person_id": k,
                          "cppl_cp_plan_start_date": "2014-01-10", "cppl_cp_plan_end_date": ""}
                         for k in ("1", "2")],
    })
    runner = CliRunner()
    args = ["indicators", str(folder), "--month", "2014-08", "--classification", "internal",
            "--by", "age"]
    done = runner.invoke(cli, [*args, "--format", "json"])
    assert done.exit_code == 0, done.output
    by_id = {i["id"]: i for i in json.loads(done.stdout)["indicators"]}
    b = by_id["cp_count"]["breakdown"]
    assert b["by"] == "age" and b["available"] is True
    last = {g["group"]: g["series"][-1] for g in b["groups"]}
    assert last["5-9"] == {"month": "2014-08", "value": 1, "numerator": 1, "denominator": None,
                           "covered": True}
    assert last["Under 1"]["numerator"] == 1 and last["1-4"]["numerator"] == 0
    assert by_id["contacts"]["breakdown"]["available"] is False
    done = runner.invoke(cli, [*args, "--format", "csv"])
    assert done.exit_code == 0, done.output
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    group_rows = [r for r in rows if r["indicator"] == "cp_count" and r["group"]]
    assert len(group_rows) == 7 * 13
    assert {r["breakdown"] for r in group_rows} == {"age"}
    [aug] = [r for r in group_rows if r["month"] == "2014-08" and r["group"] == "5-9"]
    assert aug["numerator"] == "1"
    done = runner.invoke(cli, [*args[:-1], "colour"])
    assert done.exit_code == 2 and "colour" in done.output
    # open (the default): the two children's cells are hidden, the zeros shown
    done = runner.invoke(cli, [a for a in args if a not in ("--classification", "internal")]
                         + ["--format", "json"])
    assert done.exit_code == 0, done.output
    b = {i["id"]: i for i in json.loads(done.stdout)["indicators"]}["cp_count"]["breakdown"]
    last = {g["group"]: g["series"][-1] for g in b["groups"]}
    assert last["5-9"] == {"month": "2014-08", "value": None, "numerator": None,
                           "denominator": None, "covered": True, "suppressed": True}
    assert last["Under 1"]["suppressed"] and last["1-4"]["numerator"] == 0
    assert "suppressed" not in last["1-4"] and "1 to 5" in b["disclosure"]
    done = runner.invoke(cli, [a for a in args if a not in ("--classification", "internal")]
                         + ["--format", "csv"])
    [aug] = [r for r in csv.DictReader(io.StringIO(done.stdout))
             if r["indicator"] == "cp_count" and r["month"] == "2014-08" and r["group"] == "5-9"]
    assert (aug["value"], aug["numerator"]) == ("c", "c")


def test_by_worker_is_internal_only(tmp_path):
    import json

    from typer.testing import CliRunner

    from safeguarding.cli import cli

    folder = write_extract(tmp_path / "x", allocation_tables())
    args = ["indicators", str(folder), "--month", "2014-08", "--by", "worker", "--format", "json"]
    done = CliRunner().invoke(cli, args)
    assert done.exit_code != 0 and "--classification internal" in done.output
    assert "indicators" not in done.stdout  # refused before any work
    done = CliRunner().invoke(cli, [*args, "--classification", "internal"])
    assert done.exit_code == 0, done.output
    [ref] = [i for i in json.loads(done.stdout)["indicators"] if i["id"] == "referrals"]
    assert {g["group"]: g["series"][-1]["numerator"] for g in ref["breakdown"]["groups"]} == {
        "Ann Smith": 2, "Bo Jones": 1, "W3": 1, "Unallocated": 2}


def test_a_breakdown_query_that_fails_is_an_error_and_a_non_zero_exit(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    from safeguarding.cli import cli
    from safeguarding.indicators import breakdowns

    def broken(ctx, ind, las, by):
        raise RuntimeError("a cell's text the message must not print")

    monkeypatch.setattr(breakdowns, "breakdown_expr", broken)
    folder = write_extract(tmp_path / "x", {
        "ssd_person": [person("1", "2005-01-01")],
        "ssd_cp_plans": [{"cppl_cp_plan_id": "p1", "cppl_person_id": "1",
                          "cppl_cp_plan_start_date": "2014-01-10", "cppl_cp_plan_end_date": ""}],
    })
    done = CliRunner().invoke(cli, ["indicators", str(folder), "--month", "2014-08", "--by", "sex",
                                    "--format", "json"])
    assert done.exit_code == 1, done.output  # as for an indicator that fails: data errors
    assert "error: cp_count (884): the breakdown by sex failed (RuntimeError)" in done.stderr
    assert "a cell's text" not in done.output
    [cp] = [i for i in json.loads(done.stdout)["indicators"] if i["id"] == "cp_count"]
    assert cp["available"] and cp["series"][-1]["numerator"] == 1  # its own figures stand
    assert cp["breakdown"]["error"] == "the breakdown by sex failed (RuntimeError)"
    assert cp["breakdown"]["reason"] == "not available: the breakdown by sex failed (RuntimeError)"


@pytest.mark.spark
def test_the_same_groups_on_spark(tmp_path):
    """The engines agree: by sex (re-referrals, hand-worked above) and by team."""
    tables = allocation_tables()
    tables["ssd_person"] = [person("1", sex="M"), person("2", sex="F"), person("3", sex="F"),
                            person("4"), person("5", sex="m "), person("6", sex="X")]
    for by in ("sex", "team"):
        duck = run(tmp_path / f"d{by}", tables, ["referrals", "rereferrals_12m"], by)
        spark = run(tmp_path / f"s{by}", tables, ["referrals", "rereferrals_12m"], by,
                    engine="spark")
        for id in duck:
            assert spark[id].breakdown == duck[id].breakdown, (by, id)
    assert {g: n for g, (n, _, _) in at(duck["referrals"]).items()} == {
        "North": 2, "T2": 1, "Team not recorded": 1, "Unallocated": 2}


POPULATION_BY_ETHNICITY = ('\n[population_by_ethnicity]\nWhite = 1000\nMixed = 400\n'
                           '"Asian or Asian British" = 500\n"Black or Black British" = 250\n'
                           '"Other ethnic group" = 0\n')


def test_rates_by_ethnic_group_on_the_councils_population(tmp_path):
    """referrals_per_10k by ethnicity, on [population_by_ethnicity]: White 2 referrals of 1,000
    children = 20.0 per 10,000; Mixed 1 of 400 = 25.0; Other ethnic group's population is 0 and
    the not-known group has none: counts only."""
    codes = {"1": "WBRI", "2": "WROM", "3": "MWAS", "4": "APKN", "5": "CNHE", "6": ""}
    folder = write_extract(tmp_path / "extract", {
        "ssd_person": [person(k, ethnicity=v) for k, v in codes.items()],
        "ssd_cin_episodes": [referral(f"R{k}", k, "2014-08-04") for k in codes]})
    with (folder / "extract.toml").open("a") as f:
        f.write(POPULATION_BY_ETHNICITY)
    store = Store()
    try:
        app.load(folder, store)
        assert store.group_populations()["884"]["ethnicity"]["Black or Black British"] == 250
        [council] = app.run_indicators(store, dt.date(2014, 8, 1), ids=["referrals_per_10k"],
                                       by="ethnicity")
    finally:
        store.close()
    [r] = council.results
    assert at(r) == {"White": (2, None, 20.0), "Mixed": (1, None, 25.0),
                     "Asian or Asian British": (1, None, 20.0),
                     "Black or Black British": (0, None, 0.0),
                     "Other ethnic group": (1, None, None), "Refused or not known": (1, None, None)}
    assert "[population_by_ethnicity]" in r.breakdown.note


def test_a_bad_population_by_ethnicity_gives_every_problem_at_once(tmp_path):
    from safeguarding.sources import ExtractError
    from safeguarding.sources.folder import read_info

    folder = write_extract(tmp_path / "x", {"ssd_person": [person("1")]})
    with (folder / "extract.toml").open("a") as f:
        f.write('\n[population_by_ethnicity]\nWhite = -3\nMixed = 1.5\nGreen = 4\n'
                '"Asian or Asian British" = 1\n"Black or Black British" = 1\n')
    with pytest.raises(ExtractError) as e:
        read_info(folder)
    message = str(e.value)
    for problem in ("unknown group 'Green'", "'Other ethnic group' is missing",
                    "'White' = -3 is not a whole number", "'Mixed' = 1.5 is not a whole number"):
        assert problem in message
