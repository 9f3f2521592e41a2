"""The lecture room: the catalogue, the player and the question board, as three pages of one screen.

One screen rather than three, so that the chosen lecture and its position pass between the pages
without the navigator carrying data; Back walks the pages (`go_back`). While a lecture plays the screen
is busy, so the idle reset waits until it is paused or over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.lectures import Lecture
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.lecture_catalogue import LectureCatalogue
from kiosk.gui.widgets.lecture_player import LecturePlayerPage
from kiosk.gui.widgets.question_board import QuestionBoardPage
from kiosk.services.lectures import QuestionBoard, list_lectures
from kiosk.services.player import Player, VlcPlayer

log = logging.getLogger(__name__)


class LecturesScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        factory: Callable[[], Player] = getattr(context, "lecture_player_factory", None) or VlcPlayer
        self._lectures: list[Lecture] = []
        self._history: list[int] = []
        self.catalogue = LectureCatalogue()
        self.player_page = LecturePlayerPage(factory)
        self.board_page = QuestionBoardPage(QuestionBoard(context.database, context.clock))
        self.board_page.question_sent.connect(context.sounds.completed)
        self.pages = QStackedWidget(objectName="lecturePages")
        for page in (self.catalogue, self.player_page, self.board_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.catalogue.lecture_chosen.connect(self.play)
        self.catalogue.board_requested.connect(lambda: self.show_board(self.catalogue.topics.topic()))
        self.player_page.question_requested.connect(self.show_board)
        self.board_page.lecture_requested.connect(self.play)

    # -- Screen --------------------------------------------------------------------------------------

    def title(self) -> str:
        if self.pages.currentWidget() is self.board_page:
            return self.tr("Question board")
        return self.tr("Tax lectures")

    def entered(self) -> None:
        self.refresh()

    def is_busy(self) -> bool:
        return self.pages.currentWidget() is self.player_page and self.player_page.is_playing()

    def go_back(self) -> bool:
        if not self._history:
            return False
        self._show(self._history.pop(), remember=False)
        return True

    def reset(self) -> None:
        self.player_page.reset()
        self.board_page.reset()
        self.catalogue.reset()
        self._history.clear()
        self.pages.setCurrentWidget(self.catalogue)
        self.header_changed.emit()

    def retranslateUi(self) -> None:
        self.catalogue.retranslateUi()
        self.player_page.retranslateUi()
        self.board_page.retranslateUi()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def playing() -> None:
            # Wait (at most 3 s) for a frame and pause on it, so the picture shows real video.
            if not self._lectures:
                return
            loop = QEventLoop()
            QTimer.singleShot(3000, loop.quit)
            self.play(self._lectures[0])
            player = self.player_page.player()
            if player is not None:
                player.first_frame.connect(lambda: QTimer.singleShot(1200, loop.quit))
                player.failed.connect(loop.quit)
                loop.exec()
                player.pause()
                QTimer.singleShot(300, loop.quit)  # let the pause reach the buttons
                loop.exec()

        def board() -> None:
            self.show_board(self._lectures[0].topic if self._lectures else None)

        return [("player", playing), ("board", board)]

    # -- pages ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the catalogue again (staff may have imported lectures)."""
        self._lectures = list_lectures(self.context.database)
        self.catalogue.set_lectures(self._lectures)

    def play(self, lecture: Lecture) -> None:
        self._show(self.pages.indexOf(self.player_page))
        self.player_page.open(lecture)
        self.header_changed.emit()

    def show_board(self, topic: str | None) -> None:
        self.board_page.open(topic or None, self._lectures)
        self._show(self.pages.indexOf(self.board_page))

    def _show(self, index: int, remember: bool = True) -> None:
        current = self.pages.currentIndex()
        if current == index:
            return
        if self.pages.currentWidget() is self.player_page:
            self.player_page.leave()
        if remember:
            self._history.append(current)
        self.pages.setCurrentIndex(index)
        self.header_changed.emit()
