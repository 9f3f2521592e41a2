"""The on-screen keyboard types Hangul, English and digits into a line edit, with touch-sized keys."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.hangul import JAMO_KEYS, compose
from kiosk.gui.widgets.keyboard import KEY_GAP, SENSITIVE_PREVIEW, KeyButton, OnScreenKeyboard

MIN_KEY_PX = 72  # 12 mm (K01) is about 39-64 px on the panels we target; the brief asks for >= 72 px
MIN_GAP_PX = 12  # 2.5 mm (K02) is about 8-11 px; 12 px leaves margin


class Form(QWidget):
    """A window with two fields and the keyboard docked below them, as the kiosk shows it."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.keyboard = OnScreenKeyboard(self)
        column = QVBoxLayout(self)
        column.addWidget(self.name)
        column.addWidget(self.phone)
        column.addWidget(self.keyboard)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.resize(1920, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.keyboard.attach(widget.name, "ko")
    return widget


def press(qtbot: QtBot, keyboard: OnScreenKeyboard, *keys: str) -> None:
    """Tap the keys labelled `keys` (or control keys by action name) like a finger would."""
    for key in keys:
        qtbot.mouseClick(keyboard.key_button(key), Qt.MouseButton.LeftButton)


def rendering(line_edit: QLineEdit) -> QImage:
    return line_edit.grab().toImage()


def test_hangeul_typed_on_the_keys(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ", "ㄱ", "ㅡ", "ㄹ")
    assert (form.name.text(), form.keyboard.preedit()) == ("한", "글")
    press(qtbot, form.keyboard, "done")
    assert (form.name.text(), form.keyboard.preedit()) == ("한글", "")


def test_the_composing_syllable_is_shown_in_the_field_before_it_is_committed(
    qtbot: QtBot, form: Form
) -> None:
    empty = rendering(form.name)
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ")
    assert form.name.text() == ""
    assert rendering(form.name) != empty
    press(qtbot, form.keyboard, "space")
    assert form.name.text() == "한 "


def test_final_consonant_moves_to_the_next_syllable(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ", "ㅏ")
    assert (form.name.text(), form.keyboard.preedit()) == ("하", "나")


def test_backspace_removes_one_jamo(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㄷ", "ㅏ", "ㄹ", "ㄱ")
    assert form.keyboard.preedit() == "닭"
    seen = []
    for _ in range(4):
        press(qtbot, form.keyboard, "backspace")
        seen.append(form.keyboard.preedit())
    assert seen == ["달", "다", "ㄷ", ""]
    assert form.name.text() == ""


def test_backspace_takes_back_a_syllable_the_final_had_left(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ", "ㅏ", "backspace")
    assert (form.name.text(), form.keyboard.preedit()) == ("", "한")
    press(qtbot, form.keyboard, "done")
    assert form.name.text() == "한"


def test_backspace_after_commit_deletes_a_character(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㄱ", "ㅏ", "space", "backspace", "backspace")
    assert form.name.text() == ""


def test_shift_types_a_double_consonant_once(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "shift")
    assert form.keyboard.key_button("ㄲ").isVisible()
    press(qtbot, form.keyboard, "ㄲ", "ㅏ", "shift", "ㅆ", "ㅏ", "done")
    assert form.name.text() == "까싸"
    assert not form.keyboard.is_shifted()


def test_language_key_switches_to_english_and_commits_first(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "language")
    assert form.keyboard.layout_name() == "en"
    assert form.keyboard.key_button("language").text() == "한/영"
    press(qtbot, form.keyboard, "shift", "K", "i", "m", "-", "l", "e", "e")
    assert form.name.text() == "하Kim-lee"
    press(qtbot, form.keyboard, "language")
    assert form.keyboard.layout_name() == "ko"


def test_english_layout_is_qwerty(qtbot: QtBot, form: Form) -> None:
    form.keyboard.attach(form.name, "en")
    rows = {}
    for button in form.keyboard.key_buttons():
        if button.spec.action == "char" and button.text().isalpha():
            rows.setdefault(button.mapTo(form, button.rect().topLeft()).y(), []).append(button)
    lines = ["".join(b.text() for b in sorted(row, key=lambda b: b.x())) for _, row in sorted(rows.items())]
    assert lines == ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def test_digit_layout_types_a_phone_number(qtbot: QtBot, form: Form) -> None:
    form.keyboard.attach(form.phone, "digits")
    press(qtbot, form.keyboard, *"01012345678", "backspace", "9")
    assert form.phone.text() == "01012345679"
    labels = sorted(b.text() for b in form.keyboard.key_buttons() if b.spec.action == "char")
    assert labels == list("0123456789")


def test_digit_keys_are_larger_than_letter_keys(qtbot: QtBot, form: Form) -> None:
    letter = form.keyboard.key_button("ㅎ").size()
    form.keyboard.attach(form.phone, "digits")
    digit = form.keyboard.key_button("5").size()
    assert digit.width() >= 2 * letter.width()
    assert digit.height() >= letter.height()


@pytest.mark.parametrize("layout", ["ko", "en", "digits"])
def test_keys_meet_the_touch_target_size_and_spacing(qtbot: QtBot, form: Form, layout: str) -> None:
    form.keyboard.attach(form.name, layout)
    rects = []
    for button in form.keyboard.key_buttons():
        assert button.isVisible()
        rect = QRect(button.mapTo(form, button.rect().topLeft()), button.size())
        assert min(rect.width(), rect.height()) >= MIN_KEY_PX, button.text()
        rects.append((button.text(), rect))
    for (name_a, a), (name_b, b) in itertools.combinations(rects, 2):
        horizontal = max(b.left() - a.right() - 1, a.left() - b.right() - 1)
        vertical = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1)
        assert max(horizontal, vertical) >= MIN_GAP_PX, (name_a, name_b)
    assert KEY_GAP >= MIN_GAP_PX


def test_keys_never_take_focus(qtbot: QtBot, form: Form) -> None:
    form.activateWindow()
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus)
    press(qtbot, form.keyboard, "ㄱ", "ㅏ", "shift", "backspace", "space")
    assert form.name.hasFocus()
    keys = form.keyboard.findChildren(KeyButton)
    assert len(keys) > 60
    assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keys)


def test_focus_change_commits_the_syllable(qtbot: QtBot, form: Form) -> None:
    form.activateWindow()
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus)
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ")
    form.phone.setFocus()
    qtbot.waitUntil(form.phone.hasFocus)
    assert (form.name.text(), form.keyboard.preedit()) == ("한", "")


def test_tapping_in_the_field_commits_the_syllable(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㄱ", "ㅏ")
    qtbot.mouseClick(form.name, Qt.MouseButton.LeftButton)
    assert (form.name.text(), form.keyboard.preedit()) == ("가", "")


def test_attaching_another_field_commits_into_the_first(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㄱ", "ㅏ")
    form.keyboard.attach(form.phone, "digits")
    press(qtbot, form.keyboard, "1")
    assert (form.name.text(), form.phone.text()) == ("가", "1")


def test_done_emits_a_signal(qtbot: QtBot, form: Form) -> None:
    with qtbot.waitSignal(form.keyboard.done, timeout=1000):
        press(qtbot, form.keyboard, "done")


def test_reset_clears_everything_the_resident_typed(qtbot: QtBot, form: Form) -> None:
    blank = rendering(form.name)
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ", "ㄱ", "ㅡ", "ㄹ", "shift")
    form.name.clear()  # the screen's own reset clears the text; the keyboard must drop the preedit
    form.keyboard.reset()
    assert form.keyboard.preedit() == ""
    assert form.keyboard.target() is None
    assert not form.keyboard.is_shifted()
    assert form.keyboard.layout_name() == "ko"
    assert rendering(form.name) == blank
    assert form.keyboard.preview_text() == ""
    form.keyboard.attach(form.name, "ko")
    press(qtbot, form.keyboard, "backspace", "done")
    assert form.name.text() == ""


def test_reset_drops_the_preedit_from_the_field(qtbot: QtBot, form: Form) -> None:
    blank = rendering(form.name)
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ")
    form.keyboard.reset()
    assert form.name.text() == ""
    assert rendering(form.name) == blank


def test_outside_clear_ends_the_composition(qtbot: QtBot, form: Form) -> None:
    blank = rendering(form.name)
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ", "ㅏ")
    assert (form.name.text(), form.keyboard.preedit()) == ("하", "나")
    form.name.clear()
    assert form.keyboard.preedit() == ""
    assert rendering(form.name) == blank
    press(qtbot, form.keyboard, "ㄴ", "done")
    assert form.name.text() == "ㄴ"


def test_password_fields_are_never_echoed(qtbot: QtBot, form: Form) -> None:
    form.phone.setEchoMode(QLineEdit.EchoMode.Password)
    form.keyboard.attach(form.phone, "digits")
    spoken: list[str] = []
    form.keyboard.announced.connect(spoken.append)
    press(qtbot, form.keyboard, "1", "2", "3", "4")
    assert form.phone.text() == "1234"
    assert form.keyboard.preview_text() == SENSITIVE_PREVIEW
    assert not any(digit in " ".join(spoken) for digit in "1234")


def test_preview_and_voice_show_the_composing_syllable(qtbot: QtBot, form: Form) -> None:
    spoken: list[str] = []
    form.keyboard.announced.connect(spoken.append)
    press(qtbot, form.keyboard, "ㅎ", "ㅏ", "ㄴ")
    assert form.keyboard.preview_text() == "한"
    assert spoken == ["ㅎ", "하", "한"]


def test_unknown_layout_is_refused(form: Form) -> None:
    with pytest.raises(ValueError, match="unknown keyboard layout"):
        form.keyboard.attach(form.name, "jp")


def test_a_destroyed_field_is_forgotten(qtbot: QtBot, form: Form) -> None:
    press(qtbot, form.keyboard, "ㄱ")
    form.name.deleteLater()
    qtbot.waitUntil(lambda: form.keyboard.target() is None)
    press(qtbot, form.keyboard, "ㅏ")
    assert form.keyboard.preedit() == ""


KOREAN_KEYS = [*JAMO_KEYS, "space", "backspace"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(KOREAN_KEYS), max_size=25))
def test_the_field_always_holds_what_the_composer_says(form: Form, keys: list[str]) -> None:
    form.keyboard.reset()
    form.name.clear()
    form.keyboard.attach(form.name, "ko")
    typed = ""
    for key in keys:
        if key in JAMO_KEYS and key not in {b.text() for b in form.keyboard.key_buttons()}:
            form.keyboard.key_button("shift").click()
        form.keyboard.key_button(key).click()
        typed += {"space": " ", "backspace": "\b"}.get(key, key)
    committed = form.name.text()
    form.keyboard.key_button("done").click()
    assert form.name.text() == compose(typed)
    assert form.name.text().startswith(committed)
