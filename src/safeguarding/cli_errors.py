"""How the `safeguarding` command fails: one line on stderr, never a traceback.

Every failure is an exception that reaches `Group.invoke`, the one place that prints
``error: ...`` (the full traceback too under ``safeguarding --debug``) and picks the exit code:

- 1: the data has errors (an extract needs --allow-invalid; `validate` and failed indicators
  exit 1 themselves, after their output);
- 2: anything else (a bad option, a file that cannot be read or written, a store of another
  version, a bug).

Only messages the product wrote for the user are shown as they are. Any other exception is
named by its type alone: its text may quote a cell of the extract, and that is children's data.
"""

from __future__ import annotations

import sys
import traceback
from typing import Any, NoReturn

import typer
from rich.console import Console
from typer.core import TyperGroup

from .app import InvalidExtract, RunError
from .benchmarks.store import UnrecognisedFile
from .engine import EngineError
from .formatting import terminal
from .indicators.local import IndicatorsError
from .judgement.events import EventsError
from .judgement.targets import TargetsError
from .policy import PolicyError
from .report.previous import PreviousError
from .report.settings import ReportSettingsError
from .sources import ExtractError
from .store import StoreError

DATA_ERRORS = 1
FAILURE = 2

# Exceptions whose text the product wrote for the user and never quotes a cell.
TOLD = (ExtractError, StoreError, EngineError, PolicyError, TargetsError, EventsError,
        ReportSettingsError, UnrecognisedFile, RunError, IndicatorsError, PreviousError)

err = Console(stderr=True, soft_wrap=True, highlight=False)  # soft_wrap: one line, never wrapped


class CliError(Exception):
    """A failure the command itself detects, with the message for the user."""

    def __init__(self, message: str, code: int = FAILURE):
        super().__init__(message)
        self.message, self.code = message, code


def fail(message: str, code: int = FAILURE) -> NoReturn:
    raise CliError(message, code)


def describe(exc: BaseException) -> tuple[str, int]:
    """(message, exit code) for any exception: the one place that decides what a user sees."""
    if isinstance(exc, CliError):
        return exc.message, exc.code
    if isinstance(exc, InvalidExtract):
        return str(exc), DATA_ERRORS
    if isinstance(exc, TOLD):
        return str(exc), FAILURE
    if isinstance(exc, typer.TyperException):  # usage: a missing option, a bad value
        ctx = getattr(exc, "ctx", None)
        see = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
        return exc.format_message().rstrip(".") + see, FAILURE
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        hint = ("; if another program has it open, close it and try again"
                if isinstance(exc, PermissionError) else "")
        return f"{where}{exc.strerror}{hint}", FAILURE
    return f"unexpected failure ({_type_name(exc)}); rerun with --debug for details", FAILURE


def _type_name(exc: BaseException) -> str:
    """'ValueError', 'duckdb.Error', 'pyarrow.ArrowInvalid': enough to search for, no message."""
    package = type(exc).__module__.split(".")[0].lstrip("_")
    return type(exc).__qualname__ if package == "builtins" else f"{package}.{type(exc).__qualname__}"


def error_line(message: str) -> None:
    """``error: message`` as one line on stderr, the message made safe for a terminal."""
    err.print(f"[bold red]error:[/bold red] {terminal(' '.join(str(message).split()))}")


def _exit(exc: BaseException, debug: bool) -> NoReturn:
    message, code = describe(exc)
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    error_line(message)
    raise typer.Exit(code) from None


class Group(TyperGroup):
    """The top-level command group: turns every exception from parsing or running a command into
    `error_line` and an exit code (see the module docstring)."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        debug = "--debug" in args  # before parsing, which consumes the list
        try:
            return super().parse_args(ctx, args)
        except Exception as exc:
            _reraise_or_exit(exc, debug)

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            _reraise_or_exit(exc, debug=bool(ctx.params.get("debug")))


def _reraise_or_exit(exc: Exception, debug: bool) -> NoReturn:
    # Exit and Abort are how a command ends on purpose; a bare command group shows its help;
    # a closed pipe (`| head`) is Typer's to handle quietly.
    if (isinstance(exc, (typer.Exit, typer.Abort, BrokenPipeError))
            or type(exc).__name__ == "NoArgsIsHelpError"):
        raise exc
    _exit(exc, debug)
