"""Frozen data the services hand to the UI, never live ORM objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


def ids_only_repr(*shown: str) -> Callable[[object], str]:
    """A `__repr__` that shows only the named (non-identifying) fields, e.g. ids.

    Data about survivors must never reach a log or a traceback through a repr. Assigned in a
    dataclass's body (`__repr__ = ids_only_repr("id")`), it is kept: @dataclass does not replace
    a __repr__ the class defines itself.
    """

    def __repr__(self: object) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__name__}({values})"

    return __repr__


@dataclass(frozen=True)
class CentreProfile:
    name: str
    code: str
    district: str
    state: str
    address: str
    phone: str
    women_helpline: str
    emergency_number: str
    created_at: datetime
    time_zone: str = "Asia/Kolkata"


@dataclass(frozen=True)
class StaffSummary:
    id: int
    username: str
    full_name: str
    role: str
    is_active: bool


@dataclass(frozen=True)
class Actor:
    """The signed-in member of staff, passed to every service that needs to know who acts.

    Services re-read the account on each protected call, so a role changed or an account
    deactivated meanwhile takes effect at once; `role` here is what the UI shows and hides by.
    """

    user_id: int
    username: str
    full_name: str
    role: str
    must_change_password: bool = False
