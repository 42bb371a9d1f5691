"""Backups say how far they have got, and a Cancel (raised from the progress callback) stops
them with nothing half-made: no unfinished file, no snapshot, no temporary copy, and for a
restore the current records untouched."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from osc_desktop.models import AuditEvent
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.restore import restore_backup
from osc_desktop.services.backups.verify import verify_backup
from osc_desktop.services.core.progress import Cancelled
from tests.services.backups.backup_support import T0, _fingerprint


class Recorder:
    """A progress callback that notes each report and stops after `stop_after` of them."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))
        if self.stop_after is not None and len(self.reports) >= self.stop_after:
            raise Cancelled()


def _events(centre) -> int:
    with centre.database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count(AuditEvent.id)))


def _temporary_copies() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("osc-verify-*")}


def test_a_backup_reports_each_chunk_up_to_its_size(centre, folder, small_chunks):
    heard = Recorder()
    info = create_backup(centre, folder, by=None, now=T0, progress=heard)
    done = [d for d, _ in heard.reports]
    assert len(heard.reports) > 3
    assert done == sorted(done)
    assert heard.reports[-1][0] == heard.reports[-1][1] > 0
    assert verify_backup(info.path, database_key=centre.database_key).ok


def test_a_cancelled_backup_leaves_nothing_behind(centre, folder, small_chunks):
    before = _events(centre)
    with pytest.raises(Cancelled):
        create_backup(centre, folder, by=None, now=T0, progress=Recorder(stop_after=2))
    assert list(folder.iterdir()) == []  # no unfinished file
    leftovers = {p.name for p in centre.paths.root.iterdir()} - {
        "osc-desktop.db",
        "osc-desktop.db-wal",
        "osc-desktop.db-shm",
        "keystore.json",
        "audit-head.json",
        "instance.lock",
        "settings.json",
        "backups",
        "logs",
    }
    assert leftovers == set()  # no snapshot
    assert _events(centre) == before  # no backup recorded


def test_a_cancelled_verify_removes_its_temporary_copy(small_chunks, centre, backup):
    copies = _temporary_copies()
    heard = Recorder(stop_after=2)
    with pytest.raises(Cancelled):
        verify_backup(backup, database_key=centre.database_key, progress=heard)
    assert _temporary_copies() == copies
    assert verify_backup(backup, database_key=centre.database_key, progress=Recorder()).ok


def test_a_cancelled_restore_leaves_the_records_as_they_were(small_chunks, centre, backup):
    centre_paths, key = centre.paths, centre.database_key
    centre.database.engine.dispose()
    before = _fingerprint(centre_paths.root)
    with pytest.raises(Cancelled):
        restore_backup(
            centre_paths, backup, database_key=key, by_user_id=None, progress=Recorder(2)
        )
    assert _fingerprint(centre_paths.root) == before
