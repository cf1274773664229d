"""`safeguarding run --config`: one scheduled command, its exit codes, its log, and running it
twice changing nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extracts import people, write_extract
from test_snapshots import MAY, PEOPLE, plan
from typer.testing import CliRunner

from safeguarding import scheduled
from safeguarding.cli import cli
from safeguarding.report.pack import FILES

runner = CliRunner()


def config(tmp_path: Path, **keys) -> Path:
    values = {"source": "extract", "store": "store/s.duckdb", "out": "packs", "month": "2014-04",
              **keys}
    path = tmp_path / "council.toml"
    path.write_text("".join(f'{k} = "{v}"\n' for k, v in values.items()), encoding="utf-8")
    return path


def run(path: Path) -> tuple[int, str]:
    result = runner.invoke(cli, ["run", "--config", str(path)])
    return result.exit_code, " ".join(result.output.split())


def log_lines(tmp_path: Path) -> list[list[str]]:
    return [line.split("\t") for line in (tmp_path / "packs" / scheduled.LOG).read_text().splitlines()]


def fingerprint(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).digest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != scheduled.LOG}


def test_a_run_writes_the_pack_and_a_second_run_changes_nothing(tmp_path):
    write_extract(tmp_path / "extract", {"ssd_person": PEOPLE, "ssd_cp_plans": MAY},
                  extracted_at="2014-05-03")
    path = config(tmp_path)
    code, output = run(path)
    assert code == scheduled.DONE, output
    assert "report pack written" in output
    pack = tmp_path / "packs" / "2014-04"
    assert sorted(p.name for p in pack.iterdir()) == sorted([*FILES, scheduled.STAMP])
    before = fingerprint(tmp_path / "packs") | fingerprint(tmp_path / "store")
    code, output = run(path)
    assert code == scheduled.DONE and "already up to date" in output, output
    assert fingerprint(tmp_path / "packs") | fingerprint(tmp_path / "store") == before
    header, first, second = log_lines(tmp_path)
    assert header == ["time", "councils", "month", "snapshots", "outcome", "exit_code"]
    assert first[1:] == ["884", "2014-04", "1", "done", "0"]
    assert second[1:] == ["884", "2014-04", "1", "done, already up to date", "0"]
    # A new extract is a new snapshot, and the pack is made again from it.
    write_extract(tmp_path / "extract", {"ssd_person": PEOPLE,
                                         "ssd_cp_plans": [*MAY, plan("p9", "1", "2014-04-02")]},
                  extracted_at="2014-05-04")
    code, output = run(path)
    assert code == scheduled.DONE and "report pack written" in output, output
    assert log_lines(tmp_path)[-1][1:] == ["884", "2014-04", "2", "done", "0"]


def test_an_internal_run_writes_the_case_lists_and_an_open_run_never(tmp_path):
    import openpyxl

    from safeguarding.report.pack import CASES_FILE

    write_extract(tmp_path / "extract", {"ssd_person": PEOPLE, "ssd_cp_plans": MAY},
                  extracted_at="2014-05-03")
    code, output = run(config(tmp_path, classification="internal"))
    assert code == scheduled.DONE, output
    pack = tmp_path / "packs" / "2014-04"
    assert sorted(p.name for p in pack.iterdir()) == sorted([*FILES, CASES_FILE, scheduled.STAMP])
    sheets = openpyxl.load_workbook(pack / CASES_FILE, read_only=True).sheetnames
    assert "cp_open_2yrs" in sheets and "due soon" in sheets, sheets
    (pack / CASES_FILE).unlink()  # a pack missing its case lists is not up to date
    code, output = run(config(tmp_path, classification="internal"))
    assert code == scheduled.DONE and "report pack written" in output, output
    assert (pack / CASES_FILE).is_file()
    code, output = run(config(tmp_path, classification="open"))
    assert code == scheduled.DONE and "report pack written" in output, output
    assert CASES_FILE not in {p.name for p in pack.iterdir()}


def test_a_source_not_there_yet_or_a_month_not_complete_is_not_ready(tmp_path):
    code, output = run(config(tmp_path))  # no extract folder yet
    assert code == scheduled.NOT_READY, output
    assert "not there yet" in output
    write_extract(tmp_path / "extract", {"ssd_person": PEOPLE, "ssd_cp_plans": MAY},
                  extracted_at="2014-05-03")
    code, output = run(config(tmp_path, month="2014-05"))
    assert code == scheduled.NOT_READY and "ends after the extract date" in output, output
    assert [line[4:] for line in log_lines(tmp_path)[1:]] == [
        ["source not ready or partial month", "3"]] * 2
    assert not (tmp_path / "packs" / "2014-05").exists()


def test_invalid_data_and_a_bad_config_have_their_own_codes(tmp_path):
    write_extract(tmp_path / "extract", {"ssd_person": people("1"), "ssd_cp_plans": [
        plan("p1", "1", "2014-13-45")]}, extracted_at="2014-05-03")
    code, output = run(config(tmp_path))
    assert code == scheduled.INVALID and "has 1 error" in output, output
    assert log_lines(tmp_path)[-1][4:] == ["invalid data", "4"]
    code, output = run(config(tmp_path, colour="blue"))
    assert code == scheduled.FAILED and "unknown key(s) colour" in output, output


def test_a_database_source_is_kept_as_its_url_and_a_silent_server_is_not_ready(tmp_path):
    config_file = tmp_path / "council.toml"
    config_file.write_text('source = "postgresql://127.0.0.1:1/ssd?la=884"\n'
                           'store = "store.duckdb"\nout = "packs"\n', encoding="utf-8")
    config = scheduled.read_config(config_file)
    assert config.source == "postgresql://127.0.0.1:1/ssd?la=884"  # never made a path
    outcome = scheduled.run(config)  # nothing listens on port 1
    assert outcome.code == scheduled.NOT_READY and "cannot connect" in outcome.message
