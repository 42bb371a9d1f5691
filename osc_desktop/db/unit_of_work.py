"""The unit of work: one session, one transaction, committed only when the service says so."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from osc_desktop.db.engine import classify_database_error


class Database:
    """An open database: its engine and the factory of units of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    def close(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """`with db.unit_of_work() as uow: ...; uow.commit()`; anything uncommitted is rolled back."""

    session: Session

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

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
