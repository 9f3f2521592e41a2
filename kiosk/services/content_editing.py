"""Staff mode's content desk: edits of FAQ entries, booth cards, sessions and deadlines, stored in the
database."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date

from kiosk.domain.clock import SEOUL, Clock
from kiosk.domain.content_file import LocalText
from kiosk.domain.content_overrides import (
    ContentOverride,
    OverrideKind,
    check_session,
    concern_day_values,
    extension_values,
    local_text,
    restored_values,
    session_values,
    text_values,
    withdrawn_values,
)
from kiosk.domain.due_extensions import check_extension, extension_key
from kiosk.domain.events import CANCELLED, Session
from kiosk.domain.tax_calendar import DuePeriod
from kiosk.domain.time_limits import TimeLimits
from kiosk.storage import content_overrides as store
from kiosk.storage.database import Database

log = logging.getLogger(__name__)


TIME_LIMITS_ENTRY = "kiosk"


class ContentEditor:
    """One write transaction per edit; the screens of every kiosk see it at their next visit."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._database = database
        self._clock = clock
        self._time_limit_listeners: list[Callable[[TimeLimits], None]] = []

    def revision(self) -> int:
        """Grows with every edit on the database: a cheap question to ask before reloading."""
        with self._database.session() as session:
            return store.latest_revision(session)

    def overrides(self) -> list[ContentOverride]:
        with self._database.session() as session:
            return store.current_overrides(session)

    def edit_faq(self, entry_id: str, question: LocalText, answer: LocalText) -> ContentOverride:
        """Replace the question and answer of one FAQ entry in both languages."""
        values = text_values(
            question=local_text(question.ko, question.en, "question"),
            answer=local_text(answer.ko, answer.en, "answer"),
        )
        return self._save(OverrideKind.FAQ, entry_id, values)

    def edit_booth(self, entry_id: str, title: LocalText, body: LocalText) -> ContentOverride:
        """Replace the title and text of one info booth card in both languages."""
        values = text_values(
            title=local_text(title.ko, title.en, "title"), body=local_text(body.ko, body.en, "text")
        )
        return self._save(OverrideKind.BOOTH, entry_id, values)

    def save_session(self, session: Session, regions: list[str]) -> ContentOverride:
        """Add a session or replace one (moved to another day or time); `regions` are the known ids."""
        return self._save(OverrideKind.SESSION, session.id, session_values(check_session(session, regions)))

    def cancel_session(self, session: Session) -> ContentOverride:
        """Residents no longer see the session among the coming events."""
        cancelled = dataclasses.replace(session, status=CANCELLED)
        return self._save(OverrideKind.SESSION, session.id, session_values(cancelled))

    def move_concern_day(
        self, original: date, moved_to: date, reason: LocalText | None = None
    ) -> ContentOverride:
        """Hold the Tax Concern Resolution Day of `original` (a first Saturday) on `moved_to` instead."""
        values = concern_day_values(original, moved_to, reason)
        return self._save(OverrideKind.CONCERN_DAY, original.isoformat(), values)

    def cancel_concern_day(self, original: date, reason: LocalText | None = None) -> ContentOverride:
        """No Tax Concern Resolution Day that month; residents see it cancelled with the reason."""
        values = concern_day_values(original, None, reason)
        return self._save(OverrideKind.CONCERN_DAY, original.isoformat(), values)

    def restore_concern_day(self, original: date) -> ContentOverride:
        """Back on the regular first Saturday, whatever the content file or an earlier edit said."""
        concern_day_values(original, None, None)  # the same check of the date
        return self._save(OverrideKind.CONCERN_DAY, original.isoformat(), restored_values())

    def extend_due(self, period: DuePeriod, new_due: date, reason: LocalText) -> ContentOverride:
        """Every kiosk on the database shows `new_due` as the last day of `period`, with `reason`;
        refused (InvalidDueExtension) unless it is after the rule's last day and not too far."""
        extension = check_extension(period.tax_id, period.year, period.rule_due, new_due, reason)
        return self._save(OverrideKind.DUE_EXTENSION, extension.key, extension_values(extension))

    def withdraw_due_extension(self, period: DuePeriod) -> ContentOverride:
        """Back to the rule's last day (also over an extension the calendar file lists)."""
        key = extension_key(period.tax_id, period.year)
        return self._save(OverrideKind.DUE_EXTENSION, key, withdrawn_values())

    def time_limits(self, default: TimeLimits) -> TimeLimits:
        """The idle limits staff last saved, or `default` (the configuration's) when they never did."""
        for override in self.overrides():
            if override.kind is OverrideKind.TIME_LIMITS:
                values = override.values
                return TimeLimits(_seconds(values["idle_seconds"]), _seconds(values["warning_seconds"]))
        return default

    def save_time_limits(self, limits: TimeLimits) -> ContentOverride:
        """Every kiosk on the database uses these from its next resident on."""
        values: dict[str, object] = {
            "idle_seconds": limits.idle_seconds,
            "warning_seconds": limits.warning_seconds,
        }
        override = self._save(OverrideKind.TIME_LIMITS, TIME_LIMITS_ENTRY, values)
        for listener in self._time_limit_listeners:
            listener(limits)
        return override

    def on_time_limits_saved(self, listener: Callable[[TimeLimits], None]) -> None:
        """`listener(limits)` after each save here (other kiosks read them at their next resident)."""
        self._time_limit_listeners.append(listener)

    def new_session_id(self) -> str:
        """An id no file entry uses: staff-<date and time of the edit>."""
        return f"staff-{self._clock.now().astimezone(SEOUL):%Y%m%d-%H%M%S}"

    def _save(self, kind: OverrideKind, entry_id: str, values: dict[str, object]) -> ContentOverride:
        with self._database.write_session() as session:
            override = store.add_override(
                session, kind, entry_id, values, self._clock.now().astimezone(SEOUL)
            )
        log.info("content edit %d: %s %s", override.revision, kind.value, entry_id)
        return override


def _seconds(value: object) -> int:
    return int(str(value))
