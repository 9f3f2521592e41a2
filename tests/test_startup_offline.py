"""A kiosk whose shared database is down at boot still starts: information screens need no database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.postgres import free_port
from tests.helpers.processes import PROJECT_ROOT, child_env


def test_kiosk_starts_and_paints_home_while_the_database_server_is_down(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[database]\nurl = "postgresql+psycopg://kiosk@127.0.0.1:{free_port()}/kiosk"\n', encoding="utf-8"
    )
    env = child_env() | {"QT_QPA_PLATFORM": "offscreen", "KIOSK_CONFIG": str(config)}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--exit-after-startup"],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    log = (Path(os.environ["KIOSK_LOG_DIR"]) / "kiosk.log").read_text(encoding="utf-8")
    assert "database unavailable at start" in log
    assert "kiosk started" in log
