"""Small building blocks of the staff desks (bookings, question board, content)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.gui.screens.staff_base import repolish
from kiosk.gui.widgets.info_widgets import label


def role_button(name: str, role: str = "", checkable: bool = False) -> QPushButton:
    """A touch-size button styled by its theme role (primary, danger or plain)."""
    button = QPushButton(objectName=name, checkable=checkable)
    if role:
        button.setProperty("role", role)
    button.setMinimumHeight(80)
    return button


def button_row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    """Buttons side by side with touch-size spacing."""
    row = QHBoxLayout()
    row.setSpacing(20)
    if stretch_first:
        # Right-aligned buttons share the right half (a short label would otherwise make a small target).
        row.addStretch(len(widgets))
        for widget in widgets:
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for widget in widgets:
        row.addWidget(widget, 1 if stretch_first else 0)
    return row


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    """Show an outcome under the desk: `notice` for done, `error` for a refusal (shape: the ✓ or ✕)."""
    label.setProperty("role", "error" if error else "notice")
    label.setText(("✕ " if error else "✓ ") + text)
    label.show()
    repolish(label)


def message_label(name: str) -> QLabel:
    """Where an outcome appears (see show_message); hidden until there is one."""
    message = label(object_name=name)
    message.hide()
    return message
