"""`kiosk staff set-pin` (prints the hash line for the configuration) and `kiosk staff unlock`."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli_commands.common import EXIT_UNAVAILABLE, CommandError, config_from, open_database, run_guarded
from kiosk.domain.plain_text import is_control_character
from kiosk.domain.staff_pin import MAX_DIGITS, MIN_DIGITS, InvalidPin, hash_pin


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
    unlock = actions.add_parser(
        "unlock", help="lift PIN pad lock-outs now (every kiosk's and the total, or one kiosk's)"
    )
    unlock.add_argument("--kiosk", metavar="NAME", help="only the kiosk with this [kiosk] name")
    unlock.set_defaults(handler=unlock_command)


@run_guarded
def set_pin_command(args: argparse.Namespace) -> int:
    """Never echoes or logs the PIN; only the salted hash is printed."""
    if args.pin_stdin or not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(f"New staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ").strip()
        if getpass.getpass("Again: ").strip() != pin:
            raise CommandError("the two PINs differ; nothing was changed")
    try:
        line = hash_pin(pin)
    except InvalidPin as err:
        raise CommandError(
            f"the PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits (0-9), at least {MIN_DIGITS} so that "
            "it cannot be guessed at the pad; nothing was changed"
        ) from err
    print("# Put this line under [staff] in the kiosk configuration file:", file=sys.stderr)
    print(f'pin_hash = "{line}"')
    return 0


@run_guarded
def unlock_command(args: argparse.Namespace) -> int:
    from kiosk.services.staff_auth import unlock
    from kiosk.storage.database import StorageError

    name = args.kiosk
    if name is not None and (not name.strip() or any(is_control_character(ch) for ch in name)):
        raise CommandError("--kiosk must be the [kiosk] name of a kiosk; nothing was changed")
    database = open_database(config_from(args))
    try:
        unlock(database, name)
    except StorageError as err:
        raise CommandError(f"database error: {err}", EXIT_UNAVAILABLE) from err
    finally:
        database.dispose()
    if args.kiosk is None:
        print("every staff PIN pad is unlocked")
    else:
        print(
            f"the staff PIN pad of {name!r} is unlocked (a lock of all pads waits for `kiosk staff unlock`)"
        )
    return 0
