"""The reusable slip widgets other features embed: SlipPanel, SlipView, QrCodeView."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import zxingcpp
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.domain.clock import ManualClock
from kiosk.domain.slip import Slip
from kiosk.gui.i18n import Translations
from kiosk.gui.widgets.qr_view import QrCodeView
from kiosk.gui.widgets.slip_panel import SlipOverlay, SlipPanel
from kiosk.services.printing import PrintProblem, PrintService
from kiosk.services.qr import make_qr
from kiosk.services.slip_render import PAPERS

BOOKING = Slip(
    "Consultation booked",
    [("Date", "2026-12-09 10:20"), ("Phone", "010-****-5678")],
    "https://zep.us/play/seocho-tax-station?room=consultation",
    footer="Seocho-gu Office",
)


def _panel(qtbot, qapp, tmp_path: Path, paper: str = "80mm") -> SlipPanel:
    Translations(qapp).set_language("en")  # earlier window tests may have left Korean installed
    service = PrintService(None, PAPERS[paper], ManualClock(datetime(2026, 12, 1, 9, 0)), tmp_path / "slips")
    panel = SlipPanel(service)
    qtbot.addWidget(panel)
    panel.resize(1400, 800)
    panel.show()
    return panel


def _decode(widget) -> list[str]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return [b.text for b in zxingcpp.read_barcodes(image)]


def test_a_feature_can_show_a_slip_before_printing(qtbot, qapp, tmp_path: Path) -> None:
    panel = _panel(qtbot, qapp, tmp_path)
    panel.show_slip(BOOKING)
    assert panel.message.text() == "This is your slip."
    assert panel.last_result is None
    assert _decode(panel.view) == [BOOKING.qr_payload]


def test_printing_without_printer_keeps_the_slip_on_screen_and_saves_nothing(
    qtbot, qapp, tmp_path: Path
) -> None:
    panel = _panel(qtbot, qapp, tmp_path)
    with qtbot.waitSignal(panel.result_changed) as signal:
        panel.print_slip(BOOKING)
    assert signal.args[0].problem is PrintProblem.NO_PRINTER
    assert panel.message.text().startswith("Nothing was printed: this kiosk has no printer.")
    assert "PDF" not in panel.message.text()
    # A resident cannot take a file away: no button writes the slip to the kiosk's disk.
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert [b.objectName() for b in buttons] == ["slipCloseButton"]
    assert not any("PDF" in b.text() for b in panel.findChildren(QPushButton))
    assert not (tmp_path / "slips").exists()


def test_a_code_too_long_for_the_paper_is_explained_not_crashed(qtbot, qapp, tmp_path: Path) -> None:
    panel = _panel(qtbot, qapp, tmp_path, "58mm")
    panel.print_slip(Slip("Long", [], "https://etax.seoul.go.kr/?" + "q" * 600))
    assert panel.view.slip() is None
    assert "too long for a QR code on 58mm paper" in panel.view.problem
    assert panel.last_result.problem is PrintProblem.SLIP_UNPRINTABLE
    assert panel.message.text().endswith(
        "the address is too long for a QR code on this paper. Your slip is shown here instead. "
        "Staff can print it again later."
    )
    assert panel.message.property("role") == "error"


def test_qr_view_snaps_modules_to_whole_pixels_and_decodes(qtbot) -> None:
    view = QrCodeView(side=300)
    qtbot.addWidget(view)
    view.resize(300, 300)
    matrix = make_qr("https://etax.seoul.go.kr")
    view.set_matrix(matrix)
    view.show()
    image = view.grab().toImage()
    module = 300 // matrix.size
    left = (300 - module * matrix.size) // 2
    # The top-left finder pattern's outer ring starts exactly after 4 quiet-zone modules.
    edge = left + 4 * module
    assert image.pixelColor(edge, edge).lightness() == 0
    assert image.pixelColor(edge - 1, edge).lightness() == 255
    assert _decode(view) == ["https://etax.seoul.go.kr"]


def test_on_a_portrait_panel_the_slip_card_fits_its_width_and_the_message_goes_under_the_slip(
    qtbot, qapp, tmp_path: Path
) -> None:
    Translations(qapp).set_language("en")
    service = PrintService(None, PAPERS["80mm"], ManualClock(datetime(2026, 12, 1, 9, 0)), tmp_path / "slips")
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.resize(1920, 980)
    screen.show()
    overlay = SlipOverlay(screen, service)
    overlay.print_slip(BOOKING)
    panel = overlay.panel

    def message_at() -> QPoint:  # in the panel: the message sits in a column of its own
        return panel.message.mapTo(panel, QPoint(0, 0))

    qtbot.waitUntil(lambda: message_at().x() > panel.view.geometry().right())
    screen.resize(1080, 1500)  # the page on a 1080x1920 panel
    qtbot.waitUntil(lambda: message_at().y() > panel.view.geometry().bottom())
    card = overlay.card.geometry()
    assert card.left() > 0 and card.right() < screen.width()
    assert _decode(panel.view) == [BOOKING.qr_payload]
