"""Earphones (accessibility K17): notice a headphone output appearing, so voice guidance can turn on.

`AudioRoute` compares the list of audio output names each time it changes; the real list comes from
Qt Multimedia (`QMediaDevices.audioOutputsChanged`), tests hand it a list of their own. Muting the
loudspeaker is the sound server's job when it switches to the earphones (PulseAudio and PipeWire move
the output to a newly plugged headset by default); the jack itself is checked by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

# Words the drivers and sound servers use in the names of headphone outputs.
HEADPHONE_WORDS = ("headphone", "headset", "earphone", "earbud", "이어폰", "헤드폰", "헤드셋")


def is_headphone(output_name: str) -> bool:
    """Whether an output's name says it is worn (headphones, a headset, earphones)."""
    name = output_name.casefold()
    return any(word in name for word in HEADPHONE_WORDS)


def headphones_appeared(before: list[str], after: list[str]) -> bool:
    """True when `after` has a headphone output that `before` did not."""
    return any(is_headphone(name) and name not in before for name in after)


class AudioRoute(QObject):
    """Emits `headphones_connected` when a headphone output appears in the list of outputs."""

    headphones_connected = Signal()

    def __init__(self, outputs: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outputs = outputs
        self._known = outputs()

    def outputs_changed(self) -> None:
        """Read the list again (connected to the device list's change signal)."""
        now = self._outputs()
        appeared = headphones_appeared(self._known, now)
        self._known = now
        if appeared:
            self.headphones_connected.emit()


def qt_audio_route(parent: QObject | None = None) -> AudioRoute:
    """An AudioRoute over Qt Multimedia's output list (needs the QApplication and an audio system)."""
    from PySide6.QtMultimedia import QMediaDevices

    route = AudioRoute(lambda: [device.description() for device in QMediaDevices.audioOutputs()], parent)
    devices = QMediaDevices(route)  # lives as long as the route
    devices.audioOutputsChanged.connect(route.outputs_changed)
    return route
