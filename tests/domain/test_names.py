"""Residents' names: Korean and Latin letters only, 1 to 30 characters."""

from __future__ import annotations

import unicodedata

import pytest

from kiosk.domain.names import InvalidName, normalise_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("홍길동", "홍길동"),
        ("  김 철수  ", "김 철수"),
        ("Mary-Jane O.", "Mary-Jane O."),
        ("José  Müller", "José Müller"),
        ("남궁\u3000민", "남궁 민"),  # ideographic space from a Korean input method
        (unicodedata.normalize("NFD", "한글"), "한글"),  # decomposed jamo are joined
        ("가" * 30, "가" * 30),
    ],
)
def test_valid_names_are_trimmed_and_normalised(text: str, expected: str) -> None:
    assert normalise_name(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "enter your name"),
        ("   ", "enter your name"),
        ("가" * 31, "at most 30"),
        ("가" * 100, "at most 30"),
        ("홍길동😀", "only Korean or Latin"),
        ("홍길\n동", "only Korean or Latin"),
        ("홍\t길동", "only Korean or Latin"),
        ("홍길동\x00", "only Korean or Latin"),
        ("Robert'); DROP TABLE", "only Korean or Latin"),
        ("ㅎㄱㄷ", "only Korean or Latin"),  # loose jamo are an unfinished word, not a name
        ("山田", "only Korean or Latin"),
        ("Иван", "only Korean or Latin"),
        ("김123", "only Korean or Latin"),
        ("-.-", "enter your name"),
    ],
)
def test_bad_names_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidName, match=reason):
        normalise_name(text)
