"""Staff's content edits reach the guide and the events through TaxInformation, on every kiosk."""

from __future__ import annotations

from datetime import date, time

import pytest

from kiosk.domain.clock import ManualClock
from kiosk.domain.content_file import LocalText
from kiosk.domain.content_overrides import InvalidContentEdit
from kiosk.domain.events import CANCELLED, MOVED, SCHEDULED, Event, Session, events_in_year, upcoming_events
from kiosk.services.content_editing import ContentEditor
from kiosk.services.tax_information import TaxInformation
from kiosk.storage.database import Database
from tests.helpers.booking import TODAY, at


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(TODAY, 9))


def _kiosk(database: Database, clock: ManualClock) -> TaxInformation:
    information = TaxInformation()
    information.edits = ContentEditor(database, clock)
    return information


def test_an_faq_edit_on_one_kiosk_shows_on_another_without_a_restart(
    database: Database, clock: ManualClock
) -> None:
    other_kiosk = _kiosk(database, clock)
    before = {f.id: f for f in other_kiosk.guide().faqs}["card_fee"]
    ContentEditor(database, clock).edit_faq(
        "card_fee", LocalText("카드 수수료?", "Card fee?"), LocalText("없습니다.", "None.")
    )
    after = {f.id: f for f in other_kiosk.guide().faqs}["card_fee"]
    assert after.question == LocalText("카드 수수료?", "Card fee?")
    assert after.answer.en == "None." and after.keywords == before.keywords


def test_the_newest_booth_edit_wins_and_the_revision_grows(database: Database, clock: ManualClock) -> None:
    editor = ContentEditor(database, clock)
    information = _kiosk(database, clock)
    assert information.revision() == 0
    editor.edit_booth("refund", LocalText("하나", "one"), LocalText("본문", "body"))
    editor.edit_booth("refund", LocalText("둘", "two"), LocalText("본문", "body"))
    assert information.revision() == 2
    assert {b.id: b for b in information.guide().booths}["refund"].title.en == "two"


def test_empty_texts_are_refused(database: Database, clock: ManualClock) -> None:
    with pytest.raises(InvalidContentEdit):
        ContentEditor(database, clock).edit_faq("card_fee", LocalText(" ", "x"), LocalText("y", "y"))


def test_sessions_can_be_added_moved_and_cancelled(database: Database, clock: ManualClock) -> None:
    editor = ContentEditor(database, clock)
    information = _kiosk(database, clock)
    existing = {s.id: s for s in information.events().sessions}["seocho-2026-12"]
    new = Session(
        editor.new_session_id(),
        "bangbae",
        LocalText("새 설명회", "New session"),
        date(2026, 12, 5),
        time(10),
        time(11),
        LocalText("방배동", "Bangbae-dong"),
    )
    editor.save_session(new, list(information.events().regions))
    editor.save_session(Session(**{**existing.__dict__, "day": date(2026, 12, 11)}), ["seocho", "bangbae"])
    sessions = {s.id: s for s in information.events().sessions}
    assert sessions[new.id] == new
    assert sessions["seocho-2026-12"].day == date(2026, 12, 11)
    editor.cancel_session(sessions[new.id])
    assert {s.id: s for s in information.events().sessions}[new.id].status == CANCELLED
    assert new.id not in {e.id for e in upcoming_events(information.events(), clock)}
    with pytest.raises(InvalidContentEdit):
        editor.save_session(Session(**{**new.__dict__, "end": time(9)}), ["bangbae"])


def test_concern_days_are_moved_cancelled_and_restored(database: Database, clock: ManualClock) -> None:
    editor = ContentEditor(database, clock)
    information = _kiosk(database, clock)

    def concern_day(regular: date) -> Event:
        events = events_in_year(information.events(), regular.year)
        return next(e for e in events if e.kind == "concern_day" and (e.original_day or e.day) == regular)

    editor.move_concern_day(date(2026, 12, 5), date(2026, 12, 12), LocalText("연말 행사", "Year-end event"))
    assert (concern_day(date(2026, 12, 5)).status, concern_day(date(2026, 12, 5)).day) == (
        MOVED,
        date(2026, 12, 12),
    )
    editor.cancel_concern_day(date(2026, 12, 5))
    assert concern_day(date(2026, 12, 5)).status == CANCELLED
    # The file moves January's day a week later; restoring puts it back on the first Saturday.
    assert concern_day(date(2027, 1, 2)).status == MOVED
    editor.restore_concern_day(date(2027, 1, 2))
    assert (concern_day(date(2027, 1, 2)).status, concern_day(date(2027, 1, 2)).day) == (
        SCHEDULED,
        date(2027, 1, 2),
    )
    with pytest.raises(InvalidContentEdit):
        editor.cancel_concern_day(date(2026, 12, 12))  # not a first Saturday


def test_time_limits_saved_on_one_kiosk_are_read_by_another(database: Database, clock: ManualClock) -> None:
    from kiosk.domain.time_limits import TimeLimits

    configured = TimeLimits(120, 30)
    other_kiosk = ContentEditor(database, clock)
    assert other_kiosk.time_limits(configured) == configured  # never saved: the configuration's
    heard: list[TimeLimits] = []
    editor = ContentEditor(database, clock)
    editor.on_time_limits_saved(heard.append)
    editor.save_time_limits(TimeLimits(300, 60))
    editor.save_time_limits(TimeLimits(240, 40))
    assert other_kiosk.time_limits(configured) == TimeLimits(240, 40)  # the newest wins
    assert heard == [TimeLimits(300, 60), TimeLimits(240, 40)]


def test_a_deadline_extended_on_one_kiosk_shows_on_another_and_can_be_withdrawn(
    database_url: str, clock: ManualClock
) -> None:
    # Two kiosks: two Database objects (engines) on one SQLite file or one PostgreSQL database.
    staff_db, resident_db = Database(database_url), Database(database_url)
    staff_db.upgrade()
    try:
        staff_kiosk, resident_kiosk = _kiosk(staff_db, clock), _kiosk(resident_db, clock)
        before = resident_kiosk.calendar().period("property_tax_first_half", 2027)
        assert (before.due, before.extended) == (date(2027, 8, 2), False)

        editor = ContentEditor(staff_db, clock)
        period = staff_kiosk.calendar().period("property_tax_first_half", 2027)
        editor.extend_due(period, date(2027, 8, 6), LocalText("ETAX 장애", "ETAX outage"))
        after = resident_kiosk.calendar().period("property_tax_first_half", 2027)
        assert (after.due, after.rule_due, after.extended) == (date(2027, 8, 6), date(2027, 8, 2), True)
        assert after.extension is not None and after.extension.reason.en == "ETAX outage"
        assert "property_tax_first_half" in [
            p.tax_id for p in resident_kiosk.calendar().due_now(date(2027, 8, 5))
        ]

        editor.withdraw_due_extension(after)
        withdrawn = resident_kiosk.calendar().period("property_tax_first_half", 2027)
        assert (withdrawn.due, withdrawn.extended) == (date(2027, 8, 2), False)
    finally:
        staff_db.dispose()
        resident_db.dispose()


def test_a_bad_extension_is_refused_and_nothing_is_saved(database: Database, clock: ManualClock) -> None:
    from kiosk.domain.due_extensions import ExtensionNotLater, ExtensionReasonMissing

    editor = ContentEditor(database, clock)
    period = _kiosk(database, clock).calendar().period("property_tax_first_half", 2027)
    with pytest.raises(ExtensionNotLater):
        editor.extend_due(period, date(2027, 8, 2), LocalText("장애", "Outage"))
    with pytest.raises(ExtensionReasonMissing):
        editor.extend_due(period, date(2027, 8, 6), LocalText("장애", ""))
    assert editor.revision() == 0


def test_a_file_extension_can_be_withdrawn_and_extended_again(database: Database, clock: ManualClock) -> None:
    editor, kiosk = ContentEditor(database, clock), _kiosk(database, clock)
    january = kiosk.calendar().period("car_tax_prepayment_january", 2026)
    assert january.due == date(2026, 2, 4)
    editor.withdraw_due_extension(january)
    assert kiosk.calendar().period("car_tax_prepayment_january", 2026).due == date(2026, 2, 2)
    editor.extend_due(january, date(2026, 2, 5), LocalText("다시", "Again"))
    assert kiosk.calendar().period("car_tax_prepayment_january", 2026).due == date(2026, 2, 5)
