"""The idle limits staff may choose: inside the ranges residents can live with (K11), in whole steps."""

from __future__ import annotations

import pytest

from kiosk.domain.time_limits import InvalidTimeLimits, TimeLimits


@pytest.mark.parametrize(("idle", "warning"), [(29, 30), (601, 30), (120, 19), (120, 121)])
def test_limits_outside_the_ranges_are_refused(idle: int, warning: int) -> None:
    with pytest.raises(InvalidTimeLimits):
        TimeLimits(idle, warning)


def test_steps_move_by_ten_seconds_and_stop_at_the_ends() -> None:
    limits = TimeLimits(120, 30)
    assert limits.stepped(idle_steps=+2) == TimeLimits(140, 30)
    assert limits.stepped(warning_steps=-1) == TimeLimits(120, 20)
    assert limits.stepped(warning_steps=-5) == TimeLimits(120, 20)  # never under 20 s to react
    assert limits.stepped(idle_steps=+100) == TimeLimits(600, 30)
    assert limits.stepped(idle_steps=-100) == TimeLimits(30, 30)
