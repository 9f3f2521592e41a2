"""The system printer output through Qt and a real (private) CUPS scheduler."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.cups_server import CupsServer
from tests.helpers.qr_decode import pdf_page_size_pt, pdf_to_pngs, pdf_words, zbar_decode

URL = "https://zep.us/play/seocho-tax-station?room=consultation"
# libcups reads CUPS_SERVER once per process, so each print runs in a fresh interpreter.
PRINT_ONE = f"""
import json, sys
from datetime import datetime
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["test"])
from kiosk.domain.clock import ManualClock
from kiosk.domain.slip import Slip
from kiosk.services.printing import PrintService
from kiosk.services.slip_outputs import SystemPrinterOutput
from kiosk.services.slip_render import PAPERS
clock = ManualClock(datetime(2026, 12, 1))
service = PrintService(SystemPrinterOutput(sys.argv[1]), PAPERS["80mm"], clock, Path("."))
result = service.print_slip(Slip("세무 상담실", ["상담 시간 10:00-12:00"], {URL!r}, footer="서초구청"))
print(json.dumps({{"status": result.status.value, "problem": result.problem and result.problem.name,
                   "detail": result.detail}}))
"""


@pytest.fixture
def cups(tmp_path: Path) -> Iterator[CupsServer]:
    server = CupsServer(tmp_path / "cups")
    server.add_raw_queue("LobbyPrinter")
    yield server
    server.stop()


def _print(cups: CupsServer, printer: str) -> dict[str, str]:
    env = dict(cups.env, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parents[2]))
    done = subprocess.run(
        [sys.executable, "-c", PRINT_ONE, printer], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_cups_printer_receives_the_slip_with_a_working_qr_code(cups: CupsServer) -> None:
    assert _print(cups, "LobbyPrinter") == {"status": "printed", "problem": None, "detail": ""}
    (document,) = cups.spooled_documents()
    pdf = document.with_suffix(".pdf")
    pdf.write_bytes(document.read_bytes())
    assert round(pdf_page_size_pt(pdf)[0] * 25.4 / 72) == 80  # the receipt width reached the queue
    (png,) = pdf_to_pngs(pdf)
    assert zbar_decode(png) == [URL]
    assert "세무 상담실" in pdf_words(pdf) and "서초구청" in pdf_words(pdf)


def test_a_stopped_cups_queue_is_reported_offline(cups: CupsServer) -> None:
    cups.admin("cupsdisable", "LobbyPrinter")
    result = _print(cups, "LobbyPrinter")
    assert result["status"] == "failed"
    assert result["problem"] == "OFFLINE"
    assert "LobbyPrinter reports an error or is stopped" in result["detail"]
    assert cups.spooled_documents() == []


def test_an_unknown_cups_printer_lists_the_known_ones(cups: CupsServer) -> None:
    result = _print(cups, "Front-Desk")
    assert result["problem"] == "PRINTER_NOT_FOUND"
    assert "no printer named 'Front-Desk' (printer.name); printers known: LobbyPrinter" in result["detail"]
