"""This computer's settings: manager only, 1 to 30 idle minutes, audited, file-backed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from osc_desktop.errors import PermissionDenied, ValidationError
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.services import machine_settings
from osc_desktop.services.auth import actor_for


def _actor(centre, username):
    with centre.database.unit_of_work() as uow:
        user = uow.session.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        return actor_for(user)


def test_a_manager_sets_the_idle_minutes_and_kiosk_and_it_is_audited(centre, data_paths):
    manager = _actor(centre, "asha.kumari")
    with centre.database.unit_of_work() as uow:
        saved = machine_settings.update_settings(
            uow, manager, data_paths, idle_minutes=12, kiosk=True
        )
    assert (saved.idle_minutes, saved.kiosk) == (12, True)
    assert machine_settings.read_settings(data_paths) == saved
    with centre.database.unit_of_work() as uow:
        action, details = uow.session.execute(
            select(AuditEvent.action, AuditEvent.details).order_by(AuditEvent.id.desc())
        ).first()
    assert action == "settings_changed"
    assert '"fields": ["idle_minutes", "kiosk"]' in details


@pytest.mark.parametrize("minutes", [0, 31, -5])
def test_idle_minutes_outside_1_to_30_are_refused_beside_the_field(centre, data_paths, minutes):
    manager = _actor(centre, "asha.kumari")
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as bad:
        machine_settings.update_settings(
            uow, manager, data_paths, idle_minutes=minutes, kiosk=False
        )
    problem = bad.value.field_errors["idle_minutes"]
    assert problem.render("from %1 to %2") == "from 1 to 30"
    assert machine_settings.read_settings(data_paths).idle_minutes == 5


@pytest.mark.parametrize("role", ["operator", "counsellor"])
def test_other_roles_may_not_change_settings(centre, data_paths, make_staff, role):
    make_staff("ravi.kumar", role)
    actor = _actor(centre, "ravi.kumar")
    with centre.database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        machine_settings.update_settings(uow, actor, data_paths, idle_minutes=9, kiosk=False)
    assert machine_settings.read_settings(data_paths).idle_minutes == 5


def test_a_failed_write_changes_nothing_and_records_nothing(centre, data_paths, monkeypatch):
    manager = _actor(centre, "asha.kumari")

    def fail(*_args):
        raise OSError("read-only")

    monkeypatch.setattr(machine_settings, "save_settings", fail)
    with centre.database.unit_of_work() as uow, pytest.raises(OSError):
        machine_settings.update_settings(uow, manager, data_paths, idle_minutes=9, kiosk=False)
    with centre.database.unit_of_work() as uow:
        actions = list(uow.session.scalars(select(AuditEvent.action)))
    assert "settings_changed" not in actions
