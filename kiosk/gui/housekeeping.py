"""Privacy housekeeping while the kiosk runs: the retention job at start and daily, abandoned chats."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk.app_context import AppContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly; the job itself runs once a day


class Housekeeping(QObject):
    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)
        self.run()
        self.timer.start()

    def run(self) -> None:
        """Run what is due; a failure is logged as an error and retried at the next check."""
        staff = self.context.staff
        try:
            staff.retention.run_if_due()
            staff.chat.delete_stale()
        except Exception:
            # Never stop the kiosk for housekeeping, but leave a loud trace: erasure is a legal duty.
            log.error("privacy housekeeping failed; retrying within the hour", exc_info=True)
