"""The question board desk: residents' questions waiting for staff; approve, answer, hide, and mark a
question as a topic for next month's lecture. The same QuestionBoard as `kiosk questions`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.errors import KioskError
from kiosk.domain.lecture_questions import MAX_ANSWER_CHARS, InvalidQuestionText, Question, QuestionStatus
from kiosk.gui.peoples_text import mark_item, mark_label
from kiosk.gui.screens.staff_base import StaffScreen, ui_language
from kiosk.gui.widgets.desk_parts import (
    button_row,
    desk_list,
    empty_notice,
    message_label,
    role_button,
    show_message,
)
from kiosk.gui.widgets.info_widgets import label
from kiosk.gui.widgets.lecture_topics import TopicNames
from kiosk.services.lectures import QuestionBoard

QUESTION_ROLE = Qt.ItemDataRole.UserRole
NEXT_MONTH = "next_month"
# Filter -> which questions it lists.
FILTERS = (
    QuestionStatus.PENDING.value,
    QuestionStatus.APPROVED.value,
    QuestionStatus.HIDDEN.value,
    NEXT_MONTH,
)


class StaffQuestionsScreen(StaffScreen):
    """Waiting questions first; the chosen one's text, its answer field and the moderation buttons."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.board = QuestionBoard(context.database, context.clock)
        self.topics = TopicNames(self)
        self.filter = QuestionStatus.PENDING.value
        self.filter_buttons = {
            name: role_button(f"questionsFilter_{name}", checkable=True) for name in FILTERS
        }
        for name, button in self.filter_buttons.items():
            button.clicked.connect(lambda _=False, n=name: self.show_filter(n))
        self.rows = desk_list("questionList")
        self.empty_label = empty_notice("questionsEmpty")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.question_text = label(role="notice", object_name="questionText")
        self.answer_label = label(object_name="answerLabel")
        self.answer_edit = QLineEdit(objectName="answerEdit", maxLength=MAX_ANSWER_CHARS)
        self.answer_edit.setProperty("keyboardLayout", ui_language())
        self.answer_label.setBuddy(self.answer_edit)
        self.approve_button = role_button("questionApprove", "primary")
        self.answer_button = role_button("questionAnswer", "primary")
        self.hide_button = role_button("questionHide", "danger")
        self.next_month_button = role_button("questionNextMonth", checkable=True)
        self.approve_button.clicked.connect(
            lambda: self._act(self.board.approve, self.tr("Shown to residents."))
        )
        self.hide_button.clicked.connect(
            lambda: self._act(self.board.hide, self.tr("Hidden from residents."))
        )
        self.answer_button.clicked.connect(self.save_answer)
        self.next_month_button.clicked.connect(self.toggle_next_month)
        self.message = message_label("questionMessage")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(button_row(*self.filter_buttons.values()))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.question_text)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.answer_edit)
        layout.addLayout(
            button_row(self.approve_button, self.answer_button, self.next_month_button, self.hide_button)
        )
        layout.addWidget(self.message)
        self.retranslateUi()

    # --- listing -------------------------------------------------------------------------------------

    def show_filter(self, name: str) -> None:
        self.filter = name
        self.message.hide()
        self.refresh()

    def refresh(self) -> None:
        """Reload the list (residents on other kiosks keep posting)."""
        chosen = self.selected_question()
        if self.filter == NEXT_MONTH:
            questions = [q for q in self.board.all() if q.next_month_topic]
        else:
            questions = self.board.all(QuestionStatus(self.filter))
        self.rows.clear()
        for question in questions:
            item = QListWidgetItem(self._describe(question))
            item.setData(QUESTION_ROLE, question)
            mark_item(item, question.text)
            self.rows.addItem(item)
            if chosen is not None and chosen.question_id == question.question_id:
                self.rows.setCurrentItem(item)
        self.empty_label.setText(self.tr("No questions here."))
        self.empty_label.setVisible(not questions)
        for name, button in self.filter_buttons.items():
            button.setChecked(name == self.filter)
        self._selection_changed()

    def selected_question(self) -> Question | None:
        item = self.rows.currentItem()
        question = item.data(QUESTION_ROLE) if item is not None else None
        return question if isinstance(question, Question) else None

    def select(self, question_id: int) -> None:
        """Choose the question in the list (tests use it as a tap would)."""
        for index in range(self.rows.count()):
            question = self.rows.item(index).data(QUESTION_ROLE)
            if isinstance(question, Question) and question.question_id == question_id:
                self.rows.setCurrentRow(index)
                return
        raise LookupError(question_id)

    def _describe(self, question: Question) -> str:
        marks = []
        if question.is_answered:
            marks.append(self.tr("answered"))
        if question.next_month_topic:
            marks.append(self.tr("★ next month's topic"))
        first_line = (
            f"#{question.question_id}  {self.topics.name(question.topic)}  {question.created_at:%Y-%m-%d}"
        )
        if marks:
            first_line += "  · " + ", ".join(marks)
        return f"{first_line}\n{question.text}"

    def _selection_changed(self) -> None:
        question = self.selected_question()
        chosen = question is not None
        for button in (self.approve_button, self.answer_button, self.hide_button, self.next_month_button):
            button.setEnabled(chosen)
        self.answer_edit.setEnabled(chosen)
        if question is None:
            self.question_text.setText(self.tr("Choose a question in the list."))
            mark_label(self.question_text)
            self.answer_edit.clear()
            self.next_month_button.setChecked(False)
            return
        self.question_text.setText(question.text)
        mark_label(self.question_text, question.text)
        self.answer_edit.setText(question.answer or "")
        self.approve_button.setEnabled(question.status is not QuestionStatus.APPROVED)
        self.hide_button.setEnabled(question.status is not QuestionStatus.HIDDEN)
        self.next_month_button.setChecked(question.next_month_topic)

    # --- actions -------------------------------------------------------------------------------------

    def save_answer(self) -> None:
        """Answering also shows the question to residents (QuestionBoard.answer approves it)."""
        text = self.answer_edit.text()
        self._act(lambda qid: self.board.answer(qid, text), self.tr("Answer saved and shown to residents."))

    def toggle_next_month(self) -> None:
        chosen = self.next_month_button.isChecked()
        done = self.tr("Marked as a topic for next month's lecture.") if chosen else self.tr("Mark removed.")
        self._act(lambda qid: self.board.choose_for_next_month(qid, chosen), done)

    def _act(self, action: Callable[[int], Question], done: str) -> None:
        question = self.selected_question()
        if question is None:
            return
        try:
            action(question.question_id)
        except InvalidQuestionText:
            show_message(self.message, self.tr("Please write an answer first."), error=True)
            return
        except KioskError:
            show_message(self.message, self.tr("This question no longer exists."), error=True)
            self.refresh()
            return
        self.refresh()
        show_message(self.message, done)

    # --- screen contract -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Question board")

    def reset(self) -> None:
        self.filter = QuestionStatus.PENDING.value
        self.rows.clear()
        self.empty_label.hide()
        self.answer_edit.clear()
        self.message.hide()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        names = {
            QuestionStatus.PENDING.value: self.tr("Waiting"),
            QuestionStatus.APPROVED.value: self.tr("Shown to residents"),
            QuestionStatus.HIDDEN.value: self.tr("Hidden"),
            NEXT_MONTH: self.tr("Next month's topics"),
        }
        for name, button in self.filter_buttons.items():
            button.setText(names[name])
        self.answer_label.setText(self.tr("Answer (residents see it under the question)"))
        self.approve_button.setText(self.tr("Show to residents"))
        self.answer_button.setText(self.tr("Save answer"))
        self.hide_button.setText(self.tr("Hide"))
        self.next_month_button.setText(self.tr("Topic for next month"))
        self.answer_edit.setProperty("keyboardLayout", ui_language())
        if self.session.active:
            self.refresh()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def with_question() -> None:
            if not self.board.pending():  # the screenshots' throw-away database
                self.board.post("property", "재산세 고지서를 잃어버렸는데 다시 받을 수 있나요?")
                self.board.post("vehicle", "이사를 가면 자동차세는 어디에 내나요?")
            self._sign_in_for_screenshot()
            self.show_filter(QuestionStatus.PENDING.value)
            self.rows.setCurrentRow(0)

        return [*super().screenshot_states(), ("question", with_question)]
