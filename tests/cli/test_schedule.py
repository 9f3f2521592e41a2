"""`kiosk schedule` and `kiosk events`: JSON output and content problems."""

import argparse
import json
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
        "legal_basis": property_tax["legal_basis"],
    }
    assert len(rows) == 13
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


def test_booklet_command_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "booklet.pdf"
    assert run(["booklet", "--year", "2027", "--out", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
