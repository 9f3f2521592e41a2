"""The home tiles' grid: as many equal columns as the width holds, in reading order."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from kiosk.gui.widgets.column_grid import ColumnGrid


def _grid(qtbot, count: int, min_width: int) -> tuple[QWidget, ColumnGrid, list[QWidget]]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    grid = ColumnGrid(parent, max_columns=4, spacing=32)
    cells = []
    for _ in range(count):
        cell = QWidget()
        cell.setMinimumSize(min_width, 100)
        grid.addWidget(cell)
        cells.append(cell)
    return parent, grid, cells


def test_four_columns_where_four_fit_and_fewer_where_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    _parent, grid, _cells = _grid(qtbot, 8, 400)
    assert grid.columns_for(4 * 400 + 3 * 32) == 4
    assert grid.columns_for(4 * 400 + 3 * 32 - 1) == 3
    assert grid.columns_for(2 * 400 + 32) == 2
    assert grid.columns_for(300) == 1


def test_cells_are_placed_row_by_row_and_never_narrower_than_their_minimum(qtbot) -> None:  # type: ignore[no-untyped-def]
    _parent, grid, cells = _grid(qtbot, 7, 400)
    grid.setGeometry(QRect(0, 0, 1400, 900))  # 3 columns of 445 px; rows of 100 + 536 / 3 spare
    assert [c.geometry().topLeft().toTuple() for c in cells[:4]] == [(0, 0), (477, 0), (954, 0), (0, 310)]
    assert all(c.width() >= 400 for c in cells)
    assert cells[-1].geometry().bottom() < 900  # the spare height is shared out inside the rect


def test_height_follows_the_columns(qtbot) -> None:  # type: ignore[no-untyped-def]
    _parent, grid, _cells = _grid(qtbot, 8, 400)
    assert grid.heightForWidth(1800) == 2 * 100 + 32  # four columns: two rows
    assert grid.heightForWidth(900) == 4 * 100 + 3 * 32  # two columns: four rows
