"""Personal data never reaches the logs: phone numbers and Hangul names are redacted."""

from __future__ import annotations

import pytest

from kiosk.redact import redact


@pytest.mark.parametrize("phone", ["010-1234-5678", "01012345678", "+82 10 1234 5678", "010.1234.5678"])
def test_phone_numbers_in_every_common_form_are_removed(phone: str) -> None:
    text = redact(f"could not book for {phone} today")
    assert "5678" not in text and "<phone>" in text


def test_hangul_names_are_removed_but_code_words_stay() -> None:
    text = redact("InvalidName: 홍길동 has 3 bad characters in field 'name'")
    assert "홍길동" not in text
    assert "InvalidName" in text and "field 'name'" in text
