"""The centre's own profile: one row, made by the first-run set-up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from osc_desktop.models.base import Base, UtcDateTime, utc_now


class Centre(Base):
    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Short code used in case numbers, e.g. PAT in PAT/2026-27/0042.
    code: Mapped[str] = mapped_column(String(8), unique=True)
    district: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    women_helpline: Mapped[str] = mapped_column(String(20), default="181")
    emergency_number: Mapped[str] = mapped_column(String(20), default="112")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    # Months after disposal at which a follow-up falls due, e.g. "1,3,6".
    follow_up_months: Mapped[str] = mapped_column(
        String(40), default="1,3,6", server_default="1,3,6"
    )
    # The IANA zone every local date and time of the centre is taken in (services/clock.py).
    time_zone: Mapped[str] = mapped_column(
        String(64), default="Asia/Kolkata", server_default="Asia/Kolkata"
    )
