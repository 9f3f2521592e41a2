"""Starting other Python processes that import this checkout's `kiosk` (other kiosks, contenders)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    """The current environment with this checkout first on the import path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


def python_command(code: str, *args: str) -> list[str]:
    """argv that runs `code` with `args` in a fresh interpreter (use with env=child_env())."""
    return [sys.executable, "-c", code, *args]
