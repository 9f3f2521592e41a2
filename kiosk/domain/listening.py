"""What a resident has set for listening in one session: speech rate and volume step (accessibility K16).

Plain values that the GUI steps through; the idle reset goes back to `Listening.start()` (K12, K18).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiosk.domain.volume_steps import VolumeStep, VolumeSteps

# One step is a clearly different pace on Qt's -1..1 scale; three either way from the configured rate.
RATE_STEP = 0.2
RATE_STEPS_EACH_WAY = 3


def rate_steps(default_rate: float) -> tuple[float, ...]:
    """The rates a resident can choose, slowest first, the configured one among them."""
    candidates = (
        round(default_rate + RATE_STEP * k, 2) for k in range(-RATE_STEPS_EACH_WAY, RATE_STEPS_EACH_WAY + 1)
    )
    return tuple(rate for rate in candidates if -1.0 <= rate <= 1.0)


@dataclass(frozen=True)
class Listening:
    """The speech rate and volume step chosen for this session."""

    volume_steps: VolumeSteps
    rates: tuple[float, ...]
    rate_index: int
    volume_index: int

    @classmethod
    def start(cls, volume_steps: VolumeSteps, default_rate: float) -> Listening:
        """The configured defaults every session begins with."""
        rates = rate_steps(default_rate)
        return cls(volume_steps, rates, rates.index(round(default_rate, 2)), volume_steps.default_index)

    @property
    def rate(self) -> float:
        return self.rates[self.rate_index]

    @property
    def volume(self) -> VolumeStep:
        return self.volume_steps.steps[self.volume_index]

    @property
    def clicks_muted(self) -> bool:
        """At the quietest step the button clicks are silent (the resident asked for quiet)."""
        return self.volume_index == 0

    def slower(self) -> Listening:
        return replace(self, rate_index=max(0, self.rate_index - 1))

    def faster(self) -> Listening:
        return replace(self, rate_index=min(len(self.rates) - 1, self.rate_index + 1))

    def quieter(self) -> Listening:
        return replace(self, volume_index=self.volume_steps.clamp(self.volume_index - 1))

    def louder(self) -> Listening:
        return replace(self, volume_index=self.volume_steps.clamp(self.volume_index + 1))
