"""Run under Xvfb with QT_QPA_PLATFORM=xcb: plays a video in a native child window, then screenshots X.

Usage: python -m tests.helpers.xvfb_player_probe VIDEO OUT_PNG. Prints one JSON line with what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.gui.widgets.video_surface import VideoSurface
from kiosk.services.player import RenderMode, VlcPlayer


def _wait(ms: int, until: object = None) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        until.connect(loop.quit)  # type: ignore[attr-defined]
    loop.exec()


def main() -> int:
    video, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    window = QWidget()
    window.setStyleSheet("background: rgb(40, 90, 160);")  # not black, not the video's colours
    surface = VideoSurface()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(40, 40, 40, 40)
    layout.addWidget(surface)
    window.setGeometry(0, 0, 1040, 620)
    window.show()
    _wait(200)
    player = VlcPlayer(render=RenderMode.WINDOW)
    player.set_window(surface.native_window_id())
    player.load(video)
    result: dict[str, object] = {"platform": app.platformName(), "mode": player.render_mode().value}
    player.play()
    _wait(8000, player.first_frame)
    result["first_frame"] = player.state().value
    _wait(1200)
    result["position_playing"] = player.position()
    player.pause()
    _wait(400)
    held = player.position()
    _wait(500)
    result["paused_held"] = held == player.position()
    player.seek(4000)
    _wait(500)
    result["position_after_seek"] = player.position()
    top_left = surface.mapToGlobal(surface.rect().topLeft())
    result["surface"] = [top_left.x(), top_left.y(), surface.width(), surface.height()]
    display = os.environ["DISPLAY"]
    dump = out.with_suffix(".xwd")
    subprocess.run(["xwd", "-root", "-silent", "-display", display, "-out", str(dump)], check=True)
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(dump), str(out)], check=True)
    player.release()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
