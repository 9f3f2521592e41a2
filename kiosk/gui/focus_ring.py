"""A two-tone ring around the control the keypad has focused (accessibility K15, K06).

Drawn outside the control by a transparent widget on top of the window, so it shows the same on every
kind of control and every background: the outer tone contrasts with light surroundings, the inner
tone with dark ones. It appears when focus moves by keypad and hides when the resident touches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.gui import app_filters

# Each tone is at least 3 px wide (the brief asks >= 3 px, the criteria >= 2 px).
TONE_WIDTH = 4
# Space between neighbouring controls and labels so the ring (2 x TONE_WIDTH outside the control) lies
# on the background, not on a neighbour's dark text or fill, where its outer tone would not show.
RING_ROOM = 16


class FocusRing(QWidget):
    """Follows the keypad focus inside `window`; colours come from the theme tokens."""

    def __init__(self, window: QWidget, page: QWidget | None = None) -> None:
        """`page` is the viewport screens are shown in: a ring there stays inside it (see clip_rect)."""
        super().__init__(window)
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._page = page
        self._target: QWidget | None = None
        self.outer = QColor("#000000")
        self.inner = QColor("#FFD23F")
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app_filters.install(app, self)

    @property
    def target(self) -> QWidget | None:
        return self._target if self.isVisible() else None

    def set_colours(self, outer: str, inner: str) -> None:
        self.outer, self.inner = QColor(outer), QColor(inner)
        self.update()

    def follow(self, widget: QWidget | None) -> None:
        """Ring `widget` (None hides the ring)."""
        if self._target is not None:
            self._target.removeEventFilter(self)
        self._target = widget
        if widget is None or not widget.isVisible():
            self._target = None
            self.hide()
            return
        widget.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        if self._target is None:
            return
        margin = 2 * TONE_WIDTH
        top_left = self._target.mapTo(self._window, self._target.rect().topLeft())
        ring = QRect(top_left, self._target.size()).adjusted(-margin, -margin, margin, margin)
        self.setGeometry(ring.intersected(self.clip_rect(self._target)))
        self.raise_()
        self.show()
        self.update()

    def clip_rect(self, widget: QWidget) -> QRect:
        """Where a ring around `widget` may be drawn, in window coordinates.

        A control at the window's edge (a tile on the panel's last row), or at the page's edge next to the
        header or keyboard (dark, where the outer tone would not show): the ring moves inside over the
        control's rim, instead of falling off the panel or onto its neighbour.
        """
        area = self._window.rect()
        page = self._page
        if page is not None and page.isAncestorOf(widget):
            area = area.intersected(QRect(page.mapTo(self._window, page.rect().topLeft()), page.size()))
        return area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._target and kind in (QEvent.Type.Move, QEvent.Type.Resize):
            self._place()
            return False
        # A scroll area moves the page that holds the target, not the target (the keyboard coming up
        # scrolls the field into view): follow it there.
        if (
            kind == QEvent.Type.Move
            and self._target is not None
            and isinstance(watched, QWidget)
            and watched.isAncestorOf(self._target)
        ):
            self._place()
            return False
        lost = watched is self._target and kind in (QEvent.Type.Hide, QEvent.Type.FocusOut)
        touched = kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and self.isVisible()
        if lost or touched:
            self.follow(None)
        return False

    def paintEvent(self, _event: QEvent) -> None:  # type: ignore[override]
        painter = QPainter(self)
        half = TONE_WIDTH / 2
        for colour, inset in ((self.outer, half), (self.inner, TONE_WIDTH + half)):
            pen = QPen(colour, TONE_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset))
        painter.end()
