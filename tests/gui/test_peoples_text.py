"""What residents and staff wrote is shown as written: plain text, never markup that Qt would render."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from kiosk.domain.clock import SEOUL
from kiosk.domain.lecture_questions import Question, QuestionStatus
from kiosk.gui.peoples_text import mark_label
from kiosk.gui.widgets.question_board import AnsweredQuestionCard


def _big_picture(tmp_path: Path) -> Path:
    path = tmp_path / "big.png"
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def test_an_approved_question_with_markup_shows_the_markup_as_typed(qtbot, tmp_path: Path) -> None:
    text = f'<b>refund</b> when? <img src="{_big_picture(tmp_path)}" width="600" height="600">'
    question = Question(
        question_id=1,
        topic="refund",
        text=text,
        status=QuestionStatus.APPROVED,
        created_at=datetime(2026, 12, 1, 10, tzinfo=SEOUL),
        answer="<i>After</i> you apply.",
    )
    card = AnsweredQuestionCard(question, None)
    qtbot.addWidget(card)
    card.setFixedWidth(900)
    card.show()
    for label, written in ((card.question_label, text), (card.answer_label, "<i>After</i> you apply.")):
        assert label.textFormat() is Qt.TextFormat.PlainText
        assert written in label.text()
    # The picture is not drawn: not one of its red pixels is on screen (whatever the font's size).
    card.resize(900, card.heightForWidth(900))
    assert not _has_red(card.grab().toImage())
    rendered = QLabel(text)  # the same text as Qt's default (rich) label: the check can fail
    qtbot.addWidget(rendered)
    rendered.resize(900, 700)
    assert _has_red(rendered.grab().toImage())


def _has_red(image: QImage) -> bool:
    red = QColor("red").rgb()
    points = ((x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4))
    return any(image.pixel(x, y) == red for x, y in points)


def test_every_marked_label_is_plain_text(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("Booked for <b>홍길동</b>")
    assert label.textFormat() is Qt.TextFormat.AutoText  # Qt's default would render the markup
    mark_label(label, "<b>홍길동</b>")
    assert label.textFormat() is Qt.TextFormat.PlainText
