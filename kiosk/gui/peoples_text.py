"""Marks the parts of a label or list row that people wrote: names and residents' questions.

They are shown as written, in the language they were written in, and as plain text (never markup). That is
content, not one of the kiosk's own words, so the label check (K26, kiosk/gui/accessibility/checks.py)
leaves exactly these parts out and still checks the words around them ("Booked", the field, the status).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

# Past the UserRole the desks use for the row's own object (a booking, a question).
PEOPLES_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
PEOPLES_TEXT_PROPERTY = "peoplesText"


def mark_label(label: QLabel, *texts: str) -> None:
    """Say which parts of `label`'s text people wrote (none: the whole text is the kiosk's own), and
    show it as plain text: Qt would render "<b>" or "<img src=...>" someone typed as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty(PEOPLES_TEXT_PROPERTY, [t for t in texts if t])


def mark_item(item: QListWidgetItem, *texts: str) -> None:
    """Say which parts of a list row's text people wrote."""
    item.setData(PEOPLES_TEXT_ROLE, [t for t in texts if t])


def marked_in_widget(widget: QWidget) -> list[str]:
    return list(widget.property(PEOPLES_TEXT_PROPERTY) or [])


def marked_in_row(index: QModelIndex) -> list[str]:
    return list(index.data(PEOPLES_TEXT_ROLE) or [])


def without(text: str, written: Iterable[str]) -> str:
    """`text` with every part people wrote blanked out (longest first, so a name inside a longer
    marked text does not split it)."""
    for part in sorted(written, key=len, reverse=True):
        text = text.replace(part, " ")
    return text
