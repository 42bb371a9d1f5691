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
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.services.cases.dto import CaseDetail, IntakeInput
from osc_desktop.services.cases.intake_validation import MINOR_BELOW, TEXT_LIMITS
from osc_desktop.services.cases.vocabulary import (
    ARRIVAL_LABELS,
    CASE_CONTEXT,
    EDUCATION_LABELS,
    GBV_TYPE_LABELS,
    GBV_TYPE_OF,
    MARITAL_STATUS_LABELS,
    POLICE_REPORT_LABELS,
    SERVICE_LABELS,
    VIOLENCE_LABELS,
    ViolenceKind,
    core_gbv_type,
)
from osc_desktop.services.core.dto import StaffSummary
from osc_desktop.services.core.validation import DEVANAGARI_TO_ASCII_DIGITS
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.intake.rows import ChildrenEditor, PerpetratorsEditor
from osc_desktop.ui.intake.widgets import CodeCombo, DateLine, FormCombo, TriStateCombo
from osc_desktop.ui.language import tr_field_problem
from osc_desktop.ui.widgets.form_field import ERROR_STYLE, FieldForm, FormField
from osc_desktop.ui.widgets.labels import HINT_STYLE, make_bold
from osc_desktop.ui.widgets.retranslating import Retranslating

# The counter under the narrative turns red beyond what the services accept; nothing is ever
# cut short (the save then says "Too long" beside it).
NARRATIVE_MAX_LENGTH = TEXT_LIMITS["narrative"]

# Fields shown on the quick register path: how she came, who she is, and the two things that
# help find her earlier record (age and phone). Everything else can follow later.
QUICK_FIELDS = frozenset(
    {"arrival", "referred_by", "full_name", "name_withheld", "alias", "age_years", "phone"}
)
DATE_FIELDS = ("date_of_birth", "incident_date")


def _typed_age(text: str) -> int | None:
    digits = text.strip().translate(DEVANAGARI_TO_ASCII_DIGITS)
    return int(digits) if digits.isdigit() and len(digits) <= 3 else None


def _age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


@dataclass
class _Section:
    key: str
    box: QFrame
    heading: QLabel
    form: FieldForm


class IntakeForm(Retranslating, QWidget):
    """The sectioned intake form. See the module docstring for its use."""

    edited = Signal()  # the operator changed something (not emitted by load() or clear())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._quick = False
        self._today: date | None = None  # tests set it; otherwise the local date
        self._unplaced: dict[str, str] = {}
        self.sections: dict[str, _Section] = {}
        self.fields: dict[str, FormField] = {}

        self.problems = QLabel()  # errors for fields the form does not show, if any
        self.problems.setObjectName("form_problems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.problems)

        # 1. How she came
        form = self._section("how_she_came", layout)
        self.arrival = CodeCombo(ARRIVAL_LABELS, blank=False)
        form.add("arrival", self.arrival)
        self.referred_by = QLineEdit()
        form.add("referred_by", self.referred_by)

        # 2. About her
        form = self._section("about_her", layout)
        self.full_name = QLineEdit()
        form.add("full_name", self.full_name)
        self.name_withheld = QCheckBox()
        form.add("name_withheld", self.name_withheld)
        self.alias = QLineEdit()
        form.add("alias", self.alias)
        self.age_years = QLineEdit()
        self.age_years.setFixedWidth(110)
        form.add("age_years", self.age_years)
        self.date_of_birth = DateLine()
        form.add("date_of_birth", self.date_of_birth)
        self.is_minor = TriStateCombo()
        self.is_minor.setObjectName("is_minor")
        self.minor_hint = QLabel()
        self.minor_hint.setStyleSheet(HINT_STYLE)
        minor_row = QWidget()
        minor_layout = QHBoxLayout(minor_row)
        minor_layout.setContentsMargins(0, 0, 0, 0)
        minor_layout.addWidget(self.is_minor)
        minor_layout.addWidget(self.minor_hint, 1)
        minor_row.setFocusProxy(self.is_minor)
        self._add_composite(form, "is_minor", self.is_minor, minor_row)
        self.marital_status = CodeCombo(MARITAL_STATUS_LABELS, blank=True)
        form.add("marital_status", self.marital_status)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        form.add("address", self.address)
        self.phone = QLineEdit()
        self.phone.setFixedWidth(260)
        form.add("phone", self.phone)
        self.safe_to_call = TriStateCombo()
        form.add("safe_to_call", self.safe_to_call)
        self.education = CodeCombo(EDUCATION_LABELS, blank=True)
        form.add("education", self.education)
        self.occupation = QLineEdit()
        form.add("occupation", self.occupation)
        self.disability = QLineEdit()
        form.add("disability", self.disability)
        self.pregnant = TriStateCombo()
        form.add("pregnant", self.pregnant)
        self.language = QLineEdit()
        form.add("language", self.language)

        # 3. Children with her
        form = self._section("children", layout)
        self.children = ChildrenEditor()
        self.children.on_structure_changed = self._update_tab_order
        self.children.changed.connect(self._on_any_edited)
        form.layout.addRow(self.children)

        # 4. What happened
        form = self._section("what_happened", layout)
        self.violence = QTreeWidget()
        self.violence.setColumnCount(2)
        self.violence.setRootIsDecorated(False)
        self.violence.setUniformRowHeights(True)
        self.violence.setAllColumnsShowFocus(True)
        # Ticks say what is chosen; a highlighted row would look chosen too.
        self.violence.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.violence.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in VIOLENCE_LABELS:
            item = QTreeWidgetItem(self.violence)
            item.setData(0, Qt.ItemDataRole.UserRole, str(kind))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setForeground(1, self.palette().placeholderText())
        self.violence.setCurrentItem(self.violence.topLevelItem(0))
        self.violence.itemChanged.connect(self._on_violence_item_changed)
        form.add("violence", self.violence)
        self.core_type = QLabel()
        self.core_type.setStyleSheet(HINT_STYLE)
        form.layout.addRow("", self.core_type)
        self.incident_date = DateLine()
        form.add("incident_date", self.incident_date)
        self.incident_place = QLineEdit()
        form.add("incident_place", self.incident_place)
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(140)
        self.narrative.textChanged.connect(self._update_narrative_count)
        narrative_field = form.add("narrative", self.narrative)
        self.narrative_count = QLabel()
        self.narrative_count.setObjectName("narrative_count")
        self.narrative_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        narrative_field.layout().addWidget(self.narrative_count)
        self.perpetrators = PerpetratorsEditor()
        self.perpetrators.on_structure_changed = self._update_tab_order
        self.perpetrators.changed.connect(self._on_any_edited)
        self.perpetrators_label = QLabel()
        self.perpetrators_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.perpetrators_label.setContentsMargins(0, 4, 0, 0)
        self.perpetrators_label.setBuddy(self.perpetrators.add_button)
        form.layout.addRow(self.perpetrators_label, self.perpetrators)
        self.police_report_kind = CodeCombo(POLICE_REPORT_LABELS, blank=True)
        form.add("police_report_kind", self.police_report_kind)
        self.police_report_number = QLineEdit()
        self.police_report_number.setFixedWidth(260)
        form.add("police_report_number", self.police_report_number)
        self.police_station = QLineEdit()
        form.add("police_station", self.police_station)

        # 5. Services needed
        form = self._section("services_needed", layout)
        self.needs_box = QWidget()
        grid = QGridLayout(self.needs_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.needs: dict[str, QCheckBox] = {}
        for index, service in enumerate(SERVICE_LABELS):
            check = QCheckBox()
            check.setObjectName(f"need_{service}")
            check.toggled.connect(self._on_any_edited)
            self.needs[str(service)] = check
            grid.addWidget(check, index // 2, index % 2)
        self.needs_box.setFocusProxy(next(iter(self.needs.values())))
        self._add_composite(form, "needs", self.needs_box, self.needs_box)
        for check in self.needs.values():
            check.toggled.connect(lambda _on: self.fields["needs"].set_error(""))

        # 6. Consent
        form = self._section("consent", layout)
        self.consent_services = TriStateCombo()
        form.add("consent_services", self.consent_services)
        self.consent_sharing = TriStateCombo()
        form.add("consent_sharing", self.consent_sharing)
        self.consent_statistics = TriStateCombo()
        form.add("consent_statistics", self.consent_statistics)

        # 7. Case worker
        form = self._section("case_worker", layout)
        self.case_worker = FormCombo()
        self.case_worker.addItem("", None)
        form.add("case_worker_id", self.case_worker)
        layout.addStretch(1)

        self._connect_edits()
        self.age_years.textChanged.connect(self._update_minor)
        self.date_of_birth.textChanged.connect(self._update_minor)
        self.name_withheld.toggled.connect(self._update_name_hint)
        self.retranslate_ui()
        self._update_minor()
        self._update_core_type()
        self._update_narrative_count()
        self._update_tab_order()
        self._blank = self._snapshot()

    # --- building ------------------------------------------------------------------------

    def _section(self, key: str, layout: QVBoxLayout) -> FieldForm:
        """A card with a heading (Alt+digit jumps to its first field) and a form inside."""
        box = QFrame()
        box.setObjectName(f"section_{key}")
        box.setStyleSheet(
            f"QFrame#section_{key} {{ background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        heading = QLabel()
        heading.setObjectName(f"heading_{key}")
        make_bold(heading, 1.1)
        form_layout = QFormLayout()
        form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form_layout.setVerticalSpacing(6)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 10, 16, 12)
        box_layout.addWidget(heading)
        box_layout.addLayout(form_layout)
        form = FieldForm(form_layout)
        self.sections[key] = _Section(key, box, heading, form)
        layout.addWidget(box)
        return form

    def _add_composite(self, form: FieldForm, name: str, editor: QWidget, shown: QWidget) -> None:
        """A field whose error goes under `shown` (a row holding `editor` and more)."""
        field = form.add(name, shown)
        field.editor = editor  # errors style the editor itself; focus goes to it
        field.setFocusProxy(editor)
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i: field.set_error(""))
        self.fields[name] = field

    def _connect_edits(self) -> None:
        for section in self.sections.values():
            for name, field in section.form.fields.items():
                self.fields[name] = field
                editor = field.editor
                if isinstance(editor, QComboBox) or editor.maximumWidth() < 10_000:
                    # Short answers stay short, at the left, instead of spanning the form.
                    field.layout().setAlignment(editor, Qt.AlignmentFlag.AlignLeft)
                if isinstance(editor, QLineEdit):
                    editor.textEdited.connect(self._on_any_edited)
                elif isinstance(editor, QPlainTextEdit):
                    editor.textChanged.connect(self._on_any_edited)
                elif isinstance(editor, QComboBox):
                    editor.currentIndexChanged.connect(self._on_any_edited)
                elif isinstance(editor, QAbstractButton):
                    editor.toggled.connect(self._on_any_edited)

    # --- translation ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {
            "how_she_came": self.tr("&1  How she came"),
            "about_her": self.tr("&2  About her"),
            "children": self.tr("&3  Children with her"),
            "what_happened": self.tr("&4  What happened"),
            "services_needed": self.tr("&5  Services needed"),
            "consent": self.tr("&6  Consent"),
            "case_worker": self.tr("&7  Case worker"),
        }
        for key, title in titles.items():
            self.sections[key].heading.setText(title)
        labels = {
            "arrival": self.tr("&How she came:"),
            "referred_by": self.tr("&Referred by:"),
            "full_name": self.tr("&Name:"),
            "name_withheld": "",
            "alias": self.tr("Alia&s:"),
            "age_years": self.tr("&Age (years):"),
            "date_of_birth": self.tr("Date of &birth:"),
            "is_minor": self.tr("&Minor (under 18):"),
            "marital_status": self.tr("Marital s&tatus:"),
            "address": self.tr("Addr&ess:"),
            "phone": self.tr("&Phone:"),
            "safe_to_call": self.tr("Safe to call her:"),
            "education": self.tr("Ed&ucation:"),
            "occupation": self.tr("&Occupation:"),
            "disability": self.tr("Disabilit&y:"),
            "pregnant": self.tr("Pre&gnant:"),
            "language": self.tr("&Language she speaks:"),
            "violence": self.tr("&Kinds of violence:"),
            "incident_date": self.tr("&Incident date:"),
            "incident_place": self.tr("Place of inci&dent:"),
            "narrative": self.tr("Narrati&ve (her account):"),
            "police_report_kind": self.tr("Police report (FIR, NCR, DIR):"),
            "police_report_number": self.tr("Report number:"),
            "police_station": self.tr("Police station:"),
            "needs": self.tr("Services she needs:"),
            "consent_services": self.tr("To receive services:"),
            "consent_sharing": self.tr("To share with police or court:"),
            "consent_statistics": self.tr("For non-identifying statistics:"),
            "case_worker_id": self.tr("Case worker:"),
        }
        for section in self.sections.values():
            for name in section.form.fields:
                section.form.set_label(name, labels[name])
        self.perpetrators_label.setText(self.tr("Perpetrators:"))
        self.name_withheld.setText(self.tr("She &withholds her name: use an alias"))
        self.arrival.retranslate(placeholder=self.tr("Choose how she came"))
        self.referred_by.setPlaceholderText(self.tr("Person or organisation, if any"))
        self.alias.setPlaceholderText(self.tr("A name to call her by"))
        self.date_of_birth.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.incident_date.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.phone.setPlaceholderText(self.tr("98765 43210 or 0612 2345678"))
        self.disability.setPlaceholderText(self.tr("Leave empty if none"))
        unknown = self.tr("—")
        yes, no = self.tr("Yes"), self.tr("No")
        for combo in (self.is_minor, self.safe_to_call, self.pregnant):
            combo.retranslate(unknown, yes, no)
        not_asked = self.tr("Not asked yet")
        for combo in (self.consent_services, self.consent_sharing, self.consent_statistics):
            combo.retranslate(not_asked, self.tr("Yes, she agrees"), self.tr("No, she refuses"))
        for combo in (self.marital_status, self.education):
            combo.retranslate(unknown)
        self.police_report_kind.retranslate(self.tr("None"))
        self.case_worker.setItemText(0, self.tr("Not assigned yet"))
        self.violence.setHeaderLabels([self.tr("Kind of violence"), self.tr("GBVIMS core type")])
        for index in range(self.violence.topLevelItemCount()):
            item = self.violence.topLevelItem(index)
            kind = ViolenceKind(item.data(0, Qt.ItemDataRole.UserRole))
            item.setText(0, QCoreApplication.translate(CASE_CONTEXT, VIOLENCE_LABELS[kind]))
            gbv = GBV_TYPE_LABELS[GBV_TYPE_OF[kind]]
            item.setText(1, QCoreApplication.translate(CASE_CONTEXT, gbv))
        self.violence.resizeColumnToContents(0)
        self._fit_violence_height()
        for service, check in self.needs.items():
            source = SERVICE_LABELS[next(k for k in SERVICE_LABELS if str(k) == service)]
            check.setText(QCoreApplication.translate(CASE_CONTEXT, source))
        self.children.retranslate_ui()
        self.perpetrators.retranslate_ui()
        self._align_labels()
        self._update_minor()
        self._update_core_type()
        self._update_narrative_count()
        self._update_name_hint()

    def _align_labels(self) -> None:
        """One label column for every section, so the fields line up down the whole form."""
        labels = [label for s in self.sections.values() for label in s.form.labels.values()]
        labels.append(self.perpetrators_label)
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _fit_violence_height(self) -> None:
        rows = self.violence.topLevelItemCount()
        row_height = self.violence.sizeHintForRow(0) or self.fontMetrics().height() + 8
        header = self.violence.header().sizeHint().height()
        self.violence.setFixedHeight(header + rows * row_height + 2 * self.violence.frameWidth())

    # --- the API ---------------------------------------------------------------------------

    def set_case_workers(self, staff: Sequence[StaffSummary]) -> None:
        """The staff to choose a case worker from (keeps the current choice if still listed)."""
        current = self.case_worker.currentData()
        self._loading = True
        try:
            while self.case_worker.count() > 1:
                self.case_worker.removeItem(1)
            for person in staff:
                self.case_worker.addItem(person.full_name, person.id)
            self._select_case_worker(current, "")
        finally:
            self._loading = False

    def _select_case_worker(self, user_id: int | None, name: str) -> None:
        index = self.case_worker.findData(user_id) if user_id is not None else 0
        if index < 0:  # no longer active: still show who it is
            self.case_worker.addItem(name or f"#{user_id}", user_id)
            index = self.case_worker.count() - 1
        self.case_worker.setCurrentIndex(index)

    def set_today(self, today: date | None) -> None:
        """Fix "today" (for tests); None: the local date."""
        self._today = today
        self._update_minor()

    def today(self) -> date:
        return self._today or centre_today()

    def is_quick(self) -> bool:
        return self._quick

    def set_quick(self, quick: bool) -> None:
        """Show only the quick register fields (True) or the whole intake (False).

        Whatever was typed in hidden fields is kept, and still saved.
        """
        self._quick = quick
        for key, section in self.sections.items():
            names = set(section.form.fields)
            if key == "children":
                section.box.setVisible(not quick)
                continue
            if not quick or names & QUICK_FIELDS:
                section.box.setVisible(True)
                for name, field in section.form.fields.items():
                    section.form.layout.setRowVisible(field, not quick or name in QUICK_FIELDS)
            else:
                section.box.setVisible(False)
        self._update_tab_order()

    def load(self, detail: CaseDetail) -> None:
        """Fill the form from a case (to complete or correct its intake)."""
        self._loading = True
        try:
            self._clear_values()
            self.arrival.set_value(detail.arrival)
            self.referred_by.setText(detail.referred_by)
            self.full_name.setText(detail.full_name)
            self.name_withheld.setChecked(detail.name_withheld)
            self.alias.setText(detail.alias)
            self.age_years.setText("" if detail.age_years is None else str(detail.age_years))
            self.date_of_birth.set_date(detail.date_of_birth)
            self.marital_status.set_value(detail.marital_status)
            self.address.setPlainText(detail.address)
            self.phone.setText(detail.phone)
            self.safe_to_call.set_value(detail.safe_to_call)
            self.education.set_value(detail.education)
            self.occupation.setText(detail.occupation)
            self.disability.setText(detail.disability)
            self.pregnant.set_value(detail.pregnant)
            self.language.setText(detail.language)
            self.children.set_values(detail.children)
            self._set_violence(detail.violence)
            self.incident_date.set_date(detail.incident_date)
            self.incident_place.setText(detail.incident_place)
            self.narrative.setPlainText(detail.narrative)
            self.perpetrators.set_values(detail.perpetrators)
            self.police_report_kind.set_value(detail.police_report_kind)
            self.police_report_number.setText(detail.police_report_number)
            self.police_station.setText(detail.police_station)
            for service, check in self.needs.items():
                check.setChecked(service in detail.needs)
            self.consent_services.set_value(detail.consent_services)
            self.consent_sharing.set_value(detail.consent_sharing)
            self.consent_statistics.set_value(detail.consent_statistics)
            self._select_case_worker(detail.case_worker_id, detail.case_worker_name)
            self._update_minor()
            if detail.age_years is None and detail.date_of_birth is None:
                self.is_minor.set_value(detail.is_minor if detail.is_minor else None)
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
        minor_follows = self._minor_follows()
        return IntakeInput(
            arrival=self.arrival.value(),
            referred_by=self.referred_by.text(),
            full_name=self.full_name.text(),
            alias=self.alias.text(),
            name_withheld=self.name_withheld.isChecked(),
            age_years=self.age_years.text(),
            date_of_birth=dates["date_of_birth"],
            is_minor=None if minor_follows else self.is_minor.value(),
            marital_status=self.marital_status.value(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            safe_to_call=self.safe_to_call.value(),
            education=self.education.value(),
            occupation=self.occupation.text(),
            disability=self.disability.text(),
            pregnant=self.pregnant.value(),
            language=self.language.text(),
            children=self.children.values(),
            violence=frozenset(self._violence()),
            incident_date=dates["incident_date"],
            incident_place=self.incident_place.text(),
            narrative=self.narrative.toPlainText(),
            perpetrators=self.perpetrators.values(),
            police_report_kind=self.police_report_kind.value(),
            police_report_number=self.police_report_number.text(),
            police_station=self.police_station.text(),
            needs=frozenset(s for s, check in self.needs.items() if check.isChecked()),
            consent_services=self.consent_services.value(),
            consent_sharing=self.consent_sharing.value(),
            consent_statistics=self.consent_statistics.value(),
            case_worker_id=self.case_worker.currentData(),
        )

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
        for key, section in self.sections.items():
            shown = section.form.show_errors(messages, focus=False)
            if key == "children":
                shown = self.children.show_errors(messages)
            elif key == "what_happened":
                rows = self.perpetrators.show_errors(messages)
                shown = self._first_in_order(shown, rows)
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

    def _first_in_order(
        self, field: FormField | None, row_cell: FormField | None
    ) -> FormField | None:
        """Of a field of "What happened" and a perpetrator row cell, the one met first."""
        if field is None or row_cell is None:
            return field or row_cell
        before_rows = ("violence", "incident_date", "incident_place", "narrative")
        name = next((n for n, f in self.fields.items() if f is field), "")
        return field if name in before_rows else row_cell

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
        chain: list[QWidget] = []
        for key, section in self.sections.items():
            if key == "children":
                chain += self.children.editors()
                continue
            for name, field in section.form.fields.items():
                if name == "needs":
                    chain += list(self.needs.values())
                    continue
                chain.append(field.editor)
                if name == "narrative":
                    chain += self.perpetrators.editors()
        return chain

    # --- inside ----------------------------------------------------------------------------

    def _clear_values(self) -> None:
        self.arrival.reset()
        for editor in (
            self.referred_by,
            self.full_name,
            self.alias,
            self.age_years,
            self.date_of_birth,
            self.phone,
            self.occupation,
            self.disability,
            self.language,
            self.incident_date,
            self.incident_place,
            self.police_report_number,
            self.police_station,
        ):
            editor.clear()
        self.address.clear()
        self.narrative.clear()
        self.name_withheld.setChecked(False)
        for combo in (self.marital_status, self.education, self.police_report_kind):
            combo.reset()
        for combo in (
            self.is_minor,
            self.safe_to_call,
            self.pregnant,
            self.consent_services,
            self.consent_sharing,
            self.consent_statistics,
        ):
            combo.set_value(None)
        self.case_worker.setCurrentIndex(0)
        self.children.clear_rows()
        self.perpetrators.clear_rows()
        self._set_violence(())
        for check in self.needs.values():
            check.setChecked(False)
        for field in self.fields.values():
            field.set_error("")
        self.children.show_errors({})
        self.perpetrators.show_errors({})
        self._update_minor()

    def _snapshot(self) -> tuple[Any, ...]:
        data = self.collect(lenient=True)
        return (data, self.date_of_birth.text(), self.incident_date.text())

    def _violence(self) -> list[str]:
        return [
            self.violence.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.violence.topLevelItemCount())
            if self.violence.topLevelItem(i).checkState(0) == Qt.CheckState.Checked
        ]

    def _set_violence(self, kinds: Iterable[str]) -> None:
        wanted = set(kinds)
        for i in range(self.violence.topLevelItemCount()):
            item = self.violence.topLevelItem(i)
            on = item.data(0, Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_core_type()

    def _minor_follows(self) -> bool:
        """Whether "minor" follows from a typed age or date of birth (then it is not asked)."""
        return bool(self.age_years.text().strip() or self.date_of_birth.text().strip())

    def _update_minor(self) -> None:
        follows = self._minor_follows()
        age = _typed_age(self.age_years.text())
        if age is None:
            try:
                birth = self.date_of_birth.date_value()
            except FieldInvalid:
                birth = None
            if birth is not None:
                age = _age_on(birth, self.today())
        was_loading = self._loading
        self._loading = True  # following the age is not an edit of its own
        try:
            if follows:
                self.is_minor.set_value(None if age is None else age < MINOR_BELOW)
            elif not self.is_minor.isEnabled():
                self.is_minor.set_value(None)
        finally:
            self._loading = was_loading
        self.is_minor.setEnabled(not follows)
        self.minor_hint.setText(
            self.tr("Follows from her age.")
            if follows
            else self.tr("Choose only if her age is not known.")
        )

    def _update_core_type(self) -> None:
        kinds = [ViolenceKind(k) for k in self._violence()]
        core = core_gbv_type(kinds)
        if core is None:
            self.core_type.setText(self.tr("Tick every kind that applies (Space ticks)."))
        else:
            label = QCoreApplication.translate(CASE_CONTEXT, GBV_TYPE_LABELS[core])
            self.core_type.setText(self.tr("Counted under GBVIMS as: %1").replace("%1", label))

    def _update_narrative_count(self) -> None:
        length = len(self.narrative.toPlainText())
        self.narrative_count.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", QLocale().toString(length))
            .replace("%2", QLocale().toString(NARRATIVE_MAX_LENGTH))
        )
        over = length > NARRATIVE_MAX_LENGTH
        self.narrative_count.setStyleSheet(ERROR_STYLE if over else HINT_STYLE)

    def _update_name_hint(self) -> None:
        withheld = self.name_withheld.isChecked()
        self.full_name.setPlaceholderText(
            self.tr("Optional when she withholds it") if withheld else self.tr("Her name")
        )
        self.alias.setPlaceholderText(
            self.tr("Needed: a name to call her by")
            if withheld
            else self.tr("A name to call her by")
        )

    def _update_tab_order(self) -> None:
        chain = self.focus_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        # Alt+1 ... Alt+7: each heading's buddy is its section's first field.
        for key, section in self.sections.items():
            if key == "children":
                first: QWidget = (
                    self.children.rows[0].editors()[0]
                    if self.children.rows
                    else self.children.add_button
                )
            else:
                first = next(iter(section.form.fields.values())).editor
            section.heading.setBuddy(first)

    def _on_violence_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._update_core_type()
        self._on_any_edited()

    def _on_any_edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
