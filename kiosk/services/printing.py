"""The one printing service every feature calls with a `Slip`.

It never raises to the GUI and never pretends: the result says printed, not printed (no printer is
configured: the slip is shown on screen) or failed with a reason. The feature that asked
(a booking, a queue ticket) is saved before it prints and stays saved whatever happens here.
"""

from __future__ import annotations

import enum
import logging
import re
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from kiosk import paths
from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.domain.errors import KioskError
from kiosk.domain.slip import Slip
from kiosk.services.qr import QrTooLong
from kiosk.services.slip_render import PAPERS, Paper, SlipLayout

log = logging.getLogger(__name__)

UNPRINTED_KEPT = 20  # failed slips kept in memory for staff to reprint (and forgotten by the retention job)


class PrintStatus(enum.Enum):
    PRINTED = "printed"
    NOT_PRINTED = "not printed"  # no printer configured: the slip is shown on screen instead
    FAILED = "failed"


class PrintProblem(enum.Enum):
    """Why a slip did not print; the GUI maps each to a translated sentence."""

    NO_PRINTER = "no printer is configured"
    PRINTER_NOT_FOUND = "the printer was not found"
    OFFLINE = "the printer is offline"
    OUT_OF_PAPER = "the printer is out of paper"
    JOB_FAILED = "the print job failed"
    SLIP_UNPRINTABLE = "the slip cannot be laid out on this paper"


class PrintError(KioskError):
    """Raised by an output; the service turns it into a failed PrintResult."""

    def __init__(self, problem: PrintProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class PrintResult:
    status: PrintStatus
    problem: PrintProblem | None = None
    detail: str = ""  # plain English for staff and logs (never personal data)
    output: str = ""  # which output was used, e.g. "PDF /path/slip.pdf"

    @property
    def printed(self) -> bool:
        return self.status is PrintStatus.PRINTED

    @property
    def reason(self) -> str:
        """One plain English sentence: what happened."""
        if self.printed:
            return f"Printed ({self.output})." if self.output else "Printed."
        text = self.problem.value if self.problem else "not printed"
        text = text[0].upper() + text[1:]
        return f"{text}: {self.detail}" if self.detail else f"{text}."


class SlipOutput(Protocol):
    """A place slips go to: a PDF file, a system (CUPS) printer, an ESC/POS receipt printer."""

    description: str

    def send(self, layout: SlipLayout) -> None:
        """Print the laid-out slip; raise PrintError with the problem when it cannot."""
        ...


class PrintService:
    """Lays out slips for the configured paper and sends them to the configured output."""

    def __init__(self, output: SlipOutput | None, paper: Paper, clock: Clock, pdf_dir: Path) -> None:
        self.output = output
        self.paper = paper
        self.clock = clock
        self.pdf_dir = pdf_dir
        # With the moment each was kept: a booking slip holds its code and phone digits.
        self._unprinted: deque[tuple[datetime, Slip]] = deque(maxlen=UNPRINTED_KEPT)

    @classmethod
    def from_config(cls, config: Config, clock: Clock) -> PrintService:
        """The service for `[printer]`: kind none, system (Qt/CUPS) or escpos (python-escpos)."""
        return cls(output_from_config(config), PAPERS[config.printer.paper], clock, slip_pdf_dir())

    @property
    def has_printer(self) -> bool:
        return self.output is not None

    def print_slip(self, slip: Slip) -> PrintResult:
        """Print `slip`; never raises. A slip that did not print is kept for `reprint_unprinted`."""
        result = self._print(slip)
        if result.status is not PrintStatus.PRINTED:
            self._unprinted.append((self.clock.now(), slip))
        return result

    def unprinted(self) -> tuple[Slip, ...]:
        """Slips that did not print since the kiosk started (newest last), for staff to reprint."""
        return tuple(slip for _kept, slip in self._unprinted)

    def reprint_unprinted(self) -> list[PrintResult]:
        """Try every unprinted slip again; those that fail again stay in the list."""
        pending = [slip for _kept, slip in self._unprinted]
        self._unprinted.clear()
        return [self.print_slip(slip) for slip in pending]

    def forget_unprinted(self, before: datetime) -> int:
        """Drop the unprinted slips kept before `before` (the retention job); returns how many."""
        kept = [(when, slip) for when, slip in self._unprinted if when >= before]
        forgotten = len(self._unprinted) - len(kept)
        self._unprinted = deque(kept, maxlen=UNPRINTED_KEPT)
        return forgotten

    def save_pdf(self, slip: Slip, path: Path | None = None, paper: Paper | None = None) -> PrintResult:
        """Write `slip` as a PDF (default: a new file in the slips folder, which the retention job
        empties); never raises. For staff and checks: residents are never offered a file."""
        target = path or self.pdf_dir / self._pdf_name(slip)
        from kiosk.services.slip_outputs import PdfOutput  # Qt print support only when used

        return self._send(slip, PdfOutput(target), paper or self.paper)

    def _print(self, slip: Slip) -> PrintResult:
        if self.output is None:
            return PrintResult(
                PrintStatus.NOT_PRINTED, PrintProblem.NO_PRINTER, "the slip is shown on screen"
            )
        return self._send(slip, self.output, self.paper)

    def _send(self, slip: Slip, output: SlipOutput, paper: Paper) -> PrintResult:
        try:
            layout = SlipLayout(slip, paper)
            output.send(layout)
        except QrTooLong as err:
            return PrintResult(
                PrintStatus.FAILED, PrintProblem.SLIP_UNPRINTABLE, str(err), output.description
            )
        except PrintError as err:
            log.warning("slip not printed on %s: %s", output.description, err)
            return PrintResult(PrintStatus.FAILED, err.problem, err.detail, output.description)
        except Exception as err:
            # A driver can fail in ways no one listed; the resident still gets the slip on screen.
            log.exception("unexpected failure printing on %s", output.description)
            return PrintResult(PrintStatus.FAILED, PrintProblem.JOB_FAILED, repr(err), output.description)
        log.info("slip printed on %s", output.description)
        return PrintResult(PrintStatus.PRINTED, output=output.description)

    def _pdf_name(self, slip: Slip) -> str:
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        slug = re.sub(r"[^A-Za-z0-9]+", "-", slip.title).strip("-").lower()[:40] or "slip"
        name = f"{stamp}-{slug}.pdf"
        counter = 1
        while (self.pdf_dir / name).exists():
            counter += 1
            name = f"{stamp}-{slug}-{counter}.pdf"
        return name


def slip_pdf_dir() -> Path:
    """Where `PrintService.save_pdf` puts slips by default: a folder in the kiosk's user data folder."""
    return paths.user_data_dir() / "slips"


def output_from_config(config: Config) -> SlipOutput | None:
    """The output `[printer] kind` names; None for "none" (slips are shown on screen)."""
    kind = config.printer.kind
    if kind == "system":
        from kiosk.services.slip_outputs import SystemPrinterOutput

        return SystemPrinterOutput(config.printer.name)
    if kind == "escpos":
        from kiosk.services.escpos_output import EscPosOutput

        return EscPosOutput(config.printer.escpos_target)
    return None
