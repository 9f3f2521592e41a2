"""After the idle reset nothing typed comes back: not by undo or redo, a context menu, or the selection.

Every registered screen is built in every state it lists for screenshots (staff desks signed in), so
the fields walked are the ones residents and staff meet, hidden pages included.
"""

from __future__ import annotations

import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.gui.accessibility.audit import settle
from kiosk.gui.screens.registry import SCREENS
from tests.helpers.kiosk_window import make_window
from tests.helpers.processes import child_env, python_command
from tests.helpers.xvfb import xvfb_display

SECRET = "4821"  # fits every field: the four phone digits are the shortest
Field = QLineEdit | QTextEdit | QPlainTextEdit


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    from kiosk.demo import load_demo

    window = make_window(database_url)
    window.staff_mode.idle.stop()
    qtbot.addWidget(window)
    window.show()
    load_demo(window.context)
    window.context.staff.session.sign_in()  # the staff desks' fields too
    for route in SCREENS:
        window.navigator.go(route)
        settle()
        for _state, drive in window.navigator.current_screen.screenshot_states():
            drive()
            settle()
    yield window
    window.context.database.dispose()


def _editable_fields(root: QWidget) -> list[Field]:
    lines = [f for f in root.findChildren(QLineEdit) if not f.isReadOnly()]
    texts = [
        f for f in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit) if not f.isReadOnly()
    ]
    return [*lines, *texts]


def _text(field: Field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _type(field: Field) -> None:
    # Through the undo stack, as typing is: insert() for a line, the cursor for a text box.
    if isinstance(field, QLineEdit):
        field.setText("")  # a state may have filled it up to its maximum length
        field.insert(SECRET)
    else:
        field.textCursor().insertText(SECRET)


def _name(field: QWidget) -> str:
    return field.objectName() or type(field.parent()).__name__


def test_nothing_typed_comes_back_by_undo_redo_or_a_context_menu(window: object) -> None:
    # One test for both: building every screen in every state is most of its time.
    fields = _editable_fields(window)
    for field in fields:
        _type(field)
    typed = [field for field in fields if SECRET in _text(field)]
    names = {_name(field) for field in typed}
    # The fields where residents type what identifies them, and the staff desks' forms.
    assert {
        "chatEntry",
        "codeEdit",
        "digitsEdit",
        "nameEdit",
        "phoneEdit",
        "faqSearch",
        "questionInput",
    } <= names
    assert len(typed) >= 20, names
    window.reset_session()
    leftovers = []
    for field in typed:
        for action in (field.undo, field.redo, field.undo):
            action()
            if SECRET in _text(field):
                leftovers.append(f"{_name(field)} after {action.__name__}")
    assert leftovers == []
    # The default menu offers Undo and Paste; a right click, a long press or a Menu key would open it.
    for field in fields:
        target = field.viewport() if isinstance(field, QTextEdit | QPlainTextEdit) else field
        where = QPoint(4, 4)
        QApplication.sendEvent(
            target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, target.mapToGlobal(where))
        )
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    for menu in menus:
        menu.close()
    assert [_name(menu.parent()) if menu.parent() else "menu" for menu in menus] == []


PRIMARY_SELECTION_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtWidgets import QApplication
    from tests.helpers.kiosk_window import make_window

    window = make_window(sys.argv[1])
    window.show()
    window.navigator.go("booking_lookup")
    field = window.navigator.current_screen.code_edit
    field.setText("7Q2K")
    field.selectAll()
    clipboard = QGuiApplication.clipboard()
    # What a drag over the text does on X11: selecting is copying to the primary selection.
    clipboard.setText(field.selectedText(), QClipboard.Mode.Selection)
    QApplication.processEvents()
    print("supported", clipboard.supportsSelection())
    print("before", clipboard.text(QClipboard.Mode.Selection))
    window.reset_session()
    QApplication.processEvents()
    print("after", clipboard.text(QClipboard.Mode.Selection))
    window.context.database.dispose()
    """
)


@pytest.mark.timeout(120)
def test_the_reset_clears_the_x11_primary_selection(tmp_path: Path) -> None:
    with xvfb_display() as display:
        env = child_env() | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        result = subprocess.run(
            python_command(PRIMARY_SELECTION_PROBE, f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"),
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["supported True", "before 7Q2K"], result.stdout
    assert lines[2] == "after ", result.stdout
