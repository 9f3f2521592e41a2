"""Slip outputs through Qt: a PDF file, and the system printer (CUPS on Linux) through QPrinter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.private_files import create_private_file, private_folder
from kiosk.services.printing import PrintError, PrintProblem
from kiosk.services.slip_render import UNITS_PER_MM, SlipLayout

PDF_DPI = 600


def paint_pages(device: QPagedPaintDevice, layout: SlipLayout, dpi: float) -> bool:
    """Paint every page of `layout` on a PDF writer or printer; False when the device refused."""
    device.setPageSize(layout.page_size())
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(device):
        return False
    scale = dpi / 25.4 / UNITS_PER_MM
    for index in range(len(layout.pages)):
        if index:
            device.newPage()
        painter.save()
        painter.scale(scale, scale)
        layout.paint_page(painter, index)
        painter.restore()
    return painter.end()


class PdfOutput:
    """Writes the slip to one PDF file (vector QR, embedded Korean font)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"PDF {path}"

    def send(self, layout: SlipLayout) -> None:
        """Write the PDF; PrintError when the folder or file cannot be written."""
        try:
            private_folder(self.path.parent)
            # A slip may carry a booking code and phone digits: 0600 before Qt writes into it.
            create_private_file(self.path)
        except OSError as err:
            raise PrintError(PrintProblem.JOB_FAILED, f"cannot create {self.path}: {err}") from err
        writer = QPdfWriter(str(self.path))
        writer.setResolution(PDF_DPI)
        writer.setCreator("Seocho Tax Station kiosk")
        writer.setTitle(layout.slip.title)
        if not paint_pages(writer, layout, PDF_DPI):
            raise PrintError(PrintProblem.JOB_FAILED, f"cannot write {self.path}")


class SystemPrinterOutput:
    """A printer the operating system knows (CUPS on Linux): `name`, or the default printer when empty."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.description = f"system printer {name!r}" if name else "the default system printer"

    def send(self, layout: SlipLayout) -> None:
        """Print through QPrinter; no such printer, an offline queue or a failed job is a PrintError."""
        info = QPrinterInfo.printerInfo(self.name) if self.name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            known = ", ".join(QPrinterInfo.availablePrinterNames()) or "none"
            raise PrintError(
                PrintProblem.PRINTER_NOT_FOUND,
                f"no printer named {self.name!r} (printer.name); printers known: {known}"
                if self.name
                else f"no default printer (set printer.name); printers known: {known}",
            )
        # Qt reports only Idle/Active/Aborted/Error; CUPS folds offline and out of paper into Error.
        if info.state() == QPrinter.PrinterState.Error:
            raise PrintError(PrintProblem.OFFLINE, f"{info.printerName()} reports an error or is stopped")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(layout.slip.title)
        if not paint_pages(printer, layout, printer.resolution()):
            raise PrintError(PrintProblem.JOB_FAILED, f"{info.printerName()} refused the job")
        if printer.printerState() in (QPrinter.PrinterState.Aborted, QPrinter.PrinterState.Error):
            raise PrintError(PrintProblem.JOB_FAILED, f"{info.printerName()} aborted the job")
