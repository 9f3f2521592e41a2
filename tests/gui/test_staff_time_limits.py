"""Staff give residents more (or less) time before the idle warning, on screen, for every kiosk (K11)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.domain.time_limits import TimeLimits
from kiosk.services.content_editing import ContentEditor
from tests.helpers.staff_desk import english_window, open_desk, tap


@pytest.fixture
def window(qtbot, database_url: str) -> Iterator[object]:
    yield from english_window(qtbot, database_url)


def test_staff_lengthen_the_limits_and_this_kiosk_uses_them_at_once(qtbot, window) -> None:
    desk = open_desk(window, "staff_time_limits")
    assert desk.idle_value.text() == "120 seconds" and desk.warning_value.text() == "30 seconds"
    for _ in range(3):
        tap(qtbot, desk.idle_more)
    tap(qtbot, desk.warning_more)
    assert desk.idle_value.text() == "150 seconds" and desk.warning_value.text() == "40 seconds"
    assert window.idle.idle_seconds == 120  # not before Save
    tap(qtbot, desk.save_button)
    assert desk.message.text().startswith("✓ Saved.")
    assert (window.idle.idle_seconds, window.idle.warning_seconds) == (150, 40)
    editor = ContentEditor(window.context.database, window.context.clock)
    assert editor.time_limits(TimeLimits(120, 30)) == TimeLimits(150, 40)


def test_the_buttons_stop_at_the_ends_of_the_ranges(qtbot, window) -> None:
    desk = open_desk(window, "staff_time_limits")
    tap(qtbot, desk.warning_less)
    assert desk.warning_value.text() == "20 seconds" and not desk.warning_less.isEnabled()
    assert desk.warning_more.isEnabled()


def test_limits_saved_on_another_kiosk_apply_from_the_next_resident(window) -> None:
    ContentEditor(window.context.database, window.context.clock).save_time_limits(TimeLimits(300, 60))
    assert window.idle.idle_seconds == 120  # this kiosk's resident keeps the limits they started with
    window.reset_session()
    assert (window.idle.idle_seconds, window.idle.warning_seconds) == (300, 60)
