"""`kiosk now-serving` and `kiosk staff-console` open their window and quit cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", ["now-serving", "staff-console"])
def test_window_command_starts_and_exits(command: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", command, "--exit-after-startup", "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "kiosk.sqlite3").exists()
