"""Read an extract folder: extract.toml plus one ssd_*.csv or ssd_*.parquet file per table.

Every cell is read as text, exactly as written: typing and checking happen in the engine
(`sources.check`), so that a bad cell becomes a reported issue and never a crash or a guess.
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..schema import TABLES
from .issues import Issue

ROW = "_row"  # the row number column added to every raw table


class ExtractError(Exception):
    """The extract cannot be read at all (no folder, no or bad extract.toml)."""


@dataclass
class ExtractInfo:
    la_code: str
    extracted_at: dt.date
    la_name: str | None = None
    source_system: str | None = None
    population: dict[int, int] = field(default_factory=dict)  # [population] override


@dataclass
class RawExtract:
    info: ExtractInfo
    tables: dict[str, pa.Table]  # canonical table name -> text columns (lower-case names) + _row
    issues: list[Issue]


def read_info(path: Path) -> ExtractInfo:
    toml_path = path / "extract.toml"
    if not toml_path.is_file():
        raise ExtractError(f"{path} has no extract.toml (it needs at least la_code and extracted_at)")
    try:
        meta = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExtractError(f"{toml_path} is not valid TOML: {exc}") from exc
    missing = [k for k in ("la_code", "extracted_at") if k not in meta]
    if missing:
        raise ExtractError(f"{toml_path} lacks {', '.join(missing)}")
    extracted_at = meta["extracted_at"]
    if isinstance(extracted_at, dt.datetime):
        extracted_at = extracted_at.date()
    elif not isinstance(extracted_at, dt.date):
        try:
            extracted_at = dt.date.fromisoformat(str(extracted_at))
        except ValueError as exc:
            raise ExtractError(f"{toml_path}: extracted_at {extracted_at!r} is not a date (YYYY-MM-DD)") from exc
    population = {}
    for year, value in (meta.get("population") or {}).items():
        if not str(year).isdigit() or not isinstance(value, int) or value <= 0:
            raise ExtractError(f"{toml_path}: [population] needs year = positive whole number, got {year} = {value!r}")
        population[int(year)] = value
    return ExtractInfo(
        la_code=str(meta["la_code"]).strip(),
        extracted_at=extracted_at,
        la_name=meta.get("la_name"),
        source_system=meta.get("source_system"),
        population=population,
    )


def read_extract(path: Path) -> RawExtract:
    path = Path(path)
    if not path.is_dir():
        raise ExtractError(f"{path} is not a folder")
    info = read_info(path)
    tables: dict[str, pa.Table] = {}
    issues: list[Issue] = []
    for name in TABLES:
        files = sorted(p for p in path.iterdir() if p.name.lower() in (f"{name}.csv", f"{name}.parquet"))
        if len(files) > 1:
            issues.append(Issue("error", name, None, None, None,
                                "both a .csv and a .parquet file: keep one"))
            continue
        if not files:
            continue
        try:
            tables[name] = _read_csv(files[0]) if files[0].suffix.lower() == ".csv" else _read_parquet(files[0])
        except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
            issues.append(Issue("error", name, None, None, None, f"file cannot be read: {_first_line(exc)}"))
    return RawExtract(info, tables, issues)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _read_csv(path: Path) -> pa.Table:
    # UTF-8 (with or without a byte-order mark) first, then the Windows code page that
    # spreadsheet exports on council desktops often use.
    for text_encoding, arrow_encoding in (("utf-8-sig", "utf8"), ("cp1252", "cp1252")):
        try:
            with path.open(encoding=text_encoding, newline="") as f:
                names = next(csv.reader(f), [])
            table = pacsv.read_csv(
                path,
                read_options=pacsv.ReadOptions(encoding=arrow_encoding, block_size=1 << 24),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in names},
                    strings_can_be_null=False,
                ),
            )
            break
        except UnicodeDecodeError:
            continue
        except pa.ArrowInvalid as exc:
            if "UTF8" not in str(exc):
                raise
    else:
        raise UnicodeDecodeError("utf-8", b"", 0, 1, "neither UTF-8 nor Windows-1252 text")
    # CSV row numbers as a spreadsheet shows them: the header is row 1.
    return _normalise(table, first_row=2)


def _read_parquet(path: Path) -> pa.Table:
    table = pq.read_table(path)
    table = pa.table({n: pc.cast(table[n], pa.string()) for n in table.column_names})
    return _normalise(table, first_row=1)


def _normalise(table: pa.Table, first_row: int) -> pa.Table:
    names = [n.strip().lower() for n in table.column_names]
    table = table.rename_columns(names)
    rows = pa.array(np.arange(first_row, first_row + table.num_rows, dtype=np.int64))
    return table.append_column(ROW, rows)
