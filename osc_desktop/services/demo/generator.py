"""The demo cases, generated chunk by chunk from one seeded generator: when each was
registered, who she is and the registration itself; the full intake (`intake`) and what
happened afterwards (`afterwards`) follow.

What the cases hold, roughly as a district centre sees them: names in Devanagari and in Latin
script; now and then the same woman returning, her name written in the other script and her
new case linked to the earlier one; every kind of violence, several at once; children with
her; perpetrators; FIR, NCR or DIR numbers; services given (counselling sessions with their
confidential notes); referrals out; disposed cases with their follow-ups (some done, some
overdue, some due); some quick-registered cases still incomplete; cases registered over about
four years, so over several financial years."""

from __future__ import annotations

import bisect
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from osc_desktop.models import CaseStatus, ViolenceKind
from osc_desktop.services.cases.numbers import format_case_number
from osc_desktop.services.core.calendar import financial_year_label
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.demo.afterwards import add_afterwards
from osc_desktop.services.demo.common import (
    CaseDraft,
    Rows,
    Woman,
    local_moment,
    weighted,
    years_between,
)
from osc_desktop.services.demo.intake import fill_intake
from osc_desktop.services.demo.names import ALIASES
from osc_desktop.services.demo.staff import StaffIds
from osc_desktop.services.demo.women import name_of, new_woman
from osc_desktop.services.demo.wording import (
    ALSO,
    ARRIVAL_WEIGHTS,
    CHILD_KINDS,
    REFERRERS,
    VIOLENCE_WEIGHTS,
)

# Registrations spread over this many days before `now` (about four years).
SPAN_DAYS = 4 * 365 + 1


class Generator:
    """Makes the rows of `count` cases, chunk by chunk, from one seeded generator."""

    def __init__(
        self, *, count: int, seed: int, now: datetime, staff: StaffIds, first_id: int, code: str
    ) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.now = now.astimezone(UTC)
        self.today = local_date(now)
        self.staff = staff
        self.first_id = first_id
        self.code = code
        self.women: list[Woman] = []
        self._first_cases: list[int] = []  # women's first case indexes, ascending
        # Case index -> whether it was written in Devanagari (a returning woman's new case is
        # written in the other script).
        self._script_of: dict[int, bool] = {}
        self.sequences: dict[str, int] = {}
        self.stats = {
            "linked_pairs": 0,
            "incomplete": 0,
            "disposed": 0,
            "children": 0,
            "services": 0,
            "referrals": 0,
            "follow_ups": 0,
        }
        self.moments = self._registration_moments()
        self.forced_kinds = self._forced_kinds()
        self.returns = self._returns()

    # ----------------------------------------------------------------- the whole plan

    def _registration_moments(self) -> list[datetime]:
        """When each case was registered, oldest first: more cases in later years, at any hour
        (fewer at night), none in the future."""
        rng = self.rng
        start = self.today - timedelta(days=SPAN_DAYS - 1)
        moments = []
        for _ in range(self.count):
            position = rng.random() if rng.random() < 0.5 else rng.random() ** 0.5
            day = start + timedelta(days=min(SPAN_DAYS - 1, int(position * SPAN_DAYS)))
            hour = rng.choices(range(24), [1] * 6 + [3] * 4 + [6] * 8 + [3] * 4 + [2] * 2)[0]
            moment = local_moment(day, hour, rng.randrange(60))
            if moment > self.now:
                moment = self.now - timedelta(minutes=rng.randrange(1, 180))
            moments.append(moment)
        moments.sort()
        return moments

    def _forced_kinds(self) -> dict[int, ViolenceKind]:
        """Case indexes that must carry a given kind, so that every kind is present."""
        kinds = list(ViolenceKind)
        # Leave the last weeks (where quick registrations cluster) and the first case alone.
        eligible = range(1, max(1, self.count - max(1, self.count // 10)))
        if len(eligible) < len(kinds):
            eligible = range(self.count)
        picked = self.rng.sample(list(eligible), min(len(kinds), len(eligible)))
        return dict(zip(picked, kinds, strict=False))

    def _returns(self) -> set[int]:
        """Indexes of the cases of a woman who came before (about 4 in 100 cases); which
        earlier woman is chosen when the case is made."""
        rng = self.rng
        returns = {index for index in range(1, self.count) if rng.random() < 0.04}
        if not returns and self.count >= 10:
            returns.add(self.count - 1)
        return returns

    # ----------------------------------------------------------------- one chunk

    def chunk(self, start: int, stop: int) -> Rows:
        """The rows of the cases with indexes `start` to `stop` (not included), made in order."""
        rows = Rows()
        for index in range(start, stop):
            self._case(index, rows)
        return rows

    def _add_woman(self, woman: Woman) -> None:
        self.women.append(woman)
        self._first_cases.append(woman.first_case_index)

    def _earlier_woman(self, registered_at: datetime) -> Woman | None:
        """A woman who first came between two years and a month before `registered_at`, with
        her name given (not withheld); None if there is none."""
        first_cases = self._first_cases
        stop = bisect.bisect_left(
            first_cases, bisect.bisect_left(self.moments, registered_at - timedelta(days=30))
        )
        start = bisect.bisect_left(
            first_cases, bisect.bisect_left(self.moments, registered_at - timedelta(days=730))
        )
        for _ in range(5):
            if start >= stop:
                return None
            woman = self.women[self.rng.randrange(start, stop)]
            if not woman.name_withheld:
                return woman
        return None

    def _kinds(self, index: int, woman: Woman | None, registered: date) -> list[ViolenceKind]:
        """The kinds of violence of case `index` (the first is the main one)."""
        rng = self.rng
        forced = self.forced_kinds.get(index)
        if forced is not None:
            first = forced
        else:
            first = weighted(rng, VIOLENCE_WEIGHTS)
            if woman is not None:
                age = years_between(woman.born, registered)
                if first in CHILD_KINDS and age >= 18:
                    first = ViolenceKind.DOMESTIC
                if first is ViolenceKind.ELDER_ABUSE and age < 60:
                    first = ViolenceKind.DOMESTIC
        kinds = [first]
        also = ALSO.get(first, ())
        if also and rng.random() < 0.35:
            kinds.append(rng.choice(also))
        return list(dict.fromkeys(kinds))

    def _case(self, index: int, rows: Rows) -> None:
        rng = self.rng
        staff = self.staff
        case_id = self.first_id + index
        registered_at = self.moments[index]
        registered_on = local_date(registered_at)
        age_days = (self.today - registered_on).days

        woman = self._earlier_woman(registered_at) if index in self.returns else None
        kinds = self._kinds(index, woman, registered_on)
        returning = woman is not None
        if woman is None:
            woman = new_woman(rng, index, kinds[0], registered_on)
            self._add_woman(woman)
        age = years_between(woman.born, registered_on)
        unfitting = (kinds[0] in CHILD_KINDS and age >= 18) or (
            kinds[0] is ViolenceKind.ELDER_ABUSE and age < 60
        )
        if unfitting:  # a kind forced on a returning woman it cannot fit: another woman
            woman = new_woman(rng, index, kinds[0], registered_on)
            self._add_woman(woman)
            returning = False
            age = years_between(woman.born, registered_on)
        minor = age < 18

        # The script a case is written in: the operator's habit; a returning woman's name is
        # written in the other script than on her earlier case.
        if returning:
            previous_devanagari = self._script_of.get(woman.first_case_index, True)
            devanagari = not previous_devanagari
        else:
            devanagari = rng.random() < 0.55
        self._script_of[index] = devanagari
        d = 0 if devanagari else 1

        quick = (age_days <= 14 and rng.random() < 0.35) or rng.random() < 0.01
        # At least one quick registration in any centre of 20 cases or more.
        last_chance = index == self.count - 1 and self.count >= 20 and not self.stats["incomplete"]
        quick = (quick or last_chance) and index not in self.forced_kinds
        arrival = weighted(rng, ARRIVAL_WEIGHTS)
        registered_by = rng.choice(staff.operators) if rng.random() < 0.8 else staff.manager
        referrers = REFERRERS.get(arrival)
        referred_by = rng.choice(referrers)[d] if referrers and rng.random() < 0.7 else ""

        full_name = "" if woman.name_withheld else name_of(woman, devanagari)
        alias = ALIASES[woman.alias][d] if woman.alias is not None else ""
        if woman.name_withheld and not alias:
            alias = ALIASES[woman.first % len(ALIASES)][d]
        financial_year = financial_year_label(registered_on)
        sequence = self.sequences.get(financial_year, 0) + 1
        self.sequences[financial_year] = sequence
        case: dict[str, Any] = {
            "id": case_id,
            "case_number": format_case_number(self.code, financial_year, sequence),
            "financial_year": financial_year,
            "sequence": sequence,
            "registered_at": registered_at,
            "registered_by_id": registered_by,
            "intake_complete": not quick,
            "arrival": arrival.value,
            "referred_by": referred_by,
            "full_name": full_name,
            "alias": alias,
            "name_withheld": woman.name_withheld,
            "age_years": None,
            "date_of_birth": None,
            "is_minor": minor,
            "marital_status": None,
            "address": "",
            "phone": woman.phone if (not quick or rng.random() < 0.5) else "",
            "safe_to_call": None,
            "education": None,
            "occupation": "",
            "disability": "",
            "pregnant": None,
            "language": "",
            "incident_date": None,
            "incident_place": "",
            "narrative": "",
            "police_report_kind": None,
            "police_report_number": "",
            "police_station": "",
            "consent_services": None,
            "consent_sharing": None,
            "consent_statistics": None,
            "case_worker_id": None,
            "status": CaseStatus.REGISTERED.value,
            "outcome": None,
            "disposed_at": None,
            "erased_at": None,
            "erased_by_id": None,
        }
        rows.cases.append(case)
        rows.status_changes.append(
            {
                "case_id": case_id,
                "from_status": None,
                "to_status": CaseStatus.REGISTERED.value,
                "changed_at": registered_at,
                "changed_by_id": registered_by,
            }
        )
        last_change = registered_at
        if returning:
            earlier_id = self.first_id + woman.first_case_index
            rows.links.append(
                {
                    "case_id": case_id,
                    "linked_case_id": earlier_id,
                    "created_at": registered_at,
                    "created_by_id": registered_by,
                }
            )
            self.stats["linked_pairs"] += 1
        if quick:
            self.stats["incomplete"] += 1
            case["updated_at"] = registered_at
            if rng.random() < 0.3:
                case["case_worker_id"] = rng.choice(staff.counsellors)
            return

        draft = CaseDraft(
            case_id=case_id,
            row=case,
            woman=woman,
            kinds=kinds,
            arrival=arrival,
            registered_at=registered_at,
            registered_on=registered_on,
            age=age,
            devanagari=devanagari,
            last_change=last_change,
        )
        needs, worker = fill_intake(rng, draft, rows, staff, self.stats)
        add_afterwards(
            rng,
            draft,
            rows,
            staff,
            self.stats,
            needs=needs,
            worker=worker,
            today=self.today,
            now=self.now,
        )
