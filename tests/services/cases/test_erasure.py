"""Erasure on request: nothing identifying left anywhere, every figure still countable."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import Enum, String, Text, event, func, select, text

from osc_desktop.errors import CaseErased, CaseNotFound, PermissionDenied, ValidationError
from osc_desktop.models import (
    Case,
    CaseChild,
    CaseLink,
    CaseNeed,
    CaseViolence,
    FollowUp,
    Perpetrator,
    Referral,
    ServiceRecord,
    StatusChange,
)
from osc_desktop.services.cases import erasure
from osc_desktop.services.cases.dto import ChildInput, PerpetratorInput
from osc_desktop.services.cases.follow_ups import case_follow_ups, record_follow_up
from osc_desktop.services.cases.record import open_case
from osc_desktop.services.cases.referrals import ReferralInput, add_referral
from osc_desktop.services.cases.search_index import index_case
from osc_desktop.services.cases.services import ServiceInput, list_services, record_service
from osc_desktop.services.cases.status import dispose_case
from tests.services.progress_support import at, audit, case_row, local, new_case

# Everything identifying typed into the case; none of it may survive the erasure.
IDENTIFYING = {
    "full_name": "Zarina Qamarunnisa",
    "alias": "Zeenu Qamar",
    "phone": "9876501234",
    "address": "Mohalla Khwajakalan, Lane 7\nPatna City",
    "date_of_birth": date(1990, 2, 13),
    "referred_by": "Anganwadi worker Phoolmati",
    "incident_place": "Behind Gurhatta rice mill",
    "narrative": "Her husband Shamsher locked her in the storeroom for three days.",
    "police_report_number": "FIR 771/2026",
    "police_station": "Khajekalan",
    "occupation": "Bangle seller at Mirchaiganj haat",
    "disability": "Left hand burnt in the Gurhatta fire",
    "language": "Magahi of Nalanda",
    "organisation": "Swadhar Greh Danapur",
    "child": "Nargis Qamar",
    "perpetrator": "Shamsher Alam",
    "summary": "Escorted to Khwajakalan thana",
    "notes": "She fears Shamsher's cousin Iqbal at the Kothi",
    "referral_notes": "Bed kept by Sister Philomena",
    "follow_up_notes": "Spoke from her aunt Rukhsana's phone",
    "dispose_note": "Zarina chose to stay with aunt Rukhsana",
}
STRINGS = [v.isoformat() if isinstance(v, date) else v for v in IDENTIFYING.values()]
STRINGS += ["Zarina", "Qamarunnisa", "Shamsher", "Rukhsana", "98765 01234", "01234"]


def _register(centre, who):
    i = IDENTIFYING
    return new_case(
        centre,
        who,
        full_name=i["full_name"],
        alias=i["alias"],
        phone="98765 01234",
        address=i["address"],
        age_years="36",
        date_of_birth=i["date_of_birth"],
        referred_by=i["referred_by"],
        incident_place=i["incident_place"],
        narrative=i["narrative"],
        police_report_kind="fir",
        police_report_number=i["police_report_number"],
        police_station=i["police_station"],
        occupation=i["occupation"],
        disability=i["disability"],
        language=i["language"],
        children=(ChildInput(sex="girl", age_years="7", name=i["child"]),),
        perpetrators=(PerpetratorInput(relationship="husband", name=i["perpetrator"]),),
        violence=frozenset({"domestic", "dowry"}),
    )


def _full_case(centre, people) -> int:
    """A case with every kind of text: services with notes, a referral, a follow-up done."""
    case_id = _register(centre, people.operator)
    db = centre.database
    with db.unit_of_work() as uow:  # (intake indexes it too; make sure the index holds her words)
        index_case(uow.session, uow.session.get(Case, case_id))
        uow.commit()
    with db.unit_of_work() as uow:
        record_service(
            uow,
            case_id,
            ServiceInput("police_help", local(at(1)), IDENTIFYING["summary"]),
            by=people.operator,
            now=at(1),
        )
    with db.unit_of_work() as uow:
        record_service(
            uow,
            case_id,
            ServiceInput("counselling", local(at(1)), "Session 1", IDENTIFYING["notes"]),
            by=people.counsellor,
            now=at(1),
        )
    with db.unit_of_work() as uow:
        add_referral(
            uow,
            case_id,
            ReferralInput(
                "swadhar_greh",
                IDENTIFYING["organisation"],
                local(at(2)),
                IDENTIFYING["referral_notes"],
            ),
            by=people.operator,
            now=at(2),
        )
    with db.unit_of_work() as uow:
        dispose_case(
            uow,
            case_id,
            outcome="referred",
            note=IDENTIFYING["dispose_note"],
            by=people.counsellor,
            today=local(at(3)),
            now=at(3),
        )
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        first = case_follow_ups(uow, case_id, by=people.operator)[0]
        record_follow_up(
            uow,
            first.id,
            result="safe_and_well",
            notes=IDENTIFYING["follow_up_notes"],
            by=people.operator,
            now=at(35),
        )
    return case_id


def _every_value(centre):
    """(table, column, value) for every value in every table of the database."""
    with centre.database.unit_of_work() as uow:
        tables = (
            uow.session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            .scalars()
            .all()
        )
        for table in tables:
            result = uow.session.execute(text(f'SELECT * FROM "{table}"'))
            columns = list(result.keys())
            for row in result:
                for column, value in zip(columns, row, strict=True):
                    yield table, column, value


def _leftovers(centre):
    found = []
    for table, column, value in _every_value(centre):
        if isinstance(value, bytes):
            hits = [s for s in STRINGS if s.encode() in value]
        elif isinstance(value, str):
            hits = [s for s in STRINGS if s.casefold() in value.casefold()]
        else:
            continue
        found += [(table, column, hit) for hit in hits]
    return found


def _index_hits(centre) -> set[int]:
    """The cases the full-text index finds by her name, alias, phone or FIR number."""
    with centre.database.unit_of_work() as uow:
        return {
            rowid
            for words in ("Qamarunnisa", "Zeenu", "9876501234", "771/2026")
            for rowid in uow.session.execute(
                text("SELECT rowid FROM case_search WHERE case_search MATCH :m"),
                {"m": f'"{words}"'},
            ).scalars()
        }


def _figures(centre, case_id):
    """What the registers count for the case."""
    with centre.database.unit_of_work() as uow:
        s = uow.session
        case = s.get(Case, case_id)

        def rows(*columns, model):
            return Counter(s.execute(select(*columns).where(model.case_id == case_id)).all())

        return {
            "case": (
                case.case_number,
                case.registered_at,
                case.age_years,
                case.is_minor,
                case.marital_status,
                case.education,
                case.arrival,
                case.status,
                case.outcome,
                case.disposed_at,
                case.incident_date,
                case.police_report_kind,
                case.case_worker_id,
                case.consent_statistics,
            ),
            "violence": rows(CaseViolence.kind, model=CaseViolence),
            "needs": rows(CaseNeed.service, model=CaseNeed),
            "children": rows(CaseChild.sex, CaseChild.age_years, model=CaseChild),
            "perpetrators": rows(Perpetrator.relationship_to_her, model=Perpetrator),
            "services": rows(ServiceRecord.kind, ServiceRecord.given_on, model=ServiceRecord),
            "referrals": rows(Referral.target, Referral.status, model=Referral),
            "follow_ups": rows(FollowUp.due_on, FollowUp.result, model=FollowUp),
            "status": rows(
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.outcome,
                model=StatusChange,
            ),
            "cases": s.scalar(select(func.count()).select_from(Case)),
        }


def _erase(centre, case_id, who, typed=None, now=None):
    typed = case_row(centre, case_id).case_number if typed is None else typed
    with centre.database.unit_of_work() as uow:
        erasure.erase_case(uow, case_id, confirm_case_number=typed, by=who, now=now)


def test_nothing_identifying_remains_while_the_figures_stay_countable(centre, people):
    case_id = _full_case(centre, people)
    other = new_case(centre, people.operator)  # another woman's case stays as it is
    assert {hit for _, _, hit in _leftovers(centre)} >= set(STRINGS) - {
        "98765 01234"
    }  # the scan works
    before = _figures(centre, case_id)
    assert _index_hits(centre) == {case_id}

    _erase(centre, case_id, people.boss, now=at(40))

    assert _leftovers(centre) == []
    assert _index_hits(centre) == set()
    after = _figures(centre, case_id)
    assert after == before | {"follow_ups": after["follow_ups"]}
    # The follow-ups keep their dates and results; the pending ones are cancelled.
    assert sorted(after["follow_ups"]) == sorted(before["follow_ups"])
    erased = case_row(centre, case_id)
    assert (erased.erased_at, erased.erased_by_id, erased.updated_at) == (
        at(40),
        people.boss.user_id,
        at(40),
    )
    assert case_row(centre, other).full_name == "Sunita Devi"
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        assert [f.cancelled for f in case_follow_ups(uow, case_id, by=people.boss)] == [
            False,
            True,
            True,
        ]
        detail = open_case(uow, case_id, by=people.boss)
    assert detail.erased and detail.display_name == "" and detail.age_years == 36
    assert detail.violence == ("domestic", "dowry")
    assert audit(centre, "case_erased", case_id) == [
        {"follow_ups_cancelled": 2, "links_deleted": 0}
    ]


def test_the_case_leaves_the_search_index(centre, people, monkeypatch):
    case_id = _register(centre, people.operator)
    indexed = []
    real = erasure.index_case
    monkeypatch.setattr(
        erasure,
        "index_case",
        lambda session, case: (
            indexed.append((case.id, case.erased_at, case.full_name)),
            real(session, case),
        ),
    )
    _erase(centre, case_id, people.boss, now=at(5))
    assert indexed == [(case_id, at(5), "")]


def _link(centre, people, case_id, other_id, created, removed=None):
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.add(
            CaseLink(
                case_id=case_id,
                linked_case_id=other_id,
                created_by_id=people.boss.user_id,
                created_at=created,
                removed_at=removed,
                removed_by_id=people.boss.user_id if removed else None,
            )
        )
        uow.commit()


def test_links_to_her_other_cases_are_deleted(centre, people):
    earlier = new_case(centre, people.operator)
    case_id = _register(centre, people.operator)
    later = new_case(centre, people.operator)
    stranger = new_case(centre, people.operator)
    _link(centre, people, case_id, earlier, at(1))  # linked, either way round
    _link(centre, people, later, case_id, at(1))
    _link(centre, people, earlier, case_id, at(1), removed=at(1.5))  # linked and undone
    _link(centre, people, later, stranger, at(1))  # two other cases: not hers to erase
    _erase(centre, case_id, people.boss, now=at(2))
    with centre.database.unit_of_work() as uow:
        rows = uow.session.scalars(select(CaseLink)).all()
        assert [(r.case_id, r.linked_case_id, r.removed_at) for r in rows] == [
            (later, stranger, None)
        ]
    assert audit(centre, "case_erased", case_id) == [
        {"follow_ups_cancelled": 0, "links_deleted": 3}
    ]


def _wal(centre):
    return centre.paths.database.with_name(centre.paths.database.name + "-wal")


def test_the_wal_is_checkpointed_and_emptied_after_the_erasure(centre, people):
    case_id = _full_case(centre, people)
    assert _wal(centre).stat().st_size > 0  # her words are in the log's pages
    _erase(centre, case_id, people.boss)
    assert _wal(centre).stat().st_size == 0


def test_a_reader_holding_the_log_does_not_fail_the_erasure(centre, people):
    """Without a duration: the connections wait up to an hour when busy, so an erasure that
    waited for the reader would not be done while the reader still holds its snapshot."""
    case_id = _register(centre, people.operator)
    other = new_case(centre, people.operator)
    engine = centre.database.engine
    engine.dispose()

    def wait_an_hour_when_busy(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {3_600_000}")

    event.listen(engine, "connect", wait_an_hour_when_busy)
    with engine.connect() as reader:
        # A reader inside a transaction keeps its snapshot: the log cannot be emptied.
        assert reader.execute(text("SELECT count(*) FROM survivor_case")).scalar() == 2
        erasing = threading.Thread(target=_erase, args=(centre, case_id, people.boss))
        erasing.start()
        erasing.join(timeout=600)
        assert not erasing.is_alive(), "the erasure waited for the reader"
        assert case_row(centre, case_id).erased_at is not None
        assert _wal(centre).stat().st_size > 0  # the checkpoint had to stop short
    assert case_row(centre, other).erased_at is None
    assert _leftovers(centre) == []


# Where `_full_case` plants each identifying text: every free-text column of the case tables.
PLANTED_IN = {
    ("survivor_case", "full_name"): "full_name",
    ("survivor_case", "alias"): "alias",
    ("survivor_case", "phone"): "phone",
    ("survivor_case", "address"): "address",
    ("survivor_case", "referred_by"): "referred_by",
    ("survivor_case", "occupation"): "occupation",
    ("survivor_case", "disability"): "disability",
    ("survivor_case", "language"): "language",
    ("survivor_case", "incident_place"): "incident_place",
    ("survivor_case", "narrative"): "narrative",
    ("survivor_case", "police_report_number"): "police_report_number",
    ("survivor_case", "police_station"): "police_station",
    ("case_child", "name"): "child",
    ("perpetrator", "name"): "perpetrator",
    ("service_record", "summary"): "summary",
    ("service_record", "confidential_notes"): "notes",
    ("referral", "organisation"): "organisation",
    ("referral", "notes"): "referral_notes",
    ("follow_up", "notes"): "follow_up_notes",
    ("status_change", "note"): "dispose_note",
}


def test_every_free_text_column_of_a_case_is_covered_by_the_scan():
    """A new free-text column must be erased and planted by `_full_case` (or listed as kept)."""
    kept = {("survivor_case", "case_number"), ("survivor_case", "financial_year")}
    free_text = {
        (model.__tablename__, column.name)
        for model in (Case, CaseChild, Perpetrator, ServiceRecord, Referral, FollowUp, StatusChange)
        for column in model.__table__.columns
        if isinstance(column.type, String | Text) and not isinstance(column.type, Enum)
    }
    assert free_text - kept == set(PLANTED_IN)
    assert set(PLANTED_IN.values()) <= set(IDENTIFYING)


@pytest.mark.parametrize("typed", ["", "PAT/2026-27/0002", "0001", "PAT/2026-27/00011"])
def test_the_typed_case_number_must_match(centre, people, typed):
    case_id = _register(centre, people.operator)
    assert case_row(centre, case_id).case_number == "PAT/2026-27/0001"
    with pytest.raises(ValidationError) as caught:
        _erase(centre, case_id, people.boss, typed=typed)
    problem = caught.value.field_errors["confirm_case_number"]
    assert (problem.message, problem.args_for_message) == (
        erasure.CONFIRMATION_MISMATCH,
        ("PAT/2026-27/0001",),
    )
    assert case_row(centre, case_id).full_name == IDENTIFYING["full_name"]
    assert audit(centre, "case_erased") == []


def test_spaces_and_letter_case_of_the_typed_number_do_not_matter(centre, people):
    case_id = _register(centre, people.operator)
    _erase(centre, case_id, people.boss, typed="  pat/2026-27/0001 ")
    assert case_row(centre, case_id).erased_at is not None


def test_only_a_manager_erases_and_only_once(centre, people):
    case_id = _register(centre, people.operator)
    for who in (people.counsellor, people.operator):
        with pytest.raises(PermissionDenied):
            _erase(centre, case_id, who)
        assert audit(centre, "permission_denied")[-1] == {"permission": "erase_case"}
    assert case_row(centre, case_id).full_name == IDENTIFYING["full_name"]
    _erase(centre, case_id, people.boss)
    with pytest.raises(CaseErased):  # irreversible, and not done twice
        _erase(centre, case_id, people.boss)
    with pytest.raises(CaseNotFound):
        _erase(centre, 9999, people.boss, typed="x")
    with centre.database.unit_of_work() as uow:
        assert list_services(uow, case_id, by=people.boss) == ()
