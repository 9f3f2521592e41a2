"""Importing a month's lecture folder, and the question board as residents and staff use it."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.domain.clock import ManualClock
from kiosk.domain.lecture_questions import InvalidQuestionText, QuestionStatus
from kiosk.domain.lectures import UnknownTopic
from kiosk.services.lectures import (
    QuestionBoard,
    import_lectures,
    list_lectures,
    load_demo_lectures,
    media_dir,
)
from kiosk.storage.database import Database
from tests.helpers.kiosk_window import TEST_START
from tests.helpers.lecture_media import demo_video_folder, lecture_entry


def _month_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "2026-12"
    folder.mkdir()
    for stem in ("2026-11-property-tax", "2026-10-vehicle-tax"):
        for suffix in (".mp4", ".ko.srt", ".png"):
            shutil.copy(demo_video_folder() / f"{stem}{suffix}", folder)
    (folder / "broken.mp4").write_text("this is a text file renamed to .mp4")
    manifest = (
        lecture_entry(
            "property",
            "2026-11-property-tax.mp4",
            extra='subtitles = "2026-11-property-tax.ko.srt"\nthumbnail = "2026-11-property-tax.png"\n',
        )
        + lecture_entry("vehicle", "2026-10-vehicle-tax.mp4", topic="vehicle", date="2026-12-01")
        + lecture_entry("lost", "lost.mp4")
        + lecture_entry("broken", "broken.mp4")
    )
    (folder / "lectures.toml").write_text(manifest, encoding="utf-8")
    return folder


def test_import_copies_the_valid_lectures_and_reports_the_others_by_name(
    database: Database, tmp_path: Path
) -> None:
    folder = _month_folder(tmp_path)
    report = import_lectures(database, folder)
    assert not report.ok
    assert sorted(p.name for p in report.problems) == ["broken", "lost"]
    lectures = list_lectures(database)
    assert [lec.key for lec in lectures] == ["vehicle", "property"]
    property_lecture = lectures[1]
    assert property_lecture.video.parent == media_dir() / "property"
    assert property_lecture.video.read_bytes() == (folder / "2026-11-property-tax.mp4").read_bytes()
    assert property_lecture.subtitles is not None and property_lecture.subtitles.is_file()
    # The kiosk keeps its own copy: the USB stick can go.
    shutil.rmtree(folder)
    assert property_lecture.video.is_file()
    assert [lec.key for lec in list_lectures(database, "vehicle")] == ["vehicle"]


def test_importing_the_same_folder_twice_keeps_one_copy_of_each(database: Database, tmp_path: Path) -> None:
    folder = _month_folder(tmp_path)
    import_lectures(database, folder)
    copied = media_dir() / "property" / "2026-11-property-tax.mp4"
    first_mtime = copied.stat().st_mtime_ns
    import_lectures(database, folder)
    assert len(list_lectures(database)) == 2
    assert copied.stat().st_mtime_ns == first_mtime


def test_demo_lectures_load_with_their_subtitles_and_thumbnails(database: Database) -> None:
    report = load_demo_lectures(database)
    assert report.ok and len(report.imported) == 3
    newest = list_lectures(database)[0]
    assert newest.key == "2026-11-property-tax"
    assert newest.thumbnail is not None and newest.thumbnail.read_bytes()[:4] == b"\x89PNG"
    assert "재산세" in newest.subtitles.read_text(encoding="utf-8")


@pytest.fixture
def board(database: Database) -> QuestionBoard:
    return QuestionBoard(database, ManualClock(TEST_START))


def test_a_posted_question_is_hidden_from_residents_until_staff_approve_and_answer(
    board: QuestionBoard,
) -> None:
    question = board.post("property", "  재산세 고지서를 못 받았어요  ")
    assert question.text == "재산세 고지서를 못 받았어요"
    assert question.status is QuestionStatus.PENDING
    assert [q.question_id for q in board.pending()] == [question.question_id]
    assert board.answered("property") == [] and board.approved() == []
    board.approve(question.question_id)
    assert [q.question_id for q in board.approved("property")] == [question.question_id]
    assert board.answered("property") == []
    answered = board.answer(question.question_id, "구청 세무과에 물어보세요.")
    assert answered.answer == "구청 세무과에 물어보세요." and answered.answered_at == TEST_START
    assert [q.question_id for q in board.answered("property")] == [question.question_id]
    assert board.answered("vehicle") == []


def test_answering_approves_and_hiding_takes_a_question_off_the_board(board: QuestionBoard) -> None:
    question = board.post("vehicle", "연납 할인은 얼마인가요?")
    board.answer(question.question_id, "고지서를 확인하세요.")
    assert board.get(question.question_id).status is QuestionStatus.APPROVED
    board.hide(question.question_id)
    assert board.answered() == []


def test_a_question_links_to_the_lecture_that_answers_it(board: QuestionBoard, database: Database) -> None:
    load_demo_lectures(database)
    lecture = list_lectures(database, "property")[0]
    question = board.post("property", "재산세는 언제 내나요?")
    board.answer(question.question_id, "7월과 9월에 냅니다.")
    linked = board.link(question.question_id, lecture.lecture_id)
    assert linked.lecture_id == lecture.lecture_id
    assert board.answered("property")[0].lecture_id == lecture.lecture_id
    assert board.link(question.question_id, None).lecture_id is None


def test_staff_mark_questions_for_next_months_lecture(board: QuestionBoard) -> None:
    question = board.post("refund", "환급금은 언제 들어오나요?")
    assert board.choose_for_next_month(question.question_id).next_month_topic
    assert not board.choose_for_next_month(question.question_id, False).next_month_topic


def test_invalid_questions_are_refused_and_nothing_is_stored(board: QuestionBoard) -> None:
    with pytest.raises(InvalidQuestionText):
        board.post("property", "")
    with pytest.raises(InvalidQuestionText):
        board.post("property", "x" * 501)
    with pytest.raises(UnknownTopic):
        board.post("lottery", "당첨금 세금?")
    assert board.all() == []


def test_board_lists_newest_first(database: Database) -> None:
    clock = ManualClock(TEST_START)
    board = QuestionBoard(database, clock)
    first = board.post("property", "첫 질문")
    clock.advance(timedelta(minutes=5))
    second = board.post("property", "둘째 질문")
    assert [q.question_id for q in board.pending()] == [second.question_id, first.question_id]
