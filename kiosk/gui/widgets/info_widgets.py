"""Small building blocks of the information desk screens: labels, cards, dates, QR codes."""

from __future__ import annotations

import re
from datetime import date

import qrcode
from PySide6.QtCore import QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.gui.widgets.wrap_button import WrapButton

WEEKDAYS_KO = "월화수목금토일"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def breakable(address: str) -> str:
    """`address` (a web address, a file name) with zero-width spaces after / . - _ ? & = so it wraps
    in a narrow column in large text (K08) instead of running out of it; it looks the same."""
    return re.sub(r"(?<=[/.\-_?&=])(?=[^/])", "\u200b", address)


def current_language() -> str:
    """ "ko" or "en", following the language the header switched to."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def format_day(day: date, language: str) -> str:
    """A date residents read easily: "2027년 8월 2일 (월)" or "Mon 2 August 2027"."""
    if language == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일 ({WEEKDAYS_KO[day.weekday()]})"
    return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_short_day(day: date, language: str) -> str:
    """A compact date for lists: "8.2 (월)" or "2 Aug (Mon)"."""
    if language == "ko":
        return f"{day.month}.{day.day} ({WEEKDAYS_KO[day.weekday()]})"
    return f"{day.day} {MONTHS_EN[day.month - 1][:3]} ({WEEKDAYS_EN[day.weekday()]})"


def format_month(year: int, month: int, language: str) -> str:
    return f"{year}년 {month}월" if language == "ko" else f"{MONTHS_EN[month - 1]} {year}"


def label(text: str = "", role: str | None = None, object_name: str | None = None) -> QLabel:
    """A word-wrapping label styled by its theme role (title, subtitle, muted, notice)."""
    widget = QLabel(text, wordWrap=True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if object_name:
        widget.setObjectName(object_name)
    return widget


def list_button(text: str, object_name: str) -> QPushButton:
    """A full-width, left-aligned button for one item of a list (a tax, a question). It wraps and
    grows in height where a line is wider than the page (a long date in large text)."""
    button = WrapButton(text, objectName=object_name)
    button.setProperty("role", "list-item")
    return button


def card(*widgets: QWidget) -> QFrame:
    """A framed group (QFrame#Card in the theme)."""
    frame = QFrame(objectName="Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


def scroll_page(object_name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertically scrolling page and the layout to fill it."""
    area = QScrollArea(objectName=object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget(objectName=f"{object_name}Inner")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(48, 24, 48, 24)
    layout.setSpacing(16)
    area.setWidget(inner)
    return area, layout


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of `layout` (lists are rebuilt on each visit)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            # deleteLater, not now: the button being clicked may be among them. Until then the old
            # widgets are hidden and nameless, so nothing finds them instead of the new ones.
            widget.hide()
            for named in [widget, *widget.findChildren(QObject)]:
                named.setObjectName("")
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def qr_pixmap(url: str, size_px: int) -> QPixmap:
    """The QR code of `url` drawn as black squares on white with a quiet zone (scans from paper too)."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    pixmap = QPixmap(size_px, size_px)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    cell = size_px / len(matrix)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.drawRect(QRectF(column * cell, row * cell, cell + 0.5, cell + 0.5))
    painter.end()
    return pixmap
