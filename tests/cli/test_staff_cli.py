"""`kiosk staff set-pin` and `kiosk staff unlock`."""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.domain.clock import SEOUL
from kiosk.domain.staff_pin import LockState, verify_pin
from kiosk.storage.database import Database
from kiosk.storage.staff_lock import read_lock_state, write_lock_state


def test_set_pin_prints_a_hash_line_that_verifies(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("24680\n"))
    assert main(["staff", "set-pin", "--pin-stdin"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith('pin_hash = "scrypt$') and "24680" not in out
    assert verify_pin("24680", out.split('"')[1])


def test_set_pin_refuses_a_short_pin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["staff", "set-pin", "--pin-stdin"]) == 2
    assert "4 to 8 digits" in capsys.readouterr().err


def test_unlock_clears_a_stored_lock() -> None:
    database = Database(load_config().database.resolved_url())
    database.upgrade()
    with database.write_session() as session:
        write_lock_state(session, LockState(0, datetime(2030, 1, 1, tzinfo=SEOUL)))
    assert main(["staff", "unlock"]) == 0
    with database.session() as session:
        assert read_lock_state(session) == LockState()
    database.dispose()
