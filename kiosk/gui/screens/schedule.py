"""Local tax schedule: a month calendar first, each due day marked and the month's taxes beside it
(schedule_month.py); one tap away the list (due now, next, "due in N days", the exact last day, then the
year); tap a tax for who pays, how to pay (with a QR to the payment site) and what to do when late."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app_context import AppContext
from kiosk.domain.clock import today
from kiosk.domain.content_file import ContentError
from kiosk.domain.legal_citation import citation_in
from kiosk.domain.tax_calendar import DuePeriod, TaxCalendar, TaxEntry
from kiosk.gui.info_slips import InfoSlips
from kiosk.gui.screen import Screen
from kiosk.gui.screens.schedule_month import ScheduleMonthPage
from kiosk.gui.widgets.info_widgets import (
    card,
    clear_layout,
    current_language,
    format_day,
    format_month,
    format_short_day,
    label,
    list_button,
    qr_pixmap,
    scroll_page,
)
from kiosk.gui.widgets.slip_panel import SlipOverlay
from kiosk.gui.widgets.wrap_button import WrapButton

log = logging.getLogger(__name__)

QR_SIZE_PX = 320


class ScheduleScreen(Screen):
    """Three pages: the month calendar, the list (this month, next, the year) and one tax's detail."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.year_shown = today(context.clock).year
        self.selected: DuePeriod | TaxEntry | None = None
        # The page a tax's detail goes back to: the month calendar or the list.
        self.detail_from: QWidget | None = None

        self.pages = QStackedWidget(objectName="schedulePages")
        self.month_page = ScheduleMonthPage()
        self.month_page.period_chosen.connect(self.show_detail)
        self.month_page.list_requested.connect(self.show_overview)
        self.overview, self.overview_layout = scroll_page("scheduleOverview")
        self.detail, self.detail_layout = scroll_page("scheduleDetail")
        self.pages.addWidget(self.month_page)
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.slips = InfoSlips(self)
        self.slip_overlay = SlipOverlay(self, context.printing)
        self.month_page.retranslate()
        self._show_this_month()
        self._build_overview()

    # Screen contract

    def title(self) -> str:
        return self.tr("Local tax schedule")

    def entered(self) -> None:
        # The month stays as the resident left it; the marks follow today's date and the content.
        self.month_page.show_calendar(self._calendar(), self._today(), self.month_page.month)
        self._refresh()

    def reset(self) -> None:
        self.year_shown = today(self.context.clock).year
        self.selected = None
        self.detail_from = None
        self.slip_overlay.dismiss()
        self.pages.setCurrentWidget(self.month_page)
        self._show_this_month()
        self._build_overview()

    def retranslateUi(self) -> None:
        self.slip_overlay.panel.retranslateUi()
        self.month_page.retranslate()
        self._refresh()

    def go_back(self) -> bool:
        if self.pages.currentWidget() is self.detail:
            if self.detail_from is self.month_page:
                self.show_month()
            else:
                self.show_overview()
            return True
        if self.pages.currentWidget() is self.overview:
            self.show_month()
            return True
        return False

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def first_due_detail() -> None:
            calendar = self._calendar()
            if calendar is not None:
                upcoming = calendar.due_now(self._today()) or calendar.next_due(self._today())
                self.show_detail(upcoming[0] if upcoming else calendar.periods(self.year_shown)[0])

        def next_year() -> None:
            self.slip_overlay.dismiss()  # the resident closes the printed slip first
            self.show_overview()
            self.change_year(+1)

        def payment_part() -> None:
            first_due_detail()
            # After the new detail is laid out (the next turn of the event loop), scroll to the QR code.
            QTimer.singleShot(
                0, lambda: self.detail.ensureWidgetVisible(self.findChild(QWidget, "qrCode"), 50, 400)
            )

        def printed() -> None:
            first_due_detail()
            if self.selected is not None:
                self.print_detail(self.selected)

        def extended() -> None:
            # An extended deadline of this year or last (the file's January 2026 case).
            self.slip_overlay.dismiss()
            calendar = self._calendar()
            year = self._today().year
            periods = [] if calendar is None else calendar.periods(year) + calendar.periods(year - 1)
            chosen = next((p for p in periods if p.extended), None)
            if chosen is not None:
                self.show_detail(chosen)

        def unknown_rate() -> None:
            # Next year's prepayment: no rate is published yet, and the detail says so.
            self.slip_overlay.dismiss()
            calendar = self._calendar()
            if calendar is not None:
                self.show_detail(calendar.period("car_tax_prepayment_january", self._today().year + 1))
                QTimer.singleShot(
                    0,
                    lambda: self.detail.ensureWidgetVisible(
                        self.findChild(QWidget, "detailDiscount"), 50, 200
                    ),
                )

        def due_day() -> None:
            self.show_month()
            marked = self.month_page.marked_days()
            if not marked:
                self.month_page.change_month(+1)  # a month without a due day: the next one has
                marked = self.month_page.marked_days()
            if marked:
                self.month_page.choose_day(marked[0])

        return [
            ("due-day", due_day),
            ("list", self.show_overview),
            ("detail", first_due_detail),
            ("detail-payment", payment_part),
            ("detail-printed", printed),
            ("detail-extended", extended),
            ("detail-unknown-rate", unknown_rate),
            ("next-year", next_year),
        ]

    # Navigation inside the screen

    def show_month(self) -> None:
        """The month calendar, as the screen opens."""
        self.selected = None
        self.pages.setCurrentWidget(self.month_page)
        self.header_changed.emit()

    def show_overview(self) -> None:
        """The list: due now, next, the year (one tap from the calendar)."""
        self.selected = None
        self._build_overview()
        self.pages.setCurrentWidget(self.overview)
        self.overview.verticalScrollBar().setValue(0)
        self.header_changed.emit()

    def show_detail(self, item: DuePeriod | TaxEntry) -> None:
        if self.pages.currentWidget() is not self.detail:
            self.detail_from = self.pages.currentWidget()
        self.selected = item
        self._build_detail(item)
        self.pages.setCurrentWidget(self.detail)
        self.detail.verticalScrollBar().setValue(0)
        self.header_changed.emit()

    def print_detail(self, item: DuePeriod | TaxEntry) -> None:
        """Print the tax's slip (dates, how to pay, the payment QR); shown on screen when nothing prints."""
        slip = self.slips.tax_slip(
            item, current_language(), self.context.config.station.payment_url, self.context.clock.now()
        )
        self.slip_overlay.print_slip(slip)

    def change_year(self, step: int) -> None:
        self.year_shown += step
        self._build_overview()

    # Building the pages

    def _today(self) -> date:
        return today(self.context.clock)

    def _show_this_month(self) -> None:
        day = self._today()
        self.month_page.show_calendar(self._calendar(), day, (day.year, day.month))

    def _calendar(self) -> TaxCalendar | None:
        try:
            return self.context.tax_information.calendar()
        except ContentError as err:
            log.error("tax calendar unavailable: %s", err)
            return None

    def _refresh(self) -> None:
        if isinstance(self.selected, DuePeriod | TaxEntry) and self.pages.currentWidget() is self.detail:
            calendar = self._calendar()
            if isinstance(self.selected, DuePeriod) and calendar is not None:
                # Staff may have extended (or withdrawn) this deadline since it was chosen.
                self.selected = calendar.period(self.selected.tax_id, self.selected.year)
            self._build_detail(self.selected)
        else:
            self._build_overview()

    def _build_overview(self) -> None:
        layout = self.overview_layout
        clear_layout(layout)
        calendar = self._calendar()
        if calendar is None:
            layout.addWidget(
                label(self.tr("The tax calendar cannot be shown right now. Staff can help you."), "error")
            )
            layout.addStretch(1)
            return
        language = current_language()
        day = self._today()
        month_button = WrapButton(self.tr("Show the month calendar"), objectName="scheduleMonthButton")
        month_button.set_pictogram("calendar-month")
        month_button.clicked.connect(self.show_month)
        layout.addWidget(month_button)
        layout.addWidget(
            label(
                self.tr("This month: %1").replace("%1", format_month(day.year, day.month, language)),
                "title",
                "monthHeading",
            )
        )
        layout.addWidget(label(self.tr("Due now"), "subtitle"))
        due_now = calendar.due_now(day)
        if not due_now:
            layout.addWidget(label(self.tr("Nothing is due today."), "muted", "nothingDueLabel"))
        for period in due_now:
            layout.addWidget(self._period_button(period, "dueNow", self._due_phrase(period)))
        layout.addWidget(label(self.tr("Next"), "subtitle"))
        for period in calendar.next_due(day):
            starts = self.tr("Starts on %1").replace("%1", format_day(period.start, language))
            starts += "  " + self.tr("(in %n days)", "", (period.start - day).days)
            layout.addWidget(self._period_button(period, "next", starts))

        layout.addSpacing(24)
        layout.addLayout(self._year_bar())
        for period in calendar.periods(self.year_shown):
            dates = f"{format_short_day(period.start, language)} – {format_short_day(period.due, language)}"
            if period.extended:
                dates += "   (" + self.tr("extended") + ")"
            ended = "   (" + self.tr("ended") + ")" if period.due < day else ""
            button = list_button(f"{period.tax.name.get(language)}\n{dates}{ended}", f"year_{period.tax_id}")
            button.clicked.connect(lambda _=False, p=period: self.show_detail(p))
            layout.addWidget(button)
        for rule in calendar.rules():
            no_date = self.tr("No fixed date")
            button = list_button(f"{rule.name.get(language)}\n{no_date}", f"rule_{rule.id}")
            button.clicked.connect(lambda _=False, r=rule: self.show_detail(r))
            layout.addWidget(button)
        layout.addStretch(1)

    def _year_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        previous = QPushButton(self.tr("◀ Previous year"), objectName="previousYearButton")
        following = QPushButton(self.tr("Next year ▶"), objectName="nextYearButton")
        previous.clicked.connect(lambda: self.change_year(-1))
        following.clicked.connect(lambda: self.change_year(+1))
        heading = label(
            self.tr("Year overview %1").replace("%1", str(self.year_shown)), "subtitle", "yearHeading"
        )
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(previous)
        bar.addWidget(heading, 1)
        bar.addWidget(following)
        return bar

    def _period_button(self, period: DuePeriod, prefix: str, status: str) -> QPushButton:
        language = current_language()
        last_day = self.tr("Last day: %1").replace("%1", format_day(period.due, language))
        if period.extended:
            last_day += "   (" + self.tr("extended") + ")"
        # One fact per line: list buttons do not wrap, and large text must not clip them.
        button = list_button(
            f"{period.tax.name.get(language)}\n{status}\n{last_day}", f"{prefix}_{period.tax_id}"
        )
        button.clicked.connect(lambda _=False, p=period: self.show_detail(p))
        return button

    def _due_phrase(self, period: DuePeriod) -> str:
        days = period.days_left(self._today())
        if days == 0:
            return self.tr("Today is the last day")
        if days == 1:
            return self.tr("Due tomorrow")
        return self.tr("Due in %n days", "", days)

    def _build_detail(self, item: DuePeriod | TaxEntry) -> None:
        layout = self.detail_layout
        clear_layout(layout)
        language = current_language()
        tax = item.tax if isinstance(item, DuePeriod) else item
        layout.addWidget(label(tax.name.get(language), "title", "detailName"))
        if isinstance(item, DuePeriod):
            layout.addWidget(self._dates_card(item, language))
        elif tax.rule is not None:
            layout.addWidget(label(tax.rule.get(language), "notice", "detailRule"))

        layout.addWidget(self._section(self.tr("Who pays"), tax.who.get(language)))
        layout.addWidget(self._section(self.tr("What it is for"), tax.what_for.get(language)))
        if tax.has_discount and isinstance(item, DuePeriod):
            discount = self._discount_text(item.year)
            layout.addWidget(self._section(self.tr("Prepayment discount"), discount, "detailDiscount"))
        layout.addWidget(self._payment_card(tax, language))
        layout.addWidget(self._section(self.tr("If you are late"), tax.late.get(language)))
        basis = self.tr("Legal basis: %1").replace("%1", citation_in(tax.legal_basis, language))
        if not tax.verified:
            basis += "\n" + self.tr("(Not yet checked against the law text; your bill is authoritative.)")
        layout.addWidget(label(basis, "muted", "detailLegalBasis"))

        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        back = WrapButton(self.tr("Back to the schedule"), objectName="backToScheduleButton")
        back.setProperty("role", "primary")
        back.set_pictogram("arrow-left")
        back.clicked.connect(lambda: self.go_back())
        print_button = WrapButton(self.tr("Print this"), objectName="schedulePrintButton")
        print_button.set_pictogram("printer")
        print_button.clicked.connect(lambda _=False: self.print_detail(item))
        buttons.addWidget(back)
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _dates_card(self, period: DuePeriod, language: str) -> QWidget:
        day = self._today()
        period_text = self.tr("Payment period: %1 to %2").replace("%1", format_day(period.start, language))
        period_text = period_text.replace("%2", format_day(period.statutory_due, language))
        last_day = label(
            self.tr("Last day: %1").replace("%1", format_day(period.due, language)),
            "subtitle",
            "detailLastDay",
        )
        widgets: list[QWidget] = [label(period_text, None, "detailPeriod"), last_day]
        if period.extension is not None:
            extended = self.tr("Extended: by the rule the last day was %1. Reason: %2")
            extended = extended.replace("%1", format_day(period.rule_due, language))
            extended = extended.replace("%2", period.extension.reason.get(language))
            widgets.append(label(extended, "notice", "detailExtended"))
        elif period.moved:
            moved = self.tr(
                "The period ends on a non-working day (%1), so the last day moves to the next working day."
            )
            reason = period.move_reason(language) or ""
            widgets.append(label(moved.replace("%1", reason), "muted", "detailMoved"))
        if period.is_open(day):
            widgets.append(label(self._due_phrase(period), "notice", "detailDueIn"))
        elif period.start > day:
            widgets.append(
                label(self.tr("Starts in %n days", "", (period.start - day).days), "notice", "detailDueIn")
            )
        else:
            widgets.append(label(self.tr("This period has ended."), "notice", "detailDueIn"))
        return card(*widgets)

    def _discount_text(self, year: int) -> str:
        rate = self.context.tax_information.calendar().discount_for(year)
        if rate is None:
            return self.tr(
                "The discount for %1 has not been announced yet, so the kiosk cannot show it. "
                "Check Seoul ETAX or Wetax."
            ).replace("%1", str(year))
        text = self.tr("%1 %: on the months paid in advance (%2).").replace("%1", f"{rate.rate_percent:g}")
        text = text.replace("%2", citation_in(rate.legal_basis, current_language()))
        if not rate.verified:
            text += " " + self.tr("Check the exact rate on your bill or on Seoul ETAX.")
        return text

    def _payment_card(self, tax: TaxEntry, language: str) -> QWidget:
        lines = [f"• {channel.name.get(language)}: {channel.how.get(language)}" for channel in tax.pay_by]
        channels = label("\n".join(lines), None, "detailPayment")
        url = self.context.config.station.payment_url
        qr = QLabel(objectName="qrCode")
        qr.setPixmap(qr_pixmap(url, QR_SIZE_PX))
        qr.setFixedSize(QR_SIZE_PX + 24, QR_SIZE_PX + 24)
        caption = label(
            self.tr("Scan with your phone to pay online:\n%1").replace("%1", url), "muted", "qrCaption"
        )
        row = QHBoxLayout()
        row.addWidget(channels, 1)
        side = QVBoxLayout()
        side.addWidget(qr, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(caption)
        side.addStretch(1)
        row.addLayout(side)
        frame = card(label(self.tr("How to pay"), "subtitle"))
        frame.layout().addLayout(row)  # type: ignore[union-attr]
        return frame

    def _section(self, heading: str, body: str, body_name: str | None = None) -> QWidget:
        return card(label(heading, "subtitle"), label(body, None, body_name))
