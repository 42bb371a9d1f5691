"""The demo centre's profile and staff accounts (their passwords are public: README, "Demo
centre"), and adding the accounts after the first manager's."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from osc_desktop.models import Role, StaffUser
from osc_desktop.security.passwords import hash_password
from osc_desktop.services.centre.setup import CentreProfileInput
from osc_desktop.services.core.audit_log import AuditAction, record_event

DEMO_PROFILE = CentreProfileInput(
    name="One Stop Centre, Patna (demo)",
    code="PAT",
    district="Patna",
    state="Bihar",
    address="Sadar Hospital campus\nPatna 800001",
    phone="0612 2345678",
)


@dataclass(frozen=True)
class DemoAccount:
    """A staff account of the demo centre; its password is public (README, "Demo centre")."""

    username: str
    full_name: str
    role: str
    password: str = field(repr=False)


# The first is the centre's first manager. Listed in README.md; change both together.
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("manager", "Asha Kumari", Role.MANAGER.value, "demo-manager-1"),
    DemoAccount("operator1", "Ravi Ranjan", Role.OPERATOR.value, "demo-operator-1"),
    DemoAccount("operator2", "नेहा सिन्हा", Role.OPERATOR.value, "demo-operator-2"),
    DemoAccount("counsellor1", "Priya Sharma", Role.COUNSELLOR.value, "demo-counsellor-1"),
    DemoAccount("counsellor2", "मीरा देवी", Role.COUNSELLOR.value, "demo-counsellor-2"),
)


@dataclass
class StaffIds:
    """The ids of the demo centre's staff accounts, by role."""

    manager: int
    operators: tuple[int, ...]
    counsellors: tuple[int, ...]


def hash_passwords() -> dict[str, str]:
    """The password hashes of the demo accounts after the manager's, by username (slow: made
    before the write lock is taken)."""
    return {a.username: hash_password(a.password) for a in DEMO_ACCOUNTS[1:]}


def add_staff(session: Session, hashes: dict[str, str]) -> StaffIds:
    """Add the demo accounts after the manager's (`hashes` from `hash_passwords`), each audited
    as made by the manager; the ids of all of them."""
    manager = session.scalars(
        select(StaffUser).where(StaffUser.username == DEMO_ACCOUNTS[0].username)
    ).one()
    ids: dict[str, list[int]] = {Role.OPERATOR.value: [], Role.COUNSELLOR.value: []}
    for account in DEMO_ACCOUNTS[1:]:
        user = StaffUser(
            username=account.username,
            full_name=account.full_name,
            role=Role(account.role),
            password_hash=hashes[account.username],
            is_active=True,
            must_change_password=False,
        )
        session.add(user)
        session.flush()
        ids[account.role].append(user.id)
        record_event(
            session,
            user_id=manager.id,
            action=AuditAction.USER_CREATED,
            entity_type="staff_user",
            entity_id=user.id,
            details={"role": account.role},
        )
    return StaffIds(
        manager=manager.id,
        operators=tuple(ids[Role.OPERATOR.value]),
        counsellors=tuple(ids[Role.COUNSELLOR.value]),
    )
