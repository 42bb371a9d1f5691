"""The unit of work: one session, one transaction, committed only when the service says so."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from osc_desktop.db.audit_anchor import AuditAnchor
from osc_desktop.db.engine import BEGIN_IMMEDIATE, classify_database_error
from osc_desktop.db.erased_cases import ErasedCases

# Set in `session.info` by whoever appends to the audit trail: (event id, row hash).
AUDIT_HEAD_KEY = "audit_head"
# Set in `session.info` at each transaction's start: whether it holds the write lock.
WRITE_LOCKED_KEY = "write_locked"

# Tests set this: a flush of changes in a transaction that did not begin with the write lock
# then raises `UnlockedWrite`. In SQLite's WAL mode such a transaction fails with
# SQLITE_BUSY_SNAPSHOT whenever another process committed after its first read, so the rule
# "take the write lock before reading what you will change" is checked on every test's writes.
REQUIRE_WRITE_LOCK = False


class UnlockedWrite(AssertionError):
    """A programming error: a unit of work wrote without `lock_for_writing()` first."""


class Database:
    """An open database: its engine and the factory of units of work.

    With an `anchor`, the newest audit event is written to it after each commit that added one;
    with `erased_cases`, each erasure is written there too (see `db/erased_cases.py`).
    """

    def __init__(
        self,
        engine: Engine,
        anchor: AuditAnchor | None = None,
        erased_cases: ErasedCases | None = None,
    ) -> None:
        self.engine = engine
        self.anchor = anchor
        self.erased_cases = erased_cases
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._sessions, "after_commit", self._after_commit)
        event.listen(self._sessions, "after_rollback", self._after_rollback)
        event.listen(self._sessions, "after_begin", self._after_begin)
        event.listen(self._sessions, "before_flush", self._before_flush)
        event.listen(self._sessions, "do_orm_execute", self._before_statement)

    def _after_commit(self, session: Session) -> None:
        session.info.pop(WRITE_LOCKED_KEY, None)
        head = session.info.pop(AUDIT_HEAD_KEY, None)
        if head is not None and self.anchor is not None:
            self.anchor.write(*head)

    def _after_rollback(self, session: Session) -> None:
        session.info.pop(AUDIT_HEAD_KEY, None)
        session.info.pop(WRITE_LOCKED_KEY, None)

    @staticmethod
    def _after_begin(session: Session, _transaction: object, connection: Connection) -> None:
        immediate = bool(connection.get_execution_options().get(BEGIN_IMMEDIATE, False))
        session.info[WRITE_LOCKED_KEY] = immediate

    @staticmethod
    def _before_flush(session: Session, _context: object, _instances: object) -> None:
        changes = session.new or session.dirty or session.deleted
        if REQUIRE_WRITE_LOCK and changes and not session.info.get(WRITE_LOCKED_KEY, False):
            raise UnlockedWrite("a write in a transaction begun without lock_for_writing()")

    @staticmethod
    def _before_statement(state: ORMExecuteState) -> None:
        writes = state.is_insert or state.is_update or state.is_delete
        if REQUIRE_WRITE_LOCK and writes and not state.session.info.get(WRITE_LOCKED_KEY, False):
            raise UnlockedWrite("a write in a transaction begun without lock_for_writing()")

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, self.anchor, self.erased_cases)

    def close(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """`with db.unit_of_work() as uow: ...; uow.commit()`; anything uncommitted is rolled back."""

    session: Session

    def __init__(
        self,
        sessions: sessionmaker[Session],
        anchor: AuditAnchor | None = None,
        erased_cases: ErasedCases | None = None,
    ) -> None:
        self._sessions = sessions
        self.anchor = anchor
        self.erased_cases = erased_cases

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()
        if isinstance(exc, DBAPIError):
            # A full disk, a read-only folder or damage met in use: a typed error the screen
            # can explain, instead of driver text (which could quote the statement).
            raise classify_database_error(exc, True, in_use=True) from None

    def commit(self) -> None:
        self.session.commit()

    def lock_for_writing(self) -> bool:
        """Begin this unit's transaction with the database's write lock (BEGIN IMMEDIATE).

        For services that read and then write something others may write at the same time
        (a case number's counter): a second writer then waits for the first to commit, up to
        the busy timeout, instead of failing. Call it before the service's first query. Returns
        False, and changes nothing, when a transaction has already begun.
        """
        if self.session.in_transaction():
            return False
        self.session.connection(execution_options={BEGIN_IMMEDIATE: True})
        return True

    def restart_for_writing(self) -> None:
        """End this unit's transaction (rolling back anything uncommitted) and begin another
        with the write lock: for a service that must write after reading without the lock
        (a sign-in after its slow password check, a refusal written to the audit trail)."""
        self.session.rollback()
        self.lock_for_writing()
