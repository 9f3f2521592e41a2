"""What every staff screen shares: nothing of it shows until staff have signed in with the PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.gui.current_page_stack import CurrentPageStack
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.screen import Screen


def ui_language() -> str:
    """ "ko" or "en": which side of bilingual content to show."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property such as `role` changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def centred(*widgets: QWidget) -> QHBoxLayout:
    """A row where the widgets share the middle half of the width (the style sheet's min-width would
    otherwise shrink a short-labelled button to a small target)."""
    row = QHBoxLayout()
    row.setSpacing(24)
    row.addStretch(len(widgets))
    for widget in widgets:
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(widget, 2)
    row.addStretch(len(widgets))
    return row


class StaffScreen(Screen):
    """A locked page until the staff session is active, then `self.content` (filled by subclasses)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.session = context.staff.session
        self.pages = CurrentPageStack(self)
        self.locked_page = QWidget()
        self.locked_label = QLabel(objectName="staffLockedLabel", wordWrap=True)
        self.locked_label.setProperty("role", "notice")
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sign_in_button = QPushButton(objectName="staffSignInButton")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.clicked.connect(lambda: self.navigate_requested.emit("staff_pin"))
        locked_layout = QVBoxLayout(self.locked_page)
        locked_layout.setSpacing(RING_ROOM)
        locked_layout.addStretch(1)
        locked_layout.addWidget(self.locked_label)
        locked_layout.addLayout(centred(self.sign_in_button))
        locked_layout.addStretch(1)
        self.content = QWidget(objectName="staffContent")
        self.pages.addWidget(self.locked_page)
        self.pages.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        outer.addWidget(self.pages)
        self.session.on_change(self._session_changed)
        self._retranslate_base()

    def _retranslate_base(self) -> None:
        self.locked_label.setText(self.tr("This page is for tax office staff only."))
        self.sign_in_button.setText(self.tr("Staff sign-in"))

    def retranslateUi(self) -> None:
        self._retranslate_base()

    def entered(self) -> None:
        if self.session.active:
            self.pages.setCurrentWidget(self.content)
            self.refresh()
        else:
            self.pages.setCurrentWidget(self.locked_page)

    def refresh(self) -> None:
        """Reload what the page shows (called on each visit while signed in)."""

    def _session_changed(self, active: bool) -> None:
        if not active:
            self.reset()
            self.pages.setCurrentWidget(self.locked_page)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        return [("signed-in", self._sign_in_for_screenshot)]

    def _sign_in_for_screenshot(self) -> None:
        self.session.sign_in()
        self.entered()
