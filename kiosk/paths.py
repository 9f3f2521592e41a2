"""Where the kiosk's files are, in a source tree and in a PyInstaller bundle alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "seocho-tax-kiosk"


def project_root() -> Path:
    """The folder that holds `ui/` and `resources/` (the bundle folder when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def ui_dir() -> Path:
    return project_root() / "ui"


def resources_dir() -> Path:
    return project_root() / "resources"


def content_dir() -> Path:
    """Reference content shipped with the kiosk (tax calendar, links, FAQ)."""
    return resources_dir() / "content"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _override(env_name: str, default: str) -> Path:
    value = os.environ.get(env_name)
    return Path(value) if value else Path(default)


def user_data_dir() -> Path:
    """The SQLite database, imported media and the lock files live here (KIOSK_DATA_DIR overrides)."""
    return _override("KIOSK_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def user_log_dir() -> Path:
    return _override("KIOSK_LOG_DIR", platformdirs.user_log_dir(APP_NAME))


def default_config_file() -> Path:
    """`KIOSK_CONFIG` names the file; otherwise the platform's user config folder."""
    return _override("KIOSK_CONFIG", str(Path(platformdirs.user_config_dir(APP_NAME)) / "kiosk.toml"))
