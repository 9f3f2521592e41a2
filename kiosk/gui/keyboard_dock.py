"""Shows the window's one on-screen keyboard while a text field has focus, and hides it otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QLineEdit, QWidget

from kiosk.gui.scroll_into_view import show_whole
from kiosk.gui.widgets.keyboard import LAYOUTS, OnScreenKeyboard

# A screen chooses the keys of a field with this dynamic property: "ko" (default), "en" or "digits".
LAYOUT_PROPERTY = "keyboardLayout"
# A search field sets this dynamic property to True so its textChanged follows every key (no preedit).
LIVE_TEXT_PROPERTY = "keyboardLiveText"
# Building the keyboard's 76 keys takes about 70 ms: after the first paint, not before it.
BUILD_AFTER_MS = 1000


def layout_for(line_edit: QLineEdit) -> str:
    """The keyboard layout a field asks for through its `keyboardLayout` property ("ko" by default)."""
    wanted = line_edit.property(LAYOUT_PROPERTY)
    return wanted if wanted in LAYOUTS else "ko"


def _scroll_into_view(field: QLineEdit) -> None:
    """Once the screen has shrunk to make room, show the field whole in every scroll area that holds it:
    a form's own and the page around it (a desk form inside a paged screen in large text left the field
    on the page's lower edge, its focus ring on the keyboard, K15)."""
    QTimer.singleShot(0, field, lambda: show_whole(field))


class KeyboardDock(QObject):
    """Watches the application's focus and shows the keyboard, placed at the end of `layout`, for fields.

    The keyboard takes its own room in the layout, so the screen above shrinks instead of being covered.
    It is built a moment after start (or at the first field, if sooner) so start-up does not wait for it.
    """

    def __init__(
        self,
        host: QWidget,
        layout: QBoxLayout,
        app: QApplication,
        panel_width: int,
        build_after_ms: int = BUILD_AFTER_MS,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._panel_width = panel_width
        self._layout = layout
        self._keyboard: OnScreenKeyboard | None = None
        app.focusChanged.connect(self._on_focus_changed)
        QTimer.singleShot(build_after_ms, self, self._build)

    @property
    def keyboard(self) -> OnScreenKeyboard:
        """The window's keyboard (built now if it was not yet)."""
        return self._build()

    def reset(self) -> None:
        """Idle wipe: the keyboard forgets everything typed and goes away."""
        if self._keyboard is not None:
            self._keyboard.reset()
            self._keyboard.hide()

    def _build(self) -> OnScreenKeyboard:
        if self._keyboard is None:
            keyboard = OnScreenKeyboard(width=self._panel_width)
            keyboard.hide()
            keyboard.done.connect(self._on_done)
            self._layout.addWidget(keyboard)
            self._keyboard = keyboard
        return self._keyboard

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
            self.keyboard.attach(new, layout_for(new), live=bool(new.property(LIVE_TEXT_PROPERTY)))
            self.keyboard.show()
            _scroll_into_view(new)
        elif self._keyboard is not None and self._keyboard.isVisible():
            self._keyboard.detach()
            self._keyboard.hide()

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
