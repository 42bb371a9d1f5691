"""Where a centre's files live, and how they are made private."""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_DIR_NAME = "OSC Desktop"
PRIVATE_DIR_MODE = 0o700
DATA_DIR_ENV = "OSC_DESKTOP_DATA_DIR"
PASSPHRASE_FILE_ENV = "OSC_DESKTOP_PASSPHRASE_FILE"


@dataclass(frozen=True)
class DataPaths:
    """The files of one centre's data folder. No survivor data is ever put in a file name."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "osc-desktop.db"

    @property
    def keystore(self) -> Path:
        return self.root / "keystore.json"

    @property
    def audit_anchor(self) -> Path:
        return self.root / "audit-head.json"

    @property
    def erased_cases(self) -> Path:
        """Ids and case numbers of erased cases (never names): a restore erases them again."""
        return self.root / "erased-cases.json"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def instance_lock(self) -> Path:
        return self.root / "instance.lock"

    @property
    def pre_migration_dir(self) -> Path:
        return self.root / "pre-migration"

    @property
    def backups_dir(self) -> Path:
        """Where `backup create` writes without `--to` (another drive is far safer)."""
        return self.root / "backups"

    @property
    def before_restore_dir(self) -> Path:
        """Where a restore keeps the database it replaced (never deleted)."""
        return self.root / "before-restore"

    def database_sidecars(self) -> list[Path]:
        """The WAL and shared-memory files SQLite keeps beside the database."""
        return [self.database.with_name(self.database.name + s) for s in ("-wal", "-shm")]


def default_data_dir() -> Path:
    """The platform's per-user data folder (on Windows, under %LOCALAPPDATA%)."""
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: `--data-dir` first, then $OSC_DESKTOP_DATA_DIR, then the platform's."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return DataPaths(Path(chosen).expanduser().absolute())


def make_files_private() -> None:
    """Files and folders made from now on are readable by this user only (umask 077)."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by this user only; a folder that exists already
    and that others may read or enter is made private too (see `make_dir_private`).
    Raises OSError when it cannot be made."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    make_dir_private(path)


def make_dir_private(path: Path) -> bool:
    """Tighten an existing folder that group or others may use to this user only (700), and
    say so in the log (once: it is private afterwards). True when it was tightened.

    Only where folders have modes: on Windows the user's profile folders are private by their
    access lists. A folder that cannot be changed (another user's, a drive without modes such
    as a FAT USB stick) is left as it is, with a debug line; never raises.
    """
    if os.name == "nt":
        return False
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return False
    if not mode & 0o077:
        return False
    try:
        os.chmod(path, PRIVATE_DIR_MODE)
        tightened = not stat.S_IMODE(path.stat().st_mode) & 0o077
    except OSError:
        tightened = False
    if tightened:
        log.warning("folder %s was open to other users (mode %03o): made private (700)", path, mode)
    else:
        log.debug("folder %s cannot be made private (mode %03o)", path, mode)
    return tightened


def read_passphrase_file(path: Path) -> str:
    """The passphrase in a file: its first line, without the line ending (UTF-8, with or
    without the byte-order mark Notepad adds). Raises OSError, UnicodeDecodeError."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return lines[0] if lines else ""
