"""Generated forms are fresh and every visible string has its Korean translation."""

from __future__ import annotations

from kiosk import build_forms, build_translations


def test_compiled_forms_match_their_ui_files() -> None:
    assert build_forms.main(["--check"]) == 0


def test_every_source_string_has_a_korean_translation() -> None:
    assert build_translations.unfinished("ko") == []
