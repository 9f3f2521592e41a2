"""`kiosk config show` prints the configuration in force (defaults filled in) as TOML."""

from __future__ import annotations

import argparse
import dataclasses

from kiosk.cli_commands.common import config_from, run_guarded
from kiosk.config import Config


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("config", help="show or check the configuration")
    actions = parser.add_subparsers(dest="config_action", required=True)
    actions.add_parser("show", help="print the configuration in force as TOML").set_defaults(handler=show)


def to_toml(config: Config) -> str:
    """Every section and key with its value, in the file format the kiosk reads."""
    lines = []
    for section in dataclasses.fields(config):
        if section.name == "source":
            continue
        lines.append(f"[{section.name}]")
        for key, value in dataclasses.asdict(getattr(config, section.name)).items():
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_value(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return str(value)


@run_guarded
def show(args: argparse.Namespace) -> int:
    config = config_from(args)
    print(f"# source: {config.source or 'defaults (no file)'}")
    print(to_toml(config))
    return 0
