"""Switching languages at run time: strings follow, and nothing piles up over a day of switching."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.gui.i18n import Translations


def test_korean_then_english_translates_and_untranslates(qapp: QApplication) -> None:
    translations = Translations(qapp)
    translations.set_language("ko")
    assert QCoreApplication.translate("InfoSlips", "Last day") == "납부 마감일"
    translations.set_language("en")
    assert QCoreApplication.translate("InfoSlips", "Last day") == "Last day"


def test_many_switches_reuse_the_same_translators(qapp: QApplication) -> None:
    translations = Translations(qapp)
    translations.set_language("ko")
    loaded = len(qapp.findChildren(QTranslator))
    for _ in range(50):
        translations.set_language("en")
        translations.set_language("ko")
    assert len(qapp.findChildren(QTranslator)) == loaded
    assert QCoreApplication.translate("InfoSlips", "Last day") == "납부 마감일"
    translations.set_language("en")
