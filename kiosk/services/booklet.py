"""Makes the booklet "지방세 알아두면 도움되는 상식 / Local Tax Knowledge That Is Helpful to Know" as a
small A5 PDF with QPdfWriter (Korean in Noto Sans CJK), on demand, into resources/demo/generated/.

Needs a QGuiApplication (fonts). The text comes from booklet.toml; one page lists this year's due
dates computed from the tax calendar, so the PDF shows the same dates as the schedule screen.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk import paths
from kiosk.domain.booklet import BookletContent, BookletPage, load_booklet
from kiosk.domain.tax_calendar import TaxCalendar, load_tax_calendar

log = logging.getLogger(__name__)

FONT_FAMILY = "Noto Sans CJK KR"
RESOLUTION_DPI = 300
BOOKLET_TITLE = "지방세 알아두면 도움되는 상식 / Local Tax Knowledge That Is Helpful to Know"
INK = QColor("#111827")
MUTED = QColor("#374151")
ACCENT = QColor("#0B4F9C")
WEEKDAYS_KO = "월화수목금토일"


def default_booklet_file(year: int) -> Path:
    """Where the generated booklet goes (a build output, ignored by git)."""
    return paths.demo_dir() / "generated" / f"local_tax_booklet_{year}.pdf"


def ensure_booklet(year: int, target: Path | None = None) -> Path:
    """The booklet for `year`, generated if missing or older than its content files."""
    target = target or default_booklet_file(year)
    sources = [paths.content_dir() / "booklet.toml", paths.content_dir() / "tax_calendar.toml"]
    newest_source = max(source.stat().st_mtime for source in sources if source.exists())
    if target.exists() and target.stat().st_mtime >= newest_source:
        return target
    try:
        return write_booklet(target, year, load_booklet(), load_tax_calendar())
    except OSError as err:
        # An installed bundle may keep resources/ read-only: the user data folder always works.
        fallback = paths.user_data_dir() / "generated" / target.name
        log.warning("cannot write the booklet to %s (%s); using %s", target, err.strerror, fallback)
        return write_booklet(fallback, year, load_booklet(), load_tax_calendar())


def write_booklet(target: Path, year: int, content: BookletContent, calendar: TaxCalendar) -> Path:
    """Write the PDF to `target` (folders created) and return it; the page count is 2 + pages."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part.pdf")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(BOOKLET_TITLE)
    writer.setCreator("Seocho Tax Station kiosk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait, QMarginsF(14, 14, 14, 14)
        )
    )
    painter = QPainter(writer)
    try:
        page = _PageWriter(painter, writer)
        page.cover(content, year)
        for booklet_page in content.pages:
            writer.newPage()
            page.text_page(booklet_page)
        writer.newPage()
        page.calendar_page(calendar, year)
    finally:
        painter.end()
    # Written under another name first so a viewer never opens half a file.
    partial.replace(target)
    log.info("booklet written: %s", target)
    return target


class _PageWriter:
    """Draws one page at a time top to bottom, in millimetres converted to device pixels."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.painter = painter
        self.area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        self.area.moveTo(0, 0)
        self.mm = writer.resolution() / 25.4
        self.page_number = 1
        self.y = 0.0

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _text(
        self, text: str, points: float, colour: QColor, bold: bool = False, gap_mm: float = 2.0
    ) -> None:
        self.painter.setFont(self._font(points, bold))
        self.painter.setPen(colour)
        box = QRectF(self.area.left(), self.y, self.area.width(), self.area.height() - self.y)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        used = self.painter.boundingRect(box, flags, text)
        self.painter.drawText(box, flags, text)
        self.y += used.height() + gap_mm * self.mm

    def _header_and_footer(self) -> None:
        self.painter.setFont(self._font(7))
        self.painter.setPen(MUTED)
        self.painter.drawText(
            self.area, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight), BOOKLET_TITLE
        )
        self.painter.drawText(
            self.area,
            int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
            str(self.page_number),
        )
        self.y = 10 * self.mm

    def cover(self, content: BookletContent, year: int) -> None:
        self.y = 40 * self.mm
        if content.cover is None:
            self._text(BOOKLET_TITLE, 20, ACCENT, bold=True)
            return
        self._text(content.cover.title.ko, 24, ACCENT, bold=True)
        self._text(content.cover.title.en, 15, ACCENT, bold=True, gap_mm=12)
        self._text(f"{content.cover.subtitle.ko} · {content.cover.subtitle.en} · {year}", 12, INK, gap_mm=30)
        self._text(content.cover.note.ko, 9, MUTED)
        self._text(content.cover.note.en, 9, MUTED)

    def text_page(self, page: BookletPage) -> None:
        self.page_number += 1
        self._header_and_footer()
        self._text(page.title.ko, 16, ACCENT, bold=True, gap_mm=1)
        self._text(page.title.en, 11, ACCENT, bold=True, gap_mm=6)
        for point in page.points:
            self._text(f"• {point.ko}", 11, INK, gap_mm=1)
            self._text(f"  {point.en}", 9, MUTED, gap_mm=4)

    def calendar_page(self, calendar: TaxCalendar, year: int) -> None:
        self.page_number += 1
        self._header_and_footer()
        self._text(f"{year}년 지방세 납부 달력", 16, ACCENT, bold=True, gap_mm=1)
        self._text(f"Local tax calendar {year}", 11, ACCENT, bold=True, gap_mm=5)
        for period in calendar.periods(year):
            self._text(
                f"{_short(period.start)} ~ {_short(period.due)}   {period.tax.name.ko}", 9.5, INK, gap_mm=0.3
            )
            moved = ""
            if period.extended:
                moved = f"  ·  {_short(period.rule_due)} → {_short(period.due)} 연장 / extended"
            elif period.moved:
                reason = period.move_reason()
                moved = f"  ·  {_short(period.statutory_due)} {reason} → {_short(period.due)} / moved"
            self._text(f"      {period.tax.name.en}{moved}", 8, MUTED, gap_mm=1.6)
        self._text(calendar.due_rule_basis, 8, MUTED)


def _short(day: date) -> str:
    return f"{day.month}.{day.day}({WEEKDAYS_KO[day.weekday()]})"
