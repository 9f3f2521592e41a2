"""An unexpected error in a slot: a calm message, a log line without personal data, then home."""

from __future__ import annotations

import logging
import sys

from kiosk.gui.crash import install_gui_excepthook
from tests.helpers.kiosk_window import make_window


def test_unhandled_exception_shows_calm_message_logs_redacted_trace_and_goes_home(
    qtbot, database_url: str, caplog, monkeypatch
) -> None:
    window = make_window(database_url)
    qtbot.addWidget(window)
    window.show()
    window.navigator.go("help")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_gui_excepthook(window)
    with caplog.at_level(logging.CRITICAL, logger="kiosk.crash"):
        try:
            raise ValueError("phone 010-2222-3333 of 김서초 rejected")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    assert window.message_card.isVisible()
    assert "staff" in window.message_card.text.text() or "직원" in window.message_card.text.text()
    logged = caplog.text
    assert "ValueError" in logged and "3333" not in logged and "김서초" not in logged
    window.message_card.ok_button.click()
    assert window.navigator.current_route == "home"
    window.context.database.dispose()
