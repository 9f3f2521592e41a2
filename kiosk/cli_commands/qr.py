"""`kiosk qr list` and `kiosk qr print NAME --pdf OUT.pdf`: the published links and their QR slips."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kiosk.cli_commands.common import (
    EXIT_UNAVAILABLE,
    CommandError,
    clock_from,
    config_from,
    print_json,
    run_guarded,
)
from kiosk.config import Config
from kiosk.domain.links import LinkCatalogue, LinkContentError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("qr", help="the links the district publishes, as QR slips")
    actions = parser.add_subparsers(dest="qr_action", required=True)
    listing = actions.add_parser("list", help="list the links (name, label, url)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--lang", choices=("ko", "en"), help="label language (default from configuration)")
    listing.set_defaults(handler=list_links)
    printing = actions.add_parser("print", help="write the QR slip of one link as a PDF")
    printing.add_argument("name", help="link name, as in `kiosk qr list`")
    printing.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")
    printing.add_argument("--paper", choices=("80mm", "58mm", "a4"), help="default from printer.paper")
    printing.add_argument("--lang", choices=("ko", "en"), help="slip language (default from configuration)")
    printing.set_defaults(handler=print_link)


@run_guarded
def list_links(args: argparse.Namespace) -> int:
    config = config_from(args)
    language = args.lang or config.kiosk.language
    rows = [
        {"name": link.name, "label": link.label.text(language), "url": link.url}
        for link in _catalogue(config).links
    ]
    if args.json:
        print_json(rows)
    else:
        width = max(len(row["name"]) for row in rows)
        for row in rows:
            print(f"{row['name']:<{width}}  {row['url']}  {row['label']}")
    return 0


@run_guarded
def print_link(args: argparse.Namespace) -> int:
    config = config_from(args)
    catalogue = _catalogue(config)
    try:
        link = catalogue.find(args.name)
    except LinkContentError as err:
        raise CommandError(str(err)) from err
    # Rendering needs a Qt application but never a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from kiosk.domain.links import link_slip
    from kiosk.services.printing import PrintService
    from kiosk.services.slip_render import PAPERS

    _app = QGuiApplication.instance() or QGuiApplication(["kiosk"])
    clock = clock_from(args)
    service = PrintService.from_config(config, clock)
    slip = link_slip(link, catalogue, args.lang or config.kiosk.language, clock.now())
    result = service.save_pdf(slip, args.pdf, PAPERS[args.paper or config.printer.paper])
    if not result.printed:
        raise CommandError(result.reason)
    print(f"{args.pdf}: {link.name} -> {link.url}")
    return 0


def _catalogue(config: Config) -> LinkCatalogue:
    from kiosk.services.links import station_links

    try:
        return station_links(config)
    except LinkContentError as err:
        raise CommandError(f"links error: {err}", EXIT_UNAVAILABLE) from err
