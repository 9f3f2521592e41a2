"""Named loggers into a rotating file; Qt's messages and crashes go there too. No personal data."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk import paths
from kiosk.private_files import FILE_MODE, FOLDER_MODE, private_folder, private_opener, tighten
from kiosk.redact import redact_handler, redact_last_resort

_crash_file: IO[str] | None = None

# Said by the offscreen platform for every top-level window; it changes nothing.
HARMLESS_QT_MESSAGES = {"This plugin does not support propagateSizeHints()"}


def configure_logging(log_dir: Path | None = None, to_stderr: bool = False) -> Path:
    """Log to <log dir>/kiosk.log (rotating); returns the log file path."""
    log_dir = private_folder(log_dir or paths.user_log_dir())
    # The kiosk's own folder: what an older kiosk left 0755/0644 is made private too.
    for path in (log_dir, *log_dir.glob("kiosk.log*"), log_dir / "crash.log"):
        tighten(path, FOLDER_MODE if path == log_dir else FILE_MODE)
    log_file = log_dir / "kiosk.log"
    handler = PrivateRotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
        root.removeHandler(old)
        old.close()
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(redact_handler(handler))
    if to_stderr:
        stream = logging.StreamHandler()
        stream._kiosk = True  # type: ignore[attr-defined]
        stream.setLevel(logging.WARNING)
        root.addHandler(redact_handler(stream))
    redact_last_resort()
    _enable_crash_file(log_dir)
    return log_file


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are 0600 (error texts may still say more than they should)."""

    def _open(self) -> IO[str]:
        return open(
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=private_opener
        )


def _enable_crash_file(log_dir: Path) -> None:
    # faulthandler writes the stacks of a hard crash (segfault in Qt or libvlc) where staff find them.
    global _crash_file
    if _crash_file is None:
        _crash_file = open(log_dir / "crash.log", "a", encoding="utf-8", opener=private_opener)  # noqa: SIM115
        faulthandler.enable(_crash_file)


def install_qt_message_handler() -> None:
    """Route Qt's own warnings into logging instead of stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        level = levels.get(mode, logging.WARNING)
        if message in HARMLESS_QT_MESSAGES:
            level = logging.DEBUG
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def log_unhandled(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an unhandled exception with its trace, its message redacted of personal data."""
    from kiosk.redact import redacted_traceback

    trace = redacted_traceback(exc_type, exc, tb)
    logging.getLogger("kiosk.crash").critical("unhandled exception\n%s", trace)
    print(f"kiosk: unhandled {exc_type.__name__}; see the log", file=sys.stderr)
