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
from kiosk.storage.staff_lock import (
    TOTAL_SCOPE,
    hold_pin_lock,
    kiosk_scope,
    read_lock_state,
    write_lock_state,
)

HELD = LockState(20, None, held=True)


def test_set_pin_prints_a_hash_line_that_verifies(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("246802\n"))
    assert main(["staff", "set-pin", "--pin-stdin"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith('pin_hash = "scrypt$') and "246802" not in out
    assert verify_pin("246802", out.split('"')[1])


@pytest.mark.parametrize("pin", ["12", "0000", "24680"])
def test_set_pin_refuses_a_pin_under_six_digits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pin: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    assert main(["staff", "set-pin", "--pin-stdin"]) == 2
    captured = capsys.readouterr()
    assert "6 to 12 digits" in captured.err and "at least 6" in captured.err
    assert captured.out == ""


def _database() -> Database:
    database = Database(load_config().database.resolved_url())
    database.upgrade()
    return database


def _lock(database: Database, *scopes: str) -> None:
    with database.write_session() as session:
        hold_pin_lock(session)
        for scope in scopes:
            write_lock_state(session, scope, HELD)


def test_unlock_clears_every_stored_lock(capsys: pytest.CaptureFixture[str]) -> None:
    database = _database()
    _lock(database, kiosk_scope("lobby"), kiosk_scope("hall"), TOTAL_SCOPE)
    assert main(["staff", "unlock"]) == 0
    assert "every staff PIN pad is unlocked" in capsys.readouterr().out
    with database.session() as session:
        for scope in (kiosk_scope("lobby"), kiosk_scope("hall"), TOTAL_SCOPE):
            assert read_lock_state(session, scope) == LockState()
    database.dispose()


def test_unlock_of_one_kiosk_leaves_the_others() -> None:
    database = _database()
    _lock(database, kiosk_scope("lobby"), kiosk_scope("hall"))
    assert main(["staff", "unlock", "--kiosk", "lobby"]) == 0
    with database.session() as session:
        assert read_lock_state(session, kiosk_scope("lobby")) == LockState()
        assert read_lock_state(session, kiosk_scope("hall")) == HELD
    database.dispose()


def test_a_timed_lock_is_stored_in_seoul_time() -> None:
    database = _database()
    until = datetime(2030, 1, 1, 9, 30, tzinfo=SEOUL)
    with database.write_session() as session:
        hold_pin_lock(session)
        write_lock_state(session, kiosk_scope("lobby"), LockState(5, until))
    with database.session() as session:
        assert read_lock_state(session, kiosk_scope("lobby")) == LockState(5, until)
    database.dispose()
