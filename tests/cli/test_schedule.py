"""`kiosk schedule` and `kiosk events`: JSON output and content problems."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli_commands import schedule


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    schedule.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_schedule_json_has_real_due_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schedule", "--year", "2027", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    property_tax = next(r for r in rows if r["tax_id"] == "property_tax_first_half")
    assert property_tax == {
        "tax_id": "property_tax_first_half",
        "name_ko": "재산세 1기분",
        "name_en": "Property tax, first half",
        "period_start": "2027-07-16",
        "statutory_due": "2027-07-31",
        "actual_due": "2027-08-02",
        "moved_because": "토요일",
        "due_by_rule": "2027-08-02",
        "extended": False,
        "extension_reason_ko": None,
        "extension_reason_en": None,
        "legal_basis": property_tax["legal_basis"],
    }
    assert len(rows) == 14
    assert [r["actual_due"] for r in rows] == sorted(r["actual_due"] for r in rows)


def test_events_json_lists_twelve_concern_days_and_the_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["events", "--year", "2027", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    concern = [r for r in rows if r["kind"] == "concern_day"]
    assert len(concern) == 12
    assert concern[0]["date"] == "2027-01-09" and concern[0]["original_date"] == "2027-01-02"
    assert {r["region_en"] for r in rows if r["kind"] == "session"} == {"Seocho area", "Bangbae area"}


def test_schedule_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schedule", "--year", "2031"]) == 0
    out = capsys.readouterr().out
    assert "2031-09-30  2031-10-06  property_tax_second_half" in out


def test_content_problem_is_a_warning_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cal.toml"
    path.write_text('[due_date_rule]\nlegal_basis = "x"\n\n[[tax]]\nid = "t"\n', encoding="utf-8")
    assert run(["schedule", "--year", "2027", "--json", "--calendar", str(path)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert f"kiosk: warning: {path}:4:" in captured.err


def test_unreadable_calendar_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schedule", "--year", "2027", "--calendar", str(tmp_path / "none.toml")]) == 2
    assert "cannot be read" in capsys.readouterr().err


def test_year_out_of_range_is_a_usage_error() -> None:
    with pytest.raises(SystemExit):
        run(["schedule", "--year", "1850"])


def test_booklet_command_writes_the_pdf(tmp_path: Path) -> None:
    # In its own process: the command makes a QGuiApplication, which must not outlive it.
    target = tmp_path / "booklet.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "booklet", "--year", "2027", "--out", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_schedule_json_reports_the_january_2026_extension(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schedule", "--year", "2026", "--json", "--files-only"]) == 0
    rows = {r["tax_id"]: r for r in json.loads(capsys.readouterr().out)}
    january = rows["car_tax_prepayment_january"]
    assert (january["statutory_due"], january["due_by_rule"], january["actual_due"]) == (
        "2026-01-31",
        "2026-02-02",
        "2026-02-04",
    )
    assert january["extended"] is True and january["moved_because"] == "토요일"
    assert "Wetax outage" in january["extension_reason_en"]


def test_schedule_json_reports_staff_extensions_from_the_database(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from kiosk.domain.clock import SystemClock
    from kiosk.domain.content_file import LocalText
    from kiosk.domain.tax_calendar import load_tax_calendar
    from kiosk.services.content_editing import ContentEditor
    from kiosk.storage.database import Database

    database = Database(database_url)
    database.upgrade()
    editor = ContentEditor(database, SystemClock())
    period = load_tax_calendar().period("property_tax_first_half", 2027)
    editor.extend_due(period, date(2027, 8, 6), LocalText("ETAX 장애", "ETAX outage"))
    database.dispose()
    # tests/conftest.py points KIOSK_CONFIG at this file.
    (tmp_path / "kiosk.toml").write_text(f'[database]\nurl = "{database_url}"\n', encoding="utf-8")

    assert run(["schedule", "--year", "2027", "--json"]) == 0
    row = {r["tax_id"]: r for r in json.loads(capsys.readouterr().out)}["property_tax_first_half"]
    assert (row["actual_due"], row["due_by_rule"], row["extended"]) == ("2027-08-06", "2027-08-02", True)
    assert (row["extension_reason_ko"], row["extension_reason_en"]) == ("ETAX 장애", "ETAX outage")
    assert run(["schedule", "--year", "2027", "--json", "--files-only"]) == 0
    row = {r["tax_id"]: r for r in json.loads(capsys.readouterr().out)}["property_tax_first_half"]
    assert (row["actual_due"], row["extended"]) == ("2027-08-02", False)


def test_schedule_prints_the_files_and_warns_when_the_database_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unreachable = 'url = "postgresql+psycopg://nobody@127.0.0.1:1/none"'
    (tmp_path / "kiosk.toml").write_text(f"[database]\n{unreachable}\n", encoding="utf-8")
    assert run(["schedule", "--year", "2027", "--json"]) == 1
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 14
    assert "staff's extensions left out" in captured.err
