"""`kiosk bookings mark|cancel`: the CLI counterparts of the bookings desk's buttons."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.domain.booking import BookingStatus
from kiosk.services.booking import load_demo_consultants
from kiosk.storage import booking as store
from kiosk.storage.database import Database

BEFORE = ["--today", "2026-11-25"]
ON_THE_DAY = ["--today", "2026-12-03"]


@pytest.fixture(autouse=True)
def configured(database: Database) -> Database:
    load_demo_consultants(database)
    Path(os.environ["KIOSK_CONFIG"]).write_text(
        f'[database]\nurl = "{database.url.render_as_string(hide_password=False)}"\n'
    )
    return database


def _booked_code(capsys: pytest.CaptureFixture[str]) -> str:
    argv = ["book", "--start", "2026-12-03T10:00+09:00", "--consultant", "c01", "--field", "national"]
    assert main([*argv, "--name", "홍길동", "--phone", "01012345678", *BEFORE, "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)["code"])


def _status(database: Database, code: str) -> BookingStatus:
    with database.session() as session:
        (booking,) = [b for b in store.bookings_of_day(session, date(2026, 12, 3)) if b.code == code]
    return booking.status


def test_mark_from_the_day_on(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code = _booked_code(capsys)
    assert main(["bookings", "mark", code, "attended", *BEFORE]) == 2
    assert "from 2026-12-03" in capsys.readouterr().err
    assert main(["bookings", "mark", code, "no_show", *ON_THE_DAY]) == 0
    assert _status(database, code) is BookingStatus.NO_SHOW


def test_staff_cancel_needs_no_phone_digits(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code = _booked_code(capsys)
    assert main(["bookings", "cancel", code]) == 0
    assert _status(database, code) is BookingStatus.CANCELLED
    assert main(["bookings", "cancel", code]) == 2
