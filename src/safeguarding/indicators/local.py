"""Local indicators: a council's own indicators in TOML (``--indicators FILE_OR_FOLDER``), or
registered by an installed package through the ``safeguarding.indicators`` entry-point group.

Each ``[[indicator]]`` table gives id, name, unit, polarity, area and definition, and its
computation either declaratively (a table, a period, filters: see docs/local-indicators.md) or
as a ``sql`` query over the canonical tables. Both become ordinary `Indicator`s: a declarative
one's `fn` returns Ibis case tables as the built-ins' do, so it runs on every engine; a SQL one
carries its query (`Indicator.sql`), which `compute` runs on DuckDB only.

Everything is checked at load, every mistake at once: an `IndicatorsError` whose message has
one "FILE line N: ..." part per problem.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib.metadata import entry_points
from pathlib import Path

from . import local_declared, local_sql
from .registry import AREAS, PERIODS, REGISTRY, Indicator

ENTRY_POINT_GROUP = "safeguarding.indicators"
UNITS = ("count", "percent", "per_10k")
POLARITIES = ("high", "low", "neutral")
COMMON = ("id", "name", "unit", "polarity", "area", "definition")  # no DfE benchmark: local
ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")


class IndicatorsError(ValueError):
    """Local indicators that cannot be loaded; the message names each file and line."""


# --- where a mistake is: tomllib gives no line numbers, so the text is scanned --------------

_BLOCK = re.compile(r"^\s*\[\[\s*indicator\s*\]\]\s*(#.*)?$")


@dataclass
class _Lines:
    """The line of each [[indicator]] header and of each key inside it."""

    path: str
    blocks: list[tuple[int, dict[str, int]]] = field(default_factory=list)

    @classmethod
    def scan(cls, text: str, path: str) -> _Lines:
        lines, quote = cls(path), None  # quote: the multi-line string the line is inside
        for n, line in enumerate(text.splitlines(), 1):
            if quote is None and _BLOCK.match(line):
                lines.blocks.append((n, {}))
            elif quote is None and lines.blocks and (m := re.match(r"^\s*([A-Za-z_][\w-]*)\s*=", line)):
                lines.blocks[-1][1].setdefault(m.group(1), n)
            for q in ('"""', "'''"):
                if (quote in (None, q)) and line.count(q) % 2:
                    quote = None if quote else q
        return lines

    def where(self, i: int, key: str | None = None) -> str:
        start, keys = self.blocks[i] if i < len(self.blocks) else (0, {})
        return f"{self.path} line {keys.get(key, start) if key else start}"


# --- loading --------------------------------------------------------------------------------


def _one(spec, lines: _Lines, i: int, errors: list[str]) -> Indicator | None:
    at = lambda key=None: lines.where(i, key)  # noqa: E731
    if not isinstance(spec, dict):
        errors.append(f"{at()}: each indicator must be an [[indicator]] table")
        return None
    before = len(errors)
    allowed = COMMON + (local_sql.KEYS if "sql" in spec else local_declared.KEYS)
    errors += [f"{at(k)}: unknown key {k!r}" + (" in a SQL indicator" if "sql" in spec else "")
               for k in spec if k not in allowed]
    for key in ("id", "name", "unit", "polarity", "area", "definition", "period"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            errors.append(f"{at(key if key in spec else None)}: {key} is missing")
    ind_id = spec.get("id")
    if isinstance(ind_id, str) and not ID_PATTERN.fullmatch(ind_id):
        errors.append(f"{at('id')}: id {ind_id!r} must be lower case letters, digits and _")
    checks = (("unit", UNITS), ("polarity", POLARITIES), ("area", tuple(AREAS)), ("period", PERIODS))
    for key, allowed_values in checks:
        if isinstance(spec.get(key), str) and spec[key] not in allowed_values:
            errors.append(f"{at(key)}: unknown {key} {spec[key]!r}; one of {', '.join(allowed_values)}")
    lookback = spec.get("lookback")
    if lookback is not None and (not isinstance(lookback, int) or isinstance(lookback, bool) or lookback < 0):
        errors.append(f"{at('lookback')}: lookback must be a whole number of months")
    if len(errors) > before:
        return None
    if "sql" in spec:
        if not isinstance(spec["sql"], str):
            errors.append(f"{at('sql')}: sql must be a string")
            return None
        built = local_sql.check_sql(spec, at, errors)
        if built is None:
            return None
        needs, sql, fn = *built, local_sql.no_cases
    else:
        built = local_declared.check_declarative(spec, at, errors)
        if built is None:
            return None
        (needs, fn), sql, lookback = built, None, 0
    return Indicator(spec["id"], spec["name"].strip(), spec["unit"], spec["polarity"], spec["area"],
                     " ".join(spec["definition"].split()), None, needs, None, spec["period"], lookback, fn, sql=sql, origin=lines.where(i))


def parse_indicators(text: str, path: str) -> tuple[list[Indicator], list[str]]:
    """The indicators in one TOML text and the errors found (``path`` names it in them)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{path} is not valid TOML: {exc}"]
    lines = _Lines.scan(text, path)
    errors = [f"{path}: unknown table {k!r}; each indicator is an [[indicator]] table"
              for k in doc if k != "indicator"]
    specs = doc.get("indicator", [])
    if not isinstance(specs, list):
        return [], errors + [f"{path}: each indicator must be an [[indicator]] table (double brackets)"]
    found = [_one(spec, lines, i, errors) for i, spec in enumerate(specs)]
    return [f for f in found if f is not None], errors


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.toml"))
    if not path.is_file():
        raise IndicatorsError(f"indicators file {path} does not exist")
    return [path]


def load_indicators(paths: Iterable[Path | str] = (), *, plugins: bool = True) -> list[Indicator]:
    """The local indicators in each TOML file (or folder of them) and, with `plugins`, those the
    installed packages register; every error at once. An id already taken (built in, or twice
    here) is an error."""
    found: list[Indicator] = []
    errors: list[str] = []
    for path in paths:
        for f in _files(Path(path)):
            try:
                text = f.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                errors.append(f"{f} is not UTF-8 text: save it as UTF-8")
                continue
            inds, errs = parse_indicators(text, str(f))
            found += inds
            errors += errs
    if plugins:
        plugged, errs = plugin_indicators()
        found += plugged
        errors += errs
    seen: dict[str, Indicator] = {}
    for ind in found:
        first = seen.get(ind.id) or REGISTRY.get(ind.id)
        if first is not None and first is not ind:
            what = first.origin or "a built-in indicator"
            errors.append(f"{ind.origin}: duplicate id {ind.id!r} (also {what})")
        seen.setdefault(ind.id, ind)
    if errors:
        raise IndicatorsError("; ".join(errors))
    return [ind for ind in found if REGISTRY.get(ind.id) is not ind]


def plugin_indicators() -> tuple[list[Indicator], list[str]]:
    """What the packages in the ``safeguarding.indicators`` entry-point group provide. An entry
    point names a module (importing it registers its indicators with `@indicator`, as the
    built-ins do), or a callable returning `Indicator`s and/or paths of TOML files or folders."""
    found: list[Indicator] = []
    errors: list[str] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        where = f"entry point {ep.name} ({ep.value})"
        try:
            target = ep.load()
            provided = target() if callable(target) else ()
            for item in provided or ():
                if isinstance(item, Indicator):
                    found.append(item if item.origin else replace(item, origin=where))
                elif isinstance(item, (str, Path)):
                    for f in _files(Path(item)):
                        inds, errs = parse_indicators(f.read_text(encoding="utf-8"), str(f))
                        found += inds
                        errors += errs
                else:
                    errors.append(f"{where}: gave {type(item).__name__}, not an Indicator or a path")
        except IndicatorsError as exc:
            errors.append(f"{where}: {exc}")
        except Exception as exc:  # a broken plugin is named, never a silent gap
            errors.append(f"{where} failed to load ({type(exc).__name__})")
    return found, errors


@contextmanager
def registered(indicators: list[Indicator]) -> Iterator[list[Indicator]]:
    """Add local indicators to the registry for the duration (targets, events, compute and the
    docs all read it), and take them out again."""
    clash = [i.id for i in indicators if i.id in REGISTRY]
    if clash:
        raise IndicatorsError(f"duplicate id {clash[0]!r}: already registered")
    REGISTRY.update((i.id, i) for i in indicators)
    try:
        yield indicators
    finally:
        for i in indicators:
            if REGISTRY.get(i.id) is i:
                del REGISTRY[i.id]
