"""Local standards: the catalogue's policy values, with defaults a council can override."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path


class PolicyError(ValueError):
    pass


@dataclass(frozen=True)
class Policy:
    assessment_timescale_wd: int
    cp_visit_interval_wd: int
    revision_threshold_percent: int
    caseload_max: int = 18  # children allocated to one worker above which a caseload is high


def _parse(text: str, where: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{where} is not valid TOML: {exc}") from exc


def load_policy(path: Path | None = None) -> Policy:
    """The shipped defaults, overridden by the keys in `path` (unknown keys are an error)."""
    values = _parse(resources.files("safeguarding").joinpath("policy.toml").read_text(), "policy.toml")
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise PolicyError(f"policy file {path} does not exist")
        override = _parse(path.read_text(encoding="utf-8"), str(path))
        known = {f.name for f in fields(Policy)}
        unknown = sorted(set(override) - known)
        if unknown:
            raise PolicyError(f"{path}: unknown policy key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values.update(override)
    for name, value in values.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            unit = ("percent" if name.endswith("_percent") else "children" if name == "caseload_max"
                    else "working days")
            raise PolicyError(f"policy {name} must be a whole number of {unit} >= 0, got {value!r}")
    return Policy(**values)
