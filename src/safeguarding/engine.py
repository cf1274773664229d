"""Everything that depends on the engine behind Ibis, in one place.

Engines: DuckDB (the embedded default, reading the store directly) and Apache Spark through
Ibis's PySpark backend (`local[*]` unless a master URL or the standard SPARK_* settings say
otherwise). Spark reads the store's tables as Parquet, the form a warehouse would hold them in.

Backend quirks handled here:
- DuckDB's `DATE + INTERVAL` yields a TIMESTAMP: `add_months`/`add_days` cast back to DATE so
  comparisons stay date-to-date on every backend. Month arithmetic clips to the month's last
  day (31 January + 1 month = 28/29 February) on DuckDB and Spark alike.
- Datetimes (contact and screening times) are naive local times. Spark's session time zone is
  set to UTC so that it neither shifts them on the way in nor on the way out.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import weakref
from collections.abc import Callable
from functools import cache

import ibis
import ibis.expr.types as ir
import pyarrow as pa

ENGINES = ("duckdb", "spark")


class EngineError(Exception):
    pass


def add_months(d: ir.DateValue, months: int) -> ir.DateValue:
    return (d + ibis.interval(months=months)).cast("date")


def add_days(d: ir.DateValue, days: int) -> ir.DateValue:
    return (d + ibis.interval(days=days)).cast("date")


def days_between(a: ir.DateValue, b: ir.DateValue) -> ir.IntegerValue:
    """b - a in calendar days."""
    return b.delta(a, unit="day")


def put_table(backend: ibis.BaseBackend, name: str, data: pa.Table, *, replace: bool = True) -> None:
    """A session-temporary table (a temp view on Spark); kept if it exists and replace is False."""
    if not replace and name in backend.list_tables():
        return
    if backend.name == "pyspark":  # Ibis's PySpark backend makes no temp tables: a temp view
        backend._session.createDataFrame(data.to_pandas()).createOrReplaceTempView(name)
    elif backend.name == "duckdb":
        # An Arrow view, as Ibis registers its memtables: DuckDB plans range joins against it
        # several times faster than against the same rows copied into a temp table.
        backend.con.register(name, data)
    else:
        backend.create_table(name, data, temp=True, overwrite=True)


_compiled: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def run(backend: ibis.BaseBackend, key: tuple, build: Callable[[], ir.Table]) -> pa.Table:
    """Execute the query `build()` makes. On DuckDB the compiled SQL is kept under `key` for the
    backend's life, so a repeated run (another month, the same councils) skips Ibis's build and
    compile, which take longer than DuckDB's execution on a county's data."""
    if backend.name != "duckdb":
        return backend.to_pyarrow(build())
    cache = _compiled.setdefault(backend, {})
    if key not in cache:
        cache[key] = str(backend.compile(build()))
    return backend.con.execute(cache[key]).to_arrow_table()


def connect(engine: str, store, *, spark_master: str | None = None) -> ibis.BaseBackend:
    """An Ibis backend over the store's tables, on the chosen engine."""
    if engine == "duckdb":
        return store.ibis()
    if engine == "spark":
        return _spark_backend(store, spark_master)
    raise EngineError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")


@cache
def spark_session(master: str | None = None):
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EngineError("the Spark engine needs PySpark: pip install 'safeguarding[spark]' "
                          "(and Java 17 or later)") from exc
    builder = SparkSession.builder.appName("safeguarding")
    master = master or os.environ.get("SPARK_MASTER") or ("local[*]" if "SPARK_REMOTE" not in os.environ else None)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # A local session talks only to itself: keep the driver on the loopback address.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    cores = os.cpu_count() or 2
    spark = (builder
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", str(max(2, cores * 2)))
             .config("spark.sql.adaptive.enabled", "true")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _spark_backend(store, master: str | None) -> ibis.BaseBackend:
    con = ibis.pyspark.connect(spark_session(master))
    folder = tempfile.mkdtemp(prefix="safeguarding-spark-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for name in store.table_names():
        path = os.path.join(folder, f"{name}.parquet")
        store.con.execute(f"COPY {name} TO '{path}' (FORMAT parquet)")
        con.read_parquet(path, table_name=name)
    return con
