"""Deadlines extended by hand: the checks, and staff's extensions laid over the calendar file."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.content_file import LocalText
from kiosk.domain.content_overrides import (
    ContentOverride,
    OverrideKind,
    apply_to_calendar,
    extension_values,
    withdrawn_values,
)
from kiosk.domain.due_extensions import (
    MAX_EXTENSION_DAYS,
    ExtensionNotLater,
    ExtensionReasonInvalid,
    ExtensionReasonMissing,
    ExtensionTooFar,
    check_extension,
)
from kiosk.domain.tax_calendar import load_tax_calendar

RULE_DUE = date(2027, 8, 2)
REASON = LocalText("납부 사이트 장애", "Payment site outage")


def test_an_extension_after_the_rule_day_is_accepted_with_trimmed_reasons() -> None:
    extension = check_extension("x", 2027, RULE_DUE, date(2027, 8, 5), LocalText("  장애 ", " Outage "))
    assert (extension.new_due, extension.reason) == (date(2027, 8, 5), LocalText("장애", "Outage"))
    assert extension.key == "x/2027"


@pytest.mark.parametrize("new_due", [RULE_DUE, date(2027, 7, 31)])
def test_the_new_day_must_be_after_the_rule_day(new_due: date) -> None:
    with pytest.raises(ExtensionNotLater, match="after the rule's last day, 2027-08-02"):
        check_extension("x", 2027, RULE_DUE, new_due, REASON)


def test_the_new_day_must_be_within_reach() -> None:
    check_extension("x", 2027, RULE_DUE, date.fromordinal(RULE_DUE.toordinal() + MAX_EXTENSION_DAYS), REASON)
    with pytest.raises(ExtensionTooFar):
        check_extension("x", 2027, RULE_DUE, date(2072, 8, 2), REASON)


@pytest.mark.parametrize("reason", [LocalText("", "Outage"), LocalText("장애", "   ")])
def test_a_reason_is_needed_in_both_languages(reason: LocalText) -> None:
    with pytest.raises(ExtensionReasonMissing):
        check_extension("x", 2027, RULE_DUE, date(2027, 8, 5), reason)


@pytest.mark.parametrize("reason", [LocalText("장애\x00", "Outage"), LocalText("장애", "x" * 201)])
def test_a_reason_must_be_plain_and_short(reason: LocalText) -> None:
    with pytest.raises(ExtensionReasonInvalid):
        check_extension("x", 2027, RULE_DUE, date(2027, 8, 5), reason)


def _override(key: str, values: dict[str, object], revision: int) -> ContentOverride:
    return ContentOverride(OverrideKind.DUE_EXTENSION, key, values, revision)


def test_staff_extensions_add_replace_and_withdraw_over_the_file() -> None:
    calendar = load_tax_calendar()
    mine = check_extension("property_tax_first_half", 2027, RULE_DUE, date(2027, 8, 6), REASON)
    edited = apply_to_calendar(
        calendar,
        [
            _override(mine.key, extension_values(mine), 1),
            _override("car_tax_prepayment_january/2026", withdrawn_values(), 2),
        ],
    )
    extended = edited.period("property_tax_first_half", 2027)
    assert (extended.due, extended.extension.reason) == (date(2027, 8, 6), REASON)
    assert edited.period("car_tax_prepayment_january", 2026).due == date(2026, 2, 2)  # the rule's again
    assert edited.period("registration_licence_tax", 2026).due == date(2026, 2, 4)  # the file's stays
    assert calendar.period("property_tax_first_half", 2027).due == RULE_DUE  # the file is untouched


def test_the_newest_edit_of_an_entry_wins() -> None:
    first = check_extension("property_tax_first_half", 2027, RULE_DUE, date(2027, 8, 6), REASON)
    second = check_extension("property_tax_first_half", 2027, RULE_DUE, date(2027, 8, 9), REASON)
    edited = apply_to_calendar(
        load_tax_calendar(),
        [
            _override(second.key, extension_values(second), 7),
            _override(first.key, extension_values(first), 3),
        ],
    )
    assert edited.period("property_tax_first_half", 2027).due == date(2027, 8, 9)
