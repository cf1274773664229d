"""The DuckDB store: as-at snapshots of each council's extract, each loaded all-or-nothing.

Every load is a snapshot: the extract date, the kind of source (never a path) and a content hash
of the typed rows. The rows of every snapshot live in the `snap` schema, each table with a
`snapshot_id` column; the names the engine reads (`ssd_person`, ..., `populations`) are
session views over the *selected* snapshots, one per council (`Store.select`): by default the
latest extract, or the latest extracted on or before an as-at date. So the indicator queries
read one snapshot per council exactly as they read a single load, on any engine.

Tables besides the SSD tables, per snapshot:

- `columns_present`: which contract columns each extract supplied (an absent table or column
  makes its indicators "not available", never zero);
- `populations`: 0-17 mid-year population by year, from extract.toml or the ONS reference;
- `group_populations`: 0-17 population by ethnic group, where extract.toml supplies it;
- `coverage`: the window of time a table read from a return covers;

and, once per store, `catalogue_results`: the built-in catalogue's monthly rows as a run with
history reuse computed or reused them for a snapshot (`history`), kept under a fingerprint of the
policy and the catalogue's SQL (not part of the snapshot's content or its hash); `snapshots` (council, name, extract date, source system and kind, when
loaded, load notes, content hash, rows) and `meta`: the store's schema version
(`SCHEMA_VERSION`) and the package version that made it. A store of schema 6 (before the kept
results) is upgraded in place when opened to write, and read as it is (nothing kept) when opened
to read; a store of another schema version, or a DuckDB file that is not a store, is refused
with the fix (load the extract again), never half-read or written into.

The content hash is independent of the source and of row order: an aggregate of DuckDB's
`hash()` of each row (its council included, its snapshot id not) per table, with the extract
date. Loading content already held for that council and date adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import duckdb
import ibis
import pyarrow as pa

from . import engine as engines
from . import reference
from .schema import TABLES
from .sources.check import SQL_TYPES, CheckedExtract, _lit, _q
from .sources.returns import Window

DATA = "snap"  # the schema holding every snapshot's rows

# Per-snapshot tables besides the SSD tables (each also has snapshot_id, first).
META_DDL = {
    "columns_present": "la_code VARCHAR, table_name VARCHAR, column_name VARCHAR",
    "populations": "la_code VARCHAR, year INTEGER, population BIGINT, source VARCHAR",
    # 0-17 population by group of a characteristic (extract.toml [population_by_ethnicity]).
    "group_populations": "la_code VARCHAR, dimension VARCHAR, group_name VARCHAR, population BIGINT",
    # A table read from a return that covers a window of time (sources.returns.Window).
    "coverage": "la_code VARCHAR, table_name VARCHAR, first_day DATE, last_day DATE, origin VARCHAR",
}
SNAPSHOTS_DDL = ("snapshot_id INTEGER PRIMARY KEY, la_code VARCHAR, la_name VARCHAR, "
                 "extracted_at DATE, source_system VARCHAR, loaded_at TIMESTAMP, notes VARCHAR, "
                 "source_kind VARCHAR, content_hash VARCHAR, rows BIGINT")
# The built-in catalogue's rows per snapshot, kept by runs with history reuse (`history`):
# computed_from is the snapshot whose extract each row was computed from.
RESULTS_DDL = ("snapshot_id INTEGER, fingerprint VARCHAR, la_code VARCHAR, indicator VARCHAR, "
               "month DATE, numerator BIGINT, denominator BIGINT, excluded BIGINT, value DOUBLE, "
               "computed_from INTEGER")


# The catalogue's rows, as its queries give them (`indicators.compute`) and as they are kept.
ROWS = pa.schema([("indicator", pa.string()), ("la_code", pa.string()), ("month", pa.date32()),
                  ("numerator", pa.int64()), ("denominator", pa.int64()), ("excluded", pa.int64()),
                  ("value", pa.float64())])
# The rows `Store.stored_results` gives: the catalogue's, with where each was computed and kept.
STORED = pa.schema([*ROWS, pa.field("computed_at", pa.date32()), pa.field("kept_by", pa.int32())])

# The layout of the tables above: bump it whenever one changes (tests/test_store.py pins the
# layout to the number, so a change without a bump fails there).
SCHEMA_VERSION = 7


class StoreError(Exception):
    pass


class Loaded(NamedTuple):
    """What a load did for one council: the snapshot holding its extract, and whether the load
    made it (False: identical content was already held as that snapshot)."""
    la_code: str
    snapshot_id: int
    new: bool


def _in_use(path) -> StoreError:
    return StoreError(f"the store {path} is in use by another safeguarding run (or another "
                      "program has it open): try again when that has finished")


class Store:
    """A DuckDB database holding loaded extracts (in memory unless a path is given)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path else None
        self.read_only = read_only
        self.keeps_results = True  # False: a schema-6 store opened read-only (see _check)
        if read_only and (self.path is None or not self.path.is_file()):
            raise StoreError(f"{path} is not a store file")
        try:
            self.con = duckdb.connect(str(self.path) if self.path else ":memory:", read_only=read_only)
        except duckdb.Error as exc:
            # DuckDB locks the file for one writing process: a second run is refused, never
            # interleaved (its own message names the other process; ours names no path's owner).
            if "lock" in str(exc).lower():
                raise _in_use(path) from None
            raise StoreError(f"{path} cannot be opened as a DuckDB store: {exc}") from exc
        # (backend, release): release drops what the engine copied of the store (engine.connect)
        self._backends: dict[tuple, tuple[ibis.BaseBackend, Callable[[], None]]] = {}
        self._keeping: Future[None] | None = None  # results being kept (keep_results)
        try:
            if not self._check(read_only):
                self._create()
            self.con.execute("CREATE TEMP TABLE _selected (snapshot_id INTEGER)")
            self.select()  # and the views over what it selects
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
        if version == 6:  # schema 7 only added the kept results (history.py): upgraded in place
            if read_only:  # read as it is: it holds no kept results
                self.keeps_results = False
            else:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(f"CREATE TABLE {DATA}.catalogue_results ({RESULTS_DDL})")
                self.con.execute("UPDATE meta SET schema_version = ?", [SCHEMA_VERSION])
                self.con.execute("COMMIT")
            return True
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this store was made by safeguarding schema {version}"
                + (f" (safeguarding {made_by})" if made_by else "")
                + f", and this safeguarding reads schema {SCHEMA_VERSION}: reload the extract with "
                "`safeguarding load EXTRACT --db NEW_FILE` (or delete this file first)")
        return True

    def _create(self) -> None:
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute(f"CREATE SCHEMA {DATA}")
        for name, spec in TABLES.items():
            cols = ", ".join(f"{_q(c.name)} {SQL_TYPES[c.kind]}" for c in spec.columns)
            self.con.execute(f"CREATE TABLE {DATA}.{name} (snapshot_id INTEGER, la_code VARCHAR, {cols})")
        for name, ddl in META_DDL.items():
            self.con.execute(f"CREATE TABLE {DATA}.{name} (snapshot_id INTEGER, {ddl})")
        self.con.execute(f"CREATE TABLE {DATA}.catalogue_results ({RESULTS_DDL})")
        self.con.execute(f"CREATE TABLE snapshots ({SNAPSHOTS_DDL})")
        self.con.execute("CREATE TABLE meta (schema_version INTEGER, package_version VARCHAR)")
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [SCHEMA_VERSION, _package_version()])
        self.con.execute("COMMIT")

    def _views(self, chosen: list[int]) -> None:
        """The session's views over the `chosen` snapshots (temporary: a read-only store has
        them too, and they never reach the file). The ids are written into each view, not read
        from `_selected`: DuckDB then checks them in the scan itself, skipping the other
        snapshots' row groups, instead of joining every row with the selection."""
        ids = ", ".join(str(int(i)) for i in chosen)
        for name in [*TABLES, *META_DDL]:
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * EXCLUDE (snapshot_id) "
                             f"FROM {DATA}.{name} WHERE {f'snapshot_id IN ({ids})' if ids else 'false'}")

    def select(self, as_at: dt.date | None = None, ids: Iterable[int] | None = None) -> list[dict]:
        """Point the views at one snapshot per council: given `ids`, those; else each council's
        latest extract (the last loaded of its latest extract date), extracted on or before
        `as_at` if given. Returns the snapshots selected."""
        if ids is not None:
            chosen = sorted(set(ids))
            known = {s["snapshot_id"] for s in self.snapshots()}
            unknown = [str(i) for i in chosen if i not in known]
            if unknown:
                raise StoreError(f"the store holds no snapshot {', '.join(unknown)}: see "
                                 "`safeguarding history`")
        else:
            chosen = [i for (i,) in self.con.execute(
                "SELECT snapshot_id FROM snapshots WHERE ?::DATE IS NULL OR extracted_at <= ? "
                "QUALIFY row_number() OVER (PARTITION BY la_code "
                "ORDER BY extracted_at DESC, snapshot_id DESC) = 1", [as_at, as_at]).fetchall()]
            if as_at is not None and not chosen and self.snapshots():
                raise StoreError(f"the store holds no extract taken on or before {as_at}: see "
                                 "`safeguarding history`")
        self._release_backends()  # engines other than DuckDB hold copies of the tables
        self.con.execute("DELETE FROM _selected")
        if chosen:
            self.con.executemany("INSERT INTO _selected VALUES (?)", [(i,) for i in chosen])
        self._views(chosen)
        return [s for s in self.snapshots() if s["snapshot_id"] in chosen]

    @contextmanager
    def reading_only(self, la_codes: list[str]) -> Iterator[None]:
        """Meanwhile the views read only these councils' selected snapshots. A query that reads
        a few councils at a time then scans their row groups alone (a council's rows are loaded
        together), not every council's to drop the others."""
        selected = [i for (i,) in self.con.execute("SELECT snapshot_id FROM _selected").fetchall()]
        theirs = [i for (i,) in self.con.execute(
            "SELECT snapshot_id FROM snapshots WHERE snapshot_id IN (SELECT snapshot_id FROM _selected) "
            "AND list_contains($las, la_code)", {"las": la_codes}).fetchall()]
        if len(theirs) == len(selected):  # every council selected: the views as they are
            yield
            return
        try:
            self._views(theirs)
            yield
        finally:
            self._views(selected)

    def snapshots(self) -> list[dict]:
        """Every snapshot held, by council then snapshot id."""
        cur = self.con.execute(
            "SELECT snapshot_id, la_code, la_name, extracted_at, source_system, loaded_at, "
            "source_kind, content_hash, rows, notes FROM snapshots ORDER BY la_code, snapshot_id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def load(self, extracts: Iterable[tuple[CheckedExtract, list[str]]]) -> list[Loaded]:
        """Add a snapshot of each council's extract, all in one transaction: every council lands
        or none does (an exception from the iterable, or the process killed, leaves the store as
        it was). Then select each council's latest snapshot."""
        self._release_backends()
        # One thread while loading: the extracts are checked in other processes meanwhile, and
        # inserting and committing on two threads took twice the CPU for little gain in time.
        (threads,) = self.con.execute("SELECT current_setting('threads')").fetchone()
        self.con.execute("SET threads = 1")
        self.con.execute("BEGIN TRANSACTION")
        try:
            loaded = [self._add(extract, notes) for extract, notes in extracts]
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self.con.execute(f"SET threads = {int(threads)}")
        self.select()
        return loaded

    def _add(self, extract: CheckedExtract, notes: list[str]) -> Loaded:
        info = extract.info
        la = info.la_code
        population, source = _population(info)
        con = self.con
        (sid,) = con.execute("SELECT coalesce(max(snapshot_id), 0) + 1 FROM snapshots").fetchone()
        counted = {name: (0, 0) for name in TABLES}
        for name, arrow in extract.tables.items():
            con.register("incoming", arrow)
            cols = ", ".join(map(_q, arrow.column_names))
            con.execute(f"INSERT INTO {DATA}.{name} (snapshot_id, la_code, {cols}) "
                        f"SELECT ?, ?, {cols} FROM incoming", [sid, la])
            # The content hash's part for this table, from the rows as stored (same columns, types
            # and values), read from the incoming rows: the uncommitted rows of a long load are
            # not cheaply found by snapshot id.
            stored = ", ".join(
                f"CAST({_q(c.name) if c.name in arrow.column_names else 'NULL'} AS {SQL_TYPES[c.kind]})"
                for c in TABLES[name].columns)
            counted[name] = con.execute(
                f"SELECT count(*), coalesce(sum(hash(r)::HUGEINT), 0) FROM "
                f"(SELECT CAST(? AS VARCHAR) AS la_code, {stored} FROM incoming) r", [la]).fetchone()
            con.unregister("incoming")
        present = [(sid, la, t, c) for t, cols in extract.columns.items() if t in extract.tables
                   for c in cols]
        if present:
            con.executemany(f"INSERT INTO {DATA}.columns_present VALUES (?, ?, ?, ?)", present)
        con.executemany(f"INSERT INTO {DATA}.populations VALUES (?, ?, ?, ?, ?)",
                        [(sid, la, y, n, source) for y, n in sorted(population.items())])
        groups = [(sid, la, "ethnicity", g, n) for g, n in info.population_by_ethnicity.items()]
        if groups:
            con.executemany(f"INSERT INTO {DATA}.group_populations VALUES (?, ?, ?, ?, ?)", groups)
        windows = [(sid, la, t, w.first, w.last, extract.origins.get(t, extract.kind))
                   for t, w in extract.coverage.items() if t.partition("@")[0] in extract.tables]
        if windows:
            con.executemany(f"INSERT INTO {DATA}.coverage VALUES (?, ?, ?, ?, ?, ?)", windows)
        digest = self.content_hash(sid, info.extracted_at, counted)
        same = con.execute("SELECT snapshot_id FROM snapshots WHERE la_code = ? AND content_hash = ?",
                           [la, digest]).fetchone()
        if same:  # already held: this load adds nothing
            for name in [*TABLES, *META_DDL]:
                con.execute(f"DELETE FROM {DATA}.{name} WHERE snapshot_id = ?", [sid])
            return Loaded(la, same[0], False)
        rows = sum(a.num_rows for a in extract.tables.values())
        con.execute(
            "INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [sid, la, info.la_name or _name(la), info.extracted_at, info.source_system,
             dt.datetime.now().replace(microsecond=0), json.dumps(notes), extract.kind, digest, rows],
        )
        return Loaded(la, sid, True)

    def content_hash(self, snapshot_id: int, extracted_at: dt.date,
                     counted: dict[str, tuple[int, int]] | None = None) -> str:
        """The snapshot's content: per table, its row count and the sum of its rows' hashes
        (order-independent; duplicate rows count), with the extract date. `counted`: the
        (count, sum) of tables already known (see `_add`); the others are read from the store."""
        counted = dict(counted or {})
        names = [*TABLES, *META_DDL]
        rest = [name for name in names if name not in counted]
        rows = self.con.execute(" UNION ALL ".join(  # one query: each table read once
            f"SELECT {_lit(name)}, count(*), coalesce(sum(hash(r)::HUGEINT), 0) FROM (SELECT * "
            f"EXCLUDE (snapshot_id) FROM {DATA}.{name} WHERE snapshot_id = $sid) r"
            for name in rest), {"sid": snapshot_id}).fetchall() if rest else []
        counted.update({name: (n, total) for name, n, total in rows})
        parts = [str(extracted_at)] + [f"{name}:{counted[name][0]}:{counted[name][1]}" for name in names]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def verify(self, snapshot_id: int) -> bool:
        """Whether the snapshot's rows still hash to the content hash recorded when it was loaded."""
        row = self.con.execute("SELECT extracted_at, content_hash FROM snapshots WHERE snapshot_id = ?",
                               [snapshot_id]).fetchone()
        if row is None:
            raise StoreError(f"the store holds no snapshot {snapshot_id}")
        return self.content_hash(snapshot_id, row[0]) == row[1]

    def councils(self) -> list[dict]:
        """The selected snapshot of each council (`select`), in council-code order."""
        rows = self.con.execute(
            "SELECT la_code, la_name, extracted_at, source_system, notes, source_kind, snapshot_id "
            "FROM snapshots WHERE snapshot_id IN (SELECT snapshot_id FROM _selected) "
            "ORDER BY la_code").fetchall()
        return [dict(la_code=r[0], la_name=r[1], extracted_at=r[2], source_system=r[3],
                     notes=json.loads(r[4] or "[]"), source_kind=r[5], snapshot_id=r[6])
                for r in rows]

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
        # Grouped by a month number, dated after: a third of the time of grouping by
        # date_trunc's date (England's 3 million referrals).
        rows = self.con.execute(
            "SELECT la_code, make_date(m // 12, m % 12 + 1, 1), n FROM (SELECT la_code, "
            "year(cine_referral_date) * 12 + month(cine_referral_date) - 1 AS m, count(*) AS n "
            "FROM ssd_cin_episodes GROUP BY ALL) ORDER BY la_code, m").fetchall()
        out: dict[str, list[tuple[dt.date, int]]] = {}
        for la, month, n in rows:
            out.setdefault(la, []).append((month, n))
        return out

    def group_populations(self) -> dict[str, dict[str, dict[str, int]]]:
        """Each council's 0-17 population by group, where its extract supplies one:
        {la_code: {dimension: {group: population}}} (selected snapshots)."""
        out: dict[str, dict[str, dict[str, int]]] = {}
        for la, dim, group, n in self.con.execute(
                "SELECT la_code, dimension, group_name, population FROM group_populations").fetchall():
            out.setdefault(la, {}).setdefault(dim, {})[group] = n
        return out

    def stored_results(self, fingerprint: str, la_codes: list[str], first: dt.date,
                       before: dt.date) -> pa.Table:
        """For each selected council of `la_codes`, the catalogue rows kept under `fingerprint` by its latest
        earlier snapshot holding any (extracted on or before the selected one's date, the selected
        one itself excepted), for the months from `first` to before `before`; each row with
        the extract date of the snapshot it was computed from (`computed_at`) and the snapshot
        it is kept under (`kept_by`). Ordered by indicator, council and month.

        Only where what decides which figures a run shows is the same in both snapshots: the
        kind of source and the columns supplied (an indicator "not available" then must not
        come back as a number), and neither covers only a window of time (a return's months
        outside its window are blanked by the window of the snapshot read)."""
        if not self.keeps_results:
            return STORED.empty_table()
        return self.con.execute(
            f"""WITH held AS (SELECT DISTINCT snapshot_id FROM {DATA}.catalogue_results
                              WHERE fingerprint = $fp),
            earlier AS (
                SELECT p.la_code, p.snapshot_id, c.snapshot_id AS current FROM snapshots c JOIN snapshots p
                  ON p.la_code = c.la_code AND p.snapshot_id <> c.snapshot_id
                 AND p.extracted_at <= c.extracted_at
                WHERE c.snapshot_id IN (SELECT snapshot_id FROM _selected)
                  AND list_contains($las, c.la_code) AND p.snapshot_id IN (SELECT snapshot_id FROM held)
                QUALIFY row_number() OVER (PARTITION BY p.la_code
                                           ORDER BY p.extracted_at DESC, p.snapshot_id DESC) = 1),
            reusable AS (SELECT la_code, snapshot_id FROM earlier
                         WHERE {_shape('earlier.current')} = {_shape('earlier.snapshot_id')}
                           AND NOT EXISTS (SELECT 1 FROM {DATA}.coverage v
                                           WHERE v.snapshot_id IN (earlier.current, earlier.snapshot_id)))
            SELECT r.indicator, r.la_code, r.month, r.numerator, r.denominator, r.excluded, r.value,
                   s.extracted_at AS computed_at, r.snapshot_id AS kept_by
            FROM {DATA}.catalogue_results r JOIN reusable e USING (la_code, snapshot_id)
            JOIN snapshots s ON s.snapshot_id = r.computed_from
            WHERE r.fingerprint = $fp AND r.month >= $first AND r.month < $before
            ORDER BY r.indicator, r.la_code, r.month""",
            {"fp": fingerprint, "las": la_codes, "first": first, "before": before}
        ).to_arrow_table().cast(STORED)

    def keep_results(self, fingerprint: str, rows: pa.Table, copies: pa.Table,
                     before: dt.date) -> Future[None]:
        """Keep catalogue rows under `fingerprint`, replacing what their snapshots held under it,
        in one transaction: `rows` (snapshot_id, la_code, indicator, month, numerator,
        denominator, excluded, value, computed_from), and the rows already kept that `copies`
        names (snapshot_id, kept_by, la_code, indicator, first: a council's rows of an indicator
        kept under `kept_by` for the months from `first` to before `before`, copied inside the
        store under `snapshot_id`).

        Done in a thread, on a connection of its own (DuckDB works without Python's lock), so
        that a run judges its results meanwhile: the future returned says when it is done, and
        raises what it raised."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only: results cannot be kept in it")
        self._wait_for_keeping()
        con = self.con.cursor()
        pool = ThreadPoolExecutor(max_workers=1)
        try:
            self._keeping = pool.submit(_keep, con, fingerprint, rows, copies, before)
        except BaseException:
            con.close()
            raise
        finally:
            pool.shutdown(wait=False)  # the thread ends when the keeping does
        return self._keeping

    def _wait_for_keeping(self) -> None:
        """Wait for results being kept (`keep_results`). Its error is the run's to raise, from
        the future: a run that failed meanwhile raises its own."""
        if self._keeping is not None:
            self._keeping.exception()
            self._keeping = None

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
        """Close the database (once results being kept are), and remove any copies of its
        tables an engine made."""
        self._wait_for_keeping()
        self._release_backends()
        self.con.close()


def _keep(con: duckdb.DuckDBPyConnection, fingerprint: str, rows: pa.Table, copies: pa.Table,
          before: dt.date) -> None:
    """`Store.keep_results`' transaction, on `con` (closed after)."""
    try:
        con.register("incoming_results", rows)
        con.register("incoming_copies", copies)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                f"DELETE FROM {DATA}.catalogue_results WHERE fingerprint = $fp AND snapshot_id IN "
                "(SELECT snapshot_id FROM incoming_results UNION SELECT snapshot_id FROM incoming_copies)",
                {"fp": fingerprint})
            con.execute(
                f"INSERT INTO {DATA}.catalogue_results SELECT c.snapshot_id, $fp, r.la_code, "
                "r.indicator, r.month, r.numerator, r.denominator, r.excluded, r.value, "
                f"r.computed_from FROM {DATA}.catalogue_results r JOIN incoming_copies c "
                "ON r.snapshot_id = c.kept_by AND r.la_code = c.la_code AND r.indicator = c.indicator "
                "WHERE r.fingerprint = $fp AND r.month >= c.first AND r.month < $before",
                {"fp": fingerprint, "before": before})
            con.execute(
                f"INSERT INTO {DATA}.catalogue_results SELECT snapshot_id, $fp, la_code, indicator, "
                "month, numerator, denominator, excluded, value, computed_from FROM incoming_results",
                {"fp": fingerprint})
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()


def _shape(snapshot: str) -> str:
    """SQL for what a snapshot's figures can show: its kind of source and the columns supplied
    (`snapshot`: the SQL of its id)."""
    return (f"{{'kind': (SELECT source_kind FROM snapshots k WHERE k.snapshot_id = {snapshot}), "
            f"'columns': (SELECT list(x.table_name || '.' || x.column_name ORDER BY x.table_name, "
            f"x.column_name) FROM {DATA}.columns_present x WHERE x.snapshot_id = {snapshot})}}")


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

