"""The player page: the video, a seek bar that follows it, and large controls beside and below it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from kiosk.domain.lectures import Lecture
from kiosk.gui.widgets.lecture_catalogue import duration_text, language
from kiosk.gui.widgets.video_surface import VideoSurface
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.player import (
    SKIP_MS,
    FailureKind,
    PlaybackFailure,
    Player,
    PlayerState,
    PlayerUnavailable,
    RenderMode,
)

log = logging.getLogger(__name__)

VOLUME_STEP = 10


class LecturePlayerPage(QWidget):
    """Plays one lecture; remembers each lecture's position until `reset()`."""

    question_requested = Signal(str)  # the lecture's topic
    busy_changed = Signal(bool)

    def __init__(self, player_factory: Callable[[], Player], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player_factory = player_factory
        self._player: Player | None = None
        self._unavailable: str | None = None
        self._lecture: Lecture | None = None
        self._positions: dict[str, int] = {}
        self._failure: PlaybackFailure | None = None
        self._fullscreen = False

        self.heading = QLabel(objectName="playerTitle", wordWrap=True)
        self.heading.setProperty("role", "subtitle")
        self.details = QLabel(objectName="playerDetails", wordWrap=True)
        self.details.setProperty("role", "muted")
        self.surface = VideoSurface()
        self.message = QLabel(objectName="playerMessage", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.seek_bar = QSlider(Qt.Orientation.Horizontal, objectName="seekBar")
        self.seek_bar.setPageStep(SKIP_MS)
        self.seek_bar.setMinimumHeight(88)
        self.seek_bar.sliderReleased.connect(lambda: self._seek(self.seek_bar.value()))
        self.seek_bar.actionTriggered.connect(self._seek_bar_action)
        self.time_label = QLabel(objectName="playerTime")
        self.back_button = self._button("skipBackButton", lambda: self._skip(-SKIP_MS))
        self.play_button = self._button("playPauseButton", self._toggle)
        self.play_button.setProperty("role", "primary")
        self.forward_button = self._button("skipForwardButton", lambda: self._skip(SKIP_MS))
        self.volume_down = self._button("volumeDownButton", lambda: self._change_volume(-VOLUME_STEP))
        self.volume_up = self._button("volumeUpButton", lambda: self._change_volume(VOLUME_STEP))
        self.volume_label = QLabel(objectName="volumeLabel")
        self.volume_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitles_button = self._button("subtitlesButton", self._toggle_subtitles, checkable=True)
        self.subtitles_button.setChecked(True)
        self.fullscreen_button = self._button("fullScreenButton", self._toggle_fullscreen, checkable=True)
        self.ask_button = self._button("askQuestionButton", self._ask)
        self._layout_widgets()
        self.retranslateUi()

    # -- what the screen calls ---------------------------------------------------------------------

    def open(self, lecture: Lecture) -> None:
        """Show `lecture` and start it, from where the resident left it in this session."""
        if self._lecture is not None and self._lecture.key != lecture.key:
            self._remember_position()
        self._lecture = lecture
        self._failure = None
        self.message.hide()
        self.surface.clear()
        self.retranslateUi()
        player = self._ensure_player()
        if player is None:
            return
        player.load(lecture.video, lecture.subtitles)
        if player.state() is PlayerState.FAILED:
            return
        player.set_subtitles_visible(self.subtitles_button.isChecked())
        resume = self._positions.get(lecture.key, 0)
        if resume > 0:
            player.seek(resume)
        player.play()
        log.info("lecture %s started at %d ms", lecture.key, resume)

    def leave(self) -> None:
        """The resident went back to the list: stop, and keep the position for a return."""
        self._remember_position()
        if self._player is not None:
            self._player.stop()
        self._set_fullscreen(False)

    def is_playing(self) -> bool:
        return self._player is not None and self._player.state() in (PlayerState.PLAYING, PlayerState.OPENING)

    def player(self) -> Player | None:
        return self._player

    def lecture(self) -> Lecture | None:
        return self._lecture

    def remembered_position(self, key: str) -> int:
        return self._positions.get(key, 0)

    def reset(self) -> None:
        """Idle reset: stop, forget positions and settings, free the decoder."""
        if self._player is not None:
            self._player.release()
            self._player.deleteLater()
            self._player = None
        self._positions.clear()
        self._lecture = None
        self._failure = None
        self._unavailable = None
        self.message.hide()
        self.surface.clear()
        self.subtitles_button.setChecked(True)
        self._set_fullscreen(False)
        self.seek_bar.setRange(0, 0)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        lecture = self._lecture
        lang = language()
        self.heading.setText(lecture.title.in_language(lang) if lecture else "")
        self.details.setText(
            f"{lecture.speaker.in_language(lang)} · {lecture.recorded_on.isoformat()}" if lecture else ""
        )
        self.back_button.setText(self.tr("◀◀ 10 s"))
        self.back_button.setAccessibleName(self.tr("Back 10 seconds"))
        self.forward_button.setText(self.tr("10 s ▶▶"))
        self.forward_button.setAccessibleName(self.tr("Forward 10 seconds"))
        self.volume_down.setText("−")
        self.volume_down.setAccessibleName(self.tr("Quieter"))
        self.volume_up.setText("+")
        self.volume_up.setAccessibleName(self.tr("Louder"))
        self.ask_button.setText(self.tr("Ask a question"))
        self.fullscreen_button.setText(
            self.tr("Exit full screen") if self._fullscreen else self.tr("Full screen")
        )
        self._show_state()
        self._show_position()
        if self._unavailable is not None:
            self._show_message(self._unavailable_text())
        elif self._failure is not None:
            self._show_message(self._failure_text(self._failure))

    # -- player ------------------------------------------------------------------------------------

    def _ensure_player(self) -> Player | None:
        if self._player is not None:
            return self._player
        try:
            player = self._player_factory()
        except PlayerUnavailable as err:
            log.error("lecture player unavailable: %s", err)
            self._unavailable = str(err)
            self._show_message(self._unavailable_text())
            self._show_state()
            return None
        player.setParent(self)
        if player.render_mode() is RenderMode.WINDOW:
            player.set_window(self.surface.native_window_id())
        player.frame_ready.connect(self.surface.show_frame)
        player.state_changed.connect(self._on_state)
        player.position_changed.connect(lambda _p, _l: self._show_position())
        player.failed.connect(self._on_failed)
        player.set_volume(player.volume())
        self._player = player
        return player

    def _on_state(self, _state: PlayerState) -> None:
        self._show_state()
        self.busy_changed.emit(self.is_playing())

    def _on_failed(self, failure: PlaybackFailure) -> None:
        self._failure = failure
        self._show_message(self._failure_text(failure))
        self._show_state()

    def _toggle(self) -> None:
        player = self._player
        if player is None or self._lecture is None:
            return
        if player.state() is PlayerState.FAILED:
            self.open(self._lecture)  # Play after a failure tries again
            return
        player.toggle()

    def _skip(self, delta_ms: int) -> None:
        if self._player is not None:
            self._player.skip(delta_ms)

    def _seek(self, position_ms: int) -> None:
        if self._player is not None:
            self._player.seek(position_ms)

    def _seek_bar_action(self, action: int) -> None:
        # A tap on the groove moves by a page; follow it at once rather than on release.
        if action in (
            QSlider.SliderAction.SliderPageStepAdd.value,
            QSlider.SliderAction.SliderPageStepSub.value,
        ):
            self._seek(self.seek_bar.sliderPosition())

    def _change_volume(self, delta: int) -> None:
        if self._player is not None:
            self._player.set_volume(self._player.volume() + delta)
        self._show_state()

    def _toggle_subtitles(self) -> None:
        if self._player is not None:
            self._player.set_subtitles_visible(self.subtitles_button.isChecked())
        self._show_state()

    def _toggle_fullscreen(self) -> None:
        self._set_fullscreen(self.fullscreen_button.isChecked())

    def _set_fullscreen(self, on: bool) -> None:
        """The video takes the whole screen area; the controls stay below it."""
        self._fullscreen = on
        self.fullscreen_button.setChecked(on)
        for widget in (self.heading, self.details, self.side):
            widget.setVisible(not on)
        self.fullscreen_button.setText(self.tr("Exit full screen") if on else self.tr("Full screen"))

    def _ask(self) -> None:
        self._remember_position()
        if self._player is not None:
            self._player.pause()
        self.question_requested.emit(self._lecture.topic if self._lecture else "")

    def _remember_position(self) -> None:
        if self._player is None or self._lecture is None:
            return
        ended = self._player.state() is PlayerState.ENDED
        self._positions[self._lecture.key] = 0 if ended else self._player.position()

    # -- showing ---------------------------------------------------------------------------------

    def _show_state(self) -> None:
        player = self._player
        playing = self.is_playing()
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))
        usable = player is not None and self._lecture is not None
        for button in (self.play_button, self.back_button, self.forward_button, self.seek_bar):
            button.setEnabled(usable)
        volume = player.volume() if player is not None else 0
        self.volume_label.setText(self.tr("Volume %1%").replace("%1", str(volume)))
        has_subtitles = bool(self._lecture and self._lecture.subtitles)
        self.subtitles_button.setEnabled(usable and has_subtitles)
        on = self.subtitles_button.isChecked() and has_subtitles
        self.subtitles_button.setText(self.tr("Subtitles: on") if on else self.tr("Subtitles: off"))

    def _show_position(self) -> None:
        player = self._player
        position = player.position() if player else 0
        length = player.length() if player else 0
        if length <= 0 and self._lecture is not None:
            length = self._lecture.duration_seconds * 1000
        self.seek_bar.setRange(0, max(0, length))
        if not self.seek_bar.isSliderDown():
            self.seek_bar.setValue(position)
        self.time_label.setText(f"{duration_text(position // 1000)} / {duration_text(length // 1000)}")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _unavailable_text(self) -> str:
        return self.tr("Videos cannot be played on this kiosk right now. Please ask staff for help.")

    def _failure_text(self, failure: PlaybackFailure) -> str:
        if failure.kind is FailureKind.MISSING_FILE:
            return self.tr(
                "This lecture's video file is missing. Please choose another lecture or ask staff."
            )
        if failure.kind is FailureKind.NOT_DECODABLE:
            return self.tr(
                "This lecture's video cannot be played. Please choose another lecture or ask staff."
            )
        return self.tr("The video stopped. Tap Play to try again, or ask staff for help.")

    # -- layout ----------------------------------------------------------------------------------

    def _button(self, name: str, action: Callable[[], None], checkable: bool = False) -> QPushButton:
        # Labels wrap and the button grows instead of cutting "◀◀ 10 s" in a narrow column (K08).
        button = WrapButton(objectName=name, checkable=checkable)
        button.clicked.connect(lambda _=False: action())
        return button

    def _layout_widgets(self) -> None:
        transport = QHBoxLayout()
        transport.setSpacing(16)
        transport.addWidget(self.back_button, 1)
        transport.addWidget(self.play_button, 2)
        transport.addWidget(self.forward_button, 1)
        transport.addWidget(self.fullscreen_button, 1)
        seek_row = QHBoxLayout()
        seek_row.addWidget(self.seek_bar, 1)
        seek_row.addWidget(self.time_label)
        video_column = QVBoxLayout()
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.details)
        video_column.addLayout(heading_row)
        video_column.addWidget(self.surface, 1)
        video_column.addWidget(self.message)
        video_column.addLayout(seek_row)
        video_column.addLayout(transport)
        volume = QGridLayout()
        volume.addWidget(self.volume_label, 0, 0, 1, 2)
        volume.addWidget(self.volume_down, 1, 0)
        volume.addWidget(self.volume_up, 1, 1)
        side_layout = QVBoxLayout()
        side_layout.setSpacing(16)
        side_layout.addLayout(volume)
        side_layout.addWidget(self.subtitles_button)
        side_layout.addStretch(1)
        side_layout.addWidget(self.ask_button)
        self.side = QWidget(objectName="playerSide")
        self.side.setLayout(side_layout)
        self.side.setFixedWidth(480)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(32)
        layout.addLayout(video_column, 1)
        layout.addWidget(self.side)
