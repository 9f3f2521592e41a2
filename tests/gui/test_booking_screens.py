"""The booking screens driven like a resident: field, calendar, time, details, consent, code, cancel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.booking import BookingStatus, DayStatus
from kiosk.services.booking import load_demo_consultants
from kiosk.storage import booking as store
from tests.helpers.booking import at
from tests.helpers.kiosk_window import make_window

FIRST_DAY = date(2026, 12, 2)  # the window's clock says 2026-11-25 10:00


@pytest.fixture
def window(qtbot, database_url: str):
    win = make_window(database_url)
    load_demo_consultants(win.context.database)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.context.database.dispose()


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_booking(qtbot, window):
    home = window.navigator.current_screen
    click(qtbot, next(t for t in home.tiles() if t.property("route") == "consultations"))
    return window.navigator.current_screen


def to_details(qtbot, window, day: date = FIRST_DAY):
    screen = open_booking(qtbot, window)
    click(qtbot, screen.field_buttons["national"])
    click(qtbot, screen.calendar.button_for(day))
    click(qtbot, screen.time_buttons[0])
    return screen


def to_summary(qtbot, window):
    screen = to_details(qtbot, window)
    screen.name_edit.setText("홍길동")  # Hangul comes from the on-screen keyboard; set directly here
    qtbot.keyClicks(screen.phone_edit, "010-1234-5678")
    click(qtbot, screen.details_next)
    click(qtbot, screen.agree_button)
    return screen


def bookings(window) -> list:
    with window.context.database.session() as session:
        return store.bookings_of_day(session, FIRST_DAY)


def test_a_resident_books_and_gets_a_large_code_with_a_masked_phone(qtbot, window) -> None:
    screen = open_booking(qtbot, window)
    assert window.header.title_label.text() == "세무 상담 예약"
    assert screen.step() == (1, 6)
    click(qtbot, screen.field_buttons["national"])
    assert screen.step() == (2, 6)
    assert screen.calendar.month_label.text() == "2026년 12월"
    assert screen.calendar.button_for(FIRST_DAY).status_text == "✓ 36자리"
    click(qtbot, screen.calendar.button_for(FIRST_DAY))
    assert screen.time_prompt.text() == "2026년 12월 2일 (수): 시간을 선택하세요"
    assert [b.text() for b in screen.time_buttons[:2]] == ["10:00 – 10:20", "10:20 – 10:40"]
    assert len(screen.time_buttons) == 12
    click(qtbot, screen.time_buttons[0])
    screen.name_edit.setText("홍길동")
    qtbot.keyClicks(screen.phone_edit, "+82 10 1234 5678")
    click(qtbot, screen.details_next)
    assert screen.step() == (5, 6)
    assert "보유 기간: 상담일로부터 30일 후 파기" in screen.consent_text.text()
    click(qtbot, screen.agree_button)
    summary = screen.summary_text.text()
    assert "010-****-5678" in summary and "12345678" not in summary.replace("-", "")
    assert "국세 일반" in summary and "10:00 – 10:20" in summary
    click(qtbot, screen.confirm_button)
    [booking] = bookings(window)
    assert screen.code_label.text() == f"{booking.code[:3]}-{booking.code[3:]}"
    assert booking.phone == "01012345678" and booking.start == at(FIRST_DAY, 10)
    assert "010-****-5678" in screen.done_text.text()
    assert screen.step() is None
    click(qtbot, screen.print_button)
    assert screen.slip_overlay.isVisible()
    slip = screen.slip_overlay.panel.view.slip()
    assert ("휴대전화", "010-****-5678") in slip.lines
    assert ("예약번호", screen.code_label.text()) in slip.lines
    assert slip.qr_payload == window.context.config.station.consultation_room_url
    assert "01012345678" not in " ".join(slip.text_lines()).replace("-", "")
    click(qtbot, screen.slip_overlay.panel.close_button)
    click(qtbot, screen.finish_button)
    assert window.navigator.current_route == "home"


def test_calendar_days_say_what_they_are_and_closed_days_say_why(qtbot, window) -> None:
    screen = open_booking(qtbot, window)
    click(qtbot, screen.field_buttons["gift"])
    texts = {d: screen.calendar.button_for(date(2026, 12, d)).status_text for d in (1, 2, 5, 25)}
    assert texts == {1: "예약 불가(임박)", 2: "✓ 24자리", 5: "– 휴무", 25: "– 휴무"}
    assert screen.calendar.button_for(date(2026, 12, 25)).property("dayStatus") == "closed"
    click(qtbot, screen.calendar.button_for(date(2026, 12, 25)))
    assert screen.day_notice.text() == "2026년 12월 25일 (금): 상담이 없습니다(기독탄신일)."
    click(qtbot, screen.calendar.button_for(date(2026, 12, 1)))
    assert "최소 7일 전에" in screen.day_notice.text()
    assert screen.step() == (2, 6)  # tapping a closed day never moves on
    assert not screen.calendar.previous_button.isEnabled()  # November has no bookable day left
    click(qtbot, screen.calendar.next_button)
    assert screen.calendar.month_label.text() == "2027년 1월"
    assert screen.calendar.button_for(date(2027, 1, 1)).day.reason.en == "New Year's Day"
    assert screen.calendar.button_for(date(2027, 1, 25)).day.status is DayStatus.TOO_LATE
    assert not screen.calendar.next_button.isEnabled()


def test_a_full_day_shows_full(qtbot, window) -> None:
    service = window.context.booking
    for index, start in enumerate(service.rules.schedule.slot_starts(FIRST_DAY)):
        for consultant in ("c02", "c03"):
            service.book(
                start=start,
                consultant_id=consultant,
                field_id="gift",
                name="김철수",
                phone=f"010-5555-{index:02d}{consultant[-1]}0",
                consent=True,
            )
    screen = open_booking(qtbot, window)
    click(qtbot, screen.field_buttons["gift"])
    assert screen.calendar.button_for(FIRST_DAY).status_text == "✕ 마감"
    click(qtbot, screen.calendar.button_for(FIRST_DAY))
    assert screen.day_notice.text() == "2026년 12월 2일 (수): 모든 시간이 예약되었습니다."


def test_bad_details_are_explained_and_keep_the_resident_on_the_step(qtbot, window) -> None:
    screen = to_details(qtbot, window)
    screen.name_edit.setText("홍길동😀")
    qtbot.keyClicks(screen.phone_edit, "010-1234-5678")
    click(qtbot, screen.details_next)
    assert screen.details_error.text() == "이름을 한글 또는 영문으로 입력해 주세요(최대 30자)."
    screen.name_edit.setText("홍길동")
    screen.phone_edit.setText("02-123-4567")
    click(qtbot, screen.details_next)
    assert screen.details_error.text() == "010-1234-5678과 같은 휴대전화 번호를 입력해 주세요."
    assert screen.step() == (4, 6)


def test_no_consent_no_booking(qtbot, window) -> None:
    screen = to_details(qtbot, window)
    screen.name_edit.setText("홍길동")
    screen.phone_edit.setText("01012345678")
    click(qtbot, screen.details_next)
    click(qtbot, screen.refuse_button)
    assert "동의하지 않으시면" in screen.consent_error.text()
    assert screen.step() == (5, 6)
    assert bookings(window) == []


def test_a_time_taken_meanwhile_shows_a_message_and_fresh_times(qtbot, window) -> None:
    screen = to_summary(qtbot, window)
    # Another kiosk books 10:00 with every national-tax consultant before this resident confirms.
    for consultant, phone in (("c01", "010-1111-0001"), ("c03", "010-1111-0003"), ("c04", "010-1111-0004")):
        window.context.booking.book(
            start=at(FIRST_DAY, 10),
            consultant_id=consultant,
            field_id="national",
            name="김철수",
            phone=phone,
            consent=True,
        )
    click(qtbot, screen.confirm_button)
    assert screen.step() == (3, 6)
    assert (
        screen.time_notice.text()
        == "죄송합니다. 방금 다른 분이 이 시간을 예약했습니다. 다른 시간을 선택해 주세요."
    )
    assert screen.time_buttons[0].text() == "10:20 – 10:40"
    assert len(bookings(window)) == 3
    click(qtbot, screen.time_buttons[0])
    click(qtbot, screen.details_next)
    click(qtbot, screen.agree_button)
    click(qtbot, screen.confirm_button)
    assert screen.step() is None and len(bookings(window)) == 4


def test_back_goes_one_step_back_inside_the_flow(qtbot, window) -> None:
    screen = to_details(qtbot, window)
    click(qtbot, window.header.back_button)
    assert screen.step() == (3, 6)
    click(qtbot, window.header.back_button)
    assert screen.step() == (2, 6)
    click(qtbot, window.header.back_button)
    assert screen.step() == (1, 6)
    click(qtbot, window.header.back_button)
    assert window.navigator.current_route == "home"


def test_english_calendar_and_messages(qtbot, window) -> None:
    click(qtbot, window.header.language_button)
    screen = open_booking(qtbot, window)
    assert screen.field_buttons["gift"].text() == "Gift tax\nWhen you give or receive property for free"
    click(qtbot, screen.field_buttons["gift"])
    assert screen.calendar.month_label.text() == "December 2026"
    assert screen.calendar.button_for(FIRST_DAY).status_text == "✓ 24 free"
    click(qtbot, screen.calendar.button_for(date(2026, 12, 25)))
    assert screen.day_notice.text() == "Friday 25 December 2026: no consultations (Christmas Day)."
    click(qtbot, window.header.language_button)
    assert screen.calendar.button_for(FIRST_DAY).status_text == "✓ 24자리"


def test_idle_reset_forgets_the_booking_in_progress(qtbot, window) -> None:
    screen = to_summary(qtbot, window)
    window.reset_session()
    assert screen.step() == (1, 6)
    assert screen.name_edit.text() == "" and screen.phone_edit.text() == ""
    assert screen.summary_text.text() == ""


def _booked_at_ten(window):
    return window.context.booking.book(
        start=at(FIRST_DAY, 10),
        consultant_id="c01",
        field_id="national",
        name="홍길동",
        phone="010-1234-5678",
        consent=True,
    )


def test_look_up_and_cancel_frees_the_slot_at_once(qtbot, window) -> None:
    booking = _booked_at_ten(window)
    booking_screen = open_booking(qtbot, window)
    click(qtbot, booking_screen.lookup_button)
    screen = window.navigator.current_screen
    assert window.navigator.current_route == "booking_lookup"
    qtbot.keyClicks(screen.code_edit, booking.code.lower())
    qtbot.keyClicks(screen.digits_edit, "0000")
    click(qtbot, screen.find_button)
    assert screen.message.text() == "이 예약번호와 뒤 네 자리에 맞는 예약이 없습니다. 다시 확인해 주세요."
    assert not screen.cancel_button.isVisible()
    screen.digits_edit.setText("5678")
    click(qtbot, screen.find_button)
    assert "010-****-5678" in screen.result.text() and "김하늘 세무사" in screen.result.text()
    click(qtbot, screen.cancel_button)
    click(qtbot, screen.keep_button)
    assert bookings(window)[0].status is BookingStatus.ACTIVE
    click(qtbot, screen.cancel_button)
    click(qtbot, screen.really_cancel_button)
    assert screen.message.text() == "예약이 취소되었습니다. 이 시간은 다른 분이 예약할 수 있습니다."
    assert bookings(window)[0].status is BookingStatus.CANCELLED
    free = window.context.booking.free_slots(FIRST_DAY, "national")
    assert ("c01", at(FIRST_DAY, 10)) in {(s.consultant_id, s.start) for s in free}


def test_phone_and_code_fields_bring_the_right_keys(window) -> None:
    from PySide6.QtWidgets import QLineEdit

    window.navigator.go("consultations")
    window.navigator.go("booking_lookup")
    layouts = {e.objectName(): e.property("keyboardLayout") for e in window.findChildren(QLineEdit)}
    assert layouts["phoneEdit"] == "digits"
    assert layouts["digitsEdit"] == "digits"
    assert layouts["codeEdit"] == "en"


def test_the_next_resident_starts_afresh_instead_of_seeing_the_last_booking(qtbot, window) -> None:
    screen = to_summary(qtbot, window)
    click(qtbot, screen.confirm_button)
    assert screen.code_label.text()
    click(qtbot, screen.finish_button)
    # Code and masked phone (its last four digits) are enough to cancel: they must not greet anyone else.
    assert open_booking(qtbot, window) is screen
    assert screen.step() == (1, 6)
    assert screen.code_label.text() == "" and screen.done_text.text() == ""
    assert screen.field_buttons["national"].isVisible()


def test_a_refreshed_month_or_time_list_shows_only_the_new_buttons(qtbot, window) -> None:
    from kiosk.gui.widgets.month_calendar import DayButton

    screen = open_booking(qtbot, window)
    click(qtbot, screen.field_buttons["national"])
    screen.availability_changed("")  # another kiosk booked: the month is built again
    shown_days = [b for b in screen.calendar.findChildren(DayButton) if b.isVisible()]
    assert sorted(shown_days, key=id) == sorted(screen.calendar.buttons, key=id)
    click(qtbot, screen.calendar.button_for(FIRST_DAY))
    screen.availability_changed(FIRST_DAY.isoformat())
    shown_times = [
        b for b in screen.time_buttons[0].parent().findChildren(type(screen.time_buttons[0])) if b.isVisible()
    ]
    assert sorted(shown_times, key=id) == sorted(screen.time_buttons, key=id)


def test_a_resident_without_a_phone_finds_and_cancels_by_name(qtbot, window) -> None:
    # K28: the code from the slip and the name booked under; the field brings the Hangul keyboard.
    booking = _booked_at_ten(window)
    window.navigator.go("booking_lookup")
    screen = window.navigator.current_screen
    click(qtbot, screen.by_name_button)
    assert screen.digits_label.text() == "예약할 때 쓴 이름"
    assert screen.digits_edit.property("keyboardLayout") == "ko"
    assert window.keyboard_dock.keyboard.isVisible() and window.keyboard_dock.keyboard.layout_name() == "ko"
    screen.code_edit.setText(booking.code)
    screen.digits_edit.setText("홍길순")
    click(qtbot, screen.find_button)
    assert screen.message.text() == "이 예약번호와 이름에 맞는 예약이 없습니다. 둘 다 다시 확인해 주세요."
    screen.digits_edit.setText("홍 길동")
    click(qtbot, screen.find_button)
    assert "010-****-5678" in screen.result.text()
    click(qtbot, screen.cancel_button)
    click(qtbot, screen.really_cancel_button)
    assert bookings(window)[0].status is BookingStatus.CANCELLED
    window.reset_session()  # the next resident starts with the phone digits again
    assert not screen.by_name_button.isChecked() and screen.digits_edit.property("keyboardLayout") == "digits"


def test_every_step_opens_at_its_top_in_large_text(qtbot, window) -> None:
    window.set_large_text(True)
    screen = open_booking(qtbot, window)
    click(qtbot, screen.field_buttons["national"])
    click(qtbot, screen.calendar.button_for(FIRST_DAY))
    bar = window.pages.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # twelve times in large text: more than one page
    window.pages.turn(1)
    assert bar.value() > 0
    # The lowest time, scrolled to, takes the resident to the details step: its title is in view.
    click(qtbot, screen.time_buttons[-1])
    assert screen.step() == (4, 6)
    assert bar.value() == 0
