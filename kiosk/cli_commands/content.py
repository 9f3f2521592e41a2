"""`kiosk content import DIR` and `kiosk content lectures`: the lecture catalogue from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli_commands.common import CommandError, config_from, open_database, print_json, run_guarded
from kiosk.domain.lectures import TOPICS, Lecture, ManifestError
from kiosk.services.lectures import import_lectures, list_lectures

EXIT_SOME_LEFT_OUT = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("content", help="lecture content")
    actions = parser.add_subparsers(dest="content_action", required=True)
    importer = actions.add_parser(
        "import",
        help="import a folder of lectures (lectures.toml); bad entries are reported and left out",
    )
    importer.add_argument("folder", type=Path, help="folder holding lectures.toml and the files it names")
    importer.set_defaults(handler=import_folder)
    lister = actions.add_parser("lectures", help="list the lecture catalogue, newest first")
    lister.add_argument("--topic", choices=TOPICS)
    lister.add_argument("--json", action="store_true")
    lister.set_defaults(handler=show_lectures)


@run_guarded
def import_folder(args: argparse.Namespace) -> int:
    """Import every valid lecture; exit 1 when some entries were left out (the others are imported)."""
    database = open_database(config_from(args))
    try:
        report = import_lectures(database, args.folder)
    except ManifestError as err:
        raise CommandError(str(err)) from err
    for lecture in report.imported:
        print(f"imported: {lecture.key} ({lecture.title.ko})")
    for problem in report.problems:
        print(f"left out: {problem}", file=sys.stderr)
    print(f"{len(report.imported)} imported, {len(report.problems)} left out")
    return 0 if report.ok else EXIT_SOME_LEFT_OUT


@run_guarded
def show_lectures(args: argparse.Namespace) -> int:
    database = open_database(config_from(args))
    lectures = list_lectures(database, args.topic)
    if args.json:
        print_json([_as_json(lecture) for lecture in lectures])
        return 0
    for lecture in lectures:
        print(f"{lecture.lecture_id:4d}  {lecture.recorded_on}  {lecture.topic:<12} {lecture.title.ko}")
    return 0


def _as_json(lecture: Lecture) -> dict[str, object]:
    return {
        "id": lecture.lecture_id,
        "key": lecture.key,
        "title": {"ko": lecture.title.ko, "en": lecture.title.en},
        "speaker": {"ko": lecture.speaker.ko, "en": lecture.speaker.en},
        "topic": lecture.topic,
        "date": lecture.recorded_on.isoformat(),
        "duration_seconds": lecture.duration_seconds,
        "video": str(lecture.video),
        "subtitles": str(lecture.subtitles) if lecture.subtitles else None,
        "thumbnail": str(lecture.thumbnail) if lecture.thumbnail else None,
    }
