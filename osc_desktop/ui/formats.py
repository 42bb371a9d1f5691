"""How the interface writes dates and times, everywhere the same: day first and a four-digit
year, as Indian forms write dates (dd-mm-yyyy), and a 24-hour clock in the centre's time zone
(services.clock), whatever this computer's zone is."""

from __future__ import annotations

from datetime import date, datetime

from osc_desktop.services.core import clock

# The same, in Qt's notation, for a QDateEdit's display format.
DATE_EDIT_FORMAT = "dd-MM-yyyy"


def format_date(value: date | None) -> str:
    """ "25-12-2026"; "" for none."""
    if value is None:
        return ""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def local_date(moment: datetime) -> date:
    """The centre's calendar date at a moment (an aware UTC moment, as the services give)."""
    return clock.local_date(moment)


def centre_today() -> date:
    """The centre's date today."""
    return clock.local_today()


def format_moment(value: datetime | None, *, seconds: bool = False) -> str:
    """A moment on the centre's clock: "25-12-2026 14:05" (with ":09" for the seconds if asked);
    "" for none."""
    if value is None:
        return ""
    local = clock.local_moment(value)
    text = f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"
    return f"{text}:{local.second:02d}" if seconds else text
