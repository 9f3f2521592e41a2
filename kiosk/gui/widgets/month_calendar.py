"""A touch month calendar: one large button per day showing the day and, in words, whether it can be
booked (never by colour alone); every day can be tapped so closed days can say why."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.booking import DayAvailability


class DayButton(QPushButton):
    """Paints the day number large and the status line below it (the style sheet draws the frame)."""

    STATUS_SCALE = 0.62  # of the button font: 27 px at normal size, above the 24 px minimum

    def __init__(self) -> None:
        super().__init__()
        self.day: DayAvailability | None = None
        self.status_text = ""
        self.setProperty("dayStatus", "none")
        self.setEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_day(self, day: DayAvailability | None, status_text: str) -> None:
        self.day = day
        self.status_text = status_text
        self.setText(f"{day.day.day} {status_text}" if day else "")
        self.setProperty("dayStatus", day.status.value if day else "none")
        self.setEnabled(day is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def sizeHint(self) -> QSize:
        # The label text is for tests and screen readers; the painted cell needs far less room.
        return QSize(120, 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 88)

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        if self.day is None:
            return
        painter.setPen(option.palette.buttonText().color())
        area = self.rect().adjusted(8, 6, -8, -6)
        number_font = self.font()
        painter.setFont(number_font)
        top = QRect(area.left(), area.top(), area.width(), area.height() // 2 + 4)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(self.day.day.day))
        status_font = self.font()
        status_font.setPixelSize(max(24, round(self.font().pixelSize() * self.STATUS_SCALE)))
        status_font.setBold(True)
        painter.setFont(status_font)
        bottom = QRect(area.left(), top.bottom(), area.width(), area.bottom() - top.bottom())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.status_text)


class MonthCalendar(QWidget):
    """Month title with previous/next buttons, weekday names and 6x7 day buttons."""

    day_tapped = Signal(object)  # DayAvailability
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.previous_button = QPushButton(objectName="previousMonthButton")
        self.next_button = QPushButton(objectName="nextMonthButton")
        self.month_label = QLabel(objectName="monthLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.month_label.setProperty("role", "subtitle")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_label, 1)
        bar.addWidget(self.next_button)
        self.weekday_labels = [QLabel(alignment=Qt.AlignmentFlag.AlignCenter) for _ in range(7)]
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        for column, label in enumerate(self.weekday_labels):
            label.setProperty("role", "muted")
            self.grid.addWidget(label, 0, column)
        # Rebuilt for each month: only real days get a button (no blank, unlabelled buttons).
        self.buttons: list[DayButton] = []
        for column in range(7):
            self.grid.setColumnStretch(column, 1)
        for row in range(1, 7):
            self.grid.setRowStretch(row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(self.grid, 1)

    def set_weekday_names(self, names: list[str]) -> None:
        """Monday first."""
        for label, name in zip(self.weekday_labels, names, strict=True):
            label.setText(name)

    def show_month(
        self, title: str, days: list[DayAvailability], status_text: Callable[[DayAvailability], str]
    ) -> None:
        """Fill the grid with the days of one month (Monday-first weeks)."""
        self.month_label.setText(title)
        for button in self.buttons:
            self.grid.removeWidget(button)
            # Hidden at once: until the event loop deletes it, the old month must not be seen or tapped.
            button.hide()
            button.deleteLater()
        self.buttons = []
        if not days:
            return
        first = days[0].day
        lead = calendar.weekday(first.year, first.month, 1)
        for position, day in enumerate(days):
            button = DayButton()
            button.setObjectName(f"day_{day.day.isoformat()}")
            button.show_day(day, status_text(day))
            button.clicked.connect(lambda _=False, b=button: self._tapped(b))
            cell = lead + position
            self.grid.addWidget(button, 1 + cell // 7, cell % 7)
            button.show()  # children added to a visible widget stay hidden until shown
            self.buttons.append(button)
        # A sixth week row only takes room when the month needs it.
        self.grid.setRowStretch(6, 1 if lead + len(days) > 35 else 0)

    def button_for(self, day: date) -> DayButton | None:
        return next((b for b in self.buttons if b.day is not None and b.day.day == day), None)

    def _tapped(self, button: DayButton) -> None:
        if button.day is not None:
            self.day_tapped.emit(button.day)
