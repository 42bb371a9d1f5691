"""Frozen data the services hand to the UI, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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


@dataclass(frozen=True)
class StaffSummary:
    id: int
    username: str
    full_name: str
    role: str
    is_active: bool
