"""Local indicators (indicators/local.py): each declarative shape and a SQL indicator on
hand-made extracts, every expected figure worked out by hand; a local re-implementation of
`cp_per_10k` equal to the built-in; the checks at load; the CLI option and the entry points.

Reporting month August 2014 (s = 1 Aug, e = 31 Aug); rolling 12 months 2013-09-01 .. 2014-08-31;
the harness population is 10,000, so a rate's value equals its count. Working days in August
2014: 1, 4-8, 11-15, 18-22, 26-29 (25 Aug is a bank holiday).
"""

import json
import sys
import textwrap
from pathlib import Path

import pytest
from extracts import people, point, run, write_extract
from typer.testing import CliRunner

import extracts
from safeguarding.cli import cli
from safeguarding.indicators import REGISTRY
from safeguarding.indicators.compute import SQL_ONLY_DUCKDB
from safeguarding.indicators.local import (IndicatorsError, load_indicators, parse_indicators,
                                           registered)

ROOT = Path(__file__).resolve().parent.parent
AUG = "2014-08"
HEAD = """
[[indicator]]
id = "{id}"
name = "A local indicator"
unit = "{unit}"
polarity = "neutral"
area = "{area}"
definition = "Hand-worked."
"""


def toml(tmp_path, text: str, name: str = "indicators.toml") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def local(tmp_path, body: str, *, id="local", unit="count", area="child_protection"):
    """One local indicator from its computation keys (the header filled in)."""
    return load_indicators([toml(tmp_path, HEAD.format(id=id, unit=unit, area=area)
                                 + textwrap.dedent(body))], plugins=False)


def npv(p):
    return p.numerator, p.denominator, p.value


def plan(pid, person, start, end=""):
    return {"cppl_cp_plan_id": pid, "cppl_person_id": person,
            "cppl_cp_plan_start_date": start, "cppl_cp_plan_end_date": end}


def cp_tables():
    """As tests/indicators/test_child_protection.py's cp_count_tables: 4 children on a plan at
    31 Aug (A, C, D, F, F holding two plans), 3 at 28 Feb (A, B, C)."""
    return {
        "ssd_person": people("A", "B", "C", "D", "E", "F", "G"),
        "ssd_cp_plans": [
            plan("pA", "A", "2014-01-10"),
            plan("pB", "B", "2014-02-01", "2014-08-31"),   # ends on e: not open at e
            plan("pC", "C", "2014-02-01", "2014-09-01"),
            plan("pD", "D", "2014-08-31"),                 # starts on e: open
            plan("pE", "E", "2014-09-01"),
            plan("pF1", "F", "2014-03-01"),
            plan("pF2", "F", "2014-05-01"),
            plan("pG", "G", "2013-01-01", "2014-02-28"),
        ],
    }


CP_PER_10K = """
table = "ssd_cp_plans"
period = "month_end"
start = "cppl_cp_plan_start_date"
end = "cppl_cp_plan_end_date"
distinct = "cppl_person_id"
"""


# --- the declarative shapes -----------------------------------------------------------------


def test_events_in_the_month_with_filters(tmp_path):
    inds = local(tmp_path / "t", """
        table = "ssd_cin_episodes"
        period = "month"
        date = "cine_referral_date"
        where = [
            { column = "cine_referral_source_code", in = ["1A", "1B"] },
            { column = "cine_referral_nfa", not_equals = true },
        ]
    """, area="front_door")

    def ref(rid, date, source, nfa=""):
        return {"cine_referral_id": rid, "cine_person_id": rid, "cine_referral_date": date,
                "cine_referral_source_code": source, "cine_referral_nfa": nfa}

    with registered(inds):
        res = run(tmp_path, {"ssd_person": people("1", "2", "3", "4", "5", "6"), "ssd_cin_episodes": [
            ref("1", "2014-08-01", "1A"),             # in
            ref("2", "2014-08-31", "1B", "N"),        # in: not NFA
            ref("3", "2014-08-15", "1B", "Y"),        # NFA: filtered out
            ref("4", "2014-08-15", "2A"),             # another source: out
            ref("5", "2014-07-31", "1A"),             # July
            ref("6", "2014-09-01", "1A"),             # after e
        ]})
        # August: 1 and 2 -> 2; July: 5 -> 1
        assert npv(point(res["local"], AUG)) == (2, None, 2)
        assert npv(point(res["local"], "2014-07")) == (1, None, 1)


def test_rolling_12_months_per_10k_the_shipped_example(tmp_path):
    inds = load_indicators([ROOT / "examples" / "indicators.toml"], plugins=False)
    assert [i.id for i in inds] == ["contacts_nfa", "cp_starts_per_10k"]
    with registered(inds):
        res = run(tmp_path, {"ssd_person": people("1", "2", "3", "4", "5"), "ssd_cp_plans": [
            plan("p1", "1", "2013-08-31", "2013-10-01"),   # the day before the window: out
            plan("p2", "2", "2013-09-01", "2014-01-01"),   # first day of the window: in
            plan("p3", "3", "2014-02-15"),                 # in
            plan("p4", "4", "2014-08-31"),                 # month end: in
            plan("p5", "5", "2014-09-01"),                 # after e: out
        ]})
        # 3 starts / 10,000 * 10,000 = 3.0
        assert npv(point(res["cp_starts_per_10k"], AUG)) == (3, 10_000, pytest.approx(3.0))
        # Sep 2013: 2012-10-01 .. 2013-09-30 holds p1 and p2
        assert npv(point(res["cp_starts_per_10k"], "2013-09")) == (2, 10_000, pytest.approx(2.0))


def test_percent_with_a_numerator_filter_the_shipped_nfa_example(tmp_path):
    inds = load_indicators([ROOT / "examples" / "indicators.toml"], plugins=False)

    def contact(cid, date, outcome):
        return {"cont_contact_id": cid, "cont_person_id": "1", "cont_contact_date": date,
                "cont_contact_outcome_json": outcome}

    with registered(inds):
        res = run(tmp_path, {"ssd_person": people("1"), "ssd_contacts": [
            contact("c1", "2014-08-01 09:00", '{"NFA_FLAG": "Y", "NEW_REFERRAL_FLAG": "N"}'),  # hit
            contact("c2", "2014-08-10 10:00", '{ NFA_FLAG: Y }'),                            # hit
            contact("c3", "2014-08-20 11:00", '{"NFA_FLAG": "N"}'),                          # miss
            contact("c4", "2014-08-31 23:59", ""),                          # no outcome: miss
            contact("c5", "2014-07-31 23:59", '{"NFA_FLAG": "Y"}'),                          # July
        ]})
        # August: 2 of 4 = 50%; July: 1 of 1
        assert npv(point(res["contacts_nfa"], AUG)) == (2, 4, pytest.approx(50.0))
        assert npv(point(res["contacts_nfa"], "2014-07")) == (1, 1, pytest.approx(100.0))


def assessment(aid, start, auth):
    return {"cina_assessment_id": aid, "cina_person_id": "1", "cina_assessment_start_date": start,
            "cina_assessment_auth_date": auth}


@pytest.mark.parametrize("working, expected", [
    # WD(a, 29 Aug): 14 Aug -> 10 (in), 13 Aug -> 11 (out), 19 Aug -> 7 (in), 18 Aug -> 8 (in)
    (True, (3, 4, 75.0)),
    # calendar days to 29 Aug: 14 -> 15 (out), 13 -> 16 (out), 19 -> 10 (in), 18 -> 11 (out)
    (False, (1, 4, 25.0)),
])
def test_percent_within_n_working_or_calendar_days(tmp_path, working, expected):
    inds = local(tmp_path / "t", f"""
        table = "ssd_cin_assessments"
        period = "month"
        date = "cina_assessment_auth_date"
        within = {{ days = 10, working = {str(working).lower()}, from = "cina_assessment_start_date", to = "cina_assessment_auth_date" }}
    """, unit="percent", area="assessments")
    with registered(inds):
        res = run(tmp_path, {"ssd_person": people("1"), "ssd_cin_assessments": [
            assessment("a1", "2014-08-14", "2014-08-29"),
            assessment("a2", "2014-08-13", "2014-08-29"),
            assessment("a3", "2014-08-19", "2014-08-29"),
            assessment("a4", "2014-08-18", "2014-08-29"),
            assessment("a5", "2014-08-18", ""),            # not authorised: not in the month
            assessment("a6", "2014-07-01", "2014-07-31"),  # July
        ]})
        n, d, v = expected
        assert npv(point(res["local"], AUG)) == (n, d, pytest.approx(v))


def test_open_at_month_end_distinct_and_per_10k_of_a_count(tmp_path):
    inds = local(tmp_path / "t", CP_PER_10K, unit="per_10k")
    with registered(inds):
        res = run(tmp_path, cp_tables())
        # 31 Aug: A, C, D, F (two plans, counted once) -> 4 / 10,000 * 10,000
        assert npv(point(res["local"], AUG)) == (4, 10_000, pytest.approx(4.0))
        # 28 Feb: A, B, C (G ended on the 28th) -> 3
        assert npv(point(res["local"], "2014-02")) == (3, 10_000, pytest.approx(3.0))


def test_percent_of_distinct_children_any_row_in_the_numerator(tmp_path):
    inds = local(tmp_path / "t", CP_PER_10K + """
        where = [{ column = "cppl_cp_plan_latest_category", missing = false }]
        numerator = [{ column = "cppl_cp_plan_latest_category", equals = "Neglect" }]
    """, unit="percent")
    tables = cp_tables()
    category = {"pA": "Neglect", "pC": "Physical", "pD": "", "pF1": "Emotional", "pF2": "Neglect"}
    for row in tables["ssd_cp_plans"]:
        row["cppl_cp_plan_latest_category"] = category.get(row["cppl_cp_plan_id"], "Neglect")
    with registered(inds):
        res = run(tmp_path, tables)
        # open at 31 Aug: A, C, D, F; D's category is empty (left out by where) -> A, C, F;
        # Neglect: A, and F through pF2 (one of its two plans) -> 2 of 3
        assert npv(point(res["local"], AUG)) == (2, 3, pytest.approx(200 / 3))


def _series(result):
    return [(p.month, p.numerator, p.denominator, p.value) for p in result.history]


def test_cp_per_10k_declared_locally_equals_the_built_in(synthetic_store, tmp_path):
    from safeguarding import app

    store, month = synthetic_store
    inds = local(tmp_path, CP_PER_10K, id="cp_per_10k_local", unit="per_10k")

    with registered(inds):
        [council] = app.run_indicators(store, month, ids=["cp_per_10k", "cp_per_10k_local"])
    built_in, mine = council.results
    assert built_in.available and mine.available
    assert len(_series(mine)) > 13 and _series(mine) == _series(built_in)


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    import datetime as dt

    from safeguarding import app
    from safeguarding.store import Store
    from safeguarding.synth import write_synthetic_extract

    folder = tmp_path_factory.mktemp("local") / "extract"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=36000,
                            start="2012-09", end="2014-08", seed=1)
    store = Store()
    app.load(folder, store)
    yield store, dt.date(2014, 8, 1)
    store.close()


# --- SQL ------------------------------------------------------------------------------------

S47_NFA_SQL = '''
sql = """
SELECT s.la_code, m.month,
       count(*) FILTER (WHERE s.s47e_s47_nfa) AS numerator,
       count(*) AS denominator
FROM ssd_s47_enquiry AS s
JOIN months AS m ON s.s47e_s47_end_date BETWEEN m.month AND m.month_end
GROUP BY s.la_code, m.month
"""
period = "month"
lookback = 0
'''


def s47(eid, end, nfa=""):
    return {"s47e_s47_enquiry_id": eid, "s47e_person_id": "1", "s47e_s47_start_date": "2014-06-02",
            "s47e_s47_end_date": end, "s47e_s47_nfa": nfa}


S47_ROWS = {"ssd_person": people("1"), "ssd_s47_enquiry": [
    s47("e1", "2014-08-01", "Y"),   # August, NFA
    s47("e2", "2014-08-31", "N"),   # August
    s47("e3", "2014-08-15"),        # August, nfa empty: not in the numerator
    s47("e4", "2014-07-31", "Y"),   # July, NFA
    s47("e5", ""),                  # not ended
]}


# The same query with the frame unaliased (`months.month`) and a CTE.
S47_NFA_SQL_UNALIASED = S47_NFA_SQL.replace("SELECT s.la_code, m.month", "SELECT s.la_code, months.month") \
    .replace("JOIN months AS m ON s.s47e_s47_end_date BETWEEN m.month AND m.month_end",
             "JOIN months ON s.s47e_s47_end_date BETWEEN months.month AND months.month_end") \
    .replace("FROM ssd_s47_enquiry AS s", "FROM (SELECT * FROM ssd_s47_enquiry) AS s") \
    .replace("GROUP BY s.la_code, m.month", "GROUP BY ALL")


@pytest.mark.parametrize("query", [S47_NFA_SQL, S47_NFA_SQL_UNALIASED])
def test_sql_indicator_with_the_month_frame(tmp_path, query):
    assert query.count("months") >= 3 or query is S47_NFA_SQL
    [ind] = local(tmp_path / "t", query, unit="percent")
    assert ind.needs == ("ssd_s47_enquiry", "ssd_s47_enquiry.s47e_s47_end_date",
                         "ssd_s47_enquiry.s47e_s47_nfa")
    assert "_months" in ind.sql
    with registered([ind]):
        res = run(tmp_path, S47_ROWS)
        # August: e1 of e1, e2, e3 -> 1 / 3; July: e4 -> 1 / 1; June: none -> 0 / 0, no value
        assert npv(point(res["local"], AUG)) == (1, 3, pytest.approx(100 / 3))
        assert npv(point(res["local"], "2014-07")) == (1, 1, pytest.approx(100.0))
        assert npv(point(res["local"], "2014-06")) == (0, 0, None)


def test_sql_indicator_lacking_a_column_is_not_available(tmp_path):
    [ind] = local(tmp_path / "t", S47_NFA_SQL, unit="percent")
    rows = [{k: v for k, v in r.items() if k != "s47e_s47_nfa"} for r in S47_ROWS["ssd_s47_enquiry"]]
    with registered([ind]):
        res = run(tmp_path, {"ssd_person": people("1"), "ssd_s47_enquiry": rows})
        assert not res["local"].available
        assert "s47e_s47_nfa" in res["local"].reason


# --- the checks at load ---------------------------------------------------------------------


def test_every_mistake_at_once_with_file_and_line(tmp_path):
    path = toml(tmp_path, """\
        [[indicator]]
        id = "a"
        name = "A"
        unit = "percentage"
        polarity = "neutral"
        area = "front_door"
        definition = "x"
        table = "ssd_contacts"
        period = "month"
        date = "cont_contact_date"

        [[indicator]]
        id = "b"
        name = "B"
        unit = "count"
        polarity = "neutral"
        area = "front_door"
        definition = "x"
        table = "ssd_contact"
        period = "month"
        date = "cont_contact_date"

        [[indicator]]
        id = "c"
        name = "C"
        unit = "count"
        polarity = "neutral"
        area = "front_door"
        definition = "x"
        table = "ssd_contacts"
        period = "month"
        date = "cont_contact_date"
        where = [{ column = "cont_colour", equals = "red" }]

        [[indicator]]
        id = "cp_count"
        name = "D"
        unit = "count"
        polarity = "neutral"
        area = "elsewhere"
        definition = "x"
        table = "ssd_contacts"
        period = "month"
        date = "cont_contact_date"
    """)
    with pytest.raises(IndicatorsError) as e:
        load_indicators([path], plugins=False)
    message = str(e.value)
    assert f"{path} line 4: unknown unit 'percentage'" in message
    assert f"{path} line 19: unknown table 'ssd_contact'" in message
    assert f"{path} line 33: unknown column 'cont_colour' in ssd_contacts" in message
    assert f"{path} line 40: unknown area 'elsewhere'" in message



def test_duplicate_ids_built_in_or_local(tmp_path):
    one = HEAD.format(id="x1", unit="count", area="front_door") + \
        'table = "ssd_contacts"\nperiod = "month"\ndate = "cont_contact_date"\n'
    builtin = one.replace('"x1"', '"contacts"')
    a = toml(tmp_path, one + builtin, "a.toml")
    b = toml(tmp_path, one, "b.toml")
    with pytest.raises(IndicatorsError) as e:
        load_indicators([a, b], plugins=False)
    assert f"{a} line 13: duplicate id 'contacts' (also a built-in indicator)" in str(e.value)
    assert f"{b} line 2: duplicate id 'x1' (also {a} line 2)" in str(e.value)
    # a folder reads every .toml in it, in name order: the same two mistakes
    with pytest.raises(IndicatorsError, match="duplicate id 'x1'"):
        load_indicators([tmp_path], plugins=False)


@pytest.mark.parametrize("body, message", [
    ('sql = "SELECT la_code, month, count(*) AS numerator FROM ssd_plans GROUP BY ALL"\n'
     'period = "month"', "unknown table ssd_plans"),
    ('sql = "SELECT la_code, cppl_colour AS month, count(*) AS numerator FROM ssd_cp_plans '
     'GROUP BY ALL"\nperiod = "month"', "unknown column cppl_colour"),
    ('sql = "SELECT la_code, count(*) AS numerator FROM ssd_cp_plans GROUP BY ALL"\n'
     'period = "month"', "the query must return la_code, month, numerator; it has no month"),
    ('sql = "SELECT la_code FROM (SELECT"\nperiod = "month"', "the SQL does not parse"),
    ('sql = "DELETE FROM ssd_cp_plans"\nperiod = "month"', "the SQL must be one SELECT query"),
    ('sql = "SELECT 1 AS month"\nperiod = "month"\ntable = "ssd_cp_plans"',
     "unknown key 'table' in a SQL indicator"),
])
def test_sql_checked_at_load(tmp_path, body, message):
    path = toml(tmp_path, HEAD.format(id="q", unit="count", area="front_door") + body + "\n")
    with pytest.raises(IndicatorsError, match="line [0-9]+: " + message.replace("(", r"\(")):
        load_indicators([path], plugins=False)


@pytest.mark.parametrize("body, message", [
    ('table = "ssd_contacts"\nperiod = "month"\ndate = "cont_contact_date"',
     "a percent indicator needs numerator filters or within"),
    ('table = "ssd_contacts"\nperiod = "month"\ndate = "cont_contact_source_code"\n'
     'numerator = [{column = "cont_screened_by_qualified", equals = "Y"}]',
     "date cont_contact_source_code is not a date column"),
    ('table = "ssd_contacts"\nperiod = "month"\ndate = "cont_contact_date"\n'
     'numerator = [{column = "cont_screened_by_qualified", equals = "Y"}]',
     "cont_screened_by_qualified is a flag column; true or false expected"),
])
def test_declarative_checked_at_load(tmp_path, body, message):
    path = toml(tmp_path, HEAD.format(id="q", unit="percent", area="front_door") + body + "\n")
    with pytest.raises(IndicatorsError, match=message):
        load_indicators([path], plugins=False)


def test_parse_reports_invalid_toml():
    assert parse_indicators("[[indicator]\n", "x.toml")[1][0].startswith("x.toml is not valid TOML")


def test_registered_leaves_the_registry_as_it_was(tmp_path):
    before = list(REGISTRY)
    inds = local(tmp_path, CP_PER_10K, id="scoped", unit="per_10k")
    with registered(inds):
        assert "scoped" in REGISTRY
    assert list(REGISTRY) == before


# --- the command line and the entry points --------------------------------------------------


def test_cli_reports_a_local_indicator_with_its_target_and_event(tmp_path):
    folder = write_extract(tmp_path / "x", cp_tables())
    targets = toml(tmp_path, "[cp_starts_per_10k]\nrange = [2, 3]\n", "targets.toml")
    events = toml(tmp_path, '[[event]]\ndate = 2014-02-03\nlabel = "New front door"\n'
                            'indicators = ["cp_starts_per_10k"]\n', "events.toml")
    result = CliRunner().invoke(cli, ["indicators", str(folder), "--month", AUG, "--format", "json",
                                      "--indicators", str(ROOT / "examples" / "indicators.toml"),
                                      "--targets", str(targets), "--events", str(events)])
    assert result.exit_code == 0, result.output
    by_id = {i["id"]: i for i in json.loads(result.stdout)["indicators"]}
    assert by_id["contacts_nfa"]["available"] is False  # no contacts in this extract
    mine = by_id["cp_starts_per_10k"]
    # starts 2013-09-01 .. 2014-08-31: pA, pB, pC, pD, pF1, pF2 -> 6 per 10,000, far above 2-3
    assert mine["series"][-1]["value"] == pytest.approx(6.0)
    assert mine["rag"]["rating"] == "red"
    assert [e["label"] for e in mine["events"]] == ["New front door"]
    assert "cp_starts_per_10k" not in REGISTRY  # the run's registration ended with it


def test_cli_error_names_file_and_line(tmp_path):
    path = toml(tmp_path, HEAD.format(id="q", unit="counts", area="front_door"))
    result = CliRunner().invoke(cli, ["indicators", str(tmp_path), "--month", AUG,
                                      "--indicators", str(path)])
    assert result.exit_code == 2
    assert "line 5: unknown unit 'counts'" in " ".join(result.stderr.split())


def test_entry_point_plugin(tmp_path, monkeypatch):
    """An installed package's entry point: a callable returning paths and Indicators."""
    pkg = tmp_path / "site"
    (pkg / "council_plugin").mkdir(parents=True)
    (pkg / "council_plugin" / "__init__.py").write_text(textwrap.dedent(f"""
        def indicators():
            return [{str(ROOT / 'examples' / 'indicators.toml')!r}]
    """))
    dist = pkg / "council_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: council-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        "[safeguarding.indicators]\ncouncil = council_plugin:indicators\n")
    monkeypatch.syspath_prepend(str(pkg))
    assert [i.id for i in load_indicators()] == ["contacts_nfa", "cp_starts_per_10k"]
    # the same ids from a file as well: duplicates
    with pytest.raises(IndicatorsError, match="duplicate id 'contacts_nfa'"):
        load_indicators([ROOT / "examples" / "indicators.toml"])


# --- Spark ------------------------------------------------------------------------------------


@pytest.mark.spark
def test_on_spark_declarative_equals_the_built_in_and_sql_is_not_available(tmp_path, monkeypatch):
    declared = local(tmp_path / "a", CP_PER_10K, id="cp_local", unit="per_10k")
    sql = local(tmp_path / "b", S47_NFA_SQL, id="s47_sql", unit="percent")
    monkeypatch.setattr(extracts, "ENGINE", "spark")
    with registered(declared + sql):
        res = run(tmp_path, {**cp_tables(), "ssd_person": people(*"ABCDEFG", "1"),
                             "ssd_s47_enquiry": S47_ROWS["ssd_s47_enquiry"]})
        assert _series(res["cp_local"]) == _series(res["cp_per_10k"])
        assert npv(point(res["cp_local"], AUG)) == (4, 10_000, pytest.approx(4.0))
        assert not res["s47_sql"].available
        assert res["s47_sql"].reason == SQL_ONLY_DUCKDB


def test_catalogue_command_documents_local_indicators(tmp_path):
    result = CliRunner().invoke(cli, ["catalogue", "--indicators",
                                      str(ROOT / "examples" / "indicators.toml")])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "### `contacts_nfa`: Contacts leading to no further action" in text
    assert "- Local indicator, defined in " in text and "indicators.toml line 5" in text
    # in its area: after the front door's built-ins, before the assessments
    assert text.index("`rereferrals_12m`") < text.index("`contacts_nfa`") < text.index("## Assessments")
    assert "contacts_nfa" not in CliRunner().invoke(cli, ["catalogue"]).stdout


def test_lines_inside_a_multi_line_string_are_not_keys(tmp_path):
    path = toml(tmp_path, HEAD.format(id="q", unit="count", area="front_door") + '''sql = """
SELECT la_code, month, count(*) AS numerator
FROM ssd_cp_plans
period = 1
"""
period = "weekly"
''')
    # line 14 is the real period key, not line 12 inside the query
    with pytest.raises(IndicatorsError, match=r"line 14: unknown period 'weekly'"):
        load_indicators([path], plugins=False)


def test_entry_point_module_registering_python_indicators(tmp_path, monkeypatch):
    """An entry point naming a module: importing it registers with @indicator, as built-ins do."""
    pkg = tmp_path / "site"
    pkg.mkdir()
    (pkg / "council_python.py").write_text(textwrap.dedent("""
        from safeguarding.indicators import indicator

        @indicator(id="plugin_cp_starts", name="CP plans started", unit="count",
                   polarity="neutral", area="child_protection", definition="Plans started.",
                   needs=("ssd_cp_plans",), period="month")
        def plugin_cp_starts(ctx):
            return ctx.in_month(ctx.table("ssd_cp_plans"), "cppl_cp_plan_start_date")
    """))
    dist = pkg / "council_python-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: council-python\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[safeguarding.indicators]\ncouncil = council_python\n")
    monkeypatch.syspath_prepend(str(pkg))
    try:
        assert load_indicators() == []  # registered by the import, not returned
        assert REGISTRY["plugin_cp_starts"].name == "CP plans started"
        res = run(tmp_path, {"ssd_person": people("1"),
                             "ssd_cp_plans": [plan("p1", "1", "2014-08-05")]})
        assert npv(point(res["plugin_cp_starts"], AUG)) == (1, None, 1)
    finally:
        REGISTRY.pop("plugin_cp_starts", None)
        sys.modules.pop("council_python", None)
