"""Voice guidance (accessibility K16, K19): what the kiosk says, through the Speech service.

When switched on it says the screen title on entering a screen, the name of the control the resident
focuses or touches, and important messages (the idle warning), in the current language. Each new
utterance stops the previous one. Text fields are named, never read out: a password, a phone number or
a name typed by a resident is never spoken in a public lobby.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.gui import app_filters
from kiosk.gui.keypad import is_interactive
from kiosk.services.speech import Speech


class VoiceGuide(QObject):
    """Off by default; the header's Voice switch turns it on for one session."""

    def __init__(self, speech: Speech, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speech = speech
        self._language = language
        self.enabled = False
        self.last_text = ""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        app_filters.install(app, self)

    def set_enabled(self, on: bool, then_say: str = "") -> None:
        """Switch voice guidance; when switching on, confirm it and say `then_say` (the screen title)."""
        self.enabled = on
        if on:
            self.announce(" ".join(part for part in (self.tr("Voice guidance on."), then_say) if part))
        else:
            self.speech.stop()
            self.last_text = ""

    def announce(self, text: str, remember: bool = True) -> None:
        """Say `text` now, interrupting anything being said; `remember` keeps it for 다시 듣기 (replay)."""
        text = " ".join(text.split())
        if not self.enabled or not text:
            return
        if remember:
            self.last_text = text
        self.speech.say(text, self._language())

    def replay(self) -> None:
        """Say the last remembered utterance again (다시 듣기)."""
        if self.last_text:
            self.announce(self.last_text)

    def stop(self) -> None:
        """Stop speaking now (멈춤); voice guidance stays on for the next touch."""
        self.speech.stop()

    def _announce_control(self, widget: QWidget) -> None:
        # The voice options' own names are not remembered, so 다시 듣기 repeats what came before it.
        self.announce(self.describe(widget), remember=widget.property("voiceOption") is not True)

    def describe(self, widget: QWidget) -> str:
        """What to say for a control: its accessible name or visible text, never a typed secret."""
        name = widget.accessibleName().strip()
        if isinstance(widget, QLineEdit):
            label = name or widget.placeholderText().strip()
            if widget.echoMode() != QLineEdit.EchoMode.Normal:
                return " ".join(part for part in (label, self.tr("Password field")) if part)
            return " ".join(part for part in (label, self.tr("Text field")) if part)
        if name:
            return name
        if isinstance(widget, QAbstractButton):
            text = widget.text().replace("&", "")
            if widget.isCheckable():
                state = self.tr("On") if widget.isChecked() else self.tr("Off")
                return f"{text}, {state}"
            return text
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QAbstractItemView):
            index = widget.currentIndex()
            return str(index.data()) if index.isValid() else ""
        if isinstance(widget, QAbstractSlider):
            return str(widget.value())
        if isinstance(widget, QLabel):
            return widget.text()
        return ""

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and is_interactive(new):
            self._announce_control(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A touched control that takes no focus is announced on touch.
        if (
            self.enabled
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and is_interactive(watched)
            and not watched.hasFocus()
            and watched.focusPolicy() == watched.focusPolicy().NoFocus
        ):
            self._announce_control(watched)
        return False
