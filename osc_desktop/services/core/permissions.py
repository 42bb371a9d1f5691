"""Who may do what: the one permission matrix, checked by every protected service."""

from __future__ import annotations

from enum import StrEnum

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import PermissionDenied, SessionEnded
from osc_desktop.models import Role, StaffUser
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor


class Permission(StrEnum):
    # Survivors' records
    VIEW_CASES = "view_cases"
    REGISTER_CASE = "register_case"
    EDIT_CASE = "edit_case"
    # Counselling session notes. The intake narrative is not among them: the operator who
    # registers her writes it, and every case role sees it on the case.
    VIEW_CONFIDENTIAL_NOTES = "view_confidential_notes"
    RECORD_SERVICES = "record_services"
    DISPOSE_CASE = "dispose_case"
    LINK_CASES = "link_cases"
    ERASE_CASE = "erase_case"
    PRINT_CASE_FORMS = "print_case_forms"
    # Shelter and hearings
    MANAGE_BEDS = "manage_beds"
    APPROVE_LONG_STAY = "approve_long_stay"
    BOOK_VIDEO_HEARINGS = "book_video_hearings"
    # Registers and reports
    PRINT_REGISTERS = "print_registers"
    # Administration
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT_TRAIL = "view_audit_trail"
    MANAGE_BACKUPS = "manage_backups"
    CHANGE_SETTINGS = "change_settings"
    LEAVE_KIOSK = "leave_kiosk"


_EVERYONE = frozenset(
    {
        Permission.VIEW_CASES,
        Permission.REGISTER_CASE,
        Permission.EDIT_CASE,
        Permission.RECORD_SERVICES,
        Permission.PRINT_CASE_FORMS,
        Permission.MANAGE_BEDS,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MANAGER: frozenset(Permission),
    Role.OPERATOR: _EVERYONE,
    Role.COUNSELLOR: _EVERYONE
    | {
        Permission.VIEW_CONFIDENTIAL_NOTES,
        Permission.DISPOSE_CASE,
        Permission.BOOK_VIDEO_HEARINGS,
    },
}


def role_allows(role: str, permission: Permission) -> bool:
    """Whether `role` has `permission` (the UI uses this to hide what a role may not do)."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(uow: UnitOfWork, actor: Actor, permission: Permission) -> StaffUser:
    """The actor's account, re-read now, if it may do `permission`.

    Call first in a protected service. A refusal is written to the audit trail and committed
    before raising, so the attempt stays on record when the service's own work is rolled back.

    Raises:
        SessionEnded: the account was deactivated (or never existed) since sign-in.
        PermissionDenied: the account's current role lacks `permission`.
    """
    user = uow.session.get(StaffUser, actor.user_id)
    if user is None or not user.is_active:
        raise SessionEnded()
    if permission not in ROLE_PERMISSIONS[user.role]:
        # Nothing of the service is done yet (require comes first): write the refusal in a
        # transaction of its own, under the write lock.
        uow.restart_for_writing()
        record_event(
            uow.session,
            user_id=user.id,
            action=AuditAction.PERMISSION_DENIED,
            details={"permission": permission.value},
        )
        uow.commit()
        raise PermissionDenied(permission.value)
    return user
