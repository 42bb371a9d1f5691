"""Data and backup folders that already exist open to others (755) are made private (700),
once, and the log says so; never on Windows, which has no modes (issue 9.5)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from osc_desktop.paths import DataPaths, ensure_private_dir
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.instance_lock import InstanceLock

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows folders have no modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _open_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o755)
    assert _mode(path) == 0o755
    return path


def _said(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "made private" in r.getMessage()]


def test_an_existing_folder_is_tightened_and_the_log_says_so_once(tmp_path, caplog):
    folder = _open_folder(tmp_path / "data")
    with caplog.at_level(logging.INFO):
        ensure_private_dir(folder)
        ensure_private_dir(folder)
    assert _mode(folder) == 0o700
    assert len(_said(caplog)) == 1


def test_the_data_folder_is_tightened_when_the_app_takes_it(tmp_path):
    paths = DataPaths(_open_folder(tmp_path / "data"))
    lock = InstanceLock(paths)
    lock.acquire()
    lock.release()
    assert _mode(paths.root) == 0o700


def test_the_data_folder_is_tightened_when_the_records_are_opened(centre):
    """The command line opens the records without the app's lock: tightened there too."""
    centre.close()
    os.chmod(centre.paths.root, 0o755)
    storage.open_with_keyring(centre.paths).close()
    assert _mode(centre.paths.root) == 0o700


def test_a_new_centre_in_an_existing_open_folder_is_private(data_paths, recovery, profile, manager):
    _open_folder(data_paths.root)
    storage.create_centre(data_paths, recovery, profile, manager).close()
    assert _mode(data_paths.root) == 0o700


@pytest.mark.parametrize("where", ["backups", "usb"])
def test_an_existing_backup_folder_is_tightened(centre, tmp_path, where):
    folder = centre.paths.backups_dir if where == "backups" else tmp_path / "usb" / "osc"
    _open_folder(folder)
    create_backup(centre, folder, by=None)
    assert _mode(folder) == 0o700
