"""Content files: unreadable files, lines of entries, pieces parsed apart."""

from pathlib import Path

import pytest

from kiosk.domain.content_file import ContentError, parse_content_file


def test_missing_file_is_a_content_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"missing\.toml: cannot be read"):
        parse_content_file(tmp_path / "missing.toml")


def test_not_utf8_is_a_content_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "세금"'.encode("euc-kr"))
    with pytest.raises(ContentError, match="not UTF-8"):
        parse_content_file(path)


def test_entries_carry_their_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("schema = 1\n\n[[a]]\nx = 1\n\n[b]\ny = 2\n\n[[a]]\nx = 3\n", encoding="utf-8")
    parsed = parse_content_file(path)
    assert [(e.values["x"], e.line) for e in parsed.entries_of("a")] == [(1, 3), (3, 9)]
    assert parsed.table("b").line == 6
    assert parsed.problems == []
