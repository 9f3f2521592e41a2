"""The QR screen as a resident uses it: choose a link, scan the code on screen, print or save the slip."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk.config import Config, default_config
from kiosk.services.printing import PrintStatus, slip_pdf_dir
from tests.helpers.fake_escpos import FakeEscPosPrinter
from tests.helpers.kiosk_window import make_window
from tests.helpers.qr_decode import pdf_to_pngs, pdf_words, zbar_decode

STATION = default_config().station


def _open_qr_screen(qtbot, database_url: str, config: Config | None = None):
    window = make_window(database_url, config)
    qtbot.addWidget(window)
    window.show()
    home = window.navigator.current_screen
    tile = next(t for t in home.tiles() if t.property("route") == "qr")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "qr"
    return window, window.navigator.current_screen


def _decode_widget(widget: QWidget) -> list[str]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


@pytest.fixture
def qr_window(qtbot, database_url: str) -> Iterator[tuple[object, object]]:
    window, screen = _open_qr_screen(qtbot, database_url)
    yield window, screen
    window.context.database.dispose()


def test_every_published_link_is_listed_with_its_korean_label(qr_window) -> None:
    window, screen = qr_window
    assert window.header.title_label.text() == "메타버스 QR 코드"
    assert [b.text() for b in screen.link_buttons] == [
        "서초 세무스테이션 (메타버스)",
        "세무 상담실",
        "세무 강의실",
        "서초구청 세무 안내",
        "서울시 이택스 (지방세 납부)",
    ]
    assert all(b.height() >= 80 for b in screen.link_buttons)
    assert screen.link_buttons[0].isChecked()
    assert screen.heading.text() == "서초 세무스테이션 (메타버스)"
    assert "앱 설치 없이" in screen.explanation.text()
    assert _decode_widget(screen.qr_view) == [STATION.metaverse_url]


def test_choosing_a_link_shows_its_explanation_and_a_code_that_opens_it(qtbot, qr_window) -> None:
    _, screen = qr_window
    qtbot.mouseClick(screen.link_buttons[4], Qt.MouseButton.LeftButton)
    assert screen.link_buttons[4].isChecked() and not screen.link_buttons[0].isChecked()
    assert screen.heading.text() == "서울시 이택스 (지방세 납부)"
    assert screen.address.text().replace("\u200b", "") == STATION.payment_url  # break chances only
    assert _decode_widget(screen.qr_view) == [STATION.payment_url]
    assert screen.qr_view.width() >= 320


def test_language_switch_shows_english_labels_and_explanations(qtbot, qr_window) -> None:
    window, screen = qr_window
    qtbot.mouseClick(screen.link_buttons[1], Qt.MouseButton.LeftButton)
    window.set_language("en")
    assert window.header.title_label.text() == "Metaverse QR codes"
    assert screen.link_buttons[1].text() == "Tax Consultation Room"
    assert screen.heading.text() == "Tax Consultation Room"
    assert "book at least 7 days ahead" in screen.explanation.text()
    assert screen.print_button.text() == "Print this QR code"


def test_print_without_printer_shows_the_slip_and_says_nothing_was_printed(qtbot, qr_window) -> None:
    _, screen = qr_window
    qtbot.mouseClick(screen.link_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    panel = screen.slip_overlay.panel
    assert screen.slip_overlay.isVisible()
    assert panel.last_result.status is PrintStatus.NOT_PRINTED
    assert panel.message.text().startswith("인쇄되지 않았습니다. 이 키오스크에는 프린터가 없습니다.")
    assert not panel.print_button.isVisible()  # nothing to print on: no pretend Print button
    assert panel.view.slip().title == "세무 상담실"
    # What the resident sees is what would print: the slip on screen carries the same working code.
    assert _decode_widget(panel.view) == [STATION.consultation_room_url]


def test_the_slip_shown_prints_a_working_code_and_nothing_is_saved_on_the_kiosk(
    qtbot, qr_window, tmp_path: Path
) -> None:
    _, screen = qr_window
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    panel = screen.slip_overlay.panel
    assert "PDF" not in panel.message.text()
    assert not slip_pdf_dir().exists()  # no file for the next resident to find
    # What would print (the printing service's PDF output, as a printer gets it) decodes with zbar.
    pdf = tmp_path / "slip.pdf"
    assert screen.context.printing.save_pdf(panel.view.slip(), pdf).printed
    (png,) = pdf_to_pngs(pdf)
    assert zbar_decode(png) == [STATION.metaverse_url]
    assert "서초 세무스테이션 (메타버스)" in pdf_words(pdf)


def test_close_and_idle_reset_hide_the_slip_and_forget_the_choice(qtbot, qr_window) -> None:
    window, screen = qr_window
    qtbot.mouseClick(screen.link_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.slip_overlay.panel.close_button, Qt.MouseButton.LeftButton)
    assert not screen.slip_overlay.isVisible()
    assert screen.slip_overlay.panel.view.slip() is None
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    window.reset_session()
    assert not screen.slip_overlay.isVisible()
    assert screen.slip_overlay.panel.view.slip() is None
    assert screen.link_buttons[0].isChecked()
    assert window.navigator.current_route == "home"


def test_a_working_receipt_printer_prints_and_says_so(qtbot, database_url: str) -> None:
    printer = FakeEscPosPrinter()
    config = default_config()
    config = dataclasses.replace(
        config, printer=dataclasses.replace(config.printer, kind="escpos", escpos_target=printer.target)
    )
    window, screen = _open_qr_screen(qtbot, database_url, config)
    try:
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
        panel = screen.slip_overlay.panel
        assert panel.last_result.printed
        assert panel.message.text() == "인쇄했습니다. 프린터에서 안내지를 가져가세요."
        assert b"\x1dv0" in printer.wait()
        assert panel.print_button.isVisible() and panel.print_button.text() == "다시 인쇄"
    finally:
        printer.close()
        window.context.database.dispose()


def test_a_printer_that_is_off_gives_a_clear_message_and_the_slip_on_screen(qtbot, database_url: str) -> None:
    config = default_config()
    config = dataclasses.replace(
        config, printer=dataclasses.replace(config.printer, kind="escpos", escpos_target="tcp:127.0.0.1:1")
    )
    window, screen = _open_qr_screen(qtbot, database_url, config)
    try:
        window.set_language("en")
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
        panel = screen.slip_overlay.panel
        assert panel.last_result.status is PrintStatus.FAILED
        assert panel.message.text() == (
            "Nothing was printed: the printer is switched off or not connected. "
            "Your slip is shown here instead. Staff can print it again later."
        )
        assert panel.message.property("role") == "error"
        assert _decode_widget(panel.view) == [STATION.metaverse_url]
        assert window.context.printing.unprinted() == (panel.view.slip(),)
    finally:
        window.context.database.dispose()
