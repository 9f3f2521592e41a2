"""Writes the feedback tones of kiosk/domain/tones.py to resources/sounds/*.wav (generated, committed).

`python -m kiosk.build_sounds` rewrites them; `--check` exits 1 when one differs from what the code makes
(tests run it). The files are tiny (under 20 KB) and are committed so the bundle needs no build step.
"""

from __future__ import annotations

import io
import sys
import wave
from pathlib import Path

from kiosk import paths
from kiosk.domain.tones import SAMPLE_RATE, TONES


def sounds_dir() -> Path:
    return paths.resources_dir() / "sounds"


def wav_bytes(name: str) -> bytes:
    """One tone as a mono 16-bit WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        samples = TONES[name]()
        if sys.byteorder == "big":
            samples.byteswap()
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    check = "--check" in argv
    stale = []
    sounds_dir().mkdir(exist_ok=True)
    for name in TONES:
        target = sounds_dir() / f"{name}.wav"
        data = wav_bytes(name)
        if target.exists() and target.read_bytes() == data:
            continue
        stale.append(target.name)
        if not check:
            target.write_bytes(data)
    if stale:
        print(("stale: " if check else "wrote: ") + ", ".join(stale))
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
