"""The database layer: migrations, SQLite settings, refusing a newer schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.storage.database import Database, SchemaTooNewError, StorageError
from kiosk.storage.models import Setting


def test_upgrade_creates_tables_and_is_repeatable(database: Database) -> None:
    database.upgrade()
    with database.write_session() as session:
        session.add(Setting(key="k", value="v"))
    with database.session() as session:
        assert session.get(Setting, "k").value == "v"


def test_sqlite_runs_with_wal_and_foreign_keys(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_failed_write_session_saves_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write_session() as session:
        session.add(Setting(key="half", value="written"))
        session.flush()
        raise RuntimeError("interrupted")
    with database.session() as session:
        assert session.get(Setting, "half") is None


def test_newer_schema_is_refused_and_left_untouched(database: Database) -> None:
    with database.engine.begin() as connection:
        # Features add independent heads (one alembic_version row each): replace them all.
        connection.execute(text("DELETE FROM alembic_version"))
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
    with pytest.raises(SchemaTooNewError, match="newer"):
        database.upgrade()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"


def test_unusable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    # A file where the folder should be fails for root too (plain permissions do not stop root).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the data folder"):
        Database(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")
