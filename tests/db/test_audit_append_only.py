"""The audit trail refuses to be rewritten, `INSERT OR REPLACE` included (issue 9.4).

SQLite's REPLACE deletes the conflicting row without firing a DELETE trigger unless
`recursive_triggers` is on; migration 0007 refuses such an insert whatever the connection.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from osc_desktop.db.engine import open_database
from osc_desktop.db.migrate import MIGRATIONS_DIR, upgrade_to_head
from osc_desktop.db.unit_of_work import Database
from osc_desktop.security.recovery_key import new_database_key
from osc_desktop.services.core.audit_log import AuditAction, record_event

COLUMNS = "id, occurred_at, user_id, action, entity_type, entity_id, details, prev_hash, row_hash"
FORGED = "'2026-01-01 00:00:00.000000', NULL, 'login', '', '', '{{}}', '{prev}', '{hash}'"


def _rows(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(f"SELECT {COLUMNS} FROM audit_event ORDER BY id")]


def _replacements(first: tuple) -> list[str]:
    """Statements that would swap the first row for a forged one, by id and by hash."""
    forged_same_id = FORGED.format(prev="0" * 64, hash="f" * 64)
    forged_same_hash = FORGED.format(prev="0" * 64, hash=first[8])
    return [
        f"INSERT OR REPLACE INTO audit_event ({COLUMNS}) VALUES ({first[0]}, {forged_same_id})",
        f"REPLACE INTO audit_event ({COLUMNS}) VALUES ({first[0]}, {forged_same_id})",
        f"INSERT OR REPLACE INTO audit_event ({COLUMNS}) VALUES (999, {forged_same_hash})",
    ]


def _raw(path: Path, key: bytes) -> sqlcipher.Connection:
    """A connection as a tamperer with the key would open it: none of the app's pragmas."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _assert_refused(path: Path, key: bytes, connect) -> None:
    conn = connect()
    try:
        before = _rows(conn)
        assert before
        for statement in _replacements(before[0]):
            with pytest.raises((sqlcipher.DatabaseError, DBAPIError), match="append-only"):
                conn.execute(statement)
        assert _rows(conn) == before
    finally:
        conn.close()


def _with_two_events(path: Path, key: bytes, upgrade) -> None:
    engine = open_database(path, key)
    try:
        upgrade(engine)
        database = Database(engine)
        for action in (AuditAction.LOGIN, AuditAction.LOGOUT):
            with database.unit_of_work() as uow:
                uow.lock_for_writing()
                record_event(uow.session, user_id=None, action=action)
                uow.commit()
    finally:
        engine.dispose()


def test_a_fresh_database_refuses_insert_or_replace_on_any_connection(tmp_path):
    path, key = tmp_path / "fresh.db", new_database_key()
    _with_two_events(path, key, lambda e: upgrade_to_head(e, path, tmp_path / "pre"))
    _assert_refused(path, key, lambda: _raw(path, key))
    engine = open_database(path, key)  # and the app's own connections
    try:
        _assert_refused(path, key, lambda: engine.raw_connection().driver_connection)
    finally:
        engine.dispose()


def test_a_database_migrated_from_before_the_fix_refuses_it_too(tmp_path):
    path, key = tmp_path / "old.db", new_database_key()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))

    def upgrade_to_0006(engine) -> None:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0006")

    _with_two_events(path, key, upgrade_to_0006)
    engine = open_database(path, key)
    try:
        upgrade_to_head(engine, path, tmp_path / "pre")
    finally:
        engine.dispose()
    _assert_refused(path, key, lambda: _raw(path, key))


def test_the_apps_connections_fire_triggers_on_replace(tmp_path):
    path, key = tmp_path / "pragma.db", new_database_key()
    engine = open_database(path, key)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA recursive_triggers")).scalar_one() == 1
    finally:
        engine.dispose()


def test_new_events_are_still_appended(tmp_path):
    path, key = tmp_path / "append.db", new_database_key()
    _with_two_events(path, key, lambda e: upgrade_to_head(e, path, tmp_path / "pre"))
    conn = _raw(path, key)
    try:
        assert [row[3] for row in _rows(conn)] == ["login", "logout"]
    finally:
        conn.close()
