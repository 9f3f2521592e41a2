"""The bad input catalogue: every command-line entry point and every input field gets the nastiest input.

Each case must end in a clear refusal (the message names the problem; the command exits non-zero
with no Python traceback; the screen shows a message) and leave the database exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from kiosk.cli import main
from kiosk.domain.content_file import ContentError
from kiosk.domain.events import load_events
from kiosk.domain.guide import load_guide
from kiosk.domain.links import LinkContentError, load_links
from kiosk.domain.staff_pin import DEMO_PIN_HASH, MAX_DIGITS
from kiosk.domain.tax_calendar import load_tax_calendar
from kiosk.services.booking import load_demo_consultants
from kiosk.storage.database import Database
from tests.helpers.processes import PROJECT_ROOT, child_env

# The strings every field gets; NUL cannot reach a real argv but can reach main() and a text field.
NASTY = {
    "empty": "",
    "blank": "   \t ",
    "very-long": "가" * 10_000,
    "emoji": "😀👨‍👩‍👧‍👦🇰🇷",
    "control": "\x00\x07\x1b[2J\r\n\x7f",
    "sql": "'; DROP TABLE booking; --",
    "bidi": "\u202e5678-4321-010\u202c",
    "format": "%s%n{0}{name}",
}
BAD_YEARS = ["", "-1", "0", "1999", "2101", "99999999999999999999", "2026.5", "1e3", "二〇二六", "😀"]
BAD_DATES = ["", "2026-02-30", "2026-13-01", "26-12-03", "2026/12/03", "0000-00-00", "9999-99-99", "😀"]
TODAY = ["--today", "2026-11-25"]
GOOD_PHONE = "010-1234-5678"
# A nasty name with a good phone, then a good name with a nasty phone.
NAME_AND_PHONE_CASES = [(nasty, GOOD_PHONE) for nasty in NASTY.values()] + [
    ("홍길동", nasty) for nasty in NASTY.values()
]
GOOD_BOOKING = {
    "--start": "2026-12-03T10:00+09:00",
    "--consultant": "c01",
    "--field": "national",
    "--name": "홍길동",
    "--phone": "010-1234-5678",
}


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: object) -> None:
    """A QApplication before any command runs: `kiosk qr print` would otherwise make a bare
    QGuiApplication, and the screens below cannot start in a process that has one."""


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture
def kiosk_database(database_url: str) -> str:
    """A kiosk database on SQLite, then on PostgreSQL, for input that reaches a query: PostgreSQL
    refuses some text SQLite takes (a NUL)."""
    return _prepared(database_url)


@pytest.fixture
def sqlite_kiosk_database(sqlite_url: str) -> str:
    """A kiosk database on SQLite, for input refused before any query (dates, years, files)."""
    return _prepared(sqlite_url)


def _prepared(database_url: str) -> str:
    """Migrated, with consultants and one booking, and named in the CLI's configuration."""
    database = Database(database_url)
    database.upgrade()
    load_demo_consultants(database)
    Path(os.environ["KIOSK_CONFIG"]).write_text(f'[database]\nurl = "{database_url}"\n')
    database.dispose()
    # A booking on another day, by another phone: no refusal below may come from the phone limit.
    existing = {**GOOD_BOOKING, "--start": "2026-12-04T10:00+09:00", "--phone": "010-9999-0000"}
    assert run_cli(["book", *_booking_argv(existing), *TODAY]).code == 0
    return database_url


def _booking_argv(values: dict[str, str]) -> list[str]:
    return [part for option, value in values.items() for part in (option, value)]


def fingerprint(database_url: str) -> str:
    """A checksum of every row of every table, to prove a refusal changed nothing."""
    database = Database(database_url)
    digest = hashlib.sha256()
    try:
        with database.engine.connect() as connection:
            for table in sorted(inspect(connection).get_table_names()):
                rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
                digest.update(f"{table}:{sorted(map(repr, rows))}".encode())
    finally:
        database.dispose()
    return digest.hexdigest()


def run_cli(argv: list[str]) -> Outcome:
    """`kiosk ARGV` in this process: an exception other than SystemExit fails the test as a traceback."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return Outcome(code, out.getvalue(), err.getvalue())


def assert_refused(outcome: Outcome, *words: str) -> None:
    """Non-zero exit, no traceback, and a message on stderr naming the problem."""
    assert outcome.code != 0, outcome
    assert "Traceback" not in outcome.err
    message = outcome.err.lower()
    assert message.strip(), "no message on stderr"
    assert any(word.lower() in message for word in words), f"{words} not in {outcome.err!r}"


# --- kiosk book / slots / bookings / closures ---------------------------------------------------------

BOOKING_PROBLEM_WORDS = {
    "--start": ("--start", "date", "time"),
    "--consultant": ("consultant",),
    "--field": ("field",),
    "--name": ("name",),
    "--phone": ("phone", "mobile"),
}


@pytest.mark.parametrize("option", list(BOOKING_PROBLEM_WORDS))
def test_book_refuses_every_nasty_value_of_every_option(kiosk_database: str, option: str) -> None:
    before = fingerprint(kiosk_database)
    for nasty in NASTY.values():
        outcome = run_cli(["book", *_booking_argv({**GOOD_BOOKING, option: nasty}), *TODAY])
        assert_refused(outcome, *BOOKING_PROBLEM_WORDS[option])
    assert fingerprint(kiosk_database) == before


@pytest.mark.parametrize("bad", [*BAD_DATES, "2026-12-03T25:00", "2026-12-03T10:00+99:00", "10:00"])
def test_book_refuses_impossible_start_times(sqlite_kiosk_database: str, bad: str) -> None:
    before = fingerprint(sqlite_kiosk_database)
    assert_refused(run_cli(["book", *_booking_argv({**GOOD_BOOKING, "--start": bad}), *TODAY]), "--start")
    assert fingerprint(sqlite_kiosk_database) == before


@pytest.mark.parametrize("bad", BAD_DATES)
def test_date_options_refuse_impossible_dates(sqlite_kiosk_database: str, bad: str) -> None:
    before = fingerprint(sqlite_kiosk_database)
    commands = [
        ["slots", "--from", bad, "--to", "2026-12-31"],
        ["slots", "--from", "2026-12-01", "--to", bad],
        ["book", *_booking_argv(GOOD_BOOKING), "--today", bad],
        ["bookings", "export", "--date", bad],
        ["closures", "add", "--date", bad],
        ["closures", "list", "--from", bad, "--to", "2026-12-31"],
        ["usage", "export", "--csv", "--from", bad],
        ["retention", "run", "--today", bad],
    ]
    for argv in commands:
        assert_refused(run_cli(argv), "YYYY-MM-DD", "date")
    assert fingerprint(sqlite_kiosk_database) == before


def test_slots_refuse_reversed_huge_and_unknown_ranges(kiosk_database: str) -> None:
    before = fingerprint(kiosk_database)
    assert_refused(run_cli(["slots", "--from", "2026-12-31", "--to", "2026-12-01"]), "--to")
    assert_refused(run_cli(["slots", "--from", "2026-01-01", "--to", "2027-12-31"]), "one year")
    for far in ("0001-01-01", "9999-12-31"):
        assert_refused(run_cli(["slots", "--from", far, "--to", far, *TODAY]), "between 2000-01-01")
    for nasty in NASTY.values():
        outcome = run_cli(["slots", "--from", "2026-12-01", "--to", "2026-12-31", "--field", nasty])
        assert_refused(outcome, "field")
    assert fingerprint(kiosk_database) == before


def test_closures_refuse_nasty_consultants_reasons_and_ids(kiosk_database: str) -> None:
    before = fingerprint(kiosk_database)
    for nasty in NASTY.values():
        outcome = run_cli(["closures", "add", "--date", "2026-12-03", "--consultant", nasty or "x"])
        assert_refused(outcome, "consultant")
    assert_refused(run_cli(["closures", "add", "--date", "2026-12-03", "--reason", "가" * 10_000]), "reason")
    for bad_id in ["", "abc", "-1", "99999999999999999999999", "1e3"]:
        assert_refused(run_cli(["closures", "remove", bad_id]), "closure", "invalid int")
    assert fingerprint(kiosk_database) == before


# --- kiosk bookings import: CSV files -----------------------------------------------------------------

CSV_HEADER = "start,consultant,field,name,phone\n"
GOOD_ROW = "2026-12-04T10:00+09:00,c01,national,김민수,010-2222-3333\n"


def _csv_cases() -> dict[str, bytes]:
    return {
        "empty file": b"",
        "latin-1 bytes": (CSV_HEADER + "2026-12-04T10:00+09:00,c01,national,Jos\xe9,010-2222-3333\n").encode(
            "latin-1"
        ),
        "cp949 bytes": (CSV_HEADER + GOOD_ROW).encode("cp949"),
        "utf-16": (CSV_HEADER + GOOD_ROW).encode("utf-16"),
        "binary junk": bytes(range(256)) * 4,
        "NUL in a row": (CSV_HEADER + GOOD_ROW.replace("김민수", "김\x00민수")).encode(),
        "unclosed quote": (
            CSV_HEADER + '2026-12-04T10:00+09:00,c01,national,"김민수,010-2222-3333\n'
        ).encode(),
        "missing columns": b"start,name\n2026-12-04T10:00+09:00,x\n",
        "unknown column": (CSV_HEADER.strip() + ",evil\n" + GOOD_ROW.strip() + ",1\n").encode(),
        "too many values": (CSV_HEADER + GOOD_ROW.strip() + ",extra\n").encode(),
        "too few values": (CSV_HEADER + "2026-12-04T10:00+09:00,c01\n").encode(),
        "sql in a name": (CSV_HEADER + GOOD_ROW.replace("김민수", "'; DROP TABLE booking; --")).encode(),
        "very long name": (CSV_HEADER + GOOD_ROW.replace("김민수", "가" * 10_000)).encode(),
        "emoji name": (CSV_HEADER + GOOD_ROW.replace("김민수", "😀😀")).encode(),
        "bad date": (CSV_HEADER + GOOD_ROW.replace("2026-12-04", "2026-02-30")).encode(),
        "one good one bad row": (CSV_HEADER + GOOD_ROW + GOOD_ROW.replace("c01", "nobody")).encode(),
        "huge field": (CSV_HEADER + "x" * 200_000 + ",c01,national,a,010-2222-3333\n").encode(),
    }


@pytest.mark.parametrize("case", list(_csv_cases()))
def test_bookings_import_refuses_broken_csv_and_imports_nothing(
    kiosk_database: str, tmp_path: Path, case: str
) -> None:
    csv_file = tmp_path / "bookings.csv"
    csv_file.write_bytes(_csv_cases()[case])
    before = fingerprint(kiosk_database)
    outcome = run_cli(["bookings", "import", str(csv_file), *TODAY])
    assert_refused(outcome, "bookings.csv", "nothing was imported", "column")
    assert fingerprint(kiosk_database) == before


def test_bookings_import_refuses_a_missing_file_and_a_folder(
    sqlite_kiosk_database: str, tmp_path: Path
) -> None:
    before = fingerprint(sqlite_kiosk_database)
    assert_refused(run_cli(["bookings", "import", str(tmp_path / "none.csv")]), "cannot read")
    assert_refused(run_cli(["bookings", "import", str(tmp_path)]), "cannot read")
    assert fingerprint(sqlite_kiosk_database) == before


# --- kiosk schedule / events / booklet: years and content files ---------------------------------------


@pytest.mark.parametrize("bad", BAD_YEARS)
def test_year_options_refuse_impossible_years(sqlite_kiosk_database: str, bad: str) -> None:
    for command in ("schedule", "events", "booklet"):
        assert_refused(run_cli([command, "--year", bad]), "year")


# Broken content files: (file text or bytes, the words the refusal must use).
BROKEN_TOML: dict[str, bytes] = {
    "empty": b"",
    "not toml": b"this is { not = toml\n[[[\n",
    "latin-1": '[[tax]]\nid = "caf\xe9"\n'.encode("latin-1"),
    "cp949": '[[tax]]\nid = "재산세"\n'.encode("cp949"),
    "NUL": b'[[tax]]\nid = "a\x00b"\n',
    "wrong types": b'tax = 5\nevent = "x"\nlink = [1, 2]\n',
    "huge": b'[[tax]]\nid = "' + b"x" * 100_000 + b'"\n',
}


@pytest.mark.parametrize("case", list(BROKEN_TOML))
def test_schedule_and_events_name_a_broken_content_file(
    sqlite_kiosk_database: str, tmp_path: Path, case: str
) -> None:
    content = tmp_path / "broken.toml"
    content.write_bytes(BROKEN_TOML[case])
    assert_refused(run_cli(["schedule", "--year", "2027", "--calendar", str(content)]), "broken.toml")
    assert_refused(run_cli(["events", "--year", "2027", "--events", str(content)]), "broken.toml")


@pytest.mark.parametrize("case", list(BROKEN_TOML))
def test_content_loaders_name_a_broken_file(tmp_path: Path, case: str) -> None:
    """links.toml, guide.toml (FAQ), tax_calendar.toml, events.toml: a refusal or problems naming the file."""
    content = tmp_path / "broken.toml"
    content.write_bytes(BROKEN_TOML[case])
    with pytest.raises((LinkContentError, ContentError), match=r"broken\.toml"):
        load_links(content, {})
    for loader in (load_guide, load_tax_calendar, load_events):
        try:
            loaded = loader(content)
        except ContentError as err:
            assert "broken.toml" in str(err)
            continue
        assert loaded.problems, f"{loader.__name__} took {case} without a word"
        assert all("broken.toml" in str(problem) for problem in loaded.problems)


@pytest.mark.parametrize("case", list(BROKEN_TOML))
def test_content_import_refuses_a_broken_lectures_manifest(
    sqlite_kiosk_database: str, tmp_path: Path, case: str
) -> None:
    folder = tmp_path / "lectures"
    folder.mkdir()
    (folder / "lectures.toml").write_bytes(BROKEN_TOML[case])
    before = fingerprint(sqlite_kiosk_database)
    assert_refused(run_cli(["content", "import", str(folder)]), "lectures.toml")
    assert fingerprint(sqlite_kiosk_database) == before


@pytest.mark.parametrize("case", [*BROKEN_TOML, "unknown section", "wrong value"])
def test_a_broken_configuration_file_is_named_and_nothing_runs(
    sqlite_kiosk_database: str, tmp_path: Path, case: str
) -> None:
    config = tmp_path / "broken.toml"
    extra = {"unknown section": b"[nonsense]\nx = 1\n", "wrong value": b"[booking]\nhorizon_days = -5\n"}
    config.write_bytes(extra.get(case) or BROKEN_TOML[case])
    if case == "empty":
        return  # an empty file is a valid configuration: every default
    before = fingerprint(sqlite_kiosk_database)
    outcome = run_cli(["--config", str(config), "book", *_booking_argv(GOOD_BOOKING), *TODAY])
    assert_refused(outcome, "broken.toml")
    assert fingerprint(sqlite_kiosk_database) == before


UNSAFE_DATABASE = {
    "password in the url": ('url = "postgresql+psycopg://kiosk_app:s3cret@127.0.0.1/db"', "password_file"),
    "password in the query": ('url = "postgresql+psycopg://k@127.0.0.1/db?password=s3cret"', "password_file"),
    "network without tls": ('url = "postgresql+psycopg://k@10.20.30.4/db"', "sslmode=verify-full"),
    "network, tls unverified": (
        'url = "postgresql+psycopg://k@10.20.30.4/db?sslmode=require"',
        "allow_unverified_tls",
    ),
    "root certificate missing": (
        'url = "postgresql+psycopg://k@10.20.30.4/db?sslmode=verify-full&sslrootcert=/nonexistent.crt"',
        "sslrootcert",
    ),
    "password file missing": (
        'url = "postgresql+psycopg://k@127.0.0.1/db"\npassword_file = "/nonexistent/pgpass"',
        "database.password_file",
    ),
    "opt-out not a boolean": ('allow_unverified_tls = "yes"', "database.allow_unverified_tls"),
}


@pytest.mark.parametrize("case", list(UNSAFE_DATABASE))
def test_an_unsafe_database_configuration_is_refused_before_connecting(
    sqlite_kiosk_database: str, tmp_path: Path, case: str
) -> None:
    lines, word = UNSAFE_DATABASE[case]
    config = tmp_path / "kiosk.toml"
    config.write_text(f"[database]\n{lines}\n", encoding="utf-8")
    before = fingerprint(sqlite_kiosk_database)
    outcome = run_cli(["--config", str(config), "book", *_booking_argv(GOOD_BOOKING), *TODAY])
    assert_refused(outcome, word)
    assert "s3cret" not in outcome.err + outcome.out
    assert fingerprint(sqlite_kiosk_database) == before


# --- the rest of the sub-commands ---------------------------------------------------------------------


def test_questions_refuse_nasty_ids_and_answers(kiosk_database: str) -> None:
    from kiosk.domain.clock import SystemClock
    from kiosk.services.lectures import QuestionBoard

    database = Database(kiosk_database)
    question = QuestionBoard(database, SystemClock()).post("property", "재산세는 언제 내나요?")
    database.dispose()
    before = fingerprint(kiosk_database)
    for bad_id in ["", "abc", "-1", "0", "99999999999999999999999", "1.5"]:
        for argv in (["questions", "approve", bad_id], ["questions", "link", bad_id, "1"]):
            assert_refused(run_cli(argv), "not a number", "record number")
    for key in ("empty", "blank", "very-long", "control", "bidi"):
        outcome = run_cli(["questions", "answer", str(question.question_id), NASTY[key]])
        assert_refused(outcome, "the answer")
    assert fingerprint(kiosk_database) == before


def test_qr_print_refuses_unknown_names_and_unwritable_paths(
    sqlite_kiosk_database: str, tmp_path: Path
) -> None:
    for nasty in NASTY.values():
        assert_refused(run_cli(["qr", "print", nasty, "--pdf", str(tmp_path / "x.pdf")]), "link", "name")
    (tmp_path / "a-file").write_text("not a folder")
    outcome = run_cli(["qr", "print", "etax", "--pdf", str(tmp_path / "a-file" / "x.pdf")])
    assert_refused(outcome, "x.pdf", "a-file")


def test_staff_set_pin_refuses_nasty_pins(
    sqlite_kiosk_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    too_short = ["0000", "1234", "12345"]
    for nasty in [*NASTY.values(), *too_short, "123", "1234567890123", "12a456", "１２３４５６", "12 3456"]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(nasty + "\n"))
        outcome = run_cli(["staff", "set-pin", "--pin-stdin"])
        assert_refused(outcome, "pin")
        assert "pin_hash" not in outcome.out
        if nasty in too_short:
            assert "at least 6" in outcome.err and "nothing was changed" in outcome.err


_GOOD_HASH = DEMO_PIN_HASH
WEAK_OR_BROKEN_PIN_HASHES = {
    "old demo PIN": ("0000", "must look like"),
    "nasty": (NASTY["sql"], "must look like"),
    "bidi": (NASTY["bidi"], "must look like"),
    "weak n": (_GOOD_HASH.replace("n=16384", "n=1024"), "too weak"),
    "weak r": (_GOOD_HASH.replace("r=8", "r=1"), "too weak"),
    "short salt": (_GOOD_HASH.replace("c2VvY2hvLWRlbW8tc2FsdA", "c2FsdA"), "too short"),
    "short key": ("$".join([*_GOOD_HASH.split("$")[:3], "a2V5a2V5"]), "too short"),
    "not base64": ("$".join([*_GOOD_HASH.split("$")[:3], "😀😀😀"]), "base64"),
}


@pytest.mark.parametrize("case", list(WEAK_OR_BROKEN_PIN_HASHES))
def test_a_malformed_or_weak_pin_hash_is_refused_naming_the_key(
    sqlite_kiosk_database: str, tmp_path: Path, case: str
) -> None:
    stored, reason = WEAK_OR_BROKEN_PIN_HASHES[case]
    config = tmp_path / "staff.toml"
    escaped = stored.replace("\\", "\\\\").replace('"', '\\"')
    config.write_text(f'[database]\nurl = "{sqlite_kiosk_database}"\n[staff]\npin_hash = "{escaped}"\n')
    before = fingerprint(sqlite_kiosk_database)
    for command in (["staff", "unlock"], ["book", *_booking_argv(GOOD_BOOKING), *TODAY]):
        outcome = run_cli(["--config", str(config), *command])
        assert_refused(outcome, "[staff] pin_hash")
        assert reason in outcome.err and "kiosk staff set-pin" in outcome.err
    assert fingerprint(sqlite_kiosk_database) == before


def test_staff_unlock_refuses_a_nasty_kiosk_name(sqlite_kiosk_database: str) -> None:
    before = fingerprint(sqlite_kiosk_database)
    for nasty in (NASTY["empty"], NASTY["blank"], NASTY["control"]):
        assert_refused(run_cli(["staff", "unlock", "--kiosk", nasty]), "--kiosk")
    assert fingerprint(sqlite_kiosk_database) == before


def test_screenshot_and_usage_refuse_nonsense_options(sqlite_kiosk_database: str, tmp_path: Path) -> None:
    for size in ["", "0x0", "-1x5", "99999999x99999999", "axb", "1920", "1920x1080x3"]:
        assert_refused(run_cli(["screenshot", "--out", str(tmp_path), "--size", size]), "size")
    assert_refused(
        run_cli(["usage", "export", "--csv", "--from", "2026-12-31", "--to", "2026-12-01"]), "--to"
    )


def test_a_real_kiosk_process_refuses_without_a_traceback(sqlite_kiosk_database: str) -> None:
    """The same refusals through a real argv and exit status, not only main() in this process."""
    argv = ["book", *_booking_argv({**GOOD_BOOKING, "--phone": "'; DROP TABLE booking; --"}), *TODAY]
    before = fingerprint(sqlite_kiosk_database)
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", *argv],
        cwd=PROJECT_ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "phone" in result.stderr.lower()
    assert fingerprint(sqlite_kiosk_database) == before


# --- the screens' input fields ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, sqlite_url: str):
    from kiosk.services.booking import BookingService
    from tests.helpers.kiosk_window import TEST_START, make_window

    win = make_window(sqlite_url)
    load_demo_consultants(win.context.database)
    win.booking_for_lookup = win.context.booking.book(  # type: ignore[attr-defined]
        start=TEST_START.replace(month=12, day=4),
        consultant_id="c01",
        field_id="national",
        name="홍길동",
        phone="010-9999-0000",
        consent=True,
    )
    assert isinstance(win.context.booking, BookingService)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.context.database.dispose()


def _database_url(window) -> str:
    return window.context.database.url.render_as_string(hide_password=False)


def _shown_message(label) -> str:
    assert label.isVisible(), f"{label.objectName()} is hidden"
    assert label.text().strip(), f"{label.objectName()} is empty"
    return label.text()


def _type(widget, text: str) -> None:
    """Key presses carrying each character, as a hardware keyboard or input method sends them
    (QTest.keyClicks aborts on characters outside Latin-1)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _press(qtbot, button) -> None:
    from PySide6.QtCore import Qt

    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_booking_details_refuse_nasty_names_and_phones_on_screen(qtbot, window) -> None:
    window.navigator.go("consultations")
    screen = window.navigator.current_screen
    _press(qtbot, screen.field_buttons["national"])
    _press(qtbot, screen.calendar.button_for(screen.days[0].day.replace(day=3)))
    _press(qtbot, screen.time_buttons[0])
    before = fingerprint(_database_url(window))
    for name, phone in NAME_AND_PHONE_CASES:
        screen.name_edit.setText(name)
        screen.phone_edit.setText(phone)
        _press(qtbot, screen.details_next)
        _shown_message(screen.details_error)
        assert screen.step() == (4, 6), f"{name!r}/{phone!r} got past the details"
    assert fingerprint(_database_url(window)) == before


def test_booking_lookup_refuses_nasty_codes_and_digits_on_screen(qtbot, window) -> None:
    window.navigator.go("booking_lookup")
    screen = window.navigator.current_screen
    real_code = window.booking_for_lookup.code
    before = fingerprint(_database_url(window))
    cases = [(nasty, "0000") for nasty in NASTY.values()] + [(real_code, nasty) for nasty in NASTY.values()]
    for code, digits in cases:
        screen.code_edit.setText(code)
        screen.digits_edit.setText(digits)
        _press(qtbot, screen.find_button)
        _shown_message(screen.message)
        assert not screen.result.isVisible() and not screen.cancel_button.isVisible()
    assert fingerprint(_database_url(window)) == before


def test_question_board_refuses_nasty_questions_on_screen(qtbot, window) -> None:
    from kiosk.domain.lecture_questions import MAX_QUESTION_CHARS

    window.navigator.go("lectures")
    screen = window.navigator.current_screen
    screen.show_board("property")
    board = screen.board_page
    before = fingerprint(_database_url(window))
    for key, nasty in NASTY.items():
        if key in ("sql", "format", "emoji"):
            continue  # ordinary text a resident may type: posted for staff to read (below)
        board.text_box.setPlainText(nasty)
        if board.send_button.isEnabled():
            _press(qtbot, board.send_button)
            assert "500" in _shown_message(board.status) or str(MAX_QUESTION_CHARS) in board.status.text()
        else:
            # Empty or too long: the button waits and the counter says why ("10000 of 500 characters").
            assert str(MAX_QUESTION_CHARS) in board.count_label.text()
    assert fingerprint(_database_url(window)) == before
    board.text_box.setPlainText(NASTY["sql"])
    _press(qtbot, board.send_button)
    _shown_message(board.status)
    with sqlite3.connect(window.context.database.url.database) as connection:
        texts = [row[0] for row in connection.execute("SELECT text FROM lecture_question")]
    assert texts == [NASTY["sql"]]  # stored as text, whole; the table is still there


def test_chat_entry_drops_control_characters_and_saves_nothing_blank(qtbot, window) -> None:
    window.navigator.go("chat")
    screen = window.navigator.current_screen
    _press(qtbot, screen.start_button)
    before = fingerprint(_database_url(window))
    for blank in (NASTY["empty"], NASTY["blank"], "\x00\x07\x1b\x7f\u202e"):
        screen._show_status()
        screen.entry.setText(blank)
        _press(qtbot, screen.send_button)
        assert screen.status_label.text() == "먼저 메시지를 입력한 다음 보내기를 눌러 주세요."
    assert fingerprint(_database_url(window)) == before
    for key in ("very-long", "emoji", "control", "sql", "bidi"):
        screen.entry.setText(NASTY[key])
        _press(qtbot, screen.send_button)
        assert screen.entry.text() == ""
    with sqlite3.connect(window.context.database.url.database) as connection:
        bodies = [row[0] for row in connection.execute("SELECT body FROM chat_message ORDER BY id")]
    assert bodies == ["가" * 500, NASTY["emoji"], "[2J", NASTY["sql"], "5678-4321-010"]
    assert len(screen.transcript.texts()) == len(bodies)


def test_undo_redo_and_menu_keys_after_the_reset_bring_back_nothing(qtbot, window) -> None:
    # The next resident presses every key that could give back the last one's text: nothing comes.
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    window.navigator.go("booking_lookup")
    screen = window.navigator.current_screen
    for nasty in NASTY.values():
        _type(screen.code_edit, nasty[:9])
    _type(screen.digits_edit, "0000")
    window.reset_session()
    window.navigator.go("booking_lookup")
    before = fingerprint(_database_url(window))
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    history_keys = [(Qt.Key.Key_Z, control), (Qt.Key.Key_Y, control), (Qt.Key.Key_Z, control | shift)]
    for field in (screen.code_edit, screen.digits_edit):
        field.setFocus()
        for key, modifiers in history_keys:
            qtbot.keyClick(field, key, modifiers)
            assert field.text() == "", field.objectName()
        # What the Menu key of a keypad sends (a QTest key click on Key_Menu does not make one).
        where = QPoint(2, 2)
        menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, field.mapToGlobal(where))
        QApplication.sendEvent(field, menu_key)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()] == []
    assert fingerprint(_database_url(window)) == before


def test_staff_pin_pad_takes_digits_only_and_refuses_the_rest(qtbot, window) -> None:
    window.navigator.go("staff_pin")
    screen = window.navigator.current_screen
    before = fingerprint(_database_url(window))
    for nasty in NASTY.values():
        _type(screen, nasty)
        # Letters, emoji, signs and control keys never reach the PIN; only the ASCII digits among them.
        assert screen.entry.text() == "".join(c for c in nasty if c.isascii() and c.isdigit())[:MAX_DIGITS]
        screen.clear()
    for nasty in [*NASTY.values(), "１２３４５６", "12", "0000", "12345", "12 3456"]:
        screen.entry.setText(nasty)  # as a paste would, were the field not read-only
        screen.submit()
        assert _shown_message(screen.message)
        assert screen.entry.text() == ""
    # Refused as malformed, not counted as wrong PINs: no lock-out state was written.
    assert fingerprint(_database_url(window)) == before
    assert window.navigator.current_route == "staff_pin"


def test_guide_search_answers_every_nasty_query_calmly(qtbot, window) -> None:
    window.navigator.go("guide")
    screen = window.navigator.current_screen
    screen.show_tab("faq")
    before = fingerprint(_database_url(window))
    for nasty in NASTY.values():
        screen.search_field.setText(nasty)
        qtbot.keyClick(screen.search_field, "a")
        assert screen.result_count.text()
    screen.search_field.setText(NASTY["sql"])
    nothing_found = screen.findChild(type(screen.result_count), "faqNothingFound")
    assert nothing_found is not None and nothing_found.text()
    assert fingerprint(_database_url(window)) == before


def test_staff_desk_refuses_nasty_caller_details_and_closure_reasons(qtbot, window) -> None:
    from kiosk.domain.closed_days import ClosurePart
    from tests.helpers.booking import BOOKABLE_DAY, at
    from tests.helpers.staff_desk import open_desk, tap

    desk = open_desk(window, "staff_bookings")
    while desk.day < BOOKABLE_DAY:
        tap(qtbot, desk.next_button)
    before = fingerprint(_database_url(window))
    tap(qtbot, desk.caller_button)
    form = desk.caller_form
    tap(qtbot, form.field_buttons["national"])
    tap(qtbot, form.time_buttons[at(BOOKABLE_DAY, 10)])
    tap(qtbot, form.consent_box)
    for name, phone in NAME_AND_PHONE_CASES:
        form.name_edit.setText(name)
        form.phone_edit.setText(phone)
        tap(qtbot, form.book_button)
        assert form.error.text().strip(), f"{name!r}/{phone!r} booked without a word"
    desk.go_back()
    tap(qtbot, desk.closures_button)
    panel = desk.closure_panel
    for key in ("control", "bidi"):
        panel.reason_edit.setText(NASTY[key])
        tap(qtbot, panel.part_buttons[ClosurePart.MORNING])
        assert "200" in _shown_message(panel.message)
    assert fingerprint(_database_url(window)) == before
