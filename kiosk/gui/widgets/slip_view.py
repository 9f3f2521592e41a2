"""A slip on screen, painted by the same layout code as paper and PDF: what you see is what prints."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.slip import Slip
from kiosk.services.qr import QrTooLong
from kiosk.services.slip_render import PAPERS, UNITS_PER_MM, Paper, SlipLayout


class SlipView(QWidget):
    """Draws a slip as a sheet of paper scaled to fit the widget (all pages, one under the other)."""

    PAGE_GAP_MM = 6

    def __init__(self, parent: QWidget | None = None, paper: Paper = PAPERS["80mm"]) -> None:
        super().__init__(parent)
        self.setObjectName("slipView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 320)
        self._paper = paper
        self._layout: SlipLayout | None = None
        self.problem = ""

    def slip(self) -> Slip | None:
        return self._layout.slip if self._layout else None

    def set_slip(self, slip: Slip | None, paper: Paper | None = None) -> None:
        """Show `slip`; a QR code too long for the paper leaves the view empty with `problem` set."""
        self._paper = paper or self._paper
        self.problem = ""
        self._layout = None
        if slip is not None:
            try:
                self._layout = SlipLayout(slip, self._paper)
            except QrTooLong as err:
                self.problem = str(err)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._layout is None:
            return
        layout = self._layout
        page = layout.page_size_mm()
        pages = len(layout.pages)
        total_h_mm = page.height() * pages + self.PAGE_GAP_MM * (pages - 1)
        scale = min(self.width() / page.width(), self.height() / total_h_mm)  # px per mm
        left = (self.width() - page.width() * scale) / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in range(pages):
            top = index * (page.height() + self.PAGE_GAP_MM) * scale
            sheet = QRectF(left, top, page.width() * scale, page.height() * scale)
            painter.fillRect(sheet, QColor("white"))
            painter.setPen(QPen(QColor("#767676"), 2))
            painter.drawRect(sheet)
            painter.save()
            painter.translate(sheet.topLeft())
            painter.scale(scale / UNITS_PER_MM, scale / UNITS_PER_MM)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp QR modules
            layout.paint_page(painter, index)
            painter.restore()
        painter.end()
