"""A touch month calendar: one large button per day showing the day and, in words, its status (whether
it can be booked, whether a tax is due: never by colour alone); every day can be tapped, so closed days
can say why. Used by the booking calendar (DayAvailability) and the tax schedule (DueDay)."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
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

from kiosk.gui.widgets.content_height import follow_content_height, refit
from kiosk.gui.widgets.wrap_button import WrapButton


class CalendarDay(Protocol):
    """A day the calendar shows: its date, and a status whose value the style sheet matches
    (`QPushButton[dayStatus="..."]` in ui/kiosk.qss)."""

    @property
    def day(self) -> date: ...

    @property
    def status(self) -> Enum: ...


Day = TypeVar("Day", bound=CalendarDay)

INSET_X, INSET_Y = 8, 6  # room between the frame and the painted text
STATUS_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class DayButton(QPushButton):
    """Paints the day number large and the status line below it (the style sheet draws the frame)."""

    STATUS_SCALE = 0.62  # of the button font: 27 px at normal size, above the 24 px minimum

    def __init__(self) -> None:
        super().__init__()
        self.day: CalendarDay | None = None
        self.status_text = ""
        self.setProperty("dayStatus", "none")
        self.setEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_day(self, day: CalendarDay | None, status_text: str) -> None:
        self.day = day
        self.status_text = status_text
        self.setText(f"{day.day.day} {status_text}" if day else "")
        self.setProperty("dayStatus", day.status.value if day else "none")
        self.setEnabled(day is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        refit(self, self._content_height)
        self.update()

    def sizeHint(self) -> QSize:
        # The label text is for tests and screen readers; the painted cell needs far less room.
        return QSize(120, 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 88)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The number and the wrapped status set the height (large text needs two status lines): the
        # calendar then turns pages instead of cutting words (K08).
        follow_content_height(self, event, self._content_height)
        return handled

    def _content_height(self, width: int) -> int:
        if self.day is None:
            return 0
        margins = self.height() - self._area().height()
        return (
            margins
            + self._number_height()
            + self._status_height(width - (self.width() - self._area().width()))
        )

    def _area(self) -> QRect:
        return self.rect().adjusted(INSET_X, INSET_Y, -INSET_X, -INSET_Y)

    def _number_height(self) -> int:
        # Digits have no descenders: their ink, not the font's line box, must fit.
        return QFontMetrics(self.font()).tightBoundingRect("28").height() + 8

    def _status_height(self, width: int) -> int:
        metrics = QFontMetrics(self._status_font())
        return metrics.boundingRect(QRect(0, 0, width, 10_000), STATUS_FLAGS, self.status_text).height()

    def _areas(self) -> tuple[QRect, QRect]:
        """Where the day number and the status line are painted: the status at the bottom, as many
        lines as it needs, the number centred above it."""
        area = self._area()
        status = min(self._status_height(area.width()), max(0, area.height() - self._number_height()))
        top = QRect(area.left(), area.top(), area.width(), area.height() - status)
        bottom = QRect(area.left(), top.bottom() + 1, area.width(), status)
        return top, bottom

    def _status_font(self) -> QFont:
        font = self.font()
        font.setPixelSize(max(24, round(self.font().pixelSize() * self.STATUS_SCALE)))
        font.setBold(True)
        return font

    def painted_text_overflow(self) -> str:
        """Why the painted number or status does not fit its part of the button, or "" (for K08)."""
        if self.day is None:
            return ""
        top, bottom = self._areas()
        number = QFontMetrics(self.font()).tightBoundingRect(str(self.day.day.day)).size()
        status = QFontMetrics(self._status_font()).boundingRect(bottom, STATUS_FLAGS, self.status_text).size()
        for what, need, room in (("day number", number, top), ("status", status, bottom)):
            if need.width() > room.width() + 1 or need.height() > room.height() + 1:
                return (
                    f"{what} needs {need.width()} x {need.height()} px, has {room.width()} x {room.height()}"
                )
        return ""

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        if self.day is not None:
            painter.setPen(option.palette.buttonText().color())
            top, bottom = self._areas()
            painter.setFont(self.font())
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(self.day.day.day))
            painter.setFont(self._status_font())
            painter.drawText(bottom, STATUS_FLAGS, self.status_text)
        painter.end()


class MonthCalendar(QWidget):
    """Month title with previous/next buttons, weekday names and 6x7 day buttons."""

    day_tapped = Signal(object)  # the CalendarDay
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        # "◀ Previous month" needs two lines in large text: the buttons grow instead of cutting it (K08).
        self.previous_button = WrapButton(objectName="previousMonthButton")
        self.next_button = WrapButton(objectName="nextMonthButton")
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
        self.grid.setSpacing(12)  # >= 2.5 mm between day buttons (K02) on a 27" panel
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

    def show_month(self, title: str, days: Sequence[Day], status_text: Callable[[Day], str]) -> None:
        """Fill the grid with the days of one month (Monday-first weeks)."""
        self.month_label.setText(title)
        for button in self.buttons:
            self.grid.removeWidget(button)
            # Hidden and nameless at once: until the event loop deletes it, the old month must not be
            # seen, tapped or found instead of the new one.
            button.hide()
            button.setObjectName("")
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
