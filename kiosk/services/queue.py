"""QueueService: what the queue screens, the staff desk and the now-serving display ask of the queue."""

from __future__ import annotations

import logging
import tomllib
from datetime import date
from pathlib import Path

from kiosk import paths
from kiosk.domain.clock import Clock, today
from kiosk.domain.queue import (
    FieldBoard,
    QueueContent,
    QueueContentError,
    QueueDay,
    QueueNotOpen,
    TakenTicket,
    Ticket,
    parse_queue_content,
    ticket_label,
    ticket_slip,
)
from kiosk.domain.slip import Slip
from kiosk.storage import queue as store
from kiosk.storage.database import Database

log = logging.getLogger(__name__)


def load_queue_content(path: Path | None = None) -> QueueContent:
    """The event kinds and lines of resources/content/queue.toml, checked."""
    path = path or paths.content_dir() / "queue.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise QueueContentError(f"{path}: cannot be read: {err}") from err
    return parse_queue_content(raw, str(path))


class QueueService:
    """Today's queue; every write is one transaction, so two kiosks share one line safely."""

    def __init__(self, database: Database, clock: Clock, content: QueueContent | None = None) -> None:
        self.database = database
        self.clock = clock
        self.content = content or load_queue_content()

    def today(self) -> date:
        return today(self.clock)

    def todays_queue(self) -> QueueDay | None:
        """Today's queue, open or closed; None when staff have not opened one today."""
        with self.database.session() as session:
            return store.queue_of_day(session, self.today())

    def current(self) -> QueueDay | None:
        """Today's queue while it is open, else None."""
        queue = self.todays_queue()
        return queue if queue is not None and queue.open else None

    def open(self, event_id: str) -> QueueDay:
        """Open today's queue for an event (re-opening keeps the numbers already handed out)."""
        self.content.event(event_id)
        field_ids = [f.id for f in self.content.fields]
        with self.database.write_session() as session:
            queue = store.open_queue(session, self.today(), event_id, field_ids, self.clock.now())
        log.info("queue opened for %s on %s", event_id, queue.day.isoformat())
        return queue

    def close(self) -> None:
        """Stop handing out numbers today (staff can still call those waiting after re-opening)."""
        queue = self._require_open()
        with self.database.write_session() as session:
            store.close_queue(session, queue.id, self.clock.now())
        log.info("queue closed on %s", queue.day.isoformat())

    def take_ticket(self, field_id: str) -> TakenTicket:
        """The resident's next number in `field_id` (QueueNotOpen, UnknownQueueField)."""
        self.content.field(field_id)
        queue = self._require_open()
        with self.database.write_session() as session:
            ticket, ahead = store.take_ticket(session, queue.id, field_id, self.clock.now())
        log.info("queue ticket %s taken", self.label(ticket))
        return TakenTicket(ticket, ahead)

    def call_next(self, field_id: str) -> Ticket:
        """Call the lowest waiting number of the field (NoOneWaiting when empty)."""
        self.content.field(field_id)
        queue = self._require_today()
        with self.database.write_session() as session:
            ticket = store.call_next(session, queue.id, field_id, self.clock.now())
        log.info("queue ticket %s called", self.label(ticket))
        return ticket

    def board(self) -> list[FieldBoard]:
        """Each field's line in catalogue order; empty lines when no queue runs today."""
        with self.database.session() as session:
            queue = store.queue_of_day(session, self.today())
            lines = {b.field_id: b for b in store.board(session, queue.id)} if queue else {}
        return [lines.get(f.id, FieldBoard(f.id, None, 0, 0)) for f in self.content.fields]

    def slip(self, taken: TakenTicket, event_id: str, language: str) -> Slip:
        """The paper ticket for `taken` in `language`."""
        field = self.content.field(taken.ticket.field_id)
        return ticket_slip(taken, field, self.content.event(event_id), language)

    def label(self, ticket: Ticket) -> str:
        return ticket_label(self.content.field(ticket.field_id).prefix, ticket.number)

    def _require_open(self) -> QueueDay:
        queue = self.current()
        if queue is None:
            raise QueueNotOpen()
        return queue

    def _require_today(self) -> QueueDay:
        # Staff may still call the waiting numbers after closing the queue to new tickets.
        queue = self.todays_queue()
        if queue is None:
            raise QueueNotOpen()
        return queue
