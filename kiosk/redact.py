"""Removes personal data from text bound for logs: phone numbers and Hangul (names are Hangul)."""

from __future__ import annotations

import re
import traceback
from types import TracebackType

# Any run of 9-11 digits, with or without separators or +82: a phone number in every common form.
PHONE = re.compile(r"(?:\+?82[\s-]?)?0?1[016789][\s.-]?\d{3,4}[\s.-]?\d{4}|\d{9,11}")
HANGUL = re.compile(r"[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+")


def redact(text: str) -> str:
    """`text` with phone numbers and Hangul words replaced by placeholders."""
    return HANGUL.sub("<hangul>", PHONE.sub("<phone>", text))


def redacted_traceback(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback with personal data redacted (the message may quote what a resident typed)."""
    return redact("".join(traceback.format_tb(tb)) + f"{exc_type.__name__}: {exc}")
