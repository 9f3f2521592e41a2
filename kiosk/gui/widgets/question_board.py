"""The question board page: pick a topic, read the answered questions on it, or post your own."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import KioskError
from kiosk.domain.lecture_questions import MAX_QUESTION_CHARS, InvalidQuestionText, Question
from kiosk.domain.lectures import Lecture
from kiosk.gui.peoples_text import mark_label
from kiosk.gui.widgets.lecture_catalogue import language
from kiosk.gui.widgets.lecture_topics import TopicPicker
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.lectures import QuestionBoard

log = logging.getLogger(__name__)


class AnsweredQuestionCard(QFrame):
    """A question, its answer and, when staff linked one, the lecture that answers it."""

    lecture_requested = Signal(object)  # Lecture

    def __init__(self, question: Question, lecture: Lecture | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.question = question
        self.lecture = lecture
        self.question_label = QLabel(objectName="questionText", wordWrap=True)
        self.question_label.setProperty("role", "subtitle")
        self.answer_label = QLabel(objectName="answerText", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.question_label)
        layout.addWidget(self.answer_label)
        self.watch_button: QPushButton | None = None
        self.lecture_label: QLabel | None = None
        if lecture is not None:
            self.lecture_label = QLabel(objectName="linkedLecture", wordWrap=True)
            self.lecture_label.setProperty("role", "muted")
            layout.addWidget(self.lecture_label)
            self.watch_button = WrapButton(objectName="watchLectureButton")
            self.watch_button.clicked.connect(lambda: self.lecture_requested.emit(self.lecture))
            layout.addWidget(self.watch_button)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.question_label.setText(self.tr("Q. %1").replace("%1", self.question.text))
        self.answer_label.setText(self.tr("A. %1").replace("%1", self.question.answer or ""))
        mark_label(self.question_label, self.question.text)  # as the resident and staff wrote them
        mark_label(self.answer_label, self.question.answer or "")
        if self.watch_button is not None and self.lecture_label is not None and self.lecture is not None:
            self.lecture_label.setText(
                self.tr("Answered in the lecture: %1").replace(
                    "%1", self.lecture.title.in_language(language())
                )
            )
            self.watch_button.setText(self.tr("▶ Watch this lecture"))


class QuestionBoardPage(QWidget):
    """One topic choice drives both the list of answers and the question being written."""

    lecture_requested = Signal(object)  # Lecture
    # A question reached the board (the screen plays the completion sound, K23).
    question_sent = Signal()

    def __init__(self, board: QuestionBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self._lectures: dict[int, Lecture] = {}
        self._state: str = "idle"  # idle | sent | refused | no_topic
        self._refusal = ""
        self.topics = TopicPicker(with_all=False, columns=3)
        self.topics.topic_chosen.connect(lambda _t: self._topic_changed())
        self.form_heading = QLabel(objectName="askHeading", wordWrap=True)
        self.form_heading.setProperty("role", "subtitle")
        self.privacy_note = QLabel(objectName="privacyNote", wordWrap=True)
        self.privacy_note.setProperty("role", "muted")
        self.text_box = QPlainTextEdit(objectName="questionInput")
        self.text_box.textChanged.connect(self._text_changed)
        self.text_box.setMinimumHeight(120)
        self.count_label = QLabel(objectName="questionCount")
        self.count_label.setProperty("role", "muted")
        self.send_button = WrapButton(objectName="sendQuestionButton")
        self.send_button.setProperty("role", "primary")
        self.send_button.clicked.connect(self._send)
        self.status = QLabel(objectName="questionStatus", wordWrap=True)
        self.status.setProperty("role", "notice")
        self.status.hide()
        self.list_heading = QLabel(objectName="answeredHeading", wordWrap=True)
        self.list_heading.setProperty("role", "subtitle")
        self.empty = QLabel(objectName="noAnswers", wordWrap=True)
        self.empty.setProperty("role", "muted")
        self.list_widget = QWidget(objectName="answeredList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setSpacing(16)
        scroll = QScrollArea(objectName="answeredScroll", widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        form = QVBoxLayout()
        form.setSpacing(12)
        form.addWidget(self.form_heading)
        form.addWidget(self.privacy_note)
        form.addWidget(self.text_box, 1)
        # The count and the button on rows of their own: side by side, the count squeezed the button
        # below its longest word in English large text (K08).
        form.addWidget(self.count_label)
        form.addWidget(self.send_button)
        form.addWidget(self.status)
        answers = QVBoxLayout()
        answers.addWidget(self.list_heading)
        answers.addWidget(scroll, 1)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(form, 1)
        columns.addLayout(answers, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self.topics)
        layout.addLayout(columns, 1)
        self.retranslateUi()

    def open(self, topic: str | None, lectures: list[Lecture]) -> None:
        """Show the board on `topic` (None: the resident picks one)."""
        self._lectures = {lec.lecture_id: lec for lec in lectures if lec.lecture_id is not None}
        self.topics.set_topic(topic)
        self._topic_changed()

    def cards(self) -> list[AnsweredQuestionCard]:
        return self.list_widget.findChildren(AnsweredQuestionCard)

    def reset(self) -> None:
        self.text_box.clear()
        self.topics.set_topic(None)
        self._state = "idle"
        self.status.hide()
        # Locally only (the idle reset never waits on the database): open() loads the answers again.
        self._clear_answers()
        self.list_layout.addWidget(self.empty)
        self.empty.hide()

    def retranslateUi(self) -> None:
        self.topics.retranslateUi()
        self.form_heading.setText(self.tr("Your question for next month's lecture"))
        self.privacy_note.setText(
            self.tr(
                "Questions are anonymous: please do not write your name or phone number. "
                "Staff read each one first."
            )
        )
        self.send_button.setText(self.tr("Send question"))
        self.list_heading.setText(self.tr("Answered questions"))
        self.empty.setText(self.tr("No answered questions on this topic yet."))
        self._text_changed()
        self._show_status()
        for card in self.cards():
            card.retranslateUi()

    def _topic_changed(self) -> None:
        if self._state == "no_topic":
            self._state = "idle"
            self._show_status()
        self._show_answers()

    def _text_changed(self) -> None:
        length = len(self.text_box.toPlainText().strip())
        self.count_label.setText(
            self.tr("%1 of %2 characters").replace("%1", str(length)).replace("%2", str(MAX_QUESTION_CHARS))
        )
        self.send_button.setEnabled(0 < length <= MAX_QUESTION_CHARS)

    def _send(self) -> None:
        topic = self.topics.topic()
        if topic is None:
            self._state = "no_topic"
            self._show_status()
            return
        try:
            self._board.post(topic, self.text_box.toPlainText())
        except InvalidQuestionText as err:
            self._state, self._refusal = "refused", str(err)
            self._show_status()
            return
        except KioskError as err:
            log.error("question could not be posted: %s", err)
            self._state, self._refusal = "refused", str(err)
            self._show_status()
            return
        self.text_box.clear()
        self._state = "sent"
        self._show_status()
        self.question_sent.emit()

    def _show_status(self) -> None:
        texts = {
            "sent": self.tr(
                "Thank you. Staff will read your question; the answer will appear on this board."
            ),
            "no_topic": self.tr("Please choose a topic first."),
            "refused": self.tr(
                "The question cannot be sent: please use ordinary text of at most %1 characters."
            ).replace("%1", str(MAX_QUESTION_CHARS)),
        }
        text = texts.get(self._state)
        self.status.setVisible(text is not None)
        self.status.setProperty("role", "notice" if self._state == "sent" else "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if text:
            self.status.setText(text)

    def _clear_answers(self) -> None:
        while self.list_layout.count():
            widget = self.list_layout.takeAt(0).widget()
            if widget is not None and widget is not self.empty:
                widget.setParent(None)
                widget.deleteLater()

    def _show_answers(self) -> None:
        self._clear_answers()
        topic = self.topics.topic()
        questions = self._board.answered(topic)
        for question in questions:
            lecture = self._lectures.get(question.lecture_id) if question.lecture_id else None
            card = AnsweredQuestionCard(question, lecture)
            card.lecture_requested.connect(self.lecture_requested)
            self.list_layout.addWidget(card)
        self.list_layout.addWidget(self.empty)
        self.empty.setVisible(not questions)
        self.list_layout.addStretch(1)
