"""The in-window touch keyboard: Korean 2-beolsik, English QWERTY, a phone pad (docs/design/keyboard.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.hangul import DUBEOLSIK_ROWS, CompositionEdit, HangulComposer

LAYOUTS = ("ko", "en", "digits")

# Sizes in logical px on the 27-inch 1920x1080 panel (0.311 mm/px): 88 px is 27 mm, 12 px is 3.7 mm,
# above K01's 12 mm and K02's 2.5 mm with room for a finger that lands off-centre.
KEY_WIDTH = 110
KEY_HEIGHT = 88
KEY_GAP = 12
LABEL_MARGIN = 16
KEY_FONT_PX = 40  # compatibility jamo draw small in CJK fonts: 40 px makes ㅂ about as tall as a capital
ACTION_FONT_PX = 30
PREVIEW_FONT_PX = 64
# The wide keyboard (preview beside ten and a half key widths) measured 1,551 px in English. A narrower
# panel (a 1080 px portrait one, kiosk-ui.md §1) gets the narrow layout: the preview above the keys, the
# control keys on rows of their own, and keys as wide as ten in a row allow.
NARROW_BELOW_PX = 1600
NARROW_ROW_KEYS = 10
# Compact (a narrow keyboard under the low-reach ceiling): four rows and no preview, since a 1080x1920
# panel whose lower edge is at 700 mm has only 677 px below 950 mm for the header, the field and the keys.
# Labels of 40 px keep 한 at 12.9 mm on that panel (K03); the rows are as tall as the labels need.
COMPACT_KEY_HEIGHT = 56

_ENGLISH_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_DIGIT_ROWS = ("123", "456", "789")
SENSITIVE_PREVIEW = "●"


@dataclass(frozen=True)
class _KeySpec:
    """One key: `action` is "char" (types `text`) or a control; `units` is its width in key widths."""

    action: str
    text: str = ""
    shifted: str = ""
    units: float = 1.0


def _char_row(pairs: list[tuple[str, str]]) -> list[_KeySpec]:
    return [_KeySpec("char", plain, shifted) for plain, shifted in pairs]


def _narrow_controls() -> list[list[_KeySpec]]:
    # Ten key widths each: labels stay on one line at the narrow keys' size.
    return [
        [_KeySpec("shift", units=5), _KeySpec("backspace", units=5)],
        [_KeySpec("language", units=3), _KeySpec("space", " ", units=4), _KeySpec("done", units=3)],
    ]


def _compact_rows(
    first: list[_KeySpec], second: list[_KeySpec], third: list[_KeySpec], middle: list[_KeySpec]
) -> list[list[_KeySpec]]:
    # Ten key widths a row: "⌫ Delete" takes three after the third row's letters, the rest share the fourth.
    return [
        first,
        second,
        [*third, _KeySpec("backspace", units=3)],
        [_KeySpec("shift", units=2), _KeySpec("language", units=2), *middle, _KeySpec("done", units=2)],
    ]


def _korean_rows(narrow: bool = False, compact: bool = False) -> list[list[_KeySpec]]:
    first, second, third = (_char_row(list(row)) for row in DUBEOLSIK_ROWS)
    if compact:
        return _compact_rows(first, second, third, [_KeySpec("space", " ", units=4)])
    if narrow:
        return [first, second, third, *_narrow_controls()]
    return [
        first,
        second,
        [_KeySpec("shift", units=1.5), *third, _KeySpec("backspace", units=2)],
        [_KeySpec("language", units=2), _KeySpec("space", " ", units=5), _KeySpec("done", units=2)],
    ]


def _english_rows(narrow: bool = False, compact: bool = False) -> list[list[_KeySpec]]:
    first, second, third = (_char_row([(c, c.upper()) for c in row]) for row in _ENGLISH_ROWS)
    hyphen, stop = _KeySpec("char", "-", "-"), _KeySpec("char", ".", ".")
    if compact:
        return _compact_rows(first, second, third, [hyphen, _KeySpec("space", " ", units=2), stop])
    if narrow:
        return [first, second, [*third, hyphen, stop], *_narrow_controls()]
    return [
        first,
        second,
        [_KeySpec("shift", units=1.5), *third, _KeySpec("backspace", units=2)],
        [
            _KeySpec("language", units=2),
            hyphen,
            _KeySpec("space", " ", units=4),
            stop,
            _KeySpec("done", units=2),
        ],
    ]


def _digit_rows() -> list[list[_KeySpec]]:
    wide = 2.5
    rows = [[_KeySpec("char", d, d, units=wide) for d in row] for row in _DIGIT_ROWS]
    zero = _KeySpec("char", "0", "0", units=wide)
    rows.append([_KeySpec("backspace", units=wide), zero, _KeySpec("done", units=wide)])
    return rows


class KeyButton(QPushButton):
    """A key: never takes focus, so the text field keeps it (and its cursor) while the resident types."""

    def __init__(
        self,
        spec: _KeySpec,
        width: int,
        height: int,
        parent: QWidget | None = None,
        refitted: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._nominal_width = width
        self._nominal_height = height
        # The keyboard keeps every key as tall as its tallest label needs, so rows stay even.
        self.row_height = height
        self._refitted = refitted
        self.setObjectName("keyboardKey")
        self.setProperty("keyAction", spec.action)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setFixedSize(width, height)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.setAccessibleName(text)
        self._fit_label()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The theme polishes keys with the general button minimums and its own font (larger in large-text
        # mode), and a translation may bring a longer label: set the key's size again after each of them.
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_label()
        return handled

    def natural_height(self) -> int:
        """The key's height for its font: the nominal height, or more when large text needs it."""
        return max(self._nominal_height, self.fontMetrics().height())

    def _fit_label(self) -> None:
        width = max(self._nominal_width, self.fontMetrics().horizontalAdvance(self.text()) + 2 * LABEL_MARGIN)
        self.setFixedSize(width, max(self.natural_height(), self.row_height))
        if self._refitted is not None:
            self._refitted()


class OnScreenKeyboard(QWidget):
    """A docked keyboard that types into one QLineEdit at a time, composing Hangul in place.

    `width` is the panel's width in px: below NARROW_BELOW_PX the keyboard takes its narrow layout.
    """

    done = Signal()
    # What voice guidance may read after each key: the key or syllable, never the content of a password field.
    announced = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        key_width: int = KEY_WIDTH,
        key_height: int = KEY_HEIGHT,
        gap: int = KEY_GAP,
        width: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._narrow = width is not None and width < NARROW_BELOW_PX
        if self._narrow:
            assert width is not None
            # Margins and nine gaps around ten keys; ui/kiosk.qss keeps the narrow keys' labels inside them.
            key_width = min(key_width, (width - (NARROW_ROW_KEYS + 1) * gap) // NARROW_ROW_KEYS)
        # The style sheet gives narrow keys their own font sizes.
        self.setProperty("narrow", self._narrow)
        self._key_width, self._key_height, self._gap = key_width, key_height, gap
        self._composer = HangulComposer()
        self._target: QLineEdit | None = None
        self._layout_name = "ko"
        self._shifted = False
        # Our own edits change the field's text too; only changes from outside end the composition.
        self._applying = False
        # Pages and their keys by (layout, compact).
        self._keys: dict[tuple[str, bool], list[KeyButton]] = {}
        self._compact = False
        self._evening_scheduled = False
        self._live = False
        # In live mode, the syllable being composed as it stands in the field's text.
        self._live_text = ""

        self._preview = QLabel(self)
        self._preview.setObjectName("keyboardPreview")
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setFixedSize(self._preview_size(key_height))
        preview_font = QFont(self.font())
        preview_font.setPixelSize(PREVIEW_FONT_PX)
        self._preview.setFont(preview_font)

        self._pages = QStackedWidget(self, objectName="keyboardPages")
        self._page_index: dict[tuple[str, bool], int] = {}
        self._add_pages(compact=False)

        outer = QVBoxLayout(self) if self._narrow else QHBoxLayout(self)
        outer.setContentsMargins(gap, gap, gap, gap)
        outer.setSpacing(gap)
        outer.addStretch(1)
        preview_alignment = Qt.AlignmentFlag.AlignHCenter if self._narrow else Qt.AlignmentFlag.AlignTop
        outer.addWidget(self._preview, 0, preview_alignment)
        outer.addWidget(self._pages, 0)
        outer.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslateUi()
        self._show_layout("ko")

    # --- public API -------------------------------------------------------------------------------------

    def attach(self, line_edit: QLineEdit, layout: str = "ko", live: bool = False) -> None:
        """Type into `line_edit` from now on, with the given layout ("ko", "en" or "digits").

        `live` puts the syllable being composed into the field's text at once (no underlined preedit), so a
        search field's `textChanged` follows every key.
        """
        if layout not in LAYOUTS:
            raise ValueError(f"unknown keyboard layout: {layout!r}")
        self.commit()
        self._live = live
        if line_edit is not self._target:
            self.detach()
            self._target = line_edit
            line_edit.installEventFilter(self)
            line_edit.textChanged.connect(self._on_outside_text_change)
            line_edit.destroyed.connect(self._on_target_destroyed)
        self._set_shift(False)
        self._show_layout(layout)

    def detach(self) -> None:
        """Commit what is being composed and stop typing into the current field."""
        target = self._target
        if target is None:
            return
        self.commit()
        target.removeEventFilter(self)
        target.textChanged.disconnect(self._on_outside_text_change)
        target.destroyed.disconnect(self._on_target_destroyed)
        self._target = None
        self._preview.clear()

    def target(self) -> QLineEdit | None:
        return self._target

    def layout_name(self) -> str:
        return self._layout_name

    def preedit(self) -> str:
        """The syllable being composed (shown underlined in the field, not yet part of its text())."""
        return self._composer.preedit

    def preview_text(self) -> str:
        """What the large preview beside the keys shows (a dot for a password field)."""
        return self._preview.text()

    def is_narrow(self) -> bool:
        """Whether the keyboard has its narrow layout (preview above, control keys on rows of their own)."""
        return self._narrow

    def is_compact(self) -> bool:
        """Whether the keyboard shows its four compact rows without the preview (see set_compact)."""
        return self._compact

    def set_compact(self, on: bool) -> None:
        """Four rows and no preview, the field showing what is typed: for low reach on a narrow panel.

        Only a narrow keyboard has a compact form; a wide one stays as it is.
        """
        on = on and self._narrow
        if on and (self._layout_name, True) not in self._page_index:
            self._add_pages(compact=True)  # built the first time they are needed: start-up does not wait
            self.retranslateUi()
        self._compact = on
        self._preview.setVisible(not on)
        self._show_layout(self._layout_name)

    def is_shifted(self) -> bool:
        return self._shifted

    def commit(self) -> None:
        """Make the syllable being composed part of the field's text (space, Done, focus change)."""
        if self._composer.preedit or self._composer.composing:
            self._apply(self._composer.flush())

    def reset(self) -> None:
        """Idle wipe: drop the composition (also from the field's preedit), the preview and the field."""
        self._composer.reset()
        self._live_text = ""
        if self._target is not None:
            self._send_input_method_event(CompositionEdit("", "", ""))
        self._preview.clear()
        self.detach()
        self._set_shift(False)
        self._show_layout("ko")

    def key_button(self, key: str) -> KeyButton:
        """The visible button that types `key` (as labelled now) or performs the control action `key`."""
        for button in self._keys[(self._layout_name, self._compact)]:
            if button.spec.action == key or (button.spec.action == "char" and button.text() == key):
                return button
        raise LookupError(f"no key {key!r} on the {self._layout_name} layout")

    def key_buttons(self) -> list[KeyButton]:
        """Every key of the layout on show."""
        return list(self._keys[(self._layout_name, self._compact)])

    def retranslateUi(self) -> None:
        """Label the control keys in the current language (character keys carry their own letters)."""
        labels = {
            "backspace": self.tr("⌫ Delete"),
            "space": self.tr("Space"),
            "done": self.tr("Done"),
            "language": "한/영",
        }
        shift_labels = {
            "ko": self.tr("⇧ Shift", "Korean layout: types the double consonants ㄲ ㄸ ㅃ ㅆ ㅉ"),
            "en": self.tr("⇧ Shift", "English layout: types capital letters"),
        }
        for (layout, _compact), buttons in self._keys.items():
            for button in buttons:
                action = button.spec.action
                if action == "shift":
                    button.setText(shift_labels[layout])
                elif action in labels:
                    button.setText(labels[action])

    # --- Qt overrides -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A tap inside the field, a physical key or leaving the field ends the syllable where it stands.
        if watched is self._target and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.FocusOut,
        ):
            self.commit()
        return super().eventFilter(watched, event)

    # --- building ---------------------------------------------------------------------------------------

    def _add_pages(self, compact: bool) -> None:
        layouts = (
            ("ko", _korean_rows(self._narrow, compact)),
            ("en", _english_rows(self._narrow, compact)),
            ("digits", _digit_rows()),
        )
        for name, rows in layouts:
            self._page_index[(name, compact)] = self._pages.addWidget(self._build_page(name, rows, compact))

    def _build_page(self, name: str, rows: list[list[_KeySpec]], compact: bool) -> QWidget:
        page = QWidget(self._pages, objectName="keyboardPage")
        # The style sheet gives compact keys their own font size.
        page.setProperty("compact", compact)
        key_height = COMPACT_KEY_HEIGHT if compact else self._key_height
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self._gap)
        key_font, action_font = QFont(self.font()), QFont(self.font())
        key_font.setPixelSize(KEY_FONT_PX)
        action_font.setPixelSize(ACTION_FONT_PX)
        buttons: list[KeyButton] = []
        for specs in rows:
            row = QHBoxLayout()
            row.setSpacing(self._gap)
            row.addStretch(1)
            for spec in specs:
                # A key of n units also covers the n - 1 gaps it replaces, so rows line up.
                width = round(spec.units * self._key_width + (spec.units - 1) * self._gap)
                button = KeyButton(spec, width, key_height, page, self._schedule_even_heights)
                button.setFont(key_font if spec.action == "char" else action_font)
                button.clicked.connect(lambda _checked=False, b=button: self._on_key(b))
                if spec.action == "shift":
                    button.setCheckable(True)
                row.addWidget(button)
                buttons.append(button)
            row.addStretch(1)
            column.addLayout(row)
        self._keys[(name, compact)] = buttons
        return page

    def _schedule_even_heights(self) -> None:
        # Keys refit one by one as the theme reaches them; even the rows out once they all have.
        if not self._evening_scheduled:
            self._evening_scheduled = True
            QTimer.singleShot(0, self, self._even_heights)

    def _even_heights(self) -> None:
        self._evening_scheduled = False
        # Compact pages have rows of their own height.
        for compact in (False, True):
            keys = [key for (_name, c), buttons in self._keys.items() if c == compact for key in buttons]
            if not keys:
                continue
            height = max(key.natural_height() for key in keys)
            for key in keys:
                key.row_height = height
                key.setFixedHeight(height)
            if not compact:
                self._preview.setFixedSize(self._preview_size(height))

    def _preview_size(self, key_height: int) -> QSize:
        # Beside the keys: two keys square. Above them (narrow): four keys wide, one key or one line tall.
        if self._narrow:
            line = self._preview.fontMetrics().height() + 2 * self._gap
            return QSize(4 * self._key_width + 3 * self._gap, max(key_height, line))
        return QSize(2 * self._key_width + self._gap, 2 * key_height + self._gap)

    def _show_layout(self, name: str) -> None:
        self._layout_name = name
        self._pages.setCurrentIndex(self._page_index[(name, self._compact)])
        # Only the shown layout counts for the keyboard's height: hidden pages keep the key sizes of the
        # last look they were polished in (large text) until shown, and would hold the keyboard tall.
        for index in range(self._pages.count()):
            page = self._pages.widget(index)
            policy = (
                QSizePolicy.Policy.Preferred
                if index == self._pages.currentIndex()
                else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
        self._relabel()

    def _relabel(self) -> None:
        # Every layout, the hidden ones too: no button is ever without a label (K26).
        for button in (b for buttons in self._keys.values() for b in buttons):
            if button.spec.action == "char":
                button.setText(button.spec.shifted if self._shifted else button.spec.text)
            elif button.spec.action == "shift":
                button.setChecked(self._shifted)

    def _set_shift(self, shifted: bool) -> None:
        self._shifted = shifted
        self._relabel()

    # --- typing -----------------------------------------------------------------------------------------

    def _on_key(self, button: KeyButton) -> None:
        action = button.spec.action
        if action == "shift":
            self._set_shift(not self._shifted)
            return
        if action == "language":
            self.commit()
            self._set_shift(False)
            self._show_layout("en" if self._layout_name == "ko" else "ko")
            self.announced.emit(self.tr("Korean") if self._layout_name == "ko" else self.tr("English"))
            return
        if action == "done":
            self.commit()
            self._preview.clear()
            self.done.emit()
            return
        if self._target is None:
            return
        if action == "backspace":
            self._backspace()
        else:
            self._type(button.text() if action == "char" else button.spec.text)
            if self._shifted:
                self._set_shift(False)  # shift holds for one key, as on phones residents know

    def _composes_hangul(self) -> bool:
        return self._layout_name == "ko" and self._target is not None and not self._is_sensitive()

    def _type(self, text: str) -> None:
        if self._composes_hangul():
            self._apply(self._composer.feed(text))
        else:
            self.commit()
            self._insert_plain(text)
        shown = self._composer.preedit or text
        self._show_preview(shown)

    def _backspace(self) -> None:
        edit = self._composer.backspace() if self._composes_hangul() else None
        if edit is not None:
            if not self._can_take_back(edit):
                # The field refused an earlier syllable (length limit): drop the composition instead.
                self._composer.reset()
                self._live_text = ""
                edit = CompositionEdit("", "", "")
            self._apply(edit)
            self._show_preview(edit.preedit)
            return
        assert self._target is not None
        self._applying = True
        try:
            self._target.backspace()
        finally:
            self._applying = False
        self._show_preview("")
        self.announced.emit(self.tr("Deleted"))

    def _can_take_back(self, edit: CompositionEdit) -> bool:
        # A field with a length limit or validator may have refused a committed syllable: then we cannot
        # take it back safely and fall back to a plain backspace.
        target = self._target
        taken = edit.take_back + self._live_text
        if target is None or not taken:
            return True
        before_cursor = target.text()[: target.cursorPosition()]
        return before_cursor.endswith(taken)

    def _show_preview(self, text: str) -> None:
        if self._is_sensitive():
            text = SENSITIVE_PREVIEW if text else ""
            self._preview.setText(text)
            if text:
                self.announced.emit(self.tr("Hidden character"))
            return
        self._preview.setText(text)
        if text.strip():
            self.announced.emit(text)
        elif text == " ":
            self.announced.emit(self.tr("Space"))

    def _is_sensitive(self) -> bool:
        return self._target is not None and self._target.echoMode() != QLineEdit.EchoMode.Normal

    def _insert_plain(self, text: str) -> None:
        assert self._target is not None
        self._applying = True
        try:
            self._target.insert(text)
        finally:
            self._applying = False

    def _apply(self, edit: CompositionEdit) -> None:
        if self._target is None:
            return
        if self._live:
            edit = CompositionEdit(edit.take_back + self._live_text, edit.commit + edit.preedit, "")
            self._live_text = self._composer.preedit
            if edit.take_back == edit.commit:
                return  # the field already shows exactly this
        self._send_input_method_event(edit)

    def _send_input_method_event(self, edit: CompositionEdit) -> None:
        target = self._target
        assert target is not None
        underline = QTextCharFormat()
        underline.setFontUnderline(True)
        kind = QInputMethodEvent.AttributeType
        attributes = [
            QInputMethodEvent.Attribute(kind.TextFormat, 0, len(edit.preedit), underline),
            QInputMethodEvent.Attribute(kind.Cursor, len(edit.preedit), 1, None),
        ]
        event = QInputMethodEvent(edit.preedit, attributes)
        taken = len(edit.take_back)
        event.setCommitString(edit.commit, -taken, taken)
        self._applying = True
        try:
            QCoreApplication.sendEvent(target, event)
        finally:
            self._applying = False

    def _on_outside_text_change(self, _text: str) -> None:
        # The screen cleared or set the field (reset, a new step): what was being composed no longer applies.
        if not self._applying and (self._composer.preedit or self._composer.composing):
            self._composer.reset()
            self._live_text = ""
            self._send_input_method_event(CompositionEdit("", "", ""))
            self._preview.clear()

    def _on_target_destroyed(self) -> None:
        self._composer.reset()
        self._live_text = ""
        self._target = None
        self._preview.clear()
