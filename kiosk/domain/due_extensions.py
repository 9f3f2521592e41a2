"""Deadlines extended by hand: one tax's last day in one year, moved later with a reason.

No rule computes these: 지방세기본법 제26조 (기한의 연장) lets the authorities extend a deadline, and in
2026 MOIS extended the January deadlines from 2 to 4 February after the Wetax outage. An extension
comes from the calendar file (`[[due_date_extension]]`, with its source) or from staff's content desk
(stored in the shared database); it replaces the rule's last day, and the screens say it was extended
rather than moved by the weekend rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.content_file import LocalText
from kiosk.domain.errors import KioskError
from kiosk.domain.plain_text import is_control_character

EXTENSION_BASIS = "지방세기본법 제26조 (기한의 연장)"
# Extensions are weeks, at most months (제26조 speaks of months, not years): a later day is a typo.
MAX_EXTENSION_DAYS = 183
MAX_REASON_CHARS = 200


@dataclass(frozen=True)
class DueExtension:
    """The last day of `tax_id`'s period of `year` is `new_due` instead of the rule's day."""

    tax_id: str
    year: int
    new_due: date
    reason: LocalText
    source: str | None = None  # the calendar file cites one; staff's edits are their own source

    @property
    def key(self) -> str:
        """How the entry is named in the database: "<tax id>/<year>"."""
        return extension_key(self.tax_id, self.year)


class InvalidDueExtension(KioskError):
    """An extension staff cannot save; the message says what to change."""


class ExtensionNotLater(InvalidDueExtension):
    """The new last day is not after the rule's last day."""


class ExtensionTooFar(InvalidDueExtension):
    """The new last day is more than MAX_EXTENSION_DAYS after the rule's (a typing mistake)."""


class ExtensionReasonMissing(InvalidDueExtension):
    """The reason is empty in Korean or English."""


class ExtensionReasonInvalid(InvalidDueExtension):
    """The reason is too long or holds control characters."""


def extension_key(tax_id: str, year: int) -> str:
    return f"{tax_id}/{year}"


def check_extension(
    tax_id: str, year: int, rule_due: date, new_due: date, reason: LocalText, source: str | None = None
) -> DueExtension:
    """The extension if it can be saved: a day after the rule's last day (`rule_due`, already moved off
    weekends and holidays) and within MAX_EXTENSION_DAYS of it, and a reason in both languages."""
    if new_due <= rule_due:
        raise ExtensionNotLater(f"the new last day must be after the rule's last day, {rule_due.isoformat()}")
    if (new_due - rule_due).days > MAX_EXTENSION_DAYS:
        raise ExtensionTooFar(
            f"the new last day must be within {MAX_EXTENSION_DAYS} days of the rule's last day "
            f"({rule_due.isoformat()})"
        )
    return DueExtension(tax_id, year, new_due, _reason(reason), source)


def _reason(reason: LocalText) -> LocalText:
    texts = []
    for text, language in ((reason.ko, "Korean"), (reason.en, "English")):
        cleaned = text.strip()
        if any(is_control_character(char) for char in cleaned):
            raise ExtensionReasonInvalid(f"the {language} reason has a control character; write plain text")
        if not cleaned:
            raise ExtensionReasonMissing(f"write the reason in {language} too")
        if len(cleaned) > MAX_REASON_CHARS:
            raise ExtensionReasonInvalid(
                f"the {language} reason is longer than {MAX_REASON_CHARS} characters"
            )
        texts.append(cleaned)
    return LocalText(texts[0], texts[1])
