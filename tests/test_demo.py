"""The README's first command, end to end: a synthetic council's whole report pack."""

from typer.testing import CliRunner

from safeguarding.cli import cli
from safeguarding.report.pack import FILES


def test_demo_writes_the_whole_pack(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in FILES:
        path = tmp_path / "report" / name
        assert path.is_file() and path.stat().st_size > 10_000, name
        assert str(path) in result.output.replace("\n", "")
    assert (tmp_path / "extract" / "extract.toml").is_file()
