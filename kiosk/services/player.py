"""Lecture video playback: the `Player` interface and its libvlc adapter `VlcPlayer`.

libvlc runs on its own threads. The player reads libvlc's state from a timer on the GUI thread and
emits Qt signals from there, so no libvlc thread ever runs Python or touches Qt (only the in-memory
video output below copies pixels, under a lock), and every signal reaches widgets on the GUI thread.

Where the video goes (`RenderMode`): on X11 libvlc draws straight into a native child window
(`set_xwindow`); elsewhere (Qt's offscreen platform, tests, screenshots) it decodes into memory and
hands each frame over as a QImage (`frame_ready`), which the screen paints itself.
"""

from __future__ import annotations

import atexit
import ctypes
import enum
import importlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage

from kiosk.domain.errors import KioskError

log = logging.getLogger(__name__)

SKIP_MS = 10_000
# A video whose clock does not move for this long while playing has stopped (a file cut short,
# a disk that went away).
STALL_MS = 6_000
# "Ended" this far before the announced length means the file stopped early.
EARLY_END_MS = 1_500
MAX_FRAME_WIDTH = 1920
POLL_MS = 33  # about the frame rate: state, time and (offscreen) the newest frame


class PlayerUnavailable(KioskError):
    """libvlc cannot be used on this machine; the message says what is missing."""


class PlayerState(enum.Enum):
    EMPTY = "empty"
    READY = "ready"  # loaded, not started
    OPENING = "opening"
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    FAILED = "failed"


class FailureKind(enum.Enum):
    MISSING_FILE = "missing_file"
    NOT_DECODABLE = "not_decodable"
    STOPPED = "stopped"


@dataclass(frozen=True)
class PlaybackFailure:
    kind: FailureKind
    message: str


class RenderMode(enum.Enum):
    WINDOW = "window"  # libvlc draws into a native X11 window
    FRAMES = "frames"  # frames decoded into memory and emitted as QImage
    NONE = "none"  # decoded and dropped (benchmarks without a screen)


class Player(QObject):
    """What the lecture screens need from a video player. Positions and lengths are milliseconds."""

    state_changed = Signal(object)  # PlayerState
    position_changed = Signal(int, int)  # position, length
    first_frame = Signal()
    failed = Signal(object)  # PlaybackFailure
    frame_ready = Signal(object)  # QImage, RenderMode.FRAMES only

    def render_mode(self) -> RenderMode:
        raise NotImplementedError

    def set_window(self, win_id: int) -> None:
        """The native window to draw into (RenderMode.WINDOW)."""
        raise NotImplementedError

    def load(self, video: Path, subtitles: Path | None = None) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def toggle(self) -> None:
        """Play when paused or stopped, pause when playing."""
        if self.state() in (PlayerState.PLAYING, PlayerState.OPENING):
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        raise NotImplementedError

    def seek(self, position_ms: int) -> None:
        raise NotImplementedError

    def skip(self, delta_ms: int) -> None:
        """Seek `delta_ms` forward (negative: back), kept inside the video."""
        target = self.position() + delta_ms
        length = self.length()
        if length > 0:
            target = min(target, max(0, length - 500))
        self.seek(max(0, target))

    def position(self) -> int:
        raise NotImplementedError

    def length(self) -> int:
        raise NotImplementedError

    def set_volume(self, volume: int) -> None:
        raise NotImplementedError

    def volume(self) -> int:
        raise NotImplementedError

    def set_subtitles_visible(self, visible: bool) -> None:
        raise NotImplementedError

    def subtitles_visible(self) -> bool:
        raise NotImplementedError

    def state(self) -> PlayerState:
        raise NotImplementedError

    def release(self) -> None:
        """Free the decoder; the player cannot be used afterwards."""
        raise NotImplementedError


# -- libvlc ---------------------------------------------------------------------------------------


def import_vlc(module_name: str = "vlc") -> ModuleType:
    """`import vlc`, turning a libvlc that cannot load into PlayerUnavailable."""
    try:
        return importlib.import_module(module_name)
    except (ImportError, OSError, NotImplementedError) as err:
        raise PlayerUnavailable(f"libvlc cannot be loaded ({type(err).__name__}: {err})") from err


def has_sound_output() -> bool:
    """A sound card or a PulseAudio/PipeWire server to play to."""
    if any(Path("/dev/snd").glob("pcm*p")) or os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and (Path(runtime) / "pulse" / "native").exists()


def vlc_arguments(render: RenderMode, sound: bool | None = None) -> list[str]:
    """libvlc options for the kiosk: no Xlib threads (Qt owns X), quiet, no audio device when none."""
    # Subtitles come from the catalogue only: libvlc would otherwise pick up any .srt beside the video.
    arguments = [
        "--no-xlib",
        "--quiet",
        "--no-video-title-show",
        "--no-snapshot-preview",
        "--no-sub-autodetect-file",
    ]
    if not (has_sound_output() if sound is None else sound):
        arguments.append("--aout=dummy")
    if render is RenderMode.NONE:
        arguments.append("--vout=dummy")
    return arguments


def create_vlc_instance(vlc: ModuleType, arguments: list[str]) -> Any:
    """A libvlc instance; PlayerUnavailable for each way libvlc can be missing (facts/platform.md)."""
    try:
        instance = vlc.Instance(*arguments)
    except NameError as err:  # python-vlc imported, but no libvlc shared library behind it
        raise PlayerUnavailable(f"libvlc is not installed ({err})") from err
    if instance is None:  # libvlc without its plugins
        raise PlayerUnavailable("libvlc found no plugins (install vlc-plugin-base)")
    return instance


_INSTANCES: dict[tuple[int, tuple[str, ...]], Any] = {}


def _shared_instance(vlc: ModuleType, arguments: list[str]) -> Any:
    """One libvlc instance per process and set of options: a second `libvlc_new` after a release
    hung now and then in long test runs, and starting libvlc costs about 0.1 s per lecture."""
    key = (id(vlc), tuple(arguments))
    if key not in _INSTANCES:
        _INSTANCES[key] = create_vlc_instance(vlc, arguments)
    return _INSTANCES[key]


def default_render_mode() -> RenderMode:
    """Draw into a native window on X11, into memory everywhere else."""
    platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
    return RenderMode.WINDOW if platform == "xcb" else RenderMode.FRAMES


class VlcPlayer(Player):
    """The real player: python-vlc."""

    def __init__(
        self,
        render: RenderMode | None = None,
        importer: Callable[[], ModuleType] = import_vlc,
        stall_ms: int = STALL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._render = render or default_render_mode()
        self._vlc = importer()
        self._instance = _shared_instance(self._vlc, vlc_arguments(self._render))
        self._handle = self._new_handle()
        self._win_id: int | None = None
        self._state = PlayerState.EMPTY
        self._video: Path | None = None
        self._subtitles: Path | None = None
        self._has_subtitles = False
        self._subtitles_on = True
        self._volume = 80
        self._position = 0
        self._length = 0
        self._shown_frame = False
        self._pending_seek: int | None = None
        self._last_progress = time.monotonic()
        self._stall_ms = stall_ms
        self._attach_output()
        # libvlc's state is read on the GUI thread at the video's frame rate, rather than through
        # libvlc event callbacks: those run Python on libvlc's threads, and with Qt and the GIL in
        # play too, that made `stop()` hang now and then in long test runs. Polling keeps every
        # Python call and every signal on the GUI thread.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_libvlc)
        self._states = {
            self._vlc.State.Playing: PlayerState.PLAYING,
            self._vlc.State.Paused: PlayerState.PAUSED,
            self._vlc.State.Ended: PlayerState.ENDED,
            self._vlc.State.Error: PlayerState.FAILED,
        }

    # -- Player ----------------------------------------------------------------------------------

    def render_mode(self) -> RenderMode:
        return self._render

    def set_window(self, win_id: int) -> None:
        if self._render is RenderMode.WINDOW:
            self._win_id = int(win_id)
            self._player.set_xwindow(self._win_id)

    def load(self, video: Path, subtitles: Path | None = None) -> None:
        self._stop_timers()
        if self._handle.released:
            self._new_player()  # loaded again after release()
        elif self._stop_may_block():
            # A fresh libvlc player at once; the old one stops and goes away on a worker thread.
            self._retire_player()
            self._new_player()
        else:
            self._stop_and_wait()  # stopped already: returns at once
        self._video = video
        self._subtitles = subtitles
        self._position = 0
        self._length = 0
        self._shown_frame = False
        self._pending_seek = None
        if not video.is_file():
            self._fail(FailureKind.MISSING_FILE, f"the video file {video.name} is missing")
            return
        media = self._instance.media_new_path(str(video))
        self._has_subtitles = subtitles is not None and subtitles.is_file()
        if self._has_subtitles:
            media.add_option(f":sub-file={subtitles}")
        self._player.set_media(media)
        media.release()
        self._set_state(PlayerState.READY)
        log.info("loaded lecture video %s", video.name)

    def play(self) -> None:
        if self._state in (PlayerState.EMPTY, PlayerState.FAILED):
            return
        if self._state is PlayerState.PAUSED:
            self._player.set_pause(0)
            return
        if self._state is PlayerState.ENDED:
            self._stop_and_wait()
            self._position = 0
        elif self._stop_running() and self._video is not None:
            # Play again right after Stop: libvlc's play() would wait for that stop; a fresh player.
            self.load(self._video, self._subtitles)
        self._shown_frame = False
        self._last_progress = time.monotonic()
        self._set_state(PlayerState.OPENING)
        if self._player.play() == -1:
            self._fail(FailureKind.NOT_DECODABLE, f"libvlc cannot start {self._name()}")
            return
        self._start_timers()

    def pause(self) -> None:
        if self._state in (PlayerState.PLAYING, PlayerState.OPENING):
            self._player.set_pause(1)

    def stop(self) -> None:
        self._stop_timers()
        self._stop_in_background()
        if self._state not in (PlayerState.EMPTY, PlayerState.FAILED):
            self._set_state(PlayerState.READY)

    def seek(self, position_ms: int) -> None:
        position_ms = max(0, int(position_ms))
        if self._state in (PlayerState.EMPTY, PlayerState.FAILED):
            return
        if self._state in (PlayerState.READY, PlayerState.ENDED, PlayerState.OPENING):
            # libvlc seeks only a started media: remember it and seek once it plays.
            self._pending_seek = position_ms
            self._position = position_ms
            self.position_changed.emit(self._position, self._length)
            return
        self._player.set_time(position_ms)
        self._position = position_ms
        self._last_progress = time.monotonic()
        self.position_changed.emit(self._position, self._length)

    def position(self) -> int:
        return self._position

    def length(self) -> int:
        return self._length

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))
        if not self._stop_running():  # else applied when playback starts again
            self._player.audio_set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_subtitles_visible(self, visible: bool) -> None:
        self._subtitles_on = visible
        self._apply_subtitles()

    def subtitles_visible(self) -> bool:
        return self._subtitles_on and self._has_subtitles

    def has_subtitles(self) -> bool:
        return self._has_subtitles

    def state(self) -> PlayerState:
        return self._state

    def release(self) -> None:
        self._stop_timers()
        self._retire_player()
        self._state = PlayerState.EMPTY

    # -- libvlc's state, read on the GUI thread ----------------------------------------------------

    def _poll_libvlc(self) -> None:
        if self._state in (PlayerState.EMPTY, PlayerState.FAILED, PlayerState.READY):
            return
        length = self._player.get_length()
        if length > 0 and length != self._length:
            self._length = length
            self.position_changed.emit(self._position, self._length)
        reported = self._states.get(self._player.get_state())
        if reported is PlayerState.PLAYING and self._state is not PlayerState.PLAYING:
            self._started_playing()
        elif reported is PlayerState.PAUSED:
            self._set_state(PlayerState.PAUSED)
        elif reported is PlayerState.ENDED:
            self._on_end()
            return
        elif reported is PlayerState.FAILED:
            self._fail(FailureKind.NOT_DECODABLE, f"libvlc cannot play {self._name()}")
            return
        if self._render is RenderMode.WINDOW and self._player.has_vout() > 0:
            self._mark_first_frame()
        self._on_time(self._player.get_time())
        self._on_frame()
        self._check_progress()

    def _started_playing(self) -> None:
        self._set_state(PlayerState.PLAYING)
        self._player.audio_set_volume(self._volume)
        self._apply_subtitles()
        if self._pending_seek is not None:
            self._player.set_time(self._pending_seek)
            self._pending_seek = None
        self._last_progress = time.monotonic()

    def _on_time(self, value: int) -> None:
        if value <= 0 or self._pending_seek is not None or self._state is not PlayerState.PLAYING:
            return
        if value != self._position:
            self._last_progress = time.monotonic()
        self._position = value
        self.position_changed.emit(self._position, self._length)
        if self._render is not RenderMode.FRAMES:
            self._mark_first_frame()

    def _on_end(self) -> None:
        self._stop_timers()
        if not self._shown_frame and self._length <= 0:
            self._fail(FailureKind.NOT_DECODABLE, f"{self._name()} could not be decoded")
            return
        if self._length > 0 and self._position < self._length - EARLY_END_MS - 1000:
            self._fail(
                FailureKind.STOPPED,
                f"{self._name()} stopped at {self._position / 1000:.1f} s of {self._length / 1000:.1f} s",
            )
            return
        self._position = self._length
        self.position_changed.emit(self._position, self._length)
        self._set_state(PlayerState.ENDED)

    def _on_frame(self) -> None:
        if self._frames is None:
            return
        image = self._frames.take()
        if image is None:
            return
        # libvlc may hand out a buffer taller than the picture (aligned lines) and stretch the picture
        # into it; the video's own size puts the proportions back.
        width, height = self._player.video_get_size(0) or (0, 0)
        if width > 0 and height > 0 and (width, height) != (image.width(), image.height()):
            image = image.scaled(
                min(width, MAX_FRAME_WIDTH),
                round(height * min(width, MAX_FRAME_WIDTH) / width),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.frame_ready.emit(image)
        self._mark_first_frame()

    def _check_progress(self) -> None:
        if self._state is not PlayerState.PLAYING and self._state is not PlayerState.OPENING:
            return
        stalled_ms = (time.monotonic() - self._last_progress) * 1000
        if stalled_ms > self._stall_ms:
            what = "did not start" if self._state is PlayerState.OPENING else "stopped"
            self._fail(
                FailureKind.STOPPED, f"{self._name()} {what} (no progress for {stalled_ms / 1000:.0f} s)"
            )

    # -- helpers -------------------------------------------------------------------------------

    def _start_timers(self) -> None:
        self._poll.start()

    def _stop_timers(self) -> None:
        self._poll.stop()

    def _mark_first_frame(self) -> None:
        if not self._shown_frame:
            self._shown_frame = True
            self.first_frame.emit()

    def _apply_subtitles(self) -> None:
        # While libvlc stops (up to 6 s, below) it holds the player: the Subtitles button froze the
        # screen 5.8 s in a monkey run. The choice is applied when playback starts again.
        if not self._has_subtitles or self._stop_running():
            return
        if not self._subtitles_on:
            self._player.video_set_spu(-1)
            return
        tracks = [track_id for track_id, _name in self._player.video_get_spu_description() if track_id >= 0]
        if tracks:
            self._player.video_set_spu(tracks[0])

    def _set_state(self, state: PlayerState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)

    def _fail(self, kind: FailureKind, message: str) -> None:
        self._stop_timers()
        self._stop_in_background()
        log.error("lecture playback failed: %s", message)
        self._set_state(PlayerState.FAILED)
        self.failed.emit(PlaybackFailure(kind, message))

    def _name(self) -> str:
        return self._video.name if self._video else "the video"

    # libvlc_media_player_stop joins libvlc's input thread. With a subtitle track, a stop within about a
    # second of a seek takes 6 s (libvlc 3.0.21, measured; e.g. "Ask a question" right after resuming a
    # lecture), so a plain stop runs on a worker thread and the screen never freezes. Calls that need
    # the player stopped (load, replay, release) wait for it.

    def _stop_running(self) -> bool:
        return self._stopping is not None and self._stopping.is_alive()

    def _stop_in_background(self) -> None:
        if self._stop_running():
            return  # already stopping
        self._stopping = threading.Thread(target=self._player.stop, name="libvlc-stop", daemon=True)
        self._stopping.start()

    def _stop_and_wait(self) -> None:
        self._wait_for_stop()
        self._player.stop()

    # Loading another lecture or releasing the player must not wait for such a stop either (the "Watch"
    # button froze for 6 s, seen in the monkey test): the old libvlc player is stopped and released on a
    # worker thread, with its frame buffer kept alive until libvlc lets go of it.

    def _stop_may_block(self) -> bool:
        running = self._state in (PlayerState.OPENING, PlayerState.PLAYING, PlayerState.PAUSED)
        return running or self._stop_running()

    def _retire_player(self) -> None:
        self._handle.release_in_background()

    def _new_player(self) -> None:
        self._handle = self._new_handle()
        self._attach_output()
        self._player.audio_set_volume(self._volume)

    def _new_handle(self) -> _LibvlcHandle:
        handle = _LibvlcHandle(self._instance.media_player_new())
        # Deleted with its window in mid-lecture, this QObject still lets libvlc go in order.
        self.destroyed.connect(handle.release_in_background)
        return handle

    # libvlc's player, its frame buffers and a stop in progress live in the handle.

    @property
    def _player(self) -> Any:
        return self._handle.player

    @property
    def _frames(self) -> _FrameSink | None:
        return None if self._handle.released else self._handle.frames

    @_frames.setter
    def _frames(self, frames: _FrameSink | None) -> None:
        self._handle.frames = frames

    @property
    def _stopping(self) -> threading.Thread | None:
        return self._handle.stopping

    @_stopping.setter
    def _stopping(self, thread: threading.Thread | None) -> None:
        self._handle.stopping = thread

    def _attach_output(self) -> None:
        if self._render is RenderMode.FRAMES:
            self._frames = _FrameSink(self._vlc, self._player)
        elif self._win_id is not None:
            self._player.set_xwindow(self._win_id)

    def _wait_for_stop(self) -> None:
        if self._stopping is not None:
            self._stopping.join()
            self._stopping = None


# Worker threads stopping and releasing libvlc players; the process waits for them at exit, so libvlc's
# threads never outlive the buffers they write into.
_RELEASING: set[threading.Thread] = set()


class _LibvlcHandle:
    """One libvlc media player with what its callbacks write into, released exactly once on a worker
    thread (its stop can take 6 s): by the kiosk's player, or when that QObject is deleted first."""

    def __init__(self, player: Any) -> None:
        self.player = player
        self.frames: _FrameSink | None = None
        self.stopping: threading.Thread | None = None
        self.released = False

    def release_in_background(self, *_signal_args: object) -> None:
        if self.released:
            return
        self.released = True
        player, stopping = self.player, self.stopping
        kept_alive = [self.frames]  # libvlc's callbacks write into its buffers until the release
        self.stopping = None

        def stop_and_release() -> None:
            try:
                if stopping is not None:
                    stopping.join()
                player.stop()
                player.release()
                kept_alive.clear()
            finally:
                _RELEASING.discard(threading.current_thread())

        thread = threading.Thread(target=stop_and_release, name="libvlc-release", daemon=True)
        _RELEASING.add(thread)
        thread.start()


@atexit.register
def _finish_releases() -> None:
    for thread in list(_RELEASING):
        thread.join(timeout=10)


_UINT_P = ctypes.POINTER(ctypes.c_uint)
_RAW_FORMAT_CB = ctypes.CFUNCTYPE(
    ctypes.c_uint, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p, _UINT_P, _UINT_P, _UINT_P, _UINT_P
)


class _FrameSink:
    """libvlc's memory output: RV32 frames kept as the latest picture, which `take` gives the GUI thread."""

    def __init__(self, vlc: ModuleType, player: Any) -> None:
        self._width = 0
        self._height = 0
        self._buffer: ctypes.Array[ctypes.c_ubyte] | None = None
        self._latest: tuple[bytes, int, int] | None = None
        self._guard = threading.Lock()
        decorators = vlc.CallbackDecorators
        # ctypes callbacks must outlive libvlc's use of them: kept on self. python-vlc declares the
        # chroma argument as c_char_p, which hands Python an immutable copy; writing into that copy
        # corrupts the interpreter, so the format callback is declared with a raw pointer instead.
        self._format_raw = _RAW_FORMAT_CB(self._format)
        self._format_cb = ctypes.cast(self._format_raw, decorators.VideoFormatCb)
        self._cleanup_cb = decorators.VideoCleanupCb(self._cleanup)
        self._lock_cb = decorators.VideoLockCb(self._lock)
        self._unlock_cb = decorators.VideoUnlockCb(self._unlock)
        self._display_cb = decorators.VideoDisplayCb(self._display)
        player.video_set_format_callbacks(self._format_cb, self._cleanup_cb)
        player.video_set_callbacks(self._lock_cb, self._unlock_cb, self._display_cb, None)

    def take(self) -> QImage | None:
        """The newest frame (None when there is none since the last call)."""
        with self._guard:
            latest, self._latest = self._latest, None
        if latest is None:
            return None
        data, width, height = latest
        return QImage(data, width, height, width * 4, QImage.Format.Format_RGB32).copy()

    def _format(self, _opaque: Any, chroma: int, width: Any, height: Any, pitches: Any, lines: Any) -> int:
        source_width, source_height = width[0], height[0]
        scale = min(1.0, MAX_FRAME_WIDTH / max(1, source_width))
        self._width = max(2, int(source_width * scale))
        self._height = max(2, int(source_height * scale))
        ctypes.memmove(chroma, b"RV32", 4)
        width[0], height[0] = self._width, self._height
        pitches[0] = self._width * 4
        lines[0] = self._height
        self._buffer = (ctypes.c_ubyte * (self._width * self._height * 4))()
        return 1

    def _cleanup(self, _opaque: Any) -> None:
        return None

    def _lock(self, _opaque: Any, planes: Any) -> None:
        planes[0] = ctypes.cast(self._buffer, ctypes.c_void_p).value
        return None

    def _unlock(self, _opaque: Any, _picture: Any, _planes: Any) -> None:
        return None

    def _display(self, _opaque: Any, _picture: Any) -> None:
        if self._buffer is None:
            return
        with self._guard:
            self._latest = (bytes(self._buffer), self._width, self._height)
