"""The kiosk's one embedded browser: an allow-list of origins, a throw-away profile per session.

Every session (a call, a visit to the station) gets its own off-the-record QWebEngineProfile: cookies,
local storage and cache live in memory only and go with the profile when `close_session()` deletes it.
The camera and microphone are granted only when the session allows media and the asking origin is on
its list; every other permission (screen capture, location, notifications, clipboard) is refused.
Navigation off the list, pop-ups, downloads, file pickers, printing and context menus are refused.

Qt WebEngine (about 200 MB of libraries, a process of its own) is imported on the first session only,
so the kiosk's start-up does not pay for it; kiosk/app.py sets AA_ShareOpenGLContexts before the
QApplication exists, which a late import needs.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QStackedLayout, QWidget

from kiosk.domain.web_origins import OriginList, origin_of
from kiosk.gui import app_filters
from kiosk.services.web_sandbox import sandbox_refusal

if TYPE_CHECKING:
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

log = logging.getLogger(__name__)

# Pages the browser itself uses between loads (an iframe's first document).
_BLANK = "about:blank"
_INPUT_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
)


class SafeWebView(QWidget):
    """A web view for one session at a time; `open()` starts one, `close_session()` wipes it."""

    # The title the page set (the kiosk's own pages report their state through it).
    title_changed = Signal(str)
    loaded = Signal(bool)
    # The page's renderer process died (killed, out of memory): the session is over.
    crashed = Signal()
    # What was refused and to whom, e.g. "navigation https://evil.example" (logged, and for tests).
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QStackedLayout(self)
        self._view: QWebEngineView | None = None
        self._page: QWebEnginePage | None = None
        self._profile: QWebEngineProfile | None = None
        self._origins = OriginList(())
        self._media = False
        self.sessions = 0  # how many sessions this view has opened (each with a fresh profile)
        # Deleted with a session open (its window closed): the filters come back after the deletion.
        self._open = [False]
        self._watched: list[QWidget] = []
        self.destroyed.connect(
            lambda *_, is_open=self._open: QTimer.singleShot(0, app_filters.resume) if is_open[0] else None
        )

    # --- session ---------------------------------------------------------------------------------

    def open(self, url: str, origins: OriginList, *, media: bool) -> None:
        """Start a new session on `url` (closing any previous one); `media` allows camera and microphone
        to the origins on `origins`."""
        self.close_session()
        refusal = sandbox_refusal()
        if refusal:
            # Chromium would take the whole kiosk down: the screen shows its calm message instead.
            log.error("web view not started: %s", refusal)
            QTimer.singleShot(0, self.crashed.emit)
            return
        # PySide6 crashes when an application-wide Python filter sees Qt WebEngine's internal items
        # (kiosk/gui/app_filters.py): they step aside for the session and get this view's input instead.
        app_filters.suspend()
        self._open[0] = True
        self._watch_window()
        from PySide6.QtWebEngineCore import QWebEngineProfile
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self._origins = origins
        self._media = media
        self.sessions += 1
        # No storage name: off the record, nothing written to disk. No parent either: the page (the
        # view's child) must go before its profile when this widget is deleted, and Qt deletes children
        # in the order they were made; this reference keeps the profile until close_session().
        self._profile = QWebEngineProfile()
        self._profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self._profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self._profile.downloadRequested.connect(self._refuse_download)
        view = QWebEngineView(self)
        page = _guarded_page_class()(self._profile, view, self)
        view.setPage(page)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        view.setAcceptDrops(False)
        view.setAccessibleName(self.accessibleName())
        view.installEventFilter(self)
        page.titleChanged.connect(self.title_changed)
        page.loadFinished.connect(self.loaded)
        page.permissionRequested.connect(self._permission_requested)
        page.renderProcessTerminated.connect(self._render_process_terminated)
        page.printRequested.connect(lambda: self._refuse("printing", page.url().toString()))
        page.fullScreenRequested.connect(lambda request: request.reject())
        page.desktopMediaRequested.connect(lambda request: self._refuse("screen share", "desktop media"))
        self._view, self._page = view, page
        self._layout.addWidget(view)
        view.setUrl(QUrl(url))

    def close_session(self) -> None:
        """End the session: the page, its renderer and the profile (cookies, storage, cache) go."""
        view, profile = self._view, self._profile
        self._view = self._page = self._profile = None
        if view is None:
            return
        self._open[0] = False
        self._unwatch_window()
        view.page().renderProcessTerminated.disconnect(self._render_process_terminated)
        view.page().triggerAction(view.page().WebAction.Stop)
        self._layout.removeWidget(view)
        view.hide()
        # The page (a child of the view) must go before its profile, or Qt WebEngine warns and may
        # crash: deleteLater runs in the order asked.
        view.deleteLater()
        # The filters come back only once the view and its internal items are gone (a deleted item
        # still receives events on its way out): the profile is deleted after them.
        if profile is not None:
            profile.destroyed.connect(lambda *_: app_filters.resume())
            profile.deleteLater()

    def is_open(self) -> bool:
        return self._view is not None

    def profile(self) -> QWebEngineProfile | None:
        return self._profile

    def page(self) -> QWebEnginePage | None:
        return self._page

    def view(self) -> QWebEngineView | None:
        return self._view

    def render_process_pid(self) -> int:
        return self._page.renderProcessPid() if self._page is not None else 0

    def run_js(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run `script` in the page (nothing when no session is open)."""
        if self._page is None:
            return
        if callback is None:
            self._page.runJavaScript(script)
        else:
            self._page.runJavaScript(script, 0, callback)

    def _watch_window(self) -> None:
        """While the application's filters stand aside, the window's widgets (the header, the screen)
        hand them their input from here, so the keypad, voice, click sounds and idle reset still work."""
        window = self.window()
        self._watched = [window, *(w for w in window.findChildren(QWidget) if not self.isAncestorOf(w))]
        for widget in self._watched:
            widget.installEventFilter(self)

    def _unwatch_window(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input goes to the application's filters as if they still watched: a window widget's as its
        own, the page's (each widget the view adds, per renderer) as this view's."""
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and watched is self._view:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                child.installEventFilter(self)
        if kind not in _INPUT_EVENTS:
            return False
        inside = watched is self._view or (isinstance(watched, QWidget) and self.isAncestorOf(watched))
        return app_filters.forward(self if inside else watched, event)

    # --- guards ----------------------------------------------------------------------------------

    def allows(self, url: str) -> bool:
        return url == _BLANK or self._origins.allows(url)

    def _permission_requested(self, permission: Any) -> None:
        from PySide6.QtWebEngineCore import QWebEnginePermission

        kind = permission.permissionType()
        origin = permission.origin().toString()
        media = (
            QWebEnginePermission.PermissionType.MediaAudioCapture,
            QWebEnginePermission.PermissionType.MediaVideoCapture,
            QWebEnginePermission.PermissionType.MediaAudioVideoCapture,
        )
        if self._media and kind in media and self._origins.allows(origin):
            log.info("camera and microphone granted to %s", origin_of(origin))
            permission.grant()
            return
        permission.deny()
        self._refuse(f"permission {kind.name}", origin)

    def _refuse_download(self, download: Any) -> None:
        download.cancel()
        self._refuse("download", download.url().toString())

    def _refuse(self, what: str, url: str) -> None:
        where = origin_of(url) if "://" in url else url
        log.warning("web view refused %s for %s", what, where)
        self.refused.emit(f"{what} {where}")

    def _render_process_terminated(self, status: Any, exit_code: int) -> None:
        from PySide6.QtWebEngineCore import QWebEnginePage

        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        log.error("web view renderer ended (%s, exit code %d)", status.name, exit_code)
        self.close_session()
        self.crashed.emit()


@functools.cache
def _guarded_page_class() -> type:
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings

    class GuardedPage(QWebEnginePage):
        """Refuses navigation off the list, pop-ups and file pickers; settings shut the rest."""

        def __init__(self, profile: QWebEngineProfile, parent: QWidget, guard: SafeWebView) -> None:
            super().__init__(profile, parent)
            self._guard = guard
            settings = self.settings()
            attribute = QWebEngineSettings.WebAttribute
            for name, on in (
                (attribute.JavascriptCanOpenWindows, False),
                (attribute.JavascriptCanAccessClipboard, False),
                (attribute.JavascriptCanPaste, False),
                (attribute.LocalContentCanAccessFileUrls, False),
                (attribute.LocalContentCanAccessRemoteUrls, False),
                (attribute.PluginsEnabled, False),
                (attribute.PdfViewerEnabled, False),
                (attribute.ScreenCaptureEnabled, False),
                (attribute.FullScreenSupportEnabled, False),
                (attribute.AllowWindowActivationFromJavaScript, False),
                (attribute.NavigateOnDropEnabled, False),
                # The accountant's voice and picture start without a tap on the video.
                (attribute.PlaybackRequiresUserGesture, False),
            ):
                settings.setAttribute(name, on)

        def acceptNavigationRequest(self, url: QUrl, kind: Any, is_main_frame: bool) -> bool:
            address = url.toString()
            if self._guard.allows(address):
                return True
            self._guard._refuse("navigation", address)
            return False

        def createWindow(self, kind: Any) -> None:
            self._guard._refuse("pop-up", self.url().toString())
            return None

        def chooseFiles(self, mode: Any, old_files: list[str], accepted: list[str]) -> list[str]:
            self._guard._refuse("file picker", self.url().toString())
            return []

        def javaScriptConsoleMessage(self, level: Any, message: str, line: int, source: str) -> None:
            # Page messages may quote what was said or typed: only their level and origin are logged.
            log.debug("page console (%s) from %s", level.name, origin_of(source) if source else "page")

    return GuardedPage
