"""Checks of what one screen shows right now; each returns Violations naming the screen and the widget.

Numbers and sources are in kiosk/domain/panel.py and ../shared/facts/accessibility.md (K01-K26).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.domain.panel import (
    MIN_TARGET_AREA_MM2,
    MIN_TARGET_GAP_MM,
    MIN_TARGET_SIDE_MM,
    MIN_TEXT_HEIGHT_MM,
    REACH_HIGH_MM,
    REACH_LOW_MM,
    Panel,
)
from kiosk.gui.accessibility.contrast import (
    MIN_NON_TEXT_CONTRAST,
    Rgb,
    contrast_ratio,
    pixel_counts,
    text_contrast,
)
from kiosk.gui.keypad import is_interactive, is_operable
from kiosk.gui.peoples_text import marked_in_row, marked_in_widget, without
from kiosk.gui.wrapping_style import wrap_words

# The K03 reference glyph: a Hangul syllable with a final consonant (the criterion's basis).
HANGUL_REFERENCE = "한"
# Latin words allowed on Korean screens (K26): proper nouns, the other language's name, codes.
# ETAX/STAX are Seoul's official payment services; ATM and ARS are the words Korean banks use.
LATIN_ALLOWED = {"QR", "ZEP", "English", "Language", "PDF", "URL", "ID", "PIN", "ETAX", "STAX", "ATM", "ARS"}
# Hangul allowed on English screens: the names of the language switches.
HANGUL_ALLOWED = {"한국어", "언어"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
HANGUL_WORD = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+")
ADDRESS = re.compile(r"\S+(://|@|\.[a-z]{2,})\S*", re.IGNORECASE)
# Booking codes as screens show them (kiosk/domain/booking_code.py format_code): symbols, not words.
BOOKING_CODE = re.compile(r"\b[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}\b")
# Queue tickets (kiosk/domain/queue.py ticket_label): "B-001".
TICKET = re.compile(r"\b[A-Z]-\d{3}\b")


@dataclass(frozen=True)
class Violation:
    """One failed criterion on one widget."""

    criterion: str
    screen: str
    widget: str
    message: str

    def __str__(self) -> str:
        return f"{self.criterion} [{self.screen}] {self.widget}: {self.message}"


def describe(widget: QWidget) -> str:
    """objectName, class and visible text, to find the widget in the code."""
    text = visible_text(widget).replace("\n", " ")
    if len(text) > 40:
        text = text[:37] + "..."
    name = widget.objectName() or "(no objectName)"
    return f"{name} ({type(widget).__name__})" + (f" {text!r}" if text else "")


def visible_text(widget: QWidget) -> str:
    """The text a resident sees on a label, button or text field."""
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().replace("&", "") if not isinstance(widget, QLabel) else _plain(widget.text())
    if isinstance(widget, QLineEdit):
        return widget.text() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    return ""


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


def shown(widget: QWidget, window: QWidget) -> bool:
    """On screen now: visible up to the window, not zero-sized, not hidden behind an overlay."""
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget not cut off by its parents (a scrolled page), in window coordinates."""
    rect = window_rect(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(window_rect(parent, window))
        parent = parent.parentWidget()
    return rect.intersected(QRect(0, 0, window.width(), window.height()))


class ItemRect(QRect):
    """A list item's part shown on this page, remembering the item's whole size: K01 measures the whole
    item, as it does a control that a page boundary cuts for now; K02 and K09/K10 use the part shown."""

    def __init__(self, shown_part: QRect, whole: QSize) -> None:
        super().__init__(shown_part)
        self.whole = whole


def scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area that holds `widget`, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def targets(window: QWidget, roots: list[QWidget]) -> list[tuple[QWidget, QRect, str]]:
    """Every touch target under `roots`: (widget, its visible rectangle in the window, description)."""
    found: list[tuple[QWidget, QRect, str]] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            rect = visible_rect(widget, window)
            if not is_operable(widget, window) or rect.isEmpty():
                continue
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                found.extend(_item_targets(widget, window))
                continue
            found.append((widget, rect, describe(widget)))
    return found


def _column_count(model: object, view: QAbstractItemView) -> int:
    # List models (QListWidget's) make columnCount private in PySide: they have one column.
    if isinstance(model, QAbstractListModel):
        return 1
    try:
        return int(model.columnCount(view.rootIndex()))  # type: ignore[attr-defined]
    except TypeError:
        return 1


def _item_targets(view: QAbstractItemView, window: QWidget) -> list[tuple[QWidget, QRect, str]]:
    model = view.model()
    viewport = view.viewport()
    shown_part = visible_rect(view, window)  # a page boundary may cut the view
    items = []
    columns = _column_count(model, view)
    for row in range(model.rowCount(view.rootIndex())):
        for column in range(columns):
            index = model.index(row, column, view.rootIndex())
            rect = view.visualRect(index)
            # Items half scrolled out are checked where the list shows them whole.
            if not rect.isValid() or not viewport.rect().contains(rect):
                continue
            top_left = viewport.mapTo(window, rect.topLeft())
            item_rect = QRect(top_left, rect.size()).intersected(shown_part)
            if item_rect.isEmpty():
                continue
            label = f"{describe(view)} item {row},{column} {str(index.data())[:30]!r}"
            items.append((view, ItemRect(item_rect, rect.size()), label))
    return items


def text_widgets(window: QWidget, roots: list[QWidget]) -> list[QWidget]:
    """Labels, buttons and fields under `roots` that show text now."""
    found = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not isinstance(widget, QLabel | QAbstractButton | QLineEdit) or not shown(widget, window):
                continue
            has_text = bool(visible_text(widget).strip()) or (
                isinstance(widget, QLineEdit) and bool(widget.placeholderText())
            )
            if has_text and not visible_rect(widget, window).isEmpty():
                found.append(widget)
    return found


# K01 -------------------------------------------------------------------------------------------
def check_target_size(screen: str, panel: Panel, found: list[tuple[QWidget, QRect, str]]) -> list[Violation]:
    """Every target's shorter side >= 12 mm and area >= 150 mm²."""
    violations = []
    for widget, rect, label in found:
        # The whole control or list item counts, also when a page boundary cuts it for now.
        size = rect.whole if isinstance(rect, ItemRect) else widget.size()
        width_mm, height_mm = panel.mm(size.width()), panel.mm(size.height())
        if min(width_mm, height_mm) < MIN_TARGET_SIDE_MM or width_mm * height_mm < MIN_TARGET_AREA_MM2:
            violations.append(
                Violation(
                    "K01",
                    screen,
                    label,
                    f"{width_mm:.1f} x {height_mm:.1f} mm; needs sides >= {MIN_TARGET_SIDE_MM:g} mm and "
                    f"area >= {MIN_TARGET_AREA_MM2:g} mm²",
                )
            )
    return violations


# K02 -------------------------------------------------------------------------------------------
def gap_px(a: QRect, b: QRect) -> int:
    """Edge-to-edge distance between two rectangles; negative when they overlap."""
    dx = max(b.left() - (a.left() + a.width()), a.left() - (b.left() + b.width()))
    dy = max(b.top() - (a.top() + a.height()), a.top() - (b.top() + b.height()))
    if dx < 0 and dy < 0:
        return max(dx, dy)
    return max(dx, dy)


def check_spacing(screen: str, panel: Panel, found: list[tuple[QWidget, QRect, str]]) -> list[Violation]:
    """At least 2.5 mm between any two targets; none overlap."""
    violations = []
    for i, (_wa, a, label_a) in enumerate(found):
        for _wb, b, label_b in found[i + 1 :]:
            gap = gap_px(a, b)
            if gap < 0:
                violations.append(Violation("K02", screen, label_a, f"overlaps {label_b}"))
            elif panel.mm(gap) < MIN_TARGET_GAP_MM:
                violations.append(
                    Violation(
                        "K02",
                        screen,
                        label_a,
                        f"only {panel.mm(gap):.1f} mm from {label_b}; needs >= {MIN_TARGET_GAP_MM:g} mm",
                    )
                )
    return violations


# K03 -------------------------------------------------------------------------------------------
def text_height_mm(widget: QWidget, panel: Panel) -> float:
    """Height on the glass of a Hangul syllable with a final consonant in the widget's font."""
    ratio = widget.devicePixelRatioF() if widget.devicePixelRatioF() > 0 else 1.0
    glyph = QFontMetricsF(widget.font()).tightBoundingRect(HANGUL_REFERENCE).height()
    return panel.mm(glyph * ratio)


def check_text_height(screen: str, panel: Panel, widgets: list[QWidget]) -> list[Violation]:
    """Characters at least 12 mm tall."""
    violations = []
    for widget in widgets:
        height = text_height_mm(widget, panel)
        if height < MIN_TEXT_HEIGHT_MM - 0.05:
            violations.append(
                Violation(
                    "K03",
                    screen,
                    describe(widget),
                    f"characters {height:.1f} mm tall ({widget.font().pixelSize()} px font); "
                    f"needs >= {MIN_TEXT_HEIGHT_MM:g} mm",
                )
            )
    return violations


# K04 / K05 -------------------------------------------------------------------------------------
def check_contrast(
    screen: str, window: QWidget, image: QImage, widgets: list[QWidget], minimum: float
) -> list[Violation]:
    """Rendered text against its rendered background, from the window's grabbed pixels."""
    violations = []
    scale = image.width() / window.width() if window.width() else 1.0
    for widget in widgets:
        rect = visible_rect(widget, window)
        if rect != window_rect(widget, window):
            continue  # cut by a page boundary: checked on the page that shows it whole
        # Inside the border (QSS borders are 3-6 px), where only background and glyphs are painted.
        inner = rect.adjusted(8, 8, -8, -8)
        if inner.width() < 4 or inner.height() < 4:
            continue
        crop = image.copy(
            round(inner.left() * scale),
            round(inner.top() * scale),
            round(inner.width() * scale),
            round(inner.height() * scale),
        )
        result = text_contrast(crop)
        if result is None:
            continue
        ratio, text, background = result
        if ratio < minimum:
            violations.append(
                Violation(
                    "K05" if minimum > 4.5 else "K04",
                    screen,
                    describe(widget),
                    f"text {_hex(text)} on {_hex(background)} is {ratio:.2f}:1; needs >= {minimum:g}:1",
                )
            )
    return violations


# K06 -------------------------------------------------------------------------------------------
# Where a control's surroundings are sampled: past anti-aliasing and a focus ring's room, short of the next
# control (targets are >= 2.5 mm, 8 px, apart).
OUTSIDE_PX = 4
# A control's edge: its border, when the style sheet draws one (3-6 px).
EDGE_PX = 3
BORDER_SHARE = 0.2
FILL_SHARE = 0.5
# A handle at its K01 minimum (38 px) on a groove the height of the screen.
HANDLE_SHARE = 0.02


def check_boundaries(
    screen: str, window: QWidget, image: QImage, found: list[tuple[QWidget, QRect, str]]
) -> list[Violation]:
    """Each control's boundary (its border, its fill or a slider's handle) against its surroundings."""
    violations = []
    scale = image.width() / window.width() if window.width() else 1.0
    bounds = QRect(0, 0, image.width(), image.height())
    for widget, rect, label in found:
        if isinstance(widget, QAbstractItemView) or rect != window_rect(widget, window):
            continue  # list rows are separated by spacing; a control cut by a page is checked whole
        box = QRect(
            round(rect.left() * scale),
            round(rect.top() * scale),
            round(rect.width() * scale),
            round(rect.height() * scale),
        )
        around = _band(image, box.adjusted(-OUTSIDE_PX, -OUTSIDE_PX, OUTSIDE_PX, OUTSIDE_PX), 1, bounds)
        if not around:
            continue
        outside = around.most_common(1)[0][0]
        if isinstance(widget, QAbstractSlider):
            # A scroll bar or slider shows itself by its handle, however little of the groove it covers.
            parts = [(pixel_counts(image.copy(box)), HANDLE_SHARE)]
        else:
            inner = box.adjusted(EDGE_PX * 2, EDGE_PX * 2, -EDGE_PX * 2, -EDGE_PX * 2)
            # Round dots with gaps cover about a fifth of the band (measured: 22 %); the fill, most of the
            # inside.
            parts = [
                (_band(image, box, EDGE_PX, bounds), BORDER_SHARE),
                (pixel_counts(image.copy(inner)), FILL_SHARE),
            ]
        ratio, colour = max(
            (_strongest(counts, share, outside) for counts, share in parts), key=lambda result: result[0]
        )
        if ratio < MIN_NON_TEXT_CONTRAST:
            violations.append(
                Violation(
                    "K06",
                    screen,
                    label,
                    f"its boundary {_hex(colour)} on {_hex(outside)} reaches only {ratio:.2f}:1; "
                    f"needs >= {MIN_NON_TEXT_CONTRAST:g}:1",
                )
            )
    return violations


def _strongest(counts: Counter[Rgb], share: float, outside: Rgb) -> tuple[float, Rgb]:
    """The colour covering at least `share` of `counts` that contrasts most with `outside`."""
    total = sum(counts.values())
    shares = [rgb for rgb, n in counts.items() if total and n >= share * total] or [outside]
    best = max(shares, key=lambda rgb: contrast_ratio(rgb, outside))
    return contrast_ratio(best, outside), best


def _band(image: QImage, box: QRect, width: int, bounds: QRect) -> Counter[Rgb]:
    """The colours of a `width`-pixel band along the inside of `box` (within `bounds`)."""
    strips = [
        QRect(box.left(), box.top(), box.width(), width),
        QRect(box.left(), box.bottom() - width + 1, box.width(), width),
        QRect(box.left(), box.top() + width, width, box.height() - 2 * width),
        QRect(box.right() - width + 1, box.top() + width, width, box.height() - 2 * width),
    ]
    counts: Counter[Rgb] = Counter()
    for strip in strips:
        part = strip.intersected(bounds)
        if not part.isEmpty():
            counts.update(pixel_counts(image.copy(part)))
    return counts


# K07 -------------------------------------------------------------------------------------------
def check_states(screen: str, window: QWidget, roots: list[QWidget]) -> list[Violation]:
    """Every on/off control looks different on a monochrome display: what changes between its checked
    and unchecked renderings differs by >= 3:1 in luminance (the contrast ratio ignores hue)."""
    violations = []
    for root in roots:
        for button in [root, *root.findChildren(QAbstractButton)]:
            if (
                not isinstance(button, QAbstractButton)
                or not button.isCheckable()
                or not button.isEnabled()  # a disabled control has no state to choose
                or not shown(button, window)
            ):
                continue
            now, other = _both_states(button)
            ratio, colours = _state_change(now, other)
            if ratio < MIN_NON_TEXT_CONTRAST:
                violations.append(
                    Violation(
                        "K07",
                        screen,
                        describe(button),
                        f"checked and unchecked differ only by {colours} ({ratio:.2f}:1 in grey); "
                        f"needs >= {MIN_NON_TEXT_CONTRAST:g}:1",
                    )
                )
    return violations


def _both_states(button: QAbstractButton) -> tuple[QImage, QImage]:
    """The button rendered as it is and with its check state flipped (signals blocked, then restored)."""
    group = button.group()
    exclusive = group is not None and group.exclusive()
    was_checked = button.isChecked()
    now = button.grab().toImage()
    blocked = button.blockSignals(True)
    try:
        if exclusive:
            group.setExclusive(False)  # an exclusive group refuses to uncheck its only checked button
        button.setChecked(not was_checked)
        other = button.grab().toImage()
    finally:
        button.setChecked(was_checked)
        if exclusive:
            group.setExclusive(True)
        button.blockSignals(blocked)
    return now, other


def _state_change(first: QImage, second: QImage) -> tuple[float, str]:
    """Contrast between the commonest colours, in each image, of the pixels that differ between them."""
    a = first.convertToFormat(QImage.Format.Format_RGB32)
    b = second.convertToFormat(QImage.Format.Format_RGB32)
    if a.size() != b.size():
        return 21.0, "size"
    data_a, data_b = bytes(a.constBits()), bytes(b.constBits())
    changed_a: Counter[Rgb] = Counter()
    changed_b: Counter[Rgb] = Counter()
    for offset in range(0, len(data_a), 4):
        pixel_a, pixel_b = data_a[offset : offset + 3], data_b[offset : offset + 3]
        if pixel_a != pixel_b:
            changed_a[(pixel_a[2], pixel_a[1], pixel_a[0])] += 1
            changed_b[(pixel_b[2], pixel_b[1], pixel_b[0])] += 1
    if not changed_a:
        return 1.0, "nothing"
    colour_a, colour_b = changed_a.most_common(1)[0][0], changed_b.most_common(1)[0][0]
    return contrast_ratio(colour_a, colour_b), f"{_hex(colour_a)} / {_hex(colour_b)}"


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


# K08 -------------------------------------------------------------------------------------------
def check_fits(screen: str, window: QWidget, panel: Panel, widgets: list[QWidget]) -> list[Violation]:
    """The window fits the panel, every text fits its widget, every widget lies inside the window."""
    violations = []
    ratio = window.devicePixelRatioF() or 1.0
    if window.width() * ratio > panel.width_px + 1 or window.height() * ratio > panel.height_px + 1:
        violations.append(
            Violation(
                "K08",
                screen,
                describe(window),
                f"the window needs {window.width()} x {window.height()} px; the panel has "
                f"{panel.width_px} x {panel.height_px}",
            )
        )
    bounds = QRect(
        0,
        0,
        min(window.width(), round(panel.width_px / ratio)),
        min(window.height(), round(panel.height_px / ratio)),
    )
    for widget in widgets:
        rect = window_rect(widget, window)
        viewport = scroll_viewport(widget)
        if viewport is not None:
            # Scrolled or paged content: pages show it top to bottom, but nothing scrolls sideways
            # (a title that would not wrap made the whole home screen wider than its page, cut off).
            left = widget.mapTo(viewport, QPoint(0, 0)).x()
            if left < 0 or left + widget.width() > viewport.width():
                violations.append(
                    Violation(
                        "K08",
                        screen,
                        describe(widget),
                        f"spans x {left} to {left + widget.width()}, past its page "
                        f"(0 to {viewport.width()} px)",
                    )
                )
        elif not bounds.contains(rect):
            violations.append(
                Violation("K08", screen, describe(widget), f"lies outside the screen at {_rect(rect)}")
            )
        clipped = _clipped(widget)
        if clipped:
            violations.append(Violation("K08", screen, describe(widget), clipped))
    return violations


def check_rows_fit(screen: str, window: QWidget, roots: list[QWidget]) -> list[Violation]:
    """List rows no wider than their list: nothing scrolls sideways, so a wider row's text is cut off
    (a long question laid out at its natural width ended in "…")."""
    violations = []
    for root in roots:
        for view in [root, *root.findChildren(QAbstractItemView)]:
            if not isinstance(view, QAbstractItemView) or view.model() is None or not shown(view, window):
                continue
            room = view.viewport().width()
            model = view.model()
            for row in range(min(model.rowCount(view.rootIndex()), 200)):
                index = model.index(row, 0, view.rootIndex())
                rect = view.visualRect(index)
                if rect.isValid() and rect.left() + rect.width() > room + 1:
                    violations.append(
                        Violation(
                            "K08",
                            screen,
                            f"{describe(view)} item {row},0 {str(index.data())[:30]!r}",
                            f"reaches {rect.left() + rect.width()} px, past its list's {room} px: "
                            "its text is cut off",
                        )
                    )
    return violations


def _clipped(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                return f"wrapped text needs {needed} px of height, has {widget.height()}"
            # Zero-width spaces are line-break chances too (long addresses, kiosk/gui/screens/qr.py).
            words = re.split(r"[\s\u200b]+", _plain(widget.text()).strip())
            widest = max((widget.fontMetrics().horizontalAdvance(w) for w in words), default=0)
            if widest > widget.contentsRect().width() + 1:
                return f"a word needs {widest} px of width, has {widget.contentsRect().width()}"
            return ""
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            return f"text needs {hint.width()} x {hint.height()} px, has {widget.width()} x {widget.height()}"
        return ""
    painted = getattr(widget, "painted_text_overflow", None)
    if callable(painted):
        # A button that paints its own text (the calendar's day) measures what it paints.
        return str(painted())
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
        # Labels wrap between words when too wide (kiosk/gui/wrapping_style.py).
        text = wrap_words(widget.text(), widget.fontMetrics(), room.width())
        need = widget.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        if need.width() > room.width() + 1 or need.height() > room.height() + 1:
            return (
                f"label needs {need.width()} x {need.height()} px inside its border and padding, "
                f"has {room.width()} x {room.height()}"
            )
    elif isinstance(widget, QAbstractButton):
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            return (
                f"label needs {hint.width()} x {hint.height()} px, has {widget.width()} x {widget.height()}"
            )
    if isinstance(widget, QLineEdit):
        line = widget.fontMetrics().height()
        if line > widget.contentsRect().height() + 1:
            return f"a line of text needs {line} px of height, has {widget.contentsRect().height()}"
    return ""


def _rect(rect: QRect) -> str:
    return f"({rect.left()}, {rect.top()}) {rect.width()} x {rect.height()}"


# K09 / K10 -------------------------------------------------------------------------------------
def check_reach(
    screen: str,
    window: QWidget,
    panel: Panel,
    found: list[tuple[QWidget, QRect, str]],
    texts: list[QWidget],
    ceiling_mm: float = REACH_HIGH_MM,
) -> list[Violation]:
    """Controls between 400 mm and `ceiling_mm` above the floor; text no higher than 1220 mm."""
    violations = []
    ratio = window.devicePixelRatioF() or 1.0
    for _widget, rect, label in found:
        top = panel.height_above_floor(rect.top() * ratio)
        bottom = panel.height_above_floor((rect.top() + rect.height()) * ratio)
        if top > ceiling_mm + 0.5 or bottom < REACH_LOW_MM - 0.5:
            violations.append(
                Violation(
                    "K10" if ceiling_mm < REACH_HIGH_MM else "K09",
                    screen,
                    label,
                    f"spans {bottom:.0f}-{top:.0f} mm above the floor; must lie within "
                    f"{REACH_LOW_MM:g}-{ceiling_mm:g} mm",
                )
            )
    for widget in texts:
        top = panel.height_above_floor(visible_rect(widget, window).top() * ratio)
        if top > REACH_HIGH_MM + 0.5:
            violations.append(
                Violation(
                    "K09", screen, describe(widget), f"text reaches {top:.0f} mm; must stay below 1220 mm"
                )
            )
    return violations


# K26 -------------------------------------------------------------------------------------------
def check_labels(screen: str, window: QWidget, roots: list[QWidget], language: str) -> list[Violation]:
    """No icon-only buttons; no English on Korean screens, no Korean on English ones (allow-listed)."""
    violations = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not shown(widget, window):
                continue
            if (
                isinstance(widget, QAbstractButton)
                and not widget.icon().isNull()
                and not widget.text().strip()
            ):
                violations.append(
                    Violation("K26", screen, describe(widget), "an icon-only button needs a text label")
                )
            for text in _strings(widget):
                stray = foreign_words(text, language)
                if stray:
                    violations.append(
                        Violation(
                            "K26",
                            screen,
                            describe(widget),
                            f"{'English' if language == 'ko' else 'Korean'} words on a "
                            f"{'Korean' if language == 'ko' else 'English'} screen: {', '.join(stray)}",
                        )
                    )
    return violations


def _strings(widget: QWidget) -> list[str]:
    """The kiosk's own words in `widget`: what people wrote (names, questions) is marked and left out
    (kiosk/gui/peoples_text.py)."""
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QLabel | QAbstractButton):
        return [without(visible_text(widget), marked_in_widget(widget))]
    if isinstance(widget, QAbstractItemView) and not is_interactive(widget):
        return []  # a display-only list (a chat transcript) holds what people wrote, not labels
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        rows = (model.index(r, 0, widget.rootIndex()) for r in range(min(model.rowCount(), 200)))
        return [without(str(index.data() or ""), marked_in_row(index)) for index in rows]
    return []


def foreign_words(text: str, language: str) -> list[str]:
    """Words of the other language in `text` that are not allow-listed (addresses are ignored)."""
    text = text.replace("\u200b", "")  # line-break chances inside addresses and file names
    text = TICKET.sub(" ", BOOKING_CODE.sub(" ", ADDRESS.sub(" ", text)))
    if language == "ko":
        return sorted({w for w in LATIN_WORD.findall(text) if w not in LATIN_ALLOWED and len(w) > 1})
    return sorted({w for w in HANGUL_WORD.findall(text) if w not in HANGUL_ALLOWED})
