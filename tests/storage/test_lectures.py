"""Lecture and question tables: saving, re-importing, ordering, moderation fields, time zones."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.clock import SEOUL
from kiosk.domain.lecture_questions import LectureNotFound, QuestionNotFound, QuestionStatus
from kiosk.domain.lectures import Lecture, LocalizedText
from kiosk.storage import lectures as store
from kiosk.storage.database import Database

NOW = datetime(2026, 11, 25, 10, 30, tzinfo=SEOUL)


def _lecture(key: str, day: date, topic: str = "property", title: str = "제목") -> Lecture:
    return Lecture(
        key=key,
        title=LocalizedText(title, "Title"),
        speaker=LocalizedText("김세무", "Kim"),
        topic=topic,
        recorded_on=day,
        duration_seconds=8,
        video=Path(f"/media/{key}.mp4"),
        subtitles=Path(f"/media/{key}.srt"),
    )


def test_lectures_are_listed_newest_first_and_by_topic(database: Database) -> None:
    with database.write_session() as session:
        store.save_lecture(session, _lecture("sep", date(2026, 9, 8), "acquisition"))
        store.save_lecture(session, _lecture("nov", date(2026, 11, 10)))
        store.save_lecture(session, _lecture("oct", date(2026, 10, 13)))
    with database.session() as session:
        assert [lec.key for lec in store.list_lectures(session)] == ["nov", "oct", "sep"]
        assert [lec.key for lec in store.list_lectures(session, "property")] == ["nov", "oct"]
        nov = store.list_lectures(session)[0]
        assert nov.subtitles == Path("/media/nov.srt") and nov.thumbnail is None
        assert store.get_lecture(session, nov.lecture_id) == nov


def test_saving_the_same_key_again_updates_the_lecture(database: Database) -> None:
    with database.write_session() as session:
        first = store.save_lecture(session, _lecture("nov", date(2026, 11, 10), title="처음"))
    with database.write_session() as session:
        second = store.save_lecture(session, _lecture("nov", date(2026, 11, 10), title="고침"))
    assert second.lecture_id == first.lecture_id
    with database.session() as session:
        (only,) = store.list_lectures(session)
    assert only.title.ko == "고침"


def test_question_moderation_fields_round_trip_in_seoul_time(database: Database) -> None:
    with database.write_session() as session:
        lecture = store.save_lecture(session, _lecture("nov", date(2026, 11, 10)))
        question = store.add_question(session, "property", "재산세 언제?", NOW)
    assert question.status is QuestionStatus.PENDING
    with database.write_session() as session:
        store.set_status(session, question.question_id, QuestionStatus.APPROVED)
        store.set_answer(session, question.question_id, "7월과 9월", NOW + timedelta(days=1))
        store.set_lecture(session, question.question_id, lecture.lecture_id)
        store.set_next_month_topic(session, question.question_id, True)
    with database.session() as session:
        stored = store.get_question(session, question.question_id)
    assert stored.created_at == NOW and stored.created_at.utcoffset() == timedelta(hours=9)
    assert stored.answered_at == NOW + timedelta(days=1)
    assert (stored.status, stored.answer, stored.lecture_id) == (
        QuestionStatus.APPROVED,
        "7월과 9월",
        lecture.lecture_id,
    )
    assert stored.next_month_topic


def test_questions_filter_by_status_topic_and_answer_newest_first(database: Database) -> None:
    with database.write_session() as session:
        a = store.add_question(session, "property", "a", NOW)
        b = store.add_question(session, "property", "b", NOW + timedelta(minutes=1))
        store.add_question(session, "vehicle", "c", NOW + timedelta(minutes=2))
        store.set_status(session, a.question_id, QuestionStatus.APPROVED)
        store.set_status(session, b.question_id, QuestionStatus.APPROVED)
        store.set_answer(session, a.question_id, "answer", NOW)
    with database.session() as session:
        assert [q.text for q in store.list_questions(session)] == ["c", "b", "a"]
        assert [q.text for q in store.list_questions(session, QuestionStatus.APPROVED, "property")] == [
            "b",
            "a",
        ]
        assert [q.text for q in store.list_questions(session, answered=True)] == ["a"]
        assert [q.text for q in store.list_questions(session, QuestionStatus.PENDING)] == ["c"]


def test_unknown_ids_are_refused(database: Database) -> None:
    with database.write_session() as session:
        question = store.add_question(session, "property", "q", NOW)
    with pytest.raises(QuestionNotFound), database.write_session() as session:
        store.set_status(session, 999, QuestionStatus.HIDDEN)
    with pytest.raises(LectureNotFound), database.write_session() as session:
        store.set_lecture(session, question.question_id, 999)
