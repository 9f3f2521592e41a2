"""Feedback sounds (K23): what FeedbackSounds plays, when it stays silent, and which player is built."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.services.sound import (
    FeedbackSounds,
    QtSoundPlayer,
    RecordingSoundPlayer,
    SilentSoundPlayer,
    audio_output_likely,
    sound_player_for,
)


def test_a_click_and_a_completion_chime_are_played_at_the_session_level() -> None:
    player = RecordingSoundPlayer()
    sounds = FeedbackSounds(player)
    sounds.set_level(0.25, muted=False)
    sounds.click()
    sounds.completed()
    assert player.played == ["click", "completion"] and player.level == 0.25


def test_switched_off_in_the_configuration_or_muted_at_the_quietest_step_nothing_plays() -> None:
    player = RecordingSoundPlayer()
    FeedbackSounds(player, enabled=False).click()
    muted = FeedbackSounds(player)
    muted.set_level(0.1, muted=True)
    muted.click()
    muted.completed()
    assert player.played == []
    muted.set_level(0.2, muted=False)
    muted.click()
    assert player.played == ["click"]


def test_no_output_configured_is_silent() -> None:
    assert isinstance(sound_player_for("none", 0.5), SilentSoundPlayer)


def test_auto_plays_only_where_a_sound_card_or_server_exists(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    has_card = Path("/dev/snd").is_dir()
    assert audio_output_likely() == has_card
    assert isinstance(sound_player_for("auto", 0.5), QtSoundPlayer if has_card else SilentSoundPlayer)
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert audio_output_likely()
    assert isinstance(sound_player_for("auto", 0.5), QtSoundPlayer)


def test_the_qt_player_touches_qt_multimedia_only_when_it_first_plays() -> None:
    # Built before the QApplication (kiosk.app builds services first), so nothing Qt may happen yet.
    player = sound_player_for("qt", 0.5)
    assert isinstance(player, QtSoundPlayer)
    player.set_level(0.7)
    assert player.level == 0.7 and player._effects == {}
    player.close()


# Without an audio device Qt Multimedia warns (no PipeWire, no PulseAudio, no format for "no device").
@pytest.mark.qt_log_ignore("pipewire", "PulseAudioService", "QSoundEffect")
def test_the_qt_player_loads_the_generated_tones(qapp, qtbot) -> None:
    player = QtSoundPlayer(level=0.5)
    player.play("click")
    # "Ready" where a device exists; "Error" on a machine without one (nothing to play the format on).
    qtbot.waitUntil(lambda: player.status("click") in ("Ready", "Error"), timeout=5000)
    assert set(player._effects) == {"click", "completion"}
    assert all(effect.source().toLocalFile().endswith(".wav") for effect in player._effects.values())
    assert all(Path(effect.source().toLocalFile()).is_file() for effect in player._effects.values())
    player.close()
