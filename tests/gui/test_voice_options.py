"""The voice options row (K16, K18, K12) and earphones (K17) on the real window, with the recording
Speech and sound fakes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.gui.accessibility.audit import settle
from kiosk.services.audio_route import AudioRoute
from kiosk.services.sound import RecordingSoundPlayer
from kiosk.services.speech import RecordingSpeech
from tests.helpers.a11y import close_window
from tests.helpers.kiosk_window import make_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def speech() -> RecordingSpeech:
    return RecordingSpeech()


@pytest.fixture
def player() -> RecordingSoundPlayer:
    return RecordingSoundPlayer()


@pytest.fixture
def window(
    qtbot, database_url: str, speech: RecordingSpeech, player: RecordingSoundPlayer
) -> Iterator[object]:
    win = make_window(database_url)
    win.voice.speech = speech
    win.context.sounds.player = player
    win.listening.reset()  # the fakes take the session's defaults
    win.show()
    win.activateWindow()
    settle()
    yield win
    close_window(win)


def test_the_row_appears_only_while_voice_guidance_is_on(qtbot, window) -> None:
    bar = window.header.voice_options
    assert not bar.isVisible()
    qtbot.mouseClick(window.header.voice_button, LEFT)
    assert bar.isVisible()
    assert [b.text() for b in bar.buttons()] == ["다시 듣기", "멈춤", "느리게", "빠르게", "작게", "크게"]
    assert (bar.rate_label.text(), bar.volume_label.text()) == ("속도 4/7", "음량 5/7")
    qtbot.mouseClick(window.header.voice_button, LEFT)
    assert not bar.isVisible()


def test_replay_repeats_the_last_message_not_the_name_of_the_replay_button(qtbot, window, speech) -> None:
    window.set_voice(True)
    window.navigator.go("help")
    speech.clear()
    bar = window.header.voice_options
    qtbot.mouseClick(bar.replay_button, LEFT)
    assert speech.spoken[-1] == "직원 호출"  # the screen title said on entering
    qtbot.mouseClick(bar.replay_button, LEFT)
    assert speech.spoken[-1] == "직원 호출"


def test_stop_silences_at_once_and_voice_stays_on(qtbot, window, speech) -> None:
    window.set_voice(True)
    speech.clear()
    qtbot.mouseClick(window.header.voice_options.stop_button, LEFT)
    assert speech.calls[-1] == ("stop",)
    assert window.voice.enabled


def test_rate_steps_reach_the_engine_and_stop_at_the_ends(qtbot, window, speech) -> None:
    window.set_voice(True)
    bar = window.header.voice_options
    assert speech.rate == pytest.approx(-0.2)  # [speech] rate
    qtbot.mouseClick(bar.slower_button, LEFT)
    assert speech.rate == pytest.approx(-0.4) and speech.spoken[-1] == "속도 3/7"
    for _ in range(2):
        qtbot.mouseClick(bar.slower_button, LEFT)
    assert speech.rate == pytest.approx(-0.8) and not bar.slower_button.isEnabled()
    for _ in range(6):
        qtbot.mouseClick(bar.faster_button, LEFT)
    assert speech.rate == pytest.approx(0.4) and not bar.faster_button.isEnabled()
    assert bar.rate_label.text() == "속도 7/7"


def test_volume_steps_reach_speech_and_sounds_and_the_quietest_mutes_the_clicks(
    qtbot, window, speech, player
) -> None:
    window.set_voice(True)
    bar = window.header.voice_options
    steps = window.context.volume_steps.steps
    assert speech.volume == player.level == steps[4].level  # the table's default step
    qtbot.mouseClick(bar.louder_button, LEFT)
    assert speech.volume == player.level == steps[5].level and speech.spoken[-1] == "음량 6/7"
    for _ in range(6):
        qtbot.mouseClick(bar.quieter_button, LEFT)
    assert speech.volume == steps[0].level and not bar.quieter_button.isEnabled()
    player.clear()
    qtbot.mouseClick(window.header.large_text_button, LEFT)
    assert player.played == []  # muted at the quietest step
    window.set_large_text(False)
    qtbot.mouseClick(bar.louder_button, LEFT)
    assert player.played == []  # the press was still at the quietest step
    qtbot.mouseClick(window.header.large_text_button, LEFT)
    assert player.played == ["click"]


def test_the_idle_reset_restores_the_configured_rate_and_volume(qtbot, window, speech, player) -> None:
    window.set_voice(True)
    bar = window.header.voice_options
    qtbot.mouseClick(bar.faster_button, LEFT)
    qtbot.mouseClick(bar.quieter_button, LEFT)
    window.reset_session()
    default = window.context.volume_steps.default
    assert speech.rate == pytest.approx(-0.2) and speech.volume == player.level == default.level
    assert not bar.isVisible()
    window.set_voice(True)
    assert (bar.rate_label.text(), bar.volume_label.text()) == ("속도 4/7", "음량 5/7")


def test_the_keypad_reaches_every_voice_option_and_enter_works_them(qtbot, window, speech) -> None:
    window.set_voice(True)
    settle()
    bar = window.header.voice_options
    order = window.keypad.order()
    assert all(button in order for button in bar.buttons())
    window.navigator.go("help")
    window.keypad.focus(bar.replay_button)
    speech.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert speech.spoken == ["직원 호출"]
    window.keypad.focus(bar.slower_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert speech.rate == pytest.approx(-0.4)


def test_english_labels(qtbot, window) -> None:
    window.set_voice(True)
    window.set_language("en")
    bar = window.header.voice_options
    assert [b.text() for b in bar.buttons()] == ["Replay", "Stop", "Slower", "Faster", "Quieter", "Louder"]
    assert (bar.rate_label.text(), bar.volume_label.text()) == ("Speed 4/7", "Volume 5/7")


def test_plugging_in_earphones_turns_voice_on_and_says_so(qtbot, window, speech) -> None:
    outputs = ["Built-in Audio Analog Stereo"]
    window.follow_audio_route(AudioRoute(lambda: list(outputs), window))
    window.navigator.go("help")
    outputs.append("USB Headset Analog Stereo")
    window.audio_route.outputs_changed()
    assert window.voice.enabled and window.header.voice_button.isChecked()
    assert window.header.voice_options.isVisible()
    assert speech.spoken[-1] == "음성 안내를 켰습니다. 이어폰이 연결되었습니다. 직원 호출"
    outputs.remove("USB Headset Analog Stereo")
    window.audio_route.outputs_changed()
    outputs.append("USB Headset Analog Stereo")
    window.audio_route.outputs_changed()
    assert speech.spoken[-1] == "이어폰이 연결되었습니다."
