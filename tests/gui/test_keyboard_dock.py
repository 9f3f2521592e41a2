"""The main window docks one keyboard below the screens while a text field has focus."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.clock import ManualClock
from kiosk.gui.keyboard_dock import LAYOUT_PROPERTY, layout_for
from kiosk.gui.screen import Screen
from kiosk.gui.screens import registry
from kiosk.gui.widgets.keyboard import OnScreenKeyboard
from tests.helpers.kiosk_window import TEST_START, make_portrait_window, make_window


class NameAndPhoneScreen(Screen):
    """A booking-like form: a name in Hangul, a phone number on the phone pad, and a Next button."""

    def __init__(self, context: object) -> None:
        super().__init__()
        self.name = QLineEdit(objectName="nameField")
        self.phone = QLineEdit(objectName="phoneField")
        self.phone.setProperty(LAYOUT_PROPERTY, "digits")
        self.next_button = QPushButton("Next", objectName="nextButton")
        self.submitted: list[str] = []
        self.name.returnPressed.connect(lambda: self.submitted.append(self.name.text()))
        layout = QVBoxLayout(self)
        for widget in (self.name, self.phone, self.next_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def title(self) -> str:
        return "form"


class TallFormScreen(Screen):
    """A form taller than the room the keyboard leaves, in a scroll area, with its field at the bottom."""

    def __init__(self, context: object) -> None:
        super().__init__()
        self.scroll = QScrollArea(objectName="tallScroll", widgetResizable=True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addSpacing(700)
        self.address = QLineEdit(objectName="addressField")
        column.addWidget(self.address)
        self.scroll.setWidget(content)
        QVBoxLayout(self).addWidget(self.scroll)

    def title(self) -> str:
        return "tall form"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TEST_START)


@pytest.fixture
def window(qtbot: QtBot, database_url: str, clock: ManualClock, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(registry.SCREENS, "form", ("tests.gui.test_keyboard_dock", "NameAndPhoneScreen"))
    monkeypatch.setitem(registry.SCREENS, "tall", ("tests.gui.test_keyboard_dock", "TallFormScreen"))
    win = make_window(database_url, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.context.database.dispose()


def keyboard_of(window) -> OnScreenKeyboard:
    return window.keyboard_dock.keyboard


def open_form(qtbot: QtBot, window) -> NameAndPhoneScreen:
    window.navigator.go("form")
    form = window.navigator.current_screen
    assert isinstance(form, NameAndPhoneScreen)
    return form


def tap_field(qtbot: QtBot, field: QLineEdit) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)


def press(qtbot: QtBot, keyboard: OnScreenKeyboard, *keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(keyboard.key_button(key), Qt.MouseButton.LeftButton)


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_keyboard_is_hidden_until_a_field_has_focus(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    keyboard = keyboard_of(window)
    assert not keyboard.isVisible()
    tap_field(qtbot, form.name)
    qtbot.waitUntil(keyboard.isVisible)
    assert keyboard.target() is form.name
    assert keyboard.layout_name() == "ko"


def test_the_field_chooses_its_layout(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.phone)
    assert keyboard_of(window).layout_name() == "digits"
    assert layout_for(form.name) == "ko"


def test_the_keyboard_takes_room_instead_of_covering_the_screen(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    full_height = window.stack.height()
    tap_field(qtbot, form.name)
    keyboard = keyboard_of(window)
    qtbot.waitUntil(lambda: window.stack.height() < full_height)
    assert not global_rect(window.stack).intersects(global_rect(keyboard))
    assert global_rect(window.stack).contains(global_rect(form.name))
    assert global_rect(keyboard).bottom() <= global_rect(window).bottom()
    assert window.stack.height() + keyboard.height() <= full_height


def test_a_field_low_in_a_scroll_area_is_scrolled_into_sight(qtbot: QtBot, window) -> None:
    window.navigator.go("tall")
    tall = window.navigator.current_screen
    assert isinstance(tall, TallFormScreen)
    tall.address.setFocus()
    keyboard = keyboard_of(window)
    qtbot.waitUntil(keyboard.isVisible)

    def field_in_sight() -> bool:
        viewport = global_rect(tall.scroll.viewport())
        above_keyboard = viewport.bottom() < global_rect(keyboard).top()
        return viewport.contains(global_rect(tall.address)) and above_keyboard

    qtbot.waitUntil(field_in_sight)


def test_typing_hangul_into_the_focused_field_and_done(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.name)
    keyboard = keyboard_of(window)
    press(qtbot, keyboard, "ㅎ", "ㅗ", "ㅇ", "ㄱ", "ㅣ", "ㄹ", "ㄷ", "ㅗ", "ㅇ")
    assert (form.name.text(), keyboard.preedit()) == ("홍길", "동")
    assert form.name.hasFocus()
    press(qtbot, keyboard, "done")
    assert form.name.text() == "홍길동"
    assert form.submitted == ["홍길동"]
    qtbot.waitUntil(lambda: not keyboard.isVisible())


def test_moving_to_another_field_commits_and_switches_layout(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.name)
    keyboard = keyboard_of(window)
    press(qtbot, keyboard, "ㄱ", "ㅣ", "ㅁ")
    tap_field(qtbot, form.phone)
    press(qtbot, keyboard, *"010")
    assert (form.name.text(), form.phone.text()) == ("김", "010")
    assert keyboard.layout_name() == "digits"


def test_focus_on_a_button_hides_the_keyboard(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.name)
    keyboard = keyboard_of(window)
    press(qtbot, keyboard, "ㄴ", "ㅏ")
    form.next_button.setFocus()
    qtbot.waitUntil(lambda: not keyboard.isVisible())
    assert form.name.text() == "나"


def test_leaving_the_screen_hides_the_keyboard(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.name)
    window.navigator.home()
    qtbot.waitUntil(lambda: not keyboard_of(window).isVisible())


def test_idle_reset_wipes_the_composition_and_hides_the_keyboard(
    qtbot: QtBot, window, clock: ManualClock
) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.name)
    keyboard = keyboard_of(window)
    press(qtbot, keyboard, "ㅎ", "ㅗ", "ㅇ")
    assert keyboard.preedit() == "홍"
    clock.advance(timedelta(seconds=window.idle.idle_seconds + window.idle.warning_seconds + 1))
    window.idle.check()
    assert not keyboard.isVisible()
    assert (keyboard.preedit(), keyboard.preview_text(), keyboard.target()) == ("", "", None)
    assert form.name.text() == ""
    # The field shows no left-over syllable either: clearing its preedit by hand changes nothing on screen.
    after_reset = form.name.grab().toImage()
    QCoreApplication.sendEvent(form.name, QInputMethodEvent("", []))
    assert form.name.grab().toImage() == after_reset
    texts = [w.text() for w in window.findChildren(QWidget) if callable(getattr(w, "text", None))]
    assert not any("홍" in text for text in texts)


def test_key_labels_follow_the_language(qtbot: QtBot, window) -> None:
    form = open_form(qtbot, window)
    tap_field(qtbot, form.name)
    keyboard = keyboard_of(window)
    assert keyboard.key_button("done").text() == "완료"
    window.set_language("en")
    assert keyboard.key_button("done").text() == "Done"
    assert keyboard.key_button("shift").text() == "⇧ Shift"


@pytest.mark.parametrize("large_text", [False, True])
def test_themed_keys_stay_large_and_fit_their_labels(qtbot: QtBot, window, large_text: bool) -> None:
    window.set_large_text(large_text)
    form = open_form(qtbot, window)
    keyboard = keyboard_of(window)
    for field, layout in ((form.name, "ko"), (form.phone, "digits")):
        tap_field(qtbot, field)
        keyboard.attach(field, layout)
        for key in keyboard.key_buttons():
            assert key.height() >= 88 and key.width() >= 88, key.text()
            assert key.fontMetrics().horizontalAdvance(key.text()) <= key.contentsRect().width(), key.text()
    assert global_rect(keyboard).right() <= global_rect(window).right()


def test_faq_search_follows_every_key_of_the_keyboard(qtbot: QtBot, window) -> None:
    window.navigator.go("guide")
    guide = window.navigator.current_screen
    guide.show_tab("faq")
    search = guide.search_field
    tap_field(qtbot, search)
    keyboard = keyboard_of(window)
    counts = []
    for key in ("ㅈ", "ㄷ", "ㅊ"):
        press(qtbot, keyboard, key)
        counts.append(guide.result_count.text())
    assert search.text() == "ㅈㄷㅊ"  # the last jamo is searched too, before Done
    typed_count = counts[-1]
    search.setText("ㅈㄷ")
    assert guide.result_count.text() == counts[1]
    search.setText("ㅈㄷㅊ")
    assert guide.result_count.text() == typed_count


def _portrait_keyboard(
    qtbot: QtBot, database_url: str, large_text: bool
) -> tuple[object, OnScreenKeyboard, QLineEdit]:
    """The keyboard of a portrait window, shown and typing into a field of its own."""
    win = make_portrait_window(database_url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_large_text(large_text)
    keyboard = keyboard_of(win)
    name = QLineEdit()
    keyboard.attach(name, "ko")
    keyboard.show()
    QCoreApplication.processEvents()
    return win, keyboard, name


def _assert_whole_keys_within_the_panel(win, keyboard: OnScreenKeyboard, name: QLineEdit, rows: int) -> None:
    """Every layout: `rows` rows of keys >= 12 mm with whole labels, all inside the panel's width."""
    minimum, window = win.panel.px(12), global_rect(win)
    for layout in ("ko", "en", "digits"):
        keyboard.attach(name, layout)
        QCoreApplication.processEvents()
        expected_rows = 4 if layout == "digits" else rows
        assert len({global_rect(key).top() for key in keyboard.key_buttons()}) == expected_rows, layout
        for key in keyboard.key_buttons():
            rect = global_rect(key)
            assert min(rect.width(), rect.height()) >= minimum, key.text()
            assert key.fontMetrics().horizontalAdvance(key.text()) <= key.contentsRect().width(), key.text()
            assert window.left() <= rect.left() and rect.right() <= window.right(), (layout, key.text())
    keyboard.attach(name, "ko")
    QCoreApplication.processEvents()


@pytest.mark.parametrize("large_text", [False, True])
def test_a_portrait_panel_gets_the_narrow_keyboard_within_its_width(
    qtbot: QtBot, database_url: str, large_text: bool
) -> None:
    """1080 px cannot hold the wide keyboard (1551 px in English): the narrow one fits, keys >= 12 mm."""
    win, keyboard, name = _portrait_keyboard(qtbot, database_url, large_text)
    assert keyboard.is_narrow()
    _assert_whole_keys_within_the_panel(win, keyboard, name, rows=5)
    # The preview sits above the keys, and typing still composes Hangul.
    preview = keyboard.findChild(QWidget, "keyboardPreview")
    assert global_rect(preview).bottom() < global_rect(keyboard.key_button("ㅂ")).top()
    press(qtbot, keyboard, "ㅎ", "ㅏ", "done")
    assert name.text() == "하"
    win.context.database.dispose()


@pytest.mark.parametrize("large_text", [False, True])
def test_the_compact_keyboard_has_four_rows_of_whole_keys(
    qtbot: QtBot, database_url: str, large_text: bool
) -> None:
    """Low reach on a portrait panel: four rows, no preview, keys >= 12 mm with whole labels, in the width."""
    win, keyboard, name = _portrait_keyboard(qtbot, database_url, large_text)
    narrow_height = keyboard.sizeHint().height()
    keyboard.set_compact(True)
    QCoreApplication.processEvents()
    assert keyboard.is_compact()
    assert not keyboard.findChild(QWidget, "keyboardPreview").isVisibleTo(keyboard)
    _assert_whole_keys_within_the_panel(win, keyboard, name, rows=4)
    assert keyboard.sizeHint().height() < narrow_height
    # Hangul composes in the field, which shows what is typed now that the preview is gone.
    press(qtbot, keyboard, "ㅎ", "ㅏ", "ㄴ", "done")
    assert name.text() == "한"
    keyboard.set_compact(False)
    QCoreApplication.processEvents()
    assert keyboard.findChild(QWidget, "keyboardPreview").isVisibleTo(keyboard)
    win.context.database.dispose()


def test_a_wide_keyboard_has_no_compact_form(qtbot: QtBot) -> None:
    keyboard = OnScreenKeyboard(width=1920)
    qtbot.addWidget(keyboard)
    keyboard.set_compact(True)
    assert not keyboard.is_compact()


def test_live_typing_survives_the_keys_being_refitted(qtbot: QtBot, window) -> None:
    """A restyle (large text) evens the key heights again; a live search field stays live."""
    form = open_form(qtbot, window)
    keyboard = keyboard_of(window)
    tap_field(qtbot, form.name)
    keyboard.attach(form.name, "ko", live=True)
    window.set_large_text(True)
    QCoreApplication.processEvents()
    press(qtbot, keyboard, "ㅎ", "ㅏ")
    assert form.name.text() == "하"
