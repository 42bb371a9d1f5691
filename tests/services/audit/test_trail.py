"""The audit trail viewer's services: listing, filters, paging, chain verification, CSV export."""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from osc_desktop.errors import PermissionDenied, SessionEnded
from osc_desktop.models import AuditEvent, Role, StaffUser
from osc_desktop.services.accounts.auth import actor_for
from osc_desktop.services.audit import chain as audit_chain
from osc_desktop.services.audit import export as audit_export
from osc_desktop.services.audit import listing as audit_listing
from osc_desktop.services.audit.dto import AuditFilter, AuditRow, ChainReport
from osc_desktop.services.core.audit_log import ACTION_LABELS, AuditAction, record_event, row_hash
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.progress import Cancelled

EVERYTHING = AuditFilter()


def _staff(db, username: str, role: Role, full_name: str = "", active: bool = True) -> Actor:
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        user = StaffUser(
            username=username,
            full_name=full_name or username.title(),
            role=role,
            password_hash="not used: these tests never sign in",
            is_active=active,
        )
        uow.session.add(user)
        uow.session.flush()
        actor = actor_for(user)
        uow.commit()
    return actor


@pytest.fixture
def boss(db) -> Actor:
    with db.unit_of_work() as uow:
        user = uow.session.scalars(
            select(StaffUser).where(StaffUser.username == "asha.kumari")
        ).one()
        return actor_for(user)


def _record(db, actor: Actor | None, action: AuditAction, **kwargs) -> int:
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        event = record_event(
            uow.session, user_id=actor.user_id if actor else None, action=action, **kwargs
        )
        uow.commit()
        return event.id


def _events(db, action: AuditAction | None = None) -> list[AuditEvent]:
    with db.unit_of_work() as uow:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action is not None:
            query = query.where(AuditEvent.action == action.value)
        events = list(uow.session.scalars(query))
        uow.session.expunge_all()
        return events


def _list(db, actor: Actor, flt: AuditFilter = EVERYTHING, **kwargs) -> list[AuditRow]:
    with db.unit_of_work() as uow:
        return audit_listing.list_events(uow, actor, flt, **kwargs)


def _count(db, actor: Actor, flt: AuditFilter = EVERYTHING, **kwargs) -> int:
    with db.unit_of_work() as uow:
        return audit_listing.count_events(uow, actor, flt, **kwargs)


def _verify(db, actor: Actor | None) -> ChainReport:
    with db.unit_of_work() as uow:
        return audit_chain.verify_chain(uow, actor)


def _sql(db, *statements: str, **params) -> None:
    """Raw SQL, as someone holding the key could run with the sqlcipher shell."""
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement, params or ())


# Listing and filters


def test_every_action_recorded_is_listed_newest_first_with_who_did_it(db, boss):
    clerk = _staff(db, "ravi", Role.OPERATOR, "Ravi Kumar")
    for action in AuditAction:
        _record(db, clerk, action, entity_type="staff_user", entity_id=clerk.user_id)
    _record(db, None, AuditAction.LOGIN_FAILED, details={"reason": "unknown_user"})

    rows = _list(db, boss, limit=1000)

    assert {row.action for row in rows} >= {action.value for action in AuditAction}
    assert [row.id for row in rows] == sorted((row.id for row in rows), reverse=True)
    newest, unknown = rows[0], rows[1]
    assert newest.action == AuditAction.AUDIT_VIEWED  # this look, recorded first
    assert (newest.username, newest.full_name) == ("asha.kumari", "Asha Kumari")
    assert unknown.user_id is None and unknown.username == "" and unknown.full_name == ""
    assert unknown.details == {"reason": "unknown_user"}
    assert unknown.occurred_at.tzinfo is not None
    by_clerk = [row for row in rows if row.user_id == clerk.user_id]
    assert len(by_clerk) == len(AuditAction)
    assert all(row.full_name == "Ravi Kumar" and row.entity_label == "ravi" for row in by_clerk)
    assert _count(db, boss) == len(rows)


def test_filter_by_user_and_by_action(db, boss):
    ravi = _staff(db, "ravi", Role.OPERATOR)
    meena = _staff(db, "meena", Role.COUNSELLOR)
    for _ in range(3):
        _record(db, ravi, AuditAction.LOGIN)
    _record(db, meena, AuditAction.LOGIN)
    _record(db, meena, AuditAction.CASE_VIEWED, entity_type="case", entity_id="PAT/2026-27/0001")

    by_ravi = _list(db, boss, AuditFilter(user_id=ravi.user_id))
    assert [row.username for row in by_ravi] == ["ravi"] * 3
    logins = _list(db, boss, AuditFilter(action=AuditAction.LOGIN.value))
    assert sorted(row.username for row in logins) == ["meena", "ravi", "ravi", "ravi"]
    both = AuditFilter(user_id=meena.user_id, action=AuditAction.CASE_VIEWED.value)
    assert [row.entity_id for row in _list(db, boss, both)] == ["PAT/2026-27/0001"]
    assert _count(db, boss, both) == 1
    assert _list(db, boss, AuditFilter(user_id=ravi.user_id, action="case_viewed")) == []


@pytest.fixture
def india_time(monkeypatch):
    """The centre keeps India Standard Time (UTC+5:30, the default) while the computer's own
    clock is set to New York's: the days are India's all the same."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_are_whole_local_days_both_included(db, boss, india_time):
    ravi = _staff(db, "ravi", Role.OPERATOR)

    def at_utc(*args: int) -> datetime:
        return datetime(*args, tzinfo=UTC)

    # 22 Nov 18:29 UTC is 23:59 on the 22nd in India; 18:30 UTC is midnight of the 23rd.
    moments = {
        "22nd late": at_utc(2026, 11, 22, 18, 29),
        "23rd start": at_utc(2026, 11, 22, 18, 30),
        "23rd end": at_utc(2026, 11, 23, 18, 29, 59),
        "24th start": at_utc(2026, 11, 23, 18, 30),
        "25th": at_utc(2026, 11, 25, 6, 0),
    }
    ids = {
        name: _record(db, ravi, AuditAction.LOGIN, now=moment) for name, moment in moments.items()
    }

    def names(flt: AuditFilter) -> set[str]:
        found = {row.id for row in _list(db, boss, flt)}
        return {name for name, event_id in ids.items() if event_id in found}

    the_23rd = date(2026, 11, 23)
    assert names(AuditFilter(date_from=the_23rd, date_to=the_23rd)) == {"23rd start", "23rd end"}
    assert names(AuditFilter(date_from=the_23rd + timedelta(days=1))) == {"24th start", "25th"}
    assert names(AuditFilter(date_to=date(2026, 11, 22))) == {"22nd late"}
    assert names(AuditFilter(date_from=the_23rd, date_to=date(2026, 11, 24))) == {
        "23rd start",
        "23rd end",
        "24th start",
    }


def test_record_number_matches_exactly_or_as_a_prefix_never_as_a_pattern(db, boss):
    ravi = _staff(db, "ravi", Role.OPERATOR)
    for number in ("PAT/2026-27/0012", "PAT/2026-27/0120", "PAT/2025-26/0012", "X_1", "XA1"):
        _record(db, ravi, AuditAction.CASE_VIEWED, entity_type="case", entity_id=number)

    def found(text: str) -> list[str]:
        return sorted(row.entity_id for row in _list(db, boss, AuditFilter(entity_id=text)))

    assert found("PAT/2026-27/0012") == ["PAT/2026-27/0012"]
    assert found("  PAT/2026-27/0012 ") == ["PAT/2026-27/0012"]
    assert found("PAT/2026-27/") == ["PAT/2026-27/0012", "PAT/2026-27/0120"]
    assert found("X_") == ["X_1"]  # "_" is a character here, not LIKE's wildcard
    assert found("%") == []
    # Blank means no restriction (each look adds an "audit viewed" row with an empty id).
    assert set(found("   ")) == set(found("")) >= {"PAT/2026-27/0012", "X_1", "XA1", ""}


def test_paging_returns_every_event_once_and_a_pinned_look_is_not_shifted(db, boss):
    ravi = _staff(db, "ravi", Role.OPERATOR)
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        for number in range(450):
            record_event(
                uow.session,
                user_id=ravi.user_id,
                action=AuditAction.CASE_VIEWED,
                entity_type="case",
                entity_id=f"PAT/2026-27/{number:04d}",
            )
        uow.commit()
    flt = AuditFilter(action=AuditAction.CASE_VIEWED.value)

    first = _list(db, boss, flt)
    assert len(first) == audit_listing.PAGE_SIZE
    newest = first[0].id
    _record(db, ravi, AuditAction.CASE_VIEWED, entity_type="case", entity_id="PAT/2026-27/9999")
    second = _list(db, boss, flt, offset=200, newest_id=newest)
    third = _list(db, boss, flt, offset=400, newest_id=newest)

    assert [len(first), len(second), len(third)] == [200, 200, 50]
    ids = [row.id for row in first + second + third]
    assert len(set(ids)) == 450
    assert ids == sorted(ids, reverse=True)
    assert _count(db, boss, flt, newest_id=newest) == 450
    assert _count(db, boss, flt) == 451


def test_a_new_look_is_recorded_once_with_its_filter_but_paging_and_counting_are_not(db, boss):
    before = len(_events(db, AuditAction.AUDIT_VIEWED))
    flt = AuditFilter(action="login", date_from=date(2026, 11, 1), entity_id=" PAT/2026-27/0001 ")
    _list(db, boss, flt)
    _list(db, boss, flt, offset=200)
    _count(db, boss, flt)

    viewed = _events(db, AuditAction.AUDIT_VIEWED)
    assert len(viewed) == before + 1
    assert viewed[-1].user_id == boss.user_id
    assert json.loads(viewed[-1].details) == {
        "filter": {"action": "login", "date_from": "2026-11-01", "record_searched": True}
    }
    _list(db, boss)
    assert json.loads(_events(db, AuditAction.AUDIT_VIEWED)[-1].details) == {"filter": {}}


def test_staff_choices_name_everyone_including_deactivated_accounts(db, boss):
    _staff(db, "ravi", Role.OPERATOR, "Ravi Kumar")
    _staff(db, "meena", Role.COUNSELLOR, "meena Devi", active=False)
    with db.unit_of_work() as uow:
        choices = audit_listing.list_staff_choices(uow, boss)
    assert [label for _id, label in choices] == [
        "Asha Kumari (asha.kumari)",
        "meena Devi (meena)",
        "Ravi Kumar (ravi)",
    ]
    assert choices[0][0] == boss.user_id


# The hash chain


def _fill(db, actor: Actor, count: int) -> list[int]:
    return [
        _record(db, actor, AuditAction.CASE_VIEWED, entity_type="case", entity_id=f"C{n}")
        for n in range(count)
    ]


def test_a_fresh_chain_verifies_and_the_check_is_recorded(db, boss):
    _fill(db, boss, 5)
    total = len(_events(db))

    report = _verify(db, boss)

    assert report == ChainReport(ok=True, rows_checked=total, first_broken_id=None, problem="")
    verified = _events(db)[-1]
    assert verified.action == AuditAction.AUDIT_VERIFIED
    assert verified.user_id == boss.user_id
    assert json.loads(verified.details) == {"ok": True, "rows": total}
    # The check's own event joins the chain properly.
    assert _verify(db, None) == ChainReport(True, total + 1)


def test_verifying_from_the_command_line_records_nothing(db):
    before = len(_events(db))
    assert _verify(db, None).ok
    assert len(_events(db)) == before


def test_the_triggers_refuse_to_update_or_delete_an_event(db, boss):
    _fill(db, boss, 2)
    with pytest.raises(DBAPIError, match="append-only"):
        _sql(db, "UPDATE audit_event SET action = 'login' WHERE id = 2")
    with pytest.raises(DBAPIError, match="append-only"):
        _sql(db, "DELETE FROM audit_event WHERE id = 2")
    with pytest.raises(DBAPIError, match="append-only"):
        _sql(db, "DELETE FROM audit_event")
    assert _verify(db, None).ok
    assert [e.action for e in _events(db)][1] == AuditAction.CASE_VIEWED


@pytest.mark.parametrize(
    "change",
    [
        "action = 'login'",
        """details = '{"fields": ["phone"]}'""",
        "entity_id = 'C99'",
        "user_id = NULL",
        "occurred_at = '2020-01-01 00:00:00.000000'",
    ],
)
def test_an_edited_row_is_reported_as_altered_at_its_id(db, boss, change):
    ids = _fill(db, boss, 6)
    victim = ids[2]
    _sql(
        db,
        "DROP TRIGGER audit_event_no_update",
        f"UPDATE audit_event SET {change} WHERE id = {victim}",
    )
    report = _verify(db, None)
    assert (report.ok, report.first_broken_id, report.problem) == (False, victim, "altered")
    assert report.rows_checked == victim


def test_an_edit_resealed_with_a_new_hash_still_breaks_the_next_link(db, boss):
    ids = _fill(db, boss, 4)
    victim = ids[1]
    row = _events(db)[victim - 1]
    forged = row_hash(row.prev_hash, row.occurred_at, row.user_id, "login", "", "", "{}")
    _sql(
        db,
        "DROP TRIGGER audit_event_no_update",
        f"UPDATE audit_event SET action = 'login', entity_type = '', entity_id = '', "
        f"row_hash = '{forged}' WHERE id = {victim}",
    )
    report = _verify(db, None)
    assert (report.first_broken_id, report.problem) == (victim + 1, "broken_link")


def test_a_deleted_middle_row_is_reported_at_the_row_after_it(db, boss):
    ids = _fill(db, boss, 6)
    victim = ids[2]
    _sql(db, "DROP TRIGGER audit_event_no_delete", f"DELETE FROM audit_event WHERE id = {victim}")
    report = _verify(db, None)
    assert not report.ok
    assert report.first_broken_id == victim + 1
    assert report.problem in ("broken_link", "gap")


def test_a_deleted_row_with_the_chain_resealed_over_it_shows_as_a_gap(db, boss):
    ids = _fill(db, boss, 5)
    victim = ids[1]
    _sql(
        db,
        "DROP TRIGGER audit_event_no_delete",
        "DROP TRIGGER audit_event_no_update",
        f"DELETE FROM audit_event WHERE id = {victim}",
    )
    # Recompute every later hash, as a careful forger with the key would.
    events = _events(db)
    previous = events[0].row_hash
    for event in events[1:]:
        if event.id < victim:
            previous = event.row_hash
            continue
        sealed = row_hash(
            previous,
            event.occurred_at,
            event.user_id,
            event.action,
            event.entity_type,
            event.entity_id,
            event.details,
        )
        _sql(
            db,
            f"UPDATE audit_event SET prev_hash = '{previous}', row_hash = '{sealed}' "
            f"WHERE id = {event.id}",
        )
        previous = sealed
    report = _verify(db, None)
    assert (report.ok, report.first_broken_id, report.problem) == (False, victim + 1, "gap")


def test_a_row_inserted_with_a_forged_hash_is_caught(db, boss):
    ids = _fill(db, boss, 3)
    new_id = ids[-1] + 1
    _sql(
        db,
        "INSERT INTO audit_event (id, occurred_at, user_id, action, entity_type, entity_id, "
        "details, prev_hash, row_hash) VALUES "
        f"({new_id}, '2026-11-23 10:00:00.000000', NULL, 'login', '', '', '{{}}', "
        f"'{'0' * 64}', '{'ab' * 32}')",
    )
    report = _verify(db, None)
    assert (report.first_broken_id, report.problem) == (new_id, "altered")


def test_a_row_slipped_in_with_a_consistent_hash_but_a_wrong_link_is_caught(db, boss):
    ids = _fill(db, boss, 3)
    new_id = ids[-1] + 1
    when = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    # Sealed as if it followed the first row, not the last one.
    prev = _events(db)[0].row_hash
    sealed = row_hash(prev, when, None, "login", "", "", "{}")
    _sql(
        db,
        "INSERT INTO audit_event (id, occurred_at, user_id, action, entity_type, entity_id, "
        "details, prev_hash, row_hash) VALUES "
        f"({new_id}, '2026-11-23 10:00:00.000000', NULL, 'login', '', '', '{{}}', "
        f"'{prev}', '{sealed}')",
    )
    report = _verify(db, None)
    assert (report.first_broken_id, report.problem) == (new_id, "broken_link")


def test_verifying_walks_in_batches(db, boss, monkeypatch):
    monkeypatch.setattr(audit_chain, "BATCH_SIZE", 3)
    ids = _fill(db, boss, 10)
    assert _verify(db, None) == ChainReport(True, ids[-1])
    _sql(db, "DROP TRIGGER audit_event_no_update", "UPDATE audit_event SET action='x' WHERE id=8")
    assert _verify(db, None) == ChainReport(False, 8, 8, "altered")


# CSV export


def _export(db, actor: Actor, flt: AuditFilter = EVERYTHING) -> tuple[int, str]:
    out = io.StringIO(newline="")
    with db.unit_of_work() as uow:
        written = audit_export.export_csv(uow, actor, flt, out)
    return written, out.getvalue()


def test_export_writes_a_header_and_every_matching_row_oldest_first(db, boss, monkeypatch):
    monkeypatch.setattr(audit_export, "BATCH_SIZE", 4)  # several pages
    ravi = _staff(db, "ravi", Role.OPERATOR, "Ravi Kumar")
    for n in range(9):
        _record(db, ravi, AuditAction.CASE_VIEWED, entity_type="case", entity_id=f"PAT/{n}")
    _record(db, ravi, AuditAction.LOGIN)

    written, text = _export(db, boss, AuditFilter(action="case_viewed"))

    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == [
        "time",
        "user name",
        "full name",
        "action",
        "entity type",
        "entity id",
        "details",
        "row hash",
    ]
    assert written == len(rows) - 1 == 9
    assert [row[5] for row in rows[1:]] == [f"PAT/{n}" for n in range(9)]
    first = rows[1]
    assert first[1:5] == ["ravi", "Ravi Kumar", ACTION_LABELS[AuditAction.CASE_VIEWED], "case"]
    assert json.loads(first[6]) == {}
    assert len(first[7]) == 64
    moment = datetime.fromisoformat(first[0])
    assert moment.utcoffset() is not None and moment.microsecond == 0
    event = _events(db)[-1]
    assert event.action == AuditAction.AUDIT_EXPORTED
    assert json.loads(event.details) == {"rows": 9, "filter": {"action": "case_viewed"}}


def test_export_disarms_spreadsheet_formulas(db, boss):
    mischief = _staff(db, "x.user", Role.OPERATOR, '=HYPERLINK("http://evil","click")')
    for entity_id in ("-2+3", "+91 98765", "@SUM(A1)", "\tcmd", "\rcmd", "safe-1"):
        _record(db, mischief, AuditAction.CASE_VIEWED, entity_type="case", entity_id=entity_id)

    _written, text = _export(db, boss, AuditFilter(user_id=mischief.user_id))

    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))[1:]
    assert [row[5] for row in rows] == [
        "'-2+3",
        "'+91 98765",
        "'@SUM(A1)",
        "'\tcmd",
        "'\rcmd",
        "safe-1",
    ]
    assert {row[2] for row in rows} == {'\'=HYPERLINK("http://evil","click")'}
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_export_file_opens_as_utf8_with_hindi_intact(db, boss, tmp_path):
    sunita = _staff(db, "sunita", Role.COUNSELLOR, "सुनीता देवी")
    _record(db, sunita, AuditAction.LOGIN)
    path = tmp_path / "audit-trail.csv"
    with path.open("w", encoding="utf-8", newline="") as out, db.unit_of_work() as uow:
        written = audit_export.export_csv(uow, boss, AuditFilter(user_id=sunita.user_id), out)
    assert written == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][1:4] == ["sunita", "सुनीता देवी", "Signed in"]
    assert b"\r\n" in raw  # the CSV standard's line ends, which Excel expects


def test_an_export_that_fails_part_way_is_recorded_as_incomplete(db, boss):
    _fill(db, boss, 3)

    class DiskFullAfterTwoLines(io.StringIO):
        lines = 0

        def write(self, text: str) -> int:
            self.lines += text.count("\n")
            if self.lines > 2:
                raise OSError(28, "No space left on device")
            return super().write(text)

    with pytest.raises(OSError), db.unit_of_work() as uow:
        audit_export.export_csv(uow, boss, EVERYTHING, DiskFullAfterTwoLines())
    event = _events(db)[-1]
    assert event.action == AuditAction.AUDIT_EXPORTED
    assert json.loads(event.details) == {"rows": 1, "filter": {}, "complete": False}
    assert _verify(db, None).ok


# Who may look


def _call_list(uow, actor):
    return audit_listing.list_events(uow, actor, EVERYTHING)


def _call_count(uow, actor):
    return audit_listing.count_events(uow, actor, EVERYTHING)


def _call_choices(uow, actor):
    return audit_listing.list_staff_choices(uow, actor)


def _call_verify(uow, actor):
    return audit_chain.verify_chain(uow, actor)


def _call_export(uow, actor):
    out = io.StringIO()
    try:
        return audit_export.export_csv(uow, actor, EVERYTHING, out)
    finally:
        assert out.getvalue() == ""  # nothing written before the refusal


SERVICES = [_call_list, _call_count, _call_choices, _call_verify, _call_export]


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.COUNSELLOR])
@pytest.mark.parametrize("service", SERVICES, ids=lambda f: f.__name__.removeprefix("_call_"))
def test_only_a_manager_may_use_the_audit_trail_and_refusals_are_recorded(db, role, service):
    someone = _staff(db, f"{role.value}.one", role)
    before = _events(db)

    with pytest.raises(PermissionDenied), db.unit_of_work() as uow:
        service(uow, someone)

    after = _events(db)
    assert len(after) == len(before) + 1
    refusal = after[-1]
    assert (refusal.action, refusal.user_id) == (AuditAction.PERMISSION_DENIED, someone.user_id)
    assert json.loads(refusal.details) == {"permission": "view_audit_trail"}
    assert _verify(db, None).ok


@pytest.mark.parametrize("service", SERVICES, ids=lambda f: f.__name__.removeprefix("_call_"))
def test_a_deactivated_manager_is_turned_away(db, service):
    former = _staff(db, "former.boss", Role.MANAGER, active=False)
    before = len(_events(db))
    with pytest.raises(SessionEnded), db.unit_of_work() as uow:
        service(uow, former)
    assert len(_events(db)) == before


@pytest.mark.parametrize("service", SERVICES, ids=lambda f: f.__name__.removeprefix("_call_"))
def test_a_manager_may_use_every_function(db, boss, service):
    with db.unit_of_work() as uow:
        service_result = service(uow, boss) if service is not _call_export else None
    if service is _call_export:
        assert _export(db, boss)[0] >= 1
    else:
        assert service_result is not None


def test_removing_the_newest_events_is_caught_by_the_anchor_outside_the_database(centre):
    from osc_desktop.errors import LoginFailed
    from osc_desktop.services.accounts import auth
    from osc_desktop.services.audit import chain as audit_chain

    for _ in range(3):
        with pytest.raises(LoginFailed), centre.database.unit_of_work() as uow:
            auth.log_in(uow, "nobody", "whatever it is")
    with centre.database.unit_of_work() as uow:
        assert audit_chain.verify_chain(uow, None).ok
        newest = uow.session.execute(text("SELECT max(id) FROM audit_event")).scalar_one()
    with centre.database.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        conn.exec_driver_sql(f"DELETE FROM audit_event WHERE id >= {newest - 1}")
    with centre.database.unit_of_work() as uow:
        report = audit_chain.verify_chain(uow, None)
    assert (report.ok, report.problem, report.first_broken_id) == (False, "truncated", newest)
    # New events after the removal neither reuse the ids nor hide the hole.
    with pytest.raises(LoginFailed), centre.database.unit_of_work() as uow:
        auth.log_in(uow, "nobody", "whatever it is")
    with centre.database.unit_of_work() as uow:
        report = audit_chain.verify_chain(uow, None)
    assert not report.ok


def test_what_was_typed_in_the_record_box_is_never_kept(db, boss):
    _list(db, boss, AuditFilter(entity_id="Sunita Devi 9876543210"))
    details = _events(db, AuditAction.AUDIT_VIEWED)[-1].details
    assert "Sunita" not in details and "9876543210" not in details


def test_case_events_show_and_are_found_by_the_case_number(db, boss):
    from tests.case_factory import register

    ref = register(db, boss, quick=True)
    other = register(db, boss, quick=True, full_name="Rekha")
    flt = AuditFilter(entity_id=ref.case_number)
    rows = _list(db, boss, flt)
    assert rows and {r.entity_id for r in rows} == {str(ref.id)}
    assert {r.entity_label for r in rows} == {ref.case_number}
    assert _count(db, boss, AuditFilter(entity_id=ref.case_number.lower())) == len(rows)
    assert str(other.id) not in {r.entity_id for r in rows}


# Progress and Cancel (the audit view runs these with a progress dialog)


def _stop_after(reports: list[tuple[int, int]], count: int):
    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if len(reports) >= count:
            raise Cancelled()

    return progress


def test_verifying_reports_each_batch_and_a_stopped_check_records_nothing(db, boss, monkeypatch):
    monkeypatch.setattr(audit_chain, "BATCH_SIZE", 3)
    _fill(db, boss, 10)
    total = len(_events(db))
    heard: list[tuple[int, int]] = []
    with db.unit_of_work() as uow:
        assert audit_chain.verify_chain(
            uow, boss, lambda done, total: heard.append((done, total))
        ).ok
    assert heard[0] == (0, total)
    assert heard[-1] == (total, total)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)

    before = len(_events(db))
    with db.unit_of_work() as uow, pytest.raises(Cancelled):
        audit_chain.verify_chain(uow, boss, _stop_after([], 2))
    assert len(_events(db)) == before  # not recorded: nothing was verified


def test_a_stopped_export_is_recorded_as_incomplete(db, boss, monkeypatch):
    monkeypatch.setattr(audit_export, "BATCH_SIZE", 2)
    _fill(db, boss, 7)
    out = io.StringIO(newline="")
    with db.unit_of_work() as uow, pytest.raises(Cancelled):
        audit_export.export_csv(uow, boss, EVERYTHING, out, _stop_after([], 3))
    exported = _events(db, AuditAction.AUDIT_EXPORTED)[-1]
    details = json.loads(exported.details)
    assert details["complete"] is False
    assert details["rows"] == 4  # two batches of two before the third report stopped it
