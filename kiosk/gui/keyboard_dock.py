"""Shows the window's one on-screen keyboard while a text field has focus, and hides it otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from kiosk.gui.widgets.keyboard import LAYOUTS, OnScreenKeyboard

# A screen chooses the keys of a field with this dynamic property: "ko" (default), "en" or "digits".
LAYOUT_PROPERTY = "keyboardLayout"


def layout_for(line_edit: QLineEdit) -> str:
    """The keyboard layout a field asks for through its `keyboardLayout` property ("ko" by default)."""
    wanted = line_edit.property(LAYOUT_PROPERTY)
    return wanted if wanted in LAYOUTS else "ko"


def _scroll_into_view(field: QLineEdit) -> None:
    """Once the screen has shrunk to make room, scroll the field into sight if it sits in a scroll area."""

    def scroll() -> None:
        parent = field.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(field)
                return
            parent = parent.parentWidget()

    QTimer.singleShot(0, field, scroll)


class KeyboardDock(QObject):
    """Watches the application's focus and docks `keyboard` (already in the window layout) below screens.

    The keyboard takes its own room in the layout, so the screen above shrinks instead of being covered.
    """

    def __init__(self, host: QWidget, keyboard: OnScreenKeyboard, app: QApplication) -> None:
        super().__init__(host)
        self._host = host
        self.keyboard = keyboard
        keyboard.hide()
        keyboard.done.connect(self._on_done)
        app.focusChanged.connect(self._on_focus_changed)

    def reset(self) -> None:
        """Idle wipe: the keyboard forgets everything typed and goes away."""
        self.keyboard.reset()
        self.keyboard.hide()

    def _wants_keyboard(self, widget: QWidget | None) -> bool:
        return (
            isinstance(widget, QLineEdit)
            and not widget.isReadOnly()
            and widget.isEnabled()
            and self._host.isAncestorOf(widget)
        )

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._wants_keyboard(new):
            assert isinstance(new, QLineEdit)
            self.keyboard.attach(new, layout_for(new))
            self.keyboard.show()
            _scroll_into_view(new)
        elif self.keyboard.isVisible():
            self.keyboard.detach()
            self.keyboard.hide()

    def _on_done(self) -> None:
        target = self.keyboard.target()
        self.keyboard.detach()
        self.keyboard.hide()
        if target is None:
            return
        # Done acts like Enter on a physical keyboard, so a screen can move on with returnPressed.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            )
        if target.hasFocus():
            target.clearFocus()
