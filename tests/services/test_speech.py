"""The Speech service: the recording fake, Qt's text-to-speech on its "mock" engine, and refusals."""

from __future__ import annotations

import logging

import pytest

from kiosk.services.speech import QtSpeech, RecordingSpeech, SilentSpeech, speech_for


def test_the_recording_fake_stops_before_every_utterance() -> None:
    speech = RecordingSpeech()
    speech.say("세금 강의", "ko")
    speech.say("Tax lectures", "en")
    assert speech.calls == [("stop",), ("say", "세금 강의", "ko"), ("stop",), ("say", "Tax lectures", "en")]
    assert speech.spoken == ["세금 강의", "Tax lectures"]


def test_configuration_chooses_the_engine() -> None:
    assert isinstance(speech_for("none"), SilentSpeech)
    qt = speech_for("mock", rate=-0.2, volume=0.5)
    assert isinstance(qt, QtSpeech) and (qt.engine_name, qt.rate, qt.volume) == ("mock", -0.2, 0.5)


# Qt Multimedia looks for PipeWire first and says so; the mock engine needs no sound server.
@pytest.mark.qt_log_ignore("pipewire")
def test_qt_speech_speaks_through_the_mock_engine(qapp, qtbot) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    speech = QtSpeech("mock", rate=-0.2, volume=0.8)
    speech.say("직원 호출", "ko")
    engine = speech._tts()
    assert isinstance(engine, QTextToSpeech) and engine.engine() == "mock"
    assert engine.volume() == pytest.approx(0.8) and engine.rate() == pytest.approx(-0.2)
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Speaking, timeout=5000)
    speech.stop()
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=5000)
    speech.close()
    assert speech._engine is None


def test_an_engine_that_is_not_installed_leaves_the_kiosk_silent(qapp, caplog) -> None:
    speech = QtSpeech("no-such-engine")
    with caplog.at_level(logging.WARNING):
        speech.say("안녕하세요", "ko")
        speech.say("again", "en")
    assert speech.state_name == "Unavailable"
    assert sum("not available" in r.message for r in caplog.records) == 1
