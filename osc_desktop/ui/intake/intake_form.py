"""The intake form, in sections, keyboard first; the Intake area and the case record share it.

    form = IntakeForm()
    form.set_case_workers(staff)           # from services.case_record.list_case_workers
    form.load(detail)                      # a CaseDetail, to edit it
    data = form.collect()                  # an IntakeInput (raises ValidationError for a date
                                           # that cannot be read; collect(lenient=True) does not)
    form.show_errors(error)                # a ValidationError from the services, beside fields
    form.clear(); form.set_quick(True)     # the quick register path shows only a few fields

Every field is named as its `IntakeInput` attribute (and error keys are those names; rows as
`children.<i>.<field>` and `perpetrators.<i>.<field>`). Alt+1 ... Alt+7 jump to the sections,
Alt+letter to the fields (the underlined letter of each label).

The sections build their own fields (`intake_her_details`, `intake_incident`, `intake_needs`);
the form puts them in order and holds what spans them: loading and collecting, the errors,
the quick path, the tab order, and one label column for all.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.services.cases.dto import CaseDetail, IntakeInput
from osc_desktop.services.core.dto import StaffSummary
from osc_desktop.ui.intake.intake_her_details import (
    AboutHerSection,
    ChildrenSection,
    HowSheCameSection,
)
from osc_desktop.ui.intake.intake_incident import WhatHappenedSection
from osc_desktop.ui.intake.intake_needs import (
    CaseWorkerSection,
    ConsentSection,
    ServicesNeededSection,
)
from osc_desktop.ui.intake.intake_section import QUICK_FIELDS, IntakeSection
from osc_desktop.ui.language import tr_field_problem
from osc_desktop.ui.widgets.form_field import ERROR_STYLE, FormField
from osc_desktop.ui.widgets.retranslating import Retranslating

DATE_FIELDS = ("date_of_birth", "incident_date")


class IntakeForm(Retranslating, QWidget):
    """The sectioned intake form. See the module docstring for its use."""

    edited = Signal()  # the operator changed something (not emitted by load() or clear())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._quick = False
        self._unplaced: dict[str, str] = {}

        self.problems = QLabel()  # errors for fields the form does not show, if any
        self.problems.setObjectName("form_problems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.problems)

        self._how = HowSheCameSection()
        self._about = AboutHerSection()
        self._children = ChildrenSection()
        self._what = WhatHappenedSection()
        self._needs = ServicesNeededSection()
        self._consent = ConsentSection()
        self._worker = CaseWorkerSection()
        self.sections: dict[str, IntakeSection] = {}
        for section in (
            self._how,
            self._about,
            self._children,
            self._what,
            self._needs,
            self._consent,
            self._worker,
        ):
            self.sections[section.key] = section
            layout.addWidget(section)
            section.edited.connect(self._on_any_edited)
        layout.addStretch(1)
        self.fields: dict[str, FormField] = {
            name: field for s in self.sections.values() for name, field in s.form.fields.items()
        }
        self._name_the_fields()
        self.children.on_structure_changed = self._update_tab_order
        self.perpetrators.on_structure_changed = self._update_tab_order

        self.retranslate_ui()
        self._update_tab_order()
        self._blank = self._snapshot()

    def _name_the_fields(self) -> None:
        """Every field on the form itself, by its `IntakeInput` name (`case_worker` for the
        case worker's id), as the Intake area, the case record and the tests reach them."""
        self.arrival = self._how.arrival
        self.referred_by = self._how.referred_by
        self.full_name = self._about.full_name
        self.name_withheld = self._about.name_withheld
        self.alias = self._about.alias
        self.age_years = self._about.age_years
        self.date_of_birth = self._about.date_of_birth
        self.is_minor = self._about.is_minor
        self.marital_status = self._about.marital_status
        self.address = self._about.address
        self.phone = self._about.phone
        self.safe_to_call = self._about.safe_to_call
        self.education = self._about.education
        self.occupation = self._about.occupation
        self.disability = self._about.disability
        self.pregnant = self._about.pregnant
        self.language = self._about.language
        self.children = self._children.children_editor
        self.violence = self._what.violence
        self.incident_date = self._what.incident_date
        self.incident_place = self._what.incident_place
        self.narrative = self._what.narrative
        self.narrative_count = self._what.narrative_count
        self.perpetrators = self._what.perpetrators
        self.police_report_kind = self._what.police_report_kind
        self.police_report_number = self._what.police_report_number
        self.police_station = self._what.police_station
        self.needs = self._needs.needs
        self.consent_services = self._consent.consent_services
        self.consent_sharing = self._consent.consent_sharing
        self.consent_statistics = self._consent.consent_statistics
        self.case_worker = self._worker.case_worker

    # --- translation ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        for section in self.sections.values():
            section.retranslate_ui()
        self._align_labels()

    def _align_labels(self) -> None:
        """One label column for every section, so the fields line up down the whole form."""
        labels = [label for section in self.sections.values() for label in section.labels()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # --- the API ---------------------------------------------------------------------------

    def set_case_workers(self, staff: Sequence[StaffSummary]) -> None:
        """The staff to choose a case worker from (keeps the current choice if still listed)."""
        self._worker.set_case_workers(staff)

    def set_today(self, today: date | None) -> None:
        """Fix "today" (for tests); None: the local date."""
        self._about.set_today(today)

    def today(self) -> date:
        return self._about.today()

    def is_quick(self) -> bool:
        return self._quick

    def set_quick(self, quick: bool) -> None:
        """Show only the quick register fields (True) or the whole intake (False).

        Whatever was typed in hidden fields is kept, and still saved.
        """
        self._quick = quick
        for section in self.sections.values():
            section.set_quick(quick)
        self._update_tab_order()

    def load(self, detail: CaseDetail) -> None:
        """Fill the form from a case (to complete or correct its intake)."""
        self._loading = True
        try:
            self._clear_values()
            for section in self.sections.values():
                section.load(detail)
        finally:
            self._loading = False
        self._blank = self._snapshot()

    def collect(self, *, lenient: bool = False) -> IntakeInput:
        """What the form holds, as the services take it.

        Raises ValidationError for typed values the form cannot even read (a date that is not
        a date), unless `lenient`, which gives None for them instead.
        """
        problems: dict[str, FieldInvalid] = {}
        dates: dict[str, date | None] = {}
        for name in DATE_FIELDS:
            editor = getattr(self, name)
            try:
                dates[name] = editor.date_value()
            except FieldInvalid as problem:
                problems[name] = problem
                dates[name] = None
        if problems and not lenient:
            raise ValidationError(problems)
        values: dict[str, Any] = {}
        for section in self.sections.values():
            values.update(section.values(dates))
        return IntakeInput(**values)

    def show_errors(self, error: ValidationError | None, *, focus: bool = True) -> QWidget | None:
        """Show each field's message beside it (None clears them all); the first field with a
        message (in the form's order) gets the focus and is returned. On the quick path, an
        error in a hidden field opens the full form."""
        messages = (
            {name: tr_field_problem(problem) for name, problem in error.field_errors.items()}
            if error is not None
            else {}
        )
        if self._quick and any(name.split(".")[0] not in QUICK_FIELDS for name in messages):
            self.set_quick(False)
        first: QWidget | None = None
        for section in self.sections.values():
            shown = section.show_errors(messages)
            if first is None and shown is not None:
                first = shown.editor
        known = set(self.fields)
        self._unplaced = {
            name: text
            for name, text in messages.items()
            if name not in known and not name.startswith(("children.", "perpetrators."))
        }
        self.problems.setText("\n".join(self._unplaced.values()))
        self.problems.setVisible(bool(self._unplaced))
        if first is None and self._unplaced:
            first = self.problems
        if focus and first is not None and first is not self.problems:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def clear(self) -> None:
        """Empty every field and error, ready for the next woman."""
        self._loading = True
        try:
            self._clear_values()
        finally:
            self._loading = False
        self.show_errors(None, focus=False)
        self._blank = self._snapshot()

    def has_input(self) -> bool:
        """Whether anything was typed or chosen since the last clear() or load()."""
        return self._snapshot() != self._blank

    def first_field(self) -> QWidget:
        return self.arrival

    def focus_chain(self) -> list[QWidget]:
        """The form's focusable widgets in tab order (visible or not)."""
        return [editor for section in self.sections.values() for editor in section.editors()]

    # --- inside ----------------------------------------------------------------------------

    def _clear_values(self) -> None:
        for section in self.sections.values():
            section.clear()
        for field in self.fields.values():
            field.set_error("")

    def _snapshot(self) -> tuple[Any, ...]:
        data = self.collect(lenient=True)
        return (data, self.date_of_birth.text(), self.incident_date.text())

    def _set_violence(self, kinds: Iterable[str]) -> None:
        """Tick exactly the kinds of violence `kinds` (as the tests fill the form)."""
        self._what.set_violence(kinds)

    def _update_tab_order(self) -> None:
        chain = self.focus_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        # Alt+1 ... Alt+7: each heading's buddy is its section's first field.
        for section in self.sections.values():
            section.heading.setBuddy(section.first_editor())

    def _on_any_edited(self) -> None:
        if not self._loading:
            self.edited.emit()
