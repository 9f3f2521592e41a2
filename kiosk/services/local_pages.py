"""The kiosk's own web pages (camera self-check, the Janus room) served on loopback.

Chromium grants the camera only to secure contexts; http://127.0.0.1 is one, a file:// page has no origin
to allow-list. Janus's own JavaScript comes from Debian's janus-demos, so nothing is fetched from the
internet. The server answers GET only, for files under its folders.
"""

from __future__ import annotations

import logging
import mimetypes
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

from kiosk import paths

log = logging.getLogger(__name__)

# Debian's janus-demos: janus.js, adapter.js (the demos' copies).
JANUS_DEMOS_JS = Path("/usr/share/janus/demos/javascript")


def pages_dir() -> Path:
    return paths.resources_dir() / "video"


class LocalPages:
    """A loopback HTTP server for `pages` at "/" and `janus_js` at "/janus/"; started on first use."""

    def __init__(self, pages: Path | None = None, janus_js: Path = JANUS_DEMOS_JS) -> None:
        self._folders = {"/janus/": janus_js, "/": pages or pages_dir()}
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    def base_url(self) -> str:
        """http://127.0.0.1:PORT, starting the server if needed."""
        with self._lock:
            if self._server is None:
                self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
                self._server.daemon_threads = True
                threading.Thread(target=self._server.serve_forever, name="local-pages", daemon=True).start()
                log.info("local pages on port %d", self._server.server_address[1])
            return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, page: str, **query: str) -> str:
        """The address of `page` (e.g. "self_check.html") with `query` parameters."""
        suffix = f"?{urlencode(query)}" if query else ""
        return f"{self.base_url()}/{page}{suffix}"

    def stop(self) -> None:
        with self._lock:
            if self._server is not None:
                self._server.shutdown()
                self._server.server_close()
                self._server = None

    def _resolve(self, request_path: str) -> Path | None:
        path = unquote(urlsplit(request_path).path)
        for prefix, folder in self._folders.items():
            if path.startswith(prefix):
                target = (folder / path[len(prefix) :]).resolve()
                if target.is_file() and target.is_relative_to(folder.resolve()):
                    return target
                return None
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        pages = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                target = pages._resolve(self.path)
                if target is None:
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                body = target.read_bytes()
                self.send_response(HTTPStatus.OK)
                kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                self.send_header(
                    "Content-Type", f"{kind}; charset=utf-8" if kind.startswith("text") else kind
                )
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                log.debug("local page %s", format % args)

        return Handler
