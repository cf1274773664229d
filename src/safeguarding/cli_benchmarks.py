"""`safeguarding benchmarks`: look up, list neighbours, update the DfE benchmark table.

A thin layer over `safeguarding.benchmarks`; mounted in cli.py as
``cli.add_typer(benchmarks_app, name="benchmarks")``.
"""

# No `from __future__ import annotations` here: Typer reads every command's signature on
# each run, and a string annotation costs it an evaluation (see cli.py).

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import benchmarks, reference
from .benchmarks.neighbours import command_model, model_name, reorganised_neighbours
from .cli_errors import fail
from .formatting import terminal

benchmarks_app = typer.Typer(
    help="Published DfE figures: a council beside its statistical neighbours, region and England.",
    add_completion=False, no_args_is_help=True)
out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)  # a note is one line


class Format(str, Enum):
    table = "table"
    json = "json"


La = Annotated[Optional[str], typer.Option("--la", help="DfE 3-digit council number, e.g. 884.")]
SnModel = Annotated[Optional[int], typer.Option(
    "--sn-model", help="Statistical-neighbour model, 2021 or 2025 (default: the one in force "
                       "today, the same for the lookup and the neighbours listing).")]
FormatOption = Annotated[Format, typer.Option("--format", help="table or json.")]


def _council(la: str | None):
    if not la:
        fail("give a council with --la (a DfE 3-digit number, e.g. 884)")
    try:
        return reference.council(la)
    except KeyError as exc:
        fail(str(exc).strip("'\""))


def _show(v: float | None, mark: str | None, unit: str) -> str:
    if v is None:
        return f"[dim]{mark or '–'}[/dim]"
    return f"{v:.1f}%" if unit == "percent" else f"{v:.1f}"


def _print_json(doc: dict) -> None:
    sys.stdout.write(json.dumps(doc, indent=2) + "\n")


def _model(council, sn_model: int | None, today: dt.date) -> tuple[int | None, str | None, str]:
    """(model, note, "DfE model of April 2025" or why there is none): the same for both
    commands (``command_model``: the one in force today unless --sn-model says)."""
    try:
        model, note = command_model(council.la_code, sn_model, today)
    except ValueError as exc:
        fail(str(exc))
    return model, note, model_name(model) if model else f"none ({note})"


def _say_model(used: str) -> None:
    out.print(f"Statistical neighbours: {used}", highlight=False)


@benchmarks_app.callback(invoke_without_command=True)
def lookup(
    ctx: typer.Context,
    la: La = None,
    year: Annotated[Optional[int], typer.Option(help="DfE year ending 31 March (default: each measure's latest).")] = None,
    measure: Annotated[Optional[str], typer.Option(help="One measure, e.g. CPP_rate (then each neighbour is shown).")] = None,
    format: FormatOption = Format.table,
    sn_model: SnModel = None,
) -> None:
    """Show a council's published figures beside its neighbours, region and England.

    The neighbours are those of the statistical-neighbour model in force today for every year
    shown (the model `benchmarks neighbours` lists), unless --sn-model says otherwise."""
    if ctx.invoked_subcommand is not None:
        return
    council = _council(la)
    today = dt.date.today()
    model, _, used = _model(council, sn_model, today)
    try:
        rows = benchmarks.profile(council.la_code, year=year, measure=measure, sn_model=sn_model,
                                  on=today)
    except (KeyError, ValueError) as exc:
        fail(str(exc).strip("'\""))
    if format is Format.json:
        _print_json({"la_code": council.la_code, "la_name": council.name,
                     "sn_model": model, "statistical_neighbours": used,
                     "table": benchmarks.location(), "figures": rows,
                     "attribution": benchmarks.ATTRIBUTION})
        return
    t = Table(title=f"{council.name} ({council.la_code}): published DfE figures",
              caption=f"Neighbours: mean of the n with a published figure. Quartile among the "
                      f"councils with a published figure, 1 = best (volumes: 1 = lowest), ties "
                      f"sharing the better rank.\n{benchmarks.ATTRIBUTION}")
    t.add_column("Measure", no_wrap=True)
    for name in ("Year", council.name, "Neighbours", "n", council.region_name, "England", "Quartile"):
        t.add_column(name, justify="right")
    for r in rows:
        if not r["available"]:
            t.add_row(r["measure"], str(r["year"] or ""), "[dim]none[/dim]")
            continue
        unit = benchmarks.BY_CODE[r["measure"]].unit
        t.add_row(r["measure"], str(r["year"]), _show(r["council"], r["council_mark"], unit),
                  _show(r["neighbours"], None, unit), str(r["neighbours_n"]),
                  _show(r["region"], r["region_mark"], unit),
                  _show(r["england"], r["england_mark"], unit), str(r["quartile"] or "–"))
    out.print(t)
    _say_model(used)
    # Each note once, in order, with the measures it is about unless it is about all of them
    # (a reason a measure is not available names it already).
    about: dict[str, list[str]] = {}
    for r in rows:
        for note in [r["reason"]] if not r["available"] else r.get("notes") or []:
            about.setdefault(note, []).append(r["measure"])
    reasons = {r["reason"] for r in rows if not r["available"]}
    for note, measures in about.items():
        which = (f" ({', '.join(measures)})" if note not in reasons and len(rows) > 1
                 and len(measures) < len(rows) else "")
        err.print(f"[yellow]note:[/yellow] {note}{which}", highlight=False)
    if measure and rows[0]["available"] and rows[0]["sn_model"]:
        _print_neighbour_values(rows[0])


def _print_neighbour_values(r: dict) -> None:
    unit = benchmarks.BY_CODE[r["measure"]].unit
    t = Table(title=f"{r['measure']} {r['year']}: statistical neighbours "
                    f"({model_name(r['sn_model']) if r['sn_model'] else 'none'})",
              caption=benchmarks.ATTRIBUTION)
    for name in ("Rank", "Code", "Neighbour", "Figure", "Used"):
        t.add_column(name)
    for rank, s in enumerate(r["neighbour_values"], start=1):
        t.add_row(str(rank), s["la_code"], s["name"], _show(s["value"], s["mark"], unit),
                  "" if s["used"] == [s["la_code"]] else "+".join(s["used"]))
    out.print(t)


@benchmarks_app.command("neighbours")
def neighbours_command(la: La = None, sn_model: SnModel = None,
                       format: FormatOption = Format.table) -> None:
    """List a council's ten statistical neighbours, closest first.

    The model is the one in force today (the one the lookup, `benchmarks --la`, uses), unless
    --sn-model says otherwise."""
    council = _council(la)
    model, note, used = _model(council, sn_model, dt.date.today())
    if model is None:
        fail(note)
    try:
        codes = benchmarks.neighbours(council.la_code, model)
    except (KeyError, ValueError) as exc:
        fail(str(exc).strip("'\""))
    notes = ([note] if note else []) + reorganised_neighbours(codes)
    rows = []
    for rank, code in enumerate(codes, start=1):
        try:
            c = reference.council(code)
            rows.append({"rank": rank, "la_code": code, "la_name": c.name, "region": c.region_name})
        except KeyError:
            rows.append({"rank": rank, "la_code": code, "la_name": None, "region": None})
    if format is Format.json:
        _print_json({"la_code": council.la_code, "la_name": council.name, "sn_model": model,
                     "statistical_neighbours": used, "neighbours": rows, "notes": notes})
        return
    t = Table(title=f"Statistical neighbours of {council.name} ({council.la_code}), {used}")
    for name in ("Rank", "Code", "Council", "Region"):
        t.add_column(name)
    for r in rows:
        t.add_row(str(r["rank"]), r["la_code"], r["la_name"] or "?", r["region"] or "")
    out.print(t)
    _say_model(used)
    for n in notes:
        err.print(f"[yellow]note:[/yellow] {n}", highlight=False)


@benchmarks_app.command("update")
def update(
    files: Annotated[list[Path], typer.Argument(help="DfE downloads: the LAIT long file, EES CSVs "
                                                "(b1, c1, d3, d5, looked-after rates, placement "
                                                "stability) and the ONS 0-17 population file.")],
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start from an empty table instead "
                                          "of the one in use.")] = False,
) -> None:
    """Merge newer DfE downloads into your copy of the benchmark table.

    Written to $SAFEGUARDING_DATA_DIR/benchmarks (default ~/.local/share/safeguarding/benchmarks),
    which is then used instead of the shipped table; delete it to go back."""
    from .benchmarks.build import Built, build
    from .benchmarks.store import population, save, table, user_dir

    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        fail(f"no such file: {', '.join(missing)}")
    base = None if rebuild else Built(table(), population())
    built = build(files, base)  # an unrecognised or unreadable file: UnrecognisedFile, one line
    for note in built.notes:
        err.print(terminal(note))
    before = None if base is None else base.table
    target = user_dir()
    save(built.table, built.population, target)
    years = built.table.groupby("measure").year.agg(["min", "max"])
    out.print(terminal(f"Wrote {len(built.table):,} rows to {target} "
                       f"({'rebuilt' if before is None else f'was {len(before):,}'}); years: "
                       + ", ".join(f"{m} {r['min']}-{r['max']}" for m, r in years.iterrows())),
              highlight=False)
    out.print(benchmarks.ATTRIBUTION)
