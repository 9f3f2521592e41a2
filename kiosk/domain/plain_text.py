"""What counts as plain text in what residents type: no control characters, no hidden direction marks."""

from __future__ import annotations

from unicodedata import category

# Left-to-right/right-to-left embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they
# make text show in another order than it was typed, so a message could disguise what it says.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_control_character(char: str) -> bool:
    """True for C0/C1 control characters (NUL, ESC, ...) and text direction controls."""
    return category(char) == "Cc" or char in DIRECTION_CONTROLS
