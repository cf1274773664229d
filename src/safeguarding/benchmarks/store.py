"""Where the benchmark table lives, and loading it.

The package ships ``benchmarks.parquet`` (the table), ``population.parquet`` (0-17 mid-year
populations of every area, kept so that rates can be derived from newer count files) and
``neighbours.csv`` (the statistical-neighbour groupings), built by
``scripts/build_benchmarks.py``.

``safeguarding benchmarks update FILES...`` writes an updated copy of the first two to the
user's data folder: ``$SAFEGUARDING_DATA_DIR/benchmarks`` if that variable is set, else
``$XDG_DATA_HOME/safeguarding/benchmarks`` (``~/.local/share/safeguarding/benchmarks``).
When that folder holds a ``benchmarks.parquet`` it is used instead of the shipped table;
delete the folder to go back to the shipped one.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

if TYPE_CHECKING:  # pandas is for building and updating the table; a run reads it without
    import pandas as pd

class UnrecognisedFile(ValueError):
    """A file given to `benchmarks update` that is not a DfE table it knows (raised by build)."""


TABLE = "benchmarks.parquet"
POPULATION = "population.parquet"
NEIGHBOURS = "neighbours.csv"
SHIPPED_DIR = Path(__file__).resolve().parent  # where the build script writes


def user_dir() -> Path:
    """The folder an updated table is written to and read from."""
    return Path(_user_dir())


def _user_dir() -> str:
    env = os.environ
    return _user_dir_for(env.get("SAFEGUARDING_DATA_DIR"), env.get("XDG_DATA_HOME"), env.get("HOME"))


@lru_cache(maxsize=8)
def _user_dir_for(data_dir: str | None, xdg_data_home: str | None, home: str | None) -> str:
    """(Keyed on the variables it reads: a run asks thousands of times.)"""
    if data_dir:
        return os.path.join(os.path.expanduser(data_dir), "benchmarks")
    base = xdg_data_home or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(os.path.expanduser(base), "safeguarding", "benchmarks")


def location() -> str:
    """Where the table in use comes from: the user copy's path, or ``"shipped"``."""
    user = table_in_use()
    return user[0] if user else "shipped"


def _arrow(name: str) -> pa.Table:
    user = _user_file(name)
    return _read_path(*user) if user else _read_shipped(name)


# (pq.ParquetFile, not pq.read_table: that imports pyarrow.dataset, and with it pandas, which
# a run's first comparison would wait for.)
@lru_cache(maxsize=8)
def _read_path(path: str, mtime_ns: int) -> pa.Table:  # mtime: a new copy is re-read
    return pq.ParquetFile(path).read()


@lru_cache(maxsize=8)
def _read_shipped(name: str) -> pa.Table:
    with resources.files(__package__).joinpath(name).open("rb") as handle:
        return pq.ParquetFile(handle).read()


def _frame(table: pa.Table) -> pd.DataFrame:
    import pandas as pd

    df = table.to_pandas()
    for column, dtype in df.dtypes.items():  # dictionary columns come back as categoricals
        if isinstance(dtype, pd.CategoricalDtype) or dtype == object:
            df[column] = df[column].astype("string")
    return df


def table() -> pd.DataFrame:
    """The benchmark table in use (see the module docstring), as a data frame to build on."""
    return _frame(_arrow(TABLE))


def population() -> pd.DataFrame:
    return _frame(_arrow(POPULATION))


class Figure(NamedTuple):
    """One area's figure for a measure and year: value None when not published (see mark)."""
    area_level: str
    value: float | None
    mark: str | None
    source: str | None


def figures(measure: str, year: int) -> dict[str, Figure]:
    """Every area's figure for a measure and year in the table in use, by area code."""
    return _measure(table_in_use(), measure)[0].get(year, {})


def published_years(measure: str) -> tuple[int, ...]:
    """The years in which ``measure`` has any published figure in the table in use, ascending."""
    return _measure(table_in_use(), measure)[1]


# The table in use while `one_table()` holds it: (the lookup,) or unset.
_held: ContextVar[tuple[tuple[str, int] | None] | None] = ContextVar("benchmark_table", default=None)


def table_in_use() -> tuple[str, int] | None:
    """The user's copy of the table (path, modification time), or None for the shipped one:
    what a cache of figures read from the table is keyed on."""
    held = _held.get()
    return held[0] if held is not None else _user_file(TABLE)


@contextmanager
def one_table() -> Iterator[None]:
    """Within it, every comparison reads the table in use when it began: a run compares against
    one table throughout, even should `benchmarks update` replace it meanwhile, and looks it up
    once, not for each of the thousands of comparisons a run of England makes."""
    token = _held.set((_user_file(TABLE),))
    try:
        yield
    finally:
        _held.reset(token)


def _user_file(name: str) -> tuple[str, int] | None:
    """The user's copy of a shipped file (path, modification time), or None. (Called for every
    comparison: os.stat on a string, not pathlib, keeps it cheap.)"""
    user = os.path.join(_user_dir(), name)
    try:
        found = os.stat(user)
    except OSError:
        return None
    return (user, found.st_mtime_ns) if stat.S_ISREG(found.st_mode) else None


@lru_cache(maxsize=256)
def _measure(table: tuple[str, int] | None, measure: str
             ) -> tuple[dict[int, dict[str, Figure]], tuple[int, ...]]:
    """One measure's figures by year and area, and its published years (indexed on first use,
    without a data frame: a run compares a few dozen measures)."""
    arrow = _read_path(*table) if table else _read_shipped(TABLE)
    rows = arrow.filter(pc.field("measure") == measure).select(
        ["year", "area_code", "area_level", "value", "mark", "source", "published"])
    by_year: dict[int, dict[str, Figure]] = {}
    years = set()
    for year, code, level, value, mark, source, shown in zip(*map(_values, rows.columns)):
        value = None if value is None or value != value else value  # NaN: not published
        by_year.setdefault(year, {})[code] = Figure(level, value, mark, source)
        if shown:
            years.add(year)
    return by_year, tuple(sorted(years))


def _values(column: pa.ChunkedArray) -> list:
    """A column's Python values; a dictionary column's decoded through its dictionary (pyarrow
    makes a string per cell, several times slower on a run's first comparisons)."""
    column = column.combine_chunks()
    if not pa.types.is_dictionary(column.type):
        return column.to_pylist()
    words = column.dictionary.to_pylist()
    return [None if i is None else words[i] for i in column.indices.to_pylist()]


class Grouping(NamedTuple):
    model: int
    la_code: str
    rank: int
    neighbour_la_code: str


@lru_cache(maxsize=1)
def groupings() -> tuple[Grouping, ...]:
    """The shipped statistical-neighbour groupings."""
    text = resources.files(__package__).joinpath(NEIGHBOURS).read_text(encoding="utf-8")
    return tuple(Grouping(int(r["model"]), r["la_code"], int(r["rank"]), r["neighbour_la_code"])
                 for r in csv.DictReader(io.StringIO(text)))


SCHEMA = pa.schema([
    ("measure", pa.dictionary(pa.int8(), pa.string())),
    ("year", pa.int16()),
    ("area_level", pa.dictionary(pa.int8(), pa.string())),
    ("area_code", pa.string()),
    ("area_name", pa.string()),
    ("value", pa.float64()),
    ("published", pa.bool_()),
    ("mark", pa.dictionary(pa.int8(), pa.string())),
    ("source", pa.dictionary(pa.int8(), pa.string())),
])
POP_SCHEMA = pa.schema([
    ("area_level", pa.dictionary(pa.int8(), pa.string())),
    ("area_code", pa.string()),
    ("mid_year", pa.int16()),
    ("population", pa.float64()),
    ("mark", pa.dictionary(pa.int8(), pa.string())),
])


def save(table: pd.DataFrame, population: pd.DataFrame, directory: Path) -> list[Path]:
    """Write the table and the populations as compact, typed Parquet files into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for frame, schema, name in ((table, SCHEMA, TABLE), (population, POP_SCHEMA, POPULATION)):
        arrow = pa.Table.from_pandas(frame, preserve_index=False).select(schema.names).cast(schema)
        path = directory / name
        pq.write_table(arrow, path, compression="zstd", compression_level=19)
        written.append(path)
    _read_path.cache_clear()
    return written
