"""Usage report for staff, as charts: menu use by day, bookings per field and week, attended / no-show /
cancelled, busiest hours and queue waiting at events; the same figures saved as a CSV for the district's
reports. Counts and times only: no names, phone numbers, booking codes or chats (kiosk/domain/reports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.booking import BookingStatus
from kiosk.domain.consultation import UnknownField
from kiosk.domain.errors import KioskError
from kiosk.domain.reports import OTHER_MENUS, ReportFigures
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.screens.staff_base import StaffScreen, ui_language
from kiosk.gui.widgets.desk_parts import button_row, message_label, role_button, show_message
from kiosk.gui.widgets.info_widgets import format_day, format_short_day, label
from kiosk.gui.widgets.report_chart import BarChart, ReportChart
from kiosk.gui.widgets.wrap_button import WrapButton

PERIODS = (7, 30, 91)
# Chart kinds in button order, each with its pictogram (resources/icons/).
CHARTS = {
    "menus": "chart-bar",
    "bookings": "calendar-week",
    "outcomes": "user-check",
    "hours": "clock",
    "queue": "hourglass-high",
}
# Body text larger than this (the large-text look's 66 px; normal is 44 px) rearranges the buttons.
LARGE_FONT_PX = 55
# Hours always shown on the busiest-hours chart (the office's day), widened when taps fall outside.
DAY_HOURS = range(8, 20)


def short_date(day: date) -> str:
    return f"{day.month}/{day.day}"


def day_labels(days: list[date]) -> list[str]:
    """Bar labels: every day in a week or a month; only Mondays over three months (a label per day would
    overlap). Unlabelled bars get distinct empty-looking labels, as Qt needs unique categories."""
    if len(days) <= 7:
        return [short_date(d) for d in days]
    if len(days) <= 31:
        return [str(d.day) for d in days]
    return [short_date(d) if d.weekday() == 0 else "\u200b" * (i + 1) for i, d in enumerate(days)]


class StaffReportsScreen(StaffScreen):
    """One chart at a time, chosen by the buttons above it; a sentence under it says the main figure."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.reports = context.staff.reports
        self.days = 30
        self.kind = "menus"
        self.figures: ReportFigures | None = None
        self.heading = label(role="subtitle", object_name="reportHeading")
        self.period_buttons: dict[int, WrapButton] = {}
        for days in PERIODS:
            button = role_button(f"reportDays{days}", checkable=True)
            button.clicked.connect(lambda _=False, d=days: self.show_days(d))
            self.period_buttons[days] = button
        self.chart_buttons: dict[str, WrapButton] = {}
        for kind, pictogram in CHARTS.items():
            button = role_button(f"reportChart_{kind}", checkable=True)
            button.set_pictogram(pictogram)
            button.clicked.connect(lambda _=False, k=kind: self.show_chart(k))
            self.chart_buttons[kind] = button
        self.chart = ReportChart("reportChart")
        self.chart.setMinimumHeight(280)
        self.summary = label(object_name="reportSummary")
        self.export_button = role_button("reportExport", "primary")
        self.export_button.set_pictogram("file-download")
        self.export_button.clicked.connect(self.export)
        self.message = message_label("reportMessage")
        export_row = QHBoxLayout()
        export_row.setSpacing(24)
        export_row.addWidget(self.summary, 1)
        export_row.addWidget(self.export_button)
        layout = QVBoxLayout(self.content)
        layout.setSpacing(RING_ROOM)
        # The heading beside the period buttons, the five charts in one row; in large text the heading
        # goes above and the charts take two rows (_arrange), so no button is squeezed or cut (K08).
        self.top_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top_row.setSpacing(RING_ROOM)
        self.top_row.addWidget(self.heading, 2)
        self.top_row.addLayout(button_row(*self.period_buttons.values()))
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(20)
        for button in self.chart_buttons.values():
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._arrange(large=False)
        layout.addLayout(self.top_row)
        layout.addLayout(self.chart_grid)
        layout.addWidget(self.chart, 1)
        layout.addLayout(export_row)
        layout.addWidget(self.message)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Usage report")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange(large=self.font().pixelSize() > LARGE_FONT_PX)

    def _arrange(self, large: bool) -> None:
        self.top_row.setDirection(
            QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        )
        columns = 3 if large else len(self.chart_buttons)
        for index, button in enumerate(self.chart_buttons.values()):
            self.chart_grid.removeWidget(button)
            self.chart_grid.addWidget(button, index // columns, index % columns)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        for days, button in self.period_buttons.items():
            button.setText(self.tr("%n days", "", days))
        names = {
            "menus": self.tr("Menus by day"),
            "bookings": self.tr("Bookings by week"),
            "outcomes": self.tr("Attendance"),
            "hours": self.tr("Busy hours"),
            "queue": self.tr("Queue waits"),
        }
        for kind, button in self.chart_buttons.items():
            button.setText(names[kind])
        self.export_button.setText(self.tr("Save as CSV for the district"))
        if self.session.active:
            self._show()

    # Reading and choosing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the chosen period's figures (one database session) and draw the chosen chart."""
        first, last = self.reports.period(self.days)
        self.figures = self.reports.figures(first, last)
        self._show()

    def show_days(self, days: int) -> None:
        self.days = days
        self.message.hide()
        self.refresh()

    def show_chart(self, kind: str) -> None:
        self.kind = kind
        self._show()

    def export(self) -> None:
        """Write the figures on screen to the export folder (mode 0600) and say where."""
        if self.figures is None:
            return
        try:
            path = self.reports.export_csv(self.figures)
        except OSError as err:
            show_message(
                self.message,
                self.tr("The figures could not be written to {folder}: {reason}").format(
                    folder=self.reports.export_dir, reason=err.strerror or type(err).__name__
                ),
                error=True,
            )
            return
        show_message(self.message, self.tr("The figures were saved as {path}").format(path=path))

    def reset(self) -> None:
        self.days = 30
        self.kind = "menus"
        self.figures = None
        self.message.hide()

    # Drawing ------------------------------------------------------------------------------------------
    def _show(self) -> None:
        for days, button in self.period_buttons.items():
            button.setChecked(days == self.days)
        for kind, button in self.chart_buttons.items():
            button.setChecked(kind == self.kind)
        figures = self.figures
        if figures is None:
            return
        language = ui_language()
        self.heading.setText(
            self.tr("Figures for %1 – %2")
            .replace("%1", format_short_day(figures.first, language))
            .replace("%2", format_short_day(figures.last, language))
        )
        draw: dict[str, Callable[[ReportFigures], tuple[BarChart, str]]] = {
            "menus": self._menus,
            "bookings": self._bookings,
            "outcomes": self._outcomes,
            "hours": self._hours,
            "queue": self._queue,
        }
        chart, summary = draw[self.kind](figures)
        self.chart.show_chart(chart)
        self.summary.setText(summary)

    def _menu_names(self) -> dict[str, str]:
        # What residents call each menu, not its route name (K26: no English words on Korean screens).
        return {
            "home": self.tr("First screen"),
            "help": self.tr("Staff call"),
            "consultations": self.tr("Book a tax consultation"),
            "booking_lookup": self.tr("Check or cancel a booking"),
            "lectures": self.tr("Tax lectures"),
            "schedule": self.tr("Local tax schedule"),
            "guide": self.tr("Tax guide and help"),
            "qr": self.tr("Metaverse QR codes"),
            "events": self.tr("Events and sessions"),
            "booklet": self.tr("Local tax booklet"),
            "queue": self.tr("Number ticket"),
            "chat": self.tr("Ask staff"),
            OTHER_MENUS: self.tr("Other menus"),
        }

    def _menus(self, figures: ReportFigures) -> tuple[BarChart, str]:
        names = self._menu_names()
        days = list(figures.menu_by_day)
        series = tuple(
            (names.get(menu, menu), tuple(float(figures.menu_by_day[d][menu]) for d in days))
            for menu in figures.menus
        )
        chart = BarChart(tuple(day_labels(days)), series, self.tr("Taps"), stacked=True)
        totals = {menu: sum(figures.menu_by_day[d][menu] for d in days) for menu in figures.menus}
        named = {m: n for m, n in totals.items() if m != OTHER_MENUS}
        if not named:
            return chart, self.tr("No menu was opened in this period.")
        top = max(named, key=lambda m: named[m])
        summary = self.tr("Most used: %1 (%2 taps). All menus: %3 taps.")
        summary = summary.replace("%1", names.get(top, top)).replace("%2", str(named[top]))
        return chart, summary.replace("%3", str(sum(totals.values())))

    def _field_name(self, field_id: str) -> str:
        try:
            return self.context.booking.catalogue.field(field_id).name(ui_language())
        except UnknownField:
            return field_id  # a field since removed from consultation.toml keeps its code

    def _bookings(self, figures: ReportFigures) -> tuple[BarChart, str]:
        weeks = list(figures.bookings_by_week)
        series = tuple(
            (self._field_name(f), tuple(float(figures.bookings_by_week[w][f]) for w in weeks))
            for f in figures.fields
        )
        labels = tuple(self.tr("Week of %1").replace("%1", short_date(w)) for w in weeks)
        chart = BarChart(labels, series, self.tr("Bookings"))
        total = sum(sum(fields.values()) for fields in figures.bookings_by_week.values())
        if not total:
            return chart, self.tr("No consultation was booked for this period.")
        summary = self.tr("%1 bookings (cancelled ones not counted), by consultation week.")
        return chart, summary.replace("%1", str(total))

    def _outcomes(self, figures: ReportFigures) -> tuple[BarChart, str]:
        names = {
            BookingStatus.ATTENDED: self.tr("Attended"),
            BookingStatus.NO_SHOW: self.tr("No-show"),
            BookingStatus.CANCELLED: self.tr("Cancelled"),
            BookingStatus.ACTIVE: self.tr("Not yet marked"),
        }
        counts = figures.outcomes
        chart = BarChart(
            tuple(names[s] for s in counts),
            ((self.tr("Bookings"), tuple(float(n) for n in counts.values())),),
            self.tr("Bookings"),
        )
        summary = ", ".join(f"{names[s]} {n}" for s, n in counts.items())
        return chart, summary

    def _hours(self, figures: ReportFigures) -> tuple[BarChart, str]:
        used = [h for h, n in figures.taps_by_hour.items() if n]
        hours = range(min([DAY_HOURS.start, *used]), max([DAY_HOURS.stop - 1, *used]) + 1)
        chart = BarChart(
            tuple(f"{h}" for h in hours),
            ((self.tr("Taps"), tuple(float(figures.taps_by_hour[h]) for h in hours)),),
            self.tr("Taps"),
            category_title=self.tr("Hour of the day"),
        )
        if not used:
            return chart, self.tr("No menu was opened in this period.")
        busiest = max(used, key=lambda h: (figures.taps_by_hour[h], -h))
        summary = self.tr("Busiest hour: %1:00 to %2:00 (%3 taps).").replace("%1", str(busiest))
        summary = summary.replace("%2", str(busiest + 1))
        return chart, summary.replace("%3", str(figures.taps_by_hour[busiest]))

    def _event_name(self, event_id: str) -> str:
        try:
            return self.context.staff.queue.content.event(event_id).name(ui_language())
        except KioskError:
            return event_id

    def _queue(self, figures: ReportFigures) -> tuple[BarChart, str]:
        waits = figures.queue_waits
        chart = BarChart(
            tuple(short_date(w.day) for w in waits),
            (
                (self.tr("Median wait"), tuple(w.median_minutes for w in waits)),
                (self.tr("Longest wait"), tuple(w.longest_minutes for w in waits)),
            ),
            self.tr("Minutes"),
        )
        if not waits:
            return chart, self.tr("No queue numbers were handed out in this period.")
        longest = max(waits, key=lambda w: w.longest_minutes)
        summary = self.tr("Longest wait: %1 minutes at %2 on %3. Numbers handed out: %4.")
        summary = summary.replace("%1", f"{longest.longest_minutes:g}")
        summary = summary.replace("%2", self._event_name(longest.event_id))
        summary = summary.replace("%3", format_day(longest.day, ui_language()))
        return chart, summary.replace("%4", str(sum(w.tickets for w in waits)))

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def chart(kind: str) -> Callable[[], None]:
            def show() -> None:
                self._sign_in_for_screenshot()
                self.show_chart(kind)

            return show

        return [*super().screenshot_states(), *((f"chart-{kind}", chart(kind)) for kind in CHARTS)]
