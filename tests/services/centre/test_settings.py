"""This computer's settings: manager only, 1 to 30 idle minutes, audited, file-backed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from osc_desktop.errors import PermissionDenied, ValidationError
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.services.accounts.auth import actor_for
from osc_desktop.services.centre import settings as machine_settings


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


# --------------------------------------------------------------------------- backup settings

BACKUP_DEFAULTS = {
    "folder": "",
    "every_hours": 24,
    "keep_daily": 7,
    "keep_weekly": 4,
    "keep_monthly": 12,
}


def _last_audit(centre):
    with centre.database.unit_of_work() as uow:
        return uow.session.execute(
            select(AuditEvent.action, AuditEvent.details).order_by(AuditEvent.id.desc())
        ).first()


def test_a_manager_sets_the_backup_settings_and_only_field_names_are_audited(
    centre, data_paths, tmp_path
):
    manager = _actor(centre, "asha.kumari")
    folder = tmp_path / "usb drive" / "OSC backups"
    with centre.database.unit_of_work() as uow:
        saved = machine_settings.update_backup_settings(
            uow,
            manager,
            data_paths,
            folder=f"  {folder}  ",
            every_hours=6,
            keep_daily=7,
            keep_weekly=0,
            keep_monthly=99,
        )
    assert saved.backup_folder == str(folder), "surrounding spaces removed"
    assert (saved.backup_every_hours, saved.keep_daily) == (6, 7)
    assert (saved.keep_weekly, saved.keep_monthly) == (0, 99)
    assert (saved.idle_minutes, saved.language) == (5, "en"), "the other settings unchanged"
    assert machine_settings.read_settings(data_paths) == saved
    action, details = _last_audit(centre)
    assert action == "settings_changed"
    assert json.loads(details) == {
        "fields": ["backup_folder", "backup_every_hours", "keep_weekly", "keep_monthly"]
    }
    assert "usb" not in details and "OSC backups" not in details, "no folder name in the audit"


def test_saving_the_same_backup_settings_records_nothing(centre, data_paths):
    manager = _actor(centre, "asha.kumari")
    before = _last_audit(centre)
    with centre.database.unit_of_work() as uow:
        saved = machine_settings.update_backup_settings(uow, manager, data_paths, **BACKUP_DEFAULTS)
    assert saved == machine_settings.read_settings(data_paths)
    assert _last_audit(centre) == before
    assert not data_paths.settings.exists(), "nothing written"


def test_the_backup_settings_keep_the_idle_and_language_settings(centre, data_paths):
    manager = _actor(centre, "asha.kumari")
    with centre.database.unit_of_work() as uow:
        machine_settings.update_settings(uow, manager, data_paths, idle_minutes=12, kiosk=True)
    with centre.database.unit_of_work() as uow:
        machine_settings.update_backup_settings(
            uow, manager, data_paths, **{**BACKUP_DEFAULTS, "every_hours": 1}
        )
    with centre.database.unit_of_work() as uow:
        machine_settings.update_settings(uow, manager, data_paths, idle_minutes=3, kiosk=True)
    saved = machine_settings.read_settings(data_paths)
    assert (saved.idle_minutes, saved.kiosk, saved.backup_every_hours) == (3, True, 1)


@pytest.mark.parametrize(
    ("changes", "field", "range_"),
    [
        ({"every_hours": 0}, "backup_every_hours", "from 1 to 168"),
        ({"every_hours": 169}, "backup_every_hours", "from 1 to 168"),
        ({"keep_daily": -1}, "keep_daily", "from 0 to 99"),
        ({"keep_weekly": 100}, "keep_weekly", "from 0 to 99"),
        ({"keep_monthly": 1000}, "keep_monthly", "from 0 to 99"),
        ({"keep_monthly": True}, "keep_monthly", "from 0 to 99"),
    ],
)
def test_numbers_out_of_range_are_refused_beside_their_field(
    centre, data_paths, changes, field, range_
):
    manager = _actor(centre, "asha.kumari")
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as bad:
        machine_settings.update_backup_settings(
            uow, manager, data_paths, **{**BACKUP_DEFAULTS, **changes}
        )
    assert list(bad.value.field_errors) == [field]
    assert bad.value.field_errors[field].render("from %1 to %2") == range_
    assert not data_paths.settings.exists()


@pytest.mark.parametrize(
    "folder", ["backups", "./usb", "..", "~user/x", "a\x00b", "/" + "x" * 2000]
)
def test_a_folder_that_is_not_a_full_path_is_refused(centre, data_paths, folder):
    manager = _actor(centre, "asha.kumari")
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as bad:
        machine_settings.update_backup_settings(
            uow, manager, data_paths, **{**BACKUP_DEFAULTS, "folder": folder}
        )
    assert list(bad.value.field_errors) == ["backup_folder"]
    assert machine_settings.read_settings(data_paths).backup_folder == ""


def test_every_bad_field_is_reported_at_once(centre, data_paths):
    manager = _actor(centre, "asha.kumari")
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as bad:
        machine_settings.update_backup_settings(
            uow,
            manager,
            data_paths,
            folder="relative",
            every_hours=0,
            keep_daily=100,
            keep_weekly=-1,
            keep_monthly=100,
        )
    assert set(bad.value.field_errors) == {
        "backup_folder",
        "backup_every_hours",
        "keep_daily",
        "keep_weekly",
        "keep_monthly",
    }


def test_an_empty_folder_means_the_default_again(centre, data_paths, tmp_path):
    manager = _actor(centre, "asha.kumari")
    for folder in (str(tmp_path / "d"), "   "):
        with centre.database.unit_of_work() as uow:
            saved = machine_settings.update_backup_settings(
                uow, manager, data_paths, **{**BACKUP_DEFAULTS, "folder": folder}
            )
    assert saved.backup_folder == ""


@pytest.mark.parametrize("role", ["operator", "counsellor"])
def test_other_roles_may_not_change_the_backup_settings(centre, data_paths, make_staff, role):
    make_staff("ravi.kumar", role)
    actor = _actor(centre, "ravi.kumar")
    with centre.database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        machine_settings.update_backup_settings(
            uow, actor, data_paths, **{**BACKUP_DEFAULTS, "every_hours": 2}
        )
    assert machine_settings.read_settings(data_paths).backup_every_hours == 24


def test_a_failed_backup_settings_write_changes_nothing_and_records_nothing(
    centre, data_paths, monkeypatch
):
    manager = _actor(centre, "asha.kumari")
    before = _last_audit(centre)

    def fail(*_args):
        raise OSError("read-only")

    monkeypatch.setattr(machine_settings, "save_settings", fail)
    with centre.database.unit_of_work() as uow, pytest.raises(OSError):
        machine_settings.update_backup_settings(
            uow, manager, data_paths, **{**BACKUP_DEFAULTS, "keep_daily": 1}
        )
    assert _last_audit(centre) == before
