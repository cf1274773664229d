"""The `safeguarding` command: a thin layer over `safeguarding.app`."""

from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import app as core
from . import output, reference
from .benchmarks import MODELS
from .cli_benchmarks import benchmarks_app
from .engine import EngineError
from .judgement.targets import load_targets
from .policy import PolicyError, load_policy
from .sources import ExtractError
from .sources.issues import summarise
from .store import Store, StoreError

cli = typer.Typer(help="Children's safeguarding performance indicators from a Standard "
                       "Safeguarding Dataset extract.", no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)

Source = Annotated[Path, typer.Argument(help="An extract folder (extract.toml + ssd_*.csv/.parquet) "
                                             "or a .duckdb store made by `safeguarding load`.")]
AllowInvalid = Annotated[bool, typer.Option("--allow-invalid", help="Load without the rows that "
                                            "have errors (the output says how many and why).")]
AllowPartialMonth = Annotated[bool, typer.Option("--allow-partial-month", help="Report a month "
                                                 "that ends after the extract date, every output "
                                                 "marked \"PARTIAL MONTH: figures to <extract "
                                                 "date> only\" (refused otherwise).")]


class Engine(str, Enum):
    duckdb = "duckdb"
    spark = "spark"


EngineOption = Annotated[Engine, typer.Option(help="duckdb (embedded) or spark (pip install "
                                              "'safeguarding[spark]').")]
SparkMaster = Annotated[Optional[str], typer.Option(help="Spark master URL (default local[*], or "
                                                    "SPARK_MASTER / SPARK_REMOTE).")]


SnModel = Annotated[Optional[int], typer.Option(help="Statistical-neighbour model, 2021 or 2025 "
                                               "(default: the one in force in the month).")]
TargetsOption = Annotated[Optional[Path], typer.Option("--targets", help="A targets.toml with the "
                                                       "council's targets and tolerances.")]
BaselineMonths = Annotated[Optional[int], typer.Option(help="Months of history for the SPC charts "
                                                       "(default: all the extract holds, less its "
                                                       "first year, up to 60).")]


@contextmanager
def progress_bar(label: str):
    """A Rich progress bar on a terminal; silence otherwise. Yields a (done, total, what) callback."""
    if not err.is_terminal:
        yield None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[what]}"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task(label, total=None, what="")

        def update(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, what=what)

        yield update


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/bold red] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def _print_issues(issues, title: str) -> None:
    t = Table(title=title)
    for name in ("severity", "table", "row", "column", "value", "problem"):
        t.add_column(name)
    for i in issues:
        style = "red" if i.severity == "error" else "yellow"
        problem = f"{i.problem} ({i.detail})" if i.detail else i.problem
        t.add_row(f"[{style}]{i.severity}[/{style}]", i.table, "" if i.row is None else str(i.row),
                  i.column or "", escape(i.value or ""), escape(problem))
    out.print(t)


@cli.command()
def validate(
    source: Annotated[Path, typer.Argument(help="An extract folder.")],
    format: Annotated[Format, typer.Option(help="table or json.")] = Format.table,
) -> None:
    """Check an extract and report every problem at once (exit 1 if there are errors)."""
    try:
        checked = core.validate(source)
    except ExtractError as exc:
        fail(str(exc))
    if format is Format.json:
        print(json.dumps({"errors": len(checked.errors),
                          "warnings": len(checked.issues) - len(checked.errors),
                          "issues": [i.to_dict() for i in checked.issues]}, indent=2))
    else:
        rows = {name: t.num_rows for name, t in checked.tables.items()}
        out.print(f"Extract for la_code {checked.info.la_code}, extracted {checked.info.extracted_at}: "
                  f"{len(rows)} tables, {sum(rows.values()):,} valid rows.")
        if checked.issues:
            _print_issues(checked.issues, "Problems found (rows numbered as a spreadsheet shows them)")
            for line in summarise(checked.issues):
                out.print(escape(line), highlight=False)
        else:
            out.print("[green]No problems found.[/green]")
    if checked.errors:
        raise typer.Exit(1)


@cli.command()
def load(
    source: Annotated[Path, typer.Argument(help="An extract folder, or a folder of extract folders.")],
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store file to create or update.")],
    allow_invalid: AllowInvalid = False,
) -> None:
    """Check extracts and load them into a DuckDB store file (all or nothing)."""
    try:
        store = Store(db)
        with progress_bar("Loading extracts") as progress:
            loaded = core.load(source, store, allow_invalid=allow_invalid, progress=progress)
    except (core.InvalidExtract, ExtractError, StoreError) as exc:
        fail(str(exc))
    for checked in loaded:
        for note in core.load_notes(checked):
            err.print(f"{checked.info.la_code}: {escape(note)}", highlight=False)
    rows = sum(c.rows for c in loaded)
    codes = ", ".join(c.info.la_code for c in loaded)
    out.print(f"Loaded la_code {codes} into {db} ({rows:,} rows).")


@cli.command()
def indicators(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    format: Annotated[Format, typer.Option(help="table, json or csv.")] = Format.table,
    out_file: Annotated[Optional[Path], typer.Option("--out", help="Write to this file instead of the screen.")] = None,
    policy: Annotated[Optional[Path], typer.Option(help="A policy.toml with local standards.")] = None,
    la: Annotated[Optional[list[str]], typer.Option(help="Only this council (repeatable), from several.")] = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    sn_model: SnModel = None,
    targets: TargetsOption = None,
    baseline_months: BaselineMonths = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
) -> None:
    """Compute every indicator for the reporting month and the 12 months before it."""
    results = _compute(source, month, policy, la, engine, spark_master, sn_model, targets,
                       baseline_months, allow_invalid, allow_partial_month)
    if format is Format.table and out_file is None:
        for c in results:
            out.print(output.rich_table(c))
            for w in c.warnings:
                err.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False)
    else:
        text = output.to_csv(results) if format is Format.csv else output.to_json(results)
        if out_file:
            out_file.write_text(text, encoding="utf-8")
            err.print(f"Wrote {out_file}")
        else:
            sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    _fail_on_errors(results)


def _compute(source, month, policy, la, engine, spark_master, sn_model, targets, baseline_months,
             allow_invalid, allow_partial_month) -> list[core.CouncilIndicators]:
    if sn_model is not None and sn_model not in MODELS:
        fail(f"--sn-model must be one of {', '.join(map(str, MODELS))}", code=2)
    try:
        reporting_month = core.parse_month(month)
        chosen = load_policy(policy)
        chosen_targets = load_targets(targets)
        with progress_bar("Loading extracts") as progress:
            store = core.open_store(source, allow_invalid=allow_invalid, progress=progress)
        return core.run_indicators(store, reporting_month, policy=chosen, la_codes=la,
                                   engine=engine.value, spark_master=spark_master,
                                   sn_model=sn_model, targets=chosen_targets,
                                   baseline_months=baseline_months,
                                   allow_partial_month=allow_partial_month)
    except (core.InvalidExtract, ValueError, ExtractError, StoreError, PolicyError, EngineError) as exc:
        fail(str(exc))


def _fail_on_errors(results: list[core.CouncilIndicators]) -> None:
    failed = [r for c in results for r in c.failed]
    if failed:
        for r in failed:
            err.print(f"[bold red]error:[/bold red] {r.indicator.id} ({r.la_code}): {escape(r.error)}",
                      highlight=False)
        raise typer.Exit(1)


@cli.command()
def summary(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    policy: Annotated[Optional[Path], typer.Option(help="A policy.toml with local standards.")] = None,
    la: Annotated[Optional[list[str]], typer.Option(help="Only this council (repeatable), from several.")] = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    sn_model: SnModel = None,
    targets: TargetsOption = None,
    baseline_months: BaselineMonths = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
) -> None:
    """The judgement for the reporting month: ratings, benchmark positions, direction of travel,
    signals and the key messages with their drafted commentary."""
    results = _compute(source, month, policy, la, engine, spark_master, sn_model, targets,
                       baseline_months, allow_invalid, allow_partial_month)
    for c in results:
        out.print(output.summary_table(c))
        if c.partial_month:
            out.print(f"[bold red]{escape(c.partial_note)}[/bold red]", highlight=False)
        out.print("[bold]Key messages[/bold]" if c.key_messages else "No key messages: nothing red, "
                  "worsening significantly or in the worst quartile.")
        for i, m in enumerate(c.key_messages, 1):
            out.print(f"{i}. {escape(m['text'])}", highlight=False)
        for w in c.warnings:
            err.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False)
    _fail_on_errors(results)


@cli.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the extract into.")],
    la: Annotated[str, typer.Option(help="DfE 3-digit council number, e.g. 884 (Herefordshire).")] = "884",
    start: Annotated[str, typer.Option(help="First month of activity, YYYY-MM.")] = "2011-09",
    end: Annotated[str, typer.Option(help="Last month of activity, YYYY-MM.")] = "2014-08",
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same files.")] = 1,
    scale: Annotated[float, typer.Option(help="Multiply the council's child population.")] = 1.0,
    errors: Annotated[bool, typer.Option("--errors", help="Add a known set of data-quality faults.")] = False,
) -> None:
    """Write a synthetic, realistic SSD extract for a council."""
    from .synth import write_synthetic_extract

    try:
        council = reference.council(la)
        core.parse_month(start)
        core.parse_month(end)
        population, _, _ = reference.population_for_year(la, int(end[:4]))
    except (KeyError, ValueError) as exc:
        fail(str(exc).strip("'\""))
    started = time.perf_counter()
    try:
        counts = write_synthetic_extract(out_dir, la_code=la, la_name=council.name, population=population,
                                         start=start, end=end, seed=seed, scale=scale, errors=errors)
    except ValueError as exc:
        fail(str(exc))
    out.print(f"Wrote a synthetic extract for {council.name} ({la}) to {out_dir} in "
              f"{time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{t} {n:,}" for t, n in counts.items() if isinstance(n, int)))


@cli.command("synth-region")
def synth_region(
    out_dir: Annotated[Path, typer.Argument(help="Folder to hold one extract folder per council.")],
    councils: Annotated[Optional[int], typer.Option(help="The first N councils by DfE number.")] = None,
    region: Annotated[Optional[str], typer.Option(help="Every council of a region, e.g. 'West Midlands'.")] = None,
    england: Annotated[bool, typer.Option("--england", help="Every council in England.")] = False,
    start: Annotated[str, typer.Option(help="First month of activity, YYYY-MM.")] = "2011-09",
    end: Annotated[str, typer.Option(help="Last month of activity, YYYY-MM.")] = "2014-08",
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same files.")] = 1,
    scale: Annotated[float, typer.Option(help="Multiply every council's child population.")] = 1.0,
) -> None:
    """Write synthetic extracts for many councils, with their real 0-17 populations."""
    from .region import choose_councils, write_region

    if sum(x is not None and x is not False for x in (councils, region, england)) != 1:
        fail("choose one of --councils N, --region NAME or --england", code=2)
    try:
        core.parse_month(start)
        year = core.parse_month(end).year
        chosen = choose_councils(year=year, count=councils, region=region)
    except ValueError as exc:
        fail(str(exc))
    started = time.perf_counter()
    try:
        with progress_bar(f"Writing {len(chosen)} synthetic extracts") as progress:
            children = write_region(out_dir, chosen, year=year, start=start, end=end, seed=seed,
                                    scale=scale, progress=progress)
    except ValueError as exc:
        fail(str(exc))
    out.print(f"Wrote {len(chosen)} synthetic extracts ({children * scale:,.0f} children aged 0-17) "
              f"to {out_dir} in {time.perf_counter() - started:.0f} s.")


class Classification(str, Enum):
    open = "open"
    internal = "internal"


@cli.command()
def report(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the report pack.")],
    classification: Annotated[Classification, typer.Option(
        help="open (small numbers shown as c, as the DfE does) or internal (everything, "
             "stamped not for publication).")] = Classification.open,
    report_settings: Annotated[Optional[Path], typer.Option("--report-settings", help="A report.toml "
                               "with the committee, meeting date and author for the cover report.")] = None,
    policy: Annotated[Optional[Path], typer.Option(help="A policy.toml with local standards.")] = None,
    la: Annotated[Optional[list[str]], typer.Option(help="Only this council (repeatable), from several.")] = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    sn_model: SnModel = None,
    targets: TargetsOption = None,
    baseline_months: BaselineMonths = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
) -> None:
    """Write the report pack: performance report (HTML and PDF), data workbook (XLSX) and the
    committee cover report (DOCX). Several councils get a folder each."""
    from .report.pack import write_pack
    from .report.settings import load_report_settings

    try:
        settings = load_report_settings(report_settings)
    except ValueError as exc:
        fail(str(exc))
    results = _compute(source, month, policy, la, engine, spark_master, sn_model, targets,
                       baseline_months, allow_invalid, allow_partial_month)
    _fail_on_errors(results)
    for c in results:
        folder = out_dir if len(results) == 1 else out_dir / c.la_code
        try:
            with progress_bar(f"Writing the report pack for {c.la_name or c.la_code}") as progress:
                written = write_pack(c, folder, classification=classification.value,
                                     settings=settings, progress=progress)
        except OSError as exc:
            fail(f"the report pack could not be written to {folder} ({exc}); "
                 "any pack already there is unchanged")
        out.print(f"{c.la_name or c.la_code} ({c.la_code}), {c.month:%B %Y}, {classification.value}:")
        for path in written:
            out.print(f"  {path}", highlight=False)


@cli.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the synthetic extract and the pack.")]
    = Path("safeguarding-demo"),
) -> None:
    """Build a synthetic Herefordshire-sized council and write its whole report pack for
    August 2014."""
    synth(out_dir / "extract", la="884", start="2011-09", end="2014-08", seed=1, scale=1.0, errors=False)
    report(out_dir / "extract", month="2014-08", out_dir=out_dir / "report",
           classification=Classification.open, report_settings=None, policy=None, la=None,
           engine=Engine.duckdb, spark_master=None, sn_model=None, targets=None,
           baseline_months=None, allow_invalid=False, allow_partial_month=False)


cli.add_typer(benchmarks_app, name="benchmarks")
app = cli
