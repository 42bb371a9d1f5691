"""Changing this computer's settings (idle lock, kiosk mode; backups): manager only, audited."""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.paths import DataPaths
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.settings import (
    INT_RANGES,
    MAX_FOLDER_LENGTH,
    MachineSettings,
    load_settings,
    save_settings,
)

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 30
IDLE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Choose from %1 to %2 minutes.")
HOURS_OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Choose from %1 to %2 hours.")
KEEP_OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Choose from %1 to %2.")
FOLDER_NOT_FULL_PATH = QT_TRANSLATE_NOOP(
    "validation", "Choose the folder with its full path, or leave this empty for the default."
)
BACKUP_FIELDS = ("backup_folder", "backup_every_hours", "keep_daily", "keep_weekly", "keep_monthly")


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
    uow.lock_for_writing()  # it appends to the audit chain
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


def update_backup_settings(
    uow: UnitOfWork,
    actor: Actor,
    paths: DataPaths,
    *,
    folder: str,
    every_hours: int,
    keep_daily: int,
    keep_weekly: int,
    keep_monthly: int,
) -> MachineSettings:
    """Save where backups go, how often they are made and how many are kept on this computer.

    `folder` "" means the default, `<data folder>/backups`; otherwise it must be a full path
    (it need not exist now: the backup drive may be unplugged). The audit event names the
    changed fields only (a folder name could say something about the centre's computer).

    Raises:
        PermissionDenied, SessionEnded: the actor may not manage backups.
        ValidationError: one entry per bad field: "backup_folder" (not a full path),
            "backup_every_hours" (outside 1 to 168), "keep_daily", "keep_weekly",
            "keep_monthly" (outside 0 to 99).
        OSError: the settings file could not be written (nothing changed).
    """
    uow.lock_for_writing()  # it appends to the audit chain
    require(uow, actor, Permission.MANAGE_BACKUPS)
    folder = folder.strip()
    wanted: dict[str, object] = {
        "backup_folder": folder,
        "backup_every_hours": every_hours,
        "keep_daily": keep_daily,
        "keep_weekly": keep_weekly,
        "keep_monthly": keep_monthly,
    }
    problems: dict[str, FieldInvalid] = {}
    if folder and not _is_full_path(folder):
        problems["backup_folder"] = FieldInvalid(FOLDER_NOT_FULL_PATH)
    for name in BACKUP_FIELDS[1:]:
        low, high = INT_RANGES[name]
        value = wanted[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            message = HOURS_OUT_OF_RANGE if name == "backup_every_hours" else KEEP_OUT_OF_RANGE
            problems[name] = FieldInvalid(message, low, high)
    if problems:
        raise ValidationError(problems)
    before = load_settings(paths.settings)
    after = replace(before, **wanted)  # type: ignore[arg-type]
    changed = [name for name in BACKUP_FIELDS if getattr(before, name) != getattr(after, name)]
    if not changed:
        return before
    record_event(
        uow.session,
        user_id=actor.user_id,
        action=AuditAction.SETTINGS_CHANGED,
        details={"fields": changed},
    )
    save_settings(paths.settings, after)  # a failure here rolls the audit event back too
    try:
        uow.commit()
    except BaseException:
        save_settings(paths.settings, before)  # no unrecorded change
        raise
    return after


def _is_full_path(folder: str) -> bool:
    """An absolute path on this computer (on Windows with its drive), of a sane length."""
    if len(folder) > MAX_FOLDER_LENGTH or "\x00" in folder:
        return False
    return PurePath(folder).is_absolute()
