"""The case record's tables (services given, referrals, follow-ups, timeline) and the words
they show: coded values translated through the "case" context of `services.case_vocabulary`."""

from __future__ import annotations

import html
from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.services.cases.dto import CaseDetail, IntakeSection
from osc_desktop.services.cases.vocabulary import (
    ARRIVAL_LABELS,
    CASE_CONTEXT,
    CHILD_SEX_LABELS,
    EDUCATION_LABELS,
    FOLLOW_UP_RESULT_LABELS,
    GBV_TYPE_LABELS,
    MARITAL_STATUS_LABELS,
    OUTCOME_LABELS,
    POLICE_REPORT_LABELS,
    REFERRAL_STATUS_LABELS,
    REFERRAL_TARGET_LABELS,
    RELATIONSHIP_LABELS,
    SERVICE_LABELS,
    STATUS_LABELS,
    VIOLENCE_LABELS,
)
from osc_desktop.ui.formats import format_date, format_moment, local_date
from osc_desktop.ui.item_models.rows_table_model import RowsTableModel

OVERDUE_COLOUR = "#b3261e"
RECORD_CONTEXT = "CaseRecord"


def case_label(labels: Mapping[Any, str], value: str | None) -> str:
    """The label of a coded value (a StrEnum value) in the interface language; "" for none.

    (A StrEnum member hashes by its name, not its value, so the dicts are scanned.)
    """
    if not value:
        return ""
    for member, source in labels.items():
        if member == value:
            return QCoreApplication.translate(CASE_CONTEXT, source)
    return value


def status_text(status: str, outcome: str | None) -> str:
    """ "Disposed (Resolved by counselling)", or just the status."""
    text = case_label(STATUS_LABELS, status)
    if outcome:
        text = f"{text} ({case_label(OUTCOME_LABELS, outcome)})"
    return text


def section_label(section: str) -> str:
    """An intake part still missing, as it reads in "Intake incomplete: consent, case worker"."""
    labels = {
        IntakeSection.ABOUT_HER: QCoreApplication.translate("CaseRecord", "her age"),
        IntakeSection.WHAT_HAPPENED: QCoreApplication.translate("CaseRecord", "what happened"),
        IntakeSection.SERVICES_NEEDED: QCoreApplication.translate("CaseRecord", "services needed"),
        IntakeSection.CONSENT: QCoreApplication.translate("CaseRecord", "consent"),
        IntakeSection.CASE_WORKER: QCoreApplication.translate("CaseRecord", "case worker"),
    }
    return next((text for member, text in labels.items() if member == section), section)


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 80 else line[:79] + "…"


class _RecordRows(RowsTableModel):
    """Rows of frozen DTOs with an `id`; `row_at(n)` gives one back."""

    def rows(self) -> list[Any]:
        return list(self._rows)

    def cell_data(self, row: Any, column: Any, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        return self.other_data(row, column, role)

    def text(self, row: Any, column: Any) -> str:
        raise NotImplementedError

    def other_data(self, row: Any, column: Any, role: int) -> object:
        return None


class ServicesTableModel(_RecordRows):
    """Services given (ServiceRow). A counselling note the role may not read shows only as
    "Confidential": its text never reaches this model (the service leaves it None)."""

    class Column(IntEnum):
        GIVEN_ON = 0
        KIND = 1
        SUMMARY = 2
        NOTES = 3
        RECORDED_BY = 4

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.GIVEN_ON: self.tr("Given on"),
            self.Column.KIND: self.tr("Service"),
            self.Column.SUMMARY: self.tr("Summary"),
            self.Column.NOTES: self.tr("Counselling notes"),
            self.Column.RECORDED_BY: self.tr("Recorded by"),
        }

    def text(self, row: Any, column: Any) -> str:
        if column == self.Column.GIVEN_ON:
            return format_date(row.given_on)
        if column == self.Column.KIND:
            return case_label(SERVICE_LABELS, row.kind)
        if column == self.Column.SUMMARY:
            return _first_line(row.summary)
        if column == self.Column.NOTES:
            if row.confidential_notes is None:
                return self.tr("Confidential") if row.has_confidential_notes else ""
            return _first_line(row.confidential_notes)
        return row.recorded_by_name

    def other_data(self, row: Any, column: Any, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.Column.SUMMARY and row.summary:
                return row.summary
            if column == self.Column.NOTES and row.has_confidential_notes:
                if row.confidential_notes is None:
                    return self.tr(
                        "Counselling notes are read only by counsellors and the manager."
                    )
                return row.confidential_notes
        if (
            role == Qt.ItemDataRole.FontRole
            and column == self.Column.NOTES
            and row.confidential_notes is None
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class ReferralsTableModel(_RecordRows):
    """Referrals out (ReferralRow) with their status."""

    class Column(IntEnum):
        REFERRED_ON = 0
        TARGET = 1
        ORGANISATION = 2
        STATUS = 3
        NOTES = 4
        RECORDED_BY = 5

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.REFERRED_ON: self.tr("Referred on"),
            self.Column.TARGET: self.tr("Referred to"),
            self.Column.ORGANISATION: self.tr("Organisation"),
            self.Column.STATUS: self.tr("Status"),
            self.Column.NOTES: self.tr("Notes"),
            self.Column.RECORDED_BY: self.tr("Recorded by"),
        }

    def text(self, row: Any, column: Any) -> str:
        if column == self.Column.REFERRED_ON:
            return format_date(row.referred_on)
        if column == self.Column.TARGET:
            return case_label(REFERRAL_TARGET_LABELS, row.target)
        if column == self.Column.ORGANISATION:
            return row.organisation
        if column == self.Column.STATUS:
            return case_label(REFERRAL_STATUS_LABELS, row.status)
        if column == self.Column.NOTES:
            return _first_line(row.notes)
        return row.recorded_by_name

    def other_data(self, row: Any, column: Any, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.NOTES and row.notes:
            return row.notes
        return None


class CaseFollowUpsTableModel(_RecordRows):
    """This case's follow-up schedule (FollowUpRow): due, overdue (red), done, cancelled."""

    class Column(IntEnum):
        DUE_ON = 0
        STATE = 1
        RESULT = 2
        NOTES = 3

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.DUE_ON: self.tr("Due on"),
            self.Column.STATE: self.tr("State"),
            self.Column.RESULT: self.tr("Result"),
            self.Column.NOTES: self.tr("Notes"),
        }

    def state_text(self, row: Any) -> str:
        if row.cancelled:
            return self.tr("Cancelled (case reopened)")
        if row.done_at is not None:
            return self.tr("Done on %1").replace("%1", format_date(local_date(row.done_at)))
        if row.overdue:
            return self.tr("Overdue")
        return self.tr("Due")

    def text(self, row: Any, column: Any) -> str:
        if column == self.Column.DUE_ON:
            return format_date(row.due_on)
        if column == self.Column.STATE:
            return self.state_text(row)
        if column == self.Column.RESULT:
            return case_label(FOLLOW_UP_RESULT_LABELS, row.result)
        return _first_line(row.notes)

    def other_data(self, row: Any, column: Any, role: int) -> object:
        open_and_overdue = row.overdue and row.done_at is None and not row.cancelled
        if role == Qt.ItemDataRole.ForegroundRole and open_and_overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.NOTES and row.notes:
            return row.notes
        return None


# What each kind of timeline entry says, and where its code's label comes from.
TIMELINE_KINDS: dict[str, str] = {
    "registered": QT_TRANSLATE_NOOP("CaseRecord", "Registered"),
    "edited": QT_TRANSLATE_NOOP("CaseRecord", "Details changed"),
    "status": QT_TRANSLATE_NOOP("CaseRecord", "Status changed"),
    "service": QT_TRANSLATE_NOOP("CaseRecord", "Service recorded"),
    "referral": QT_TRANSLATE_NOOP("CaseRecord", "Referral"),
    "follow_up": QT_TRANSLATE_NOOP("CaseRecord", "Follow-up"),
    "linked": QT_TRANSLATE_NOOP("CaseRecord", "Linked to another case"),
    "unlinked": QT_TRANSLATE_NOOP("CaseRecord", "Link removed"),
    "printed": QT_TRANSLATE_NOOP("CaseRecord", "Printed"),
    "erased": QT_TRANSLATE_NOOP("CaseRecord", "Erased on request"),
}
_TIMELINE_CODE_LABELS: dict[str, tuple[Mapping[Any, str], ...]] = {
    "status": (STATUS_LABELS, OUTCOME_LABELS),
    "service": (SERVICE_LABELS,),
    "referral": (REFERRAL_TARGET_LABELS, REFERRAL_STATUS_LABELS),
    "follow_up": (FOLLOW_UP_RESULT_LABELS,),
}


def timeline_kind_label(kind: str) -> str:
    source = TIMELINE_KINDS.get(kind)
    return QCoreApplication.translate(RECORD_CONTEXT, source) if source else kind


def timeline_code_label(kind: str, code: str) -> str:
    if not code:
        return ""
    if kind == "printed":
        forms = {
            "registration": QT_TRANSLATE_NOOP("CaseRecord", "Registration form"),
            "consent": QT_TRANSLATE_NOOP("CaseRecord", "Consent form"),
        }
        return QCoreApplication.translate(RECORD_CONTEXT, forms[code]) if code in forms else code
    for labels in _TIMELINE_CODE_LABELS.get(kind, ()):
        if any(member == code for member in labels):
            return case_label(labels, code)
    return code


class TimelineTableModel(_RecordRows):
    """Everything that happened to the case (TimelineEntry), newest first."""

    class Column(IntEnum):
        AT = 0
        WHAT = 1
        DETAIL = 2
        BY = 3

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.AT: self.tr("When"),
            self.Column.WHAT: self.tr("What"),
            self.Column.DETAIL: self.tr("Detail"),
            self.Column.BY: self.tr("By"),
        }

    def text(self, row: Any, column: Any) -> str:
        if column == self.Column.AT:
            return format_moment(row.at)
        if column == self.Column.WHAT:
            what = timeline_kind_label(row.kind)
            code = timeline_code_label(row.kind, row.code)
            outcome = case_label(OUTCOME_LABELS, getattr(row, "outcome", ""))
            status = case_label(REFERRAL_STATUS_LABELS, getattr(row, "referral_status", ""))
            if outcome:
                code = f"{code} ({outcome})"
            if status:
                code = f"{code} – {status}" if code else status
            return f"{what}: {code}" if code else what
        if column == self.Column.DETAIL:
            return _first_line(row.detail)
        return row.actor_name

    def other_data(self, row: Any, column: Any, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.DETAIL and row.detail:
            return row.detail
        return None


__all__ = [
    "CaseFollowUpsTableModel",
    "ReferralsTableModel",
    "ServicesTableModel",
    "TimelineTableModel",
    "case_label",
    "section_label",
    "status_text",
]


def erased_figures_html(detail: CaseDetail) -> str:
    """What an erased case still shows: the figures that identify nobody, as a small table."""

    def _t(text: str) -> str:
        return QCoreApplication.translate("CaseRecord", text)  # texts marked below

    def yes_no(value: bool | None) -> str:
        return (
            ""
            if value is None
            else (
                _t(QT_TRANSLATE_NOOP("CaseRecord", "Yes"))
                if value
                else _t(QT_TRANSLATE_NOOP("CaseRecord", "No"))
            )
        )

    children = "; ".join(
        f"{case_label(CHILD_SEX_LABELS, c.sex)}, {c.age_years}" for c in detail.children
    )
    police = case_label(POLICE_REPORT_LABELS, detail.police_report_kind)
    if police and detail.police_station:
        police = f"{police}, {detail.police_station}"
    rows = [
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Registered on")),
            format_date(local_date(detail.registered_at)),
        ),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "How she came")),
            case_label(ARRIVAL_LABELS, detail.arrival),
        ),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Age")),
            "" if detail.age_years is None else str(detail.age_years),
        ),
        (_t(QT_TRANSLATE_NOOP("CaseRecord", "Minor")), yes_no(detail.is_minor)),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Marital status")),
            case_label(MARITAL_STATUS_LABELS, detail.marital_status),
        ),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Education")),
            case_label(EDUCATION_LABELS, detail.education),
        ),
        (_t(QT_TRANSLATE_NOOP("CaseRecord", "Occupation")), detail.occupation),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Kinds of violence")),
            ", ".join(case_label(VIOLENCE_LABELS, v) for v in detail.violence),
        ),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "GBVIMS core type")),
            case_label(GBV_TYPE_LABELS, detail.core_gbv_type),
        ),
        (_t(QT_TRANSLATE_NOOP("CaseRecord", "Children with her")), children),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Perpetrators")),
            ", ".join(case_label(RELATIONSHIP_LABELS, p.relationship) for p in detail.perpetrators),
        ),
        (_t(QT_TRANSLATE_NOOP("CaseRecord", "Police report")), police),
        (
            _t(QT_TRANSLATE_NOOP("CaseRecord", "Services needed")),
            ", ".join(case_label(SERVICE_LABELS, n) for n in detail.needs),
        ),
        (_t(QT_TRANSLATE_NOOP("CaseRecord", "Status")), status_text(detail.status, detail.outcome)),
    ]
    cells = "".join(
        f'<tr><td style="padding:3px 16px 3px 0; color:#5f6368">{html.escape(label)}</td>'
        f'<td style="padding:3px 0">{html.escape(value or "—")}</td></tr>'
        for label, value in rows
    )
    return f"<table>{cells}</table>"
