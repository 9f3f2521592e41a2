"""`kiosk staff-console` (live help chats on a staff PC) and `kiosk now-serving` (a second screen)."""

from __future__ import annotations

import argparse
import logging
import sys

from kiosk.cli_commands.common import EXIT_UNAVAILABLE, CommandError, config_from, run_guarded

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    console = subparsers.add_parser(
        "staff-console", help="the staff console in a window: chat with residents who asked for help"
    )
    now_serving = subparsers.add_parser(
        "now-serving", help="the event queue's now-serving view, for a second screen"
    )
    for parser in (console, now_serving):
        parser.add_argument("--lang", choices=("ko", "en"), help="language (default from configuration)")
        parser.add_argument("--fullscreen", action="store_true", help="fill the screen")
        parser.add_argument("--exit-after-startup", action="store_true", help="quit after the first paint")
    console.set_defaults(handler=staff_console)
    now_serving.set_defaults(handler=now_serving_command)


def _prepare(args: argparse.Namespace) -> tuple[object, object]:
    """The Qt application and the AppContext, or a CommandError saying what is missing."""
    from kiosk.app import NO_DISPLAY_MESSAGE, build_context, create_qt_application, has_display
    from kiosk.logging_setup import configure_logging
    from kiosk.malloc_arenas import limit_malloc_arenas
    from kiosk.storage.database import StorageError

    limit_malloc_arenas()  # the staff console runs all day too
    if not has_display():
        raise CommandError(NO_DISPLAY_MESSAGE.removeprefix("kiosk: "), EXIT_UNAVAILABLE)
    config = config_from(args)
    configure_logging()
    try:
        context = build_context(config)
    except StorageError as err:
        raise CommandError(f"database error: {err}", EXIT_UNAVAILABLE) from err
    return create_qt_application(), context


def _run(app: object, context: object, window: object, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    if args.exit_after_startup:
        QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]
    if args.fullscreen:
        window.showFullScreen()  # type: ignore[attr-defined]
    else:
        window.resize(1600, 900)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
    code = int(app.exec())  # type: ignore[attr-defined]
    context.database.dispose()  # type: ignore[attr-defined]
    return code


@run_guarded
def staff_console(args: argparse.Namespace) -> int:
    """The kiosk's own window on a staff PC: sign in with the PIN, then the chats. No idle reset there."""
    from kiosk.app import build_window

    app, context = _prepare(args)
    window = build_window(context)  # type: ignore[arg-type]
    window.setWindowTitle("Seocho Tax Station – staff console")  # type: ignore[attr-defined]
    # A staff PC is not a public kiosk: no resident idle reset and no staff idle sign-out there.
    window.idle.stop()  # type: ignore[attr-defined]
    window.staff_mode.stop_idle()  # type: ignore[attr-defined]
    window.set_language(args.lang or context.config.kiosk.language)  # type: ignore[attr-defined]
    window.navigator.go("staff_pin")  # type: ignore[attr-defined]
    window.navigator.current_screen.after_sign_in = "staff_chat"  # type: ignore[attr-defined]
    log.info("staff console started")
    print("staff console started", file=sys.stderr)
    return _run(app, context, window, args)


@run_guarded
def now_serving_command(args: argparse.Namespace) -> int:
    """Only the now-serving view, with no header and no controls, following the queue's live updates."""
    from PySide6.QtWidgets import QApplication

    from kiosk.app import start_live_updates
    from kiosk.gui.i18n import Translations
    from kiosk.gui.screens.now_serving import NowServingScreen
    from kiosk.gui.theme import Look, apply_look

    app, context = _prepare(args)
    assert isinstance(app, QApplication)
    apply_look(app, Look())
    Translations(app).set_language(args.lang or context.config.kiosk.language)  # type: ignore[attr-defined]
    start_live_updates(context, owner=app)  # type: ignore[arg-type]
    view = NowServingScreen(context, bilingual=True)  # type: ignore[arg-type]
    view.setObjectName("screen_now_serving")
    view.setWindowTitle("Seocho Tax Station – now serving")
    return _run(app, context, view, args)
