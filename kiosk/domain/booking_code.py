"""Booking codes: short, random and easy to read aloud or type (no 0/O, no 1/I)."""

from __future__ import annotations

import re
import secrets

# 32 symbols without 0, O, 1 and I, which residents confuse on paper and on the phone.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 6  # 32**6 is about a billion codes: guessing one with the right last four digits is hopeless.


def new_booking_code() -> str:
    """A fresh random code; the database's unique constraint catches the rare repeat."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """The code as stored: upper case without the spaces and hyphens residents type between groups."""
    return re.sub(r"[\s\-]+", "", text).upper()


def format_code(code: str) -> str:
    """The code in two groups of three (K7M-4QX) for screens and slips."""
    return f"{code[:3]}-{code[3:]}" if len(code) == CODE_LENGTH else code


def is_valid_code(code: str) -> bool:
    """Whether `code` (normalised) could be a booking code."""
    return len(code) == CODE_LENGTH and all(char in ALPHABET for char in code)
