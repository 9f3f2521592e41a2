"""The content desk: FAQ entries, info booth cards, explanation sessions, Tax Concern Resolution Days,
deadlines extended by hand and lecture import.

Edits are stored in the shared database (kiosk.services.content_editing), so every kiosk on it shows
them at the residents' next visit to the screen, without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app_context import AppContext
from kiosk.gui.screens.staff_base import StaffScreen
from kiosk.gui.widgets.bilingual_text_editor import BilingualTextEditor, EditableEntry
from kiosk.gui.widgets.concern_day_editor import ConcernDayEditor
from kiosk.gui.widgets.desk_parts import role_button
from kiosk.gui.widgets.due_extension_editor import DueExtensionEditor
from kiosk.gui.widgets.flow_layout import FlowLayout
from kiosk.gui.widgets.lecture_import_panel import LectureImportPanel
from kiosk.gui.widgets.session_editor import SessionEditor
from kiosk.services.lectures import ImportReport, import_lectures

TABS = ("faq", "booths", "sessions", "concern_days", "due_dates", "lectures")


class StaffContentScreen(StaffScreen):
    """One tab per kind of content."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        information = context.tax_information
        editor = context.content_editor
        self.faq_editor = BilingualTextEditor(
            "faqEditor",
            lambda: [EditableEntry(f.id, f.question, f.answer) for f in information.guide().faqs],
            editor.edit_faq,
        )
        self.booth_editor = BilingualTextEditor(
            "boothEditor",
            lambda: [EditableEntry(b.id, b.title, b.body) for b in information.guide().booths],
            editor.edit_booth,
        )
        self.session_editor = SessionEditor(editor, information.events)
        self.concern_day_editor = ConcernDayEditor(editor, information.events, context.clock)
        self.due_date_editor = DueExtensionEditor(editor, information.calendar, context.clock)
        self.import_panel = LectureImportPanel(self._import_lectures)
        self.tab_pages: dict[str, QWidget] = {
            "faq": self.faq_editor,
            "booths": self.booth_editor,
            "sessions": self.session_editor,
            "concern_days": self.concern_day_editor,
            "due_dates": self.due_date_editor,
            "lectures": self.import_panel,
        }
        self.tab_buttons: dict[str, QPushButton] = {}
        self.stack = QStackedWidget(objectName="contentTabs")
        for name, page in self.tab_pages.items():
            button = role_button(f"contentTab_{name}", checkable=True)
            button.clicked.connect(lambda _=False, n=name: self.show_tab(n))
            self.tab_buttons[name] = button
            self.stack.addWidget(page)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        # Six tabs do not fit one row in large text: they wrap onto a second one.
        tabs_bar = QWidget(objectName="contentTabBar")
        tabs = FlowLayout(tabs_bar, spacing=20)
        for button in self.tab_buttons.values():
            tabs.addWidget(button)
        layout.addWidget(tabs_bar)
        layout.addWidget(self.stack, 1)
        self.tab = "faq"
        self.retranslateUi()

    def _import_lectures(self, folder: Path) -> ImportReport:
        return import_lectures(self.context.database, folder)

    def show_tab(self, name: str) -> None:
        self.tab = name
        for key, button in self.tab_buttons.items():
            button.setChecked(key == name)
        self.stack.setCurrentWidget(self.tab_pages[name])
        self.refresh()

    def refresh(self) -> None:
        page = self.tab_pages[self.tab]
        page.refresh()  # type: ignore[attr-defined]
        for key, button in self.tab_buttons.items():
            button.setChecked(key == self.tab)
        self.stack.setCurrentWidget(page)

    def title(self) -> str:
        return self.tr("Content")

    def reset(self) -> None:
        for page in self.tab_pages.values():
            page.reset()  # type: ignore[attr-defined]
        self.tab = "faq"

    def retranslateUi(self) -> None:
        super().retranslateUi()
        names = {
            "faq": self.tr("FAQ"),
            "booths": self.tr("Info cards"),
            "sessions": self.tr("Sessions"),
            "concern_days": self.tr("Concern days"),
            "due_dates": self.tr("Due dates"),
            "lectures": self.tr("Import lectures"),
        }
        for key, button in self.tab_buttons.items():
            button.setText(names[key])
        self.faq_editor.set_captions(self.tr("Question"), self.tr("Answer"))
        self.booth_editor.set_captions(self.tr("Title"), self.tr("Text"))
        self.session_editor.retranslateUi()
        self.concern_day_editor.retranslateUi()
        self.due_date_editor.retranslateUi()
        self.import_panel.retranslateUi()
        if self.session.active:
            self.refresh()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def tab(name: str) -> Callable[[], None]:
            def show() -> None:
                self._sign_in_for_screenshot()
                self.show_tab(name)
                if name == "faq":
                    self.faq_editor.rows.setCurrentRow(0)
                elif name == "sessions":
                    self.session_editor.rows.setCurrentRow(0)
                elif name == "concern_days":
                    self.concern_day_editor.rows.setCurrentRow(0)
                elif name == "due_dates":
                    self.due_date_editor.rows.setCurrentRow(0)

            return show

        return [*super().screenshot_states(), *((name, tab(name)) for name in TABS)]
