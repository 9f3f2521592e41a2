"""Configuration the accessibility features depend on: timeouts staff may set, the reach ceiling, speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def _load(tmp_path: Path, text: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_staff_can_lengthen_the_timeouts(tmp_path: Path) -> None:
    config = _load(tmp_path, "[kiosk]\nidle_seconds = 300\nidle_warning_seconds = 60\n")
    assert (config.kiosk.idle_seconds, config.kiosk.idle_warning_seconds) == (300, 60)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # K11: the warning leaves at least 20 s to react.
        ("[kiosk]\nidle_warning_seconds = 19\n", "kiosk.idle_warning_seconds"),
        ("[screen]\nlow_reach_top_mm = 650.0\n", "screen.low_reach_top_mm"),
        ("[screen]\ntilt_degrees = 90\n", "screen.tilt_degrees"),
        ('[speech]\nengine = "festival"\n', "speech.engine"),
        ("[speech]\nrate = 1.5\n", "speech.rate"),
        ('[sound]\noutput = "hdmi"\n', "sound.output"),
    ],
)
def test_unsafe_accessibility_settings_are_refused(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        _load(tmp_path, text)


def test_speech_and_reach_defaults(tmp_path: Path) -> None:
    config = _load(tmp_path, "")
    assert config.speech.engine == "speechd" and config.screen.low_reach_top_mm == 950.0


def test_sound_defaults_and_the_volume_table(tmp_path: Path) -> None:
    config = _load(tmp_path, "")
    assert (config.sound.feedback, config.sound.output) == (True, "auto")
    assert config.speech.volume_steps_path().name == "volume_steps.toml"
    site = _load(
        tmp_path, '[speech]\nvolume_steps = "/etc/kiosk/measured_steps.toml"\n[sound]\nfeedback = false\n'
    )
    assert site.speech.volume_steps_path() == Path("/etc/kiosk/measured_steps.toml")
    assert site.sound.feedback is False
