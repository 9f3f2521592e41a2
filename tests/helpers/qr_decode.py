"""Decode QR codes the way a phone would see them: PDF -> PNG with poppler, then zbar and zxing-cpp."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_to_pngs(pdf: Path, dpi: int = 200) -> list[Path]:
    """Rasterise every page of `pdf` with `pdftoppm -r DPI -png`."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def zbar_decode(png: Path) -> list[str]:
    """Every QR payload zbarimg finds in `png`."""
    done = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False)
    return [line for line in done.stdout.splitlines() if line]


def zxing_decode(png: Path) -> list[str]:
    """Every QR payload zxing-cpp finds in `png`."""
    import zxingcpp
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def pdf_text(pdf: Path) -> str:
    """The text layer of `pdf` (`pdftotext -layout`)."""
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_page_size_pt(pdf: Path) -> tuple[float, float]:
    """Width and height of the first page in points, from `pdfinfo`."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    line = next(x for x in info.splitlines() if x.startswith("Page size:"))
    parts = line.split()
    return float(parts[2]), float(parts[4])


def pdf_words(pdf: Path) -> str:
    """The text layer with all runs of white space (line wraps, layout columns) folded to one space."""
    return " ".join(pdf_text(pdf).split())
