"""`kiosk schedule --year YYYY [--json]` and `kiosk events --year YYYY [--json]`: the same dates the
screens show, the schedule with the deadlines staff extended (read from the kiosk's database).
Content problems, and a database that cannot be read, are printed on stderr and make the exit status 1.
`kiosk booklet [--year YYYY] [--out FILE]` makes the booklet PDF."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.cli_commands.common import (
    CommandError,
    clock_from,
    config_from,
    open_database,
    print_json,
    run_guarded,
)
from kiosk.domain.clock import today
from kiosk.domain.content_file import ContentError
from kiosk.domain.content_overrides import apply_to_calendar
from kiosk.domain.events import Event, events_in_year, load_events
from kiosk.domain.tax_calendar import DuePeriod, TaxCalendar, load_tax_calendar

MIN_YEAR, MAX_YEAR = 2000, 2100


def register(subparsers: argparse._SubParsersAction) -> None:
    schedule = subparsers.add_parser("schedule", help="local tax due periods of a year")
    schedule.add_argument("--year", type=_year, required=True, help="calendar year, e.g. 2027")
    schedule.add_argument("--json", action="store_true", help="print JSON instead of a table")
    schedule.add_argument("--calendar", type=Path, help="tax calendar file (default: the shipped one)")
    schedule.add_argument(
        "--files-only", action="store_true", help="leave out staff's extensions (no database needed)"
    )
    schedule.set_defaults(handler=show_schedule)

    events = subparsers.add_parser("events", help="Tax Concern Resolution Days and explanation sessions")
    events.add_argument("--year", type=_year, required=True, help="calendar year, e.g. 2027")
    events.add_argument("--json", action="store_true", help="print JSON instead of a table")
    events.add_argument("--events", type=Path, help="events file (default: the shipped one)")
    events.set_defaults(handler=show_events)

    booklet = subparsers.add_parser("booklet", help="make the booklet PDF (Local Tax Knowledge ...)")
    booklet.add_argument("--year", type=_year, help="year of the due-date page (default: this year)")
    booklet.add_argument("--out", type=Path, help="PDF file (default: resources/demo/generated/)")
    booklet.set_defaults(handler=make_booklet)


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"year must be between {MIN_YEAR} and {MAX_YEAR}")
    return year


def period_as_json(period: DuePeriod) -> dict[str, Any]:
    """One due period as the CLI prints it (dates as YYYY-MM-DD)."""
    return {
        "tax_id": period.tax_id,
        "name_ko": period.tax.name.ko,
        "name_en": period.tax.name.en,
        "period_start": period.start.isoformat(),
        "statutory_due": period.statutory_due.isoformat(),
        "actual_due": period.due.isoformat(),
        "moved_because": period.move_reason(),
        "due_by_rule": period.rule_due.isoformat(),
        "extended": period.extended,
        "extension_reason_ko": period.extension.reason.ko if period.extension else None,
        "extension_reason_en": period.extension.reason.en if period.extension else None,
        "legal_basis": period.tax.legal_basis,
    }


def event_as_json(event: Event) -> dict[str, Any]:
    """One event as the CLI prints it."""
    return {
        "id": event.id,
        "kind": event.kind,
        "title_ko": event.title.ko,
        "title_en": event.title.en,
        "date": event.day.isoformat(),
        "start": event.start.strftime("%H:%M"),
        "end": event.end.strftime("%H:%M"),
        "place_ko": event.place.ko,
        "place_en": event.place.en,
        "region_ko": event.region.ko if event.region else None,
        "region_en": event.region.en if event.region else None,
        "status": event.status,
        "original_date": event.original_day.isoformat() if event.original_day else None,
        "time_and_place_confirmed": event.confirmed,
    }


@run_guarded
def show_schedule(args: argparse.Namespace) -> int:
    """Print every due period of the year."""
    calendar = _load(load_tax_calendar, args.calendar)
    status = 0
    if not args.files_only:
        calendar, status = _with_staff_extensions(calendar, args)
    periods = calendar.periods(args.year)
    if args.json:
        print_json([period_as_json(p) for p in periods])
    else:
        print(f"{'start':10}  {'last day':10}  {'due':10}  {'tax':32} name")
        for p in periods:
            moved = f"  (moved: {p.move_reason()})" if p.moved else ""
            if p.extension is not None:
                moved += f"  (extended from {p.rule_due}: {p.extension.reason.ko})"
            print(f"{p.start}  {p.statutory_due}  {p.due}  {p.tax_id:32} {p.tax.name.ko}{moved}")
    return _report_problems(calendar.problems) or status


def _with_staff_extensions(calendar: TaxCalendar, args: argparse.Namespace) -> tuple[TaxCalendar, int]:
    """The calendar with the extensions saved on the content desk; the files alone (and exit status 1)
    when the database cannot be read, so the dates still print."""
    from kiosk.services.content_editing import ContentEditor
    from kiosk.storage.database import StorageError

    try:
        database = open_database(config_from(args))
        try:
            overrides = ContentEditor(database, clock_from(args)).overrides()
        finally:
            database.dispose()
    except (CommandError, StorageError) as err:
        print(f"kiosk: warning: staff's extensions left out: {err}", file=sys.stderr)
        return calendar, 1
    return apply_to_calendar(calendar, overrides), 0


@run_guarded
def show_events(args: argparse.Namespace) -> int:
    """Print the year's events."""
    content = _load(load_events, args.events)
    events = events_in_year(content, args.year)
    if args.json:
        print_json([event_as_json(e) for e in events])
    else:
        for e in events:
            when = f"{e.day} {e.start:%H:%M}-{e.end:%H:%M}"
            print(f"{when}  {e.status:9}  {e.title.ko} · {e.place.ko}")
    return _report_problems(content.problems)


@run_guarded
def make_booklet(args: argparse.Namespace) -> int:
    """Write the booklet PDF and print where it is."""
    # Fonts need a QGuiApplication; no display is needed for a PDF.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from kiosk.domain.booklet import load_booklet
    from kiosk.services.booklet import default_booklet_file, write_booklet

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    year = args.year or today(clock_from(args)).year
    target = args.out or default_booklet_file(year)
    try:
        path = write_booklet(target, year, load_booklet(), load_tax_calendar())
    except (ContentError, OSError) as err:
        raise CommandError(f"the booklet could not be made: {err}") from err
    print(path)
    return 0


def _load(loader: Any, path: Path | None) -> Any:
    try:
        return loader(path)
    except ContentError as err:
        raise CommandError(str(err)) from err


def _report_problems(problems: Sequence[ContentError]) -> int:
    for problem in problems:
        print(f"kiosk: warning: {problem}", file=sys.stderr)
    return 1 if problems else 0
