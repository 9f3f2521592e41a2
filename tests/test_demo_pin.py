"""The demo PIN is for the demo and windowed development only: the full-screen kiosk never takes it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.app import started_config, with_demo_pin
from kiosk.cli import build_parser
from kiosk.config import DatabaseSection, StaffSection, default_config
from kiosk.domain.staff_pin import DEMO_PIN, DEMO_PIN_HASH, verify_pin
from tests.helpers.staff_pin import TEST_PIN_HASH


@pytest.mark.parametrize(
    ("argv", "demo"), [([], False), (["--lang", "en"], False), (["--demo"], True), (["--windowed"], True)]
)
def test_only_a_demo_or_windowed_start_takes_the_demo_pin(argv: list[str], demo: bool) -> None:
    config = started_config(default_config(), build_parser().parse_args(argv))
    assert config.staff.pin_hash == (DEMO_PIN_HASH if demo else "")
    assert verify_pin(DEMO_PIN, config.staff.pin_hash) if demo else not config.staff.pin_hash


def test_a_configured_pin_always_wins_over_the_demo_pin() -> None:
    config = replace(default_config(), staff=StaffSection(pin_hash=TEST_PIN_HASH))
    assert with_demo_pin(config).staff.pin_hash == TEST_PIN_HASH


def test_a_kiosk_on_a_shared_server_never_takes_the_demo_pin() -> None:
    config = replace(
        default_config(),
        database=DatabaseSection(url="postgresql+psycopg://kiosk@db.local/kiosk", allow_unverified_tls=True),
    )
    assert with_demo_pin(config).staff.pin_hash == ""
