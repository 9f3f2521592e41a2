"""Slip printing: one 80 mm slip with a QR code rendered to PDF, next to drawing the same QR code alone."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from common import ROOT, median, row

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 50


def main() -> int:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

    from kiosk.config import default_config
    from kiosk.domain.clock import ManualClock
    from kiosk.domain.links import link_slip
    from kiosk.services.links import station_links
    from kiosk.services.printing import PrintService
    from kiosk.services.qr import draw_qr, make_qr
    from kiosk.services.slip_render import PAPERS

    _app = QGuiApplication(["bench"])
    clock = ManualClock(datetime(2026, 12, 1, 10, 0))
    catalogue = station_links(default_config())
    slip = link_slip(catalogue.find("consultation"), catalogue, "ko", clock.now())
    with tempfile.TemporaryDirectory() as folder:
        service = PrintService(None, PAPERS["80mm"], clock, Path(folder))
        service.save_pdf(slip, Path(folder) / "warm.pdf")  # fonts load once; not counted
        slip_times, qr_times = [], []
        for i in range(RUNS):
            started = time.perf_counter()
            result = service.save_pdf(slip, Path(folder) / f"slip-{i}.pdf")
            slip_times.append(time.perf_counter() - started)
            assert result.printed, result.reason
            # The same QR code alone: matrix and vector drawing into a PDF page of the same size.
            started = time.perf_counter()
            writer = QPdfWriter(str(Path(folder) / f"qr-{i}.pdf"))
            painter = QPainter(writer)
            side = writer.width() * 44 / 80
            draw_qr(painter, QRectF(0, 0, side, side), make_qr(slip.qr_payload or ""))
            painter.end()
            qr_times.append(time.perf_counter() - started)
    print(
        row(
            "80 mm QR slip to PDF (median)",
            median(slip_times) * 1000,
            "ms",
            "the same QR code alone to PDF",
            median(qr_times) * 1000,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
