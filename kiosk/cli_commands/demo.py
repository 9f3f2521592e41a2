"""`kiosk demo`: load the demo content into the configured database."""

from __future__ import annotations

import argparse

from kiosk.cli_commands.common import CommandError, config_from, run_guarded


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="load the demo content (consultants, lectures, FAQ)")
    parser.set_defaults(handler=load)


@run_guarded
def load(args: argparse.Namespace) -> int:
    from kiosk.app import build_context
    from kiosk.demo import load_demo
    from kiosk.storage.database import StorageError

    try:
        context = build_context(config_from(args))
    except StorageError as err:
        raise CommandError(f"database error: {err}") from err
    for line in load_demo(context):
        print(line)
    print("demo content is loaded")
    if not context.config.staff.pin_hash:
        # Only a demo or windowed start takes the demo PIN; the full-screen kiosk has no staff mode.
        print("staff mode: start with `kiosk --demo` or `kiosk --windowed` (demo PIN in README)")
    return 0
