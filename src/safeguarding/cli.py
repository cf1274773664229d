"""The `safeguarding` command: a thin layer over `safeguarding.app`."""

# No `from __future__ import annotations` in the command modules: Typer reads every
# command's signature on each run, and string annotations cost it an evaluation each (about
# 20 ms of a run for the whole command tree).

import datetime as dt
import io
import json
import sys
import time
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

from dataclasses import replace

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import app as core
from . import cli_web, output, reference
from .benchmarks import MODELS
from .cli_benchmarks import benchmarks_app
from .cli_errors import DATA_ERRORS, Group, error_line, fail
from .csvtext import csv_text
from .formatting import terminal
from .judgement.assess import KEY_MESSAGES as REPORT_KEY_MESSAGES
from .judgement.assess import REPORT_POINTS
from .judgement.events import load_events
from .indicators.local import load_indicators, registered
from .judgement.targets import load_targets
from .policy import load_policy
from .report.disclosure import controlled_breakdowns
from .sources.database import is_url
from .revisions import revisions as find_revisions, with_report_notes
from .sources.detect import KINDS as KIND_NAMES
from .sources.issues import summarise
from .store import Store

# Group: every failure becomes one `error:` line and exit code 2 (1: the data has errors); see
# cli_errors. No locals in a traceback that escapes it anyway: they may hold children's data.
cli = typer.Typer(cls=Group, help="Children's safeguarding performance indicators from a Standard "
                  "Safeguarding Dataset extract.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_show_locals=False)
out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)  # a message is one line


# Text, not a Path: a database URL's `//` would be folded to one slash (app turns paths into Paths).
SOURCE_HELP = ("An SSD extract folder (extract.toml + ssd_*.csv/.parquet), a database holding the "
               "SSD tables (postgresql://HOST/DB?la=CODE or mssql://..., no password: see "
               "docs/database-sources.md), a CIN census XML file, a folder of SSDA903 CSVs, an "
               "Annex A workbook, a folder of several of these for one council, or a folder of "
               "extract folders (one per council)")
Source = Annotated[str, typer.Argument(help=SOURCE_HELP + ", or a .duckdb store made by "
                                             "`safeguarding load`.")]


class SourceKind(str, Enum):
    ssd = "ssd"
    cin = "cin"
    ssda903 = "903"
    annex_a = "annex-a"


SourceKindOption = Annotated[Optional[SourceKind], typer.Option(
    "--source-kind", help="The kind of source, when detection from its content should be "
                          "overridden.")]
LaOption = Annotated[Optional[str], typer.Option(
    "--la", help="The council's DfE 3-digit number, where the source does not name it (an "
                 "SSDA903 return) or to override what it says.")]
LaOptions = Annotated[Optional[list[str]], typer.Option(
    "--la", help="Only this council (repeatable), from several; for one council's source, its "
                 "DfE number where the source does not name it (an SSDA903 return).")]
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


def settings_file(path: Path | None) -> Path | None:
    """A settings file option (--policy, --targets, --events, --report-settings) must be readable
    UTF-8 text: a usage error as the options are read, before any work (the loaders check the
    rest)."""
    if path is not None:
        try:
            path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise typer.BadParameter(f"{path} is not UTF-8 text: save it as UTF-8") from None
        except OSError as exc:
            raise typer.BadParameter(f"{path}: {exc.strerror}") from None
    return path


def parse_date(text: str | None, option: str = "--as-at"):
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"{option} {text!r} is not a date, YYYY-MM-DD")


AsAtOption = Annotated[Optional[str], typer.Option(
    "--as-at", help="Use each council's snapshot as it was on this date, YYYY-MM-DD: the latest "
                    "extract taken on or before it (default: the latest snapshot).")]
SnModel = Annotated[Optional[int], typer.Option(help="Statistical-neighbour model, 2021 or 2025 "
                                               "(default: the one in force in the month).")]
TargetsOption = Annotated[Optional[Path], typer.Option(
    "--targets", callback=settings_file, help="A targets.toml with the council's targets and "
                                              "tolerances.")]
EventsOption = Annotated[Optional[Path], typer.Option(
    "--events", callback=settings_file, help="An events.toml with dated events to mark on the "
                                             "charts; an event with rebase = true recalculates "
                                             "the SPC limits from its month.")]
PolicyOption = Annotated[Optional[Path], typer.Option(callback=settings_file, help="A policy.toml "
                                                      "with local standards.")]
LocalIndicators = Annotated[Optional[Path], typer.Option(
    "--indicators", help="An indicators.toml, or a folder of them, with the council's own "
                         "indicators (docs/local-indicators.md); computed, judged and reported "
                         "beside the catalogue's.")]
BaselineMonths = Annotated[Optional[int], typer.Option(min=REPORT_POINTS, help="Months of history "
                                                       "for the SPC charts (default: all the "
                                                       "extract holds, less its first year, up to "
                                                       "60).")]


class By(str, Enum):
    sex = "sex"
    age = "age"
    ethnicity = "ethnicity"
    disability = "disability"
    team = "team"
    worker = "worker"


class Classification(str, Enum):
    open = "open"
    internal = "internal"


ByOption = Annotated[Optional[By], typer.Option(
    "--by", help="Add each indicator's breakdown by the child's sex, age band (DfE bands, at the "
                 "month end), ethnicity (DfE major groups) or disability, or by the team or "
                 "worker (internal only) the child is allocated to at the month end: one series "
                 "per group (docs/breakdowns.md).")]
WORKER_REFUSED = ("a breakdown by worker names workers and their caseloads: it is only produced "
                  "in the internal classification. Run again with --classification internal, "
                  "and keep the output where only those entitled to see it can read it")


@cli.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="On a failure, show the full traceback as "
                                        "well as the one-line error (for a bug report).")] = False,
) -> None:
    # --debug is read where failures are handled: cli_errors.Group.
    pass


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


# The format an --out file's extension implies when --format is not given.
EXTENSIONS = {".json": Format.json, ".csv": Format.csv}

FormatOption = Annotated[Optional[Format], typer.Option(
    help="table, json or csv (default: from the --out file's extension, .json or .csv; else "
         "table, written as plain text to a file).")]
OutFile = Annotated[Optional[Path], typer.Option("--out", help="Write to this file instead of "
                                                 "the screen.")]


def output_format(format: Format | None, out_file: Path | None) -> Format:
    """The format asked for: --format, else the --out file's extension, else a table. Checked
    before any work is done: a --format the extension contradicts, or --out naming a folder."""
    implied = EXTENSIONS.get(out_file.suffix.lower()) if out_file else None
    if format and implied and format is not implied:
        fail(f"--format {format.value} does not match --out {out_file.name}: name the file "
             f"*.{format.value}, or leave out --format")
    if out_file is not None and out_file.is_dir():
        fail(f"--out {out_file} is a folder: give a file name, e.g. {out_file / 'output.csv'}")
    return format or implied or Format.table


def emit(text: str, out_file: Path | None) -> None:
    """Text to the --out file, or to stdout."""
    if out_file is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    out_file.write_text(text, encoding="utf-8", newline="")  # as it is: CSV rows end in CRLF
    err.print(f"Wrote {terminal(out_file)}")


def show(renderables: list, out_file: Path | None) -> None:
    """Rich tables and lines on the screen, or as plain text (no colour codes) to the --out file."""
    if out_file is None:
        for r in renderables:
            out.print(r)
        return
    console = Console(file=io.StringIO(), width=120, color_system=None)
    for r in renderables:
        console.print(r)
    emit(console.file.getvalue(), out_file)


def warn(message: str) -> None:
    """A warning on stderr (a load note that already says "warning: " keeps one)."""
    err.print(f"[yellow]warning:[/yellow] {terminal(message.removeprefix('warning: '))}")


ISSUE_COLUMNS = ("severity", "table", "row", "column", "value", "problem", "detail")


def _issues_table(issues, title: str) -> Table:
    t = Table(title=title)
    for name in ISSUE_COLUMNS[:-1]:
        t.add_column(name)
    for i in issues:
        style = "red" if i.severity == "error" else "yellow"
        problem = f"{i.problem} ({i.detail})" if i.detail else i.problem
        t.add_row(f"[{style}]{i.severity}[/{style}]", terminal(i.table),
                  "" if i.row is None else str(i.row), terminal(i.column or ""),
                  terminal(i.value or ""), terminal(problem))
    return t


@cli.command()
def validate(
    source: Annotated[str, typer.Argument(help=SOURCE_HELP.split(", or a folder of extract")[0] + ".")],
    format: FormatOption = None,
    out_file: OutFile = None,
    source_kind: SourceKindOption = None,
    la: LaOption = None,
) -> None:
    """Check a source and report every problem at once (exit 1 if there are errors)."""
    chosen = output_format(format, out_file)
    checked = core.validate(source, kind=source_kind and source_kind.value, la_code=la)
    if chosen is Format.json:
        emit(json.dumps({"errors": len(checked.errors),
                         "warnings": len(checked.issues) - len(checked.errors),
                         "issues": [i.to_dict() for i in checked.issues]}, indent=2), out_file)
    elif chosen is Format.csv:  # for the data team: one row per problem
        emit(csv_text(ISSUE_COLUMNS, ([i.severity, i.table, i.row, i.column, i.value, i.problem,
                                       i.detail] for i in checked.issues)), out_file)
    else:
        rows = {name: t.num_rows for name, t in checked.tables.items()}
        shown: list = [f"{KIND_NAMES[checked.kind]} for la_code {terminal(checked.info.la_code)}, extracted "
                       f"{checked.info.extracted_at}: {len(rows)} tables, "
                       f"{sum(rows.values()):,} valid rows."]
        if checked.issues:
            rows_are = ("by their position in key order" if is_url(source)
                        else "as a spreadsheet shows them")
            shown.append(_issues_table(checked.issues, f"Problems found (rows numbered {rows_are})"))
            shown += [terminal(line) for line in summarise(checked.issues)]
        else:
            shown.append("[green]No problems found.[/green]")
        show(shown, out_file)
    if checked.errors:
        raise typer.Exit(DATA_ERRORS)


@cli.command()
def load(
    source: Annotated[str, typer.Argument(help=SOURCE_HELP + ".")],
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store file to create or update.")],
    allow_invalid: AllowInvalid = False,
    source_kind: SourceKindOption = None,
    la: LaOption = None,
) -> None:
    """Check sources and load them into a DuckDB store file (all or nothing)."""
    store = Store(db)
    try:
        with progress_bar("Loading extracts") as progress:
            loaded = core.load(source, store, allow_invalid=allow_invalid, progress=progress,
                               kind=source_kind and source_kind.value, la_code=la)
    finally:
        store.close()
    for checked in loaded:
        for note in core.load_notes(checked):
            err.print(terminal(f"{checked.info.la_code}: {note}"))
    for checked in loaded:
        snapshot, new = checked.snapshot
        if new:
            out.print(terminal(f"Loaded la_code {checked.info.la_code} into {db} as snapshot "
                               f"{snapshot}, extracted {checked.info.extracted_at} "
                               f"({checked.rows:,} rows)."))
        else:
            out.print(terminal(f"la_code {checked.info.la_code}: this extract is already loaded "
                               f"as snapshot {snapshot}; nothing written."))


@cli.command()
def history(
    db: Annotated[Path, typer.Argument(help="A DuckDB store made by `safeguarding load`.")],
    verify: Annotated[bool, typer.Option("--verify", help="Recompute each snapshot's content "
                                         "hash and check it matches (exit 2 if one does not).")] = False,
) -> None:
    """List the snapshots a store holds: council, snapshot, extract date, when loaded, the kind
    of source, rows and content hash (the latest of each council marked *)."""
    store = Store(db, read_only=True)
    try:
        snapshots = store.snapshots()
        latest = {c["snapshot_id"] for c in store.councils()}
        bad = [s["snapshot_id"] for s in snapshots if verify and not store.verify(s["snapshot_id"])]
    finally:
        store.close()
    t = Table(title=f"Snapshots in {terminal(db)}")
    for name in ("council", "snapshot", "extracted", "loaded at", "source", "rows", "hash",
                 *(["verified"] if verify else [])):
        t.add_column(name)
    for s in snapshots:
        t.add_row(terminal(s["la_code"]),
                  f"{s['snapshot_id']}{' *' if s['snapshot_id'] in latest else ''}",
                  str(s["extracted_at"]), str(s["loaded_at"]), terminal(s["source_kind"]),
                  f"{s['rows']:,}", s["content_hash"][:12],
                  *([("[red]NO[/red]" if s["snapshot_id"] in bad else "yes")] if verify else []))
    show([t], None)
    if bad:
        fail(f"snapshot {', '.join(map(str, bad))} no longer matches its content hash")


@cli.command()
def indicators(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    format: FormatOption = None,
    out_file: OutFile = None,
    policy: PolicyOption = None,
    la: LaOptions = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    sn_model: SnModel = None,
    targets: TargetsOption = None,
    events: EventsOption = None,
    local_indicators: LocalIndicators = None,
    baseline_months: BaselineMonths = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
    source_kind: SourceKindOption = None,
    as_at: AsAtOption = None,
    by: ByOption = None,
    classification: Annotated[Classification, typer.Option(
        help="For a breakdown (--by): open (the default: every cell of 1 to 5 children, and any "
             "cell that would give one back, shown as c; no breakdown by worker) or internal "
             "(every cell, and --by worker). The indicators' own figures are shown in full "
             "either way (docs/disclosure.md).")] = Classification.open,
) -> None:
    """Compute every indicator for the reporting month and the 12 months before it."""
    if by is By.worker and classification is not Classification.internal:
        fail(f"--by worker: {WORKER_REFUSED}")
    chosen = output_format(format, out_file)
    results = _compute(source, month, policy, la, engine, spark_master, sn_model, targets,
                       baseline_months, allow_invalid, allow_partial_month, source_kind, events,
                       local_indicators, as_at, by=by and by.value)
    if by and classification is Classification.open:
        results = [replace(c, results=controlled_breakdowns(c.results)) for c in results]
    if chosen is Format.json:  # the document carries the warnings
        emit(output.to_json(results), out_file)
    else:
        if chosen is Format.csv:
            emit(output.to_csv(results), out_file)
        else:
            show([t for c in results for t in (output.rich_table(c), *output.breakdown_tables(c))],
                 out_file)
        for c in results:
            for w in c.warnings:
                warn(w)
    _fail_on_errors(results)


class CasesFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


CASES_REFUSED = ("case lists name children: they are only ever produced in the internal "
                 "classification. Run again with --classification internal, and keep the output "
                 "where only those entitled to see these children's records can read it")


@cli.command()
def cases(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    classification: Annotated[str, typer.Option(
        help="Must be internal: case lists are child-level and never open (required, so that "
             "nobody produces them by accident).")],
    indicator: Annotated[Optional[list[str]], typer.Option(
        "--indicator", help="Only this percentage indicator (repeatable; default: all).")] = None,
    horizon: Annotated[int, typer.Option(
        help="Due soon: what falls due in this many working days after the month end (or "
             "--from).")] = 10,
    due_from: Annotated[Optional[str], typer.Option(
        "--from", help="Due soon: look forward from this date, YYYY-MM-DD, in the reporting "
                       "month or the year after it (default: the month end); the records are "
                       "those open at the month end.")] = None,
    format: Annotated[Optional[CasesFormat], typer.Option(
        help="table, json, csv or xlsx (default: from the --out file's extension; else "
             "table). xlsx needs --out.")] = None,
    out_file: OutFile = None,
    policy: PolicyOption = None,
    la: LaOptions = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
    source_kind: SourceKindOption = None,
    as_at: AsAtOption = None,
) -> None:
    """INTERNAL ONLY. The cases behind each percentage indicator's figure for the month (each case
    in the denominator, whether it is in the numerator, the dates that decide it, how late, and
    the allocated team and worker at month end), misses first; and what falls due soon (CP and
    CLA visits and reviews, assessments). See docs/case-lists.md."""
    from . import case_output
    from .cases import run_cases

    if classification != "internal":
        fail(f"--classification {classification}: {CASES_REFUSED}")
    implied = {".json": CasesFormat.json, ".csv": CasesFormat.csv,
               ".xlsx": CasesFormat.xlsx}.get(out_file.suffix.lower()) if out_file else None
    if format and implied and format is not implied:
        fail(f"--format {format.value} does not match --out {out_file.name}")
    chosen = format or implied or CasesFormat.table
    if chosen is CasesFormat.xlsx and out_file is None:
        fail("--format xlsx needs --out FILE.xlsx")
    if out_file is not None and out_file.is_dir():
        fail(f"--out {out_file} is a folder: give a file name")
    reporting_month, start = parse_month(month), parse_date(due_from, "--from")
    with progress_bar("Loading extracts") as progress:
        store = core.open_store(source, allow_invalid=allow_invalid, progress=progress,
                                kind=source_kind and source_kind.value,
                                la_code=la[0] if la and len(la) == 1 else None,
                                as_at=parse_date(as_at))
    try:
        councils = run_cases(store, reporting_month, ids=indicator, la_codes=la,
                             policy=load_policy(policy), engine=engine.value,
                             spark_master=spark_master, horizon_wd=horizon,
                             allow_partial_month=allow_partial_month,
                             due_from=start)
    finally:
        store.close()
    if chosen is CasesFormat.xlsx:
        case_output.write_xlsx(councils, out_file)
        err.print(f"Wrote {terminal(out_file)}")
    elif chosen is CasesFormat.json:
        emit(case_output.to_json(councils), out_file)
    elif chosen is CasesFormat.csv:
        emit(case_output.to_csv(councils), out_file)
    else:
        show([r for c in councils for r in case_output.rich_tables(c)], out_file)


def parse_month(text: str):
    try:
        return core.parse_month(text)
    except ValueError as exc:  # its message: month 'Aug' is not YYYY-MM
        fail(str(exc))


def _compute(source, month, policy, la, engine, spark_master, sn_model, targets, baseline_months,
             allow_invalid, allow_partial_month, source_kind=None, events=None,
             local_indicators=None, as_at=None,
             revision_notes=None, on_store=None, by=None,
             equality=False) -> list[core.CouncilIndicators]:
    """Load the source and run every indicator; `on_store(store, results)`, if given, runs
    before the store closes (the internal pack's case lists)."""
    if sn_model is not None and sn_model not in MODELS:
        fail(f"--sn-model must be one of {', '.join(map(str, MODELS))}")
    reporting_month = parse_month(month)
    chosen = load_policy(policy)
    # Local indicators join the registry for the run: targets and events may name them.
    with registered(load_indicators([local_indicators] if local_indicators else [])):
        chosen_targets = load_targets(targets)
        chosen_events = load_events(events)
        with progress_bar("Loading extracts") as progress:
            store = core.open_store(source, allow_invalid=allow_invalid, progress=progress,
                                    kind=source_kind and source_kind.value,
                                    la_code=la[0] if la and len(la) == 1 else None,
                                    as_at=parse_date(as_at))
        try:  # closing the store removes the copies of its tables an engine made
            results = core.run_indicators(store, reporting_month, policy=chosen, la_codes=la,
                                          engine=engine.value, spark_master=spark_master,
                                          sn_model=sn_model, targets=chosen_targets,
                                          baseline_months=baseline_months,
                                          allow_partial_month=allow_partial_month,
                                          events=chosen_events, by=by, equality=equality)
            if revision_notes:  # the pack's classification: its note on revised figures
                results = with_report_notes(results, store, chosen, revision_notes)
            if on_store is not None:
                on_store(store, results)
            return results
        finally:
            store.close()


def _fail_on_errors(results: list[core.CouncilIndicators]) -> None:
    failed = [r for c in results for r in c.failed]
    if failed:
        for r in failed:
            error_line(f"{r.indicator.id} ({r.la_code}): {r.failure}")
        raise typer.Exit(DATA_ERRORS)


@cli.command()
def summary(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    policy: PolicyOption = None,
    la: LaOptions = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    sn_model: SnModel = None,
    targets: TargetsOption = None,
    events: EventsOption = None,
    local_indicators: LocalIndicators = None,
    baseline_months: BaselineMonths = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
    source_kind: SourceKindOption = None,
) -> None:
    """The judgement for the reporting month: ratings, benchmark positions, direction of travel,
    signals and the key messages with their drafted commentary."""
    results = _compute(source, month, policy, la, engine, spark_master, sn_model, targets,
                       baseline_months, allow_invalid, allow_partial_month, source_kind, events,
                       local_indicators)
    for c in results:
        out.print(output.summary_table(c))
        if c.partial_month:
            out.print(f"[bold red]{terminal(c.partial_note)}[/bold red]", highlight=False)
        out.print("[bold]Key messages[/bold]" if c.key_messages else "No key messages: nothing red, "
                  "worsening significantly or in the worst quartile.")
        for i, m in enumerate(c.key_messages[:REPORT_KEY_MESSAGES], 1):
            out.print(f"{i}. {terminal(m.text)}", highlight=False)
        for w in c.warnings:
            warn(w)
    _fail_on_errors(results)


@cli.command()
def catalogue(
    local_indicators: LocalIndicators = None,
    out_file: OutFile = None,
) -> None:
    """The indicator catalogue as Markdown (docs/indicators.md), with the local indicators of
    --indicators and of installed plugins, each in its area."""
    from .docs import catalogue_markdown

    with registered(load_indicators([local_indicators] if local_indicators else [])):
        emit(catalogue_markdown(), out_file)


@cli.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the extract into.")],
    la: Annotated[str, typer.Option(help="DfE 3-digit council number, e.g. 884 (Herefordshire).")] = "884",
    start: Annotated[str, typer.Option(help="First month of activity, YYYY-MM.")] = "2011-09",
    end: Annotated[str, typer.Option(help="Last month of activity, YYYY-MM.")] = "2014-08",
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same files.")] = 1,
    scale: Annotated[float, typer.Option(help="Multiply the council's child population.")] = 1.0,
    errors: Annotated[bool, typer.Option("--errors", help="Add a known set of data-quality faults.")] = False,
    as_: Annotated[Optional[SourceKind], typer.Option("--as", help="Write the council as this "
                   "dataset: ssd (the default), cin (the CIN census for the collection year to "
                   "--end), 903 (SSDA903 returns for every whole collection year, a folder each) "
                   "or annex-a (the Annex A workbook for the 6 months to --end).")] = None,
) -> None:
    """Write a synthetic, realistic council: an SSD extract, or the same children as a CIN
    census, SSDA903 returns or an Annex A workbook."""
    from .synth import write_synthetic_extract
    from .synth.as_return import write_as

    parse_month(start)
    parse_month(end)
    try:
        council = reference.council(la)
        population, _, _ = reference.population_for_year(la, int(end[:4]))
    except KeyError as exc:
        fail(str(exc).strip("'\""))
    started = time.perf_counter()
    def write_ssd(folder: Path) -> dict:
        return write_synthetic_extract(folder, la_code=la, la_name=council.name, population=population,
                                       start=start, end=end, seed=seed, scale=scale, errors=errors)

    try:
        if as_ not in (None, SourceKind.ssd):
            written = write_as(as_.value, out_dir, start, end, write_ssd)
            out.print(terminal(f"Wrote {council.name} ({la}) as {KIND_NAMES[as_.value]} to "
                               f"{out_dir} in {time.perf_counter() - started:.1f} s: "
                               + ", ".join(str(p.relative_to(out_dir)) for p in written)))
            return
        counts = write_ssd(out_dir)
    except ValueError as exc:
        fail(str(exc))
    out.print(terminal(f"Wrote a synthetic extract for {council.name} ({la}) to {out_dir} in "
                       f"{time.perf_counter() - started:.1f} s: "
                       + ", ".join(f"{t} {n:,}" for t, n in counts.items() if isinstance(n, int))))


@cli.command()
def sources(
    kind: Annotated[Optional[SourceKind], typer.Option("--kind", help="One kind of source, "
                                                       "with the reason for each indicator.")] = None,
) -> None:
    """Which indicators each kind of source (SSD extract, CIN census, SSDA903, Annex A) can
    support, and why not."""
    from .sources.support import WINDOWS, support_table

    kinds = [kind.value] if kind else list(KIND_NAMES)
    t = Table(title="What each kind of source supports")
    t.add_column("Indicator")
    for k in kinds:
        t.add_column(KIND_NAMES[k])
    style = {"yes": "green", "limited": "yellow", "no": "red"}
    for ind, row in support_table():
        t.add_row(ind.name, *(f"[{style[row[k][0]]}]{row[k][0]}[/]" + (f": {terminal(row[k][1])}"
                                                                     if kind and row[k][0] != "yes" else "")
                              for k in kinds))
    shown: list = [t] + [f"{KIND_NAMES[k]}: covers {WINDOWS[k]}." for k in kinds]
    show(shown, None)


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
        fail("choose one of --councils N, --region NAME or --england")
    parse_month(start)
    year = parse_month(end).year
    try:
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
    out.print(terminal(f"Wrote {len(chosen)} synthetic extracts ({children * scale:,.0f} children "
                       f"aged 0-17) to {out_dir} in {time.perf_counter() - started:.0f} s."))


@cli.command()
def report(
    source: Source,
    month: Annotated[str, typer.Option(help="Reporting month, YYYY-MM.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the report pack.")],
    classification: Annotated[Classification, typer.Option(
        help="open (small numbers shown as c, as the DfE does) or internal (everything, "
             "stamped not for publication).")] = Classification.open,
    report_settings: Annotated[Optional[Path], typer.Option(
        "--report-settings", callback=settings_file, help="A report.toml with the committee, "
        "meeting date and author for the cover report.")] = None,
    policy: PolicyOption = None,
    la: LaOptions = None,
    engine: EngineOption = Engine.duckdb,
    spark_master: SparkMaster = None,
    sn_model: SnModel = None,
    targets: TargetsOption = None,
    events: EventsOption = None,
    local_indicators: LocalIndicators = None,
    baseline_months: BaselineMonths = None,
    allow_invalid: AllowInvalid = False,
    allow_partial_month: AllowPartialMonth = False,
    source_kind: SourceKindOption = None,
    as_at: AsAtOption = None,
    previous: Annotated[Optional[Path], typer.Option(
        "--previous", help="Last month's report pack folder, or its cover report as the officer "
        "edited it: the commentary is carried forward where the judgement is unchanged (figures "
        "updated), shown beside the fresh draft where it changed, and listed as unplaced "
        "otherwise.")] = None,
) -> None:
    """Write the report pack: performance report (HTML and PDF), data workbook (XLSX) and the
    committee cover report (DOCX); an internal pack also the case lists
    (performance-cases.xlsx, child-level). Several councils get a folder each."""
    from .report.pack import write_pack
    from .report.previous import check as check_previous
    from .report.previous import read_previous
    from .report.settings import load_report_settings

    if out_dir.exists() and not out_dir.is_dir():  # before the work, not after it
        fail(f"--out {out_dir} is a file: the report pack needs a folder")
    if previous is not None and not previous.is_dir():  # a file is checked before the work
        read_previous(previous, None)
    settings = load_report_settings(report_settings)
    case_lists = {}

    def internal_cases(store, results) -> None:  # child-level: internal packs only
        from .cases import run_cases
        for cc in run_cases(store, parse_month(month), la_codes=[c.la_code for c in results],
                            policy=load_policy(policy), engine=engine.value,
                            spark_master=spark_master, allow_partial_month=allow_partial_month):
            case_lists[cc.la_code] = cc

    results = _compute(source, month, policy, la, engine, spark_master, sn_model, targets,
                       baseline_months, allow_invalid, allow_partial_month, source_kind, events,
                       local_indicators, as_at, revision_notes=classification.value,
                       equality=True,
                       on_store=internal_cases if classification is Classification.internal else None)
    _fail_on_errors(results)
    for c in results:  # every council's previous cover report, before any pack is written
        if previous is not None:
            check_previous(read_previous(previous, c.la_code), f"{c.month:%Y-%m}",
                           classification.value)
    for c in results:
        folder = out_dir if len(results) == 1 else out_dir / c.la_code
        who = terminal(c.la_name or c.la_code)
        try:
            with progress_bar(f"Writing the report pack for {who}") as progress:
                written = write_pack(c, folder, classification=classification.value,
                                     settings=settings, progress=progress,
                                     previous=previous, cases=case_lists.get(c.la_code))
        except OSError as exc:
            fail(f"the report pack could not be written to {folder} ({exc}); "
                 "any pack already there is unchanged")
        out.print(f"{who} ({terminal(c.la_code)}), {c.month:%B %Y}, {classification.value}:")
        for path in written:
            out.print(f"  {terminal(path)}", highlight=False)


@cli.command()
def revisions(
    db: Annotated[Path, typer.Argument(help="A DuckDB store made by `safeguarding load`, holding "
                                           "several snapshots.")],
    month: Annotated[str, typer.Option(help="The month whose figures to compare, YYYY-MM.")],
    classification: Annotated[Classification, typer.Option(
        help="open (counts of records per reason, 1 to 5 said as \"fewer than 6\") or internal "
             "(also the records that moved: their keys; not for publication).")
    ] = Classification.open,
    format: FormatOption = None,
    out_file: OutFile = None,
    policy: PolicyOption = None,
    la: LaOptions = None,
) -> None:
    """Compare what each snapshot said about a month's figures, and explain every change by the
    records that moved (recorded late, dates corrected, deleted, numerator changed)."""

    chosen = output_format(format, out_file)
    reporting_month = parse_month(month)
    chosen_policy = load_policy(policy)
    store = Store(db, read_only=True)
    try:
        found = find_revisions(store, reporting_month, chosen_policy, la_codes=la)
    finally:
        store.close()
    level = classification.value
    if chosen is Format.json:
        emit(json.dumps({"month": month, "classification": level,
                         "revisions": [r.to_dict(level) for r in found]}, indent=2), out_file)
        return
    if chosen is Format.csv:
        rows = ([r.la_code, r.indicator.id, month, r.before["snapshot_id"], r.after["snapshot_id"],
                 r.shown(r.old, level), r.shown(r.new, level), r.sentence(level)] for r in found)
        emit(csv_text(("la_code", "indicator", "month", "before", "after", "old", "new",
                       "explanation"), rows), out_file)
        return
    shown: list = [terminal(f"{r.la_code}: {r.sentence(level)}") for r in found] or [
        f"No figure for {month} differs between the snapshots held."]
    if level == "internal":
        shown.insert(0, "[bold]INTERNAL: child-level records, not for publication[/bold]")
        for r in found:
            if r.records:
                t = Table(title=terminal(f"{r.la_code} {r.indicator.id}: records that moved"))
                t.add_column("record")
                t.add_column("reason")
                for rec in r.records:
                    t.add_row(terminal(rec["key"]), terminal(rec["reason"]))
                shown.append(t)
    show(shown, out_file)


@cli.command("annex-a")
def annex_a(
    source: Source,
    out_file: Annotated[Path, typer.Option("--out", help="The workbook to write, FILE.xlsx.")],
    classification: Annotated[Classification, typer.Option(
        help="Must be internal: the workbook lists children one by one (refused as open).")
    ] = Classification.open,
    month: Annotated[Optional[str], typer.Option(
        help="The last month the workbook covers, YYYY-MM (default: the latest complete month "
             "of the extract).")] = None,
    months: Annotated[int, typer.Option(help="6 or 12: the months to the end of --month the "
                                             "lists cover, as Ofsted asks.")] = 6,
    la: LaOption = None,
    allow_invalid: AllowInvalid = False,
    source_kind: SourceKindOption = None,
    as_at: AsAtOption = None,
) -> None:
    """Write Ofsted's Annex A lists 1 and 3-8 (contacts, referrals, assessments, section 47
    enquiries, children in need, child protection, children looked after) for the 6 or 12
    months to the end of --month, in Ofsted's layout, ready for ChAT (docs/annex-a.md).
    Child-level: internal only."""
    from .annex_out import MONTHS, write_annex_a

    # Checked before any work: the classification, the file name, the month.
    if classification is not Classification.internal:
        fail("the Annex A workbook lists children one by one, so it is internal only: pass "
             "--classification internal (and keep the file where only those entitled may read it)")
    if out_file.suffix.lower() != ".xlsx" or out_file.is_dir():
        fail(f"--out {out_file} must name an .xlsx file, e.g. Annex_A.xlsx")
    if months not in MONTHS:
        fail(f"--months must be 6 or 12 (Ofsted's periods), not {months}")
    chosen_month = parse_month(month) if month else None
    with progress_bar("Loading extracts") as progress:
        store = core.open_store(source, allow_invalid=allow_invalid, progress=progress,
                                kind=source_kind and source_kind.value, la_code=la,
                                as_at=parse_date(as_at))
    try:
        for note in (n for c in store.councils() if not la or c["la_code"] == la for n in c["notes"]):
            warn(note)
        written = write_annex_a(store, out_file, month=chosen_month, months=months, la_code=la)
    finally:
        store.close()
    who = f"{written.la_name} ({written.la_code})" if written.la_name else f"la_code {written.la_code}"
    out.print(terminal(f"{who}, Annex A for {written.first:%d/%m/%Y} to {written.last:%d/%m/%Y}, "
                       f"INTERNAL (child-level, not for publication):"), highlight=False)
    out.print(f"  {terminal(out_file)}", highlight=False)
    for n, rows in written.rows.items():
        out.print(f"  List {n}: {rows:,} rows", highlight=False)


@cli.command("run")
def run_scheduled(
    config: Annotated[Path, typer.Option("--config", help="The run's council.toml: source, store, "
                                         "out, and optionally la, month, targets, events, "
                                         "policy, report_settings, classification, "
                                         "allow_invalid (see docs/monthly-cycle.md).")],
) -> None:
    """The monthly cycle as one scheduled command: load the source as a snapshot, write the
    report pack to OUT/YYYY-MM/ and log the run in OUT/run-log.tsv. Running it again changes
    nothing. Exit codes: 0 done (or already up to date), 2 failure, 3 source not ready or
    partial month (try later), 4 invalid data."""
    from . import scheduled

    try:
        chosen = scheduled.read_config(config)
    except scheduled.ConfigError as exc:
        error_line(str(exc))
        raise typer.Exit(scheduled.FAILED) from None
    outcome = scheduled.run(chosen)
    if outcome.code != scheduled.DONE:
        error_line(outcome.message)
        raise typer.Exit(outcome.code)
    month = f"{outcome.month:%B %Y}" if outcome.month else ""
    out.print(terminal(f"{month}, la_code {', '.join(outcome.councils)}, snapshot "
                       f"{', '.join(map(str, outcome.snapshots))}: {outcome.message}."))
    for path in outcome.written:
        out.print(f"  {terminal(path)}", highlight=False)


@cli.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the synthetic extract and the pack.")]
    = Path("safeguarding-demo"),
) -> None:
    """Build a synthetic Herefordshire-sized council and write its whole report pack for
    August 2014."""
    synth(out_dir / "extract", la="884", start="2011-09", end="2014-08", seed=1, scale=1.0, errors=False,
          as_=None)
    report(out_dir / "extract", month="2014-08", out_dir=out_dir / "report",
           classification=Classification.open, report_settings=None, policy=None, la=None,
           engine=Engine.duckdb, spark_master=None, sn_model=None, targets=None,
           events=None, local_indicators=None, baseline_months=None, allow_invalid=False,
           allow_partial_month=False, source_kind=None, as_at=None, previous=None)


cli.add_typer(benchmarks_app, name="benchmarks")
cli.command()(cli_web.serve)
cli.command()(cli_web.audit)
cli.add_typer(cli_web.users_app, name="users")
app = cli


if __name__ == "__main__":
    app()
