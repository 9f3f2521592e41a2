"""The guard against PySide6 6.12 dropping references to None on Python 3.11 keeps the kiosk alive."""

from __future__ import annotations

import subprocess
import sys

CALLS = 20_000
PROBE = f"""
from PySide6.QtCore import QObject
o = QObject()
for _ in range({CALLS}):
    o.setObjectName("x")
print("alive")
"""


def _run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", prelude + PROBE], capture_output=True, text=True, timeout=60, check=False
    )


def test_importing_kiosk_survives_many_void_qt_calls() -> None:
    done = _run("import kiosk\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "alive"


def test_the_defect_still_exists_without_the_guard() -> None:
    # When this fails, PySide6 (or Python >= 3.12) fixed it: delete kiosk/none_refcount_guard.py.
    done = _run("")
    assert done.returncode != 0
    assert "deallocating None" in done.stderr
