"""Signing in: one message for unknown user and wrong password, lockout, deactivation, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.errors import (
    AccountDeactivated,
    AccountLocked,
    LoginFailed,
    SessionEnded,
    ValidationError,
)
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.services.accounts import auth
from osc_desktop.services.accounts.auth import LOCKOUT, MAX_FAILED_LOGINS
from tests.conftest import MANAGER_PASSWORD

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _events(centre) -> list[tuple[str, int | None, str]]:
    with centre.database.unit_of_work() as uow:
        rows = uow.session.execute(
            select(AuditEvent.action, AuditEvent.user_id, AuditEvent.details).order_by(
                AuditEvent.id
            )
        )
        return [tuple(row) for row in rows]


def _log_in(centre, username, password, now=T0):
    with centre.database.unit_of_work() as uow:
        return auth.log_in(uow, username, password, now=now)


def test_the_right_password_signs_in_case_insensitively_and_is_audited(centre):
    actor = _log_in(centre, " Asha.Kumari ", MANAGER_PASSWORD)
    assert (actor.username, actor.role) == ("asha.kumari", "manager")
    assert _events(centre)[-1][:2] == ("login", actor.user_id)


def test_unknown_user_and_wrong_password_raise_the_same_error(centre):
    with pytest.raises(LoginFailed) as unknown:
        _log_in(centre, "nobody", MANAGER_PASSWORD)
    with pytest.raises(LoginFailed) as wrong:
        _log_in(centre, "asha.kumari", "wrong password")
    assert str(unknown.value) == str(wrong.value)
    events = _events(centre)
    assert [e[0] for e in events[-2:]] == ["login_failed", "login_failed"]
    assert events[-2][1] is None and '"unknown_user"' in events[-2][2]
    # The typed user name is never stored (it may be a password typed in the wrong box).
    assert all("nobody" not in e[2] for e in events)


def test_unknown_user_costs_a_password_check_like_a_wrong_password(centre, monkeypatch):
    checked = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda h, p: checked.append(h) or real(h, p))
    with pytest.raises(LoginFailed):
        _log_in(centre, "nobody", "x")
    assert len(checked) == 1 and checked[0].startswith("$argon2id$")


def test_five_failures_in_a_row_lock_for_fifteen_minutes_then_it_opens(centre):
    for attempt in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(LoginFailed):
            _log_in(centre, "asha.kumari", f"wrong {attempt}")
    with pytest.raises(AccountLocked) as locked:
        _log_in(centre, "asha.kumari", "wrong again")
    assert locked.value.args_for_message  # the local time it opens again
    with pytest.raises(AccountLocked):
        _log_in(centre, "asha.kumari", MANAGER_PASSWORD, now=T0 + LOCKOUT - timedelta(seconds=1))
    actor = _log_in(centre, "asha.kumari", MANAGER_PASSWORD, now=T0 + LOCKOUT)
    assert actor.username == "asha.kumari"
    actions = [e[0] for e in _events(centre)]
    assert actions.count("account_locked") == 1


def test_a_success_resets_the_count_of_failures(centre):
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(LoginFailed):
            _log_in(centre, "asha.kumari", "wrong")
    _log_in(centre, "asha.kumari", MANAGER_PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(LoginFailed):
            _log_in(centre, "asha.kumari", "wrong")


def test_a_deactivated_account_is_refused_only_after_the_right_password(centre, make_staff):
    make_staff("ravi.kumar", is_active=False)
    with pytest.raises(LoginFailed):
        _log_in(centre, "ravi.kumar", "wrong password")
    with pytest.raises(AccountDeactivated):
        _log_in(centre, "ravi.kumar", MANAGER_PASSWORD)


def test_a_temporary_password_must_be_changed(centre, make_staff):
    make_staff("ravi.kumar", must_change_password=True)
    actor = _log_in(centre, "ravi.kumar", MANAGER_PASSWORD)
    assert actor.must_change_password
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as bad:
        auth.change_own_password(uow, actor, "not it", "short", "short")
    assert set(bad.value.field_errors) == {"current", "new"}
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as same:
        auth.change_own_password(uow, actor, MANAGER_PASSWORD, MANAGER_PASSWORD, "x")
    assert set(same.value.field_errors) == {"new"}
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as differ:
        auth.change_own_password(uow, actor, MANAGER_PASSWORD, "a brand new one", "a brand new 1")
    assert set(differ.value.field_errors) == {"repeat"}
    with centre.database.unit_of_work() as uow:
        changed = auth.change_own_password(
            uow, actor, MANAGER_PASSWORD, "a brand new one", "a brand new one"
        )
    assert not changed.must_change_password
    assert not _log_in(centre, "ravi.kumar", "a brand new one").must_change_password
    assert _events(centre)[-2][0] == "password_changed"


def test_refresh_sees_a_role_change_and_a_deactivation(centre, make_staff):
    user_id = make_staff("ravi.kumar")
    actor = _log_in(centre, "ravi.kumar", MANAGER_PASSWORD)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, user_id).role = "counsellor"
        uow.commit()
    with centre.database.unit_of_work() as uow:
        assert auth.refresh_actor(uow, actor).role == "counsellor"
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, user_id).is_active = False
        uow.commit()
    with centre.database.unit_of_work() as uow, pytest.raises(SessionEnded):
        auth.refresh_actor(uow, actor)


def test_lock_and_sign_out_are_audited(centre):
    actor = _log_in(centre, "asha.kumari", MANAGER_PASSWORD)
    with centre.database.unit_of_work() as uow:
        auth.record_screen_lock(uow, actor)
    with centre.database.unit_of_work() as uow:
        auth.log_out(uow, actor)
    assert [e[0] for e in _events(centre)[-2:]] == ["screen_locked", "logout"]
