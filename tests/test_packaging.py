"""`pyinstaller kiosk.spec` builds a one-folder app that starts (slow: about a minute)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(600)
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    build = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            "kiosk.spec",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = tmp_path / "dist" / "kiosk"
    internal = bundle / "_internal"
    assert (internal / "ui" / "kiosk.qss").exists()
    assert (internal / "resources" / "translations" / "kiosk_ko.qm").exists()
    # The video consultation and the station: their pages and the web engine's own process.
    assert (internal / "resources" / "video" / "room.html").exists()
    assert (internal / "resources" / "video" / "devices.js").exists()
    assert list(internal.rglob("QtWebEngineProcess")), "the web engine's process is missing from the bundle"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        KIOSK_LOG_DIR=str(tmp_path / "log"),
        KIOSK_CONFIG=str(tmp_path / "none.toml"),
    )
    started = subprocess.run(
        [str(bundle / "kiosk"), "--exit-after-startup"], env=env, capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0, started.stderr[-3000:]
    assert (tmp_path / "data" / "kiosk.sqlite3").exists()
