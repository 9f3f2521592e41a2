"""A QR code on screen, drawn with the same vector code as paper, modules snapped to whole pixels."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.services.qr import QrMatrix, draw_qr


class QrCodeView(QWidget):
    """Shows one QR matrix as large as the widget allows; empty until `set_matrix`."""

    def __init__(self, parent: QWidget | None = None, side: int = 480) -> None:
        super().__init__(parent)
        self.setObjectName("qrCodeView")
        self._matrix: QrMatrix | None = None
        self._side = side
        self.setMinimumSize(side // 2, side // 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def matrix(self) -> QrMatrix | None:
        return self._matrix

    def set_matrix(self, matrix: QrMatrix | None) -> None:
        """Show `matrix` (None clears the view)."""
        self._matrix = matrix
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._matrix is None:
            return
        # Whole pixels per module: a camera reads sharp edges best, and nothing blurs on screen.
        module = max(1, min(self.width(), self.height()) // self._matrix.size)
        side = module * self._matrix.size
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter = QPainter(self)
        draw_qr(painter, QRectF(left, top, side, side), self._matrix)
        painter.end()
