"""The case timeline: every event from the tables and the audit trail, newest first."""

from __future__ import annotations

from dataclasses import astuple

import pytest

from osc_desktop.errors import CaseNotFound
from osc_desktop.models import Case, CaseLink
from osc_desktop.services.cases.erasure import erase_case
from osc_desktop.services.cases.follow_ups import case_follow_ups, record_follow_up
from osc_desktop.services.cases.referrals import ReferralInput, add_referral, update_referral
from osc_desktop.services.cases.services import ServiceInput, list_services, record_service
from osc_desktop.services.cases.status import dispose_case
from osc_desktop.services.cases.timeline import case_timeline
from osc_desktop.services.core.audit_log import AuditAction, record_event
from tests.services.progress_support import at, case_row, local, new_case

NOTES = "She confided that her father-in-law threatens the children."


def _event(centre, who, action, case_id, details, now):
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        record_event(
            uow.session,
            user_id=who.user_id,
            action=action,
            entity_type="case",
            entity_id=case_id,
            details=details,
            now=now,
        )
        uow.commit()


def _timeline(centre, case_id, who):
    with centre.database.unit_of_work() as uow:
        return case_timeline(uow, case_id, by=who)


def _story(centre, people) -> tuple[int, int]:
    db = centre.database
    case_id = new_case(centre, people.operator, now=at(0))
    other = new_case(centre, people.operator, now=at(0))
    # What the intake edit and the printed form services write (INTAKE and PRINT own them).
    _event(
        centre,
        people.operator,
        AuditAction.CASE_UPDATED,
        case_id,
        {"fields": ["phone", "address"]},
        at(0.5),
    )
    _event(centre, people.operator, AuditAction.CASE_UPDATED, other, {"fields": ["alias"]}, at(0.6))
    with db.unit_of_work() as uow:
        record_service(
            uow,
            case_id,
            ServiceInput("counselling", local(at(1)), "Session 1", NOTES),
            by=people.counsellor,
            now=at(1),
        )
    with db.unit_of_work() as uow:
        list_services(uow, case_id, by=people.counsellor)  # a read: not on the timeline
    with db.unit_of_work() as uow:
        referral = add_referral(
            uow,
            case_id,
            ReferralInput("swadhar_greh", "Swadhar Greh Danapur", local(at(2))),
            by=people.operator,
            now=at(2),
        )
    with db.unit_of_work() as uow:
        update_referral(
            uow, referral.id, status="accepted", notes="", by=people.operator, now=at(3)
        )
    with db.unit_of_work() as uow:  # notes only: no line of its own
        update_referral(
            uow, referral.id, status="accepted", notes="Room 4", by=people.operator, now=at(3.5)
        )
    with db.unit_of_work() as uow:
        dispose_case(
            uow,
            case_id,
            outcome="referred",
            note="Moved to the Swadhar Greh",
            by=people.counsellor,
            today=local(at(4)),
            now=at(4),
        )
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        first = case_follow_ups(uow, case_id, by=people.operator)[0]
        record_follow_up(
            uow,
            first.id,
            result="violence_recurred",
            notes="Beaten again",
            by=people.operator,
            now=at(35),
        )
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        link = CaseLink(
            case_id=other,
            linked_case_id=case_id,
            created_by_id=people.boss.user_id,
            created_at=at(36),
        )
        uow.session.add(link)
        uow.commit()
        uow.lock_for_writing()
        link.removed_at, link.removed_by_id = at(37), people.boss.user_id
        uow.commit()
    _event(centre, people.operator, AuditAction.PRINTED, case_id, {"form": "consent"}, at(38))
    return case_id, other


def test_everything_that_happened_newest_first(centre, people):
    case_id, other = _story(centre, people)
    other_number = case_row(centre, other).case_number
    entries = _timeline(centre, case_id, people.operator)
    assert [astuple(e) for e in entries] == [
        (at(38), "printed", "Ravi Operator", "consent", "", "", ""),
        (at(37), "unlinked", "Asha Kumari", "", other_number, "", ""),
        (at(36), "linked", "Asha Kumari", "", other_number, "", ""),
        (at(35), "status", "Ravi Operator", "reopened", "", "", ""),
        (at(35), "follow_up", "Ravi Operator", "violence_recurred", "Beaten again", "", ""),
        (
            at(4),
            "status",
            "Meena Counsellor",
            "disposed",
            "Moved to the Swadhar Greh",
            "referred",
            "",
        ),
        (
            at(3),
            "referral",
            "Ravi Operator",
            "swadhar_greh",
            "Swadhar Greh Danapur",
            "",
            "accepted",
        ),
        (at(2), "referral", "Ravi Operator", "swadhar_greh", "Swadhar Greh Danapur", "", "sent"),
        (at(1), "status", "Meena Counsellor", "in_progress", "", "", ""),
        (at(1), "service", "Meena Counsellor", "counselling", "Session 1", "", ""),
        (at(0.5), "edited", "Ravi Operator", "", "phone, address", "", ""),
        (at(0), "registered", "Ravi Operator", "", "", "", ""),
    ]
    for reader in (people.counsellor, people.boss):
        assert _timeline(centre, case_id, reader) == entries
    assert all("father-in-law" not in str(astuple(e)) for e in entries)


def test_the_other_case_has_its_own_timeline(centre, people):
    case_id, other = _story(centre, people)
    number = case_row(centre, case_id).case_number
    entries = _timeline(centre, other, people.operator)
    assert [(e.kind, e.detail) for e in entries] == [
        ("unlinked", number),
        ("linked", number),
        ("edited", "alias"),
        ("registered", ""),
    ]


def test_an_erased_case_keeps_its_events_without_their_text(centre, people):
    case_id, _ = _story(centre, people)
    with centre.database.unit_of_work() as uow:
        erase_case(
            uow,
            case_id,
            confirm_case_number=case_row(centre, case_id).case_number,
            by=people.boss,
            now=at(40),
        )
    entries = _timeline(centre, case_id, people.operator)
    assert (entries[0].at, entries[0].kind, entries[0].actor_name) == (
        at(40),
        "erased",
        "Asha Kumari",
    )
    assert len(entries) == 11  # the link to her other case went with the erasure
    assert not {"linked", "unlinked"} & {e.kind for e in entries}
    by_kind = {(e.kind, e.code): e.detail for e in entries}
    assert by_kind[("service", "counselling")] == ""
    assert by_kind[("follow_up", "violence_recurred")] == ""
    assert by_kind[("status", "disposed")] == ""


def _erase(centre, people, case_id, now):
    with centre.database.unit_of_work() as uow:
        erase_case(
            uow,
            case_id,
            confirm_case_number=case_row(centre, case_id).case_number,
            by=people.boss,
            now=now,
        )


def test_her_other_case_no_longer_names_the_erased_one(centre, people):
    case_id, other = _story(centre, people)
    _erase(centre, people, case_id, at(40))
    entries = _timeline(centre, other, people.operator)
    assert [(e.kind, e.detail) for e in entries] == [("edited", "alias"), ("registered", "")]


def test_links_left_to_an_erased_case_are_not_shown(centre, people):
    """A link row still there (say, from before erasures deleted them) ties nothing back."""
    case_id, other = _story(centre, people)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.add(
            CaseLink(
                case_id=case_id,
                linked_case_id=other,
                created_by_id=people.boss.user_id,
                created_at=at(39),
            )
        )
        uow.session.get(Case, case_id).erased_at = at(40)
        uow.session.get(Case, case_id).erased_by_id = people.boss.user_id
        uow.commit()
    for shown, hidden in ((other, case_id), (case_id, other)):
        entries = _timeline(centre, shown, people.operator)
        assert not {"linked", "unlinked"} & {e.kind for e in entries}
        number = case_row(centre, hidden).case_number
        assert all(number not in e.detail for e in entries)


def test_a_missing_case_has_no_timeline(centre, people):
    with pytest.raises(CaseNotFound):
        _timeline(centre, 9999, people.operator)
