"""Targets and tolerances: what each indicator is judged against, in a TOML file the council owns.

One table per indicator id (see the shipped ``safeguarding/targets.toml``)::

    [cp_visits_in_timescale]     # a high or low polarity indicator
    target = 100                 # the aim: at or better than this is green
    amber = 95                   # at or better than this (by polarity), worse than the target: amber

    [cp_per_10k]                 # a neutral indicator: no better or worse, an expected range
    range = ["neighbours", "england"]  # each a benchmark name or a number; either order
    amber_margin = 10            # percent of the nearer bound: outside by no more is amber

Rules
    * ``target`` is required with ``amber``; ``amber`` is optional (without it there is no amber
      band: green or red). ``amber`` may not be better than ``target`` by the polarity: for
      ``high`` it must be <= target, for ``low`` >= target.
    * Neutral indicators take ``range`` (and optionally ``amber_margin``, default 10) and never
      ``target``/``amber``; high and low indicators take ``target``/``amber`` and never ``range``.
    * Percentages must lie between 0 and 100; no figure may be negative.
    * A benchmark name is one of ``BENCHMARK_NAMES``, a key of the benchmark dict each indicator
      carries (``safeguarding.benchmarks.compare.comparison``).
    * ``load_targets(path)``: the shipped defaults, then the council's file; a council's table
      for an indicator *replaces* the default for that indicator (keys are not merged), so an
      empty table (``[contacts_screened_24h]`` with nothing under it) removes the target.
    * Every mistake is a ``TargetsError`` naming the file and the indicator: invalid TOML, a
      missing file, an unknown indicator id (with close matches), an unknown key, a value that
      is not a number, amber on the wrong side of the target, a range on an indicator that is
      not neutral, or a malformed range.
"""

from __future__ import annotations

import difflib
import math
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..indicators import REGISTRY, Indicator

BENCHMARK_NAMES = ("council", "neighbours", "region", "england")
DEFAULT_AMBER_MARGIN = 10.0
SHIPPED = "targets.toml"


class TargetsError(ValueError):
    pass


@dataclass(frozen=True)
class Target:
    """The judgement standard for one indicator.

    ``target``/``amber`` for high and low polarity; ``range`` (two bounds, each a benchmark name
    or a number) and ``amber_margin`` (percent) for neutral. ``source`` says where it came from:
    ``"targets.toml"`` (the shipped defaults) or the council's file path.
    """
    indicator: str
    target: float | None = None
    amber: float | None = None
    range: tuple[str | float, str | float] | None = None
    amber_margin: float = DEFAULT_AMBER_MARGIN
    source: str = SHIPPED

    @property
    def empty(self) -> bool:
        return self.target is None and self.range is None


def resolve_indicator(indicator: Indicator | str) -> Indicator:
    """An ``Indicator`` from itself or its id (KeyError, with close matches, for an unknown id)."""
    if isinstance(indicator, Indicator):
        return indicator
    if indicator not in REGISTRY:
        raise KeyError(f"unknown indicator id {indicator!r}{_did_you_mean(indicator)}")
    return REGISTRY[indicator]


def _did_you_mean(name: str) -> str:
    close = difflib.get_close_matches(name, list(REGISTRY), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _number(v, what: str, where: str, ind: Indicator) -> float:
    if not _is_number(v):
        raise TargetsError(f"{where}: [{ind.id}] {what} must be a number, got {v!r}")
    v = float(v)
    if v < 0:
        raise TargetsError(f"{where}: [{ind.id}] {what} must not be negative, got {v:g}")
    if ind.unit == "percent" and what in ("target", "amber") and v > 100:
        raise TargetsError(f"{where}: [{ind.id}] {what} is a percentage and must be between 0 "
                           f"and 100, got {v:g}")
    return v


def _bound(v, where: str, ind: Indicator) -> str | float:
    if isinstance(v, str):
        if v not in BENCHMARK_NAMES:
            raise TargetsError(f"{where}: [{ind.id}] range bound {v!r} is not a benchmark name: "
                               f"use one of {', '.join(BENCHMARK_NAMES)}, or a number")
        return v
    if not _is_number(v) or v < 0:
        raise TargetsError(f"{where}: [{ind.id}] range bound {v!r} must be a benchmark name "
                           f"({', '.join(BENCHMARK_NAMES)}) or a number >= 0")
    return float(v)


def parse_entry(ind_id: str, table, where: str) -> Target:
    """Check one indicator's table and return its ``Target``."""
    if ind_id not in REGISTRY:
        raise TargetsError(f"{where}: unknown indicator id [{ind_id}]{_did_you_mean(ind_id)}")
    ind = REGISTRY[ind_id]
    if not isinstance(table, dict):
        raise TargetsError(f"{where}: {ind_id} must be a table ([{ind_id}] with its keys under "
                           f"it), got {table!r}")
    allowed = ("range", "amber_margin") if ind.polarity == "neutral" else ("target", "amber")
    for key in table:
        if key in allowed:
            continue
        if key == "range":
            raise TargetsError(f"{where}: [{ind_id}] has a range, but only neutral indicators take "
                               f"one; {ind_id} has {ind.polarity} polarity: give target and amber")
        if key in ("target", "amber"):
            raise TargetsError(f"{where}: [{ind_id}] is a neutral indicator (no better or worse): "
                               f"give a range, not {key}")
        raise TargetsError(f"{where}: [{ind_id}] unknown key {key!r}; "
                           f"known for a {ind.polarity} indicator: {', '.join(allowed)}")

    if ind.polarity == "neutral":
        if "range" not in table:
            if "amber_margin" in table:
                raise TargetsError(f"{where}: [{ind_id}] amber_margin needs a range")
            return Target(ind_id, source=where)
        rng = table["range"]
        if not isinstance(rng, list) or len(rng) != 2:
            raise TargetsError(f"{where}: [{ind_id}] range must be a list of two bounds, e.g. "
                               f"[\"neighbours\", \"england\"] or [40, 55], got {rng!r}")
        bounds = (_bound(rng[0], where, ind), _bound(rng[1], where, ind))
        margin = _number(table.get("amber_margin", DEFAULT_AMBER_MARGIN), "amber_margin", where,
                         ind)
        return Target(ind_id, range=bounds, amber_margin=margin, source=where)

    if "target" not in table:
        if "amber" in table:
            raise TargetsError(f"{where}: [{ind_id}] amber needs a target")
        return Target(ind_id, source=where)
    target = _number(table["target"], "target", where, ind)
    amber = _number(table["amber"], "amber", where, ind) if "amber" in table else None
    if amber is not None:
        if ind.polarity == "high" and amber > target:
            raise TargetsError(f"{where}: [{ind_id}] higher is better, so amber ({amber:g}) must "
                               f"not be above the target ({target:g})")
        if ind.polarity == "low" and amber < target:
            raise TargetsError(f"{where}: [{ind_id}] lower is better, so amber ({amber:g}) must "
                               f"not be below the target ({target:g})")
    return Target(ind_id, target=target, amber=amber, source=where)


def _parse(text: str, where: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TargetsError(f"{where} is not valid TOML: {exc}") from exc


def parse_targets(text: str, where: str) -> dict[str, Target]:
    """Every indicator table in a targets TOML text (``where`` names it in errors)."""
    return {ind_id: parse_entry(ind_id, table, where)
            for ind_id, table in _parse(text, where).items()}


def load_targets(path: Path | str | None = None) -> dict[str, Target]:
    """The shipped defaults, each indicator's overridden by the council's table in ``path``.

    Indicators with no target anywhere (or an empty table) are left out: ``rag`` then says
    ``no_target``.
    """
    targets = parse_targets(resources.files("safeguarding").joinpath(SHIPPED).read_text(
        encoding="utf-8"), SHIPPED)
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise TargetsError(f"targets file {path} does not exist")
        targets.update(parse_targets(path.read_text(encoding="utf-8"), str(path)))
    return {k: v for k, v in targets.items() if not v.empty}
