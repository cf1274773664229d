"""Malformed input never gives a traceback.

Each case runs the command in-process (Typer's CliRunner) and asserts what a user sees: exit
code 2 (1 is kept for "the data has errors"), exactly one line on stderr and it starts with
``error:``, no traceback; and, run again with ``safeguarding --debug``, the traceback. One test
runs the installed entry point in a subprocess, to show the same holds outside the test runner.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pathlib
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding import engine
from safeguarding.cli import cli

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
MONTH = ["--month", "2014-08"]


def run(*args):
    return runner.invoke(cli, [str(a) for a in args])


def assert_clean_failure(*args, codes=(2,)) -> str:
    """The failure is one `error:` line on stderr with an exit code in `codes`, and --debug adds
    the traceback. Returns the line."""
    result = run(*args)
    assert result.exit_code in codes, (result.exit_code, result.output, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    assert "\x1b" not in result.stderr and "\x00" not in result.stderr  # no terminal control
    debug = run("--debug", *args)
    assert debug.exit_code == result.exit_code
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.splitlines()[-1] == lines[0]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def extract(tmp_path_factory) -> Path:
    """A small valid extract (the tests that change it make their own)."""
    return write_extract(tmp_path_factory.mktemp("fuzz") / "x", {
        "ssd_person": people("1", "2"),
        "ssd_cp_plans": [{"cppl_cp_plan_id": "p1", "cppl_person_id": "1",
                          "cppl_cp_plan_start_date": "2014-01-10", "cppl_cp_plan_end_date": ""}],
    })


@pytest.fixture(scope="module")
def store(extract, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.duckdb"
    assert run("load", extract, "--db", db).exit_code == 0
    return db


# --- Tables that cannot be read as the contract's columns --------------------------------------

def duplicate_header(folder: Path) -> None:
    (folder / "ssd_person.csv").write_text("pers_person_id,pers_dob,pers_person_id\n1,2005-01-01,2\n")


def case_duplicate_header(folder: Path) -> None:
    (folder / "ssd_person.csv").write_text("pers_person_id,pers_dob,PERS_PERSON_ID\n1,2005-01-01,2\n")


def nested_parquet(folder: Path) -> None:
    (folder / "ssd_person.csv").unlink()
    pq.write_table(pa.table({"pers_person_id": ["1"], "pers_dob": [{"day": 1, "text": "x"}]}),
                   folder / "ssd_person.parquet")


UNREADABLE = [duplicate_header, case_duplicate_header, nested_parquet]


@pytest.mark.parametrize("spoil", UNREADABLE, ids=lambda f: f.__name__)
def test_an_unreadable_table_is_one_line(spoil, tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    spoil(folder)
    # 2 while the reader fails on it; 1 ("the data has errors") once it is reported as an error
    # in the extract, as sources/ is being changed to do.
    assert_clean_failure("indicators", folder, *MONTH, codes=(1, 2))
    assert_clean_failure("load", folder, "--db", tmp_path / "s.duckdb", codes=(1, 2))


@pytest.mark.parametrize("spoil", UNREADABLE, ids=lambda f: f.__name__)
def test_an_unreadable_table_is_named(spoil, tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    spoil(folder)
    result = run("validate", folder)
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert "unexpected failure" not in result.output and "ssd_person" in result.output


# --- extract.toml -------------------------------------------------------------------------------

@pytest.mark.parametrize("toml", [
    'la_code = "884"\nextracted_at = "2014-09-30"\npopulation = 5\n',
    'la_code = "884"\nextracted_at = "2014-09-30"\n[population]\n2014 = "many"\n',
    'la_code = "884"\nextracted_at = "2014-09-30"\n[population]\n2014 = -1\n',
], ids=["not-a-table", "not-a-number", "negative"])
def test_bad_population(toml, tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    (folder / "extract.toml").write_text(toml)
    assert_clean_failure("indicators", folder, *MONTH)
    assert_clean_failure("validate", folder)


def test_bad_toml(tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    (folder / "extract.toml").write_text('la_code = "884\nextracted_at = 2014-09-30\n')
    assert "is not valid TOML" in assert_clean_failure("indicators", folder, *MONTH)


def test_markup_in_la_name_is_shown_as_text(tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    name = "[/bold]x[bold]y[/bold] <script>alert(1)</script>"
    toml = (folder / "extract.toml").read_text()
    (folder / "extract.toml").write_text(f'la_name = "{name}"\n' + toml)
    for command in ("indicators", "summary"):
        result = run(command, folder, *MONTH)
        assert result.exit_code == 0, result.output
        assert name in result.stdout  # literally: no style, no crash


# --- Settings files -----------------------------------------------------------------------------

@pytest.mark.parametrize("option, text", [
    ("--policy", "cp_visit_interval_wd = 8\x1b[2J\n"),
    ("--policy", '"\\u001b[2J" = 8\n'),  # valid TOML: an unknown key, named without its ESC
    ("--targets", "[cp_per_10k]\x00\nrange = [1, 2]\n"),
    ("--targets", "[cp_per_10k]\nrange = [1, 2]\n\x1b[2J"),
    ("--policy", b"cp_visit_interval_wd = 8 # caf\xe9\n"),  # Windows-1252, not UTF-8
    ("--events", '[[event]]\ndate = 2014-02-03\nlabel = "\\u001b[2J"\nindicators = "all"\n'),
    ("--events", '[[event]]\ndate = 2014-02-03\nlabel = "x"\nindicators = ["\\u001b[2J"]\n'),
    ("--events", b'[[event]]\ndate = 2014-02-03\nlabel = "caf\xe9"\nindicators = "all"\n'),
], ids=["policy-esc", "policy-esc-key", "targets-nul", "targets-esc", "policy-cp1252",
        "events-esc-label", "events-esc-id", "events-cp1252"])
def test_control_characters_in_settings_files(option, text, extract, tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_bytes(text if isinstance(text, bytes) else text.encode())
    assert_clean_failure("indicators", extract, *MONTH, option, settings)


def test_control_characters_in_report_settings(extract, tmp_path):
    settings = tmp_path / "report.toml"
    settings.write_text('committee = "Children\x1b[2J\x00"\n')
    assert_clean_failure("report", extract, *MONTH, "--out", tmp_path / "pack",
                         "--report-settings", settings)
    assert not (tmp_path / "pack").exists()


# --- benchmarks update --------------------------------------------------------------------------

@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """Where `benchmarks update` writes: a temporary folder, never the user's own."""
    monkeypatch.setenv("SAFEGUARDING_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_benchmarks_update_refuses_an_excel_workbook(tmp_path, data_dir):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Short Desc", "Years", "LA Number", "Values"])
    wb.active.append(["CPP_rate", "2016", "884", "40"])
    wb.save(tmp_path / "lait.xlsx")
    assert "spreadsheet workbook" in assert_clean_failure("benchmarks", "update", tmp_path / "lait.xlsx")
    assert not data_dir.exists()


def test_benchmarks_update_refuses_a_windows_1252_csv(tmp_path, data_dir):
    path = tmp_path / "lait.csv"
    path.write_bytes("Short Desc,Years,LA Number,Values,LA and Regions\n"
                     "CPP_rate,2016,884,40,Caf\xe9\n".encode("cp1252"))
    assert "not UTF-8" in assert_clean_failure("benchmarks", "update", path)
    assert not data_dir.exists()


def test_benchmarks_markup_in_an_argument_is_shown_as_text():
    line = assert_clean_failure("benchmarks", "--la", "[red]x[/red]")
    assert "[red]x[/red]" in line


# --- Output files -------------------------------------------------------------------------------

def test_report_out_naming_a_file(extract, tmp_path):
    taken = tmp_path / "pack"
    taken.write_text("not a folder")
    assert "needs a folder" in assert_clean_failure("report", extract, *MONTH, "--out", taken)
    assert taken.read_text() == "not a folder"


@pytest.mark.parametrize("command", [["indicators", "{x}", *MONTH], ["validate", "{x}"]])
def test_out_naming_a_folder(command, extract, tmp_path):
    args = [extract if a == "{x}" else a for a in command]
    assert "is a folder" in assert_clean_failure(*args, "--out", tmp_path)


def test_format_contradicting_the_out_extension(extract, tmp_path):
    line = assert_clean_failure("indicators", extract, *MONTH, "--format", "json",
                                "--out", tmp_path / "aug.csv")
    assert "--format json does not match" in line
    assert not (tmp_path / "aug.csv").exists()


def test_an_output_file_that_cannot_be_written(extract, tmp_path, monkeypatch):
    # Tests run as root, for whom file permissions do not apply. Two stand-ins for "the file is
    # open in Excel" (on Windows, a PermissionError): a path under a regular file, which no one
    # can create ...
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    line = assert_clean_failure("indicators", extract, *MONTH, "--out", blocker / "aug.csv")
    assert line == f"error: {blocker / 'aug.csv'}: Not a directory"
    # ... and the PermissionError itself, raised where the file is written.
    held = tmp_path / "held.csv"
    write_text = pathlib.Path.write_text

    def refuse(self, *args, **kwargs):
        if self == held:
            raise PermissionError(13, "Permission denied", str(self))
        return write_text(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "write_text", refuse)
    line = assert_clean_failure("indicators", extract, *MONTH, "--out", held)
    assert line.startswith(f"error: {held}: Permission denied; if another program has it open")


# --- Stores -------------------------------------------------------------------------------------

def test_a_store_of_another_schema_version(store, tmp_path):
    old = tmp_path / "old.duckdb"
    old.write_bytes(store.read_bytes())
    with duckdb.connect(str(old)) as con:
        con.execute("UPDATE meta SET schema_version = 99, package_version = '9.9'")
    before = digest(old)
    line = assert_clean_failure("indicators", old, *MONTH)
    assert "this store was made by safeguarding schema 99 (safeguarding 9.9)" in line
    assert "safeguarding load" in line
    assert_clean_failure("load", old.parent.parent / "nowhere", "--db", old)
    assert digest(old) == before


def test_a_store_from_before_schema_versions(store, tmp_path):
    old = tmp_path / "old.duckdb"
    old.write_bytes(store.read_bytes())
    with duckdb.connect(str(old)) as con:
        con.execute("DROP TABLE meta")  # as stores were before they recorded a version:
        con.execute("CREATE TABLE extracts (la_code VARCHAR)")  # one extract per council
    assert "schema 0" in assert_clean_failure("indicators", old, *MONTH)


def test_a_foreign_duckdb_file(extract, tmp_path):
    foreign = tmp_path / "sales.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE orders (id INTEGER, total DECIMAL(9, 2))")
    before = digest(foreign)
    assert "not a safeguarding store" in assert_clean_failure("indicators", foreign, *MONTH)
    assert "not a safeguarding store" in assert_clean_failure("load", extract, "--db", foreign)
    assert digest(foreign) == before
    with duckdb.connect(str(foreign), read_only=True) as con:
        assert [t for (t,) in con.execute("SHOW TABLES").fetchall()] == ["orders"]


def test_a_file_that_is_not_duckdb(extract, tmp_path):
    other = tmp_path / "notes.duckdb"
    other.write_text("minutes of the meeting\n")
    assert "cannot be opened as a DuckDB store" in assert_clean_failure("indicators", other, *MONTH)
    assert_clean_failure("load", extract, "--db", other)
    assert other.read_text() == "minutes of the meeting\n"


# --- Engines ------------------------------------------------------------------------------------

def test_spark_without_java(extract, tmp_path, monkeypatch):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-java"))
    monkeypatch.delenv("SPARK_REMOTE", raising=False)
    # A fresh cache: a session another test started must not stand in for a start without Java.
    monkeypatch.setattr(engine, "spark_session", functools.cache(engine.spark_session.__wrapped__))
    line = assert_clean_failure("indicators", extract, *MONTH, "--engine", "spark")
    assert "the Spark engine needs Java 17 or later" in line


# --- Usage --------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["indicators", "{x}"],                                 # --month missing
    ["indicators", "{x}", "--month", "August"],
    ["indicators", "{x}", *MONTH, "--format", "xml"],
    ["indicators", "{x}", *MONTH, "--baseline-months", "3"],
    ["indicators", "{x}", *MONTH, "--sn-model", "1999"],
    ["indicators", "{x}", *MONTH, "--la", "999"],
    ["indicators", "{x}/nowhere", *MONTH],
    ["no-such-command"],
    ["--no-such-option", "validate", "{x}"],
], ids=lambda a: " ".join(a).replace("{x}", "X"))
def test_usage_mistakes(args, extract):
    assert_clean_failure(*[str(a).replace("{x}", str(extract)) for a in args])


def test_the_installed_command_fails_in_one_line(tmp_path):
    """The console script (`safeguarding = safeguarding.cli:app`) outside the test runner."""
    command = [sys.executable, "-c", "from safeguarding.cli import app; app()"]
    args = ["indicators", str(tmp_path / "nowhere"), *MONTH]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    plain = subprocess.run(command + args, capture_output=True, text=True, env=env)
    assert plain.returncode == 2 and plain.stdout == ""
    assert plain.stderr == f"error: {tmp_path / 'nowhere'} does not exist\n"
    debug = subprocess.run(command + ["--debug", *args], capture_output=True, text=True, env=env)
    assert debug.returncode == 2 and "Traceback (most recent call last)" in debug.stderr


@pytest.mark.parametrize("text", ["Hereford\\u001b[2Jshire", "Here\\u200bford"], ids=["escape", "format-char"])
def test_control_characters_in_la_name_are_refused(text, tmp_path):
    # TOML's \u escapes make a valid file whose name holds "clear the screen" or a hidden mark.
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1")})
    toml = folder / "extract.toml"
    toml.write_text(f'la_name = "{text}"\n' + toml.read_text())
    assert "la_name holds control characters" in assert_clean_failure("validate", folder)
