"""The intake form's closing sections: the services she needs (5), her consent (6), and her
case worker (7)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.cases.vocabulary import CASE_CONTEXT, SERVICE_LABELS
from osc_desktop.services.core.dto import StaffSummary
from osc_desktop.ui.intake.intake_section import IntakeSection
from osc_desktop.ui.intake.widgets import FormCombo, TriStateCombo


class ServicesNeededSection(IntakeSection):
    """5. Services needed: a tick for each service, two to a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("services_needed", parent)
        self.needs_box = QWidget()
        grid = QGridLayout(self.needs_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.needs: dict[str, QCheckBox] = {}
        for index, service in enumerate(SERVICE_LABELS):
            check = QCheckBox()
            check.setObjectName(f"need_{service}")
            check.toggled.connect(self._on_edited)
            self.needs[str(service)] = check
            grid.addWidget(check, index // 2, index % 2)
        self.needs_box.setFocusProxy(next(iter(self.needs.values())))
        field = self._add_composite("needs", self.needs_box, self.needs_box)
        for check in self.needs.values():
            check.toggled.connect(lambda _on: field.set_error(""))
        self._connect_edits()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&5  Services needed"))
        self.form.set_label("needs", self.tr("Services she needs:"))
        for service, check in self.needs.items():
            source = SERVICE_LABELS[next(k for k in SERVICE_LABELS if str(k) == service)]
            check.setText(QCoreApplication.translate(CASE_CONTEXT, source))

    def load(self, detail: CaseDetail) -> None:
        for service, check in self.needs.items():
            check.setChecked(service in detail.needs)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        return {"needs": frozenset(s for s, check in self.needs.items() if check.isChecked())}

    def clear(self) -> None:
        for check in self.needs.values():
            check.setChecked(False)

    def editors(self) -> list[QWidget]:
        return list(self.needs.values())


class ConsentSection(IntakeSection):
    """6. Consent: to services, to sharing with police or court, to the statistics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("consent", parent)
        self.consent_services = TriStateCombo()
        self.form.add("consent_services", self.consent_services)
        self.consent_sharing = TriStateCombo()
        self.form.add("consent_sharing", self.consent_sharing)
        self.consent_statistics = TriStateCombo()
        self.form.add("consent_statistics", self.consent_statistics)
        self._connect_edits()

    def _choices(self) -> tuple[TriStateCombo, ...]:
        return (self.consent_services, self.consent_sharing, self.consent_statistics)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&6  Consent"))
        labels = {
            "consent_services": self.tr("To receive services:"),
            "consent_sharing": self.tr("To share with police or court:"),
            "consent_statistics": self.tr("For non-identifying statistics:"),
        }
        for name in self.form.fields:
            self.form.set_label(name, labels[name])
        not_asked = self.tr("Not asked yet")
        for combo in self._choices():
            combo.retranslate(not_asked, self.tr("Yes, she agrees"), self.tr("No, she refuses"))

    def load(self, detail: CaseDetail) -> None:
        self.consent_services.set_value(detail.consent_services)
        self.consent_sharing.set_value(detail.consent_sharing)
        self.consent_statistics.set_value(detail.consent_statistics)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        return {
            "consent_services": self.consent_services.value(),
            "consent_sharing": self.consent_sharing.value(),
            "consent_statistics": self.consent_statistics.value(),
        }

    def clear(self) -> None:
        for combo in self._choices():
            combo.set_value(None)


class CaseWorkerSection(IntakeSection):
    """7. Case worker: one of the active staff, or not assigned yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("case_worker", parent)
        self.case_worker = FormCombo()
        self.case_worker.addItem("", None)
        self.form.add("case_worker_id", self.case_worker)
        self._connect_edits()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&7  Case worker"))
        self.form.set_label("case_worker_id", self.tr("Case worker:"))
        self.case_worker.setItemText(0, self.tr("Not assigned yet"))

    def set_case_workers(self, staff: Sequence[StaffSummary]) -> None:
        """The staff to choose a case worker from (keeps the current choice if still listed)."""
        current = self.case_worker.currentData()
        self._quiet = True
        try:
            while self.case_worker.count() > 1:
                self.case_worker.removeItem(1)
            for person in staff:
                self.case_worker.addItem(person.full_name, person.id)
            self._select(current, "")
        finally:
            self._quiet = False

    def _select(self, user_id: int | None, name: str) -> None:
        index = self.case_worker.findData(user_id) if user_id is not None else 0
        if index < 0:  # no longer active: still show who it is
            self.case_worker.addItem(name or f"#{user_id}", user_id)
            index = self.case_worker.count() - 1
        self.case_worker.setCurrentIndex(index)

    def load(self, detail: CaseDetail) -> None:
        self._select(detail.case_worker_id, detail.case_worker_name)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        return {"case_worker_id": self.case_worker.currentData()}

    def clear(self) -> None:
        self.case_worker.setCurrentIndex(0)
