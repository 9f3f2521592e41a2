"""Lecture start: time from tapping a lecture tile to its first frame, next to cvlc on the same file.

Everything runs under one Xvfb display, so the kiosk (libvlc drawing into its native child window) and
cvlc (its own X window) both really show the video. "First frame" is, for the kiosk, the earlier of
libvlc's vout event and media time > 0 (the player's `first_frame` signal); for cvlc, its own log line
"Received first picture" (`-vv`). The bare python-vlc run (no Qt, libvlc's own window) uses the kiosk's
markers, so the Qt embedding's cost shows on its own.

Kiosk rows: "first tap" builds the libvlc instance too (the first lecture after start or an idle reset);
"later tap" reuses it. Each tap opens a different lecture, so none resumes from a remembered position.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, median, row

RUNS = 9
VIDEO_STEM = "2026-09-acquisition-tax"

KIOSK_DRIVER = r"""
import json, sys, time
from dataclasses import replace
from PySide6.QtCore import QEventLoop, QTimer, Qt
from PySide6.QtTest import QTest
from kiosk.app import build_context, build_window, create_qt_application
from kiosk.config import DatabaseSection, default_config
from kiosk.services.lectures import import_lectures

folder, runs = sys.argv[1], int(sys.argv[2])
app = create_qt_application()
config = replace(default_config(), database=DatabaseSection(url=f"sqlite:///{folder}/bench.sqlite3"))
context = build_context(config)
import_lectures(context.database, __import__("pathlib").Path(folder) / "lectures")
window = build_window(context)
window.idle.stop()
window.resize(1920, 1080)
window.show()
window.navigator.go("lectures")
screen = window.navigator.current_screen

def wait_for(signal, done):
    loop = QEventLoop()
    def check(*_args):
        if done():
            loop.quit()
    signal.connect(check)
    QTimer.singleShot(10000, loop.quit)
    if not done():
        loop.exec()
    signal.disconnect(check)

def tap(index):
    tile = screen.catalogue.tiles()[index]
    started = time.perf_counter()
    QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    player = screen.player_page.player()
    if player is None:
        raise SystemExit("the player could not start")
    shown = []
    player.first_frame.connect(lambda: shown.append(time.perf_counter()))
    wait_for(player.first_frame, lambda: bool(shown))
    wait_for(player.position_changed, lambda: player.position() > 0)
    moving = time.perf_counter()
    QTest.qWait(200)
    window.navigator.back()
    return shown[0] - started, moving - started

QTest.qWait(300)
cold, warm, warm_moving = [], [], []
for i in range(runs):
    screen.reset()  # frees libvlc: the next tap starts it again
    cold.append(tap(2 * i)[0])
    first, moving = tap(2 * i + 1)
    warm.append(first)
    warm_moving.append(moving)
print(json.dumps({"cold": cold, "warm": warm, "warm_moving": warm_moving}))
screen.reset()
"""

BARE_VLC_DRIVER = r"""
import json, sys, threading, time
import vlc

video, runs = sys.argv[1], int(sys.argv[2])
instance = vlc.Instance("--no-xlib", "--quiet", "--aout=dummy", "--no-video-title-show")
times = []
for _ in range(runs):
    player = instance.media_player_new()
    shown = threading.Event()
    events = player.event_manager()
    events.event_attach(vlc.EventType.MediaPlayerVout, lambda e: shown.set())
    events.event_attach(vlc.EventType.MediaPlayerTimeChanged, lambda e: e.u.new_time > 0 and shown.set())
    started = time.perf_counter()
    player.set_media(instance.media_new_path(video))
    player.play()
    shown.wait(10)
    times.append(time.perf_counter() - started)
    player.stop()
    player.release()
print(json.dumps(times))
"""


def _lecture_folder(target: Path, video: Path, count: int) -> None:
    """`count` lectures that share one video file, so every tap opens a lecture not seen before."""
    target.mkdir()
    shutil.copy(video, target / "lecture.mp4")
    entries = []
    for number in range(count):
        entries.append(
            f'[[lecture]]\nkey = "bench-{number:02d}"\n'
            f'title = {{ ko = "강의 {number}", en = "Lecture {number}" }}\n'
            'speaker = { ko = "강사", en = "Speaker" }\ntopic = "property"\n'
            f'date = 2026-11-{number + 1:02d}\nduration_seconds = 6\nvideo = "lecture.mp4"\n'
        )
    (target / "lectures.toml").write_text("\n".join(entries), encoding="utf-8")


def _cvlc_command(video: Path) -> list[str] | None:
    cvlc = shutil.which("cvlc")
    if cvlc is None:
        return None
    command = [cvlc, "-vv", "--aout=dummy", "--play-and-exit", "--no-video-title-show", str(video)]
    # VLC refuses to run as root; run it as nobody then (the video is made readable for that).
    if os.geteuid() == 0:
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return command


def _cvlc_first_picture(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if "Received first picture" in line:
                return time.perf_counter() - started
        raise RuntimeError("cvlc ended without showing a picture")
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the session this benchmark started
        process.wait()


def _free_display() -> str:
    for number in range(80, 180):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    raise RuntimeError("no free X display")


def main() -> None:
    sys.path.insert(0, str(ROOT))  # this tree's kiosk, not another checkout's
    from kiosk.services.demo_media import make_demo_videos

    make_demo_videos()
    source = ROOT / "resources" / "demo" / "generated" / "lectures" / f"{VIDEO_STEM}.mp4"
    display = _free_display()
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            time.sleep(0.05)
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-lecture-") as scratch:
            os.chmod(scratch, 0o755)
            video = Path(scratch) / "lecture.mp4"
            shutil.copy(source, video)
            os.chmod(video, 0o644)
            _lecture_folder(Path(scratch) / "lectures", video, 2 * RUNS)
            env = dict(
                os.environ,
                DISPLAY=display,
                QT_QPA_PLATFORM="xcb",
                PYTHONPATH=str(ROOT),
                KIOSK_DATA_DIR=scratch,
                KIOSK_LOG_DIR=scratch,
                KIOSK_CONFIG=f"{scratch}/none.toml",
                HOME=scratch,
            )
            kiosk = subprocess.run(
                [sys.executable, "-c", KIOSK_DRIVER, scratch, str(RUNS)],
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
                cwd=ROOT,
            )
            if kiosk.returncode != 0:
                raise RuntimeError(kiosk.stderr[-2000:])
            taps = json.loads(kiosk.stdout.strip().splitlines()[-1])
            bare = subprocess.run(
                [sys.executable, "-c", BARE_VLC_DRIVER, str(video), str(RUNS)],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            bare_times = json.loads(bare.stdout.strip().splitlines()[-1])
            command = _cvlc_command(video)
            cvlc_times = [_cvlc_first_picture(command, env) for _ in range(RUNS)] if command else []
    finally:
        server.terminate()
        server.wait()

    warm, cold, bare_s = median(taps["warm"]), median(taps["cold"]), median(bare_times)
    moving = median(taps["warm_moving"])
    name = f"median of {RUNS}, 640x360 H.264, Xvfb"
    if cvlc_times:
        cvlc_s = median(cvlc_times)
        print(
            row(
                f"lecture tap to first frame, later tap ({name})",
                warm,
                "s",
                "cvlc start to first picture",
                cvlc_s,
            )
        )
        print(
            row(
                f"lecture tap to first frame, first tap ({name})",
                cold,
                "s",
                "cvlc start to first picture",
                cvlc_s,
            )
        )
        print(
            row(
                f"lecture tap to media time > 0, later tap ({name})",
                moving,
                "s",
                "cvlc start to first picture",
                cvlc_s,
            )
        )
    else:
        print(
            row(
                f"lecture tap to first frame, first tap ({name})", cold, "s", "bare python-vlc, no Qt", bare_s
            )
        )
    print(
        row(
            f"lecture tap to first frame, later tap ({name})",
            warm,
            "s",
            "bare python-vlc play, no Qt",
            bare_s,
        )
    )


if __name__ == "__main__":
    main()
