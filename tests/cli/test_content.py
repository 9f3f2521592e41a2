"""`kiosk content import` and `kiosk questions` as staff use them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from tests.helpers.lecture_media import demo_video_folder, lecture_entry


def _write_config(tmp_path: Path, database_url: str) -> None:
    (tmp_path / "kiosk.toml").write_text(f'[database]\nurl = "{database_url}"\n', encoding="utf-8")


@pytest.fixture
def lecture_folder(tmp_path: Path, database_url: str) -> Path:
    _write_config(tmp_path, database_url)
    folder = tmp_path / "usb"
    folder.mkdir()
    shutil.copy(demo_video_folder() / "2026-10-vehicle-tax.mp4", folder / "vehicle.mp4")
    manifest = lecture_entry("vehicle", "vehicle.mp4", topic="vehicle") + lecture_entry("lost", "lost.mp4")
    (folder / "lectures.toml").write_text(manifest, encoding="utf-8")
    return folder


def test_import_with_a_bad_entry_imports_the_good_one_and_exits_1(
    lecture_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "import", str(lecture_folder)]) == 1
    out, err = capsys.readouterr()
    assert "imported: vehicle" in out
    assert "left out: lost (line" in err and "lost.mp4 is missing" in err
    assert "1 imported, 1 left out" in out
    assert main(["content", "lectures", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [lec["key"] for lec in listed] == ["vehicle"]


def test_import_of_a_clean_folder_exits_0(lecture_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = lecture_entry("vehicle", "vehicle.mp4", topic="vehicle")
    (lecture_folder / "lectures.toml").write_text(manifest, encoding="utf-8")
    assert main(["content", "import", str(lecture_folder)]) == 0
    assert "1 imported, 0 left out" in capsys.readouterr().out


def test_a_folder_without_manifest_is_refused(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_config(tmp_path, database_url)
    assert main(["content", "import", str(tmp_path)]) == 2
    assert "no lecture manifest" in capsys.readouterr().err


def test_staff_approve_answer_and_link_a_question(
    lecture_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.config import load_config
    from kiosk.domain.clock import SystemClock
    from kiosk.services.lectures import QuestionBoard
    from kiosk.storage.database import Database

    main(["content", "import", str(lecture_folder)])
    database = Database(load_config().database.resolved_url())
    question = QuestionBoard(database, SystemClock()).post("vehicle", "연납은 언제 하나요?")
    database.dispose()
    capsys.readouterr()
    qid = str(question.question_id)
    assert main(["questions", "list", "--status", "pending"]) == 0
    assert "연납은 언제 하나요?" in capsys.readouterr().out
    assert main(["questions", "approve", qid]) == 0
    assert main(["questions", "answer", qid, "1월, 3월, 6월, 9월에 신청합니다."]) == 0
    assert main(["questions", "link", qid, "1"]) == 0
    capsys.readouterr()
    assert main(["questions", "list", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["status"], listed["lecture_id"]) == ("approved", 1)
    assert listed["answer"].startswith("1월")
    assert main(["questions", "link", qid, "99"]) == 2
    assert "no lecture number 99" in capsys.readouterr().err
