"""The bar at the top of every screen: Home, Back, title, step, clock, Help, then the modes and language.

Two rows, so every label stays whole in large text: navigation above, the resident's modes below
(large text, high contrast, voice, low reach, language). While voice guidance is on, a third row holds
the voice options (replay, stop, rate, volume). In low-reach mode the window moves this bar to the
bottom of the screen.

On a narrow (portrait) panel the rows are shorter: navigation without the title, then the modes wrapping
onto as many rows as their labels need, then the title and step last, so a title that wraps moves no
control (K13). In low reach that last row goes, since the reach band above shows the title and step and
the rows under the ceiling are few; the language switch moves up beside the clock when it fits there, so
the modes keep to one row in English too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock
from kiosk.gui.voice_options import VoiceOptionsBar
from kiosk.gui.widgets.flow_layout import FlowLayout

SPACING = 14


class HeaderBar(QWidget):
    """Always in the same place with the same controls (accessibility K13)."""

    home_clicked = Signal()
    back_clicked = Signal()
    help_clicked = Signal()
    language_clicked = Signal()
    large_text_toggled = Signal(bool)
    high_contrast_toggled = Signal(bool)
    voice_toggled = Signal(bool)
    low_reach_toggled = Signal(bool)
    # A long press on the title opens the staff PIN pad (hidden from residents).
    staff_gesture = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None, narrow: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("HeaderBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._clock = clock
        self._narrow = narrow
        self._low_reach = False
        self._has_step = False
        self.home_button = self._button("homeButton", self.home_clicked)
        self.back_button = self._button("backButton", self.back_clicked)
        self.title_label = QLabel(objectName="headerTitle", wordWrap=True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.step_label = QLabel(objectName="stepLabel")
        self.clock_label = QLabel(objectName="clockLabel")
        self.large_text_button = self._toggle("largeTextButton", self.large_text_toggled)
        self.contrast_button = self._toggle("highContrastButton", self.high_contrast_toggled)
        self.voice_button = self._toggle("voiceButton", self.voice_toggled)
        self.low_reach_button = self._toggle("lowReachButton", self.low_reach_toggled)
        self.language_button = self._button("languageButton", self.language_clicked)
        self.help_button = self._button("helpButton", self.help_clicked)
        self.voice_options = VoiceOptionsBar()
        self.voice_options.hide()

        navigation = QHBoxLayout()
        navigation.setSpacing(SPACING)
        for widget in (self.home_button, self.back_button):
            navigation.addWidget(widget)
        title_row = QHBoxLayout() if narrow else navigation
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.step_label)
        if narrow:
            navigation.addStretch(1)
        for widget in (self.clock_label, self.help_button):
            navigation.addWidget(widget)
        modes = FlowLayout(spacing=SPACING) if narrow else QHBoxLayout(spacing=SPACING)
        # Widths follow the labels, so a long one ("High contrast" in large text) keeps its room.
        for widget in self.mode_buttons():
            widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            modes.addWidget(widget)
        self._navigation, self._modes = navigation, modes
        layout = QVBoxLayout(self)
        # 12 px (3.7 mm) keeps the buttons apart from a screen's controls above or below (K02).
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(navigation)
        layout.addLayout(modes)
        layout.addWidget(self.voice_options)
        if narrow:
            layout.addLayout(title_row)

        self._press_timer = QTimer(self, singleShot=True, interval=3000)
        self._press_timer.timeout.connect(self.staff_gesture)
        self.title_label.installEventFilter(self)

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        self.retranslateUi()
        self.update_clock()

    def mode_buttons(self) -> list[QPushButton]:
        """The resident's switches, in the order they appear."""
        return [
            self.large_text_button,
            self.contrast_button,
            self.voice_button,
            self.low_reach_button,
            self.language_button,
        ]

    def _button(self, name: str, signal: Signal, checkable: bool = False) -> QPushButton:
        button = QPushButton(objectName=name, checkable=checkable)
        # Never narrower than the label: the title takes what is left.
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        (button.toggled if checkable else button.clicked).connect(signal)
        return button

    def _toggle(self, name: str, signal: Signal) -> QPushButton:
        return self._button(name, signal, checkable=True)

    def retranslateUi(self) -> None:
        self.home_button.setText(self.tr("Home"))
        self.back_button.setText(self.tr("Back"))
        self.large_text_button.setText(self.tr("Large text"))
        self.contrast_button.setText(self.tr("High contrast"))
        self.voice_button.setText(self.tr("Voice"))
        self.low_reach_button.setText(self.tr("Low reach"))
        # The switch names the other language in that language, so a reader of it finds it.
        korean = QLocale().language() == QLocale.Language.Korean
        self.language_button.setText("English" if korean else "한국어")
        self.help_button.setText(self.tr("Call staff"))
        self.update_clock()

    def show_screen(self, title: str, step: tuple[int, int] | None, can_go_back: bool) -> None:
        """Follow the visible screen's title and step."""
        self.title_label.setText(title)
        self.step_label.setText(
            self.tr("Step %1/%2").replace("%1", str(step[0])).replace("%2", str(step[1])) if step else ""
        )
        self._has_step = step is not None
        self._show_title_row()
        self.back_button.setEnabled(can_go_back)

    def update_clock(self) -> None:
        now = self._clock.now()
        self.clock_label.setText(QLocale().toString(now.time().replace(microsecond=0), "HH:mm"))

    def set_modes(
        self, large_text: bool, high_contrast: bool, voice: bool = False, low_reach: bool = False
    ) -> None:
        """Show the modes without re-emitting their signals."""
        for button, on in (
            (self.large_text_button, large_text),
            (self.contrast_button, high_contrast),
            (self.voice_button, voice),
            (self.low_reach_button, low_reach),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.voice_options.setVisible(voice)
        self._low_reach = low_reach
        self._show_title_row()
        self._place_language_switch()

    def _place_language_switch(self) -> None:
        # On a narrow panel: beside the clock if the navigation row has room (not in large text), which
        # saves English a third row of modes and low reach the room it lacks under its ceiling.
        if not self._narrow:
            return
        button = self.language_button
        in_navigation = self._navigation.indexOf(button) >= 0
        wanted = self._navigation_width_with(button) <= self.width()
        if wanted == in_navigation:
            return
        (self._navigation if in_navigation else self._modes).removeWidget(button)
        if wanted:
            self._navigation.insertWidget(self._navigation.indexOf(self.clock_label), button)
        else:
            self._modes.addWidget(button)

    def _navigation_width_with(self, extra: QWidget) -> int:
        widgets = [self.home_button, self.back_button, self.clock_label, self.help_button, extra]
        margins = self.layout().contentsMargins()
        return (
            sum(widget.sizeHint().width() for widget in widgets)
            + SPACING * (len(widgets) - 1)
            + margins.left()
            + margins.right()
        )

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)
        self._place_language_switch()

    def _show_title_row(self) -> None:
        shown = not (self._narrow and self._low_reach)
        self.title_label.setVisible(shown)
        self.step_label.setVisible(shown and self._has_step)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.title_label:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._press_timer.start()
            elif event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.Leave):
                self._press_timer.stop()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
