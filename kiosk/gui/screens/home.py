"""The first screen: six large tiles and the language choice (accessibility K20)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton

from kiosk.app_context import AppContext
from kiosk.domain.content_file import ContentError
from kiosk.domain.events import next_event
from kiosk.gui.forms.ui_home import Ui_HomeScreen
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import current_language, format_day


class HomeScreen(Screen):
    """Tiles carry their route as a property; the form lives in ui/home.ui."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        for tile in self.tiles():
            route = str(tile.property("route"))
            tile.clicked.connect(lambda _=False, route=route: self.navigate_requested.emit(route))
        self.ui.koreanButton.clicked.connect(lambda: self.language_requested.emit("ko"))
        self.ui.englishButton.clicked.connect(lambda: self.language_requested.emit("en"))
        self._mark_language()
        self._refresh_next_event()
        self._show_check_in()

    def entered(self) -> None:
        self._refresh_next_event()
        self._show_check_in()

    def _show_check_in(self) -> None:
        """ "My consultation is now" only while a consultation can be checked in."""
        self.ui.tileCheckIn.setVisible(self.context.video.in_consultation_hours())

    def show_next_event(self, text: str) -> None:
        """The line under the welcome; hidden while there is nothing to announce."""
        self.ui.nextEventLabel.setText(text)
        self.ui.nextEventLabel.setVisible(bool(text))

    def tiles(self) -> list[QPushButton]:
        return [b for b in self.findChildren(QPushButton) if b.property("role") == "tile"]

    def title(self) -> str:
        return self.tr("Seocho Tax Station")

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self._mark_language()
        self._refresh_next_event()

    def _refresh_next_event(self) -> None:
        information = self.context.tax_information
        try:
            event = next_event(information.events(), self.context.clock, information.concern_day_changes)
        except ContentError:
            event = None  # already logged by the service; the home screen simply shows no event
        if event is None:
            self.show_next_event("")
            return
        language = current_language()
        when = format_day(event.day, language)
        if event.confirmed:
            when += f" {event.start:%H:%M}"
        else:
            when += " (" + self.tr("time not confirmed yet") + ")"
        self.show_next_event(
            self.tr("Next event: %1, %2").replace("%1", event.title.get(language)).replace("%2", when)
        )

    def _mark_language(self) -> None:
        korean = QLocale().language() == QLocale.Language.Korean
        self.ui.koreanButton.setChecked(korean)
        self.ui.englishButton.setChecked(not korean)
