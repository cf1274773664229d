"""Writing an extract folder: one ssd_*.csv file per table and extract.toml."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .build import build_tables
from .dates import day_text, month_bounds
from .faults import InjectedError, inject_errors
from .params import PARAMS

_QUOTED_COLUMNS = {"cont_contact_outcome_json"}  # the only free text (it holds commas and quotes)


class ExtractCounts(dict):
    """Row counts per table; `injected_errors` lists the faults injected with errors=True."""

    injected_errors: list[InjectedError]

    def __init__(self, counts, injected_errors=()):
        super().__init__(counts)
        self.injected_errors = list(injected_errors)


def _csv_quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\n') else text


def _write_csv(path: Path, columns: dict[str, np.ndarray]) -> None:
    """A header row, then one line per row; '' is written as an empty cell."""
    cells = []
    for name, values in columns.items():
        values = values.tolist()
        if name in _QUOTED_COLUMNS:
            quoted = {text: _csv_quote(text) for text in set(values)}
            values = list(map(quoted.__getitem__, values))
        cells.append(values)
    lines = [",".join(columns)] + list(map(",".join, zip(*cells)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _extract_toml(la_code: str, la_name: str, extracted_at: str, seed: int,
                  injected: list[InjectedError]) -> str:
    lines = [f"la_code = {_toml_string(str(la_code))}", f"la_name = {_toml_string(la_name)}",
             f"extracted_at = {_toml_string(extracted_at)}",
             f"source_system = {_toml_string(f'synthetic (safeguarding synth, seed {seed})')}"]
    if injected:
        lines.append("# Injected data-quality faults (errors=True): kind: table, line, column = value")
        lines += [f"# {e.kind}: {e.table}, line {e.line}, {e.column} = {e.value!r}"
                  + ("" if e.is_error else " (valid: not an error)") for e in injected]
    return "\n".join(lines) + "\n"


def write_synthetic_extract(out_dir: Path, *, la_code: str, la_name: str, population: int,
                            start: str, end: str, seed: int, scale: float = 1.0,
                            errors: bool = False, extracted_at: str | None = None) -> ExtractCounts:
    """Write ssd_*.csv files and extract.toml into out_dir; return row counts per table.

    `start`/`end` are the first and last months ('YYYY-MM') of activity; `population` is the
    council's 0-17 population, multiplied by `scale`. `extracted_at` ('YYYY-MM-DD') defaults
    to three days after the end month. The same arguments give byte-identical files. With
    `errors` the documented faults are injected; the result's `injected_errors` lists them.
    Working days come from the project calendar (1990-2040), which must hold the 19 years of
    history before `start` and ten years after the cut-off: `start` from 2009-01, the cut-off
    up to 2030-12-24 (ValueError otherwise).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    extracted_at = extracted_at or day_text(month_bounds(end)[1] + 3)
    tables = build_tables(population * scale, start, end, seed, extracted_at, PARAMS)
    injected = inject_errors(tables) if errors else []
    for name, columns in tables.items():
        _write_csv(out_dir / f"{name}.csv", columns)
    toml = _extract_toml(la_code, la_name, extracted_at, seed, injected)
    (out_dir / "extract.toml").write_text(toml, encoding="utf-8", newline="\n")
    counts = {name: len(next(iter(columns.values()))) for name, columns in tables.items()}
    return ExtractCounts(counts, injected)
