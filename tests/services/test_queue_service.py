"""QueueService: today's queue, numbering across a restart and across two kiosks."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest

from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.domain.queue import NoOneWaiting, QueueNotOpen, UnknownQueueField, ticket_label
from kiosk.services.queue import QueueService, load_queue_content
from kiosk.storage.database import Database

SATURDAY = datetime(2026, 12, 5, 9, 30, tzinfo=SEOUL)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(SATURDAY)


def test_shipped_content_has_both_events_and_lettered_fields() -> None:
    content = load_queue_content()
    assert {e.id for e in content.events} == {"resolution_day", "explanation_session"}
    assert [f.prefix for f in content.fields] == ["A", "B", "C", "D", "E"]


def test_no_tickets_before_staff_open_the_queue(database: Database, clock: ManualClock) -> None:
    service = QueueService(database, clock)
    assert service.current() is None
    with pytest.raises(QueueNotOpen):
        service.take_ticket("local_tax")


def test_a_ticket_says_its_label_and_how_many_wait_ahead(database: Database, clock: ManualClock) -> None:
    service = QueueService(database, clock)
    service.open("resolution_day")
    service.take_ticket("acquisition")
    taken = service.take_ticket("acquisition")
    assert service.label(taken.ticket) == "B-002"
    assert taken.waiting_ahead == 1
    with pytest.raises(UnknownQueueField):
        service.take_ticket("astrology")


def test_staff_call_in_order_and_the_board_follows(database: Database, clock: ManualClock) -> None:
    service = QueueService(database, clock)
    service.open("resolution_day")
    for _ in range(3):
        service.take_ticket("local_tax")
    assert service.call_next("local_tax").number == 1
    board = {b.field_id: b for b in service.board()}
    assert (board["local_tax"].now_serving, board["local_tax"].waiting) == (1, 2)
    assert board["national"].now_serving is None
    with pytest.raises(NoOneWaiting):
        service.call_next("national")


def test_closed_queue_refuses_new_tickets_but_staff_still_call(
    database: Database, clock: ManualClock
) -> None:
    service = QueueService(database, clock)
    service.open("resolution_day")
    service.take_ticket("local_tax")
    service.close()
    with pytest.raises(QueueNotOpen):
        service.take_ticket("local_tax")
    assert service.call_next("local_tax").number == 1


def test_numbering_and_calls_survive_a_restart(database_url: str, clock: ManualClock) -> None:
    first = Database(database_url)
    first.upgrade()
    before = QueueService(first, clock)
    before.open("resolution_day")
    for _ in range(4):
        before.take_ticket("inheritance_gift")
    before.call_next("inheritance_gift")
    first.dispose()

    clock.advance(timedelta(minutes=30))
    restarted = Database(database_url)
    restarted.upgrade()
    after = QueueService(restarted, clock)
    assert after.current() is not None
    taken = after.take_ticket("inheritance_gift")
    assert after.label(taken.ticket) == "D-005" and taken.waiting_ahead == 3
    assert after.call_next("inheritance_gift").number == 2
    restarted.dispose()


def test_tomorrow_starts_a_new_queue_from_one(database: Database, clock: ManualClock) -> None:
    service = QueueService(database, clock)
    service.open("resolution_day")
    service.take_ticket("local_tax")
    clock.advance(timedelta(days=1))
    assert service.current() is None
    service.open("explanation_session")
    assert service.take_ticket("local_tax").ticket.number == 1


def test_two_kiosks_never_hand_out_the_same_number(database_url: str, clock: ManualClock) -> None:
    kiosks = [Database(database_url) for _ in range(2)]
    for db in kiosks:
        db.upgrade()
    QueueService(kiosks[0], clock).open("resolution_day")

    def take_many(db: Database) -> list[int]:
        service = QueueService(db, clock)
        return [service.take_ticket("local_tax").ticket.number for _ in range(15)]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(take_many, kiosks))
    numbers = sorted(results[0] + results[1])
    assert numbers == list(range(1, 31))
    for db in kiosks:
        db.dispose()


def test_labels_pad_to_three_digits() -> None:
    assert ticket_label("A", 7) == "A-007"
    assert ticket_label("C", 1234) == "C-1234"
