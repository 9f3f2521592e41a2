"""Loads and switches the kiosk's language at run time (Korean first, English second)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk import paths

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")


class MissingTranslationError(Exception):
    """The compiled translation file is missing; the set-up script builds it."""


class Translations(QObject):
    """Installs the kiosk's and Qt's own translators for the current language."""

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.language = "en"

    def set_language(self, language: str) -> None:
        """Switch every visible string; Qt sends LanguageChange to each widget."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        for translator in self._installed():
            self._app.removeTranslator(translator)
        self._installed().clear()
        if language == "ko":
            for translator in self._korean_translators():
                self._install(translator)
        QLocale.setDefault(_locale(language))
        # Deliver the LanguageChange events now, so the visible screen is retranslated at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
        self.language_changed.emit(language)

    def _installed(self) -> list[QTranslator]:
        # Kept on the application, so a second window (tests, staff console) replaces them too.
        if not hasattr(self._app, "_kiosk_translators"):
            self._app._kiosk_translators = []  # type: ignore[attr-defined]
        return self._app._kiosk_translators  # type: ignore[attr-defined,no-any-return]

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed().append(translator)

    def _korean_translators(self) -> list[QTranslator]:
        # Loaded once per application and reused: a new pair on every switch to Korean would pile up
        # (a lobby kiosk switches languages hundreds of times a day).
        if not hasattr(self._app, "_kiosk_korean_translators"):
            self._app._kiosk_korean_translators = [  # type: ignore[attr-defined]
                self._kiosk_translator(),
                *self._qt_base_translator(),
            ]
        return self._app._kiosk_korean_translators  # type: ignore[attr-defined,no-any-return]

    def _kiosk_translator(self) -> QTranslator:
        qm = paths.translations_dir() / "kiosk_ko.qm"
        translator = QTranslator(self._app)
        if not qm.exists() or not translator.load(str(qm)):
            raise MissingTranslationError(
                f"the Korean translation {qm} is missing; run scripts/setup.sh (or python -m "
                "kiosk.build_translations)"
            )
        return translator

    def _qt_base_translator(self) -> list[QTranslator]:
        # Qt's own strings (standard buttons, context menus) in Korean too.
        translator = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load("qtbase_ko", folder):
            return [translator]
        log.warning("Qt's own Korean translation was not found in %s", folder)
        return []


def _locale(language: str) -> QLocale:
    if language == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
