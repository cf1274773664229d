"""Read an extract folder: extract.toml plus one ssd_*.csv or ssd_*.parquet file per table.

Every cell is read as text, exactly as written: typing and checking happen in the engine
(`sources.check`), so that a bad cell becomes a reported issue and never a crash or a guess.

What reaches an Issue's `table`, `column` and `problem` here is fixed wording, contract names
and positions only: a file's content (a ragged row, a header that was really a child's record)
and a stray file's name go in `value` or `detail`, which only `validate` shows to the analyst.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import difflib
import re
import tomllib
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .. import reference
from ..schema import TABLES
from .issues import Issue

ROW = "_row"  # the row number column added to every raw table
FOLDER = "extract folder"  # the Issue.table of findings about the folder, not one table
TABLE_SUFFIXES = (".csv", ".parquet")
WORKBOOKS = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
# The DfE major ethnic groups a council may give its 0-17 population by
# (`[population_by_ethnicity]`); indicators.breakdowns groups children by the same names.
ETHNIC_GROUP_NAMES = ("White", "Mixed", "Asian or Asian British", "Black or Black British",
                      "Other ethnic group")
# Left alone without a word: the metadata, and what operating systems and Office leave behind.
NOT_DATA = {"extract.toml", "thumbs.db", "desktop.ini", "__macosx"}


class ExtractError(Exception):
    """The extract cannot be read at all (no folder, no or bad extract.toml)."""


@dataclass
class ExtractInfo:
    la_code: str
    extracted_at: dt.date
    la_name: str | None = None
    source_system: str | None = None
    population: dict[int, int] = field(default_factory=dict)  # [population] override
    # [population_by_ethnicity]: 0-17 population of each of ETHNIC_GROUP_NAMES (all or none)
    population_by_ethnicity: dict[str, int] = field(default_factory=dict)


@dataclass
class RawExtract:
    info: ExtractInfo
    tables: dict[str, pa.Table]  # canonical table name -> text contract columns (lower-case) + _row
    issues: list[Issue]


def read_info(path: Path) -> ExtractInfo:
    toml_path = path / "extract.toml"
    if not toml_path.is_file():
        raise ExtractError(f"{path} has no extract.toml (it needs at least la_code and extracted_at)")
    return parse_info(read_toml(toml_path), toml_path)


def read_toml(toml_path: Path) -> dict:
    try:
        return tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExtractError(f"{toml_path} is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ExtractError(f"{toml_path} cannot be read ({exc.strerror})") from None


def parse_info(meta: dict, toml_path: Path | str) -> ExtractInfo:
    """An extract's settings (extract.toml's keys) checked; `toml_path`: where they were given."""
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
    table = meta.get("population") or {}
    if not isinstance(table, dict):
        raise ExtractError(f"{toml_path}: population must be a [population] table of year = number")
    for year, value in table.items():
        if not str(year).isdigit() or not isinstance(value, int) or value <= 0:
            raise ExtractError(f"{toml_path}: [population] needs year = positive whole number, got {year} = {value!r}")
        population[int(year)] = value
    return ExtractInfo(
        la_code=la_code_checked(meta["la_code"], toml_path),
        extracted_at=extracted_at,
        la_name=_text(meta, "la_name", toml_path),
        source_system=_text(meta, "source_system", toml_path),
        population=population,
        population_by_ethnicity=_by_ethnicity(meta, toml_path),
    )


def _by_ethnicity(meta: dict, toml_path: Path | str) -> dict[str, int]:
    """`[population_by_ethnicity]`: every DfE major group = its 0-17 population (a whole number,
    0 or more, not all 0); every problem in one error."""
    table = meta.get("population_by_ethnicity")
    if table is None:
        return {}
    where = f"{toml_path}: [population_by_ethnicity]"
    if not isinstance(table, dict):
        raise ExtractError(f"{where} must be a table of ethnic group = number")
    problems = [f"unknown group {k!r}" for k in table if k not in ETHNIC_GROUP_NAMES]
    problems += [f"{k!r} is missing" for k in ETHNIC_GROUP_NAMES if k not in table]
    problems += [f"{k!r} = {v!r} is not a whole number, 0 or more" for k, v in table.items()
                 if k in ETHNIC_GROUP_NAMES and (isinstance(v, bool) or not isinstance(v, int) or v < 0)]
    if not problems and not sum(table.values()):
        problems.append("every group is 0")
    if problems:
        raise ExtractError(f"{where}: {'; '.join(problems)} (it needs each of "
                           f"{', '.join(repr(g) for g in ETHNIC_GROUP_NAMES)} = the 0-17 "
                           f"population, as in the census)")
    return {g: table[g] for g in ETHNIC_GROUP_NAMES}


def _text(meta: dict, key: str, toml_path: Path) -> str | None:
    """A free-text setting printed on every page: plain text, no control characters (an ESC
    would drive a terminal; Word and Excel files cannot hold most of them)."""
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ExtractError(f"{toml_path}: {key} must be text in quotes")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in value):
        raise ExtractError(f"{toml_path}: {key} holds control characters; write it as plain text")
    return value.strip() or None


def la_code_checked(value: object, toml_path: Path | str) -> str:
    """The DfE 3-digit number of a council in the reference table. Nothing else passes: the code
    names store rows and report folders, and begins CSV rows. `toml_path`: where it was given."""
    code = str(value).strip()
    known = {c.la_code: c for c in reference.councils()}
    if code in known:
        return code
    by_ons = {c.ons_code: c for c in reference.councils()}
    shown = repr(code[:20])
    if code.upper() in by_ons:
        c = by_ons[code.upper()]
        raise ExtractError(f"{toml_path}: la_code {shown} is an ONS code; use the DfE 3-digit "
                           f"number of {c.name}, {c.la_code}")
    if re.fullmatch(r"\d{3}", code):
        raise ExtractError(f"{toml_path}: la_code {shown} is not a council in the reference table "
                           "(DfE 3-digit numbers, e.g. 884 for Herefordshire)")
    raise ExtractError(f"{toml_path}: la_code {shown} is not a DfE 3-digit LA number; "
                       "use the DfE 3-digit number, e.g. 884")


def read_extract(path: Path) -> RawExtract:
    path = Path(path)
    if not path.is_dir():
        raise ExtractError(f"{path} is not a folder")
    info = read_info(path)
    files, issues = _table_files(path)
    tables: dict[str, pa.Table] = {}
    for name, file in files.items():
        read = _read_csv if file.suffix.lower() == ".csv" else _read_parquet
        table, found = read(name, file)
        issues += found
        if table is not None:
            tables[name] = table
            if not table.num_rows:
                issues.append(Issue("warning", name, None, None, None, "table has no rows"))
    return RawExtract(info, tables, issues)


def _table_files(path: Path) -> tuple[dict[str, Path], list[Issue]]:
    """The file to read for each table supplied, and a warning for every other file: nothing
    in the folder is left unread without a word."""
    candidates: dict[str, list[Path]] = {}
    issues = []
    for p in sorted(path.iterdir()):
        if p.name.lower() in NOT_DATA or p.name.startswith((".", "~$")):
            continue
        stem, _, rest = p.name.lower().partition(".")
        suffix = "." + rest if rest else ""
        if p.is_dir():
            problem, hint = "sub-folder not read", None
        elif stem in TABLES and suffix in TABLE_SUFFIXES:
            candidates.setdefault(stem, []).append(p)
            continue
        elif suffix in WORKBOOKS:
            problem, hint = "workbooks are not read; save as CSV", _nearest(stem, TABLES)
        elif stem in TABLES:
            problem, hint = "not read: only .csv and .parquet files are read", None
        elif stem.startswith("ssd_"):
            problem, hint = "not a table of the data contract: not read", _nearest(stem, TABLES)
        else:
            problem, hint = "file not read", None
        table = stem if stem in TABLES else FOLDER
        issues.append(Issue("warning", table, None, None, p.name, problem,
                            detail=f"did you mean {hint}?" if hint and hint != stem else None))
    files = {}
    for name, found in candidates.items():
        if len(found) > 1:
            issues.append(Issue("error", name, None, None, ", ".join(p.name for p in found),
                                "more than one file for this table: keep one"))
        else:
            files[name] = found[0]
    return files, issues


def _nearest(word: str, choices) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return close[0] if close else None


def _columns(name: str, headers: list[str], contract: Collection[str] | None = None
             ) -> tuple[dict[str, str] | None, list[Issue]]:
    """The contract columns in a file's header (canonical name -> header as written), or None
    when the table cannot be read safely (a contract column appears twice, in any case).
    Other headers are warned about and not read. `contract`: the columns wanted (default: the
    SSD table's); an empty one takes every header."""
    if contract is None:
        contract = [c.name for c in TABLES[name].columns]
    elif not contract:
        contract = [h.strip().lower() for h in headers if h.strip()]
    spellings: dict[str, list[str]] = {}
    for header in headers:
        spellings.setdefault(header.strip().lower(), []).append(header)
    columns, issues = {}, []
    for key, written in spellings.items():
        shown = ", ".join(written)
        if key in contract and len(written) > 1:
            issues.append(Issue("error", name, None, key, shown,
                                "column appears more than once: the table cannot be read safely"))
        elif key in contract:
            columns[key] = written[0]
        elif not key:
            issues.append(Issue("warning", name, None, None, None, "column with no header: not read"))
        else:
            hint = _nearest(key, contract)
            issues.append(Issue("warning", name, None, None, shown, "column not in the data contract: not read",
                                detail=f"did you mean {hint}?" if hint else None))
    return (None if any(i.severity == "error" for i in issues) else columns), issues


def _unreadable(name: str, problem: str, issues: Sequence[Issue] = ()) -> tuple[None, list[Issue]]:
    return None, [*issues, Issue("error", name, None, None, None, problem)]


def _read_csv(name: str, path: Path, contract: Collection[str] | None = None
              ) -> tuple[pa.Table | None, list[Issue]]:
    """A CSV file's `contract` columns (see `_columns`) as text, named in lower case, with `_row`
    numbered as a spreadsheet shows it; and every problem found reading it."""
    encoding = _text_encoding(path)
    if encoding is None:
        return _unreadable(name, "file cannot be read (not CSV text; save it as CSV, UTF-8)")
    try:
        with path.open(encoding="utf-8-sig" if encoding == "utf8" else encoding, newline="") as f:
            headers = next(csv.reader(f), [])
    except UnicodeDecodeError:
        return _unreadable(name, "file cannot be read (neither UTF-8 nor Windows-1252 text)")
    if not headers:
        return _unreadable(name, "file is empty (not even a header row)")
    columns, issues = _columns(name, headers, contract)
    if columns is None:
        return None, issues
    bad: list[tuple[int, int, int, bool]] = []

    def skip(row) -> str:  # pyarrow's InvalidRow; its text is a child's record: never kept
        bad.append((row.number, row.expected_columns, row.actual_columns, any(c in row.text for c in "\r\n")))
        return "skip"

    try:
        table = pacsv.read_csv(
            path,
            # One thread, so that pyarrow numbers the rows it skips (as records: a quoted cell
            # over several lines is one row, as in a spreadsheet); blank lines are numbered too.
            read_options=pacsv.ReadOptions(encoding=encoding, block_size=1 << 24, use_threads=False),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False,
                                             invalid_row_handler=skip),
            convert_options=pacsv.ConvertOptions(
                # (at least one column, to count the rows of a file without a contract column)
                include_columns=list(columns.values()) or headers[:1],
                column_types={h: pa.string() for h in columns.values()},
                strings_can_be_null=False,
            ),
        )
    except UnicodeDecodeError:
        return _unreadable(name, "file cannot be read (neither UTF-8 nor Windows-1252 text)", issues)
    except pa.ArrowException as exc:  # its message quotes the row: keep the row number only
        where = re.search(r"Row #(\d+)", str(exc))
        return _unreadable(name, f"CSV parse error at row {where[1]} of {path.name}" if where
                           else f"CSV parse error in {path.name}", issues)
    for number, expected, found, multiline in bad:
        issues.append(Issue("error", name, number, None, None,
                            f"wrong number of fields (expected {expected}, found {found})",
                            detail="the row runs over several lines: check for an unclosed quote"
                            if multiline else None))
    # Row numbers as a spreadsheet shows them (the header is row 1), skipped rows left out.
    rows = np.arange(2, 2 + table.num_rows + len(bad), dtype=np.int64)
    if bad:
        rows = np.setdiff1d(rows, np.array([b[0] for b in bad], dtype=np.int64))
    table = pa.table({**dict(zip(columns, table.columns[:len(columns)])), ROW: rows})
    return _drop_empty_rows(name, table, issues)


def _text_encoding(path: Path) -> str | None:
    """'utf8' (with or without a byte-order mark), else 'cp1252', the Windows code page that
    spreadsheet exports on council desktops often use; None for a file that is not text
    (a workbook renamed .csv, or UTF-16, which has a NUL in every other byte)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        chunk = f.read(1 << 16)
        if b"\x00" in chunk:
            return None
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = f.read(1 << 20)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf8"


def _drop_empty_rows(name: str, table: pa.Table, issues: list[Issue]) -> tuple[pa.Table, list[Issue]]:
    """Rows with no value in any contract column (blank lines, a spreadsheet's `,,,` rows)."""
    if not table.num_rows or table.num_columns < 2:
        return table, issues
    empty = None
    for col in table.column_names[:-1]:
        cells = table[col]  # blank: empty or whitespace only (no trimmed copy is made)
        blank = pc.or_(pc.equal(pc.binary_length(cells), 0), pc.utf8_is_space(cells))
        empty = blank if empty is None else pc.and_(empty, blank)
        if not pc.any(empty).as_py():  # the usual table: its first column settles it
            return table, issues
    n = pc.sum(empty).as_py() or 0
    if n:
        first = table.filter(empty)[ROW].to_pylist()[:5]
        more = f" and {n - len(first)} more" if n > len(first) else ""
        issues.append(Issue("warning", name, None, None, None, "empty rows ignored",
                            detail=f"row{'s' if n > 1 else ''} {', '.join(map(str, first))}{more}"))
        table = table.filter(pc.invert(empty))
    return table, issues


def _read_parquet(name: str, path: Path) -> tuple[pa.Table | None, list[Issue]]:
    try:
        schema = pq.read_schema(path)
    except (pa.ArrowException, OSError):
        return _unreadable(name, "file cannot be read (not a Parquet file, or damaged)")
    columns, issues = _columns(name, schema.names)
    if columns is None:
        return None, issues
    nested = [c for c, h in columns.items() if pa.types.is_nested(schema.field(h).type)]
    for c in nested:
        issues.append(Issue("error", name, None, c, str(schema.field(columns[c]).type),
                            "nested Parquet column (struct or list): the table cannot be read"))
    if nested:
        return None, issues
    try:
        table = pq.read_table(path, columns=list(columns.values()))
        text = {c: pc.cast(table[h], pa.string()) for c, h in columns.items()}
    except (pa.ArrowException, OSError):
        return _unreadable(name, "file cannot be read (a column cannot be read as text)", issues)
    rows = np.arange(1, 1 + pq.read_metadata(path).num_rows, dtype=np.int64)
    return pa.table({**text, ROW: rows}), issues
