"""Small web pages for the embedded-browser tests, each served by its own loopback LocalPages server."""

from __future__ import annotations

from pathlib import Path

from kiosk.services.local_pages import LocalPages

# Sets a cookie and local storage and reports what an earlier session left.
STORE = """<!DOCTYPE html><html><head><title>store</title></head><body><script>
const before = (localStorage.getItem("k") || "-") + "|" + (document.cookie || "-");
localStorage.setItem("k", "v"); document.cookie = "c=1; max-age=3600";
caches.open("x").then(c => c.put("/cached", new Response("y"))).finally(() => {
  document.title = "before:" + before; });
</script></body></html>"""

# Asks for camera and microphone and says what it got.
MEDIA = """<!DOCTYPE html><html><head><title>asking</title></head><body><video id=v autoplay muted></video>
<script>
navigator.mediaDevices.getUserMedia({video: true, audio: true})
  .then(s => {
    document.getElementById("v").srcObject = s;
    document.title = "granted:" + s.getTracks().length;
  })
  .catch(e => { document.title = "refused:" + e.name; });
</script></body></html>"""

# A stand-in room for the screen tests (the Janus room is tests/services/test_janus_call.py's): takes the
# camera and says it is in the room; the test plays the accountant with document.title = "remote-joined".
ROOM = """<!DOCTYPE html><html><head><title>asking</title></head><body><video id=v autoplay muted></video>
<script>
navigator.mediaDevices.getUserMedia({video: true, audio: true})
  .then(s => { document.getElementById("v").srcObject = s; document.title = "joined"; })
  .catch(e => { document.title = "error:" + e.name; });
</script></body></html>"""


# The kiosk's self-check page asking for a camera this machine does not have (a kiosk whose camera is
# gone): getUserMedia fails for real.
def missing_camera_self_check(original: str) -> str:
    return original.replace(
        "{ video: true, audio: true }", '{ video: { deviceId: { exact: "no-such-camera" } }, audio: true }'
    )


PLAIN = """<!DOCTYPE html><html><head><title>plain</title></head><body>plain</body></html>"""


def serve_pages(folder: Path) -> LocalPages:
    """A LocalPages server for the test pages written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (
        ("store.html", STORE),
        ("media.html", MEDIA),
        ("plain.html", PLAIN),
        ("room.html", ROOM),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return LocalPages(folder, janus_js=folder / "no-janus")
