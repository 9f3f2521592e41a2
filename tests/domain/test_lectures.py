"""The lecture manifest: each entry checked on its own, bad ones named with their line, order and filters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.domain.lectures import (
    Lecture,
    LocalizedText,
    ManifestError,
    UnknownTopic,
    newest_first,
    read_manifest,
    with_topic,
)
from tests.helpers.lecture_media import lecture_entry

MP4_HEAD = b"\x00\x00\x00\x18ftypisom" + b"\x00" * 32


def _folder(tmp_path: Path, manifest: str, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "lectures.toml").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_valid_entries_are_read_with_paths_relative_to_the_manifest(tmp_path: Path) -> None:
    manifest = lecture_entry("a", "a.mp4", extra='subtitles = "a.srt"\nthumbnail = "a.png"\n')
    folder = _folder(tmp_path, manifest, {"a.mp4": MP4_HEAD, "a.srt": b"1\n", "a.png": b"\x89PNG"})
    reading = read_manifest(folder)
    assert reading.problems == ()
    (lecture,) = reading.lectures
    assert lecture.key == "a"
    assert lecture.title == LocalizedText("강의 a", "Lecture a")
    assert lecture.video == (tmp_path / "a.mp4").resolve()
    assert lecture.subtitles == (tmp_path / "a.srt").resolve()
    assert lecture.recorded_on == date(2026, 11, 10)


def test_bad_entries_are_named_with_their_line_and_the_good_ones_kept(tmp_path: Path) -> None:
    manifest = (
        lecture_entry("good", "good.mp4")
        + lecture_entry("missing-video", "nowhere.mp4")
        + lecture_entry("not-a-video", "notes.mp4")
        + lecture_entry("empty-video", "empty.mp4")
        + lecture_entry("bad-topic", "good.mp4", topic="gambling")
        + lecture_entry("good", "good.mp4")
        + '\n[[lecture]]\ntitle = { ko = "제목", en = "Title" }\n'
    )
    folder = _folder(
        tmp_path, manifest, {"good.mp4": MP4_HEAD, "notes.mp4": b"hello, not a video", "empty.mp4": b""}
    )
    reading = read_manifest(folder)
    assert [lec.key for lec in reading.lectures] == ["good"]
    problems = {p.name: p for p in reading.problems}
    assert "nowhere.mp4 is missing" in problems["missing-video"].message
    assert "not a video file" in problems["not-a-video"].message
    assert "empty" in problems["empty-video"].message
    assert "unknown topic 'gambling'" in problems["bad-topic"].message
    assert "used twice" in problems["good"].message
    assert "missing key" in problems["entry 7"].message
    lines = manifest.splitlines()
    for problem in reading.problems:
        assert lines[problem.line - 1] == "[[lecture]]"
    assert str(problems["missing-video"]).startswith(
        f"missing-video (line {problems['missing-video'].line}):"
    )


def test_wrong_field_types_are_refused_with_the_field_named(tmp_path: Path) -> None:
    entry = lecture_entry("a", "a.mp4").replace("date = 2026-11-10", 'date = "10 Nov"')
    entry += lecture_entry("b", "a.mp4").replace("duration_seconds = 8", "duration_seconds = -3")
    entry += lecture_entry("c", "a.mp4").replace('title = { ko = "강의 c", en = "Lecture c" }', 'title = "c"')
    entry += lecture_entry("d", "a.mp4", extra="colour = 'red'\n")
    reading = read_manifest(_folder(tmp_path, entry, {"a.mp4": MP4_HEAD}))
    messages = {p.name: p.message for p in reading.problems}
    assert "date must be a TOML date" in messages["a"]
    assert "duration_seconds must be a positive" in messages["b"]
    assert "title must be" in messages["c"]
    assert "unknown field colour" in messages["d"]
    assert reading.lectures == ()


def test_a_manifest_that_is_not_toml_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "lectures.toml").write_text("[[lecture]\nkey =", encoding="utf-8")
    with pytest.raises(ManifestError, match="not valid TOML"):
        read_manifest(tmp_path)
    with pytest.raises(ManifestError, match="no lecture manifest"):
        read_manifest(tmp_path / "empty-folder-that-does-not-exist")


def _lecture(key: str, day: date, topic: str) -> Lecture:
    text = LocalizedText(key, key)
    return Lecture(key, text, text, topic, day, 60, Path(f"{key}.mp4"))


def test_catalogue_is_newest_first_and_filters_by_topic() -> None:
    lectures = [
        _lecture("old", date(2026, 9, 1), "property"),
        _lecture("new", date(2026, 11, 1), "vehicle"),
        _lecture("mid", date(2026, 10, 1), "property"),
    ]
    assert [lec.key for lec in newest_first(lectures)] == ["new", "mid", "old"]
    assert [lec.key for lec in with_topic(newest_first(lectures), "property")] == ["mid", "old"]
    assert len(with_topic(lectures, None)) == 3
    with pytest.raises(UnknownTopic):
        with_topic(lectures, "gambling")


def test_localized_text_falls_back_to_korean() -> None:
    assert LocalizedText("재산세", "").in_language("en") == "재산세"
    assert LocalizedText("재산세", "Property tax").in_language("en") == "Property tax"
