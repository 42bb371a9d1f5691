"""One running copy of the app per data folder, across processes too."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from osc_desktop.errors import AlreadyRunning, DataFolderNotWritable
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import instance_lock
from osc_desktop.services.centre.instance_lock import InstanceLock

ROOT = Path(__file__).resolve().parents[3]

# A second process trying the same folder; prints what happened.
_OTHER_PROCESS = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from osc_desktop.errors import AlreadyRunning
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.centre.instance_lock import InstanceLock

    lock = InstanceLock(DataPaths(Path(sys.argv[1])))
    try:
        lock.acquire()
    except AlreadyRunning:
        print("already running")
        sys.exit(3)
    print("acquired")
    if sys.argv[2] == "die":
        os._exit(0)  # no release: the operating system must free the lock
    lock.release()
    """
)


def _other_process(folder: Path, mode: str = "release") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(folder), mode],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def lock(data_paths):
    held = InstanceLock(data_paths)
    held.acquire()
    try:
        yield held
    finally:
        held.release()


def test_the_folder_is_made_when_missing(data_paths, lock):
    assert data_paths.root.is_dir()
    assert data_paths.instance_lock.exists()


def test_a_second_lock_on_the_same_folder_is_already_running(data_paths, lock):
    with pytest.raises(AlreadyRunning):
        InstanceLock(data_paths).acquire()


def test_another_folder_is_not_affected(tmp_path, lock):
    other = InstanceLock(DataPaths(tmp_path / "other"))
    other.acquire()
    other.release()


def test_after_release_it_can_be_acquired(data_paths):
    first = InstanceLock(data_paths)
    first.acquire()
    first.release()
    second = InstanceLock(data_paths)
    second.acquire()
    try:
        with pytest.raises(AlreadyRunning):
            InstanceLock(data_paths).acquire()
    finally:
        second.release()


def test_release_without_acquire_is_harmless(data_paths):
    InstanceLock(data_paths).release()


def test_a_second_process_is_already_running(data_paths, lock):
    result = _other_process(data_paths.root)
    assert result.returncode == 3, result.stderr
    assert result.stdout.strip() == "already running"


def test_a_second_process_gets_the_lock_once_released(data_paths):
    first = InstanceLock(data_paths)
    first.acquire()
    first.release()
    result = _other_process(data_paths.root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "acquired"


def test_the_lock_of_a_process_that_died_is_freed(data_paths):
    died = _other_process(data_paths.root, "die")
    assert died.stdout.strip() == "acquired", died.stderr
    again = InstanceLock(data_paths)
    again.acquire()
    again.release()


def test_an_unwritable_folder(data_paths, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(data_paths.instance_lock))

    monkeypatch.setattr(instance_lock.FileLock, "acquire", refuse)
    with pytest.raises(DataFolderNotWritable):
        InstanceLock(data_paths).acquire()


def test_a_read_only_folder(data_paths):
    data_paths.root.mkdir()
    data_paths.root.chmod(0o500)
    try:
        if os.access(data_paths.root, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes (see the test above)")
        with pytest.raises(DataFolderNotWritable):
            InstanceLock(data_paths).acquire()
    finally:
        data_paths.root.chmod(0o700)
