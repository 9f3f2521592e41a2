"""Feedback sounds (accessibility K23): a click for every activation, a chime when something is done.

`SoundPlayer` plays the named tones of resources/sounds/ (made by `python -m kiosk.build_sounds`);
`FeedbackSounds` is what the screens call and decides whether to play (switched off in the
configuration, or muted at the quietest volume step). Qt Multimedia is imported only when an audio
output is likely to exist: on a machine with none (CI) it prints warnings, which fail the tests.
"""

from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path

from kiosk import paths

log = logging.getLogger(__name__)

CLICK = "click"
COMPLETION = "completion"
SOUND_NAMES = (CLICK, COMPLETION)


class SoundPlayer(ABC):
    """Plays one short tone at a time at the session's output level."""

    @abstractmethod
    def play(self, name: str) -> None:
        """Start the tone `name` ("click" or "completion") now."""

    @abstractmethod
    def set_level(self, level: float) -> None:
        """Output level 0-1 (linear amplitude) for the tones that follow."""

    def close(self) -> None:  # noqa: B027 - most players have nothing to release
        """Release the audio device (the kiosk calls this on exit)."""


class SilentSoundPlayer(SoundPlayer):
    """No audio output (`[sound] output = "none"`, or no audio device found)."""

    def play(self, name: str) -> None:
        return None

    def set_level(self, level: float) -> None:
        return None


@dataclass
class RecordingSoundPlayer(SoundPlayer):
    """The fake for tests: remembers the tones played and the last level."""

    played: list[str] = field(default_factory=list)
    level: float = 1.0

    def play(self, name: str) -> None:
        self.played.append(name)

    def set_level(self, level: float) -> None:
        self.level = level

    def clear(self) -> None:
        self.played.clear()


class QtSoundPlayer(SoundPlayer):
    """QSoundEffect per tone: made for short UI sounds, decoded once and started with little delay.

    The effects are made on first use, so the player can be built before the QApplication.
    """

    def __init__(self, folder: Path | None = None, level: float = 0.5) -> None:
        self.folder = folder or paths.resources_dir() / "sounds"
        self.level = level
        self._effects: dict[str, object] = {}

    def _effect(self, name: str) -> object:
        if not self._effects:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            for tone in SOUND_NAMES:
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(self.folder / f"{tone}.wav")))
                effect.setVolume(self.level)
                self._effects[tone] = effect
        return self._effects[name]

    def play(self, name: str) -> None:
        effect = self._effect(name)
        # A new click cuts the last one short rather than queueing behind it.
        effect.stop()  # type: ignore[attr-defined]
        effect.play()  # type: ignore[attr-defined]

    def set_level(self, level: float) -> None:
        self.level = level
        for effect in self._effects.values():
            effect.setVolume(level)  # type: ignore[attr-defined]

    def status(self, name: str) -> str:
        """The tone's load status, for diagnostics ("Null", "Loading", "Ready", "Error")."""
        return self._effect(name).status().name  # type: ignore[attr-defined]

    def close(self) -> None:
        for effect in self._effects.values():
            effect.stop()  # type: ignore[attr-defined]
            effect.deleteLater()  # type: ignore[attr-defined]
        self._effects.clear()


def audio_output_likely() -> bool:
    """Whether this machine seems to have somewhere to play sound (a sound card or a sound server),
    checked without Qt Multimedia, which warns on a machine without one."""
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}"))
    servers = (runtime / "pulse" / "native", runtime / "pipewire-0")
    return (
        Path("/dev/snd").is_dir()
        or bool(os.environ.get("PULSE_SERVER"))
        or any(server.exists() for server in servers)
    )


def wants_audio(output: str) -> bool:
    """Whether `[sound] output` asks for Qt Multimedia here: "qt", or "auto" where an output is likely."""
    return output == "qt" or (output == "auto" and audio_output_likely())


def sound_player_for(output: str, level: float) -> SoundPlayer:
    """The player the configuration asks for: "qt", "auto" (Qt if an output is likely) or "none"."""
    if not wants_audio(output):
        if output == "auto":
            log.info("no audio output found; feedback sounds are silent")
        return SilentSoundPlayer()
    return QtSoundPlayer(level=level)


class FeedbackSounds:
    """What screens call: `click()` on every activation, `completed()` when an important input is done."""

    def __init__(self, player: SoundPlayer | None = None, enabled: bool = True) -> None:
        self.player = player or SilentSoundPlayer()
        self.enabled = enabled
        self.muted = False

    def click(self) -> None:
        """A button, key, list item or field was activated."""
        self._play(CLICK)

    def completed(self) -> None:
        """A booking was confirmed, a question sent, a ticket taken."""
        self._play(COMPLETION)

    def set_level(self, level: float, muted: bool) -> None:
        """Follow the session's volume step; `muted` at the quietest one."""
        self.muted = muted
        self.player.set_level(level)

    def close(self) -> None:
        self.player.close()

    def _play(self, name: str) -> None:
        if self.enabled and not self.muted:
            self.player.play(name)
