"""What Qt WebEngine needs before the QApplication exists, so that it can be imported later, lazily."""

from __future__ import annotations


def prepare_before_application() -> None:
    """Share OpenGL contexts: Qt WebEngine needs it when its module is imported after the QApplication
    (kiosk/gui/widgets/safe_web_view.py imports it on the first call or station visit)."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
