"""The core API. The CLI (and later the web view) only build these calls and render their results."""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Callable

from . import benchmarks
from . import formatting as fmt
from . import history
from . import indicators as _registered  # noqa: F401  (importing registers every indicator)
from .indicators import REGISTRY, compiled
from .indicators.breakdowns import BY, with_breakdowns
from .indicators.compute import (by_indicator, catalogue_rows, compute, missing_needs,
                                 missing_reason, population_years)
from .indicators.context import Context
from .indicators.coverage import apply_coverage
from .months import add_months, months_between
from .judgement.assess import REPORT_POINTS, coverage_message, judge, key_messages
from .judgement.equality import DIMENSIONS, STEP_INDICATORS
from .judgement.events import Event
from .judgement.targets import Target, load_targets
from .policy import Policy, load_policy
from .report.disclosure import WINDOW
from .results import Comparison, KeyMessage, PublishedTrend, Result
from .sources import CheckedExtract, ExtractError, check_extract
from .sources.database import is_url
from .sources.detect import is_source, kind_name, read_source
from .sources.folder import read_info
from .sources.issues import summarise
from .store import Store, StoreError


class InvalidExtract(Exception):
    """Extracts with errors, and the caller did not allow a load without the bad rows."""

    def __init__(self, invalid: list[CheckedExtract]):
        self.invalid = invalid
        n = sum(len(c.errors) for c in invalid)
        where = ", ".join(c.info.la_code for c in invalid)
        empty = ", ".join(c.info.la_code for c in invalid if not c.rows)
        super().__init__(f"the extract for la_code {where} has {n} error{'s' if n != 1 else ''}; "
                         "run `safeguarding validate` to see them all, or pass --allow-invalid "
                         "to load without the rows in error"
                         + (f" (la_code {empty} would have no rows left to load)" if empty else ""))


Progress = Callable[[int, int, str], None]  # (done, total, what): the CLI draws a bar from it


Source = str | Path  # a path, or a database URL (sources.database), which is never made a Path


def source_paths(source: Source) -> list[Source]:
    """The sources under SOURCE, one per council: SOURCE itself when it is one council's source
    (an extract folder, a return, a workbook, a folder of these, or a database), else its
    sub-folders holding an extract each."""
    if is_url(source):
        return [str(source)]
    source = Path(source)
    if not source.exists():
        raise ExtractError(f"{source} does not exist")
    councils = sorted(p.parent for p in source.glob("*/extract.toml")) if source.is_dir() else []
    if councils and not (source / "extract.toml").is_file() and not _other_sources(source, councils):
        _one_extract_per_council(councils)
        return councils
    return [source]


def _other_sources(folder: Path, extracts: list[Path]) -> bool:
    """Whether a folder holds sources besides its extract sub-folders (then it is one council's
    sources, combined, rather than a folder of councils)."""
    return any(p not in extracts and is_source(p) for p in folder.iterdir())


def _one_extract_per_council(folders: list[Path]) -> None:
    """Two extracts for one council would replace each other in the store: refuse them."""
    seen: dict[str, Path] = {}
    clashes = []
    for folder in folders:
        la_code = read_info(folder).la_code
        if la_code in seen:
            clashes.append(f"la_code {la_code} is in both {seen[la_code]} and {folder}")
        seen.setdefault(la_code, folder)
    if clashes:
        raise ExtractError("; ".join(clashes) + ": load one extract per council")


def validate(source: Source, kind: str | None = None, la_code: str | None = None) -> CheckedExtract:
    """Read any source (`sources.detect`) and check it: every problem at once."""
    read = read_source(source, kind, la_code)
    checked = check_extract(read.raw)
    checked.kind, checked.coverage, checked.origins = read.kind, read.coverage, read.origins
    return checked


# A table none of whose rows survived the checks is left out of the load; its note (below) is
# also how `run_indicators` tells a table left out from one never supplied.
LEFT_OUT = "{table}: every row ({rows:,}) excluded because of errors, so the table is left out"
LEFT_OUT_PATTERN = re.compile(r"^(\w+): every row \([\d,]+\) excluded because of errors, so the "
                              r"table is left out")


def leave_out_emptied_tables(checked: CheckedExtract) -> list[str]:
    """Leave out of the load each supplied table whose every row was excluded (every row had an
    error, or a required column is missing): an empty table would make its indicators zero, when
    they are not available. Returns the tables left out."""
    emptied = sorted(t for t, n in checked.excluded.items()
                     if n and (t not in checked.tables or checked.tables[t].num_rows == 0))
    for table in emptied:
        checked.tables.pop(table, None)
        checked.columns.pop(table, None)
    return emptied


def _needing(table: str) -> list[str]:
    """The names of the indicators that cannot be computed without `table`."""
    return [i.name for i in REGISTRY.values() if any(n.partition(".")[0] == table for n in i.needs)]


def _left_out_note(table: str, rows: int) -> str:
    names = _needing(table)
    one = len(names) == 1
    consequence = (f"the {len(names)} indicator{'' if one else 's'} that need{'s' if one else ''} it "
                   f"{'is' if one else 'are'} not available ({'; '.join(names)})"
                   if names else "no indicator needs it")
    return f"{LEFT_OUT.format(table=table, rows=rows)}: {consequence}"


def load_notes(checked: CheckedExtract) -> list[str]:
    """What a load without invalid rows must say: how many rows were excluded and why, and
    which tables were left out altogether (see `leave_out_emptied_tables`), naming the
    indicators that are therefore not available."""
    notes = []
    if checked.excluded:
        total = sum(checked.excluded.values())
        per_table = ", ".join(f"{t} {n} row{'s' if n != 1 else ''}"
                              for t, n in sorted(checked.excluded.items()))
        notes.append(f"{total} row{'s' if total != 1 else ''} excluded because of errors ({per_table})")
        notes += [_left_out_note(t, n) for t, n in sorted(checked.excluded.items())
                  if n and t not in checked.columns]
    return notes + summarise(checked.issues)  # errors, then warnings


def left_out_tables(notes: list[str]) -> list[str]:
    """The tables a council's load notes say were left out."""
    return [m.group(1) for m in map(LEFT_OUT_PATTERN.match, notes) if m]


def load(source: Source, store: Store, *, allow_invalid: bool = False,
         progress: Progress | None = None, kind: str | None = None,
         la_code: str | None = None) -> list[CheckedExtract]:
    """Check every extract under SOURCE and load them into `store`, all or none.

    Every extract is checked even after one fails, so that all errors are known at once.
    Several extracts are checked in parallel, one process per core; each one's rows are
    released once loaded (the results keep the issues and counts, and the snapshot each
    council's extract is held as).
    """
    folders = source_paths(source)
    if len(folders) > 1 and la_code:  # a folder of councils: --la picks one, renaming none
        folders = [f for f in folders if read_info(f).la_code == la_code]
        if not folders:
            raise ExtractError(f"{source} holds no extract for la_code {la_code}")
        la_code = None
    checked_all: list[CheckedExtract] = []
    invalid: list[CheckedExtract] = []

    def checked_extracts():
        for i, checked in enumerate(_validate_all(folders, kind, la_code)):
            checked_all.append(checked)
            if progress:
                progress(i + 1, len(folders), checked.info.la_code)
            if checked.errors and not (allow_invalid and checked.rows):  # never load an empty extract
                invalid.append(checked)
            elif not invalid:
                leave_out_emptied_tables(checked)
                yield checked, load_notes(checked)
            checked.tables = {}
        if invalid:
            raise InvalidExtract(invalid)

    for done in store.load(checked_extracts()):
        for checked in checked_all:
            if checked.info.la_code == done.la_code:
                checked.snapshot = (done.snapshot_id, done.new)
    return checked_all


def _validate_all(folders: list[Source], kind: str | None, la_code: str | None
                  ) -> Iterator[CheckedExtract]:
    """The checked extracts in folder order; in a pool of fresh processes when there are several
    (spawned, not forked: DuckDB must not be forked with a connection open). A few extracts are
    checked ahead of the one being loaded, never all: checked extracts waiting to be loaded
    hold their rows in memory."""
    check = partial(validate, kind=kind, la_code=la_code)
    workers = min(os.cpu_count() or 1, len(folders))
    if workers < 2:
        yield from map(check, folders)
        return
    todo = iter(folders)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        ahead = deque(pool.submit(check, f) for f in islice(todo, 2 * workers))
        try:
            while ahead:
                checked = ahead.popleft().result()
                ahead.extend(pool.submit(check, f) for f in islice(todo, 1))
                yield checked
        finally:
            for future in ahead:
                future.cancel()


def open_store(source: Source, *, allow_invalid: bool = False, progress: Progress | None = None,
               kind: str | None = None, la_code: str | None = None,
               as_at: dt.date | None = None) -> Store:
    """A store for SOURCE: an existing .duckdb file (read-only), or sources loaded in memory;
    each council's latest snapshot, or its latest extracted on or before `as_at`."""
    source = str(source) if is_url(source) else Path(source)
    if isinstance(source, Path) and source.is_file() and kind is None and not is_source(source):
        store = Store(source, read_only=True)
    else:
        store = Store()
        load(source, store, allow_invalid=allow_invalid, progress=progress, kind=kind, la_code=la_code)
    if as_at is not None:
        try:
            store.select(as_at)
        except BaseException:
            store.close()
            raise
    return store


@dataclass(frozen=True)
class CouncilIndicators:
    la_code: str
    la_name: str | None
    month: dt.date
    extracted_at: dt.date
    engine: str
    warnings: list[str]
    results: list[Result] = field(default_factory=list)
    key_messages: list[KeyMessage] = field(default_factory=list)
    partial_month: bool = False  # the month ends after the extract date (--allow-partial-month)
    # The equality page's step indicators with their breakdown, by dimension (`equality=True`).
    equality_groups: dict[str, list[Result]] = field(default_factory=dict)
    # The council's 0-17 population by group, {dimension: {group: n}}, where it supplies one.
    group_population: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.failure]

    @property
    def partial_note(self) -> str | None:
        """The mark every output of a partial month carries, or None for a complete month."""
        return partial_month_note(self.extracted_at) if self.partial_month else None


class RunError(ValueError):
    """A request that cannot be run as asked (its message is for the user)."""


class PartialMonth(RunError):
    """The reporting month ends after the extract date of one or more councils."""


def latest_complete_month(extracted_at: dt.date) -> dt.date:
    """The last month an extract holds in full: the month before the extract date's, unless the
    extract was taken on the last day of its month."""
    first = extracted_at.replace(day=1)
    if (extracted_at + dt.timedelta(days=1)).month != extracted_at.month:
        return first
    return (first - dt.timedelta(days=1)).replace(day=1)


def partial_month_note(extracted_at: dt.date) -> str:
    return f"PARTIAL MONTH: figures to {fmt.date_label(extracted_at)} only"


def _council_label(c: dict) -> str:
    return f"{c['la_name']} ({c['la_code']})" if c.get("la_name") else f"la_code {c['la_code']}"


def check_complete_month(month: dt.date, councils: list[dict]) -> None:
    """Refuse a reporting month that ends after the extract date of any of `councils`
    (dicts with la_code, la_name and extracted_at), naming each one."""
    early = [c for c in councils if month > latest_complete_month(c["extracted_at"])]
    if not early:
        return
    named = "; ".join(
        f"{_council_label(c)} was extracted on "
        f"{fmt.date_label(c['extracted_at'])}, and the latest complete month in this extract is "
        f"{fmt.month_label(latest_complete_month(c['extracted_at']))}" for c in early)
    raise PartialMonth(f"the reporting month {fmt.month_label(month)} ends after the extract "
                       f"date: {named}. Pass --allow-partial-month to report it anyway, marked "
                       f"\"PARTIAL MONTH\" throughout")


def parse_month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError as exc:
        raise ValueError(f"month {text!r} is not YYYY-MM") from exc


def coverage_start(monthly: list[tuple[dt.date, int]], month: dt.date) -> dt.date | None:
    """The first month from which the extract records referrals in full: every month from it
    to the reporting month has at least half the median monthly count of the last 12 months.
    (An extract also holds older records of children still open, too few to chart.)"""
    counts = dict(monthly)
    months = [m for m, _ in monthly if m <= month]
    if not months:
        return None
    recent = sorted(counts.get(m, 0) for m in months[-12:])
    floor = recent[len(recent) // 2] / 2
    start = month
    while True:
        previous = (start.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        if counts.get(previous, 0) < floor or previous < months[0]:
            return start
        start = previous


def history_months(start: dt.date | None, month: dt.date) -> int:
    """Months of series for the SPC chart: the extract's full coverage up to the reporting
    month, less its first 12 months (rolling-year and open-case measures are still filling up
    then), at least the report's 13 and at most 60."""
    if start is None:
        return REPORT_POINTS
    held = months_between(start, month) + 1
    return max(REPORT_POINTS, min(60, held - 12))


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A run builds about a million small objects (rows, points, judgements), few in a cycle,
    and Python's cycle collector walked them over and over as they piled up: a quarter of the
    Python side of a run of England. Reference counting still frees them; the collector is
    back on when the run ends. (Its next collection walks the run's results, 0.2 s after a run
    of England; moving them to the oldest generation unwalked, with `gc.freeze()` and
    `gc.unfreeze()`, kept the garbage cycles a first run makes with them, Ibis's and PySpark's,
    until a full collection: the Spark tests ran out of Java heap.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_cycle_collector_paused()
def run_indicators(store: Store, month: dt.date, *, policy: Policy | None = None,
                   ids: list[str] | None = None, la_codes: list[str] | None = None,
                   engine: str = "duckdb", spark_master: str | None = None,
                   sn_model: int | None = None, targets: dict[str, Target] | None = None,
                   baseline_months: int | None = None,
                   allow_partial_month: bool = False,
                   events: list[Event] | None = None,
                   by: str | None = None, equality: bool = False,
                   reuse_history: bool = False) -> list[CouncilIndicators]:
    """Every indicator's 13-month series for each council in the store, in council-code order,
    with its benchmarks and judgement (rating, position, change, SPC over the longest history
    held or `baseline_months`, `events` within it and their rebases, commentary) and each
    council's key messages.

    With `by`, each result carries its breakdown by that group (indicators.breakdowns); with
    `equality`, each council carries the equality page's step indicators by every dimension.

    A month that ends after a council's extract date is refused (`PartialMonth`) unless
    `allow_partial_month`; then its results are marked `partial_month`.

    With `reuse_history`, the built-in catalogue's months before the reporting month are taken
    from the results kept for each council's previous snapshot, and the results are kept for
    this one when the store is writable (`history`); each council that reused says so in its
    warnings. Not with `ids` or on another engine than DuckDB: they compute as without it."""
    councils = {c["la_code"]: c for c in store.councils()}
    if not councils:
        raise StoreError("the store holds no extract")
    wanted = la_codes or sorted(councils)
    unknown = [la for la in wanted if la not in councils]
    if unknown:
        raise StoreError(f"the store holds no extract for la_code {', '.join(unknown)}")
    if by is not None and by not in BY:
        raise RunError(f"--by must be one of {', '.join(BY)}")
    if baseline_months is not None and baseline_months < REPORT_POINTS:
        raise RunError(f"--baseline-months must be at least {REPORT_POINTS}")
    after = [councils[la] for la in wanted if month > councils[la]["extracted_at"]]
    if after:  # not even partly held: every figure would be an empty month, never a partial one
        raise PartialMonth(f"the reporting month {fmt.month_label(month)} starts after the extract "
                           f"date of {', '.join(map(_council_label, after))}: it holds no data "
                           f"for that month")
    if not allow_partial_month:
        check_complete_month(month, [councils[la] for la in wanted])
    monthly = store.monthly_referrals()
    spans = {la: baseline_months or history_months(coverage_start(monthly.get(la, []), month), month)
             for la in wanted}
    targets = load_targets() if targets is None else targets
    ctx = Context(store, wanted, month, policy or load_policy(),
                  present=store.columns_present(), n_months=max(spans.values()) + WINDOW - 1,
                  lead_months=WINDOW - 1,
                  engine=engine, spark_master=spark_master)
    compared = _compare_meanwhile([(i, la) for la in wanted for i in ids or REGISTRY], month,
                                  sn_model, ctx.policy)
    reused: dict[str, str] = {}  # la_code -> what its output says of the history it reused
    kept: Future[None] | None = None  # the results being kept meanwhile (history)
    if reuse_history and ids is None and engine == "duckdb":
        results, reused, kept = _with_history(ctx, {la: councils[la] for la in wanted})
    else:
        results = compute(ctx, ids)
    comparisons = compared.result()  # (raises what comparing raised)
    windows = store.coverage()
    out = []
    population_notes = _population_warnings(ctx, add_months(month, 1 - max(spans.values())))
    by_la: dict[str, list[Result]] = {}
    for r in results:
        by_la.setdefault(r.la_code, []).append(r)
    judged_by_la = {la: [_judged(r, *comparisons[r.indicator.id, la], windows.get(la, {}),
                                 spans[la], targets, events or []) for r in by_la.get(la, [])]
                    for la in wanted}
    for la in wanted:
        info = councils[la]
        mine = judged_by_la[la]
        mine, missing = _explain_unavailable(ctx, la, mine, left_out_tables(info["notes"]),
                                             info["source_kind"] or "ssd")
        judged = [(r, r.judgement) for r in mine if r.judgement is not None]
        partial = month > latest_complete_month(info["extracted_at"])
        warnings = list(info["notes"]) + population_notes.get(la, [])
        if partial:
            warnings.append(f"{partial_month_note(info['extracted_at'])}: the reporting month "
                            f"{fmt.month_label(month)} ends after the extract date, so its "
                            f"figures are incomplete")
        if la in reused:
            warnings.append(reused[la])
        warnings += [w for r in mine for w in r.warnings]
        messages = key_messages(judged, limit=None)  # a report keeps the first it may publish
        coverage = coverage_message(mine, missing)
        out.append(CouncilIndicators(la, info["la_name"], month, info["extracted_at"], engine,
                                     warnings, mine, ([coverage] if coverage else []) + messages,
                                     partial_month=partial))
    populations = store.group_populations()
    if by:  # over the report's months, once the series are judged and their coverage applied
        every = with_breakdowns(ctx, [r for c in out for r in c.results], by, populations)
        out = [replace(c, results=[r for r in every if r.la_code == c.la_code]) for c in out]
    if equality:
        steps = [r for c in out for r in c.results if r.indicator.id in STEP_INDICATORS]
        dims = {d: with_breakdowns(ctx, steps, d) for d in DIMENSIONS}
        out = [replace(c, equality_groups={d: [r for r in rs if r.la_code == c.la_code]
                                           for d, rs in dims.items()},
                       group_population=populations.get(c.la_code, {})) for c in out]
    if kept is not None:
        kept.result()  # kept before the run returns; raises what keeping raised
    return out


Compared = tuple[Comparison, PublishedTrend | None]  # (benchmark, published trend)


def _compare_meanwhile(pairs: list[tuple[str, str]], month: dt.date, sn_model: int | None,
                       policy: Policy) -> Future[dict[tuple[str, str], Compared]]:
    """Each (indicator, council)'s DfE comparison for the reporting month and its published
    trend, made in a thread while the engine computes (DuckDB and Spark let go of Python's lock
    meanwhile), not after it: a run of England makes 4,560 of each (the first in a process about
    0.5 s more, reading every figure once: `benchmarks.compare`)."""
    def compare() -> dict[tuple[str, str], Compared]:
        with benchmarks.one_table():  # one benchmark table for the whole run, looked up once
            out = {}
            for indicator_id, la in pairs:
                benchmark = benchmarks.comparison(indicator_id, la, month, sn_model, policy)
                out[indicator_id, la] = benchmark, benchmarks.published_trend(benchmark, la)
            return out

    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(compare)
    finally:
        pool.shutdown(wait=False)


def _with_history(ctx: Context, councils: dict[str, dict]
                  ) -> tuple[list[Result], dict[str, str], Future[None] | None]:
    """The results, the built-in catalogue's months before the reporting month reused where
    kept (`history`); what each council that reused says of it; and, when the store is
    writable, the results being kept for the selected snapshots (in the background)."""
    fp = history.fingerprint(ctx)
    held = history.held(ctx, fp)
    computed = catalogue_rows(ctx, held)
    if computed is None:  # the catalogue failed: each indicator runs on its own, in full
        return compute(ctx, None, {}), {}, None
    kept = None
    if not ctx.store.read_only:
        partial = {la for la, c in councils.items()
                   if ctx.month > latest_complete_month(c["extracted_at"])}
        kept = history.keep(ctx, fp, computed, {la: c["snapshot_id"] for la, c in councils.items()},
                            partial, held)
    return compute(ctx, None, by_indicator(computed, held)), history.notes(held), kept


def _judged(r: Result, benchmark: Comparison, trend: PublishedTrend | None, windows: dict,
            span: int, targets: dict[str, Target], events: list[Event]) -> Result:
    """An indicator's result with its benchmark and published trend (`_compare_meanwhile`),
    report months and judgement."""
    # The lead months give disclosure control the whole window of each rolling total.
    r = replace(r, benchmark=benchmark, published_trend=trend,
                history=r.series, series=r.series[-REPORT_POINTS:])
    # A return covers a window: months outside it are "not covered", never a zero.
    r = apply_coverage(r, windows)
    if not r.available or r.error:
        return r
    return replace(r, judgement=judge(r, list(r.history[-span:]), targets.get(r.indicator.id),
                                      events=events))


def _explain_unavailable(ctx: Context, la: str, results: list[Result], left_out: list[str],
                         kind: str) -> tuple[list[Result], list[list[str]]]:
    """The results with each unavailable indicator's reason, and the tables and columns each
    lacks; where a table it needs was left out of the load, its reason says so; a return's
    reason names the return."""
    out, missing = [], []
    for r in results:
        if not r.available:
            needs = missing_needs(ctx, r.indicator, la)
            reason = missing_reason(needs, kind_name(kind)) if kind != "ssd" and needs else r.reason
            r = replace(r, reason=unavailable_reason(needs, left_out) or reason)
            missing.append(needs)
        out.append(r)
    return out, missing


def unavailable_reason(missing: list[str], left_out: list[str]) -> str | None:
    """Why an indicator is not available when a table it needs was left out of the load (every
    row had errors); None when none was (the engine's own reason stands)."""
    tables = [t for t in left_out if any(m.partition(".")[0] == t for m in missing)]
    if not tables:
        return None
    rest = [m for m in missing if m.partition(".")[0] not in tables]
    reason = (f"not available: every row of {' and '.join(tables)} had errors, so "
              f"{'they were' if len(tables) > 1 else 'it was'} left out")
    return reason + (f"; the extract also has no {', '.join(rest)}" if rest else "")


def _population_warnings(ctx: Context, since: dt.date) -> dict[str, list[str]]:
    """Population years not held, for the months shown (not the extra ones computed before)."""
    rows = compiled.table(ctx, "population_years", lambda: population_years(ctx)).to_pylist()
    out: dict[str, list[str]] = {}
    for r in dict.fromkeys((r["la_code"], r["pop_year"], r["year_used"], r["population"])
                           for r in rows if r["pop_year"] != r["year_used"] and r["month"] >= since):
        la, year, used, population = r
        out.setdefault(la, []).append(f"0-17 population for mid-{year} not held; used mid-{used} "
                                      f"({population:,}) for the months it covers")
    return out
