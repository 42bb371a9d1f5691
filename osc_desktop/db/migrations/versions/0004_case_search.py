"""The full-text search index over cases (SQLite FTS5, trigram tokenizer).

One row per case, rowid = survivor_case.id, columns:
- number: the case number, lower case ("pat/2026-27/0042");
- names: each word of her name and alias as "^^word" ("^^" marks a word's start, so one or two
  typed letters can be looked up as a prefix of three or more characters);
- keys: each phonetic name key (services/name_keys.py) as "^^key^";
- phone: its digits; police: the police report number, lower case.

Contentless (content=''), with contentless_delete=1: the index keeps no second copy of names
and phones, and an erased case's row can be deleted. What it holds is written by
`services.case_search.index_case`; this migration only fills the case numbers, names, phones and
report numbers of cases already registered (the name keys need the application's code, so a
database that had cases before this revision should run `rebuild_index`; the cases tables came
with the same release, so none has).

The virtual table is not part of the ORM metadata; `migrations/env.py` ignores the tables it
creates when comparing the schema with the models.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "number, names, keys, phone, police, "
        "tokenize = 'trigram', content = '', contentless_delete = 1)"
    )
    op.execute(
        "INSERT INTO case_search (rowid, number, names, keys, phone, police) "
        "SELECT id, lower(case_number), "
        "'^^' || replace(trim(lower(full_name || ' ' || alias)), ' ', ' ^^'), '', phone, "
        "lower(police_report_number) FROM survivor_case WHERE erased_at IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP TABLE case_search")
