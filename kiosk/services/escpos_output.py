"""Raw ESC/POS receipt printers (USB, network, device file) through python-escpos, an optional extra.

The slip is painted by the same layout code as paper and PDF into a 1-bit image at the head's 8 dots
per mm and sent as a raster image: receipt printers rarely carry Hangul fonts, and the QR code stays
exactly what the screen shows.
"""

from __future__ import annotations

import logging
import re
import socket
from typing import Any

from PySide6.QtGui import QImage

from kiosk.services.printing import PrintError, PrintProblem
from kiosk.services.slip_render import SlipLayout, render_image

log = logging.getLogger(__name__)

DOTS_PER_MM = 8  # 203 dpi thermal heads
CONNECT_TIMEOUT_S = 5.0
STATUS_TIMEOUT_S = 1.0
TARGET_FORMS = "usb:VENDOR:PRODUCT (hex), tcp:HOST[:PORT] or file:/dev/usb/lp0"
_USB = re.compile(r"^usb:(0x[0-9a-fA-F]{1,4}|[0-9a-fA-F]{1,4}):(0x[0-9a-fA-F]{1,4}|[0-9a-fA-F]{1,4})$")
_TCP = re.compile(r"^tcp:(?://)?([^:/]+)(?::(\d{1,5}))?/?$")


class EscPosOutput:
    """An ESC/POS printer named by `printer.escpos_target`."""

    def __init__(self, target: str) -> None:
        self.target = target.strip()
        self.description = f"ESC/POS printer {self.target or '(no target)'}"

    def send(self, layout: SlipLayout) -> None:
        """Check paper where the printer answers, print the slip as a raster image and cut."""
        device = self._device()
        try:
            if _paper_state(device) == 0:
                raise PrintError(PrintProblem.OUT_OF_PAPER, f"{self.target} reports no paper")
            image = render_image(layout, DOTS_PER_MM)
            _set_media_width(device, image.width())
            device.image(_to_pil(image), impl="bitImageRaster")
            device.cut()
        except PrintError:
            raise
        except OSError as err:
            raise PrintError(PrintProblem.OFFLINE, f"{self.target}: {err}") from err
        except Exception as err:
            if type(err).__module__.startswith(("escpos", "usb")):
                raise PrintError(PrintProblem.JOB_FAILED, f"{self.target}: {err}") from err
            raise
        finally:
            _close_quietly(device)

    def _device(self) -> Any:
        try:
            from escpos import exceptions, printer
        except ImportError as err:
            raise PrintError(
                PrintProblem.PRINTER_NOT_FOUND,
                "python-escpos is not installed (pip install 'seocho-tax-kiosk[escpos]')",
            ) from err
        device = _device_for(self.target, printer)
        try:
            device.open()
        except (exceptions.DeviceNotFoundError, exceptions.USBNotFoundError, OSError) as err:
            raise PrintError(PrintProblem.OFFLINE, f"cannot reach {self.target}: {err}") from err
        return device


def _device_for(target: str, printer: Any) -> Any:
    if match := _USB.match(target):
        return printer.Usb(int(match[1], 16), int(match[2], 16), timeout=int(CONNECT_TIMEOUT_S * 1000))
    if match := _TCP.match(target):
        return printer.Network(match[1], int(match[2] or 9100), timeout=CONNECT_TIMEOUT_S)
    if target.startswith("file:") and len(target) > len("file:"):
        return printer.File(target.removeprefix("file:"))
    raise PrintError(
        PrintProblem.PRINTER_NOT_FOUND,
        f"printer.escpos_target {target!r} is not one of: {TARGET_FORMS}",
    )


def _paper_state(device: Any) -> int | None:
    """2 plenty, 1 near end, 0 none; None when the printer (or its connection) cannot answer."""
    sock = getattr(device, "_device", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(STATUS_TIMEOUT_S)
    try:
        return int(device.paper_status())
    except Exception as err:
        log.info("paper status unknown: %r", err)
        return None
    finally:
        if isinstance(sock, socket.socket):
            sock.settimeout(CONNECT_TIMEOUT_S)


def _set_media_width(device: Any, width_dots: int) -> None:
    # The default profile does not know the paper width and would print a warning on stdout.
    data = dict(device.profile.profile_data)
    data["media"] = {
        "dpi": round(DOTS_PER_MM * 25.4),
        "width": {"mm": width_dots // DOTS_PER_MM, "pixels": width_dots},
    }
    device.profile.profile_data = data


def _to_pil(image: QImage) -> Any:
    from PIL import Image  # installed with python-escpos

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pil = Image.frombuffer(
        "L", (gray.width(), gray.height()), bytes(gray.constBits()), "raw", "L", gray.bytesPerLine(), 1
    )
    # Threshold rather than dither: QR modules and text must stay solid black.
    return pil.point(lambda v: 255 if v >= 128 else 0, mode="1")


def _close_quietly(device: Any) -> None:
    try:
        device.close()
    except Exception as err:
        log.info("closing %s: %r", type(device).__name__, err)
