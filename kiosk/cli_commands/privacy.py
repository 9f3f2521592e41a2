"""`kiosk usage export --csv` (anonymous menu counts) and `kiosk retention run` (erase old personal data)."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

from kiosk.cli_commands.common import (
    CommandError,
    clock_from,
    config_from,
    iso_date,
    open_database,
    print_json,
    run_guarded,
)
from kiosk.domain.clock import today
from kiosk.services.retention import RetentionJob, default_erasers, local_erasers
from kiosk.services.usage import UsageCounter


def register(subparsers: argparse._SubParsersAction) -> None:
    usage = subparsers.add_parser("usage", help="anonymous usage counts (menu openings per hour)")
    usage_actions = usage.add_subparsers(dest="usage_action", required=True)
    export = usage_actions.add_parser("export", help="export the counts; no personal data is in them")
    export.add_argument("--csv", action="store_true", required=True, help="CSV: hour,menu,taps")
    export.add_argument("--from", dest="first", type=iso_date, help="first day (default: 30 days ago)")
    export.add_argument("--to", dest="last", type=iso_date, help="last day (default: today)")
    export.add_argument("--out", type=Path, help="file to write (default: standard output)")
    export.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    export.set_defaults(handler=export_usage)

    retention = subparsers.add_parser("retention", help="erase personal data after the retention period")
    retention_actions = retention.add_subparsers(dest="retention_action", required=True)
    run = retention_actions.add_parser("run", help="erase now (the kiosk also does it at start and daily)")
    run.add_argument("--today", type=iso_date, help="pretend today is this date (for checks)")
    run.set_defaults(handler=run_retention)


@run_guarded
def export_usage(args: argparse.Namespace) -> int:
    database = open_database(config_from(args))
    clock = clock_from(args)
    last = args.last or today(clock)
    first = args.first or last - timedelta(days=30)
    if first > last:
        raise CommandError("--from must not be after --to")
    counter = UsageCounter(database, clock)
    try:
        if args.out:
            with args.out.open("w", encoding="utf-8", newline="") as out:
                rows = counter.export_csv(first, last, out)
            print(f"{rows} rows written to {args.out}", file=sys.stderr)
        else:
            counter.export_csv(first, last, sys.stdout)
    except OSError as err:
        raise CommandError(f"cannot write {args.out}: {err.strerror}") from err
    finally:
        database.dispose()
    return 0


@run_guarded
def run_retention(args: argparse.Namespace) -> int:
    config = config_from(args)
    database = open_database(config)
    job = RetentionJob(
        database,
        clock_from(args),
        config.booking.retention_days,
        default_erasers(),
        local_erasers(config),  # this machine's exports and slip files; a running kiosk also its memory
    )
    erased = job.run()
    database.dispose()
    print_json({"retention_days": job.retention_days, "cutoff": job.cutoff().isoformat(), "erased": erased})
    return 0
