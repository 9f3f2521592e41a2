"""Metaverse QR codes: each published link with its explanation, a large QR code and a Print button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.links import Link, link_slip
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.info_widgets import breakable
from kiosk.gui.widgets.qr_view import QrCodeView
from kiosk.gui.widgets.row_or_column import RowOrColumn
from kiosk.gui.widgets.slip_panel import SlipOverlay
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.qr import QrTooLong, make_qr

QR_SIDE_PX = 460  # about 143 mm on the 27-inch panel: phones focus on it from arm's length
LINKS_WIDTH_PX = 640  # fixed, so the layout does not jump with the language; long labels wrap


class QrScreen(Screen):
    """Links down the left; the chosen link's explanation, QR code and Print on the right."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.links = context.links.links
        self.link_buttons: list[WrapButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        links_list = QVBoxLayout()
        links_list.setSpacing(20)
        for index, link in enumerate(self.links):
            button = WrapButton()
            button.setObjectName(f"qrLink_{link.name}")
            button.setCheckable(True)
            button.setMinimumHeight(120)
            # Grow with the wrapped label (a push button's height is otherwise fixed to one line).
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)
            button.setSizePolicy(policy)
            button.setProperty("link", link.name)
            self.group.addButton(button, index)
            links_list.addWidget(button)
            self.link_buttons.append(button)
        self.group.idClicked.connect(self.select)

        self.heading = QLabel(objectName="qrHeading", wordWrap=True)
        self.heading.setProperty("role", "title")
        self.explanation = QLabel(objectName="qrExplanation", wordWrap=True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scan_hint = QLabel(objectName="qrScanHint", wordWrap=True)
        self.scan_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.address = QLabel(objectName="qrAddress", wordWrap=True)
        self.address.setProperty("role", "muted")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr_view = QrCodeView(side=QR_SIDE_PX)
        # Shrinks (never below 320 px, about 100 mm) when large text needs the room.
        self.qr_view.setMinimumSize(320, 320)
        self.qr_view.setMaximumSize(QR_SIDE_PX, QR_SIDE_PX)
        self.print_button = WrapButton(objectName="qrPrintButton")
        self.print_button.setProperty("role", "primary")
        # 400 px: beside a 460 px code within a portrait panel's 952 px (K08); the label wraps if need be.
        self.print_button.setMinimumSize(400, 110)
        self.print_button.clicked.connect(self.print_selected)

        beside_code = QVBoxLayout()
        beside_code.setSpacing(24)
        beside_code.addWidget(self.address)
        beside_code.addStretch(1)
        beside_code.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The address and Print stand beside the code, or below it where the width is short (K08).
        code_row = RowOrColumn(spacing=48)
        code_row.add(self.qr_view)
        # A widget rather than a bare layout, so the wrapped labels get the height their width needs.
        beside_frame = QWidget(objectName="qrBesideCode")
        beside_frame.setLayout(beside_code)
        code_row.add(beside_frame, 1)
        detail = QVBoxLayout()
        detail.setSpacing(24)
        detail.addWidget(self.heading)
        detail.addWidget(self.explanation)
        detail.addWidget(self.scan_hint)
        detail.addLayout(code_row, 1)
        detail_frame = QWidget(objectName="qrDetail")
        detail_frame.setLayout(detail)

        # The links stand left of the chosen one on a landscape panel and above it on a portrait one.
        content = QWidget(objectName="qrContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 40, 64, 40)
        links_and_detail = RowOrColumn(spacing=56)
        links_column = QWidget(objectName="qrLinks")
        column = QVBoxLayout(links_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(links_list)
        column.addStretch(1)
        links_and_detail.add(links_column, row_width=LINKS_WIDTH_PX)
        links_and_detail.add(detail_frame, 1)
        layout.addLayout(links_and_detail)
        layout.addStretch(1)
        # Large text needs more than one screen height: scroll rather than push the window off the panel.
        scroll = QScrollArea(objectName="qrScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.slip_overlay = SlipOverlay(self, context.printing)
        self.retranslateUi()
        self.reset()

    def title(self) -> str:
        return self.tr("Metaverse QR codes")

    def language(self) -> str:
        """The content language that follows the kiosk's current language."""
        return "ko" if QLocale().language() == QLocale.Language.Korean else "en"

    def selected_link(self) -> Link:
        return self.links[max(0, self.group.checkedId())]

    def select(self, index: int) -> None:
        """Show link number `index` (its button is checked)."""
        self.link_buttons[index].setChecked(True)
        self._show_link()

    def print_selected(self) -> None:
        """Print the chosen link's slip; when nothing prints, the slip is shown with its QR code."""
        link = self.selected_link()
        slip = link_slip(link, self.context.links, self.language(), self.context.clock.now())
        self.slip_overlay.print_slip(slip)

    def reset(self) -> None:
        self.slip_overlay.dismiss()
        if self.link_buttons:
            self.select(0)

    def retranslateUi(self) -> None:
        language = self.language()
        for link, button in zip(self.links, self.link_buttons, strict=True):
            button.setText(link.label.text(language))
        self.print_button.setText(self.tr("Print this QR code"))
        self.scan_hint.setText(self.context.links.scan_hint.text(language))
        self.slip_overlay.panel.retranslateUi()
        if self.link_buttons:
            self._show_link()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("etax", lambda: self.select(len(self.links) - 1)),
            ("printed", self.print_selected),
        ]

    def _show_link(self) -> None:
        link = self.selected_link()
        language = self.language()
        self.heading.setText(link.label.text(language))
        self.explanation.setText(link.explanation.text(language))
        self.address.setText(breakable(link.url))
        try:
            self.qr_view.set_matrix(make_qr(link.url))
        except QrTooLong:
            # Configuration checks addresses at start; a code too long for even version 40 cannot show.
            self.qr_view.set_matrix(None)
        self.header_changed.emit()
