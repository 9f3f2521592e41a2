"""Whether Chromium (inside Qt WebEngine) can start here: it refuses to run as root with its sandbox on,
and the process then dies with a segmentation fault instead of an error the kiosk could show.

The kiosk in production runs as its own user with the sandbox on; only the tests (tests/conftest.py) and
benchmarks, which run as root on the build machines, turn it off.
"""

from __future__ import annotations

import os
from collections.abc import Mapping


def sandbox_refusal(euid: int | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Why the web engine would refuse to start, or "" when it can start."""
    euid = os.geteuid() if euid is None else euid
    environ = os.environ if environ is None else environ
    if euid != 0:
        return ""
    flags = environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if "--no-sandbox" in flags or environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1":
        return ""
    return (
        "the kiosk runs as root, where the web engine's sandbox refuses to start: run the kiosk as its "
        "own user"
    )
