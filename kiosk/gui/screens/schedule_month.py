"""The local tax schedule's first page: a month calendar with each due day marked (in words) and the
month's taxes beside it; tapping a day lists that day's taxes, tapping a tax opens its detail."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.due_days import DueDay, DueMark, due_days
from kiosk.domain.tax_calendar import DuePeriod, TaxCalendar
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.widgets.info_widgets import (
    WEEKDAYS_EN,
    WEEKDAYS_KO,
    clear_layout,
    current_language,
    format_day,
    format_month,
    format_short_day,
    label,
)
from kiosk.gui.widgets.month_calendar import MonthCalendar
from kiosk.gui.widgets.wrap_button import WrapButton

# Body text larger than this (the large-text look's 66 px; normal is 44 px) stacks the page.
LARGE_FONT_PX = 55


class ScheduleMonthPage(QWidget):
    """Shows one month; the screen hands it the calendar and today, and follows its signals."""

    period_chosen = Signal(object)  # DuePeriod
    list_requested = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="scheduleMonth")
        self.tax_calendar: TaxCalendar | None = None
        self.today = date.today()
        self.month = (self.today.year, self.today.month)
        self.days: list[DueDay] = []
        self.chosen: DueDay | None = None
        self.side_widgets: list[QLabel | WrapButton] = []

        self.calendar = MonthCalendar()
        self.calendar.day_tapped.connect(self.choose_day)
        self.calendar.previous_requested.connect(lambda: self.change_month(-1))
        self.calendar.next_requested.connect(lambda: self.change_month(+1))
        self.list_button = WrapButton(objectName="scheduleListButton")
        self.list_button.set_pictogram("list-details")
        self.list_button.clicked.connect(self.list_requested)
        self.side_heading = label(role="subtitle", object_name="monthSideHeading")
        self.side_rows = QVBoxLayout()
        self.side_rows.setSpacing(RING_ROOM)
        self.whole_month_button = WrapButton(objectName="wholeMonthButton")
        self.whole_month_button.set_pictogram("calendar-month")
        self.whole_month_button.clicked.connect(lambda: self.choose_day(None))

        side = QVBoxLayout()
        side.setSpacing(RING_ROOM)
        side.addWidget(self.side_heading)
        side.addLayout(self.side_rows)
        side.addWidget(self.whole_month_button)
        side.addStretch(1)
        side.addWidget(self.list_button)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.body.setContentsMargins(48, 16, 48, 16)
        self.body.setSpacing(48)
        self.body.addWidget(self.calendar, 3)
        self.body.addLayout(side, 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Large text: the taxes go under the calendar, at full width, instead of a narrow column.
            large = self.font().pixelSize() > LARGE_FONT_PX
            self.body.setDirection(
                QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
            )

    # What the screen calls

    def show_calendar(self, tax_calendar: TaxCalendar | None, today: date, month: tuple[int, int]) -> None:
        """Show `month` of `tax_calendar` (None: the calendar could not be read) with nothing chosen."""
        self.tax_calendar = tax_calendar
        self.today = today
        self.month = month
        self.chosen = None
        self._fill()

    def change_month(self, step: int) -> None:
        year, month = self.month
        index = year * 12 + (month - 1) + step
        self.show_calendar(self.tax_calendar, self.today, (index // 12, index % 12 + 1))

    def choose_day(self, day: DueDay | None) -> None:
        """List the taxes due on `day` beside the calendar (None: the whole month's)."""
        self.chosen = day
        self._fill_side()

    def retranslate(self) -> None:
        self.calendar.previous_button.setText(self.tr("◀ Previous month"))
        self.calendar.next_button.setText(self.tr("Next month ▶"))
        self.list_button.setText(self.tr("Show the year as a list"))
        self.whole_month_button.setText(self.tr("All taxes of this month"))
        language = current_language()
        self.calendar.set_weekday_names(list(WEEKDAYS_KO) if language == "ko" else list(WEEKDAYS_EN))
        chosen = self.chosen
        self._fill()
        if chosen is not None:
            self.choose_day(next((d for d in self.days if d.day == chosen.day), None))

    # Building

    def _fill(self) -> None:
        year, month = self.month
        language = current_language()
        if self.tax_calendar is None:
            self.days = []
        else:
            self.days = due_days(self.tax_calendar, year, month, self.today)
        self.calendar.show_month(format_month(year, month, language), self.days, self._status_text)
        self._fill_side()

    def _status_text(self, day: DueDay) -> str:
        return {
            DueMark.DUE: self.tr("Last day"),
            DueMark.DUE_TODAY: self.tr("Last day today"),
            DueMark.STARTS: self.tr("Starts"),
            DueMark.TODAY: self.tr("Today"),
            DueMark.PLAIN: "",
        }[day.status]

    def _fill_side(self) -> None:
        clear_layout(self.side_rows)
        self.side_widgets = []
        language = current_language()
        year, month = self.month
        self.whole_month_button.setVisible(self.chosen is not None)
        if self.tax_calendar is None:
            self.side_heading.setText(
                self.tr("The tax calendar cannot be shown right now. Staff can help you.")
            )
            return
        if self.chosen is None:
            heading = self.tr("Taxes in %1").replace("%1", format_month(year, month, language))
            periods = sorted(self.tax_calendar.in_month(year, month), key=lambda p: (p.due, p.tax.id))
            empty = self.tr("No local tax is paid in this month.")
        else:
            heading = format_day(self.chosen.day, language)
            periods = list(self.chosen.periods)
            empty = self.tr("No tax is due on this day.")
        self.side_heading.setText(heading)
        self.side_widgets = [self._period_button(period, language) for period in periods]
        if not periods:
            self.side_widgets = [label(empty, "muted", "monthNothingDue")]
        for widget in self.side_widgets:
            self.side_rows.addWidget(widget)

    def _period_button(self, period: DuePeriod, language: str) -> WrapButton:
        dates = self.tr("Pay %1 – %2").replace("%1", format_short_day(period.start, language))
        dates = dates.replace("%2", format_short_day(period.due, language))
        button = WrapButton(f"{period.tax.name.get(language)}\n{dates}", objectName=f"month_{period.tax_id}")
        button.setProperty("role", "list-item")
        button.clicked.connect(lambda _=False, p=period: self.period_chosen.emit(p))
        return button

    def marked_days(self) -> list[DueDay]:
        return [d for d in self.days if d.periods]

    def side_texts(self) -> list[str]:
        """What the side column lists now (for tests and the voice)."""
        return [widget.text() for widget in self.side_widgets]
