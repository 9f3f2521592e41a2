"""What every sub-command needs: configuration, database and plain error reporting."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.config import Config, ConfigError, load_config
from kiosk.domain.clock import Clock, SystemClock, clock_for_day

if TYPE_CHECKING:
    from kiosk.storage.database import Database

EXIT_REFUSED = 2
EXIT_UNAVAILABLE = 3


class CommandError(Exception):
    """Ends a sub-command with a message on stderr and an exit code."""

    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.code = code


def config_from(args: argparse.Namespace) -> Config:
    try:
        return load_config(getattr(args, "config", None))
    except ConfigError as err:
        raise CommandError(f"configuration error: {err}", EXIT_UNAVAILABLE) from err


def open_database(config: Config) -> Database:
    """Connect and migrate; a database that cannot be used is a CommandError."""
    # Imported here so that `kiosk --help` and the GUI start do not pay for it twice.
    from kiosk.storage.database import Database, StorageError

    try:
        database = Database(config.database.resolved_url())
        database.upgrade()
    except StorageError as err:
        raise CommandError(f"database error: {err}", EXIT_UNAVAILABLE) from err
    return database


def clock_from(args: argparse.Namespace) -> Clock:
    """The real clock, or one fixed on `--today` where the command has that option."""
    day = getattr(args, "today", None)
    return clock_for_day(day) if day else SystemClock()


# Dates outside these years are typing mistakes; far ones (9999-12-31) also overflow date arithmetic.
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2100, 12, 31)
# The largest id a database integer column holds (SQLite and PostgreSQL BIGINT alike).
MAX_RECORD_ID = 2**63 - 1


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise argparse.ArgumentTypeError(f"the date must be between {FIRST_DATE} and {LAST_DATE}: {text!r}")
    return day


def record_id(text: str) -> int:
    """argparse type for the number of a stored record (a question, a closure)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= number <= MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(f"not a record number (1 or more): {text!r}")
    return number


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_guarded(func: Any) -> Any:
    """Decorator for handlers: CommandError becomes a message on stderr and its exit code."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return int(func(args) or 0)
        except CommandError as err:
            print(f"kiosk: {err}", file=sys.stderr)
            return err.code

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper
