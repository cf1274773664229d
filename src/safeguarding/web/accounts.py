"""Web accounts and the audit log, in the store file's `web` schema.

The schema is made on first use (`ensure_schema`) and versioned on its own (`WEB_SCHEMA_VERSION`
in `web.meta`), apart from the store's data layout. Passwords are kept as argon2id hashes only.
The audit log is append-only: this module only ever inserts into it, and nothing deletes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

import duckdb

ROLES = ("reader", "manager", "admin")  # each may do what the ones before it may
Role = Enum("Role", {r: r for r in ROLES}, type=str)  # type: ignore[misc]  # the CLI's --role
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 12
# The password hash of an account that signs in through the identity provider (--oidc): not an
# argon2 hash, so no password matches it; only such accounts may sign in through the provider.
OIDC = "!oidc"
WEB_SCHEMA_VERSION = 1

DDL = (
    "CREATE SCHEMA IF NOT EXISTS web",
    "CREATE TABLE IF NOT EXISTS web.meta (schema_version INTEGER)",
    # teams / councils: NULL means all of them (granted explicitly: --all-teams, --all-councils).
    "CREATE TABLE IF NOT EXISTS web.users (name VARCHAR PRIMARY KEY, password_hash VARCHAR NOT NULL, "
    "role VARCHAR NOT NULL, teams VARCHAR[], councils VARCHAR[], disabled BOOLEAN NOT NULL, "
    "created_at TIMESTAMP NOT NULL)",
    "CREATE SEQUENCE IF NOT EXISTS web.audit_id",
    # Who looked at which children's data and how many: never the children's ids.
    "CREATE TABLE IF NOT EXISTS web.audit_log (id BIGINT PRIMARY KEY DEFAULT nextval('web.audit_id'), "
    "at_utc TIMESTAMP NOT NULL, user_name VARCHAR NOT NULL, action VARCHAR NOT NULL, "
    "la_code VARCHAR NOT NULL, indicator VARCHAR NOT NULL, month VARCHAR NOT NULL, "
    "children INTEGER NOT NULL, rows INTEGER NOT NULL)",
)
AUDIT_COLUMNS = ("id", "at_utc", "user_name", "action", "la_code", "indicator", "month",
                 "children", "rows")


class AccountError(Exception):
    """A request about accounts that cannot be done (its message is for the user)."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    teams: tuple[str, ...] | None  # None: every team
    councils: tuple[str, ...] | None  # None: every council in the store
    disabled: bool

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def may_see(self, la_code: str) -> bool:
        return self.councils is None or la_code in self.councils

    def may_see_team(self, team: str | None) -> bool:
        """Whether a case allocated to `team` (None: unallocated) is one of this user's."""
        return self.teams is None or (team is not None and team in self.teams)


def _hasher():
    try:
        from argon2 import PasswordHasher
    except ImportError:
        raise AccountError("web accounts need the web extra: pip install 'safeguarding[web]'") from None
    return PasswordHasher()  # argon2id, the library's (RFC 9106 low-memory) parameters


def has_schema(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE "
                            "table_schema = 'web' AND table_name = 'users'").fetchall()[0][0])


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Make the web schema if the store has none; refuse one of another version."""
    if has_schema(con):
        row = con.execute("SELECT schema_version FROM web.meta").fetchone()
        if row is None or row[0] != WEB_SCHEMA_VERSION:
            raise AccountError(f"the store's web accounts are of schema {row and row[0]}, and this "
                               f"safeguarding reads schema {WEB_SCHEMA_VERSION}")
        return
    con.execute("BEGIN TRANSACTION")
    for statement in DDL:
        con.execute(statement)
    con.execute("INSERT INTO web.meta VALUES (?)", [WEB_SCHEMA_VERSION])
    con.execute("COMMIT")


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password must be at least {MIN_PASSWORD} characters")


def add_user(con: duckdb.DuckDBPyConnection, name: str, password: str | None, role: str, *,
             teams: list[str] | None, councils: list[str] | None) -> User:
    """A new account. `teams`/`councils` None: all of them (the caller asks for that explicitly).
    `password` None: an account of the identity provider's (OIDC), named as its token names it."""
    if not NAME.match(name):
        raise AccountError("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-', "
                           "starting with a letter or digit")
    if role not in ROLES:
        raise AccountError(f"--role must be one of {', '.join(ROLES)}")
    if password is not None:
        check_password(password)
    ensure_schema(con)
    if con.execute("SELECT 1 FROM web.users WHERE lower(name) = lower(?)", [name]).fetchone():
        raise AccountError(f"there is already a user {name}")
    if role == "reader":
        teams = []  # a reader sees no case list, whatever teams it is given
    elif role == "admin":
        teams = None
    con.execute("INSERT INTO web.users VALUES (?, ?, ?, ?, ?, false, ?)",
                [name, OIDC if password is None else _hasher().hash(password), role, teams,
                 councils, _now()])
    return User(name, role, None if teams is None else tuple(teams),
                None if councils is None else tuple(councils), False)


def disable_user(con: duckdb.DuckDBPyConnection, name: str) -> None:
    if not has_schema(con) or not con.execute(
            "UPDATE web.users SET disabled = true WHERE name = ? RETURNING name", [name]).fetchall():
        raise AccountError(f"there is no user {name}")


def _user(row) -> User:
    name, role, teams, councils, disabled = row
    return User(name, role, None if teams is None else tuple(teams),
                None if councils is None else tuple(councils), bool(disabled))


def oidc_user(con: duckdb.DuckDBPyConnection, name: str) -> tuple[User | None, str]:
    """The enabled OIDC account the provider's user name names (names match whatever their
    case, as the provider's do), or None and why not."""
    row = con.execute("SELECT name, role, teams, councils, disabled, password_hash = ? FROM web.users "
                      "WHERE lower(name) = lower(?)", [OIDC, name]).fetchone()
    if row is None:
        return None, "no account"
    if not row[5]:
        return None, "the account signs in with a password, not through the identity provider"
    if row[4]:
        return None, "the account is disabled"
    return _user(row[:5]), ""


def signs_in_with(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each account's way of signing in: "password" or "organisation" (OIDC)."""
    if not has_schema(con):
        return {}
    return {n: "organisation" if h == OIDC else "password" for n, h in
            con.execute("SELECT name, password_hash FROM web.users").fetchall()}


def users(con: duckdb.DuckDBPyConnection) -> list[User]:
    if not has_schema(con):
        return []
    return [_user(r) for r in con.execute(
        "SELECT name, role, teams, councils, disabled FROM web.users ORDER BY name").fetchall()]


def get_user(con: duckdb.DuckDBPyConnection, name: str) -> User | None:
    """An enabled account by name (None for an unknown or disabled one)."""
    row = con.execute("SELECT name, role, teams, councils, disabled FROM web.users "
                      "WHERE name = ? AND NOT disabled", [name]).fetchone()
    return _user(row) if row else None


# Verified against when the name is unknown, so that a wrong name takes as long as a wrong password.
_DUMMY: list[str] = []


def authenticate(con: duckdb.DuckDBPyConnection, name: str, password: str) -> User | None:
    """The enabled account if the password is right, else None (never saying which was wrong)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _hasher()
    row = con.execute("SELECT password_hash FROM web.users WHERE name = ? AND NOT disabled "
                      "AND password_hash <> ?", [name, OIDC]).fetchone()  # OIDC: as unknown
    if row is None:
        if not _DUMMY:
            _DUMMY.append(hasher.hash("not a password of anyone"))
        try:
            hasher.verify(_DUMMY[0], password)
        except VerificationError:
            pass
        return None
    try:
        hasher.verify(row[0], password)
    except (VerificationError, InvalidHashError):
        return None
    return get_user(con, name)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def audit(con: duckdb.DuckDBPyConnection, user: User, action: str, la_code: str, indicator: str,
          month: str, children: int, rows: int) -> None:
    """Record a view or export of child-level data: who, when (UTC), what, how many children."""
    con.execute("INSERT INTO web.audit_log (at_utc, user_name, action, la_code, indicator, month, "
                "children, rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [_now(), user.name, action, la_code, indicator, month, children, rows])


def audit_log(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """Every audit row, oldest first (none for a store never served)."""
    if not has_schema(con):
        return []
    return con.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM web.audit_log ORDER BY id").fetchall()
