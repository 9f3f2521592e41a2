"""`kiosk staff set-pin` (prints the hash line for the configuration) and `kiosk staff unlock`."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli_commands.common import CommandError, config_from, open_database, run_guarded
from kiosk.domain.errors import KioskError
from kiosk.domain.staff_pin import LockState, hash_pin
from kiosk.storage.staff_lock import write_lock_state


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("staff", help="staff PIN")
    actions = parser.add_subparsers(dest="staff_action", required=True)
    set_pin = actions.add_parser(
        "set-pin", help="hash a new staff PIN and print the line for [staff] in the configuration"
    )
    set_pin.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from the first line of stdin (no prompt)"
    )
    set_pin.set_defaults(handler=set_pin_command)
    actions.add_parser("unlock", help="lift a PIN pad lock-out now").set_defaults(handler=unlock_command)


@run_guarded
def set_pin_command(args: argparse.Namespace) -> int:
    """Never echoes or logs the PIN; only the salted hash is printed."""
    if args.pin_stdin or not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New staff PIN (4-8 digits): ").strip()
        if getpass.getpass("Again: ").strip() != pin:
            raise CommandError("the two PINs differ; nothing was changed")
    try:
        line = hash_pin(pin)
    except KioskError as err:
        raise CommandError(str(err)) from err
    print("# Put this line under [staff] in the kiosk configuration file:", file=sys.stderr)
    print(f'pin_hash = "{line}"')
    return 0


@run_guarded
def unlock_command(args: argparse.Namespace) -> int:
    database = open_database(config_from(args))
    with database.write_session() as session:
        write_lock_state(session, LockState())
    database.dispose()
    print("the staff PIN pad is unlocked")
    return 0
