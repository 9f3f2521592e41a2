"""RowOrColumn: side by side while the width allows, one above the other when it does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.gui.widgets.row_or_column import MIN_STRETCH_WIDTH, RowOrColumn


@pytest.fixture(autouse=True)
def plain_style(qapp: QApplication) -> Iterator[None]:
    # The plain widgets, whatever look an earlier test left on the application: a themed button has a
    # fixed height and sits centred in its row, which is the layout's business but not this test's.
    earlier_style = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(earlier_style)


def _panel(qtbot: QtBot) -> tuple[QWidget, QLabel, QPushButton]:
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("Do you want to leave the consultation now?", wordWrap=True)
    button = QPushButton("Yes, leave")
    layout = RowOrColumn(host)
    layout.add(label, 1)
    layout.add(button)
    return host, label, button


def test_a_wide_row_keeps_its_items_side_by_side(qtbot: QtBot) -> None:
    host, label, button = _panel(qtbot)
    host.resize(button.sizeHint().width() + MIN_STRETCH_WIDTH + 200, 400)
    host.show()
    qtbot.waitExposed(host)
    assert label.geometry().top() <= button.geometry().center().y() <= label.geometry().bottom()
    assert label.geometry().right() < button.geometry().left()
    assert button.width() == button.sizeHint().width()


def test_a_narrow_row_becomes_a_column_at_full_width(qtbot: QtBot) -> None:
    host, label, button = _panel(qtbot)
    width = button.sizeHint().width() + MIN_STRETCH_WIDTH - 50
    host.resize(width, 600)
    host.show()
    qtbot.waitExposed(host)
    assert button.geometry().top() > label.geometry().bottom()
    assert label.width() == button.width() == width
    layout = host.layout()
    assert layout.heightForWidth(width) > layout.heightForWidth(width + 400)
    assert layout.minimumSize().width() < width


def test_a_row_width_holds_in_a_row_and_gives_way_to_the_full_width_in_a_column(qtbot: QtBot) -> None:
    # The QR screen's links: one width whatever the language beside the code, the full width above it.
    host = QWidget()
    qtbot.addWidget(host)
    links = QPushButton("Links")
    detail = QLabel("The chosen link's explanation, its QR code and Print.", wordWrap=True)
    layout = RowOrColumn(host, spacing=20)
    layout.add(links, row_width=300)
    layout.add(detail, 1)
    host.resize(300 + 20 + MIN_STRETCH_WIDTH + 100, 400)
    host.show()
    qtbot.waitExposed(host)
    assert links.width() == 300
    assert detail.geometry().left() == 320
    narrow = 300 + 20 + MIN_STRETCH_WIDTH - 1
    host.resize(narrow, 800)
    qtbot.waitUntil(lambda: links.width() == narrow)
    assert detail.geometry().top() > links.geometry().bottom()
