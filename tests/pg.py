"""A throwaway PostgreSQL server for the database-source tests, from Debian's binaries.

`server()` starts a cluster in a fresh folder under /tmp (as the `postgres` user when the tests
run as root: PostgreSQL refuses to run as root), listening on a Unix socket in that folder only
(no TCP port to clash with anything), trusting local connections; `stop()` removes it all.

When the binaries (or psycopg) are missing the tests skip, saying why, except under CI (the `CI`
environment variable set), where they fail: CI installs PostgreSQL (.ci/run) and must never
skip these in silence.
"""

from __future__ import annotations

import csv
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from safeguarding.schema import TABLES

# How the typed copy of an extract declares each kind of contract column.
PG_TYPES = {"id": "text", "text": "text", "date": "date", "datetime": "timestamp", "flag": "boolean"}


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (apt-get install postgresql)")


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Server:
    def __init__(self):
        bin_dir = _bin_dir()
        if bin_dir is None:
            unavailable("no PostgreSQL server binaries (initdb, pg_ctl)")
        try:
            import psycopg  # noqa: F401
        except ImportError:
            unavailable("psycopg is not installed (pip install -e '.[test]')")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="safeguarding-pg-"))
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.data = self.root / "data"
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C")
        options = f"-c listen_addresses='' -k {self.root} -p 5432 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run([*self.as_user, str(self.bin / program), *args],
                              capture_output=True, text=True)
        if done.returncode:
            log = self.root / "log"
            raise RuntimeError(f"{program} failed: {done.stderr.strip()}"
                               + (f"\n{log.read_text()}" if log.exists() else ""))

    def connect(self, database: str = "postgres"):
        import psycopg

        return psycopg.connect(host=str(self.root), user="postgres", dbname=database, autocommit=True)

    def url(self, database: str, **settings: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in {"host": str(self.root), **settings}.items())
        return f"postgresql://postgres@/{database}?{query}"

    def create_database(self, name: str) -> None:
        with self.connect() as con:
            con.execute(f'CREATE DATABASE "{name}"')

    def add_role(self, role: str, password: str) -> None:
        """A login role that must give its password (scram), allowed to read every table."""
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {role} scram-sha-256\n" + hba.read_text())
        with self.connect() as con:
            con.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE pg_read_all_data")
            con.execute("SELECT pg_reload_conf()")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def load_extract(server: Server, database: str, folder: Path, schema: str, *,
                 typed: bool = True, prefix: str = "ssd_") -> None:
    """Copy an extract folder's CSVs into SCHEMA: typed as the contract says (`typed`), as a
    council's database holds them, or every column text (to hold cells no type would take)."""
    with server.connect(database) as con:
        con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        for path in sorted(folder.glob("ssd_*.csv")):
            name = path.stem
            with path.open(newline="", encoding="utf-8") as f:
                headers = next(csv.reader(f))
            spec = TABLES.get(name)
            kinds = {c.name: c.kind for c in spec.columns} if spec else {}
            cols = ", ".join(f'"{h}" {PG_TYPES[kinds[h]] if typed and h in kinds else "text"}'
                             for h in headers)
            table = f'"{schema}"."{prefix}{name.removeprefix("ssd_")}"'
            con.execute(f"CREATE TABLE {table} ({cols})")
            with con.cursor().copy(f"COPY {table} FROM STDIN WITH (FORMAT csv, HEADER true)") as copy:
                copy.write(path.read_bytes())
