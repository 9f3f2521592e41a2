"""The demo lecture videos: made with ffmpeg, with Korean subtitles and thumbnails, and only once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from kiosk.services.demo_media import Cue, load_recipes, make_demo_videos, srt_text


def test_recipes_cover_every_demo_lecture_in_the_catalogue() -> None:
    stems = {recipe.stem for recipe in load_recipes()}
    manifest = (Path(__file__).resolve().parents[2] / "resources" / "demo" / "lectures.toml").read_text(
        "utf-8"
    )
    assert len(stems) == 3
    for stem in stems:
        assert f'video = "generated/lectures/{stem}.mp4"' in manifest


def test_videos_are_h264_640x360_of_the_recipe_length_with_sound(tmp_path: Path) -> None:
    recipe = load_recipes()[2]
    (video,) = make_demo_videos(tmp_path, [recipe])
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(video)],
        capture_output=True,
        text=True,
        check=True,
    )
    info = json.loads(probe.stdout)
    kinds = {s["codec_type"]: s for s in info["streams"]}
    assert kinds["video"]["codec_name"] == "h264"
    assert (kinds["video"]["width"], kinds["video"]["height"]) == (640, 360)
    assert "audio" in kinds
    assert abs(float(info["format"]["duration"]) - recipe.seconds) < 0.5
    subtitles = (tmp_path / f"{recipe.stem}.ko.srt").read_text(encoding="utf-8")
    assert recipe.cues[0].text in subtitles
    assert (tmp_path / f"{recipe.stem}.png").read_bytes()[:4] == b"\x89PNG"


def test_a_second_run_keeps_the_files_and_a_changed_recipe_remakes_them(tmp_path: Path) -> None:
    recipe = load_recipes()[2]
    (video,) = make_demo_videos(tmp_path, [recipe])
    made = video.stat().st_mtime_ns
    make_demo_videos(tmp_path, [recipe])
    assert video.stat().st_mtime_ns == made
    changed = type(recipe)(recipe.stem, recipe.pattern, recipe.tone_hz + 1, recipe.seconds, recipe.cues)
    make_demo_videos(tmp_path, [changed])
    assert video.stat().st_mtime_ns != made


def test_srt_times_are_hours_minutes_seconds_and_milliseconds() -> None:
    text = srt_text((Cue(0.0, 3.5, "첫째"), Cue(61.25, 3725.0, "둘째")))
    assert text == "1\n00:00:00,000 --> 00:00:03,500\n첫째\n\n2\n00:01:01,250 --> 01:02:05,000\n둘째\n"
