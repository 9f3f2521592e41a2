"""Seti, the station's staff avatar (resources/images/seti.svg), greeting residents beside a line of text.

The picture is decoration: the greeting beside it says everything in words (and is what voice reads).
Its outline and jacket take the theme's text and primary colours through the style sheet, so it stays
visible in high contrast; each (colours, size) is rendered once.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Property, QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk import paths

OUTLINE = "#1F2937"
JACKET = "#0B4F9C"
SCARF = "#B0164F"
ASPECT = 200 / 188  # width / height of the drawing's view box
# The picture is this many lines of the greeting's font tall.
LINES_TALL = 2.8


@cache
def _svg() -> str:
    return (paths.resources_dir() / "images" / "seti.svg").read_text(encoding="utf-8")


@cache
def seti_pixmap(outline: str, jacket: str, scarf: str, height: int, ratio: float = 1.0) -> QPixmap:
    """Seti drawn `height` logical px tall with the theme's outline, jacket and district colours."""
    svg = _svg().replace(OUTLINE, outline).replace(JACKET, jacket).replace(SCARF, scarf)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    width = round(height * ASPECT)
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width * ratio, height * ratio))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class SetiPicture(QWidget):
    """Paints Seti as tall as LINES_TALL lines of its font (which grows with large text)."""

    def __init__(self) -> None:
        super().__init__()
        self._outline = QColor(OUTLINE)
        self._jacket = QColor(JACKET)
        self._scarf = QColor(SCARF)
        self.setObjectName("setiPicture")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _get_outline(self) -> QColor:
        return self._outline

    def _set_outline(self, colour: QColor) -> None:
        self._outline = QColor(colour)
        self.update()

    def _get_jacket(self) -> QColor:
        return self._jacket

    def _set_jacket(self, colour: QColor) -> None:
        self._jacket = QColor(colour)
        self.update()

    def _get_scarf(self) -> QColor:
        return self._scarf

    def _set_scarf(self, colour: QColor) -> None:
        self._scarf = QColor(colour)
        self.update()

    # Qt property names, set by the style sheet (qproperty-outlineColor): Qt's camelCase.
    outlineColor = Property(QColor, _get_outline, _set_outline)  # noqa: N815
    jacketColor = Property(QColor, _get_jacket, _set_jacket)  # noqa: N815
    scarfColor = Property(QColor, _get_scarf, _set_scarf)  # noqa: N815

    def picture_height(self) -> int:
        return round(self.fontMetrics().height() * LINES_TALL)

    def sizeHint(self) -> QSize:
        height = self.picture_height()
        return QSize(round(height * ASPECT), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def pixmap(self) -> QPixmap:
        return seti_pixmap(
            self._outline.name(),
            self._jacket.name(),
            self._scarf.name(),
            self.picture_height(),
            self.devicePixelRatioF() or 1.0,
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pixmap = self.pixmap()
        size = pixmap.deviceIndependentSize().toSize()
        painter.drawPixmap((self.width() - size.width()) // 2, (self.height() - size.height()) // 2, pixmap)
        painter.end()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        self.updateGeometry()  # a font change (large text) changes the picture's size


class SetiGreeting(QWidget):
    """Seti beside a heading and a greeting line; `set_texts` fills both in the current language."""

    def __init__(self, object_name: str, heading: QLabel | None = None) -> None:
        """`heading`: a title label the screen already has (moved in here), else a new one."""
        super().__init__()
        self.setObjectName(object_name)
        self.picture = SetiPicture()
        if heading is None:
            heading = QLabel(objectName=f"{object_name}Heading")
            heading.setProperty("role", "title")
        heading.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.heading = heading
        self.greeting = QLabel(objectName=f"{object_name}Text", wordWrap=True)
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addStretch(1)
        words.addWidget(self.heading)
        words.addWidget(self.greeting)
        words.addStretch(1)
        self._words = words
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(32)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)

    def add_line(self, label: QLabel) -> None:
        """Another line under the greeting (home's next event), beside Seti rather than below him."""
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._words.insertWidget(self._words.count() - 1, label)

    def set_texts(self, heading: str, greeting: str) -> None:
        self.heading.setText(heading)
        self.greeting.setText(greeting)
