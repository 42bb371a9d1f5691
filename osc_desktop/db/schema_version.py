"""The schema revisions this version of the app knows, without importing Alembic at start-up.

A test checks these against the migration scripts, so they cannot drift apart.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD_REVISION = KNOWN_REVISIONS[-1]
