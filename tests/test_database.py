"""SSD tables read in place from a database (sources/database.py).

PostgreSQL: a real server (tests/pg.py) loaded with the synthetic county; its `indicators`
must be the files' own, byte for byte. SQL Server: the same code path, its SQL compiled and
checked without a server. No test here needs a password, and none may print one.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import ibis
import pytest
from typer.testing import CliRunner

from extracts import write_extract
from pg import Server, load_extract
from safeguarding import app
from safeguarding.cli import app as cli
from safeguarding.schema import TABLES
from safeguarding.sources import ExtractError
from safeguarding.sources import database
from safeguarding.store import Store

runner = CliRunner()
COUNTY = dict(la="884", extracted_at="2014-09-03", la_name="Herefordshire")


# --- no server needed -------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "postgresql://analyst:s3cretpw@db.council.gov.uk/ssd?la=884",
    "postgresql://db.council.gov.uk/ssd?la=884&password=s3cretpw",
    "mssql://sa:s3cretpw@sql01/HDM_Local?la=884",
    "mssql://sql01/HDM_Local?la=884&PWD=s3cretpw",
])
def test_a_password_in_the_url_is_refused_and_never_echoed(url):
    with pytest.raises(ExtractError, match="must not hold a password") as caught:
        database.parse(url)
    assert "s3cretpw" not in str(caught.value) and "analyst" not in str(caught.value)
    result = runner.invoke(cli, ["validate", url])
    assert result.exit_code == 2
    assert "s3cretpw" not in result.output + (result.stderr or "")
    assert "PGPASSWORD" in (result.stderr or "") or "SQLCMDPASSWORD" in (result.stderr or "")


def test_the_url_is_parsed_and_shown_redacted():
    db = database.parse("postgresql://analyst@db.council.gov.uk:5433/ssd_live?schema=ssd&"
                        "prefix=&la=884&extracted_at=2024-05-01&sslmode=require")
    assert (db.engine, db.host, db.port, db.database, db.user, db.schema, db.prefix) == (
        "postgresql", "db.council.gov.uk", 5433, "ssd_live", "analyst", "ssd", "")
    assert db.options == {"sslmode": "require"}
    assert db.redacted == "postgresql://db.council.gov.uk:5433/ssd_live"  # no user, no settings
    assert db.table_name("ssd_cin_episodes") == "cin_episodes"
    info = database.info(db, None)
    assert (info.la_code, info.extracted_at, info.source_system) == (
        "884", dt.date(2024, 5, 1), "postgresql://db.council.gov.uk:5433/ssd_live")
    assert database.parse("mssql:///?dsn=SSD_LIVE&la=884").redacted == "mssql://dsn=SSD_LIVE"


def test_extracted_at_defaults_to_the_day_of_the_read_and_la_is_needed():
    db = database.parse("postgres://h/d")
    assert database.info(db, "884", today=dt.date(2025, 3, 4)).extracted_at == dt.date(2025, 3, 4)
    assert database.info(db, "884").extracted_at == dt.date.today()
    with pytest.raises(ExtractError, match=r"\?la=CODE in the URL or --la"):
        database.info(db, None)


@pytest.mark.parametrize("url, message", [
    ("postgresql://h/d?la=884&shema=ssd", "settings not known here: shema"),
    ("postgresql://h/d?la=884&la=885", "gives la more than once"),
    ("postgresql://h/d?la=884&extracted_at=31/08/2014", "extracted_at '31/08/2014' is not a date"),
    ("postgresql://h/d?la=884&settings=/no/such/council.toml", "council.toml cannot be read"),
    ("postgresql://h/d?la=E06000019", "is an ONS code"),
    ("postgresql://h:port/d?la=884", "a port must be a number"),
])
def test_bad_settings_are_refused_with_the_reason(url, message):
    with pytest.raises(ExtractError, match=message):
        database.info(database.parse(url), None)


def test_settings_come_from_a_toml_file_the_url_overrides(tmp_path):
    """The council's settings file holds what extract.toml would (a [population] too)."""
    toml = tmp_path / "council.toml"
    toml.write_text('la_code = "884"\nla_name = "Herefordshire Council"\n'
                    'source_system = "Mosaic SSD"\n[population]\n2024 = 36100\n')
    db = database.parse(f"postgresql://h/d?settings={toml}&la_name=Herefordshire")
    info = database.info(db, None, today=dt.date(2025, 3, 4))
    assert (info.la_code, info.la_name, info.source_system, info.population, info.extracted_at) == (
        "884", "Herefordshire", "Mosaic SSD", {2024: 36100}, dt.date(2025, 3, 4))
    toml.write_text('la_code = "884"\n[population]\n2024 = -1\n')
    with pytest.raises(ExtractError, match=r"the postgresql URL or .*council.toml: \[population\]"):
        database.info(db, None)


def test_the_url_reaches_the_app_whole():
    """A URL on the command line is not made a Path (which would fold its `//`)."""
    assert app.source_paths("postgresql://h/d?la=884") == ["postgresql://h/d?la=884"]
    result = runner.invoke(cli, ["validate", "mssql://sql01/ssd?la=884", "--source-kind", "cin"])
    assert result.exit_code == 2 and "--source-kind must be ssd" in result.stderr


def _unbound(name: str, extra: dict[str, str] | None = None) -> ibis.Table:
    kinds = {"id": "string", "text": "string", "date": "date", "datetime": "timestamp",
             "flag": "boolean"}
    spec = TABLES[name]
    schema = {c.name.upper(): kinds[c.kind] for c in spec.columns} | (extra or {})
    return ibis.table(schema, name=f"ssd_{name.removeprefix('ssd_')}", catalog="HDM_Local",
                      database="ssd")


def test_the_sql_server_query_reads_only_contract_columns_in_key_order():
    """The query SQL Server runs (Ibis's mssql dialect): the contract's columns as the
    database names them (any case), nothing else, numbered in key order."""
    table = _unbound("ssd_cp_plans", extra={"CHILD_NAME": "string", "NOTES": "string"})
    from safeguarding.sources.folder import _columns

    columns, issues = _columns("ssd_cp_plans", list(table.columns))
    assert {i.value for i in issues} == {"CHILD_NAME", "NOTES"}  # warned about, not read
    sql = ibis.to_sql(database.read_query(table, TABLES["ssd_cp_plans"], columns), dialect="mssql")
    assert "FROM [HDM_Local].[ssd].[ssd_cp_plans]" in sql
    assert "CHILD_NAME" not in sql and "NOTES" not in sql
    for c in TABLES["ssd_cp_plans"].columns:
        assert f"[t0].[{c.name.upper()}] AS [{c.name}]" in sql
    order = sql[sql.index("ORDER BY"):]
    assert order.index("[CPPL_CP_PLAN_ID]") < order.index("[CPPL_PERSON_ID]")  # the key first
    assert "ROW_NUMBER() OVER" in sql and "AS [_row]" in sql
    assert "CAST" not in sql.replace("AS BIGINT", "")  # values come typed; text is made here


# --- a real PostgreSQL server ----------------------------------------------------------------

@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """The synthetic county as CSV files, and as typed tables in a real PostgreSQL server
    (schema ssd); the same, without ssd_cla_visits, in schema partial with prefix sg_."""
    from safeguarding.synth import write_synthetic_extract

    folder = tmp_path_factory.mktemp("county") / "extract"
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=36000,
                            start="2012-09", end="2014-08", seed=1)
    partial = tmp_path_factory.mktemp("partial") / "extract"
    shutil.copytree(folder, partial)
    (partial / "ssd_cla_visits.csv").unlink()
    server = Server()
    try:
        server.create_database("county")
        load_extract(server, "county", folder, "ssd")
        load_extract(server, "county", partial, "partial", prefix="sg_")
        yield server, folder, partial
    finally:
        server.stop()


def _indicators(source) -> dict:
    result = runner.invoke(cli, ["indicators", str(source), "--month", "2014-08", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.postgres
def test_indicators_from_postgres_equal_the_files(county):
    server, folder, _ = county
    url = server.url("county", schema="ssd", **COUNTY)
    assert _indicators(url) == _indicators(folder)


@pytest.mark.postgres
def test_a_missing_table_makes_its_indicators_not_available(county):
    server, _, partial = county
    url = server.url("county", schema="partial", prefix="sg_", **COUNTY)
    from_db, from_files = _indicators(url), _indicators(partial)
    assert from_db == from_files
    lacking = [r for r in from_db["indicators"] if not r["available"]]
    assert lacking and all("ssd_cla_visits" in r["reason"] for r in lacking)
    assert all(p["value"] is None for r in lacking for p in r["series"])  # never zero


@pytest.mark.postgres
def test_the_store_records_the_source_without_credentials(county):
    server, _, _ = county
    url = server.url("county", schema="ssd", la_name="Herefordshire")  # the council from --la
    store = Store()
    try:
        app.load(url, store, la_code="884")
        [council] = store.councils()
    finally:
        store.close()
    assert council["source_system"] == f"postgresql://{server.root}/county"
    assert council["source_kind"] == "ssd" and council["la_name"] == "Herefordshire"
    assert council["la_code"] == "884" and council["extracted_at"] == dt.date.today()
    assert not any("postgres@" in n or "host=" in n for n in council["notes"])


def _bad_tables() -> dict[str, list[dict]]:
    person = [{"pers_person_id": "P1", "pers_dob": "2005-01-01", "pers_sex": "F"},
              {"pers_person_id": "P2", "pers_dob": "31/02/2005", "pers_sex": "M"},
              {"pers_person_id": "P1", "pers_dob": "2006-01-01", "pers_sex": "F"},
              {"pers_person_id": "", "pers_dob": "2007-01-01", "pers_sex": "M"}]
    plans = [{"cppl_cp_plan_id": "1", "cppl_person_id": "P9", "cppl_cp_plan_start_date": "2014-01-01",
              "cppl_cp_plan_end_date": "2013-01-01", "cppl_cp_plan_initial_category": "NEG",
              "cppl_cp_plan_latest_category": "NEG"},
             {"cppl_cp_plan_id": "2", "cppl_person_id": "P1", "cppl_cp_plan_start_date": "2099-01-01",
              "cppl_cp_plan_end_date": "", "cppl_cp_plan_initial_category": "NEG",
              "cppl_cp_plan_latest_category": "NEG"}]
    return {"ssd_person": person, "ssd_cp_plans": plans}


@pytest.fixture(scope="module")
def bad(county, tmp_path_factory):
    """A small extract with errors, as files and in schema bad, every cell as text in the
    database (no type would take them): (its URL, its folder)."""
    server, _, _ = county
    folder = write_extract(tmp_path_factory.mktemp("bad") / "extract", _bad_tables(),
                           extracted_at="2014-09-30")
    load_extract(server, "county", folder, "bad", typed=False)
    return server.url("county", schema="bad", la="884", extracted_at="2014-09-30"), folder


@pytest.mark.postgres
def test_bad_data_in_a_table_gets_the_files_errors(bad):
    """The same issues as the files, with rows numbered by their position in key order rather
    than line."""
    url, folder = bad
    from_files = app.validate(folder)
    from_db = app.validate(url)

    def key(i):
        return tuple(str(x) for x in (i.severity, i.table, i.column, i.value, i.problem))

    assert sorted(map(key, from_db.issues)) == sorted(map(key, from_files.issues))
    assert len(from_db.errors) >= 5
    # ssd_person in key order (then pers_dob): P1 2005, P1 2006, P2, and the empty id last
    [dup] = [i for i in from_db.issues if i.problem == "duplicate key"]
    assert (dup.table, dup.row, dup.detail) == ("ssd_person", 2, "first at row 1")
    [bad_date] = [i for i in from_db.issues if i.column == "pers_dob" and i.severity == "error"]
    assert bad_date.row == 3


@pytest.mark.postgres
def test_a_schema_without_ssd_tables_is_refused_clearly(county):
    server, _, _ = county
    with pytest.raises(ExtractError, match="has no SSD table .* check \\?schema= and \\?prefix="):
        app.validate(server.url("county", schema="nowhere", la="884"))


def test_without_a_server_the_tests_skip_except_under_ci(monkeypatch):
    import pg

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        pg.unavailable("no PostgreSQL server binaries")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run under CI"):
        pg.unavailable("no PostgreSQL server binaries")


@pytest.mark.postgres
def test_the_password_comes_from_the_environment_and_is_never_shown(county, monkeypatch, tmp_path):
    server, _, _ = county
    server.add_role("analyst", "pw-Xq7-secret")
    url = server.url("county", schema="ssd", **COUNTY).replace("postgres@", "analyst@")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))  # not the runner's own ~/.pgpass
    with pytest.raises(ExtractError, match=f"cannot connect to postgresql://{server.root}/county: "):
        app.validate(url)  # no password anywhere: the server's refusal, redacted
    monkeypatch.setenv("PGPASSWORD", "wrong-password")
    result = runner.invoke(cli, ["validate", url])
    assert result.exit_code == 2 and "password authentication failed" in result.stderr
    assert "wrong-password" not in result.output + result.stderr
    monkeypatch.setenv("PGPASSWORD", "pw-Xq7-secret")
    db = tmp_path / "store.duckdb"
    result = runner.invoke(cli, ["load", url, "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "pw-Xq7-secret" not in result.output + result.stderr and "analyst" not in result.output
    assert b"pw-Xq7-secret" not in db.read_bytes() and b"analyst" not in db.read_bytes()


@pytest.mark.postgres
def test_validate_lists_a_database_s_problems_and_exits_1(bad):
    result = runner.invoke(cli, ["validate", bad[0], "--format", "json"])
    assert result.exit_code == 1
    problems = {i["problem"] for i in json.loads(result.stdout)["issues"]}
    assert {"duplicate key", "person id not in ssd_person", "before cppl_cp_plan_start_date"} <= problems
    shown = runner.invoke(cli, ["validate", bad[0]], env={"COLUMNS": "200"})
    assert shown.exit_code == 1 and "rows numbered by their position in key order" in shown.stdout


@pytest.mark.postgres
@pytest.mark.spark
def test_spark_indicators_from_postgres_equal_duckdb_s_from_the_files(county):
    """Loading is the same for every engine: one Spark run (slow to start) from the database
    against DuckDB's from the files; every engine's numbers are identical."""
    server, folder, _ = county
    url = server.url("county", schema="ssd", **COUNTY)
    result = runner.invoke(cli, ["indicators", url, "--month", "2014-08", "--format", "json",
                                 "--engine", "spark"])
    assert result.exit_code == 0, result.stderr
    from_db, from_files = json.loads(result.stdout), _indicators(folder)
    assert (from_db.pop("engine"), from_files.pop("engine")) == ("spark", "duckdb")
    assert from_db == from_files


def test_sql_server_is_reached_by_dsn_or_with_credentials_from_the_environment():
    dsn = database.parse("mssql:///HDM_Local?dsn=SSD_LIVE&encrypt=yes&la=884")
    assert database.mssql_connection(dsn, {}) == "DSN=SSD_LIVE;encrypt=yes;DATABASE=HDM_Local"
    url = database.parse("mssql://sql01:1450/HDM_Local?driver=ODBC Driver 18 for SQL Server&la=884")
    trusted = database.mssql_connection(url, {})
    assert trusted == dict(host="sql01", port=1450, database="HDM_Local",
                           driver="ODBC Driver 18 for SQL Server", user=None, password=None)
    env = {"SQLCMDUSER": "ssd_reader", "SQLCMDPASSWORD": "from-the-environment"}
    given = database.mssql_connection(url, env)
    assert (given["user"], given["password"]) == ("ssd_reader", "from-the-environment")
    assert url.redacted == "mssql://sql01:1450/HDM_Local"


@pytest.mark.postgres
def test_tables_named_alike_in_any_case_are_refused_and_others_named(county):
    server, _, _ = county
    with server.connect("county") as con:
        con.execute("CREATE SCHEMA twice")
        con.execute('CREATE TABLE twice.ssd_person (pers_person_id text, "PERS_DOB" date, notes text)')
        con.execute('CREATE TABLE twice."SSD_PERSON" (pers_person_id text)')
        con.execute("CREATE TABLE twice.ssd_cp_plans (cppl_cp_plan_id text)")
        con.execute("CREATE TABLE twice.ssd_scratch (x text)")
    checked = app.validate(server.url("county", schema="twice", la="884"))
    found = {(i.severity, i.table, i.value, i.problem) for i in checked.issues}
    assert ("error", "ssd_person", "SSD_PERSON, ssd_person",
            "more than one table for this table (names differing in case): keep one") in found
    assert ("warning", "extract folder", "ssd_scratch",
            "not a table of the data contract: not read") in found
    assert ("error", "ssd_cp_plans", None, "required column missing") in {
        (i.severity, i.table, i.value, i.problem) for i in checked.issues}
    assert "ssd_person" not in checked.tables
