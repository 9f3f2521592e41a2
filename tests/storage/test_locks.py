"""hold_lock: read-decide-write rules stay exact with eight kiosks writing at once (both databases)."""

from __future__ import annotations

import subprocess

from sqlalchemy import select

from kiosk.storage.database import Database
from kiosk.storage.models import Setting
from tests.helpers.processes import child_env, python_command

# Each "kiosk" draws 15 queue numbers the naive way (highest so far plus one) under the lock.
DRAW_NUMBERS = """
import sys
from sqlalchemy import select
from kiosk.storage.database import Database
from kiosk.storage.locks import hold_lock
from kiosk.storage.models import Setting
database = Database(sys.argv[1])
for _ in range(15):
    with database.write_session() as session:
        hold_lock(session, "queue:2026-12-03")
        keys = session.execute(select(Setting.key).where(Setting.key.like("queue-%"))).scalars()
        number = max((int(key.removeprefix("queue-")) for key in keys), default=0) + 1
        session.add(Setting(key=f"queue-{number:04d}", value=sys.argv[2]))
"""


def test_eight_kiosks_drawing_queue_numbers_get_each_number_once(
    database: Database, database_url: str
) -> None:
    kiosks = [
        subprocess.Popen(python_command(DRAW_NUMBERS, database_url, f"kiosk-{n}"), env=child_env())
        for n in range(8)
    ]
    assert [kiosk.wait(timeout=120) for kiosk in kiosks] == [0] * 8
    with database.session() as session:
        keys = session.execute(select(Setting.key).where(Setting.key.like("queue-%"))).scalars().all()
    # A lost race would show as a process failing on the primary key, or as a gap in the numbers.
    assert sorted(keys) == [f"queue-{n:04d}" for n in range(1, 8 * 15 + 1)]
