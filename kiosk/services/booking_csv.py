"""The CSV format of reservations exchanged with the district website and the phone desk."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.domain.booking import Booking
from kiosk.domain.errors import KioskError

COLUMNS = ("code", "start", "end", "consultant", "field", "name", "phone", "status", "source")
REQUIRED = ("start", "consultant", "field", "name", "phone")


@dataclass(frozen=True)
class CsvRow:
    """One data row and the line of the file it ends on (for error messages)."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class ImportProblem:
    line: int
    reason: str


class ImportRefused(KioskError):
    """At least one row is bad: nothing was imported; `problems` names each bad line."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        rows = "1 bad row" if len(problems) == 1 else f"{len(problems)} bad rows"
        super().__init__(f"{rows}; nothing was imported")
        self.problems = problems


def read_booking_csv(text: str) -> list[CsvRow]:
    """Parse the CSV text (UTF-8, header row); refuses unknown or missing columns."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))  # Excel writes a byte-order mark
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        reason = []
        if missing:
            reason.append(f"missing columns: {', '.join(missing)}")
        if unknown:
            reason.append(f"unknown columns: {', '.join(unknown)}")
        raise ImportRefused([ImportProblem(1, "; ".join(reason))])
    reader.fieldnames = header
    try:
        return _rows(reader)
    except csv.Error as err:  # a field over the csv module's limit, a NUL byte in old Pythons
        raise ImportRefused([ImportProblem(reader.line_num, f"not readable as CSV: {err}")]) from None


def _rows(reader: csv.DictReader[str]) -> list[CsvRow]:
    rows: list[CsvRow] = []
    for record in reader:
        if None in record:
            rows.append(CsvRow(reader.line_num, {"__error__": "more values than columns"}))
            continue
        values = {key: (value or "").strip() for key, value in record.items()}
        if any(values.values()):  # blank lines at the end are not rows
            rows.append(CsvRow(reader.line_num, values))
    return rows


def write_booking_csv(bookings: Iterable[Booking]) -> str:
    """Bookings as CSV with the import's columns, so an export can be imported on another kiosk."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for b in bookings:
        writer.writerow(
            (
                b.code,
                b.start.isoformat(),
                b.end.isoformat(),
                b.consultant_id,
                b.field_id,
                b.name,
                b.phone,
                b.status.value,
                b.source.value,
            )
        )
    return out.getvalue()
