"""Engine, sessions and migrations: the one place that knows which database the kiosk runs on."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.revisions import script_heads

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StorageError(Exception):
    """The database cannot be used; the message says why in plain words."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer kiosk; it is left untouched."""


class Database:
    """Connects to one SQLAlchemy URL and hands out one session per action."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self._prepare_sqlite_folder()
        self.engine: Engine = create_engine(url, **self._engine_options())
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        # On SQLite a writer takes the write lock when it begins, so two kiosks never deadlock
        # half-way through a booking; PostgreSQL relies on constraints and row locks instead.
        writer_bind = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        )
        self._writer = sessionmaker(writer_bind, expire_on_commit=False)

    def _engine_options(self) -> dict[str, Any]:
        if self.is_sqlite:
            return {"connect_args": {"timeout": 30}}
        return {"pool_pre_ping": True, "pool_size": 5, "max_overflow": 5}

    def _prepare_sqlite_folder(self) -> None:
        database = self.url.database
        if not database or database == ":memory:":
            return
        folder = Path(database).expanduser().resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StorageError(f"cannot create the data folder {folder}: {err.strerror}") from err
        probe = folder / ".write-test"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as err:
            raise StorageError(f"the data folder {folder} is not writable: {err.strerror}") from err

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; commits on success, rolls back on any error."""
        with self._reader.begin() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session for one resident action that writes: all of it is saved, or none of it."""
        with self._writer.begin() as session:
            yield session

    def upgrade(self) -> None:
        """Bring the schema to the newest revision; refuse a database from a newer kiosk."""
        try:
            if self._current_revisions() == script_heads():
                return  # up to date: skip loading Alembic, which costs a third of the start-up
            self._run_migrations()
        except OperationalError as err:
            raise StorageError(_plain_reason(err)) from err

    def _current_revisions(self) -> frozenset[str]:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return frozenset()
            return frozenset(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())

    def _run_migrations(self) -> None:
        from alembic import command

        with self.engine.begin() as connection:
            self._refuse_newer_schema(connection)
            alembic_cfg = _alembic_config()
            alembic_cfg.attributes["connection"] = connection
            command.upgrade(alembic_cfg, "heads")

    def _refuse_newer_schema(self, connection: Any) -> None:
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        current = MigrationContext.configure(connection).get_current_heads()
        script = ScriptDirectory.from_config(_alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        unknown = [rev for rev in current if rev not in known]
        if unknown:
            raise SchemaTooNewError(
                f"the database schema ({', '.join(unknown)}) is newer than this kiosk; "
                "update the kiosk software, the database was not changed"
            )

    def check_integrity(self) -> bool:
        """SQLite's own integrity check (always true on servers, which check themselves)."""
        if not self.is_sqlite:
            return True
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def dispose(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Any:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own is too late).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _plain_reason(err: SQLAlchemyError) -> str:
    text = str(getattr(err, "orig", err))
    if "locked" in text:
        return "the database is locked by another program; close it or ask staff"
    if "unable to open" in text:
        return "the database file cannot be opened"
    return f"the database is unavailable: {text.splitlines()[0]}"
