"""Making encrypted backups, and each fault of issue 5 while making one.

Faults: disk full and the USB drive removed during a backup (the unfinished file never looks
like a backup, nothing existing is touched), a missing drive, a power cut before the rename, a
full data disk while snapshotting.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from osc_desktop.errors import (
    BackupTargetFull,
    BackupTargetMissing,
    DiskFull,
    PermissionDenied,
)
from osc_desktop.fileutil import create_held_file
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.security.recovery_key import (
    format_recovery_key,
)
from osc_desktop.services.backups import create
from osc_desktop.services.backups.common import _check_database, _connect, _row_counts
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.format import MAGIC
from osc_desktop.services.backups.verify import list_backups, verify_backup
from tests.case_factory import actor_of
from tests.services.backups.backup_support import (
    T0,
    PowerCut,
    _fingerprint,
    _newest_event,
)


def test_a_backup_is_named_by_centre_and_time_and_audited(centre, folder) -> None:
    manager = actor_of(centre.database, "asha.kumari")
    info = create_backup(centre, folder, by=manager, now=T0)

    assert info.path == folder / "osc-PAT-20261123T170005Z.oscbackup"
    assert info.size == info.path.stat().st_size
    assert info.centre_code == "PAT" and info.created_at == T0
    assert info.manifest["staff_user"] == 1 and "audit_event" in info.manifest
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]
    # Only the database's own files remain in the data folder: the snapshot is gone.
    assert not [p for p in centre.paths.root.iterdir() if "snapshot" in p.name]
    action, user_id, details, _, _ = _newest_event(centre.database)
    assert (action, user_id) == ("backup_created", manager.user_id)
    assert details == f'{{"bytes": {info.size}, "tables": {len(info.manifest)}}}'
    # Nothing readable in the file: no name, no profile text.
    data = info.path.read_bytes()
    for secret in (b"Asha", b"asha.kumari", b"Patna", b"Sadar"):
        assert secret not in data
    assert verify_backup(info.path, database_key=centre.database_key).ok


def test_the_machine_backs_up_without_a_user_and_a_second_backup_gets_its_own_name(
    centre, folder
) -> None:
    first = create_backup(centre, folder, by=None, now=T0)
    second = create_backup(centre, folder, by=None, now=T0)
    assert second.path.name == "osc-PAT-20261123T170005Z-2.oscbackup"
    assert first.path.exists()
    with centre.database.unit_of_work() as uow:
        users = uow.session.scalars(
            select(AuditEvent.user_id).where(AuditEvent.action == "backup_created")
        ).all()
    assert users == [None, None]


def test_only_a_manager_may_back_up(centre, folder, make_staff) -> None:
    make_staff("ravi.operator", "operator")
    with pytest.raises(PermissionDenied):
        create_backup(centre, folder, by=actor_of(centre.database, "ravi.operator"), now=T0)
    assert not folder.exists()


def test_the_snapshot_on_disk_is_encrypted_with_the_database_key(centre, folder, monkeypatch):
    kept: list[Path] = []
    real = create._write_into_folder

    def keep_snapshot(snapshot: Path, *args, **kwargs):
        kept.append(shutil.copyfile(snapshot, folder.parent / "snapshot-copy.db"))
        return real(snapshot, *args, **kwargs)

    monkeypatch.setattr(create, "_write_into_folder", keep_snapshot)
    create_backup(centre, folder, by=None, now=T0)

    copy = kept[0]
    assert copy.stat().st_size > 0 and b"SQLite format 3" not in copy.read_bytes()[:16]
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn = _connect(copy, centre.database_key)
    try:
        assert conn.execute("SELECT count(*) FROM staff_user").fetchone() == (1,)
    finally:
        conn.close()


def test_the_snapshot_holds_committed_work_only_while_a_write_is_open(
    centre, make_staff, tmp_path
) -> None:
    make_staff("ravi.operator", "operator")
    snapshot = tmp_path / "snapshot.db"
    with centre.database.unit_of_work() as uow:  # another writer, not yet committed (WAL)
        uow.lock_for_writing()
        uow.session.add(
            StaffUser(username="half", full_name="Half", role="operator", password_hash="x")
        )
        uow.session.flush()
        manifest = create._snapshot(centre, snapshot, centre.database_key)
    assert manifest["staff_user"] == 2
    assert _check_database(snapshot, centre.database_key, manifest) == ""


def _open_snapshot_checks(path: Path, key: bytes) -> tuple[str, list, dict[str, int]]:
    conn = _connect(path, key)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        return integrity, cipher, _row_counts(conn)
    finally:
        conn.close()


def test_raw_snapshots_stay_consistent_while_another_connection_writes(centre, tmp_path):
    """A writer commits (and checkpoints often) without pause while raw snapshots are taken:
    each one opens with the key, passes both integrity checks and holds exactly the rows its
    read transaction counted.

    Event-based, for loaded machines: before each snapshot the writer must have committed again
    since the last one (a counter under a condition), and the test goes on until it has five raw
    snapshots (the others fall back to the backup API, which other tests cover), however slowly
    the two threads are scheduled."""
    database, key = centre.paths.database, centre.database_key
    setup = _connect(database, key)
    setup.execute("CREATE TABLE stress (n INTEGER PRIMARY KEY, pad BLOB)")
    setup.close()
    stop = threading.Event()
    committed = [0]
    progress = threading.Condition()
    failures: list[BaseException] = []

    def commits_reach(count: int) -> None:
        with progress:
            reached = progress.wait_for(lambda: committed[0] >= count or bool(failures), 120)
        assert reached and not failures, failures

    def write() -> None:
        conn = _connect(database, key)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA wal_autocheckpoint = 8")  # checkpoints all the time
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO stress (pad) VALUES (?)", [(os.urandom(700),) for _ in range(5)]
                )
                conn.execute("COMMIT")
                with progress:
                    committed[0] += 1
                    progress.notify_all()
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)
        finally:
            conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    raw = attempts = 0
    try:
        while raw < 5 and attempts < 500:
            attempts += 1
            commits_reach(committed[0] + 2)  # the writer has gone on since the last snapshot
            snapshot = tmp_path / f"snapshot-{attempts}.db"
            before = committed[0]
            manifest = create._raw_snapshot(database, snapshot, key)
            if manifest is None:
                continue
            raw += 1
            integrity, cipher, counts = _open_snapshot_checks(snapshot, key)
            assert integrity == "ok" and cipher == []
            assert counts == manifest
            assert manifest["stress"] >= 5 * before
            assert b"SQLite format 3" not in snapshot.read_bytes()[:16]
            snapshot.unlink()
    finally:
        stop.set()
        writer.join()
    assert not failures
    assert raw == 5, f"only {raw} raw snapshots in {attempts} tries"


def test_a_reader_holding_the_wal_makes_the_backup_use_the_online_backup_api(
    centre, folder, make_staff, monkeypatch
) -> None:
    used: list[str] = []
    online = create._online_snapshot

    def record(*args, **kwargs):
        used.append("online")
        return online(*args, **kwargs)

    monkeypatch.setattr(create, "_online_snapshot", record)
    reader = _connect(centre.paths.database, centre.database_key)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM staff_user").fetchone()
        make_staff("ravi.operator", "operator")  # committed after the reader's snapshot
        assert (
            create._raw_snapshot(
                centre.paths.database, folder.parent / "raw.db", centre.database_key
            )
            is None
        )
        info = create_backup(centre, folder, by=None, now=T0)
    finally:
        reader.close()
    assert used == ["online"]
    assert info.manifest["staff_user"] == 2
    assert verify_backup(info.path, database_key=centre.database_key).ok
    # With the reader gone, the raw copy is used again.
    second = create_backup(centre, folder, by=None, now=T0)
    assert used == ["online"] and second.manifest["staff_user"] == 2
    assert verify_backup(second.path, database_key=centre.database_key).ok


def _failing_writer(monkeypatch, error: OSError, *, also=None) -> None:
    """write_backup writes part of the file, then the drive fails with `error`."""

    def write(source, target, **_kwargs):
        target.write(MAGIC + b"\x00" * 4096)
        if also is not None:
            also()
        raise error

    monkeypatch.setattr(create, "write_backup", write)


def test_disk_full_during_a_backup_removes_the_unfinished_file_and_touches_nothing(
    centre, folder, backup, monkeypatch
) -> None:
    (folder / "notes.txt").write_text("the centre's own file", encoding="utf-8")
    before, data_before = _fingerprint(folder), set(_fingerprint(centre.paths.root))
    _failing_writer(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))

    with pytest.raises(BackupTargetFull):
        create_backup(centre, folder, by=None, now=T0 + timedelta(hours=1))

    assert _fingerprint(folder) == before
    assert set(_fingerprint(centre.paths.root)) == data_before  # no snapshot left behind
    assert [b.path for b in list_backups(folder)] == [backup]


def test_the_usb_drive_removed_during_a_backup_is_a_typed_error(
    centre, folder, monkeypatch
) -> None:
    def unplug() -> None:
        shutil.rmtree(folder.parent)

    _failing_writer(monkeypatch, OSError(errno.EIO, "Input/output error"), also=unplug)
    with pytest.raises(BackupTargetMissing):
        create_backup(centre, folder, by=None, now=T0)
    assert not folder.parent.exists()
    assert not [p for p in centre.paths.root.iterdir() if "snapshot" in p.name]


def test_a_missing_drive_is_reported_before_anything_is_written(
    centre, tmp_path, monkeypatch
) -> None:
    media = tmp_path / "run-media" / "asha"  # where USB drives are mounted
    media.mkdir(parents=True)
    monkeypatch.setattr(create, "_media_roots", lambda: [media.parent])
    with pytest.raises(BackupTargetMissing):
        create_backup(centre, media / "E-drive" / "OSC-backups", by=None, now=T0, make_parents=True)
    assert list(media.iterdir()) == []
    with pytest.raises(BackupTargetMissing):  # without make_parents: the strict rule
        create_backup(centre, tmp_path / "E-drive" / "OSC-backups", by=None, now=T0)
    assert not (tmp_path / "E-drive").exists()


def test_missing_folders_on_a_plugged_in_drive_are_made(centre, tmp_path) -> None:
    folder = tmp_path / "E-drive" / "OSC" / "backups"
    info = create_backup(centre, folder, by=None, now=T0, make_parents=True)
    assert info.path.parent == folder


def test_a_power_cut_before_the_rename_leaves_no_file_that_looks_like_a_backup(
    centre, folder, backup, monkeypatch
) -> None:
    real_replace = create.os.replace

    def cut(src, dst) -> None:
        if str(src).endswith(".partial"):
            shutil.copyfile(src, Path(src).with_name("left-by-power-cut.partial"))
            raise PowerCut
        real_replace(src, dst)

    monkeypatch.setattr(create.os, "replace", cut)
    with pytest.raises(PowerCut):
        create_backup(centre, folder, by=None, now=T0 + timedelta(hours=1))
    monkeypatch.undo()
    leftovers = [p.name for p in folder.iterdir() if p != backup]
    assert leftovers == ["left-by-power-cut.partial"]
    assert [b.path for b in list_backups(folder)] == [backup]


def test_a_full_data_disk_while_snapshotting_is_a_typed_error(centre, folder, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(create, "_row_counts", full)
    with pytest.raises(DiskFull):
        create_backup(centre, folder, by=None, now=T0)
    assert not list(folder.iterdir())
    assert not [p for p in centre.paths.root.iterdir() if "snapshot" in p.name]


def test_open_centre_never_shows_its_key(centre) -> None:
    assert len(centre.database_key) == 32
    assert centre.database_key.hex() not in repr(centre)
    assert format_recovery_key(centre.database_key) not in repr(centre)


def test_temporary_files_a_power_cut_left_are_cleared_by_the_next_backup(
    centre, folder, backup
) -> None:
    old_partial = folder / ".osc-backup-0123456789abcdef.partial"
    old_snapshot = centre.paths.root / ".snapshot-0123456789abcdef.db"
    for path in (old_partial, old_snapshot):
        path.write_bytes(b"\0" * 512)
    running = create_held_file(folder, ".osc-backup-", ".partial")  # a backup running now
    try:
        create_backup(centre, folder, by=None, now=T0 + timedelta(hours=1))
        assert not old_partial.exists() and not old_snapshot.exists()
        assert running.path.exists() and backup.exists()
    finally:
        running.remove()
