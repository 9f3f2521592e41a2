"""Staff edits of the information desk's content, laid over the files in resources/content/.

The files stay the reference; an edit is stored in the shared database (so every kiosk on it shows it)
as an override of one entry: an FAQ entry's or booth card's texts, a whole explanation session (added,
moved or cancelled), one Tax Concern Resolution Day (moved, cancelled or restored), or one tax's
deadline of one year (extended or the extension withdrawn). The newest override of an entry wins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from kiosk.domain.content_file import LocalText
from kiosk.domain.due_extensions import DueExtension
from kiosk.domain.errors import KioskError
from kiosk.domain.events import (
    CANCELLED,
    SCHEDULED,
    ConcernDayChange,
    EventsContent,
    Session,
    first_saturday,
)
from kiosk.domain.guide import BoothCard, FaqEntry, Guide
from kiosk.domain.tax_calendar import TaxCalendar

MAX_TEXT_CHARS = 2000


class OverrideKind(StrEnum):
    FAQ = "faq"
    BOOTH = "booth"
    SESSION = "session"
    CONCERN_DAY = "concern_day"
    TIME_LIMITS = "time_limits"  # one entry, "kiosk": the idle limits every kiosk on the database uses
    DUE_EXTENSION = "due_extension"  # entry "<tax id>/<year>": a deadline extended by hand, or withdrawn


class InvalidContentEdit(KioskError):
    """An edit staff cannot save: an empty text, an unknown region, an end before the start..."""


@dataclass(frozen=True)
class ContentOverride:
    """The newest staff edit of one entry; `revision` grows with every edit on the database."""

    kind: OverrideKind
    entry_id: str
    values: Mapping[str, object]
    revision: int


def local_text(ko: str, en: str, what: str) -> LocalText:
    """Both languages trimmed; refused when one is empty or too long."""
    ko, en = ko.strip(), en.strip()
    if not ko or not en:
        raise InvalidContentEdit(f"the {what} needs both a Korean and an English text")
    if len(ko) > MAX_TEXT_CHARS or len(en) > MAX_TEXT_CHARS:
        raise InvalidContentEdit(f"the {what} is longer than {MAX_TEXT_CHARS} characters")
    return LocalText(ko, en)


def text_values(**texts: LocalText) -> dict[str, object]:
    """Texts as stored: {"question": {"ko": ..., "en": ...}, ...}."""
    return {name: {"ko": text.ko, "en": text.en} for name, text in texts.items()}


def session_values(session: Session) -> dict[str, object]:
    """A session as stored (JSON-friendly)."""
    return {
        "region": session.region,
        "date": session.day.isoformat(),
        "start": session.start.strftime("%H:%M"),
        "end": session.end.strftime("%H:%M"),
        "status": session.status,
        **text_values(title=session.title, place=session.place),
    }


def check_session(session: Session, regions: Iterable[str]) -> Session:
    """The session if staff may save it: a known region, an end after the start, a known status."""
    if session.region not in set(regions):
        raise InvalidContentEdit(f"unknown region {session.region!r}")
    if session.end <= session.start:
        raise InvalidContentEdit("the session must end after it starts")
    if session.status not in (SCHEDULED, CANCELLED):
        raise InvalidContentEdit(f"unknown status {session.status!r}")
    local_text(session.title.ko, session.title.en, "title")
    local_text(session.place.ko, session.place.en, "place")
    return session


def concern_day_values(original: date, moved_to: date | None, reason: LocalText | None) -> dict[str, object]:
    """A concern day change as stored; refused unless `original` is a first Saturday."""
    if original != first_saturday(original.year, original.month):
        raise InvalidContentEdit(f"{original.isoformat()} is not the first Saturday of its month")
    if moved_to == original:
        raise InvalidContentEdit("the new day is the same as the original")
    return {
        "moved_to": moved_to.isoformat() if moved_to else None,
        **(text_values(reason=reason) if reason is not None else {}),
    }


def restored_values() -> dict[str, object]:
    """A concern day back on its regular Saturday, whatever the file or an earlier edit said."""
    return {"restored": True}


def _text(values: Mapping[str, object], name: str) -> LocalText:
    raw = values[name]
    assert isinstance(raw, Mapping)
    return LocalText(str(raw["ko"]), str(raw["en"]))


def _session(entry_id: str, values: Mapping[str, object]) -> Session:
    return Session(
        id=entry_id,
        region=str(values["region"]),
        title=_text(values, "title"),
        day=date.fromisoformat(str(values["date"])),
        start=time.fromisoformat(str(values["start"])),
        end=time.fromisoformat(str(values["end"])),
        place=_text(values, "place"),
        status=str(values.get("status", SCHEDULED)),
    )


def _of_kind(overrides: Iterable[ContentOverride], kind: OverrideKind) -> dict[str, ContentOverride]:
    return {o.entry_id: o for o in sorted(overrides, key=lambda o: o.revision) if o.kind is kind}


def apply_to_guide(guide: Guide, overrides: Iterable[ContentOverride]) -> Guide:
    """The guide with staff's FAQ and booth card texts in place of the file's (same ids, same order)."""
    overrides = list(overrides)
    faqs, booths = _of_kind(overrides, OverrideKind.FAQ), _of_kind(overrides, OverrideKind.BOOTH)

    def faq(entry: FaqEntry) -> FaqEntry:
        edit = faqs.get(entry.id)
        if edit is None:
            return entry
        return dataclasses.replace(
            entry, question=_text(edit.values, "question"), answer=_text(edit.values, "answer")
        )

    def booth(card: BoothCard) -> BoothCard:
        edit = booths.get(card.id)
        if edit is None:
            return card
        return dataclasses.replace(card, title=_text(edit.values, "title"), body=_text(edit.values, "body"))

    return dataclasses.replace(
        guide, faqs=tuple(faq(f) for f in guide.faqs), booths=tuple(booth(b) for b in guide.booths)
    )


def apply_to_events(content: EventsContent, overrides: Iterable[ContentOverride]) -> EventsContent:
    """The events with staff's edits: sessions replaced (moved, cancelled) or added, and concern day
    changes that win over the file's for the same Saturday."""
    overrides = list(overrides)
    days = _of_kind(overrides, OverrideKind.CONCERN_DAY)
    changes = [c for c in content.changes if c.original.isoformat() not in days]
    for original, edit in days.items():
        if edit.values.get("restored"):
            continue
        moved_to = edit.values.get("moved_to")
        changes.append(
            ConcernDayChange(
                date.fromisoformat(original),
                date.fromisoformat(str(moved_to)) if moved_to else None,
                _text(edit.values, "reason") if "reason" in edit.values else None,
            )
        )
    edits = _of_kind(overrides, OverrideKind.SESSION)
    sessions = [_session(s.id, edits[s.id].values) if s.id in edits else s for s in content.sessions]
    known = {s.id for s in content.sessions}
    sessions.extend(_session(entry_id, o.values) for entry_id, o in edits.items() if entry_id not in known)
    return dataclasses.replace(
        content,
        changes=tuple(changes),
        sessions=tuple(sorted(sessions, key=lambda s: (s.day, s.start, s.id))),
    )


def extension_values(extension: DueExtension) -> dict[str, object]:
    """An extension as stored (its tax and year are the entry's key)."""
    return {"new_due": extension.new_due.isoformat(), **text_values(reason=extension.reason)}


def withdrawn_values() -> dict[str, object]:
    """The tax's deadline of that year is the rule's again, whatever the file or an earlier edit said."""
    return {"withdrawn": True}


def apply_to_calendar(calendar: TaxCalendar, overrides: Iterable[ContentOverride]) -> TaxCalendar:
    """The calendar with staff's extensions: added, replacing the file's for the same tax and year, or
    withdrawing them."""
    edits = _of_kind(overrides, OverrideKind.DUE_EXTENSION)
    if not edits:
        return calendar
    extensions = {e.key: e for e in calendar.extensions}
    for key, edit in edits.items():
        extensions.pop(key, None)
        if not edit.values.get("withdrawn"):
            tax_id, year = key.rsplit("/", 1)
            new_due = date.fromisoformat(str(edit.values["new_due"]))
            extensions[key] = DueExtension(tax_id, int(year), new_due, _text(edit.values, "reason"))
    return dataclasses.replace(calendar, extensions=tuple(extensions.values()))
