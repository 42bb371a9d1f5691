"""Helpers shared by the tests of making, verifying and restoring backups."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.services.backups.format import decrypt_backup, write_backup
from tests.helpers import folder_fingerprint

T0 = datetime(2026, 11, 23, 17, 0, 5, tzinfo=UTC)


class PowerCut(BaseException):
    """The process stops here (not an Exception: nothing may catch and carry on)."""


def _staff_names(database) -> set[str]:
    with database.unit_of_work() as uow:
        return set(uow.session.scalars(select(StaffUser.username)))


def _newest_event(database) -> tuple[str, int | None, str, int, str]:
    """(action, user id, details, id, row hash) of the newest audit event."""
    with database.unit_of_work() as uow:
        uow.lock_for_writing()
        event = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        return event.action, event.user_id, event.details, event.id, event.row_hash


def _fingerprint(folder: Path) -> dict[str, str]:
    """The folder's files and their hashes, without the (empty) instance lock file."""
    return {k: v for k, v in folder_fingerprint(folder).items() if k != "instance.lock"}


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _rewrite(path: Path, key: bytes, target: Path, **changes) -> Path:
    """A copy of the backup at `path` with header fields changed, properly encrypted."""
    payload = io.BytesIO()
    with path.open("rb") as source:
        header = decrypt_backup(source, payload, database_key=key)
    payload.seek(0)
    header = replace(header, **changes)
    with target.open("wb") as out:
        write_backup(payload, out, database_key=key, header=header)
    return target
