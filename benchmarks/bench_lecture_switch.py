"""Switching lectures: how long the screen waits when a resident opens another lecture right after seeking
in one with subtitles (libvlc's own stop takes about 6 s there), next to loading into a player that was
stopped long before. Both load the same file and wait for its first frame; the kiosk's player (FRAMES
mode, offscreen) hands the old libvlc player to a worker thread instead of stopping it on the screen's
thread.
"""

from __future__ import annotations

import os
import sys
import time

from common import ROOT, median, row

RUNS = 5


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.services.player import RenderMode, VlcPlayer
    from tests.helpers.lecture_media import demo_subtitles, demo_video

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the player's timers need it
    video, subtitles = demo_video(), demo_subtitles()

    def first_frame(player: VlcPlayer) -> None:
        loop = QEventLoop()
        player.first_frame.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        player.play()
        loop.exec()
        player.first_frame.disconnect(loop.quit)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    blocked, switch, calm = [], [], []
    player = VlcPlayer(render=RenderMode.FRAMES)
    for _ in range(RUNS):
        player.load(video, subtitles)
        first_frame(player)
        wait(500)
        player.seek(4000)
        started = time.perf_counter()
        player.load(video, subtitles)  # the screen's thread is held only this long
        blocked.append(time.perf_counter() - started)
        first_frame(player)
        switch.append(time.perf_counter() - started)
        player.stop()
        wait(7000)  # the stop long done: the baseline's player is idle
        started = time.perf_counter()
        player.load(video, subtitles)
        first_frame(player)
        calm.append(time.perf_counter() - started)
        player.stop()
        wait(7000)
    player.release()
    baseline = median(calm)
    print(
        row(
            "another lecture right after a seek: to its first frame",
            median(switch),
            "s",
            "load into an idle player",
            baseline,
        )
    )
    print(
        row(
            "another lecture right after a seek: screen held",
            median(blocked),
            "s",
            "load into an idle player, to first frame",
            baseline,
        )
    )


if __name__ == "__main__":
    main()
