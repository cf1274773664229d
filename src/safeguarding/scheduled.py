"""`safeguarding run --config council.toml`: the whole monthly cycle as one scheduled job.

Load the source as a snapshot (identical content is the snapshot already held), compute the
month (by default the last complete month as of today: an extract that does not hold it in
full is "not ready"), and write the
report pack to `OUT/YYYY-MM/` (a folder per council when the store holds several); an internal
pack (`classification = "internal"`) also gets the case lists, `performance-cases.xlsx`, as
`safeguarding report --classification internal` writes them; an open pack never does. Every run
appends one line to `OUT/run-log.tsv`: time, councils, month, snapshots, outcome, exit code;
never a path, a name or a cell of the data.

Safe to run twice: `OUT/YYYY-MM/.run.json` records what the pack was made from (snapshots,
settings, classification, package version); when nothing of that changed the pack is left as
it is ("already up to date") and the store is not written either (the load finds the snapshot
it already holds). The store is one DuckDB transaction per load and the pack is staged and
moved into place (report.pack), so a run killed at any moment leaves both as they were; a
second run on the same store while one is running is refused (store.Store).

With `reuse_history = true`, the months before the reporting month are taken from the results
kept for each council's previous snapshot, and this run's are kept in the store (`history`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import app
from .judgement.events import EventsError, load_events
from .judgement.targets import TargetsError, load_targets
from .policy import PolicyError, load_policy
from .report.settings import ReportSettingsError, load_report_settings
from .revisions import with_report_notes
from .sources import ExtractError
from .sources.database import Unreachable, is_url
from .store import Store, StoreError, _package_version

# Exit codes, distinct so that a scheduler can tell them apart.
DONE = 0  # the pack is written, or already up to date
FAILED = 2  # anything else: a bad config, a store in use or of another version, a bug
NOT_READY = 3  # the source is not there yet, or the month is not complete in it: try later
INVALID = 4  # the source has errors in its data (see `safeguarding validate`)
EXIT_CODES = {DONE: "done", FAILED: "failure", NOT_READY: "source not ready or partial month",
              INVALID: "invalid data"}

KEYS = {"source", "store", "out", "la", "month", "targets", "events", "policy", "report_settings",
        "classification", "allow_invalid", "reuse_history"}
PATHS = ("source", "store", "out", "targets", "events", "policy", "report_settings")
LOG = "run-log.tsv"
STAMP = ".run.json"


class ConfigError(ValueError):
    pass


@dataclass
class RunConfig:
    source: Path | str  # a file or folder, or a database URL (sources/database.py)
    store: Path
    out: Path
    la: str | None = None
    month: dt.date | None = None
    targets: Path | None = None
    events: Path | None = None
    policy: Path | None = None
    report_settings: Path | None = None
    classification: str = "open"
    allow_invalid: bool = False
    reuse_history: bool = False  # history as reported: see history.py


@dataclass
class RunOutcome:
    code: int
    message: str
    month: dt.date | None = None
    councils: list[str] = field(default_factory=list)
    snapshots: list[int] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    unchanged: bool = False  # done, and the pack was already up to date

    @property
    def outcome(self) -> str:
        return "done, already up to date" if self.unchanged else EXIT_CODES[self.code]


def read_config(path: Path) -> RunConfig:
    """The run's settings; relative paths are relative to the config file's folder."""
    path = Path(path)
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"config {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config {path} is not UTF-8 text: save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config {path} is not valid TOML: {exc}") from None
    unknown = sorted(set(values) - KEYS)
    missing = sorted({"source", "store", "out"} - set(values))
    problems = ([f"unknown key(s) {', '.join(unknown)}"] if unknown else []) + (
        [f"missing key(s) {', '.join(missing)}"] if missing else [])
    for key in PATHS:
        if key in values and not isinstance(values[key], str):
            problems.append(f"{key} must be a string (a path)")
    if values.get("classification", "open") not in ("open", "internal"):
        problems.append("classification must be \"open\" or \"internal\"")
    for key in ("allow_invalid", "reuse_history"):
        if not isinstance(values.get(key, False), bool):
            problems.append(f"{key} must be true or false")
    if "la" in values and not isinstance(values["la"], str):
        problems.append("la must be a string, the council's DfE number, e.g. \"884\"")
    month = None
    if "month" in values:
        try:
            month = app.parse_month(str(values["month"]))
        except ValueError as exc:
            problems.append(str(exc))
    if problems:
        raise ConfigError(f"config {path}: " + "; ".join(problems) + f" (keys: {', '.join(sorted(KEYS))})")
    here = path.parent
    paths: dict[str, Path | str] = {k: here / values[k] for k in PATHS if k in values}
    if is_url(values.get("source")):  # never a path (a URL with a password is refused on read)
        paths["source"] = values["source"]
    return RunConfig(**paths, la=values.get("la"), month=month,
                     classification=values.get("classification", "open"),
                     allow_invalid=values.get("allow_invalid", False),
                     reuse_history=values.get("reuse_history", False))


def run(config: RunConfig) -> RunOutcome:
    """The monthly cycle for one config; the outcome is logged in OUT/run-log.tsv."""
    try:
        outcome = _run(config)
    except app.InvalidExtract as exc:
        outcome = RunOutcome(INVALID, str(exc))
    except app.PartialMonth as exc:
        outcome = RunOutcome(NOT_READY, str(exc))
    except Unreachable as exc:
        outcome = RunOutcome(NOT_READY, str(exc))
    except ExtractError as exc:
        code = NOT_READY if _missing(config.source) else INVALID
        outcome = RunOutcome(code, str(exc) + (": the source is not there yet"
                                               if code == NOT_READY else ""))
    except (StoreError, app.RunError, ConfigError, PolicyError, TargetsError, EventsError,
            ReportSettingsError) as exc:
        outcome = RunOutcome(FAILED, str(exc))
    except OSError as exc:
        outcome = RunOutcome(FAILED, f"{exc.filename or ''}: {exc.strerror}" if exc.strerror
                             else f"unexpected failure ({type(exc).__name__})")
    except Exception as exc:  # its text may quote a cell: named by its type alone
        outcome = RunOutcome(FAILED, f"unexpected failure ({type(exc).__name__})")
    _log(config.out, outcome)
    return outcome


def _missing(source: Path | str) -> bool:
    """Whether a file source is not there (yet); a database is there until it fails to answer."""
    return not is_url(source) and not Path(source).exists()


def _run(config: RunConfig) -> RunOutcome:
    policy = load_policy(config.policy)  # every settings file checked before any work
    targets = load_targets(config.targets)
    events = load_events(config.events)
    settings = load_report_settings(config.report_settings)
    if _missing(config.source):
        return RunOutcome(NOT_READY, "the source is not there yet")
    config.store.parent.mkdir(parents=True, exist_ok=True)
    store = Store(config.store)
    try:
        app.load(config.source, store, allow_invalid=config.allow_invalid, la_code=config.la)
        councils = store.councils()
        if config.la:
            councils = [c for c in councils if c["la_code"] == config.la]
        las = [c["la_code"] for c in councils]
        # By default the last complete month today: an extract that does not hold it in full
        # is "not ready" (PartialMonth), never quietly last month's pack again.
        month = config.month or app.latest_complete_month(dt.date.today())
        snapshots = [c["snapshot_id"] for c in councils]
        stamp = _stamp(config, store, snapshots, month)
        folders = {la: _folder(config.out, month, la, len(las)) for la in las}
        if all(_up_to_date(folder, stamp) for folder in folders.values()):
            return RunOutcome(DONE, "already up to date: the pack for this month and snapshot "
                              "is in place; nothing written", month, las, snapshots,
                              unchanged=True)
        results = app.run_indicators(store, month, policy=policy, la_codes=las, targets=targets,
                                     events=events, equality=True,  # the pack's equality page
                                     reuse_history=config.reuse_history)
        failed = [r for c in results for r in c.failed]
        if failed:
            return RunOutcome(FAILED, f"{len(failed)} indicator(s) failed: "
                              + "; ".join(f"{r.indicator.id} ({r.la_code}): {r.failure}" for r in failed),
                              month, las, snapshots)
        results = with_report_notes(results, store, policy, config.classification)
        cases = {}
        if config.classification == "internal":  # child-level: internal packs only
            from .cases import run_cases
            cases = {cc.la_code: cc for cc in run_cases(store, month, la_codes=las, policy=policy)}
    finally:
        store.close()
    from .report.pack import write_pack  # the renderers are slow to import: only when needed

    written = []
    for c in results:
        folder = folders[c.la_code]
        written += write_pack(c, folder, classification=config.classification, settings=settings,
                              cases=cases.get(c.la_code))
        _write_stamp(folder, stamp)
    return RunOutcome(DONE, "report pack written", month, las, snapshots, written)


def _folder(out: Path, month: dt.date, la: str, councils: int) -> Path:
    folder = out / month.strftime("%Y-%m")
    return folder / la if councils > 1 else folder


def _stamp(config: RunConfig, store: Store, snapshots: list[int], month: dt.date) -> dict:
    """What a pack is made from: if none of it changed, neither would the pack."""
    hashes = {s["snapshot_id"]: s["content_hash"] for s in store.snapshots()}

    def digest(path: Path | None) -> str | None:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path else None

    return {"month": month.strftime("%Y-%m"), "snapshots": {str(i): hashes[i] for i in snapshots},
            "classification": config.classification, "package": _package_version(),
            **({"reuse_history": True} if config.reuse_history else {}),
            "settings": {k: digest(getattr(config, k))
                         for k in ("targets", "events", "policy", "report_settings")}}


def _up_to_date(folder: Path, stamp: dict) -> bool:
    from .report.pack import CASES_FILE, FILES

    try:
        held = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    files = (*FILES, CASES_FILE) if stamp["classification"] == "internal" else FILES
    return held == stamp and all((folder / name).is_file() for name in files)


def _write_stamp(folder: Path, stamp: dict) -> None:
    """Written after the pack, and atomically: a run killed before it just writes the pack again."""
    part = folder / f"{STAMP}.partial"
    part.write_text(json.dumps(stamp, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(part, folder / STAMP)


def _log(out: Path, outcome: RunOutcome) -> None:
    """One tab-separated line per run: no paths, names or data, so the log can be shared."""
    out.mkdir(parents=True, exist_ok=True)
    log = out / LOG
    line = "\t".join([dt.datetime.now().isoformat(timespec="seconds"),
                      ",".join(outcome.councils) or "-",
                      outcome.month.strftime("%Y-%m") if outcome.month else "-",
                      ",".join(map(str, outcome.snapshots)) or "-", outcome.outcome,
                      str(outcome.code)])
    new = not log.exists()
    with log.open("a", encoding="utf-8") as f:
        if new:
            f.write("time\tcouncils\tmonth\tsnapshots\toutcome\texit_code\n")
        f.write(line + "\n")
