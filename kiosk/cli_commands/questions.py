"""`kiosk questions ...`: staff moderate the lecture room's question board."""

from __future__ import annotations

import argparse

from kiosk.cli_commands.common import (
    CommandError,
    clock_from,
    config_from,
    open_database,
    print_json,
    record_id,
    run_guarded,
)
from kiosk.domain.errors import KioskError
from kiosk.domain.lecture_questions import Question, QuestionStatus
from kiosk.services.lectures import QuestionBoard


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("questions", help="moderate the lecture question board")
    actions = parser.add_subparsers(dest="questions_action", required=True)
    lister = actions.add_parser("list", help="list questions, newest first")
    lister.add_argument("--status", choices=[s.value for s in QuestionStatus])
    lister.add_argument("--json", action="store_true")
    lister.set_defaults(handler=list_questions)
    for name, help_text in (("approve", "show a question to residents"), ("hide", "hide a question")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("question_id", type=record_id)
        action.set_defaults(handler=change_status, status_action=name)
    answer = actions.add_parser("answer", help="answer a question (this also approves it)")
    answer.add_argument("question_id", type=record_id)
    answer.add_argument("text")
    answer.set_defaults(handler=answer_question)
    link = actions.add_parser("link", help="link a question to the lecture that answers it")
    link.add_argument("question_id", type=record_id)
    link.add_argument(
        "lecture_id", type=_lecture_or_zero, help="lecture number (see `kiosk content lectures`); 0 unlinks"
    )
    link.set_defaults(handler=link_question)
    topic = actions.add_parser("next-month", help="mark a question as a topic for next month's lecture")
    topic.add_argument("question_id", type=int)
    topic.add_argument("--off", action="store_true", help="remove the mark")
    topic.set_defaults(handler=mark_next_month)


def _lecture_or_zero(text: str) -> int:
    """A lecture number, or 0 to unlink."""
    return 0 if text.strip() == "0" else record_id(text)


def _board(args: argparse.Namespace) -> QuestionBoard:
    return QuestionBoard(open_database(config_from(args)), clock_from(args))


@run_guarded
def list_questions(args: argparse.Namespace) -> int:
    status = QuestionStatus(args.status) if args.status else None
    questions = _board(args).all(status)
    if args.json:
        print_json([_as_json(q) for q in questions])
        return 0
    for q in questions:
        answered = "answered" if q.is_answered else "open"
        print(f"{q.question_id:4d}  {q.status.value:<8} {answered:<8} {q.topic:<12} {q.text[:60]}")
    return 0


@run_guarded
def change_status(args: argparse.Namespace) -> int:
    board = _board(args)
    action = board.approve if args.status_action == "approve" else board.hide
    question = _refusing(lambda: action(args.question_id))
    print(f"question {question.question_id} is {question.status.value}")
    return 0


@run_guarded
def answer_question(args: argparse.Namespace) -> int:
    question = _refusing(lambda: _board(args).answer(args.question_id, args.text))
    print(f"question {question.question_id} answered")
    return 0


@run_guarded
def link_question(args: argparse.Namespace) -> int:
    lecture_id = args.lecture_id or None
    question = _refusing(lambda: _board(args).link(args.question_id, lecture_id))
    print(f"question {question.question_id} linked to lecture {question.lecture_id}")
    return 0


@run_guarded
def mark_next_month(args: argparse.Namespace) -> int:
    chosen = not args.off
    question = _refusing(lambda: _board(args).choose_for_next_month(args.question_id, chosen))
    state = "a topic" if question.next_month_topic else "not a topic"
    print(f"question {question.question_id} is {state} for next month's lecture")
    return 0


def _refusing(action):  # type: ignore[no-untyped-def]
    try:
        return action()
    except KioskError as err:
        raise CommandError(str(err)) from err


def _as_json(q: Question) -> dict[str, object]:
    return {
        "id": q.question_id,
        "topic": q.topic,
        "text": q.text,
        "status": q.status.value,
        "answer": q.answer,
        "answered_at": q.answered_at.isoformat() if q.answered_at else None,
        "lecture_id": q.lecture_id,
        "next_month_topic": q.next_month_topic,
        "created_at": q.created_at.isoformat(),
    }
