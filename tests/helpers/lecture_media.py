"""Real lecture files for tests: the demo videos made once per test run, and broken ones made on demand."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from kiosk.services.demo_media import make_demo_videos


@cache
def demo_video_folder() -> Path:
    """The three demo lectures (.mp4, .ko.srt, .png), made with ffmpeg into a folder of this run."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-test-lectures-"))
    atexit.register(shutil.rmtree, folder, True)
    make_demo_videos(target=folder)
    return folder


def demo_video(stem: str = "2026-11-property-tax") -> Path:
    return demo_video_folder() / f"{stem}.mp4"


def demo_subtitles(stem: str = "2026-11-property-tax") -> Path:
    return demo_video_folder() / f"{stem}.ko.srt"


def corrupt_video(folder: Path) -> Path:
    """An MP4 header followed by noise: it passes the catalogue's check but cannot be decoded."""
    path = folder / "corrupt.mp4"
    noise = bytes((i * 7919 + 13) % 251 for i in range(60_000))
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + noise)
    return path


def truncated_video(folder: Path, stem: str = "2026-11-property-tax") -> Path:
    """The first part of a real video: it plays, then stops long before its announced end."""
    source = demo_video(stem).read_bytes()
    path = folder / "truncated.mp4"
    path.write_bytes(source[: len(source) * 3 // 10])
    return path


LECTURE_ENTRY = """
[[lecture]]
key = "{key}"
title = {{ ko = "{title_ko}", en = "{title_en}" }}
speaker = {{ ko = "김세무 세무사", en = "Tax accountant Kim" }}
topic = "{topic}"
date = {date}
duration_seconds = 8
video = "{video}"
"""


def lecture_entry(
    key: str, video: str, topic: str = "property", date: str = "2026-11-10", extra: str = ""
) -> str:
    """One [[lecture]] table for a test manifest."""
    entry = LECTURE_ENTRY.format(
        key=key, title_ko=f"강의 {key}", title_en=f"Lecture {key}", topic=topic, date=date, video=video
    )
    return entry + extra
