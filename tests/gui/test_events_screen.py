"""The events screen: the coming events, changes staff made, nothing finished or cancelled."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLabel

from kiosk.domain.events import ConcernDayChange
from kiosk.gui.screens.events import EventsScreen
from kiosk.storage.database import Database
from tests.helpers.info_desk import context_on, use_language


def test_lists_coming_events_soonest_first(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_language("en")
    screen = EventsScreen(context_on(database, datetime(2026, 12, 20, 9, 0)))
    qtbot.addWidget(screen)
    screen.entered()
    events = screen.shown_events()
    assert [e.day for e in events[:3]] == [date(2027, 1, 9), date(2027, 2, 6), date(2027, 3, 6)]
    first = events[0]
    # The file's times and places are placeholders the tax division has not confirmed (verified = false).
    assert (
        screen.findChild(QLabel, f"eventDate_{first.id}").text()
        == "Sat 9 January 2027   time not confirmed yet"
    )
    place = screen.findChild(QLabel, f"eventPlace_{first.id}").text()
    assert place == "The time and place are not confirmed yet. Please ask staff."
    moved = screen.findChild(QLabel, f"eventMoved_{first.id}").text()
    assert moved.startswith("Moved from Sat 2 January 2027.")


def test_a_change_from_staff_mode_shows_after_reentering(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_language("en")
    context = context_on(database, datetime(2027, 1, 20, 9, 0))
    screen = EventsScreen(context)
    qtbot.addWidget(screen)
    assert screen.shown_events()[0].day == date(2027, 2, 6)
    context.tax_information.concern_day_changes.append(ConcernDayChange(date(2027, 2, 6), None))
    screen.entered()
    assert screen.shown_events()[0].day == date(2027, 3, 6)
    shown = [label.objectName() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]
    assert "eventDate_concern-day-2027-02-06" not in shown
    assert "eventDate_concern-day-2027-03-06" in shown


def test_a_session_staff_saved_shows_its_time_and_place(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from kiosk.domain.content_file import LocalText
    from kiosk.domain.events import Session

    use_language("en")
    context = context_on(database, datetime(2026, 12, 20, 9, 0))
    session = Session(
        "staff-1",
        "seocho",
        LocalText("설명회", "Session"),
        date(2027, 1, 14),
        time(14),
        time(16),
        LocalText("서초구청 대강당", "Seocho-gu Office main hall"),
    )
    context.content_editor.save_session(session, ["seocho", "bangbae"])
    screen = EventsScreen(context)
    qtbot.addWidget(screen)
    screen.entered()
    assert screen.findChild(QLabel, "eventDate_staff-1").text() == "Thu 14 January 2027   14:00–16:00"
    assert screen.findChild(QLabel, "eventPlace_staff-1").text() == "Place: Seocho-gu Office main hall"
