"""The committee cover report's council-specific text: shipped defaults a council can override.

The shipped ``safeguarding/report.toml`` holds every key; a council's file holds only the keys
it changes (an unknown key is an error). Text in [square brackets] is a placeholder for the
report author: the cover report shows it highlighted (see `PLACEHOLDER`).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

SHIPPED = "report.toml"

# A placeholder: bracketed text, e.g. "[Meeting date: to be completed]".
PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


class ReportSettingsError(ValueError):
    pass


@dataclass(frozen=True)
class ReportSettings:
    committee: str
    meeting_date: str
    report_by: str
    key_decision: str
    wards_affected: str
    recommendations: tuple[str, ...]
    alternative_options: str
    reasons_for_recommendations: str
    community_impact: str
    financial_implications: str
    legal_implications: str
    risk_management: str
    consultees: str
    background_papers: str

    def placeholders(self) -> list[str]:
        """The settings that still hold placeholder text for the report author to complete."""
        out = []
        for f in fields(self):
            value = getattr(self, f.name)
            texts = value if isinstance(value, tuple) else (value,)
            if any(PLACEHOLDER.search(t) for t in texts):
                out.append(f.name)
        return out


KNOWN = tuple(f.name for f in fields(ReportSettings))


def _parse(text: str, where: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ReportSettingsError(f"{where} is not valid TOML: {exc}") from exc


def _text(name: str, value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ReportSettingsError(f"{where}: report setting {name} must be non-empty text, got {value!r}")
    return value.strip()


def _check(name: str, value, where: str):
    if name == "meeting_date" and isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"   # 2014-10-01 -> "1 October 2014"
    if name == "meeting_date" and isinstance(value, dt.time):
        raise ReportSettingsError(f"{where}: report setting meeting_date must be a date "
                                  f"(e.g. 2014-10-01) or text, got the time {value!r}")
    if name == "recommendations":
        if not isinstance(value, list) or not value:
            raise ReportSettingsError(f"{where}: report setting recommendations must be a "
                                      f"non-empty list of text, got {value!r}")
        return tuple(_text(f"{name}[{i}]", v, where) for i, v in enumerate(value))
    return _text(name, value, where)


def load_report_settings(path: Path | None = None) -> ReportSettings:
    """The shipped defaults, overridden by the keys in `path` (unknown keys are an error)."""
    shipped = _parse(resources.files("safeguarding").joinpath(SHIPPED).read_text(encoding="utf-8"),
                     SHIPPED)
    values = {name: (value, SHIPPED) for name, value in shipped.items()}
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ReportSettingsError(f"report settings file {path} does not exist")
        override = _parse(path.read_text(encoding="utf-8"), str(path))
        unknown = sorted(set(override) - set(KNOWN))
        if unknown:
            raise ReportSettingsError(f"{path}: unknown report setting(s) {', '.join(unknown)}; "
                                      f"known: {', '.join(sorted(KNOWN))}")
        values.update({name: (value, str(path)) for name, value in override.items()})
    missing = [name for name in KNOWN if name not in values]
    unknown = sorted(set(values) - set(KNOWN))
    if missing or unknown:   # the shipped file and the dataclass disagree: a packaging fault
        raise ReportSettingsError(f"{SHIPPED} does not match the report settings "
                                  f"(missing: {', '.join(missing) or 'none'}; "
                                  f"unknown: {', '.join(unknown) or 'none'})")
    return ReportSettings(**{name: _check(name, value, where) for name, (value, where) in values.items()})
