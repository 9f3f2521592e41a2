"""Slip layout and painting, shared by paper, PDF and screen so that what you see is what prints.

The layout works in tenths of a millimetre ("units"): font sizes are set in units as pixel sizes
with hinting off, so text measures the same on a 96 dpi screen, a 203 dpi thermal head and a PDF.
A painter draws a page after scaling units to its device.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageSize,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from kiosk.domain.slip import Slip
from kiosk.services.qr import QrMatrix, draw_qr, make_qr

log = logging.getLogger(__name__)

UNITS_PER_MM = 10
MM_PER_POINT = 25.4 / 72
KOREAN_FAMILIES = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic")


@dataclass(frozen=True)
class Paper:
    """A paper kind: receipt rolls have no fixed height (the page fits the content)."""

    name: str
    width_mm: float
    height_mm: float | None
    margin_mm: float
    qr_mm: float  # side of the QR code, quiet zone included
    max_qr_version: int  # keeps modules >= 0.5 mm: 4 dots on a 203 dpi head, easy for phone cameras
    title_pt: float
    body_pt: float
    small_pt: float

    @property
    def content_width_mm(self) -> float:
        return self.width_mm - 2 * self.margin_mm


PAPERS: dict[str, Paper] = {
    # 80 mm rolls print 72 mm (576 dots at 203 dpi); 58 mm rolls print 48 mm (384 dots).
    "80mm": Paper("80mm", 80, None, 4, 44, 15, 15, 10.5, 8.5),
    "58mm": Paper("58mm", 58, None, 5, 40, 13, 13, 9.5, 8),
    "a4": Paper("a4", 210, 297, 20, 70, 25, 22, 13, 10),
}


def slip_font(size_pt: float, bold: bool = False) -> QFont:
    """Noto Sans CJK KR (or the first installed Korean family) at `size_pt`, sized in layout units."""
    font = QFont()
    family = _korean_family()
    if family:
        font.setFamily(family)
    font.setPixelSize(max(1, round(size_pt * MM_PER_POINT * UNITS_PER_MM)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # With shaping, Noto CJK's digits in Latin runs lose their Unicode in the PDF text layer
    # (pdftotext shows "Hours :" for "Hours 10:00"); Hangul and Latin need no shaping.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


_family_cache: list[str] = []


def _korean_family() -> str:
    if not _family_cache:
        installed = set(QFontDatabase.families())
        found = next((f for f in KOREAN_FAMILIES if f in installed), "")
        if not found:
            log.warning("no Korean font installed (%s); Hangul may not show", ", ".join(KOREAN_FAMILIES))
        _family_cache.append(found)
    return _family_cache[0]


@dataclass
class _Block:
    height: float
    paint: Callable[[QPainter, float, float], None]  # painter, x, y (top-left, units)
    gap_after: float = 0.0


class SlipLayout:
    """A slip laid out on one paper kind; `pages` splits it where the paper has a fixed height."""

    def __init__(self, slip: Slip, paper: Paper, qr: QrMatrix | None = None) -> None:
        self.slip = slip
        self.paper = paper
        self.width = paper.content_width_mm * UNITS_PER_MM
        self.margin = paper.margin_mm * UNITS_PER_MM
        if slip.qr_payload and qr is None:
            qr = make_qr(slip.qr_payload, paper.max_qr_version, f"on {paper.name} paper")
        self.qr = qr
        self.blocks = self._build_blocks()
        self.pages = self._paginate()

    @property
    def content_height(self) -> float:
        return sum(b.height + b.gap_after for b in self.blocks)

    def page_size_mm(self) -> QSizeF:
        """Paper size of each page; a roll's page is as long as the content plus margins."""
        if self.paper.height_mm is not None:
            return QSizeF(self.paper.width_mm, self.paper.height_mm)
        return QSizeF(self.paper.width_mm, self.content_height / UNITS_PER_MM + 2 * self.paper.margin_mm)

    def page_size(self) -> QPageSize:
        return QPageSize(
            self.page_size_mm(),
            QPageSize.Unit.Millimeter,
            f"Slip {self.paper.name}",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )

    def paint_page(self, painter: QPainter, index: int, with_margins: bool = True) -> None:
        """Paint page `index`; the painter's coordinates are layout units from the page's corner."""
        offset = self.margin if with_margins else 0.0
        y = offset
        painter.save()
        # Paper is black on white whatever the screen's theme (a widget's painter starts with its palette).
        painter.setPen(QColor("black"))
        for block in self.pages[index]:
            block.paint(painter, offset, y)
            y += block.height + block.gap_after
        painter.restore()

    def _paginate(self) -> list[list[_Block]]:
        if self.paper.height_mm is None:
            return [self.blocks]
        room = (self.paper.height_mm - 2 * self.paper.margin_mm) * UNITS_PER_MM
        pages: list[list[_Block]] = [[]]
        used = 0.0
        for block in self.blocks:
            if pages[-1] and used + block.height > room:
                pages.append([])
                used = 0.0
            pages[-1].append(block)
            used += block.height + block.gap_after
        return pages

    def _build_blocks(self) -> list[_Block]:
        paper, slip = self.paper, self.slip
        gap = 2.5 * UNITS_PER_MM
        blocks = [self._text(slip.title, slip_font(paper.title_pt, bold=True), Qt.AlignmentFlag.AlignHCenter)]
        blocks.append(self._rule())
        body_font = slip_font(paper.body_pt)
        for line in slip.lines:
            if isinstance(line, str):
                blocks.append(self._text(line, body_font, Qt.AlignmentFlag.AlignLeft))
            else:
                blocks.extend(self._label_value(line[0], line[1], body_font))
            blocks[-1].gap_after = 1.5 * UNITS_PER_MM
        blocks[-1].gap_after = gap
        if self.qr is not None:
            blocks.append(self._qr_block(self.qr))
            if slip.qr_caption:
                small = slip_font(paper.small_pt)
                blocks.append(self._text(slip.qr_caption, small, Qt.AlignmentFlag.AlignHCenter))
            blocks[-1].gap_after = gap
        if slip.footer:
            blocks.append(self._rule())
            blocks.append(self._text(slip.footer, slip_font(paper.small_pt), Qt.AlignmentFlag.AlignHCenter))
        return blocks

    def _text(self, text: str, font: QFont, align: Qt.AlignmentFlag, width: float | None = None) -> _Block:
        layout, height = _wrapped(text, font, width or self.width, align)
        return _Block(height, lambda p, x, y: layout.draw(p, QPointF(x, y)))

    def _label_value(self, label: str, value: str, font: QFont) -> list[_Block]:
        bold = QFont(font)
        bold.setBold(True)
        label_layout, label_height = _wrapped(label, bold, self.width, Qt.AlignmentFlag.AlignLeft)
        value_layout, value_height = _wrapped(value, font, self.width, Qt.AlignmentFlag.AlignRight)
        one_row = (
            label_layout.lineCount() == 1
            and value_layout.lineCount() == 1
            and label_layout.lineAt(0).naturalTextWidth()
            + value_layout.lineAt(0).naturalTextWidth()
            + 3 * UNITS_PER_MM
            <= self.width
        )
        if one_row:
            height = max(label_height, value_height)

            def paint_row(p: QPainter, x: float, y: float) -> None:
                label_layout.draw(p, QPointF(x, y))
                value_layout.draw(p, QPointF(x, y))

            return [_Block(height, paint_row)]
        # Too wide for one row (58 mm paper, long values): label, then the value indented below it.
        indent = 4 * UNITS_PER_MM
        value_block = self._text(value, font, Qt.AlignmentFlag.AlignLeft, self.width - indent)
        inner = value_block.paint
        value_block.paint = lambda p, x, y: inner(p, x + indent, y)
        return [_Block(label_height, lambda p, x, y: label_layout.draw(p, QPointF(x, y))), value_block]

    def _rule(self) -> _Block:
        def paint(p: QPainter, x: float, y: float) -> None:
            pen = QPen(QColor("black"), 0.25 * UNITS_PER_MM, Qt.PenStyle.DashLine)
            p.save()
            p.setPen(pen)
            p.drawLine(QPointF(x, y + UNITS_PER_MM), QPointF(x + self.width, y + UNITS_PER_MM))
            p.restore()

        return _Block(2 * UNITS_PER_MM, paint, gap_after=UNITS_PER_MM)

    def _qr_block(self, matrix: QrMatrix) -> _Block:
        side = min(self.paper.qr_mm * UNITS_PER_MM, self.width)

        def paint(p: QPainter, x: float, y: float) -> None:
            draw_qr(p, QRectF(x + (self.width - side) / 2, y, side, side), matrix)

        return _Block(side, paint)


def _wrapped(text: str, font: QFont, width: float, align: Qt.AlignmentFlag) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    option = QTextOption(align)
    # Korean breaks between words; addresses have no spaces and may break anywhere.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def render_image(layout: SlipLayout, dots_per_mm: float) -> QImage:
    """The slip's content (no page margins) as a white image at `dots_per_mm`; pages one under another."""
    scale = dots_per_mm / UNITS_PER_MM
    heights = [sum(b.height + b.gap_after for b in blocks) for blocks in layout.pages]
    image = QImage(
        round(layout.paper.content_width_mm * dots_per_mm),
        max(1, round(sum(heights) * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    # Hard edges for the 1-bit print head: no grey pixels around QR modules.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.scale(scale, scale)
    for index, height in enumerate(heights):
        layout.paint_page(painter, index, with_margins=False)
        painter.translate(0, height)
    painter.end()
    return image
