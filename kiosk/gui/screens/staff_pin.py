"""The staff PIN pad: large keys, masked entry; the PIN is never shown, spoken or logged (K19)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.app_context import AppContext
from kiosk.domain.staff_pin import MAX_DIGITS, MIN_DIGITS, InvalidPin, PadLocked
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import breakable
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.staff_auth import WrongPin


class StaffPinScreen(Screen):
    """Digits in, `navigate_requested(after_sign_in)` out once the PIN is right."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.auth = context.staff.auth
        self.after_sign_in = "staff"
        self.heading = QLabel(objectName="pinHeading")
        self.heading.setProperty("role", "title")
        self.entry = QLineEdit(objectName="pinEntry", readOnly=True, maxLength=MAX_DIGITS)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumWidth(560)
        self.entry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel(objectName="pinMessage", wordWrap=True)
        self.message.setMinimumHeight(120)
        self.demo_notice = QLabel(objectName="pinDemoNotice", wordWrap=True)
        self.demo_notice.setProperty("role", "notice")

        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.heading)
        left.addWidget(self.entry)
        left.addWidget(self.message)
        left.addWidget(self.demo_notice)
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
        pad = QWidget(objectName="pinPad")
        pad.setLayout(keys)
        # 224 px keys: "Clear" in English large text needs 170 px inside the padding and border (K08).
        pad.setFixedWidth(3 * 224 + 2 * 16)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(96, 24, 96, 24)
        layout.setSpacing(64)
        layout.addLayout(left, 1)
        layout.addWidget(pad, 0, Qt.AlignmentFlag.AlignVCenter)
        # Only once it has a parent: a parentless label shown is a window of its own, which took the
        # activation (and with it the keypad) away from the kiosk window.
        self.demo_notice.setVisible(self.auth.uses_demo_pin)
        self.retranslateUi()

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
        self.heading.setText(self.tr("Enter the staff PIN"))
        self.clear_button.setText(self.tr("Clear"))
        self.delete_button.setText(self.tr("Delete"))
        self.sign_in_button.setText(self.tr("Sign in"))
        # The file name wraps at its dots and slashes in large text (K08).
        self.demo_notice.setText(
            breakable(
                self.tr(
                    "No staff PIN is set on this kiosk: the demo PIN is 0000. "
                    "Ask the administrator to set your own (docs/configuration.md)."
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

    def _show_lock_state(self) -> None:
        state = self.auth.lock_state()
        if state.locked_until is not None and state.is_locked(self.context.clock.now()):
            self._say_locked(PadLocked(state.locked_until))

    def _say_locked(self, locked: PadLocked) -> None:
        until = QLocale().toString(locked.until.time().replace(second=0, microsecond=0), "HH:mm")
        self._say(self.tr("Too many wrong PINs. The pad is locked until %1.").replace("%1", until))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def typed() -> None:
            for digit in "1234":
                self.add_digit(digit)

        return [("typed", typed)]
