"""An unexpected error in the GUI: log it without personal data, show a calm message, go home."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.redact import redacted_traceback

log = logging.getLogger("kiosk.crash")

# The calm message returns home by itself if nobody taps OK.
AUTO_HOME_MS = 15_000


def install_gui_excepthook(window: object) -> None:
    """Route exceptions raised in Qt slots to the log and the calm message screen."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception in the GUI\n%s", redacted_traceback(exc_type, exc, tb))
        try:
            window.show_message(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "CrashMessage", "Sorry, something went wrong. Please ask a staff member for help."
                )
            )
            QTimer.singleShot(AUTO_HOME_MS, window.reset_session)  # type: ignore[attr-defined]
        except Exception:  # the message itself failed: leave it to the supervisor
            log.exception("could not show the error message")

    sys.excepthook = hook
