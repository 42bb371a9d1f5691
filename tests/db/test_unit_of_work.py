"""Errors met while the database is in use reach the screen as typed errors, without data."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from osc_desktop.errors import DatabaseWriteFailed, DiskFull, LoginFailed
from osc_desktop.services.accounts import auth


def test_a_full_disk_in_use_is_a_typed_error_that_quotes_nothing(centre):
    with centre.database.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
    # Fake a full disk: cap the file at its present size on every new connection.
    from sqlalchemy import event

    @event.listens_for(centre.database.engine, "connect")
    def _cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {int(pages)}")

    centre.database.engine.dispose()
    with pytest.raises(DiskFull) as full:
        for _ in range(500):
            try:
                with centre.database.unit_of_work() as uow:
                    auth.log_in(uow, "nobody at all", "typed password 12345")
            except LoginFailed:
                continue
    assert "typed password" not in str(full.value)
    assert "INSERT" not in str(full.value)


def test_another_driver_error_in_use_is_a_write_failure(centre):
    with pytest.raises(DatabaseWriteFailed) as failed, centre.database.unit_of_work() as uow:
        uow.session.execute(text("SELECT * FROM no_such_table WHERE x = :v"), {"v": "9876543210"})
    assert "9876543210" not in str(failed.value)


def test_a_write_without_the_write_lock_is_caught_in_tests(centre):
    """Tests run with REQUIRE_WRITE_LOCK on, so an unlocked writer fails here, not beside
    another process at a centre."""
    from osc_desktop.db.unit_of_work import REQUIRE_WRITE_LOCK, UnlockedWrite
    from osc_desktop.models import Centre

    assert REQUIRE_WRITE_LOCK
    with centre.database.unit_of_work() as uow:
        uow.session.scalars(select(Centre)).one().phone = "0612 1111111"
        with pytest.raises(UnlockedWrite):
            uow.session.flush()
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.scalars(select(Centre)).one().phone = "0612 1111111"
        uow.commit()
