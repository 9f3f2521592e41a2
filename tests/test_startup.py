"""The `kiosk` command as a new user meets it: start-up probe, no display, bad configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], env_changes: dict[str, str | None], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        {
            "KIOSK_DATA_DIR": str(tmp_path / "data"),
            "KIOSK_LOG_DIR": str(tmp_path / "log"),
            "KIOSK_CONFIG": str(tmp_path / "kiosk.toml"),
            "PYTHONPATH": str(ROOT),
        }
    )
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_exit_after_startup_paints_home_and_exits_zero(tmp_path: Path) -> None:
    result = _run(["--exit-after-startup"], {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "kiosk.sqlite3").exists()
    assert "kiosk started" in (tmp_path / "log" / "kiosk.log").read_text(encoding="utf-8")


def test_without_a_display_it_explains_how_to_use_xvfb(tmp_path: Path) -> None:
    result = _run([], {"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None}, tmp_path)
    assert result.returncode == 4
    assert "no display" in result.stderr and "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


def test_bad_configuration_gives_one_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nidle_seconds = "soon"\n', encoding="utf-8")
    result = _run(["--exit-after-startup"], {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert result.returncode == 3
    assert "kiosk.idle_seconds" in result.stderr and "Traceback" not in result.stderr
    assert config.read_text(encoding="utf-8") == '[kiosk]\nidle_seconds = "soon"\n'
    assert not (tmp_path / "data").exists()


def test_database_from_a_newer_kiosk_is_refused_untouched(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    data.mkdir()
    db = data / "kiosk.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    result = _run(["--exit-after-startup"], {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert result.returncode == 3
    assert "newer than this kiosk" in result.stderr
    with sqlite3.connect(db) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert tables == ["alembic_version"]
    assert version == [("9999_future",)]


def test_db_upgrade_command(tmp_path: Path) -> None:
    result = _run(["db", "upgrade"], {}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_only_a_windowed_or_demo_start_takes_the_demo_pin(tmp_path: Path) -> None:
    # The full-screen start is what the kiosk session runs: without a configured PIN it has no staff mode.
    log = tmp_path / "log" / "kiosk.log"
    for args, takes_demo_pin in (
        (["--exit-after-startup"], False),
        (["--windowed", "--exit-after-startup"], True),
    ):
        result = _run(args, {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)
        assert result.returncode == 0, result.stderr
        assert ("staff mode takes the demo PIN" in log.read_text(encoding="utf-8")) == takes_demo_pin
