"""BookingService: what the booking screens and the CLI ask of the consultation calendar."""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import logging
import tomllib
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from kiosk import paths
from kiosk.config import BookingSection
from kiosk.domain.booking import (
    Booking,
    BookingRequest,
    BookingRules,
    BookingSource,
    BookingStatus,
    Consultant,
    DayAvailability,
    Slot,
)
from kiosk.domain.booking_code import is_valid_code, new_booking_code, normalise_code
from kiosk.domain.booking_errors import (
    ConsentMissing,
    DayClosed,
    InvalidSlot,
    NotFound,
    PhoneLimitReached,
    SlotTaken,
)
from kiosk.domain.clock import SEOUL, Clock
from kiosk.domain.closed_days import Closure, HolidayCalendar, check_closure_reason
from kiosk.domain.consultation import (
    ConsultationCatalogue,
    ContentError,
    load_consultation_catalogue,
)
from kiosk.domain.errors import KioskError
from kiosk.domain.names import normalise_name, same_name
from kiosk.domain.phone import normalise_phone
from kiosk.services.booking_csv import CsvRow, ImportProblem, ImportRefused
from kiosk.storage import booking as store
from kiosk.storage.database import Database
from kiosk.storage.locks import hold_lock

log = logging.getLogger(__name__)

_CODE_ATTEMPTS = 5


def default_catalogue() -> ConsultationCatalogue:
    """The shipped consultation fields and hours (resources/content/consultation.toml)."""
    return load_consultation_catalogue(paths.content_dir() / "consultation.toml")


class BookingService:
    """Availability, booking, look-up and cancellation; every write is one transaction."""

    def __init__(
        self,
        database: Database,
        clock: Clock,
        config: BookingSection | None = None,
        catalogue: ConsultationCatalogue | None = None,
    ) -> None:
        config = config or BookingSection()
        self.database = database
        self.clock = clock
        self.catalogue = catalogue or default_catalogue()
        self.rules = BookingRules(
            schedule=self.catalogue.schedule,
            calendar=HolidayCalendar(),
            min_notice_days=config.min_notice_days,
            horizon_days=config.horizon_days,
            max_bookings_per_phone_per_day=config.max_bookings_per_phone_per_day,
        )
        self.retention_days = config.retention_days

    # --- reading -------------------------------------------------------------------------------------

    def today(self) -> date:
        return self.clock.now().astimezone(SEOUL).date()

    def warm_up(self) -> None:
        """Load the holiday tables the first calendar needs (about 0.17 s), after start-up's first paint."""
        self.rules.calendar.closed_reason(self.today())

    def consultants(self, field_id: str | None = None) -> list[Consultant]:
        """Active consultants, optionally only those covering `field_id`."""
        if field_id is not None:
            self.catalogue.field(field_id)
        with self.database.session() as session:
            return [c for c in store.list_consultants(session) if c.covers(field_id)]

    def month_availability(self, year: int, month: int, field_id: str | None = None) -> list[DayAvailability]:
        """Every day of the month with its calendar status: one range query for the bookings."""
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        consultants, closures, taken = self._load_range(first, last, field_id)
        now = self.clock.now()
        today = now.astimezone(SEOUL).date()
        return [
            self.rules.day_availability(
                first + timedelta(days=i), today, consultants, closures, taken, field_id, now
            )
            for i in range((last - first).days + 1)
        ]

    def slots(self, first_day: date, last_day: date, field_id: str | None = None) -> list[Slot]:
        """Every slot of the bookable days from `first_day` to `last_day`, free or taken, by start."""
        consultants, closures, taken = self._load_range(first_day, last_day, field_id)
        now = self.clock.now()
        today = now.astimezone(SEOUL).date()
        result: list[Slot] = []
        day = first_day
        while day <= last_day:
            if self.rules.window_status(day, today) is None:
                day_slots = self.rules.slots_of_day(day, consultants, closures, taken, field_id)
                result.extend(s for s in day_slots if s.start > now)
            day += timedelta(days=1)
        return result

    def free_slots(self, day: date, field_id: str | None = None) -> list[Slot]:
        """The free slots of one day for a field, by start then consultant."""
        return [s for s in self.slots(day, day, field_id) if s.free]

    def _load_range(
        self, first: date, last: date, field_id: str | None
    ) -> tuple[list[Consultant], list[Closure], set[tuple[str, datetime]]]:
        if field_id is not None:
            self.catalogue.field(field_id)
        with self.database.session() as session:
            consultants = [c for c in store.list_consultants(session) if c.covers(field_id)]
            closures = store.closures_between(session, first, last)
            taken = store.taken_slots(session, first, last)
        return consultants, closures, taken

    # --- booking -------------------------------------------------------------------------------------

    def make_request(
        self,
        *,
        start: datetime,
        consultant_id: str,
        field_id: str,
        name: str,
        phone: str,
        source: BookingSource = BookingSource.KIOSK,
    ) -> BookingRequest:
        """Normalise and check the resident's input (InvalidName, InvalidPhone, UnknownField)."""
        self.catalogue.field(field_id)
        if start.tzinfo is None:
            start = start.replace(tzinfo=SEOUL)
        return BookingRequest(
            start=start.astimezone(SEOUL),
            consultant_id=consultant_id,
            field_id=field_id,
            name=normalise_name(name),
            phone=normalise_phone(phone),
            source=source,
        )

    def book(
        self,
        *,
        start: datetime,
        consultant_id: str | None,
        field_id: str,
        name: str,
        phone: str,
        consent: bool,
        source: BookingSource = BookingSource.KIOSK,
    ) -> Booking:
        """Book one slot in one write transaction; `consultant_id=None` takes any free consultant then."""
        if not consent:
            raise ConsentMissing()
        request = self.make_request(
            start=start,
            consultant_id=consultant_id or "",
            field_id=field_id,
            name=name,
            phone=phone,
            source=source,
        )
        for _attempt in range(_CODE_ATTEMPTS):
            code = new_booking_code()
            try:
                with self.database.write_session() as session:
                    booking = self._book_in(session, request, code, enforce_notice=True)
            except store.DuplicateCode:
                continue
            log.info("booked %s at %s (source %s)", booking.code, booking.start.isoformat(), source.value)
            return booking
        raise RuntimeError("could not draw an unused booking code")  # about 1 in 10**40: a bug, not luck

    def _book_in(
        self, session: store.Session, request: BookingRequest, code: str, *, enforce_notice: bool
    ) -> Booking:
        now = self.clock.now()
        self.rules.check_start(request.start, now, enforce_notice=enforce_notice)
        consultant = self._consultant_for(session, request)
        day = request.start.date()
        for closure in store.closures_between(session, day, day):
            if closure.covers(consultant.id, request.start):
                raise DayClosed(day, closure.as_reason())
        limit = self.rules.max_bookings_per_phone_per_day
        hold_lock(session, phone_day_lock(request.phone, day))
        if store.active_bookings_of_phone(session, request.phone, day) >= limit:
            raise PhoneLimitReached(day, limit)
        store.insert_booking(
            session,
            code=code,
            consultant_id=consultant.id,
            start=request.start,
            end=request.start + self.rules.schedule.slot_length,
            field_id=request.field_id,
            name=request.name,
            phone=request.phone,
            source=request.source,
            created_at=now,
        )
        booking = store.find_booking(session, code)
        assert booking is not None
        return booking

    def _consultant_for(self, session: store.Session, request: BookingRequest) -> Consultant:
        if request.consultant_id:
            consultant = store.get_consultant(session, request.consultant_id)
            if consultant is None or not consultant.active:
                raise InvalidSlot(f"There is no consultant {request.consultant_id!r}.")
            if not consultant.covers(request.field_id):
                raise InvalidSlot(f"{consultant.name} does not take consultations in this field.")
            return consultant
        day = request.start.date()
        taken = store.taken_slots(session, day, day)
        closures = store.closures_between(session, day, day)
        closed_by: Closure | None = None
        for consultant in store.list_consultants(session):
            if not consultant.covers(request.field_id) or (consultant.id, request.start) in taken:
                continue
            closure = next((c for c in closures if c.covers(consultant.id, request.start)), None)
            if closure is None:
                return consultant
            closed_by = closed_by or closure
        # "Closed" says more than "taken" when staff closed the time (the desk books any consultant too).
        if closed_by is not None:
            raise DayClosed(day, closed_by.as_reason())
        raise SlotTaken()

    # --- look-up and cancel --------------------------------------------------------------------------

    def lookup(self, code: str, proof: str) -> Booking:
        """The active booking with this code, proven by its phone's last four digits or its name
        (`proves`); NotFound otherwise."""
        code = normalise_code(code)
        if not is_valid_code(code):
            raise NotFound()  # and text no database column could hold (a NUL) never reaches a query
        with self.database.session() as session:
            booking = store.find_booking(session, code)
        if booking is None or booking.status is not BookingStatus.ACTIVE or not proves(booking, proof):
            raise NotFound()
        return booking

    def cancel(self, code: str, proof: str) -> Booking:
        """Cancel an active booking (proven as for `lookup`); its slot is free again as soon as this
        returns."""
        code = normalise_code(code)
        if not is_valid_code(code):
            raise NotFound()
        with self.database.write_session() as session:
            booking = store.find_booking(session, code)
            if booking is None or booking.status is not BookingStatus.ACTIVE or not proves(booking, proof):
                raise NotFound()
            store.set_status(session, code, BookingStatus.CANCELLED, when=self.clock.now())
        log.info("cancelled %s", code)
        return dataclasses.replace(booking, status=BookingStatus.CANCELLED)

    # --- imports from the website and the phone desk -------------------------------------------------

    def import_bookings(self, rows: Sequence[CsvRow]) -> list[Booking]:
        """Check every row, then book them all in one transaction; ImportRefused lists each bad line."""
        with self.database.write_session() as session:
            consultants = {c.id: c for c in store.list_consultants(session)}
            planned: list[tuple[BookingRequest, str]] = []
            problems: list[ImportProblem] = []
            for row in rows:
                try:
                    planned.append(self._check_import_row(session, row, consultants, planned))
                except KioskError as err:
                    problems.append(ImportProblem(row.line, str(err)))
            if problems:
                raise ImportRefused(problems)
            now = self.clock.now()
            for request, code in planned:
                store.insert_booking(
                    session,
                    code=code,
                    consultant_id=request.consultant_id,
                    start=request.start,
                    end=request.start + self.rules.schedule.slot_length,
                    field_id=request.field_id,
                    name=request.name,
                    phone=request.phone,
                    source=request.source,
                    created_at=now,
                )
            imported = [store.find_booking(session, code) for _request, code in planned]
        log.info("imported %d bookings", len(imported))
        return [b for b in imported if b is not None]

    def _check_import_row(
        self,
        session: store.Session,
        row: CsvRow,
        consultants: dict[str, Consultant],
        planned: list[tuple[BookingRequest, str]],
    ) -> tuple[BookingRequest, str]:
        values = row.values
        if "__error__" in values:
            raise KioskError(values["__error__"])
        for column in ("start", "consultant", "field", "name", "phone"):
            if not values.get(column):
                raise KioskError(f"the {column} column is empty")
        if values.get("status", "active") not in ("", "active"):
            raise KioskError("only active reservations can be imported")
        try:
            start = datetime.fromisoformat(values["start"])
        except ValueError:
            raise KioskError(
                f"start is not a date and time such as 2026-12-03T10:00+09:00: {values['start']!r}"
            ) from None
        try:
            source = BookingSource(values.get("source") or BookingSource.WEB.value)
        except ValueError:
            raise KioskError(f"source must be one of {', '.join(s.value for s in BookingSource)}") from None
        request = self.make_request(
            start=start,
            consultant_id=values["consultant"],
            field_id=values["field"],
            name=values["name"],
            phone=values["phone"],
            source=source,
        )
        # Website reservations already met the notice rule when they were taken; only "not past" applies.
        self.rules.check_start(request.start, self.clock.now(), enforce_notice=False)
        consultant = self._consultant_for(session, request)
        day = request.start.date()
        for closure in store.closures_between(session, day, day):
            if closure.covers(consultant.id, request.start):
                raise DayClosed(day, closure.as_reason())
        slot = (consultant.id, request.start)
        if slot in store.taken_slots(session, day, day) or any(
            (p.consultant_id, p.start) == slot for p, _code in planned
        ):
            raise SlotTaken()
        same_phone = sum(1 for p, _code in planned if p.phone == request.phone and p.start.date() == day)
        limit = self.rules.max_bookings_per_phone_per_day
        hold_lock(session, phone_day_lock(request.phone, day))
        if store.active_bookings_of_phone(session, request.phone, day) + same_phone >= limit:
            raise PhoneLimitReached(day, limit)
        code = normalise_code(values.get("code", "")) or self._unused_code(session, planned)
        if not is_valid_code(code):
            raise KioskError(f"code {values['code']!r} is not a booking code")
        if store.code_exists(session, code) or any(c == code for _p, c in planned):
            raise KioskError(f"the booking code {code} is already in use")
        return request, code

    def _unused_code(self, session: store.Session, planned: list[tuple[BookingRequest, str]]) -> str:
        used = {code for _request, code in planned}
        while True:
            code = new_booking_code()
            if code not in used and not store.code_exists(session, code):
                return code

    def bookings_of_day(self, day: date) -> list[Booking]:
        """Every booking of `day` in any status (for the staff export)."""
        with self.database.session() as session:
            return store.bookings_of_day(session, day)

    # --- closures (staff) ----------------------------------------------------------------------------

    def add_closure(self, closure: Closure) -> Closure:
        """Close a day or half day for everyone or one consultant; existing bookings stay.

        InvalidClosureReason when the reason is too long or holds control characters."""
        closure = dataclasses.replace(closure, reason=check_closure_reason(closure.reason))
        with self.database.write_session() as session:
            return store.add_closure(session, closure)

    def remove_closure(self, closure_id: int) -> bool:
        with self.database.write_session() as session:
            return store.remove_closure(session, closure_id)

    def closures(self, first_day: date, last_day: date) -> list[Closure]:
        with self.database.session() as session:
            return store.closures_between(session, first_day, last_day)


def phone_day_lock(phone: str, day: date) -> str:
    """The lock that makes kiosks take turns on one phone's bookings of one day.

    Two kiosks could otherwise both count zero bookings for the phone and both insert (PostgreSQL,
    READ COMMITTED). The phone is hashed: lock names can reach the server's logs.
    """
    digest = hashlib.sha256(phone.encode()).hexdigest()[:16]
    return f"booking-phone:{digest}:{day.isoformat()}"


def _matching(booking: Booking | None, last4: str) -> Booking:
    """The booking if it is active and its phone ends in `last4`; otherwise NotFound, whichever failed."""
    if booking is None or booking.status is not BookingStatus.ACTIVE or booking.phone[-4:] != last4.strip():
        raise NotFound()
    return booking


class _HasDatabase(Protocol):
    database: Database


def demo_loader(context: _HasDatabase) -> str:
    """`kiosk demo` entry (kiosk/demo.py DEMO_LOADERS): the demo consultants."""
    return f"{load_demo_consultants(context.database)} consultants"


def load_demo_consultants(database: Database, path: Path | None = None) -> int:
    """Insert or update the consultants of resources/demo/consultants.toml; returns how many."""
    path = path or paths.demo_dir() / "consultants.toml"
    consultants = read_consultants_toml(path, default_catalogue().field_ids)
    with database.write_session() as session:
        return store.upsert_consultants(session, consultants)


def read_consultants_toml(path: Path, known_fields: Sequence[str]) -> list[Consultant]:
    """Parse and check a consultants file: unique ids, a name, and known field ids."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ContentError(f"{path}: cannot be read: {err}") from err
    entries = raw.get("consultant")
    if not isinstance(entries, list) or not entries:
        raise ContentError(f"{path}: needs at least one [[consultant]]")
    consultants: list[Consultant] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: consultant #{number}"
        if not isinstance(entry, dict):
            raise ContentError(f"{where} must be a table")
        consultant_id, name, fields = entry.get("id"), entry.get("name"), entry.get("fields")
        if not isinstance(consultant_id, str) or not consultant_id.strip() or len(consultant_id) > 20:
            raise ContentError(f"{where} needs an id of 1 to 20 characters")
        if not isinstance(name, str) or not name.strip():
            raise ContentError(f"{where} ({consultant_id}) needs a name")
        if not isinstance(fields, list) or not fields or any(f not in known_fields for f in fields):
            raise ContentError(
                f"{where} ({consultant_id}) fields must list known field ids: {', '.join(known_fields)}"
            )
        if any(c.id == consultant_id for c in consultants):
            raise ContentError(f"{where}: id {consultant_id!r} appears twice")
        consultants.append(
            Consultant(consultant_id, name.strip(), tuple(fields), bool(entry.get("active", True)))
        )
    return consultants


def proves(booking: Booking, proof: str) -> bool:
    """The second key of a look-up beside the code: the last four digits of the booking's phone or, for
    a resident with no phone at hand, the name it was booked under (accessibility K28: a way that needs
    no phone). A name always has a letter, so the two cannot be confused."""
    proof = proof.strip()
    if proof.isascii() and proof.isdigit():
        return len(proof) == 4 and booking.phone[-4:] == proof
    return same_name(proof, booking.name)
