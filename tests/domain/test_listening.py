"""A session's speech rate and volume step (K16, K18): steps, ends of the range, muted clicks."""

from __future__ import annotations

from kiosk.domain.listening import Listening, rate_steps
from kiosk.domain.volume_steps import VolumeStep, VolumeSteps

STEPS = VolumeSteps(
    (VolumeStep(0.125, 50), VolumeStep(0.25, 56), VolumeStep(0.5, 62), VolumeStep(1.0, 68)), 2
)


def test_rates_go_three_steps_either_way_within_qts_range() -> None:
    assert rate_steps(-0.2) == (-0.8, -0.6, -0.4, -0.2, 0.0, 0.2, 0.4)
    assert rate_steps(-0.8) == (-1.0, -0.8, -0.6, -0.4, -0.2)


def test_a_session_starts_at_the_configured_rate_and_default_volume() -> None:
    start = Listening.start(STEPS, -0.2)
    assert (start.rate, start.volume, start.clicks_muted) == (-0.2, VolumeStep(0.5, 62), False)


def test_slower_faster_quieter_louder_stop_at_the_ends() -> None:
    start = Listening.start(STEPS, -0.2)
    assert start.slower().rate == -0.4 and start.faster().rate == 0.0
    slowest = start.slower().slower().slower().slower()
    assert slowest.rate == -0.8 and slowest.rate_index == 0
    assert start.louder().louder().louder().volume == VolumeStep(1.0, 68)
    assert start.faster().faster().faster().faster().rate == 0.4


def test_the_quietest_step_mutes_the_clicks() -> None:
    quietest = Listening.start(STEPS, 0.0).quieter().quieter().quieter()
    assert quietest.volume == VolumeStep(0.125, 50) and quietest.clicks_muted
    assert not quietest.louder().clicks_muted
