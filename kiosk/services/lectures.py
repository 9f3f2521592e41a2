"""The lecture room for the screens and the CLI: importing lecture folders, the catalogue, the board."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk import paths
from kiosk.domain.clock import Clock
from kiosk.domain.lecture_questions import (
    MAX_ANSWER_CHARS,
    Question,
    QuestionStatus,
    check_question,
    clean_text,
)
from kiosk.domain.lectures import Lecture, ManifestProblem, check_topic, read_manifest
from kiosk.storage import lectures as store
from kiosk.storage.database import Database

log = logging.getLogger(__name__)


def media_dir() -> Path:
    """Where imported lecture files are kept: the kiosk's own copy, whatever happens to the USB stick."""
    return paths.user_data_dir() / "media" / "lectures"


@dataclass(frozen=True)
class ImportReport:
    """What `import_lectures` did: the lectures stored and the entries left out."""

    imported: tuple[Lecture, ...]
    problems: tuple[ManifestProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def import_lectures(database: Database, folder: Path, media: Path | None = None) -> ImportReport:
    """Copy a folder's valid lectures into the media folder and store them; report the others by name."""
    reading = read_manifest(folder)
    media = media or media_dir()
    imported: list[Lecture] = []
    problems = list(reading.problems)
    for lecture in reading.lectures:
        try:
            copied = _copy_files(lecture, media / lecture.key)
        except OSError as err:
            problems.append(ManifestProblem(lecture.key, 0, f"cannot be copied: {err.strerror}"))
            continue
        with database.write_session() as session:
            imported.append(store.save_lecture(session, copied))
    for problem in problems:
        log.warning("lecture left out of %s: %s", reading.manifest, problem)
    log.info("imported %d lectures from %s", len(imported), reading.manifest)
    return ImportReport(tuple(imported), tuple(problems))


def _copy_files(lecture: Lecture, target: Path) -> Lecture:
    target.mkdir(parents=True, exist_ok=True)
    return replace(
        lecture,
        video=_copy(lecture.video, target),
        subtitles=_copy(lecture.subtitles, target) if lecture.subtitles else None,
        thumbnail=_copy(lecture.thumbnail, target) if lecture.thumbnail else None,
    )


def _copy(source: Path, target: Path) -> Path:
    destination = target / source.name
    stat = source.stat()
    # Re-importing the same folder copies nothing new (same size and modification time).
    if destination.exists():
        existing = destination.stat()
        if existing.st_size == stat.st_size and int(existing.st_mtime) == int(stat.st_mtime):
            return destination
    partial = destination.with_name(destination.name + ".part")
    shutil.copy2(source, partial)
    partial.replace(destination)
    return destination


def list_lectures(database: Database, topic: str | None = None) -> list[Lecture]:
    """The catalogue, newest first, optionally on one topic."""
    if topic is not None:
        check_topic(topic)
    with database.session() as session:
        return store.list_lectures(session, topic)


def get_lecture(database: Database, lecture_id: int) -> Lecture:
    with database.session() as session:
        return store.get_lecture(session, lecture_id)


def load_demo_lectures(database: Database) -> ImportReport:
    """Make the demo videos (if needed) and import the demo catalogue, for `kiosk demo`."""
    from kiosk.services.demo_media import make_demo_videos

    make_demo_videos()
    return import_lectures(database, paths.demo_dir() / "lectures.toml")


class QuestionBoard:
    """Residents post anonymous questions; staff approve, hide, answer and link them to lectures."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._database = database
        self._clock = clock

    def post(self, topic: str, text: str) -> Question:
        """A resident's question, stored as pending until staff approve it."""
        topic, text = check_question(topic, text)
        with self._database.write_session() as session:
            question = store.add_question(session, topic, text, self._clock.now())
        # Only the number and topic: the text may hold something personal despite the advice on screen.
        log.info("question %d posted on %s", question.question_id, topic)
        return question

    def approve(self, question_id: int) -> Question:
        return self._set_status(question_id, QuestionStatus.APPROVED)

    def hide(self, question_id: int) -> Question:
        return self._set_status(question_id, QuestionStatus.HIDDEN)

    def answer(self, question_id: int, text: str) -> Question:
        """Staff's answer; answering also approves, since an answered question is meant to be read."""
        answer = clean_text(text, MAX_ANSWER_CHARS, "answer")
        with self._database.write_session() as session:
            store.set_answer(session, question_id, answer, self._clock.now())
            question = store.set_status(session, question_id, QuestionStatus.APPROVED)
        log.info("question %d answered", question_id)
        return question

    def link(self, question_id: int, lecture_id: int | None) -> Question:
        """Link the question to the lecture that answers it (None removes the link)."""
        with self._database.write_session() as session:
            return store.set_lecture(session, question_id, lecture_id)

    def choose_for_next_month(self, question_id: int, chosen: bool = True) -> Question:
        """Mark the question as a topic for next month's lecture."""
        with self._database.write_session() as session:
            return store.set_next_month_topic(session, question_id, chosen)

    def get(self, question_id: int) -> Question:
        with self._database.session() as session:
            return store.get_question(session, question_id)

    def pending(self) -> list[Question]:
        """Questions waiting for staff, newest first."""
        with self._database.session() as session:
            return store.list_questions(session, status=QuestionStatus.PENDING)

    def answered(self, topic: str | None = None) -> list[Question]:
        """What residents see: approved questions with an answer, newest first."""
        if topic is not None:
            check_topic(topic)
        with self._database.session() as session:
            return store.list_questions(session, QuestionStatus.APPROVED, topic, answered=True)

    def approved(self, topic: str | None = None) -> list[Question]:
        """Approved questions, answered or not, newest first."""
        if topic is not None:
            check_topic(topic)
        with self._database.session() as session:
            return store.list_questions(session, QuestionStatus.APPROVED, topic)

    def all(self, status: QuestionStatus | None = None) -> list[Question]:
        with self._database.session() as session:
            return store.list_questions(session, status)

    def _set_status(self, question_id: int, status: QuestionStatus) -> Question:
        with self._database.write_session() as session:
            question = store.set_status(session, question_id, status)
        log.info("question %d is now %s", question_id, status.value)
        return question


def load_demo_content(context: object) -> str:
    """DEMO_LOADERS entry (kiosk/demo.py): the demo lectures and a few answered board questions."""
    database = context.database  # type: ignore[attr-defined]
    report = load_demo_lectures(database)
    board = QuestionBoard(database, context.clock)  # type: ignore[attr-defined]
    answered = load_demo_questions(board, report.imported)
    return f"{len(report.imported)} lectures, {answered} answered questions"


DEMO_QUESTIONS = (
    (
        "property",
        "재산세는 언제 내나요? 고지서를 못 받았어요.",
        "7월(1기)과 9월(2기)에 냅니다. 고지서를 받지 못했으면 구청 세무과에 물어보세요.",
        "2026-11-property-tax",
    ),
    (
        "vehicle",
        "자동차세를 1월에 한 번에 내면 얼마나 줄어드나요?",
        "연납하면 세액이 줄어듭니다. 자세한 비율은 해마다 달라지니 고지서를 확인하세요.",
        "2026-10-vehicle-tax",
    ),
)


def load_demo_questions(board: QuestionBoard, lectures: tuple[Lecture, ...]) -> int:
    """Post and answer the demo questions once (a second run finds them and adds nothing)."""
    existing = {q.text for q in board.all()}
    by_key = {lecture.key: lecture.lecture_id for lecture in lectures}
    added = 0
    for topic, text, answer, lecture_key in DEMO_QUESTIONS:
        if text in existing:
            continue
        question = board.post(topic, text)
        board.answer(question.question_id, answer)
        board.link(question.question_id, by_key.get(lecture_key))
        added += 1
    return added
