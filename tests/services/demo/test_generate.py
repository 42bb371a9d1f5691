"""The demo centre: a new centre with known staff and realistic, consistent synthetic cases."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from osc_desktop.errors import AlreadySetUp
from osc_desktop.models import (
    AuditEvent,
    Case,
    CaseChild,
    CaseLink,
    CaseSequence,
    CaseStatus,
    CaseViolence,
    FollowUp,
    Referral,
    ServiceKind,
    ServiceRecord,
    StaffUser,
    StatusChange,
    ViolenceKind,
)
from osc_desktop.paths import DataPaths
from osc_desktop.security.passwords import verify_password
from osc_desktop.services.accounts.auth import actor_for
from osc_desktop.services.audit.chain import verify_chain
from osc_desktop.services.cases.dto import CaseQuery
from osc_desktop.services.cases.numbers import format_case_number
from osc_desktop.services.cases.record import missing_sections
from osc_desktop.services.cases.search import search_cases
from osc_desktop.services.centre import storage
from osc_desktop.services.core.calendar import financial_year_label
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.validation import clean_indian_phone
from osc_desktop.services.demo import DEMO_ACCOUNTS, make_demo_centre
from tests.helpers import folder_fingerprint

CASES = 60
NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
PASSPHRASE = "demo centre passphrase"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[storage.OpenCentre, object]]:
    """One demo centre of 60 cases for the module (key behind a passphrase), open."""
    paths = DataPaths(tmp_path_factory.mktemp("demo") / "data")
    calls: list[tuple[int, int]] = []
    summary = make_demo_centre(
        paths,
        cases=CASES,
        seed=7,
        passphrase=PASSPHRASE,
        progress=lambda done, total: calls.append((done, total)),
        now=NOW,
    )
    assert calls and calls[-1] == (CASES, CASES)
    centre = storage.open_with_passphrase(paths, PASSPHRASE)
    try:
        yield centre, summary
    finally:
        centre.close()


@pytest.fixture
def session(demo):
    centre, _ = demo
    with centre.database.unit_of_work() as uow:
        yield uow.session


def _cases(session) -> list[Case]:
    return list(session.scalars(select(Case).order_by(Case.id)))


def test_the_summary_counts_what_is_in_the_database(demo, session):
    _, summary = demo
    assert summary.cases == CASES == session.scalar(select(func.count()).select_from(Case))
    assert summary.indexed == CASES
    assert summary.centre_code == "PAT"
    assert sum(n for _, n in summary.financial_years) == CASES
    assert summary.children == session.scalar(select(func.count()).select_from(CaseChild))
    assert summary.services == session.scalar(select(func.count()).select_from(ServiceRecord))
    assert summary.referrals == session.scalar(select(func.count()).select_from(Referral))
    assert summary.follow_ups == session.scalar(select(func.count()).select_from(FollowUp))
    assert summary.linked_pairs == session.scalar(select(func.count()).select_from(CaseLink))
    incomplete = session.scalar(select(func.count()).where(Case.intake_complete.is_(False)))
    assert summary.incomplete == incomplete
    disposed = session.scalar(select(func.count()).where(Case.status == CaseStatus.DISPOSED))
    assert summary.disposed == disposed


def test_staff_accounts_have_the_listed_roles_and_passwords(session):
    users = {u.username: u for u in session.scalars(select(StaffUser))}
    assert sorted(users) == sorted(a.username for a in DEMO_ACCOUNTS)
    roles = Counter(a.role for a in DEMO_ACCOUNTS)
    assert roles == {"manager": 1, "operator": 2, "counsellor": 2}
    for account in DEMO_ACCOUNTS:
        user = users[account.username]
        assert user.role.value == account.role
        assert user.is_active and not user.must_change_password
        assert verify_password(user.password_hash, account.password)
        assert account.password not in repr(account)


def test_every_kind_of_violence_occurs(session):
    kinds = set(session.scalars(select(CaseViolence.kind).distinct()))
    assert kinds == set(ViolenceKind)


def test_cases_span_several_financial_years_numbered_in_order(demo, session):
    _, summary = demo
    cases = _cases(session)
    assert len({c.financial_year for c in cases}) >= 4
    by_year: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        local_day = local_date(case.registered_at)
        assert case.financial_year == financial_year_label(local_day)
        assert case.case_number == format_case_number("PAT", case.financial_year, case.sequence)
        assert case.registered_at <= NOW
        by_year[case.financial_year].append(case)
    sequences = {
        row.financial_year: row.last_sequence for row in session.scalars(select(CaseSequence))
    }
    assert sequences == {year: len(rows) for year, rows in by_year.items()}
    assert dict(summary.financial_years) == sequences
    for rows in by_year.values():
        in_time = sorted(rows, key=lambda c: (c.registered_at, c.id))
        assert [c.sequence for c in in_time] == list(range(1, len(rows) + 1))


def test_returning_women_are_linked_with_her_name_in_the_other_script(session):
    links = list(session.scalars(select(CaseLink)))
    assert links
    for link in links:
        new, earlier = session.get(Case, link.case_id), session.get(Case, link.linked_case_id)
        assert earlier.registered_at < new.registered_at
        assert link.created_at == new.registered_at and link.removed_at is None
        assert new.full_name and earlier.full_name
        assert bool(DEVANAGARI.search(new.full_name)) != bool(DEVANAGARI.search(earlier.full_name))
        if new.age_years is not None and earlier.age_years is not None:
            assert 0 <= new.age_years - earlier.age_years <= 5


def test_intake_fields_are_consistent(session):
    phones = [c.phone for c in _cases(session) if c.phone]
    assert any(p.startswith("0") for p in phones) and any(len(p) == 10 for p in phones)
    for case in _cases(session):
        if case.phone:  # as the intake form would have saved it
            assert clean_indian_phone(case.phone, required=True) == case.phone
        if case.age_years is not None:
            assert case.is_minor == (case.age_years < 18)
        if case.date_of_birth is not None:
            born, on = case.date_of_birth, local_date(case.registered_at)
            years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
            assert years == case.age_years
        if case.incident_date is not None:
            assert case.incident_date <= local_date(case.registered_at)
        assert case.full_name or case.alias
        if case.name_withheld:
            assert not case.full_name and case.alias
        assert case.intake_complete == (not missing_sections(case))
        kinds = {v.kind for v in case.violence}
        if kinds & {ViolenceKind.CHILD_SEXUAL_ABUSE, ViolenceKind.CHILD_MARRIAGE}:
            assert case.is_minor
        if ViolenceKind.ELDER_ABUSE in kinds:
            assert case.age_years >= 60
        for child in case.children:
            assert 0 <= child.age_years <= 17
        assert case.updated_at >= case.registered_at


def test_some_cases_were_quick_registered_and_are_incomplete(session):
    incomplete = [c for c in _cases(session) if not c.intake_complete]
    assert incomplete
    assert all(missing_sections(c) for c in incomplete)
    assert all(c.status is CaseStatus.REGISTERED for c in incomplete)


def test_statuses_follow_their_changes(session):
    changes: dict[int, list[StatusChange]] = defaultdict(list)
    for change in session.scalars(select(StatusChange).order_by(StatusChange.changed_at)):
        changes[change.case_id].append(change)
    for case in _cases(session):
        steps = changes[case.id]
        assert steps[0].from_status is None and steps[0].to_status is CaseStatus.REGISTERED
        for before, after in pairwise(steps):
            assert after.from_status is before.to_status
        assert steps[-1].to_status is case.status
        assert all(s.changed_at <= NOW for s in steps)


def test_disposed_cases_have_an_outcome_and_follow_ups(session):
    disposed = [c for c in _cases(session) if c.status is CaseStatus.DISPOSED]
    assert len(disposed) >= CASES // 2
    follow_ups: dict[int, list[FollowUp]] = defaultdict(list)
    for follow_up in session.scalars(select(FollowUp).order_by(FollowUp.due_on)):
        follow_ups[follow_up.case_id].append(follow_up)
    for case in disposed:
        assert case.outcome is not None and case.disposed_at is not None
        rows = follow_ups[case.id]
        assert len(rows) == 3
        disposed_on = local_date(case.disposed_at)
        assert all(f.due_on > disposed_on for f in rows)
        assert all(f.done_at is None or f.done_at <= NOW for f in rows)
        assert all(not f.cancelled for f in rows)
    done = [f for rows in follow_ups.values() for f in rows if f.done_at is not None]
    assert done and all(f.result is not None and f.done_by_id is not None for f in done)


def test_services_include_counselling_with_confidential_notes(session):
    services = list(session.scalars(select(ServiceRecord)))
    assert {s.kind for s in services} >= {ServiceKind.COUNSELLING, ServiceKind.POLICE_HELP}
    assert any(s.kind is ServiceKind.COUNSELLING and s.confidential_notes for s in services)
    assert all(not s.confidential_notes for s in services if s.kind is not ServiceKind.COUNSELLING)
    registered = {c.id: local_date(c.registered_at) for c in _cases(session)}
    for service in services:
        assert registered[service.case_id] <= service.given_on <= local_date(NOW)
        assert service.recorded_at <= NOW


def test_the_search_finds_a_demo_woman_by_her_name(demo):
    centre, _ = demo
    with centre.database.unit_of_work() as uow:
        named = uow.session.scalars(
            select(Case).where(Case.full_name != "", Case.intake_complete.is_(True))
        ).first()
        manager = uow.session.scalars(select(StaffUser).where(StaffUser.role == "manager")).one()
        actor = actor_for(manager)
        name, case_id = named.full_name, named.id
    with centre.database.unit_of_work() as uow:
        page = search_cases(uow, CaseQuery(text=name), offset=0, limit=50, by=actor)
    assert case_id in {row.id for row in page.rows}


def test_one_audit_event_records_the_load_without_survivor_data(demo, session):
    centre, _ = demo
    events = list(session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "demo")))
    assert len(events) == 1
    assert events[0].action == "case_created"
    assert json.loads(events[0].details) == {"cases": CASES, "seed": 7}
    names = {c.full_name for c in _cases(session) if c.full_name}
    for event in session.scalars(select(AuditEvent)):
        assert not any(name in event.details for name in names)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        assert verify_chain(uow, None).ok


def test_the_same_seed_gives_the_same_centre(tmp_path: Path):
    def load(folder: str, seed: int) -> list[tuple]:
        paths = DataPaths(tmp_path / folder)
        make_demo_centre(paths, cases=25, seed=seed, now=NOW)
        centre = storage.open_with_keyring(paths)
        try:
            with centre.database.unit_of_work() as uow:
                uow.lock_for_writing()
                return [
                    (c.case_number, c.full_name, c.phone, c.status.value, c.narrative)
                    for c in _cases(uow.session)
                ]
        finally:
            centre.close()

    first = load("a", 11)
    assert first == load("b", 11)
    assert first != load("c", 12)


def test_a_folder_holding_a_centre_is_refused_and_left_alone(centre, data_paths):
    centre.close()
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(AlreadySetUp):
        make_demo_centre(data_paths, cases=5, now=NOW)
    assert folder_fingerprint(data_paths.root) == before


def test_a_failed_load_leaves_no_centre_behind(data_paths, monkeypatch):
    import osc_desktop.services.cases.search_index as case_search_index

    def broken(session) -> int:
        raise RuntimeError("index broke")

    monkeypatch.setattr(case_search_index, "rebuild_index", broken)
    with pytest.raises(RuntimeError, match="index broke"):
        make_demo_centre(data_paths, cases=30, now=NOW)
    assert storage.folder_state(data_paths) is storage.FolderState.NEW
    assert not data_paths.database.exists() and not data_paths.keystore.exists()


def test_no_cases_is_an_empty_centre_with_staff(data_paths):
    summary = make_demo_centre(data_paths, cases=0, now=NOW)
    assert summary.cases == 0 and summary.financial_years == ()
    centre = storage.open_with_keyring(data_paths)
    try:
        with centre.database.unit_of_work() as uow:
            assert uow.session.scalar(select(func.count()).select_from(StaffUser)) == 5
    finally:
        centre.close()


def test_the_readme_lists_the_demo_accounts():
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    for account in DEMO_ACCOUNTS:
        assert f"| `{account.username}` |" in readme
        assert f"`{account.password}`" in readme
