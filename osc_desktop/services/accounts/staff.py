"""Staff administration (manager only): add accounts, change them, reset passwords, deactivate.

Accounts are never deleted: the audit trail goes on naming who did what. Every function checks
the actor's permission against the account as it is now (see `permissions.require`), and writes
its audit event in the same transaction as the change. Audit details hold field names and
roles, never a name or a password.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, LastManager, UserNotFound
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Role, StaffUser
from osc_desktop.security.passwords import MIN_PASSWORD_LENGTH, hash_password
from osc_desktop.services.accounts.rules import clean_username
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.validation import FieldErrors, clean_text

ROLE_CONTEXT = "roles"

# What the interface calls each role ("roles" translation context); in the order offered.
ROLE_LABELS: dict[str, str] = {
    Role.MANAGER.value: QT_TRANSLATE_NOOP("roles", "Manager"),
    Role.OPERATOR.value: QT_TRANSLATE_NOOP("roles", "Operator"),
    Role.COUNSELLOR.value: QT_TRANSLATE_NOOP("roles", "Counsellor"),
}

USERNAME_TAKEN = QT_TRANSLATE_NOOP("validation", "This user name is already taken.")
ROLE_INVALID = QT_TRANSLATE_NOOP("validation", "Choose one of the roles in the list.")

FULL_NAME_MAX_LENGTH = 120
# Temporary passwords: lower-case letters and digits that cannot be mistaken for one another
# when read aloud or copied from a screen (no 0/o, 1/l/i), in groups of 4 joined by dashes.
# 12 characters from 31 give about 59 bits; with the 5-attempt lockout that is ample for a
# password that must be replaced at the first sign-in.
TEMPORARY_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TEMPORARY_PASSWORD_GROUPS = 3
TEMPORARY_PASSWORD_GROUP_LENGTH = 4
assert TEMPORARY_PASSWORD_GROUPS * TEMPORARY_PASSWORD_GROUP_LENGTH >= MIN_PASSWORD_LENGTH

_ENTITY = "staff_user"


@dataclass(frozen=True)
class StaffRow:
    """One staff account as the administration screen lists it."""

    id: int
    username: str
    full_name: str
    role: str
    is_active: bool
    must_change_password: bool
    locked: bool  # locked out after wrong passwords, until `locked_until`
    last_login_at: datetime | None


@dataclass(frozen=True)
class NewStaffInput:
    full_name: str
    username: str
    role: str


@dataclass(frozen=True)
class IssuedPassword:
    """A temporary password to hand to the member of staff; it is stored only as a hash."""

    user_id: int
    username: str
    # Kept out of repr so it cannot reach a log or an exception report by accident.
    temporary_password: str = field(repr=False)


def new_temporary_password() -> str:
    """A fresh random temporary password, e.g. "kp7m-x3qe-9fh2" (dashes included)."""
    groups = (
        "".join(
            secrets.choice(TEMPORARY_PASSWORD_ALPHABET)
            for _ in range(TEMPORARY_PASSWORD_GROUP_LENGTH)
        )
        for _ in range(TEMPORARY_PASSWORD_GROUPS)
    )
    return "-".join(groups)


def _row(user: StaffUser, now: datetime) -> StaffRow:
    return StaffRow(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role.value,
        is_active=user.is_active,
        must_change_password=user.must_change_password,
        locked=user.locked_until is not None and user.locked_until > now,
        last_login_at=user.last_login_at,
    )


def _target(uow: UnitOfWork, user_id: int) -> StaffUser:
    user = uow.session.get(StaffUser, user_id)
    if user is None:
        raise UserNotFound()
    return user


def _is_last_active_manager(uow: UnitOfWork, user: StaffUser) -> bool:
    if not (user.is_active and user.role is Role.MANAGER):
        return False
    others = uow.session.scalar(
        select(func.count())
        .select_from(StaffUser)
        .where(
            StaffUser.role == Role.MANAGER,
            StaffUser.is_active.is_(True),
            StaffUser.id != user.id,
        )
    )
    return not others


def _full_name(value: str) -> str:
    return clean_text(value, max_length=FULL_NAME_MAX_LENGTH, required=True)


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise FieldInvalid(ROLE_INVALID) from None


def _audit(
    uow: UnitOfWork, actor: Actor, action: AuditAction, user: StaffUser, **details: object
) -> None:
    record_event(
        uow.session,
        user_id=actor.user_id,
        action=action,
        entity_type=_ENTITY,
        entity_id=user.id,
        details=details or None,
    )


def list_staff(uow: UnitOfWork, actor: Actor, *, now: datetime | None = None) -> list[StaffRow]:
    """Every staff account, active ones first, then by full name.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    require(uow, actor, Permission.MANAGE_STAFF)
    now = now or datetime.now(UTC)
    users = uow.session.scalars(select(StaffUser)).all()
    rows = [_row(user, now) for user in users]
    return sorted(rows, key=lambda r: (not r.is_active, r.full_name.casefold(), r.username))


def create_staff(uow: UnitOfWork, actor: Actor, new: NewStaffInput) -> IssuedPassword:
    """Add a staff account with a generated temporary password, to be changed at first sign-in.

    Raises:
        ValidationError: fields "full_name" (empty, too long), "username" (not allowed, or
            already taken by any account, in any capitalisation) and "role", all at once.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    # The slow hash first, so the write lock is not held while it is computed.
    password = new_temporary_password()
    password_hash = hash_password(password)
    uow.lock_for_writing()  # the user name is checked free, then taken
    require(uow, actor, Permission.MANAGE_STAFF)
    c = FieldErrors()
    full_name = c.field("full_name", lambda: _full_name(new.full_name))
    username = c.field("username", lambda: clean_username(new.username))
    role = c.field("role", lambda: _role(new.role).value)
    if username and uow.session.scalar(
        select(StaffUser.id).where(func.lower(StaffUser.username) == username.lower())
    ):
        c.errors["username"] = FieldInvalid(USERNAME_TAKEN)
    c.raise_if_any()
    user = StaffUser(
        username=username,
        full_name=full_name,
        role=Role(role),
        password_hash=password_hash,
        is_active=True,
        must_change_password=True,
    )
    uow.session.add(user)
    uow.session.flush()
    _audit(uow, actor, AuditAction.USER_CREATED, user, role=role)
    uow.commit()
    return IssuedPassword(user_id=user.id, username=user.username, temporary_password=password)


def update_staff(
    uow: UnitOfWork,
    actor: Actor,
    user_id: int,
    full_name: str | None = None,
    role: str | None = None,
    *,
    now: datetime | None = None,
) -> StaffRow:
    """Rename an account and/or change its role (None leaves that field as it is).

    The audit event names the fields that changed; nothing is written when nothing changed.
    A role change takes effect on the person's next action, even while they are signed in.

    Raises:
        ValidationError: fields "full_name" (empty, too long) and "role" (not a role).
        LastManager: the change would leave the centre without an active manager.
        UserNotFound: no account has `user_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    uow.lock_for_writing()  # it reads the account it changes, and the audit chain
    require(uow, actor, Permission.MANAGE_STAFF)
    user = _target(uow, user_id)
    c = FieldErrors()
    new_name = user.full_name
    if full_name is not None:
        new_name = c.field("full_name", lambda: _full_name(full_name)) or user.full_name
    new_role = user.role
    if role is not None:
        new_role = Role(c.field("role", lambda: _role(role).value) or user.role)
    c.raise_if_any()
    if new_role is not Role.MANAGER and _is_last_active_manager(uow, user):
        raise LastManager()
    changed = []
    if new_name != user.full_name:
        user.full_name = new_name
        changed.append("full_name")
    if new_role is not user.role:
        user.role = new_role
        changed.append("role")
    if changed:
        _audit(uow, actor, AuditAction.USER_UPDATED, user, fields=changed)
        uow.commit()
    return _row(user, now or datetime.now(UTC))


def change_role(uow: UnitOfWork, actor: Actor, user_id: int, role: str) -> StaffRow:
    """Give an account another role; `update_staff` with only the role.

    Raises:
        ValidationError: field "role" (not a role).
        LastManager: it would leave the centre without an active manager.
        UserNotFound: no account has `user_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    return update_staff(uow, actor, user_id, role=role)


def reset_password(uow: UnitOfWork, actor: Actor, user_id: int) -> IssuedPassword:
    """Replace an account's password with a new temporary one (to be changed at next sign-in).

    The old password stops working at once, and a lockout after wrong passwords is cleared.

    Raises:
        UserNotFound: no account has `user_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    password = new_temporary_password()
    password_hash = hash_password(password)  # before the write lock: it is slow
    uow.lock_for_writing()
    require(uow, actor, Permission.MANAGE_STAFF)
    user = _target(uow, user_id)
    user.password_hash = password_hash
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_until = None
    _audit(uow, actor, AuditAction.USER_PASSWORD_RESET, user)
    uow.commit()
    return IssuedPassword(user_id=user.id, username=user.username, temporary_password=password)


def deactivate(
    uow: UnitOfWork, actor: Actor, user_id: int, *, now: datetime | None = None
) -> StaffRow:
    """Stop an account from signing in (it is kept; the audit trail goes on naming it).

    A person signed in on that account is refused at their next action. Managers may
    deactivate their own account only while another active manager remains. Deactivating an
    account that is already deactivated changes and records nothing.

    Raises:
        LastManager: it is the only active manager account.
        UserNotFound: no account has `user_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    uow.lock_for_writing()  # it reads the account it changes, and the audit chain
    require(uow, actor, Permission.MANAGE_STAFF)
    user = _target(uow, user_id)
    if user.is_active:
        if _is_last_active_manager(uow, user):
            raise LastManager()
        user.is_active = False
        _audit(uow, actor, AuditAction.USER_DEACTIVATED, user)
        uow.commit()
    return _row(user, now or datetime.now(UTC))


def reactivate(
    uow: UnitOfWork, actor: Actor, user_id: int, *, now: datetime | None = None
) -> StaffRow:
    """Let a deactivated account sign in again, with its password as it was.

    Reactivating an account that is active changes and records nothing.

    Raises:
        UserNotFound: no account has `user_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    uow.lock_for_writing()  # it reads the account it changes, and the audit chain
    require(uow, actor, Permission.MANAGE_STAFF)
    user = _target(uow, user_id)
    if not user.is_active:
        user.is_active = True
        _audit(uow, actor, AuditAction.USER_REACTIVATED, user)
        uow.commit()
    return _row(user, now or datetime.now(UTC))


def unlock_account(
    uow: UnitOfWork, actor: Actor, user_id: int, *, now: datetime | None = None
) -> StaffRow:
    """End a lockout after wrong passwords now, and reset the count of wrong passwords.

    Raises:
        UserNotFound: no account has `user_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not manage staff.
    """
    uow.lock_for_writing()  # it reads the account it changes, and the audit chain
    require(uow, actor, Permission.MANAGE_STAFF)
    user = _target(uow, user_id)
    now = now or datetime.now(UTC)
    was_locked = user.locked_until is not None and user.locked_until > now
    user.locked_until = None
    user.failed_logins = 0
    _audit(uow, actor, AuditAction.ACCOUNT_UNLOCKED, user, was_locked=was_locked)
    uow.commit()
    return _row(user, now)
