"""The kiosk's one window: header bar, the current screen, and the overlays above them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.panel import REACH_HIGH_MM, Panel
from kiosk.domain.time_limits import TimeLimits
from kiosk.gui.click_feedback import ClickFeedback
from kiosk.gui.current_page_stack import CurrentPageStack
from kiosk.gui.focus_ring import FocusRing
from kiosk.gui.header import HeaderBar
from kiosk.gui.housekeeping import Housekeeping
from kiosk.gui.i18n import Translations
from kiosk.gui.idle import IdleController
from kiosk.gui.keyboard_dock import KeyboardDock
from kiosk.gui.keypad import KeypadNavigation
from kiosk.gui.listening_controls import ListeningControls
from kiosk.gui.look_scope import LookScope
from kiosk.gui.navigator import Navigator
from kiosk.gui.no_context_menu import forbid_context_menus
from kiosk.gui.overlay import IdleWarning, MessageCard, Overlay
from kiosk.gui.paged_area import PagedArea
from kiosk.gui.reach_band import ReachBand
from kiosk.gui.session_wipe import clear_clipboards, run_steps, wipe_text_fields
from kiosk.gui.staff_mode import StaffModeController
from kiosk.gui.theme import Look, style_sheet, theme_tokens
from kiosk.gui.voice import VoiceGuide
from kiosk.malloc_arenas import release_free_memory
from kiosk.services.audio_route import AudioRoute
from kiosk.storage.database import StorageError

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Owns the session state a resident changes: language, text size, contrast, voice, low reach."""

    first_paint = Signal()
    session_reset = Signal()

    def __init__(self, context: AppContext, translations: Translations) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.context = context
        self.translations = translations
        self.default_language = context.config.kiosk.language
        self.look = Look()
        self.low_reach = False
        self._painted = False
        self._place: tuple[str, tuple[int, int] | None] = ("", None)
        self._background = QColor(theme_tokens(self.look.theme)["bg"])
        screen = context.config.screen
        self.panel = Panel(
            screen.width_mm,
            screen.height_mm,
            screen.width_px,
            screen.height_px,
            screen.bottom_edge_height_mm,
            screen.tilt_degrees,
        )

        central = QWidget(objectName="central")
        self.setCentralWidget(central)
        self.body = QVBoxLayout(central)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        # The rows above the reach ceiling (portrait, or low-reach mode) hold nothing to touch.
        self.reach_band = ReachBand()
        self.header = HeaderBar(context.clock, narrow=self.panel.is_portrait)
        self.stack = CurrentPageStack(objectName="screenStack")
        # A screen taller than the room left (large text, low reach) is shown in pages.
        self.pages = PagedArea(self.stack)
        self.body.addWidget(self.reach_band)
        self.body.addWidget(self.header)
        self.body.addWidget(self.pages, 1)

        self.navigator = Navigator(self.stack, context)
        self.navigator.screen_changed.connect(self._follow_screen)
        self.navigator.language_requested.connect(self.set_language)
        self.idle_warning = IdleWarning(central)
        self.message_card = MessageCard(central)
        self.message_card.dismissed.connect(self.navigator.home)
        self.voice = VoiceGuide(context.speech, lambda: self.translations.language, self)
        self.focus_ring = FocusRing(self, self.pages.scroll.viewport())
        self.keypad = KeypadNavigation(self, self._keypad_roots)
        self.keypad.focus_moved.connect(self.focus_ring.follow)
        self.keypad.back_requested.connect(self._keypad_back)
        # After the keypad: app event filters run newest first, so the click is heard before Enter acts.
        self.click_feedback = ClickFeedback(context.sounds, self)
        self.listening = ListeningControls(
            self.header.voice_options,
            self.voice,
            context.sounds,
            context.volume_steps,
            context.config.speech.rate,
            self,
        )

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.idle = IdleController(
            app,
            context.clock,
            context.config.kiosk.idle_seconds,
            context.config.kiosk.idle_warning_seconds,
            is_busy=self._screen_is_busy,
            owner=self,
        )
        self.idle.warning.connect(self._warn_idle)
        self.idle.warning_cancelled.connect(self.idle_warning.hide)
        self.idle.expired.connect(self.reset_session)
        context.content_editor.on_time_limits_saved(self._use_time_limits)
        # Staff's saved limits matter after minutes, not for the first paint: read them after it.
        self.first_paint.connect(self.load_time_limits)
        # One keyboard below the screens, shown while a text field has focus (docs/design/keyboard.md).
        self.keyboard_dock = KeyboardDock(central, self.body, app, self.panel.width_px)
        # Screens give up height to the keyboard: the paged area shows the rest a page at a time and
        # counts only the visible screen's minimum (kiosk/gui/paged_area.py).
        self.idle_warning.more_time.connect(self.idle.activity)

        self.header.home_clicked.connect(lambda: self.navigator.leave_to("home"))
        self.header.back_clicked.connect(self.navigator.back)
        self.header.help_clicked.connect(lambda: self.navigator.leave_to("help"))
        self.navigator.spoken.connect(self.voice.announce)
        self.header.language_clicked.connect(self.toggle_language)
        self.header.large_text_toggled.connect(self.set_large_text)
        self.header.high_contrast_toggled.connect(self.set_high_contrast)
        self.staff_mode = StaffModeController(context, self.header, self.navigator)
        self.navigator.route_visited.connect(context.staff.usage.record)
        self.housekeeping = Housekeeping(context, self)
        self.header.voice_toggled.connect(self.set_voice)
        self.header.low_reach_toggled.connect(self.set_low_reach)

        # The containers around the parts are transparent: the window paints the look's background.
        self.look_scope = LookScope(
            lambda: [self, central, self.pages, self.pages.scroll, self.pages.scroll.viewport(), self.stack],
            self,
        )
        self.navigator.screen_about_to_show.connect(self.look_scope.prepare)
        self._apply_look(self.look)
        self.set_language(self.default_language)
        self.navigator.home()
        # Qt's text-field menu would offer Undo (the previous resident's text) and Paste.
        forbid_context_menus(self)
        self.idle.start()

    # Session state -------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.translations.set_language(language)
        self._follow_screen()

    def toggle_language(self) -> None:
        self.set_language("en" if self.translations.language == "ko" else "ko")

    def set_large_text(self, on: bool) -> None:
        self._apply_look(Look(self.look.theme, on))

    def set_high_contrast(self, on: bool) -> None:
        self._apply_look(Look("high_contrast" if on else "default", self.look.large_text))

    def set_voice(self, on: bool) -> None:
        """Voice guidance on or off; switching on says the current screen's title."""
        self.voice.set_enabled(on, self._spoken_title())
        self._show_modes()

    def follow_audio_route(self, route: AudioRoute) -> None:
        """Earphones plugged in turn voice guidance on and say so (accessibility K17)."""
        self.audio_route = route
        route.headphones_connected.connect(self._headphones_connected)

    def _headphones_connected(self) -> None:
        if self.voice.enabled:
            self.voice.announce(self.tr("Earphones connected."))
            return
        self.voice.set_enabled(True, " ".join((self.tr("Earphones connected."), self._spoken_title())))
        self._show_modes()

    def set_low_reach(self, on: bool) -> None:
        """Move every control below the reach ceiling: header at the bottom, title alone on top."""
        self.low_reach = on
        keyboard = self.keyboard_dock.keyboard  # built now, so it can be put in its place
        # A narrow panel has few rows under the ceiling (677 on a 1080x1920 one at 700 mm): four rows of
        # keys (the header drops its title row itself, in set_modes).
        keyboard.set_compact(on)
        for part in (self.header, self.pages, keyboard):
            self.body.removeWidget(part)
        # After the band. Low reach: the header stays at the very bottom, where it is on every screen
        # (K13), and the keyboard comes up above it, still below the reach ceiling. Otherwise the
        # keyboard is last, below the screen.
        order = (self.pages, keyboard, self.header) if on else (self.header, self.pages, keyboard)
        for index, part in enumerate(order, start=1):
            self.body.insertWidget(index, part, 1 if part is self.pages else 0)
        self._fit_reach_band()
        self._show_modes()

    def _fit_reach_band(self) -> None:
        out_of_reach = self.panel.rows_above(REACH_HIGH_MM)
        rows = self.panel.rows_above(self.context.config.screen.low_reach_top_mm) if self.low_reach else 0
        rows = max(rows, out_of_reach)

        def scaled(panel_rows: int) -> int:
            # The window may be smaller than the panel (development): keep the same share of its height.
            # One that grew past the panel (content too tall) keeps the panel's rows.
            height = min(self.height(), self.panel.height_px)
            return round(panel_rows * height / self.panel.height_px) if height > 0 else panel_rows

        height = scaled(rows)
        self.reach_band.fit(scaled(out_of_reach), height, self.low_reach)
        for overlay in (self.idle_warning, self.message_card):
            overlay.set_top_inset(height)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)
        self._fit_reach_band()

    def _apply_look(self, look: Look) -> None:
        self.look = look
        tokens = theme_tokens(look.theme)
        self._background = QColor(tokens["bg"])
        self.look_scope.apply(style_sheet(look))
        self.focus_ring.set_colours(tokens["focus"], tokens["focus_halo"])
        self.update()
        self._show_modes()

    def _show_modes(self) -> None:
        self.header.set_modes(
            self.look.large_text, self.look.theme == "high_contrast", self.voice.enabled, self.low_reach
        )

    def load_time_limits(self) -> None:
        """The idle limits staff saved (on any kiosk of the database), else the configuration's."""
        default = self.context.config.kiosk.time_limits()
        try:
            self._use_time_limits(self.context.content_editor.time_limits(default))
        except StorageError as err:  # the database is away: keep the limits in use
            log.warning("time limits not read: %s", type(err).__name__)

    def _use_time_limits(self, limits: TimeLimits) -> None:
        self.idle.idle_seconds = limits.idle_seconds
        self.idle.warning_seconds = limits.warning_seconds

    def reset_session(self) -> None:
        """The idle wipe: nothing a resident typed or chose survives it (accessibility K12).

        Local state first, the database after: the next resident must find a clean kiosk even when the
        database is away or slow. Each step runs on its own, so one that fails stops none of the others.
        """
        log.info("session reset")
        screens = list(self.navigator.built_screens().items())
        run_steps(
            [
                # First, before focus moves: leaving a field commits the syllable being typed into it.
                ("keyboard", self.keyboard_dock.reset),
                ("idle warning", self.idle_warning.hide),
                ("message", self.message_card.hide),
                ("staff mode", self.staff_mode.sign_out),
                *((f"screen {route}", screen.reset) for route, screen in screens),
                # Belt and braces: any text field a screen forgot, hidden pages included.
                ("text fields", lambda: wipe_text_fields(self)),
                ("clipboard", clear_clipboards),
                ("context menus", lambda: forbid_context_menus(self)),  # widgets built since
                ("focus ring", lambda: self.focus_ring.follow(None)),
                ("voice", lambda: self.voice.set_enabled(False)),
                ("listening", self.listening.reset),
                ("low reach", lambda: self.set_low_reach(False)),
                ("look", self._restore_default_look),
                ("language", lambda: self.set_language(self.default_language)),
                ("home", self.navigator.home),
                ("signal", self.session_reset.emit),
                # Shown before the database is touched: a server cut off by the network can take the
                # 5 s connect timeout, and the old pixels would stay on the panel until it passed.
                ("paint", self.repaint),
                # Remote: what a screen left in the database (kept for later when it is away).
                *((f"clean-up {route}", screen.clean_up_remote) for route, screen in screens),
                ("time limits", self.load_time_limits),  # staff may have changed them on another kiosk
                ("memory", release_free_memory),  # between residents: the heap's free pages go back
            ]
        )

    def _restore_default_look(self) -> None:
        # Nothing to restyle when the resident kept the default look.
        if self.look != Look():
            self._apply_look(Look())

    def show_message(self, text: str) -> None:
        """A calm full-screen message; OK returns home."""
        self.message_card.show_text(text)

    # Header ---------------------------------------------------------------------------------------
    def _follow_screen(self, _route: str = "") -> None:
        screen = self.navigator.current_screen
        if screen is None:
            return
        forbid_context_menus(screen)  # built on first visit, and screens add widgets as they go
        self.header.show_screen(screen.title(), screen.step(), self.navigator.can_go_back())
        place = (self.navigator.current_route, screen.step())
        if place != self._place:
            # Every step of a flow opens at its top (the booking details step opened scrolled down).
            self._place = place
            self.pages.show_page(0)
        self.reach_band.set_title(screen.title(), self.header.step_label.text())
        self.voice.announce(self._spoken_title())

    def _spoken_title(self) -> str:
        screen = self.navigator.current_screen
        if screen is None:
            return ""
        return " ".join(part for part in (screen.title(), self.header.step_label.text()) if part)

    # Keypad and voice ---------------------------------------------------------------------------
    def _keypad_roots(self) -> list[QWidget]:
        """Where the keypad may go: the overlay on top if one is shown, else header and screen."""
        for overlay in (self.message_card, self.idle_warning):
            if overlay.isVisible():
                return [overlay]
        screen = self.navigator.current_screen
        if screen is None:
            return [self.header]
        # A screen's own overlay (a slip shown over the QR screen) covers the screen, not the header.
        covering = [o for o in screen.findChildren(Overlay) if o.isVisible()]
        # The page buttons are left out: moving the focus turns the page by itself.
        return [self.header, covering[-1] if covering else screen]

    def _keypad_back(self) -> None:
        if self.message_card.isVisible():
            self.message_card.ok_button.click()
        elif self.idle_warning.isVisible():
            self.idle_warning.more_time_button.click()
        else:
            self.navigator.back()

    def _warn_idle(self, seconds: int) -> None:
        starting = not self.idle_warning.isVisible()
        self.idle_warning.show_seconds(seconds)
        if starting:
            # The warning is heard as well as seen (accessibility K11).
            self.voice.announce(
                f"{self.idle_warning.message.text()} {self.idle_warning.countdown.text()} "
                f"{self.idle_warning.more_time_button.text()}"
            )

    def _screen_is_busy(self) -> bool:
        screen = self.navigator.current_screen
        return screen is not None and screen.is_busy()

    def paintEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._background)
        painter.end()
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    def show_for_kiosk(self, windowed: bool) -> None:
        """Full screen on the kiosk; a normal window for development."""
        if windowed:
            self.resize(1280, 800)
            self.show()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            # Without a window manager (a kiosk X session) full screen alone keeps the default size.
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()
