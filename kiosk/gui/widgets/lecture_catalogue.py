"""The lecture list: topic buttons on the left, large lecture tiles (thumbnail, title, speaker) beside."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.lectures import Lecture
from kiosk.gui.widgets.content_height import follow_content_height, refit
from kiosk.gui.widgets.lecture_topics import TopicNames, TopicPicker
from kiosk.gui.widgets.wrap_button import WrapButton

THUMBNAIL_SIZE = (384, 216)
TILE_MARGIN = 16
TILE_SPACING = 24
TEXT_SPACING = 8


def language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "ko"


def duration_text(seconds: int) -> str:
    """m:ss, the way a video player shows it."""
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class LectureTile(QPushButton):
    """One lecture: the whole tile is the button."""

    def __init__(self, lecture: Lecture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lecture = lecture
        self.setObjectName(f"lectureTile_{lecture.key}")
        self.setProperty("role", "tile")
        self.thumbnail = QLabel(objectName="lectureThumbnail")
        self.thumbnail.setFixedSize(*THUMBNAIL_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.topic_names = TopicNames(self)
        self.heading = QLabel(objectName="lectureTitle", wordWrap=True)
        self.heading.setProperty("role", "subtitle")
        self.details = QLabel(objectName="lectureDetails", wordWrap=True)
        self.details.setProperty("role", "muted")
        for label in (self.thumbnail, self.heading, self.details):
            # Touches on the labels belong to the tile.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(TEXT_SPACING)
        text.addWidget(self.heading)
        text.addWidget(self.details)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(TILE_MARGIN, TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        layout.setSpacing(TILE_SPACING)
        layout.addWidget(self.thumbnail)
        layout.addLayout(text, 1)
        self._load_thumbnail()
        self.retranslateUi()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # As tall as the thumbnail and the wrapped title and details, whatever the theme's tile minimum.
        follow_content_height(self, event, self._content_height)
        return handled

    def _content_height(self, width: int) -> int:
        text_width = width - 2 * TILE_MARGIN - TILE_SPACING - THUMBNAIL_SIZE[0]
        text_height = 0
        if text_width > 0:
            text_height = (
                self.heading.heightForWidth(text_width)
                + TEXT_SPACING
                + self.details.heightForWidth(text_width)
            )
        return 2 * TILE_MARGIN + max(THUMBNAIL_SIZE[1], text_height)

    def _load_thumbnail(self) -> None:
        pixmap = QPixmap(str(self.lecture.thumbnail)) if self.lecture.thumbnail else QPixmap()
        if pixmap.isNull():
            self.thumbnail.setText("▶")
            return
        self.thumbnail.setPixmap(
            pixmap.scaled(
                *THUMBNAIL_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def retranslateUi(self) -> None:
        lang = language()
        title = self.lecture.title.in_language(lang)
        self.heading.setText(title)
        topic = self.topic_names.name(self.lecture.topic)
        self.details.setText(
            self.tr("%1 · %2 · %3 · %4")
            .replace("%1", topic)
            .replace("%2", self.lecture.speaker.in_language(lang))
            .replace("%3", self.lecture.recorded_on.isoformat())
            .replace("%4", duration_text(self.lecture.duration_seconds))
        )
        self.setAccessibleName(title)
        refit(self, self._content_height)


class LectureCatalogue(QWidget):
    """Newest first; a topic button filters the list."""

    lecture_chosen = Signal(object)  # Lecture
    board_requested = Signal()
    topic_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lectures: list[Lecture] = []
        # Topics and the board share one 4 x 2 grid above the list, so the list keeps the height.
        self.topics = TopicPicker(with_all=True, columns=4)
        self.topics.topic_chosen.connect(self._filter)
        self.board_button = WrapButton(objectName="questionBoardButton")
        self.board_button.setProperty("role", "primary")
        self.board_button.clicked.connect(self.board_requested)
        self.topics.add_cell(self.board_button)
        self.empty = QLabel(objectName="noLectures", wordWrap=True)
        self.empty.setProperty("role", "notice")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_widget = QWidget(objectName="lectureList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setSpacing(16)
        self.scroll = QScrollArea(objectName="lectureScroll", widgetResizable=True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self.topics)
        layout.addWidget(self.scroll, 1)
        self.retranslateUi()

    def set_lectures(self, lectures: list[Lecture]) -> None:
        """The whole catalogue (already newest first); the chosen topic filter stays."""
        self._lectures = list(lectures)
        self._rebuild()

    def tiles(self) -> list[LectureTile]:
        return self.list_widget.findChildren(LectureTile)

    def reset(self) -> None:
        self.topics.set_topic(None)
        self._rebuild()
        self.scroll.verticalScrollBar().setValue(0)

    def retranslateUi(self) -> None:
        self.topics.retranslateUi()
        self.board_button.setText(self.tr("Question board"))
        self.empty.setText(
            self.tr("There are no lectures on this topic yet. Ask your question on the board.")
        )
        for tile in self.tiles():
            tile.retranslateUi()

    def _filter(self, topic: str | None) -> None:
        self._rebuild()
        self.topic_changed.emit(topic)

    def _rebuild(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.empty:
                widget.setParent(None)  # out of findChildren at once, not only after deleteLater
                widget.deleteLater()
        topic = self.topics.topic()
        shown = [lec for lec in self._lectures if topic is None or lec.topic == topic]
        for lecture in shown:
            tile = LectureTile(lecture)
            tile.clicked.connect(lambda _=False, lec=lecture: self.lecture_chosen.emit(lec))
            self.list_layout.addWidget(tile)
        self.list_layout.addWidget(self.empty)
        self.empty.setVisible(not shown)
        self.list_layout.addStretch(1)
