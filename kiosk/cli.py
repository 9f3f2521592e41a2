"""The `kiosk` command: starts the touch screen, or runs one staff/maintenance sub-command."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.private_files import PRIVATE_UMASK
from kiosk.redact import redact_last_resort

# Each module adds its sub-commands through `register(subparsers)`; a feature adds a line here.
COMMAND_MODULES = (
    "kiosk.cli_commands.booking",
    "kiosk.cli_commands.config_cmd",
    "kiosk.cli_commands.content",
    "kiosk.cli_commands.db",
    "kiosk.cli_commands.demo",
    "kiosk.cli_commands.privacy",
    "kiosk.cli_commands.qr",
    "kiosk.cli_commands.questions",
    "kiosk.cli_commands.schedule",
    "kiosk.cli_commands.screenshot",
    "kiosk.cli_commands.staff",
    "kiosk.cli_commands.staff_windows",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Seocho Tax Station kiosk")
    parser.add_argument(
        "--config", type=Path, help="configuration file (default: KIOSK_CONFIG or user config)"
    )
    parser.add_argument("--windowed", action="store_true", help="run in a window instead of full screen")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="exit 0 right after the home screen's first paint (for benchmarks)",
    )
    parser.add_argument("--lang", choices=("ko", "en"), help="start language (default from configuration)")
    parser.add_argument("--demo", action="store_true", help="load the demo content before starting")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is written: the kiosk's files hold personal data, so they are its user's alone
    # (0600 files, 0700 folders), and nothing reaches stderr through logging unredacted.
    os.umask(PRIVATE_UMASK)
    redact_last_resort()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from kiosk.app import run_kiosk

        return run_kiosk(args)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
