"""Video consultation at the kiosk: check-in tap to the resident's own picture, join to the first remote
frame through Janus on loopback, and memory before, during and after the call.

Baselines (same run): for the picture, a bare QWebEngineView page showing getUserMedia's camera; for the
first frame, two RTCPeerConnections in one bare page connected directly (no server); for memory, the
kiosk before the first call. Memory is the PSS of the kiosk process plus its Qt WebEngine helpers.
Chromium's synthetic camera and microphone (--use-fake-device-for-media-stream); --no-sandbox because
benchmarks run as root here, as the tests do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from common import ROOT, median, row

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --use-fake-device-for-media-stream")
sys.path.insert(0, str(ROOT))  # the kiosk and the tests' Janus helper

ROUNDS = 5
TIMEOUT_S = 30

BARE_CAMERA = """<!DOCTYPE html><html><body><video id=v autoplay muted></video><script>
navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(s => {
  const v = document.getElementById("v");
  v.onplaying = () => { document.title = "camera"; };
  v.srcObject = s;
});
</script></body></html>"""

BARE_LOOPBACK = """<!DOCTYPE html><html><body><video id=v autoplay muted></video><script>
const gathered = pc => new Promise(done => {
  if (pc.iceGatheringState === "complete") return done();
  pc.onicegatheringstatechange = () => pc.iceGatheringState === "complete" && done(); });
(async () => {
  const s = await navigator.mediaDevices.getUserMedia({video: true, audio: true});
  const a = new RTCPeerConnection(), b = new RTCPeerConnection();
  b.ontrack = e => { document.getElementById("v").srcObject = e.streams[0]; };
  s.getTracks().forEach(t => a.addTrack(t, s));
  await a.setLocalDescription(await a.createOffer()); await gathered(a);
  await b.setRemoteDescription(a.localDescription);
  await b.setLocalDescription(await b.createAnswer()); await gathered(b);
  await a.setRemoteDescription(b.localDescription);
  const poll = setInterval(async () => {
    (await b.getStats()).forEach(r => {
      if (r.type === "inbound-rtp" && r.kind === "video" && r.framesDecoded > 0) {
        clearInterval(poll); document.title = "frame"; }
    });
  }, 20);
})();
</script></body></html>"""

FIRST_FRAME = "roomStats().then(s => { if (s.framesDecoded > 0) document.title = 'frame'; })"


def memory_mib() -> float:
    """Proportional set size (PSS) of this process and its Qt WebEngine helpers (renderer, GPU, utility).

    PSS, not RSS: the helpers share most of their pages with each other, and adding their RSS would count
    the Chromium library once per process."""
    own = os.getpid()
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(
                next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:"))
            )

    def descends(pid: int) -> bool:
        while pid > 1:
            if pid == own:
                return True
            pid = parents.get(pid, 1)
        return False

    kib = 0
    for pid in parents:
        if descends(pid):
            try:
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            kib += int(next(line.split()[1] for line in rollup.splitlines() if line.startswith("Pss:")))
    return kib / 1024


def wait_for(app: object, condition: object) -> float:
    """Run the event loop until `condition()` holds. A real event loop, not processEvents(): objects the
    kiosk lets go with deleteLater (a call's page, its profile, its renderer) are deleted only there."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.perf_counter()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: (condition() or time.perf_counter() - started > TIMEOUT_S) and loop.quit())
    poll.start()
    if not condition():  # type: ignore[operator]
        loop.exec()
    poll.stop()
    if not condition():  # type: ignore[operator]
        raise TimeoutError(f"no answer from the page: {getattr(condition, '__name__', '')}")
    return time.perf_counter() - started


def settle(seconds: float) -> None:
    """Let the event loop run for `seconds` (deletions, the renderers' exits)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def bare_page(app: object, html: str, base: str, state: str) -> float:
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    profile = QWebEngineProfile()
    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    page.permissionRequested.connect(lambda p: p.grant())
    view.setPage(page)
    view.resize(640, 480)
    view.show()
    started = time.perf_counter()
    page.setHtml(html, QUrl(base))
    wait_for(app, lambda: page.title() == state)
    took = time.perf_counter() - started
    view.deleteLater()  # the page (the view's child) goes before its profile
    settle(0.1)
    profile.deleteLater()
    settle(0.1)
    return took


@dataclass
class CallFigures:
    picture: float
    first_frame: float
    memory_during: float
    memory_after: float


def one_call(
    app: object, window: object, booking: object, day: object, pages: object, janus: object
) -> CallFigures:
    """Check in, see oneself, join a room the accountant waits in, then reset: the figures of one call."""
    from kiosk.gui.widgets.safe_web_view import SafeWebView

    window.context.clock.set(booking.start - timedelta(minutes=2))
    window.navigator.go("video")
    screen = window.navigator.current_screen
    screen.form.code_edit.setText(booking.code)
    started = time.perf_counter()
    screen.form.check_in_button.click()
    panel = screen.self_check
    wait_for(app, lambda: panel.camera_playing)
    picture = time.perf_counter() - started
    # The resident confirms and joins at once, as at the kiosk: the room page opens the devices the
    # self-check has just let go.
    panel.see_button.setChecked(True)
    panel.hear_button.setChecked(True)
    panel.join_button.click()
    call = screen.call.web
    try:
        wait_for(app, lambda: call.page() is not None and call.page().title() == "joined")
    except TimeoutError as error:
        raise TimeoutError(f"the room page says {call.page() and call.page().title()!r}") from error
    staff = SafeWebView()  # the accountant, joining from the staff console's view
    staff.resize(640, 480)
    staff.show()
    visit = next(v for v in window.context.video.visits_of_day(day) if v.code == booking.code)
    url, origins = window.context.video.accountant_room(visit)
    started = time.perf_counter()
    staff.open(url, origins, media=True)
    asked = [0.0]

    def decoded() -> bool:
        if time.perf_counter() - asked[0] > 0.05:  # ask the page 20 times a second
            asked[0] = time.perf_counter()
            call.run_js(FIRST_FRAME)
        return call.page() is not None and call.page().title() == "frame"

    try:
        wait_for(app, decoded)
    except TimeoutError as error:
        raise TimeoutError(
            f"no remote frame: the kiosk's page says {call.page() and call.page().title()!r}, "
            f"the accountant's {staff.page() and staff.page().title()!r}"
        ) from error
    first_frame = time.perf_counter() - started
    settle(1)
    memory_during = memory_mib()
    window.reset_session()
    staff.close_session()
    staff.deleteLater()
    settle(2)
    return CallFigures(picture, first_frame, memory_during, memory_mib())


def baselines() -> None:
    """The bare pages, in a process of their own: a bare QWebEngineView next to the kiosk's window (its
    application-wide input filters) crashed Qt WebEngine, and the kiosk's memory stays its own."""
    from PySide6.QtWidgets import QApplication

    from kiosk.services.local_pages import LocalPages

    app = QApplication([])
    pages = LocalPages()
    try:
        base = pages.base_url() + "/"
        camera = [bare_page(app, BARE_CAMERA, base, "camera") for _ in range(ROUNDS)]
        frame = [bare_page(app, BARE_LOOPBACK, base, "frame") for _ in range(ROUNDS)]
    finally:
        pages.stop()
    print(json.dumps({"camera": median(camera), "frame": median(frame)}))


def main() -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from kiosk.config import SpeechSection, VideoSection, default_config
    from kiosk.domain.clock import ManualClock
    from kiosk.services.booking import load_demo_consultants
    from kiosk.services.local_pages import LocalPages
    from tests.helpers.booking import at
    from tests.helpers.janus import JanusServer
    from tests.helpers.kiosk_window import TEST_START, make_window

    data = Path(tempfile.mkdtemp())
    os.environ.update(KIOSK_DATA_DIR=str(data), KIOSK_LOG_DIR=str(data))
    janus = JanusServer(data / "janus")
    janus.start()
    pages = LocalPages()
    try:
        room_page = pages.url("room.html") + f"?server={janus.url}&room={{room}}&role={{role}}"
        config = replace(
            default_config(),
            speech=SpeechSection(engine="none"),
            video=VideoSection(room_url=room_page, allowed_origins=[janus.url]),
        )
        day = TEST_START.date() + timedelta(days=8)
        window = make_window(f"sqlite:///{data}/bench.sqlite3", config, ManualClock(TEST_START))
        app = QApplication.instance()
        load_demo_consultants(window.context.database)
        window.show()
        bookings = [
            window.context.booking.book(
                start=at(day, 10 + (i * 20) // 60, (i * 20) % 60),
                consultant_id="c01",
                field_id="national",
                name="홍길동",
                phone=f"010-1234-{5670 + i}",
                consent=True,
            )
            for i in range(ROUNDS)
        ]
        memory_before = memory_mib()
        # Same run, one process further: the bare pages, between the kiosk's start and its first call.
        bare = json.loads(
            subprocess.run(
                [sys.executable, __file__, "--baselines"], check=True, capture_output=True, text=True
            ).stdout
        )
        picture, first_frame, memory_during, memory_after = [], [], [], []
        for booking in bookings:
            took = one_call(app, window, booking, day, pages, janus)
            picture.append(took.picture)
            first_frame.append(took.first_frame)
            memory_during.append(took.memory_during)
            memory_after.append(took.memory_after)
        rows = [
            (
                "check-in tap to own picture (median)",
                median(picture),
                "s",
                "bare page camera",
                bare["camera"],
            ),
            (
                "join to first remote frame, Janus loopback (median)",
                median(first_frame),
                "s",
                "two peer connections in one page",
                bare["frame"],
            ),
            (
                "PSS during a call (kiosk + web engine)",
                median(memory_during),
                "MiB",
                "before the first call",
                memory_before,
            ),
            # The web engine's own processes (zygotes, GPU, audio and video services) stay once started;
            # each further call must give back what it took.
            (
                "PSS after the first call ended",
                memory_after[0],
                "MiB",
                "before the first call",
                memory_before,
            ),
            (
                f"PSS after {ROUNDS} calls ended",
                memory_after[-1],
                "MiB",
                "after the first call ended",
                memory_after[0],
            ),
        ]
        for figures in rows:
            print(row(*figures))
        window.context.database.dispose()
        # The views (and their pages) go before the profiles and the app: Qt WebEngine crashes at exit
        # when a profile outlives nothing but is destroyed after QApplication.
        window.close()
        window.deleteLater()
        settle(0.5)
    finally:
        pages.stop()
        janus.stop()


if __name__ == "__main__":
    baselines() if sys.argv[1:] == ["--baselines"] else main()
