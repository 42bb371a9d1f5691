"""A trail whose anchor file (audit-head.json) is missing or unreadable is "not anchored":
neither intact nor tampered with, and the first start after its removal says so in the trail."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from osc_desktop.errors import LoginFailed
from osc_desktop.models import AuditEvent
from osc_desktop.services.accounts import auth
from osc_desktop.services.audit import chain as audit_chain
from osc_desktop.services.audit.dto import ChainReport
from osc_desktop.services.centre import storage
from osc_desktop.services.core.audit_log import AuditAction


def _verify(centre) -> ChainReport:
    with centre.database.unit_of_work() as uow:
        return audit_chain.verify_chain(uow, None)


def _events(centre, action: AuditAction) -> int:
    with centre.database.unit_of_work() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
            )
        )


def _failed_sign_in(centre) -> None:
    with pytest.raises(LoginFailed), centre.database.unit_of_work() as uow:
        auth.log_in(uow, "nobody", "whatever it is")


def test_a_new_centre_is_anchored_and_starts_cleanly(centre):
    assert _verify(centre).ok
    assert _events(centre, AuditAction.AUDIT_ANCHOR_MISSING) == 0
    centre.close()
    reopened = storage.open_with_keyring(centre.paths)
    try:
        assert _verify(reopened).ok
        assert _events(reopened, AuditAction.AUDIT_ANCHOR_MISSING) == 0
    finally:
        reopened.close()


@pytest.mark.parametrize("damage", ["missing", "unreadable"])
def test_an_intact_trail_without_its_anchor_is_not_anchored(centre, damage):
    _failed_sign_in(centre)
    anchor = centre.paths.audit_anchor
    if damage == "missing":
        anchor.unlink()
    else:
        anchor.write_text("{not json", encoding="utf-8")
    report = _verify(centre)
    assert (report.ok, report.problem, report.first_broken_id) == (False, "not_anchored", None)
    assert report.rows_checked > 0
    assert not report.tampered


def test_a_tampered_trail_is_reported_as_tampered_even_without_its_anchor(centre):
    _failed_sign_in(centre)
    centre.paths.audit_anchor.unlink()
    with centre.database.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET details = '{\"x\": 1}' WHERE id = 1")
    report = _verify(centre)
    assert (report.problem, report.first_broken_id, report.tampered) == ("altered", 1, True)


def test_the_first_start_after_the_anchor_was_removed_records_it_and_reports_it(centre):
    _failed_sign_in(centre)
    centre.close()
    centre.paths.audit_anchor.unlink()

    first = storage.open_with_keyring(centre.paths)
    try:
        assert _events(first, AuditAction.AUDIT_ANCHOR_MISSING) == 1
        _failed_sign_in(first)  # new events write the anchor file again...
        assert centre.paths.audit_anchor.exists()
        assert _verify(first).problem == "not_anchored"  # ...which hides nothing
    finally:
        first.close()

    second = storage.open_with_keyring(centre.paths)
    try:
        # Anchored again from then on; the trail keeps the event of the removal.
        assert _verify(second).ok
        assert _events(second, AuditAction.AUDIT_ANCHOR_MISSING) == 1
    finally:
        second.close()
