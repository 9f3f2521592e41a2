"""Editing two bilingual texts of one content entry (an FAQ question and answer, a card's title and text)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.content_file import LocalText
from kiosk.domain.errors import KioskError
from kiosk.gui.screens.staff_base import ui_language
from kiosk.gui.widgets.desk_parts import (
    button_row,
    desk_list,
    message_label,
    role_button,
    scroll_margins,
    show_message,
)
from kiosk.gui.widgets.info_widgets import label, scroll_page

ENTRY_ROLE = Qt.ItemDataRole.UserRole
TEXT_LIMIT = 2000


@dataclass(frozen=True)
class EditableEntry:
    """One entry as the editor shows it: its id and its two texts (e.g. question and answer)."""

    id: str
    first: LocalText
    second: LocalText


class BilingualTextEditor(QWidget):
    """A list of entries; the chosen one's two texts in Korean and English, and Save.

    `load` returns the entries as residents see them now; `save(id, first, second)` stores an edit.
    """

    def __init__(
        self,
        name: str,
        load: Callable[[], list[EditableEntry]],
        save: Callable[[str, LocalText, LocalText], object],
    ) -> None:
        super().__init__(objectName=name)
        self._load = load
        self._save = save
        self.rows = desk_list(f"{name}List")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.labels: dict[str, QWidget] = {}
        self.edits: dict[str, QLineEdit] = {}
        # Korean on the left, English on the right: both languages of a text side by side.
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(4)
        for index, key in enumerate(("first_ko", "first_en", "second_ko", "second_en")):
            caption = label(object_name=f"{name}_{key}_label")
            edit = QLineEdit(objectName=f"{name}_{key}", maxLength=TEXT_LIMIT)
            edit.setProperty("keyboardLayout", key[-2:])
            caption.setBuddy(edit)
            row, column = divmod(index, 2)
            form.addWidget(caption, row * 2, column)
            form.addWidget(edit, row * 2 + 1, column)
            self.labels[key] = caption
            self.edits[key] = edit
        self.save_button = role_button(f"{name}Save", "primary")
        self.save_button.clicked.connect(self.save)
        self.message = message_label(f"{name}Message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        # The form scrolls rather than squeezing its captions into the fields in large-text mode.
        area, form_layout = scroll_page(f"{name}Form")
        form_layout.setContentsMargins(*scroll_margins())
        form_layout.addLayout(form)
        form_layout.addStretch(1)
        layout.addWidget(self.rows, 1)
        layout.addWidget(area, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.save_button, stretch_first=True))

    def set_captions(self, first: str, second: str) -> None:
        """Name the two texts ("Question", "Answer") in the staff member's language."""
        for key, caption in (("first", first), ("second", second)):
            self.labels[f"{key}_ko"].setText(f"{caption} (한국어)")
            self.labels[f"{key}_en"].setText(f"{caption} (English)")
        self.save_button.setText(self.tr("Save"))

    def refresh(self) -> None:
        chosen = self.selected()
        self.rows.clear()
        lang = ui_language()
        for entry in self._load():
            item = QListWidgetItem(entry.first.get(lang))
            item.setData(ENTRY_ROLE, entry)
            self.rows.addItem(item)
            if chosen is not None and chosen.id == entry.id:
                self.rows.setCurrentItem(item)
        self._selection_changed()

    def selected(self) -> EditableEntry | None:
        item = self.rows.currentItem()
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, EditableEntry) else None

    def select(self, entry_id: str) -> None:
        for index in range(self.rows.count()):
            entry = self.rows.item(index).data(ENTRY_ROLE)
            if isinstance(entry, EditableEntry) and entry.id == entry_id:
                self.rows.setCurrentRow(index)
                return
        raise LookupError(entry_id)

    def save(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        texts = {key: edit.text() for key, edit in self.edits.items()}
        try:
            self._save(
                entry.id,
                LocalText(texts["first_ko"], texts["first_en"]),
                LocalText(texts["second_ko"], texts["second_en"]),
            )
        except KioskError:
            show_message(self.message, self.tr("Both languages need a text."), error=True)
            return
        self.refresh()
        show_message(self.message, self.tr("Saved. Residents see the new text from their next visit."))

    def reset(self) -> None:
        self.rows.clear()
        for edit in self.edits.values():
            edit.clear()
        self.message.hide()

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.save_button.setEnabled(entry is not None)
        values = (
            {
                "first_ko": entry.first.ko,
                "first_en": entry.first.en,
                "second_ko": entry.second.ko,
                "second_en": entry.second.en,
            }
            if entry is not None
            else dict.fromkeys(self.edits, "")
        )
        for key, edit in self.edits.items():
            edit.setText(values[key])
            edit.setCursorPosition(0)
