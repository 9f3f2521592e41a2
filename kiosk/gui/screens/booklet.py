"""The booklet "Local Tax Knowledge That Is Helpful to Know", page by page with QtPdf: large
Previous/Next and zoom buttons, and a horizontal swipe turns the page."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.clock import today
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import label
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.booklet import ensure_booklet

log = logging.getLogger(__name__)

ZOOM_STEPS = (1.0, 1.5, 2.0, 3.0)
# 1.5 times "whole page in view" puts the booklet's body text at about 25 px on a 1080-line screen.
DEFAULT_ZOOM_INDEX = 1
SWIPE_MIN_PX = 120


class BookletScreen(Screen):
    """Renders one PDF page at a time into a label inside a scroll area (zoomed pages scroll)."""

    def __init__(self, context: AppContext, booklet_file: Path | None = None) -> None:
        super().__init__()
        self.context = context
        self.booklet_file = booklet_file
        self.document = QPdfDocument(self)
        self.page_index = 0
        self.zoom_index = DEFAULT_ZOOM_INDEX
        self._press: QPoint | None = None

        self.page_view = QLabel(objectName="bookletPage")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(objectName="bookletScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.page_view)
        self.page_view.installEventFilter(self)

        self.previous_button = WrapButton(objectName="previousPageButton")
        self.next_button = WrapButton(objectName="nextPageButton")
        self.next_button.setProperty("role", "primary")
        self.zoom_out_button = WrapButton(objectName="zoomOutButton")
        self.zoom_in_button = WrapButton(objectName="zoomInButton")
        self.page_label = label("", "subtitle", "bookletPageNumber")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(+1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(+1))

        controls = QHBoxLayout()
        controls.setContentsMargins(48, 8, 48, 16)
        controls.setSpacing(16)  # >= 2.5 mm between the buttons (K02); the default 6 px is 1.9 mm
        for widget in (self.zoom_out_button, self.zoom_in_button):
            controls.addWidget(widget)
        controls.addWidget(self.page_label, 1)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(controls)
        self.retranslateUi()

    # Screen contract

    def title(self) -> str:
        return self.tr("Local tax booklet")

    def entered(self) -> None:
        if self.document.status() != QPdfDocument.Status.Ready:
            self._open()
        self._render()

    def reset(self) -> None:
        self.page_index = 0
        self.zoom_index = DEFAULT_ZOOM_INDEX
        self._render()

    def retranslateUi(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous page"))
        self.next_button.setText(self.tr("Next page ▶"))
        self.zoom_out_button.setText(self.tr("Smaller"))
        self.zoom_in_button.setText(self.tr("Larger"))
        self._update_controls()

    # Pages

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def turn(self, step: int) -> None:
        target = self.page_index + step
        if 0 <= target < self.page_count():
            self.page_index = target
            self._render()

    def zoom(self, step: int) -> None:
        self.zoom_index = max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + step))
        self._render()

    def _open(self) -> None:
        try:
            path = self.booklet_file or ensure_booklet(today(self.context.clock).year)
        except (OSError, ValueError) as err:
            log.error("the booklet could not be made: %s", err)
            return
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            log.error("the booklet %s could not be opened: %s", path, error)

    def _render(self) -> None:
        if self.page_count() == 0:
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(self.tr("The booklet cannot be shown right now. Staff can help you."))
            self._update_controls()
            return
        points = self.document.pagePointSize(self.page_index)
        # Zoom 1 fits the whole page in the visible height; larger zooms scroll.
        available = max(200, self.scroll.viewport().height() - 16)
        scale = available / points.height() * ZOOM_STEPS[self.zoom_index]
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        # Pages render with a transparent background: lay them on white paper.
        page = QPixmap(size)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, self.document.render(self.page_index, size))
        painter.end()
        self.page_view.setPixmap(page)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page_index + 1)).replace("%2", str(count))
            if count
            else ""
        )
        self.previous_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < count - 1)
        self.zoom_out_button.setEnabled(self.zoom_index > 0)
        self.zoom_in_button.setEnabled(self.zoom_index < len(ZOOM_STEPS) - 1)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.page_count():
            self._render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A horizontal swipe on the page turns it; a mostly vertical drag does not."""
        if watched is self.page_view:
            if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
                self._press = event.position().toPoint()
            elif event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
                if self._press is not None:
                    moved = event.position().toPoint() - self._press
                    dx = moved.x()
                    if abs(dx) >= SWIPE_MIN_PX and abs(dx) > 2 * abs(moved.y()):
                        self.turn(-1 if dx > 0 else +1)
                self._press = None
        return super().eventFilter(watched, event)
