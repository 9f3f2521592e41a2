"""Queue tables: numbering, calling order and the board."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.domain.clock import SEOUL
from kiosk.domain.queue import NoOneWaiting, TicketStatus, UnknownQueueField
from kiosk.storage import queue as store
from kiosk.storage.database import Database

DAY = date(2026, 12, 5)
NOW = datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL)


def test_numbers_count_up_per_field(database: Database) -> None:
    with database.write_session() as session:
        queue = store.open_queue(session, DAY, "resolution_day", ["local_tax", "national"], NOW)
        numbers = [store.take_ticket(session, queue.id, "local_tax", NOW)[0].number for _ in range(3)]
        other, ahead = store.take_ticket(session, queue.id, "national", NOW)
    assert numbers == [1, 2, 3]
    assert (other.number, ahead) == (1, 0)


def test_waiting_ahead_counts_only_waiting_tickets(database: Database) -> None:
    with database.write_session() as session:
        queue = store.open_queue(session, DAY, "resolution_day", ["local_tax"], NOW)
        for _ in range(3):
            store.take_ticket(session, queue.id, "local_tax", NOW)
        store.call_next(session, queue.id, "local_tax", NOW)
        ticket, ahead = store.take_ticket(session, queue.id, "local_tax", NOW)
    assert (ticket.number, ahead) == (4, 2)


def test_call_next_goes_in_order_then_refuses(database: Database) -> None:
    with database.write_session() as session:
        queue = store.open_queue(session, DAY, "resolution_day", ["local_tax"], NOW)
        store.take_ticket(session, queue.id, "local_tax", NOW)
        store.take_ticket(session, queue.id, "local_tax", NOW)
        first = store.call_next(session, queue.id, "local_tax", NOW)
        second = store.call_next(session, queue.id, "local_tax", NOW)
        assert (first.number, second.number) == (1, 2)
        assert second.status is TicketStatus.CALLED and second.called_at == NOW
        with pytest.raises(NoOneWaiting):
            store.call_next(session, queue.id, "local_tax", NOW)
        board = {b.field_id: b for b in store.board(session, queue.id)}
    assert (
        board["local_tax"].now_serving == 2
        and board["local_tax"].waiting == 0
        and board["local_tax"].last_number == 2
    )


def test_unknown_field_takes_no_number(database: Database) -> None:
    with database.write_session() as session:
        queue = store.open_queue(session, DAY, "resolution_day", ["local_tax"], NOW)
        with pytest.raises(UnknownQueueField):
            store.take_ticket(session, queue.id, "nope", NOW)


def test_reopening_keeps_the_numbers(database: Database) -> None:
    with database.write_session() as session:
        queue = store.open_queue(session, DAY, "resolution_day", ["local_tax"], NOW)
        store.take_ticket(session, queue.id, "local_tax", NOW)
        store.close_queue(session, queue.id, NOW)
        again = store.open_queue(session, DAY, "resolution_day", ["local_tax"], NOW)
        assert again.id == queue.id and again.open
        assert store.take_ticket(session, queue.id, "local_tax", NOW)[0].number == 2
