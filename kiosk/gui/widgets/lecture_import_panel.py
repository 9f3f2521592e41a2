"""Importing lectures from a folder (a USB stick) with the same import as `kiosk content import`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.lectures import MANIFEST_NAME, ManifestError
from kiosk.gui.widgets.desk_parts import button_row, desk_list, message_label, role_button, show_message
from kiosk.gui.widgets.info_widgets import label
from kiosk.services.lectures import ImportReport

# Where Linux desktops mount USB sticks; the folders holding a lecture manifest are offered.
MOUNT_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))


def manifest_folders(roots: tuple[Path, ...] = MOUNT_ROOTS, depth: int = 3) -> list[Path]:
    """Folders up to `depth` levels under `roots` that hold a lectures.toml."""
    found: list[Path] = []

    def walk(folder: Path, level: int) -> None:
        if (folder / MANIFEST_NAME).is_file():
            found.append(folder)
        if level >= depth:
            return
        try:
            children = sorted(p for p in folder.iterdir() if p.is_dir())
        except OSError:
            return
        for child in children:
            walk(child, level + 1)

    for root in roots:
        if root.is_dir():
            walk(root, 0)
    return found


class LectureImportPanel(QWidget):
    """Found folders to tap, or a typed path; Import copies the videos and reports what was left out."""

    def __init__(
        self, run_import: Callable[[Path], ImportReport], roots: tuple[Path, ...] = MOUNT_ROOTS
    ) -> None:
        super().__init__(objectName="lectureImport")
        self._import = run_import
        self.roots = roots
        self.hint = label(role="muted", object_name="importHint")
        self.found = desk_list("importFolders")
        self.found.currentTextChanged.connect(lambda text: text and self.folder_edit.setText(text))
        self.folder_label = label(object_name="importFolderLabel")
        self.folder_edit = QLineEdit(objectName="importFolder", maxLength=500)
        self.folder_edit.setProperty("keyboardLayout", "en")
        self.folder_label.setBuddy(self.folder_edit)
        self.rescan_button = role_button("importRescan")
        self.import_button = role_button("importRun", "primary")
        self.rescan_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.run)
        self.report = message_label("importReport")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.hint)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.folder_edit)
        layout.addWidget(self.report)
        layout.addLayout(button_row(self.rescan_button, self.import_button, stretch_first=True))

    def refresh(self) -> None:
        self.found.clear()
        for folder in manifest_folders(self.roots):
            self.found.addItem(str(folder))

    def run(self) -> None:
        text = self.folder_edit.text().strip()
        if not text:
            show_message(self.report, self.tr("Choose or type a folder first."), error=True)
            return
        try:
            report = self._import(Path(text).expanduser())
        except ManifestError:
            show_message(
                self.report,
                self.tr("There is no {manifest} in this folder.").format(manifest=MANIFEST_NAME),
                error=True,
            )
            return
        lines = [self.tr("%n lecture(s) imported.", "", len(report.imported))]
        if report.problems:
            lines.append(self.tr("%n left out:", "", len(report.problems)))
            lines.extend(str(problem) for problem in report.problems)
        show_message(self.report, "\n".join(lines), error=not report.ok)

    def reset(self) -> None:
        self.folder_edit.clear()
        self.report.hide()

    def retranslateUi(self) -> None:
        self.hint.setText(
            self.tr("Plug in the USB stick: folders holding {manifest} appear below.").format(
                manifest=MANIFEST_NAME
            )
        )
        self.folder_label.setText(self.tr("Folder"))
        self.rescan_button.setText(self.tr("Look again"))
        self.import_button.setText(self.tr("Import lectures"))
