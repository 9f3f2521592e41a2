"""Alembic environment: runs on the connection the kiosk hands in (see Database.upgrade)."""

from alembic import context

import kiosk.storage.all_models  # noqa: F401  (registers every table on Base.metadata)
from kiosk.storage.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `kiosk db upgrade`, which supplies the connection")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
