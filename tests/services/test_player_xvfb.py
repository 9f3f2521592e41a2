"""The real thing under Xvfb: libvlc draws a lecture into the kiosk's native child window.

The probe runs in a subprocess with QT_QPA_PLATFORM=xcb so that the offscreen tests in this process are
not affected; it prints what the player reported and leaves an X screenshot for this test to inspect.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.helpers.lecture_media import demo_video
from tests.helpers.xvfb import xvfb_display

pytestmark = pytest.mark.xvfb
ROOT = Path(__file__).resolve().parents[2]


def test_video_plays_in_the_x11_window_and_the_screenshot_shows_its_pixels(tmp_path: Path) -> None:
    shot = tmp_path / "x11.png"
    with xvfb_display() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        probe = subprocess.run(
            [sys.executable, "-m", "tests.helpers.xvfb_player_probe", str(demo_video()), str(shot)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
    assert probe.returncode == 0, probe.stderr[-2000:]
    seen = json.loads(probe.stdout.strip().splitlines()[-1])
    assert (seen["platform"], seen["mode"]) == ("xcb", "window")
    assert seen["first_frame"] == "playing"
    assert seen["position_playing"] > 0
    assert seen["paused_held"] is True
    assert seen["position_after_seek"] >= 4000

    image = QImage(str(shot))
    x, y, width, height = seen["surface"]
    row = y + height // 2
    colours = {QColor(image.pixel(px, row)).name() for px in range(x + 10, x + width - 10, 20)}
    # A blank widget would be one colour (black, or the window's blue); testsrc2 has many bars.
    assert len(colours) >= 6, colours
    assert "#285aa0" not in colours  # the window's own background does not show through the video
