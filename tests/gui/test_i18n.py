"""Switching languages all day must not pile up translators (about 100 KiB each switch, issue 10)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.gui.i18n import Translations


def test_switching_languages_reuses_the_same_translators(qapp: QApplication) -> None:
    translations = Translations(qapp)
    translations.set_language("ko")
    korean = qapp.translate("HeaderBar", "Home")
    assert korean not in ("", "Home")
    before = len(qapp.findChildren(QTranslator))
    for _ in range(20):
        translations.set_language("en")
        translations.set_language("ko")
    assert len(qapp.findChildren(QTranslator)) == before
    assert qapp.translate("HeaderBar", "Home") == korean
    translations.set_language("en")
    assert qapp.translate("HeaderBar", "Home") == "Home"
