"""The centre's clock: every local date and time comes from the centre's time zone.

The moments the services keep are aware UTC datetimes. Case numbers (the financial year of the
day of registration), "today", days since registration, follow-up dates and the times printed
or shown are taken in the centre's own time zone, kept in its profile (`centre.time_zone`,
`Asia/Kolkata` unless chosen otherwise), never in the computer's: a centre PC whose clock is set
to UTC must still number a case registered at 00:30 IST on 1 April in the new financial year.

The zone is held for the process. Opening a centre (`storage`) and changing its time zone
(`centre_setup.set_centre_time_zone`) set it; before a centre is opened it is the default. A
centre's time zone is chosen at set-up and changed very rarely: another computer of the same
centre takes a change the next time it opens the centre.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_TIME_ZONE = "Asia/Kolkata"

_current: list[str] = [DEFAULT_TIME_ZONE]


class UnknownTimeZone(ValueError):
    """The name is not a time zone of the IANA database (e.g. "Asia/Kolkata")."""


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every time zone name that can be chosen, sorted; the default first."""
    names = sorted(name for name in available_timezones() if "/" in name and "Etc/" not in name)
    return (DEFAULT_TIME_ZONE, *(name for name in names if name != DEFAULT_TIME_ZONE))


def zone_for(name: str) -> ZoneInfo:
    """The time zone called `name`.

    Raises:
        UnknownTimeZone: `name` is not one of `time_zone_names()`.
    """
    if name not in time_zone_names():
        raise UnknownTimeZone(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(name) from None


def use_centre_time_zone(name: str) -> None:
    """Take every local date and time from `name` from now on in this process.

    An unknown name (a profile written by a newer version with a zone this one lacks) falls
    back to the default rather than to the computer's zone.
    """
    try:
        zone_for(name)
    except UnknownTimeZone:
        name = DEFAULT_TIME_ZONE
    _current[0] = name


def centre_time_zone_name() -> str:
    """The name of the zone local dates are taken in, e.g. "Asia/Kolkata"."""
    return _current[0]


def centre_zone() -> tzinfo:
    """The zone local dates and times are taken in."""
    return ZoneInfo(_current[0])


def utc_now() -> datetime:
    """This moment, aware, in UTC."""
    return datetime.now(UTC)


def local_moment(moment: datetime) -> datetime:
    """An aware moment as the centre's wall clock shows it."""
    return moment.astimezone(centre_zone())


def local_date(moment: datetime) -> date:
    """The centre's calendar date at an aware moment."""
    return local_moment(moment).date()


def local_today(now: datetime | None = None) -> date:
    """The centre's date today (or at `now`)."""
    return local_date(now or utc_now())


def start_of_local_day(day: date) -> datetime:
    """The UTC moment at which the centre's calendar day `day` begins."""
    return datetime.combine(day, time.min, tzinfo=centre_zone()).astimezone(UTC)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of the centre's calendar day `day`, as UTC moments."""
    return start_of_local_day(day), start_of_local_day(day + timedelta(days=1))


def at_local_time(day: date, hour: int, minute: int = 0) -> datetime:
    """The UTC moment at which the centre's clock shows `hour`:`minute` on `day`."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=centre_zone()).astimezone(
        UTC
    )
