"""The bookings desk driven like a staff member: pick a day, mark, cancel with confirmation, book for a
caller, reprint, export, close and reopen; each checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.domain.booking import BookingStatus
from kiosk.domain.closed_days import ClosurePart
from kiosk.services.booking import load_demo_consultants
from tests.helpers.booking import BOOKABLE_DAY, TODAY, at
from tests.helpers.staff_desk import english_window, open_desk, tap


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    for window in english_window(qtbot, database_url):
        load_demo_consultants(window.context.database)
        yield window


@pytest.fixture
def desk(window: object) -> object:
    return open_desk(window, "staff_bookings")


_click = tap


def _book(desk: object, hour: int = 10, phone: str = "010-1234-5678"):
    return desk.desk.book_for_caller(
        start=at(BOOKABLE_DAY, hour), field_id="national", name="홍길동", phone=phone, consent=True
    )


def _go_to(qtbot: QtBot, desk: object, day) -> None:
    while desk.day < day:
        _click(qtbot, desk.next_button)
    assert desk.day == day


def test_the_desk_is_behind_the_pin_and_opens_on_today(qtbot: QtBot, window: object) -> None:
    window.navigator.go("staff_bookings")
    screen = window.navigator.current_screen
    assert screen.pages.currentWidget() is screen.locked_page
    window.context.staff.session.sign_in()
    window.navigator.go("staff")
    _click(qtbot, window.navigator.current_screen.tiles["staff_bookings"])
    assert window.navigator.current_route == "staff_bookings"
    assert screen.day == TODAY and "2026" in screen.day_label.text()
    assert screen.rows.count() == 0 and "No bookings" in screen.empty_label.text()
    assert screen.empty_label.isVisible()


def test_the_list_shows_bookings_per_consultant_with_masked_phones(qtbot: QtBot, desk: object) -> None:
    booking = _book(desk)
    _go_to(qtbot, desk, BOOKABLE_DAY)
    texts = [desk.rows.item(i).text() for i in range(desk.rows.count())]
    assert texts[0].startswith(booking.consultant_name)
    assert "홍길동" in texts[1] and "010-****-5678" in texts[1]
    assert not any("1234" in text for text in texts)
    _click(qtbot, desk.previous_button)
    assert desk.day == BOOKABLE_DAY.replace(day=BOOKABLE_DAY.day - 1)
    _click(qtbot, desk.today_button)
    assert desk.day == TODAY


def test_marking_attended_then_no_show_is_stored(qtbot: QtBot, desk: object) -> None:
    booking = _book(desk)
    _go_to(qtbot, desk, BOOKABLE_DAY)
    desk.select(booking.code)
    assert not desk.attended_button.isEnabled()  # not before the consultation's day
    desk.context.clock.set(at(BOOKABLE_DAY, 9, 50))
    _click(qtbot, desk.today_button)
    desk.select(booking.code)
    _click(qtbot, desk.attended_button)
    assert desk.desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.ATTENDED
    assert "attended" in desk.message.text()
    assert not desk.attended_button.isEnabled()
    _click(qtbot, desk.no_show_button)
    assert desk.desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.NO_SHOW


def test_cancel_asks_first_and_keep_it_changes_nothing(qtbot: QtBot, desk: object) -> None:
    booking = _book(desk)
    _go_to(qtbot, desk, BOOKABLE_DAY)
    desk.select(booking.code)
    _click(qtbot, desk.cancel_button)
    assert "홍길동" in desk.confirm_label.text()
    _click(qtbot, desk.confirm_no)
    assert desk.desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.ACTIVE
    _click(qtbot, desk.cancel_button)
    _click(qtbot, desk.confirm_yes)
    assert desk.desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.CANCELLED
    assert "Cancelled" in desk.rows.item(1).text()
    assert not desk.cancel_button.isEnabled()


def test_booking_for_a_caller_uses_the_resident_rules(qtbot: QtBot, desk: object) -> None:
    _click(qtbot, desk.caller_button)
    form = desk.caller_form
    assert not form.time_buttons and "at least 7 days" in form.time_notice.text()  # today: too soon
    desk.go_back()
    _go_to(qtbot, desk, BOOKABLE_DAY)
    _click(qtbot, desk.caller_button)
    _click(qtbot, form.field_buttons["national"])
    _click(qtbot, form.book_button)
    assert "Choose a free time" in form.error.text()
    _click(qtbot, form.time_buttons[at(BOOKABLE_DAY, 10)])
    form.name_edit.setText("홍길동")
    form.phone_edit.setText("010-1234-5678")
    _click(qtbot, form.book_button)
    assert "consent" in form.error.text()  # the caller's consent is required, as on the kiosk
    _click(qtbot, form.consent_box)
    _click(qtbot, form.book_button)
    assert desk.desk_pages.currentWidget() is desk.list_page
    stored = desk.desk.day(BOOKABLE_DAY).bookings
    assert [(b.name, b.phone, b.source.value) for b in stored] == [("홍길동", "01012345678", "phone")]
    assert desk.selected_booking().code == stored[0].code
    assert "code" in desk.message.text()

    _click(qtbot, desk.caller_button)
    _click(qtbot, form.time_buttons[at(BOOKABLE_DAY, 11)])
    form.name_edit.setText("홍길동")
    form.phone_edit.setText("010-1234-5678")
    _click(qtbot, form.consent_box)
    _click(qtbot, form.book_button)
    assert "already has a consultation" in form.error.text()
    assert len(desk.desk.day(BOOKABLE_DAY).bookings) == 1


def test_reprint_goes_through_the_print_service(qtbot: QtBot, desk: object) -> None:
    booking = _book(desk)
    _go_to(qtbot, desk, BOOKABLE_DAY)
    desk.select(booking.code)
    _click(qtbot, desk.reprint_button)
    assert desk.slip_overlay.isVisible()
    shown = desk.context.printing.unprinted()
    assert shown and shown[-1].lines[0][1].replace("-", "") == booking.code


def test_export_says_where_the_csv_went(qtbot: QtBot, desk: object) -> None:
    booking = _book(desk)
    _go_to(qtbot, desk, BOOKABLE_DAY)
    _click(qtbot, desk.export_button)
    path = desk.context.config.staff.export_path() / f"bookings-{BOOKABLE_DAY}.csv"
    assert str(path) in desk.message.text()
    assert booking.code in Path(path).read_text(encoding="utf-8-sig")


def test_closing_the_morning_removes_its_times_until_reopened(qtbot: QtBot, desk: object) -> None:
    _go_to(qtbot, desk, BOOKABLE_DAY)
    _click(qtbot, desk.closures_button)
    panel = desk.closure_panel
    panel.reason_edit.setText("직원 교육")
    _click(qtbot, panel.part_buttons[ClosurePart.MORNING])
    closures = desk.desk.day(BOOKABLE_DAY).closures
    assert [(c.part, c.reason) for c in closures] == [(ClosurePart.MORNING, "직원 교육")]
    free = desk.desk.booking.free_slots(BOOKABLE_DAY, "national")
    assert free and all(s.start.hour >= 12 for s in free)
    _click(qtbot, panel.back_button)
    assert desk.closure_label.isVisible() and "morning" in desk.closure_label.text()
    _click(qtbot, desk.closures_button)
    panel.rows.setCurrentRow(0)
    _click(qtbot, panel.reopen_button)
    assert desk.desk.day(BOOKABLE_DAY).closures == ()
    assert "Reopened" in panel.message.text()


def test_signing_out_wipes_the_desk(qtbot: QtBot, window: object, desk: object) -> None:
    _go_to(qtbot, desk, BOOKABLE_DAY)
    _click(qtbot, desk.caller_button)
    desk.caller_form.name_edit.setText("홍길동")
    desk.caller_form.phone_edit.setText("010-1234-5678")
    window.context.staff.session.sign_out()
    assert desk.day == TODAY and desk.rows.count() == 0
    assert desk.caller_form.name_edit.text() == "" and desk.caller_form.phone_edit.text() == ""
    assert desk.desk_pages.currentWidget() is desk.list_page
    assert desk.pages.currentWidget() is desk.locked_page
