"""Now serving: the number called in each line, large, for a second screen (`kiosk now-serving`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.queue import ticket_label
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import current_language
from kiosk.services.live_updates import QUEUE

# Numbers arrive by live updates; this slow look only notices the day ending (yesterday's event goes).
DAY_CHECK_MS = 60_000


class NowServingScreen(Screen):
    """The numbers called. As the room's second screen (`kiosk now-serving`, `bilingual`) both
    languages at once, since everyone in the room reads it; inside the kiosk the resident's language
    only, like every other screen (K26)."""

    def __init__(self, context: AppContext, bilingual: bool = False) -> None:
        super().__init__()
        self.context = context
        self.bilingual = bilingual
        self.queue = context.staff.queue
        self.event_label = QLabel(objectName="servingEvent", wordWrap=True)
        self.event_label.setProperty("role", "subtitle")
        self.event_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.number_labels: dict[str, QLabel] = {}
        self.waiting_labels: dict[str, QLabel] = {}
        self.name_labels: dict[str, QLabel] = {}
        for index, queue_field in enumerate(self.queue.content.fields):
            card = QFrame(objectName="Card")
            name = QLabel(objectName=f"servingName_{queue_field.id}", wordWrap=True)
            self.name_labels[queue_field.id] = name
            number = QLabel(objectName=f"serving_{queue_field.id}")
            number.setProperty("role", "big-code")
            waiting = QLabel(objectName=f"servingWaiting_{queue_field.id}")
            waiting.setProperty("role", "muted")
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(12, 8, 12, 8)
            card_layout.setSpacing(0)
            for widget in (name, number, waiting):
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
                card_layout.addWidget(widget)
            grid.addWidget(card, index // 3, index % 3)
            self.number_labels[queue_field.id] = number
            self.waiting_labels[queue_field.id] = waiting
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 8, 32, 8)
        layout.addWidget(self.event_label)
        layout.addLayout(grid, 1)
        self.live = LiveRefresh(self, context.live_updates, QUEUE, lambda _field: self.refresh())
        self.timer = QTimer(self, interval=DAY_CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def title(self) -> str:
        return self.tr("Now serving")

    def retranslateUi(self) -> None:
        self.refresh()

    def _words(self, ko: str, en: str, joiner: str = " · ") -> str:
        if self.bilingual:
            return f"{ko}{joiner}{en}"
        return ko if current_language() == "ko" else en

    def refresh(self) -> None:
        """Read the lines again (on showing, and whenever a kiosk or desk changes the queue)."""
        todays = self.queue.todays_queue()
        if todays is None:
            self.event_label.setText(
                self._words(
                    "지금 번호표를 나눠 드리는 행사가 없습니다.", "No event is handing out numbers now.", "\n"
                )
            )
        else:
            event = self.queue.content.event(todays.event_id)
            self.event_label.setText(self._words(event.ko, event.en))
        for queue_field in self.queue.content.fields:
            self.name_labels[queue_field.id].setText(self._words(queue_field.ko, queue_field.en, "\n"))
        for line in self.queue.board():
            prefix = self.queue.content.field(line.field_id).prefix
            self.number_labels[line.field_id].setText(
                ticket_label(prefix, line.now_serving) if line.now_serving else "—"
            )
            self.waiting_labels[line.field_id].setText(
                self._words(f"대기 {line.waiting}명", f"{line.waiting} waiting")
            )

    def entered(self) -> None:
        self.refresh()
        self.timer.start()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.refresh()
        self.timer.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def busy() -> None:
            if self.queue.current() is None:
                self.queue.open("resolution_day")
            for field_id in ("local_tax", "local_tax", "local_tax", "acquisition", "national"):
                self.queue.take_ticket(field_id)
            self.queue.call_next("local_tax")
            self.queue.call_next("acquisition")
            self.refresh()

        return [("busy", busy)]
