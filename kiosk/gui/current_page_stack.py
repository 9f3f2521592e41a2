"""A stack of pages as large as the page it shows.

QStackedWidget takes the size of its largest page, and a layout holding it asks its QStackedLayout
directly (a subclass's heightForWidth is bypassed): a short step, such as a staff screen's sign-in page,
was as tall as the longest step, with empty pages to turn. With every screen built, asking each page for
its height at each width on every screen change also took 15 ms of layout per change.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedLayout, QWidget


class CurrentPageLayout(QStackedLayout):
    """A QStackedLayout that measures only its current page."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSize(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


class CurrentPageStack(QWidget):
    """The part of QStackedWidget's interface the kiosk uses, over a CurrentPageLayout."""

    currentChanged = Signal(int)  # noqa: N815 (QStackedWidget's name, so callers read the same)

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self._pages = CurrentPageLayout(self)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self._pages.currentChanged.connect(self._current_changed)

    def addWidget(self, page: QWidget) -> int:
        return self._pages.addWidget(page)

    def count(self) -> int:
        return self._pages.count()

    def widget(self, index: int) -> QWidget | None:
        return self._pages.widget(index)

    def indexOf(self, page: QWidget) -> int:
        return self._pages.indexOf(page)

    def currentIndex(self) -> int:
        return self._pages.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self._pages.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        self._pages.setCurrentIndex(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self._pages.setCurrentWidget(page)

    def _current_changed(self, index: int) -> None:
        self._pages.invalidate()  # the size now comes from another page
        self.updateGeometry()
        self.currentChanged.emit(index)
