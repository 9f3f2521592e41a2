"""The first screen: six large tiles and the language choice (accessibility K20)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kiosk.app_context import AppContext
from kiosk.domain.content_file import ContentError
from kiosk.domain.events import next_event
from kiosk.gui.forms.ui_home import Ui_HomeScreen
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.column_grid import ColumnGrid
from kiosk.gui.widgets.info_widgets import current_language, format_day
from kiosk.gui.widgets.seti import SetiGreeting
from kiosk.gui.widgets.wrap_button import WrapButton

# The pictogram beside each tile's label (resources/icons/, Tabler Icons).
TILE_PICTOGRAMS = {
    "video": "video",
    "consultations": "calendar-event",
    "lectures": "school",
    "schedule": "calendar-month",
    "guide": "help",
    "qr": "qrcode",
    "station": "world",
    "events": "users-group",
}


class HomeScreen(Screen):
    """Tiles carry their route as a property; the form lives in ui/home.ui."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        # Seti greets beside the welcome title (the form's label moves into the greeting).
        self.ui.rootLayout.removeWidget(self.ui.welcomeLabel)
        self.seti = SetiGreeting("homeSeti", self.ui.welcomeLabel)
        self.ui.rootLayout.insertWidget(0, self.seti)
        # The next event goes beside Seti too: a row of its own left no room for two rows of tiles.
        self.ui.rootLayout.removeWidget(self.ui.nextEventLabel)
        self.seti.add_line(self.ui.nextEventLabel)
        self.tile_grid = self._reflowing_tile_grid()
        for tile in self.tiles():
            route = str(tile.property("route"))
            tile.set_pictogram(TILE_PICTOGRAMS[route], above=True)
            tile.clicked.connect(lambda _=False, route=route: self.navigate_requested.emit(route))
        self._greet()
        self.ui.koreanButton.clicked.connect(lambda: self.language_requested.emit("ko"))
        self.ui.englishButton.clicked.connect(lambda: self.language_requested.emit("en"))
        self._mark_language()
        self._refresh_next_event()
        self._show_check_in()

    def entered(self) -> None:
        self._refresh_next_event()
        self._show_check_in()

    def _reflowing_tile_grid(self) -> ColumnGrid:
        """The form's 4-column grid becomes one that takes fewer columns where four do not fit."""
        form_grid = self.ui.tileGrid
        placed = sorted(
            (form_grid.getItemPosition(index)[:2], form_grid.itemAt(index).widget())
            for index in range(form_grid.count())
        )
        grid = ColumnGrid(max_columns=form_grid.columnCount(), spacing=form_grid.horizontalSpacing())
        for _position, tile in placed:
            form_grid.removeWidget(tile)
            grid.addWidget(tile)
        at = self.ui.rootLayout.indexOf(form_grid)
        self.ui.rootLayout.removeItem(form_grid)
        self.ui.rootLayout.insertLayout(at, grid, 1)
        return grid

    def _show_check_in(self) -> None:
        """ "My consultation is now" only while a consultation can be checked in."""
        self.ui.tileCheckIn.setVisible(self.context.video.in_consultation_hours())

    def show_next_event(self, text: str) -> None:
        """The line under the welcome; hidden while there is nothing to announce."""
        self.ui.nextEventLabel.setText(text)
        self.ui.nextEventLabel.setVisible(bool(text))

    def tiles(self) -> list[WrapButton]:
        return [b for b in self.findChildren(WrapButton) if b.property("role") == "tile"]

    def title(self) -> str:
        return self.tr("Seocho Tax Station")

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self._greet()
        self._mark_language()
        self._refresh_next_event()

    def _greet(self) -> None:
        self.seti.set_texts(
            self.ui.welcomeLabel.text(),
            self.tr("Hello, I am Seti from the tax office. Choose what you need below."),
        )

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
