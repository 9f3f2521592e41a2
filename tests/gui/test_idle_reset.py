"""Idle reset: warn with a countdown, allow more time again and again, then wipe everything."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.clock import ManualClock
from kiosk.gui.screen import Screen
from kiosk.gui.screens import registry
from tests.helpers.kiosk_window import TEST_START, make_window

NAME = "홍길동"
PHONE = "010-9876-5432"


class FormScreen(Screen):
    """A stand-in form with the fields residents fill in (name, phone) and a summary label."""

    def __init__(self, context: object) -> None:
        super().__init__()
        self.name = QLineEdit(objectName="nameField")
        self.phone = QLineEdit(objectName="phoneField")
        self.summary = QLabel(objectName="summary")
        layout = QVBoxLayout(self)
        for widget in (self.name, self.phone, self.summary):
            layout.addWidget(widget)

    def title(self) -> str:
        return "form"

    def reset(self) -> None:
        self.summary.clear()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TEST_START)


@pytest.fixture
def window(qtbot, database_url: str, clock: ManualClock, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(registry.SCREENS, "form", ("tests.gui.test_idle_reset", "FormScreen"))
    win = make_window(database_url, clock=clock)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.context.database.dispose()


def _fill_form(qtbot, window) -> Screen:
    window.navigator.go("form")
    form = window.navigator.current_screen
    qtbot.keyClicks(form.name, "x")
    form.name.setText(NAME)  # Hangul via the on-screen keyboard; here set directly
    qtbot.keyClicks(form.phone, PHONE)
    form.summary.setText(f"{NAME} {PHONE}")
    QGuiApplication.clipboard().setText(PHONE)
    return form


def _all_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        for getter in ("text", "toPlainText", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value):
                texts.append(str(value()))
    return texts


def test_warning_appears_after_the_idle_time_with_a_countdown(qtbot, window, clock) -> None:
    _fill_form(qtbot, window)
    window.idle.activity()
    clock.advance(timedelta(seconds=119))
    window.idle.check()
    assert not window.idle_warning.isVisible()
    clock.advance(timedelta(seconds=1))
    window.idle.check()
    assert window.idle_warning.isVisible()
    assert "30" in window.idle_warning.countdown.text()
    clock.advance(timedelta(seconds=10))
    window.idle.check()
    assert "20" in window.idle_warning.countdown.text()


def test_more_time_can_be_pressed_again_and_again(qtbot, window, clock) -> None:
    form = _fill_form(qtbot, window)
    for _ in range(12):
        clock.advance(timedelta(seconds=140))
        window.idle.check()
        assert window.idle_warning.isVisible()
        qtbot.mouseClick(window.idle_warning.more_time_button, Qt.MouseButton.LeftButton)
        assert not window.idle_warning.isVisible()
    assert window.navigator.current_route == "form"
    assert form.name.text() == NAME
    assert window.idle.extensions == 12


def test_expiry_wipes_every_input_hidden_pages_and_clipboard_and_returns_home_in_korean(
    qtbot, window, clock
) -> None:
    _fill_form(qtbot, window)
    window.set_language("en")
    window.set_large_text(True)
    window.set_high_contrast(True)
    window.navigator.go("help")  # the form is now a hidden page of the stack
    clock.advance(timedelta(seconds=151))
    window.idle.check()
    assert window.navigator.current_route == "home"
    leftovers = [t for t in _all_texts(window) if NAME in t or PHONE in t or "9876" in t]
    assert leftovers == []
    assert QGuiApplication.clipboard().text() == ""
    assert window.translations.language == "ko"
    assert window.header.home_button.text() == "처음으로"
    assert not window.look.large_text and window.look.theme == "default"
    assert not window.idle_warning.isVisible()


def test_a_busy_screen_is_never_interrupted(qtbot, window, clock, monkeypatch) -> None:
    form = _fill_form(qtbot, window)
    monkeypatch.setattr(form, "is_busy", lambda: True)
    clock.advance(timedelta(seconds=600))
    window.idle.check()
    assert window.navigator.current_route == "form"
    monkeypatch.setattr(form, "is_busy", lambda: False)
    clock.advance(timedelta(seconds=119))
    window.idle.check()
    assert not window.idle_warning.isVisible()


def test_a_closed_window_takes_its_idle_watchers_with_it(sqlite_url: str) -> None:
    # Each watcher filters every event of the application; one left behind by a closed window (the
    # staff console, a test) would keep running for nothing and slow every touch after it.
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window = make_window(sqlite_url)
    watchers = [window.idle, window.staff_mode.idle]
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(watcher) for watcher in watchers)


def test_a_failing_screen_reset_stops_none_of_the_other_steps(
    qtbot, window, clock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    form = _fill_form(qtbot, window)
    window.set_language("en")

    def broken() -> None:
        raise RuntimeError(f"cannot forget {NAME} {PHONE}")

    monkeypatch.setattr(form, "reset", broken)
    window.navigator.go("help")
    with caplog.at_level("ERROR"):
        window.reset_session()
    assert form.name.text() == "" and form.phone.text() == ""
    assert QGuiApplication.clipboard().text() == ""
    assert window.translations.language == "ko"
    assert window.navigator.current_route == "home"
    # Logged by step and error type; never the error's text, which may quote the resident.
    assert any("screen form" in r.getMessage() and "RuntimeError" in r.getMessage() for r in caplog.records)
    assert not any(NAME in r.getMessage() or PHONE in r.getMessage() for r in caplog.records)


def test_the_panel_shows_the_clean_kiosk_before_the_database_is_touched(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QEvent, QObject

    form = _fill_form(qtbot, window)
    paints: list[int] = []

    class PaintCounter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = PaintCounter(window)
    window.installEventFilter(counter)
    seen: list[tuple[str, str, int]] = []
    # A remote clean-up that would wait on a server cut off by the network.
    monkeypatch.setattr(
        form,
        "clean_up_remote",
        lambda: seen.append((window.navigator.current_route, form.name.text(), len(paints))),
    )
    window.reset_session()
    window.removeEventFilter(counter)
    [(route, name, painted)] = seen
    assert (route, name) == ("home", "")
    assert painted > 0
