"""The local half of the idle wipe: text fields without history, both clipboards, steps that cannot stop.

`QLineEdit.clear()` is an edit like any other: `undo()` (or the context menu's Undo) brings the text
back. `setText("")` also clears the undo and redo history, so the wipe uses it; QTextEdit and
QPlainTextEdit forget their history on `clear()` and their document's stacks are emptied as well.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

log = logging.getLogger(__name__)


def run_steps(steps: Iterable[tuple[str, Callable[[], object]]]) -> list[str]:
    """Run every step even when one fails; a failure is logged by step and error type (never text)."""
    failed = []
    for name, step in steps:
        try:
            step()
        except Exception as err:  # one broken step must not leave the rest of the wipe undone
            # The type and where, not the text: an exception's text can quote what the resident typed.
            where = traceback.extract_tb(err.__traceback__)[-1]
            log.error(
                "session reset: step %s failed: %s at %s:%s",
                name,
                type(err).__name__,
                where.filename,
                where.lineno,
            )
            failed.append(name)
    return failed


def wipe_text_fields(root: QWidget) -> None:
    """Empty every editable text field under `root`, hidden pages included, with no undo or redo left."""
    for line in root.findChildren(QLineEdit):
        line.setText("")  # unlike clear(), setText also drops the undo/redo history
    for editor in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
        if not editor.isReadOnly():
            editor.clear()
        editor.document().clearUndoRedoStacks()


def clear_clipboards() -> None:
    """Empty the clipboard and, on X11, the primary selection (filled by merely selecting text)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
