"""`kiosk slots`, `kiosk book`, `kiosk bookings export|import|mark|cancel`, `kiosk closures`: the booking
calendar for staff, the website's exchange files and tests."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from kiosk.cli_commands.common import (
    EXIT_UNAVAILABLE,
    CommandError,
    clock_from,
    config_from,
    iso_date,
    open_database,
    print_json,
    record_id,
    run_guarded,
)
from kiosk.domain.booking import Booking, BookingSource, BookingStatus, Slot
from kiosk.domain.booking_code import normalise_code
from kiosk.domain.booking_errors import SlotTaken
from kiosk.domain.closed_days import Closure, ClosurePart, check_closure_reason
from kiosk.domain.consultation import ContentError
from kiosk.domain.errors import KioskError
from kiosk.services.booking import BookingService
from kiosk.services.booking_csv import ImportRefused, read_booking_csv, write_booking_csv
from kiosk.services.booking_desk import BookingDesk

# A slot another booking got first: scripts can tell it from other refusals.
EXIT_TAKEN = 4


def register(subparsers: argparse._SubParsersAction) -> None:
    slots = subparsers.add_parser("slots", help="list consultation slots in a date range")
    slots.add_argument("--from", dest="first", type=iso_date, required=True, metavar="YYYY-MM-DD")
    slots.add_argument("--to", dest="last", type=iso_date, required=True, metavar="YYYY-MM-DD")
    slots.add_argument("--field", help="only consultants of this field (e.g. gift)")
    slots.add_argument("--today", type=iso_date, help="pretend today is this date (for the notice rule)")
    slots.add_argument("--json", action="store_true", help="print JSON (the default is a table)")
    slots.set_defaults(handler=list_slots)

    book = subparsers.add_parser("book", help="book a consultation slot")
    book.add_argument("--start", required=True, help="ISO start, e.g. 2026-12-03T10:00+09:00")
    book.add_argument("--consultant", required=True, help="consultant id (see `kiosk slots`)")
    book.add_argument("--field", required=True)
    book.add_argument("--name", required=True)
    book.add_argument("--phone", required=True)
    book.add_argument("--source", choices=[s.value for s in BookingSource], default=BookingSource.STAFF.value)
    book.add_argument("--today", type=iso_date, help="pretend today is this date")
    book.add_argument("--json", action="store_true")
    book.set_defaults(handler=book_slot)

    bookings = subparsers.add_parser("bookings", help="export or import reservations as CSV")
    actions = bookings.add_subparsers(dest="bookings_action", required=True)
    export = actions.add_parser("export", help="write one day's bookings as CSV to stdout")
    export.add_argument("--date", type=iso_date, required=True, metavar="YYYY-MM-DD")
    export.add_argument("--csv", action="store_true", help="CSV output (the only format)")
    export.set_defaults(handler=export_bookings)
    importer = actions.add_parser("import", help="import reservations (all rows or none)")
    importer.add_argument("file", type=Path)
    importer.add_argument("--today", type=iso_date, help="pretend today is this date")
    importer.set_defaults(handler=import_bookings)
    mark = actions.add_parser("mark", help="mark a booking attended or no-show (from its day on)")
    mark.add_argument("code")
    mark.add_argument("status", choices=[BookingStatus.ATTENDED.value, BookingStatus.NO_SHOW.value])
    mark.add_argument("--today", type=iso_date, help="pretend today is this date")
    mark.set_defaults(handler=mark_booking)
    cancel = actions.add_parser("cancel", help="cancel a booking for the resident (staff; no phone digits)")
    cancel.add_argument("code")
    cancel.set_defaults(handler=cancel_booking)

    closures = subparsers.add_parser("closures", help="close days or half days for consultations")
    closure_actions = closures.add_subparsers(dest="closure_action", required=True)
    add = closure_actions.add_parser("add", help="close a day or half day")
    add.add_argument("--date", type=iso_date, required=True)
    add.add_argument("--part", choices=[p.value for p in ClosurePart], default=ClosurePart.DAY.value)
    add.add_argument("--consultant", help="only this consultant (default: everyone)")
    add.add_argument("--reason", default="", help="shown to residents, e.g. 직원 교육")
    add.set_defaults(handler=add_closure)
    listing = closure_actions.add_parser("list", help="list closures in a date range")
    listing.add_argument("--from", dest="first", type=iso_date, required=True)
    listing.add_argument("--to", dest="last", type=iso_date, required=True)
    listing.set_defaults(handler=list_closures)
    remove = closure_actions.add_parser("remove", help="remove a closure by id")
    remove.add_argument("id", type=record_id)
    remove.set_defaults(handler=remove_closure)


def _service(args: argparse.Namespace) -> BookingService:
    config = config_from(args)
    try:
        return BookingService(open_database(config), clock_from(args), config.booking)
    except ContentError as err:
        raise CommandError(f"content error: {err}", EXIT_UNAVAILABLE) from err


def slot_json(slot: Slot) -> dict[str, object]:
    return {
        "consultant": slot.consultant_id,
        "consultant_name": slot.consultant_name,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
        "fields": list(slot.fields),
        "free": slot.free,
    }


def booking_json(booking: Booking) -> dict[str, object]:
    """A booking for scripts; the phone number is masked like everywhere outside the database."""
    return {
        "code": booking.code,
        "consultant": booking.consultant_id,
        "consultant_name": booking.consultant_name,
        "start": booking.start.isoformat(),
        "end": booking.end.isoformat(),
        "field": booking.field_id,
        "phone": booking.masked_phone,
        "status": booking.status.value,
        "source": booking.source.value,
    }


@run_guarded
def list_slots(args: argparse.Namespace) -> int:
    if args.last < args.first:
        raise CommandError("--to must not be before --from")
    if (args.last - args.first).days > 366:
        raise CommandError("the range can be at most one year")
    service = _service(args)
    try:
        slots = service.slots(args.first, args.last, args.field)
    except KioskError as err:
        raise CommandError(str(err)) from err
    if args.json:
        print_json([slot_json(s) for s in slots])
        return 0
    for s in slots:
        state = "free" if s.free else "taken"
        print(
            f"{s.start:%Y-%m-%d %H:%M}-{s.end:%H:%M}  {s.consultant_id:<6} {state:<5}  {','.join(s.fields)}"
        )
    return 0


@run_guarded
def book_slot(args: argparse.Namespace) -> int:
    try:
        start = datetime.fromisoformat(args.start)
    except ValueError:
        raise CommandError(f"--start is not an ISO date and time: {args.start!r}") from None
    if not args.consultant.strip():
        # The service reads "no consultant" as "anyone free"; on the command line it is a typo.
        raise CommandError("--consultant is empty: give a consultant id (see `kiosk slots`)")
    service = _service(args)
    try:
        booking = service.book(
            start=start,
            consultant_id=args.consultant,
            field_id=args.field,
            name=args.name,
            phone=args.phone,
            consent=True,  # staff and scripts book for residents who consented on the phone or website
            source=BookingSource(args.source),
        )
    except SlotTaken as err:
        raise CommandError(f"already taken: {err}", EXIT_TAKEN) from err
    except KioskError as err:
        raise CommandError(str(err)) from err
    if args.json:
        print_json(booking_json(booking))
    else:
        print(booking.code)
    return 0


@run_guarded
def export_bookings(args: argparse.Namespace) -> int:
    service = _service(args)
    sys.stdout.write(write_booking_csv(service.bookings_of_day(args.date)))
    return 0


@run_guarded
def import_bookings(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CommandError(f"cannot read {args.file}: {err}") from err
    service = _service(args)
    try:
        imported = service.import_bookings(read_booking_csv(text))
    except ImportRefused as err:
        for problem in err.problems:
            print(f"{args.file}:{problem.line}: {problem.reason}", file=sys.stderr)
        raise CommandError(str(err)) from err
    print(f"imported {len(imported)} bookings")
    return 0


def _desk(args: argparse.Namespace) -> BookingDesk:
    return BookingDesk(_service(args), config_from(args).staff.export_path())


@run_guarded
def mark_booking(args: argparse.Namespace) -> int:
    code = normalise_code(args.code)
    try:
        _desk(args).mark(code, BookingStatus(args.status))
    except KioskError as err:
        raise CommandError(str(err)) from err
    print(f"{code} marked {args.status}")
    return 0


@run_guarded
def cancel_booking(args: argparse.Namespace) -> int:
    code = normalise_code(args.code)
    try:
        _desk(args).cancel(code)
    except KioskError as err:
        raise CommandError(str(err)) from err
    print(f"{code} cancelled")
    return 0


@run_guarded
def add_closure(args: argparse.Namespace) -> int:
    try:
        check_closure_reason(args.reason)  # before the database is even opened
    except KioskError as err:
        raise CommandError(f"--reason: {err}") from err
    service = _service(args)
    # `is not None`: an empty --consultant is a typo, not "everyone".
    if args.consultant is not None and args.consultant not in {c.id for c in service.consultants()}:
        raise CommandError(f"there is no active consultant {args.consultant!r}")
    closure = service.add_closure(
        Closure(day=args.date, part=ClosurePart(args.part), reason=args.reason, consultant_id=args.consultant)
    )
    print(f"closure {closure.id}: {closure.day} {closure.part.value} {closure.consultant_id or 'everyone'}")
    return 0


@run_guarded
def list_closures(args: argparse.Namespace) -> int:
    for c in _service(args).closures(args.first, args.last):
        print(f"{c.id}\t{c.day}\t{c.part.value}\t{c.consultant_id or 'everyone'}\t{c.reason}")
    return 0


@run_guarded
def remove_closure(args: argparse.Namespace) -> int:
    if not _service(args).remove_closure(args.id):
        raise CommandError(f"there is no closure {args.id}")
    print(f"closure {args.id} removed")
    return 0
