"""Composition root: the only module that sees configuration, storage, services and the GUI."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from kiosk.app_context import AppContext
from kiosk.config import Config, ConfigError, load_config
from kiosk.domain.clock import Clock, SystemClock
from kiosk.domain.content_file import ContentError
from kiosk.domain.links import LinkContentError
from kiosk.domain.volume_steps import load_volume_steps
from kiosk.logging_setup import configure_logging
from kiosk.malloc_arenas import limit_malloc_arenas
from kiosk.services.booking import BookingService
from kiosk.services.sound import FeedbackSounds, sound_player_for, wants_audio
from kiosk.services.speech import speech_for
from kiosk.storage.database import Database, DatabaseUnavailableError, StorageError

log = logging.getLogger(__name__)

EXIT_NO_DISPLAY = 4
EXIT_CANNOT_RUN = 3
LIVE_UPDATES_START_WAIT_SECONDS = 2.0

NO_DISPLAY_MESSAGE = """kiosk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
The kiosk needs a screen. On a machine without one, run it on a virtual display:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/kiosk --windowed
or render every screen to PNG files instead:
    .venv/bin/kiosk screenshot --out screenshots"""


def has_display() -> bool:
    """True when Qt can open a window (or a test/CI chose a headless Qt platform)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_context(config: Config, clock: Clock | None = None) -> AppContext:
    """Open the database (migrating it) and build the services the screens use."""
    from kiosk.services.links import station_links
    from kiosk.services.printing import PrintService

    links = station_links(config)  # LinkContentError names the file, line and configuration key
    clock = clock or SystemClock()
    # ContentError naming the file and the broken rule: a kiosk never starts with an unsafe volume table.
    volume_steps = load_volume_steps(config.speech.volume_steps_path())
    database = Database(config.database.resolved_url())
    try:
        database.upgrade()
    except DatabaseUnavailableError as err:
        # A shared server that is down must not keep the information screens dark: start without it;
        # Connectivity migrates and reconnects once the server answers again.
        log.warning("database unavailable at start, continuing without it: %s", err)
    context = AppContext(
        config=config,
        clock=clock,
        database=database,
        printing=PrintService.from_config(config, clock),
        links=links,
        booking=BookingService(database, clock, config.booking),
        speech=speech_for(config.speech.engine, config.speech.rate, volume_steps.default.level),
        sounds=FeedbackSounds(
            sound_player_for(config.sound.output, volume_steps.default.level), config.sound.feedback
        ),
        volume_steps=volume_steps,
    )
    if not database.schema_ready:
        context.connectivity.report_failure()
    return context


def with_demo_pin(config: Config) -> Config:
    """For the demo and windowed development only: without a configured PIN hash, staff mode takes
    the demo PIN (README). Never on a shared server: there one kiosk's known PIN would open every
    kiosk's bookings, so a PostgreSQL kiosk without a hash has no staff mode, demo or not."""
    from dataclasses import replace

    from kiosk.domain.staff_pin import DEMO_PIN_HASH

    if config.staff.pin_hash.strip() or not config.database.resolved_url().startswith("sqlite"):
        return config
    log.warning("no staff PIN configured: staff mode takes the demo PIN (demo, windowed or screenshots)")
    return replace(config, staff=replace(config.staff, pin_hash=DEMO_PIN_HASH))


def started_config(config: Config, args: argparse.Namespace) -> Config:
    """The configuration the touch screen runs with: the demo PIN for `--demo` and `--windowed` only;
    the full-screen kiosk, as the kiosk session starts it, never takes a default PIN."""
    return with_demo_pin(config) if args.demo or args.windowed else config


def create_qt_application(argv: list[str] | None = None) -> object:
    """The QApplication with the kiosk's settings (Korean locale by default)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Seocho Tax Station")
    return app


def build_window(context: AppContext) -> object:
    """The main window in its default look, with translations installed and live updates running."""
    from PySide6.QtWidgets import QApplication

    from kiosk.gui.i18n import Translations
    from kiosk.gui.live_refresh import StopWhenClosed
    from kiosk.gui.main_window import MainWindow
    from kiosk.gui.theme import Look, apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, Look())
    window = MainWindow(context, Translations(app))
    if wants_audio(context.config.sound.output):
        from kiosk.services.audio_route import qt_audio_route

        window.follow_audio_route(qt_audio_route(window))
    # Screens are built on their first visit, after this: each finds context.live_updates then.
    StopWhenClosed(window, start_live_updates(context, owner=window))  # type: ignore[arg-type]
    return window


def start_live_updates(context: AppContext, owner: object) -> object:
    """Watch for other kiosks' changes (context.live_updates) until `owner` (a QObject) goes or Qt quits."""
    from PySide6.QtCore import QCoreApplication, QObject

    from kiosk.services.live_updates_qt import LiveUpdates

    assert isinstance(owner, QObject)
    live = LiveUpdates(context.database, parent=owner)
    context.live_updates = live
    # A server that is down holds the start up by at most this long; the listener keeps trying by itself.
    live.start(wait_seconds=LIVE_UPDATES_START_WAIT_SECONDS)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(live.stop)
    return live


def run_kiosk(args: argparse.Namespace) -> int:
    """Start the touch screen; returns the process exit code."""
    limit_malloc_arenas()  # before Qt, libvlc or the database start their threads
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    try:
        config = load_config(args.config)
    except ConfigError as err:
        print(f"kiosk: configuration error: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    try:
        configure_logging()
    except OSError as err:
        print(f"kiosk: cannot write the log folder: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    config = started_config(config, args)
    from kiosk.logging_setup import install_qt_message_handler, log_unhandled

    sys.excepthook = log_unhandled
    install_qt_message_handler()
    try:
        context = build_context(config)
        if args.demo:
            from kiosk.demo import load_demo

            load_demo(context)
    except StorageError as err:
        print(f"kiosk: database error: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except (LinkContentError, ContentError) as err:
        print(f"kiosk: content error: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    return _run_gui(context, args)


def _run_gui(context: AppContext, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.gui.i18n import MissingTranslationError

    app = create_qt_application()
    assert isinstance(app, QApplication)
    try:
        window = build_window(context)
    except MissingTranslationError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    from kiosk.gui.crash import install_gui_excepthook

    install_gui_excepthook(window)
    if args.lang:
        window.set_language(args.lang)  # type: ignore[attr-defined]
    if args.exit_after_startup:
        # quit() before exec() would be lost, so quit from the event loop after the first paint.
        window.first_paint.connect(lambda: QTimer.singleShot(0, app.quit))  # type: ignore[attr-defined]
    else:
        # What start-up leaves out (the holiday tables) loads while the resident looks at the home screen.
        window.first_paint.connect(lambda: QTimer.singleShot(0, context.booking.warm_up))  # type: ignore[attr-defined]
    window.show_for_kiosk(args.windowed or not context.config.kiosk.fullscreen)  # type: ignore[attr-defined]
    log.info("kiosk started")
    code = app.exec()
    context.speech.close()
    context.sounds.close()
    context.database.dispose()
    return int(code)
