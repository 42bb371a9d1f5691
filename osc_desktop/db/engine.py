"""Open the centre's database: SQLite encrypted by SQLCipher, WAL, synchronous=FULL, foreign keys,
secure_delete, recursive triggers.

The key goes in through the connection factory (never in a URL that could reach a log). Errors
from opening are turned into the typed `StorageError`s of `osc_desktop.errors`.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from osc_desktop.errors import (
    DatabaseDamaged,
    DatabaseWriteFailed,
    DataFolderNotWritable,
    DiskFull,
    StorageError,
    WrongKey,
)

BUSY_TIMEOUT_MS = 10_000
# SQLCipher decrypts every page it reads; with SQLite's default 2 MB cache a search as you type
# re-read and re-decrypted the same pages at every keystroke (250 ms instead of 25 ms at
# 100,000 cases). Pages are allocated only as they are read, so a small centre uses little.
PAGE_CACHE_KIB = 65_536
# Execution option: when true on a connection, its transactions begin with BEGIN IMMEDIATE.
BEGIN_IMMEDIATE = "osc_begin_immediate"


def _connection_factory(path: Path, key: bytes) -> Callable[[], sqlcipher.Connection]:
    pragma_key = f"PRAGMA key = \"x'{key.hex()}'\""

    def connect() -> sqlcipher.Connection:
        conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(pragma_key)
            # The first statement that reads the file: a wrong key fails here.
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            # Freed space is overwritten with zeros, so an erased or corrected value does not
            # linger in free pages (SQLCipher's own default for keyed files; said, not assumed).
            conn.execute("PRAGMA secure_delete = ON")
            # A REPLACE's implicit delete then fires DELETE triggers: the audit trail's refuses.
            conn.execute("PRAGMA recursive_triggers = ON")
        except BaseException:
            conn.close()
            raise
        return conn

    return connect


def create_sqlcipher_engine(path: Path, key: bytes) -> Engine:
    """An engine on the encrypted file at `path`; connects lazily. See `open_database`."""
    # An empty "sqlite://" URL would make SQLAlchemy treat the file as in-memory and share one
    # connection per thread; a file database wants a real pool of separate connections.
    engine = create_engine(
        "sqlite://",
        creator=_connection_factory(path, key),
        module=sqlcipher,
        poolclass=QueuePool,
        # Bound values are survivors' data: never put them in exception text or logs.
        hide_parameters=True,
    )

    # The pysqlite driver opens transactions only before writes, so two reads in one service
    # could see different data. Take transactions over: a real BEGIN at each one's start.
    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None

    # Opt-in (execution option BEGIN_IMMEDIATE, see UnitOfWork.lock_for_writing): take the write
    # lock at the start, so a transaction that reads and then writes waits for another writer
    # instead of failing with SQLITE_BUSY_SNAPSHOT after that writer commits.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy's connection
        immediate = conn.get_execution_options().get(BEGIN_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_database(path: Path, key: bytes, key_recognised: bool | None = None) -> Engine:
    """Open the encrypted database and check it can be read.

    `key_recognised` says whether the key store knows the key (None: cannot tell); it tells
    a wrong key from a damaged file, which SQLCipher reports alike.

    Raises:
        WrongKey, DatabaseDamaged, DataFolderNotWritable, DiskFull.
    """
    if path.exists():
        size = path.stat().st_size
        if size == 0 or size % 512:
            raise DatabaseDamaged("size")
    engine = create_sqlcipher_engine(path, key)
    try:
        with engine.connect() as conn:
            page_count = conn.execute(text("PRAGMA page_count")).scalar_one()
            page_size = conn.execute(text("PRAGMA page_size")).scalar_one()
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DBAPIError as exc:
        engine.dispose()
        raise classify_database_error(exc, key_recognised) from None
    except OSError as exc:
        engine.dispose()
        raise classify_os_error(exc) from None
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not has_wal and path.exists() and path.stat().st_size < int(page_count) * int(page_size):
        engine.dispose()
        raise DatabaseDamaged("truncated")
    return engine


def classify_database_error(
    exc: BaseException, key_recognised: bool | None, *, in_use: bool = False
) -> StorageError:
    """The StorageError that explains a driver error met while opening (or, `in_use`, while
    reading and writing an open database)."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "file is not a database" in message or "malformed" in message:
        # With the key store's check value SQLCipher's one answer can be told apart: a key it
        # recognises on an unreadable file means damage. Without it, a wrong key is likelier
        # (another centre's sheet), and WrongKey's advice names damage as the other cause.
        return DatabaseDamaged("unreadable") if key_recognised else WrongKey("key")
    if "disk is full" in message or "database or disk is full" in message:
        return DiskFull("disk")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return DataFolderNotWritable("open")
    if "disk i/o error" in message:
        return DatabaseDamaged("io")
    return DatabaseWriteFailed("other") if in_use else DatabaseDamaged("other")


def classify_os_error(exc: OSError) -> StorageError:
    """The StorageError that explains a file-system error in the data folder."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull("disk")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFolderNotWritable("access")
    return DatabaseDamaged("os")
