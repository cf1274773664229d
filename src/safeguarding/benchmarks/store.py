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

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

TABLE = "benchmarks.parquet"
POPULATION = "population.parquet"
NEIGHBOURS = "neighbours.csv"
SHIPPED_DIR = Path(__file__).resolve().parent  # where the build script writes


def user_dir() -> Path:
    """The folder an updated table is written to and read from."""
    if os.environ.get("SAFEGUARDING_DATA_DIR"):
        return Path(os.environ["SAFEGUARDING_DATA_DIR"]).expanduser() / "benchmarks"
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base).expanduser() / "safeguarding" / "benchmarks"


def location() -> str:
    """Where the table in use comes from: the user copy's path, or ``"shipped"``."""
    user = user_dir() / TABLE
    return str(user) if user.is_file() else "shipped"


def _read(name: str) -> pd.DataFrame:
    user = user_dir() / name
    if user.is_file():
        return _read_path(str(user), user.stat().st_mtime_ns)
    return _read_shipped(name)


@lru_cache(maxsize=8)
def _read_path(path: str, mtime_ns: int) -> pd.DataFrame:  # mtime: a new copy is re-read
    return _frame(pq.read_table(path))


@lru_cache(maxsize=8)
def _read_shipped(name: str) -> pd.DataFrame:
    with resources.files(__package__).joinpath(name).open("rb") as handle:
        return _frame(pq.read_table(handle))


def _frame(table: pa.Table) -> pd.DataFrame:
    df = table.to_pandas()
    for column, dtype in df.dtypes.items():  # dictionary columns come back as categoricals
        if isinstance(dtype, pd.CategoricalDtype) or dtype == object:
            df[column] = df[column].astype("string")
    return df


def table() -> pd.DataFrame:
    """The benchmark table in use (see the module docstring). Do not modify the frame returned."""
    return _read(TABLE)


def population() -> pd.DataFrame:
    return _read(POPULATION)


@lru_cache(maxsize=1)
def groupings() -> pd.DataFrame:
    """(model, la_code, rank, neighbour_la_code): the shipped statistical-neighbour groupings."""
    with resources.files(__package__).joinpath(NEIGHBOURS).open("rb") as handle:
        df = pd.read_csv(handle, dtype={"la_code": str, "neighbour_la_code": str})
    return df.astype({"model": int, "rank": int})


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
