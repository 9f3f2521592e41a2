"""The schedule screen driven like a resident: the month calendar, the list one tap away, a tax's
detail, years, language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.gui.screens.schedule import ScheduleScreen
from kiosk.services.printing import PrintStatus
from kiosk.storage.database import Database
from tests.helpers.info_desk import context_on, use_language
from tests.helpers.qr_decode import pdf_to_pngs, pdf_words, zbar_decode


@pytest.fixture
def screen(qtbot, database: Database) -> Iterator[ScheduleScreen]:  # type: ignore[no-untyped-def]
    use_language("en")
    widget = ScheduleScreen(context_on(database, datetime(2027, 7, 20, 10, 0)))
    qtbot.addWidget(widget)
    widget.resize(1920, 980)
    widget.show()
    widget.entered()
    yield widget


@pytest.fixture
def listed(qtbot, screen: ScheduleScreen) -> ScheduleScreen:  # type: ignore[no-untyped-def]
    """The screen after the resident tapped "Show the year as a list"."""
    qtbot.mouseClick(button(screen, "scheduleListButton"), Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.overview
    return screen


def button(screen: ScheduleScreen, name: str) -> QPushButton:
    QApplication.processEvents()  # rebuilt lists are shown from the event loop
    found = screen.findChild(QPushButton, name)
    assert found is not None, name
    return found


def text_of(screen: ScheduleScreen, name: str) -> str:
    QApplication.processEvents()
    found = screen.findChild(QLabel, name)
    assert found is not None and found.isVisibleTo(screen), name
    return found.text()


def test_this_month_shows_what_is_due_with_days_left_and_the_exact_last_day(listed: ScheduleScreen) -> None:
    assert text_of(listed, "monthHeading") == "This month: July 2027"
    due = button(listed, "dueNow_property_tax_first_half").text()
    assert "Property tax, first half" in due
    assert "Due in 13 days" in due
    assert "Last day: Mon 2 August 2027" in due
    upcoming = button(listed, "next_resident_tax_business").text()
    assert "Starts on Sun 1 August 2027" in upcoming


def test_tapping_a_tax_shows_its_detail_with_how_to_pay_and_a_qr_code(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    assert listed.pages.currentWidget() is listed.detail
    assert text_of(listed, "detailName") == "Property tax, first half"
    assert text_of(listed, "detailLastDay") == "Last day: Mon 2 August 2027"
    assert "non-working day (Saturday)" in text_of(listed, "detailMoved")
    assert text_of(listed, "detailDueIn") == "Due in 13 days"
    payment = text_of(listed, "detailPayment")
    assert "Seoul ETAX" in payment and "Virtual account" in payment and "ARS" in payment
    qr = listed.findChild(QLabel, "qrCode")
    decoded = zxingcpp.read_barcodes(qr.pixmap().toImage())
    assert [code.text for code in decoded] == [listed.context.config.station.payment_url]
    # English screens cite the statute in English (K26); Korean screens keep 지방세법 as written.
    assert "Local Tax Act Art. 114" in text_of(listed, "detailLegalBasis")


def test_print_gives_a_payment_slip_with_the_last_day_and_a_qr(
    qtbot, listed: ScheduleScreen, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(listed, "schedulePrintButton"), Qt.MouseButton.LeftButton)
    panel = listed.slip_overlay.panel
    assert listed.slip_overlay.isVisible()
    assert panel.last_result.status is PrintStatus.NOT_PRINTED  # this kiosk has no printer configured
    slip = panel.view.slip()
    assert slip.title == "Property tax, first half"
    assert ("Last day", "Mon 2 August 2027") in slip.lines
    assert slip.qr_payload == listed.context.config.station.payment_url
    # The slip on paper (rendered to PDF through the printing service, as a printer would get it).
    pdf = tmp_path / "slip.pdf"
    assert listed.context.printing.save_pdf(slip, pdf).printed
    (png,) = pdf_to_pngs(pdf)
    assert zbar_decode(png) == [listed.context.config.station.payment_url]
    words = pdf_words(pdf)
    assert "2 August 2027" in words and "Virtual account" in words


def test_idle_reset_hides_the_printed_slip(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    listed.print_detail(listed.context.tax_information.calendar().due_now(listed._today())[0])
    assert listed.slip_overlay.isVisible()
    listed.reset()
    assert not listed.slip_overlay.isVisible() and listed.slip_overlay.panel.view.slip() is None


def test_back_leaves_the_detail_first_then_the_screen(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "year_car_tax_second_half"), Qt.MouseButton.LeftButton)
    assert listed.go_back() is True
    assert listed.pages.currentWidget() is listed.overview
    assert listed.go_back() is True  # the list goes back to the month calendar it was opened from
    assert listed.pages.currentWidget() is listed.month_page
    assert listed.go_back() is False


def test_year_overview_moves_between_years(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    assert text_of(listed, "yearHeading") == "Year overview 2027"
    assert "(ended)" in button(listed, "year_car_tax_first_half").text()
    qtbot.mouseClick(button(listed, "nextYearButton"), Qt.MouseButton.LeftButton)
    assert text_of(listed, "yearHeading") == "Year overview 2028"
    car_tax = button(listed, "year_car_tax_second_half").text()
    assert "16 Dec (Sat) – 2 Jan (Tue)" in car_tax  # 2028-12-31 is a Sunday, 1 January a holiday
    qtbot.mouseClick(button(listed, "year_car_tax_second_half"), Qt.MouseButton.LeftButton)
    assert text_of(listed, "detailLastDay") == "Last day: Tue 2 January 2029"


def test_acquisition_tax_is_shown_as_a_rule(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "rule_acquisition_tax"), Qt.MouseButton.LeftButton)
    assert "60 days" in text_of(listed, "detailRule")


def test_prepayment_detail_shows_the_discount_of_that_year(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "previousYearButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(listed, "year_car_tax_prepayment_january"), Qt.MouseButton.LeftButton)
    labels = [label.text() for label in listed.detail.findChildren(QLabel)]
    assert any(text.startswith("5 %: on the months paid in advance") for text in labels)


def test_reset_returns_to_this_month_and_this_years_list(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "nextYearButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(listed, "year_property_tax_second_half"), Qt.MouseButton.LeftButton)
    listed.reset()
    assert listed.pages.currentWidget() is listed.month_page
    assert listed.month_page.month == (2027, 7)
    listed.show_overview()
    assert text_of(listed, "yearHeading") == "Year overview 2027"


def test_korean_content_follows_the_language(listed: ScheduleScreen) -> None:
    use_language("ko")
    listed.retranslateUi()
    due = button(listed, "dueNow_property_tax_first_half").text()
    assert "재산세 1기분" in due
    assert "2027년 8월 2일 (월)" in due
    use_language("en")


def _extend_on_another_kiosk(screen: ScheduleScreen, new_due: date) -> None:
    """Staff extend the 2027 property tax deadline on another kiosk's content desk (same database)."""
    from kiosk.domain.content_file import LocalText
    from kiosk.domain.tax_calendar import load_tax_calendar
    from kiosk.services.content_editing import ContentEditor

    period = load_tax_calendar().period("property_tax_first_half", 2027)
    ContentEditor(screen.context.database, screen.context.clock).extend_due(
        period, new_due, LocalText("ETAX 장애로 연장", "ETAX outage")
    )


def test_an_extended_deadline_shows_the_new_day_the_reason_and_that_it_was_extended(
    qtbot, listed: ScheduleScreen, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _extend_on_another_kiosk(listed, date(2027, 8, 6))
    listed.entered()  # the resident comes back to the listed
    due = button(listed, "dueNow_property_tax_first_half").text()
    assert "Last day: Fri 6 August 2027   (extended)" in due and "Due in 17 days" in due
    assert "(extended)" in button(listed, "year_property_tax_first_half").text()
    qtbot.mouseClick(button(listed, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    assert text_of(listed, "detailLastDay") == "Last day: Fri 6 August 2027"
    assert text_of(listed, "detailExtended") == (
        "Extended: by the rule the last day was Mon 2 August 2027. Reason: ETAX outage"
    )
    assert listed.findChild(QLabel, "detailMoved") is None  # extended, not moved by the weekend rule

    qtbot.mouseClick(button(listed, "schedulePrintButton"), Qt.MouseButton.LeftButton)
    slip = listed.slip_overlay.panel.view.slip()
    assert ("Last day", "Fri 6 August 2027") in slip.lines
    assert "Extended from Mon 2 August 2027 (the rule's last day). Reason: ETAX outage" in slip.lines
    # The slip on paper (rendered to PDF through the printing service, as a printer would get it).
    pdf = tmp_path / "slip.pdf"
    assert listed.context.printing.save_pdf(slip, pdf).printed
    assert "6 August 2027" in pdf_words(pdf) and "ETAX outage" in pdf_words(pdf)


def test_an_extension_shows_in_korean_with_its_korean_reason(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    _extend_on_another_kiosk(listed, date(2027, 8, 6))
    use_language("ko")
    listed.retranslateUi()
    qtbot.mouseClick(button(listed, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    extended = text_of(listed, "detailExtended")
    assert (
        "기한이 연장되었습니다" in extended
        and "2027년 8월 2일 (월)" in extended
        and "ETAX 장애로 연장" in extended
    )
    use_language("en")


def test_a_detail_open_while_staff_extend_shows_the_new_day_on_return(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    _extend_on_another_kiosk(listed, date(2027, 8, 9))
    listed.entered()
    assert text_of(listed, "detailLastDay") == "Last day: Mon 9 August 2027"


def test_the_2027_prepayment_rate_is_not_guessed(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "year_car_tax_prepayment_june"), Qt.MouseButton.LeftButton)
    labels = [label.text() for label in listed.detail.findChildren(QLabel)]
    assert any(
        "The discount for 2027 has not been announced yet, so the kiosk cannot show it" in t for t in labels
    )
    assert not any(" %: on the months paid in advance" in t for t in labels)


def test_the_january_2026_extension_is_on_the_2026_overview(qtbot, listed: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(listed, "previousYearButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(listed, "year_car_tax_prepayment_january"), Qt.MouseButton.LeftButton)
    assert text_of(listed, "detailLastDay") == "Last day: Wed 4 February 2026"
    assert "Wetax outage" in text_of(listed, "detailExtended")


def day_button(screen: ScheduleScreen, day: str) -> QPushButton:
    return button(screen, f"day_{day}")


def test_the_schedule_opens_on_this_month_with_its_days_marked_in_words(screen: ScheduleScreen) -> None:
    assert screen.pages.currentWidget() is screen.month_page
    assert screen.month_page.calendar.month_label.text() == "July 2027"
    assert day_button(screen, "2027-07-16").text() == "16 Starts"  # property tax period opens
    assert day_button(screen, "2027-07-20").text() == "20 Today"
    # 31 July 2027 is a Saturday: the property tax's last day moved to Monday 2 August.
    assert day_button(screen, "2027-07-31").text() == "31 "
    assert text_of(screen, "monthSideHeading") == "Taxes in July 2027"
    assert "Property tax, first half\nPay 16 Jul (Fri) – 2 Aug (Mon)" in screen.month_page.side_texts()


def test_tapping_a_marked_day_lists_its_taxes_and_a_tax_opens_its_detail(
    qtbot, screen: ScheduleScreen
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "nextMonthButton"), Qt.MouseButton.LeftButton)
    assert day_button(screen, "2027-08-02").text() == "2 Last day"
    assert day_button(screen, "2027-08-31").text() == "31 Last day"
    qtbot.mouseClick(day_button(screen, "2027-08-02"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "monthSideHeading") == "Mon 2 August 2027"
    assert [t.split("\n")[0] for t in screen.month_page.side_texts()] == ["Property tax, first half"]
    qtbot.mouseClick(button(screen, "month_property_tax_first_half"), Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.detail
    assert text_of(screen, "detailLastDay") == "Last day: Mon 2 August 2027"
    qtbot.mouseClick(button(screen, "backToScheduleButton"), Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.month_page  # back where the resident came from


def test_a_day_without_a_due_tax_says_so_and_the_whole_month_is_one_tap_away(
    qtbot, screen: ScheduleScreen
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(day_button(screen, "2027-07-05"), Qt.MouseButton.LeftButton)
    assert screen.month_page.side_texts() == ["No tax is due on this day."]
    qtbot.mouseClick(button(screen, "wholeMonthButton"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "monthSideHeading") == "Taxes in July 2027"


def test_the_list_is_one_tap_away_and_leads_back_to_the_calendar(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "scheduleListButton"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "monthHeading") == "This month: July 2027"
    qtbot.mouseClick(button(screen, "scheduleMonthButton"), Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.month_page


def test_the_month_calendar_speaks_korean(screen: ScheduleScreen) -> None:
    use_language("ko")
    screen.retranslateUi()
    assert screen.month_page.calendar.month_label.text() == "2027년 7월"
    assert day_button(screen, "2027-07-16").text() == "16 납부 시작"
    assert text_of(screen, "monthSideHeading") == "2027년 7월에 내는 세금"
    use_language("en")
