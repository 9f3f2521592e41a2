"""The schedule screen driven like a resident: this month, a tax's detail, years, language."""

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


def test_this_month_shows_what_is_due_with_days_left_and_the_exact_last_day(screen: ScheduleScreen) -> None:
    assert text_of(screen, "monthHeading") == "This month: July 2027"
    due = button(screen, "dueNow_property_tax_first_half").text()
    assert "Property tax, first half" in due
    assert "Due in 13 days" in due
    assert "Last day: Mon 2 August 2027" in due
    upcoming = button(screen, "next_resident_tax_business").text()
    assert "Starts on Sun 1 August 2027" in upcoming


def test_tapping_a_tax_shows_its_detail_with_how_to_pay_and_a_qr_code(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.detail
    assert text_of(screen, "detailName") == "Property tax, first half"
    assert text_of(screen, "detailLastDay") == "Last day: Mon 2 August 2027"
    assert "non-working day (Saturday)" in text_of(screen, "detailMoved")
    assert text_of(screen, "detailDueIn") == "Due in 13 days"
    payment = text_of(screen, "detailPayment")
    assert "Seoul ETAX" in payment and "Virtual account" in payment and "ARS" in payment
    qr = screen.findChild(QLabel, "qrCode")
    decoded = zxingcpp.read_barcodes(qr.pixmap().toImage())
    assert [code.text for code in decoded] == [screen.context.config.station.payment_url]
    # English screens cite the statute in English (K26); Korean screens keep 지방세법 as written.
    assert "Local Tax Act Art. 114" in text_of(screen, "detailLegalBasis")


def test_print_gives_a_payment_slip_with_the_last_day_and_a_qr(
    qtbot, screen: ScheduleScreen, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(screen, "schedulePrintButton"), Qt.MouseButton.LeftButton)
    panel = screen.slip_overlay.panel
    assert screen.slip_overlay.isVisible()
    assert panel.last_result.status is PrintStatus.NOT_PRINTED  # this kiosk has no printer configured
    slip = panel.view.slip()
    assert slip.title == "Property tax, first half"
    assert ("Last day", "Mon 2 August 2027") in slip.lines
    assert slip.qr_payload == screen.context.config.station.payment_url
    # The slip on paper (rendered to PDF through the printing service, as a printer would get it).
    pdf = tmp_path / "slip.pdf"
    assert screen.context.printing.save_pdf(slip, pdf).printed
    (png,) = pdf_to_pngs(pdf)
    assert zbar_decode(png) == [screen.context.config.station.payment_url]
    words = pdf_words(pdf)
    assert "2 August 2027" in words and "Virtual account" in words


def test_idle_reset_hides_the_printed_slip(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    screen.print_detail(screen.context.tax_information.calendar().due_now(screen._today())[0])
    assert screen.slip_overlay.isVisible()
    screen.reset()
    assert not screen.slip_overlay.isVisible() and screen.slip_overlay.panel.view.slip() is None


def test_back_leaves_the_detail_first_then_the_screen(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "year_car_tax_second_half"), Qt.MouseButton.LeftButton)
    assert screen.go_back() is True
    assert screen.pages.currentWidget() is screen.overview
    assert screen.go_back() is False


def test_year_overview_moves_between_years(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    assert text_of(screen, "yearHeading") == "Year overview 2027"
    assert "(ended)" in button(screen, "year_car_tax_first_half").text()
    qtbot.mouseClick(button(screen, "nextYearButton"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "yearHeading") == "Year overview 2028"
    car_tax = button(screen, "year_car_tax_second_half").text()
    assert "16 Dec (Sat) – 2 Jan (Tue)" in car_tax  # 2028-12-31 is a Sunday, 1 January a holiday
    qtbot.mouseClick(button(screen, "year_car_tax_second_half"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "detailLastDay") == "Last day: Tue 2 January 2029"


def test_acquisition_tax_is_shown_as_a_rule(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "rule_acquisition_tax"), Qt.MouseButton.LeftButton)
    assert "60 days" in text_of(screen, "detailRule")


def test_prepayment_detail_shows_the_discount_of_that_year(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "previousYearButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(screen, "year_car_tax_prepayment_january"), Qt.MouseButton.LeftButton)
    labels = [label.text() for label in screen.detail.findChildren(QLabel)]
    assert any(text.startswith("5 %: on the months paid in advance") for text in labels)


def test_reset_returns_to_this_years_overview(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "nextYearButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(screen, "year_property_tax_second_half"), Qt.MouseButton.LeftButton)
    screen.reset()
    assert screen.pages.currentWidget() is screen.overview
    assert text_of(screen, "yearHeading") == "Year overview 2027"


def test_korean_content_follows_the_language(screen: ScheduleScreen) -> None:
    use_language("ko")
    screen.retranslateUi()
    due = button(screen, "dueNow_property_tax_first_half").text()
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
    qtbot, screen: ScheduleScreen, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _extend_on_another_kiosk(screen, date(2027, 8, 6))
    screen.entered()  # the resident comes back to the screen
    due = button(screen, "dueNow_property_tax_first_half").text()
    assert "Last day: Fri 6 August 2027   (extended)" in due and "Due in 17 days" in due
    assert "(extended)" in button(screen, "year_property_tax_first_half").text()
    qtbot.mouseClick(button(screen, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "detailLastDay") == "Last day: Fri 6 August 2027"
    assert text_of(screen, "detailExtended") == (
        "Extended: by the rule the last day was Mon 2 August 2027. Reason: ETAX outage"
    )
    assert screen.findChild(QLabel, "detailMoved") is None  # extended, not moved by the weekend rule

    qtbot.mouseClick(button(screen, "schedulePrintButton"), Qt.MouseButton.LeftButton)
    slip = screen.slip_overlay.panel.view.slip()
    assert ("Last day", "Fri 6 August 2027") in slip.lines
    assert "Extended from Mon 2 August 2027 (the rule's last day). Reason: ETAX outage" in slip.lines
    # The slip on paper (rendered to PDF through the printing service, as a printer would get it).
    pdf = tmp_path / "slip.pdf"
    assert screen.context.printing.save_pdf(slip, pdf).printed
    assert "6 August 2027" in pdf_words(pdf) and "ETAX outage" in pdf_words(pdf)


def test_an_extension_shows_in_korean_with_its_korean_reason(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    _extend_on_another_kiosk(screen, date(2027, 8, 6))
    use_language("ko")
    screen.retranslateUi()
    qtbot.mouseClick(button(screen, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    extended = text_of(screen, "detailExtended")
    assert (
        "기한이 연장되었습니다" in extended
        and "2027년 8월 2일 (월)" in extended
        and "ETAX 장애로 연장" in extended
    )
    use_language("en")


def test_a_detail_open_while_staff_extend_shows_the_new_day_on_return(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "dueNow_property_tax_first_half"), Qt.MouseButton.LeftButton)
    _extend_on_another_kiosk(screen, date(2027, 8, 9))
    screen.entered()
    assert text_of(screen, "detailLastDay") == "Last day: Mon 9 August 2027"


def test_the_2027_prepayment_rate_is_not_guessed(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "year_car_tax_prepayment_june"), Qt.MouseButton.LeftButton)
    labels = [label.text() for label in screen.detail.findChildren(QLabel)]
    assert any(
        "The discount for 2027 has not been announced yet, so the kiosk cannot show it" in t for t in labels
    )
    assert not any(" %: on the months paid in advance" in t for t in labels)


def test_the_january_2026_extension_is_on_the_2026_overview(qtbot, screen: ScheduleScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(screen, "previousYearButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(screen, "year_car_tax_prepayment_january"), Qt.MouseButton.LeftButton)
    assert text_of(screen, "detailLastDay") == "Last day: Wed 4 February 2026"
    assert "Wetax outage" in text_of(screen, "detailExtended")
