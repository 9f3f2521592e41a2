"""Change notices between kiosks: NOTIFY on PostgreSQL, a per-channel version counter on SQLite.

A writer records a change inside its own transaction, so other kiosks hear of it exactly when (and
only if) the change is committed. PostgreSQL delivers NOTIFY to a listening connection
(`NotificationListener`); SQLite has no such channel, so readers poll `change_counter`.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, String, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.storage.base import Base
from kiosk.storage.database import PG_CONNECT_TIMEOUT_SECONDS, Database

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

CHANNEL_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# The district's server may host other applications: our NOTIFY channels carry a prefix.
PG_CHANNEL_PREFIX = "kiosk_"
# PostgreSQL caps a NOTIFY payload at 8000 bytes; a payload is a hint (a date, an id), never data.
MAX_PAYLOAD_CHARS = 200
LISTEN_POLL_SECONDS = 0.2
RECONNECT_MIN_SECONDS = 0.5
RECONNECT_MAX_SECONDS = 5.0


class ChangeCounter(Base):
    """How many changes each channel has seen (SQLite kiosks poll this)."""

    __tablename__ = "change_counter"

    channel: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


def check_channel(channel: str) -> str:
    """`channel` if it is a valid channel name (lower-case letters, digits, _), else ValueError."""
    if not CHANNEL_NAME.match(channel):
        raise ValueError(f"not a valid change channel name: {channel!r}")
    return channel


def record_change(session: Session, channel: str, payload: str = "") -> None:
    """Announce a change on `channel`, delivered to other kiosks when `session` commits."""
    check_channel(channel)
    if len(payload) > MAX_PAYLOAD_CHARS:
        raise ValueError(f"change payload longer than {MAX_PAYLOAD_CHARS} characters")
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(PG_CHANNEL_PREFIX + channel, payload)))
        return
    bump = (
        sqlite_insert(ChangeCounter)
        .values(channel=channel, version=1)
        .on_conflict_do_update(
            index_elements=[ChangeCounter.channel], set_={"version": ChangeCounter.version + 1}
        )
    )
    session.execute(bump)


def read_versions(session: Session) -> dict[str, int]:
    """Every channel's change count (SQLite polling)."""
    rows = session.execute(select(ChangeCounter.channel, ChangeCounter.version))
    return {channel: version for channel, version in rows}


class NotificationListener:
    """A background thread holding one PostgreSQL connection that LISTENs on `channels`.

    `on_notice(channel, payload)` is called from that thread for every NOTIFY; after a lost connection
    comes back, it is called once per channel with payload None, because notices sent while the
    connection was down are lost and the receiver must reload.
    """

    def __init__(
        self,
        database: Database,
        channels: Iterable[str],
        on_notice: Callable[[str, str | None], None],
    ) -> None:
        if database.is_sqlite:
            raise ValueError("SQLite has no LISTEN/NOTIFY; poll read_versions() instead")
        self._database = database
        self._channels = tuple(check_channel(c) for c in channels)
        self._on_notice = on_notice
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._lock = threading.Lock()
        self._ever_connected = False
        self._start_gave_up = False
        self._thread = threading.Thread(target=self._run, name="kiosk-change-listener", daemon=True)

    @property
    def listening(self) -> bool:
        """True while the connection is up and LISTENing."""
        return self._listening.is_set()

    def start(self, wait_seconds: float = PG_CONNECT_TIMEOUT_SECONDS) -> bool:
        """Start listening; True once LISTEN is in place, False if the server did not answer in time.

        After False the thread keeps trying, and its first connection then counts as a reconnection.
        """
        self._thread.start()
        listening = self._listening.wait(wait_seconds)
        with self._lock:
            if not self._ever_connected:
                self._start_gave_up = True
        return listening

    def close(self) -> None:
        """Stop the thread and close its connection."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=LISTEN_POLL_SECONDS + PG_CONNECT_TIMEOUT_SECONDS + 1)

    def _run(self) -> None:
        # psycopg is imported here, on PostgreSQL only: a SQLite kiosk starts 0.05 s sooner without it.
        import psycopg
        from psycopg import sql

        delay = RECONNECT_MIN_SECONDS
        while not self._stop.is_set():
            try:
                with self._connect() as connection:
                    for channel in self._channels:
                        connection.execute(
                            sql.SQL("LISTEN {}").format(sql.Identifier(PG_CHANNEL_PREFIX + channel))
                        )
                    with self._lock:
                        # Changes may have been missed unless start() is still waiting for this moment.
                        missed_some = self._ever_connected or self._start_gave_up
                        self._ever_connected = True
                    self._listening.set()
                    delay = RECONNECT_MIN_SECONDS
                    if missed_some:
                        log.info("change listener (re)connected; asking subscribers to reload")
                        for channel in self._channels:
                            self._deliver(channel, None)
                    self._pump(connection)
            except psycopg.Error as err:
                self._listening.clear()
                log.warning("change listener lost the database, retrying in %.1f s: %s", delay, err)
                self._stop.wait(delay)
                delay = min(delay * 2, RECONNECT_MAX_SECONDS)
        self._listening.clear()

    def _pump(self, connection: psycopg.Connection) -> None:
        while not self._stop.is_set():
            for notice in connection.notifies(timeout=LISTEN_POLL_SECONDS):
                self._deliver(notice.channel.removeprefix(PG_CHANNEL_PREFIX), notice.payload)

    def _deliver(self, channel: str, payload: str | None) -> None:
        try:
            self._on_notice(channel, payload)
        except Exception:
            # A faulty receiver must not silence the feed for everyone else.
            log.exception("change receiver failed for channel %s", channel)

    def _connect(self) -> psycopg.Connection:
        import psycopg

        args, params = self._database.engine.dialect.create_connect_args(self._database.engine.url)
        params.setdefault("connect_timeout", PG_CONNECT_TIMEOUT_SECONDS)
        # Keepalives notice a silently dropped network link, which a LISTEN-only connection never would.
        params.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        return psycopg.connect(*args, **params, autocommit=True)
