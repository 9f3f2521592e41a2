"""A private CUPS scheduler for one test: its own folders and socket, a raw queue, stopped by its PID."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

CUPSD_CONF = """Listen {root}/cups.sock
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
# Keep the spooled documents: they are exactly what Qt sent to the printer.
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow all
</Location>
"""
CUPS_FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
FileDevice Yes
SystemGroup root
"""


class CupsServer:
    """cupsd in the foreground on a Unix socket under `root`; `env` points libcups (and Qt) at it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for folder in ("spool", "tmp", "cache", "state", "log", "ppd"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        (root / "cupsd.conf").write_text(CUPSD_CONF.format(root=root))
        (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
        self.socket = root / "cups.sock"
        self.env = dict(os.environ, CUPS_SERVER=str(self.socket))
        self.process = subprocess.Popen(
            ["/usr/sbin/cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"cupsd did not start: {(root / 'log' / 'error_log').read_text()}")
            time.sleep(0.02)

    def add_raw_queue(self, name: str) -> None:
        """A queue that takes documents as they are (its device writes to /dev/null)."""
        self.admin("lpadmin", "-p", name, "-E", "-v", "file:///dev/null", "-m", "raw")

    def admin(self, *command: str) -> None:
        subprocess.run(command, env=self.env, check=True, capture_output=True, timeout=30)

    def spooled_documents(self) -> list[Path]:
        return sorted((self.root / "spool").glob("d*-001"))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
