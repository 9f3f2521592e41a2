"""Take a queue ticket: the resident picks a field and gets the next number of that line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.queue import QueueNotOpen, TakenTicket
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.screen import Screen
from kiosk.gui.screens.staff_base import centred, repolish, ui_language
from kiosk.services.live_updates import QUEUE
from kiosk.services.printing import PrintProblem, PrintResult


class QueueScreen(Screen):
    """Three pages: no event running, choose a field, your number."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.queue = context.staff.queue
        self.taken: TakenTicket | None = None
        self.print_result: PrintResult | None = None
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 24)
        layout.addWidget(self.pages)
        self._build_closed_page()
        self._build_choose_page()
        self._build_ticket_page()
        self.live = LiveRefresh(self, context.live_updates, QUEUE, lambda _field: self.entered())
        self.retranslateUi()

    def _build_closed_page(self) -> None:
        self.closed_page = QWidget()
        self.closed_label = QLabel(objectName="queueClosedLabel", wordWrap=True)
        self.closed_label.setProperty("role", "notice")
        self.closed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.events_button = QPushButton(objectName="queueEventsButton")
        self.events_button.setProperty("role", "primary")
        self.events_button.clicked.connect(lambda: self.navigate_requested.emit("events"))
        layout = QVBoxLayout(self.closed_page)
        layout.setSpacing(RING_ROOM)
        layout.addStretch(1)
        layout.addWidget(self.closed_label)
        layout.addLayout(centred(self.events_button))
        layout.addStretch(1)
        self.pages.addWidget(self.closed_page)

    def _build_choose_page(self) -> None:
        self.choose_page = QWidget()
        self.event_label = QLabel(objectName="queueEventLabel", wordWrap=True)
        self.event_label.setProperty("role", "subtitle")
        self.choose_label = QLabel(objectName="queueChooseLabel", wordWrap=True)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.field_buttons: dict[str, QPushButton] = {}
        for index, queue_field in enumerate(self.queue.content.fields):
            button = QPushButton(objectName=f"queueField_{queue_field.id}")
            button.setProperty("role", "tile")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, fid=queue_field.id: self.take(fid))
            grid.addWidget(button, index // 2, index % 2)
            self.field_buttons[queue_field.id] = button
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self.choose_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.event_label)
        layout.addWidget(self.choose_label)
        layout.addLayout(grid, 1)
        self.pages.addWidget(self.choose_page)

    def _build_ticket_page(self) -> None:
        self.ticket_page = QWidget()
        self.your_number_label = QLabel(objectName="queueYourNumber")
        self.your_number_label.setProperty("role", "subtitle")
        self.number_label = QLabel(objectName="queueNumber")
        self.number_label.setProperty("role", "big-code")
        self.field_label = QLabel(objectName="queueTicketField", wordWrap=True)
        self.field_label.setProperty("role", "subtitle")
        self.ahead_label = QLabel(objectName="queueAhead", wordWrap=True)
        self.keep_label = QLabel(objectName="queueKeepSlip", wordWrap=True)
        self.keep_label.setProperty("role", "notice")
        self.print_label = QLabel(objectName="queuePrintResult", wordWrap=True)
        self.done_button = QPushButton(objectName="queueDone")
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(lambda: self.navigate_requested.emit("home"))
        layout = QVBoxLayout(self.ticket_page)
        layout.setSpacing(20)
        layout.addStretch(1)
        for widget in (self.your_number_label, self.number_label, self.field_label, self.ahead_label):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.keep_label)
        layout.addWidget(self.print_label)
        layout.addLayout(centred(self.done_button))
        layout.addStretch(1)
        self.pages.addWidget(self.ticket_page)

    # Screen contract --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Queue number")

    def step(self) -> tuple[int, int] | None:
        if self.pages.currentWidget() is self.choose_page:
            return (1, 2)
        if self.pages.currentWidget() is self.ticket_page:
            return (2, 2)
        return None

    def retranslateUi(self) -> None:
        self.closed_label.setText(
            self.tr(
                "No event is handing out queue numbers right now.\n"
                "Queue numbers are given on Tax Concern Resolution Day and at explanation sessions."
            )
        )
        self.events_button.setText(self.tr("See the events"))
        self.choose_label.setText(self.tr("What is your question about? Touch one to take a number."))
        self.your_number_label.setText(self.tr("Your number"))
        self.keep_label.setText(self.tr("Please keep your number. Staff will call it; watch the screen."))
        self.done_button.setText(self.tr("Done"))
        self._show_counts()
        self._show_ticket()

    def entered(self) -> None:
        """Open or closed, and the waiting counts; also whenever a kiosk or desk changes the queue."""
        if self.pages.currentWidget() is self.ticket_page and self.taken is not None:
            return
        current = self.queue.current()
        self.pages.setCurrentWidget(self.choose_page if current else self.closed_page)
        self._show_counts()
        self.header_changed.emit()

    def reset(self) -> None:
        self.taken = None
        self.print_result = None
        self.pages.setCurrentWidget(self.closed_page)

    def go_back(self) -> bool:
        if self.pages.currentWidget() is self.ticket_page:
            self.taken = None
            self.entered()
            return True
        return False

    # Actions ----------------------------------------------------------------------------------------
    def take(self, field_id: str) -> None:
        try:
            self.taken = self.queue.take_ticket(field_id)
            current = self.queue.todays_queue()
        except QueueNotOpen:
            self.pages.setCurrentWidget(self.closed_page)
            self.header_changed.emit()
            return
        if current is not None:
            slip = self.queue.slip(self.taken, current.event_id, ui_language())
            self.print_result = self.context.printing.print_slip(slip)
        self._show_ticket()
        self.pages.setCurrentWidget(self.ticket_page)
        self.header_changed.emit()
        # The ticket on screen is the visible equivalent of this sound (K23).
        self.context.sounds.completed()

    def _show_counts(self) -> None:
        language = ui_language()
        current = self.queue.current()
        if current is not None:
            self.event_label.setText(self.queue.content.event(current.event_id).name(language))
        waiting = {line.field_id: line.waiting for line in self.queue.board()}
        for queue_field in self.queue.content.fields:
            self.field_buttons[queue_field.id].setText(
                f"{queue_field.name(language)}\n" + self.tr("%n waiting", "", waiting.get(queue_field.id, 0))
            )

    def _show_ticket(self) -> None:
        if self.taken is None:
            return
        ticket = self.taken.ticket
        self.number_label.setText(self.queue.label(ticket))
        self.field_label.setText(self.queue.content.field(ticket.field_id).name(ui_language()))
        if self.taken.waiting_ahead:
            self.ahead_label.setText(
                self.tr("%n person(s) are waiting before you.", "", self.taken.waiting_ahead)
            )
        else:
            self.ahead_label.setText(self.tr("You are next."))
        self._show_print_result()

    def _show_print_result(self) -> None:
        result = self.print_result
        if result is None:
            self.print_label.clear()
            return
        if result.printed:
            text = self.tr("Your ticket was printed. Please take it from the printer.")
        elif result.problem is PrintProblem.NO_PRINTER:
            text = self.tr("This kiosk has no printer: please remember your number.")
        else:
            text = self.tr("The ticket could not be printed. Please remember your number; staff can help.")
        self.print_label.setText(text)
        self.print_label.setProperty(
            "role", "muted" if result.printed or result.problem is PrintProblem.NO_PRINTER else "error"
        )
        repolish(self.print_label)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def open_queue() -> None:
            if self.queue.current() is None:
                self.queue.open("resolution_day")
            self.entered()

        def take_ticket() -> None:
            self.take("acquisition")

        return [("choose", open_queue), ("ticket", take_ticket)]
