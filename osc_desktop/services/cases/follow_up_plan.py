"""The follow-up plan: at which months after disposal follow-ups fall due (a centre setting),
scheduled when a case is disposed and cancelled when it is reopened or erased.

Below `status` (which schedules and cancels) and `follow_ups` (which lists and records them),
so neither imports the other.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Case, Centre, FollowUp
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

DEFAULT_FOLLOW_UP_MONTHS = (1, 3, 6)
MAX_FOLLOW_UP_MONTH = 24
MAX_FOLLOW_UPS = 12

MONTHS_INVALID = QT_TRANSLATE_NOOP(
    "validation",
    "Give whole numbers of months from 1 to %1, separated by commas, each once, e.g. 1, 3, 6.",
)
MONTHS_TOO_MANY = QT_TRANSLATE_NOOP("validation", "At most %1 follow-ups can be scheduled.")


def add_months(day: date, months: int) -> date:
    """`day` plus whole calendar months, kept within the month: 31 Jan + 1 month = 28/29 Feb."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_follow_up_months(text: str) -> tuple[int, ...]:
    """ "1, 3, 6" (commas, spaces or semicolons; Devanagari digits too) as ascending months.

    Raises FieldInvalid: not whole numbers 1..24, a number twice, none, or more than 12.
    """
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    months: list[int] = []
    for part in parts:
        # int() reads any Unicode decimal digits, so "१, ३, ६" is accepted as typed.
        if not part.isdecimal():
            raise FieldInvalid(MONTHS_INVALID, MAX_FOLLOW_UP_MONTH)
        months.append(int(part))
    if not months or len(set(months)) != len(months):
        raise FieldInvalid(MONTHS_INVALID, MAX_FOLLOW_UP_MONTH)
    if any(not 1 <= m <= MAX_FOLLOW_UP_MONTH for m in months):
        raise FieldInvalid(MONTHS_INVALID, MAX_FOLLOW_UP_MONTH)
    if len(months) > MAX_FOLLOW_UPS:
        raise FieldInvalid(MONTHS_TOO_MANY, MAX_FOLLOW_UPS)
    return tuple(sorted(months))


def _stored_months(session: Session) -> tuple[int, ...]:
    stored = session.scalar(select(Centre.follow_up_months).limit(1))
    if not stored:
        return DEFAULT_FOLLOW_UP_MONTHS
    try:
        return parse_follow_up_months(stored)
    except FieldInvalid:
        return DEFAULT_FOLLOW_UP_MONTHS


def follow_up_months(uow: UnitOfWork) -> tuple[int, ...]:
    """The months after disposal at which follow-ups fall due, e.g. (1, 3, 6). No survivor data:
    no permission needed."""
    return _stored_months(uow.session)


def set_follow_up_months(uow: UnitOfWork, text: str, *, by: Actor) -> tuple[int, ...]:
    """Change the follow-up months for cases disposed from now on (already scheduled follow-ups
    stay as they are).

    Raises:
        ValidationError: field "follow_up_months".
        SessionEnded, PermissionDenied: the actor may not change settings.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.CHANGE_SETTINGS)
    try:
        months = parse_follow_up_months(text)
    except FieldInvalid as problem:
        raise ValidationError({"follow_up_months": problem}) from None
    centre = uow.session.scalars(select(Centre).limit(1)).one()
    stored = ",".join(str(m) for m in months)
    if centre.follow_up_months != stored:
        centre.follow_up_months = stored
        record_event(
            uow.session,
            user_id=by.user_id,
            action=AuditAction.SETTINGS_CHANGED,
            entity_type="centre",
            entity_id=centre.id,
            details={"fields": ["follow_up_months"], "follow_up_months": list(months)},
        )
        uow.commit()
    return months


def schedule_follow_ups(session: Session, case: Case, *, disposed_on: date) -> list[FollowUp]:
    """Add the case's follow-ups, due at the centre's months after `disposed_on` (no commit)."""
    follow_ups = [
        FollowUp(case_id=case.id, due_on=add_months(disposed_on, months))
        for months in _stored_months(session)
    ]
    session.add_all(follow_ups)
    session.flush()
    return follow_ups


def cancel_pending_follow_ups(session: Session, case_id: int) -> int:
    """Cancel the case's follow-ups not yet done (no commit); returns how many."""
    pending = session.scalars(
        select(FollowUp).where(
            FollowUp.case_id == case_id,
            FollowUp.done_at.is_(None),
            FollowUp.cancelled.is_(False),
        )
    ).all()
    for follow_up in pending:
        follow_up.cancelled = True
    session.flush()
    return len(pending)
