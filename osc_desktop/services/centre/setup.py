"""First-run set-up: the centre profile and the first manager account."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import AlreadySetUp, FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Centre, Role, StaffUser
from osc_desktop.security.keystore import MIN_PASSPHRASE_LENGTH
from osc_desktop.security.passwords import MIN_PASSWORD_LENGTH, hash_password
from osc_desktop.services.accounts.rules import check_new_secret, clean_username
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import (
    DEFAULT_TIME_ZONE,
    UnknownTimeZone,
    use_centre_time_zone,
    zone_for,
)
from osc_desktop.services.core.dto import Actor, CentreProfile
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.validation import (
    FieldErrors,
    clean_indian_phone,
    clean_short_number,
    clean_text,
)

CENTRE_CODE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Use 2 to 6 capital letters or digits, starting with a letter (e.g. PAT)."
)
TIME_ZONE_UNKNOWN = QT_TRANSLATE_NOOP("validation", "Choose a time zone from the list.")

_CENTRE_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


@dataclass(frozen=True)
class CentreProfileInput:
    name: str
    code: str
    district: str
    state: str
    address: str = ""
    phone: str = ""
    women_helpline: str = "181"
    emergency_number: str = "112"
    time_zone: str = DEFAULT_TIME_ZONE


@dataclass(frozen=True)
class ManagerAccountInput:
    full_name: str
    username: str
    password: str = field(repr=False)
    password_repeat: str = field(repr=False)


def _centre_code(value: str) -> str:
    code = value.strip().upper()
    if not _CENTRE_CODE.match(code):
        raise FieldInvalid(CENTRE_CODE_INVALID)
    return code


def clean_time_zone(value: str) -> str:
    """A time zone name from `clock.time_zone_names()`. Raises FieldInvalid otherwise."""
    name = value.strip()
    try:
        zone_for(name)
    except UnknownTimeZone:
        raise FieldInvalid(TIME_ZONE_UNKNOWN) from None
    return name


def clean_centre_profile(profile: CentreProfileInput) -> CentreProfileInput:
    """The profile with every field cleaned. Raises ValidationError naming each bad field."""
    c = FieldErrors()
    cleaned = CentreProfileInput(
        name=c.field("name", lambda: clean_text(profile.name, max_length=200, required=True)),
        code=c.field("code", lambda: _centre_code(profile.code)),
        district=c.field(
            "district", lambda: clean_text(profile.district, max_length=100, required=True)
        ),
        state=c.field("state", lambda: clean_text(profile.state, max_length=100, required=True)),
        address=c.field(
            "address",
            lambda: clean_text(profile.address, max_length=500, required=False, multiline=True),
        ),
        phone=c.field("phone", lambda: clean_indian_phone(profile.phone, required=False)),
        women_helpline=c.field(
            "women_helpline", lambda: clean_short_number(profile.women_helpline, required=True)
        ),
        emergency_number=c.field(
            "emergency_number", lambda: clean_short_number(profile.emergency_number, required=True)
        ),
        time_zone=c.field("time_zone", lambda: clean_time_zone(profile.time_zone)),
    )
    c.raise_if_any()
    return cleaned


def clean_manager_account(account: ManagerAccountInput) -> ManagerAccountInput:
    """The account with every field cleaned. Raises ValidationError naming each bad field."""
    c = FieldErrors()
    cleaned = ManagerAccountInput(
        full_name=c.field(
            "full_name", lambda: clean_text(account.full_name, max_length=120, required=True)
        ),
        username=c.field("username", lambda: clean_username(account.username)),
        password=check_new_secret(
            account.password, account.password_repeat, MIN_PASSWORD_LENGTH, c, "password"
        ),
        password_repeat=account.password_repeat,
    )
    c.raise_if_any()
    return cleaned


def clean_new_passphrase(passphrase: str, repeat: str) -> str:
    """A new centre passphrase. Raises ValidationError (fields passphrase, passphrase_repeat)."""
    c = FieldErrors()
    value = check_new_secret(passphrase, repeat, MIN_PASSPHRASE_LENGTH, c, "passphrase")
    c.raise_if_any()
    return value


def get_centre_profile(uow: UnitOfWork) -> CentreProfile | None:
    """The centre's profile, or None before set-up."""
    centre = uow.session.scalars(select(Centre).order_by(Centre.id).limit(1)).first()
    return None if centre is None else _profile(centre)


def record_centre(
    uow: UnitOfWork, profile: CentreProfileInput, manager: ManagerAccountInput
) -> CentreProfile:
    """Save the centre profile and its first manager in one transaction.

    Raises:
        ValidationError: a field of either is not acceptable.
        AlreadySetUp: the database already has a centre.
    """
    profile = clean_centre_profile(profile)
    manager = clean_manager_account(manager)
    password_hash = hash_password(manager.password)  # before the write lock: it is slow
    uow.lock_for_writing()
    if uow.session.scalar(select(func.count()).select_from(Centre)):
        raise AlreadySetUp()
    centre = Centre(
        name=profile.name,
        code=profile.code,
        district=profile.district,
        state=profile.state,
        address=profile.address,
        phone=profile.phone,
        women_helpline=profile.women_helpline,
        emergency_number=profile.emergency_number,
        time_zone=profile.time_zone,
    )
    uow.session.add(centre)
    first_manager = StaffUser(
        username=manager.username,
        full_name=manager.full_name,
        role=Role.MANAGER,
        password_hash=password_hash,
        is_active=True,
        must_change_password=False,
    )
    uow.session.add(first_manager)
    uow.session.flush()
    record_event(
        uow.session,
        user_id=first_manager.id,
        action=AuditAction.CENTRE_SET_UP,
        entity_type="centre",
        entity_id=centre.code,
    )
    uow.commit()
    use_centre_time_zone(centre.time_zone)
    return _profile(centre)


def set_centre_time_zone(uow: UnitOfWork, name: str, *, by: Actor) -> CentreProfile:
    """Change the zone the centre's dates and times are taken in (audited, manager only).

    Cases keep their numbers and moments; what changes is the local day and time they are
    shown and counted in, from now on, on this computer (others when they next open the centre).

    Raises:
        ValidationError: field "time_zone" is not a known zone.
        SessionEnded, PermissionDenied: the actor may not change settings.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.CHANGE_SETTINGS)
    try:
        zone = clean_time_zone(name)
    except FieldInvalid as problem:
        raise ValidationError({"time_zone": problem}) from None
    centre = uow.session.scalars(select(Centre).order_by(Centre.id).limit(1)).one()
    if centre.time_zone != zone:
        record_event(
            uow.session,
            user_id=by.user_id,
            action=AuditAction.SETTINGS_CHANGED,
            entity_type="centre",
            entity_id=centre.id,
            details={"fields": ["time_zone"], "time_zone": zone, "was": centre.time_zone},
        )
        centre.time_zone = zone
        uow.commit()
    use_centre_time_zone(zone)
    return _profile(centre)


def _profile(centre: Centre) -> CentreProfile:
    return CentreProfile(
        name=centre.name,
        code=centre.code,
        district=centre.district,
        state=centre.state,
        address=centre.address,
        phone=centre.phone,
        women_helpline=centre.women_helpline,
        emergency_number=centre.emergency_number,
        created_at=centre.created_at,
        time_zone=centre.time_zone,
    )
