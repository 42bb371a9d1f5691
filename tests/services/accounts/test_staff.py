"""Staff administration: temporary passwords, the last manager, audit rows, the role matrix."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.errors import (
    AccountDeactivated,
    AccountLocked,
    LastManager,
    LoginFailed,
    PermissionDenied,
    SessionEnded,
    UserNotFound,
    ValidationError,
)
from osc_desktop.models import AuditEvent, Role, StaffUser
from osc_desktop.security.passwords import MIN_PASSWORD_LENGTH
from osc_desktop.services.accounts import staff as sa
from osc_desktop.services.accounts.auth import change_own_password, log_in
from osc_desktop.services.accounts.rules import USERNAME_INVALID
from osc_desktop.services.accounts.staff import (
    ROLE_INVALID,
    ROLE_LABELS,
    USERNAME_TAKEN,
    NewStaffInput,
)
from osc_desktop.services.core.audit_log import AuditAction
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.validation import REQUIRED, TOO_LONG
from tests.conftest import MANAGER_PASSWORD

NEW_PASSWORD = "meri apni lambi line"
TEMPORARY = re.compile(r"^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$")


def _actor(db, username: str) -> Actor:
    with db.unit_of_work() as uow:
        user = uow.session.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        return Actor(user.id, user.username, user.full_name, user.role.value)


@pytest.fixture
def boss(db) -> Actor:
    return _actor(db, "asha.kumari")


def _add(db, actor: Actor, username: str, role: str = "operator", full_name: str = "") -> Actor:
    with db.unit_of_work() as uow:
        issued = sa.create_staff(
            uow, actor, NewStaffInput(full_name or username.title(), username, role)
        )
    return Actor(issued.user_id, issued.username, full_name or username.title(), role)


def _user(db, user_id: int) -> StaffUser:
    with db.unit_of_work() as uow:
        user = uow.session.get(StaffUser, user_id)
        uow.session.expunge(user)
        return user


def _events(db, action: AuditAction | None = None) -> list[AuditEvent]:
    with db.unit_of_work() as uow:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action is not None:
            query = query.where(AuditEvent.action == action.value)
        events = list(uow.session.scalars(query))
        uow.session.expunge_all()
        return events


def _field_errors(call) -> dict:
    with pytest.raises(ValidationError) as caught:
        call()
    return {name: problem.message for name, problem in caught.value.field_errors.items()}


def _lock(db, user_id: int) -> None:
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        user = uow.session.get(StaffUser, user_id)
        user.failed_logins = 3
        user.locked_until = datetime.now(UTC) + timedelta(minutes=10)
        uow.commit()


# -- adding staff ------------------------------------------------------------------------------


def test_a_new_account_gets_a_readable_temporary_password_that_must_be_changed(db, boss):
    with db.unit_of_work() as uow:
        issued = sa.create_staff(
            uow, boss, NewStaffInput("  सुनीता देवी ", " Sunita.Devi ", "counsellor")
        )
    assert issued.username == "sunita.devi"
    assert TEMPORARY.match(issued.temporary_password)
    assert issued.temporary_password not in repr(issued)
    stored = _user(db, issued.user_id)
    assert (stored.full_name, stored.role, stored.is_active) == (
        "सुनीता देवी",
        Role.COUNSELLOR,
        True,
    )
    assert stored.must_change_password
    assert issued.temporary_password not in stored.password_hash

    with db.unit_of_work() as uow:
        signed_in = log_in(uow, "sunita.devi", issued.temporary_password)
    assert signed_in.must_change_password
    assert signed_in.role == "counsellor"
    with db.unit_of_work() as uow:
        after = change_own_password(
            uow,
            signed_in,
            issued.temporary_password,
            "meri apni lambi line",
            "meri apni lambi line",
        )
    assert not after.must_change_password
    with db.unit_of_work() as uow:
        assert not log_in(uow, "sunita.devi", NEW_PASSWORD).must_change_password


def test_temporary_passwords_are_long_enough_and_differ():
    made = {sa.new_temporary_password() for _ in range(200)}
    assert len(made) == 200
    for password in made:
        assert TEMPORARY.match(password)
        assert len(password.replace("-", "")) >= MIN_PASSWORD_LENGTH


def test_every_problem_with_a_new_account_is_reported_at_once(db, boss):
    with db.unit_of_work() as uow:
        errors = _field_errors(
            lambda: sa.create_staff(uow, boss, NewStaffInput("", "A B", "director"))
        )
    assert errors == {"full_name": REQUIRED, "username": USERNAME_INVALID, "role": ROLE_INVALID}


def test_full_name_over_120_characters_is_refused_not_cut(db, boss):
    with db.unit_of_work() as uow:
        errors = _field_errors(
            lambda: sa.create_staff(uow, boss, NewStaffInput("क" * 121, "long.name", "operator"))
        )
    assert errors == {"full_name": TOO_LONG}
    with db.unit_of_work() as uow:
        sa.create_staff(uow, boss, NewStaffInput("क" * 120, "long.name", "operator"))


@pytest.mark.parametrize("typed", ["asha.kumari", "Asha.Kumari", "  ASHA.KUMARI "])
def test_user_names_are_unique_whatever_the_capitals(db, boss, typed):
    with db.unit_of_work() as uow:
        errors = _field_errors(
            lambda: sa.create_staff(uow, boss, NewStaffInput("Another Asha", typed, "operator"))
        )
    assert errors == {"username": USERNAME_TAKEN}
    assert len(_events(db, AuditAction.USER_CREATED)) == 0


def test_a_refused_account_is_not_saved(db, boss):
    with db.unit_of_work() as uow, pytest.raises(ValidationError):
        sa.create_staff(uow, boss, NewStaffInput("Ravi", "ravi", "director"))
    with db.unit_of_work() as uow:
        assert [r.username for r in sa.list_staff(uow, boss)] == ["asha.kumari"]


def test_every_role_has_a_label():
    assert set(ROLE_LABELS) == {role.value for role in Role}


# -- listing ------------------------------------------------------------------------------------


def test_list_shows_active_first_then_by_name_with_lock_and_password_state(db, boss):
    zoya = _add(db, boss, "zoya", full_name="Zoya Khan")
    bina = _add(db, boss, "bina", full_name="bina Rai")
    chetna = _add(db, boss, "chetna", full_name="Chetna Das")
    with db.unit_of_work() as uow:
        sa.deactivate(uow, boss, bina.user_id)
    _lock(db, chetna.user_id)
    with db.unit_of_work() as uow:
        rows = sa.list_staff(uow, boss)
    assert [r.username for r in rows] == ["asha.kumari", "chetna", "zoya", "bina"]
    by_name = {r.username: r for r in rows}
    assert by_name["chetna"].locked
    assert not by_name["zoya"].locked
    assert by_name["zoya"].must_change_password
    assert not by_name["asha.kumari"].must_change_password
    assert not by_name["bina"].is_active
    assert by_name["zoya"].role == "operator"
    assert by_name["zoya"].id == zoya.user_id
    # A lock that has run out is not shown as locked.
    with db.unit_of_work() as uow:
        later = sa.list_staff(uow, boss, now=datetime.now(UTC) + timedelta(minutes=20))
    assert not {r.username: r for r in later}["chetna"].locked


# -- changing ---------------------------------------------------------------------------------


def test_rename_and_role_change_audit_the_field_names_only(db, boss):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow:
        row = sa.update_staff(uow, boss, ravi.user_id, full_name="रवि कुमार", role="counsellor")
    assert (row.full_name, row.role) == ("रवि कुमार", "counsellor")
    [event] = _events(db, AuditAction.USER_UPDATED)
    assert (event.user_id, event.entity_type, event.entity_id) == (
        boss.user_id,
        "staff_user",
        str(ravi.user_id),
    )
    assert json.loads(event.details) == {"fields": ["full_name", "role"]}
    assert "रवि" not in event.details


def test_an_unchanged_account_records_nothing(db, boss):
    ravi = _add(db, boss, "ravi", full_name="Ravi")
    with db.unit_of_work() as uow:
        sa.update_staff(uow, boss, ravi.user_id, full_name=" Ravi ", role="operator")
    assert _events(db, AuditAction.USER_UPDATED) == []


def test_change_role_alone(db, boss):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow:
        assert sa.change_role(uow, boss, ravi.user_id, "manager").role == "manager"
    [event] = _events(db, AuditAction.USER_UPDATED)
    assert json.loads(event.details) == {"fields": ["role"]}


def test_update_refuses_a_bad_name_or_role_and_changes_nothing(db, boss):
    ravi = _add(db, boss, "ravi", full_name="Ravi")
    with db.unit_of_work() as uow:
        errors = _field_errors(lambda: sa.update_staff(uow, boss, ravi.user_id, "  ", "boss"))
    assert errors == {"full_name": REQUIRED, "role": ROLE_INVALID}
    stored = _user(db, ravi.user_id)
    assert (stored.full_name, stored.role) == ("Ravi", Role.OPERATOR)


# -- the last manager ----------------------------------------------------------------------------


def test_the_only_manager_can_be_neither_deactivated_nor_demoted(db, boss):
    for attempt in (
        lambda uow: sa.deactivate(uow, boss, boss.user_id),
        lambda uow: sa.update_staff(uow, boss, boss.user_id, role="operator"),
        lambda uow: sa.change_role(uow, boss, boss.user_id, "counsellor"),
    ):
        with db.unit_of_work() as uow, pytest.raises(LastManager):
            attempt(uow)
    stored = _user(db, boss.user_id)
    assert (stored.is_active, stored.role) == (True, Role.MANAGER)
    assert _events(db, AuditAction.USER_DEACTIVATED) == []
    assert _events(db, AuditAction.USER_UPDATED) == []


def test_a_deactivated_manager_does_not_count(db, boss):
    meena = _add(db, boss, "meena", role="manager")
    with db.unit_of_work() as uow:
        sa.deactivate(uow, boss, meena.user_id)
    with db.unit_of_work() as uow, pytest.raises(LastManager):
        sa.deactivate(uow, boss, boss.user_id)
    # Renaming the only manager is fine: only leaving no manager is refused.
    with db.unit_of_work() as uow:
        sa.update_staff(uow, boss, boss.user_id, full_name="Asha Kumari Singh", role="manager")


def test_with_a_second_manager_a_manager_may_step_down_or_leave(db, boss):
    meena = _add(db, boss, "meena", role="manager")
    with db.unit_of_work() as uow:
        sa.change_role(uow, boss, meena.user_id, "operator")
    with db.unit_of_work() as uow:
        sa.change_role(uow, boss, meena.user_id, "manager")
    # Deactivating oneself is allowed while another manager remains; the session then ends.
    with db.unit_of_work() as uow:
        assert not sa.deactivate(uow, boss, boss.user_id).is_active
    with db.unit_of_work() as uow, pytest.raises(SessionEnded):
        sa.list_staff(uow, boss)
    # ...and the other manager, now the only one, cannot leave.
    with db.unit_of_work() as uow, pytest.raises(LastManager):
        sa.deactivate(uow, meena, meena.user_id)


# -- passwords and lockouts ----------------------------------------------------------------------


def test_reset_password_issues_a_new_temporary_one_and_clears_a_lockout(db, boss):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow:
        first = sa.reset_password(uow, boss, ravi.user_id)
    with db.unit_of_work() as uow:
        signed_in = log_in(uow, "ravi", first.temporary_password)
    with db.unit_of_work() as uow:
        change_own_password(
            uow, signed_in, first.temporary_password, "ravi ka naya pass", "ravi ka naya pass"
        )
    for _ in range(5):  # five wrong passwords in a row lock the account
        with db.unit_of_work() as uow, pytest.raises((LoginFailed, AccountLocked)):
            log_in(uow, "ravi", "wrong password!")
    with db.unit_of_work() as uow:
        assert {r.username: r for r in sa.list_staff(uow, boss)}["ravi"].locked

    with db.unit_of_work() as uow:
        issued = sa.reset_password(uow, boss, ravi.user_id)
    assert issued.temporary_password != first.temporary_password
    stored = _user(db, ravi.user_id)
    assert (stored.locked_until, stored.failed_logins, stored.must_change_password) == (
        None,
        0,
        True,
    )
    with db.unit_of_work() as uow, pytest.raises(LoginFailed):
        log_in(uow, "ravi", "ravi ka naya pass")
    with db.unit_of_work() as uow:
        assert log_in(uow, "ravi", issued.temporary_password).must_change_password
    events = _events(db, AuditAction.USER_PASSWORD_RESET)
    assert [e.entity_id for e in events] == [str(ravi.user_id)] * 2
    assert all(issued.temporary_password not in e.details for e in events)


def test_unlock_ends_a_lockout_at_once(db, boss):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow:
        issued = sa.reset_password(uow, boss, ravi.user_id)
    _lock(db, ravi.user_id)
    with db.unit_of_work() as uow:
        row = sa.unlock_account(uow, boss, ravi.user_id)
    assert not row.locked
    stored = _user(db, ravi.user_id)
    assert (stored.locked_until, stored.failed_logins) == (None, 0)
    with db.unit_of_work() as uow:
        log_in(uow, "ravi", issued.temporary_password)
    [event] = _events(db, AuditAction.ACCOUNT_UNLOCKED)
    assert (event.user_id, event.entity_id) == (boss.user_id, str(ravi.user_id))
    assert json.loads(event.details) == {"was_locked": True}


# -- deactivating -------------------------------------------------------------------------------


def test_deactivate_keeps_the_account_and_reactivate_restores_it(db, boss):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow:
        issued = sa.reset_password(uow, boss, ravi.user_id)
    with db.unit_of_work() as uow:
        assert not sa.deactivate(uow, boss, ravi.user_id).is_active
    with db.unit_of_work() as uow:
        sa.deactivate(uow, boss, ravi.user_id)  # again: nothing more happens
    with db.unit_of_work() as uow, pytest.raises(AccountDeactivated):
        log_in(uow, "ravi", issued.temporary_password)
    with db.unit_of_work() as uow:
        assert "ravi" in [r.username for r in sa.list_staff(uow, boss)]
    with db.unit_of_work() as uow:
        assert sa.reactivate(uow, boss, ravi.user_id).is_active
    with db.unit_of_work() as uow:
        sa.reactivate(uow, boss, ravi.user_id)  # again: nothing more happens
    with db.unit_of_work() as uow:
        log_in(uow, "ravi", issued.temporary_password)
    for action in (AuditAction.USER_DEACTIVATED, AuditAction.USER_REACTIVATED):
        [event] = _events(db, action)
        assert (event.user_id, event.entity_type, event.entity_id) == (
            boss.user_id,
            "staff_user",
            str(ravi.user_id),
        )


def test_creating_audits_the_role_and_never_the_name_or_password(db, boss):
    with db.unit_of_work() as uow:
        issued = sa.create_staff(uow, boss, NewStaffInput("Farida Begum", "farida", "counsellor"))
    [event] = _events(db, AuditAction.USER_CREATED)
    assert (event.user_id, event.entity_type, event.entity_id) == (
        boss.user_id,
        "staff_user",
        str(issued.user_id),
    )
    assert json.loads(event.details) == {"role": "counsellor"}
    for event in _events(db):
        assert "Farida" not in event.details
        assert issued.temporary_password not in event.details


# -- a changed account while signed in -----------------------------------------------------------


def test_an_operator_made_manager_may_manage_staff_with_the_same_session(db, boss):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow, pytest.raises(PermissionDenied):
        sa.list_staff(uow, ravi)
    with db.unit_of_work() as uow:
        sa.change_role(uow, boss, ravi.user_id, "manager")
    with db.unit_of_work() as uow:
        assert len(sa.list_staff(uow, ravi)) == 2


def test_a_manager_demoted_while_signed_in_is_refused_at_the_next_action(db, boss):
    meena = _add(db, boss, "meena", role="manager")
    with db.unit_of_work() as uow:
        sa.list_staff(uow, meena)
    with db.unit_of_work() as uow:
        sa.change_role(uow, boss, meena.user_id, "counsellor")
    with db.unit_of_work() as uow, pytest.raises(PermissionDenied):
        sa.list_staff(uow, meena)
    [denied] = _events(db, AuditAction.PERMISSION_DENIED)
    assert denied.user_id == meena.user_id


def test_a_user_deactivated_while_signed_in_is_signed_out_and_cannot_sign_in(db, boss):
    meena = _add(db, boss, "meena", role="manager")
    with db.unit_of_work() as uow:
        issued = sa.reset_password(uow, boss, meena.user_id)
    with db.unit_of_work() as uow:
        session = log_in(uow, "meena", issued.temporary_password)
    with db.unit_of_work() as uow:
        sa.deactivate(uow, boss, meena.user_id)
    with db.unit_of_work() as uow, pytest.raises(SessionEnded):
        sa.list_staff(uow, session)
    with db.unit_of_work() as uow, pytest.raises(SessionEnded):
        sa.create_staff(uow, session, NewStaffInput("Someone", "someone", "operator"))
    with db.unit_of_work() as uow, pytest.raises(AccountDeactivated):
        log_in(uow, "meena", issued.temporary_password)


# -- every function, every role ----------------------------------------------------------------

CALLS = {
    "list_staff": lambda uow, actor, target: sa.list_staff(uow, actor),
    "create_staff": lambda uow, actor, target: sa.create_staff(
        uow, actor, NewStaffInput("Naya Vyakti", "naya", "operator")
    ),
    "update_staff": lambda uow, actor, target: sa.update_staff(
        uow, actor, target, full_name="Changed"
    ),
    "change_role": lambda uow, actor, target: sa.change_role(uow, actor, target, "counsellor"),
    "reset_password": lambda uow, actor, target: sa.reset_password(uow, actor, target),
    "deactivate": lambda uow, actor, target: sa.deactivate(uow, actor, target),
    "reactivate": lambda uow, actor, target: sa.reactivate(uow, actor, target),
    "unlock_account": lambda uow, actor, target: sa.unlock_account(uow, actor, target),
}
TARGETED = [name for name in CALLS if name not in ("list_staff", "create_staff")]


@pytest.mark.parametrize("role", ["operator", "counsellor"])
@pytest.mark.parametrize("call", CALLS)
def test_only_a_manager_may_administer_staff(db, boss, role, call):
    someone = _add(db, boss, "someone", role=role)
    before = _events(db)
    with db.unit_of_work() as uow, pytest.raises(PermissionDenied):
        CALLS[call](uow, someone, boss.user_id)
    new = _events(db)[len(before) :]
    assert [(e.action, e.user_id) for e in new] == [("permission_denied", someone.user_id)]
    assert json.loads(new[0].details) == {"permission": "manage_staff"}
    stored = _user(db, boss.user_id)
    assert (stored.full_name, stored.role, stored.is_active) == (
        "Asha Kumari",
        Role.MANAGER,
        True,
    )
    with db.unit_of_work() as uow:
        assert len(sa.list_staff(uow, boss)) == 2


@pytest.mark.parametrize("call", TARGETED)
def test_an_unknown_account_is_user_not_found(db, boss, call):
    with db.unit_of_work() as uow, pytest.raises(UserNotFound):
        CALLS[call](uow, boss, 9999)


@pytest.mark.parametrize("call", CALLS)
def test_a_manager_may_do_each_and_each_change_is_audited(db, boss, call):
    ravi = _add(db, boss, "ravi")
    with db.unit_of_work() as uow:
        sa.deactivate(uow, boss, ravi.user_id)  # so that reactivate has something to do
    before = len(_events(db))
    with db.unit_of_work() as uow:
        CALLS[call](uow, boss, ravi.user_id)
    new = _events(db)[before:]
    expected = {
        "list_staff": [],
        "create_staff": ["user_created"],
        "update_staff": ["user_updated"],
        "change_role": ["user_updated"],
        "reset_password": ["user_password_reset"],
        "deactivate": [],  # already deactivated: nothing to record
        "reactivate": ["user_reactivated"],
        "unlock_account": ["account_unlocked"],
    }[call]
    assert [e.action for e in new] == expected
    assert all(e.user_id == boss.user_id for e in new)


def test_the_manager_logs_in_with_the_set_up_password(db):
    # The fixture's manager is the real first account (guards the fixtures above).
    with db.unit_of_work() as uow:
        assert log_in(uow, "asha.kumari", MANAGER_PASSWORD).role == "manager"
