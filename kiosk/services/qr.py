"""QR codes from the `qrcode` package's matrix, drawn as vector rectangles with QPainter.

Vector rectangles stay crisp at any resolution (screen, 203 dpi thermal head, PDF). Runs of dark
modules are merged into as few rectangles as possible and filled as one path, so that a rasteriser
leaves no hairline seams between neighbouring modules.
"""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
import qrcode.constants
import qrcode.exceptions
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from kiosk.domain.errors import KioskError
from kiosk.domain.uri import iri_to_uri, is_http_url

QUIET_ZONE = 4  # modules of light margin on each side, as ISO/IEC 18004 requires
LARGEST_VERSION = 40


class QrTooLong(KioskError):  # noqa: N818 -- refusals are named for what happened (cf. SlotTaken)
    """The payload does not fit in a QR code of the largest version allowed here."""

    def __init__(self, length: int, max_version: int, where: str = "") -> None:
        place = f" {where}" if where else ""
        super().__init__(
            f"This address is too long for a QR code{place}: {length} characters need more than "
            f"QR version {max_version} allows. Use a shorter address."
        )
        self.length = length
        self.max_version = max_version


@dataclass(frozen=True)
class QrMatrix:
    """Dark (True) and light modules, quiet zone included; `version` is the QR symbol version."""

    modules: tuple[tuple[bool, ...], ...]
    version: int
    payload: str

    @property
    def size(self) -> int:
        """Modules per side, quiet zone included."""
        return len(self.modules)


def qr_payload(text: str) -> str:
    """The text a QR code should carry: http(s) addresses as ASCII URIs, anything else unchanged."""
    return iri_to_uri(text) if is_http_url(text) else text


def make_qr(text: str, max_version: int = LARGEST_VERSION, where: str = "") -> QrMatrix:
    """Encode `text` with error correction M; QrTooLong when it needs a version above `max_version`."""
    payload = qr_payload(text)
    code = qrcode.QRCode(version=None, error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload)
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError) as err:
        # qrcode raises DataOverflowError, or ValueError for an invalid version, beyond version 40.
        raise QrTooLong(len(payload), min(max_version, LARGEST_VERSION), where) from err
    if code.version > max_version:
        raise QrTooLong(len(payload), max_version, where)
    modules = tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
    return QrMatrix(modules=modules, version=code.version, payload=payload)


def dark_rects(matrix: QrMatrix) -> list[tuple[int, int, int, int]]:
    """Dark areas as (x, y, width, height) in modules: horizontal runs, stacked where rows repeat."""
    open_rects: dict[tuple[int, int], list[int]] = {}  # (x, width) -> [x, y, width, height]
    done: list[tuple[int, int, int, int]] = []
    for y, row in enumerate(matrix.modules):
        runs = set(_runs(row))
        for key in list(open_rects):
            if key not in runs:
                done.append(tuple(open_rects.pop(key)))  # type: ignore[arg-type]
        for key in runs:
            if key in open_rects:
                open_rects[key][3] += 1
            else:
                open_rects[key] = [key[0], y, key[1], 1]
    done.extend(tuple(r) for r in open_rects.values())  # type: ignore[misc]
    return sorted(done, key=lambda r: (r[1], r[0]))


def draw_qr(painter: QPainter, rect: QRectF, matrix: QrMatrix, dark: QColor | None = None) -> None:
    """Draw `matrix` (quiet zone included, painted light) into the square centred in `rect`."""
    side = min(rect.width(), rect.height())
    module = side / matrix.size
    left = rect.x() + (rect.width() - side) / 2
    top = rect.y() + (rect.height() - side) / 2
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for x, y, w, h in dark_rects(matrix):
        path.addRect(QRectF(left + x * module, top + y * module, w * module, h * module))
    painter.save()
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(dark or QColor("black"))
    painter.drawPath(path)
    painter.restore()


def _runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for x, cell in enumerate((*row, False)):
        if cell and start is None:
            start = x
        elif not cell and start is not None:
            runs.append((start, x - start))
            start = None
    return runs
