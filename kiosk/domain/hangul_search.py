"""Search that suits Korean: initial-consonant (choseong) queries such as "ㅈㄷㅊ" find 자동차세,
and English matches regardless of case. Spaces are ignored on both sides ("자동차 세" finds 자동차세).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

_SYLLABLE_FIRST = 0xAC00
_SYLLABLE_LAST = 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28
# Initial consonants in syllable order, as the compatibility jamo a keyboard types.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_CHOSEONG_SET = frozenset(CHOSEONG)


def initial_consonant(char: str) -> str | None:
    """The initial consonant of a Hangul syllable as compatibility jamo, or None for other characters."""
    code = ord(char)
    if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
        return CHOSEONG[(code - _SYLLABLE_FIRST) // _SYLLABLES_PER_INITIAL]
    return None


def choseong_of(text: str) -> str:
    """`text` with every Hangul syllable replaced by its initial consonant ("자동차세" -> "ㅈㄷㅊㅅ")."""
    return "".join(initial_consonant(char) or char for char in text)


# Conjoining initial consonants (U+1100..U+1112), as some input methods send them, in the same order.
_CONJOINING_TO_COMPATIBILITY = {0x1100 + index: char for index, char in enumerate(CHOSEONG)}


def normalise(text: str) -> str:
    """Composed Unicode, case-folded, without whitespace: the form both query and text are compared in."""
    composed = unicodedata.normalize("NFC", text).translate(_CONJOINING_TO_COMPATIBILITY)
    return "".join(composed.casefold().split())


def _char_matches(query_char: str, text_char: str) -> bool:
    if query_char == text_char:
        return True
    # A lone consonant in the query stands for any syllable that starts with it.
    return query_char in _CHOSEONG_SET and initial_consonant(text_char) == query_char


def matches(query: str, text: str) -> bool:
    """True when `query` occurs in `text`, each lone consonant in the query matching a syllable's initial."""
    needle, haystack = normalise(query), normalise(text)
    if not needle:
        return True
    if needle in haystack:
        return True
    if not any(char in _CHOSEONG_SET for char in needle):
        return False
    width = len(needle)
    return any(
        all(_char_matches(q, t) for q, t in zip(needle, haystack[start : start + width], strict=True))
        for start in range(len(haystack) - width + 1)
    )


def search(query: str, items: Iterable[T], texts: Callable[[T], Iterable[str]]) -> list[T]:
    """The items any of whose texts match `query`; exact (non-choseong) hits come first, order kept."""
    needle = normalise(query)
    exact: list[T] = []
    by_initials: list[T] = []
    for item in items:
        item_texts = list(texts(item))
        if any(needle in normalise(text) for text in item_texts):
            exact.append(item)
        elif any(matches(query, text) for text in item_texts):
            by_initials.append(item)
    return exact + by_initials
