"""The few per-machine preferences, kept beside the data: language, kiosk mode, idle minutes,
and where and how often backups are made and how many are kept.

Nothing here is secret or identifying; the file is JSON, replaced atomically on save.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from osc_desktop.fileutil import write_atomically

log = logging.getLogger(__name__)

LANGUAGES = ("en", "hi")

# Inclusive ranges of the whole-number settings; a saved value outside its range (or not a
# whole number) is replaced by the default when the file is read.
INT_RANGES: dict[str, tuple[int, int]] = {
    "idle_minutes": (1, 30),
    "backup_every_hours": (1, 168),
    "keep_daily": (0, 99),
    "keep_weekly": (0, 99),
    "keep_monthly": (0, 99),
}
# A folder path longer than this is not a folder anyone chose.
MAX_FOLDER_LENGTH = 1024


@dataclass(frozen=True)
class MachineSettings:
    language: str = "en"
    kiosk: bool = False
    idle_minutes: int = 5
    # Empty: `<data folder>/backups` (see services.backup_schedule.backup_folder).
    backup_folder: str = ""
    backup_every_hours: int = 24
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12

    def with_language(self, language: str) -> MachineSettings:
        """A copy with another interface language; raises ValueError for an unknown one."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        return replace(self, language=language)


def _whole_number_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _usable_folder(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_FOLDER_LENGTH and "\x00" not in value


def load_settings(path: Path) -> MachineSettings:
    """The saved settings, or the defaults when the file is absent or unreadable; each bad
    value is replaced by its default on its own."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return MachineSettings()
    except (OSError, ValueError):
        log.warning("settings file unreadable; using defaults")
        return MachineSettings()
    known = {f.name for f in fields(MachineSettings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    defaults = MachineSettings()
    if values.get("language") not in LANGUAGES:
        values["language"] = defaults.language
    if not isinstance(values.get("kiosk"), bool):
        values["kiosk"] = defaults.kiosk
    for name, (low, high) in INT_RANGES.items():
        if not _whole_number_in(values.get(name), low, high):
            values[name] = getattr(defaults, name)
    if not _usable_folder(values.get("backup_folder")):
        values["backup_folder"] = defaults.backup_folder
    return MachineSettings(**values)


def save_settings(path: Path, settings: MachineSettings) -> None:
    """Write the settings atomically. Raises OSError."""
    write_atomically(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
