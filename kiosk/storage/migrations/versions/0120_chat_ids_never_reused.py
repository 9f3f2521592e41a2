"""Live help chat ids are never reused: AUTOINCREMENT on SQLite's chat tables.

SQLite gives a new row the highest id plus one, so deleting the newest conversation hands its id to
the next resident, and a console (or a kiosk) still holding the id reaches that resident's chat.
AUTOINCREMENT keeps the highest id ever given in `sqlite_sequence`. PostgreSQL's sequences never go
back: nothing to do there.

SQLite cannot add AUTOINCREMENT to a table, so both are rebuilt. Not by dropping the conversation
table: with foreign keys on, that deletes every message through ON DELETE CASCADE. The old tables are
renamed (SQLite points the messages' foreign key at the renamed parent), copied into the new ones and
dropped child first, when nothing refers to them any more.

Revision ID: 0120_chat_ids_never_reused
Revises: 0101_chat
"""

from alembic import op

revision = "0120_chat_ids_never_reused"
down_revision = "0101_chat"
branch_labels = None
depends_on = None

CONVERSATION = (
    "CREATE TABLE chat_conversation ("
    "id INTEGER NOT NULL, kiosk_name VARCHAR(100) NOT NULL, opened_at DATETIME NOT NULL, "
    "CONSTRAINT pk_chat_conversation PRIMARY KEY (id {autoincrement}))"
)
MESSAGE = (
    "CREATE TABLE chat_message ("
    "id INTEGER NOT NULL, conversation_id INTEGER NOT NULL, sender VARCHAR(10) NOT NULL, "
    "body TEXT NOT NULL, sent_at DATETIME NOT NULL, "
    "CONSTRAINT pk_chat_message PRIMARY KEY (id {autoincrement}), "
    "CONSTRAINT fk_chat_message_conversation_id_chat_conversation FOREIGN KEY(conversation_id) "
    "REFERENCES chat_conversation (id) ON DELETE CASCADE)"
)


def _rebuild(autoincrement: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX ix_chat_message_conversation_id")
    op.execute("ALTER TABLE chat_message RENAME TO _old_chat_message")
    op.execute("ALTER TABLE chat_conversation RENAME TO _old_chat_conversation")
    op.execute(CONVERSATION.format(autoincrement=autoincrement))
    op.execute("INSERT INTO chat_conversation SELECT id, kiosk_name, opened_at FROM _old_chat_conversation")
    op.execute(MESSAGE.format(autoincrement=autoincrement))
    op.execute(
        "INSERT INTO chat_message SELECT id, conversation_id, sender, body, sent_at FROM _old_chat_message"
    )
    op.execute("DROP TABLE _old_chat_message")
    op.execute("DROP TABLE _old_chat_conversation")
    op.execute("CREATE INDEX ix_chat_message_conversation_id ON chat_message (conversation_id)")


def upgrade() -> None:
    _rebuild("AUTOINCREMENT")


def downgrade() -> None:
    _rebuild("")
