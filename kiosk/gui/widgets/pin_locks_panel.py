"""Two cells on the staff home: which PIN pads are locked, and Unlock for staff signed in here."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.gui.peoples_text import mark_label
from kiosk.gui.widgets.desk_parts import role_button
from kiosk.services.staff_auth import LockedPad, StaffAuth
from kiosk.storage.database import StorageError


class PinLocksPanel(QObject):
    """`summary` and `unlock_button`, placed by the screen in grid cells of their own (a wrapping label
    spanning cells of a grid gets the wrong height). Hidden while no pad is locked; after Unlock the
    summary says so until the next visit."""

    def __init__(self, auth: StaffAuth, parent: QWidget) -> None:
        super().__init__(parent)
        self.auth = auth
        self.pads: list[LockedPad] = []
        self.summary = QLabel(objectName="pinLocksSummary", wordWrap=True)
        self.summary.setProperty("role", "notice")
        self.unlock_button = role_button("pinLocksUnlock", "primary")
        self.unlock_button.clicked.connect(self.unlock)
        self.retranslateUi()
        self.summary.hide()
        self.unlock_button.hide()

    def refresh(self) -> None:
        """Read the locks again (on each visit of the staff home)."""
        try:
            pads = self.auth.locked_pads()
        except StorageError:  # the database is away: the desks say so; nothing to unlock meanwhile
            pads = []
        self.show_pads(pads)

    def show_pads(self, pads: list[LockedPad]) -> None:
        """Show `pads` as locked (hidden when there are none)."""
        self.pads = pads
        self.unlock_button.setVisible(bool(pads))
        self.summary.setVisible(bool(pads))
        self.retranslateUi()

    def unlock(self) -> None:
        try:
            self.auth.unlock_all()
        except StorageError:
            self.summary.setText(self.tr("✕ Not unlocked: the database cannot be reached. Please try again."))
            return
        self.pads = []
        self.unlock_button.setVisible(False)
        self.summary.setText(self.tr("✓ Every PIN pad is unlocked."))

    def retranslateUi(self) -> None:
        self.unlock_button.setText(self.tr("Unlock PIN pads"))
        if not self.pads:
            return
        names = [self._pad_text(pad) for pad in self.pads]
        self.summary.setText(self.tr("Locked PIN pads: %1").replace("%1", "; ".join(names)))
        # Kiosk names are as the administrator typed them ([kiosk] name), in one language.
        mark_label(self.summary, *(pad.kiosk for pad in self.pads if pad.kiosk))

    def _pad_text(self, pad: LockedPad) -> str:
        if pad.kiosk is None:
            return self.tr("all kiosks (too many in total)")
        if pad.until is None:  # until unlocked
            return pad.kiosk
        until = QLocale().toString(pad.until.time().replace(second=0, microsecond=0), "HH:mm")
        return self.tr("%1 (until %2)").replace("%1", pad.kiosk).replace("%2", until)
