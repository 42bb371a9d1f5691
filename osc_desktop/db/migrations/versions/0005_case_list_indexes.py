"""Indexes for the cases list's filters and sorts at a state's volume (100,000 cases).

- status and case worker, each with the registration time: a filtered list in its default order
  (newest first) is read straight from the index, and counted from it; they replace the
  single-column indexes on status and case worker (their first column does the same);
- the name as listed, lower case (empty once erased, the alias when the name is withheld or
  missing), alone and after the case worker: sorting by name reads the index instead of sorting
  every case. The expression must stay exactly as `models/case.py` and
  `services/case_search.py` write it, or SQLite does not use these indexes; SQLAlchemy cannot
  reflect expression indexes, so `tests/db/test_migrations.py` compares their SQL instead;
- kind of violence, with the case: the violence filter's cases and their number, from the index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_LISTED_NAME_KEY = (
    "lower(CASE WHEN erased_at IS NOT NULL THEN '' "
    "WHEN name_withheld = 1 OR full_name = '' THEN alias ELSE full_name END)"
)


def upgrade() -> None:
    op.drop_index("ix_survivor_case_status", table_name="survivor_case")
    op.drop_index("ix_survivor_case_case_worker_id", table_name="survivor_case")
    op.create_index(
        "ix_survivor_case_status_registered_at", "survivor_case", ["status", "registered_at"]
    )
    op.create_index(
        "ix_survivor_case_case_worker_registered_at",
        "survivor_case",
        ["case_worker_id", "registered_at"],
    )
    op.execute(f"CREATE INDEX ix_survivor_case_listed_name ON survivor_case ({_LISTED_NAME_KEY})")
    op.execute(
        "CREATE INDEX ix_survivor_case_case_worker_listed_name "
        f"ON survivor_case (case_worker_id, {_LISTED_NAME_KEY})"
    )
    op.create_index("ix_case_violence_kind", "case_violence", ["kind", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_violence_kind", table_name="case_violence")
    op.drop_index("ix_survivor_case_case_worker_listed_name", table_name="survivor_case")
    op.drop_index("ix_survivor_case_listed_name", table_name="survivor_case")
    op.drop_index("ix_survivor_case_case_worker_registered_at", table_name="survivor_case")
    op.drop_index("ix_survivor_case_status_registered_at", table_name="survivor_case")
    op.create_index("ix_survivor_case_case_worker_id", "survivor_case", ["case_worker_id"])
    op.create_index("ix_survivor_case_status", "survivor_case", ["status"])
