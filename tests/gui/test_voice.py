"""Voice guidance on the real window with the recording Speech fake (K11, K16, K19)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.gui.accessibility.audit import settle
from kiosk.services.speech import RecordingSpeech
from tests.helpers.a11y import close_window
from tests.helpers.kiosk_window import make_window


@pytest.fixture
def speech() -> RecordingSpeech:
    return RecordingSpeech()


@pytest.fixture
def window(qtbot, database_url: str, speech: RecordingSpeech) -> Iterator[object]:
    win = make_window(database_url)
    win.context = replace(win.context, speech=speech)
    win.voice.speech = speech
    win.show()
    win.activateWindow()
    settle()
    yield win
    close_window(win)


def test_silent_until_the_header_switch_turns_it_on(qtbot, window, speech) -> None:
    window.navigator.go("help")
    assert speech.spoken == []
    qtbot.mouseClick(window.header.voice_button, Qt.MouseButton.LeftButton)
    assert window.header.voice_button.isChecked()
    assert speech.spoken[-1] == "음성 안내를 켰습니다. 직원 호출"
    assert speech.calls[-1] == ("say", "음성 안내를 켰습니다. 직원 호출", "ko")


def test_screen_titles_and_touched_controls_are_spoken_in_the_current_language(qtbot, window, speech) -> None:
    window.set_voice(True)
    speech.clear()
    home = window.navigator.current_screen
    qtbot.mouseClick(home.ui.tileLectures, Qt.MouseButton.LeftButton)
    assert speech.spoken[:1] == ["세금 강의"]  # the touched tile, then the new screen's title
    assert speech.spoken[-1] == "세금 강의"
    speech.clear()
    qtbot.mouseClick(window.header.language_button, Qt.MouseButton.LeftButton)
    assert speech.calls[-1] == ("say", "Tax lectures", "en")


def test_the_keypad_focus_is_spoken_and_each_utterance_stops_the_last(qtbot, window, speech) -> None:
    window.set_voice(True)
    speech.clear()
    QApplication.focusWidget().clearFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Down)
    assert speech.spoken == ["처음으로", "직원 호출", "큰 글씨, 꺼짐"]
    says = [i for i, call in enumerate(speech.calls) if call[0] == "say"]
    assert all(speech.calls[i - 1] == ("stop",) for i in says)


def test_a_password_is_never_spoken(qtbot, window, speech) -> None:
    window.set_voice(True)
    window.navigator.go("help")
    field = QLineEdit(window.navigator.current_screen)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName("직원 비밀번호")
    field.setText("900101-1234567")
    field.show()
    speech.clear()
    window.keypad.focus(field)
    assert speech.spoken == ["직원 비밀번호 비밀번호 입력란"]
    assert not any("1234567" in text for text in speech.spoken)


def test_the_idle_warning_is_announced_once_when_it_starts(qtbot, window, speech) -> None:
    window.set_voice(True)
    speech.clear()
    window.idle.idle_seconds = 30
    window.context.clock.advance(__import__("datetime").timedelta(seconds=31))
    window.idle.check()
    window.context.clock.advance(__import__("datetime").timedelta(seconds=1))
    window.idle.check()
    assert len(speech.spoken) == 1
    assert "계속 이용하시나요?" in speech.spoken[0] and "시간 연장" in speech.spoken[0]


def test_the_idle_reset_switches_voice_off(qtbot, window, speech) -> None:
    window.set_voice(True)
    window.reset_session()
    assert not window.voice.enabled and not window.header.voice_button.isChecked()
    speech.clear()
    window.navigator.go("help")
    assert speech.spoken == []
