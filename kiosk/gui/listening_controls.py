"""Acts on the voice options bar (accessibility K16, K18, K23): replay, stop, and the session's speech
rate and volume step, applied to the speech engine and the feedback sounds alike.

The session starts at the configured rate and default volume step, and the idle reset returns to them
(K12). The new rate or volume is said at once, at that rate and volume, so the resident hears the change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.domain.listening import Listening
from kiosk.domain.volume_steps import VolumeSteps
from kiosk.gui.voice import VoiceGuide
from kiosk.gui.voice_options import VoiceOptionsBar
from kiosk.services.sound import FeedbackSounds


class ListeningControls(QObject):
    """Holds this session's `Listening` and keeps speech, sounds and the bar in step with it."""

    def __init__(
        self,
        bar: VoiceOptionsBar,
        voice: VoiceGuide,
        sounds: FeedbackSounds,
        volume_steps: VolumeSteps,
        default_rate: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self.voice = voice
        self.sounds = sounds
        self._defaults = Listening.start(volume_steps, default_rate)
        self.listening = self._defaults
        bar.replay_clicked.connect(voice.replay)
        bar.stop_clicked.connect(voice.stop)
        bar.slower_clicked.connect(lambda: self._change(self.listening.slower(), bar.rate_text))
        bar.faster_clicked.connect(lambda: self._change(self.listening.faster(), bar.rate_text))
        bar.quieter_clicked.connect(lambda: self._change(self.listening.quieter(), bar.volume_text))
        bar.louder_clicked.connect(lambda: self._change(self.listening.louder(), bar.volume_text))
        self._apply()

    def reset(self) -> None:
        """Back to the configured rate and default volume step (the idle wipe)."""
        self.listening = self._defaults
        self._apply()

    def _change(self, listening: Listening, said: object) -> None:
        self.listening = listening
        self._apply()
        # Not remembered for replay: 다시 듣기 still repeats the screen's last message.
        self.voice.announce(said(), remember=False)  # type: ignore[operator]

    def _apply(self) -> None:
        listening = self.listening
        self.voice.speech.set_rate(listening.rate)
        self.voice.speech.set_volume(listening.volume.level)
        self.sounds.set_level(listening.volume.level, muted=listening.clicks_muted)
        self.bar.show_levels(
            listening.rate_index + 1,
            len(listening.rates),
            listening.volume_index + 1,
            len(listening.volume_steps.steps),
        )
