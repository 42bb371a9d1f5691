"""What happened to a demo case after its intake: the services given (counselling sessions
with their notes), referrals out, disposal and the follow-ups (some done, some overdue, some
due), and a case reopened when violence recurred."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from osc_desktop.models import (
    CaseStatus,
    FollowUpResult,
    Outcome,
    ReferralStatus,
    ReferralTarget,
    ServiceKind,
)
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.demo.common import CaseDraft, Rows, add_months, local_moment, weighted
from osc_desktop.services.demo.staff import StaffIds
from osc_desktop.services.demo.wording import (
    COUNSELLING_NOTES,
    DISPOSAL_NOTES,
    FOLLOW_UP_NOTES,
    REFERRAL_ORGS,
    SERVICE_SUMMARIES,
)

FOLLOW_UP_MONTHS = (1, 3, 6)


def add_afterwards(
    rng: random.Random,
    draft: CaseDraft,
    rows: Rows,
    staff: StaffIds,
    stats: dict[str, int],
    *,
    needs: set[ServiceKind],
    worker: int,
    today: date,
    now: datetime,
) -> None:
    """What happened to `draft` after its intake, up to `now`: services given (by `worker` and
    others), referrals out, disposal and follow-ups; sets its status and last change."""
    case, case_id = draft.row, draft.case_id
    registered_at, registered_on = draft.registered_at, draft.registered_on
    age_days = (today - registered_on).days
    minor = draft.age < 18
    d = 0 if draft.devanagari else 1
    last_change = draft.last_change

    if age_days < 1 and rng.random() < 0.6:
        case["updated_at"] = last_change
        return
    duration = rng.choices(
        (rng.randint(1, 7), rng.randint(8, 30), rng.randint(31, 120), rng.randint(121, 365)),
        (40, 35, 20, 5),
    )[0]
    disposed_on = registered_on + timedelta(days=duration)
    disposes = disposed_on < today and rng.random() < 0.97
    work_until = disposed_on if disposes else today

    def moment(day: date, early: int = 9, late: int = 19) -> datetime:
        at = local_moment(day, rng.randint(early, late), rng.randrange(60))
        if at < registered_at:
            at = registered_at + timedelta(minutes=rng.randint(5, 90))
        return min(at, now)

    def day_between(first: date, last: date) -> date:
        span = max(0, (last - first).days)
        return first + timedelta(days=rng.randint(0, span))

    # Services given
    first_service: datetime | None = None
    span_last = min(work_until, today)
    for need in sorted(needs):
        if rng.random() > 0.85:
            continue
        sessions = rng.choices((1, 2, 3, 4, 6), (3, 3, 2, 1, 1))[0]
        if need is not ServiceKind.COUNSELLING:
            sessions = 1
        early_kinds = (ServiceKind.RESCUE, ServiceKind.MEDICAL_AID, ServiceKind.POLICE_HELP)
        days = sorted(
            registered_on if need in early_kinds else day_between(registered_on, span_last)
            for _ in range(sessions)
        )
        for session, day in enumerate(days):
            recorded = moment(day)
            given_on = local_date(recorded)
            by = (
                rng.choice(staff.counsellors)
                if need is ServiceKind.COUNSELLING
                else (rng.choice((*staff.operators, worker)))
            )
            summary = rng.choice(SERVICE_SUMMARIES[need])[d]
            notes = ""
            if need is ServiceKind.COUNSELLING:
                summary = f"{summary} {session + 1}"
                if rng.random() < 0.85:
                    notes = rng.choice(COUNSELLING_NOTES)[d]
            rows.services.append(
                {
                    "case_id": case_id,
                    "kind": need.value,
                    "given_on": given_on,
                    "recorded_at": recorded,
                    "recorded_by_id": by,
                    "summary": summary,
                    "confidential_notes": notes,
                }
            )
            stats["services"] += 1
            first_service = recorded if first_service is None else min(first_service, recorded)
            last_change = max(last_change, recorded)
    if first_service is None and (disposes or rng.random() < 0.5):
        first_service = moment(day_between(registered_on, span_last))

    status = CaseStatus.REGISTERED
    if first_service is not None:
        status = CaseStatus.IN_PROGRESS
        rows.status_changes.append(
            {
                "case_id": case_id,
                "from_status": CaseStatus.REGISTERED.value,
                "to_status": CaseStatus.IN_PROGRESS.value,
                "changed_at": first_service,
                "changed_by_id": worker,
            }
        )
        last_change = max(last_change, first_service)

    # Referrals out
    if rng.random() < 0.25 and status is CaseStatus.IN_PROGRESS:
        targets = [ReferralTarget.NGO, ReferralTarget.SKILL_TRAINING]
        if ServiceKind.SHORT_STAY in needs:
            targets += [ReferralTarget.SWADHAR_GREH, ReferralTarget.SHORT_STAY_HOME]
        if ServiceKind.LEGAL_AID in needs:
            targets.append(ReferralTarget.DLSA)
        if ServiceKind.MEDICAL_AID in needs:
            targets.append(ReferralTarget.HOSPITAL)
        if ServiceKind.POLICE_HELP in needs:
            targets.append(ReferralTarget.POLICE)
        if minor:
            targets.append(ReferralTarget.OTHER)
        for target in rng.sample(targets, 1 if rng.random() < 0.8 else min(2, len(targets))):
            referred_on = day_between(registered_on, span_last)
            referred_at = moment(referred_on)
            settled = (today - referred_on).days > 10
            status_of = (
                weighted(
                    rng,
                    (
                        (ReferralStatus.ACCEPTED, 3),
                        (ReferralStatus.COMPLETED, 6),
                        (ReferralStatus.DECLINED, 1),
                    ),
                )
                if settled
                else ReferralStatus.SENT
            )
            updated = (
                min(now, referred_at + timedelta(days=rng.randint(1, 10)))
                if settled
                else referred_at
            )
            rows.referrals.append(
                {
                    "case_id": case_id,
                    "target": target.value,
                    "organisation": rng.choice(REFERRAL_ORGS[target]),
                    "referred_on": local_date(referred_at),
                    "status": status_of.value,
                    "notes": "",
                    "recorded_by_id": worker,
                    "updated_at": updated,
                }
            )
            stats["referrals"] += 1
            last_change = max(last_change, updated)

    # Disposal and follow-ups
    if disposes and status is CaseStatus.IN_PROGRESS:
        disposed_at = max(moment(disposed_on, 10, 18), last_change)
        if disposed_at > now:
            disposed_at = now
        disposed_day = local_date(disposed_at)
        outcome = weighted(
            rng,
            (
                (Outcome.RESOLVED_BY_COUNSELLING, 45),
                (Outcome.REFERRED, 18),
                (Outcome.LEGAL_ACTION_STARTED, 20),
                (Outcome.WITHDRAWN, 10),
                (Outcome.OTHER, 7),
            ),
        )
        by = worker if worker != staff.manager or rng.random() < 0.5 else staff.counsellors[0]
        rows.status_changes.append(
            {
                "case_id": case_id,
                "from_status": CaseStatus.IN_PROGRESS.value,
                "to_status": CaseStatus.DISPOSED.value,
                "outcome": outcome.value,
                "changed_at": disposed_at,
                "changed_by_id": by,
                "note": rng.choice(DISPOSAL_NOTES),
            }
        )
        status = CaseStatus.DISPOSED
        case["outcome"] = outcome.value
        case["disposed_at"] = disposed_at
        last_change = disposed_at
        reopened_at: datetime | None = None
        for months in FOLLOW_UP_MONTHS:
            due_on = add_months(disposed_day, months)
            row: dict[str, Any] = {"case_id": case_id, "due_on": due_on}
            stats["follow_ups"] += 1
            rows.follow_ups.append(row)
            if reopened_at is not None:
                row["cancelled"] = True
                continue
            # Older follow-ups were all made (or she could not be reached); some of the
            # last month's are overdue; later ones are still to come.
            late = (today - due_on).days
            if late < 0 or (late <= 30 and rng.random() < 0.5 - late / 60):
                continue
            done_at = moment(
                min(today, due_on + timedelta(days=rng.randint(0, max(0, min(late, 10)))))
            )
            if done_at < disposed_at:
                done_at = min(now, disposed_at + timedelta(hours=1))
            result = weighted(
                rng,
                (
                    (FollowUpResult.SAFE_AND_WELL, 70),
                    (FollowUpResult.NEEDS_SUPPORT, 15),
                    (FollowUpResult.NOT_REACHABLE, 12),
                    (FollowUpResult.VIOLENCE_RECURRED, 3),
                ),
            )
            row.update(
                done_at=done_at,
                done_by_id=rng.choice(staff.counsellors),
                result=result.value,
                notes=rng.choice(FOLLOW_UP_NOTES[result])[d],
            )
            if result is FollowUpResult.VIOLENCE_RECURRED and late > 120:
                # Long ago she would have been disposed again since: keep the story simple.
                result = FollowUpResult.NEEDS_SUPPORT
                row.update(result=result.value, notes=rng.choice(FOLLOW_UP_NOTES[result])[d])
            last_change = max(last_change, done_at)
            if result is FollowUpResult.VIOLENCE_RECURRED:
                reopened_at = done_at
                rows.status_changes.append(
                    {
                        "case_id": case_id,
                        "from_status": CaseStatus.DISPOSED.value,
                        "to_status": CaseStatus.REOPENED.value,
                        "changed_at": done_at,
                        "changed_by_id": row["done_by_id"],
                        "note": "",
                    }
                )
                status = CaseStatus.REOPENED
        if status is CaseStatus.DISPOSED:
            stats["disposed"] += 1
    case["status"] = status.value
    case["updated_at"] = last_change
