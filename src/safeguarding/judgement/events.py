"""Events: what happened when, in a TOML file the council owns (``--events FILE``).

A list of ``[[event]]`` tables::

    [[event]]
    date = 2014-02-03              # YYYY-MM-DD (a TOML date, or a string in that form)
    label = "New front door"       # plain text, shown on the charts and in the commentary
    indicators = "all"             # or a list of indicator ids
    rebase = true                  # optional, default false: recalculate the SPC limits from
                                   # the event's month (see safeguarding.judgement.spc)

Rules
    * ``date`` and ``label`` are required; ``indicators`` is required too ("all" or a non-empty
      list of known ids); no other keys.
    * ``label`` is one line of plain text, at most ``MAX_LABEL`` characters, without control
      characters (it is escaped wherever it is shown, but a chart label is one line).
    * Every mistake is an ``EventsError`` naming the file, the event (by its number, from 1) and
      the problem: invalid TOML, a missing file, an unknown indicator id (with close matches), a
      bad date, a missing or empty label, a rebase that is not true or false.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..indicators import REGISTRY
from ..results import EventMark
from .targets import _did_you_mean

MAX_LABEL = 80
KEYS = ("date", "label", "indicators", "rebase")


class EventsError(ValueError):
    pass


@dataclass(frozen=True)
class Event:
    date: dt.date
    label: str
    indicators: tuple[str, ...] | None  # None: every indicator
    rebase: bool = False

    @property
    def month(self) -> str:
        """YYYY-MM, as the SPC points are keyed."""
        return f"{self.date:%Y-%m}"

    def applies_to(self, indicator_id: str) -> bool:
        return self.indicators is None or indicator_id in self.indicators

    def mark(self) -> EventMark:
        """The event as the judgement records it (results.py)."""
        return EventMark(self.date.isoformat(), self.month, self.label, self.rebase)


def _date(value, where: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, (dt.date, str)):
        raise EventsError(f"{where}: date must be YYYY-MM-DD, got {value!r}")
    if isinstance(value, dt.date):
        return value
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise EventsError(f"{where}: date must be YYYY-MM-DD, got {value!r}") from None


def _label(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise EventsError(f"{where}: label must be some plain text, got {value!r}")
    if any(unicodedata.category(c)[0] == "C" for c in value):
        raise EventsError(f"{where}: label must be plain text on one line, without control "
                          f"characters")
    if len(value) > MAX_LABEL:
        raise EventsError(f"{where}: label is {len(value)} characters long; at most {MAX_LABEL}")
    return value.strip()


def _indicators(value, where: str) -> tuple[str, ...] | None:
    if value == "all":
        return None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise EventsError(f"{where}: indicators must be \"all\" or a list of indicator ids, "
                          f"got {value!r}")
    for ind_id in value:
        if ind_id not in REGISTRY:
            raise EventsError(f"{where}: unknown indicator id {ind_id!r}{_did_you_mean(ind_id)}")
    return tuple(dict.fromkeys(value))


def parse_event(table, where: str) -> Event:
    if not isinstance(table, dict):
        raise EventsError(f"{where} must be a table of date, label, indicators and rebase")
    unknown = [k for k in table if k not in KEYS]
    if unknown:
        raise EventsError(f"{where}: unknown key {unknown[0]!r}; known: {', '.join(KEYS)}")
    for key in ("date", "label", "indicators"):
        if key not in table:
            raise EventsError(f"{where}: {key} is missing")
    rebase = table.get("rebase", False)
    if not isinstance(rebase, bool):
        raise EventsError(f"{where}: rebase must be true or false, got {rebase!r}")
    return Event(_date(table["date"], where), _label(table["label"], where),
                 _indicators(table["indicators"], where), rebase)


def parse_events(text: str, where: str) -> list[Event]:
    """Every event in an events TOML text, in date order (``where`` names it in errors)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EventsError(f"{where} is not valid TOML: {exc}") from exc
    unknown = [k for k in doc if k != "event"]
    if unknown:
        raise EventsError(f"{where}: unknown table {unknown[0]!r}; each event is an [[event]] "
                          f"table")
    tables = doc.get("event", [])
    if not isinstance(tables, list):
        raise EventsError(f"{where}: each event must be an [[event]] table (double brackets)")
    events = [parse_event(t, f"{where}: event {n}") for n, t in enumerate(tables, 1)]
    return sorted(events, key=lambda e: e.date)


def load_events(path: Path | str | None = None) -> list[Event]:
    """The council's events (none without a file)."""
    if path is None:
        return []
    path = Path(path)
    if not path.is_file():
        raise EventsError(f"events file {path} does not exist")
    return parse_events(path.read_text(encoding="utf-8"), str(path))


def events_for(events: list[Event], indicator_id: str, months: list[str]) -> list[Event]:
    """The events that apply to an indicator and fall within the months of its SPC chart."""
    if not months:
        return []
    return [e for e in events if e.applies_to(indicator_id) and months[0] <= e.month <= months[-1]]
