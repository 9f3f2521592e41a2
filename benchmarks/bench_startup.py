"""Start-up: `kiosk --exit-after-startup` next to a bare PySide6 window, both to their first paint."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

from common import ROOT, median, row, run_timed

RUNS = 10

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.setCentralWidget(QLabel("Seocho"))
window.showFullScreen()
sys.exit(app.exec())
"""


def measure(env: dict[str, str], platform: str) -> list[str]:
    with tempfile.TemporaryDirectory() as data:
        env = dict(env, KIOSK_DATA_DIR=data, KIOSK_LOG_DIR=data, KIOSK_CONFIG=f"{data}/none.toml")
        kiosk = [sys.executable, "-m", "kiosk", "--exit-after-startup"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        run_timed(kiosk, env)  # first run migrates the database; not counted
        kiosk_runs = [run_timed(kiosk, env) for _ in range(RUNS)]
        bare_runs = [run_timed(bare, env) for _ in range(RUNS)]
    kiosk_s = median([t for t, _ in kiosk_runs])
    bare_s = median([t for t, _ in bare_runs])
    kiosk_mib = median([m for _, m in kiosk_runs]) / 1024
    bare_mib = median([m for _, m in bare_runs]) / 1024
    return [
        row(
            f"start-up to first paint ({platform}, median of {RUNS})",
            kiosk_s,
            "s",
            "bare PySide6 window",
            bare_s,
        ),
        row(f"start-up peak RSS ({platform})", kiosk_mib, "MiB", "bare PySide6 window", bare_mib),
    ]


def main() -> None:
    base = dict(os.environ, PYTHONPATH=str(ROOT))
    for line in measure(dict(base, QT_QPA_PLATFORM="offscreen"), "offscreen"):
        print(line)
    if shutil.which("Xvfb"):
        display = ":97"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.0)  # Xvfb has no readiness signal; it is up well within a second here
            env = dict(base, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            for line in measure(env, "Xvfb 1920x1080"):
                print(line)
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
