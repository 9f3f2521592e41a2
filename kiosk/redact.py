"""Removes personal data from text bound for logs: phone numbers, Hangul and Latin names.

`RedactingFilter` sits on every handler the kiosk logs through (kiosk/logging_setup.py) and on
`logging.lastResort` (commands), so no record is written unredacted: its message with the arguments
merged in, its exception text and its stack.
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType

# Any run of 9-11 digits, with or without separators or +82: a phone number in every common form.
PHONE = re.compile(r"(?:\+?82[\s-]?)?0?1[016789][\s.-]?\d{3,4}[\s.-]?\d{4}|\d{9,11}")
HANGUL = re.compile(r"[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+")
# Two or more capitalised Latin words in a row ("John Smith", "Ana María López-Ruiz", "Ronald McDonald"):
# how a Latin name is written. Code words are single (ValueError, InvalidName) or not capitalised,
# SQL is in capitals; what else it catches ("Seocho Tax Station") costs a log reader little.
_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]*[a-zß-öø-ÿ]"
LATIN_NAME = re.compile(rf"\b{_WORD}(?:[ \-\u00a0]+{_WORD})+\b")


def redact(text: str) -> str:
    """`text` with phone numbers, Hangul words and Latin names replaced by placeholders."""
    return LATIN_NAME.sub("<name>", HANGUL.sub("<hangul>", PHONE.sub("<phone>", text)))


def redacted_traceback(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback with personal data redacted (the message may quote what a resident typed)."""
    return redact("".join(traceback.format_tb(tb)) + f"{exc_type.__name__}: {exc}")


class RedactingFilter(logging.Filter):
    """Redacts a record in place before any handler formats it; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_kiosk_redacted", False):
            return True  # a record passes every handler; once is enough
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            # Formatters use a record's exc_text when it is set instead of formatting exc_info again.
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._kiosk_redacted = True  # type: ignore[attr-defined]
        return True


def redact_handler(handler: logging.Handler) -> logging.Handler:
    """Put the one RedactingFilter on `handler` (again and again is harmless)."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())
    return handler


def redact_last_resort() -> None:
    """Commands log through Python's last-resort handler (stderr): redact that one too."""
    if logging.lastResort is not None:
        redact_handler(logging.lastResort)
