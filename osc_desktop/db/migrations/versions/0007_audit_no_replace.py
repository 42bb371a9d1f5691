"""The audit trail refuses `INSERT OR REPLACE` too.

A REPLACE that meets an existing id (or row hash) deletes that row, and SQLite fires no DELETE
trigger for it unless `recursive_triggers` is on: the append-only triggers of 0002 let the row
be swapped. This trigger refuses an insert whose id or row hash is already in the trail,
whatever the connection's settings (the app also turns `recursive_triggers` on, db/engine.py).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NO_REPLACE_TRIGGER = """CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
    WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id)
      OR EXISTS (SELECT 1 FROM audit_event WHERE row_hash = NEW.row_hash)
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(NO_REPLACE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_replace")
