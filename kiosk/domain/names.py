"""Residents' names as typed on the kiosk or received from the website: checked before they are stored."""

from __future__ import annotations

import re
import unicodedata

from kiosk.domain.errors import KioskError

MAX_NAME_LENGTH = 30

_PUNCTUATION = frozenset(" .-")
# Plain, no-break and ideographic spaces (the last comes from Korean input methods).
_SPACES = re.compile("[ \u00a0\u3000]+")


class InvalidName(KioskError):
    """The name is empty, too long or contains characters a name cannot have."""


def normalise_name(text: str) -> str:
    """The name to store: NFC, trimmed, inner spaces collapsed; refuses anything that is not a name."""
    # NFC joins decomposed jamo (some input methods send them) into Hangul syllables.
    # Only space-like characters are collapsed; tabs, newlines and other control characters are refused.
    name = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip(" ")
    if not name:
        raise InvalidName("Please enter your name.")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidName(f"A name can have at most {MAX_NAME_LENGTH} characters.")
    for char in name:
        if not _allowed(char):
            raise InvalidName(
                "A name can contain only Korean or Latin letters, spaces, full stops and hyphens."
            )
    if not any(_is_letter(char) for char in name):
        raise InvalidName("Please enter your name.")
    return name


def same_name(typed: str, stored: str) -> bool:
    """Whether `typed` is the stored name, however its spaces, case or jamo were entered ("홍 길동" is
    "홍길동"); an empty entry is nobody's name."""
    typed_key, stored_key = _name_key(typed), _name_key(stored)
    return bool(typed_key) and typed_key == stored_key


def _name_key(text: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFC", text)).casefold()


def _allowed(char: str) -> bool:
    return char in _PUNCTUATION or _is_letter(char)


def _is_letter(char: str) -> bool:
    if "\uac00" <= char <= "\ud7a3":  # complete Hangul syllables
        return True
    return unicodedata.category(char) in ("Lu", "Ll") and unicodedata.name(char, "").startswith("LATIN ")
