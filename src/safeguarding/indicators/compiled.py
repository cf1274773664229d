"""Indicator queries compiled to SQL once, and kept: Ibis is imported only when one is not held.

Building an indicator's Ibis expression and compiling it to SQL costs more than DuckDB takes to
run it on a county's data, and every command is a new process. So the DuckDB SQL of each
catalogue indicator, and of the other queries a run makes (`compute.QUERIES`: the whole
catalogue in one query, the population years), is kept on disk and reused by every later run:

- **shipped** with the package, for the shipped policy (`sql/duckdb/<name>.sql`, written by
  `scripts/compile_sql.py`; `tests/test_compiled_sql.py` fails when one is stale, so a change to
  an indicator shows up as a change to its SQL in review);
- **cached** in the user's cache folder (`$SAFEGUARDING_CACHE_DIR`, else
  `$XDG_CACHE_HOME/safeguarding`, else `~/.cache/safeguarding`) for any other policy, written
  the first time it is compiled.

A query reads the councils, the month frame and the columns each extract supplied from tables
in the engine (`indicators.context`), so its SQL is the same for any councils, month and
extracts. What else it depends on is its *key*, written in the file's header and checked before
use: the fingerprint of the code that builds queries (every module of this package and
`engine.py`: an edited indicator never runs stale SQL) and the policy values.

The files hold SQL only: names of tables and columns and the policy's numbers, never data.
Local indicators (`--indicators`) are compiled per process, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    from .context import Context

PACKAGE = Path(__file__).parent
SHIPPED = PACKAGE / "sql" / "duckdb"
HEADER = "-- safeguarding compiled query "


@cache
def fingerprint() -> str:
    """A hash of the code that builds indicator queries."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.glob("*.py"), PACKAGE.parent / "engine.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def policy_key(ctx: Context) -> str:
    return hashlib.sha256(repr(ctx.policy).encode()).hexdigest()[:16]


def user_dir() -> Path:
    base = (os.environ.get("SAFEGUARDING_CACHE_DIR")
            or os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "safeguarding"))
    return Path(base) / "sql" / "duckdb"


_held: dict[tuple, str] = {}  # (name, fingerprint, policy) -> sql


def table(ctx: Context, name: str, build: Callable[[], Any]) -> pa.Table:
    """The rows of the query `build()` makes (an Ibis expression from `ctx`), kept as `name`.
    On DuckDB its held SQL runs on the store's connection; other engines run it through Ibis."""
    if ctx.engine != "duckdb":
        return ctx.backend.to_pyarrow(build())
    return ctx.store.con.execute(sql_for(ctx, name, build)).to_arrow_table()


def sql_for(ctx: Context, name: str, build: Callable[[], Any]) -> str:
    """The DuckDB SQL of `build()`: held, or compiled now (and kept)."""
    key = (name, fingerprint(), policy_key(ctx))
    if key not in _held:
        for path in (SHIPPED / f"{name}.sql", user_dir() / f"{name}-{key[2]}.sql"):
            if (sql := _read(path, key)) is not None:
                _held[key] = sql
                break
        else:
            _held[key] = _compile(ctx, build)
            _write(user_dir() / f"{name}-{key[2]}.sql", key, _held[key])
    return _held[key]


def shipped_text(ctx: Context, name: str, build: Callable[[], Any]) -> str:
    """The file `scripts/compile_sql.py` ships as `name` (compiled afresh from `ctx`)."""
    return _text((name, fingerprint(), policy_key(ctx)), _compile(ctx, build))


def _compile(ctx: Context, build: Callable[[], Any]) -> str:
    return str(ctx.backend.compile(build(), pretty=True))  # pretty: reviewed as diffs


def _text(key: tuple, sql: str) -> str:
    name, code, policy = key
    head = {"query": name, "code": code, "policy": policy}
    return f"{HEADER}{json.dumps(head, sort_keys=True)}\n{sql}\n"


def _read(path: Path, key: tuple) -> str | None:
    """The SQL of a file written for `key`, or None (no file, another key, unreadable)."""
    try:
        first, _, sql = path.read_text(encoding="utf-8").partition("\n")
        head = json.loads(first.removeprefix(HEADER)) if first.startswith(HEADER) else {}
    except (OSError, ValueError):
        return None
    if (head.get("query"), head.get("code"), head.get("policy")) != key or not sql.strip():
        return None
    return sql


def _write(path: Path, key: tuple, sql: str) -> None:
    """Keep the SQL for later runs; a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8",
                                         suffix=".tmp") as f:
            f.write(_text(key, sql))
        os.replace(f.name, path)  # atomic: a concurrent reader sees the old file or the new
    except OSError:
        pass
