"""show_whole: a control comes into sight whole with its ring, its label whole or not at all."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.gui.scroll_into_view import RING_MARGIN, show_whole

VIEW_HEIGHT = 300


def _form(qtbot: QtBot, label_height: int) -> tuple[QScrollArea, QLabel, QLineEdit]:
    """A field and its label far down a scroll area with a 300 px view."""
    area = QScrollArea(widgetResizable=True)
    qtbot.addWidget(area)
    content = QWidget()
    column = QVBoxLayout(content)
    column.setSpacing(20)
    column.addSpacing(900)
    label = QLabel("Address")
    label.setFixedHeight(label_height)
    field = QLineEdit()
    field.setFixedHeight(80)
    label.setBuddy(field)
    column.addWidget(label)
    column.addWidget(field)
    column.addSpacing(900)
    area.setWidget(content)
    area.resize(400, VIEW_HEIGHT)
    area.show()
    qtbot.waitExposed(area)
    return area, label, field


def _shown(area: QScrollArea, widget: QWidget) -> QRect:
    """The part of `widget` inside the view, in the view's coordinates."""
    viewport = area.viewport()
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()).intersected(viewport.rect())


def test_a_field_far_down_comes_whole_with_its_ring_and_its_label(qtbot: QtBot) -> None:
    area, label, field = _form(qtbot, label_height=40)
    show_whole(field)
    viewport = area.viewport().rect()
    ringed = QRect(field.mapTo(area.viewport(), QPoint(0, 0)), field.size())
    assert viewport.contains(ringed.adjusted(0, -RING_MARGIN, 0, RING_MARGIN))
    assert _shown(area, label).height() == label.height()


def test_a_label_that_cannot_come_along_stays_wholly_out_of_view(qtbot: QtBot) -> None:
    area, label, field = _form(qtbot, label_height=VIEW_HEIGHT)
    show_whole(field)
    assert _shown(area, field).height() == field.height()
    assert _shown(area, label).isEmpty()


def test_a_field_already_whole_does_not_move(qtbot: QtBot) -> None:
    area, _label, field = _form(qtbot, label_height=40)
    show_whole(field)
    value = area.verticalScrollBar().value()
    show_whole(field)
    assert area.verticalScrollBar().value() == value
