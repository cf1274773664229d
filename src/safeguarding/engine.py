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

import os
import shutil
import tempfile
import weakref
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import ibis
import pyarrow as pa

if TYPE_CHECKING:
    import ibis.expr.types as ir

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
    if backend.name == "duckdb":
        put_duckdb(backend.con, name, data, replace=replace)
        return
    if not replace and name in backend.list_tables():
        return
    if backend.name == "pyspark":  # Ibis's PySpark backend makes no temp tables: a temp view
        backend._session.createDataFrame(data.to_pandas()).createOrReplaceTempView(name)
    else:
        backend.create_table(name, data, temp=True, overwrite=True)


def put_duckdb(con, name: str, data: pa.Table, *, replace: bool = True) -> None:
    """`data` as a view on a DuckDB connection; kept if it exists and replace is False.

    An Arrow view, as Ibis registers its memtables: DuckDB plans range joins against it
    several times faster than against the same rows copied into a temp table."""
    if not replace and con.execute("SELECT 1 FROM duckdb_views() WHERE view_name = ? AND temporary",
                                   [name]).fetchone():
        return
    con.register(name, data)


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


def connect(engine: str, store, *, spark_master: str | None = None
            ) -> tuple[ibis.BaseBackend, Callable[[], None]]:
    """An Ibis backend over the store's tables on the chosen engine, and the function that
    releases what the engine holds beside the store (Spark's copies of the tables)."""
    if engine == "duckdb":
        return store.ibis(), lambda: None
    if engine == "spark":
        return _spark_backend(store, spark_master)
    raise EngineError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")


def copy_tables(store) -> tempfile.TemporaryDirectory:
    """The store's tables as Parquet files, one per table, in a private folder: made by mkdtemp
    (mode 0700, this user's alone: the files are children's records) and removed by its
    cleanup(), when it is garbage-collected, or at the latest when the process exits."""
    folder = tempfile.TemporaryDirectory(prefix="safeguarding-spark-")
    try:
        for name in store.table_names():
            store.con.execute(f"COPY {name} TO '{os.path.join(folder.name, name)}.parquet' "
                              "(FORMAT parquet)")
    except BaseException:
        folder.cleanup()
        raise
    return folder


@cache
def spark_session(master: str | None = None):
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EngineError("the Spark engine needs PySpark: pip install 'safeguarding[spark]' "
                          "(and Java 17 or later)") from exc
    if "SPARK_REMOTE" not in os.environ and _java() is None:  # Spark Connect needs no local JVM
        raise EngineError("the Spark engine needs Java 17 or later, and none was found: install it "
                          "(Debian: apt-get install openjdk-17-jre-headless), or set JAVA_HOME")
    builder = SparkSession.builder.appName("safeguarding")
    master = master or os.environ.get("SPARK_MASTER") or ("local[*]" if "SPARK_REMOTE" not in os.environ else None)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # A local session talks only to itself: keep the driver on the loopback address.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    cores = os.cpu_count() or 2
    builder = (builder
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(max(2, cores * 2)))
               .config("spark.sql.adaptive.enabled", "true"))
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # an old Java, a master that cannot be reached, ...
        raise EngineError(f"Spark did not start ({type(exc).__name__}): it needs Java 17 or later "
                          "and, with --spark-master, a master it can reach") from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _java() -> str | None:
    """The java PySpark would start: $JAVA_HOME/bin/java if JAVA_HOME is set, else java on PATH."""
    if os.environ.get("JAVA_HOME"):
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
        return java if os.access(java, os.X_OK) else None
    return shutil.which("java")


def _spark_backend(store, master: str | None) -> tuple[ibis.BaseBackend, Callable[[], None]]:
    con = ibis.pyspark.connect(spark_session(master))
    copies = copy_tables(store)
    for name in store.table_names():
        con.read_parquet(os.path.join(copies.name, f"{name}.parquet"), table_name=name)
    return con, copies.cleanup
