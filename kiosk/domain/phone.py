"""Korean mobile phone numbers: one canonical form (01012345678) and a masked form for screens and slips."""

from __future__ import annotations

import re

from kiosk.domain.errors import KioskError

# Separators residents and website exports put between the groups of digits.
_SEPARATORS = re.compile(r"[\s.\-()]+")
# Since the end of 2G/3G service in 2021 every Korean mobile number is 010 followed by eight digits.
_MOBILE = re.compile(r"010[0-9]{8}")


class InvalidPhone(KioskError):
    """The text is not a Korean mobile phone number."""

    def __init__(self, text: str = "") -> None:
        super().__init__("Please enter a mobile phone number such as 010-1234-5678.")
        self.text = text


def normalise_phone(text: str) -> str:
    """The canonical form 01012345678 of any common writing of a Korean mobile number."""
    compact = _SEPARATORS.sub("", text.strip())
    if compact.startswith("+82"):
        national = compact[3:]
        # "+82 010 ..." is a common mistake for "+82 10 ...": accept both.
        compact = national if national.startswith("0") else "0" + national
    if not _MOBILE.fullmatch(compact):
        raise InvalidPhone(text)
    return compact


def mask_phone(phone: str) -> str:
    """010-****-5678: the only form of a phone number shown on screen or printed."""
    canonical = normalise_phone(phone)
    return f"{canonical[:3]}-****-{canonical[-4:]}"


def last_four(phone: str) -> str:
    """The last four digits, which a resident types with the booking code to find a booking."""
    return normalise_phone(phone)[-4:]
