"""The content desk driven like a staff member: FAQ and info card texts, sessions added, moved and
cancelled, lectures imported from a folder; the resident screens show the changes without a restart."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.domain.events import CANCELLED
from kiosk.gui.widgets.lecture_import_panel import manifest_folders
from kiosk.services.lectures import list_lectures
from tests.helpers.lecture_media import demo_video_folder, lecture_entry
from tests.helpers.staff_desk import english_window, open_desk, tap


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    yield from english_window(qtbot, database_url)


def _open_desk(window: object) -> object:
    return open_desk(window, "staff_content")


_click = tap


def _guide_label(window: object, name: str) -> str:
    return window.navigator.current_screen.findChild(QLabel, name).text()


def test_an_faq_edit_shows_on_the_guide_without_a_restart(qtbot: QtBot, window: object) -> None:
    window.navigator.go("guide")
    assert _guide_label(window, "question_card_fee") == "Is there a fee for paying by card?"
    desk = _open_desk(window)
    editor = desk.faq_editor
    editor.select("card_fee")
    assert editor.edits["first_en"].text() == "Is there a fee for paying by card?"
    editor.edits["first_en"].setText("Does paying by card cost extra?")
    editor.edits["second_ko"].setText("")
    _click(qtbot, editor.save_button)
    assert "Both languages" in editor.message.text()
    editor.edits["second_ko"].setText("수수료가 없습니다.")
    _click(qtbot, editor.save_button)
    assert "Saved" in editor.message.text()
    faq = {f.id: f for f in window.context.tax_information.guide().faqs}["card_fee"]
    assert (faq.question.en, faq.answer.ko) == ("Does paying by card cost extra?", "수수료가 없습니다.")
    window.navigator.go("guide")
    assert _guide_label(window, "question_card_fee") == "Does paying by card cost extra?"


def test_an_info_card_edit_shows_on_the_guide(qtbot: QtBot, window: object) -> None:
    window.navigator.go("guide")
    desk = _open_desk(window)
    _click(qtbot, desk.tab_buttons["booths"])
    editor = desk.booth_editor
    editor.select("refund")
    editor.edits["first_en"].setText("Unclaimed refunds")
    _click(qtbot, editor.save_button)
    window.navigator.go("guide")
    assert _guide_label(window, "booth_refund") == "Unclaimed refunds"


def test_sessions_are_added_moved_and_cancelled(qtbot: QtBot, window: object) -> None:
    desk = _open_desk(window)
    _click(qtbot, desk.tab_buttons["sessions"])
    sessions = desk.session_editor
    _click(qtbot, sessions.new_button)
    values = {
        "date": "2026-12-12",
        "start": "10:00",
        "end": "11:30",
        "title_ko": "연말정산 설명회",
        "title_en": "Year-end tax session",
        "place_ko": "서초구청 2층",
        "place_en": "Seocho-gu Office, 2nd floor",
    }
    for key, text in values.items():
        sessions.edits[key].setText(text)
    _click(qtbot, sessions.region_buttons["bangbae"])
    _click(qtbot, sessions.save_button)
    added = sessions.editing
    stored = {s.id: s for s in window.context.tax_information.events().sessions}[added.id]
    assert (stored.day, stored.start, stored.region) == (date(2026, 12, 12), time(10), "bangbae")
    window.navigator.go("events")
    assert added.id in {e.id for e in window.navigator.current_screen.shown_events()}

    window.navigator.go("staff_content")
    sessions.select("seocho-2026-12")
    sessions.edits["date"].setText("2026-12-11")
    _click(qtbot, sessions.save_button)
    assert {s.id: s for s in window.context.tax_information.events().sessions}["seocho-2026-12"].day == date(
        2026, 12, 11
    )
    sessions.edits["end"].setText("9:00")
    _click(qtbot, sessions.save_button)
    assert "end after it starts" in sessions.message.text()

    sessions.select(added.id)
    _click(qtbot, sessions.cancel_button)
    assert {s.id: s for s in window.context.tax_information.events().sessions}[added.id].status == CANCELLED
    window.navigator.go("events")
    assert added.id not in {e.id for e in window.navigator.current_screen.shown_events()}


def test_lectures_are_imported_from_a_usb_folder(qtbot: QtBot, window: object, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "staff" / "USB"
    stick.mkdir(parents=True)
    shutil.copy(demo_video_folder() / "2026-10-vehicle-tax.mp4", stick / "vehicle.mp4")
    manifest = lecture_entry("vehicle", "vehicle.mp4", topic="vehicle") + lecture_entry("lost", "lost.mp4")
    (stick / "lectures.toml").write_text(manifest, encoding="utf-8")
    assert manifest_folders((tmp_path / "media",)) == [stick]

    desk = _open_desk(window)
    panel = desk.import_panel
    panel.roots = (tmp_path / "media",)
    _click(qtbot, desk.tab_buttons["lectures"])
    assert panel.found.count() == 1
    panel.found.setCurrentRow(0)
    assert panel.folder_edit.text() == str(stick)
    _click(qtbot, panel.import_button)
    assert "1 lecture(s) imported" in panel.report.text() and "lost" in panel.report.text()
    assert [lecture.key for lecture in list_lectures(window.context.database)] == ["vehicle"]
    panel.folder_edit.setText(str(tmp_path))
    _click(qtbot, panel.import_button)
    assert "no lectures.toml" in panel.report.text()


def test_a_cancelled_concern_day_leaves_the_events_screen(qtbot: QtBot, window: object) -> None:
    window.navigator.go("events")
    assert "concern-day-2026-12-05" in {e.id for e in window.navigator.current_screen.shown_events()}
    desk = _open_desk(window)
    _click(qtbot, desk.tab_buttons["concern_days"])
    days = desk.concern_day_editor
    days.select(date(2026, 12, 5))
    days.edits["reason_ko"].setText("구청 행사")
    _click(qtbot, days.cancel_button)
    assert "Cancelled" in days.rows.currentItem().text()
    window.navigator.go("events")
    assert "concern-day-2026-12-05" not in {e.id for e in window.navigator.current_screen.shown_events()}

    window.navigator.go("staff_content")
    days.select(date(2026, 12, 5))
    days.edits["moved_to"].setText("2026-12-12")
    _click(qtbot, days.move_button)
    assert "Moved to" in days.rows.currentItem().text()
    window.navigator.go("events")
    moved = {e.id: e for e in window.navigator.current_screen.shown_events()}["concern-day-2026-12-05"]
    assert moved.day == date(2026, 12, 12)


def _resident_detail(qtbot: QtBot, kiosk: object, year_button: str) -> object:
    """The resident on `kiosk` opens the 2027 overview and taps one tax."""
    kiosk.navigator.go("schedule")
    schedule = kiosk.navigator.current_screen
    schedule.show_overview()
    if schedule.year_shown == 2026:
        schedule.change_year(+1)
    QApplication.processEvents()
    _click(qtbot, schedule.findChild(QPushButton, year_button))
    return schedule


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_url(request: pytest.FixtureRequest) -> str:
    """One database (an SQLite file, or PostgreSQL) that two kiosks share."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url"))


def test_a_deadline_extended_on_one_kiosk_shows_on_another_until_withdrawn(
    qtbot: QtBot, shared_url: str
) -> None:
    # Two kiosks, each with its own context and engine on one database: staff use one, a resident the other.
    windows = [next(english_window(qtbot, shared_url)) for _ in range(2)]
    staff_kiosk, resident_kiosk = windows
    try:
        desk = _open_desk(staff_kiosk)
        _click(qtbot, desk.tab_buttons["due_dates"])
        dates = desk.due_date_editor
        dates.select("property_tax_first_half", 2027)
        assert not dates.withdraw_button.isEnabled()
        dates.edits["new_due"].setText("2027-08-06")
        dates.edits["reason_ko"].setText("ETAX 장애로 연장")
        dates.edits["reason_en"].setText("ETAX outage")
        _click(qtbot, dates.extend_button)
        assert dates.message.text().startswith("✓ Extended.")
        assert "Extended to Friday 6 August 2027" in dates.rows.currentItem().text()

        schedule = _resident_detail(qtbot, resident_kiosk, "year_property_tax_first_half")
        assert schedule.findChild(QLabel, "detailLastDay").text() == "Last day: Fri 6 August 2027"
        assert "Reason: ETAX outage" in schedule.findChild(QLabel, "detailExtended").text()

        dates.select("property_tax_first_half", 2027)
        _click(qtbot, dates.withdraw_button)
        assert dates.message.text().startswith("✓ Withdrawn.")
        schedule = _resident_detail(qtbot, resident_kiosk, "year_property_tax_first_half")
        assert schedule.findChild(QLabel, "detailLastDay").text() == "Last day: Mon 2 August 2027"
        assert schedule.findChild(QLabel, "detailExtended") is None
    finally:
        for window in windows:
            window.context.live_updates.stop()
            window.context.database.dispose()


@pytest.mark.parametrize(
    ("new_due", "reason_ko", "reason_en", "refusal"),
    [
        ("6 August", "장애", "Outage", "Write the new last day as 2027-02-04."),
        ("2027-08-02", "장애", "Outage", "must be after the rule's last day, Monday 2 August 2027."),
        ("2037-08-06", "장애", "Outage", "must be within 183 days of the rule's last day."),
        ("2027-08-06", "장애", "", "Write the reason in Korean and in English."),
    ],
)
def test_a_bad_extension_is_refused_with_a_clear_message_and_nothing_saved(
    qtbot: QtBot, window: object, new_due: str, reason_ko: str, reason_en: str, refusal: str
) -> None:
    desk = _open_desk(window)
    _click(qtbot, desk.tab_buttons["due_dates"])
    dates = desk.due_date_editor
    dates.select("property_tax_first_half", 2027)
    dates.edits["new_due"].setText(new_due)
    dates.edits["reason_ko"].setText(reason_ko)
    dates.edits["reason_en"].setText(reason_en)
    _click(qtbot, dates.extend_button)
    assert dates.message.text().startswith("✕ ") and refusal in dates.message.text()
    assert dates.edits["new_due"].text() == new_due  # what staff typed stays to be corrected
    assert window.context.content_editor.revision() == 0
