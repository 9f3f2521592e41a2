"""A throw-away Xvfb display for tests that need real X11 (the libvlc window path)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_display_number(start: int = 90) -> int:
    """A display number with neither a lock file nor a socket."""
    for number in range(start, start + 100):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between 90 and 189")


@contextmanager
def xvfb_display(size: str = "1280x720x24") -> Iterator[str]:
    """Start Xvfb on a free display, yield ":N", stop it (by its own process id) afterwards."""
    number = free_display_number(90 + os.getpid() % 50)
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb :{number} did not start")
            time.sleep(0.05)  # waiting for another process's socket; no Qt event loop here
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
