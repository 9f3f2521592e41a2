"""The staff queue desk: open today's queue for an event, call the next number of each line."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app_context import AppContext
from kiosk.domain.errors import KioskError
from kiosk.domain.queue import NoOneWaiting, ticket_label
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.screens.staff_base import StaffScreen, centred, repolish, ui_language
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.live_updates import QUEUE


class StaffQueueScreen(StaffScreen):
    """Follows the queue's live updates, so two kiosks and two desks see the same line at once."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.queue = context.staff.queue
        self.status_label = QLabel(objectName="deskQueueStatus", wordWrap=True)
        self.status_label.setProperty("role", "subtitle")
        self.message = QLabel(objectName="deskQueueMessage", wordWrap=True)

        self.open_page = QWidget()
        self.open_buttons: dict[str, QPushButton] = {}
        open_layout = QVBoxLayout(self.open_page)
        open_layout.setSpacing(RING_ROOM)
        for kind in self.queue.content.events:
            button = WrapButton(objectName=f"deskOpen_{kind.id}")
            button.setProperty("role", "primary")
            button.clicked.connect(lambda _=False, event_id=kind.id: self.open_queue(event_id))
            self.open_buttons[kind.id] = button
            open_layout.addLayout(centred(button))
        open_layout.addStretch(1)

        self.lines_page = QWidget()
        grid = QGridLayout(self.lines_page)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        self.line_names: dict[str, QLabel] = {}
        self.serving_labels: dict[str, QLabel] = {}
        self.waiting_labels: dict[str, QLabel] = {}
        self.call_buttons: dict[str, QPushButton] = {}
        for row, queue_field in enumerate(self.queue.content.fields):
            name = QLabel()
            serving = QLabel(objectName=f"deskServing_{queue_field.id}")
            serving.setProperty("role", "subtitle")
            waiting = QLabel(objectName=f"deskWaiting_{queue_field.id}")
            call = QPushButton(objectName=f"deskCall_{queue_field.id}")
            call.setProperty("role", "primary")
            call.clicked.connect(lambda _=False, fid=queue_field.id: self.call_next(fid))
            for column, widget in enumerate((name, serving, waiting, call)):
                grid.addWidget(widget, row, column)
            self.line_names[queue_field.id] = name
            self.serving_labels[queue_field.id] = serving
            self.waiting_labels[queue_field.id] = waiting
            self.call_buttons[queue_field.id] = call
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)

        self.close_button = QPushButton(objectName="deskCloseQueue")
        self.close_button.clicked.connect(self.toggle_open)
        self.home_button = QPushButton(objectName="deskQueueStaffHome")
        self.home_button.clicked.connect(lambda: self.navigate_requested.emit("staff"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.home_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self.content)
        layout.setSpacing(8)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.open_page)
        layout.addWidget(self.lines_page, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        # Both hidden until refresh() picks one: shown together they would be taller than the screen.
        self.open_page.hide()
        self.lines_page.hide()
        self.live = LiveRefresh(self, context.live_updates, QUEUE, self._queue_changed)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Event queue")

    def retranslateUi(self) -> None:
        super().retranslateUi()
        language = ui_language()
        for kind in self.queue.content.events:
            self.open_buttons[kind.id].setText(
                self.tr("Open today's queue: %1").replace("%1", kind.name(language))
            )
        for queue_field in self.queue.content.fields:
            self.line_names[queue_field.id].setText(queue_field.name(language))
            self.call_buttons[queue_field.id].setText(self.tr("Call next"))
        self.home_button.setText(self.tr("Staff home"))
        self.close_button.setText(self.tr("Stop handing out numbers"))
        if self.session.active:
            self.refresh()

    def refresh(self) -> None:
        """Show whether today's queue is open and each line's numbers."""
        language = ui_language()
        todays = self.queue.todays_queue()
        with_queue = todays if todays is not None and todays.open else None
        today_lines = self.queue.board()
        opened_today = todays is not None
        self.open_page.setVisible(not opened_today)
        self.lines_page.setVisible(opened_today)
        self.close_button.setVisible(opened_today)
        if with_queue is not None:
            event = self.queue.content.event(with_queue.event_id).name(language)
            self.status_label.setText(self.tr("%1: residents are taking numbers.").replace("%1", event))
            self.close_button.setText(self.tr("Stop handing out numbers"))
        elif opened_today:
            self.status_label.setText(
                self.tr("No new numbers are handed out; you can still call those waiting.")
            )
            self.close_button.setText(self.tr("Hand out numbers again"))
        else:
            self.status_label.setText(self.tr("No queue is open today. Choose the event to open it."))
        for line in today_lines:
            prefix = self.queue.content.field(line.field_id).prefix
            serving = ticket_label(prefix, line.now_serving) if line.now_serving else "—"
            self.serving_labels[line.field_id].setText(serving)
            self.waiting_labels[line.field_id].setText(self.tr("%n waiting", "", line.waiting))
            self.call_buttons[line.field_id].setEnabled(line.waiting > 0)

    def _queue_changed(self, _field_id: str) -> None:
        if self.session.active:
            self.refresh()

    def entered(self) -> None:
        super().entered()
        self.message.clear()

    def reset(self) -> None:
        self.message.clear()

    # Actions ----------------------------------------------------------------------------------------
    def open_queue(self, event_id: str) -> None:
        self.queue.open(event_id)
        self._say(self.tr("The queue is open. Residents can take numbers on the kiosk."), error=False)
        self.refresh()

    def toggle_open(self) -> None:
        todays = self.queue.todays_queue()
        try:
            if todays is not None and todays.open:
                self.queue.close()
            else:
                self.queue.open(todays.event_id if todays else self.queue.content.events[0].id)
        except KioskError as err:
            self._say(str(err), error=True)
        self.refresh()

    def call_next(self, field_id: str) -> None:
        try:
            ticket = self.queue.call_next(field_id)
        except NoOneWaiting:
            self._say(self.tr("No one is waiting in this line."), error=True)
        else:
            self._say(self.tr("Now calling %1.").replace("%1", self.queue.label(ticket)), error=False)
        self.refresh()

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "notice")
        repolish(self.message)
