"""Small building blocks of the staff desks (bookings, question board, content)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QSizePolicy, QWidget

from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.peoples_text import mark_label
from kiosk.gui.screens.staff_base import repolish
from kiosk.gui.widgets.info_widgets import label
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.gui.widgets.wrapping_rows import wrap_rows

# Items this far apart, and from the list's scroll bar: K02 asks >= 2.5 mm (8 px on the default panel).
LIST_ITEM_SPACING = 10


def role_button(name: str, role: str = "", checkable: bool = False) -> WrapButton:
    """A touch-size button styled by its theme role (primary, danger or plain); its label wraps between
    words in large text instead of being cut off (K08)."""
    button = WrapButton(objectName=name, checkable=checkable)
    if role:
        button.setProperty("role", role)
    button.setMinimumHeight(80)
    return button


def desk_list(name: str) -> QListWidget:
    """A list of rows to choose from: rows wrap and keep touch-size gaps between them and the scroll bar;
    nothing scrolls sideways (a second scroll bar would meet the first at the corner)."""
    rows = QListWidget(objectName=name)
    rows.setSpacing(LIST_ITEM_SPACING)
    rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    wrap_rows(rows)
    return rows


def button_row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    """Buttons side by side with touch-size spacing, all as tall as the tallest (a label that wraps in
    large text makes its button taller)."""
    row = QHBoxLayout()
    row.setSpacing(20)
    if stretch_first:
        # Right-aligned buttons share the right half (a short label would otherwise make a small target).
        row.addStretch(len(widgets))
    for widget in widgets:
        # Sharing the row's width: a label wraps only when the row is really too narrow for it.
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    for widget in widgets:
        row.addWidget(widget, 1 if stretch_first else 0)
    return row


def show_message(label: QLabel, text: str, error: bool = False, written: tuple[str, ...] = ()) -> None:
    """Show an outcome under the desk: `notice` for done, `error` for a refusal (shape: the ✓ or ✕).
    `written`: the parts of `text` people wrote (a resident's name), kiosk/gui/peoples_text.py."""
    label.setProperty("role", "error" if error else "notice")
    label.setText(("✕ " if error else "✓ ") + text)
    mark_label(label, *written)
    label.show()
    repolish(label)


def message_label(name: str) -> QLabel:
    """Where an outcome appears (see show_message); hidden until there is one."""
    message = label(object_name=name)
    message.hide()
    return message


def empty_notice(name: str) -> QLabel:
    """A line said beside an empty list ("No bookings on this day."): a row that cannot be chosen
    would hold the keypad inside the list and count as a target (as in the staff console)."""
    notice = label(role="muted", object_name=name)
    notice.hide()
    return notice


def scroll_margins() -> tuple[int, int, int, int]:
    """Margins inside a desk's scrolling form: room for the focus ring on every side and a gap between
    the fields and the scroll bar (K02, K15)."""
    return (RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
