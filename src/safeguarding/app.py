"""The core API. The CLI (and later the web view) only build these calls and render their results."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import benchmarks
from . import indicators as _registered  # noqa: F401  (importing registers every indicator)
from .indicators.compute import Result, compute
from .indicators.context import Context
from .judgement.assess import REPORT_POINTS, judge, key_messages
from .judgement.targets import Target, load_targets
from .policy import Policy, load_policy
from .sources import CheckedExtract, ExtractError, check_extract, read_extract
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


def extract_folders(source: Path) -> list[Path]:
    """SOURCE when it holds extract.toml, else its sub-folders that do (one per council)."""
    source = Path(source)
    if not source.is_dir():
        raise ExtractError(f"{source} is not a folder")
    if (source / "extract.toml").is_file():
        return [source]
    found = sorted(p.parent for p in source.glob("*/extract.toml"))
    if not found:
        raise ExtractError(f"{source} holds no extract.toml, nor sub-folders with one")
    _one_extract_per_council(found)
    return found


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


def validate(source: Path) -> CheckedExtract:
    return check_extract(read_extract(Path(source)))


def load_notes(checked: CheckedExtract) -> list[str]:
    """What a load without invalid rows must say: how many rows were excluded and why."""
    notes = []
    if checked.excluded:
        total = sum(checked.excluded.values())
        per_table = ", ".join(f"{t} {n}" for t, n in sorted(checked.excluded.items()))
        notes.append(f"{total} row{'s' if total != 1 else ''} excluded because of errors ({per_table})")
    return notes + summarise(checked.issues)  # errors, then warnings


def load(source: Path, store: Store, *, allow_invalid: bool = False,
         progress: Progress | None = None) -> list[CheckedExtract]:
    """Check every extract under SOURCE and load them into `store`, all or none.

    Every extract is checked even after one fails, so that all errors are known at once.
    Several extracts are checked in parallel, one process per core; each one's rows are
    released once loaded (the results keep the issues and counts).
    """
    folders = extract_folders(source)
    checked_all: list[CheckedExtract] = []
    invalid: list[CheckedExtract] = []

    def checked_extracts():
        for i, checked in enumerate(_validate_all(folders)):
            checked_all.append(checked)
            if progress:
                progress(i + 1, len(folders), checked.info.la_code)
            if checked.errors and not (allow_invalid and checked.rows):  # never load an empty extract
                invalid.append(checked)
            elif not invalid:
                yield checked, load_notes(checked)
            checked.tables = {}
        if invalid:
            raise InvalidExtract(invalid)

    store.load(checked_extracts())
    return checked_all


def _validate_all(folders: list[Path]) -> Iterator[CheckedExtract]:
    """The checked extracts in folder order; in a pool of fresh processes when there are several
    (spawned, not forked: DuckDB must not be forked with a connection open)."""
    workers = min(os.cpu_count() or 1, len(folders))
    if workers < 2:
        yield from map(validate, folders)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from pool.map(validate, folders)


def open_store(source: Path, *, allow_invalid: bool = False, progress: Progress | None = None) -> Store:
    """A store for SOURCE: an existing .duckdb file (read-only), or extract folders loaded in memory."""
    source = Path(source)
    if source.is_file():
        return Store(source, read_only=True)
    store = Store()
    load(source, store, allow_invalid=allow_invalid, progress=progress)
    return store


@dataclass
class CouncilIndicators:
    la_code: str
    la_name: str | None
    month: dt.date
    extracted_at: dt.date
    engine: str
    warnings: list[str]
    results: list[Result] = field(default_factory=list)
    key_messages: list[dict] = field(default_factory=list)

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.error]


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
    held = (month.year - start.year) * 12 + month.month - start.month + 1
    return max(REPORT_POINTS, min(60, held - 12))


def run_indicators(store: Store, month: dt.date, *, policy: Policy | None = None,
                   ids: list[str] | None = None, la_codes: list[str] | None = None,
                   engine: str = "duckdb", spark_master: str | None = None,
                   sn_model: int | None = None, targets: dict[str, Target] | None = None,
                   baseline_months: int | None = None) -> list[CouncilIndicators]:
    """Every indicator's 13-month series for each council in the store, in council-code order,
    with its benchmarks and judgement (rating, position, change, SPC over the longest history
    held or `baseline_months`, commentary) and each council's key messages."""
    councils = {c["la_code"]: c for c in store.councils()}
    if not councils:
        raise StoreError("the store holds no extract")
    wanted = la_codes or sorted(councils)
    unknown = [la for la in wanted if la not in councils]
    if unknown:
        raise StoreError(f"the store holds no extract for la_code {', '.join(unknown)}")
    if baseline_months is not None and baseline_months < REPORT_POINTS:
        raise ValueError(f"--baseline-months must be at least {REPORT_POINTS}")
    monthly = store.monthly_referrals()
    spans = {la: baseline_months or history_months(coverage_start(monthly.get(la, []), month), month)
             for la in wanted}
    targets = load_targets() if targets is None else targets
    backend = store.backend(engine, spark_master)
    ctx = Context(backend, wanted, month, policy or load_policy(),
                  present=store.columns_present(), n_months=max(spans.values()))
    results = compute(ctx, ids)
    out = []
    population_notes = _population_warnings(ctx)
    for la in wanted:
        info = councils[la]
        mine = [r for r in results if r.la_code == la]
        judged = []
        for r in mine:
            r.benchmark = benchmarks.comparison(r.indicator.id, la, month, sn_model)
            history, r.series = r.series[-spans[la]:], r.series[-REPORT_POINTS:]
            if r.available and not r.error:
                r.judgement = judge(r, history, targets.get(r.indicator.id))
                judged.append((r, r.judgement))
        warnings = list(info["notes"]) + population_notes.get(la, [])
        if month > info["extracted_at"].replace(day=1):
            warnings.append(f"the reporting month {month:%Y-%m} is after the extract date "
                            f"{info['extracted_at']:%Y-%m-%d}: its figures are incomplete")
        warnings += [w for r in mine for w in r.warnings]
        out.append(CouncilIndicators(la, info["la_name"], month, info["extracted_at"], engine,
                                     warnings, mine, key_messages(judged)))
    return out


def _population_warnings(ctx: Context) -> dict[str, list[str]]:
    rows = ctx.backend.to_pyarrow(
        ctx.population.filter(ctx.population.pop_year != ctx.population.year_used)
        .select("la_code", "pop_year", "year_used", "population").distinct()
        .order_by("la_code", "pop_year")).to_pylist()
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["la_code"], []).append(
            f"0-17 population for mid-{r['pop_year']} not held; used mid-{r['year_used']} "
            f"({r['population']:,}) for the months it covers")
    return out
