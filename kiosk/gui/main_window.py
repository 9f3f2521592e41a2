"""The kiosk's one window: header bar, the current screen, and the overlays above them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.gui.header import HeaderBar
from kiosk.gui.housekeeping import Housekeeping
from kiosk.gui.i18n import Translations
from kiosk.gui.idle import IdleController
from kiosk.gui.keyboard_dock import KeyboardDock
from kiosk.gui.navigator import Navigator
from kiosk.gui.overlay import IdleWarning, MessageCard
from kiosk.gui.staff_mode import StaffModeController
from kiosk.gui.theme import Look, apply_look

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Owns the session state a resident changes: language, text size, contrast."""

    first_paint = Signal()
    session_reset = Signal()

    def __init__(self, context: AppContext, translations: Translations) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.context = context
        self.translations = translations
        self.default_language = context.config.kiosk.language
        self.look = Look()
        self._painted = False

        central = QWidget(objectName="central")
        self.setCentralWidget(central)
        self.body = QVBoxLayout(central)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.header = HeaderBar(context.clock)
        self.stack = QStackedWidget(objectName="screenStack")
        self.body.addWidget(self.header)
        self.body.addWidget(self.stack, 1)

        self.navigator = Navigator(self.stack, context)
        self.navigator.screen_changed.connect(self._follow_screen)
        self.navigator.language_requested.connect(self.set_language)
        self.idle_warning = IdleWarning(central)
        self.message_card = MessageCard(central)
        self.message_card.dismissed.connect(self.navigator.home)

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.idle = IdleController(
            app,
            context.clock,
            context.config.kiosk.idle_seconds,
            context.config.kiosk.idle_warning_seconds,
            is_busy=self._screen_is_busy,
        )
        self.idle.warning.connect(self.idle_warning.show_seconds)
        self.idle.warning_cancelled.connect(self.idle_warning.hide)
        self.idle.expired.connect(self.reset_session)
        # One keyboard below the screens, shown while a text field has focus (docs/design/keyboard.md).
        self.keyboard_dock = KeyboardDock(central, self.body, app)
        # Screens give up height to the keyboard (else the stack's minimum is its tallest page's).
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.idle_warning.more_time.connect(self.idle.activity)

        self.header.home_clicked.connect(self.navigator.home)
        self.header.back_clicked.connect(self.navigator.back)
        self.header.help_clicked.connect(lambda: self.navigator.go("help"))
        self.header.language_clicked.connect(self.toggle_language)
        self.header.large_text_toggled.connect(self.set_large_text)
        self.header.high_contrast_toggled.connect(self.set_high_contrast)
        self.staff_mode = StaffModeController(context, self.header, self.navigator)
        self.navigator.route_visited.connect(context.staff.usage.record)
        self.housekeeping = Housekeeping(context, self)

        self.set_language(self.default_language)
        self.navigator.home()
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

    def _apply_look(self, look: Look) -> None:
        self.look = look
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, look)
        self.header.set_modes(look.large_text, look.theme == "high_contrast")

    def reset_session(self) -> None:
        """The idle wipe: nothing a resident typed or chose survives it (accessibility K12)."""
        log.info("session reset")
        # First, before focus moves: leaving a field commits the syllable being typed into it.
        self.keyboard_dock.reset()
        self.idle_warning.hide()
        self.message_card.hide()
        self.staff_mode.sign_out()
        for screen in self.navigator.built_screens().values():
            screen.reset()
        # Belt and braces: any text field a screen forgot, hidden pages included.
        for editor in self.findChildren(QLineEdit):
            editor.clear()
        for editor in self.findChildren(QTextEdit) + self.findChildren(QPlainTextEdit):
            if not editor.isReadOnly():
                editor.clear()
        QGuiApplication.clipboard().clear()
        self._apply_look(Look())
        self.set_language(self.default_language)
        self.navigator.home()
        self.session_reset.emit()

    def show_message(self, text: str) -> None:
        """A calm full-screen message; OK returns home."""
        self.message_card.show_text(text)

    # Header ---------------------------------------------------------------------------------------
    def _follow_screen(self, _route: str = "") -> None:
        screen = self.navigator.current_screen
        if screen is None:
            return
        self.header.show_screen(screen.title(), screen.step(), self.navigator.can_go_back())

    def _screen_is_busy(self) -> bool:
        screen = self.navigator.current_screen
        return screen is not None and screen.is_busy()

    def paintEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().paintEvent(event)
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
