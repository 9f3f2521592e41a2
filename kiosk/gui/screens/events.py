"""Events: the coming Tax Concern Resolution Days and visiting explanation sessions, soonest first."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.content_file import ContentError
from kiosk.domain.events import MOVED, Event, upcoming_events
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import (
    card,
    clear_layout,
    current_language,
    format_day,
    label,
    scroll_page,
)

log = logging.getLogger(__name__)

SHOWN_EVENTS = 8


class EventsScreen(Screen):
    """A scrolling list of event cards: date, time, what, where, and any change staff made."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.area, self.list_layout = scroll_page("eventsList")
        # On an event day staff open the queue: residents take their number from here.
        self.queue_button = QPushButton(objectName="eventsQueueButton")
        self.queue_button.setProperty("role", "primary")
        self.queue_button.clicked.connect(lambda: self.navigate_requested.emit("queue"))
        self.queue_button.setVisible(False)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(48, 8, 48, 16)
        bottom.addStretch(1)
        bottom.addWidget(self.queue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        layout.addLayout(bottom)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Events and sessions")

    def entered(self) -> None:
        self._build()
        self.queue_button.setVisible(self.context.staff.queue.current() is not None)

    def reset(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def retranslateUi(self) -> None:
        self.queue_button.setText(self.tr("Take a queue number"))
        self._build()

    def shown_events(self) -> list[Event]:
        """The events on screen now (also what tests read)."""
        information = self.context.tax_information
        return upcoming_events(
            information.events(), self.context.clock, SHOWN_EVENTS, information.concern_day_changes
        )

    def _build(self) -> None:
        layout = self.list_layout
        clear_layout(layout)
        layout.addWidget(label(self.tr("Coming up"), "title"))
        try:
            events = self.shown_events()
        except ContentError as err:
            log.error("events unavailable: %s", err)
            layout.addWidget(
                label(self.tr("The events cannot be shown right now. Staff can help you."), "error")
            )
            layout.addStretch(1)
            return
        if not events:
            layout.addWidget(label(self.tr("No events are planned yet."), "muted", "noEventsLabel"))
        language = current_language()
        for event in events:
            when = f"{format_day(event.day, language)}   "
            if event.confirmed:
                when += f"{event.start:%H:%M}–{event.end:%H:%M}"
                place = self.tr("Place: %1").replace("%1", event.place.get(language))
            else:
                # Placeholders the tax division has not confirmed: say so rather than show a guess.
                when += self.tr("time not confirmed yet")
                place = self.tr("The time and place are not confirmed yet. Please ask staff.")
            widgets = [
                label(when, "subtitle", f"eventDate_{event.id}"),
                label(event.title.get(language), None, f"eventTitle_{event.id}"),
                label(place, "muted", f"eventPlace_{event.id}"),
            ]
            if event.region is not None:
                widgets.append(label(self.tr("Area: %1").replace("%1", event.region.get(language)), "muted"))
            if event.status == MOVED and event.original_day is not None:
                moved = self.tr("Moved from %1.").replace("%1", format_day(event.original_day, language))
                if event.note is not None:
                    moved += " " + event.note.get(language)
                widgets.append(label(moved, "notice", f"eventMoved_{event.id}"))
            layout.addWidget(card(*widgets))
        layout.addStretch(1)
