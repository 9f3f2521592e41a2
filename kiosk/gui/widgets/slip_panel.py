"""Show a slip and print it: the one widget every feature uses (QR slips, booking slips, queue tickets).

It says plainly what happened: printed, not printed because this kiosk has no printer, or not printed
because the printer failed. When nothing printed, the slip stays on screen with its QR code; it never
pretends it printed. Nothing is saved to the kiosk's disk for a resident: they could not take the file
away, and a booking slip (its code and phone digits) would stay for the next one to find.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.slip import Slip
from kiosk.gui.overlay import Overlay
from kiosk.gui.widgets.slip_view import SlipView
from kiosk.services.printing import PrintProblem, PrintResult, PrintService, PrintStatus

SLIP_PANEL_WIDTH_PX = 1400
SLIP_OVERLAY_EDGE_PX = 72


class SlipPanel(QWidget):
    """A slip preview with the outcome of printing, Print and Close buttons."""

    result_changed = Signal(object)  # the latest PrintResult
    close_requested = Signal()

    def __init__(self, printing: PrintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipPanel")
        self.printing = printing
        self.last_result: PrintResult | None = None  # of printing
        self.view = SlipView(self, printing.paper)
        self.message = QLabel(objectName="slipMessage", wordWrap=True)
        self.message.setProperty("role", "notice")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.print_button = QPushButton(objectName="slipPrintButton")
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self._print_current)
        self.close_button = QPushButton(objectName="slipCloseButton")
        self.close_button.clicked.connect(self.close_requested)
        side_area = QWidget(objectName="slipSide")
        side = QVBoxLayout(side_area)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(24)
        side.addWidget(self.message)
        side.addStretch(1)
        for button in (self.print_button, self.close_button):
            button.setMinimumHeight(100)
            side.addWidget(button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setSpacing(40)
        self._layout.addWidget(self.view, 2)
        self._layout.addWidget(side_area, 3)
        self.retranslateUi()

    def set_stacked(self, stacked: bool) -> None:
        """The message and buttons under the slip (a narrow panel) or beside it."""
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        self._layout.setDirection(direction)
        # Stacked, the message keeps the height its lines need and the slip's picture gives way.
        self._layout.setStretch(0, 1 if stacked else 2)
        self._layout.setStretch(1, 0 if stacked else 3)

    def show_slip(self, slip: Slip) -> None:
        """Show `slip` without printing it."""
        self.view.set_slip(slip)
        self.last_result = None
        self.retranslateUi()

    def print_slip(self, slip: Slip) -> PrintResult:
        """Print `slip` through the printing service and show it with the outcome; never raises."""
        self.view.set_slip(slip)
        return self._print_current()

    def clear(self) -> None:
        """Forget the slip and the outcome (idle reset)."""
        self.view.set_slip(None)
        self.last_result = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.print_button.setText(self.tr("Print again") if self.last_result else self.tr("Print"))
        self.print_button.setVisible(self.printing.has_printer)
        self.close_button.setText(self.tr("Close"))
        self.message.setText(self._message_text())
        failed = self.last_result is not None and self.last_result.status is PrintStatus.FAILED
        self.message.setProperty("role", "error" if failed else "notice")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _print_current(self) -> PrintResult:
        slip = self.view.slip()
        if slip is None:
            # The slip could not even be laid out (QR code too long for the paper).
            result = PrintResult(PrintStatus.FAILED, PrintProblem.SLIP_UNPRINTABLE, self.view.problem)
        else:
            result = self.printing.print_slip(slip)
        self.last_result = result
        self.retranslateUi()
        self.result_changed.emit(result)
        return result

    def _message_text(self) -> str:
        result = self.last_result
        if result is None:
            return self.tr("This is your slip.")
        if result.printed:
            return self.tr("Printed. Please take your slip from the printer.")
        if result.problem is PrintProblem.NO_PRINTER:
            return self.tr(
                "Nothing was printed: this kiosk has no printer. Your slip is shown here; "
                "scan its QR code with your phone or note down what it says."
            )
        return self.tr(
            "Nothing was printed: %1. Your slip is shown here instead. Staff can print it again later."
        ).replace("%1", self._problem_text(result.problem))

    def _problem_text(self, problem: PrintProblem | None) -> str:
        texts = {
            PrintProblem.PRINTER_NOT_FOUND: self.tr("the printer was not found"),
            PrintProblem.OFFLINE: self.tr("the printer is switched off or not connected"),
            PrintProblem.OUT_OF_PAPER: self.tr("the printer is out of paper"),
            PrintProblem.JOB_FAILED: self.tr("the printer could not finish the job"),
            PrintProblem.SLIP_UNPRINTABLE: self.tr("the address is too long for a QR code on this paper"),
        }
        return texts.get(problem, self.tr("the printer could not finish the job")) if problem else ""


class SlipOverlay(Overlay):
    """A SlipPanel over the current screen (never a modal dialog); Close hides it."""

    def __init__(self, parent: QWidget, printing: PrintService) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.panel = SlipPanel(printing, self.card)
        self.card_layout.addWidget(self.panel)
        self.panel.close_requested.connect(self.dismiss)
        self._fit_panel()

    def _fit_panel(self) -> None:
        # At least 1400 px on a landscape panel; on a portrait one the minimum leaves 72 px each side, so
        # the card (as wide as its content asks, up to the page) never runs past the panel.
        margins = self.card_layout.contentsMargins()
        room = self.parentWidget().width() - 2 * SLIP_OVERLAY_EDGE_PX - margins.left() - margins.right()
        tall_room = self.parentWidget().height() - margins.top() - margins.bottom()
        self.panel.setMinimumSize(max(0, min(SLIP_PANEL_WIDTH_PX, room)), max(0, min(760, tall_room)))
        # Beside a slip in 840 px, the message had a column of five words and lost its last line.
        self.panel.set_stacked(room < SLIP_PANEL_WIDTH_PX)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_panel()
        super().resizeEvent(event)

    def print_slip(self, slip: Slip) -> PrintResult:
        """Print `slip` and show it with the outcome."""
        result = self.panel.print_slip(slip)
        self.present()
        return result

    def show_slip(self, slip: Slip) -> None:
        """Show `slip` (nothing printed yet)."""
        self.panel.show_slip(slip)
        self.present()

    def dismiss(self) -> None:
        """Hide and forget the slip (also the idle reset)."""
        self.panel.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.panel.retranslateUi()  # also while hidden: it is shown without being told again
        super().changeEvent(event)
