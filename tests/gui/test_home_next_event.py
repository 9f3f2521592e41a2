"""The home screen names the next event (Tax Concern Resolution Day or a regional session)."""

from __future__ import annotations

from datetime import date, datetime

from kiosk.domain.events import ConcernDayChange
from kiosk.gui.screens.home import HomeScreen
from kiosk.storage.database import Database
from tests.helpers.info_desk import context_on, use_language


def test_home_shows_the_next_event_and_follows_staff_changes(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_language("en")
    context = context_on(database, datetime(2026, 11, 25, 10, 0))
    home = HomeScreen(context)
    qtbot.addWidget(home)
    home.show()
    expected = "Next event: Tax Concern Resolution Day, Sat 5 December 2026 10:00"
    assert home.ui.nextEventLabel.text() == expected
    context.tax_information.concern_day_changes.append(ConcernDayChange(date(2026, 12, 5), None))
    home.entered()
    assert home.ui.nextEventLabel.text().endswith("Thu 10 December 2026 14:00")
    use_language("ko")
    assert home.ui.nextEventLabel.text().startswith("다음 행사: 찾아가는 세무 설명회")
    # Hidden, the screen catches up on a language change when it is shown again.
    home.hide()
    use_language("en")
    assert home.ui.nextEventLabel.text().startswith("다음 행사")
    home.show()
    assert home.ui.nextEventLabel.text().startswith("Next event: Visiting tax explanation session")
