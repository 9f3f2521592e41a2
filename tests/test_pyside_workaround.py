"""PySide6 6.12.0 on Python 3.11 must not exhaust the references of None, True and False."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.pyside_workaround import SPARE_REFERENCES


class _Emitter(QObject):
    ping = Signal()


def test_many_void_calls_and_emits_do_not_abort_python(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(lambda: received.append(1))
    # Without the workaround about 5,000 of either call abort the process on Python 3.11.
    for _ in range(20_000):
        button.setText("x")
        emitter.ping.emit()
    assert len(received) == 20_000
    if sys.version_info < (3, 12):
        assert min(sys.getrefcount(x) for x in (None, True, False)) > SPARE_REFERENCES // 2
