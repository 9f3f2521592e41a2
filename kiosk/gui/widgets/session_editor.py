"""Adding, moving and cancelling the visiting explanation sessions shown on the events screen."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.content_file import LocalText
from kiosk.domain.errors import KioskError
from kiosk.domain.events import CANCELLED, SCHEDULED, EventsContent, Session
from kiosk.gui.focus_ring import RING_ROOM
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
from kiosk.services.content_editing import ContentEditor

SESSION_ROLE = Qt.ItemDataRole.UserRole
# (key, keyboard layout) of the form's fields, in order.
FIELDS = (
    ("date", "en"),
    ("start", "en"),
    ("end", "en"),
    ("title_ko", "ko"),
    ("title_en", "en"),
    ("place_ko", "ko"),
    ("place_en", "en"),
)


def clock_time(text: str) -> time:
    """14:00 or 9:30 as a time; ValueError otherwise."""
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes))


class SessionEditor(QWidget):
    """The sessions list (cancelled ones marked) and the chosen or new session's form."""

    def __init__(self, editor: ContentEditor, events: Callable[[], EventsContent]) -> None:
        super().__init__(objectName="sessionEditor")
        self.editor = editor
        self._events = events
        self.editing: Session | None = None
        self.rows = desk_list("sessionList")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.region = ""
        self.region_buttons: dict[str, QPushButton] = {}
        self.region_row = button_row()
        self.captions: dict[str, QWidget] = {}
        self.edits: dict[str, QLineEdit] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        # Room for the focus ring between the stacked fields (K15).
        form.setVerticalSpacing(RING_ROOM)
        for index, (key, keys) in enumerate(FIELDS):
            caption = label(object_name=f"session_{key}_label")
            edit = QLineEdit(objectName=f"session_{key}", maxLength=200)
            edit.setProperty("keyboardLayout", keys)
            caption.setBuddy(edit)
            form.addWidget(caption, index, 0)
            form.addWidget(edit, index, 1)
            self.captions[key] = caption
            self.edits[key] = edit
        self.new_button = role_button("sessionNew")
        self.save_button = role_button("sessionSave", "primary")
        self.cancel_button = role_button("sessionCancel", "danger")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.message = message_label("sessionMessage")
        area, form_layout = scroll_page("sessionForm")
        form_layout.setContentsMargins(*scroll_margins())
        form_layout.addLayout(self.region_row)
        form_layout.addLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.rows, 1)
        layout.addWidget(area, 2)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.new_button, self.cancel_button, self.save_button))

    def refresh(self) -> None:
        content = self._events()
        self._build_regions(content)
        chosen = self.editing.id if self.editing is not None else None
        self.rows.clear()
        lang = ui_language()
        for session in content.sessions:
            mark = self.tr("– Cancelled") + "  " if session.status == CANCELLED else ""
            item = QListWidgetItem(
                f"{mark}{session.day.isoformat()} {session.start:%H:%M}–{session.end:%H:%M}  "
                f"{session.title.get(lang)}"
            )
            item.setData(SESSION_ROLE, session)
            self.rows.addItem(item)
            if session.id == chosen:
                self.rows.setCurrentItem(item)

    def select(self, session_id: str) -> None:
        for index in range(self.rows.count()):
            session = self.rows.item(index).data(SESSION_ROLE)
            if isinstance(session, Session) and session.id == session_id:
                self.rows.setCurrentRow(index)
                return
        raise LookupError(session_id)

    def start_new(self) -> None:
        """An empty form; Save adds the session."""
        self.rows.clearSelection()
        self.editing = None
        for edit in self.edits.values():
            edit.clear()
        self.choose_region(next(iter(self.region_buttons), ""))
        self.cancel_button.setEnabled(False)
        show_message(self.message, self.tr("Fill in the new session, then Save."))

    def choose_region(self, region: str) -> None:
        self.region = region
        for key, button in self.region_buttons.items():
            button.setChecked(key == region)

    def save(self) -> None:
        """Add the new session or store the chosen one's changes (a move keeps its id)."""
        texts = {key: edit.text().strip() for key, edit in self.edits.items()}
        try:
            session = Session(
                id=self.editing.id if self.editing is not None else self.editor.new_session_id(),
                region=self.region,
                title=LocalText(texts["title_ko"], texts["title_en"]),
                day=date.fromisoformat(texts["date"]),
                start=clock_time(texts["start"]),
                end=clock_time(texts["end"]),
                place=LocalText(texts["place_ko"], texts["place_en"]),
                status=SCHEDULED,
            )
            self.editor.save_session(session, list(self._events().regions))
        except ValueError:
            show_message(
                self.message, self.tr("Write the date as 2026-12-10 and times as 14:00."), error=True
            )
            return
        except KioskError:
            show_message(
                self.message,
                self.tr("Choose a region, fill in every text, and let the session end after it starts."),
                error=True,
            )
            return
        self.editing = session
        self.refresh()
        show_message(self.message, self.tr("Saved. The events screen shows it from the next visit."))

    def cancel_session(self) -> None:
        """Residents no longer see it; Save on the same session schedules it again."""
        if self.editing is None:
            return
        self.editor.cancel_session(self.editing)
        self.editing = dataclasses.replace(self.editing, status=CANCELLED)
        self.refresh()
        show_message(self.message, self.tr("Cancelled. Save schedules it again."))

    def reset(self) -> None:
        self.editing = None
        self.rows.clear()
        for edit in self.edits.values():
            edit.clear()
        self.message.hide()

    def _selection_changed(self) -> None:
        item = self.rows.currentItem()
        session = item.data(SESSION_ROLE) if item is not None else None
        if not isinstance(session, Session):
            return
        self.editing = session
        values = {
            "date": session.day.isoformat(),
            "start": f"{session.start:%H:%M}",
            "end": f"{session.end:%H:%M}",
            "title_ko": session.title.ko,
            "title_en": session.title.en,
            "place_ko": session.place.ko,
            "place_en": session.place.en,
        }
        for key, edit in self.edits.items():
            edit.setText(values[key])
            edit.setCursorPosition(0)
        self.choose_region(session.region)
        self.cancel_button.setEnabled(session.status != CANCELLED)
        self.message.hide()

    def _build_regions(self, content: EventsContent) -> None:
        if set(self.region_buttons) == set(content.regions):
            for key, button in self.region_buttons.items():
                button.setText(content.regions[key].get(ui_language()))
            return
        for button in self.region_buttons.values():
            button.hide()
            button.deleteLater()
        self.region_buttons = {}
        for key, name in content.regions.items():
            button = role_button(f"sessionRegion_{key}", checkable=True)
            button.setText(name.get(ui_language()))
            button.clicked.connect(lambda _=False, k=key: self.choose_region(k))
            self.region_row.addWidget(button)
            self.region_buttons[key] = button

    def retranslateUi(self) -> None:
        captions = {
            "date": self.tr("Date (e.g. 2026-12-10)"),
            "start": self.tr("Starts (e.g. 14:00)"),
            "end": self.tr("Ends (e.g. 16:00)"),
            "title_ko": self.tr("Title (한국어)"),
            "title_en": self.tr("Title (English)"),
            "place_ko": self.tr("Place (한국어)"),
            "place_en": self.tr("Place (English)"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.new_button.setText(self.tr("New session"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel session"))
