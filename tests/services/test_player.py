"""The libvlc player on real files: playing, pausing, seeking, subtitles, and each way it can fail.

These run on Qt's offscreen platform, where libvlc decodes into memory and the frames arrive as QImages;
tests/services/test_player_xvfb.py checks the X11 window path under Xvfb.
"""

from __future__ import annotations

import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from kiosk.services.player import (
    FailureKind,
    PlayerState,
    PlayerUnavailable,
    RenderMode,
    VlcPlayer,
    import_vlc,
    vlc_arguments,
)
from tests.helpers.lecture_media import corrupt_video, demo_subtitles, demo_video, truncated_video


@pytest.fixture
def player(qtbot) -> Iterator[VlcPlayer]:
    vlc_player = VlcPlayer(render=RenderMode.FRAMES)
    yield vlc_player
    vlc_player.release()


def _play(qtbot, player: VlcPlayer, video: Path, subtitles: Path | None = None) -> None:
    player.load(video, subtitles)
    with qtbot.waitSignal(player.first_frame, timeout=10_000):
        player.play()


def test_a_lecture_plays_shows_frames_and_its_time_advances(qtbot, player: VlcPlayer) -> None:
    frames = []
    player.frame_ready.connect(frames.append)
    _play(qtbot, player, demo_video())
    assert player.state() is PlayerState.PLAYING
    qtbot.waitUntil(lambda: player.position() > 500, timeout=5000)
    first = player.position()
    qtbot.waitUntil(lambda: player.position() > first + 300, timeout=5000)
    assert player.length() == pytest.approx(8000, abs=100)
    frame = frames[-1]
    assert (frame.width(), frame.height()) == (640, 360)
    # testsrc2 has saturated colour bars: a decoded frame is far from a blank one.
    colours = {QColor(frame.pixel(x, 180)).name() for x in range(0, 640, 40)}
    assert len(colours) >= 5


def test_pause_holds_the_position_and_play_resumes(qtbot, player: VlcPlayer) -> None:
    _play(qtbot, player, demo_video())
    qtbot.waitUntil(lambda: player.position() > 300, timeout=5000)
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s is PlayerState.PAUSED):
        player.pause()
    held = player.position()
    qtbot.wait(600)
    assert player.position() == held
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s is PlayerState.PLAYING):
        player.toggle()
    qtbot.waitUntil(lambda: player.position() > held + 200, timeout=5000)


def test_seek_and_skip_move_the_video(qtbot, player: VlcPlayer) -> None:
    _play(qtbot, player, demo_video())
    player.seek(5000)
    qtbot.waitUntil(lambda: player.position() >= 5000, timeout=5000)
    player.skip(-10_000)
    assert player.position() == 0
    qtbot.waitUntil(lambda: 0 < player.position() < 3000, timeout=5000)
    player.skip(+10_000)  # past the end: kept just before it
    assert player.position() == player.length() - 500


def test_seek_before_play_starts_there(qtbot, player: VlcPlayer) -> None:
    player.load(demo_video())
    player.seek(4000)
    player.play()
    qtbot.waitUntil(lambda: player.state() is PlayerState.PLAYING, timeout=5000)
    qtbot.waitUntil(lambda: player.position() >= 4000, timeout=5000)
    assert player.position() < 7000


def test_the_end_is_reported_and_play_starts_again(qtbot, player: VlcPlayer) -> None:
    _play(qtbot, player, demo_video("2026-09-acquisition-tax"))
    player.seek(5000)
    qtbot.waitUntil(lambda: player.state() is PlayerState.ENDED, timeout=8000)
    assert player.position() == player.length()
    player.play()
    qtbot.waitUntil(
        lambda: player.state() is PlayerState.PLAYING and 0 < player.position() < 3000, timeout=5000
    )


def test_subtitles_turn_off_and_on(qtbot, player: VlcPlayer) -> None:
    _play(qtbot, player, demo_video(), demo_subtitles())
    raw = player._player  # libvlc's own view of the subtitle track
    qtbot.waitUntil(lambda: raw.video_get_spu() >= 0, timeout=5000)
    assert player.subtitles_visible()
    player.set_subtitles_visible(False)
    assert raw.video_get_spu() == -1 and not player.subtitles_visible()
    player.set_subtitles_visible(True)
    assert raw.video_get_spu() >= 0


def test_stop_right_after_a_seek_with_subtitles_returns_at_once(qtbot, player: VlcPlayer) -> None:
    # libvlc's own stop takes about 6 s here (subtitle track, seek less than a second before); the
    # resident tapping "Ask a question" must not meet a frozen screen.
    _play(qtbot, player, demo_video(), demo_subtitles())
    player.seek(4000)
    started = time.perf_counter()
    player.stop()
    assert time.perf_counter() - started < 1.0
    assert player.state() is PlayerState.READY
    # The next lecture does not wait for that stop either ("Watch this lecture" froze for 6 s): it
    # loads at once into a fresh libvlc player and plays.
    started = time.perf_counter()
    player.load(demo_video(), demo_subtitles())
    assert time.perf_counter() - started < 1.0
    with qtbot.waitSignal(player.first_frame, timeout=10_000):
        player.play()
    assert player.state() is PlayerState.PLAYING


def test_subtitles_volume_and_play_right_after_a_slow_stop_answer_at_once(qtbot, player: VlcPlayer) -> None:
    # The Subtitles button froze the screen for 5.8 s in a 10,000-event monkey run: libvlc held the
    # player while the stop after a seek ran on its worker thread.
    _play(qtbot, player, demo_video(), demo_subtitles())
    player.seek(4000)
    player.stop()
    started = time.perf_counter()
    player.set_subtitles_visible(False)
    player.set_volume(40)
    assert time.perf_counter() - started < 1.0
    started = time.perf_counter()
    with qtbot.waitSignal(player.first_frame, timeout=10_000):
        player.play()  # Play again at once: a fresh libvlc player, not a wait for the old one's stop
        assert time.perf_counter() - started < 1.0
    # What was chosen meanwhile holds on the new player: no subtitle track once it plays.
    raw = player._player
    qtbot.waitUntil(lambda: player.state() is PlayerState.PLAYING and raw.get_time() > 1000, timeout=5000)
    assert raw.video_get_spu() == -1 and not player.subtitles_visible()
    assert player.volume() == 40


def test_another_lecture_right_after_a_seek_loads_at_once_and_plays(qtbot, player: VlcPlayer) -> None:
    _play(qtbot, player, demo_video(), demo_subtitles())
    player.seek(4000)
    started = time.perf_counter()
    player.load(demo_video(), demo_subtitles())
    assert time.perf_counter() - started < 1.0
    frames = []
    player.frame_ready.connect(frames.append)
    with qtbot.waitSignal(player.first_frame, timeout=10_000):
        player.play()
    # The fresh libvlc player draws into a fresh frame buffer: the picture still arrives.
    qtbot.waitUntil(lambda: len(frames) > 2, timeout=5000)
    assert player.state() is PlayerState.PLAYING and frames[-1].width() == 640
    started = time.perf_counter()
    player.seek(2000)
    player.release()  # the idle reset: no wait for libvlc either
    assert time.perf_counter() - started < 1.0


def test_volume_is_kept_between_0_and_100(player: VlcPlayer) -> None:
    player.set_volume(130)
    assert player.volume() == 100
    player.set_volume(-5)
    assert player.volume() == 0


def test_a_file_that_does_not_decode_gives_its_message(qtbot, player: VlcPlayer, tmp_path: Path) -> None:
    player.load(corrupt_video(tmp_path))
    with qtbot.waitSignal(player.failed, timeout=10_000) as failure:
        player.play()
    assert failure.args[0].kind is FailureKind.NOT_DECODABLE
    assert failure.args[0].message == "corrupt.mp4 could not be decoded"
    assert player.state() is PlayerState.FAILED


def test_a_video_that_stops_early_gives_its_message(qtbot, player: VlcPlayer, tmp_path: Path) -> None:
    player.load(truncated_video(tmp_path))
    with qtbot.waitSignal(player.failed, timeout=15_000) as failure:
        player.play()
    assert failure.args[0].kind is FailureKind.STOPPED
    assert failure.args[0].message.startswith("truncated.mp4 stopped at")


def test_a_missing_file_gives_its_message_at_once(qtbot, player: VlcPlayer, tmp_path: Path) -> None:
    with qtbot.waitSignal(player.failed, timeout=1000) as failure:
        player.load(tmp_path / "gone.mp4")
    assert failure.args[0].kind is FailureKind.MISSING_FILE
    assert "gone.mp4 is missing" in failure.args[0].message


def test_failures_are_logged_without_personal_data(qtbot, player: VlcPlayer, tmp_path: Path, caplog) -> None:
    with qtbot.waitSignal(player.failed, timeout=1000):
        player.load(tmp_path / "gone.mp4")
    assert "lecture playback failed: the video file gone.mp4 is missing" in caplog.text


# -- libvlc missing: the three ways it shows itself (shared/facts/platform.md) -------------------------


def test_libvlc_that_cannot_load_is_unavailable(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # python-vlc raises NotImplementedError at import when libvlc is there but cannot be loaded.
    (tmp_path / "broken_vlc.py").write_text("raise NotImplementedError('libvlc.so.5: wrong ELF class')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PlayerUnavailable, match=r"libvlc cannot be loaded .*wrong ELF class"):
        VlcPlayer(importer=lambda: import_vlc("broken_vlc"))


def test_python_vlc_without_libvlc_is_unavailable(qtbot) -> None:
    def instance(*_args: str) -> None:
        raise NameError("no function 'libvlc_new'")

    fake = types.SimpleNamespace(Instance=instance)
    with pytest.raises(PlayerUnavailable, match=r"libvlc is not installed .*libvlc_new"):
        VlcPlayer(importer=lambda: fake)  # type: ignore[arg-type, return-value]


def test_libvlc_without_plugins_is_unavailable(qtbot) -> None:
    fake = types.SimpleNamespace(Instance=lambda *_args: None)
    with pytest.raises(PlayerUnavailable, match="no plugins"):
        VlcPlayer(importer=lambda: fake)  # type: ignore[arg-type, return-value]


def test_arguments_leave_x_to_qt_and_drop_audio_without_a_sound_device() -> None:
    assert vlc_arguments(RenderMode.WINDOW, sound=False) == [
        "--no-xlib",
        "--quiet",
        "--no-video-title-show",
        "--no-snapshot-preview",
        "--no-sub-autodetect-file",
        "--aout=dummy",
    ]
    assert "--aout=dummy" not in vlc_arguments(RenderMode.WINDOW, sound=True)
    assert "--vout=dummy" in vlc_arguments(RenderMode.NONE, sound=True)


def test_the_real_module_is_python_vlc() -> None:
    assert import_vlc() is sys.modules["vlc"]


def test_a_player_deleted_mid_lecture_lets_libvlc_go_in_order(qtbot) -> None:
    # A window closed while a lecture plays deletes its player without release(): libvlc's decoder
    # threads must not go on writing into frame buffers Python has freed (a segfault at the end of a
    # test run once).
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from kiosk.services import player as player_module

    owner = QObject()
    doomed = VlcPlayer(render=RenderMode.FRAMES, parent=owner)
    _play(qtbot, doomed, demo_video(), demo_subtitles())
    doomed.seek(4000)  # the slow stop
    handle = doomed._handle
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert handle.released
    qtbot.waitUntil(lambda: not player_module._RELEASING, timeout=15_000)
    assert handle.frames is not None  # kept until libvlc let go; no crash since


def test_a_released_player_loads_and_plays_again(qtbot, player: VlcPlayer) -> None:
    _play(qtbot, player, demo_video())
    player.release()
    _play(qtbot, player, demo_video())
    assert player.state() is PlayerState.PLAYING
