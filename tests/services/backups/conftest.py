"""Fixtures shared by the tests of making, verifying and restoring backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from osc_desktop.services.backups import create
from osc_desktop.services.backups.create import create_backup
from tests.services.backups.backup_support import T0


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
    monkeypatch.setattr(create, "CHUNK_SIZE", 4096)
