"""`safeguarding serve`, `safeguarding users` and `safeguarding audit`: the web view's commands
(docs/web.md). Mounted in cli.py."""

# No `from __future__ import annotations` here: Typer reads every command's signature on
# each run, and a string annotation costs it an evaluation (see cli.py).

import ipaddress
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from .cli_errors import fail
from .csvtext import csv_text
from .formatting import terminal
from .judgement.events import load_events
from .judgement.targets import load_targets
from .policy import load_policy
from .report.settings import load_report_settings
from .store import Store
from .web import accounts
from .web.accounts import AccountError

out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)

StorePath = Annotated[Path, typer.Argument(help="A store made by `safeguarding load --db`.")]
users_app = typer.Typer(help="The web view's accounts, kept in the store (argon2 password hashes).",
                        add_completion=False, no_args_is_help=True)


def _store(path: Path, read_only: bool = False) -> Store:
    """An existing store (never a new one made by a typo in its name)."""
    if not path.is_file():
        fail(f"{path} is not a store file: make one with `safeguarding load EXTRACT --db {path}`")
    return Store(path, read_only=read_only)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    store: StorePath,
    host: Annotated[str, typer.Option(help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
    ssl_certfile: Annotated[Optional[Path], typer.Option(help="TLS certificate (PEM), to serve "
                                                         "HTTPS without a proxy in front.")] = None,
    ssl_keyfile: Annotated[Optional[Path], typer.Option(help="TLS private key (PEM).")] = None,
    policy: Annotated[Optional[Path], typer.Option(help="A policy.toml overriding the shipped "
                                                   "policy, as for `safeguarding report`.")] = None,
    targets: Annotated[Optional[Path], typer.Option(help="The council's targets.toml.")] = None,
    events: Annotated[Optional[Path], typer.Option(help="The council's events.toml.")] = None,
    report_settings: Annotated[Optional[Path], typer.Option(
        "--report-settings", help="A report.toml for the cover report.")] = None,
    insecure_cookies: Annotated[bool, typer.Option(
        "--insecure-cookies", help="Session cookies without the Secure flag, for plain HTTP on "
                                   "a loopback address only (testing).")] = False,
    oidc_config: Annotated[Optional[Path], typer.Option(
        "--oidc-config", help="An oidc.toml: sign-in through the council's identity provider "
                              "(OpenID Connect, e.g. Entra ID) for accounts added with --oidc.")] = None,
) -> None:
    """Serve the web view over STORE: the dashboard and indicator pages (the pack's figures),
    case lists for managers, the audit log for admins. Needs the web extra; see docs/web.md."""
    try:
        import uvicorn

        from .web.data import Settings
        from .web.oidc import ConfigError, Provider, load_config
        from .web.server import create_app
    except ImportError:
        fail("the web view needs the web extra: pip install 'safeguarding[web]'")
    if insecure_cookies and not _loopback(host):
        fail("--insecure-cookies is for a loopback address only (--host 127.0.0.1)")
    if (ssl_certfile is None) != (ssl_keyfile is None):
        fail("give both --ssl-certfile and --ssl-keyfile, or neither")
    settings = Settings(load_policy(policy), load_targets(targets), load_events(events),
                        load_report_settings(report_settings))  # checked before serving
    provider = None
    if oidc_config is not None:
        try:
            provider = Provider(load_config(oidc_config))
        except ConfigError as exc:
            fail(str(exc))
    opened = _store(store)
    try:
        web = create_app(opened, secure_cookies=not insecure_cookies, settings=settings,
                         oidc=provider)
        if not accounts.users(opened.con):
            err.print("Note: the store has no web accounts yet: stop the server and add one with "
                      f"`safeguarding users add {terminal(store)} NAME --role admin --all-councils`")
        if ssl_certfile is None and not _loopback(host):
            err.print("Note: serve this behind an HTTPS proxy: sign-in cookies are Secure, so "
                      "browsers only send them over HTTPS")
        uvicorn.run(web, host=host, port=port, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile,
                    workers=1, server_header=False, proxy_headers=False, log_level="info")
    except AccountError as exc:
        fail(str(exc))
    finally:
        opened.close()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@users_app.command("add")
def users_add(
    store: StorePath,
    name: Annotated[str, typer.Argument(help="The user name they sign in with.")],
    role: Annotated[accounts.Role, typer.Option(help="reader: open figures (small numbers "
                                                 "suppressed); manager: also the case lists "
                                                 "of their teams; admin: every team, and the "
                                                 "audit log.")],
    team: Annotated[Optional[list[str]], typer.Option(
        "--team", help="A manager's team, as the case lists name it (repeatable).")] = None,
    all_teams: Annotated[bool, typer.Option("--all-teams", help="A manager of every team "
                                            "(and unallocated cases).")] = False,
    council: Annotated[Optional[list[str]], typer.Option(
        "--council", help="A council the user may see, its DfE number (repeatable).")] = None,
    all_councils: Annotated[bool, typer.Option("--all-councils", help="Every council in the "
                                               "store, now and later.")] = False,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password "
                                                 "from the first line of stdin.")] = False,
    oidc: Annotated[bool, typer.Option("--oidc", help="An account of the council's identity "
                                       "provider (serve --oidc-config): NAME as the provider "
                                       "names the user (e.g. ann@council.gov.uk); no password.")] = False,
) -> None:
    """Add a web account (the password is asked for, never an option; none with --oidc)."""
    role_name = role.value
    if role_name == "manager" and bool(team) == all_teams:
        fail("a manager needs --team T (repeatable) or --all-teams")
    if role_name != "manager" and (team or all_teams):
        fail(f"--team and --all-teams are for managers (a {role_name} "
             + ("sees no case list)" if role_name == "reader" else "sees every team)"))
    if bool(council) == all_councils:
        fail("give --council LA (repeatable) or --all-councils")
    if oidc and password_stdin:
        fail("an --oidc account has no password: leave out --password-stdin")
    opened = _store(store)
    try:
        held = {c["la_code"] for c in opened.councils()}
        unknown = sorted(set(council or []) - held)
        if unknown:
            fail(f"the store holds no extract for la_code {', '.join(unknown)}")
        password = None if oidc else _password(password_stdin)
        accounts.add_user(opened.con, name, password, role_name,
                          teams=None if all_teams else list(team or []),
                          councils=None if all_councils else sorted(set(council or [])))
    except AccountError as exc:
        fail(str(exc))
    finally:
        opened.close()
    err.print(f"Added {terminal(name)} ({role_name}{', signs in through the identity provider' if oidc else ''})")


@users_app.command("disable")
def users_disable(store: StorePath,
                  name: Annotated[str, typer.Argument(help="The user name.")]) -> None:
    """Disable a web account: it can no longer sign in, and its sessions end."""
    opened = _store(store)
    try:
        accounts.disable_user(opened.con, name)
    except AccountError as exc:
        fail(str(exc))
    finally:
        opened.close()
    err.print(f"Disabled {terminal(name)}")


def _all(values) -> str:
    return "all" if values is None else ", ".join(values) or "none"


@users_app.command("list")
def users_list(store: StorePath) -> None:
    """The web accounts: name, role, teams, councils, how they sign in, and whether disabled."""
    opened = _store(store, read_only=True)
    try:
        found = accounts.users(opened.con)
        how = accounts.signs_in_with(opened.con)
    finally:
        opened.close()
    t = Table("user", "role", "teams", "councils", "sign-in", "disabled")
    for u in found:
        t.add_row(*map(terminal, (u.name, u.role, _all(u.teams) if u.role == "manager" else
                                  ("all" if u.role == "admin" else "none"),
                                  _all(u.councils), how[u.name], "yes" if u.disabled else "")))
    out.print(t)


class AuditFormat(str, Enum):
    table = "table"
    csv = "csv"


def audit(
    store: StorePath,
    format: Annotated[AuditFormat, typer.Option(help="table or csv.")] = AuditFormat.table,
) -> None:
    """The web view's audit log: every view or export of child-level data (who, when in UTC,
    what, how many children; never the children's ids)."""
    opened = _store(store, read_only=True)
    try:
        rows = accounts.audit_log(opened.con)
    finally:
        opened.close()
    if format is AuditFormat.csv:
        sys.stdout.write(csv_text(accounts.AUDIT_COLUMNS, rows))
        return
    t = Table(*accounts.AUDIT_COLUMNS)
    for r in rows:
        t.add_row(*(terminal(str(v)) for v in r))
    out.print(t)
