"""The content_override table: append-only edits, newest per entry, revision = newest id."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.content_overrides import OverrideKind
from kiosk.storage import content_overrides as store
from kiosk.storage.database import Database

NOW = datetime(2026, 11, 25, 9, 0)


def test_newest_edit_of_each_entry_wins(database: Database) -> None:
    with database.write_session() as session:
        assert store.latest_revision(session) == 0
        store.add_override(session, OverrideKind.FAQ, "a", {"question": {"ko": "1", "en": "1"}}, NOW)
        store.add_override(session, OverrideKind.BOOTH, "a", {"title": {"ko": "b", "en": "b"}}, NOW)
        newest = store.add_override(session, OverrideKind.FAQ, "a", {"question": {"ko": "2", "en": "2"}}, NOW)
    with database.session() as session:
        current = store.current_overrides(session)
        assert store.latest_revision(session) == newest.revision
    assert [(o.kind, o.entry_id) for o in current] == [(OverrideKind.BOOTH, "a"), (OverrideKind.FAQ, "a")]
    assert current[1].values == {"question": {"ko": "2", "en": "2"}}
