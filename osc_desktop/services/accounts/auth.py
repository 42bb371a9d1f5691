"""Signing in and out, locking the screen, changing one's own password."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import (
    AccountDeactivated,
    AccountLocked,
    FieldInvalid,
    LoginFailed,
    SessionEnded,
    ValidationError,
)
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import StaffUser
from osc_desktop.security.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from osc_desktop.services.accounts.rules import PASSWORD_TOO_SHORT, REPEAT_DIFFERS
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_moment
from osc_desktop.services.core.dto import Actor

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)

CURRENT_PASSWORD_WRONG = QT_TRANSLATE_NOOP("validation", "This is not your current password.")
SAME_AS_BEFORE = QT_TRANSLATE_NOOP("validation", "Choose a password different from the old one.")


@cache
def _decoy_hash() -> str:
    # Checked against when the user name is unknown, so that answer takes as long as a wrong
    # password for a real account and timing does not reveal which names exist.
    return hash_password("decoy password for unknown user names")


def prepare_sign_in() -> None:
    """Make the decoy hash now (about 0.1 s), so the first unknown name is not the slow one."""
    _decoy_hash()


def actor_for(user: StaffUser) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role.value,
        must_change_password=user.must_change_password,
    )


def _find_user(uow: UnitOfWork, username: str) -> StaffUser | None:
    name = username.strip().lower()
    return uow.session.scalars(
        select(StaffUser).where(func.lower(StaffUser.username) == name)
    ).first()


def local_time_label(moment: datetime) -> str:
    """HH:MM on the centre's clock, for messages such as "locked until 14:35"."""
    return local_moment(moment).strftime("%H:%M")


def _note_account_event(
    uow: UnitOfWork,
    user: StaffUser,
    action: AuditAction,
    now: datetime,
    **details: object,
) -> None:
    record_event(
        uow.session,
        user_id=user.id,
        action=action,
        now=now,
        entity_type="staff_user",
        entity_id=user.id,
        details=details,
    )


def log_in(uow: UnitOfWork, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Sign in. Every success and failure goes into the audit trail.

    The password is checked (Argon2, about 0.1 s) before the write lock is taken, so that
    other computers' saves do not wait on it; the account is then read again under the lock,
    so that two wrong passwords typed at once on two computers both count.

    Raises:
        LoginFailed: unknown user name or wrong password (one message for both).
        AccountLocked: 5 wrong passwords in a row locked it for 15 minutes.
        AccountDeactivated: right password, but the account is deactivated.
    """
    now = now or datetime.now(UTC)
    seen = _find_user(uow, username)
    checked_hash: str | None = None
    password_ok = False
    if seen is None or (seen.locked_until is not None and now < seen.locked_until):
        verify_password(_decoy_hash(), password)  # the same time whatever the reason
    else:
        checked_hash = seen.password_hash
        password_ok = verify_password(checked_hash, password)
    uow.restart_for_writing()
    user = _find_user(uow, username)
    if user is None:
        record_event(
            uow.session,
            user_id=None,
            action=AuditAction.LOGIN_FAILED,
            now=now,
            details={"reason": "unknown_user"},
        )
        uow.commit()
        raise LoginFailed()
    if user.locked_until is not None and now < user.locked_until:
        _note_account_event(uow, user, AuditAction.LOGIN_FAILED, now, reason="locked")
        uow.commit()
        raise AccountLocked(local_time_label(user.locked_until))
    if user.password_hash != checked_hash:  # changed (or unlocked) meanwhile: check again
        password_ok = verify_password(user.password_hash, password)
    if not password_ok:
        user.failed_logins += 1
        _note_account_event(
            uow,
            user,
            AuditAction.LOGIN_FAILED,
            now,
            reason="wrong_password",
            in_a_row=user.failed_logins,
        )
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.failed_logins = 0
            user.locked_until = now + LOCKOUT
            _note_account_event(uow, user, AuditAction.ACCOUNT_LOCKED, now)
            uow.commit()
            raise AccountLocked(local_time_label(user.locked_until))
        uow.commit()
        raise LoginFailed()
    if not user.is_active:
        _note_account_event(uow, user, AuditAction.LOGIN_FAILED, now, reason="deactivated")
        uow.commit()
        raise AccountDeactivated()
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    record_event(uow.session, user_id=user.id, action=AuditAction.LOGIN, now=now)
    uow.commit()
    return actor_for(user)


def refresh_actor(uow: UnitOfWork, actor: Actor) -> Actor:
    """The actor as the database has it now (role, name, password state).

    Raises SessionEnded when the account was deactivated meanwhile.
    """
    user = uow.session.get(StaffUser, actor.user_id)
    if user is None or not user.is_active:
        raise SessionEnded()
    return actor_for(user)


def record_screen_lock(uow: UnitOfWork, actor: Actor) -> None:
    """Note in the audit trail that the screen was locked over `actor`'s session."""
    uow.lock_for_writing()
    record_event(uow.session, user_id=actor.user_id, action=AuditAction.SCREEN_LOCKED)
    uow.commit()


def log_out(uow: UnitOfWork, actor: Actor) -> None:
    """Note in the audit trail that `actor` signed out."""
    uow.lock_for_writing()
    record_event(uow.session, user_id=actor.user_id, action=AuditAction.LOGOUT)
    uow.commit()


def change_own_password(
    uow: UnitOfWork, actor: Actor, current: str, new: str, repeat: str
) -> Actor:
    """Change the signed-in user's password (also ends a temporary password).

    Raises:
        ValidationError: fields "current" (wrong), "new" (too short or unchanged),
            "repeat" (differs).
        SessionEnded: the account was deactivated meanwhile.
    """
    user = uow.session.get(StaffUser, actor.user_id)
    if user is None or not user.is_active:
        raise SessionEnded()
    checked_hash = user.password_hash
    problems: dict[str, FieldInvalid] = {}
    if not verify_password(checked_hash, current):
        problems["current"] = FieldInvalid(CURRENT_PASSWORD_WRONG)
    if len(new) < MIN_PASSWORD_LENGTH:
        problems["new"] = FieldInvalid(PASSWORD_TOO_SHORT, MIN_PASSWORD_LENGTH)
    elif new == current:
        problems["new"] = FieldInvalid(SAME_AS_BEFORE)
    elif new != repeat:
        problems["repeat"] = FieldInvalid(REPEAT_DIFFERS)
    if problems:
        raise ValidationError(problems)
    new_hash = hash_password(new)  # both slow hashes before the write lock
    uow.restart_for_writing()
    user = uow.session.get(StaffUser, actor.user_id)
    if user is None or not user.is_active:
        raise SessionEnded()
    if user.password_hash != checked_hash:  # reset by a manager meanwhile: the current is old
        raise ValidationError({"current": FieldInvalid(CURRENT_PASSWORD_WRONG)})
    user.password_hash = new_hash
    user.must_change_password = False
    record_event(
        uow.session,
        user_id=user.id,
        action=AuditAction.PASSWORD_CHANGED,
        entity_type="staff_user",
        entity_id=user.id,
    )
    uow.commit()
    return actor_for(user)
