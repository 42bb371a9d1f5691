"""Writing to the audit trail: one hash-chained row per event, in the caller's transaction."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import AUDIT_HEAD_KEY, UnitOfWork
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import AuditEvent

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
AUDIT_CONTEXT = "audit"


class AuditAction(StrEnum):
    CENTRE_SET_UP = "centre_set_up"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_UNLOCKED = "account_unlocked"
    LOGOUT = "logout"
    SCREEN_LOCKED = "screen_locked"
    PASSWORD_CHANGED = "password_changed"
    PERMISSION_DENIED = "permission_denied"
    USER_CREATED = "user_created"
    USER_UPDATED = "user_updated"
    USER_PASSWORD_RESET = "user_password_reset"
    USER_DEACTIVATED = "user_deactivated"
    USER_REACTIVATED = "user_reactivated"
    SETTINGS_CHANGED = "settings_changed"
    AUDIT_VIEWED = "audit_viewed"
    AUDIT_EXPORTED = "audit_exported"
    AUDIT_VERIFIED = "audit_verified"
    AUDIT_ANCHOR_MISSING = "audit_anchor_missing"
    CASE_VIEWED = "case_viewed"
    CASE_CREATED = "case_created"
    CASE_UPDATED = "case_updated"
    CASES_SEARCHED = "cases_searched"
    CASE_LINKED = "case_linked"
    CASE_UNLINKED = "case_unlinked"
    CASE_STATUS_CHANGED = "case_status_changed"
    CASE_ERASED = "case_erased"
    SERVICE_RECORDED = "service_recorded"
    CONFIDENTIAL_NOTES_VIEWED = "confidential_notes_viewed"
    REFERRAL_RECORDED = "referral_recorded"
    REFERRAL_UPDATED = "referral_updated"
    FOLLOW_UP_RECORDED = "follow_up_recorded"
    PRINTED = "printed"
    EXPORTED = "exported"
    BACKUP_CREATED = "backup_created"
    BACKUP_RESTORED = "backup_restored"


# What the audit viewer shows for each action ("audit" translation context).
ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CENTRE_SET_UP: QT_TRANSLATE_NOOP("audit", "Centre set up"),
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("audit", "Signed in"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("audit", "Failed sign-in"),
    AuditAction.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP("audit", "Account locked"),
    AuditAction.ACCOUNT_UNLOCKED: QT_TRANSLATE_NOOP("audit", "Account unlocked"),
    AuditAction.LOGOUT: QT_TRANSLATE_NOOP("audit", "Signed out"),
    AuditAction.SCREEN_LOCKED: QT_TRANSLATE_NOOP("audit", "Screen locked"),
    AuditAction.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("audit", "Password changed"),
    AuditAction.PERMISSION_DENIED: QT_TRANSLATE_NOOP("audit", "Refused: not allowed"),
    AuditAction.USER_CREATED: QT_TRANSLATE_NOOP("audit", "Staff account created"),
    AuditAction.USER_UPDATED: QT_TRANSLATE_NOOP("audit", "Staff account changed"),
    AuditAction.USER_PASSWORD_RESET: QT_TRANSLATE_NOOP("audit", "Password reset"),
    AuditAction.USER_DEACTIVATED: QT_TRANSLATE_NOOP("audit", "Staff account deactivated"),
    AuditAction.USER_REACTIVATED: QT_TRANSLATE_NOOP("audit", "Staff account reactivated"),
    AuditAction.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("audit", "Settings changed"),
    AuditAction.AUDIT_VIEWED: QT_TRANSLATE_NOOP("audit", "Audit trail viewed"),
    AuditAction.AUDIT_EXPORTED: QT_TRANSLATE_NOOP("audit", "Audit trail exported"),
    AuditAction.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("audit", "Audit trail verified"),
    AuditAction.AUDIT_ANCHOR_MISSING: QT_TRANSLATE_NOOP(
        "audit", "Audit trail's check file missing at start"
    ),
    AuditAction.CASE_VIEWED: QT_TRANSLATE_NOOP("audit", "Case viewed"),
    AuditAction.CASE_CREATED: QT_TRANSLATE_NOOP("audit", "Case registered"),
    AuditAction.CASE_UPDATED: QT_TRANSLATE_NOOP("audit", "Case changed"),
    AuditAction.CASES_SEARCHED: QT_TRANSLATE_NOOP("audit", "Cases searched"),
    AuditAction.CASE_LINKED: QT_TRANSLATE_NOOP("audit", "Cases linked as the same woman"),
    AuditAction.CASE_UNLINKED: QT_TRANSLATE_NOOP("audit", "Link between cases undone"),
    AuditAction.CASE_STATUS_CHANGED: QT_TRANSLATE_NOOP("audit", "Case status changed"),
    AuditAction.CASE_ERASED: QT_TRANSLATE_NOOP("audit", "Case erased on request"),
    AuditAction.SERVICE_RECORDED: QT_TRANSLATE_NOOP("audit", "Service recorded"),
    AuditAction.CONFIDENTIAL_NOTES_VIEWED: QT_TRANSLATE_NOOP("audit", "Counselling notes read"),
    AuditAction.REFERRAL_RECORDED: QT_TRANSLATE_NOOP("audit", "Referral recorded"),
    AuditAction.REFERRAL_UPDATED: QT_TRANSLATE_NOOP("audit", "Referral updated"),
    AuditAction.FOLLOW_UP_RECORDED: QT_TRANSLATE_NOOP("audit", "Follow-up recorded"),
    AuditAction.PRINTED: QT_TRANSLATE_NOOP("audit", "Printed"),
    AuditAction.EXPORTED: QT_TRANSLATE_NOOP("audit", "Exported"),
    AuditAction.BACKUP_CREATED: QT_TRANSLATE_NOOP("audit", "Backup made"),
    AuditAction.BACKUP_RESTORED: QT_TRANSLATE_NOOP("audit", "Restored from a backup"),
}


def row_hash(
    prev_hash: str,
    occurred_at: datetime,
    user_id: int | None,
    action: str,
    entity_type: str,
    entity_id: str,
    details: str,
) -> str:
    """The SHA-256 that seals one row and, through `prev_hash`, every row before it."""
    payload = json.dumps(
        [
            prev_hash,
            occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
            user_id,
            action,
            entity_type,
            entity_id,
            details,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_event(
    session: Session,
    *,
    user_id: int | None,
    action: AuditAction,
    entity_type: str = "",
    entity_id: str | int = "",
    details: Mapping[str, object] | None = None,
    now: datetime | None = None,
) -> AuditEvent:
    """Append one event in the session's transaction (committed with the work it records).

    `details` must hold no survivor data: field names, counts, codes, never values.
    """
    when = (now or datetime.now(UTC)).astimezone(UTC)
    previous = session.scalar(select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1))
    prev_hash = previous or GENESIS_HASH
    details_json = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True)
    event = AuditEvent(
        occurred_at=when,
        user_id=user_id,
        action=action.value,
        entity_type=entity_type,
        entity_id=str(entity_id),
        details=details_json,
        prev_hash=prev_hash,
        row_hash=row_hash(
            prev_hash, when, user_id, action.value, entity_type, str(entity_id), details_json
        ),
    )
    session.add(event)
    session.flush()
    session.info[AUDIT_HEAD_KEY] = (event.id, event.row_hash)
    return event


def note_missing_anchor(uow: UnitOfWork) -> bool:
    """At opening: if the trail has events but its anchor file (audit-head.json) is missing or
    unreadable, record AUDIT_ANCHOR_MISSING (no user) and mark the anchor, so that this
    session's verification says "not anchored" although the commit writes the file again.
    True when it was missing. A trail with no events (nothing to anchor) is left alone."""
    anchor = uow.anchor
    if anchor is None or anchor.read() is not None:
        return False
    uow.lock_for_writing()  # it may append to the chain: wait for a concurrent writer
    session = uow.session
    rows = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    if rows == 0:
        return False
    log.warning("the audit trail's anchor file was missing or unreadable at start: recorded")
    anchor.missing_at_open = True
    record_event(
        session,
        user_id=None,
        action=AuditAction.AUDIT_ANCHOR_MISSING,
        details={"rows": rows},
    )
    uow.commit()
    return True
