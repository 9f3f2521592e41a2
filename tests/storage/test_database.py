"""The database layer: migrations, refusing a newer schema, plain errors; SQLite and PostgreSQL alike.

Tests taking `database`/`database_url` run on both databases; the sections below hold the few
behaviours that exist on only one of them.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.storage.database import Database, DatabaseUnavailableError, SchemaTooNewError, StorageError
from kiosk.storage.models import Setting
from tests.helpers.postgres import PostgresServer, free_port
from tests.helpers.processes import child_env, python_command

# --- both databases ---------------------------------------------------------------------------------


def test_upgrade_creates_tables_and_is_repeatable(database: Database) -> None:
    database.upgrade()
    with database.write_session() as session:
        session.add(Setting(key="k", value="v"))
    with database.session() as session:
        assert session.get(Setting, "k").value == "v"


def test_failed_write_session_saves_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write_session() as session:
        session.add(Setting(key="half", value="written"))
        session.flush()
        raise RuntimeError("interrupted")
    with database.session() as session:
        assert session.get(Setting, "half") is None


def test_newer_schema_is_refused_and_left_untouched(database: Database) -> None:
    with database.engine.begin() as connection:
        # One row per head: features add independent heads, so replace them all with one unknown one.
        connection.execute(text("DELETE FROM alembic_version"))
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
    with pytest.raises(SchemaTooNewError, match="newer"):
        database.upgrade()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"


def test_kiosks_starting_together_migrate_once(database_url: str) -> None:
    # Four kiosks booting at the same moment all run upgrade() on one empty database; each waits for
    # the same instant after its imports so that the migrations really overlap.
    script = (
        "import sys, time; from kiosk.storage.database import Database; db = Database(sys.argv[1]); "
        "time.sleep(max(0.0, float(sys.argv[2]) - time.time())); db.upgrade()"
    )
    start_at = str(time.time() + 1.5)
    processes = [
        subprocess.Popen(
            python_command(script, database_url, start_at), env=child_env(), stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    errors = [process.communicate(timeout=60)[1] for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0, 0], errors
    database = Database(database_url)
    try:
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM alembic_version")).scalar() >= 1
    finally:
        database.dispose()


def test_ping_answers_true_on_a_working_database(database: Database) -> None:
    assert database.ping() is True


def test_bugs_in_sql_are_not_mistaken_for_an_outage(database: Database) -> None:
    with pytest.raises(Exception) as caught, database.session() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(caught.value, StorageError)


# --- SQLite only ------------------------------------------------------------------------------------


def test_sqlite_runs_with_wal_and_foreign_keys(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # FULL (2): a confirmed booking is on disk before the screen shows its code, even if power fails.
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_deleted_records_are_zeroed_and_the_wal_emptied(tmp_path: Path) -> None:
    """secure_delete on every connection, then reclaim_erased(): a deleted value cannot be read back."""
    import sqlite3
    from contextlib import closing

    from kiosk.storage.settings import delete_setting, write_setting

    path = tmp_path / "kiosk.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    with database.write_session() as session:
        for key in ("a", "secret", "b"):
            write_setting(session, key, "Zebulon Quixotewright" if key == "secret" else f"kept {key}")
    with closing(sqlite3.connect(path)) as other:  # the automatic checkpoint, weeks before the erasure
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Quixotewright" in path.read_bytes()
    with database.write_session() as session:
        delete_setting(session, "secret")
    assert database.reclaim_erased() is True
    assert Path(f"{path}-wal").stat().st_size == 0  # (closing the last connection would remove it)
    assert b"Quixotewright" not in path.read_bytes()
    database.dispose()
    assert b"kept a" in path.read_bytes()


def test_sql_errors_never_quote_the_values(sqlite_database: Database) -> None:
    with pytest.raises(Exception) as caught, sqlite_database.session() as session:
        session.execute(text("INSERT INTO no_such_table VALUES (:name)"), {"name": "Zebulon Quixotewright"})
    assert "Quixotewright" not in str(caught.value)
    assert "hidden due to hide_parameters" in str(caught.value)


def test_unusable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    # A file where the folder should be fails for root too (plain permissions do not stop root).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the data folder"):
        Database(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")


# --- PostgreSQL only --------------------------------------------------------------------------------


def test_unreachable_server_is_temporarily_unavailable() -> None:
    # Nothing listens on this port: the same as a server that is down.
    database = Database(f"postgresql+psycopg://kiosk@127.0.0.1:{free_port()}/kiosk")
    with pytest.raises(DatabaseUnavailableError, match=r"temporarily unavailable.*Connection refused"):
        database.upgrade()
    with pytest.raises(DatabaseUnavailableError, match="temporarily unavailable"), database.session() as s:
        s.execute(text("SELECT 1"))
    assert database.ping() is False


def test_missing_server_database_is_a_lasting_error(postgres_server: PostgresServer) -> None:
    database = Database(postgres_server.url("no_such_database"))
    with pytest.raises(StorageError, match='database "no_such_database" does not exist') as caught:
        database.upgrade()
    assert not isinstance(caught.value, DatabaseUnavailableError)


def test_postgresql_migration_creates_the_tables(postgres_database: Database) -> None:
    with postgres_database.session() as session:
        tables = session.execute(
            text("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        ).scalars()
        assert {"alembic_version", "setting"} <= set(tables)


def test_a_connection_cut_mid_action_is_unavailable_and_the_next_action_works(
    postgres_database: Database,
) -> None:
    with pytest.raises(DatabaseUnavailableError), postgres_database.write_session() as session:
        backend = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with postgres_database.engine.connect() as admin:  # as a server restart or a DBA would
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        session.add(Setting(key="lost", value="x"))
    with postgres_database.write_session() as session:
        session.add(Setting(key="kept", value="x"))
    with postgres_database.session() as session:
        assert session.get(Setting, "kept") is not None
        assert session.get(Setting, "lost") is None
