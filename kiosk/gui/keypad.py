"""The physical keypad (accessibility K15): arrows move the focus in reading order, Enter activates,
Escape or Backspace goes back, on every screen.

One application-wide event filter, so a screen needs no code of its own: every visible interactive
control of the header, the current screen or the overlay on top is reachable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from kiosk.gui import app_filters
from kiosk.gui.scroll_into_view import show_whole

# What a resident can operate (the widget classes the accessibility criteria call "interactive").
INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractSlider,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Tab)
PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Backtab)
ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
BACK_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Backspace, Qt.Key.Key_Back)
TEXT_EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit)


def is_interactive(widget: QWidget) -> bool:
    """A control a resident operates (a custom widget opts in with the property keypad=True)."""
    if isinstance(widget, QAbstractItemView) and _display_only(widget):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    return widget.property("keypad") is True


def _display_only(view: QAbstractItemView) -> bool:
    # A list nobody can select in or focus (a chat transcript) only shows text: not a control.
    return (
        view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
        and view.focusPolicy() == Qt.FocusPolicy.NoFocus
    )


def is_operable(widget: QWidget, window: QWidget) -> bool:
    """Interactive, shown on `window` and enabled."""
    return (
        is_interactive(widget)
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.width() > 0
        and widget.height() > 0
        and not _inside_interactive(widget)
    )


def _inside_interactive(widget: QWidget) -> bool:
    # The line edit of an editable combo box or a spin box is part of that control.
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def global_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in global (screen) coordinates."""
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def reading_order(widgets: list[QWidget], origin: QWidget | None = None) -> list[QWidget]:
    """Rows from top to bottom, left to right within a row (as a Korean or English reader reads).

    Positions are taken relative to `origin` (a screen), so scrolling a page does not change the order.
    """
    rects = {id(w): _unscrolled_rect(w, origin) for w in widgets}
    rows: list[list[QWidget]] = []
    row_bottom = None
    for widget in sorted(widgets, key=lambda w: (rects[id(w)].top(), rects[id(w)].left())):
        rect = rects[id(widget)]
        if row_bottom is not None and rect.center().y() < row_bottom:
            rows[-1].append(widget)
            row_bottom = max(row_bottom, rect.top() + rect.height() // 2 + 1)
        else:
            rows.append([widget])
            row_bottom = rect.bottom()
    return [w for row in rows for w in sorted(row, key=lambda w: rects[id(w)].left())]


def _unscrolled_rect(widget: QWidget, origin: QWidget | None) -> QRect:
    """Where the widget would be with every scroll area between it and `origin` scrolled to the top."""
    if origin is None:
        return global_rect(widget)
    rect = QRect(widget.mapTo(origin, widget.rect().topLeft()), widget.size())
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not origin:
        # Only what scrolls moves: the viewport's content, not the area's own scroll bars.
        if isinstance(parent, QScrollArea) and child is parent.viewport():
            rect.translate(parent.horizontalScrollBar().value(), parent.verticalScrollBar().value())
        child, parent = parent, parent.parentWidget()
    return rect


def keypad_order(roots: list[QWidget], window: QWidget) -> list[QWidget]:
    """Every operable control under `roots`: the parts from top to bottom of the window (in the given
    order when they start level), and each part in reading order."""
    order: list[QWidget] = []
    shown = [root for root in roots if root.isVisibleTo(window)]
    for root in sorted(shown, key=lambda r: r.mapTo(window, r.rect().topLeft()).y()):
        candidates = [root, *root.findChildren(QWidget)]
        # Scroll bars are for touch; the keypad scrolls by moving the focus.
        stops = [w for w in candidates if is_operable(w, window) and not isinstance(w, QScrollBar)]
        order.extend(reading_order(stops, root))
    return order


class KeypadNavigation(QObject):
    """Turns arrow, Enter and Back keys into focus moves, clicks and Back, for the whole window."""

    back_requested = Signal()
    focus_moved = Signal(QWidget)

    def __init__(self, window: QWidget, roots: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._window = window
        self._roots = roots
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app_filters.install(app, self)

    def order(self) -> list[QWidget]:
        """The controls the keypad visits now, in order."""
        return keypad_order(self._roots(), self._window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        # Handle each key once, where Qt first delivers it, and only for this window.
        if watched is not (focus if focus is not None else self._window):
            return False
        if focus is not None and focus.window() is not self._window:
            return False
        # Qt marks the window after an arrow key, and style sheets then fall back to the native look
        # for some buttons; the focus ring is the kiosk's keyboard focus indicator instead.
        used = self.handle_key(event.key(), focus)
        self._window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
        return used

    def handle_key(self, key: int, focus: QWidget | None) -> bool:
        """Act on one key press; True when the key was used."""
        if key in NEXT_KEYS or key in PREVIOUS_KEYS:
            if focus is not None and self._widget_uses(focus, key):
                return False
            self.move(1 if key in NEXT_KEYS else -1)
            return True
        if key in ACTIVATE_KEYS:
            return self._activate(focus)
        if key in BACK_KEYS:
            if key == Qt.Key.Key_Backspace and isinstance(focus, TEXT_EDITORS) and not focus.isReadOnly():
                return False
            self.back_requested.emit()
            return True
        return False

    def move(self, step: int) -> QWidget | None:
        """Focus the next (1) or previous (-1) control; wraps around at the ends."""
        order = self.order()
        if not order:
            return None
        focus = QApplication.focusWidget()
        if focus in order:
            target = order[(order.index(focus) + step) % len(order)]
        else:
            target = order[0] if step > 0 else order[-1]
        self.focus(target)
        return target

    def focus(self, widget: QWidget) -> None:
        """Give `widget` the keypad focus and scroll it into view."""
        show_whole(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.focus_moved.emit(widget)

    def _activate(self, focus: QWidget | None) -> bool:
        if isinstance(focus, QAbstractButton):
            focus.click()
            return True
        if isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
            focus.clicked.emit(focus.currentIndex())
            focus.activated.emit(focus.currentIndex())
            return True
        return False

    @staticmethod
    def _widget_uses(widget: QWidget, key: int) -> bool:
        """Keys a control needs for itself: the cursor in text, values of sliders and spin boxes."""
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        horizontal = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if isinstance(widget, (*TEXT_EDITORS, QAbstractSlider)):
            return horizontal
        if isinstance(widget, QAbstractSpinBox | QComboBox):
            return not horizontal
        if isinstance(widget, QAbstractItemView) and not horizontal:
            row = widget.currentIndex().row()
            rows = widget.model().rowCount() if widget.model() is not None else 0
            return (key == Qt.Key.Key_Down and row < rows - 1) or (key == Qt.Key.Key_Up and row > 0)
        return False
