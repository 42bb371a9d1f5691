"""Every role against every protected service: the matrix in permissions.py is what is enforced.

A refused call raises PermissionDenied, changes nothing and leaves a PERMISSION_DENIED row; an
allowed one does not raise PermissionDenied.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from osc_desktop.errors import PermissionDenied
from osc_desktop.models import AuditEvent, Role, StaffUser
from osc_desktop.services.accounts import staff as staff_accounts
from osc_desktop.services.accounts.auth import actor_for
from osc_desktop.services.audit import chain as audit_chain
from osc_desktop.services.audit import export as audit_export
from osc_desktop.services.audit import listing as audit_listing
from osc_desktop.services.audit.dto import AuditFilter
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.services.core.permissions import ROLE_PERMISSIONS, Permission

Call = Callable[..., object]

# (name, permission it needs, how to call it given uow, actor, target user id, data paths)
PROTECTED: list[tuple[str, Permission, Call]] = [
    ("list_staff", Permission.MANAGE_STAFF, lambda uow, a, t, p: staff_accounts.list_staff(uow, a)),
    (
        "create_staff",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.create_staff(
            uow, a, staff_accounts.NewStaffInput("New Person", "new.person", "operator")
        ),
    ),
    (
        "update_staff",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.update_staff(uow, a, t, full_name="Renamed"),
    ),
    (
        "change_role",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.change_role(uow, a, t, "counsellor"),
    ),
    (
        "reset_password",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.reset_password(uow, a, t),
    ),
    (
        "deactivate",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.deactivate(uow, a, t),
    ),
    (
        "reactivate",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.reactivate(uow, a, t),
    ),
    (
        "unlock_account",
        Permission.MANAGE_STAFF,
        lambda uow, a, t, p: staff_accounts.unlock_account(uow, a, t),
    ),
    (
        "list_events",
        Permission.VIEW_AUDIT_TRAIL,
        lambda uow, a, t, p: audit_listing.list_events(uow, a, AuditFilter()),
    ),
    (
        "count_events",
        Permission.VIEW_AUDIT_TRAIL,
        lambda uow, a, t, p: audit_listing.count_events(uow, a, AuditFilter()),
    ),
    (
        "list_staff_choices",
        Permission.VIEW_AUDIT_TRAIL,
        lambda uow, a, t, p: audit_listing.list_staff_choices(uow, a),
    ),
    (
        "verify_chain",
        Permission.VIEW_AUDIT_TRAIL,
        lambda uow, a, t, p: audit_chain.verify_chain(uow, a),
    ),
    (
        "export_csv",
        Permission.VIEW_AUDIT_TRAIL,
        lambda uow, a, t, p: audit_export.export_csv(uow, a, AuditFilter(), io.StringIO()),
    ),
    (
        "update_settings",
        Permission.CHANGE_SETTINGS,
        lambda uow, a, t, p: machine_settings.update_settings(
            uow, a, p, idle_minutes=7, kiosk=False
        ),
    ),
]


def _staff_snapshot(uow) -> list:
    """Every account's fields a staff service could change."""
    columns = (
        StaffUser.id,
        StaffUser.full_name,
        StaffUser.role,
        StaffUser.is_active,
        StaffUser.password_hash,
    )
    return list(uow.session.execute(select(*columns)))


def test_every_permission_a_service_checks_is_in_the_matrix():
    assert {permission for _, permission, _ in PROTECTED} <= set(Permission)
    assert set(ROLE_PERMISSIONS) == set(Role)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "permission", "call"), PROTECTED, ids=[p[0] for p in PROTECTED])
def test_role_against_service(centre, data_paths, make_staff, role, name, permission, call):
    actor_id = make_staff("acting.person", role.value)
    target_id = make_staff("target.person", "operator")
    with centre.database.unit_of_work() as uow:
        actor = actor_for(uow.session.get(StaffUser, actor_id))
        staff_before = _staff_snapshot(uow)
    allowed = permission in ROLE_PERMISSIONS[role]
    with centre.database.unit_of_work() as uow:
        if allowed:
            call(uow, actor, target_id, data_paths)
        else:
            with pytest.raises(PermissionDenied):
                call(uow, actor, target_id, data_paths)
    if allowed:
        return
    with centre.database.unit_of_work() as uow:
        staff_after = _staff_snapshot(uow)
        denied = uow.session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "permission_denied", AuditEvent.user_id == actor_id)
        )
    assert staff_after == staff_before
    assert denied == 1
    assert machine_settings.read_settings(data_paths).idle_minutes == 5
