"""Usage report for staff: how often residents opened each menu in the last days (anonymous counts)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.clock import today
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.screens.staff_base import StaffScreen

PERIODS = (1, 7, 30)


class StaffReportsScreen(StaffScreen):
    """Counts only: no names, no phone numbers, no sessions (export with `kiosk usage export --csv`)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.days = 7
        self.heading = QLabel(objectName="reportHeading", wordWrap=True)
        self.heading.setProperty("role", "subtitle")
        self.period_buttons: dict[int, QPushButton] = {}
        periods = QHBoxLayout()
        periods.setSpacing(16)  # >= 2.5 mm between the buttons (K02)
        for days in PERIODS:
            button = QPushButton(objectName=f"reportDays{days}", checkable=True)
            button.clicked.connect(lambda _=False, d=days: self.show_days(d))
            periods.addWidget(button)
            self.period_buttons[days] = button
        self.rows = QListWidget(objectName="reportRows")
        self.rows.setSpacing(10)  # rows >= 2.5 mm apart (K02)
        self.export_hint = QLabel(objectName="reportExportHint", wordWrap=True)
        self.export_hint.setProperty("role", "muted")
        layout = QVBoxLayout(self.content)
        layout.setSpacing(RING_ROOM)
        layout.addWidget(self.heading)
        layout.addLayout(periods)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.export_hint)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Usage report")

    def retranslateUi(self) -> None:
        super().retranslateUi()
        for days, button in self.period_buttons.items():
            button.setText(self.tr("Today") if days == 1 else self.tr("Last %n day(s)", "", days))
        self.export_hint.setText(
            self.tr(
                "For the office's reports the administrator can export these counts as a spreadsheet file "
                "(hour, menu, taps; no personal data)."
            )
        )
        if self.session.active:
            self.refresh()

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
        }

    def show_days(self, days: int) -> None:
        self.days = days
        self.refresh()

    def refresh(self) -> None:
        """Sum the hourly counts of the chosen period per menu, most used first."""
        last = today(self.context.clock)
        first = last - timedelta(days=self.days - 1)
        totals: Counter[str] = Counter()
        for count in self.context.staff.usage.counts(first, last):
            totals[count.route] += count.taps
        for days, button in self.period_buttons.items():
            button.setChecked(days == self.days)
        self.heading.setText(
            self.tr("Menus opened from %1 to %2")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
        )
        self.rows.clear()
        names = self._menu_names()
        for route, taps in totals.most_common():
            self.rows.addItem(f"{names.get(route, route)}   {taps}")
        if not totals:
            self.rows.addItem(self.tr("No menu was opened in this period."))
