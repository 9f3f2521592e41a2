"""`kiosk db upgrade` and `kiosk db check`."""

from __future__ import annotations

import argparse

from kiosk.cli_commands.common import config_from, open_database, run_guarded


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="database maintenance")
    actions = parser.add_subparsers(dest="db_action", required=True)
    actions.add_parser("upgrade", help="create or upgrade the schema").set_defaults(handler=upgrade)
    actions.add_parser("check", help="run the database's integrity check").set_defaults(handler=check)


@run_guarded
def upgrade(args: argparse.Namespace) -> int:
    database = open_database(config_from(args))
    print(f"database is up to date: {database.url.render_as_string(hide_password=True)}")
    return 0


@run_guarded
def check(args: argparse.Namespace) -> int:
    database = open_database(config_from(args))
    ok = database.check_integrity()
    print("integrity: ok" if ok else "integrity: FAILED")
    return 0 if ok else 1
