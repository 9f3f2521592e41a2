"""Files and folders only the kiosk's user can read: they hold residents' names and phone numbers.

`kiosk.cli.main` sets the umask first thing, so whatever Qt, SQLite or a library creates is private;
the functions here give the same modes where the kiosk creates files itself, whatever the umask of the
process that imported it (tests, a staff tool).
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) as 0700; an existing folder is left as it is (staff may
    share an export folder on purpose). Returns `path`."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    path.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        os.chmod(folder, FOLDER_MODE)
    return path


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """Make an existing file or folder of ours private (one an older kiosk created 0644 or 0755)."""
    if path.exists() and path.stat().st_uid == os.geteuid():
        os.chmod(path, mode)


def private_opener(path: str, flags: int) -> int:
    """`opener=` for open(): a new file is created 0600, an existing one made 0600."""
    descriptor = os.open(path, flags, FILE_MODE)
    if os.fstat(descriptor).st_uid == os.geteuid():  # someone else's file keeps its owner's choice
        os.fchmod(descriptor, FILE_MODE)
    return descriptor


def create_private_file(path: Path) -> Path:
    """Create `path` empty as 0600 if it is not there (so that a library writing it keeps the mode)."""
    os.close(private_opener(str(path), os.O_WRONLY | os.O_CREAT))
    return path


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` to `path` (0600, its folder created 0700); returns `path`."""
    private_folder(path.parent)
    with open(path, "w", encoding=encoding, opener=private_opener) as out:
        out.write(text)
    return path
