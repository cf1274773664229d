"""Documentation generated from the code: the indicator catalogue and the CLI reference.

`python scripts/gen_docs.py` writes docs/indicators.md and docs/cli.md; a test fails when
they drift from the registry or the commands' --help.
"""

from __future__ import annotations

from .indicators import AREAS, REGISTRY

UNIT_LABELS = {"count": "count", "percent": "%", "per_10k": "per 10,000 children", "mean": "mean per worker"}
PERIOD_LABELS = {"month": "events in the month", "rolling": "events in the 12 months to the month end",
                 "month_end": "what is open at the month end"}


def _period(ind) -> str:
    text = PERIOD_LABELS[ind.period]
    if ind.lookback is None:
        return f"{text}, reading all earlier history"
    return f"{text}, reading {ind.lookback} months before" if ind.lookback else text


def catalogue_markdown() -> str:
    """The catalogue of every registered indicator: the built-ins, and the local indicators
    while they are registered (`safeguarding catalogue --indicators FILE`)."""
    lines = [
        "# Indicator catalogue",
        "",
        "Generated from the indicator registry (`src/safeguarding/indicators/`) by",
        "`scripts/gen_docs.py`; do not edit by hand. Conventions (reporting month, working days,",
        "month ends, population year, empty denominators) are those of the shared catalogue",
        "`docs/indicators.md` in the project's shared material, summarised in the README.",
        "",
    ]
    for area, title in AREAS.items():
        lines += [f"## {title}", ""]
        for ind in (i for i in REGISTRY.values() if i.area == area):
            lines += [
                f"### `{ind.id}`: {ind.name}",
                "",
                f"- Unit: {UNIT_LABELS[ind.unit]}; polarity: {ind.polarity}",
                f"- Needs: {', '.join(f'`{n}`' for n in ind.needs)}",
                f"- Period: {_period(ind)} (which months a return covering a window supports)",
                f"- DfE benchmark: {ind.benchmark or 'none'}",
                *([f"- Local indicator, defined in {ind.origin}"
                   + (" (SQL, DuckDB only)" if ind.sql else "")] if ind.origin else []),
                "",
                ind.definition,
                "",
            ]
    return "\n".join(lines)


def cli_reference() -> str:
    from typer.testing import CliRunner

    from .cli import cli

    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    parts = ["# Command-line reference", "",
             "Generated from `safeguarding --help` by `scripts/gen_docs.py`; do not edit by hand.", ""]
    commands = [[]] + sorted([c.name or c.callback.__name__] for c in cli.registered_commands)
    for group in cli.registered_groups:
        commands.append([group.name])
        commands += sorted([group.name, c.name or c.callback.__name__]
                           for c in group.typer_instance.registered_commands)
    for words in commands:
        name = " ".join(words)
        args = [*words, "--help"]
        text = runner.invoke(cli, args, env=env, prog_name="safeguarding").output
        text = "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
        parts += [f"## safeguarding {name or ''}".rstrip(), "", "```text", text, "```", ""]
    return "\n".join(parts)
