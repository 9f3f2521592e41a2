"""`kiosk slots`, `kiosk book`, `kiosk bookings export|import|mark|cancel` as staff and scripts use them."""

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

TODAY = ["--today", "2026-11-25"]


@pytest.fixture(autouse=True)
def configured(database: Database) -> Database:
    """The CLI reads KIOSK_CONFIG (set per test by conftest); point it at the test database."""
    load_demo_consultants(database)
    Path(os.environ["KIOSK_CONFIG"]).write_text(
        f'[database]\nurl = "{database.url.render_as_string(hide_password=False)}"\n'
    )
    return database


def _book(capsys: pytest.CaptureFixture[str], start: str, phone: str = "010-1234-5678", **extra: str):
    argv = [
        "book",
        "--start",
        start,
        "--consultant",
        extra.get("consultant", "c01"),
        "--field",
        extra.get("field", "national"),
        "--name",
        extra.get("name", "홍길동"),
        "--phone",
        phone,
        *TODAY,
        "--json",
    ]
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_slots_lists_every_slot_with_offsets_and_leaves_out_closed_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["slots", "--from", "2026-12-04", "--to", "2026-12-07", "--field", "gift", *TODAY, "--json"])
        == 0
    )
    slots = json.loads(capsys.readouterr().out)
    days = sorted({s["start"][:10] for s in slots})
    assert days == ["2026-12-04", "2026-12-07"]  # the weekend is absent
    assert len(slots) == 2 * 12 * 2  # two days, twelve slots, two gift consultants
    first = slots[0]
    assert first["start"] == "2026-12-04T10:00:00+09:00" and first["end"] == "2026-12-04T10:20:00+09:00"
    assert first["free"] is True and "gift" in first["fields"]


def test_slots_before_the_notice_period_are_absent(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slots", "--from", "2026-11-25", "--to", "2026-12-01", *TODAY, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_book_prints_the_code_and_the_slot_shows_taken(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _book(capsys, "2026-12-03T10:00+09:00")
    assert code == 0
    booking = json.loads(out)
    assert len(booking["code"]) == 6 and booking["phone"] == "010-****-5678"
    main(["slots", "--from", "2026-12-03", "--to", "2026-12-03", "--field", "national", *TODAY, "--json"])
    slots = json.loads(capsys.readouterr().out)
    taken = [(s["consultant"], s["start"]) for s in slots if not s["free"]]
    assert taken == [("c01", "2026-12-03T10:00:00+09:00")]


@pytest.mark.parametrize(
    ("start", "phone", "exit_code", "reason"),
    [
        ("2026-11-27T10:00+09:00", "010-1234-5678", 2, "at least 7 days ahead"),
        ("2027-03-02T10:00+09:00", "010-1234-5678", 2, "at most 60 days ahead"),
        ("2026-12-05T10:00+09:00", "010-1234-5678", 2, "weekend"),
        ("2026-12-25T10:00+09:00", "010-1234-5678", 2, "Christmas Day"),
        ("2026-11-20T10:00+09:00", "010-1234-5678", 2, "already passed"),
        ("2026-12-03T10:00+09:00", "123", 2, "mobile phone number"),
        ("not-a-time", "010-1234-5678", 2, "not an ISO date"),
    ],
)
def test_book_refusals_exit_non_zero_with_the_reason(
    capsys: pytest.CaptureFixture[str], start: str, phone: str, exit_code: int, reason: str
) -> None:
    code, out, err = _book(capsys, start, phone)
    assert code == exit_code and out == ""
    assert reason in err


def test_a_taken_slot_has_its_own_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert _book(capsys, "2026-12-03T10:00+09:00")[0] == 0
    code, _out, err = _book(capsys, "2026-12-03T10:00+09:00", phone="010-2222-3333")
    assert code == 4 and "already taken" in err


def test_export_and_import_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _book(capsys, "2026-12-03T10:00+09:00")
    assert main(["bookings", "export", "--date", "2026-12-03", "--csv"]) == 0
    exported = capsys.readouterr().out
    lines = exported.splitlines()
    assert len(lines) == 2 and ",01012345678,active,staff" in lines[1]
    new_rows = tmp_path / "web.csv"
    new_rows.write_text(
        "start,consultant,field,name,phone\n"
        "2026-12-03T10:20+09:00,c01,national,김철수,010-9876-5432\n"
        "2026-12-03T10:40+09:00,c01,national,이영희,010-9876-5433\n",
        encoding="utf-8",
    )
    assert main(["bookings", "import", str(new_rows), *TODAY]) == 0
    assert "imported 2 bookings" in capsys.readouterr().out


def test_import_with_bad_rows_names_each_line_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "web.csv"
    bad.write_text(
        "start,consultant,field,name,phone\n"
        "2026-12-03T10:20+09:00,c01,national,김철수,010-9876-5432\n"
        "2026-12-03T10:40+09:00,c01,national,,010-9876-5433\n"
        "2026-12-03T11:00+09:00,c01,national,박민수,02-123-4567\n",
        encoding="utf-8",
    )
    assert main(["bookings", "import", str(bad), *TODAY]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: the name column is empty" in err
    assert f"{bad}:4: Please enter a mobile phone number" in err
    assert "2 bad rows; nothing was imported" in err
    assert main(["bookings", "export", "--date", "2026-12-03", "--csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # header only


def test_closures_close_a_day_for_the_slots_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["closures", "add", "--date", "2026-12-03", "--part", "afternoon", "--reason", "교육"]) == 0
    capsys.readouterr()
    main(["slots", "--from", "2026-12-03", "--to", "2026-12-03", *TODAY, "--json"])
    slots = json.loads(capsys.readouterr().out)
    assert slots and all(s["start"] < "2026-12-03T12" for s in slots)


def _status_on_december_3(database: Database, code: str) -> BookingStatus:
    with database.session() as session:
        (booking,) = [b for b in store.bookings_of_day(session, date(2026, 12, 3)) if b.code == code]
    return booking.status


def test_mark_attendance_from_the_day_on(configured: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code = json.loads(_book(capsys, "2026-12-03T10:00+09:00")[1])["code"]
    assert main(["bookings", "mark", code, "attended", *TODAY]) == 2
    assert "from 2026-12-03" in capsys.readouterr().err
    assert main(["bookings", "mark", code, "no_show", "--today", "2026-12-03"]) == 0
    assert _status_on_december_3(configured, code) is BookingStatus.NO_SHOW


def test_staff_cancel_needs_no_phone_digits(configured: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code = json.loads(_book(capsys, "2026-12-03T10:00+09:00")[1])["code"]
    assert main(["bookings", "cancel", code]) == 0
    assert _status_on_december_3(configured, code) is BookingStatus.CANCELLED
    assert main(["bookings", "cancel", code]) == 2
