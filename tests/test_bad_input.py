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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.domain.content_file import ContentError
from kiosk.domain.events import load_events
from kiosk.domain.guide import load_guide
from kiosk.domain.links import LinkContentError, load_links
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
GOOD_BOOKING = {
    "--start": "2026-12-03T10:00+09:00",
    "--consultant": "c01",
    "--field": "national",
    "--name": "홍길동",
    "--phone": "010-1234-5678",
}


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture
def kiosk_database(sqlite_url: str) -> Iterator[Path]:
    """A migrated SQLite database with consultants and one booking, named in the CLI's configuration."""
    database = Database(sqlite_url)
    database.upgrade()
    load_demo_consultants(database)
    Path(os.environ["KIOSK_CONFIG"]).write_text(f'[database]\nurl = "{sqlite_url}"\n')
    database.dispose()
    # A booking on another day, by another phone: no refusal below may come from the phone limit.
    existing = {**GOOD_BOOKING, "--start": "2026-12-04T10:00+09:00", "--phone": "010-9999-0000"}
    assert run_cli(["book", *_booking_argv(existing), *TODAY]).code == 0
    yield Path(sqlite_url.removeprefix("sqlite:///"))


def _booking_argv(values: dict[str, str]) -> list[str]:
    return [part for option, value in values.items() for part in (option, value)]


def fingerprint(path: Path) -> str:
    """A checksum of every row of every table (SQL dump), to prove a refusal changed nothing."""
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


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
def test_book_refuses_every_nasty_value_of_every_option(kiosk_database: Path, option: str) -> None:
    before = fingerprint(kiosk_database)
    for label, nasty in NASTY.items():
        if option == "--name" and label == "format":
            continue  # "%s%n{0}{name}" is a name made of letters and signs: the one harmless case
        outcome = run_cli(["book", *_booking_argv({**GOOD_BOOKING, option: nasty}), *TODAY])
        assert_refused(outcome, *BOOKING_PROBLEM_WORDS[option])
    assert fingerprint(kiosk_database) == before


@pytest.mark.parametrize("bad", [*BAD_DATES, "2026-12-03T25:00", "2026-12-03T10:00+99:00", "10:00"])
def test_book_refuses_impossible_start_times(kiosk_database: Path, bad: str) -> None:
    before = fingerprint(kiosk_database)
    assert_refused(run_cli(["book", *_booking_argv({**GOOD_BOOKING, "--start": bad}), *TODAY]), "--start")
    assert fingerprint(kiosk_database) == before


@pytest.mark.parametrize("bad", BAD_DATES)
def test_date_options_refuse_impossible_dates(kiosk_database: Path, bad: str) -> None:
    before = fingerprint(kiosk_database)
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
    assert fingerprint(kiosk_database) == before


def test_slots_refuse_reversed_huge_and_unknown_ranges(kiosk_database: Path) -> None:
    before = fingerprint(kiosk_database)
    assert_refused(run_cli(["slots", "--from", "2026-12-31", "--to", "2026-12-01"]), "--to")
    assert_refused(run_cli(["slots", "--from", "2026-01-01", "--to", "2027-12-31"]), "one year")
    for far in ("0001-01-01", "9999-12-31"):
        assert_refused(run_cli(["slots", "--from", far, "--to", far, *TODAY]), "between 2000-01-01")
    for nasty in NASTY.values():
        outcome = run_cli(["slots", "--from", "2026-12-01", "--to", "2026-12-31", "--field", nasty])
        assert_refused(outcome, "field")
    assert fingerprint(kiosk_database) == before


def test_closures_refuse_nasty_consultants_reasons_and_ids(kiosk_database: Path) -> None:
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
    kiosk_database: Path, tmp_path: Path, case: str
) -> None:
    csv_file = tmp_path / "bookings.csv"
    csv_file.write_bytes(_csv_cases()[case])
    before = fingerprint(kiosk_database)
    outcome = run_cli(["bookings", "import", str(csv_file), *TODAY])
    assert_refused(outcome, "bookings.csv", "nothing was imported", "column")
    assert fingerprint(kiosk_database) == before


def test_bookings_import_refuses_a_missing_file_and_a_folder(kiosk_database: Path, tmp_path: Path) -> None:
    before = fingerprint(kiosk_database)
    assert_refused(run_cli(["bookings", "import", str(tmp_path / "none.csv")]), "cannot read")
    assert_refused(run_cli(["bookings", "import", str(tmp_path)]), "cannot read")
    assert fingerprint(kiosk_database) == before


# --- kiosk schedule / events / booklet: years and content files ---------------------------------------


@pytest.mark.parametrize("bad", BAD_YEARS)
def test_year_options_refuse_impossible_years(kiosk_database: Path, bad: str) -> None:
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
    kiosk_database: Path, tmp_path: Path, case: str
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
    kiosk_database: Path, tmp_path: Path, case: str
) -> None:
    folder = tmp_path / "lectures"
    folder.mkdir()
    (folder / "lectures.toml").write_bytes(BROKEN_TOML[case])
    before = fingerprint(kiosk_database)
    assert_refused(run_cli(["content", "import", str(folder)]), "lectures.toml")
    assert fingerprint(kiosk_database) == before


@pytest.mark.parametrize("case", [*BROKEN_TOML, "unknown section", "wrong value"])
def test_a_broken_configuration_file_is_named_and_nothing_runs(
    kiosk_database: Path, tmp_path: Path, case: str
) -> None:
    config = tmp_path / "broken.toml"
    extra = {"unknown section": b"[nonsense]\nx = 1\n", "wrong value": b"[booking]\nhorizon_days = -5\n"}
    config.write_bytes(extra.get(case) or BROKEN_TOML[case])
    if case == "empty":
        return  # an empty file is a valid configuration: every default
    before = fingerprint(kiosk_database)
    outcome = run_cli(["--config", str(config), "book", *_booking_argv(GOOD_BOOKING), *TODAY])
    assert_refused(outcome, "broken.toml")
    assert fingerprint(kiosk_database) == before


# --- the rest of the sub-commands ---------------------------------------------------------------------


def test_questions_refuse_nasty_ids_and_answers(kiosk_database: Path) -> None:
    before = fingerprint(kiosk_database)
    for bad_id in ["", "abc", "-1", "99999999999999999999999", "1.5"]:
        for argv in (["questions", "approve", bad_id], ["questions", "link", bad_id, "1"]):
            assert_refused(run_cli(argv), "question", "invalid int")
    for nasty in NASTY.values():
        assert_refused(run_cli(["questions", "answer", "1", nasty]), "question", "answer")
    assert fingerprint(kiosk_database) == before


def test_qr_print_refuses_unknown_names_and_unwritable_paths(kiosk_database: Path, tmp_path: Path) -> None:
    for nasty in NASTY.values():
        assert_refused(run_cli(["qr", "print", nasty, "--pdf", str(tmp_path / "x.pdf")]), "link", "name")
    (tmp_path / "a-file").write_text("not a folder")
    outcome = run_cli(["qr", "print", "etax", "--pdf", str(tmp_path / "a-file" / "x.pdf")])
    assert_refused(outcome, "x.pdf", "a-file")


def test_staff_set_pin_refuses_nasty_pins(kiosk_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    for nasty in [*NASTY.values(), "123", "123456789", "12a4", "１２３４"]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(nasty + "\n"))
        outcome = run_cli(["staff", "set-pin", "--pin-stdin"])
        assert_refused(outcome, "pin")
        assert "pin_hash" not in outcome.out


def test_screenshot_and_usage_refuse_nonsense_options(kiosk_database: Path, tmp_path: Path) -> None:
    for size in ["", "0x0", "-1x5", "99999999x99999999", "axb", "1920", "1920x1080x3"]:
        assert_refused(run_cli(["screenshot", "--out", str(tmp_path), "--size", size]), "size")
    assert_refused(
        run_cli(["usage", "export", "--csv", "--from", "2026-12-31", "--to", "2026-12-01"]), "--to"
    )


def test_a_real_kiosk_process_refuses_without_a_traceback(kiosk_database: Path) -> None:
    """The same refusals through a real argv and exit status, not only main() in this process."""
    argv = ["book", *_booking_argv({**GOOD_BOOKING, "--phone": "'; DROP TABLE booking; --"}), *TODAY]
    before = fingerprint(kiosk_database)
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
    assert fingerprint(kiosk_database) == before
