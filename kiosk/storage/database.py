"""Engine, sessions and migrations: the one place that knows which database the kiosk runs on."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.private_files import create_private_file, private_folder, tighten
from kiosk.storage.revisions import script_heads

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StorageError(Exception):
    """The database cannot be used; the message says why in plain words."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer kiosk; it is left untouched."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be reached right now (server down, network cut, file locked); try later."""


# Every kiosk may run `upgrade()` at start-up at the same moment; on PostgreSQL they queue on this
# advisory lock instead of racing to create the same tables. Any constant works; this one spells "KIOSK".
MIGRATION_LOCK_KEY = 0x4B494F534B
# A kiosk must notice a dead server in seconds, not the OS default of minutes.
PG_CONNECT_TIMEOUT_SECONDS = 5
# SQLite codes that mean "busy, try again" or "file not there right now" rather than a bug.
SQLITE_TEMPORARY_ERRORS = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN"}
# PostgreSQL: class 08 is "connection exception"; 57P01-03 mean the server is shutting down or starting.
PG_TEMPORARY_SQLSTATES = {"57P01", "57P02", "57P03"}
PG_TEMPORARY_FATALS = ("the database system is", "too many clients", "remaining connection slots")
WAL_SWITCH_ATTEMPTS = 100


class Database:
    """Connects to one SQLAlchemy URL and hands out one session per action."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        # False until upgrade() has succeeded once: a kiosk that started while the server was down.
        self.schema_ready = False
        if self.is_sqlite:
            self._prepare_sqlite_folder()
        # hide_parameters: an error's text never quotes the values (a resident's name, phone) into a log.
        self.engine: Engine = create_engine(url, hide_parameters=True, **self._engine_options())
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
        connect_args: dict[str, Any] = {}
        if "connect_timeout" not in self.url.query:
            connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_SECONDS
        # pool_pre_ping replaces connections the server dropped (restart, failover) on checkout, so the
        # kiosk reconnects by itself without a restart.
        return {"pool_pre_ping": True, "pool_size": 5, "max_overflow": 5, "connect_args": connect_args}

    def _prepare_sqlite_folder(self) -> None:
        database = self.url.database
        if not database or database == ":memory:":
            return
        file = Path(database).expanduser().resolve()
        folder = file.parent
        try:
            private_folder(folder)
        except OSError as err:
            raise StorageError(f"cannot create the data folder {folder}: {err.strerror}") from err
        try:
            # A private probe file: kiosks starting together must not delete each other's.
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as err:
            raise StorageError(f"the data folder {folder} is not writable: {err.strerror}") from err
        try:
            # Names and phones live in it: 0600, and SQLite gives its -wal and -shm files the same mode.
            create_private_file(file)
            for companion in (file, Path(f"{file}-wal"), Path(f"{file}-shm")):
                tighten(companion)
        except OSError as err:
            raise StorageError(f"the database file {file} cannot be opened: {err.strerror}") from err

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; commits on success, rolls back on any error.

        Raises DatabaseUnavailableError when the database cannot be reached right now.
        """
        with self._unavailable_as_error(), self._reader.begin() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session for one resident action that writes: all of it is saved, or none of it.

        Raises DatabaseUnavailableError when the database cannot be reached right now.
        """
        with self._unavailable_as_error(), self._writer.begin() as session:
            yield session

    def ping(self) -> bool:
        """True when the database answers a trivial query now (one round trip; no exception)."""
        try:
            with self.session() as session:
                session.execute(text("SELECT 1"))
        except DatabaseUnavailableError as err:
            log.info("database ping failed: %s", err)
            return False
        return True

    def upgrade(self) -> None:
        """Bring the schema to the newest revision; refuse a database from a newer kiosk."""
        try:
            if self._current_revisions() != script_heads():
                self._run_migrations()
            # (when up to date, Alembic is not even loaded: it costs a third of the start-up)
        except DBAPIError as err:
            raise self._storage_error(err) from err
        self.schema_ready = True

    @contextmanager
    def _unavailable_as_error(self) -> Iterator[None]:
        """Turn "cannot reach the database" into DatabaseUnavailableError; let real bugs through."""
        try:
            yield
        except DBAPIError as err:
            if self._is_temporary(err):
                raise DatabaseUnavailableError(_plain_reason(err, temporary=True)) from err
            raise

    def _storage_error(self, err: DBAPIError) -> StorageError:
        if self._is_temporary(err):
            return DatabaseUnavailableError(_plain_reason(err, temporary=True))
        return StorageError(_plain_reason(err, temporary=False))

    def _is_temporary(self, err: DBAPIError) -> bool:
        if err.connection_invalidated:
            return True
        orig = err.orig
        if self.is_sqlite:
            return getattr(orig, "sqlite_errorname", None) in SQLITE_TEMPORARY_ERRORS
        if not isinstance(err, OperationalError | InterfaceError):
            return False
        sqlstate = getattr(orig, "sqlstate", None)
        if sqlstate is None:
            # psycopg gives no SQLSTATE when connecting failed: either nobody answered (refused, reset,
            # timed out) or the server refused us with a FATAL message, lasting unless it is busy.
            message = str(orig)
            return "FATAL:" not in message or any(marker in message for marker in PG_TEMPORARY_FATALS)
        return sqlstate.startswith("08") or sqlstate in PG_TEMPORARY_SQLSTATES

    def _current_revisions(self) -> frozenset[str]:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return frozenset()
            return frozenset(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())

    def _run_migrations(self) -> None:
        from alembic import command

        # IMMEDIATE on SQLite for the same reason as write sessions: two kiosks starting together.
        bind = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        with bind.begin() as connection:
            if not self.is_sqlite:
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
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

    def reclaim_erased(self) -> bool:
        """After an erasure: copy the WAL into the database file and truncate it, so the erased values'
        old page images are gone from the WAL too; False when a reader kept it from finishing (the next
        run tries again). Servers keep no such file of ours."""
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return True
        try:
            with self._unavailable_as_error(), self.engine.connect() as connection:
                busy, _frames, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        except DatabaseUnavailableError as err:
            log.warning("the database's WAL could not be truncated after an erasure: %s", err)
            return False
        if busy:
            log.warning("the database's WAL could not be truncated after an erasure: another reader")
        return not busy

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
        # Deleted and overwritten records are zeroed on their page, not left in free space to be read back.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if engine.url.database not in (None, "", ":memory:"):
            _enable_wal(cursor)
            # FULL: a commit returns only once the WAL is on disk, so a booking the screen confirmed
            # survives a power cut too (NORMAL may lose the last commits then; a killed process loses
            # nothing either way). It costs one fsync per write, and a kiosk writes at a resident's pace.
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _enable_wal(cursor: Any) -> None:
    """Switch a database file to WAL (a lasting property of the file) once, whoever comes first."""
    # The switch needs the file to itself and SQLite does not wait on busy_timeout for it, so two
    # kiosks opening a brand-new file together would fail; the loser retries until WAL is on.
    for _attempt in range(WAL_SWITCH_ATTEMPTS):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err):
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA journal_mode=WAL")


def _plain_reason(err: SQLAlchemyError, temporary: bool) -> str:
    message = str(getattr(err, "orig", err)).strip()
    if "database is locked" in message:
        return "the database is locked by another program; close it or ask staff"
    if "unable to open database file" in message:
        return "the database file cannot be opened"
    # psycopg prefixes "connection failed: " and adds a hint line ("Is the server running...").
    detail = message.removeprefix("connection failed: ").splitlines()[0] if message else type(err).__name__
    if temporary:
        return f"the database is temporarily unavailable: {detail}"
    return f"the database is unavailable: {detail}"
