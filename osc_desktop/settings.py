"""The few per-machine preferences, kept beside the data: language, kiosk mode, idle minutes.

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


@dataclass(frozen=True)
class MachineSettings:
    language: str = "en"
    kiosk: bool = False
    idle_minutes: int = 5

    def with_language(self, language: str) -> MachineSettings:
        """A copy with another interface language; raises ValueError for an unknown one."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        return replace(self, language=language)


def load_settings(path: Path) -> MachineSettings:
    """The saved settings, or the defaults when the file is absent or unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return MachineSettings()
    except (OSError, ValueError):
        log.warning("settings file unreadable; using defaults")
        return MachineSettings()
    known = {f.name: f.type for f in fields(MachineSettings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    defaults = MachineSettings()
    if values.get("language") not in LANGUAGES:
        values["language"] = defaults.language
    if not isinstance(values.get("kiosk"), bool):
        values["kiosk"] = defaults.kiosk
    idle = values.get("idle_minutes")
    if not isinstance(idle, int) or isinstance(idle, bool) or not 1 <= idle <= 30:
        values["idle_minutes"] = defaults.idle_minutes
    return MachineSettings(**values)


def save_settings(path: Path, settings: MachineSettings) -> None:
    """Write the settings atomically. Raises OSError."""
    write_atomically(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
