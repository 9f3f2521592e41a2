"""A short click for every activation (accessibility K23), besides the control's visible pressed state.

Watches the whole application, so every button, list and field on every screen clicks without screen
code: a touch (mouse press) on an enabled control, or the keypad's Enter (and Space on a button) while
a control has the focus. Item views receive touches on their viewport, which counts as the view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget

from kiosk.gui import app_filters
from kiosk.gui.keypad import ACTIVATE_KEYS, is_interactive
from kiosk.services.sound import FeedbackSounds


class ClickFeedback(QObject):
    """Installed once per window, after the keypad, so it hears Enter before the keypad takes it."""

    def __init__(self, sounds: FeedbackSounds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sounds = sounds
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app_filters.install(app, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            control = _control_for(watched)
            if control is not None and control.isEnabled():
                self.sounds.click()
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget) and watched.hasFocus():
            assert isinstance(event, QKeyEvent)
            activates = event.key() in ACTIVATE_KEYS or (
                event.key() == Qt.Key.Key_Space and isinstance(watched, QAbstractButton)
            )
            if activates and not event.isAutoRepeat() and is_interactive(watched) and watched.isEnabled():
                self.sounds.click()
        return False


def _control_for(widget: QWidget) -> QWidget | None:
    """The control a press on `widget` operates: itself, or the item view whose viewport it is."""
    if is_interactive(widget):
        return widget
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractItemView) and parent.viewport() is widget and is_interactive(parent):
        return parent
    return None
