"""Booking codes are short, random and free of look-alike characters."""

from __future__ import annotations

from kiosk.domain.booking_code import ALPHABET, format_code, is_valid_code, new_booking_code, normalise_code


def test_codes_avoid_confusable_characters() -> None:
    codes = {new_booking_code() for _ in range(2000)}
    assert len(codes) == 2000  # random, not sequential or clashing
    for code in codes:
        assert len(code) == 6 and is_valid_code(code)
        assert not set(code) & set("0O1I")
    assert not set(ALPHABET) & set("0O1I")


def test_typed_codes_are_normalised_and_formatted() -> None:
    assert normalise_code(" k7m-4qx ") == "K7M4QX"
    assert format_code("K7M4QX") == "K7M-4QX"
    assert not is_valid_code("K7M4Q0")
