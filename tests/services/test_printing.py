"""The print service never raises and never pretends: printed, not printed, or failed with a reason."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtGui import QImage

from kiosk.config import default_config
from kiosk.domain.clock import ManualClock
from kiosk.domain.slip import Slip
from kiosk.services.escpos_output import DOTS_PER_MM, EscPosOutput
from kiosk.services.printing import PrintProblem, PrintService, PrintStatus, slip_pdf_dir
from kiosk.services.slip_outputs import SystemPrinterOutput
from kiosk.services.slip_render import PAPERS, SlipLayout, render_image
from tests.helpers.fake_escpos import PAPER_OUT, FakeEscPosPrinter

SLIP = Slip("번호표", ["A-017", ("대기", "3명")], "https://etax.seoul.go.kr", footer="서초구청")
RASTER_IMAGE = b"\x1dv0"  # GS v 0
CUT = b"\x1dV"  # GS V


@pytest.fixture
def fake_printer() -> Iterator[FakeEscPosPrinter]:
    printer = FakeEscPosPrinter()
    yield printer
    printer.close()


def _service(output: object, clock: ManualClock, tmp_path: Path, paper: str = "80mm") -> PrintService:
    return PrintService(output, PAPERS[paper], clock, tmp_path / "slips")  # type: ignore[arg-type]


def test_no_printer_means_not_printed_and_shown_on_screen(no_printer: PrintService) -> None:
    result = no_printer.print_slip(SLIP)
    assert result.status is PrintStatus.NOT_PRINTED
    assert not result.printed
    assert result.problem is PrintProblem.NO_PRINTER
    assert result.reason == "No printer is configured: the slip is shown on screen"
    assert no_printer.unprinted() == (SLIP,)


def test_config_kind_none_builds_a_service_without_printer(qapp: object, clock: ManualClock) -> None:
    service = PrintService.from_config(default_config(), clock)
    assert not service.has_printer
    assert service.pdf_dir == slip_pdf_dir()
    assert service.print_slip(SLIP).status is PrintStatus.NOT_PRINTED


def test_save_as_pdf_goes_to_the_slips_folder_in_user_data(qapp: object, clock: ManualClock) -> None:
    service = PrintService.from_config(default_config(), clock)
    first, second = service.save_pdf(SLIP), service.save_pdf(SLIP)
    assert first.printed and second.printed
    files = sorted(slip_pdf_dir().glob("*.pdf"))
    assert [f.name for f in files] == ["20261201-103000-slip-2.pdf", "20261201-103000-slip.pdf"]
    assert str(slip_pdf_dir()).startswith(str(Path(__import__("os").environ["KIOSK_DATA_DIR"])))


def test_missing_system_printer_is_a_failure_naming_it(
    qapp: object, clock: ManualClock, tmp_path: Path
) -> None:
    result = _service(SystemPrinterOutput("Lobby-Receipt"), clock, tmp_path).print_slip(SLIP)
    assert result.status is PrintStatus.FAILED
    assert result.problem is PrintProblem.PRINTER_NOT_FOUND
    assert "no printer named 'Lobby-Receipt' (printer.name)" in result.reason


def test_config_kind_system_uses_the_named_printer(qapp: object, clock: ManualClock) -> None:
    config = default_config()
    config = dataclasses.replace(
        config, printer=dataclasses.replace(config.printer, kind="system", name="Front")
    )
    result = PrintService.from_config(config, clock).print_slip(SLIP)
    assert result.problem is PrintProblem.PRINTER_NOT_FOUND
    assert "'Front'" in result.detail


def test_escpos_printer_receives_a_raster_image_and_a_cut(
    qapp: object, clock: ManualClock, tmp_path: Path, fake_printer: FakeEscPosPrinter
) -> None:
    service = _service(EscPosOutput(fake_printer.target), clock, tmp_path)
    result = service.print_slip(SLIP)
    assert result.status is PrintStatus.PRINTED, result.reason
    data = fake_printer.wait()
    assert RASTER_IMAGE in data and data.rindex(CUT) > data.index(RASTER_IMAGE)
    # GS v 0 m xL xH: 72 printable mm at 8 dots/mm = 576 dots = 72 bytes per raster row.
    header = data.index(RASTER_IMAGE)
    assert data[header + 4 : header + 6] == (72).to_bytes(2, "little")
    assert service.unprinted() == ()


def test_58mm_escpos_raster_is_384_dots_wide(
    qapp: object, clock: ManualClock, tmp_path: Path, fake_printer: FakeEscPosPrinter
) -> None:
    assert _service(EscPosOutput(fake_printer.target), clock, tmp_path, "58mm").print_slip(SLIP).printed
    data = fake_printer.wait()
    header = data.index(RASTER_IMAGE)
    assert data[header + 4 : header + 6] == (384 // 8).to_bytes(2, "little")


def test_escpos_out_of_paper_is_reported_and_nothing_is_printed(
    qapp: object, clock: ManualClock, tmp_path: Path
) -> None:
    printer = FakeEscPosPrinter(paper_reply=PAPER_OUT)
    try:
        service = _service(EscPosOutput(printer.target), clock, tmp_path)
        result = service.print_slip(SLIP)
        assert result.problem is PrintProblem.OUT_OF_PAPER
        assert result.reason.startswith("The printer is out of paper")
        assert RASTER_IMAGE not in printer.wait()
        assert service.unprinted() == (SLIP,)
    finally:
        printer.close()


def test_escpos_printer_that_is_off_is_offline(qapp: object, clock: ManualClock, tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # nothing listens there once the probe is closed
    result = _service(EscPosOutput(f"tcp:127.0.0.1:{port}"), clock, tmp_path).print_slip(SLIP)
    assert result.status is PrintStatus.FAILED
    assert result.problem is PrintProblem.OFFLINE
    assert f"cannot reach tcp:127.0.0.1:{port}" in result.detail


def test_escpos_device_file_target(qapp: object, clock: ManualClock, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    assert _service(EscPosOutput(f"file:{device}"), clock, tmp_path).print_slip(SLIP).printed
    assert RASTER_IMAGE in device.read_bytes()


@pytest.mark.parametrize("target", ["", "lpt1", "usb:zz:1", "tcp:"])
def test_bad_escpos_target_names_the_configuration_key(
    qapp: object, clock: ManualClock, tmp_path: Path, target: str
) -> None:
    result = _service(EscPosOutput(target), clock, tmp_path).print_slip(SLIP)
    assert result.problem is PrintProblem.PRINTER_NOT_FOUND
    assert "printer.escpos_target" in result.detail


def test_unprinted_slips_can_be_reprinted_once_the_printer_is_back(
    qapp: object, clock: ManualClock, tmp_path: Path, fake_printer: FakeEscPosPrinter
) -> None:
    service = _service(EscPosOutput("tcp:127.0.0.1:1"), clock, tmp_path)
    assert not service.print_slip(SLIP).printed
    service.output = EscPosOutput(fake_printer.target)
    assert [r.status for r in service.reprint_unprinted()] == [PrintStatus.PRINTED]
    assert service.unprinted() == ()
    assert RASTER_IMAGE in fake_printer.wait()


def test_an_unexpected_driver_error_becomes_a_failed_result(
    qapp: object, clock: ManualClock, tmp_path: Path
) -> None:
    class BrokenDriver:
        description = "broken driver"

        def send(self, layout: object) -> None:
            raise RuntimeError("driver crashed")

    result = _service(BrokenDriver(), clock, tmp_path).print_slip(SLIP)
    assert result.problem is PrintProblem.JOB_FAILED
    assert "driver crashed" in result.detail


def test_the_receipt_head_image_is_the_printable_width_and_its_code_decodes(qapp: object) -> None:
    image = render_image(SlipLayout(SLIP, PAPERS["58mm"]), DOTS_PER_MM)
    assert image.width() == 384  # 48 printable mm at 8 dots/mm
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    assert [b.text for b in zxingcpp.read_barcodes(gray)] == [SLIP.qr_payload]
