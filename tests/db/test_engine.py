"""The encrypted database: not plain SQLite, the right pragmas, faults told apart."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from sqlalchemy.exc import OperationalError as SAOperationalError

from osc_desktop.db import engine as engine_module
from osc_desktop.db.engine import classify_database_error, classify_os_error, open_database
from osc_desktop.errors import (
    DatabaseDamaged,
    DataFolderNotWritable,
    DiskFull,
    StorageError,
    WrongKey,
)
from osc_desktop.security.recovery_key import new_database_key

ROWS = 300
PAGE = 4096  # SQLCipher 4's default page size


@pytest.fixture
def key() -> bytes:
    return new_database_key()


@pytest.fixture
def db_file(tmp_path, key) -> Path:
    """An encrypted database of some dozens of pages, closed (its WAL folded in)."""
    path = tmp_path / "data" / "osc-desktop.db"
    path.parent.mkdir()
    engine = open_database(path, key)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))
        for i in range(ROWS):
            conn.execute(text("INSERT INTO note (body) VALUES (:b)"), {"b": f"note {i} " * 60})
    engine.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _check_opens(path: Path, key: bytes) -> None:
    engine = open_database(path, key, key_recognised=True)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM note")).scalar_one() == ROWS
    finally:
        engine.dispose()


def test_reopens_with_the_right_key(db_file, key):
    _check_opens(db_file, key)


def test_the_file_is_not_plain_sqlite(db_file):
    data = db_file.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"note 1 note 1" not in data
    plain = sqlite3.connect(db_file)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        plain.close()


def test_connection_pragmas(db_file, key):
    engine = open_database(db_file, key)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000
            assert conn.execute(text("PRAGMA secure_delete")).scalar_one() == 1
    finally:
        engine.dispose()


def test_two_connections_at_once_in_one_thread(db_file, key):
    engine = open_database(db_file, key)
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
                assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(tmp_path, key):
    engine = open_database(tmp_path / "fk.db", key)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
            conn.execute(
                text("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id))")
            )
        with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
            conn.execute(text("INSERT INTO child (p) VALUES (42)"))
    finally:
        engine.dispose()


def test_each_unit_of_work_is_a_real_transaction(db_file, key):
    """A rolled-back write leaves nothing behind (the driver's own transactions are off)."""
    engine = open_database(db_file, key)
    try:
        with engine.connect() as conn:
            conn.execute(text("DELETE FROM note"))
            conn.rollback()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM note")).scalar_one() == ROWS
    finally:
        engine.dispose()


def test_wrong_key_not_recognised_is_wrong_key(db_file):
    before = db_file.read_bytes()
    with pytest.raises(WrongKey) as caught:
        open_database(db_file, new_database_key(), key_recognised=False)
    assert caught.value.recovery_key_helps
    assert db_file.read_bytes() == before


def test_wrong_key_that_the_key_store_recognises_means_damage(db_file):
    before = db_file.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(db_file, new_database_key(), key_recognised=True)
    assert db_file.read_bytes() == before


@pytest.mark.parametrize("cut", [1, 100, 511, PAGE - 1])
def test_truncated_to_an_odd_size(db_file, key, cut):
    data = db_file.read_bytes()
    db_file.write_bytes(data[: len(data) - cut])
    with pytest.raises(DatabaseDamaged):
        open_database(db_file, key, key_recognised=True)
    assert len(db_file.read_bytes()) == len(data) - cut


def test_truncated_to_half_its_pages(db_file, key):
    data = db_file.read_bytes()
    pages = len(data) // PAGE
    assert pages >= 10
    half = data[: (pages // 2) * PAGE]
    db_file.write_bytes(half)
    with pytest.raises(DatabaseDamaged):
        open_database(db_file, key, key_recognised=True)
    assert db_file.read_bytes() == half


def test_truncated_to_its_first_page(db_file, key):
    first = db_file.read_bytes()[:PAGE]
    db_file.write_bytes(first)
    with pytest.raises(DatabaseDamaged):
        open_database(db_file, key, key_recognised=True)
    assert db_file.read_bytes() == first


def test_zero_length_file(db_file, key):
    db_file.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        open_database(db_file, key, key_recognised=True)
    assert db_file.read_bytes() == b""


def test_page_one_overwritten(db_file, key):
    data = bytearray(db_file.read_bytes())
    data[2000:2100] = bytes(b ^ 0xFF for b in data[2000:2100])
    db_file.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(db_file, key, key_recognised=True)
    assert db_file.read_bytes() == bytes(data)


def test_a_plain_sqlite_file_is_not_opened(tmp_path, key):
    path = tmp_path / "plain.db"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(DatabaseDamaged):
        open_database(path, key, key_recognised=True)


def _is_effective(folder: Path) -> bool:
    return not os.access(folder, os.W_OK)


def test_read_only_data_folder(tmp_path, key):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if not _is_effective(folder):
            pytest.skip("running as root: chmod does not stop writes (see the tests below)")
        with pytest.raises(DataFolderNotWritable):
            open_database(folder / "osc-desktop.db", key)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# Root ignores file modes (and CI runs as root), so the classification is also tested directly.


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.EACCES, DataFolderNotWritable),
        (errno.EPERM, DataFolderNotWritable),
        (errno.EROFS, DataFolderNotWritable),
        (errno.ENOSPC, DiskFull),
        (getattr(errno, "EDQUOT", errno.ENOSPC), DiskFull),
        (errno.EIO, DatabaseDamaged),
    ],
)
def test_classify_os_error(number, expected):
    error = OSError(number, os.strerror(number), "osc-desktop.db")
    assert type(classify_os_error(error)) is expected


def test_classify_os_error_subclasses():
    assert isinstance(classify_os_error(PermissionError(errno.EACCES, "no")), DataFolderNotWritable)


_DRIVER_MESSAGES = [
    ("attempt to write a readonly database", None, DataFolderNotWritable),
    ("unable to open database file", None, DataFolderNotWritable),
    ("database or disk is full", None, DiskFull),
    ("disk I/O error", None, DatabaseDamaged),
    ("file is not a database", False, WrongKey),
    ("file is not a database", True, DatabaseDamaged),
    ("database disk image is malformed", True, DatabaseDamaged),
    ("something nobody expected", None, DatabaseDamaged),
]


@pytest.mark.parametrize(("message", "recognised", "expected"), _DRIVER_MESSAGES)
def test_classify_driver_error(message, recognised, expected):
    raw = sqlcipher.OperationalError(message)
    assert type(classify_database_error(raw, recognised)) is expected
    wrapped = SAOperationalError("PRAGMA journal_mode = WAL", {}, raw)
    assert type(classify_database_error(wrapped, recognised)) is expected


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (sqlcipher.OperationalError("attempt to write a readonly database"), DataFolderNotWritable),
        (sqlcipher.OperationalError("database or disk is full"), DiskFull),
        (sqlcipher.OperationalError("unable to open database file"), DataFolderNotWritable),
        (OSError(errno.EROFS, "Read-only file system"), DataFolderNotWritable),
        (OSError(errno.EACCES, "Permission denied"), DataFolderNotWritable),
        (OSError(errno.ENOSPC, "No space left on device"), DiskFull),
    ],
)
def test_open_database_turns_faults_into_storage_errors(
    monkeypatch, tmp_path, key, raised, expected
):
    """The whole path through open_database, with the connection failing as the OS would."""

    def failing_factory(path, key):
        def connect():
            raise raised

        return connect

    monkeypatch.setattr(engine_module, "_connection_factory", failing_factory)
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path / "osc-desktop.db", key)
    assert type(caught.value) is expected
