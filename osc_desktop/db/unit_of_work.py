"""The unit of work: one session, one transaction, committed only when the service says so."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from osc_desktop.db.audit_anchor import AuditAnchor
from osc_desktop.db.engine import BEGIN_IMMEDIATE, classify_database_error
from osc_desktop.db.erased_cases import ErasedCases

# Set in `session.info` by whoever appends to the audit trail: (event id, row hash).
AUDIT_HEAD_KEY = "audit_head"


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

    def _after_commit(self, session: Session) -> None:
        head = session.info.pop(AUDIT_HEAD_KEY, None)
        if head is not None and self.anchor is not None:
            self.anchor.write(*head)

    def _after_rollback(self, session: Session) -> None:
        session.info.pop(AUDIT_HEAD_KEY, None)

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
