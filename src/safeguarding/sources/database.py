"""SSD tables read in place from a council's database: PostgreSQL, or SQL Server over ODBC.

SOURCE is a URL with no password in it (docs/database-sources.md):

    postgresql://HOST[:PORT]/DATABASE?schema=ssd&prefix=ssd_&la=884
    mssql://HOST[:PORT]/DATABASE?driver=ODBC+Driver+18+for+SQL+Server&la=884
    mssql:///?dsn=SSD&la=884

Credentials come from the client's own places, never the command line: libpq's PGUSER,
PGPASSWORD, `.pgpass` or a service file for PostgreSQL; an ODBC DSN, Windows integrated
authentication, or SQLCMDUSER / SQLCMDPASSWORD for SQL Server. A URL holding a password is
refused, and a URL is only ever shown `redacted` (scheme, host, port and database).

Each SSD table is read through Ibis: only its contract columns, with `_row` its position when
the table is ordered by its key (then by the other columns read), so a row number in a message
is stable from one read to the next. Values come as the database types them and are turned into
text here, as a Parquet file's are, so every check (`sources.check`) is the files' own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import ibis
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..schema import TABLES, Table
from .folder import FOLDER, ROW, ExtractError, ExtractInfo, RawExtract, _columns, parse_info, read_toml
from .issues import Issue
from .returns import SourceRead

SCHEMES = {"postgresql": "postgresql", "postgres": "postgresql", "mssql": "mssql"}
DEFAULT_PREFIX = "ssd_"
# The extract's settings an extract folder keeps in extract.toml.
SETTINGS = ("la", "extracted_at", "la_name", "source_system", "settings")
# Where to find the tables, and how to reach the server (the libpq and ODBC settings that hold
# no secret; a password is never one of them).
OPTIONS = {
    "postgresql": ("schema", "prefix", "host", "sslmode", "connect_timeout", "service", "passfile"),
    "mssql": ("schema", "prefix", "driver", "dsn", "encrypt", "trustservercertificate"),
}
NO_PASSWORD = ("the database URL must not hold a password (it would be seen in the shell's "
               "history and the process list): {how}")
HOW = {"postgresql": "give it in PGPASSWORD or ~/.pgpass (user in PGUSER or the URL)",
       "mssql": "use an ODBC DSN, integrated authentication, or SQLCMDUSER and SQLCMDPASSWORD"}


class Unreachable(ExtractError):
    """The database did not answer (a scheduled run is "not ready", not "invalid data")."""


def is_url(source: object) -> bool:
    """Whether SOURCE names a database (postgresql://, postgres:// or mssql://) rather than a file."""
    scheme, sep, _ = str(source).partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


@dataclasses.dataclass(frozen=True)
class Database:
    """A parsed database URL: where the SSD tables are, and the extract's settings."""

    engine: str  # "postgresql" or "mssql"
    host: str | None
    port: int | None
    database: str | None
    user: str | None
    schema: str | None  # None: the connection's default (PostgreSQL's search_path; dbo)
    prefix: str
    settings: dict[str, str]  # SETTINGS given in the URL
    options: dict[str, str]  # the connection's other OPTIONS

    @property
    def redacted(self) -> str:
        """The URL as messages and the store show it: no user, password or settings."""
        if self.options.get("dsn"):
            return f"{self.engine}://dsn={self.options['dsn']}"
        where = (self.host or self.options.get("host") or "") + (f":{self.port}" if self.port else "")
        return f"{self.engine}://{where}/{self.database or ''}"

    def table_name(self, canonical: str) -> str:
        """The database's name for a canonical SSD table (ssd_person -> PREFIX + person)."""
        return self.prefix + canonical.removeprefix("ssd_")


def parse(url: str) -> Database:
    """A database URL checked: a password anywhere in it is refused, and so is any setting not
    known (so a misspelt `?schema=` is not silently ignored). Messages never quote the URL."""
    scheme = str(url).partition("://")[0].lower()
    engine = SCHEMES.get(scheme)
    if engine is None:
        raise ExtractError(f"a database URL begins postgresql:// or mssql://, not {scheme[:20]}://")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ExtractError(f"the {engine} URL cannot be read (a port must be a number)") from None
    query = parse_qs(parts.query, keep_blank_values=True)
    if parts.password is not None or any(k.lower() in ("password", "pwd") for k in query):
        raise ExtractError(NO_PASSWORD.format(how=HOW[engine]))
    allowed = SETTINGS + OPTIONS[engine]
    unknown = sorted(k for k in query if k.lower() not in allowed)
    if unknown:
        raise ExtractError(f"the {engine} URL has settings not known here: "
                           f"{', '.join(k[:30] for k in unknown)} (known: {', '.join(allowed)})")
    values = {}
    for key, found in query.items():
        if len(found) > 1:
            raise ExtractError(f"the {engine} URL gives {key} more than once")
        values[key.lower()] = found[0].strip()
    return Database(
        engine=engine,
        host=parts.hostname,
        port=port,
        database=unquote(parts.path.lstrip("/")) or None,
        user=unquote(parts.username) if parts.username else None,
        schema=values.get("schema") or None,
        prefix=values.get("prefix", DEFAULT_PREFIX),
        settings={k: v for k, v in values.items() if k in SETTINGS},
        options={k: v for k, v in values.items() if k in OPTIONS[engine] and k not in ("schema", "prefix")},
    )


def info(db: Database, la_code: str | None, today: dt.date | None = None) -> ExtractInfo:
    """The extract's settings: those of extract.toml, from a TOML file named by `settings`
    (any of them, with a [population] table), overridden by the URL's own la, extracted_at,
    la_name and source_system, and la by --la. extracted_at defaults to today (the as-at of a
    read of a live database), source_system to the redacted URL."""
    meta = read_toml(Path(db.settings["settings"])) if db.settings.get("settings") else {}
    given = {"la_code": la_code or db.settings.get("la"), "extracted_at": db.settings.get("extracted_at"),
             "la_name": db.settings.get("la_name"), "source_system": db.settings.get("source_system")}
    meta = {**meta, **{k: v for k, v in given.items() if v}}
    if not meta.get("la_code"):
        raise ExtractError(f"{db.redacted}: name the council with ?la=CODE in the URL or --la CODE "
                           "(its DfE 3-digit number)")
    meta.setdefault("extracted_at", today or dt.date.today())
    meta.setdefault("source_system", db.redacted)
    where = f"the {db.engine} URL" + (f" or {db.settings['settings']}" if "settings" in db.settings else "")
    return parse_info(meta, where)


def connect(db: Database) -> ibis.BaseBackend:
    """An Ibis connection; the password, if any, found by the client library itself."""
    try:
        if db.engine == "postgresql":
            options = dict(db.options)
            host = options.pop("host", None) or db.host  # ?host=/run/postgresql: a socket folder
            return ibis.postgres.connect(host=host, port=db.port, user=db.user,  # None: libpq's
                                         database=db.database, **options)
        return _connect_mssql(db)
    except ImportError as exc:  # the package, or what it loads (pyodbc: unixODBC's libodbc)
        extra = {"postgresql": "postgres", "mssql": "mssql"}[db.engine]
        hint = " and an ODBC driver manager (unixODBC)" if db.engine == "mssql" else ""
        raise ExtractError(f"reading {db.engine} needs `pip install 'safeguarding[{extra}]'`"
                           f"{hint}: {exc}") from None
    except Exception as exc:  # the driver's message names the server and user, never a password
        reason = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise Unreachable(f"cannot connect to {db.redacted}: {reason}") from None


def _connect_mssql(db: Database) -> ibis.BaseBackend:
    import pyodbc  # the ODBC driver manager (unixODBC on Linux) must be installed

    how = mssql_connection(db)
    if isinstance(how, str):
        return ibis.mssql.from_connection(pyodbc.connect(how))
    return ibis.mssql.connect(**how)


def mssql_connection(db: Database, environ=os.environ) -> str | dict:
    """How to reach SQL Server: an ODBC connection string naming the DSN (whose definition holds
    the server and the credentials), or Ibis's arguments: SQLCMDUSER and SQLCMDPASSWORD from
    the environment, else (no user, no password) Windows integrated authentication."""
    extra = {k: v for k, v in db.options.items() if k not in ("dsn", "driver")}
    if db.options.get("dsn"):
        parts = [f"DSN={db.options['dsn']}"] + [f"{k}={v}" for k, v in extra.items()]
        return ";".join(parts + ([f"DATABASE={db.database}"] if db.database else []))
    user = environ.get("SQLCMDUSER") or db.user
    return dict(host=db.host or "localhost", port=db.port or 1433, database=db.database,
                driver=db.options.get("driver"), user=user,
                password=environ.get("SQLCMDPASSWORD") if user else None, **extra)


def read_query(table: ibis.Table, spec: Table, columns: dict[str, str]) -> ibis.Table:
    """The query that reads one SSD table: its contract `columns` (canonical name -> the
    database's column), named canonically, and `_row`, the row's position (from 1) in the
    table ordered by its key, then by the other columns read. Nothing else is selected."""
    picked = {c: table[h] for c, h in columns.items()}
    order = sorted(picked, key=lambda c: c != spec.key)
    row = ibis.row_number().over(order_by=[picked[c] for c in order]) + 1
    return table.select(**picked, **{ROW: row.cast("int64")})


def read(url: str, la_code: str | None = None, *, today: dt.date | None = None) -> SourceRead:
    """The SSD tables in the database at URL, as an extract folder's `RawExtract` (text cells)."""
    db = parse(url)
    extract_info = info(db, la_code, today)
    con = connect(db)
    try:
        tables, issues = _read_tables(con, db)
    finally:
        con.disconnect()
    where = f"{db.redacted} {db.schema or 'default schema'}"
    return SourceRead(RawExtract(extract_info, tables, issues), "ssd",
                      origins={name: f"{where}.{db.table_name(name)}" for name in tables})


def _read_tables(con: ibis.BaseBackend, db: Database) -> tuple[dict[str, pa.Table], list[Issue]]:
    try:
        listed = con.list_tables(database=db.schema)
    except Exception as exc:
        raise ExtractError(f"{db.redacted}: the tables of schema {db.schema or '(default)'} cannot "
                           f"be listed ({type(exc).__name__})") from None
    spellings: dict[str, list[str]] = {}
    for t in sorted(listed):
        spellings.setdefault(t.lower(), []).append(t)
    present = {lower: names[0] for lower, names in spellings.items()}
    wanted = {db.table_name(name).lower(): name for name in TABLES}
    if not set(wanted) & set(present):
        raise ExtractError(f"{db.redacted}: schema {db.schema or '(default)'} has no SSD table "
                           f"(none named {db.prefix}person, {db.prefix}cin_episodes, ...): "
                           "check ?schema= and ?prefix= in the URL")
    issues = [Issue("warning", FOLDER, None, None, actual, "not a table of the data contract: not read")
              for lower, actual in sorted(present.items())
              if db.prefix and lower.startswith(db.prefix.lower()) and lower not in wanted]
    for lower, names in sorted(spellings.items()):
        if lower in wanted and len(names) > 1:  # "SSD_Person" and "ssd_person": which is meant?
            issues.append(Issue("error", wanted[lower], None, None, ", ".join(names),
                                "more than one table for this table (names differing in case): keep one"))
    tables = {}
    for lower, name in wanted.items():
        if lower not in present or len(spellings[lower]) > 1:
            continue
        try:
            table, found = _read_table(con, db, name, present[lower])
        except Exception as exc:  # e.g. no SELECT permission; the database's words under --debug
            raise ExtractError(f"{db.redacted}: table {present[lower]} cannot be read "
                               f"({type(exc).__name__}; `safeguarding --debug` shows the "
                               "database's message)") from exc
        issues += found
        if table is not None:
            tables[name] = table
            if not table.num_rows:
                issues.append(Issue("warning", name, None, None, None, "table has no rows"))
    return tables, issues


def _read_table(con: ibis.BaseBackend, db: Database, name: str, actual: str
                ) -> tuple[pa.Table | None, list[Issue]]:
    table = con.table(actual, database=db.schema)
    columns, issues = _columns(name, list(table.columns))
    if columns is None:
        return None, issues
    if not columns:  # no contract column: only its rows are counted
        n = int(con.execute(table.count()))
        return pa.table({ROW: pa.array(np.arange(1, n + 1, dtype=np.int64))}), issues
    arrow = con.to_pyarrow(read_query(table, TABLES[name], columns))
    text = {}
    for c in columns:
        try:
            text[c] = pc.cast(arrow[c], pa.string())
        except pa.ArrowException:  # e.g. a JSON or array column
            issues.append(Issue("error", name, None, c, str(arrow.schema.field(c).type),
                                "column cannot be read as text: the table cannot be read"))
    if len(text) < len(columns):
        return None, issues
    return pa.table({**text, ROW: arrow[ROW]}).sort_by(ROW), issues
