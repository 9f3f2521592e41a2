"""The staff PIN pad: large keys, masked entry; the PIN is never shown, spoken or logged (K19)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.staff_pin import MAX_DIGITS, MIN_DIGITS, InvalidPin, PadLocked
from kiosk.gui.peoples_text import mark_label
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import breakable
from kiosk.gui.widgets.row_or_column import RowOrColumn
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.staff_auth import WrongPin
from kiosk.storage.database import StorageError

SET_PIN_COMMAND = "kiosk staff set-pin"
UNLOCK_COMMAND = "kiosk staff unlock"
# Room beside the entry and the pad on a wide panel; it gives way first on a narrow one.
SIDE_ROOM_PX = 72


def _side_room() -> QSpacerItem:
    return QSpacerItem(SIDE_ROOM_PX, 0, QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class StaffPinScreen(Screen):
    """Digits in, `navigate_requested(after_sign_in)` out once the PIN is right."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.auth = context.staff.auth
        self.after_sign_in = "staff"
        self.heading = QLabel(objectName="pinHeading", wordWrap=True)
        self.heading.setProperty("role", "title")
        self.entry = QLineEdit(objectName="pinEntry", readOnly=True, maxLength=MAX_DIGITS)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumWidth(560)
        self.entry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel(objectName="pinMessage", wordWrap=True)
        self.message.setMinimumHeight(120)
        # Without a configured hash there is no staff mode: these say so and name the command.
        self.off_notice = QLabel(objectName="pinOffNotice", wordWrap=True)
        self.off_notice.setProperty("role", "notice")
        self.off_command = QLabel(SET_PIN_COMMAND, objectName="pinOffCommand")
        # Commands and the section name are typed as they are, in any language (K26 leaves them out).
        mark_label(self.off_command, SET_PIN_COMMAND)
        mark_label(self.off_notice, "[staff]")
        self.off_command.setProperty("role", "subtitle")
        self.off_command.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.entry_area = QWidget(objectName="pinEntryArea")
        left = QVBoxLayout(self.entry_area)
        left.setContentsMargins(0, 0, 0, 0)
        # Room below the entry for its focus ring (K15): as a nested layout it had its parent's 64 px.
        left.setSpacing(24)
        left.addStretch(1)
        left.addWidget(self.heading)
        left.addWidget(self.entry)
        left.addWidget(self.message)
        left.addWidget(self.off_notice)
        left.addWidget(self.off_command)
        left.addStretch(1)

        self.digit_buttons: dict[str, QPushButton] = {}
        keys = QGridLayout()
        keys.setSpacing(16)
        for index, digit in enumerate("123456789"):
            keys.addWidget(self._digit_button(digit), index // 3, index % 3)
        self.clear_button = self._key("pinClear", self.clear)
        self.delete_button = self._key("pinDelete", self.delete_digit)
        keys.addWidget(self.clear_button, 3, 0)
        keys.addWidget(self._digit_button("0"), 3, 1)
        keys.addWidget(self.delete_button, 3, 2)
        self.sign_in_button = self._key("pinSignIn", self.submit)
        self.sign_in_button.setProperty("role", "primary")
        keys.addWidget(self.sign_in_button, 4, 0, 1, 3)
        self.pad = QWidget(objectName="pinPad")
        self.pad.setLayout(keys)
        # 224 px keys: "Clear" in English large text needs 170 px inside the padding and border (K08).
        self.pad.setFixedWidth(3 * 224 + 2 * 16)

        # The pad stands beside the entry on a landscape panel and below it on a portrait one, where
        # 96 px margins, the entry's 560 px and the pad's 704 px do not fit in 1080 px (K08).
        self.pad_area = QWidget(objectName="pinPadArea")
        centred = QHBoxLayout(self.pad_area)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)
        centred.addStretch(1)
        self.pad_area.setMinimumWidth(self.pad.width())
        row = RowOrColumn(spacing=24)
        row.add(self.entry_area, 1)
        row.add(self.pad_area)
        across = QHBoxLayout()
        across.setSpacing(0)
        across.addItem(_side_room())
        across.addLayout(row, 1)
        across.addItem(_side_room())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(across)
        layout.addStretch(1)
        # Only once they have a parent: a parentless label shown is a window of its own, which took the
        # activation (and with it the keypad) away from the kiosk window.
        self._show_mode(self.auth.has_staff_mode)
        self.retranslateUi()

    def _show_mode(self, staff_mode: bool) -> None:
        """The pad when a PIN is configured; otherwise only the notice naming the command."""
        self.has_staff_mode = staff_mode
        # The pad's whole area: left shown without its pad, it kept the notice in a narrow column.
        for widget in (self.entry, self.message, self.pad_area):
            widget.setVisible(staff_mode)
        for widget in (self.off_notice, self.off_command):
            widget.setVisible(not staff_mode)

    def _key(self, name: str, action: Callable[[], None]) -> QPushButton:
        # "Clear all" wraps onto two lines in large text instead of being cut (K08).
        button = WrapButton(objectName=name)
        button.setMinimumHeight(120)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action)
        return button

    def _digit_button(self, digit: str) -> QPushButton:
        button = self._key(f"pinDigit{digit}", lambda: self.add_digit(digit))
        button.setText(digit)
        self.digit_buttons[digit] = button
        return button

    def title(self) -> str:
        return self.tr("Staff sign-in")

    def retranslateUi(self) -> None:
        if self.has_staff_mode:
            self.heading.setText(self.tr("Enter the staff PIN"))
        else:
            self.heading.setText(self.tr("Staff mode is off on this kiosk"))
        self.clear_button.setText(self.tr("Clear"))
        self.delete_button.setText(self.tr("Delete"))
        self.sign_in_button.setText(self.tr("Sign in"))
        # The file name wraps at its dots and slashes in large text (K08).
        self.off_notice.setText(
            breakable(
                self.tr(
                    "No staff PIN is set, so this kiosk has no staff mode. To set one, run this command "
                    "on the kiosk computer, put the line it prints under [staff] in the configuration "
                    "file and restart the kiosk:"
                )
            )
        )
        self._show_lock_state()

    # Entry --------------------------------------------------------------------------------------------
    def add_digit(self, digit: str) -> None:
        if len(self.entry.text()) < MAX_DIGITS:
            self.entry.setText(self.entry.text() + digit)

    def delete_digit(self) -> None:
        self.entry.setText(self.entry.text()[:-1])

    def clear(self) -> None:
        self.entry.clear()

    def submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        if not self.has_staff_mode:
            return
        try:
            self.auth.check(pin)
        except InvalidPin:
            self._say(
                self.tr("Enter %1 to %2 digits.")
                .replace("%1", str(MIN_DIGITS))
                .replace("%2", str(MAX_DIGITS))
            )
        except WrongPin as wrong:
            self._say(self.tr("Wrong PIN. %n attempt(s) left.", "", wrong.attempts_left))
        except PadLocked as locked:
            self._say_locked(locked)
        except StorageError:
            self._say(
                self.tr("Staff sign-in is unavailable: the database cannot be reached. Please try again.")
            )
        else:
            self.message.clear()
            self.context.staff.session.sign_in()
            self.navigate_requested.emit(self.after_sign_in)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A staff PC has a keyboard: digits, Backspace and Enter work like the keys on screen.
        text = event.text()
        if text.isdigit() and text.isascii():
            self.add_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    # State ----------------------------------------------------------------------------------------
    def entered(self) -> None:
        self.entry.clear()
        self.message.clear()
        self._show_lock_state()

    def reset(self) -> None:
        self.entry.clear()
        self.message.clear()
        if self.has_staff_mode != self.auth.has_staff_mode:  # after the screenshot state below
            self._show_mode(self.auth.has_staff_mode)
            self.retranslateUi()

    def _show_lock_state(self) -> None:
        if not self.has_staff_mode:
            return
        try:
            refusal = self.auth.lock_state().refusal(self.context.clock.now())
        except StorageError:
            return  # said when staff try to sign in
        if refusal is not None:
            self._say_locked(refusal)

    def _say_locked(self, locked: PadLocked) -> None:
        if locked.until is None:
            self._say(
                self.tr(
                    "Too many wrong PINs. The pad stays locked until staff unlock it: in staff mode on "
                    "another kiosk or console, or with the command kiosk staff unlock."
                ),
                UNLOCK_COMMAND,
            )
            return
        until = QLocale().toString(locked.until.time().replace(second=0, microsecond=0), "HH:mm")
        self._say(self.tr("Too many wrong PINs. The pad is locked until %1.").replace("%1", until))

    def _say(self, text: str, *commands: str) -> None:
        self.message.setText(text)
        mark_label(self.message, *commands)
        self.message.setProperty("role", "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def typed() -> None:
            for digit in "123456":
                self.add_digit(digit)

        def locked() -> None:
            self.entry.clear()
            self._say_locked(PadLocked(None))

        def no_pin() -> None:
            self.message.clear()
            self._show_mode(False)
            self.retranslateUi()

        return [("typed", typed), ("locked", locked), ("no-pin", no_pin)]
