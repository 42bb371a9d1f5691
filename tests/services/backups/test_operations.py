"""Encrypted backups: create, verify, list, restore, and each fault of issue 5.

Faults: disk full and the USB drive removed during a backup (the unfinished file never looks
like a backup, nothing existing is touched), a power cut at every step of a restore (the old or
the new database in place, never half), a wrong key, another centre's backup, one flipped byte,
a truncated file, a backup made by a newer version, restoring while OSC Desktop holds the folder.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from osc_desktop.errors import (
    BackupDamaged,
    BackupFromAnotherCentre,
    BackupInUse,
    BackupTargetFull,
    BackupTargetMissing,
    BackupTooNew,
    BackupWrongKey,
    DiskFull,
    KeyringUnavailable,
    PermissionDenied,
)
from osc_desktop.fileutil import create_held_file
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.paths import DataPaths
from osc_desktop.security.keystore import KeyStore
from osc_desktop.security.recovery_key import (
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
)
from osc_desktop.services.audit.trail import verify_chain
from osc_desktop.services.backups import operations as backups
from osc_desktop.services.backups.format import MAGIC, decrypt_backup, read_header, write_backup
from osc_desktop.services.backups.operations import (
    create_backup,
    list_backups,
    restore_backup,
    verify_backup,
)
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.instance_lock import InstanceLock
from tests.case_factory import actor_of
from tests.conftest import PASSPHRASE
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


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "usb" / "OSC-backups"
    path.parent.mkdir()
    return path


@pytest.fixture
def backup(centre, folder) -> Path:
    return create_backup(centre, folder, by=None, now=T0).path


@pytest.fixture
def small_chunks(monkeypatch) -> None:
    """Backups in 4 KiB chunks, so that a small database spans many."""
    monkeypatch.setattr(backups, "CHUNK_SIZE", 4096)


# --------------------------------------------------------------------------- create


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
    real = backups._write_into_folder

    def keep_snapshot(snapshot: Path, *args, **kwargs):
        kept.append(shutil.copyfile(snapshot, folder.parent / "snapshot-copy.db"))
        return real(snapshot, *args, **kwargs)

    monkeypatch.setattr(backups, "_write_into_folder", keep_snapshot)
    create_backup(centre, folder, by=None, now=T0)

    copy = kept[0]
    assert copy.stat().st_size > 0 and b"SQLite format 3" not in copy.read_bytes()[:16]
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn = backups._connect(copy, centre.database_key)
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
        manifest = backups._snapshot(centre, snapshot, centre.database_key)
    assert manifest["staff_user"] == 2
    assert backups._check_database(snapshot, centre.database_key, manifest) == ""


def _open_snapshot_checks(path: Path, key: bytes) -> tuple[str, list, dict[str, int]]:
    conn = backups._connect(path, key)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        return integrity, cipher, backups._row_counts(conn)
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
    setup = backups._connect(database, key)
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
        conn = backups._connect(database, key)
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
            manifest = backups._raw_snapshot(database, snapshot, key)
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
    online = backups._online_snapshot

    def record(*args, **kwargs):
        used.append("online")
        return online(*args, **kwargs)

    monkeypatch.setattr(backups, "_online_snapshot", record)
    reader = backups._connect(centre.paths.database, centre.database_key)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM staff_user").fetchone()
        make_staff("ravi.operator", "operator")  # committed after the reader's snapshot
        assert (
            backups._raw_snapshot(
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

    monkeypatch.setattr(backups, "write_backup", write)


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
    monkeypatch.setattr(backups, "_media_roots", lambda: [media.parent])
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
    real_replace = backups.os.replace

    def cut(src, dst) -> None:
        if str(src).endswith(".partial"):
            shutil.copyfile(src, Path(src).with_name("left-by-power-cut.partial"))
            raise PowerCut
        real_replace(src, dst)

    monkeypatch.setattr(backups.os, "replace", cut)
    with pytest.raises(PowerCut):
        create_backup(centre, folder, by=None, now=T0 + timedelta(hours=1))
    monkeypatch.undo()
    leftovers = [p.name for p in folder.iterdir() if p != backup]
    assert leftovers == ["left-by-power-cut.partial"]
    assert [b.path for b in list_backups(folder)] == [backup]


def test_a_full_data_disk_while_snapshotting_is_a_typed_error(centre, folder, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_row_counts", full)
    with pytest.raises(DiskFull):
        create_backup(centre, folder, by=None, now=T0)
    assert not list(folder.iterdir())
    assert not [p for p in centre.paths.root.iterdir() if "snapshot" in p.name]


# --------------------------------------------------------------------------- verify, list


def test_verify_finds_a_wrong_key(centre, backup) -> None:
    result = verify_backup(backup, database_key=new_database_key())
    assert (result.ok, result.problem) == (False, "wrong_key")


def test_verify_finds_another_centres_backup(centre, backup) -> None:
    result = verify_backup(backup, database_key=centre.database_key, expected_centre="GAY")
    assert (result.ok, result.problem) == (False, "other_centre")
    assert verify_backup(backup, database_key=centre.database_key, expected_centre="PAT").ok


@pytest.mark.parametrize("where", ["header", "first chunk", "middle chunk", "last byte"])
def test_verify_finds_one_flipped_byte(centre, folder, small_chunks, where) -> None:
    path = create_backup(centre, folder, by=None, now=T0).path
    size = path.stat().st_size
    header_end = len(MAGIC) + 4 + int.from_bytes(path.read_bytes()[8:12], "big")
    offset = {
        "header": header_end - 20,  # inside the JSON, still well formed or not
        "first chunk": header_end + 100,
        "middle chunk": size // 2,
        "last byte": size - 1,
    }[where]
    _flip(path, offset)
    result = verify_backup(path, database_key=centre.database_key)
    assert not result.ok
    expected = {"damaged", "wrong_key"} if where in ("header", "first chunk") else {"damaged"}
    assert result.problem in expected
    # The centre checking its own backup with its own key: alteration is the one explanation.
    own = verify_backup(path, database_key=centre.database_key, expected_centre="PAT")
    assert (own.ok, own.problem) == (False, "damaged")


def test_one_flipped_byte_in_a_single_chunk_backup_is_damage_to_the_centre_itself(
    centre, backup
) -> None:
    _flip(backup, backup.stat().st_size // 2)
    key = centre.database_key
    assert verify_backup(backup, database_key=key).problem == "wrong_key"  # GCM cannot tell
    assert verify_backup(backup, database_key=key, expected_centre="PAT").problem == "damaged"
    other = verify_backup(backup, database_key=key, expected_centre="GAY")
    assert other.problem == "other_centre"


@pytest.mark.parametrize("keep", [0, 5, 12, 300, -16, -1])
def test_verify_finds_a_truncated_file(centre, backup, keep) -> None:
    data = backup.read_bytes()
    backup.write_bytes(data[:keep])
    result = verify_backup(backup, database_key=centre.database_key)
    assert (result.ok, result.problem) == (False, "damaged")


def test_verify_finds_a_backup_from_a_newer_version(centre, backup, tmp_path) -> None:
    newer_schema = _rewrite(
        backup, centre.database_key, tmp_path / "newer.oscbackup", schema_revision="0099"
    )
    assert verify_backup(newer_schema, database_key=centre.database_key).problem == "too_new"
    newer_format = tmp_path / "format2.oscbackup"
    newer_format.write_bytes(MAGIC[:7] + b"\x02" + backup.read_bytes()[8:])
    assert verify_backup(newer_format, database_key=centre.database_key).problem == "too_new"


def test_verify_compares_the_record_counts_with_the_label(centre, backup, tmp_path) -> None:
    with backup.open("rb") as source:
        manifest = read_header(source).manifest
    altered = _rewrite(
        backup,
        centre.database_key,
        tmp_path / "label.oscbackup",
        manifest={**manifest, "staff_user": 2},
    )
    assert verify_backup(altered, database_key=centre.database_key).problem == "manifest"


def test_verify_runs_the_integrity_check_on_what_it_decrypts(centre, backup, tmp_path) -> None:
    with backup.open("rb") as source:
        header = read_header(source)
    garbage = tmp_path / "garbage.oscbackup"
    payload = bytes(range(256)) * 32
    with garbage.open("wb") as out:
        write_backup(
            io.BytesIO(payload),
            out,
            database_key=centre.database_key,
            header=replace(header, payload_bytes=len(payload)),
        )
    assert verify_backup(garbage, database_key=centre.database_key).problem == "integrity"


def test_verify_of_a_missing_file_is_an_io_error(centre, tmp_path) -> None:
    with pytest.raises(BackupTargetMissing):
        verify_backup(tmp_path / "gone.oscbackup", database_key=centre.database_key)


def test_list_shows_backups_newest_first_and_skips_other_files(centre, folder) -> None:
    older = create_backup(centre, folder, by=None, now=T0).path
    newer = create_backup(centre, folder, by=None, now=T0 + timedelta(days=1)).path
    (folder / "not-a-backup.oscbackup").write_bytes(b"holiday photos")
    (folder / "readme.txt").write_text("x", encoding="utf-8")
    (folder / ".osc-backup-1234.partial").write_bytes(older.read_bytes()[:100])

    found = list_backups(folder)
    assert [b.path for b in found] == [newer, older]
    assert found[0].created_at == T0 + timedelta(days=1) and found[0].schema_revision
    with pytest.raises(BackupTargetMissing):
        list_backups(folder / "missing")


# --------------------------------------------------------------------------- restore


@pytest.fixture
def changed_after_backup(centre, backup, make_staff) -> Path:
    """The centre with one account added after `backup` was made; the centre closed."""
    make_staff("after.backup", "operator")
    centre.close()
    return backup


def test_restore_into_an_empty_folder_needs_only_the_recovery_key(
    centre, backup, tmp_path, memory_keyring
) -> None:
    key = centre.database_key
    printed = format_recovery_key(key)
    centre.close()
    memory_keyring.entries.clear()  # a new computer: nothing kept
    new_pc = DataPaths(tmp_path / "new-pc")

    info = restore_backup(new_pc, backup, database_key=parse_recovery_key(printed), by_user_id=None)
    assert info.centre_code == "PAT" and info.created_at == T0
    assert storage.folder_state(new_pc) is storage.FolderState.KEYRING
    opened = storage.open_with_keyring(new_pc)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
        with opened.database.unit_of_work() as uow:
            assert verify_chain(uow, None).ok
        action, user_id, _, event_id, row_hash = _newest_event(opened.database)
        assert (action, user_id) == ("backup_restored", None)
        assert opened.database.anchor.read() == (event_id, row_hash)
    finally:
        opened.close()
    assert not (new_pc.root / "before-restore").exists()  # nothing was there to keep
    assert sorted(p.name for p in new_pc.root.iterdir()) == [
        "audit-head.json",
        "instance.lock",
        "keystore.json",
        "osc-desktop.db",
    ]


def test_restore_on_a_computer_without_a_keyring_keeps_the_key_behind_a_passphrase(
    centre, backup, tmp_path, no_secure_keyring
) -> None:
    key = centre.database_key
    centre.close()
    new_pc = DataPaths(tmp_path / "new-pc")
    with pytest.raises(KeyringUnavailable):
        restore_backup(new_pc, backup, database_key=key, by_user_id=None)
    assert not new_pc.database.exists() and not new_pc.keystore.exists()

    restore_backup(new_pc, backup, database_key=key, by_user_id=None, new_passphrase=PASSPHRASE)
    opened = storage.open_with_passphrase(new_pc, PASSPHRASE)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
    finally:
        opened.close()


def test_restore_replaces_the_records_and_keeps_the_old_database_aside(
    centre, changed_after_backup
) -> None:
    paths = centre.paths
    old_db = paths.database.read_bytes()
    manager_id = actor_of(centre.database, "asha.kumari").user_id
    restore_backup(
        paths, changed_after_backup, database_key=centre.database_key, by_user_id=manager_id
    )

    opened = storage.open_with_keyring(paths)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
        with opened.database.unit_of_work() as uow:
            assert verify_chain(uow, None).ok
        assert _newest_event(opened.database)[:2] == ("backup_restored", manager_id)
    finally:
        opened.close()
    (aside,) = (paths.root / "before-restore").iterdir()
    assert {p.name for p in aside.iterdir()} >= {"osc-desktop.db", "keystore.json"}
    assert (aside / "osc-desktop.db").read_bytes() == old_db  # the WAL was folded in first
    kept = DataPaths(aside)
    kept_db = storage.open_with_keyring(kept)  # the copy's key settings name the same key
    try:
        assert "after.backup" in _staff_names(kept_db.database)
    finally:
        kept_db.close()


def test_a_restore_by_an_account_the_backup_does_not_hold_is_recorded_without_a_user(
    centre, changed_after_backup
) -> None:
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        newer_id = uow.session.scalar(
            select(StaffUser.id).where(StaffUser.username == "after.backup")
        )
    restore_backup(
        centre.paths, changed_after_backup, database_key=centre.database_key, by_user_id=newer_id
    )
    opened = storage.open_with_keyring(centre.paths)
    try:
        action, user_id, details, _, _ = _newest_event(opened.database)
    finally:
        opened.close()
    assert (action, user_id) == ("backup_restored", None)
    assert '"by_account_not_in_backup": true' in details


def test_restore_with_a_wrong_key_changes_nothing(centre, changed_after_backup) -> None:
    before = _fingerprint(centre.paths.root)
    with pytest.raises(BackupWrongKey):
        restore_backup(
            centre.paths,
            changed_after_backup,
            database_key=new_database_key(),
            by_user_id=None,
            allow_other_centre=True,
        )
    assert _fingerprint(centre.paths.root) == before


@pytest.mark.parametrize("keep", [10, -1])
def test_restore_of_a_damaged_or_truncated_backup_changes_nothing(
    centre, changed_after_backup, keep
) -> None:
    before = _fingerprint(centre.paths.root)
    data = changed_after_backup.read_bytes()
    changed_after_backup.write_bytes(data[:keep])
    with pytest.raises(BackupDamaged):
        restore_backup(
            centre.paths, changed_after_backup, database_key=centre.database_key, by_user_id=None
        )
    assert _fingerprint(centre.paths.root) == before


def test_restore_of_a_flipped_byte_changes_nothing(
    centre, folder, small_chunks, make_staff
) -> None:
    path = create_backup(centre, folder, by=None, now=T0).path
    centre.close()
    _flip(path, path.stat().st_size // 2)
    before = _fingerprint(centre.paths.root)
    with pytest.raises(BackupDamaged):
        restore_backup(centre.paths, path, database_key=centre.database_key, by_user_id=None)
    assert _fingerprint(centre.paths.root) == before


def test_restore_of_a_backup_from_a_newer_version_changes_nothing(
    centre, changed_after_backup, tmp_path
) -> None:
    newer = _rewrite(
        changed_after_backup,
        centre.database_key,
        tmp_path / "newer.oscbackup",
        schema_revision="0099",
    )
    before = _fingerprint(centre.paths.root)
    with pytest.raises(BackupTooNew):
        restore_backup(centre.paths, newer, database_key=centre.database_key, by_user_id=None)
    assert _fingerprint(centre.paths.root) == before


def test_another_centres_backup_is_restored_only_when_confirmed(
    centre, backup, tmp_path, recovery, make_profile, manager
) -> None:
    other_paths = DataPaths(tmp_path / "gaya")
    other = storage.create_centre(
        other_paths, storage.new_recovery_key(), make_profile(code="GAY"), manager
    )
    other_key = other.database_key
    other_backup = create_backup(other, tmp_path / "gaya-backups", by=None, now=T0).path
    other.close()
    centre.close()
    before = _fingerprint(centre.paths.root)

    # With Patna's key, Gaya's backup does not open; with Gaya's key, it is another centre.
    with pytest.raises(BackupWrongKey):
        restore_backup(
            centre.paths, other_backup, database_key=centre.database_key, by_user_id=None
        )
    with pytest.raises(BackupFromAnotherCentre):
        restore_backup(centre.paths, other_backup, database_key=other_key, by_user_id=None)
    assert _fingerprint(centre.paths.root) == before

    restore_backup(
        centre.paths,
        other_backup,
        database_key=other_key,
        by_user_id=None,
        allow_other_centre=True,
    )
    opened = storage.open_with_keyring(centre.paths)
    try:
        assert opened.profile.code == "GAY"
    finally:
        opened.close()
    assert KeyStore(centre.paths.keystore).recognises(other_key) is True
    (aside,) = (centre.paths.root / "before-restore").iterdir()
    assert KeyStore(aside / "keystore.json").recognises(centre.database_key) is True


def test_a_backup_with_the_same_key_but_another_centre_code_needs_confirmation(
    centre, changed_after_backup, tmp_path
) -> None:
    renamed = _rewrite(
        changed_after_backup, centre.database_key, tmp_path / "x.oscbackup", centre_code="GAY"
    )
    with pytest.raises(BackupFromAnotherCentre):
        restore_backup(centre.paths, renamed, database_key=centre.database_key, by_user_id=None)


def test_restore_is_refused_while_osc_desktop_holds_the_folder(
    centre, changed_after_backup
) -> None:
    other_copy = InstanceLock(centre.paths)
    other_copy.acquire()
    try:
        before = _fingerprint(centre.paths.root)
        with pytest.raises(BackupInUse):
            restore_backup(
                centre.paths,
                changed_after_backup,
                database_key=centre.database_key,
                by_user_id=None,
            )
        assert _fingerprint(centre.paths.root) == before
    finally:
        other_copy.release()


def test_a_full_data_disk_while_keeping_the_old_database_aside_changes_nothing(
    centre, changed_after_backup, monkeypatch
) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.shutil, "copyfile", full)
    with pytest.raises(DiskFull):
        restore_backup(
            centre.paths, changed_after_backup, database_key=centre.database_key, by_user_id=None
        )
    monkeypatch.undo()
    assert not (centre.paths.root / "osc-desktop.db.restoring").exists()
    opened = storage.open_with_keyring(centre.paths)
    try:
        assert "after.backup" in _staff_names(opened.database)
    finally:
        opened.close()


RESTORE_STEPS = ["cleared", "decrypted", "recorded", "kept aside", "sidecars removed", "swapped"]


@pytest.mark.parametrize("step", RESTORE_STEPS)
@pytest.mark.parametrize("finally_runs", [True, False], ids=["cleanup", "no-cleanup"])
def test_a_power_cut_at_any_step_of_a_restore_leaves_the_old_or_the_new_database(
    centre, changed_after_backup, monkeypatch, step, finally_runs
) -> None:
    paths, key = centre.paths, centre.database_key

    def reached(name: str) -> None:
        if name == step:
            raise PowerCut

    monkeypatch.setattr(backups, "_reached", reached)
    if not finally_runs:  # a real power cut runs no clean-up code
        monkeypatch.setattr(backups, "_remove_database_files", lambda _path: None)
    with pytest.raises(PowerCut):
        restore_backup(paths, changed_after_backup, database_key=key, by_user_id=None)
    monkeypatch.undo()

    # After the power comes back: the database in place is whole, old or new.
    opened = storage.open_with_keyring(paths)  # same key: its settings are never touched
    try:
        names = _staff_names(opened.database)
        with opened.database.unit_of_work() as uow:
            report = verify_chain(uow, None)
            # The anchor file is removed before the swap and written after it: a power cut in
            # between leaves the trail intact but unanchored (said once, never "tampered").
            anchor_gone = step in ("sidecars removed", "swapped")
            assert (report.ok, report.problem) == (
                (False, "not_anchored") if anchor_gone else (True, "")
            )
            assert uow.session.scalar(select(func.count()).select_from(AuditEvent)) > 0
    finally:
        opened.close()
    swapped = step == "swapped"
    assert ("after.backup" not in names) is swapped
    assert names >= {"asha.kumari"}

    # ...and the restore can simply be run again.
    restore_backup(paths, changed_after_backup, database_key=key, by_user_id=None)
    opened = storage.open_with_keyring(paths)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
        with opened.database.unit_of_work() as uow:
            uow.lock_for_writing()
            assert verify_chain(uow, None).ok
    finally:
        opened.close()


def test_the_recovery_key_typed_opens_a_folder_left_without_key_settings(
    centre, tmp_path, make_profile, manager, folder
) -> None:
    """A power cut between the swap and writing the key settings (a new key): the printed
    recovery key opens the restored database, as after a lost keystore.json."""
    other = storage.create_centre(
        DataPaths(tmp_path / "gaya"), storage.new_recovery_key(), make_profile(code="GAY"), manager
    )
    other_key = other.database_key
    other_backup = create_backup(other, folder, by=None, now=T0).path
    other.close()
    centre.close()

    def cut(name: str) -> None:
        if name == "swapped":
            raise PowerCut

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backups, "_reached", cut)
        with pytest.raises(PowerCut):
            restore_backup(
                centre.paths,
                other_backup,
                database_key=other_key,
                by_user_id=None,
                allow_other_centre=True,
            )
    assert storage.folder_state(centre.paths) is storage.FolderState.RECOVERY
    opened = storage.open_with_recovery_key(centre.paths, format_recovery_key(other_key))
    try:
        assert opened.profile.code == "GAY"
    finally:
        opened.close()


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
