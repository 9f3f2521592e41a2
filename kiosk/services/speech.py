"""Voice guidance output (accessibility K16): a small Speech interface, Qt's text-to-speech and a fake.

Every `say()` interrupts what is being spoken, so a new touch or key press is never queued behind an
old announcement. Nothing here knows about widgets; the GUI decides what to say (and never passes a
password or a resident number).
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

LOCALES = {"ko": "ko_KR", "en": "en_US"}


class Speech(ABC):
    """Speaks one short text at a time in the resident's language."""

    @abstractmethod
    def say(self, text: str, language: str) -> None:
        """Stop whatever is being said, then say `text` ("ko" or "en")."""

    @abstractmethod
    def stop(self) -> None:
        """Stop speaking at once."""

    @abstractmethod
    def set_rate(self, rate: float) -> None:
        """Speaking rate from -1.0 (slowest) to 1.0 (fastest), for what follows."""

    @abstractmethod
    def set_volume(self, volume: float) -> None:
        """Output level from 0.0 to 1.0, for what follows."""

    def close(self) -> None:  # noqa: B027 - most engines have nothing to release
        """Release the engine (the kiosk calls this on exit)."""


class SilentSpeech(Speech):
    """No voice output (engine "none", or the engine could not start)."""

    def say(self, text: str, language: str) -> None:
        return None

    def stop(self) -> None:
        return None

    def set_rate(self, rate: float) -> None:
        return None

    def set_volume(self, volume: float) -> None:
        return None


@dataclass
class RecordingSpeech(Speech):
    """The fake for tests: remembers every call as ("say", text, language) or ("stop",), and the last
    rate and volume set."""

    calls: list[tuple[str, ...]] = field(default_factory=list)
    rate: float = 0.0
    volume: float = 1.0

    def say(self, text: str, language: str) -> None:
        self.stop()
        self.calls.append(("say", text, language))

    def stop(self) -> None:
        self.calls.append(("stop",))

    def set_rate(self, rate: float) -> None:
        self.rate = rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    @property
    def spoken(self) -> list[str]:
        """The texts said so far, oldest first."""
        return [call[1] for call in self.calls if call[0] == "say"]

    def clear(self) -> None:
        self.calls.clear()


class QtSpeech(Speech):
    """Qt's QTextToSpeech; "speechd" speaks through speech-dispatcher and espeak-ng.

    The engine is created on first use, so the object can be built before the QApplication.
    """

    def __init__(self, engine: str = "speechd", rate: float = 0.0, volume: float = 0.8) -> None:
        self.engine_name = engine
        self.rate = rate
        self.volume = volume
        self._engine: object | None = None
        self._failed = False

    def _tts(self) -> object | None:
        if self._engine is None and not self._failed:
            from PySide6.QtTextToSpeech import QTextToSpeech

            if self.engine_name not in QTextToSpeech.availableEngines():
                log.warning(
                    "text-to-speech engine %r is not available; voice guidance is silent", self.engine_name
                )
                self._failed = True
                return None
            engine = QTextToSpeech(self.engine_name)
            if engine.state() == QTextToSpeech.State.Error:
                log.warning("text-to-speech engine %r failed: %s", self.engine_name, engine.errorString())
                self._failed = True
                return None
            engine.setRate(self.rate)
            engine.setVolume(self.volume)
            self._engine = engine
        return self._engine

    def say(self, text: str, language: str) -> None:
        engine = self._tts()
        if engine is None:
            return
        from PySide6.QtCore import QLocale

        engine.stop()  # type: ignore[attr-defined]
        locale = QLocale(LOCALES.get(language, "ko_KR"))
        if engine.locale() != locale and locale in engine.availableLocales():  # type: ignore[attr-defined]
            engine.setLocale(locale)  # type: ignore[attr-defined]
        engine.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()  # type: ignore[attr-defined]

    def set_rate(self, rate: float) -> None:
        self.rate = rate
        if self._engine is not None:
            self._engine.setRate(rate)  # type: ignore[attr-defined]

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        if self._engine is not None:
            self._engine.setVolume(volume)  # type: ignore[attr-defined]

    @property
    def state_name(self) -> str:
        """The engine's state, for diagnostics ("Ready", "Speaking", "Error" or "Unavailable")."""
        engine = self._tts()
        return "Unavailable" if engine is None else engine.state().name  # type: ignore[attr-defined]

    def close(self) -> None:
        if self._engine is not None:
            self._engine.stop()  # type: ignore[attr-defined]
            self._engine.deleteLater()  # type: ignore[attr-defined]
            self._engine = None


def speech_for(engine: str, rate: float = 0.0, volume: float = 0.8) -> Speech:
    """The Speech the configuration asks for."""
    if engine == "none":
        return SilentSpeech()
    return QtSpeech(engine, rate, volume)
