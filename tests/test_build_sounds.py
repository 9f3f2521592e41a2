"""The feedback tones in resources/sounds/ (K23): valid WAV files, fresh from the generator, distinct."""

from __future__ import annotations

import wave
from array import array

import pytest

from kiosk import build_sounds
from kiosk.domain.tones import SAMPLE_RATE


def _read(name: str) -> tuple[wave._wave_params, array]:
    with wave.open(str(build_sounds.sounds_dir() / f"{name}.wav"), "rb") as tone:
        params = tone.getparams()
        samples = array("h", tone.readframes(params.nframes))
    return params, samples


@pytest.mark.parametrize(("name", "seconds"), [("click", 0.040), ("completion", 0.400)])
def test_each_tone_is_a_short_mono_16_bit_wav(name: str, seconds: float) -> None:
    params, samples = _read(name)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, SAMPLE_RATE)
    assert params.nframes == round(SAMPLE_RATE * seconds)
    # Audible but with room to spare: peaks near -6 dBFS, silent at both ends (no click of its own).
    assert 12000 < max(abs(s) for s in samples) <= 16384
    assert abs(samples[0]) < 100 and abs(samples[-1]) < 1000


def test_the_completion_chime_is_distinct_from_the_click() -> None:
    (click_params, _), (chime_params, _) = _read("click"), _read("completion")
    assert chime_params.nframes >= 10 * click_params.nframes


def test_the_committed_files_are_what_the_generator_makes() -> None:
    assert build_sounds.main(["--check"]) == 0
