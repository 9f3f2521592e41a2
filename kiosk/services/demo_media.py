"""Makes the demo lecture videos with ffmpeg: test patterns with speech (or a tone) and Korean subtitles.

The recipe is resources/demo/lecture_media.toml; the output goes to resources/demo/generated/lectures/
(git-ignored). Each video is remade only when its recipe changed or a file is missing, so a second run
takes a few milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import paths

log = logging.getLogger(__name__)

VIDEO_SIZE = "640x360"
THUMBNAIL_WIDTH = 480


class DemoMediaError(Exception):
    """The demo videos cannot be made (ffmpeg missing or failing); the message says which."""


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class VideoRecipe:
    stem: str
    pattern: str
    tone_hz: int
    seconds: float
    cues: tuple[Cue, ...]

    def fingerprint(self, with_speech: bool) -> str:
        """Changes whenever anything that shapes the output files changes."""
        data = json.dumps([repr(self), with_speech, VIDEO_SIZE, THUMBNAIL_WIDTH], ensure_ascii=False)
        return hashlib.sha256(data.encode()).hexdigest()


def recipe_file() -> Path:
    return paths.demo_dir() / "lecture_media.toml"


def output_dir() -> Path:
    return paths.demo_dir() / "generated" / "lectures"


def load_recipes(path: Path | None = None) -> list[VideoRecipe]:
    """Read lecture_media.toml."""
    path = path or recipe_file()
    raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        VideoRecipe(
            stem=str(entry["stem"]),
            pattern=str(entry["pattern"]),
            tone_hz=int(entry["tone_hz"]),
            seconds=float(entry["seconds"]),
            cues=tuple(Cue(float(c["start"]), float(c["end"]), str(c["text"])) for c in entry["cues"]),
        )
        for entry in raw["video"]
    ]


def make_demo_videos(target: Path | None = None, recipes: list[VideoRecipe] | None = None) -> list[Path]:
    """Make (or keep) every demo video, its .ko.srt and its thumbnail; returns the video paths."""
    target = target or output_dir()
    recipes = recipes if recipes is not None else load_recipes()
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise DemoMediaError("ffmpeg is not installed (scripts/setup.sh installs it)")
    espeak = shutil.which("espeak-ng")
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for recipe in recipes:
        made.append(_make_one(recipe, target, ffmpeg, espeak))
    return made


def _make_one(recipe: VideoRecipe, target: Path, ffmpeg: str, espeak: str | None) -> Path:
    video = target / f"{recipe.stem}.mp4"
    subtitles = target / f"{recipe.stem}.ko.srt"
    thumbnail = target / f"{recipe.stem}.png"
    stamp = target / f"{recipe.stem}.recipe"
    fingerprint = recipe.fingerprint(with_speech=espeak is not None)
    outputs = (video, subtitles, thumbnail)
    if all(p.is_file() and p.stat().st_size > 0 for p in outputs) and _read(stamp) == fingerprint:
        return video
    log.info("making demo lecture video %s", video.name)
    subtitles.write_text(srt_text(recipe.cues), encoding="utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        audio_input = _audio_input(recipe, Path(scratch), espeak)
        _run(
            [
                ffmpeg, "-y", "-loglevel", "error",
                "-f", "lavfi", "-i", f"{recipe.pattern}=size={VIDEO_SIZE}:rate=25",
                *audio_input,
                "-t", f"{recipe.seconds}",
                "-af", "apad",
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "64k", "-shortest",
                "-movflags", "+faststart",
                str(video),
            ]
        )  # fmt: skip
    _run(
        [
            ffmpeg, "-y", "-loglevel", "error", "-ss", "1", "-i", str(video),
            "-frames:v", "1", "-vf", f"scale={THUMBNAIL_WIDTH}:-2", str(thumbnail),
        ]
    )  # fmt: skip
    stamp.write_text(fingerprint, encoding="utf-8")
    return video


def _audio_input(recipe: VideoRecipe, scratch: Path, espeak: str | None) -> list[str]:
    if espeak is None:
        return ["-f", "lavfi", "-i", f"sine=frequency={recipe.tone_hz}:sample_rate=44100"]
    speech = scratch / "speech.wav"
    narration = " ".join(cue.text for cue in recipe.cues)
    # Speed 150 words a minute keeps the narration inside the video's few seconds.
    _run([espeak, "-v", "ko", "-s", "150", "-w", str(speech), narration])
    return ["-i", str(speech)]


def srt_text(cues: tuple[Cue, ...]) -> str:
    """The cues as a SubRip (.srt) file."""
    blocks = [
        f"{number}\n{_srt_time(cue.start)} --> {_srt_time(cue.end)}\n{cue.text}\n"
        for number, cue in enumerate(cues, start=1)
    ]
    return "\n".join(blocks)


def _srt_time(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def _run(command: list[str]) -> None:
    try:
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)
    except subprocess.CalledProcessError as err:
        last = (err.stderr or "").strip().splitlines()[-1:] or ["no message"]
        raise DemoMediaError(f"{Path(command[0]).name} failed: {last[0]}") from err
    except subprocess.TimeoutExpired as err:
        raise DemoMediaError(f"{Path(command[0]).name} took longer than 120 s") from err


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
