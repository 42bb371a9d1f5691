"""Changing this computer's settings (idle lock, kiosk mode): manager only, audited."""

from __future__ import annotations

from dataclasses import replace

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.paths import DataPaths
from osc_desktop.services.audit_log import AuditAction, record_event
from osc_desktop.services.dto import Actor
from osc_desktop.services.permissions import Permission, require
from osc_desktop.settings import MachineSettings, load_settings, save_settings

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 30
IDLE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Choose from %1 to %2 minutes.")


def read_settings(paths: DataPaths) -> MachineSettings:
    """This computer's settings (defaults where none are saved)."""
    return load_settings(paths.settings)


def update_settings(
    uow: UnitOfWork, actor: Actor, paths: DataPaths, *, idle_minutes: int, kiosk: bool
) -> MachineSettings:
    """Save the idle-lock minutes and kiosk mode for this computer.

    Raises:
        PermissionDenied, SessionEnded: the actor may not change settings.
        ValidationError: field "idle_minutes" outside 1 to 30.
        OSError: the settings file could not be written (nothing changed).
    """
    require(uow, actor, Permission.CHANGE_SETTINGS)
    if not MIN_IDLE_MINUTES <= idle_minutes <= MAX_IDLE_MINUTES:
        raise ValidationError(
            {"idle_minutes": FieldInvalid(IDLE_OUT_OF_RANGE, MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)}
        )
    before = load_settings(paths.settings)
    after = replace(before, idle_minutes=idle_minutes, kiosk=kiosk)
    changed = [
        name for name in ("idle_minutes", "kiosk") if getattr(before, name) != getattr(after, name)
    ]
    if not changed:
        return before
    record_event(
        uow.session,
        user_id=actor.user_id,
        action=AuditAction.SETTINGS_CHANGED,
        details={"fields": changed, "idle_minutes": idle_minutes, "kiosk": kiosk},
    )
    save_settings(paths.settings, after)  # a failure here rolls the audit event back too
    try:
        uow.commit()
    except BaseException:
        save_settings(paths.settings, before)  # no unrecorded change
        raise
    return after
