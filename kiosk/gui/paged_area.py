"""Shows the screen stack in pages when a screen is taller than the room it has (large text, low reach).

Accessibility K08 allows pagination but no lost content, K10 forbids shrinking controls to fit, and K14
forbids requiring a swipe: so the screen keeps its full size and two large labelled buttons turn the
page. They appear only when needed, on the right, at the same place on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.gui.current_page_stack import CurrentPageStack

# Part of a page that stays in view after turning it, so the resident keeps their place.
PAGE_OVERLAP = 0.15


class PagedArea(QWidget):
    """The stack inside a scroll area without scroll bars, with Up/Down page buttons beside it."""

    def __init__(self, stack: CurrentPageStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagedArea")
        self.stack = stack
        self.scroll = QScrollArea(objectName="pageScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(stack)
        # Without this the scroll area asks for its (hidden, styled) scroll bar's height as a minimum.
        self.scroll.setMinimumSize(1, 1)
        self.up_button = QPushButton(objectName="pageUpButton")
        self.down_button = QPushButton(objectName="pageDownButton")
        self.up_button.clicked.connect(lambda: self.turn(-1))
        self.down_button.clicked.connect(lambda: self.turn(1))
        self.page_bar = QWidget(objectName="pageBar")
        bar = QVBoxLayout(self.page_bar)
        # Tight vertical margins: with large text and the on-screen keyboard up, the bar must fit the
        # room between header and keyboard (about 300 px) or the window grows past the panel.
        bar.setContentsMargins(0, 8, 16, 8)
        bar.setSpacing(16)
        bar.addWidget(self.up_button, 1)
        bar.addWidget(self.down_button, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.page_bar)
        self.page_bar.hide()
        stack.currentChanged.connect(self._current_changed)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._update_buttons)
        self.scroll.verticalScrollBar().valueChanged.connect(self._update_buttons)
        stack.installEventFilter(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        # Arrows are characters next to words, so the buttons are never icon-only (K26).
        # One line each: two-line labels made the bar taller than the room left by the keyboard.
        self.up_button.setText("▲ " + self.tr("Up"))
        self.down_button.setText("▼ " + self.tr("Down"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def page_count(self) -> int:
        bar = self.scroll.verticalScrollBar()
        if bar.maximum() == 0:
            return 1
        step = self._step()
        return 1 + -(-bar.maximum() // step)

    def show_page(self, index: int) -> None:
        """Scroll to page `index` (0 is the top)."""
        bar = self.scroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), index * self._step()))

    def turn(self, pages: int) -> None:
        """Turn `pages` pages down (negative: up)."""
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.value() + pages * self._step())

    def _step(self) -> int:
        return max(1, round(self.scroll.viewport().height() * (1 - PAGE_OVERLAP)))

    def _current_changed(self, _index: int) -> None:
        self.stack.adjustSize()  # to the new screen's size now, before the scroll goes back to the top
        self.scroll.verticalScrollBar().setValue(0)

    def _update_buttons(self) -> None:
        bar = self.scroll.verticalScrollBar()
        self.page_bar.setVisible(self._needs_pages())
        self.up_button.setEnabled(bar.value() > 0)
        self.down_button.setEnabled(bar.value() < bar.maximum())

    def _needs_pages(self) -> bool:
        if self.scroll.verticalScrollBar().maximum() == 0:
            return False
        if not self.page_bar.isVisible():
            return True
        # The bar takes width; without it the screen may reflow (home's tiles: four columns instead
        # of three) short enough to need no pages, so ask at the full width before keeping the bar.
        full_height = self.stack.heightForWidth(self.width())
        return full_height < 0 or full_height > self.scroll.viewport().height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.stack and event.type() == QEvent.Type.LayoutRequest:
            self._update_buttons()
        return False
