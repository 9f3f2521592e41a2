"""A network ESC/POS printer on localhost: records what it receives and answers paper-status queries."""

from __future__ import annotations

import socket
import threading

PAPER_STATUS_QUERY = b"\x10\x04\x04"  # DLE EOT 4
PAPER_OK = b"\x12"
PAPER_OUT = b"\x72"


class FakeEscPosPrinter:
    """Accepts one connection on 127.0.0.1; `received` holds the bytes once the client closed."""

    def __init__(self, paper_reply: bytes | None = PAPER_OK) -> None:
        self.paper_reply = paper_reply
        self.received = b""
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def target(self) -> str:
        return f"tcp:127.0.0.1:{self.port}"

    def wait(self, timeout: float = 10.0) -> bytes:
        """The bytes received by the time the client disconnected."""
        assert self._done.wait(timeout), "the printer connection was not closed"
        return self.received

    def close(self) -> None:
        self._server.close()

    def _serve(self) -> None:
        self._server.settimeout(10)
        try:
            conn, _ = self._server.accept()
        except OSError:
            self._done.set()
            return
        with conn:
            answered = False
            while chunk := conn.recv(65536):
                self.received += chunk
                if not answered and PAPER_STATUS_QUERY in self.received and self.paper_reply is not None:
                    conn.sendall(self.paper_reply)
                    answered = True
        self._done.set()
