"""`kiosk questions next-month`: the CLI counterpart of the question desk's "Topic for next month"."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.domain.clock import SystemClock
from kiosk.services.lectures import QuestionBoard
from kiosk.storage.database import Database


def test_mark_and_unmark_a_question_for_next_month(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kiosk.toml").write_text(f'[database]\nurl = "{database_url}"\n', encoding="utf-8")
    assert main(["db", "upgrade"]) == 0
    database = Database(load_config().database.resolved_url())
    board = QuestionBoard(database, SystemClock())
    question = board.post("refund", "환급금은 어떻게 찾나요?")
    qid = str(question.question_id)
    assert main(["questions", "next-month", qid]) == 0
    assert "is a topic" in capsys.readouterr().out
    assert board.get(question.question_id).next_month_topic
    assert main(["questions", "next-month", qid, "--off"]) == 0
    assert not board.get(question.question_id).next_month_topic
    assert main(["questions", "next-month", "999"]) == 2
    database.dispose()
