"""The top of a panel that reaches above the reach ceiling: nothing there to touch or read (K09, K10).

A portrait panel (or a tall mounting) has rows above 1220 mm, where no control and no text may be
(../shared/facts/kiosk-ui.md §1, K1: controls and visual information at most 1220 mm; NIA's 낮은 화면
template lets only the logo sit above). Those rows show Seti, a picture with nothing to read, and the
header starts below them. In low-reach mode the band grows down to `low_reach_top_mm` and its lower
part, within reach of the eyes, names the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.gui.widgets.seti import SetiPicture


class ReachBand(QWidget):
    """Seti in the rows out of reach, the screen's title below them while low reach is on."""

    def __init__(self) -> None:
        super().__init__(objectName="reachBand")
        self.picture_area = QWidget(objectName="reachBandPicture")
        self.picture = SetiPicture()
        picture_layout = QVBoxLayout(self.picture_area)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(objectName="lowReachBand", wordWrap=True)
        self.title.setProperty("role", "subtitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.picture_area)
        layout.addWidget(self.title, 1)
        self.hide()

    def set_title(self, title: str, step: str = "") -> None:
        """The screen's title, and its step ("Step 1/3"), which a narrow header leaves to the band."""
        self.title.setText(f"{title} · {step}" if step else title)

    def text(self) -> str:
        return self.title.text()

    def fit(self, out_of_reach: int, band: int, show_title: bool) -> None:
        """`out_of_reach` rows for the picture, `band` rows in all; hidden when both are none."""
        self.picture_area.setFixedHeight(out_of_reach)
        # Seti only where there is room for him: a band of a few rows shows the background.
        self.picture.setVisible(out_of_reach >= self.picture.sizeHint().height())
        self.title.setVisible(show_title)
        self.setFixedHeight(band)
        self.setVisible(band > 0)
