"""Korean mobile numbers: every common writing is accepted, anything else refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.phone import InvalidPhone, last_four, mask_phone, normalise_phone

eight_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)


@pytest.mark.parametrize(
    "text",
    [
        "010-1234-5678",
        "01012345678",
        "+82 10 1234 5678",
        "+82-10-1234-5678",
        "+82 010 1234 5678",
        "+821012345678",
        "010 1234 5678",
        "010.1234.5678",
        " (010) 1234-5678 ",
    ],
)
def test_common_forms_normalise_to_eleven_digits(text: str) -> None:
    assert normalise_phone(text) == "01012345678"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "010-1234-567",
        "010-1234-56789",
        "02-2155-6114",  # a landline
        "011-123-4567",  # 2G numbers ended in 2021
        "+1 010 1234 5678",
        "010-1234-567８",  # full-width digit
        "010-abcd-5678",
        "010/1234/5678",
        "0101234567８",
    ],
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(InvalidPhone, match="mobile phone number"):
        normalise_phone(text)


@given(eight_digits, st.sampled_from(["-", " ", ".", ""]), st.booleans())
def test_every_mobile_number_normalises_the_same_in_every_form(
    digits: str, sep: str, international: bool
) -> None:
    prefix = "+82 10" if international else "010"
    text = f"{prefix}{sep}{digits[:4]}{sep}{digits[4:]}"
    assert normalise_phone(text) == "010" + digits
    assert normalise_phone(normalise_phone(text)) == "010" + digits


@given(st.text(max_size=20))
def test_arbitrary_text_is_either_a_mobile_number_or_invalid_phone(text: str) -> None:
    try:
        result = normalise_phone(text)
    except InvalidPhone:
        return
    assert len(result) == 11 and result.startswith("010") and result.isascii() and result.isdigit()


def test_masking_shows_only_prefix_and_last_four() -> None:
    assert mask_phone("+82 10 9876 5432") == "010-****-5432"
    assert last_four("010-9876-5432") == "5432"
