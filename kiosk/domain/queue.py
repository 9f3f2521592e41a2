"""The event queue: numbered tickets per consultation field on Tax Concern Resolution Day and at
explanation sessions, called in order by staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kiosk.domain.errors import KioskError
from kiosk.domain.slip import Slip


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"


@dataclass(frozen=True)
class QueueEventKind:
    """A kind of event that hands out numbers (from resources/content/queue.toml)."""

    id: str
    ko: str
    en: str

    def name(self, language: str) -> str:
        return self.ko if language == "ko" else self.en


@dataclass(frozen=True)
class QueueField:
    """A consultation field with its own line of numbers; `prefix` is the letter on the ticket."""

    id: str
    prefix: str
    ko: str
    en: str

    def name(self, language: str) -> str:
        return self.ko if language == "ko" else self.en


@dataclass(frozen=True)
class QueueContent:
    events: tuple[QueueEventKind, ...]
    fields: tuple[QueueField, ...]

    def field(self, field_id: str) -> QueueField:
        for queue_field in self.fields:
            if queue_field.id == field_id:
                return queue_field
        raise UnknownQueueField(field_id)

    def event(self, event_id: str) -> QueueEventKind:
        for kind in self.events:
            if kind.id == event_id:
                return kind
        raise KioskError(f"There is no event kind {event_id!r}.")


@dataclass(frozen=True)
class QueueDay:
    """The queue staff opened for one day's event."""

    id: int
    day: date
    event_id: str
    opened_at: datetime
    closed_at: datetime | None

    @property
    def open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Ticket:
    id: int
    queue_id: int
    field_id: str
    number: int
    status: TicketStatus
    taken_at: datetime
    called_at: datetime | None


@dataclass(frozen=True)
class TakenTicket:
    """A resident's new ticket and how many were waiting before it in its field."""

    ticket: Ticket
    waiting_ahead: int


@dataclass(frozen=True)
class FieldBoard:
    """One field's line: the number now being served, how many wait, the last number handed out."""

    field_id: str
    now_serving: int | None
    waiting: int
    last_number: int


def ticket_label(prefix: str, number: int) -> str:
    """What the ticket and the now-serving screen show, e.g. "B-007"."""
    return f"{prefix}-{number:03d}"


# The paper ticket's words in both languages (content text, not GUI strings: the slip is printed).
_TICKET_TEXT = {
    "ko": {
        "title": "번호표",
        "field": "상담 분야",
        "ahead": "앞 대기",
        "ahead_value": "{n}명",
        "taken": "발급 시각",
        "footer": "번호를 부르면 상담 창구로 와 주세요. 번호는 오늘만 유효합니다.",
    },
    "en": {
        "title": "Queue ticket",
        "field": "Topic",
        "ahead": "Waiting before you",
        "ahead_value": "{n}",
        "taken": "Taken at",
        "footer": "Come to the consultation desk when your number is called. Valid today only.",
    },
}


def ticket_slip(taken: TakenTicket, queue_field: QueueField, event: QueueEventKind, language: str) -> Slip:
    """The paper ticket: the number as the first line, then field, event, waiting count and time."""
    text = _TICKET_TEXT["ko" if language == "ko" else "en"]
    ticket = taken.ticket
    return Slip(
        title=f"{text['title']}  {ticket_label(queue_field.prefix, ticket.number)}",
        lines=(
            event.name(language),
            (text["field"], queue_field.name(language)),
            (text["ahead"], text["ahead_value"].format(n=taken.waiting_ahead)),
            (text["taken"], f"{ticket.taken_at:%Y-%m-%d %H:%M}"),
        ),
        footer=text["footer"],
    )


class QueueNotOpen(KioskError):
    def __init__(self) -> None:
        super().__init__("No event is handing out queue numbers right now.")


class NoOneWaiting(KioskError):
    def __init__(self) -> None:
        super().__init__("No one is waiting in this field.")


class UnknownQueueField(KioskError):
    def __init__(self, field_id: str) -> None:
        super().__init__(f"There is no queue for the field {field_id!r}.")


class QueueContentError(KioskError):
    """queue.toml is wrong; the message names the file and the entry."""


def parse_queue_content(raw: dict[str, Any], source: str) -> QueueContent:
    """Check the parsed queue.toml: events and fields with unique ids, both languages, one-letter prefixes."""
    events = tuple(
        QueueEventKind(*_texts(entry, source, f"event #{n}", ("id", "ko", "en")))
        for n, entry in enumerate(_entries(raw, "event", source), start=1)
    )
    fields = tuple(
        QueueField(*_texts(entry, source, f"field #{n}", ("id", "prefix", "ko", "en")))
        for n, entry in enumerate(_entries(raw, "field", source), start=1)
    )
    for label, items in (("event", events), ("field", fields)):
        ids = [item.id for item in items]
        if len(set(ids)) != len(ids):
            raise QueueContentError(f"{source}: two [[{label}]] entries share an id")
    prefixes = [f.prefix for f in fields]
    if len(set(prefixes)) != len(prefixes) or any(len(p) != 1 or not p.isascii() for p in prefixes):
        raise QueueContentError(f"{source}: each [[field]] needs its own one-letter prefix")
    return QueueContent(events, fields)


def _entries(raw: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    entries = raw.get(key)
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
        raise QueueContentError(f"{source}: needs at least one [[{key}]] table")
    return entries


def _texts(entry: dict[str, Any], source: str, where: str, keys: tuple[str, ...]) -> list[str]:
    values = []
    for key in keys:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise QueueContentError(f"{source}: {where} needs a text {key!r}")
        values.append(value.strip())
    return values
