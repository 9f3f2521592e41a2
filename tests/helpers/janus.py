"""A throw-away Janus server (Debian's `janus`, videoroom plugin, HTTP transport) on loopback.

Its configuration lives in a temporary folder: only the videoroom plugin and the HTTP transport are
loaded, on a free port, so it never meets the system's /etc/janus or another test's server.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

PLUGINS = Path("/usr/lib/x86_64-linux-gnu/janus")
START_TIMEOUT_S = 20


def janus_available() -> bool:
    return shutil.which("janus") is not None and (PLUGINS / "plugins" / "libjanus_videoroom.so").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _all_but(folder: Path, keep: str) -> str:
    return ",".join(sorted(p.name for p in folder.glob("libjanus_*.so") if p.name != keep))


class JanusServer:
    """`start()` writes the configuration and waits for /janus/info; `stop()` ends the process."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/janus"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "janus.jcfg").write_text(
            "general: {\n"
            f'  configs_folder = "{self.folder}"\n'
            f'  plugins_folder = "{PLUGINS / "plugins"}"\n'
            f'  transports_folder = "{PLUGINS / "transports"}"\n'
            f'  events_folder = "{PLUGINS / "events"}"\n'
            f'  loggers_folder = "{PLUGINS / "loggers"}"\n'
            "  debug_level = 3\n"
            "}\n"
            f'plugins: {{ disable = "{_all_but(PLUGINS / "plugins", "libjanus_videoroom.so")}" }}\n'
            f'transports: {{ disable = "{_all_but(PLUGINS / "transports", "libjanus_http.so")}" }}\n'
            "events: { broadcast = false }\n"
            'loggers: { disable = "libjanus_jsonlog.so" }\n'
            'media: { rtp_port_range = "40000-60000" }\n'
            "nat: { nice_debug = false, ignore_mdns = true }\n",
            encoding="utf-8",
        )
        (self.folder / "janus.transport.http.jcfg").write_text(
            f'general: {{ json = "compact", base_path = "/janus", http = true, port = {self.port}, '
            'ip = "127.0.0.1", https = false }\n'
            "admin: { admin_http = false }\n"
            "cors: { }\n",
            encoding="utf-8",
        )
        (self.folder / "janus.plugin.videoroom.jcfg").write_text("general: { }\n", encoding="utf-8")
        log = (self.folder / "janus.log").open("wb")
        self.process = subprocess.Popen(
            ["janus", "-C", str(self.folder / "janus.jcfg"), "-F", str(self.folder), "-o"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"janus exited: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/info", timeout=1) as answer:
                    if json.loads(answer.read())["janus"] == "server_info":
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"janus did not answer on {self.url}: {self.log_tail()}")

    def participants(self, room: int) -> list[str]:
        """The display names in a videoroom (empty when the room is gone), asked over the HTTP API."""
        session = self._post(self.url, {"janus": "create"})["data"]["id"]
        try:
            handle = self._post(
                f"{self.url}/{session}", {"janus": "attach", "plugin": "janus.plugin.videoroom"}
            )
            answer = self._post(
                f"{self.url}/{session}/{handle['data']['id']}",
                {"janus": "message", "body": {"request": "listparticipants", "room": room}},
            )
        finally:
            self._post(f"{self.url}/{session}", {"janus": "destroy"})
        data = answer["plugindata"]["data"]
        return [p.get("display", "") for p in data.get("participants", [])]

    @staticmethod
    def _post(url: str, body: dict[str, object]) -> dict:
        body = {**body, "transaction": "t"}
        request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=5) as answer:
            return json.loads(answer.read())

    def log_tail(self, lines: int = 20) -> str:
        path = self.folder / "janus.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
