"""`kiosk config show` prints the configuration in force (defaults filled in) as TOML."""

from __future__ import annotations

import argparse
import dataclasses
import re

from kiosk.cli_commands.common import config_from, run_guarded
from kiosk.config import Config


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("config", help="show or check the configuration")
    actions = parser.add_subparsers(dest="config_action", required=True)
    actions.add_parser("show", help="print the configuration in force as TOML").set_defaults(handler=show)


# Keys whose values open something (a password, the staff PIN's hash, which a short PIN makes guessable);
# a key naming where such a value is kept (password_file) shows as usual.
SECRET_KEY = re.compile(r"password|passwd|secret|token|pin_hash")
NOT_A_SECRET = re.compile(r"_(file|dir|path)$")
URL_PASSWORD = re.compile(r"(?<=://)([^:/@\s]*):[^@/\s]+@")


def to_toml(config: Config) -> str:
    """Every section and key with its value, in the file format the kiosk reads; secrets not shown."""
    lines = []
    for section in dataclasses.fields(config):
        if section.name == "source":
            continue
        lines.append(f"[{section.name}]")
        for key, value in dataclasses.asdict(getattr(config, section.name)).items():
            if value and SECRET_KEY.search(key) and not NOT_A_SECRET.search(key):
                # A comment: saved as a starting point, the file keeps the default, never a wrong value.
                lines.append(f"# {key} is set; not shown")
                continue
            if isinstance(value, str):
                value = URL_PASSWORD.sub(r"\1:***@", value)
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


@run_guarded
def show(args: argparse.Namespace) -> int:
    config = config_from(args)
    print(f"# source: {config.source or 'defaults (no file)'}")
    print(to_toml(config))
    return 0
