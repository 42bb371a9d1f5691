"""What an interrupted backup or write leaves behind is removed at the next backup and the next
start (issue 9.7), but never a file that a backup running in another process is writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.verify import verify_backup
from osc_desktop.services.centre.leftovers import remove_leftovers

ROOT = Path(__file__).resolve().parents[3]

# A second process on the same data folder, making a backup that stops after its snapshot,
# while it writes the backup file, until told to go on ("go") or killed.
_PAUSED_BACKUP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from osc_desktop.paths import DataPaths
    from osc_desktop.security.keystore import KeyStorage
    from osc_desktop.services.backups import create
    from osc_desktop.services.centre import storage

    root, folder = Path(sys.argv[1]), Path(sys.argv[2])
    key = bytes.fromhex(sys.stdin.readline().strip())
    centre = storage._open(DataPaths(root), key, KeyStorage.KEYRING)
    original = create.write_backup

    def paused(source, target, **kwargs):
        print("writing", flush=True)
        if sys.stdin.readline().strip() != "go":
            sys.exit(9)
        return original(source, target, **kwargs)

    create.write_backup = paused
    info = create.create_backup(centre, folder, by=None)
    centre.close()
    print("made", info.path, flush=True)
    """
)


@pytest.fixture
def other_process(centre, tmp_path) -> Iterator[subprocess.Popen[str]]:
    """A backup in another process, stopped while it writes into tmp_path/other-usb."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _PAUSED_BACKUP, str(centre.paths.root), str(tmp_path / "other")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(centre.database_key.hex() + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "writing"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)


def _snapshots(root: Path) -> list[Path]:
    return sorted(root.glob(".snapshot-*"))


def _left_by_a_killed_process(root: Path) -> list[Path]:
    """Files as a backup and an atomic write killed a moment ago leave them."""
    left = [
        root / ".snapshot-0123456789abcdef.db",
        root / ".snapshot-0123456789abcdef.db-journal",
        root / ".audit-head.json-k2j3h4.tmp",
        root / ".keystore.json-a8s7d6.tmp",
        root / ".settings.json-q1w2e3.tmp",
    ]
    for path in left:
        path.write_bytes(b"\x00" * 4096)
    return left


def test_what_a_killed_backup_left_is_removed_at_the_next_backup(centre, tmp_path) -> None:
    left = _left_by_a_killed_process(centre.paths.root)
    create_backup(centre, tmp_path / "usb", by=None)
    assert [p.name for p in left if p.exists()] == []
    assert centre.paths.audit_anchor.exists() and centre.paths.keystore.exists()


def test_what_a_killed_backup_left_is_removed_at_the_next_start(centre) -> None:
    left = _left_by_a_killed_process(centre.paths.root)
    keep = centre.paths.root / ".snapshot-notes.txt"  # not one of ours
    keep.write_text("x", encoding="utf-8")
    remove_leftovers(centre.paths)
    assert [p.name for p in left if p.exists()] == []
    assert keep.exists() and centre.paths.database.exists()


def test_a_backup_running_in_another_process_keeps_its_files(
    centre, tmp_path, other_process
) -> None:
    (theirs,) = _snapshots(centre.paths.root)
    (their_partial,) = (tmp_path / "other").glob(".osc-backup-*.partial")

    ours = create_backup(centre, tmp_path / "other", by=None)  # the same backup folder
    remove_leftovers(centre.paths)

    assert theirs.exists() and their_partial.exists()
    assert verify_backup(ours.path, database_key=centre.database_key).ok
    assert other_process.stdin is not None and other_process.stdout is not None
    other_process.stdin.write("go\n")
    other_process.stdin.flush()
    done = other_process.stdout.readline().split()
    assert other_process.wait(timeout=60) == 0
    assert done[0] == "made"
    assert verify_backup(Path(done[1]), database_key=centre.database_key).ok
    assert not theirs.exists() and not their_partial.exists()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_the_files_of_a_backup_killed_in_another_process_go_at_the_next_backup(
    centre, tmp_path, other_process
) -> None:
    (theirs,) = _snapshots(centre.paths.root)
    (their_partial,) = (tmp_path / "other").glob(".osc-backup-*.partial")
    other_process.send_signal(signal.SIGKILL)
    other_process.wait(timeout=60)

    create_backup(centre, tmp_path / "other", by=None)

    assert not theirs.exists() and not their_partial.exists()
    assert _snapshots(centre.paths.root) == []


@pytest.mark.skipif(os.name == "nt", reason="flock is POSIX")
def test_where_holds_cannot_be_tested_only_day_old_files_are_taken_for_left(
    centre, monkeypatch
) -> None:
    import errno
    import fcntl

    def no_flock(*_args):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_flock)
    root = centre.paths.root
    fresh, old = root / ".snapshot-aaaa.db", root / ".snapshot-bbbb.db"
    for path in (fresh, old):
        path.write_bytes(b"\x00")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    remove_leftovers(centre.paths)
    assert fresh.exists() and not old.exists()
