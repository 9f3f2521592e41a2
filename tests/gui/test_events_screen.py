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
    assert screen.findChild(QLabel, f"eventDate_{first.id}").text() == "Sat 9 January 2027   10:00–13:00"
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
