"""Walks every registered screen (and each screen's screenshot states) in one mode and language and runs
every check, so a screen added to the registry is covered without new test code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from kiosk.domain.panel import REACH_HIGH_MM
from kiosk.gui.accessibility import checks
from kiosk.gui.accessibility.checks import Violation, describe
from kiosk.gui.accessibility.contrast import (
    MIN_NON_TEXT_CONTRAST,
    MIN_TEXT_CONTRAST,
    MIN_TEXT_CONTRAST_HIGH,
    contrast_ratio,
)
from kiosk.gui.focus_ring import TONE_WIDTH, FocusRing
from kiosk.gui.screens.registry import SCREENS

# Header controls that must sit in the same place on every screen (K13) and be one tap away (K05, K10).
HEADER_CONTROLS = (
    "home_button",
    "back_button",
    "help_button",
    "large_text_button",
    "contrast_button",
    "voice_button",
    "low_reach_button",
    "language_button",
)


@dataclass(frozen=True)
class Mode:
    """A combination of the resident's display switches."""

    name: str
    large_text: bool = False
    high_contrast: bool = False
    low_reach: bool = False
    # Voice guidance on: the header's voice options row is shown and checked too.
    voice: bool = False


MODES = {
    "normal": Mode("normal"),
    "large_text": Mode("large_text", large_text=True),
    "high_contrast": Mode("high_contrast", high_contrast=True),
    "low_reach": Mode("low_reach", low_reach=True),
}


def settle() -> None:
    """Let layouts and style sheets take effect."""
    app = QApplication.instance()
    # Each round lets one more level of nested layouts take the new minimum sizes of its children
    # (wrapped labels grow once they know their width).
    for _ in range(6):
        app.processEvents()  # type: ignore[union-attr]


def apply_mode(window: QWidget, mode: Mode, language: str) -> None:
    """Put the window in `mode` and `language` through its public API, as the header buttons do."""
    window.set_language(language)  # type: ignore[attr-defined]
    window.set_large_text(mode.large_text)  # type: ignore[attr-defined]
    window.set_high_contrast(mode.high_contrast)  # type: ignore[attr-defined]
    window.set_low_reach(mode.low_reach)  # type: ignore[attr-defined]
    window.set_voice(mode.voice)  # type: ignore[attr-defined]
    settle()
    fit_to_panel(window)


def fit_to_panel(window: QWidget) -> None:
    """Back to the panel's size, as the full-screen kiosk is: a test window that once grew for a taller
    screen keeps that size, which would count against every later screen. A window whose minimum is
    still taller than the panel stays taller, and check_fits reports it."""
    panel = window.panel  # type: ignore[attr-defined]
    ratio = window.devicePixelRatioF() or 1.0
    # Twice: the low-reach band's height follows the window's, so the first resize may be held up by it.
    for _ in range(2):
        window.resize(round(panel.width_px / ratio), round(panel.height_px / ratio))
        settle()


def screen_roots(window: QWidget) -> list[QWidget]:
    """The parts of the window a resident sees: header, the current screen, a shown overlay, the band."""
    for overlay in (window.message_card, window.idle_warning):  # type: ignore[attr-defined]
        if overlay.isVisible():
            return [overlay]  # what lies under the dimmed layer is not in use
    roots = [*window._keypad_roots(), window.pages.page_bar]  # type: ignore[attr-defined]
    if window.reach_band.isVisible():  # type: ignore[attr-defined]
        roots = [*roots, window.reach_band]  # type: ignore[attr-defined]
    return roots


def audit_current(
    window: QWidget, name: str, mode: Mode, language: str, keypad: bool = True
) -> list[Violation]:
    """Every check on what the window shows now."""
    panel = window.panel  # type: ignore[attr-defined]
    roots = screen_roots(window)
    found = checks.targets(window, roots)
    texts = checks.text_widgets(window, roots)
    ceiling = window.context.config.screen.low_reach_top_mm if mode.low_reach else REACH_HIGH_MM  # type: ignore[attr-defined]
    image = window.grab().toImage()
    minimum = MIN_TEXT_CONTRAST_HIGH if mode.high_contrast else MIN_TEXT_CONTRAST
    violations = [
        *checks.check_target_size(name, panel, found),
        *checks.check_spacing(name, panel, found),
        *checks.check_text_height(name, panel, texts),
        *checks.check_contrast(name, window, image, texts, minimum),
        *checks.check_boundaries(name, window, image, found),
        *checks.check_states(name, window, roots),
        *checks.check_fits(name, window, panel, texts),
        *checks.check_rows_fit(name, window, roots),
        *checks.check_reach(name, window, panel, found, texts, ceiling),
        *checks.check_labels(name, window, roots, language),
    ]
    if keypad:
        violations += check_keypad(name, window)
    return violations


def audit_pages(
    window: QWidget, name: str, mode: Mode, language: str, keypad: bool = True
) -> list[Violation]:
    """Every check on each page of a screen taller than its room; the keypad once (it turns pages)."""
    pages = window.pages  # type: ignore[attr-defined]
    violations: list[Violation] = []
    count = pages.page_count()
    for page in range(count):
        pages.show_page(page)
        settle()
        label = name if count == 1 else f"{name} page {page + 1}/{count}"
        violations += audit_current(window, label, mode, language, keypad and page == 0)
    pages.show_page(0)
    return violations


def check_keypad(name: str, window: QWidget) -> list[Violation]:
    """K15: pressing Down from nothing focused visits every control in reading order, each with a
    visible focus ring (>= 3 px of pixels changing by >= 3:1 on every side)."""
    navigation = window.keypad  # type: ignore[attr-defined]
    ring = window.focus_ring  # type: ignore[attr-defined]
    expected = navigation.order()
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    ring.follow(None)
    settle()
    violations = []
    visited: list[QWidget] = []
    presses = len(expected) + sum(_extra_stops(w) for w in expected)
    # Up to twice the presses, until every control was visited: a live update that refills a list while
    # its rows are walked (the staff console, under load) starts that walk again.
    for _ in range(2 * presses):
        if all(widget in visited for widget in expected):
            break
        before_focus = QApplication.focusWidget()
        key = Qt.Key.Key_Right if isinstance(before_focus, QAbstractSpinBox | QComboBox) else Qt.Key.Key_Down
        QTest.keyClick(before_focus or window, key)
        settle()
        now = QApplication.focusWidget()
        if now is None or now.window() is not window:
            violations.append(
                Violation("K15", name, describe(before_focus or window), "Down moved the focus nowhere")
            )
            break
        if now not in visited:
            visited.append(now)
            problem = _ring_problem(window, ring, now)
            if problem:
                violations.append(Violation("K15", name, describe(now), problem))
    # Only what the keypad would still visit: a live update may end what the screen showed meanwhile
    # (the staff console disables Send when the resident's chat is gone).
    still_expected = navigation.order()
    for widget in expected:
        if widget not in visited and widget in still_expected:
            violations.append(Violation("K15", name, describe(widget), "the keypad never reaches it"))
    if [w for w in visited if w in expected] != [w for w in expected if w in visited]:
        violations.append(
            Violation(
                "K15",
                name,
                describe(window),
                "keypad order differs from reading order: " + ", ".join(describe(w) for w in visited),
            )
        )
    ring.follow(None)
    return violations


def _extra_stops(widget: QWidget) -> int:
    model = getattr(widget, "model", None)
    if callable(model) and model() is not None and hasattr(model(), "rowCount"):
        # Every row may take one press: with no current row (a live refresh refilled the list), the first
        # Down goes to row 0 inside the list. A press too many only wraps round to the first control.
        return model().rowCount()
    return 0


def _ring_area(window: QWidget, widget: QWidget | None) -> QRect | None:
    if widget is None:
        return None
    margin = 2 * TONE_WIDTH
    return checks.window_rect(widget, window).adjusted(-margin, -margin, margin, margin)


def _ring_problem(window: QWidget, ring: FocusRing, widget: QWidget) -> str:
    """Why the focus on `widget` is not visible enough, or "" when it is."""
    if ring.target is not widget:
        return "has the keypad focus but no focus ring"
    area = _ring_area(window, widget)
    assert area is not None
    focused = window.grab(area).toImage()
    ring.hide()
    plain = window.grab(area).toImage()
    ring.show()
    scale = focused.width() / area.width() if area.width() else 1.0
    margin = round(2 * TONE_WIDTH * scale)
    width, height = focused.width(), focused.height()
    sides = {
        "top": [(width // 2, y) for y in range(margin)],
        "bottom": [(width // 2, height - 1 - y) for y in range(margin)],
        "left": [(x, height // 2) for x in range(margin)],
        "right": [(width - 1 - x, height // 2) for x in range(margin)],
    }
    drawn = ring.clip_rect(widget)
    for side, points in sides.items():
        # Past the window's edge nothing is on screen, and past the page's the ring is not drawn (a grab
        # there shows the header or keyboard). At the edge the ring lies over the control's rim, and the
        # room left outside it must show it.
        on_screen = [(x, y) for x, y in points if drawn.contains(_in_window(area, x, y, scale))]
        strong = 0
        for x, y in on_screen:
            a, b = focused.pixelColor(x, y), plain.pixelColor(x, y)
            if (
                contrast_ratio((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()))
                >= MIN_NON_TEXT_CONTRAST
            ):
                strong += 1
        if strong < min(3, len(on_screen)):
            return f"focus ring on the {side} side changes only {strong} px by >= 3:1 (needs >= 3 px)"
    return ""


def _in_window(area: QRect, x: int, y: int, scale: float) -> QPoint:
    """Pixel (x, y) of a grab of `area` at `scale`, in window coordinates."""
    return area.topLeft() + QPoint(int(x / scale), int(y / scale))


def header_controls(window: QWidget) -> dict[str, QWidget]:
    """The header controls that must be in place: the fixed ones, and the voice options while voice
    guidance is on."""
    header = window.header  # type: ignore[attr-defined]
    controls = {name: getattr(header, name) for name in HEADER_CONTROLS}
    if window.voice.enabled:  # type: ignore[attr-defined]
        controls.update({button.objectName(): button for button in header.voice_options.buttons()})
    return controls


def header_geometry(window: QWidget) -> dict[str, QRect]:
    """Where each fixed header control is now, in window coordinates."""
    return {name: checks.window_rect(widget, window) for name, widget in header_controls(window).items()}


def check_header(name: str, window: QWidget, reference: dict[str, QRect] | None) -> list[Violation]:
    """K13 (and K05/K10 one tap away): the fixed controls are shown, where they were on the home screen."""
    violations = []
    controls = header_controls(window)
    for widget in controls.values():
        if not widget.isVisibleTo(window):
            violations.append(Violation("K13", name, describe(widget), "is not shown"))
    if reference is None:
        return violations
    for control, rect in header_geometry(window).items():
        expected = reference.get(control)
        if expected is None:
            continue  # shown here but not on the first screen: "is not shown" was said there
        if (
            max(
                abs(rect.left() - expected.left()),
                abs(rect.top() - expected.top()),
                abs(rect.width() - expected.width()),
                abs(rect.height() - expected.height()),
            )
            > 1
        ):
            violations.append(
                Violation(
                    "K13",
                    name,
                    describe(controls[control]),
                    f"at {checks._rect(rect)}, but at {checks._rect(expected)} on the first screen",
                )
            )
    return violations


def audit_screen(
    window: QWidget, route: str, mode: Mode, language: str, keypad: bool = True
) -> list[Violation]:
    """Every check on one registered screen and each of its screenshot states, header placement
    compared with the home screen's."""
    apply_mode(window, mode, language)
    navigator = window.navigator  # type: ignore[attr-defined]
    navigator.home()
    settle()
    reference = header_geometry(window)
    window.activateWindow()
    settle()
    navigator.go(route)
    settle()
    fit_to_panel(window)
    violations = check_header(route, window, reference)
    if QApplication.activeWindow() is not window:
        # A parentless widget shown opens a window of its own and takes the keypad away (K15).
        violations.append(
            Violation("K15", route, describe(window), "another window took the activation on entering")
        )
        window.activateWindow()
        settle()
    violations += audit_pages(window, route, mode, language, keypad)
    screen = navigator.current_screen
    for state, drive in screen.screenshot_states():
        drive()
        settle()
        fit_to_panel(window)
        label = f"{route}/{state}"
        violations += check_header(label, window, reference)
        violations += audit_pages(window, label, mode, language, keypad)
    screen.reset()
    navigator.home()
    settle()
    return violations


def audit_window(
    window: QWidget, mode: Mode, language: str, routes: list[str] | None = None, keypad: bool = True
) -> list[Violation]:
    """Every check on every registered screen (a new screen in the registry is covered at once)."""
    violations: list[Violation] = []
    for route in routes or list(SCREENS):
        violations += audit_screen(window, route, mode, language, keypad)
    return violations
