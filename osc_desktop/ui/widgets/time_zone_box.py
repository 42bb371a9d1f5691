"""The centre's time zone chooser: every IANA zone, the centre's default (Asia/Kolkata) first."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QComboBox, QWidget

from osc_desktop.services.core.clock import DEFAULT_TIME_ZONE, time_zone_names


def _offset_label(name: str, now: datetime) -> str:
    offset = now.astimezone(ZoneInfo(name)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{name}  (UTC{sign}{hours:02d}:{rest:02d})"


class TimeZoneBox(QComboBox):
    """A combo box of time zone names shown with their offset today, e.g.
    "Asia/Kolkata  (UTC+05:30)"; `zone_name()` is the chosen name. Typing a name's first letters
    moves to it, as in any list."""

    def __init__(self, chosen: str = DEFAULT_TIME_ZONE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        now = datetime.now(UTC)
        for name in time_zone_names():
            self.addItem(_offset_label(name, now), name)
        self.setMaxVisibleItems(16)
        self.set_zone_name(chosen)

    def zone_name(self) -> str:
        return str(self.currentData())

    def set_zone_name(self, name: str) -> None:
        index = self.findData(name)
        self.setCurrentIndex(index if index >= 0 else 0)
