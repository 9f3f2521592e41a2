"""How long a resident may leave the kiosk untouched before the warning, and how long the warning lasts.

../shared/facts/accessibility.md K11 (KS X 9211, WCAG 2.2.1): a resident must be warned, get at least
20 s to react and be able to ask for more time; staff adjust both limits for the site's residents.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import KioskError

MIN_IDLE_SECONDS = 30
MAX_IDLE_SECONDS = 600
MIN_WARNING_SECONDS = 20  # K11: time to react
MAX_WARNING_SECONDS = 120
STEP_SECONDS = 10


class InvalidTimeLimits(KioskError):
    """A limit outside what residents can live with."""


@dataclass(frozen=True)
class TimeLimits:
    idle_seconds: int
    warning_seconds: int

    def __post_init__(self) -> None:
        if not MIN_IDLE_SECONDS <= self.idle_seconds <= MAX_IDLE_SECONDS:
            raise InvalidTimeLimits(
                f"The time before the warning must be {MIN_IDLE_SECONDS}-{MAX_IDLE_SECONDS} seconds."
            )
        if not MIN_WARNING_SECONDS <= self.warning_seconds <= MAX_WARNING_SECONDS:
            raise InvalidTimeLimits(
                f"The warning must last {MIN_WARNING_SECONDS}-{MAX_WARNING_SECONDS} seconds."
            )

    def stepped(self, idle_steps: int = 0, warning_steps: int = 0) -> TimeLimits:
        """These limits moved by whole steps, held inside the allowed ranges."""
        return TimeLimits(
            _clamp(self.idle_seconds + idle_steps * STEP_SECONDS, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS),
            _clamp(
                self.warning_seconds + warning_steps * STEP_SECONDS, MIN_WARNING_SECONDS, MAX_WARNING_SECONDS
            ),
        )


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
