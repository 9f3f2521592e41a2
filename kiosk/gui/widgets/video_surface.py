"""Where a lecture video appears: a native window libvlc draws into (X11), or frames painted by Qt."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Video is letterboxed in black whatever the theme: a coloured border would look like part of the picture.
LETTERBOX = QColor(0, 0, 0)


class VideoSurface(QWidget):
    """Black until a frame arrives; keeps the picture's proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoSurface")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self._frame: QImage | None = None

    def native_window_id(self) -> int:
        """Make this widget a native child window (only it, not its parents) and return its X11 id."""
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        return int(self.winId())

    def show_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def clear(self) -> None:
        self._frame = None
        self.update()

    def frame(self) -> QImage | None:
        """The last frame painted (RenderMode.FRAMES)."""
        return self._frame

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def hasHeightForWidth(self) -> bool:
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), LETTERBOX)
        if self._frame is not None and not self._frame.isNull():
            size = self._frame.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._frame)
        painter.end()
