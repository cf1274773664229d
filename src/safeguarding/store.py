"""The DuckDB store: one snapshot per council, loaded all-or-nothing.

Every canonical table carries `la_code`, so one store can hold many councils and the
indicator queries group by it. Beside the SSD tables the store keeps:

- `extracts`: one row per council (name, extract date, source system, load notes);
- `columns_present`: which contract columns each council's extract supplied (an absent
  table or column makes its indicators "not available", never zero);
- `populations`: 0-17 mid-year population by year, from extract.toml or the ONS reference;
- `meta`: the store's schema version (`SCHEMA_VERSION`) and the package version that made it.
  A store of another schema version, or a DuckDB file that is not a store, is refused with the
  fix (load the extract again), never half-read or written into.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

import duckdb
import ibis

from . import engine as engines
from . import reference
from .schema import TABLES
from .sources.check import SQL_TYPES, CheckedExtract, _q
from .sources.returns import Window

META_DDL = {
    "extracts": "la_code VARCHAR, la_name VARCHAR, extracted_at DATE, source_system VARCHAR, "
                "loaded_at TIMESTAMP, notes VARCHAR, source_kind VARCHAR",
    "columns_present": "la_code VARCHAR, table_name VARCHAR, column_name VARCHAR",
    "populations": "la_code VARCHAR, year INTEGER, population BIGINT, source VARCHAR",
    # A table read from a return that covers a window of time (sources.returns.Window).
    "coverage": "la_code VARCHAR, table_name VARCHAR, first_day DATE, last_day DATE, origin VARCHAR",
}


# The layout of the tables above: bump it whenever one changes (tests/test_store.py pins the
# layout to the number, so a change without a bump fails there).
SCHEMA_VERSION = 3


class StoreError(Exception):
    pass


class Store:
    """A DuckDB database holding loaded extracts (in memory unless a path is given)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path else None
        if read_only and (self.path is None or not self.path.is_file()):
            raise StoreError(f"{path} is not a store file")
        try:
            self.con = duckdb.connect(str(self.path) if self.path else ":memory:", read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{path} cannot be opened as a DuckDB store: {exc}") from exc
        # (backend, release): release drops what the engine copied of the store (engine.connect)
        self._backends: dict[tuple, tuple[ibis.BaseBackend, Callable[[], None]]] = {}
        try:
            if not self._check(read_only):
                self._create()
        except BaseException:
            self.con.close()
            raise

    def _check(self, read_only: bool) -> bool:
        """True for a store of this schema version, False for an empty database to make one in;
        StoreError for anything else (another schema version, a DuckDB file holding other tables,
        an empty file opened to read)."""
        tables = {name for (name,) in self.con.execute(  # tables and views, in any schema
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_catalog = current_database()").fetchall()}
        if not tables:
            if read_only:
                raise StoreError(f"{self.path} is an empty DuckDB file, not a safeguarding store: "
                                 f"make one with `safeguarding load EXTRACT --db {self.path}`")
            return False
        version = made_by = None
        if "meta" in tables:
            try:
                version, made_by = self.con.execute(
                    "SELECT schema_version, package_version FROM meta").fetchone()
            except (duckdb.Error, TypeError):  # other columns, or no row
                version = None
        elif "extracts" in tables:  # made before stores recorded a version
            version = 0
        if version is None:
            raise StoreError(f"{self.path} is a DuckDB file but not a safeguarding store (its "
                             "tables were made by another program): give a store made by "
                             "`safeguarding load`, or a new file name to --db")
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this store was made by safeguarding schema {version}"
                + (f" (safeguarding {made_by})" if made_by else "")
                + f", and this safeguarding reads schema {SCHEMA_VERSION}: reload the extract with "
                "`safeguarding load EXTRACT --db NEW_FILE` (or delete this file first)")
        return True

    def _create(self) -> None:
        self.con.execute("BEGIN TRANSACTION")
        for name, spec in TABLES.items():
            cols = ", ".join(f"{_q(c.name)} {SQL_TYPES[c.kind]}" for c in spec.columns)
            self.con.execute(f"CREATE TABLE {name} (la_code VARCHAR, {cols})")
        for name, ddl in META_DDL.items():
            self.con.execute(f"CREATE TABLE {name} ({ddl})")
        self.con.execute("CREATE TABLE meta (schema_version INTEGER, package_version VARCHAR)")
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [SCHEMA_VERSION, _package_version()])
        self.con.execute("COMMIT")

    def load(self, extracts: Iterable[tuple[CheckedExtract, list[str]]]) -> int:
        """Replace each council's snapshot, all in one transaction: every council lands or none
        does (an exception from the iterable rolls everything back). Returns how many loaded."""
        self._release_backends()  # engines other than DuckDB hold copies of the tables
        self.con.execute("BEGIN TRANSACTION")
        try:
            n = 0
            for extract, notes in extracts:
                self._replace(extract, notes)
                n += 1
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return n

    def _replace(self, extract: CheckedExtract, notes: list[str]) -> None:
        info = extract.info
        la = info.la_code
        population, source = _population(info)
        con = self.con
        for name in [*TABLES, *META_DDL]:
            con.execute(f"DELETE FROM {name} WHERE la_code = ?", [la])
        for name, arrow in extract.tables.items():
            con.register("incoming", arrow)
            cols = ", ".join(map(_q, arrow.column_names))
            con.execute(f"INSERT INTO {name} (la_code, {cols}) SELECT ?, {cols} FROM incoming", [la])
            con.unregister("incoming")
        present = [(la, t, c) for t, cols in extract.columns.items() if t in extract.tables for c in cols]
        if present:
            con.executemany("INSERT INTO columns_present VALUES (?, ?, ?)", present)
        con.executemany("INSERT INTO populations VALUES (?, ?, ?, ?)",
                        [(la, y, n, source) for y, n in sorted(population.items())])
        windows = [(la, t, w.first, w.last, extract.origins.get(t, extract.kind))
                   for t, w in extract.coverage.items() if t.partition("@")[0] in extract.tables]
        if windows:
            con.executemany("INSERT INTO coverage VALUES (?, ?, ?, ?, ?)", windows)
        con.execute(
            "INSERT INTO extracts VALUES (?, ?, ?, ?, ?, ?, ?)",
            [la, info.la_name or _name(la), info.extracted_at, info.source_system,
             dt.datetime.now().replace(microsecond=0), json.dumps(notes), extract.kind],
        )

    def councils(self) -> list[dict]:
        rows = self.con.execute(
            "SELECT la_code, la_name, extracted_at, source_system, notes, source_kind FROM extracts "
            "ORDER BY la_code").fetchall()
        return [dict(la_code=r[0], la_name=r[1], extracted_at=r[2], source_system=r[3],
                     notes=json.loads(r[4] or "[]"), source_kind=r[5]) for r in rows]

    def columns_present(self) -> dict[str, dict[str, set[str]]]:
        """la_code -> table -> the contract columns its extract supplied."""
        out: dict[str, dict[str, set[str]]] = {}
        for la, t, c in self.con.execute("SELECT la_code, table_name, column_name FROM columns_present").fetchall():
            out.setdefault(la, {}).setdefault(t, set()).add(c)
        return out

    def coverage(self) -> dict[str, dict[str, tuple[Window, str]]]:
        """la_code -> table -> (the window its source covers, the source), for tables read from
        a return; a table not named covers all time."""
        out: dict[str, dict[str, tuple[Window, str]]] = {}
        for la, t, first, last, origin in self.con.execute("SELECT * FROM coverage").fetchall():
            out.setdefault(la, {})[t] = (Window(first, last), origin)  # t: table[@period]
        return out

    def monthly_referrals(self) -> dict[str, list[tuple[dt.date, int]]]:
        """la_code -> (month, referrals) for every month with a referral, oldest first."""
        rows = self.con.execute(
            "SELECT la_code, CAST(date_trunc('month', cine_referral_date) AS DATE) AS m, count(*) "
            "FROM ssd_cin_episodes "
            "GROUP BY ALL ORDER BY la_code, m").fetchall()
        out: dict[str, list[tuple[dt.date, int]]] = {}
        for la, month, n in rows:
            out.setdefault(la, []).append((month, n))
        return out

    def table_names(self) -> list[str]:
        """The tables indicator queries read."""
        return [*TABLES, "populations"]

    def ibis(self) -> ibis.BaseBackend:
        return ibis.duckdb.from_connection(self.con)

    def backend(self, engine: str = "duckdb", spark_master: str | None = None) -> ibis.BaseBackend:
        """The store's tables on an engine, connected once and reused until the next load."""
        key = (engine, spark_master)
        if key not in self._backends:
            self._backends[key] = engines.connect(engine, self, spark_master=spark_master)
        return self._backends[key][0]

    def _release_backends(self) -> None:
        backends, self._backends = self._backends, {}
        for _, release in backends.values():
            release()

    def close(self) -> None:
        """Close the database, and remove any copies of its tables an engine made."""
        self._release_backends()
        self.con.close()


def _package_version() -> str:
    try:
        return metadata.version("safeguarding")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _name(la_code: str) -> str | None:
    try:
        return reference.council(la_code).name
    except KeyError:
        return None


def _population(info) -> tuple[dict[int, int], str]:
    if info.population:
        return dict(info.population), "extract.toml [population]"
    found = reference.population(info.la_code)
    if not found:
        raise StoreError(
            f"no 0-17 population for la_code {info.la_code}: it is not in the ONS reference table; "
            "add a [population] table to extract.toml (year = number)"
        )
    return found, "ONS mid-year estimate"

