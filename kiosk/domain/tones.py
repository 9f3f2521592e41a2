"""The feedback tones (accessibility K23), synthesised as 16-bit mono samples with no audio library.

A click is short and bright, so it is heard on every button without slowing anyone down; the completion
chime rises over two notes and lasts longer, so it cannot be mistaken for a click.
"""

from __future__ import annotations

import math
from array import array

SAMPLE_RATE = 22050
# -6 dBFS: room above for the output level without clipping.
PEAK = 0.5


def click() -> array:
    """40 ms at 2 kHz, 2 ms attack, fast exponential decay."""
    return _note(2000.0, 0.040, decay=90.0)


def completion() -> array:
    """Two rising notes (E5 then A5): 150 ms and 250 ms."""
    return _note(659.25, 0.150, decay=8.0) + _note(880.0, 0.250, decay=8.0)


def _note(frequency: float, seconds: float, decay: float) -> array:
    count = round(SAMPLE_RATE * seconds)
    attack = round(SAMPLE_RATE * 0.002)
    samples = array("h")
    for n in range(count):
        t = n / SAMPLE_RATE
        envelope = min(1.0, n / attack) * math.exp(-decay * t) * min(1.0, (count - n) / attack)
        samples.append(round(32767 * PEAK * envelope * math.sin(2 * math.pi * frequency * t)))
    return samples


TONES = {"click": click, "completion": completion}
